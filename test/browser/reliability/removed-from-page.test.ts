// An element taken out of the page aborts what it has in flight and reports no failure for it;
// put back (moved in the page), it carries on where it was, without a second effect.
// packages/widgets/test covers <invite-member>'s loads and precheck being aborted on removal.
import { expect, waitUntil } from '@open-wc/testing';
import {
  backend,
  requestsTo,
  resetBackend,
} from '../../../packages/widgets/test/support/backend.js';
import {
  dialogButton,
  fillEligible,
  instrumentedClient,
  mountLoading,
  loaded as formLoaded,
  mount as mountInviteMember,
  sent,
  shadow,
  submitAndConfirmDialog,
} from '../../../packages/widgets/test/invite-member/helpers.js';
import {
  allByRole,
  beforeEach,
  byRole,
  describe,
  invitationOf,
  it,
  loaded as inboxLoaded,
  mount as mountAcceptInvitation,
  textOf,
  tickAgreement,
} from '../../../packages/widgets/test/accept-invitation/helpers.js';
import type { InviteMember } from '../../../packages/widgets/src/invite-member/invite-member.js';
import { failOnUnhandledRejections } from './support/guard.js';
import { move } from '../../../packages/widgets/test/support/move.js';
import { postsTo, transIds } from './support/sent-requests.js';

failOnUnhandledRejections();

const EVENTS = [
  'invitation-failed',
  'invitation-accepted',
  'invitation-declined',
  'invitation-sent',
];

/** Counts the outcome events `el` fires. */
function eventsOf(el: HTMLElement): string[] {
  const fired: string[] = [];
  for (const name of EVENTS) el.addEventListener(name, () => fired.push(name));
  return fired;
}

describe('elements taken out of the page', () => {
  beforeEach(resetBackend);

  it('<accept-invitation> removed while loading aborts both requests and reports nothing', async () => {
    const { el, requests } = await mountLoading('accept-invitation', 'maple-foods', 2000);
    const fired = eventsOf(el);
    el.remove();
    expect(requests.map((request) => request.signal.aborted)).to.deep.equal([true, true]);
    expect(fired).to.deep.equal([]);
  });

  it('<accept-invitation> moved while loading loads again and shows the invitations', async () => {
    const { el } = await mountLoading('accept-invitation', 'maple-foods', 300);
    move(el);
    await inboxLoaded(el);
    expect(allByRole(el.shadowRoot!, 'article')).to.have.length(2);
    expect(textOf(el.shadowRoot)).not.to.include('could not be loaded');
  });

  it('<accept-invitation> removed while accepting aborts the request and reports no failure', async () => {
    const { client, requests } = instrumentedClient('maple-foods');
    const el = await mountAcceptInvitation('maple-foods', { client });
    const fired = eventsOf(el);
    const card = invitationOf(el, 'acme-group');
    tickAgreement(card);
    await el.updateComplete;
    backend.faults.setLatency(1000);
    byRole(card, 'button', 'Accept').click();
    await waitUntil(() => postsTo(requests, '/accept').length === 1);
    el.remove();
    expect(postsTo(requests, '/accept')[0]?.signal.aborted).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fired).to.deep.equal([]);
  });

  it('<invite-member> removed while sending aborts the request and reports no failure', async () => {
    const { client, requests } = instrumentedClient('acme-group');
    const el = await mountInviteMember('acme-group', { client });
    const fired = eventsOf(el);
    await fillEligible(el);
    await submitAndConfirmDialog(el);
    backend.faults.setLatency(1000);
    dialogButton(el, 'OK').click();
    await waitUntil(() => postsTo(requests, '/invitations').length === 1);
    el.remove();
    expect(postsTo(requests, '/invitations')[0]?.signal.aborted).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fired).to.deep.equal([]);
  });

  it('<invite-member> moved while sending keeps the form, and Retry sends exactly one invitation', async () => {
    const { client, requests } = instrumentedClient('acme-group');
    const el: InviteMember = await mountInviteMember('acme-group', { client });
    await fillEligible(el);
    await submitAndConfirmDialog(el);
    // Slow enough that the move comes first however busy the machine is.
    backend.faults.setLatency(2000, { method: 'POST', path: '/invitations' });
    dialogButton(el, 'OK').click();
    await waitUntil(() => postsTo(requests, '/invitations').length === 1);
    move(el);
    backend.faults.setLatency(0);
    await formLoaded(el);
    await el.updateComplete;

    await waitUntil(
      () => allByRole(shadow(el), 'button', 'Retry').length === 1,
      'no Retry after the move',
    );
    byRole(shadow(el), 'button', 'Retry').click();
    await sent(el);
    // Wait out the first request, which the backend may still have applied.
    const bothEnded = () => requestsTo('/invitations').length === 2;
    await waitUntil(bothEnded, 'the first request never ended', { timeout: 5000 });
    expect(backend.control.invitations({ to: 'acme-robotics' })).to.have.length(1);
    const [first, second] = transIds(postsTo(requests, '/invitations'));
    expect(second).to.equal(first);
  });
});
