import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PrecheckCompletedEvent } from '../../src/invite-member/events.js';
import { backend, requestsTo, resetBackend } from '../support/backend.js';
import {
  accountInput,
  accountStatus,
  beforeEach,
  byRole,
  checkAccount,
  chooseUnit,
  describe,
  failedConditions,
  fill,
  instrumentedClient,
  it,
  mount,
  shadow,
  textOf,
} from './helpers.js';

const precheckBodies = (requests: { path: string; body: string }[]) =>
  requests
    .filter((r) => r.path === '/invitations/precheck')
    .map((r) => JSON.parse(r.body) as Record<string, string>);

describe('<invite-member> checking the account while typing', () => {
  beforeEach(resetBackend);

  it('sends one precheck for a burst of typing, after the user pauses', async () => {
    const { client, requests } = instrumentedClient('acme-group');
    // A pause this long between two keystrokes would end the burst; on a busy machine (the whole
    // suite in two browsers) synthetic typing has had gaps of more than 250 ms.
    const el = await mount('acme-group', { client, debounce: 600 });
    accountInput(el).focus();
    await sendKeys({ type: 'acme-robotics' });
    await waitUntil(() => accountStatus(el).includes('meets every condition'), 'no result', {
      timeout: 3000,
    });
    expect(precheckBodies(requests)).to.deep.equal([
      { account_name: 'acme-robotics', payment_method: 'paid_by_master' },
    ]);
  });

  it('says that it is checking while it waits for the answer', async () => {
    const el = await mount('acme-group');
    backend.faults.setLatency(300, { path: '/invitations/precheck' });
    fill(accountInput(el), 'acme-robotics');
    await el.updateComplete;
    expect(accountStatus(el)).to.equal('Checking whether acme-robotics can be invited…');
    await waitUntil(() => accountStatus(el).includes('meets every condition'));
  });

  it('never shows the answer for outdated input: a slow first answer loses to a fast second', async () => {
    const { client, requests } = instrumentedClient('acme-group');
    const el = await mount('acme-group', { client });
    const shown: string[] = [];
    el.addEventListener('precheck-completed', (event: PrecheckCompletedEvent) =>
      shown.push(event.detail.invitee?.accountName ?? '?'),
    );
    backend.faults.setLatency(600, { path: '/invitations/precheck' });
    fill(accountInput(el), 'frost-retail');
    await waitUntil(() => precheckBodies(requests).length === 1, 'the first check was not sent');
    backend.faults.setLatency(0);
    const status = await checkAccount(el, 'acme-robotics');
    expect(status).to.include('acme-robotics (Acme Robotics Pte. Ltd.) meets every condition');
    // The first request was abandoned; its slow answer never replaces the second.
    expect(requests[requests.length - 2]?.signal.aborted).to.equal(true);
    await aTimeout(700);
    expect(accountStatus(el)).to.equal(status);
    expect(failedConditions(el)).to.deep.equal([]);
    expect(textOf(shadow(el))).not.to.include('frost-retail');
    expect(shown).to.deep.equal(['acme-robotics']);
  });

  it('does not check the same input twice in a short time', async () => {
    const { client, requests } = instrumentedClient('acme-group');
    const el = await mount('acme-group', { client });
    await checkAccount(el, 'acme-robotics');
    await checkAccount(el, 'frost-retail');
    fill(accountInput(el), 'acme-robotics');
    await el.updateComplete;
    await el.updateComplete;
    expect(accountStatus(el)).to.include('acme-robotics (Acme Robotics Pte. Ltd.) meets');
    expect(precheckBodies(requests).map((body) => body.account_name)).to.deep.equal([
      'acme-robotics',
      'frost-retail',
    ]);
  });

  it('checks again, at once, when the payment method changes', async () => {
    const { client, requests } = instrumentedClient('zenith-corp');
    const el = await mount('zenith-corp', { client, debounce: 1000 });
    fill(accountInput(el), 'river-analytics');
    await waitUntil(() => precheckBodies(requests).length === 1, 'no first check', {
      timeout: 3000,
    });
    await waitUntil(() => accountStatus(el).includes('meets every condition'));
    byRole<HTMLInputElement>(shadow(el), 'radio', 'Paid by the member account').click();
    // No typing pause to wait for: far sooner than the 1 s debounce.
    await waitUntil(() => precheckBodies(requests).length === 2, 'no check after payment change', {
      timeout: 400,
    });
    const [zenithUnit] = [...shadow(el).querySelectorAll('option')].map((o) => o.value);
    expect(precheckBodies(requests)).to.deep.equal([
      { account_name: 'river-analytics', org_id: zenithUnit },
      { account_name: 'river-analytics', org_id: zenithUnit, payment_method: 'paid_by_member' },
    ]);
    await waitUntil(() => accountStatus(el).includes('meets every condition'));
  });

  it('checks again when the organization unit changes', async () => {
    const { client, requests } = instrumentedClient('acme-group');
    const el = await mount('acme-group', { client });
    chooseUnit(el, 'Engineering');
    await checkAccount(el, 'acme-robotics');
    chooseUnit(el, 'Finance');
    await waitUntil(() => precheckBodies(requests).length === 2, 'no check after unit change');
    const [first, second] = precheckBodies(requests);
    expect(first?.org_id).to.be.a('string');
    expect(second?.org_id).to.be.a('string').and.not.equal(first?.org_id);
  });

  it('fires precheck-completed with the result', async () => {
    const el = await mount('acme-group');
    const events: PrecheckCompletedEvent[] = [];
    el.addEventListener('precheck-completed', (event) => events.push(event));
    await checkAccount(el, 'orbit-labs');
    expect(events).to.have.length(1);
    expect(events[0]?.bubbles && events[0]?.composed).to.equal(true);
    expect(events[0]?.detail.eligible).to.equal(false);
    expect(events[0]?.detail.checks.find((c) => c.code === 'NO_UNPAID_ORDERS')?.status).to.equal(
      'failed',
    );
  });

  it('explains a check that could not be made, and checks again on request', async () => {
    const { client } = instrumentedClient('acme-group');
    const el = await mount('acme-group', { client });
    backend.faults.failNext({ type: 'status', status: 500 }, { path: '/invitations/precheck' });
    fill(accountInput(el), 'acme-robotics');
    await waitUntil(() => accountStatus(el).startsWith('The account could not be checked.'));
    byRole(shadow(el), 'button', 'Check again').click();
    await waitUntil(() => accountStatus(el).includes('meets every condition'));
  });

  it('does not check an account name longer than 64 characters, and says why on leaving', async () => {
    const el = await mount('acme-group');
    const input = accountInput(el);
    input.focus();
    fill(input, 'x'.repeat(65));
    input.blur();
    await el.updateComplete;
    expect(textOf(shadow(el))).to.include('An account name has at most 64 characters.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    await aTimeout(100);
    expect(requestsTo('/invitations/precheck')).to.have.length(0);
  });
});

describe('<invite-member> payment methods', () => {
  beforeEach(resetBackend);

  it('disables "paid by the member account" under unified accounting and says why', async () => {
    const el = await mount('acme-group');
    const group = byRole(shadow(el), 'group', 'Payment method');
    const byMaster = byRole<HTMLInputElement>(group, 'radio', 'Paid by the master account');
    const byMember = byRole<HTMLInputElement>(group, 'radio', 'Paid by the member account');
    expect(byMaster.checked && !byMaster.disabled).to.equal(true);
    expect(byMember.disabled).to.equal(true);
    const reason = shadow(el).getElementById(byMember.getAttribute('aria-describedby') ?? '');
    expect(textOf(reason)).to.include(
      'Not available: your enterprise uses unified accounting, which allows only “Paid by the master account”.',
    );
  });

  it('offers both methods to a master without unified accounting, preselecting neither', async () => {
    const el = await mount('zenith-corp');
    const radios = [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => [r.disabled, r.checked])).to.deep.equal([
      [false, false],
      [false, false],
    ]);
    expect(shadow(el).querySelector('[part~="association-terms"]')).to.equal(null);
  });

  it('shows what association means when the master has unified accounting', async () => {
    const el = await mount('acme-group');
    const terms = textOf(shadow(el).querySelector('[part~="association-terms"]'));
    expect(terms).to.include('What association means');
    expect(terms).to.include(
      'If the master account is suspended, the member account is suspended too.',
    );
  });
});
