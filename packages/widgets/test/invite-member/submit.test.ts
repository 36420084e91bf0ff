import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { formatDateTime } from '../../src/shared/format.js';
import type { InvitationFailedEvent } from '../../src/shared/events.js';
import type { InvitationSubmitEvent } from '../../src/invite-member/events.js';
import type { InviteMember } from '../../src/invite-member/invite-member.js';
import { backend, requestsTo, resetBackend } from '../support/backend.js';
import { squash } from '../support/queries.js';
import {
  acceptAgreements,
  accountInput,
  accountStatus,
  allByRole,
  beforeEach,
  byRole,
  checkAccount,
  chooseUnit,
  deepActiveElement,
  describe,
  dialogButton,
  failedConditions,
  fill,
  fillEligible,
  instrumentedClient,
  it,
  mount,
  sendEligible,
  sent,
  shadow,
  submitAndConfirmDialog,
  textOf,
  clientAs,
} from './helpers.js';

const pendingTo = (account: string) =>
  backend.control.invitations({ from: 'acme-group', to: account, status: 'pending' });

/** The account field: its textbox, status line and conditions. */
const accountField = (el: InviteMember) => shadow(el).querySelector('[part~="account-field"]')!;

/**
 * The one sentence saying that the account cannot be invited; fails when the element says so
 * twice (a second error above or below the checklist) or shows validation feedback beside it.
 */
function saysOnce(el: InviteMember): string {
  const sentences = textOf(shadow(el)).match(/[^.:]*cannot be invited[^.]*\./g) ?? [];
  expect(sentences, 'sentences saying the account cannot be invited').to.have.length(1);
  expect(accountField(el).querySelector('[part~="feedback"]')).to.equal(null);
  return sentences[0]!.trim();
}

/** What a screen reader reads as the description of `control` (its aria-describedby). */
const descriptionOf = (control: HTMLElement): string =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => textOf((control.getRootNode() as ShadowRoot).getElementById(id)))
    .join(' ');

const transIds = (requests: { method: string; path: string; body: string }[]) =>
  requests
    .filter((r) => r.method === 'POST' && r.path === '/invitations')
    .map((r) => (JSON.parse(r.body) as { trans_id?: string }).trans_id);

describe('<invite-member> submitting', () => {
  beforeEach(resetBackend);

  it('invites an eligible account: check, choose, agree, Submit, OK, success', async () => {
    const el = await mount('acme-group');
    await fillEligible(el);
    const dialog = await submitAndConfirmDialog(el);
    const summary = textOf(dialog);
    expect(summary).to.include('Send this invitation?');
    expect(summary).to.include('Account acme-robotics (Acme Robotics Pte. Ltd.)');
    expect(summary).to.include('Organization unit Acme Group › Engineering');
    expect(summary).to.include('Payment method Paid by the master account');
    expect(summary).to.include('Valid for 14 days');

    const sentEvent = oneEvent(el, 'invitation-sent');
    dialogButton(el, 'OK').click();
    const { detail: invitation } = await sentEvent;
    await sent(el);

    expect(invitation.inviteeAccountName).to.equal('acme-robotics');
    expect(invitation.orgName).to.equal('Engineering');
    const text = textOf(shadow(el));
    expect(text).to.include('acme-robotics is invited to join Engineering.');
    // The moment it expires, with the time zone of that time (the user's own).
    const expiry = squash(formatDateTime('en', invitation.expiredAt));
    expect(expiry).to.match(/^[A-Z][a-z]{2} \d{1,2}, 20\d\d, \d{1,2}:\d\d [AP]M \S+$/);
    expect(text).to.include(
      `The invitation expires on ${expiry} unless the account owner responds.`,
    );
    const [stored] = pendingTo('acme-robotics');
    expect(stored).to.include({
      id: invitation.id,
      org_name: 'Engineering',
      payment_method: 'paid_by_master',
    });
    expect(deepActiveElement()?.textContent).to.equal('Invitation sent');
  });

  it('sends the notes typed, counting their characters', async () => {
    const el = await mount('acme-group');
    await fillEligible(el);
    const notes = byRole<HTMLTextAreaElement>(shadow(el), 'textbox', 'Notes (optional)');
    expect(notes.maxLength).to.equal(1024);
    fill(notes, 'Welcome to Acme!');
    await el.updateComplete;
    expect(textOf(shadow(el))).to.include('16 of 1024 characters');
    await submitAndConfirmDialog(el);
    dialogButton(el, 'OK').click();
    await sent(el);
    expect(pendingTo('acme-robotics')[0]?.notes).to.equal('Welcome to Acme!');
  });

  it('starts over with "Invite another account": empty form, focus on the account', async () => {
    const el = await mount('acme-group');
    await sendEligible(el);
    byRole(shadow(el), 'button', 'Invite another account').click();
    await el.updateComplete;
    expect(accountInput(el).value).to.equal('');
    expect(deepActiveElement()).to.equal(accountInput(el));
    expect(byRole<HTMLInputElement>(shadow(el), 'checkbox', 'I have read').checked).to.equal(false);
    expect(textOf(shadow(el).querySelector('[part~="quota"]'))).to.equal(
      'Member quota: 6 of 10 used, 2 pending',
    );
    // The account just invited now fails NO_PENDING_INVITATION: the cache was not trusted.
    await checkAccount(el, 'acme-robotics');
    expect(failedConditions(el)).to.deep.equal(['No pending invitation']);
  });

  it('starts the next invitation when the host sets account-name after a sent one', async () => {
    const el = await mount('acme-group');
    await sendEligible(el);
    el.accountName = 'orbit-labs';
    await waitUntil(() => failedConditions(el).length > 0, 'no check of the new account');
    expect(accountInput(el).value).to.equal('orbit-labs');
    expect(failedConditions(el)).to.deep.equal(['No unpaid orders']);
    expect(textOf(shadow(el))).not.to.include('Invitation sent');
  });

  it('startOver() from the success panel gives the form back with the account typed in', async () => {
    const el = await mount('acme-group');
    await sendEligible(el);
    el.startOver('river-analytics');
    await waitUntil(() => accountStatus(el).includes('river-analytics'), 'no check shown');
    await waitUntil(() => !accountStatus(el).startsWith('Checking'), 'check never finished');
    expect(accountInput(el).value).to.equal('river-analytics');
    expect(failedConditions(el)).to.deep.equal([]);
    expect(byRole<HTMLInputElement>(shadow(el), 'checkbox', 'I have read').checked).to.equal(false);
  });

  it('explains what is missing on Submit and moves focus to the first problem', async () => {
    const el = await mount('acme-group');
    const submit = byRole(shadow(el), 'button', 'Submit');
    submit.click();
    await el.updateComplete;
    const text = textOf(shadow(el));
    expect(text).to.include('Choose the organization unit the account will join.');
    expect(text).to.include('Enter the name of the account to invite.');
    expect(text).to.include('Read and accept the agreements to continue.');
    const select = byRole(shadow(el), 'combobox', 'Organization unit');
    expect(deepActiveElement()).to.equal(select);
    expect(select.getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(el).querySelector('dialog[open]')).to.equal(null);

    chooseUnit(el, 'Engineering');
    submit.click();
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(accountInput(el));

    await checkAccount(el, 'frost-retail');
    submit.click();
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(accountInput(el));
    expect(accountInput(el).getAttribute('aria-invalid')).to.equal('true');

    await checkAccount(el, 'acme-robotics');
    submit.click();
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(byRole(shadow(el), 'checkbox', 'I have read and agree'));
    expect(requestsTo('/invitations')).to.have.length(0);
  });

  it('says once why the account cannot be invited when Submit is pressed: what failed, what to do', async () => {
    const el = await mount('acme-group');
    chooseUnit(el, 'Engineering');
    acceptAgreements(el);
    await checkAccount(el, 'frost-retail');
    const field = accountField(el);
    const before = textOf(field);
    byRole(shadow(el), 'button', 'Submit').click();
    await el.updateComplete;
    // Submit adds no second error: the status line and the checklist already say it all.
    expect(textOf(field)).to.equal(before);
    expect(saysOnce(el)).to.equal('frost-retail cannot be invited: 2 conditions not met.');
    expect(failedConditions(el)).to.deep.equal([
      'Not frozen',
      'Not suspended or frozen (unified accounting)',
    ]);
    expect(before).to.include('The account is frozen. The account owner has the account unfrozen');
    const input = accountInput(el);
    expect(deepActiveElement()).to.equal(input);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(descriptionOf(input)).to.include(
      'frost-retail cannot be invited: 2 conditions not met.',
    );
    expect(textOf(shadow(el).querySelector('[part~="submit-status"]'))).to.equal('');
  });

  it('says once that the account could not be checked when Submit is pressed', async () => {
    const el = await mount('acme-group', { client: instrumentedClient('acme-group').client });
    chooseUnit(el, 'Engineering');
    backend.faults.failNext({ type: 'status', status: 500 }, { path: '/invitations/precheck' });
    fill(accountInput(el), 'acme-robotics');
    await waitUntil(() => accountStatus(el).startsWith('The account could not be checked.'));
    const before = textOf(accountField(el));
    byRole(shadow(el), 'button', 'Submit').click();
    await el.updateComplete;
    expect(textOf(accountField(el))).to.equal(before);
    expect(textOf(shadow(el)).match(/could not be checked/g)).to.have.length(1);
    expect(accountField(el).querySelector('[part~="feedback"]')).to.equal(null);
    expect(accountInput(el).getAttribute('aria-invalid')).to.equal('true');
    expect(deepActiveElement()).to.equal(accountInput(el));
  });

  it('asks for a payment method when the master has a choice', async () => {
    const el = await mount('zenith-corp');
    await checkAccount(el, 'river-analytics');
    acceptAgreements(el);
    byRole(shadow(el), 'button', 'Submit').click();
    await el.updateComplete;
    expect(textOf(shadow(el))).to.include('Choose how the member account’s expenditure is paid.');
    expect(deepActiveElement()).to.equal(byRole(shadow(el), 'radio', 'Paid by the master account'));
  });

  it('returns to the untouched form on Cancel, focus on Submit, nothing sent', async () => {
    const el = await mount('acme-group');
    await fillEligible(el);
    const dialog = await submitAndConfirmDialog(el);
    dialogButton(el, 'Cancel').click();
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(deepActiveElement()).to.equal(byRole(shadow(el), 'button', 'Submit'));
    expect(accountInput(el).value).to.equal('acme-robotics');
    expect(byRole<HTMLInputElement>(shadow(el), 'checkbox', 'I have read').checked).to.equal(true);
    expect(requestsTo('/invitations')).to.have.length(0);
  });

  it('treats Escape in the dialog as Cancel', async () => {
    const el = await mount('acme-group');
    await fillEligible(el);
    const dialog = await submitAndConfirmDialog(el);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(byRole(shadow(el), 'button', 'Submit'));
    expect(requestsTo('/invitations')).to.have.length(0);
  });

  it('sends one invitation for a double click on OK', async () => {
    const el = await mount('acme-group');
    await fillEligible(el);
    await submitAndConfirmDialog(el);
    const ok = dialogButton(el, 'OK');
    ok.click();
    ok.click();
    byRole(shadow(el), 'button', 'Submit').click();
    await sent(el);
    expect(requestsTo('/invitations')).to.have.length(1);
    expect(pendingTo('acme-robotics')).to.have.length(1);
  });

  it('creates exactly one invitation when the response is lost and the user retries', async () => {
    const { client, requests } = instrumentedClient('acme-group');
    const el = await mount('acme-group', { client });
    await fillEligible(el);
    backend.faults.failNext({ type: 'drop' }, { method: 'POST', path: '/invitations' });
    const submits: InvitationSubmitEvent[] = [];
    el.addEventListener('invitation-submit', (event) => submits.push(event));
    const failed = oneEvent(el, 'invitation-failed');
    await submitAndConfirmDialog(el);
    dialogButton(el, 'OK').click();
    const { detail: error } = (await failed) as InvitationFailedEvent;
    expect((error as { code: string }).code).to.equal('NETWORK_ERROR');
    await el.updateComplete;
    expect(textOf(shadow(el))).to.include('The invitation could not be sent.');
    expect(textOf(shadow(el))).to.include('Retry is safe');
    expect(pendingTo('acme-robotics')).to.have.length(1); // the lost response's invitation

    byRole(shadow(el), 'button', 'Retry').click();
    await sent(el);
    expect(pendingTo('acme-robotics')).to.have.length(1);
    const keys = transIds(requests);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.be.a('string').and.equal(keys[1]);
    // The host could veto each send: invitation-submit came before both.
    expect(submits.map((event) => event.detail.accountName)).to.deep.equal([
      'acme-robotics',
      'acme-robotics',
    ]);
  });

  it('keeps every typed value and the idempotency key when retrying after a timeout', async () => {
    const { client, requests } = instrumentedClient('acme-group', { sendTimeout: 300 });
    const el = await mount('acme-group', { client });
    await fillEligible(el);
    fill(byRole<HTMLTextAreaElement>(shadow(el), 'textbox', 'Notes'), 'Hello');
    // The server is slow: the page gives up after 300 ms, the server still applies it later.
    // (A slow answer rather than the `timeout` fault: a request that never ends would outlive
    // the test and can keep the test runner from closing the page.)
    backend.faults.setLatency(800, { method: 'POST', path: '/invitations' });
    await submitAndConfirmDialog(el);
    dialogButton(el, 'OK').click();
    await waitUntil(() => textOf(shadow(el)).includes('The server took too long to answer.'));
    expect(accountInput(el).value).to.equal('acme-robotics');
    expect(byRole<HTMLTextAreaElement>(shadow(el), 'textbox', 'Notes').value).to.equal('Hello');
    expect(byRole<HTMLInputElement>(shadow(el), 'checkbox', 'I have read').checked).to.equal(true);

    backend.faults.setLatency(0);
    byRole(shadow(el), 'button', 'Retry').click();
    await sent(el);
    const keys = transIds(requests);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
    // Once the slow first request has been applied too, there is still one invitation.
    await waitUntil(() => requestsTo('/invitations').length === 2, 'the slow request never ended');
    expect(pendingTo('acme-robotics')).to.have.length(1);
  });

  it('uses a new idempotency key for each confirmed submit', async () => {
    const { client, requests } = instrumentedClient('acme-group');
    const el = await mount('acme-group', { client });
    for (const account of ['acme-robotics', 'river-analytics']) {
      await sendEligible(el, account);
      byRole(shadow(el), 'button', 'Invite another account').click();
      await el.updateComplete;
    }
    const [first, second] = transIds(requests);
    expect(first).to.match(/^[0-9a-f-]{36}$/);
    expect(second)
      .to.match(/^[0-9a-f-]{36}$/)
      .and.not.equal(first);
  });

  it('shows an account invited meanwhile by someone else as already invited (EM.1002)', async () => {
    const el = await mount('acme-group');
    await fillEligible(el);
    await submitAndConfirmDialog(el);
    const other = clientAs('acme-group');
    const [engineering] = pendingTo('maple-foods').map((i) => i.org_id);
    await other.invitations.create({
      accountName: 'acme-robotics',
      orgId: engineering ?? '',
      paymentMethod: 'paid_by_master',
      agreements: [{ id: 'em-service-agreement', version: '2025-02-25' }],
    });
    const failed = oneEvent(el, 'invitation-failed');
    dialogButton(el, 'OK').click();
    expect(((await failed).detail as { code: string }).code).to.equal('EM.1002');
    await el.updateComplete;
    expect(accountStatus(el)).to.equal('acme-robotics cannot be invited: 1 condition not met.');
    expect(failedConditions(el)).to.deep.equal(['No pending invitation']);
    expect(deepActiveElement()).to.equal(accountInput(el));
    expect(pendingTo('acme-robotics')).to.have.length(1);
  });

  it('shows once, at the account, the conditions the server found failing (EM.1001)', async () => {
    const el = await mount('acme-group');
    await fillEligible(el);
    await submitAndConfirmDialog(el);
    backend.control.updateAccount('acme-robotics', { frozen: true });
    dialogButton(el, 'OK').click();
    await waitUntil(() => accountStatus(el).includes('cannot be invited'));
    // No "could not be sent" beside Submit as well: the account field says what failed.
    expect(saysOnce(el)).to.equal('acme-robotics cannot be invited: 2 conditions not met.');
    expect(textOf(shadow(el).querySelector('[part~="submit-status"]'))).to.equal('');
    expect(accountInput(el).getAttribute('aria-invalid')).to.equal('true');
    expect(failedConditions(el)).to.deep.equal([
      'Not frozen',
      'Not suspended or frozen (unified accounting)',
    ]);
    byRole(shadow(el), 'button', 'Submit').click();
    await el.updateComplete;
    expect(shadow(el).querySelector('dialog[open]')).to.equal(null);
  });

  it('asks to accept the agreements again when they changed before OK (EM.1005)', async () => {
    // This page loaded an older version of the service agreement than the server now requires.
    const { client } = instrumentedClient('acme-group', {
      rewrite: (path, body) =>
        path === '/invitation-settings'
          ? {
              ...body,
              agreements: (body.agreements as object[]).map((a) => ({
                ...a,
                version: '2024-01-01',
              })),
            }
          : body,
    });
    const el = await mount('acme-group', { client });
    const consent = () => byRole<HTMLInputElement>(shadow(el), 'checkbox', 'I have read and agree');
    expect(textOf(consent().labels?.[0])).to.include('(version 2024-01-01)');
    await fillEligible(el);
    await submitAndConfirmDialog(el);
    dialogButton(el, 'OK').click();
    await waitUntil(() => textOf(shadow(el)).includes('The agreements have changed'));
    expect(consent().checked).to.equal(false);
    expect(textOf(consent().labels?.[0])).to.include('(version 2025-02-25)');
    expect(deepActiveElement()).to.equal(consent());

    acceptAgreements(el);
    await submitAndConfirmDialog(el);
    dialogButton(el, 'OK').click();
    await sent(el);
    expect(pendingTo('acme-robotics')).to.have.length(1);
  });

  it('says at the unit that it no longer exists when the server refuses it (EM.1006)', async () => {
    const el = await mount('acme-group');
    chooseUnit(el, 'Finance');
    await checkAccount(el, 'acme-robotics');
    acceptAgreements(el);
    // Finance is removed on the server after the page loaded the tree.
    const snapshot = backend.snapshot();
    const org = snapshot.state.accounts['acme-group']?.enterprise?.org;
    if (!org) throw new Error('acme-group has no organization tree');
    org.children = org.children.filter((unit) => unit.name !== 'Finance');
    backend.restore(snapshot);

    await submitAndConfirmDialog(el);
    dialogButton(el, 'OK').click();
    const gone = 'This organization unit no longer exists. Choose another one.';
    await waitUntil(() => textOf(shadow(el)).includes(gone), 'no EM.1006 feedback');
    const units = byRole<HTMLSelectElement>(shadow(el), 'combobox', 'Organization unit');
    expect(deepActiveElement()).to.equal(units);
    expect(textOf(units.selectedOptions[0])).to.equal('Finance');
    expect(pendingTo('acme-robotics')).to.have.length(0);

    chooseUnit(el, 'Engineering');
    await el.updateComplete;
    expect(textOf(shadow(el))).not.to.include(gone);
    chooseUnit(el, 'Finance');
    await el.updateComplete;
    expect(textOf(shadow(el))).to.include(gone);
  });

  it('lets the host veto the request with invitation-submit', async () => {
    const el = await mount('acme-group');
    await fillEligible(el);
    const vetoed: InvitationSubmitEvent[] = [];
    el.addEventListener('invitation-submit', (event) => {
      vetoed.push(event);
      event.preventDefault();
    });
    await submitAndConfirmDialog(el);
    dialogButton(el, 'OK').click();
    await el.updateComplete;
    expect(vetoed).to.have.length(1);
    expect(vetoed[0]?.cancelable).to.equal(true);
    expect(vetoed[0]?.detail).to.deep.include({
      accountName: 'acme-robotics',
      paymentMethod: 'paid_by_master',
      agreements: [{ id: 'em-service-agreement', version: '2025-02-25' }],
    });
    expect(textOf(shadow(el))).to.include('The invitation was not sent.');
    expect(requestsTo('/invitations')).to.have.length(0);
  });

  it('explains a failure that a retry cannot fix, without offering Retry', async () => {
    const el = await mount('acme-group');
    await fillEligible(el);
    backend.faults.failNext(
      { type: 'status', status: 401 },
      { method: 'POST', path: '/invitations' },
    );
    await submitAndConfirmDialog(el);
    dialogButton(el, 'OK').click();
    await waitUntil(() => textOf(shadow(el)).includes('Your sign-in has expired'));
    expect(allByRole(shadow(el), 'button', 'Retry')).to.have.length(0);
  });
});
