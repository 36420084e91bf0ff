// Every state-changing call × every network fault, against the fake backend: the effect happens
// exactly once and the caller gets one clear outcome.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isEnterpriseCenterError } from '@enterprise-center/sdk';
import { failure, useFakeBackend } from '../../../packages/sdk/test/support/backend.js';
import { failOnUnhandledRejections } from './support/guard.js';
import {
  NETWORK_FAULTS,
  STATE_CHANGING_CALLS,
  assertInWindow,
  attemptRecorder,
} from './support/state-changing-calls.js';

const { backend, clientFor } = useFakeBackend();
failOnUnhandledRejections();

const UUID = /^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/;
const ATTEMPT_TIMEOUT_MS = 200;

/** Checks that the caller's invitation is the one stored, changed once, at attempt `index`. */
function assertOneEffect(
  call: (typeof STATE_CHANGING_CALLS)[number],
  id: string,
  seen: { status: string; updatedAt: string },
  attempts: Parameters<typeof assertInWindow>[1],
  index: number,
) {
  const touched = call.touched(backend, id);
  assert.equal(touched.length, 1, `${call.name} touched ${touched.length} invitations`);
  const [stored] = touched;
  assert.equal(stored?.status, call.status);
  assert.equal(seen.status, call.status);
  assert.equal(seen.updatedAt, stored?.updated_at, 'the caller sees the stored invitation');
  assertInWindow(stored?.updated_at ?? '', attempts, index, 'updated_at');
  if (call.name === 'accept') {
    const membership = backend.snapshot().state.accounts['maple-foods']?.membership;
    assert.equal(membership?.masterName, 'acme-group');
    assertInWindow(
      new Date(membership?.associatedAt ?? NaN).toISOString(),
      attempts,
      index,
      'join',
    );
    assert.equal(backend.control.invitations({ to: 'maple-foods', status: 'accepted' }).length, 1);
  }
}

describe('a state-changing call meeting one fault is retried by the SDK and takes effect once', () => {
  for (const call of STATE_CHANGING_CALLS) {
    for (const fault of NETWORK_FAULTS) {
      it(`${call.name}: ${fault.name}`, async () => {
        const id = await call.arrange(backend, (account) => clientFor(account));
        const { attempts, fetch } = attemptRecorder(backend);
        backend.clearRequests();
        backend.faults.failNext(fault.fault, { method: 'POST', path: call.path });
        const client = clientFor(call.caller, { fetch, timeout: ATTEMPT_TIMEOUT_MS });

        const started = performance.now();
        const invitation = await call.act(client, id, {});
        const elapsed = performance.now() - started;

        assert.deepEqual(
          backend.requests.map((request) => request.status),
          [fault.logged, 200],
        );
        assert.equal(attempts.length, 2);
        assert.match(String(attempts[0]?.transId), UUID);
        assert.equal(attempts[1]?.transId, attempts[0]?.transId, 'the retry reuses trans_id');
        assertOneEffect(call, id, invitation, attempts, fault.applied ? 0 : 1);
        if (fault.fault.type === 'throttle') {
          assert.ok(elapsed >= 990, `retried after ${elapsed} ms, before Retry-After`);
        }
      });
    }
  }
});

describe('a state-changing call meeting the fault on every attempt fails once, and a retry with its key takes effect once', () => {
  for (const call of STATE_CHANGING_CALLS) {
    for (const fault of NETWORK_FAULTS) {
      it(`${call.name}: ${fault.name}`, async () => {
        const id = await call.arrange(backend, (account) => clientFor(account));
        const before = backend.snapshot().state;
        const { attempts, fetch } = attemptRecorder(backend);
        for (let i = 0; i < 2; i += 1) {
          backend.faults.failNext(fault.fault, { method: 'POST', path: call.path });
        }
        const client = clientFor(call.caller, {
          fetch,
          timeout: ATTEMPT_TIMEOUT_MS,
          retry: { limit: 1, backoffLimit: 1 },
        });
        const idempotencyKey = crypto.randomUUID();

        const error = await failure(call.act(client, id, { idempotencyKey }));
        assert.equal(error.code, fault.code);
        assert.equal(attempts.length, 2);
        if (isEnterpriseCenterError(error, 'APIG.0308')) assert.equal(error.retryAfter, 1);
        if (!fault.applied) assert.deepEqual(backend.snapshot().state, before, 'nothing changed');

        const invitation = await call.act(client, id, { idempotencyKey });
        assert.equal(attempts.length, 3);
        assert.ok(attempts.every((attempt) => attempt.transId === idempotencyKey));
        // A lost response was applied by the first attempt; the later ones are replays.
        assertOneEffect(call, id, invitation, attempts, fault.applied ? 0 : 2);
      });
    }
  }
});
