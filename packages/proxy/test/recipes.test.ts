// The recipes of docs/proxy.md, run as written: Express 5, Hono, and a Next.js App Router
// route handler (its exports called as Next.js calls them; Next.js itself is not installed).
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { useRecordingUpstream } from './support/recording-upstream.js';
import { listen, rawRequest } from './support/raw-http.js';
import { INVITATION_ID } from './support/requests.js';

const upstream = await useRecordingUpstream();
process.env.EC_UPSTREAM = upstream.url;
const { app: expressApp } = await import('./recipes/express-app.js');
const { app: honoApp } = await import('./recipes/hono-app.js');
const route = await import('./recipes/app/api/enterprise-center/[...path]/route.js');
/** The route module's exports as Next.js calls them: `(request, { params })`. */
type RouteHandler = (request: Request, context: { params: Promise<unknown> }) => Promise<Response>;
const next = route as unknown as Record<
  'GET' | 'POST' | 'OPTIONS' | 'PUT' | 'PATCH' | 'DELETE',
  RouteHandler
> & { dynamic: string };

const API = '/api/enterprise-center/v2/enterprises/multi-accounts';
const SIGNED_IN = { Cookie: 'portal-session=acme-group' };
const JSON_BODY = JSON.stringify({ account_name: 'acme-robotics', trans_id: 'x' });

describe('Express 5: app.use(basePath, toNodeListener(handle)) before the body parsers', () => {
  let server: Awaited<ReturnType<typeof listen>>;
  before(async () => {
    expressApp.post('/portal/echo', (request, response) => {
      response.json({ parsed: request.body });
    });
    server = await listen(createServer(expressApp));
  });
  after(() => server.close());

  it('forwards a GET with the full path although Express strips the mount path', async () => {
    const answer = await rawRequest(server.origin, `${API}/invitations/${INVITATION_ID}`, {
      headers: SIGNED_IN,
    });
    assert.equal(answer.status, 200);
    assert.equal(answer.headers['cache-control'], 'no-store');
    assert.equal(
      upstream.received[0]?.target,
      `/v2/enterprises/multi-accounts/invitations/${INVITATION_ID}`,
    );
    assert.equal(upstream.received[0]?.headers['x-auth-token'], 'token-acme-group');
  });

  it('forwards a POST body that no body parser consumed first', async () => {
    const answer = await rawRequest(server.origin, `${API}/invitations/precheck`, {
      method: 'POST',
      headers: { ...SIGNED_IN, 'Content-Type': 'application/json', Origin: server.origin },
      body: JSON_BODY,
    });
    assert.equal(answer.status, 200);
    assert.equal(upstream.received[0]?.body, JSON_BODY);
  });

  it("leaves the portal's own routes and body parser working", async () => {
    const answer = await rawRequest(server.origin, '/portal/echo', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"a":1}',
    });
    assert.deepEqual(JSON.parse(answer.body), { parsed: { a: 1 } });
    assert.deepEqual(upstream.received, []);
  });

  it('refuses, as sent, what Express passes on unresolved', async () => {
    for (const target of [
      `${API}/invitations/../master-account`,
      `${API}//master-account`,
      `${API}/master-account/`,
    ]) {
      const answer = await rawRequest(server.origin, target, { headers: SIGNED_IN });
      assert.equal(answer.status, 404, target);
      assert.equal(JSON.parse(answer.body).error_code, 'APIG.0101');
    }
    assert.deepEqual(upstream.received, []);
  });

  it('refuses without a session', async () => {
    const answer = await rawRequest(server.origin, `${API}/master-account`);
    assert.equal(answer.status, 401);
    assert.equal(JSON.parse(answer.body).error_code, 'APIG.0301');
  });
});

describe("Hono: app.all('/api/enterprise-center/*', (c) => handle(c.req.raw))", () => {
  it('forwards a GET and a same-origin POST', async () => {
    const get = await honoApp.request(`${API}/received-invitations?status=pending&x=1`, {
      headers: SIGNED_IN,
    });
    assert.equal(get.status, 200);
    const post = await honoApp.request(`http://portal.example${API}/invitations`, {
      method: 'POST',
      headers: {
        ...SIGNED_IN,
        'Content-Type': 'application/json',
        Origin: 'http://portal.example',
      },
      body: JSON_BODY,
    });
    assert.equal(post.status, 200);
    assert.deepEqual(
      upstream.received.map(({ method, target, body }) => [method, target, body]),
      [
        ['GET', '/v2/enterprises/multi-accounts/received-invitations?status=pending', ''],
        ['POST', '/v2/enterprises/multi-accounts/invitations', JSON_BODY],
      ],
    );
  });

  it('returns the refusals of the proxy, not Hono defaults', async () => {
    const answer = await honoApp.request(`${API}/accounts`, { headers: SIGNED_IN });
    assert.equal(answer.status, 404);
    assert.equal((await answer.json()).error_code, 'APIG.0101');
    const crossSite = await honoApp.request(`${API}/invitations`, {
      method: 'POST',
      headers: { ...SIGNED_IN, Origin: 'https://attacker.example' },
      body: JSON_BODY,
    });
    assert.equal(crossSite.status, 403);
    assert.deepEqual(upstream.received, []);
  });
});

describe('Next.js App Router: app/api/enterprise-center/[...path]/route.ts', () => {
  const context = (path: string) => ({
    params: Promise.resolve({ path: path.split('/').slice(1) }),
  });
  const url = (path: string) => `https://portal.example${API}${path}`;

  it('exports the handler for every method, and marks the route dynamic', () => {
    for (const method of ['GET', 'POST', 'OPTIONS', 'PUT', 'PATCH', 'DELETE'] as const)
      assert.equal(typeof next[method], 'function', method);
    assert.equal(next.dynamic, 'force-dynamic');
  });

  it('GET and POST forward as Next.js calls them (request, { params })', async () => {
    const get = await next.GET(
      new Request(url('/invitation-settings'), { headers: SIGNED_IN }),
      context('/invitation-settings'),
    );
    assert.equal(get.status, 200);
    const post = await next.POST(
      new Request(url('/invitations'), {
        method: 'POST',
        headers: {
          ...SIGNED_IN,
          'Content-Type': 'application/json',
          Origin: 'https://portal.example',
        },
        body: JSON_BODY,
      }),
      context('/invitations'),
    );
    assert.equal(post.status, 200);
    assert.deepEqual(
      upstream.received.map(({ method, target }) => [method, target]),
      [
        ['GET', '/v2/enterprises/multi-accounts/invitation-settings'],
        ['POST', '/v2/enterprises/multi-accounts/invitations'],
      ],
    );
  });

  it('answers OPTIONS and the methods outside the table with the proxy, not Next.js', async () => {
    const options = await next.OPTIONS(
      new Request(url('/invitations'), {
        method: 'OPTIONS',
        headers: { Origin: 'https://partner.example', 'Access-Control-Request-Method': 'POST' },
      }),
      context('/invitations'),
    );
    assert.equal(options.status, 403); // the recipe lists no other origin
    const remove = await next.DELETE(
      new Request(url('/invitations'), { method: 'DELETE', headers: SIGNED_IN }),
      context('/invitations'),
    );
    assert.equal(remove.status, 404);
    assert.equal((await remove.json()).error_code, 'APIG.0101');
    assert.deepEqual(upstream.received, []);
  });
});
