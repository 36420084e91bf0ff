// CORS (API.md §7): same-origin pages need nothing, listed origins get exact preflight and
// actual answers with credentials, every other origin gets no CORS header at all.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createProxy, ROUTES, type AuditEntry } from '@enterprise-center/proxy';
import { useRecordingUpstream } from './support/recording-upstream.js';
import {
  assertRefusal,
  ATTACKER,
  concretePath,
  pageRequest,
  PARTNER,
  PORTAL,
  proxyUrl,
  routeFor,
  tokenGrant,
} from './support/requests.js';

const upstream = await useRecordingUpstream();
const audit: AuditEntry[] = [];
let authorized = 0;
const handle = createProxy({
  upstream: upstream.url,
  allowedOrigins: [PARTNER],
  authorize: (request) => {
    authorized += 1;
    return request.headers.has('cookie') ? tokenGrant() : null;
  },
  onAudit: (entry) => {
    audit.push(entry);
  },
});

const CREATE = routeFor('invitations.create');
const LIST = routeFor('invitations.list');

const preflight = (
  path: string,
  origin: string | null,
  method = 'POST',
  headers = 'content-type',
) =>
  new Request(proxyUrl(path), {
    method: 'OPTIONS',
    headers: {
      ...(origin === null ? {} : { Origin: origin }),
      'Access-Control-Request-Method': method,
      'Access-Control-Request-Headers': headers,
    },
  });

const corsHeaderNames = (response: Response) =>
  [...response.headers.keys()].filter((name) => name.startsWith('access-control-'));

describe('preflights', () => {
  for (const entry of ROUTES)
    it(`answers ${PARTNER}'s preflight for ${entry.method} ${entry.path}`, async () => {
      const before = authorized;
      audit.length = 0;
      const response = await handle(
        preflight(concretePath(entry), PARTNER, entry.method, 'content-type,x-request-id'),
      );
      assert.equal(response.status, 204);
      assert.equal(response.body, null);
      const methods = ROUTES.filter((other) => other.path === entry.path).map((r) => r.method);
      assert.deepEqual(Object.fromEntries(response.headers), {
        'access-control-allow-origin': PARTNER,
        'access-control-allow-credentials': 'true',
        'access-control-allow-methods': methods.join(', '),
        'access-control-allow-headers': 'Accept, Accept-Language, Content-Type, X-Request-Id',
        'access-control-expose-headers': 'Retry-After, X-Request-Id',
        'access-control-max-age': '600',
        'cache-control': 'no-store',
        vary: 'Origin',
        'x-request-id': response.headers.get('x-request-id'),
      });
      assert.equal(authorized, before, 'a preflight carries no session and needs none');
      assert.equal(audit.length, 1);
      assert.equal(audit[0]?.operation, entry.operation);
      assert.equal(audit[0]?.method, 'OPTIONS');
      assert.equal(audit[0]?.status, 204);
      assert.deepEqual(upstream.received, []);
    });

  it("refuses an unlisted origin's preflight without CORS headers", async () => {
    for (const origin of [ATTACKER, PORTAL, 'null']) {
      const response = await handle(preflight('/invitations', origin));
      await assertRefusal(response.clone(), 403, 'APIG.0302');
      assert.deepEqual(corsHeaderNames(response), []);
    }
    assert.deepEqual(upstream.received, []);
  });

  it('refuses a preflight for a method or path outside the table', async () => {
    for (const request of [
      preflight('/invitations', PARTNER, 'DELETE'),
      preflight('/invitations', PARTNER, 'post'),
      preflight('/accounts', PARTNER),
      preflight('/invitations/', PARTNER),
      preflight('/invitation-settings', PARTNER, 'POST'),
    ]) {
      const response = await handle(request);
      await assertRefusal(response.clone(), 404, 'APIG.0101');
      assert.equal(response.headers.get('access-control-allow-methods'), null);
    }
  });

  it('refuses an OPTIONS request that is no preflight (no Origin, or no requested method)', async () => {
    await assertRefusal(await handle(preflight('/invitations', null)), 404, 'APIG.0101');
    const bare = new Request(proxyUrl('/invitations'), {
      method: 'OPTIONS',
      headers: { Origin: PARTNER },
    });
    await assertRefusal(await handle(bare), 404, 'APIG.0101');
  });
});

describe('actual answers', () => {
  it('gives a listed origin its answer with credentials allowed and the SDK-read headers exposed', async () => {
    const response = await handle(
      pageRequest(CREATE, { headers: { Origin: PARTNER, Cookie: 'portal-session=1' } }),
    );
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), PARTNER);
    assert.equal(response.headers.get('access-control-allow-credentials'), 'true');
    assert.equal(
      response.headers.get('access-control-expose-headers'),
      'Retry-After, X-Request-Id',
    );
    assert.equal(response.headers.get('vary'), 'Origin');
    assert.equal(response.headers.get('access-control-allow-methods'), null);
    assert.equal(upstream.received.length, 1);
  });

  it("gives a listed origin's refusals CORS headers too, so its page can read them", async () => {
    const response = await handle(pageRequest(CREATE, { headers: { Origin: PARTNER } }));
    assert.equal(response.headers.get('access-control-allow-origin'), PARTNER);
    await assertRefusal(response, 401, 'APIG.0301');
  });

  it('gives same-origin requests no CORS headers: they need none', async () => {
    const response = await handle(pageRequest(CREATE, { headers: { Cookie: 'portal-session=1' } }));
    assert.equal(response.status, 200);
    assert.deepEqual(corsHeaderNames(response), []);
  });

  it('gives other origins no CORS header at all, for reads and refusals alike', async () => {
    const read = await handle(
      pageRequest(LIST, { headers: { Origin: ATTACKER, Cookie: 'portal-session=1' } }),
    );
    assert.equal(read.status, 200);
    assert.deepEqual(corsHeaderNames(read), []);
    const write = await handle(pageRequest(CREATE, { headers: { Origin: ATTACKER } }));
    assert.deepEqual(corsHeaderNames(write), []);
    await assertRefusal(write, 403, 'APIG.0302');
  });

  it('never lets a listed origin widen to a look-alike', async () => {
    for (const origin of [
      `${PARTNER}.attacker.example`,
      `${PARTNER}:8443`,
      'http://partner.example',
      PARTNER.toUpperCase(),
    ]) {
      const response = await handle(pageRequest(CREATE, { headers: { Origin: origin } }));
      assert.deepEqual(corsHeaderNames(response), [], origin);
      await assertRefusal(response, 403, 'APIG.0302');
    }
  });
});

describe('allowedOrigins behind a TLS-terminating front', () => {
  it("accepts the portal's public origin once listed, when the proxy sees http://", async () => {
    const behindFront = createProxy({
      upstream: upstream.url,
      allowedOrigins: [PORTAL],
      authorize: () => tokenGrant(),
    });
    const seenAsHttp = proxyUrl('/invitations', 'http://portal.example');
    const response = await behindFront(
      pageRequest(CREATE, { url: seenAsHttp, headers: { Origin: PORTAL } }),
    );
    assert.equal(response.status, 200);
  });
});
