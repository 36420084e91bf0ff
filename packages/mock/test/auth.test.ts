import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { INVITEE_AGREEMENTS, MASTER_AGREEMENTS, useFakeBackend } from './harness.js';

const { backend, call, seeded } = useFakeBackend();

const mapleInvitation = (): string => seeded('acme-group', 'maple-foods');

const ENDPOINTS: { method: string; path: () => string; masterOnly: boolean; body?: unknown }[] = [
  { method: 'GET', path: () => '/enterprise-organizations', masterOnly: true },
  { method: 'GET', path: () => '/sub-customers', masterOnly: true },
  { method: 'GET', path: () => '/invitation-settings', masterOnly: true },
  {
    method: 'POST',
    path: () => '/invitations/precheck',
    masterOnly: true,
    body: { account_name: 'acme-robotics' },
  },
  {
    method: 'POST',
    path: () => '/invitations',
    masterOnly: true,
    body: {
      account_name: 'acme-robotics',
      org_id: '1000000002',
      payment_method: 'paid_by_master',
      agreements: MASTER_AGREEMENTS,
    },
  },
  { method: 'GET', path: () => '/invitations', masterOnly: true },
  { method: 'GET', path: () => `/invitations/${mapleInvitation()}`, masterOnly: true },
  { method: 'POST', path: () => `/invitations/${mapleInvitation()}/cancel`, masterOnly: true },
  { method: 'POST', path: () => `/invitations/${mapleInvitation()}/resend`, masterOnly: true },
  { method: 'GET', path: () => '/received-invitations', masterOnly: false },
  {
    method: 'POST',
    path: () => `/received-invitations/${mapleInvitation()}/accept`,
    masterOnly: false,
    body: { agreements: INVITEE_AGREEMENTS },
  },
  {
    method: 'POST',
    path: () => `/received-invitations/${mapleInvitation()}/decline`,
    masterOnly: false,
  },
  { method: 'GET', path: () => '/master-account', masterOnly: false },
];

describe('authentication', () => {
  for (const { method, path, body } of ENDPOINTS) {
    it(`${method} ${path().replace(/inv-\w+/, '{id}')} answers 401 APIG.0301 without a known token and changes nothing`, async () => {
      const before = backend.snapshot();
      const tokens: (string | null)[] = [
        null,
        'token-nobody',
        'token-',
        'acme-group',
        'TOKEN-acme-group',
        'token-constructor',
      ];
      for (const token of tokens) {
        const res = await call(
          method,
          path(),
          token === null ? { as: null, body } : { token, body },
        );
        assert.equal(res.status, 401, String(token));
        assert.equal(res.body.error_code, 'APIG.0301');
        assert.equal(res.body.request_id, res.requestId);
      }
      assert.deepEqual(backend.snapshot(), before);
    });
  }

  it('accepts token-<name> for every fixture account', async () => {
    for (const name of [
      'acme-group',
      'nova-holdings',
      'helio-group',
      'zenith-corp',
      'acme-web',
      'kite-systems',
      'solo-dev',
      'frost-retail',
      'markup-probe',
      'dormant-co',
    ]) {
      assert.equal((await call('GET', '/master-account', { as: name })).status, 200, name);
    }
  });
});

describe('master-only endpoints', () => {
  for (const { method, path, body } of ENDPOINTS.filter((e) => e.masterOnly)) {
    it(`${method} ${path().replace(/inv-\w+/, '{id}')} answers 403 CBC.0151 to a non-master before validating`, async () => {
      const before = backend.snapshot();
      for (const as of ['acme-robotics', 'acme-web', 'solo-dev']) {
        const res = await call(method, path(), { as, body });
        assert.equal(res.status, 403, as);
        assert.equal(res.body.error_code, 'CBC.0151');
      }
      // An invalid request too gets 403, not 400: access is decided before validation.
      const invalid =
        method === 'GET'
          ? await call(method, `${path()}?limit=0&offset=-1`, { as: 'acme-web' })
          : await call(method, path().replace(/inv-\w+/, 'inv-BAD'), {
              as: 'acme-web',
              body: { notes: 42 },
            });
      assert.equal(invalid.status, 403);
      assert.deepEqual(backend.snapshot(), before);
    });
  }

  it('lets any authenticated account read its received invitations and association', async () => {
    assert.equal((await call('GET', '/received-invitations', { as: 'acme-group' })).status, 200);
    assert.equal((await call('GET', '/received-invitations', { as: 'solo-dev' })).status, 200);
  });
});

describe('request ids', () => {
  it('puts a fresh X-Request-Id on every response, success or error, and repeats it in error bodies', async () => {
    const ok = await call('GET', '/invitation-settings');
    const denied = await call('GET', '/invitation-settings', { as: 'acme-web' });
    const unknownPath = await call('GET', '/no-such-thing');
    for (const res of [ok, denied, unknownPath])
      assert.match(res.requestId ?? '', /^[0-9a-f]{32}$/);
    assert.equal(new Set([ok.requestId, denied.requestId, unknownPath.requestId]).size, 3);
    assert.equal(denied.body.request_id, denied.requestId);
    assert.equal(unknownPath.status, 404);
    assert.equal(unknownPath.body.error_code, 'APIG.0101');
  });
});
