import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { InvitationPendingEvent } from '../../src/index.js';
import type { InviteMember } from '../../src/invite-member/invite-member.js';
import { backend, resetBackend } from '../support/backend.js';
import {
  allByRole,
  beforeEach,
  byRole,
  checkAccount,
  clientAs,
  describe,
  dialogButton,
  failedConditions,
  fillEligible,
  it,
  loaded,
  mount,
  shadow,
  submitAndConfirmDialog,
} from './helpers.js';

/** <invite-member> as acme-group, with `pending-invitations-href` set to `href`. */
async function mountWithHref(href: string): Promise<InviteMember> {
  const el = await fixture<InviteMember>(
    html`<invite-member
      locale="en"
      .client=${clientAs('acme-group')}
      .debounce=${30}
      pending-invitations-href=${href}
    ></invite-member>`,
  );
  await loaded(el);
  return el;
}

describe('<invite-member> and an invitation already pending', () => {
  beforeEach(resetBackend);

  it('fires invitation-pending when the check finds a pending invitation to the account', async () => {
    const el = await mount('acme-group');
    const pending = oneEvent(el, 'invitation-pending') as Promise<InvitationPendingEvent>;
    await checkAccount(el, 'maple-foods');
    const event = await pending;
    expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, false]);
    expect(event.detail).to.deep.equal({ accountName: 'maple-foods', invitationId: undefined });
    expect(failedConditions(el)).to.deep.equal(['No pending invitation']);
    // Without pending-invitations-href there is nothing to link to.
    expect(allByRole(shadow(el), 'link', 'Show the pending invitations')).to.have.length(0);
  });

  it('links to the host’s list of pending invitations when it gives pending-invitations-href', async () => {
    const el = await mountWithHref('/members/pending');
    await checkAccount(el, 'maple-foods');
    const link = byRole<HTMLAnchorElement>(shadow(el), 'link', 'Show the pending invitations');
    expect(link.getAttribute('href')).to.equal('/members/pending');
    await expect(el).to.be.accessible();
    // Only for that condition: an account failing others gets no link.
    await checkAccount(el, 'orbit-labs');
    expect(allByRole(shadow(el), 'link', 'Show the pending invitations')).to.have.length(0);
  });

  it('never links to a script URL given as pending-invitations-href', async () => {
    const el = await mountWithHref('javascript:window.__pwned=1');
    await checkAccount(el, 'maple-foods');
    expect(allByRole(shadow(el), 'link', 'Show the pending invitations')).to.have.length(0);
  });

  it('names the pending invitation the server reports when it refuses a second one (EM.1002)', async () => {
    const el = await mount('acme-group');
    await fillEligible(el);
    await submitAndConfirmDialog(el);
    const [engineering] = backend.control
      .invitations({ from: 'acme-group', to: 'maple-foods' })
      .map((invitation) => invitation.org_id);
    const other = await clientAs('acme-group').invitations.create({
      accountName: 'acme-robotics',
      orgId: engineering ?? '',
      paymentMethod: 'paid_by_master',
      agreements: [{ id: 'em-service-agreement', version: '2025-02-25' }],
    });
    const pending = oneEvent(el, 'invitation-pending') as Promise<InvitationPendingEvent>;
    dialogButton(el, 'OK').click();
    expect((await pending).detail).to.deep.equal({
      accountName: 'acme-robotics',
      invitationId: other.id,
    });
  });
});
