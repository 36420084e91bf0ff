// <accept-invitation> moved in the page (taken out and put back, as frameworks do) while an
// accept or a decline is in flight: the aborted answer must not leave the card or the dialog busy
// for ever; answering again reuses the idempotency key, so the answer applies exactly once.
import { oneEvent, waitUntil, expect } from '@open-wc/testing';
import { backend, resetBackend } from '../../../packages/widgets/test/support/backend.js';
import { instrumentedClient } from '../../../packages/widgets/test/invite-member/helpers.js';
import {
  allByRole,
  beforeEach,
  byRole,
  describe,
  invitationOf,
  it,
  mount,
  tickAgreement,
} from '../../../packages/widgets/test/accept-invitation/helpers.js';
import { failOnUnhandledRejections } from './support/guard.js';
import { move } from '../../../packages/widgets/test/support/move.js';
import { postsTo, transIds } from './support/sent-requests.js';

failOnUnhandledRejections();

describe('<accept-invitation> moved while answering', () => {
  beforeEach(resetBackend);

  it('<accept-invitation> moved while accepting can accept again, exactly once', async () => {
    const { client, requests } = instrumentedClient('maple-foods');
    const el = await mount('maple-foods', { client });
    const card = () => invitationOf(el, 'acme-group');
    tickAgreement(card());
    await el.updateComplete;
    backend.faults.setLatency(300);
    byRole(card(), 'button', 'Accept').click();
    await waitUntil(() => postsTo(requests, '/accept').length === 1);
    move(el);
    backend.faults.setLatency(0);
    await el.updateComplete;

    const usable = () =>
      allByRole(card(), 'button', /^(Retry|Accept)$/).find(
        (button) => button.getAttribute('aria-disabled') !== 'true',
      );
    await waitUntil(usable, 'Accept stayed busy after the move', { timeout: 2000 });
    const accepted = oneEvent(el, 'invitation-accepted');
    usable()?.click();
    await accepted;
    expect(backend.control.invitations({ to: 'maple-foods', status: 'accepted' })).to.have.length(
      1,
    );
    const [first, second] = transIds(postsTo(requests, '/accept'));
    expect(second).to.equal(first);
  });

  it('<accept-invitation> moved while declining can close the dialog or decline again', async () => {
    const { client, requests } = instrumentedClient('maple-foods');
    const el = await mount('maple-foods', { client });
    byRole(invitationOf(el, 'helio-group'), 'button', 'Decline').click();
    await el.updateComplete;
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog.open);
    backend.faults.setLatency(300);
    byRole(dialog, 'button', 'Decline invitation').click();
    await waitUntil(() => postsTo(requests, '/decline').length === 1);
    move(el);
    backend.faults.setLatency(0);
    await el.updateComplete;

    const confirm = byRole(el.shadowRoot!, 'button', 'Decline invitation');
    await waitUntil(
      () => confirm.getAttribute('aria-disabled') === 'false',
      'the decline dialog stayed busy after the move',
      { timeout: 2000 },
    );
    const declined = oneEvent(el, 'invitation-declined');
    confirm.click();
    await declined;
    const [first, second] = transIds(postsTo(requests, '/decline'));
    expect(second).to.equal(first);
    expect(backend.control.invitations({ from: 'helio-group' })[0]?.status).to.equal('declined');
  });
});
