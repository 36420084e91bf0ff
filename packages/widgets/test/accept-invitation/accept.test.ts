import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { backend, clientFor, requestsTo, resetBackend } from '../support/backend.js';
import {
  ACME,
  allByRole,
  announced,
  beforeEach,
  byRole,
  deepActiveElement,
  describe,
  HELIO,
  invitationOf,
  it,
  mount,
  pressAccept,
  textOf,
  tickAgreement,
} from './helpers.js';

describe('<accept-invitation> accepting', () => {
  beforeEach(resetBackend);

  it('lists the pending invitations newest first, each named by its inviter', async () => {
    const el = await mount('maple-foods');
    const names = allByRole(el.shadowRoot!, 'article').map((a) => textOf(a.querySelector('h3')));
    expect(names).to.deep.equal([
      `Invitation from ${HELIO} (helio-group)`,
      `Invitation from ${ACME} (acme-group)`,
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows who invites, the unit, the payment method, when it was sent and expires', async () => {
    const el = await mount('maple-foods');
    const acme = textOf(invitationOf(el, 'acme-group'));
    expect(acme).to.include('Master account acme-group');
    expect(acme).to.include(`Enterprise ${ACME}`);
    expect(acme).to.include('Organization unit Engineering');
    expect(acme).to.include('Payment method Paid by the master account');
    expect(acme).to.match(/Sent 2 days ago \(\w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2}/);
    expect(acme).to.match(/Expires in 12 days \(\w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2}/);
    expect(acme).to.include('Pending');
    const helio = textOf(invitationOf(el, 'helio-group'));
    expect(helio).to.include('Payment method Paid by the member account');
    expect(helio).to.include('Organization unit Helio Group');
  });

  it('lists what association means only when the inviter has unified accounting', async () => {
    const el = await mount('maple-foods');
    const terms = (card: HTMLElement) => card.querySelector('[part~="association-terms"]');
    expect(textOf(terms(invitationOf(el, 'acme-group')))).to.include(
      'If the master account is suspended, the member account is suspended too.',
    );
    expect(terms(invitationOf(el, 'helio-group'))).to.equal(null);
  });

  it('links each agreement of the invitation from the consent checkbox', async () => {
    const el = await mount('maple-foods');
    const card = invitationOf(el, 'acme-group');
    const link = byRole<HTMLAnchorElement>(card, 'link', 'Member Account Association Agreement');
    expect(link.href).to.equal('https://www.example.com/agreements/em-member-association');
    expect(textOf(card)).to.include('(version 2025-02-25)');
  });

  it('explains the missing consent and focuses the checkbox when Accept is pressed too early', async () => {
    const el = await mount('maple-foods');
    const card = invitationOf(el, 'acme-group');
    byRole(card, 'button', 'Accept').click();
    const checkbox = byRole<HTMLInputElement>(card, 'checkbox', 'I have read and agree');
    await waitUntil(() => deepActiveElement() === checkbox, 'the checkbox was not focused');
    const describedBy = checkbox.getAttribute('aria-describedby')!;
    expect(textOf(el.shadowRoot!.getElementById(describedBy))).to.equal(
      'Tick the box to agree to the agreements before you accept.',
    );
    expect(checkbox.getAttribute('aria-invalid')).to.equal('true');
    expect(requestsTo('/accept')).to.have.length(0);
    await expect(el).to.be.accessible();

    tickAgreement(card);
    await el.updateComplete;
    expect(checkbox.getAttribute('aria-invalid')).to.equal('false');
    expect(textOf(card)).not.to.include('Tick the box');
  });

  it('accepts Acme’s invitation: event, success text, association, and Helio’s can no longer be accepted', async () => {
    const el = await mount('maple-foods');
    const acme = invitationOf(el, 'acme-group');
    tickAgreement(acme);
    await el.updateComplete;
    const before = oneEvent(el, 'invitation-accept');
    const accepted = oneEvent(el, 'invitation-accepted');
    byRole(acme, 'button', 'Accept').click();

    const { detail: sending } = await before;
    expect(sending.invitation.masterAccountName).to.equal('acme-group');
    expect(sending.agreements).to.deep.equal([
      { id: 'em-member-association', version: '2025-02-25' },
    ]);
    const { detail } = await accepted;
    expect(detail.invitation.status).to.equal('accepted');
    expect(detail.association.masterAccountName).to.equal('acme-group');
    await el.updateComplete;

    const heading = byRole(el.shadowRoot!, 'heading', `You are now a member account of ${ACME}`);
    await waitUntil(() => deepActiveElement() === heading, 'focus did not move to the result');
    const association = textOf(el.shadowRoot!.querySelector('[part~="association"]'));
    expect(association).to.include('Master account acme-group');
    expect(association).to.include('Organization unit Engineering');
    expect(association).to.include('Payment method Paid by the master account');
    expect(association).to.match(/Member since this minute \(/);
    expect(announced(el)).to.equal(`You are now a member account of ${ACME}`);
    expect(textOf(invitationOf(el, 'acme-group'))).to.include('Accepted');

    const master = await clientFor('maple-foods').masterAccount.get();
    expect(master?.masterAccountName).to.equal('acme-group');

    const helio = invitationOf(el, 'helio-group');
    expect(allByRole(helio, 'button', 'Accept')).to.have.length(0);
    expect(textOf(helio)).to.include('Not a member of another master account');
    expect(textOf(helio)).to.include(
      'The account is already a member account of a master account.',
    );
    expect(allByRole(helio, 'button', 'Decline')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('sends nothing when a listener vetoes invitation-accept', async () => {
    const el = await mount('maple-foods');
    el.addEventListener('invitation-accept', (event) => event.preventDefault());
    const acme = invitationOf(el, 'acme-group');
    tickAgreement(acme);
    await el.updateComplete;
    await pressAccept(el, acme, 'invitation-accept');
    await aTimeout(50);
    expect(requestsTo('/accept')).to.have.length(0);
    expect(textOf(invitationOf(el, 'acme-group'))).to.include('Pending');
    expect(byRole<HTMLInputElement>(acme, 'checkbox', 'I have read and agree').checked).to.equal(
      true,
    );
    expect(backend.control.invitations({ to: 'maple-foods', status: 'accepted' })).to.have.length(
      0,
    );
  });
});
