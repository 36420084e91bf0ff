// What an allowed request sends upstream and what its answer returns (API.md §7's last
// paragraph), for every route of the table.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { API_ROOT, createProxy, ROUTES } from '@enterprise-center/proxy';
import { useRecordingUpstream } from './support/recording-upstream.js';
import {
  bodyFor,
  concretePath,
  INVITATION_ID,
  pageRequest,
  PORTAL,
  proxyUrl,
  routeFor,
  tokenGrant,
} from './support/requests.js';

const upstream = await useRecordingUpstream();
const handle = createProxy({ upstream: upstream.url, authorize: () => tokenGrant() });

const MEMBERS = routeFor('members.list');
const CREATE = routeFor('invitations.create');

describe('forwarding every route', () => {
  for (const entry of ROUTES)
    it(`forwards ${entry.method} ${entry.path} to the same path upstream`, async () => {
      const response = await handle(pageRequest(entry));
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { ok: true });
      const [sent, ...more] = upstream.received;
      assert.deepEqual(more, []);
      assert.equal(sent?.method, entry.method);
      assert.equal(sent?.target, `${API_ROOT}${concretePath(entry)}`);
      assert.equal(sent?.body, entry.method === 'POST' ? bodyFor(entry) : '');
    });

  for (const entry of ROUTES)
    it(`forwards only the documented query parameters of ${entry.method} ${entry.path}`, async () => {
      const url = new URL(proxyUrl(concretePath(entry)));
      for (const name of entry.query) url.searchParams.append(name, `${name} & é`);
      url.searchParams.append('debug', '1');
      url.searchParams.append('token', 'x');
      url.searchParams.append('_method', 'DELETE');
      await handle(pageRequest(entry, { url: url.href }));
      const sent = new URL(upstream.received[0]?.target ?? '', upstream.url);
      assert.deepEqual(
        [...sent.searchParams],
        entry.query.map((name) => [name, `${name} & é`]),
      );
    });

  it('forwards every value of a repeated documented parameter, in order', async () => {
    const url = `${proxyUrl('/sub-customers')}?org_id=1&org_id=2&limit=5`;
    await handle(pageRequest(MEMBERS, { url }));
    assert.equal(
      upstream.received[0]?.target,
      `${API_ROOT}/sub-customers?org_id=1&org_id=2&limit=5`,
    );
  });

  it('forwards to an upstream with a path prefix', async () => {
    const prefixed = createProxy({
      upstream: `${upstream.url}/gateway/ec/`,
      authorize: () => tokenGrant(),
    });
    await prefixed(pageRequest(CREATE));
    assert.equal(upstream.received[0]?.target, `/gateway/ec${API_ROOT}/invitations`);
  });

  it('serves under another base path, and at the root', async () => {
    for (const basePath of ['/portal/ec', '']) {
      const mounted = createProxy({
        upstream: upstream.url,
        basePath,
        authorize: () => tokenGrant(),
      });
      const url = `${PORTAL}${basePath}${API_ROOT}/invitations/${INVITATION_ID}`;
      assert.equal((await mounted(pageRequest(routeFor('invitations.get'), { url }))).status, 200);
      const elsewhere = `${PORTAL}/api/enterprise-center${API_ROOT}/invitations/${INVITATION_ID}`;
      if (basePath)
        assert.equal(
          (await mounted(pageRequest(routeFor('invitations.get'), { url: elsewhere }))).status,
          404,
        );
    }
    assert.equal(upstream.received.length, 2);
  });
});

describe('headers sent upstream', () => {
  const browserHeaders = {
    Accept: 'application/json',
    'Accept-Language': 'zh-CN,zh;q=0.9',
    'Content-Type': 'application/json',
    'X-Request-Id': 'page-request-0001',
    Cookie: 'portal-session=s3cret-cookie',
    Authorization: 'Bearer browser-bearer',
    'X-Auth-Token': 'browser-iam-token',
    'X-Sdk-Date': '20260101T000000Z',
    'X-Sdk-Content-Sha256': 'UNSIGNED-PAYLOAD',
    Host: 'attacker.example',
    Forwarded: 'for=203.0.113.9;host=attacker.example',
    'X-Forwarded-For': '203.0.113.9',
    'X-Forwarded-Host': 'attacker.example',
    'X-Forwarded-Proto': 'http',
    Connection: 'x-extra, close',
    'Keep-Alive': 'timeout=999',
    'Proxy-Authorization': 'Basic cHJveHk=',
    'Proxy-Connection': 'keep-alive',
    TE: 'trailers',
    Trailer: 'X-Trail',
    Upgrade: 'websocket',
    'X-Extra': 'hop',
    'X-Custom': 'anything-else',
    Referer: 'https://portal.example/members',
    'User-Agent': 'browser-agent',
  };

  it('sends Content-Type, Accept, Accept-Language, X-Request-Id and the grant token; nothing else of the browser', async () => {
    await handle(pageRequest(CREATE, { headers: { ...browserHeaders, Origin: PORTAL } }));
    const sent = upstream.received[0]?.headers ?? {};
    assert.equal(sent['content-type'], 'application/json');
    assert.equal(sent.accept, 'application/json');
    assert.equal(sent['accept-language'], 'zh-CN,zh;q=0.9');
    assert.equal(sent['x-request-id'], 'page-request-0001');
    assert.equal(sent['x-auth-token'], 'iam-token-42');
    assert.equal(sent.host, new URL(upstream.url).host);
    for (const name of [
      'cookie',
      'authorization',
      'x-sdk-date',
      'x-sdk-content-sha256',
      'forwarded',
      'x-forwarded-for',
      'x-forwarded-host',
      'x-forwarded-proto',
      'keep-alive',
      'proxy-authorization',
      'proxy-connection',
      'te',
      'trailer',
      'upgrade',
      'x-extra',
      'x-custom',
      'referer',
      'origin',
    ])
      assert.equal(sent[name], undefined, name);
    assert.notEqual(sent.connection, 'x-extra, close');
    assert.notEqual(sent['user-agent'], 'browser-agent');
    const all = JSON.stringify(sent);
    for (const value of [
      's3cret-cookie',
      'browser-bearer',
      'browser-iam-token',
      'attacker.example',
      '203.0.113.9',
    ])
      assert.ok(!all.includes(value), value);
  });

  it('sends no Content-Type without a body', async () => {
    await handle(pageRequest(MEMBERS, { headers: { 'Content-Type': 'application/json' } }));
    assert.equal(upstream.received[0]?.headers['content-type'], undefined);
  });
});

describe('X-Request-Id', () => {
  it('keeps a well-formed incoming id, sends it upstream and answers with the upstream id', async () => {
    const response = await handle(pageRequest(MEMBERS, { headers: { 'X-Request-Id': 'abc-123' } }));
    assert.equal(upstream.received[0]?.headers['x-request-id'], 'abc-123');
    assert.equal(response.headers.get('x-request-id'), 'upstream-request-id');
  });

  for (const malformed of ['', ' spaced id', 'a'.repeat(129), '<script>', 'id,other', '-leading'])
    it(`replaces the malformed incoming id ${JSON.stringify(malformed.slice(0, 20))} with a new one`, async () => {
      upstream.answer = () => ({ status: 200, body: '{}' });
      const request = pageRequest(MEMBERS);
      request.headers.set('x-request-id', malformed);
      const response = await handle(request);
      const sent = upstream.received[0]?.headers['x-request-id'];
      assert.match(String(sent), /^[0-9a-f]{32}$/);
      assert.equal(response.headers.get('x-request-id'), sent);
    });

  it('answers with its own id when the upstream sends none or a malformed one', async () => {
    for (const headers of [{}, { 'X-Request-Id': 'bad id' }] as Record<string, string>[]) {
      upstream.answer = () => ({ status: 200, headers, body: '{}' });
      const response = await handle(
        pageRequest(MEMBERS, { headers: { 'X-Request-Id': 'mine-1' } }),
      );
      assert.equal(response.headers.get('x-request-id'), 'mine-1');
    }
  });

  it('generates a different id for each request that brings none', async () => {
    const first = await handle(
      pageRequest(routeFor('invitations.precheck'), { url: proxyUrl('/nowhere') }),
    );
    const second = await handle(
      pageRequest(routeFor('invitations.precheck'), { url: proxyUrl('/nowhere') }),
    );
    assert.notEqual(first.headers.get('x-request-id'), second.headers.get('x-request-id'));
  });
});

describe('answers returned to the browser', () => {
  it('returns status, body, Content-Type, X-Request-Id and Retry-After; never Set-Cookie or other headers', async () => {
    const body = JSON.stringify({ error_code: 'APIG.0308', error_msg: 'Too many requests.' });
    upstream.answer = () => ({
      status: 429,
      headers: {
        'Content-Type': 'application/json;charset=UTF-8',
        'Retry-After': '7',
        'X-Request-Id': 'upstream-429',
        'Set-Cookie': ['a=1', 'b=2'],
        'Cache-Control': 'public, max-age=600',
        'Access-Control-Allow-Origin': '*',
        Location: 'https://elsewhere.example/',
        ETag: '"v1"',
        Server: 'upstream/1.0',
        'Strict-Transport-Security': 'max-age=1',
      },
      body,
    });
    const response = await handle(pageRequest(MEMBERS));
    assert.equal(response.status, 429);
    assert.equal(await response.text(), body);
    assert.deepEqual(Object.fromEntries(response.headers), {
      'cache-control': 'no-store',
      'content-type': 'application/json;charset=UTF-8',
      'retry-after': '7',
      vary: 'Origin',
      'x-request-id': 'upstream-429',
    });
  });

  for (const status of [200, 201, 400, 403, 404, 409, 500, 503])
    it(`returns the upstream's ${status} with its body unchanged`, async () => {
      const body = JSON.stringify({ status, text: '界 <b>bold</b>' });
      upstream.answer = () => ({ status, headers: { 'Content-Type': 'application/json' }, body });
      const response = await handle(pageRequest(CREATE));
      assert.equal(response.status, status);
      assert.equal(await response.text(), body);
    });

  it('returns a 204 without a body', async () => {
    upstream.answer = () => ({ status: 204 });
    const response = await handle(pageRequest(MEMBERS));
    assert.equal(response.status, 204);
    assert.equal(response.body, null);
    assert.equal(response.headers.get('cache-control'), 'no-store');
  });
});
