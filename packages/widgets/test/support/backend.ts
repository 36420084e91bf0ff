// Test support for element tests: the fake backend behind an MSW service worker in the test page,
// and SDK clients acting as a fixture account.
import { setupWorker } from 'msw/browser';
import { createFakeBackend } from '@enterprise-center/mock';
import { createClient, type Client } from '@enterprise-center/sdk';

/** The fake backend serving this test file (one page per test file). */
export const backend = createFakeBackend();

const worker = setupWorker(...backend.handlers);
let started: Promise<unknown> | undefined;

/** Starts the worker once per page and restores the fixtures, with no faults and an empty log. */
export async function resetBackend(): Promise<void> {
  started ??= worker.start({ quiet: true, onUnhandledRequest: 'error' });
  await started;
  backend.reset();
}

/** A client acting as `account` (token `token-<account>`), with fast retries for tests. */
export function clientFor(account: string, timeout = 2000): Client {
  return createClient({
    baseUrl: backend.baseUrl,
    token: `token-${account}`,
    timeout,
    retry: { limit: 2, backoffLimit: 50 },
  });
}

/**
 * A client acting as `account` that never retries by itself, so that a dropped or timed-out
 * request reaches the element and the element's Retry is what retries. The default per-attempt
 * timeout is generous, so a busy machine never turns a slow answer into a timeout.
 */
export function clientWithoutRetry(
  account: string,
  options: { timeout?: number; fetch?: typeof fetch } = {},
): Client {
  return createClient({
    baseUrl: backend.baseUrl,
    token: `token-${account}`,
    retry: 0,
    timeout: options.timeout ?? 8000,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}

/**
 * `client` for everything but the calls that change state (invite, cancel, resend, accept,
 * decline), which go through `sending`: a test can give the faulted call a short timeout while
 * the element's own loads keep a generous one, so a busy machine never fails the mount.
 */
export function sendingThrough(client: Client, sending: Client): Client {
  const { create, cancel, resend } = sending.invitations;
  const { accept, decline } = sending.receivedInvitations;
  return {
    ...client,
    invitations: { ...client.invitations, create, cancel, resend },
    receivedInvitations: { ...client.receivedInvitations, accept, decline },
  };
}

/**
 * A client acting as `account`, with the SDK's retries, whose calls that change state give up on
 * an attempt after `timeout` ms, while its loads keep a generous 8 s.
 */
export function clientSendingWithin(account: string, timeout: number): Client {
  return sendingThrough(clientFor(account, 8000), clientFor(account, timeout));
}

/** The requests the backend served for a path ending, e.g. `/invitations/precheck`. */
export function requestsTo(pathEnd: string, method = 'POST') {
  return backend.requests.filter((r) => r.method === method && r.path.endsWith(pathEnd));
}

/**
 * A client acting as `account` (no SDK retries) whose sign-in can expire: while expired, every
 * request carries a token the backend does not know, so it answers 401 `APIG.0301` as for an
 * expired session. `signIn()` makes the same client valid again (as a host's re-authentication).
 */
export function expiringClient(account: string) {
  let expired = false;
  const client = createClient({
    baseUrl: backend.baseUrl,
    token: () => (expired ? 'token-expired-session' : `token-${account}`),
    retry: 0,
    timeout: 8000,
  });
  return {
    client,
    expire: () => void (expired = true),
    signIn: () => void (expired = false),
  };
}
