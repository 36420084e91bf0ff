// Fault injection: latency, status, throttle, timeout, drop; each optionally for one method/path.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { useFakeBackend } from './harness.js';

const { backend, call, invite, seeded } = useFakeBackend();

const createRobotics = (transId?: string) => invite('acme-robotics', { transId });
const roboticsInvitations = () => backend.control.invitations({ to: 'acme-robotics' });

describe('faults', () => {
  it('adds latency to every response, or only to matching ones', async () => {
    backend.faults.setLatency(150);
    let started = performance.now();
    assert.equal((await call('GET', '/master-account')).status, 200);
    assert.ok(performance.now() - started >= 140);

    backend.faults.setLatency(150, { method: 'GET', path: '/invitation-settings' });
    started = performance.now();
    await call('GET', '/master-account');
    assert.ok(performance.now() - started < 140);
    started = performance.now();
    await call('GET', '/invitation-settings');
    assert.ok(performance.now() - started >= 140);
  });

  it('fails the next request with a chosen status, once, without applying it', async () => {
    backend.faults.failNext({ type: 'status', status: 503 });
    const failed = await createRobotics();
    assert.equal(failed.status, 503);
    assert.equal(failed.body.error_code, 'CBC.0999');
    assert.equal(failed.body.request_id, failed.requestId);
    assert.equal(roboticsInvitations().length, 0);
    assert.equal((await createRobotics()).status, 200);
  });

  it('throttles with 429 APIG.0308 and Retry-After', async () => {
    backend.faults.failNext({ type: 'throttle', retryAfter: 7 });
    const res = await call('GET', '/invitations');
    assert.equal(res.status, 429);
    assert.equal(res.body.error_code, 'APIG.0308');
    assert.equal(res.headers.get('Retry-After'), '7');
    assert.equal((await call('GET', '/invitations')).status, 200);
  });

  it('applies a fault only to the matching method and path', async () => {
    backend.faults.failNext({ type: 'status', status: 500 }, { method: 'post', path: /\/cancel$/ });
    backend.faults.failNext({ type: 'status', status: 502 }, { path: '/invitations' });
    assert.equal((await call('GET', '/master-account')).status, 200);
    assert.equal((await call('GET', '/invitations')).status, 502);
    const maple = seeded('acme-group', 'maple-foods');
    assert.equal((await call('POST', `/invitations/${maple}/resend`)).status, 200);
    assert.equal((await call('POST', `/invitations/${maple}/cancel`)).status, 500);
    assert.equal((await call('POST', `/invitations/${maple}/cancel`)).status, 200);
  });

  it('never answers on timeout, so the client signal ends the request', async () => {
    backend.faults.failNext({ type: 'timeout' });
    // A client's own timeout: a plain timer aborting the request, as an SDK would do.
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new DOMException('timed out', 'TimeoutError')),
      100,
    );
    const started = performance.now();
    await assert.rejects(
      call('GET', '/invitation-settings', { signal: controller.signal }),
      (error: Error) => error.name === 'TimeoutError',
    );
    clearTimeout(timer);
    assert.ok(performance.now() - started >= 90);
    assert.equal((await call('GET', '/invitation-settings')).status, 200);
    const [timedOut] = backend.requests;
    assert.deepEqual([timedOut?.path, timedOut?.status], ['/invitation-settings', 0]);
  });

  it('drops the response of an applied request, and a retry with the same trans_id replays it', async () => {
    backend.faults.failNext({ type: 'drop' }, { method: 'POST' });
    const transId = '9b2d7c0e-1f4a-4c3b-8e5d-6a7b8c9d0e1f';
    await assert.rejects(createRobotics(transId), TypeError);
    assert.equal(roboticsInvitations().length, 1);
    const retry = await createRobotics(transId);
    assert.equal(retry.status, 200);
    assert.equal(retry.body.invitation.id, roboticsInvitations()[0]?.id);
    assert.equal(roboticsInvitations().length, 1);
  });

  it('clear() removes latency and queued faults', async () => {
    backend.faults.setLatency(300);
    backend.faults.failNext({ type: 'status', status: 500 });
    backend.faults.clear();
    const started = performance.now();
    assert.equal((await call('GET', '/master-account')).status, 200);
    assert.ok(performance.now() - started < 250);
  });

  it('rejects a status fault that is not an error status', () => {
    assert.throws(() => backend.faults.failNext({ type: 'status', status: 200 }), RangeError);
  });

  it('leaves no timer that keeps Node alive after a timed-out request', () => {
    const script = `
      import { setupServer } from 'msw/node';
      import { createFakeBackend } from '@enterprise-center/mock';
      const backend = createFakeBackend();
      const server = setupServer(...backend.handlers);
      server.listen({ onUnhandledRequest: 'error' });
      backend.faults.failNext({ type: 'timeout' });
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 50);
      await fetch(backend.baseUrl + '/v2/enterprises/multi-accounts/master-account', {
        headers: { 'X-Auth-Token': 'token-acme-group' },
        signal: controller.signal,
      }).catch(() => {});
      server.close();
      console.log('done');
    `;
    const result = spawnSync(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', script],
      { cwd: fileURLToPath(new URL('..', import.meta.url)), timeout: 15_000, encoding: 'utf8' },
    );
    assert.equal(result.error, undefined, 'the process exited by itself');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.trim(), 'done');
  });
});

describe('request log', () => {
  it('records method, path, query, status, time, caller and kind of credentials, never a token', async () => {
    backend.clearRequests();
    await call('GET', '/invitations?limit=5&status=pending');
    await call('GET', '/invitation-settings', { as: 'acme-web' });
    await call('GET', '/master-account', { token: 'token-nobody' });
    await call('GET', '/master-account', { as: null });
    const at = '2026-03-02T09:00:00Z';
    const get = { method: 'GET', at, query: {} };
    assert.deepEqual(backend.requests, [
      {
        ...get,
        path: '/invitations',
        query: { limit: '5', status: 'pending' },
        status: 200,
        caller: 'acme-group',
        credential: 'token',
      },
      {
        ...get,
        path: '/invitation-settings',
        status: 403,
        caller: 'acme-web',
        credential: 'token',
      },
      { ...get, path: '/master-account', status: 401, caller: null, credential: 'token' },
      { ...get, path: '/master-account', status: 401, caller: null, credential: null },
    ]);
    assert.ok(!JSON.stringify(backend.requests).includes('token-'));
    backend.clearRequests();
    assert.deepEqual(backend.requests, []);
  });
});
