import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { backend, clientWithoutRetry, requestsTo, resetBackend } from '../support/backend.js';
import {
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
  openHelioDecline,
  textOf,
} from './helpers.js';

describe('<accept-invitation> declining', () => {
  beforeEach(resetBackend);

  it('asks for confirmation in a modal dialog that starts on Cancel', async () => {
    const el = await mount('maple-foods');
    const dialog = await openHelioDecline(el);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(textOf(dialog)).to.include(
      `Your account will not join ${HELIO} (helio-group). The master account can invite you again later.`,
    );
    byRole(dialog, 'button', 'Decline invitation');
    expect(deepActiveElement()).to.equal(byRole(dialog, 'button', 'Cancel'));
    expect(requestsTo('/decline')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('changes nothing when Cancel is pressed, and returns the focus to Decline', async () => {
    const el = await mount('maple-foods');
    let declined = 0;
    el.addEventListener('invitation-declined', () => declined++);
    const dialog = await openHelioDecline(el);
    byRole(dialog, 'button', 'Cancel').click();
    await el.updateComplete;

    expect(dialog.open).to.equal(false);
    const card = invitationOf(el, 'helio-group');
    await waitUntil(() => deepActiveElement() === byRole(card, 'button', 'Decline'));
    expect(textOf(card)).to.include('Pending');
    expect(requestsTo('/decline')).to.have.length(0);
    expect(declined).to.equal(0);
    expect(backend.control.invitations({ to: 'maple-foods', status: 'pending' })).to.have.length(2);
  });

  it('changes nothing when the dialog is dismissed with Escape', async () => {
    const el = await mount('maple-foods');
    const dialog = await openHelioDecline(el);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape did not close the dialog');
    await aTimeout(20);
    expect(requestsTo('/decline')).to.have.length(0);
    expect(textOf(invitationOf(el, 'helio-group'))).to.include('Pending');
  });

  it('declines after confirmation: event, label, no more actions', async () => {
    const el = await mount('maple-foods');
    const dialog = await openHelioDecline(el);
    const declined = oneEvent(el, 'invitation-declined');
    byRole(dialog, 'button', 'Decline invitation').click();

    const { detail } = await declined;
    expect(detail.status).to.equal('declined');
    expect(detail.masterAccountName).to.equal('helio-group');
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    const card = invitationOf(el, 'helio-group');
    expect(textOf(card.querySelector('[part~="status-badge"]'))).to.equal('Status: Declined');
    expect(textOf(card)).to.include('You declined this invitation.');
    expect(allByRole(card, 'button')).to.have.length(0);
    expect(announced(el)).to.equal(`You declined the invitation from ${HELIO}.`);
    await waitUntil(() => deepActiveElement() === card.querySelector('h3'));
    expect(
      backend.control.invitations({ from: 'helio-group', to: 'maple-foods' })[0]?.status,
    ).to.equal('declined');
    // Acme's invitation is untouched and can still be accepted.
    byRole(invitationOf(el, 'acme-group'), 'button', 'Accept');
    await expect(el).to.be.accessible();
  });

  it('explains the refusal when the invitation was cancelled before the decline', async () => {
    const el = await mount('maple-foods');
    const [helio] = backend.control.invitations({ from: 'helio-group', to: 'maple-foods' });
    backend.control.cancelInvitation(helio!.id);
    const dialog = await openHelioDecline(el);
    const failed = oneEvent(el, 'invitation-failed');
    byRole(dialog, 'button', 'Decline invitation').click();
    await failed;
    await waitUntil(() =>
      textOf(invitationOf(el, 'helio-group')).includes('The list has been refreshed.'),
    );
    expect(dialog.open).to.equal(false);
    expect(textOf(invitationOf(el, 'helio-group'))).to.include('Cancelled');
  });

  it('retries a dropped decline from the dialog with the same idempotency key', async () => {
    const el = await mount('maple-foods', { client: clientWithoutRetry('maple-foods') });
    backend.faults.failNext({ type: 'drop' }, { method: 'POST', path: /\/decline$/ });
    const dialog = await openHelioDecline(el);
    const failed = oneEvent(el, 'invitation-failed');
    byRole(dialog, 'button', 'Decline invitation').click();
    await failed;
    await el.updateComplete;

    expect(dialog.open).to.equal(true);
    expect(textOf(dialog)).to.include('The network request failed.');
    await expect(el).to.be.accessible();
    const declined = oneEvent(el, 'invitation-declined');
    byRole(dialog, 'button', 'Decline invitation').click();
    await declined;
    // The retry was replayed (200) rather than refused as no longer pending (409).
    expect(requestsTo('/decline').map((r) => r.status)).to.deep.equal([0, 200]);
  });
});
