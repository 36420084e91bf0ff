// Both elements on a slow network (they say they are busy and keep the user's input) and with no
// network at all (they explain, offer Retry, and lose nothing once the network is back).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import {
  backend,
  clientFor,
  resetBackend,
} from '../../../packages/widgets/test/support/backend.js';
import {
  accountInput,
  byRole,
  dialogButton,
  fillEligible,
  loaded as formLoaded,
  mount as mountInviteMember,
  sent,
  shadow,
  submitAndConfirmDialog,
} from '../../../packages/widgets/test/invite-member/helpers.js';
import {
  allByRole,
  beforeEach,
  describe,
  invitationOf,
  it,
  loaded as inboxLoaded,
  mount as mountAcceptInvitation,
  pressAccept,
  textOf,
  tickAgreement,
} from '../../../packages/widgets/test/accept-invitation/helpers.js';
import type { InviteMember } from '../../../packages/widgets/src/invite-member/invite-member.js';
import type { AcceptInvitation } from '../../../packages/widgets/src/accept-invitation/accept-invitation.js';
import { failOnUnhandledRejections } from './support/guard.js';
import { switchableClient } from './support/network.js';

failOnUnhandledRejections();

const NO_NETWORK = 'The network request failed. Check your connection and try again.';

const busy = (el: HTMLElement) =>
  el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('aria-busy');

describe('<invite-member> on a slow or missing network', () => {
  beforeEach(resetBackend);

  it('says it is loading, and is busy, until a slow load arrives', async () => {
    backend.faults.setLatency(500);
    const el = await fixture<InviteMember>(
      html`<invite-member locale="en" .client=${clientFor('acme-group')}></invite-member>`,
    );
    expect(busy(el)).to.equal('true');
    expect(textOf(shadow(el).querySelector('[role="status"]'))).to.equal('Loading…');
    await formLoaded(el);
    expect(busy(el)).to.equal('false');
    expect(shadow(el).querySelector('form')).not.to.equal(null);
  });

  it('offline: explains the failed load, and loads on Retry once back online', async () => {
    const network = switchableClient('acme-group');
    network.goOffline();
    const el = await mountInviteMember('acme-group', { client: network.client });
    expect(textOf(shadow(el))).to.include(`The invitation form could not be loaded. ${NO_NETWORK}`);
    expect(backend.requests).to.deep.equal([]);
    network.goOnline();
    byRole(shadow(el), 'button', 'Retry').click();
    await waitUntil(() => shadow(el).querySelector('form'), 'the form did not load on Retry');
  });

  it('offline when sending: keeps the form, and sends one invitation on Retry once online', async () => {
    const network = switchableClient('acme-group');
    const el = await mountInviteMember('acme-group', { client: network.client });
    await fillEligible(el);
    network.goOffline();
    await submitAndConfirmDialog(el);
    const failed = oneEvent(el, 'invitation-failed');
    dialogButton(el, 'OK').click();
    await failed;
    await el.updateComplete;
    expect(textOf(shadow(el))).to.include(`The invitation could not be sent. ${NO_NETWORK}`);
    expect(accountInput(el).value).to.equal('acme-robotics');
    expect(backend.control.invitations({ to: 'acme-robotics' })).to.have.length(0);

    network.goOnline();
    byRole(shadow(el), 'button', 'Retry').click();
    await sent(el);
    expect(backend.control.invitations({ to: 'acme-robotics' })).to.have.length(1);
  });
});

describe('<accept-invitation> on a slow or missing network', () => {
  beforeEach(resetBackend);

  it('says it is loading, and is busy, until a slow load arrives', async () => {
    backend.faults.setLatency(500);
    const el = await fixture<AcceptInvitation>(
      html`<accept-invitation locale="en" .client=${clientFor('maple-foods')}></accept-invitation>`,
    );
    expect(busy(el)).to.equal('true');
    expect(textOf(el.shadowRoot)).to.include('Loading…');
    await inboxLoaded(el);
    expect(allByRole(el.shadowRoot!, 'article')).to.have.length(2);
  });

  it('offline: explains the failed load, and loads on Retry once back online', async () => {
    const network = switchableClient('maple-foods');
    network.goOffline();
    const el = await mountAcceptInvitation('maple-foods', { client: network.client });
    expect(textOf(el.shadowRoot)).to.include('Your invitations could not be loaded.');
    expect(textOf(el.shadowRoot)).to.include(NO_NETWORK);
    network.goOnline();
    byRole(el.shadowRoot!, 'button', 'Retry').click();
    await waitUntil(() => allByRole(el.shadowRoot!, 'article').length === 2);
  });

  it('offline when accepting: keeps the ticked box, and accepts once on Retry once online', async () => {
    const network = switchableClient('maple-foods');
    const el = await mountAcceptInvitation('maple-foods', { client: network.client });
    const card = invitationOf(el, 'acme-group');
    tickAgreement(card);
    await el.updateComplete;
    network.goOffline();
    await pressAccept(el, card, 'invitation-failed');
    expect(textOf(card.querySelector('[part~="feedback"]'))).to.equal(`${NO_NETWORK} Retry`);
    expect(byRole<HTMLInputElement>(card, 'checkbox', 'I have read and agree').checked).to.equal(
      true,
    );

    network.goOnline();
    const accepted = oneEvent(el, 'invitation-accepted');
    byRole(card, 'button', 'Retry').click();
    await accepted;
    expect(backend.control.invitations({ to: 'maple-foods', status: 'accepted' })).to.have.length(
      1,
    );
  });
});
