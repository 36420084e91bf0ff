import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EnterpriseCenterError, Invitation } from '@enterprise-center/sdk';
import { backend, clientFor, requestsTo, resetBackend } from '../support/backend.js';
import {
  MAPLE,
  accountsShown,
  announced,
  beforeEach,
  button,
  byRole,
  cellOf,
  deepActiveElement,
  describe,
  feedbackOf,
  invitationIdOf,
  it,
  mount,
  openDialog,
  recordingClient,
  shadow,
  shows,
  textOf,
} from './helpers.js';

const CANCEL_MAPLE = 'Cancel invitation to maple-foods';

describe('<sent-invitations> cancel', () => {
  beforeEach(resetBackend);

  it('cancels a pending invitation after confirmation and says its slot is free', async () => {
    const el = await mount();
    const before: Invitation[] = [];
    el.addEventListener('invitation-cancel', (event) => before.push(event.detail));
    button(el, CANCEL_MAPLE).click();
    const dialog = await openDialog(el);
    expect(textOf(dialog.querySelector('h2'))).to.equal('Cancel the invitation to maple-foods?');
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Keep invitation');

    const cancelled = oneEvent(el, 'invitation-cancelled');
    byRole(dialog, 'button', 'Cancel invitation').click();
    const { detail } = await cancelled;

    expect(before.map((i) => i.inviteeAccountName)).to.deep.equal([MAPLE]);
    expect(detail.status).to.equal('cancelled');
    expect(backend.control.invitations({ to: MAPLE, from: 'acme-group' })[0]?.status).to.equal(
      'cancelled',
    );
    await shows(el, 'Its member slot is free again.');
    expect(shadow(el).querySelector('dialog[open]')).to.equal(null);
    // The row stays (it is what the user just acted on), now cancelled, with nothing left to do.
    expect(accountsShown(el)).to.deep.equal([MAPLE]);
    expect(cellOf(el, MAPLE, 'Status')).to.equal('Cancelled');
    expect(cellOf(el, MAPLE, 'Actions')).to.equal('');
    expect(announced(el)).to.equal(
      'The invitation to maple-foods was cancelled. Its member slot is free again.',
    );
    // The focus follows the change: the button that had it is gone.
    await waitUntil(() => deepActiveElement()?.matches('[part~="feedback"]'));
  });

  it('keeps the invitation with "Keep invitation" or Escape, focus back on Cancel', async () => {
    const el = await mount();
    button(el, CANCEL_MAPLE).click();
    byRole(await openDialog(el), 'button', 'Keep invitation').click();
    await waitUntil(() => !shadow(el).querySelector('dialog[open]'));
    await waitUntil(() => deepActiveElement() === button(el, CANCEL_MAPLE));

    button(el, CANCEL_MAPLE).click();
    await openDialog(el);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !shadow(el).querySelector('dialog[open]'));
    await waitUntil(() => deepActiveElement() === button(el, CANCEL_MAPLE));

    expect(requestsTo('/cancel')).to.have.length(0);
    expect(cellOf(el, MAPLE, 'Status')).to.equal('Pending');
  });

  it('sends nothing when the host cancels invitation-cancel', async () => {
    const el = await mount();
    el.addEventListener('invitation-cancel', (event) => event.preventDefault());
    button(el, CANCEL_MAPLE).click();
    byRole(await openDialog(el), 'button', 'Cancel invitation').click();
    await el.updateComplete;
    expect(requestsTo('/cancel')).to.have.length(0);
    expect(cellOf(el, MAPLE, 'Status')).to.equal('Pending');
  });

  it('cancels once however often "Cancel invitation" is clicked', async () => {
    backend.faults.setLatency(200, { method: 'POST' });
    const el = await mount();
    button(el, CANCEL_MAPLE).click();
    const confirm = byRole(await openDialog(el), 'button', 'Cancel invitation');
    confirm.click();
    confirm.click();
    button(el, CANCEL_MAPLE).click(); // the row's own button, while the request is in flight
    confirm.click();
    await shows(el, 'Its member slot is free again.');
    expect(requestsTo('/cancel')).to.have.length(1);
    expect(shadow(el).querySelector('dialog[open]')).to.equal(null);
  });

  it('retries a dropped answer with the same key, and the invitation is cancelled once', async () => {
    const { client, mutations } = recordingClient();
    const el = await mount({ client });
    backend.faults.failNext({ type: 'drop' }, { method: 'POST', path: /\/cancel$/ });
    const failed = oneEvent(el, 'invitation-failed');
    button(el, CANCEL_MAPLE).click();
    byRole(await openDialog(el), 'button', 'Cancel invitation').click();
    expect((await failed).detail.code).to.equal('NETWORK_ERROR');
    await shows(el, 'The invitation to maple-foods could not be cancelled.');
    expect(feedbackOf(el, MAPLE)).to.include('Retry is safe');
    // The server did cancel it; only its answer was lost.
    expect(backend.control.invitations({ to: MAPLE, from: 'acme-group' })[0]?.status).to.equal(
      'cancelled',
    );

    button(el, 'Retry cancelling the invitation to maple-foods').click();
    await shows(el, 'Its member slot is free again.');
    expect(cellOf(el, MAPLE, 'Status')).to.equal('Cancelled');
    expect(mutations).to.have.length(2);
    expect(mutations[1]?.transId).to.be.a('string').and.equal(mutations[0]?.transId);
  });

  it('shows that the invitee accepted meanwhile (EM.1004) and changes nothing', async () => {
    const el = await mount();
    const id = invitationIdOf(MAPLE);
    const invitee = clientFor(MAPLE, 8000);
    const [invitation] = (await invitee.receivedInvitations.list()).invitations.filter(
      (i) => i.id === id,
    );
    await invitee.receivedInvitations.accept(id, {
      agreements: invitation!.agreements.map(({ id: agreement, version }) => ({
        id: agreement,
        version,
      })),
    });

    const failed = oneEvent(el, 'invitation-failed');
    button(el, CANCEL_MAPLE).click();
    byRole(await openDialog(el), 'button', 'Cancel invitation').click();
    const error: EnterpriseCenterError = (await failed).detail;
    expect(error.code).to.equal('EM.1004');
    await shows(
      el,
      'maple-foods accepted this invitation in the meantime, so nothing was changed.',
    );
    expect(cellOf(el, MAPLE, 'Status')).to.equal('Accepted');
    expect(cellOf(el, MAPLE, 'Actions')).to.equal('');
    expect(backend.control.invitations({ to: MAPLE, from: 'acme-group' })[0]?.status).to.equal(
      'accepted',
    );
  });

  it('takes an invitation that no longer exists (EM.1003) off the list with a note', async () => {
    const el = await mount();
    // Cancelled elsewhere a month ago: the server keeps answered invitations for 30 days only.
    backend.control.cancelInvitation(invitationIdOf(MAPLE));
    backend.clock.advance(31 * 86_400_000);

    const failed = oneEvent(el, 'invitation-failed');
    button(el, CANCEL_MAPLE).click();
    byRole(await openDialog(el), 'button', 'Cancel invitation').click();
    expect((await failed).detail.code).to.equal('EM.1003');
    await shows(
      el,
      'The invitation to maple-foods no longer exists, so it was removed from the list.',
    );
    expect(accountsShown(el)).to.deep.equal([]);
    await waitUntil(() => deepActiveElement()?.matches('[part~="note"]'));
  });
});
