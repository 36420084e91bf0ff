// SDK → proxy (node adapter, real port) → the fake backend over HTTP (@enterprise-center/mock):
// token and AK/SK grants end to end, every §7 refusal absent from the fake's request log, and
// a lost response retried into exactly one invitation.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { ACCESS_KEYS } from '@enterprise-center/mock';
import { serveFakeBackend, type FakeBackendServer } from '@enterprise-center/mock/node';
import { createClient, isEnterpriseCenterError, type Client } from '@enterprise-center/sdk';
import { createAkSkSigner } from '@enterprise-center/sdk/signer';
import {
  createProxy,
  type Grant,
  type ProxyHandler,
  type ProxyOptions,
  type Scope,
} from '@enterprise-center/proxy';
import { createProxyServer } from '@enterprise-center/proxy/node';
import { listen, rawRequest } from './support/raw-http.js';

const BASE_PATH = '/api/enterprise-center';
const API = `${BASE_PATH}/v2/enterprises/multi-accounts`;
const AGREEMENTS = [{ id: 'em-service-agreement', version: '2025-02-25' }];
const ACME_ENGINEERING = '1000000002';

const keyOf = (account: string) => {
  const key = ACCESS_KEYS.find((entry) => entry.account === account);
  assert.ok(key, account);
  return key;
};

/**
 * The portal's sessions: `portal-session=<account>` grants that account's token,
 * `portal-session=aksk-<account>` signs with its access key pair, `…=wrongsk-<account>` with a
 * wrong secret; an `-invite`/`-accept` suffix grants only that scope.
 */
const grantFor = (request: Request): Grant | null => {
  const session = /portal-session=([a-z-]+)/.exec(request.headers.get('cookie') ?? '')?.[1];
  const [, kind, account = '', only] =
    /^(aksk-|wrongsk-)?([a-z]+-[a-z]+?)(?:-(invite|accept))?$/.exec(session ?? '') ?? [];
  if (!account) return null;
  const scopes: Scope[] = only === 'invite' || only === 'accept' ? [only] : ['invite', 'accept'];
  const base = { subject: account, scopes };
  if (kind === 'aksk-') return { ...base, signer: createAkSkSigner(keyOf(account)) };
  if (kind === 'wrongsk-')
    return { ...base, signer: createAkSkSigner({ ak: keyOf(account).ak, sk: 'wrong' }) };
  return { ...base, token: `token-${account}` };
};

let fake: FakeBackendServer;
let proxy: Awaited<ReturnType<typeof listen>>;
/** What the proxy server runs; a test may swap in a proxy with other options. */
let current: ProxyHandler;
const proxyWith = (options: Partial<ProxyOptions> = {}) =>
  createProxy({ upstream: fake.url, authorize: grantFor, maxBodyBytes: 2048, ...options });

before(async () => {
  fake = await serveFakeBackend();
  proxy = await listen(createProxyServer((request) => current(request)));
});
after(async () => {
  await proxy.close();
  await fake.close();
});
beforeEach(() => {
  fake.backend.reset();
  current = proxyWith();
});

/** The SDK as a page of the portal uses it (Origin and cookie as a browser sends them). */
const clientAs = (session: string, origin = proxy.origin): Client =>
  createClient({
    baseUrl: `${proxy.origin}${BASE_PATH}`,
    headers: { Cookie: `portal-session=${session}`, Origin: origin },
    retry: { limit: 2, delay: () => 10 },
    timeout: 5000,
  });

const inviteRobotics = (client: Client, idempotencyKey?: string) =>
  client.invitations.create(
    {
      accountName: 'acme-robotics',
      orgId: ACME_ENGINEERING,
      paymentMethod: 'paid_by_master',
      agreements: AGREEMENTS,
    },
    { idempotencyKey },
  );

const failure = async (call: Promise<unknown>) => {
  try {
    await call;
  } catch (error) {
    assert.ok(isEnterpriseCenterError(error), String(error));
    return error;
  }
  assert.fail('the call succeeded');
};

describe('SDK → proxy → HTTP fake', () => {
  for (const [kind, session] of [
    ['a token grant', 'acme-group'],
    ['an AK/SK grant (the fake verifies the signature)', 'aksk-acme-group'],
  ] as const)
    it(`invites and lists as acme-group with ${kind}`, async () => {
      const client = clientAs(session);
      const settings = await client.invitations.settings();
      assert.equal(settings.masterAccount.name, 'acme-group');
      const check = await client.invitations.precheck({ accountName: 'acme-robotics' });
      assert.equal(check.eligible, true);
      const invitation = await inviteRobotics(client);
      assert.equal(invitation.status, 'pending');
      const page = await client.invitations.list({ status: 'pending' });
      assert.ok(page.invitations.some(({ id }) => id === invitation.id));
      const members = await client.members.list({ limit: 2 });
      assert.equal(members.members.length, 2);
      const credential = session.startsWith('aksk-') ? 'ak-sk' : 'token';
      assert.ok(
        fake.backend.requests.every(
          (entry) => entry.credential === credential && entry.caller === 'acme-group',
        ),
      );
      assert.equal(fake.backend.requests.length, 5);
    });

  it('accepts as the invitee with an AK/SK grant', async () => {
    const [pending] = fake.backend.control.invitations({ to: 'maple-foods', status: 'pending' });
    assert.ok(pending);
    const client = clientAs('aksk-maple-foods');
    const result = await client.receivedInvitations.accept(pending.id, {
      agreements: [{ id: 'em-member-association', version: '2025-02-25' }],
    });
    assert.equal(result.invitation.status, 'accepted');
    assert.equal(
      (await client.masterAccount.get())?.masterAccountName,
      result.association.masterAccountName,
    );
  });

  it("passes the fake's own refusal of a wrong signature back as 401 APIG.0301", async () => {
    const error = await failure(clientAs('wrongsk-acme-group').invitations.settings());
    assert.equal(error.status, 401);
    assert.equal(error.code, 'APIG.0301');
    assert.deepEqual(
      fake.backend.requests.map(({ status, credential, caller }) => [status, credential, caller]),
      [[401, 'ak-sk', null]],
    );
  });

  it('turns a lost response into exactly one invitation: the SDK retries with the same trans_id', async () => {
    fake.backend.faults.failNext({ type: 'drop' }, { method: 'POST', path: '/invitations' });
    const invitation = await inviteRobotics(clientAs('acme-group'));
    assert.equal(invitation.status, 'pending');
    const posts = fake.backend.requests.filter(
      ({ method, path }) => method === 'POST' && path === '/invitations',
    );
    assert.deepEqual(
      posts.map(({ status }) => status),
      [0, 200],
    );
    const sent = fake.backend.control.invitations({ from: 'acme-group', to: 'acme-robotics' });
    assert.deepEqual(
      sent.map(({ id }) => id),
      [invitation.id],
    );
  });

  it('turns a response lost between proxy and page into exactly one invitation too', async () => {
    let dropped = false;
    current = proxyWith({
      fetch: async (input, init) => {
        const answer = await fetch(input, init);
        if (!dropped && init?.method === 'POST') {
          dropped = true;
          await answer.arrayBuffer();
          throw new TypeError('fetch failed'); // the answer came and was lost on the way back
        }
        return answer;
      },
    });
    const invitation = await inviteRobotics(clientAs('acme-group'));
    const posts = fake.backend.requests.filter(({ method }) => method === 'POST');
    assert.deepEqual(
      posts.map(({ status }) => status),
      [200, 200],
    );
    assert.deepEqual(
      fake.backend.control
        .invitations({ from: 'acme-group', to: 'acme-robotics' })
        .map(({ id }) => id),
      [invitation.id],
    );
  });
});

describe('API.md §7 rows against the HTTP fake: refusals never reach it', () => {
  const assertFakeUntouched = () => assert.deepEqual(fake.backend.requests, []);

  it('404 APIG.0101: a route outside the table, an unknown method, a malformed path', async () => {
    for (const [method, target] of [
      ['GET', `${API}/accounts`],
      ['DELETE', `${API}/invitations`],
      ['GET', `${API}//invitations`],
      ['GET', `${API}/invitations/`],
      ['GET', `${API}/invitations/../master-account`],
      ['GET', `${API}/invitations%2Finv-7k2m9x4q1a8b`],
      ['GET', `${API}\\invitations`],
      ['GET', `${API}/invitations/inv-7k2m9x4q1a8b%2E`],
      ['GET', '/__control/state'],
      ['GET', `${BASE_PATH}/../../__control/state`],
    ]) {
      const answer = await rawRequest(proxy.origin, target!, {
        method,
        headers: { Cookie: 'portal-session=acme-group' },
      });
      assert.equal(answer.status, 404, target);
      assert.equal(JSON.parse(answer.body).error_code, 'APIG.0101');
    }
    assertFakeUntouched();
  });

  it('403 APIG.0302: a cross-site POST (precheck included)', async () => {
    const error = await failure(
      clientAs('acme-group', 'https://attacker.example').invitations.precheck({
        accountName: 'acme-robotics',
      }),
    );
    assert.deepEqual([error.status, error.code], [403, 'APIG.0302']);
    assertFakeUntouched();
  });

  it('401 APIG.0301: no signed-in user', async () => {
    const error = await failure(clientAs('').invitations.settings());
    assert.deepEqual([error.status, error.code], [401, 'APIG.0301']);
    assertFakeUntouched();
  });

  it('403 CBC.0151: a route of a scope not granted', async () => {
    const error = await failure(clientAs('acme-group-accept').invitations.settings());
    assert.deepEqual([error.status, error.code], [403, 'CBC.0151']);
    const other = await failure(clientAs('maple-foods-invite').receivedInvitations.list());
    assert.deepEqual([other.status, other.code], [403, 'CBC.0151']);
    assertFakeUntouched();
  });

  it('413 APIG.0201: a body over the limit', async () => {
    const error = await failure(
      clientAs('acme-group').invitations.create({
        accountName: 'acme-robotics',
        orgId: ACME_ENGINEERING,
        paymentMethod: 'paid_by_master',
        agreements: AGREEMENTS,
        notes: '界'.repeat(1024),
      }),
    );
    assert.deepEqual([error.status, error.code], [413, 'APIG.0201']);
    assertFakeUntouched();
  });

  it('502 APIG.0201: the upstream cannot be reached', async () => {
    current = proxyWith({
      fetch: async () => {
        throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') });
      },
    });
    const error = await failure(clientAs('acme-group').invitations.settings());
    assert.deepEqual([error.status, error.code], [502, 'APIG.0201']);
    assertFakeUntouched();
  });

  it('504 APIG.0201: the upstream does not answer in time', async () => {
    current = proxyWith({ timeout: 300 });
    for (let attempt = 0; attempt < 3; attempt += 1)
      fake.backend.faults.failNext({ type: 'timeout' });
    const error = await failure(clientAs('acme-group').invitations.settings());
    assert.deepEqual([error.status, error.code], [504, 'APIG.0201']);
  });

  it('every refusal carries X-Request-Id and Cache-Control: no-store', async () => {
    const answer = await rawRequest(proxy.origin, `${API}/invitation-settings`);
    assert.equal(answer.status, 401);
    assert.equal(answer.headers['cache-control'], 'no-store');
    assert.equal(JSON.parse(answer.body).request_id, answer.headers['x-request-id']);
    assertFakeUntouched();
  });
});
