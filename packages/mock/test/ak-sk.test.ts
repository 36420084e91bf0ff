// AK/SK-signed requests (API.md §6), through MSW and over HTTP alike: the SDK's signer and the
// official Huawei Cloud signer are accepted; anything else is 401 APIG.0301 and changes nothing.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ACCESS_KEYS, type FakeBackend } from '@enterprise-center/mock';
import { createClient, type Client } from '@enterprise-center/sdk';
import { createAkSkSigner } from '@enterprise-center/sdk/signer';
import { officialAuthorization } from '../../sdk/test/support/official-signer.js';
import {
  ACME_ENGINEERING,
  API_PATH,
  MASTER_AGREEMENTS,
  read,
  useFakeBackend,
  useFakeBackendOverHttp,
  type Helpers,
} from './harness.js';

const MINUTE = 60_000;

const keyOf = (account: string) => {
  const key = ACCESS_KEYS.find((k) => k.account === account);
  assert.ok(key, `no access key for ${account}`);
  return key;
};

const overMsw = useFakeBackend();
const overHttp = useFakeBackendOverHttp();

const transports: [string, Helpers, () => string][] = [
  ['through MSW', overMsw, () => overMsw.backend.baseUrl],
  ['over HTTP', overHttp, () => overHttp.server().url],
];

interface SignAs {
  ak?: string;
  sk?: string;
  /** How far the signer's clock is from the backend's. */
  skewMs?: number;
}

/** A signer for acme-group (or the overrides) on the backend's clock. */
const signerFor = (backend: FakeBackend, { ak, sk, skewMs = 0 }: SignAs = {}) =>
  createAkSkSigner({
    ak: ak ?? keyOf('acme-group').ak,
    sk: sk ?? keyOf('acme-group').sk,
    now: () => backend.clock.now() + skewMs,
  });

const inviteRobotics = (client: Client) =>
  client.invitations.create({
    accountName: 'acme-robotics',
    orgId: ACME_ENGINEERING,
    paymentMethod: 'paid_by_master',
    agreements: MASTER_AGREEMENTS,
  });

const isUnauthorized = (error: { code?: string; status?: number }) =>
  error.code === 'APIG.0301' && error.status === 401;

for (const [transport, { backend }, baseUrl] of transports) {
  const clientSigning = (as: SignAs = {}): Client =>
    createClient({ baseUrl: baseUrl(), signer: signerFor(backend, as), retry: 0 });

  /** Sends a request signed for `signed`, then sent as `sent` (what changed after signing). */
  const tampered = async (
    signed: { path: string; body?: string; headers?: Record<string, string> },
    sent: { path?: string; body?: string; headers?: Record<string, string> } = {},
  ) => {
    const method = signed.body === undefined ? 'GET' : 'POST';
    const headers = { 'content-type': 'application/json', ...signed.headers };
    const signature = await signerFor(backend)({
      method,
      url: `${baseUrl()}${API_PATH}${signed.path}`,
      headers,
      body: signed.body ?? '',
    });
    return read(
      await fetch(`${baseUrl()}${API_PATH}${sent.path ?? signed.path}`, {
        method,
        headers: { ...headers, ...sent.headers, ...signature },
        body: sent.body ?? signed.body,
      }),
    );
  };

  describe(`AK/SK ${transport}`, () => {
    it('accepts the SDK signer for reads with a query and writes with a body', async () => {
      const client = clientSigning();
      const page = await client.invitations.list({ status: 'pending', limit: 5 });
      assert.equal(page.totalCount, 1);
      const created = await inviteRobotics(client);
      assert.equal(created.inviteeAccountName, 'acme-robotics');
      assert.deepEqual(
        backend.requests.map(({ method, path, status, caller, credential }) => ({
          method,
          path,
          status,
          caller,
          credential,
        })),
        [
          {
            method: 'GET',
            path: '/invitations',
            status: 200,
            caller: 'acme-group',
            credential: 'ak-sk',
          },
          {
            method: 'POST',
            path: '/invitations',
            status: 200,
            caller: 'acme-group',
            credential: 'ak-sk',
          },
        ],
      );
    });

    it('signs as the key’s account: an invitee’s key reads its own invitations', async () => {
      const maple = keyOf('maple-foods');
      const client = clientSigning({ ak: maple.ak, sk: maple.sk });
      const received = await client.receivedInvitations.list();
      assert.equal(received.totalCount, 2);
      await assert.rejects(client.invitations.settings(), (e: Error & { code?: string }) => {
        return e.code === 'CBC.0151';
      });
    });

    it('refuses a wrong secret, an unknown AK and an X-Sdk-Date over 15 minutes off, changing nothing', async () => {
      const before = backend.snapshot();
      const wrong: [string, SignAs][] = [
        ['a wrong secret', { sk: keyOf('maple-foods').sk }],
        ['an unknown AK', { ak: 'ECUNKNOWNACCESSKEY01' }],
        ['a date 16 minutes ahead', { skewMs: 16 * MINUTE }],
        ['a date 16 minutes behind', { skewMs: -16 * MINUTE }],
      ];
      for (const [what, as] of wrong) {
        await assert.rejects(inviteRobotics(clientSigning(as)), isUnauthorized, what);
      }
      assert.deepEqual(backend.snapshot(), before);
      assert.deepEqual(
        backend.requests.map((r) => [r.status, r.caller, r.credential]),
        wrong.map(() => [401, null, 'ak-sk']),
      );
      for (const skewMs of [14 * MINUTE, -14 * MINUTE]) {
        assert.equal(await clientSigning({ skewMs }).masterAccount.get(), null);
      }
    });

    it('refuses a request changed after signing: its body, query or a signed header', async () => {
      const body = JSON.stringify({ account_name: 'acme-robotics' });
      const signedPrecheck = { path: '/invitations/precheck', body };
      assert.equal((await tampered(signedPrecheck)).status, 200);
      const changed = [
        await tampered(signedPrecheck, { body: JSON.stringify({ account_name: 'solo-dev' }) }),
        await tampered({ path: '/invitations?limit=1' }, { path: '/invitations?limit=2' }),
        await tampered(
          { path: '/invitations', headers: { 'x-request-id': 'first' } },
          { headers: { 'x-request-id': 'second' } },
        ),
      ];
      for (const res of changed) {
        assert.deepEqual([res.status, res.body.error_code], [401, 'APIG.0301']);
      }
      const unsignedExtra = await tampered(
        { path: '/invitations' },
        { headers: { 'accept-language': 'zh-CN' } },
      );
      assert.equal(unsignedExtra.status, 200);
    });

    it('refuses a malformed Authorization or X-Sdk-Date', async () => {
      const signature = await signerFor(backend)({
        method: 'GET',
        url: `${baseUrl()}${API_PATH}/master-account`,
        headers: {},
        body: '',
      });
      const variants: Record<string, string>[] = [
        { ...signature, Authorization: signature.Authorization!.replace('Access=', 'Key=') },
        { ...signature, Authorization: `${signature.Authorization}, Extra=1` },
        { ...signature, 'X-Sdk-Date': '2026-03-02T09:00:00Z' },
        { Authorization: signature.Authorization! },
      ];
      for (const headers of variants) {
        const res = await read(await fetch(`${baseUrl()}${API_PATH}/master-account`, { headers }));
        assert.deepEqual(
          [res.status, res.body.error_code],
          [401, 'APIG.0301'],
          JSON.stringify(headers),
        );
      }
    });
  });
}

describe('AK/SK key pairs', () => {
  const { backend, server } = overHttp;

  it('authenticates every fixture account with its own key pair', async () => {
    assert.equal(new Set(ACCESS_KEYS.map((k) => k.ak)).size, ACCESS_KEYS.length);
    for (const { account, ak, sk } of ACCESS_KEYS) {
      assert.match(ak, /^EC[0-9A-Z]{18}$/);
      assert.match(sk, /^[0-9a-z]{40}$/);
      const client = createClient({
        baseUrl: server().url,
        signer: createAkSkSigner({ ak, sk, now: () => backend.clock.now() }),
        retry: 0,
      });
      const association = await client.masterAccount.get();
      assert.equal(backend.requests.at(-1)?.caller, account);
      const master = backend.control.account(account)?.masterName ?? null;
      assert.equal(association?.masterAccountName ?? null, master, account);
    }
  });

  it('accepts what Huawei Cloud’s official signer produces', async () => {
    const { ak, sk } = keyOf('acme-group');
    const send = async (method: string, path: string, body: string) => {
      const url = `${server().url}${API_PATH}${path}`;
      const headers = {
        'Content-Type': 'application/json',
        'X-Sdk-Date': new Date(backend.clock.now()).toISOString().replace(/[-:]|\.\d{3}/g, ''),
      };
      const authorization = officialAuthorization({ method, url, headers, body, ak, sk });
      return read(
        await fetch(url, {
          method,
          headers: { ...headers, Authorization: authorization },
          body: body || undefined,
        }),
      );
    };
    const search = await send(
      'GET',
      '/sub-customers?sub_customer_account_name=acme&fuzzy_query=1',
      '',
    );
    assert.equal(search.status, 200);
    assert.equal(search.body.total_count, 6);
    const precheck = await send(
      'POST',
      '/invitations/precheck',
      JSON.stringify({ account_name: 'solo-dev', payment_method: 'paid_by_master' }),
    );
    assert.equal(precheck.status, 200);
    assert.equal(precheck.body.invitee.enterprise_name, null);
  });
});
