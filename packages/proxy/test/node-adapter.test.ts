// The node:http adapter over real HTTP: requests arrive as sent (dot segments and `\` refused,
// not resolved), bodies are limited while streaming, answers keep the proxy's headers.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createProxy, type AuditEntry } from '@enterprise-center/proxy';
import { createProxyServer, toNodeListener } from '@enterprise-center/proxy/node';
import { useRecordingUpstream } from './support/recording-upstream.js';
import { listen, rawRequest } from './support/raw-http.js';
import { tokenGrant } from './support/requests.js';

const upstream = await useRecordingUpstream();
const API = '/api/enterprise-center/v2/enterprises/multi-accounts';
const globalRequest = globalThis.Request;

const audit: AuditEntry[] = [];
const handle = createProxy({
  upstream: upstream.url,
  maxBodyBytes: 1024,
  authorize: () => tokenGrant(),
  onAudit: (entry) => {
    audit.push(entry);
  },
});
let proxy: Awaited<ReturnType<typeof listen>>;
before(async () => {
  proxy = await listen(createProxyServer(handle));
});
after(() => proxy.close());

const postHeaders = () => ({ 'Content-Type': 'application/json', Origin: proxy.origin });

describe('toNodeListener / createProxyServer', () => {
  it('forwards a GET and answers with the proxy headers only', async () => {
    const answer = await rawRequest(proxy.origin, `${API}/invitations?status=pending&x=1`, {
      headers: { Cookie: 'portal-session=1', 'X-Request-Id': 'node-rid-1' },
    });
    assert.equal(answer.status, 200);
    assert.equal(answer.body, '{"ok":true}');
    assert.equal(answer.headers['cache-control'], 'no-store');
    assert.equal(answer.headers['x-request-id'], 'upstream-request-id');
    assert.equal(answer.headers['set-cookie'], undefined);
    assert.equal(answer.headers['x-powered-by'], undefined);
    assert.equal(
      upstream.received[0]?.target,
      '/v2/enterprises/multi-accounts/invitations?status=pending',
    );
    assert.equal(upstream.received[0]?.headers.cookie, undefined);
    assert.equal(upstream.received[0]?.headers['x-request-id'], 'node-rid-1');
  });

  it('forwards a same-origin POST body intact', async () => {
    const body = JSON.stringify({ account_name: 'acme-robotics', notes: '界'.repeat(100) });
    const answer = await rawRequest(proxy.origin, `${API}/invitations/precheck`, {
      method: 'POST',
      headers: postHeaders(),
      body,
    });
    assert.equal(answer.status, 200);
    assert.equal(upstream.received[0]?.body, body);
  });

  it('refuses a POST whose Origin is not the server it reached', async () => {
    const answer = await rawRequest(proxy.origin, `${API}/invitations/precheck`, {
      method: 'POST',
      headers: { ...postHeaders(), Origin: 'http://127.0.0.1:1' },
      body: '{}',
    });
    assert.equal(answer.status, 403);
    assert.equal(JSON.parse(answer.body).error_code, 'APIG.0302');
  });

  const asSent = {
    'a .. segment': `${API}/invitations/../master-account`,
    'a . segment': `${API}/./master-account`,
    'a %2e%2e segment': `${API}/invitations/%2e%2e/master-account`,
    'a .%2E segment': `${API}/invitations/.%2E/master-account`,
    'a .. segment above the base path': `/api/x/../enterprise-center/v2/enterprises/multi-accounts/master-account`,
    'a backslash': `${API}\\master-account`,
    'a backslash in a segment': `${API}/invitations\\inv-7k2m9x4q1a8b`,
    'an absolute-form target with a .. segment': `http://portal.example${API}/invitations/../master-account`,
  };
  for (const [name, target] of Object.entries(asSent))
    it(`refuses ${name} as sent (404 APIG.0101), where a URL parser would resolve it`, async () => {
      audit.length = 0;
      const answer = await rawRequest(proxy.origin, target);
      assert.equal(answer.status, 404);
      const body = JSON.parse(answer.body);
      assert.equal(body.error_code, 'APIG.0101');
      assert.equal(body.request_id, answer.headers['x-request-id']);
      assert.equal(answer.headers['cache-control'], 'no-store');
      assert.deepEqual(upstream.received, []);
      assert.equal(audit.length, 1);
      assert.equal(audit[0]?.status, 404);
      assert.match(audit[0]?.path ?? '', /\.|%2e|%5C/i);
    });

  it('accepts a backslash in the query (it is no path)', async () => {
    const answer = await rawRequest(
      proxy.origin,
      `${API}/sub-customers?sub_customer_account_name=a\\b`,
    );
    assert.equal(answer.status, 200);
    assert.equal(
      new URL(upstream.received[0]?.target ?? '', upstream.url).searchParams.get(
        'sub_customer_account_name',
      ),
      'a\\b',
    );
  });

  it('refuses a body over the limit by Content-Length (413), sending nothing upstream', async () => {
    const answer = await rawRequest(proxy.origin, `${API}/invitations`, {
      method: 'POST',
      headers: postHeaders(),
      body: JSON.stringify({ notes: 'x'.repeat(2000) }),
    });
    assert.equal(answer.status, 413);
    assert.equal(JSON.parse(answer.body).error_code, 'APIG.0201');
    assert.deepEqual(upstream.received, []);
  });

  it('refuses a chunked body without Content-Length once it passes the limit (413)', async () => {
    const chunks = Array.from({ length: 8 }, () => 'x'.repeat(400));
    const answer = await rawRequest(proxy.origin, `${API}/invitations`, {
      method: 'POST',
      headers: { ...postHeaders(), 'Transfer-Encoding': 'chunked' },
      body: chunks,
    });
    assert.equal(answer.status, 413);
    assert.equal(JSON.parse(answer.body).error_code, 'APIG.0201');
    assert.deepEqual(upstream.received, []);
  });

  it('keeps serving on the same server after refusals', async () => {
    assert.equal((await rawRequest(proxy.origin, `${API}/master-account`)).status, 200);
  });

  it("leaves the process's global Request alone", () => {
    assert.equal(globalThis.Request, globalRequest);
  });

  it('serves a listener mounted at a sub-path that sees the full path in originalUrl', async () => {
    const listener = toNodeListener(handle);
    const { createServer } = await import('node:http');
    const mounted = await listen(
      createServer((incoming, outgoing) => {
        // What Express and Connect do for `app.use('/api/enterprise-center', …)`.
        Object.assign(incoming, { originalUrl: incoming.url });
        incoming.url = incoming.url?.slice('/api/enterprise-center'.length);
        void listener(incoming, outgoing);
      }),
    );
    try {
      const answer = await rawRequest(mounted.origin, `${API}/invitation-settings`);
      assert.equal(answer.status, 200);
      assert.equal(
        upstream.received[0]?.target,
        '/v2/enterprises/multi-accounts/invitation-settings',
      );
    } finally {
      await mounted.close();
    }
  });
});
