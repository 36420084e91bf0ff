import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { InviteMember } from '../../src/invite-member/invite-member.js';
import { backend, clientWithoutRetry, resetBackend } from '../support/backend.js';
import {
  accountInput,
  accountStatus,
  afterEach,
  beforeEach,
  byRole,
  checkAccount,
  deepActiveElement,
  describe,
  dialogButton,
  fill,
  fillEligible,
  it,
  mount,
  sent,
  shadow,
  submitAndConfirmDialog,
  textOf,
  clientAs,
} from './helpers.js';

describe('<invite-member> accessibility in every state', () => {
  beforeEach(resetBackend);
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('is accessible while loading', async () => {
    backend.faults.setLatency(1000);
    const el = await fixture<InviteMember>(
      html`<invite-member locale="en" .client=${clientAs('acme-group')}></invite-member>`,
    );
    expect(textOf(shadow(el))).to.include('Loading…');
    await expect(el).to.be.accessible();
  });

  it('is accessible with the empty form, and with every problem shown after Submit', async () => {
    const el = await mount('acme-group');
    await expect(el).to.be.accessible();
    byRole(shadow(el), 'button', 'Submit').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is accessible while checking, with a failed checklist, and when eligible', async () => {
    const el = await mount('acme-group');
    backend.faults.setLatency(1000, { path: '/invitations/precheck' });
    fill(accountInput(el), 'frost-retail');
    await el.updateComplete;
    expect(accountStatus(el)).to.include('Checking');
    await expect(el).to.be.accessible();
    backend.faults.setLatency(0);
    await checkAccount(el, 'cash-first');
    await expect(el).to.be.accessible();
    await checkAccount(el, 'acme-robotics');
    await expect(el).to.be.accessible();
  });

  it('is accessible with the confirmation dialog open', async () => {
    const el = await mount('acme-group');
    await fillEligible(el);
    await submitAndConfirmDialog(el);
    await expect(el).to.be.accessible();
  });

  it('is accessible showing a sending error with Retry, and after success', async () => {
    const el = await mount('acme-group', { client: clientWithoutRetry('acme-group') });
    await fillEligible(el);
    backend.faults.failNext(
      { type: 'status', status: 503 },
      { method: 'POST', path: '/invitations' },
    );
    await submitAndConfirmDialog(el);
    dialogButton(el, 'OK').click();
    await waitUntil(() => textOf(shadow(el)).includes('The invitation could not be sent.'));
    await expect(el).to.be.accessible();
    byRole(shadow(el), 'button', 'Retry').click();
    await sent(el);
    await expect(el).to.be.accessible();
  });

  it('is accessible when no slot is left and when the caller is not a master', async () => {
    await expect(await mount('nova-holdings')).to.be.accessible();
    await expect(await mount('acme-robotics')).to.be.accessible();
  });

  it('is accessible after a load failure', async () => {
    backend.faults.failNext({ type: 'status', status: 500 }, { path: '/invitation-settings' });
    const el = await mount('acme-group', { client: clientWithoutRetry('acme-group') });
    expect(textOf(shadow(el))).to.include('The invitation form could not be loaded.');
    await expect(el).to.be.accessible();
  });

  it('uses no inline style attributes, so it works under a CSP without unsafe-inline', async () => {
    const el = await mount('acme-group');
    await fillEligible(el, 'markup-probe');
    await checkAccount(el, 'frost-retail');
    await checkAccount(el, 'acme-robotics');
    await submitAndConfirmDialog(el);
    expect(shadow(el).querySelectorAll('[style]')).to.have.length(0);
    expect(el.hasAttribute('style')).to.equal(false);
  });

  it('is accessible in the dark colour scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await mount('acme-group');
    await checkAccount(el, 'frost-retail');
    await expect(el).to.be.accessible();
  });
});

describe('<invite-member> with the keyboard only', () => {
  beforeEach(resetBackend);

  it('goes from the first Tab to a sent invitation and on to the next one', async () => {
    const el = await mount('acme-group');
    const root = shadow(el);
    const focused = () => deepActiveElement();

    await sendKeys({ press: 'Tab' });
    const select = byRole<HTMLSelectElement>(root, 'combobox', 'Organization unit');
    expect(focused()).to.equal(select);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(select.selectedOptions[0]?.text.trim()).to.equal('Engineering');

    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(accountInput(el));
    await sendKeys({ type: 'acme-robotics' });
    await waitUntil(() => accountStatus(el).includes('meets every condition'));

    await sendKeys({ press: 'Tab' });
    const passed = root.querySelector('details');
    expect(focused()?.textContent?.trim()).to.equal('19 conditions met');
    await sendKeys({ press: 'Enter' });
    expect(passed?.open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(byRole(root, 'radio', 'Paid by the master account'));
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(byRole(root, 'textbox', 'Notes'));
    await sendKeys({ press: 'Tab' });
    const consent = byRole<HTMLInputElement>(root, 'checkbox', 'I have read and agree');
    expect(focused()).to.equal(consent);
    await sendKeys({ press: 'Space' });
    expect(consent.checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(byRole(root, 'link', 'Enterprise Management Service Agreement'));
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(byRole(root, 'button', 'Submit'));

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root.querySelector('dialog[open]'), 'no dialog');
    expect(focused()).to.equal(dialogButton(el, 'OK'));
    await sendKeys({ press: 'Enter' });
    await sent(el);
    await waitUntil(() => focused()?.textContent === 'Invitation sent', 'focus not on the result');

    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(byRole(root, 'button', 'Invite another account'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused() === accountInput(el), 'focus not on the account');
  });

  it('submits the form with Enter in the account field', async () => {
    const el = await mount('acme-group');
    await fillEligible(el);
    accountInput(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(el).querySelector('dialog[open]'), 'no dialog');
  });
});
