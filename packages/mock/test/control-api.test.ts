// The control API over HTTP (`/__control/`): every route, its refusals, and the docs listing it.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { CONTROL_ROUTES } from '../src/server/control-routes.js';
import { DAY, START, iso, read, useFakeBackendOverHttp, type CallResult } from './harness.js';

const { backend, call, invite, seeded, server } = useFakeBackendOverHttp();

/** The routes the tests below called, as `METHOD /path-pattern`. */
const exercised = new Set<string>();

/** Calls `{server}/__control{path}` with a JSON body. */
async function control(method: string, path: string, body?: unknown): Promise<CallResult> {
  const route = CONTROL_ROUTES.find(
    (r) =>
      r.method === method &&
      new RegExp(`^${r.path.replace(/:\w+/g, '[^/]+')}$`).test(path.split('?')[0] ?? ''),
  );
  if (route) exercised.add(`${route.method} ${route.path}`);
  const response = await fetch(`${server().url}/__control${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return read(response);
}

/** Asserts a 400 CBC.0100 naming `parameter`. */
function assertInvalid(res: CallResult, parameter: string): void {
  assert.equal(res.status, 400, JSON.stringify(res.body));
  assert.equal(res.body.error_code, 'CBC.0100');
  assert.match(res.body.error_msg, new RegExp(`'${parameter.replace(/[.[\]]/g, '\\$&')}'`));
  assert.equal(res.body.request_id, res.requestId);
}

describe('control API: reset, snapshot and clock', () => {
  it('resets to the fixtures', async () => {
    const fresh = backend.snapshot();
    await invite('acme-robotics');
    const res = await control('POST', '/reset');
    assert.equal(res.status, 204);
    assert.deepEqual(backend.snapshot(), fresh);
  });

  it('takes and restores a snapshot, and refuses something that is not one', async () => {
    const saved = await control('GET', '/snapshot');
    assert.equal(saved.body.version, 1);
    await invite('acme-robotics');
    assert.equal((await control('PUT', '/snapshot', saved.body)).status, 204);
    assert.deepEqual(backend.snapshot(), saved.body);
    assertInvalid(await control('PUT', '/snapshot', { version: 2 }), 'body');
    assert.deepEqual(backend.snapshot(), saved.body);
  });

  it('reads and advances the clock, which expires invitations', async () => {
    assert.deepEqual((await control('GET', '/clock')).body, { now: iso(START), epochMs: START });
    const id = seeded('acme-group', 'maple-foods');
    const res = await control('POST', '/clock/advance', { ms: 13 * DAY });
    assert.deepEqual(res.body, { now: iso(START + 13 * DAY), epochMs: START + 13 * DAY });
    assert.equal((await call('GET', `/invitations/${id}`)).body.invitation.status, 'expired');
    assertInvalid(await control('POST', '/clock/advance', { ms: -1 }), 'ms');
    assertInvalid(await control('POST', '/clock/advance', { ms: '5' }), 'ms');
    assertInvalid(await control('POST', '/clock/advance', {}), 'ms');
    assert.equal(backend.clock.now(), START + 13 * DAY);
  });
});

describe('control API: account facts', () => {
  it('reads an account’s facts', async () => {
    const res = await control('GET', '/accounts/kite-systems');
    assert.equal(res.status, 200);
    assert.equal(res.body.masterName, 'nova-holdings');
    assert.equal(res.body.enterpriseName, 'Kite Systems Ltd.');
    const missing = await control('GET', '/accounts/nobody');
    assert.deepEqual([missing.status, missing.body.error_code], [404, 'APIG.0101']);
  });

  it('freezes an invitee, after which resending its invitation fails EM.1001', async () => {
    const id = seeded('acme-group', 'maple-foods');
    const res = await control('PATCH', '/accounts/maple-foods', { frozen: true });
    assert.equal(res.status, 200);
    assert.equal(res.body.frozen, true);
    const resend = await call('POST', `/invitations/${id}/resend`);
    assert.deepEqual([resend.status, resend.body.error_code], [400, 'EM.1001']);
    assert.deepEqual(
      resend.body.failed_checks.map((c: { code: string }) => c.code),
      ['NOT_FROZEN', 'UA_NOT_SUSPENDED'],
    );
  });

  it('moves an account between masters and changes a master’s quota', async () => {
    await control('PATCH', '/accounts/river-analytics', { masterName: 'helio-group' });
    assert.equal((await call('GET', '/sub-customers', { as: 'helio-group' })).body.total_count, 1);
    await control('PATCH', '/accounts/acme-group', { memberQuota: 7 });
    const precheck = await call('POST', '/invitations/precheck', {
      body: { account_name: 'acme-robotics' },
    });
    const quota = precheck.body.checks.find(
      (c: { code: string }) => c.code === 'MEMBER_QUOTA_AVAILABLE',
    );
    assert.equal(quota.status, 'failed');
  });

  it('refuses a wrong type, an unknown fact or an impossible change, naming it, and changes nothing', async () => {
    const before = backend.snapshot();
    const patches: [unknown, string][] = [
      [{ frozen: 'yes' }, 'frozen'],
      [{ unpaidOrders: -1 }, 'unpaidOrders'],
      [{ salesChannel: 'reseller' }, 'salesChannel'],
      [{ frozen: true, isMaster: true }, 'isMaster'],
      [[true], 'body'],
      ['{"frozen": tru', 'body'],
    ];
    for (const [patch, parameter] of patches) {
      assertInvalid(await control('PATCH', '/accounts/maple-foods', patch), parameter);
    }
    for (const [patch, why] of [
      [{ frozen: true, memberQuota: 5 }, /"maple-foods" is not a master account/],
      [{ masterName: 'acme-web' }, /"acme-web" cannot be the master of "maple-foods"/],
    ] as const) {
      const res = await control('PATCH', '/accounts/maple-foods', patch);
      assert.deepEqual([res.status, res.body.error_code], [400, 'CBC.0100']);
      assert.match(res.body.error_msg, why);
    }
    const unknown = await control('PATCH', '/accounts/nobody', { frozen: true });
    assert.deepEqual([unknown.status, unknown.body.error_code], [404, 'APIG.0101']);
    assert.deepEqual(backend.snapshot(), before);
  });
});

describe('control API: invitations', () => {
  it('lists invitations by filter as the API shows them', async () => {
    const res = await control('GET', '/invitations?to=maple-foods&status=pending');
    assert.deepEqual(
      res.body.map((i: { master_account_name: string }) => i.master_account_name),
      ['helio-group', 'acme-group'],
    );
    assert.equal((await control('GET', '/invitations?from=zenith-corp')).body.length, 0);
    assertInvalid(await control('GET', '/invitations?status=lost'), 'status');
  });

  it('cancels or expires a pending invitation behind the client’s back', async () => {
    const acme = seeded('acme-group', 'maple-foods');
    const helio = seeded('helio-group', 'maple-foods');
    assert.equal((await control('POST', `/invitations/${acme}/cancel`)).body.status, 'cancelled');
    assert.equal((await control('POST', `/invitations/${helio}/expire`)).body.status, 'expired');
    const again = await control('POST', `/invitations/${acme}/expire`);
    assert.deepEqual(
      [again.status, again.body.error_code, again.body.status],
      [409, 'EM.1004', 'cancelled'],
    );
    const missing = await control('POST', '/invitations/inv-nothing123/cancel');
    assert.deepEqual([missing.status, missing.body.error_code], [404, 'APIG.0101']);
  });
});

describe('control API: faults, latency and the request log', () => {
  it('queues a fault for the next matching request', async () => {
    const res = await control('POST', '/faults', {
      fault: { type: 'status', status: 503 },
      match: { method: 'GET', path: '/invitation-settings' },
    });
    assert.equal(res.status, 204);
    assert.equal((await call('GET', '/invitations')).status, 200);
    assert.equal((await call('GET', '/invitation-settings')).status, 503);
    assert.equal((await call('GET', '/invitation-settings')).status, 200);

    await control('POST', '/faults', {
      fault: { type: 'throttle', retryAfter: 4 },
      match: { pathPattern: '/cancel$' },
    });
    const maple = seeded('acme-group', 'maple-foods');
    const throttled = await call('POST', `/invitations/${maple}/cancel`);
    assert.deepEqual([throttled.status, throttled.headers.get('Retry-After')], [429, '4']);

    await control('POST', '/faults', { fault: { type: 'drop' } });
    await assert.rejects(call('GET', '/master-account'), TypeError);
  });

  it('refuses a malformed fault, naming the field', async () => {
    assertInvalid(await control('POST', '/faults', {}), 'fault');
    assertInvalid(await control('POST', '/faults', { fault: { type: 'fire' } }), 'fault.type');
    assertInvalid(
      await control('POST', '/faults', { fault: { type: 'status', status: 200 } }),
      'fault.status',
    );
    assertInvalid(
      await control('POST', '/faults', {
        fault: { type: 'drop' },
        match: { pathPattern: '(unclosed' },
      }),
      'match.pathPattern',
    );
    assertInvalid(
      await control('POST', '/faults', {
        fault: { type: 'drop' },
        match: { path: '/invitations', pathPattern: 'x' },
      }),
      'match.pathPattern',
    );
    assert.equal((await call('GET', '/master-account')).status, 200);
  });

  it('sets latency, and clears it with the queued faults', async () => {
    // A latency far above any scheduling delay, so that "cleared" holds on a busy machine too.
    assert.equal((await control('PUT', '/latency', { ms: 5000 })).status, 204);
    await control('POST', '/faults', { fault: { type: 'status', status: 500 } });
    assert.equal((await control('DELETE', '/faults')).status, 204);
    let started = performance.now();
    assert.equal((await call('GET', '/master-account')).status, 200);
    assert.ok(performance.now() - started < 2500);

    await control('PUT', '/latency', { ms: 300, match: { path: '/invitations' } });
    started = performance.now();
    await call('GET', '/invitations');
    assert.ok(performance.now() - started >= 290);
    assertInvalid(await control('PUT', '/latency', { ms: -5 }), 'ms');
  });

  it('reads and clears the request log, which holds API calls only', async () => {
    await call('GET', '/invitations?limit=1');
    const log = await control('GET', '/requests');
    assert.deepEqual(log.body, [
      {
        method: 'GET',
        path: '/invitations',
        query: { limit: '1' },
        status: 200,
        at: iso(START),
        caller: 'acme-group',
        credential: 'token',
      },
    ]);
    assert.equal((await control('DELETE', '/requests')).status, 204);
    assert.deepEqual((await control('GET', '/requests')).body, []);
  });
});

describe('control API: routes', () => {
  it('answers 404 APIG.0101 for an unknown route or method', async () => {
    for (const [method, path] of [
      ['GET', '/nothing'],
      ['GET', '/reset'],
      ['DELETE', '/accounts/acme-group'],
      ['GET', '/accounts/'],
      ['GET', '/accounts/acme-group/extra'],
      ['GET', ''],
    ] as const) {
      const res = await read(await fetch(`${server().url}/__control${path}`, { method }));
      assert.deepEqual([res.status, res.body.error_code], [404, 'APIG.0101'], `${method} ${path}`);
    }
  });

  it('answers with no-store and a request id', async () => {
    const res = await control('GET', '/clock');
    assert.equal(res.headers.get('Cache-Control'), 'no-store');
    assert.match(res.requestId ?? '', /^[0-9a-f]{32}$/);
  });

  it('is documented route by route in docs/fake-backend.md', async () => {
    const docs = await readFile(new URL('../../../docs/fake-backend.md', import.meta.url), 'utf8');
    for (const { method, path } of CONTROL_ROUTES) {
      const row = `\`${method} /__control${path.replace(/:(\w+)/g, '{$1}')}\``;
      assert.ok(docs.includes(row), `docs/fake-backend.md does not list ${row}`);
    }
  });
});

describe('control API: coverage', () => {
  it('has a test calling every route above', () => {
    const missing = CONTROL_ROUTES.map((r) => `${r.method} ${r.path}`).filter(
      (route) => !exercised.has(route),
    );
    assert.deepEqual(missing, []);
  });
});
