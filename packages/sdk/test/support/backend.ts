import { after, afterEach, before, beforeEach } from 'node:test';
import { setupServer } from 'msw/node';
import { createFakeBackend, type FakeBackend } from '@enterprise-center/mock';
import assert from 'node:assert/strict';
import {
  createClient,
  isEnterpriseCenterError,
  type Client,
  type ClientOptions,
  type EnterpriseCenterError,
} from '@enterprise-center/sdk';

export const BASE_URL = 'https://ec.example.test';

/** The fake backend's path prefix, for one-off handlers that override it. */
export const API = `${BASE_URL}/v2/enterprises/multi-accounts`;

/** Retries with a 1 ms backoff, so that retry tests stay fast. */
export const FAST_RETRY = { limit: 2, backoffLimit: 1 } as const;

export interface FakeBackendHarness {
  backend: FakeBackend;
  server: ReturnType<typeof setupServer>;
  /** A client signed in as `account` (token `token-<account>`), fast retries unless overridden. */
  clientFor(account: string, options?: Partial<ClientOptions>): Client;
}

/**
 * Serves a fake backend through MSW for the enclosing test file: listening before the tests
 * (unhandled requests are errors), back to FIXTURES.md and without one-off handlers after each.
 */
export function useFakeBackend(): FakeBackendHarness {
  const backend = createFakeBackend({ baseUrl: BASE_URL });
  const server = setupServer(...backend.handlers);
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => backend.reset());
  afterEach(() => server.resetHandlers());
  after(() => server.close());
  return {
    backend,
    server,
    clientFor: (account, options = {}) =>
      createClient({ baseUrl: BASE_URL, token: `token-${account}`, retry: FAST_RETRY, ...options }),
  };
}

/** The SDK error a call fails with; fails the test when it succeeds or throws anything else. */
export async function failure(promise: Promise<unknown>): Promise<EnterpriseCenterError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(
      isEnterpriseCenterError(error),
      `expected an EnterpriseCenterError, got ${String(error)}`,
    );
    return error;
  }
  throw new assert.AssertionError({ message: 'expected the call to fail, but it succeeded' });
}

/** Records the `trans_id` of every POST `server` sees, then lets the fake backend answer. */
export function recordTransIds(server: FakeBackendHarness['server']): unknown[] {
  const ids: unknown[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method !== 'POST') return;
    void request
      .clone()
      .json()
      .then((body: { trans_id?: unknown }) => ids.push(body.trans_id));
  });
  return ids;
}
