// onAudit: one entry per request, before its answer is returned, with who, what and how it
// ended — and never a credential, a body or a query.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAkSkSigner } from '@enterprise-center/sdk/signer';
import { createProxy, ROUTES, type AuditEntry, type Grant } from '@enterprise-center/proxy';
import { useRecordingUpstream } from './support/recording-upstream.js';
import {
  ATTACKER,
  concretePath,
  pageRequest,
  PARTNER,
  proxyUrl,
  routeFor,
} from './support/requests.js';

const upstream = await useRecordingUpstream();

const TOKEN = 'iam-token-SECRET-0001';
const AK = 'AKSECRETACCESSKEY01';
const SK = 'sk-SECRET-secret-key';
const COOKIE = 'portal-session=SECRET-cookie-value';
const NOTE = 'SECRET note in the body';
const QUERY = 'SECRET-account-name';

const CREATE = routeFor('invitations.create');
const MEMBERS = routeFor('members.list');

/** A proxy whose audit entries land in `entries`; the session is the cookie's presence. */
const audited = (grant: Grant) => {
  const entries: AuditEntry[] = [];
  const handle = createProxy({
    upstream: upstream.url,
    allowedOrigins: [PARTNER],
    authorize: (request) => (request.headers.get('cookie') === COOKIE ? grant : null),
    onAudit: (entry) => {
      entries.push(entry);
    },
  });
  return { handle, entries };
};

const tokenGrant: Grant = { subject: 'user-42', scopes: ['invite'], token: () => TOKEN };
const signerGrant: Grant = {
  subject: 'account-7',
  scopes: ['invite'],
  signer: createAkSkSigner({ ak: AK, sk: SK }),
};

const secretRequest = (entry = CREATE, headers: Record<string, string> = {}) =>
  pageRequest(entry, {
    url: `${proxyUrl(concretePath(entry))}?sub_customer_account_name=${QUERY}`,
    headers: { Cookie: COOKIE, 'X-Auth-Token': TOKEN, ...headers },
    ...(entry.method === 'POST' ? { body: JSON.stringify({ notes: NOTE }) } : {}),
  });

describe('audit entries', () => {
  it('records a forwarded request: subject, operation, method, path, status, answer id, duration', async () => {
    const { handle, entries } = audited(tokenGrant);
    const response = await handle(secretRequest());
    assert.equal(entries.length, 1);
    const [entry] = entries;
    assert.deepEqual(Object.keys(entry!).sort(), [
      'durationMs',
      'method',
      'operation',
      'path',
      'requestId',
      'status',
      'subject',
    ]);
    assert.deepEqual(
      { ...entry, durationMs: typeof entry?.durationMs },
      {
        subject: 'user-42',
        operation: 'invitations.create',
        method: 'POST',
        path: '/api/enterprise-center/v2/enterprises/multi-accounts/invitations',
        status: 200,
        requestId: response.headers.get('x-request-id'),
        durationMs: 'number',
      },
    );
    assert.ok(entry!.durationMs >= 0);
  });

  const cases: Record<string, [Request, Partial<AuditEntry>]> = {
    'a path outside the table': [
      new Request(`${proxyUrl('/accounts')}?x=${QUERY}`, { headers: { Cookie: COOKIE } }),
      { subject: null, operation: null, status: 404 },
    ],
    'a cross-site POST': [
      secretRequest(CREATE, { Origin: ATTACKER }),
      { subject: null, operation: 'invitations.create', status: 403 },
    ],
    'a request without a session': [
      pageRequest(MEMBERS),
      { subject: null, operation: 'members.list', status: 401 },
    ],
    'a route not granted': [
      secretRequest(routeFor('receivedInvitations.list')),
      { subject: 'user-42', operation: 'receivedInvitations.list', status: 403 },
    ],
    'a preflight': [
      new Request(proxyUrl('/invitations'), {
        method: 'OPTIONS',
        headers: { Origin: PARTNER, 'Access-Control-Request-Method': 'POST' },
      }),
      { subject: null, operation: 'invitations.create', method: 'OPTIONS', status: 204 },
    ],
  };
  for (const [name, [request, expected]] of Object.entries(cases))
    it(`records ${name}, once`, async () => {
      const { handle, entries } = audited(tokenGrant);
      const response = await handle(request);
      assert.equal(entries.length, 1);
      assert.deepEqual({ ...entries[0], ...expected }, entries[0]);
      assert.equal(entries[0]?.requestId, response.headers.get('x-request-id'));
    });

  it('records the path as received, without its query', async () => {
    const { handle, entries } = audited(tokenGrant);
    await handle(secretRequest(MEMBERS));
    assert.equal(
      entries[0]?.path,
      '/api/enterprise-center/v2/enterprises/multi-accounts/sub-customers',
    );
  });

  for (const [kind, grant] of [
    ['token', tokenGrant],
    ['AK/SK', signerGrant],
  ] as const)
    it(`never holds a credential, body or query value (${kind} grant)`, async () => {
      const { handle, entries } = audited(grant);
      for (const entry of ROUTES) await handle(secretRequest(entry));
      await handle(secretRequest(CREATE, { Origin: ATTACKER }));
      assert.equal(entries.length, ROUTES.length + 1);
      assert.equal(
        upstream.received.length,
        ROUTES.filter(({ scope }) => scope === 'invite').length,
      );
      assert.ok(upstream.received.some(({ body }) => body.includes(NOTE)));
      const logged = JSON.stringify(entries);
      assert.ok(!logged.includes('SECRET'), logged);
    });

  it('is called before the answer is returned, and awaited', async () => {
    const order: string[] = [];
    const handle = createProxy({
      upstream: upstream.url,
      authorize: () => null,
      onAudit: async () => {
        await new Promise((resolve) => setTimeout(resolve, 30));
        order.push('audited');
      },
    });
    await handle(pageRequest(MEMBERS));
    order.push('answered');
    assert.deepEqual(order, ['audited', 'answered']);
  });

  it("lets an audit hook's failure reach the caller instead of hiding it", async () => {
    const handle = createProxy({
      upstream: upstream.url,
      authorize: () => null,
      onAudit: () => {
        throw new Error('audit log unavailable');
      },
    });
    await assert.rejects(handle(pageRequest(MEMBERS)), /audit log unavailable/);
  });
});
