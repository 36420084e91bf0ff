// Two windows of the same invitee answering the same invitation at the same moment: one answer
// is applied, and both windows end showing it — the loser as a refreshed state, never an error.
import { expect, waitUntil } from '@open-wc/testing';
import {
  backend,
  requestsTo,
  resetBackend,
} from '../../../packages/widgets/test/support/backend.js';
import {
  ACME,
  beforeEach,
  byRole,
  describe,
  invitationOf,
  it,
  mount,
  textOf,
  tickAgreement,
} from '../../../packages/widgets/test/accept-invitation/helpers.js';
import type { AcceptInvitation } from '../../../packages/widgets/src/accept-invitation/accept-invitation.js';
import { failOnUnhandledRejections } from './support/guard.js';

failOnUnhandledRejections();

/** Counts the element's outcome events. */
function outcomes(el: AcceptInvitation) {
  const seen = { accepted: 0, declined: 0, failed: 0 };
  el.addEventListener('invitation-accepted', () => (seen.accepted += 1));
  el.addEventListener('invitation-declined', () => (seen.declined += 1));
  el.addEventListener('invitation-failed', () => (seen.failed += 1));
  return seen;
}

const badge = (el: AcceptInvitation) =>
  textOf(invitationOf(el, 'acme-group').querySelector('[part~="status-badge"]'));

describe('<accept-invitation> in two windows answering at once', () => {
  beforeEach(resetBackend);

  it('both accept: one joins, the other shows the accepted state and no error', async () => {
    const first = await mount('maple-foods');
    const second = await mount('maple-foods');
    const events = [outcomes(first), outcomes(second)];
    for (const el of [first, second]) tickAgreement(invitationOf(el, 'acme-group'));
    await Promise.all([first.updateComplete, second.updateComplete]);
    backend.faults.setLatency(100); // both requests are in flight together
    for (const el of [first, second])
      byRole(invitationOf(el, 'acme-group'), 'button', 'Accept').click();

    await waitUntil(
      () => events.every((seen) => seen.accepted === 1),
      'both windows should end in the accepted state',
      { timeout: 5000 },
    );
    expect(events.map((seen) => seen.failed)).to.deep.equal([0, 0]);
    expect(
      requestsTo('/accept')
        .map((request) => request.status)
        .sort(),
    ).to.deep.equal([200, 409]);
    expect(backend.control.invitations({ to: 'maple-foods', status: 'accepted' })).to.have.length(
      1,
    );
    for (const el of [first, second]) {
      byRole(el.shadowRoot!, 'heading', `You are now a member account of ${ACME}`);
      expect(badge(el)).to.equal('Status: Accepted');
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    }
    const loser = textOf(first.shadowRoot).includes('had already been accepted') ? first : second;
    expect(textOf(invitationOf(loser, 'acme-group'))).to.include(
      'This invitation had already been accepted',
    );
  });

  it('one accepts while the other declines: one answer applies and both windows show it', async () => {
    const accepting = await mount('maple-foods');
    const declining = await mount('maple-foods');
    const events = [outcomes(accepting), outcomes(declining)];
    tickAgreement(invitationOf(accepting, 'acme-group'));
    byRole(invitationOf(declining, 'acme-group'), 'button', 'Decline').click();
    await Promise.all([accepting.updateComplete, declining.updateComplete]);
    const dialog = declining.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog.open);
    backend.faults.setLatency(100);
    byRole(invitationOf(accepting, 'acme-group'), 'button', 'Accept').click();
    byRole(dialog, 'button', 'Decline invitation').click();

    await waitUntil(
      () => requestsTo('/accept').length + requestsTo('/decline').length === 2,
      'both answers should reach the backend',
    );
    const [stored] = backend.control.invitations({ from: 'acme-group', to: 'maple-foods' });
    const final = stored?.status === 'accepted' ? 'Accepted' : 'Declined';
    expect(['accepted', 'declined']).to.include(stored?.status);
    await waitUntil(
      () => badge(accepting) === `Status: ${final}` && badge(declining) === `Status: ${final}`,
      `both windows should show "${final}"`,
      { timeout: 5000 },
    );
    // The winning window reports its answer; the losing one reports none as done.
    const [acceptEvents, declineEvents] = events;
    expect([acceptEvents?.accepted, declineEvents?.declined]).to.deep.equal(
      final === 'Accepted' ? [1, 0] : [0, 1],
    );
    expect(backend.control.account('maple-foods')?.masterName ?? null).to.equal(
      final === 'Accepted' ? 'acme-group' : null,
    );
  });
});
