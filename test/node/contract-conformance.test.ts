// The SDK's response schemas parse every response the fake backend produces, so the two cannot
// drift. The scenario talks to the backend over real HTTP with plain fetch (not the SDK, whose
// own input checks would keep error paths out of reach), the masters' calls AK/SK-signed and the
// others with tokens, records every response, and parses each with the schema the SDK uses for
// that route — error bodies with the SDK's error schema.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ACCESS_KEYS, FIXTURE_ACCOUNTS } from '@enterprise-center/mock';
import { serveFakeBackend, type FakeBackendServer } from '@enterprise-center/mock/node';
import { createAkSkSigner } from '@enterprise-center/sdk/signer';
import { check, type Schema } from '../../packages/sdk/src/schemas/parse.js';
import { OrgTree } from '../../packages/sdk/src/schemas/organization.js';
import { MemberPage } from '../../packages/sdk/src/schemas/member.js';
import { InvitationSettings } from '../../packages/sdk/src/schemas/invitation-settings.js';
import { PrecheckResult } from '../../packages/sdk/src/schemas/precheck.js';
import { InvitationEnvelope, InvitationPage } from '../../packages/sdk/src/schemas/invitation.js';
import { AcceptResult, AssociationEnvelope } from '../../packages/sdk/src/schemas/association.js';
import { ErrorBody } from '../../packages/sdk/src/schemas/error-body.js';

const MASTERS = ['acme-group', 'nova-holdings', 'helio-group', 'zenith-corp'];
const AGREEMENT = [{ id: 'em-service-agreement', version: '2025-02-25' }];
const MEMBER_AGREEMENT = [{ id: 'em-member-association', version: '2025-02-25' }];

/** Route (method + path template) → the schema the SDK parses its success body with. */
const routes: [string, RegExp, Schema<unknown>][] = [
  ['GET', /\/enterprise-organizations$/, OrgTree],
  ['GET', /\/sub-customers$/, MemberPage],
  ['GET', /\/invitation-settings$/, InvitationSettings],
  ['POST', /\/invitations\/precheck$/, PrecheckResult],
  ['POST', /\/invitations$/, InvitationEnvelope],
  ['GET', /\/invitations$/, InvitationPage],
  ['GET', /\/invitations\/[^/]+$/, InvitationEnvelope],
  ['POST', /\/invitations\/[^/]+\/(cancel|resend)$/, InvitationEnvelope],
  ['GET', /\/received-invitations$/, InvitationPage],
  ['POST', /\/received-invitations\/[^/]+\/accept$/, AcceptResult],
  ['POST', /\/received-invitations\/[^/]+\/decline$/, InvitationEnvelope],
  ['GET', /\/master-account$/, AssociationEnvelope],
];

interface Recorded {
  route: string;
  status: number;
  body: unknown;
}

const recorded: Recorded[] = [];
let server: FakeBackendServer;
const api = (): string => `${server.url}/v2/enterprises/multi-accounts`;

/** The masters sign with AK/SK (API.md §6), everyone else sends a token. */
async function credentials(
  as: string,
  method: string,
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<Record<string, string>> {
  const key = ACCESS_KEYS.find((k) => k.account === as);
  if (!MASTERS.includes(as) || !key) return { 'X-Auth-Token': `token-${as}` };
  const now = () => server.backend.clock.now();
  return createAkSkSigner({ ak: key.ak, sk: key.sk, now })({ method, url, headers, body });
}

/** Sends a request and records its answer under its route. */
async function send(method: string, path: string, init: RequestInit): Promise<unknown> {
  const response = await fetch(`${api()}${path}`, { method, ...init });
  const body: unknown = await response.json();
  recorded.push({
    route: `${method} /v2/enterprises/multi-accounts${path.split('?')[0]}`,
    status: response.status,
    body,
  });
  return body;
}

/** The few wire fields the scenario reads back. */
interface WireBody {
  invitation: { id: string };
  invitations: { id: string }[];
  child_nodes: { id: string }[];
}

async function call(as: string, method: string, path: string, body?: unknown): Promise<WireBody> {
  const text = body === undefined ? '' : JSON.stringify(body);
  const headers = { 'content-type': 'application/json' };
  const signed = await credentials(as, method, `${api()}${path}`, headers, text);
  return (await send(method, path, {
    headers: { ...headers, ...signed },
    ...(body === undefined ? {} : { body: text }),
  })) as WireBody;
}

/** Exercises every endpoint, every life-cycle step and every error code of the contract. */
async function runScenario(): Promise<void> {
  const everyone = [...MASTERS, ...FIXTURE_ACCOUNTS.map((a) => a.name), 'acme-data'];
  for (const as of everyone) {
    await call(as, 'GET', '/invitation-settings');
    await call(as, 'GET', '/enterprise-organizations?recursive_query=1');
    await call(as, 'GET', '/sub-customers?limit=100');
    await call(as, 'GET', '/invitations?limit=100');
    await call(as, 'GET', '/received-invitations');
    await call(as, 'GET', '/master-account');
  }
  for (const master of MASTERS) {
    for (const account of [...FIXTURE_ACCOUNTS.map((a) => a.name), 'nobody-here']) {
      for (const paymentMethod of [undefined, 'paid_by_master', 'paid_by_member']) {
        await call(master, 'POST', '/invitations/precheck', {
          account_name: account,
          payment_method: paymentMethod,
        });
      }
    }
  }
  const tree = await call('acme-group', 'GET', '/enterprise-organizations?recursive_query=1');
  const orgId = tree.child_nodes[0]!.id;
  const invite = (account: string, extra: object = {}) =>
    call('acme-group', 'POST', '/invitations', {
      account_name: account,
      org_id: orgId,
      payment_method: 'paid_by_master',
      agreements: AGREEMENT,
      ...extra,
    });
  const robotics = (await invite('acme-robotics', { notes: '<b>Welcome</b>' })).invitation;
  const river = (
    await invite('river-analytics', { trans_id: '8f14e45f-ceea-4e7a-9d3b-2a1f5c6e7d80' })
  ).invitation;
  await invite('river-analytics', { trans_id: '8f14e45f-ceea-4e7a-9d3b-2a1f5c6e7d80' }); // replay
  await invite('late-bloom', { trans_id: '8f14e45f-ceea-4e7a-9d3b-2a1f5c6e7d80' }); // CBC.99007009
  await invite('maple-foods'); // EM.1002
  await invite('frost-retail'); // EM.1001
  await invite('markup-probe', { agreements: [] }); // EM.1005
  await invite('markup-probe', { org_id: '99999999' }); // EM.1006
  await invite('markup-probe', { payment_method: 'by_barter' }); // CBC.0100
  await call('acme-group', 'GET', `/invitations/${robotics.id}`);
  await call('acme-group', 'GET', '/invitations/inv-doesnotexist'); // EM.1003
  await call('acme-group', 'POST', `/invitations/${river.id}/resend`, {});
  await call('acme-group', 'POST', `/invitations/${river.id}/cancel`, {});
  await call('acme-group', 'POST', `/invitations/${river.id}/cancel`, {}); // EM.1004
  await call('acme-robotics', 'POST', `/received-invitations/${robotics.id}/accept`, {
    agreements: MEMBER_AGREEMENT,
  });
  await call('acme-robotics', 'GET', '/master-account');
  const maple = await call('maple-foods', 'GET', '/received-invitations');
  const [newest, older] = maple.invitations as [{ id: string }, { id: string }];
  await call('maple-foods', 'POST', `/received-invitations/${newest.id}/decline`, {});
  await call('acme-robotics', 'POST', `/received-invitations/${older.id}/accept`, {
    agreements: MEMBER_AGREEMENT,
  }); // CBC.0151
  await send('GET', '/master-account', {}); // APIG.0301
  await call('acme-group', 'GET', '/no-such-route'); // APIG.0101
  const { backend } = server;
  backend.faults.failNext({ type: 'throttle', retryAfter: 2 });
  await call('acme-group', 'GET', '/invitation-settings'); // APIG.0308
  backend.faults.failNext({ type: 'status', status: 500 });
  await call('acme-group', 'GET', '/invitation-settings'); // CBC.0999
  // Display fields may be null (API.md §1): an enterprise without a name, everywhere it shows.
  backend.control.updateAccount('acme-group', { enterpriseName: null });
  backend.control.updateAccount('acme-data', { enterpriseName: null });
  await call('acme-group', 'GET', '/invitation-settings');
  await call('acme-group', 'GET', '/sub-customers?limit=100');
  await call('acme-group', 'GET', `/invitations/${robotics.id}`);
  await call('acme-robotics', 'GET', '/master-account');
  await call('acme-robotics', 'GET', '/received-invitations');
  backend.clock.advance(15 * 86_400_000);
  await call('acme-group', 'GET', '/invitations?limit=100'); // expired ones
}

describe('contract conformance: SDK schemas × fake backend', () => {
  before(async () => {
    server = await serveFakeBackend();
    await runScenario();
  });
  after(() => server.close());

  it('parses every success body with the SDK schema for its route', () => {
    const successes = recorded.filter((r) => r.status < 400);
    assert.ok(successes.length > 300, `only ${successes.length} successes recorded`);
    for (const { route, body } of successes) {
      const [method, path] = route.split(' ') as [string, string];
      const match = routes.find(([m, pattern]) => m === method && pattern.test(path));
      assert.ok(match, `no SDK schema for ${route}`);
      const result = check(match[2], body);
      assert.ok(result.ok, `${route}: ${result.ok ? '' : result.problem}`);
    }
  });

  it('exercises every route of the contract with a success', () => {
    for (const [method, pattern] of routes) {
      const hit = recorded.some(
        (r) =>
          r.status < 400 &&
          r.route.startsWith(`${method} `) &&
          pattern.test(r.route.slice(method.length + 1)),
      );
      assert.ok(hit, `${method} ${pattern} was never answered with a success`);
    }
  });

  it('parses every error body with the SDK error schema, for every error code', () => {
    const errors = recorded.filter((r) => r.status >= 400);
    for (const { route, status, body } of errors) {
      const result = check(ErrorBody, body);
      assert.ok(result.ok, `${route} ${status}: ${result.ok ? '' : result.problem}`);
    }
    const codes = new Set(errors.map((e) => (e.body as { error_code: string }).error_code));
    const contract = [
      'CBC.0100',
      'APIG.0101',
      'APIG.0301',
      'CBC.0151',
      'EM.1001',
      'EM.1002',
      'EM.1003',
      'EM.1004',
      'EM.1005',
      'EM.1006',
      'CBC.99007009',
      'APIG.0308',
      'CBC.0999',
    ];
    assert.deepEqual(
      [...codes].filter((c) => !contract.includes(c)),
      [],
      'codes outside the contract',
    );
    assert.deepEqual(
      contract.filter((c) => !codes.has(c)),
      [],
      'contract codes never produced',
    );
  });

  it('signs the masters’ calls with AK/SK and the others’ with tokens, all accepted', () => {
    const callers = server.backend.requests.filter((r) => r.caller !== null);
    assert.ok(callers.some((r) => r.credential === 'ak-sk' && r.status === 200));
    for (const { caller, credential } of callers) {
      assert.equal(credential, MASTERS.includes(caller ?? '') ? 'ak-sk' : 'token');
    }
  });

  it('sends null for a display field where an account has no name', () => {
    const nulls = recorded.filter(
      (r) => r.status < 400 && /"(enterprise_name|display_name)":null/.test(JSON.stringify(r.body)),
    );
    assert.deepEqual([...new Set(nulls.map((r) => r.route.replace(/inv-\w+/, '{id}')))].sort(), [
      'GET /v2/enterprises/multi-accounts/invitation-settings',
      'GET /v2/enterprises/multi-accounts/invitations',
      'GET /v2/enterprises/multi-accounts/invitations/{id}',
      'GET /v2/enterprises/multi-accounts/master-account',
      'GET /v2/enterprises/multi-accounts/received-invitations',
      'GET /v2/enterprises/multi-accounts/sub-customers',
      'POST /v2/enterprises/multi-accounts/invitations/precheck',
    ]);
  });

  it('never sends an enum value the SDK does not know', () => {
    const unknown = recorded
      .filter((r) => r.status < 400)
      .flatMap(({ route, body }) => {
        const [method, path] = route.split(' ') as [string, string];
        const schema = routes.find(([m, p]) => m === method && p.test(path))![2];
        const parsed = check(schema, body);
        return parsed.ok && JSON.stringify(parsed.value).includes('"unknown"') ? [route] : [];
      });
    assert.deepEqual(unknown, []);
  });
});
