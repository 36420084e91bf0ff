// Markup in every text a server sends — organization, enterprise and account names, notes,
// agreement names, condition messages, error messages — is shown as text by both elements.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { resetBackend } from '../../../packages/widgets/test/support/backend.js';
import {
  acceptAgreements,
  accountStatus,
  dialogButton,
  fill,
  accountInput,
  byRole as formControl,
  mount as mountInviteMember,
  sent,
  shadow,
  submitAndConfirmDialog,
} from '../../../packages/widgets/test/invite-member/helpers.js';
import {
  beforeEach,
  describe,
  invitationOf,
  it,
  mount as mountAcceptInvitation,
  pressAccept,
  textOf,
  tickAgreement,
} from '../../../packages/widgets/test/accept-invitation/helpers.js';
import type { InviteMember } from '../../../packages/widgets/src/invite-member/invite-member.js';
import { failOnUnhandledRejections } from './support/guard.js';
import { PAYLOAD, assertInert, hostileClient } from './support/hostile-server.js';

failOnUnhandledRejections();

/** Chooses the unit whose (poisoned) name ends with `name`. */
function chooseUnitEndingWith(el: InviteMember, name: string): void {
  const select = formControl<HTMLSelectElement>(shadow(el), 'combobox', /Organization unit/);
  const option = [...select.options].find((o) => (o.textContent ?? '').trim().endsWith(name));
  if (!option) throw new Error(`no unit ending with ${name}`);
  select.value = option.value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Fills an eligible invitation to acme-robotics through the poisoned form. */
async function fillPoisonedForm(el: InviteMember): Promise<void> {
  chooseUnitEndingWith(el, 'Engineering');
  fill(accountInput(el), 'acme-robotics');
  await waitUntil(() => accountStatus(el).includes('meets every condition'), 'no check result');
  acceptAgreements(el);
}

describe('server texts full of markup', () => {
  beforeEach(resetBackend);

  it('<invite-member>: units, enterprise names, agreements, summary and result stay text', async () => {
    const el = await mountInviteMember('acme-group', { client: hostileClient('acme-group') });
    assertInert(el.shadowRoot);
    await fillPoisonedForm(el);
    expect(accountStatus(el)).to.include(`${PAYLOAD}Acme Robotics Pte. Ltd.`);
    assertInert(el.shadowRoot);

    const dialog = await submitAndConfirmDialog(el);
    expect(dialog.textContent).to.include(`${PAYLOAD}Engineering`);
    assertInert(el.shadowRoot);
    dialogButton(el, 'OK').click();
    await sent(el);
    expect(textOf(shadow(el))).to.include('Invitation sent');
    assertInert(el.shadowRoot);
  });

  it('<invite-member>: an error message made of markup is shown as text', async () => {
    const client = hostileClient('acme-group', { refuse: /^\/invitations$/ });
    const el = await mountInviteMember('acme-group', { client });
    await fillPoisonedForm(el);
    await submitAndConfirmDialog(el);
    const failed = oneEvent(el, 'invitation-failed');
    dialogButton(el, 'OK').click();
    await failed;
    await el.updateComplete;
    expect(textOf(shadow(el).querySelector('[part~="submit-status"]'))).to.include(
      `Some input is not valid: ${PAYLOAD}`.replace(/\s+/g, ' '),
    );
    assertInert(el.shadowRoot);
  });

  it('<accept-invitation>: inviters, units, agreements and the new association stay text', async () => {
    const el = await mountAcceptInvitation('maple-foods', {
      client: hostileClient('maple-foods'),
    });
    assertInert(el.shadowRoot);
    const card = invitationOf(el, 'acme-group');
    expect(textOf(card.querySelector('h3'))).to.include('acme-group');
    tickAgreement(card);
    await el.updateComplete;
    const { detail } = await pressAccept(el, card, 'invitation-accepted');
    expect(detail.association.orgName).to.equal(`${PAYLOAD}Engineering`);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.include(`${PAYLOAD}Engineering`);
    assertInert(el.shadowRoot);
  });

  it('<accept-invitation>: an error message made of markup is shown as text', async () => {
    const client = hostileClient('maple-foods', { refuse: /\/accept$/ });
    const el = await mountAcceptInvitation('maple-foods', { client });
    const card = invitationOf(el, 'acme-group');
    tickAgreement(card);
    await el.updateComplete;
    await pressAccept(el, card, 'invitation-failed');
    expect(card.querySelector('[part~="feedback"]')?.textContent).to.include(PAYLOAD);
    assertInert(el.shadowRoot);
  });
});
