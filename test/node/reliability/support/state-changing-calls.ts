// The five calls that change state, each with what it acts on and how to see its effect in the
// fake backend, and the faults the network can throw at them. Shared by the fault tables.
import assert from 'node:assert/strict';
import type { Fault, FakeBackend } from '@enterprise-center/mock';
import type { Client, Invitation, InvitationStatus, MutationOptions } from '@enterprise-center/sdk';
import { MEMBER_AGREEMENT, inviteInput } from '../../../../packages/sdk/test/support/fixtures.js';

/** One state-changing call of the SDK. */
export interface StateChangingCall {
  name: 'create' | 'cancel' | 'resend' | 'accept' | 'decline';
  /** The account making the call. */
  caller: string;
  /** Matches the call's request path (below the API base path). */
  path: RegExp;
  /** The status the invitation has once the call took effect. */
  status: InvitationStatus;
  /** Prepares what the call acts on (without faults) and returns the invitation id, if any. */
  arrange(backend: FakeBackend, client: (account: string) => Client): Promise<string>;
  /** Makes the call; resolves to the invitation as the caller sees it. */
  act(client: Client, id: string, options: MutationOptions): Promise<Invitation>;
  /** The stored invitations the call may have touched (for create: all to the invitee). */
  touched(backend: FakeBackend, id: string): ReturnType<FakeBackend['control']['invitations']>;
}

const seededId = (backend: FakeBackend, from: string, to: string): string => {
  const [invitation] = backend.control.invitations({ from, to });
  assert.ok(invitation, `no seeded invitation ${from} → ${to}`);
  return invitation.id;
};

const byId = (backend: FakeBackend, id: string) =>
  backend.control.invitations().filter((invitation) => invitation.id === id);

/** create, cancel, resend, accept and decline. */
export const STATE_CHANGING_CALLS: readonly StateChangingCall[] = [
  {
    name: 'create',
    caller: 'acme-group',
    path: /^\/invitations$/,
    status: 'pending',
    arrange: async () => '',
    act: (client, _id, options) => client.invitations.create(inviteInput('acme-robotics'), options),
    touched: (backend) => backend.control.invitations({ from: 'acme-group', to: 'acme-robotics' }),
  },
  {
    name: 'cancel',
    caller: 'acme-group',
    path: /\/cancel$/,
    status: 'cancelled',
    arrange: async (_backend, client) =>
      (await client('acme-group').invitations.create(inviteInput('acme-robotics'))).id,
    act: (client, id, options) => client.invitations.cancel(id, options),
    touched: byId,
  },
  {
    name: 'resend',
    caller: 'acme-group',
    path: /\/resend$/,
    status: 'pending',
    // The seeded expired invitation to late-bloom: a resend makes it pending again.
    arrange: async (backend) => seededId(backend, 'acme-group', 'late-bloom'),
    act: (client, id, options) => client.invitations.resend(id, options),
    touched: byId,
  },
  {
    name: 'accept',
    caller: 'maple-foods',
    path: /\/accept$/,
    status: 'accepted',
    arrange: async (backend) => seededId(backend, 'acme-group', 'maple-foods'),
    act: async (client, id, options) =>
      (await client.receivedInvitations.accept(id, { agreements: [MEMBER_AGREEMENT] }, options))
        .invitation,
    touched: byId,
  },
  {
    name: 'decline',
    caller: 'maple-foods',
    path: /\/decline$/,
    status: 'declined',
    arrange: async (backend) => seededId(backend, 'helio-group', 'maple-foods'),
    act: (client, id, options) => client.receivedInvitations.decline(id, options),
    touched: byId,
  },
];

/** A network fault and what the backend and the caller see of it. */
export interface NetworkFault {
  name: string;
  fault: Fault;
  /** Whether the server applied the request that met the fault. */
  applied: boolean;
  /** The status the backend logs for the faulty attempt (0: no response reached the client). */
  logged: number;
  /** The error code the caller gets when every attempt meets this fault. */
  code: string;
}

/** Lost response, 5xx, timeout and 429 with Retry-After. */
export const NETWORK_FAULTS: readonly NetworkFault[] = [
  {
    name: 'the response is lost after the server applied the request',
    fault: { type: 'drop' },
    applied: true,
    logged: 0,
    code: 'NETWORK_ERROR',
  },
  {
    name: '503 Service Unavailable',
    fault: { type: 'status', status: 503 },
    applied: false,
    logged: 503,
    code: 'CBC.0999',
  },
  {
    name: 'no answer within the timeout',
    fault: { type: 'timeout' },
    applied: false,
    logged: 0,
    code: 'TIMEOUT',
  },
  {
    name: '429 with Retry-After: 1',
    fault: { type: 'throttle', retryAfter: 1 },
    applied: false,
    logged: 429,
    code: 'APIG.0308',
  },
];

/** One attempt as the network saw it: when (by the backend's clock) and with which `trans_id`. */
export interface Attempt {
  at: number;
  transId: unknown;
}

const ATTEMPT_SPACING_MS = 60_000;

/**
 * A `fetch` that moves the backend's clock one minute ahead before every attempt and records
 * it, so each attempt has its own time window and a stored `updated_at` tells which attempt
 * took effect.
 */
export function attemptRecorder(backend: FakeBackend): {
  attempts: Attempt[];
  fetch: typeof fetch;
} {
  const attempts: Attempt[] = [];
  return {
    attempts,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      backend.clock.advance(ATTEMPT_SPACING_MS);
      const text = await request.clone().text();
      const transId = text ? (JSON.parse(text) as { trans_id?: unknown }).trans_id : undefined;
      attempts.push({ at: backend.clock.now(), transId });
      return fetch(request);
    },
  };
}

/** Asserts that the wire time `iso` falls in the window of `attempts[index]`. */
export function assertInWindow(iso: string, attempts: Attempt[], index: number, what: string) {
  // The backend stores whole seconds: attempt k owns [its second, the next attempt's second).
  const second = (ms: number | undefined) => Math.floor((ms ?? NaN) / 1000) * 1000;
  const at = Date.parse(iso);
  const start = second(attempts[index]?.at);
  const end = index + 1 < attempts.length ? second(attempts[index + 1]?.at) : Infinity;
  assert.ok(
    at >= start && at < end,
    `${what} ${iso} is not the time of attempt ${index + 1} (${attempts.map((a) => new Date(a.at).toISOString()).join(', ')})`,
  );
}
