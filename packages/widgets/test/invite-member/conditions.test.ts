import { expect } from '@open-wc/testing';
import { backend, resetBackend } from '../support/backend.js';
import {
  beforeEach,
  checkAccount,
  describe,
  failedConditions,
  instrumentedClient,
  it,
  mount,
  shadow,
  textOf,
} from './helpers.js';

/** FIXTURES.md "Accounts to invite": what each account fails for acme-group, in words. */
const failuresForAcmeGroup: [account: string, failed: string[]][] = [
  ['no-such-account', ['The account exists']],
  ['maple-foods', ['No pending invitation']],
  ['zenith-corp', ['Not an enterprise master account']],
  ['kite-systems', ['Not a member of another master account']],
  ['frost-retail', ['Not frozen', 'Not suspended or frozen (unified accounting)']],
  ['harbor-hk', ['Same contracting party']],
  ['orbit-labs', ['No unpaid orders']],
  ['summit-support', ['No service support plan']],
  ['ruby-trading', ['No commercial discounts']],
  ['sol-partners', ['Not a solution partner']],
  ['channel-client', ['Direct sales customer']],
  ['ondemand-co', ['Monthly settlement', 'Monthly settlement (unified accounting)']],
  [
    'cash-first',
    ['Monthly settlement', 'Same payment type', 'Monthly settlement (unified accounting)'],
  ],
  ['techno-partner', ['Not a technology partner (unified accounting)']],
  ['dormant-co', ['Not suspended or frozen (unified accounting)']],
  ['solo-dev', ['Enterprise account with an enterprise name']],
];

describe('<invite-member> invitation conditions', () => {
  beforeEach(resetBackend);

  it('shows, for every failing fixture account, exactly the conditions it fails', async () => {
    const el = await mount('acme-group');
    for (const [account, failed] of failuresForAcmeGroup) {
      const status = await checkAccount(el, account);
      expect(status, account).to.equal(
        `${account} cannot be invited: ${failed.length} ${failed.length === 1 ? 'condition' : 'conditions'} not met.`,
      );
      expect(failedConditions(el), account).to.deep.equal(failed);
    }
  });

  it('says what is wrong and what the account owner can do for each failed condition', async () => {
    const el = await mount('acme-group');
    await checkAccount(el, 'orbit-labs');
    const row = textOf(shadow(el).querySelector('[part~="check-failed"]'));
    expect(row).to.include('No unpaid orders');
    expect(row).to.include('Failed');
    expect(row).to.include('The account has unpaid orders.');
    expect(row).to.include('The account owner pays or cancels the unpaid orders.');
  });

  it('lists the passed conditions that apply and leaves out those that do not', async () => {
    const el = await mount('acme-group');
    await checkAccount(el, 'no-such-account');
    // An unknown account: only ACCOUNT_EXISTS is evaluated, everything else is skipped.
    expect(shadow(el).querySelectorAll('[part~="check"]')).to.have.length(1);
    await checkAccount(el, 'acme-robotics');
    const passed = [...shadow(el).querySelectorAll('[part~="check-passed"] .check__label')].map(
      (label) => textOf(label),
    );
    expect(passed).to.include.members([
      'The account exists',
      'Not frozen',
      'Payment method allowed',
    ]);
    expect(passed).to.have.length(19);
    expect(textOf(shadow(el).querySelector('summary'))).to.equal('19 conditions met');
    expect(failedConditions(el)).to.deep.equal([]);
  });

  it('shows the member quota condition failing for a master whose slots ran out meanwhile', async () => {
    const el = await mount('acme-group');
    backend.control.updateAccount('acme-group', { memberQuota: 7 });
    await checkAccount(el, 'river-analytics');
    expect(failedConditions(el)).to.deep.equal(['A member slot is free']);
  });

  it('shows the server’s own message for a condition this version does not know', async () => {
    const { client } = instrumentedClient('acme-group', {
      rewrite: (path, body) =>
        path === '/invitations/precheck'
          ? {
              ...body,
              eligible: false,
              checks: [
                ...(body.checks as object[]),
                { code: 'NEW_RULE', status: 'failed', message: 'The account is on a new list.' },
              ],
            }
          : body,
    });
    const el = await mount('acme-group', { client });
    await checkAccount(el, 'acme-robotics');
    expect(failedConditions(el)).to.deep.equal(['Condition NEW_RULE']);
    expect(textOf(shadow(el).querySelector('[part~="check-failed"]'))).to.include(
      'The account is on a new list.',
    );
  });
});
