// Every refusal row of API.md §7: its status and code, in the contract's error shape, in the
// table's order, and never reaching the upstream (its request log stays empty).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createProxy, ROUTES, type Grant, type ProxyOptions } from '@enterprise-center/proxy';
import { useRecordingUpstream } from './support/recording-upstream.js';
import {
  assertRefusal,
  ATTACKER,
  concretePath,
  pageRequest,
  PORTAL,
  proxyUrl,
  routeFor,
  tokenGrant,
} from './support/requests.js';

const upstream = await useRecordingUpstream();

const PRECHECK = routeFor('invitations.precheck');
const SETTINGS = routeFor('invitations.settings');
const CANCEL = routeFor('invitations.cancel');

/** A proxy whose `authorize` answers `grant` and counts its calls. */
const proxyWith = (grant: Grant | null = tokenGrant(), options: Partial<ProxyOptions> = {}) => {
  const calls = { authorize: 0 };
  const handle = createProxy({
    upstream: upstream.url,
    authorize: () => {
      calls.authorize += 1;
      return grant;
    },
    ...options,
  });
  return { handle, calls };
};

const assertNothingForwarded = () => assert.deepEqual(upstream.received, []);

describe('route refusals (404 APIG.0101)', () => {
  const get = (path: string, method = 'GET') => new Request(`${PORTAL}${path}`, { method });
  const api = '/api/enterprise-center/v2/enterprises/multi-accounts';
  const refused = {
    'an empty segment': `${api}//invitations`,
    'an empty segment at the start': `//api/enterprise-center/v2/enterprises/multi-accounts/master-account`,
    'a trailing slash': `${api}/invitations/`,
    'a percent-encoded slash': `${api}/invitations%2Finv-7k2m9x4q1a8b`,
    'a percent-encoded backslash': `${api}/invitations%5Cinv-7k2m9x4q1a8b`,
    'a percent-encoded dot': `${api}/invitations/inv-7k2m9x4q1a8b%2Ecancel`,
    'a lower-case percent-encoded dot': `${api}/invitations/inv-7k2m9x4q1a8b%2ecancel`,
    'an invitation id off its pattern': `${api}/invitations/inv-ABC12345`,
    'an invitation id too short': `${api}/invitations/inv-1234567`,
    'a path outside the table': `${api}/accounts`,
    'a path outside the API root':
      '/api/enterprise-center/v3/enterprises/multi-accounts/invitations',
    'the API root itself': api,
    'a path beside the base path':
      '/api/enterprise-centerx/v2/enterprises/multi-accounts/invitations',
    'a path outside the base path': '/v2/enterprises/multi-accounts/invitations',
    'a case variant of a route': `${api}/Invitations`,
  };
  for (const [name, path] of Object.entries(refused))
    it(`refuses ${name} before anything else`, async () => {
      const { handle, calls } = proxyWith();
      await assertRefusal(await handle(get(path)), 404, 'APIG.0101');
      assert.equal(calls.authorize, 0);
      assertNothingForwarded();
    });

  for (const method of ['PUT', 'PATCH', 'DELETE', 'HEAD'])
    it(`refuses ${method}, a method outside the table`, async () => {
      const { handle } = proxyWith();
      const response = await handle(get(`${api}/invitations`, method));
      assert.equal(response.status, 404);
      if (method !== 'HEAD') await assertRefusal(response, 404, 'APIG.0101');
      assertNothingForwarded();
    });

  it('refuses a route with the other method (GET of a POST-only path, POST of a GET one)', async () => {
    const { handle } = proxyWith();
    await assertRefusal(
      await handle(get(proxyUrl('/invitations/precheck').slice(PORTAL.length))),
      404,
      'APIG.0101',
    );
    const post = pageRequest(SETTINGS, { method: 'POST', body: '{}' });
    await assertRefusal(await handle(post), 404, 'APIG.0101');
    assertNothingForwarded();
  });
});

describe('cross-site refusals (403 APIG.0302)', () => {
  const refused: Record<string, Record<string, string>> = {
    'an Origin nobody allowed': { Origin: ATTACKER },
    'an Origin of the same host on another scheme': { Origin: 'http://portal.example' },
    'the opaque Origin "null"': { Origin: 'null' },
    'no Origin and no Sec-Fetch-Site': {},
    'no Origin and Sec-Fetch-Site: cross-site': { 'Sec-Fetch-Site': 'cross-site' },
    'no Origin and Sec-Fetch-Site: same-site': { 'Sec-Fetch-Site': 'same-site' },
    'a foreign Origin with Sec-Fetch-Site: same-origin (the Origin decides)': {
      Origin: ATTACKER,
      'Sec-Fetch-Site': 'same-origin',
    },
  };
  for (const [name, headers] of Object.entries(refused))
    it(`refuses a POST with ${name}, before the session check`, async () => {
      const { handle, calls } = proxyWith();
      const request = pageRequest(PRECHECK, { headers });
      if (!('Origin' in headers)) request.headers.delete('origin');
      await assertRefusal(await handle(request), 403, 'APIG.0302');
      assert.equal(calls.authorize, 0);
      assertNothingForwarded();
    });

  it('refuses every POST route from a foreign origin', async () => {
    const { handle } = proxyWith();
    for (const post of ROUTES.filter(({ method }) => method === 'POST'))
      await assertRefusal(
        await handle(pageRequest(post, { headers: { Origin: ATTACKER } })),
        403,
        'APIG.0302',
      );
    assertNothingForwarded();
  });

  it('lets a POST without Origin through when Sec-Fetch-Site says same-origin', async () => {
    const { handle } = proxyWith();
    const request = pageRequest(PRECHECK, { headers: { 'Sec-Fetch-Site': 'same-origin' } });
    request.headers.delete('origin');
    assert.equal((await handle(request)).status, 200);
    assert.equal(upstream.received.length, 1);
  });

  it('does not refuse a GET from a foreign origin (a read the page cannot see without CORS)', async () => {
    const { handle } = proxyWith();
    const response = await handle(pageRequest(SETTINGS, { headers: { Origin: ATTACKER } }));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), null);
  });
});

describe('session refusals (401 APIG.0301)', () => {
  for (const grant of [null, undefined])
    it(`refuses every route when authorize returns ${grant}`, async () => {
      let calls = 0;
      const handle = createProxy({
        upstream: upstream.url,
        authorize: async () => {
          calls += 1;
          return grant;
        },
      });
      for (const entry of ROUTES)
        await assertRefusal(await handle(pageRequest(entry)), 401, 'APIG.0301');
      assert.equal(calls, ROUTES.length);
      assertNothingForwarded();
    });

  it('gives authorize the request itself, cookies included', async () => {
    let seen: Request | undefined;
    const handle = createProxy({
      upstream: upstream.url,
      authorize: (request) => {
        seen = request;
        return null;
      },
    });
    const request = pageRequest(SETTINGS, { headers: { Cookie: 'portal-session=s1' } });
    await handle(request);
    assert.equal(seen, request);
  });
});

describe('scope refusals (403 CBC.0151)', () => {
  for (const entry of ROUTES) {
    const other = entry.scope === 'invite' ? 'accept' : 'invite';
    it(`refuses ${entry.method} ${entry.path} (${entry.scope}) to a grant of only ${other}`, async () => {
      const { handle } = proxyWith(tokenGrant([other]));
      await assertRefusal(await handle(pageRequest(entry)), 403, 'CBC.0151');
      assertNothingForwarded();
    });
  }

  it('refuses a grant with no scopes', async () => {
    const { handle } = proxyWith(tokenGrant([]));
    await assertRefusal(await handle(pageRequest(SETTINGS)), 403, 'CBC.0151');
    assertNothingForwarded();
  });
});

describe('size refusals (413 APIG.0201)', () => {
  const LIMIT = 100;
  const body = (bytes: number) => JSON.stringify({ notes: 'x'.repeat(bytes - 12) });

  it('refuses a body over the limit by its Content-Length, unread', async () => {
    const { handle } = proxyWith(tokenGrant(), { maxBodyBytes: LIMIT });
    const request = pageRequest(PRECHECK, { body: body(LIMIT + 1) });
    request.headers.set('content-length', String(LIMIT + 1));
    await assertRefusal(await handle(request), 413, 'APIG.0201');
    assert.equal(request.bodyUsed, false);
    assertNothingForwarded();
  });

  it('refuses a streamed body without Content-Length once it passes the limit', async () => {
    const { handle } = proxyWith(tokenGrant(), { maxBodyBytes: LIMIT });
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new TextEncoder().encode('{"notes":"' + 'x'.repeat(30)));
      },
    });
    const request = pageRequest(PRECHECK, { body: endless, duplex: 'half' } as RequestInit);
    assert.equal(request.headers.get('content-length'), null);
    await assertRefusal(await handle(request), 413, 'APIG.0201');
    assert.ok(pulled <= 5, `stopped reading after ${pulled} chunks`);
    assertNothingForwarded();
  });

  it('counts bytes, not characters', async () => {
    const { handle } = proxyWith(tokenGrant(), { maxBodyBytes: LIMIT });
    const wide = JSON.stringify({ notes: '界'.repeat(30) }); // 36 characters, 104 bytes
    await assertRefusal(await handle(pageRequest(PRECHECK, { body: wide })), 413, 'APIG.0201');
    assertNothingForwarded();
  });

  it('forwards a body of exactly the limit, byte for byte', async () => {
    const { handle } = proxyWith(tokenGrant(), { maxBodyBytes: LIMIT });
    const exact = body(LIMIT);
    assert.equal(new TextEncoder().encode(exact).byteLength, LIMIT);
    assert.equal((await handle(pageRequest(PRECHECK, { body: exact }))).status, 200);
    assert.equal(upstream.received[0]?.body, exact);
  });

  it('defaults to 64 KiB', async () => {
    const { handle } = proxyWith();
    await assertRefusal(
      await handle(pageRequest(PRECHECK, { body: body(64 * 1024 + 1) })),
      413,
      'APIG.0201',
    );
    assert.equal((await handle(pageRequest(PRECHECK, { body: body(64 * 1024) }))).status, 200);
  });
});

describe('the order of the checks (route, cross-site, session, scope, size)', () => {
  it('refuses a malformed path from a foreign origin as a route', async () => {
    const { handle } = proxyWith(null);
    const request = pageRequest(CANCEL, {
      url: `${proxyUrl(concretePath(CANCEL))}/`,
      headers: { Origin: ATTACKER },
    });
    await assertRefusal(await handle(request), 404, 'APIG.0101');
  });

  it('refuses a foreign POST without a session as cross-site', async () => {
    const { handle, calls } = proxyWith(null);
    await assertRefusal(
      await handle(pageRequest(CANCEL, { headers: { Origin: ATTACKER } })),
      403,
      'APIG.0302',
    );
    assert.equal(calls.authorize, 0);
  });

  it('refuses an oversized body of a route not granted as a scope refusal, unread', async () => {
    const { handle } = proxyWith(tokenGrant(['accept']), { maxBodyBytes: 10 });
    const request = pageRequest(CANCEL);
    await assertRefusal(await handle(request), 403, 'CBC.0151');
    assert.equal(request.bodyUsed, false);
  });
});

describe('failures of the portal code (500 CBC.0999, no detail)', () => {
  const SECRET = 'sk-very-secret-value';
  const failing: Record<string, ProxyOptions['authorize']> = {
    'authorize throws': () => {
      throw new Error(`session store down; token ${SECRET}`);
    },
    'authorize rejects': async () => Promise.reject(new Error(SECRET)),
    'a grant with both token and signer': () =>
      ({ subject: 'u', scopes: ['invite'], token: SECRET, signer: async () => ({}) }) as never,
    'a grant with neither token nor signer': () => ({ subject: 'u', scopes: ['invite'] }) as never,
    'a grant without subject': () => ({ scopes: ['invite'], token: SECRET }) as never,
    'a grant whose scopes are not an array': () =>
      ({ subject: 'u', scopes: 'invite', token: SECRET }) as never,
    'a grant whose token is a number': () =>
      ({ subject: 'u', scopes: ['invite'], token: 42 }) as never,
    'a token function that throws': () => ({
      subject: 'u',
      scopes: ['invite'],
      token: () => {
        throw new Error(SECRET);
      },
    }),
    'a token function that returns an empty token': () => ({
      subject: 'u',
      scopes: ['invite'],
      token: async () => '',
    }),
    'a token with a line break': () => ({
      subject: 'u',
      scopes: ['invite'],
      token: `a\r\n${SECRET}`,
    }),
    'a signer that throws': () => ({
      subject: 'u',
      scopes: ['invite'],
      signer: async () => {
        throw new Error(SECRET);
      },
    }),
  };
  for (const [name, authorize] of Object.entries(failing))
    it(`answers 500 when ${name}, saying nothing more and sending nothing`, async () => {
      const handle = createProxy({ upstream: upstream.url, authorize });
      const response = await handle(pageRequest(SETTINGS));
      const text = await response.clone().text();
      await assertRefusal(response, 500, 'CBC.0999');
      assert.ok(!text.includes(SECRET));
      assertNothingForwarded();
    });
});
