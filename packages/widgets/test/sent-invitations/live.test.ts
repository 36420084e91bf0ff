import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Invitation } from '@enterprise-center/sdk';
import { InvitationSentEvent } from '../../src/invite-member/events.js';
import type { InviteMember } from '../../src/invite-member/invite-member.js';
import '../../src/define/invite-member.js';
import { backend, clientFor, requestsTo, resetBackend } from '../support/backend.js';
import {
  MAPLE,
  accountsShown,
  announced,
  beforeEach,
  byRole,
  describe,
  it,
  loaded,
  mount,
  shadow,
  textOf,
} from './helpers.js';
import type { SentInvitations } from '../../src/sent-invitations/sent-invitations.js';

/** Creates an invitation as `master` through the SDK (the way `<invite-member>` does). */
async function invite(master: string, account: string, orgName: string): Promise<Invitation> {
  const client = clientFor(master, 8000);
  const [settings, tree] = await Promise.all([
    client.invitations.settings(),
    client.organizations.tree({ recursive: true }),
  ]);
  const unit = tree.childNodes.find((node) => node.name === orgName) ?? { id: tree.rootId };
  return client.invitations.create({
    accountName: account,
    orgId: unit.id,
    paymentMethod: 'paid_by_master',
    agreements: settings.agreements.map(({ id, version }) => ({ id, version })),
  });
}

/** Fires `invitation-sent` from an element elsewhere on the page, as `<invite-member>` does. */
function announceSent(invitation: Invitation): void {
  const source = document.createElement('div');
  document.body.append(source);
  source.dispatchEvent(new InvitationSentEvent(invitation));
  source.remove();
}

describe('<sent-invitations> keeps itself current', () => {
  beforeEach(resetBackend);

  it('shows an invitation sent on the same page at once, without reloading the list', async () => {
    const el = await mount();
    const invitation = await invite('acme-group', 'river-analytics', 'Engineering');
    announceSent(invitation);
    await waitUntil(() => accountsShown(el)[0] === 'river-analytics', 'the new row never came');
    expect(accountsShown(el)).to.deep.equal(['river-analytics', MAPLE]);
    expect(announced(el)).to.equal('The new invitation to river-analytics was added to the list.');
    expect(textOf(shadow(el).querySelector('[part~="count"]'))).to.equal(
      'Showing 2 of 2 invitations',
    );
    expect(requestsTo('/invitations', 'GET')).to.have.length(1); // only the first page
    expect(requestsTo(`/invitations/${invitation.id}`, 'GET')).to.have.length(1);
  });

  it('ignores an invitation another master account sent on the same page', async () => {
    const el = await mount();
    const theirs = await invite('helio-group', 'river-analytics', 'Research');
    announceSent(theirs);
    await waitUntil(() => requestsTo(`/invitations/${theirs.id}`, 'GET').length === 1);
    await el.updateComplete;
    expect(accountsShown(el)).to.deep.equal([MAPLE]);
  });

  it('stops listening when it leaves the page', async () => {
    const el = await mount();
    el.remove();
    const invitation = await invite('acme-group', 'river-analytics', 'Engineering');
    announceSent(invitation);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(requestsTo(`/invitations/${invitation.id}`, 'GET')).to.have.length(0);
  });

  it('reloads on refresh()', async () => {
    const el = await mount();
    await invite('acme-group', 'acme-robotics', 'Engineering');
    el.refresh();
    await loaded(el);
    await waitUntil(() => accountsShown(el).length === 2);
    expect(accountsShown(el)).to.deep.equal(['acme-robotics', MAPLE]);
  });

  it('shows what an <invite-member> beside it sends', async () => {
    const engineering = backend.control.invitations({ from: 'acme-group', to: MAPLE })[0]!.org_id;
    const container = await fixture<HTMLElement>(
      html`<div>
        <invite-member
          locale="en"
          org-id=${engineering}
          account-name="acme-robotics"
          .debounce=${10}
          .client=${clientFor('acme-group', 8000)}
        ></invite-member>
        <sent-invitations locale="en" .client=${clientFor('acme-group', 8000)}></sent-invitations>
      </div>`,
    );
    const invite = container.querySelector('invite-member') as InviteMember;
    const list = container.querySelector('sent-invitations') as SentInvitations;
    await loaded(list);
    const root = invite.shadowRoot!;
    await waitUntil(() => textOf(root).includes('meets every condition'), 'not eligible', {
      timeout: 8000,
    });
    byRole<HTMLInputElement>(root, 'checkbox', 'I have read and agree').click();
    byRole(root, 'button', 'Submit').click();
    await waitUntil(() => root.querySelector('dialog[open]'), 'no confirmation');
    byRole(root.querySelector('dialog[open]')!, 'button', 'OK').click();

    await waitUntil(() => accountsShown(list)[0] === 'acme-robotics', 'the new row never came', {
      timeout: 8000,
    });
    expect(accountsShown(list)).to.deep.equal(['acme-robotics', MAPLE]);
  });
});
