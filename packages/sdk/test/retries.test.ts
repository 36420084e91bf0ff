import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import { isEnterpriseCenterError, type ClientOptions } from '@enterprise-center/sdk';
import { API, failure, recordTransIds, useFakeBackend } from './support/backend.js';
import { MEMBER_AGREEMENT, inviteInput } from './support/fixtures.js';

const { backend, server, clientFor } = useFakeBackend();
const acme = (options: Partial<ClientOptions> = {}) => clientFor('acme-group', options);

/** The requests the backend saw for `method path`, with the status it answered (0 = lost). */
const served = (method: string, path: string | RegExp) =>
  backend.requests
    .filter((request) => request.method === method)
    .filter((request) =>
      typeof path === 'string' ? request.path === path : path.test(request.path),
    )
    .map((request) => request.status);

describe('retries and idempotency', () => {
  it('create: a lost response is retried with the same trans_id and invites exactly once', async (t) => {
    const transIds = recordTransIds(server);
    t.after(() => server.events.removeAllListeners());
    backend.faults.failNext({ type: 'drop' }, { method: 'POST', path: '/invitations' });
    const invitation = await acme().invitations.create(inviteInput('acme-robotics'));
    const stored = backend.control.invitations({ from: 'acme-group', to: 'acme-robotics' });
    assert.deepEqual(
      stored.map((wire) => wire.id),
      [invitation.id],
    );
    assert.deepEqual(served('POST', '/invitations'), [0, 200]);
    assert.equal(transIds.length, 2);
    assert.match(
      String(transIds[0]),
      /^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/,
    );
    assert.equal(transIds[1], transIds[0]);
  });

  it('accept: a lost response is retried and accepts exactly once', async () => {
    const [pending] = backend.control.invitations({
      from: 'acme-group',
      to: 'maple-foods',
      status: 'pending',
    });
    backend.faults.failNext({ type: 'drop' }, { method: 'POST', path: /\/accept$/ });
    const { invitation } = await clientFor('maple-foods').receivedInvitations.accept(pending!.id, {
      agreements: [MEMBER_AGREEMENT],
    });
    assert.equal(invitation.status, 'accepted');
    assert.deepEqual(served('POST', /\/accept$/), [0, 200]);
    assert.equal(
      (await clientFor('maple-foods').masterAccount.get())?.masterAccountName,
      'acme-group',
    );
  });

  it('cancel, resend and decline: a lost response is replayed, not refused as a second action', async () => {
    const { id } = await acme().invitations.create(inviteInput('acme-robotics'));
    backend.faults.failNext({ type: 'drop' }, { method: 'POST', path: /\/resend$/ });
    assert.equal((await acme().invitations.resend(id)).status, 'pending');
    backend.faults.failNext({ type: 'drop' }, { method: 'POST', path: /\/cancel$/ });
    assert.equal((await acme().invitations.cancel(id)).status, 'cancelled');
    const [helios] = backend.control.invitations({ from: 'helio-group', to: 'maple-foods' });
    backend.faults.failNext({ type: 'drop' }, { method: 'POST', path: /\/decline$/ });
    assert.equal(
      (await clientFor('maple-foods').receivedInvitations.decline(helios!.id)).status,
      'declined',
    );
    assert.deepEqual(served('POST', /\/(resend|cancel|decline)$/), [0, 200, 0, 200, 0, 200]);
  });

  it('GET and precheck: 5xx and 408 are retried', async () => {
    backend.faults.failNext({ type: 'status', status: 503 }, { method: 'GET' });
    backend.faults.failNext({ type: 'status', status: 408 }, { method: 'GET' });
    assert.equal((await acme().invitations.settings()).memberQuota.max, 10);
    assert.deepEqual(served('GET', '/invitation-settings'), [503, 408, 200]);
    backend.faults.failNext({ type: 'status', status: 502 }, { method: 'POST' });
    assert.equal(
      (await acme().invitations.precheck({ accountName: 'acme-robotics' })).eligible,
      true,
    );
    assert.deepEqual(served('POST', '/invitations/precheck'), [502, 200]);
  });

  it('gives up after `retry` retries with the last error', async () => {
    for (let i = 0; i < 3; i += 1) backend.faults.failNext({ type: 'status', status: 500 });
    const error = await failure(acme({ retry: { limit: 2, backoffLimit: 1 } }).invitations.list());
    assert.equal(error.code, 'CBC.0999');
    assert.equal(error.status, 500);
    assert.deepEqual(served('GET', '/invitations'), [500, 500, 500]);
  });

  it('a number as `retry` is the count of retries after the first attempt', async () => {
    backend.faults.failNext({ type: 'drop' });
    const error = await failure(acme({ retry: 0 }).masterAccount.get());
    assert.equal(error.code, 'NETWORK_ERROR');
    assert.equal(error.status, 0);
    assert.deepEqual(served('GET', '/master-account'), [0]);
  });

  it('never retries a definitive answer', async () => {
    const error = await failure(acme().invitations.create(inviteInput('solo-dev')));
    assert.equal(error.code, 'EM.1001');
    assert.deepEqual(served('POST', '/invitations'), [400]);
  });

  it('backs off exponentially by default (0.3 s, then 0.6 s)', async () => {
    backend.faults.failNext({ type: 'status', status: 503 });
    backend.faults.failNext({ type: 'status', status: 503 });
    const started = performance.now();
    await acme({ retry: 2 }).masterAccount.get();
    const elapsed = performance.now() - started;
    assert.ok(elapsed >= 890 && elapsed < 5_000, `${elapsed} ms`);
  });

  it('honours Retry-After of a 429, then succeeds', async () => {
    backend.faults.failNext({ type: 'throttle', retryAfter: 1 });
    const started = performance.now();
    await acme().masterAccount.get();
    assert.ok(performance.now() - started >= 990, 'waited for Retry-After');
    assert.deepEqual(served('GET', '/master-account'), [429, 200]);
  });

  it('APIG.0308: throttled on every attempt gives the RateLimit extras', async () => {
    backend.faults.failNext({ type: 'throttle', retryAfter: 0 });
    backend.faults.failNext({ type: 'throttle', retryAfter: 30 });
    const error = await failure(acme({ retry: 1 }).masterAccount.get());
    assert.ok(isEnterpriseCenterError(error, 'APIG.0308'));
    assert.equal(error.status, 429);
    assert.equal(error.retryAfter, 30);
  });

  it('asks the token provider again before every attempt', async () => {
    let calls = 0;
    backend.faults.failNext({ type: 'status', status: 503 });
    const token = async () => {
      calls += 1;
      return 'token-acme-group';
    };
    await acme({ token }).invitations.settings();
    assert.equal(calls, 2);
  });

  it('does not retry when the token provider fails, and keeps its error as cause', async () => {
    const broken = new Error('refresh endpoint down');
    const error = await failure(
      acme({
        token: () => {
          throw broken;
        },
      }).invitations.settings(),
    );
    assert.equal(error.code, 'INVALID_REQUEST');
    assert.equal(error.cause, broken);
    assert.deepEqual(backend.requests, []);
  });
});

describe('retry options', () => {
  it('shouldRetry sees the SDK error and its retry number, and its answer wins', async () => {
    const seen: [string, number][] = [];
    backend.faults.failNext({ type: 'status', status: 400 }, { method: 'GET' });
    const retryAll = acme({
      retry: {
        limit: 2,
        backoffLimit: 1,
        shouldRetry: ({ error, retryCount }) => (seen.push([error.code, retryCount]), true),
      },
    });
    assert.equal((await retryAll.invitations.settings()).memberQuota.max, 10);
    assert.deepEqual(seen, [['CBC.0999', 1]]);
    backend.faults.failNext({ type: 'status', status: 503 }, { method: 'GET' });
    const retryNone = acme({ retry: { shouldRetry: () => false } });
    assert.equal((await failure(retryNone.invitations.settings())).status, 503);
    assert.deepEqual(served('GET', '/invitation-settings'), [400, 200, 503]);
  });

  it('statusCodes replaces the retried statuses', async () => {
    backend.faults.failNext({ type: 'status', status: 503 });
    const error = await failure(acme({ retry: { statusCodes: [502] } }).masterAccount.get());
    assert.equal(error.status, 503);
    backend.faults.failNext({ type: 'status', status: 502 });
    assert.equal(await acme({ retry: { statusCodes: [502] } }).masterAccount.get(), null);
    assert.deepEqual(served('GET', '/master-account'), [503, 502, 200]);
  });

  it('a Retry-After longer than maxRetryAfter ends the call at once with APIG.0308', async () => {
    backend.faults.failNext({ type: 'throttle', retryAfter: 31 });
    const started = performance.now();
    const error = await failure(acme().masterAccount.get());
    assert.ok(performance.now() - started < 2_000, 'did not wait 31 s');
    assert.ok(isEnterpriseCenterError(error, 'APIG.0308'));
    assert.equal(error.retryAfter, 31);
    backend.faults.failNext({ type: 'throttle', retryAfter: 2 });
    assert.equal(
      (await failure(acme({ retry: { maxRetryAfter: 1_000 } }).masterAccount.get())).code,
      'APIG.0308',
    );
    assert.deepEqual(served('GET', '/master-account'), [429, 429]);
  });
});

describe('timeouts and aborts', () => {
  it('TIMEOUT: an attempt without a response within `timeout` ms', { timeout: 5_000 }, async () => {
    backend.faults.failNext({ type: 'timeout' });
    const error = await failure(acme({ timeout: 50, retry: 0 }).masterAccount.get());
    assert.equal(error.code, 'TIMEOUT');
    assert.equal(error.status, 0);
  });

  it('the timeout is per attempt: a timed-out attempt is retried', { timeout: 5_000 }, async () => {
    backend.faults.failNext({ type: 'timeout' });
    const association = await acme({ timeout: 50 }).masterAccount.get();
    assert.equal(association, null);
    assert.deepEqual(served('GET', '/master-account'), [0, 200]);
  });

  it('ABORTED: the caller aborts a request in flight', async () => {
    backend.faults.setLatency(3_000);
    const controller = new AbortController();
    const call = acme().invitations.list({}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const started = performance.now();
    const error = await failure(call);
    assert.equal(error.code, 'ABORTED');
    assert.ok(performance.now() - started < 2_000, 'did not wait for the response');
  });

  it('ABORTED: the caller aborts while the client waits to retry', { timeout: 5_000 }, async () => {
    backend.faults.failNext({ type: 'throttle', retryAfter: 30 });
    const controller = new AbortController();
    const call = acme().masterAccount.get({ signal: controller.signal });
    setTimeout(() => controller.abort(new Error('navigated away')), 50);
    const error = await failure(call);
    assert.equal(error.code, 'ABORTED');
    assert.deepEqual(served('GET', '/master-account'), [429]);
  });

  it('ABORTED: an already aborted signal sends nothing', async () => {
    const error = await failure(
      acme().invitations.create(inviteInput('acme-robotics'), { signal: AbortSignal.abort() }),
    );
    assert.equal(error.code, 'ABORTED');
    assert.deepEqual(backend.requests, []);
  });
});

describe('one-off server answers', () => {
  it('a 429 without Retry-After still ends as APIG.0308 with a 1 s hint', async () => {
    server.use(
      http.get(`${API}/master-account`, () =>
        HttpResponse.json({ error_code: 'APIG.0308', error_msg: 'Slow down.' }, { status: 429 }),
      ),
    );
    const error = await failure(acme({ retry: 0 }).masterAccount.get());
    assert.ok(isEnterpriseCenterError(error, 'APIG.0308'));
    assert.equal(error.retryAfter, 1);
  });
});
