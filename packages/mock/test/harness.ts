// Shared by the HTTP-level tests: one fake backend behind msw/node, or served over real HTTP by
// serveFakeBackend, called with plain fetch.
import assert from 'node:assert/strict';
import { after, before, beforeEach } from 'node:test';
import { setupServer, type SetupServer } from 'msw/node';
import { createFakeBackend, type FakeBackend } from '@enterprise-center/mock';
import { serveFakeBackend, type FakeBackendServer } from '@enterprise-center/mock/node';

/** A fixed start time, so times in bodies are predictable. */
export const START = Date.parse('2026-03-02T09:00:00Z');
export const DAY = 86_400_000;

/** The Engineering and Finance units of acme-group (FIXTURES.md tree, seed ids). */
export const ACME_ENGINEERING = '1000000002';
export const ACME_FINANCE = '1000000006';

/** What acme-group must send as `agreements` to invite. */
export const MASTER_AGREEMENTS = [{ id: 'em-service-agreement', version: '2025-02-25' }];
/** What an invitee must send as `agreements` to accept. */
export const INVITEE_AGREEMENTS = [{ id: 'em-member-association', version: '2025-02-25' }];

export interface CallResult {
  status: number;
  requestId: string | null;
  headers: Headers;
  // The tests read whatever the contract says is there; the shape is asserted, not assumed.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export interface CallOptions {
  /** The calling account (sent as `X-Auth-Token: token-<as>`); `null` sends no token. */
  as?: string | null;
  token?: string;
  /** JSON body (POST only). */
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** The contract's base path (API.md §1). */
export const API_PATH = '/v2/enterprises/multi-accounts';

/** A time as the API shows it. */
export const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

/** What `useFakeBackend` and `useFakeBackendOverHttp` give a test file. */
export interface Helpers {
  backend: FakeBackend;
  /** Calls the API as `options.as` (default acme-group) with plain fetch. */
  call: (method: string, path: string, options?: CallOptions) => Promise<CallResult>;
  /** The id of the (seeded) invitation from `from` to `to`. */
  seeded: (from: string, to: string) => string;
  /** `POST /invitations` with the current agreements and `paid_by_master`. */
  invite: (
    accountName: string,
    options?: { as?: string; orgId?: string; transId?: string },
  ) => Promise<CallResult>;
  /** The caller's `member_quota` from the invitation settings. */
  quota: (as?: string) => Promise<{ max: number; used: number; pending: number }>;
}

/** The backend behind msw/node. */
export interface Harness extends Helpers {
  server: SetupServer;
}

/** The backend served over HTTP on a free loopback port. */
export interface HttpHarness extends Helpers {
  /** The running server (after the file's `before` hook). */
  server: () => FakeBackendServer;
}

/** Reads a response the way the tests assert on it. */
export async function read(response: Response): Promise<CallResult> {
  const text = await response.text();
  return {
    status: response.status,
    requestId: response.headers.get('X-Request-Id'),
    headers: response.headers,
    body: text ? JSON.parse(text) : undefined,
  };
}

/** The helpers for `backend`, whose API is at `apiUrl()`. */
function helpers(backend: FakeBackend, apiUrl: () => string): Helpers {
  const call = async (
    method: string,
    path: string,
    { as = 'acme-group', token, body, rawBody, headers: extra, signal }: CallOptions = {},
  ): Promise<CallResult> => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', ...extra };
    const auth = token ?? (as === null ? undefined : `token-${as}`);
    if (auth !== undefined) headers['X-Auth-Token'] = auth;
    const response = await fetch(`${apiUrl()}${path}`, {
      method,
      headers,
      body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
      signal,
    });
    return read(response);
  };
  const seeded = (from: string, to: string): string => {
    const [invitation] = backend.control.invitations({ from, to });
    assert.ok(invitation, `no invitation ${from} → ${to}`);
    return invitation.id;
  };
  const invite: Helpers['invite'] = (accountName, { as, orgId, transId } = {}) =>
    call('POST', '/invitations', {
      as,
      body: {
        account_name: accountName,
        org_id: orgId ?? ACME_ENGINEERING,
        payment_method: 'paid_by_master',
        agreements: MASTER_AGREEMENTS,
        trans_id: transId,
      },
    });
  const quota: Helpers['quota'] = async (as) =>
    (await call('GET', '/invitation-settings', { as })).body.member_quota;

  return { backend, call, seeded, invite, quota };
}

/** Starts a backend and server for the test file; resets the backend before each test. */
export function useFakeBackend(): Harness {
  const backend = createFakeBackend({ now: () => START });
  const server = setupServer(...backend.handlers);
  // Unhandled requests are errors, but for those to a serveFakeBackend in the same process.
  before(() =>
    server.listen({
      onUnhandledRequest: (request, print) => {
        if (new URL(request.url).hostname !== '127.0.0.1') print.error();
      },
    }),
  );
  beforeEach(() => backend.reset());
  after(() => server.close());
  return { ...helpers(backend, () => `${backend.baseUrl}${API_PATH}`), server };
}

/** Serves a backend over HTTP for the test file; resets the backend before each test. */
export function useFakeBackendOverHttp(): HttpHarness {
  const backend = createFakeBackend({ now: () => START });
  let running: FakeBackendServer | undefined;
  const server = (): FakeBackendServer => {
    assert.ok(running, 'the server starts in the before hook');
    return running;
  };
  before(async () => {
    running = await serveFakeBackend({ backend });
  });
  beforeEach(() => backend.reset());
  after(() => running?.close());
  return { ...helpers(backend, () => `${server().url}${API_PATH}`), server };
}
