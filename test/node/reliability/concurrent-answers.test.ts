// Clients answering the same invitation at the same moment: one wins, every other one learns the
// invitation's new status (EM.1004), and the backend applied exactly one answer.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import fc from 'fast-check';
import { isEnterpriseCenterError, type Client } from '@enterprise-center/sdk';
import { useFakeBackend } from '../../../packages/sdk/test/support/backend.js';
import { MEMBER_AGREEMENT } from '../../../packages/sdk/test/support/fixtures.js';
import { failOnUnhandledRejections } from './support/guard.js';

const { backend, clientFor } = useFakeBackend();
failOnUnhandledRejections();

const acmeToMaple = (): string => {
  const [invitation] = backend.control.invitations({ from: 'acme-group', to: 'maple-foods' });
  assert.ok(invitation);
  return invitation.id;
};

/** A client whose requests wait `ms` before they leave, so racing requests interleave. */
const slowClient = (account: string, ms: number): Client =>
  clientFor(account, {
    fetch: async (input, init) => {
      await sleep(ms);
      return fetch(input, init);
    },
  });

type Answer = 'accept' | 'decline' | 'cancel';

const answerOutcome: Record<Answer, string> = {
  accept: 'accepted',
  decline: 'declined',
  cancel: 'cancelled',
};

/** Sends `answer` to invitation `id` as the account allowed to give it. */
const send = async (answer: Answer, id: string, delayMs: number): Promise<string> => {
  if (answer === 'cancel') {
    return (await slowClient('acme-group', delayMs).invitations.cancel(id)).status;
  }
  const invitee = slowClient('maple-foods', delayMs).receivedInvitations;
  if (answer === 'decline') return (await invitee.decline(id)).status;
  return (await invitee.accept(id, { agreements: [MEMBER_AGREEMENT] })).invitation.status;
};

describe('answers racing for one invitation', () => {
  it('two clients accept at once: one succeeds, the other gets EM.1004 "accepted"', async () => {
    const id = acmeToMaple();
    backend.faults.setLatency(30);
    const [first, second] = await Promise.allSettled([
      clientFor('maple-foods').receivedInvitations.accept(id, { agreements: [MEMBER_AGREEMENT] }),
      clientFor('maple-foods').receivedInvitations.accept(id, { agreements: [MEMBER_AGREEMENT] }),
    ]);
    const outcomes = [first, second];
    const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const lost = outcomes.flatMap((outcome) =>
      outcome.status === 'rejected' ? [outcome.reason as unknown] : [],
    );
    assert.equal(won.length, 1);
    assert.equal(lost.length, 1);
    const [error] = lost;
    assert.ok(isEnterpriseCenterError(error, 'EM.1004'), `lost with ${String(error)}`);
    assert.equal(error.invitationStatus, 'accepted');
    assert.equal(error.status, 409);
    assert.equal(backend.control.invitations({ to: 'maple-foods', status: 'accepted' }).length, 1);
    assert.equal(
      (await clientFor('maple-foods').masterAccount.get())?.masterAccountName,
      'acme-group',
    );
  });

  it('any mix of accept, decline and cancel at once: exactly one wins, the rest see its status', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            answer: fc.constantFrom<Answer>('accept', 'decline', 'cancel'),
            delayMs: fc.integer({ min: 0, max: 15 }),
          }),
          { minLength: 2, maxLength: 6 },
        ),
        async (racers) => {
          backend.reset();
          const id = acmeToMaple();
          const outcomes = await Promise.allSettled(
            racers.map(({ answer, delayMs }) => send(answer, id, delayMs)),
          );
          const winners = outcomes.flatMap((outcome, index) =>
            outcome.status === 'fulfilled' ? [racers[index]?.answer] : [],
          );
          assert.equal(winners.length, 1, `winners: ${winners.join(', ')}`);
          const final = answerOutcome[winners[0] as Answer];
          for (const outcome of outcomes) {
            if (outcome.status === 'fulfilled') continue;
            const error: unknown = outcome.reason;
            assert.ok(isEnterpriseCenterError(error, 'EM.1004'), `lost with ${String(error)}`);
            assert.equal(error.invitationStatus, final);
          }
          const [stored] = backend.control.invitations({ from: 'acme-group', to: 'maple-foods' });
          assert.equal(stored?.status, final);
          const joined = backend.control.account('maple-foods')?.masterName ?? null;
          assert.equal(joined, final === 'accepted' ? 'acme-group' : null);
        },
      ),
      { numRuns: 40 },
    );
  });
});
