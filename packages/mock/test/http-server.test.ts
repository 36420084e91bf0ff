// serveFakeBackend: the whole contract over real HTTP, one implementation with the MSW handlers.
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { setupServer } from 'msw/node';
import { createFakeBackend } from '@enterprise-center/mock';
import { serveFakeBackend } from '@enterprise-center/mock/node';
import { createClient } from '@enterprise-center/sdk';
import {
  ACME_ENGINEERING,
  API_PATH,
  INVITEE_AGREEMENTS,
  MASTER_AGREEMENTS,
  START,
  read,
  useFakeBackendOverHttp,
} from './harness.js';

const { backend, call, invite, seeded, server } = useFakeBackendOverHttp();

/** A raw HTTP/1.1 request with the target exactly as given (fetch would normalize it). */
function rawRequest(
  url: string,
  method: string,
  target: string,
): Promise<{ status: number; body: { error_code?: string } }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { hostname, port, method, path: target, headers: { 'X-Auth-Token': 'token-acme-group' } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('serveFakeBackend', () => {
  it('listens on 127.0.0.1 and a free port by default', () => {
    assert.match(server().url, /^http:\/\/127\.0\.0\.1:[1-9]\d*$/);
    assert.equal(server().backend, backend);
  });

  it('serves every endpoint family with the contract’s answers', async () => {
    const tree = await call('GET', '/enterprise-organizations?recursive_query=1');
    assert.deepEqual([tree.status, tree.body.root_name], [200, 'Acme Group']);
    const members = await call('GET', '/sub-customers?org_id=1000000003');
    assert.deepEqual(
      members.body.sub_customer_infos.map((m: { name: string }) => m.name),
      ['acme-mobile', 'acme-web'],
    );
    const settings = await call('GET', '/invitation-settings');
    assert.deepEqual(settings.body.member_quota, { max: 10, used: 6, pending: 1 });
    const precheck = await call('POST', '/invitations/precheck', {
      body: { account_name: 'frost-retail' },
    });
    assert.equal(precheck.body.eligible, false);

    const created = await invite('acme-robotics');
    assert.equal(created.status, 200);
    const id: string = created.body.invitation.id;
    assert.equal((await call('GET', `/invitations/${id}`)).body.invitation.status, 'pending');
    assert.equal((await call('GET', '/invitations?status=pending')).body.total_count, 2);
    assert.equal((await call('POST', `/invitations/${id}/resend`)).status, 200);
    const received = await call('GET', '/received-invitations', { as: 'acme-robotics' });
    assert.deepEqual(
      received.body.invitations.map((i: { id: string }) => i.id),
      [id],
    );
    const accepted = await call('POST', `/received-invitations/${id}/accept`, {
      as: 'acme-robotics',
      body: { agreements: INVITEE_AGREEMENTS },
    });
    assert.equal(accepted.body.association.master_account_name, 'acme-group');
    const association = await call('GET', '/master-account', { as: 'acme-robotics' });
    assert.equal(association.body.association.org_id, ACME_ENGINEERING);

    const helio = seeded('helio-group', 'maple-foods');
    const declined = await call('POST', `/received-invitations/${helio}/decline`, {
      as: 'maple-foods',
    });
    assert.equal(declined.body.invitation.status, 'declined');
    const maple = seeded('acme-group', 'maple-foods');
    const cancelled = await call('POST', `/invitations/${maple}/cancel`);
    assert.equal(cancelled.body.invitation.status, 'cancelled');
  });

  it('answers errors in the contract’s shape and changes nothing on a rejected request', async () => {
    const before = backend.snapshot();
    const invalid = await call('POST', '/invitations', {
      body: { account_name: 'acme-robotics', org_id: 'x', payment_method: 'paid_by_master' },
    });
    assert.deepEqual([invalid.status, invalid.body.error_code], [400, 'CBC.0100']);
    assert.match(invalid.body.error_msg, /'org_id'/);
    assert.equal(invalid.body.request_id, invalid.requestId);
    const unauthorized = await call('POST', '/invitations', { as: 'nobody' });
    assert.deepEqual([unauthorized.status, unauthorized.body.error_code], [401, 'APIG.0301']);
    const frozen = await invite('frost-retail');
    assert.deepEqual([frozen.status, frozen.body.error_code], [400, 'EM.1001']);
    assert.deepEqual(backend.snapshot(), before);
  });

  it('answers 404 APIG.0101 for any route outside the contract, and logs it', async () => {
    backend.clearRequests();
    const base = server().url;
    for (const [method, path] of [
      ['GET', `${API_PATH}/no-such-thing`],
      ['DELETE', `${API_PATH}/invitations`],
      ['GET', API_PATH],
      ['GET', '/'],
      ['POST', '/v2/enterprises/other'],
    ] as const) {
      const res = await read(
        await fetch(`${base}${path}`, {
          method,
          headers: { 'X-Auth-Token': 'token-acme-group' },
        }),
      );
      assert.equal(res.status, 404, `${method} ${path}`);
      assert.equal(res.body.error_code, 'APIG.0101');
      assert.equal(res.body.request_id, res.requestId);
    }
    assert.deepEqual(
      backend.requests.map((r) => `${r.method} ${r.path} ${r.status}`),
      [
        'GET /no-such-thing 404',
        'DELETE /invitations 404',
        'GET /v2/enterprises/multi-accounts 404',
        'GET / 404',
        'POST /v2/enterprises/other 404',
      ],
    );
  });

  it('never reaches the control API through the contract’s base path', async () => {
    const before = backend.snapshot();
    await invite('acme-robotics');
    const changed = backend.snapshot();
    assert.notDeepEqual(changed, before);
    const base = server().url;
    const viaBase = await read(
      await fetch(`${base}${API_PATH}/__control/reset`, { method: 'POST' }),
    );
    assert.deepEqual([viaBase.status, viaBase.body.error_code], [404, 'APIG.0101']);
    for (const target of [
      `${API_PATH}/../../../__control/reset`,
      `${API_PATH}/%2e%2e/%2E%2E/%2e%2e/__control/reset`,
      `${API_PATH}/./invitations/../../../../__control/reset`,
      `${API_PATH}\\..\\..\\..\\__control\\reset`,
    ]) {
      const res = await rawRequest(base, 'POST', target);
      assert.deepEqual([res.status, res.body.error_code], [404, 'APIG.0101'], target);
    }
    assert.deepEqual(backend.snapshot(), changed);
  });

  it('answers over HTTP and through MSW from one backend: same state, clock and log', async () => {
    const shared = createFakeBackend({ now: () => START });
    const msw = setupServer(...shared.handlers);
    msw.listen({ onUnhandledRequest: 'bypass' });
    const served = await serveFakeBackend({ backend: shared });
    try {
      const headers = { 'X-Auth-Token': 'token-acme-group', 'Content-Type': 'application/json' };
      const body = JSON.stringify({
        account_name: 'acme-robotics',
        org_id: ACME_ENGINEERING,
        payment_method: 'paid_by_master',
        agreements: MASTER_AGREEMENTS,
      });
      const overHttp = await read(
        await fetch(`${served.url}${API_PATH}/invitations`, { method: 'POST', headers, body }),
      );
      assert.equal(overHttp.status, 200);
      shared.clock.advance(15 * 86_400_000);
      const throughMsw = await read(
        await fetch(`${shared.baseUrl}${API_PATH}/invitations/${overHttp.body.invitation.id}`, {
          headers,
        }),
      );
      assert.equal(throughMsw.body.invitation.status, 'expired');
      assert.deepEqual(
        shared.requests.map((r) => `${r.method} ${r.path}`),
        ['POST /invitations', `GET /invitations/${overHttp.body.invitation.id}`],
      );
    } finally {
      msw.close();
      await served.close();
    }
  });

  it('serves the SDK, whose schemas accept every answer', async () => {
    const client = createClient({ baseUrl: server().url, token: 'token-acme-group' });
    const settings = await client.invitations.settings();
    assert.equal(settings.memberQuota.max, 10);
    const created = await client.invitations.create({
      accountName: 'river-analytics',
      orgId: ACME_ENGINEERING,
      paymentMethod: 'paid_by_master',
      agreements: MASTER_AGREEMENTS,
    });
    assert.equal(created.status, 'pending');
    assert.equal(backend.requests.at(-1)?.caller, 'acme-group');
  });
});

describe('faults over HTTP', () => {
  it('drops the response after applying the request: the client sees the connection close', async () => {
    backend.faults.failNext({ type: 'drop' }, { method: 'POST', path: '/invitations' });
    const transId = '6f9619ff-8b86-4011-b42d-00c04fc964ff';
    await assert.rejects(invite('acme-robotics', { transId }), TypeError);
    assert.equal(backend.control.invitations({ to: 'acme-robotics' }).length, 1);
    const retried = await invite('acme-robotics', { transId });
    assert.equal(retried.status, 200);
    assert.equal(backend.control.invitations({ to: 'acme-robotics' }).length, 1);
    assert.deepEqual(
      backend.requests.map((r) => r.status),
      [0, 200],
    );
  });

  it('holds a timed-out request until the client gives up, then frees the connection', async () => {
    backend.faults.failNext({ type: 'timeout' });
    const started = performance.now();
    await assert.rejects(
      call('GET', '/invitation-settings', { signal: AbortSignal.timeout(200) }),
      (error: Error) => error.name === 'TimeoutError',
    );
    assert.ok(performance.now() - started < 10_000); // not the fault’s own 30 s
    assert.equal((await call('GET', '/invitation-settings')).status, 200);
  });

  it('throttles with 429 and Retry-After, and adds latency', async () => {
    backend.faults.failNext({ type: 'throttle', retryAfter: 3 });
    const throttled = await call('GET', '/invitations');
    assert.deepEqual([throttled.status, throttled.headers.get('Retry-After')], [429, '3']);
    backend.faults.setLatency(150);
    const started = performance.now();
    assert.equal((await call('GET', '/invitations')).status, 200);
    assert.ok(performance.now() - started >= 140);
  });
});

describe('serveFakeBackend options', () => {
  let other: Awaited<ReturnType<typeof serveFakeBackend>> | undefined;
  before(async () => {
    other = await serveFakeBackend({ now: () => START });
  });
  after(() => other?.close());

  it('refuses a bad port or host, and backend together with now', async () => {
    await assert.rejects(serveFakeBackend({ port: -1 }), RangeError);
    await assert.rejects(serveFakeBackend({ port: 65_536 }), RangeError);
    await assert.rejects(serveFakeBackend({ port: 1.5 }), RangeError);
    await assert.rejects(serveFakeBackend({ host: '' }), TypeError);
    await assert.rejects(serveFakeBackend({ backend, now: () => START }), TypeError);
  });

  it('refuses a port in use with the system’s EADDRINUSE', async () => {
    const port = Number(new URL(server().url).port);
    await assert.rejects(serveFakeBackend({ port }), { code: 'EADDRINUSE' });
  });

  it('gives each server its own backend unless given one, and closes once', async () => {
    assert.ok(other);
    assert.notEqual(other.backend, backend);
    assert.equal(other.backend.clock.now(), START);
    await other.close();
    await other.close();
    await assert.rejects(fetch(`${other.url}${API_PATH}/master-account`), TypeError);
  });
});
