// A grant's credentials reach the upstream, and only there: a token (string or function called
// per upstream request) as X-Auth-Token, or an AK/SK signature of exactly what was sent, which
// the upstream checks with Huawei Cloud's official signer.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAkSkSigner } from '@enterprise-center/sdk/signer';
import { createProxy, ROUTES, type Grant } from '@enterprise-center/proxy';
import { officialAuthorization } from '../../sdk/test/support/official-signer.js';
import { useRecordingUpstream, type Received } from './support/recording-upstream.js';
import { concretePath, pageRequest, proxyUrl, routeFor } from './support/requests.js';

const upstream = await useRecordingUpstream();

const AK = 'HPUAPROXYEXAMPLE01';
const SK = 'proxy/S3cret+Key=é';

const proxyFor = (grant: Grant) => createProxy({ upstream: upstream.url, authorize: () => grant });

/** Recomputes the request's Authorization with the official signer, from what was received. */
const assertSignedByOfficialRules = (received: Received) => {
  const authorization = String(received.headers.authorization);
  const signedNames = /SignedHeaders=([^,]+),/.exec(authorization)?.[1]?.split(';') ?? [];
  assert.ok(signedNames.includes('host') && signedNames.includes('x-sdk-date'), authorization);
  // The official signer adds `host` from the URL and takes the date from `X-Sdk-Date`.
  const headers = Object.fromEntries(
    signedNames
      .filter((name) => name !== 'host')
      .map((name) => [name === 'x-sdk-date' ? 'X-Sdk-Date' : name, String(received.headers[name])]),
  );
  assert.equal(
    authorization,
    officialAuthorization({
      method: received.method,
      url: `${upstream.url}${received.target}`,
      headers,
      body: received.body,
      ak: AK,
      sk: SK,
    }),
  );
};

describe('token grants', () => {
  it('sends a token string as X-Auth-Token', async () => {
    const handle = proxyFor({ subject: 'u', scopes: ['invite'], token: 'token-acme-group' });
    await handle(pageRequest(routeFor('invitations.settings')));
    assert.equal(upstream.received[0]?.headers['x-auth-token'], 'token-acme-group');
    assert.equal(upstream.received[0]?.headers.authorization, undefined);
  });

  for (const kind of ['sync', 'async'] as const)
    it(`calls a ${kind} token function for every upstream request, and never for a refusal`, async () => {
      let calls = 0;
      const token = () => {
        calls += 1;
        return kind === 'sync' ? `token-${calls}` : Promise.resolve(`token-${calls}`);
      };
      const handle = proxyFor({ subject: 'u', scopes: ['invite'], token });
      await handle(pageRequest(routeFor('invitations.settings')));
      await handle(pageRequest(routeFor('masterAccount.get'))); // not granted
      await handle(pageRequest(routeFor('invitations.create')));
      assert.equal(calls, 2);
      assert.deepEqual(
        upstream.received.map(({ headers }) => headers['x-auth-token']),
        ['token-1', 'token-2'],
      );
    });
});

describe('signer grants (AK/SK)', () => {
  const signerGrant = (): Grant => ({
    subject: 'account-acme-group',
    scopes: ['invite', 'accept'],
    signer: createAkSkSigner({ ak: AK, sk: SK }),
  });

  it('signs a GET with its forwarded query (dropped parameters unsigned) as the official signer does', async () => {
    const url = `${proxyUrl('/sub-customers')}?sub_customer_account_name=acme%20%26%20sons%2F%C3%A9&limit=5&junk=1&offset=0`;
    await proxyFor(signerGrant())(
      pageRequest(routeFor('members.list'), {
        url,
        headers: { 'Accept-Language': 'zh-CN', 'X-Request-Id': 'rid-signed-1' },
      }),
    );
    const [received] = upstream.received;
    assert.ok(received);
    assert.ok(!received.target.includes('junk'));
    assert.match(
      String(received.headers.authorization),
      /^SDK-HMAC-SHA256 Access=HPUAPROXYEXAMPLE01, SignedHeaders=accept;accept-language;host;x-request-id;x-sdk-date, Signature=[0-9a-f]{64}$/,
    );
    assert.equal(received.headers['x-auth-token'], undefined);
    assertSignedByOfficialRules(received);
  });

  for (const entry of ROUTES.filter(({ method }) => method === 'POST'))
    it(`signs ${entry.method} ${entry.path} with its JSON body as sent`, async () => {
      await proxyFor(signerGrant())(pageRequest(entry));
      const [received] = upstream.received;
      assert.ok(received);
      assert.match(
        String(received.headers.authorization),
        /SignedHeaders=accept;content-type;host;x-request-id;x-sdk-date,/,
      );
      assertSignedByOfficialRules(received);
    });

  it('signs each request anew, with the date of its own sending', async () => {
    let now = Date.UTC(2026, 0, 1, 0, 0, 0);
    const signer = createAkSkSigner({ ak: AK, sk: SK, now: () => now });
    const handle = proxyFor({ subject: 'u', scopes: ['invite'], signer });
    await handle(pageRequest(routeFor('invitations.get')));
    now += 61_000;
    await handle(pageRequest(routeFor('invitations.get')));
    const dates = upstream.received.map(({ headers }) => headers['x-sdk-date']);
    assert.deepEqual(dates, ['20260101T000000Z', '20260101T000101Z']);
    for (const received of upstream.received) assertSignedByOfficialRules(received);
  });

  it("replaces a browser's own signature headers with the grant's", async () => {
    await proxyFor(signerGrant())(
      pageRequest(routeFor('invitations.get'), {
        headers: {
          Authorization: 'SDK-HMAC-SHA256 Access=BROWSER',
          'X-Sdk-Date': '20200101T000000Z',
        },
      }),
    );
    const [received] = upstream.received;
    assert.ok(received);
    assert.match(String(received.headers.authorization), /Access=HPUAPROXYEXAMPLE01,/);
    assert.notEqual(received.headers['x-sdk-date'], '20200101T000000Z');
    assertSignedByOfficialRules(received);
  });

  it('gives the signer exactly the request that is sent', async () => {
    const signed: unknown[] = [];
    const handle = proxyFor({
      subject: 'u',
      scopes: ['invite'],
      signer: async (request) => {
        signed.push(request);
        return { 'X-Signed-By': 'test' };
      },
    });
    const entry = routeFor('invitations.cancel');
    await handle(pageRequest(entry, { headers: { 'X-Request-Id': 'rid-1', Cookie: 'c=1' } }));
    const [received] = upstream.received;
    assert.deepEqual(signed, [
      {
        method: 'POST',
        url: `${upstream.url}/v2/enterprises/multi-accounts${concretePath(entry)}`,
        headers: {
          accept: 'application/json',
          'content-type': 'application/json',
          'x-request-id': 'rid-1',
        },
        body: received?.body,
      },
    ]);
    assert.equal(received?.headers['x-signed-by'], 'test');
  });
});
