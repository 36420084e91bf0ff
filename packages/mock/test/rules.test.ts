import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  accountExists,
  enterpriseAccount,
  notAlreadyMember,
  notFrozen,
  notMasterAccount,
} from '../src/rules/account-rules.js';
import {
  monthlySettlement,
  samePaymentType,
  sameSalesChannel,
} from '../src/rules/billing-rules.js';
import {
  memberQuotaAvailable,
  noCommercialDiscount,
  noSupportPlan,
  noUnpaidOrders,
  notSolutionPartner,
  sameContractingParty,
} from '../src/rules/commercial-rules.js';
import { CONDITION_RULES, evaluateConditions } from '../src/rules/evaluate.js';
import { DEFAULT_FACTS } from '../src/seed/accounts.js';
import type { AccountFacts, MasterFacts, Rule, RuleContext } from '../src/rules/facts.js';
import { noPendingInvitation, paymentMethodAllowed } from '../src/rules/invitation-rules.js';
import {
  uaMonthlySettlement,
  uaNotSuspended,
  uaNotTechnologyPartner,
} from '../src/rules/unified-accounting-rules.js';

/** An account that passes every rule: FIXTURES.md's default facts. */
const account: AccountFacts = {
  name: 'some-account',
  enterpriseName: 'Some Account Ltd.',
  isMaster: false,
  masterName: null,
  ...DEFAULT_FACTS,
};

const uaMaster: MasterFacts = {
  ...account,
  name: 'a-master',
  isMaster: true,
  unifiedAccounting: true,
};

/** A context in which every condition applies and passes, changed by `patch`. */
function context(
  patch: Partial<Omit<RuleContext, 'invitee' | 'master'>> & {
    invitee?: Partial<AccountFacts> | null;
    master?: Partial<MasterFacts>;
  } = {},
): RuleContext {
  const { invitee, master, ...rest } = patch;
  return {
    master: { ...uaMaster, ...master },
    invitee: invitee === null ? null : { ...account, ...invitee },
    quota: { max: 10, used: 6, pending: 1 },
    pendingInvitationToInvitee: false,
    paymentMethod: 'paid_by_master',
    accepting: false,
    ...rest,
  };
}

describe('condition rules', () => {
  const ruleCases: { rule: Rule; name: string; failsWhen: Parameters<typeof context>[0] }[] = [
    {
      name: 'ENTERPRISE_ACCOUNT',
      rule: enterpriseAccount,
      failsWhen: { invitee: { enterpriseName: null } },
    },
    {
      name: 'NOT_MASTER_ACCOUNT',
      rule: notMasterAccount,
      failsWhen: { invitee: { isMaster: true } },
    },
    {
      name: 'NOT_ALREADY_MEMBER',
      rule: notAlreadyMember,
      failsWhen: { invitee: { masterName: 'nova-holdings' } },
    },
    { name: 'NOT_FROZEN', rule: notFrozen, failsWhen: { invitee: { frozen: true } } },
    {
      name: 'SAME_CONTRACTING_PARTY',
      rule: sameContractingParty,
      failsWhen: { invitee: { contractingParty: 'HWC-HK' } },
    },
    { name: 'NO_UNPAID_ORDERS', rule: noUnpaidOrders, failsWhen: { invitee: { unpaidOrders: 2 } } },
    {
      name: 'NO_SUPPORT_PLAN',
      rule: noSupportPlan,
      failsWhen: { invitee: { supportPlan: 'Business' } },
    },
    {
      name: 'MEMBER_QUOTA_AVAILABLE',
      rule: memberQuotaAvailable,
      failsWhen: { quota: { max: 10, used: 6, pending: 4 } },
    },
    {
      name: 'NO_COMMERCIAL_DISCOUNT',
      rule: noCommercialDiscount,
      failsWhen: { invitee: { commercialDiscount: true } },
    },
    {
      name: 'NOT_SOLUTION_PARTNER',
      rule: notSolutionPartner,
      failsWhen: { invitee: { partnerProgramme: 'solution' } },
    },
    {
      name: 'SAME_SALES_CHANNEL',
      rule: sameSalesChannel,
      failsWhen: { invitee: { salesChannel: 'partner' } },
    },
    {
      name: 'MONTHLY_SETTLEMENT',
      rule: monthlySettlement,
      failsWhen: { invitee: { monthlySettlement: false } },
    },
    {
      name: 'SAME_PAYMENT_TYPE',
      rule: samePaymentType,
      failsWhen: { invitee: { paymentType: 'prepaid' } },
    },
    {
      name: 'UA_MONTHLY_SETTLEMENT',
      rule: uaMonthlySettlement,
      failsWhen: { invitee: { monthlySettlement: false } },
    },
    {
      name: 'UA_NOT_TECHNOLOGY_PARTNER',
      rule: uaNotTechnologyPartner,
      failsWhen: { invitee: { partnerProgramme: 'technology' } },
    },
    { name: 'UA_NOT_SUSPENDED', rule: uaNotSuspended, failsWhen: { invitee: { suspended: true } } },
    {
      name: 'NO_PENDING_INVITATION',
      rule: noPendingInvitation,
      failsWhen: { pendingInvitationToInvitee: true },
    },
    {
      name: 'PAYMENT_METHOD_ALLOWED',
      rule: paymentMethodAllowed,
      failsWhen: { paymentMethod: 'paid_by_member' },
    },
  ];

  for (const { name, rule, failsWhen } of ruleCases) {
    it(`${name} passes for an eligible account, fails on its fact, and is skipped without an account`, () => {
      assert.equal(rule(context()), 'passed');
      assert.equal(rule(context(failsWhen)), 'failed');
      assert.equal(rule(context({ ...failsWhen, invitee: null })), 'skipped');
    });
  }

  it('ACCOUNT_EXISTS fails only when there is no account', () => {
    assert.equal(accountExists(context()), 'passed');
    assert.equal(accountExists(context({ invitee: null })), 'failed');
  });

  it('SAME_CONTRACTING_PARTY compares with the master, not with a fixed party', () => {
    const hk = { contractingParty: 'HWC-HK' };
    assert.equal(sameContractingParty(context({ invitee: hk, master: hk })), 'passed');
  });

  it('SAME_PAYMENT_TYPE compares with the master', () => {
    const prepaid = { paymentType: 'prepaid' as const };
    assert.equal(samePaymentType(context({ invitee: prepaid, master: prepaid })), 'passed');
  });

  it('SAME_SALES_CHANNEL is skipped when the master is not a direct sales customer', () => {
    const partner = { salesChannel: 'partner' as const };
    assert.equal(sameSalesChannel(context({ invitee: partner, master: partner })), 'skipped');
  });

  it('MONTHLY_SETTLEMENT is skipped when the master does not use monthly settlement', () => {
    const noMonthly = { monthlySettlement: false };
    assert.equal(monthlySettlement(context({ invitee: noMonthly, master: noMonthly })), 'skipped');
  });

  it('the UA_* rules are skipped when the master has no unified accounting', () => {
    const invitee = {
      monthlySettlement: false,
      partnerProgramme: 'technology' as const,
      suspended: true,
    };
    const master = { unifiedAccounting: false };
    for (const rule of [uaMonthlySettlement, uaNotTechnologyPartner, uaNotSuspended]) {
      assert.equal(rule(context({ invitee, master })), 'skipped');
    }
  });

  it('UA_NOT_SUSPENDED fails for a frozen account too', () => {
    assert.equal(uaNotSuspended(context({ invitee: { frozen: true } })), 'failed');
  });

  it('NOT_SOLUTION_PARTNER passes for a technology partner', () => {
    assert.equal(
      notSolutionPartner(context({ invitee: { partnerProgramme: 'technology' } })),
      'passed',
    );
  });

  it('MEMBER_QUOTA_AVAILABLE counts members and pending invitations against the quota', () => {
    assert.equal(
      memberQuotaAvailable(context({ quota: { max: 10, used: 6, pending: 3 } })),
      'passed',
    );
    assert.equal(
      memberQuotaAvailable(context({ quota: { max: 3, used: 3, pending: 0 } })),
      'failed',
    );
  });

  it('NO_PENDING_INVITATION is not evaluated at acceptance', () => {
    assert.equal(
      noPendingInvitation(context({ pendingInvitationToInvitee: true, accepting: true })),
      'skipped',
    );
  });

  it('PAYMENT_METHOD_ALLOWED is skipped without a payment method and allows both without unified accounting', () => {
    assert.equal(paymentMethodAllowed(context({ paymentMethod: null })), 'skipped');
    assert.equal(
      paymentMethodAllowed(
        context({ paymentMethod: 'paid_by_member', master: { unifiedAccounting: false } }),
      ),
      'passed',
    );
  });
});

describe('evaluateConditions', () => {
  it("lists every code in API.md §4's order", () => {
    const codes = evaluateConditions(context()).map((c) => c.code);
    assert.deepEqual(codes, [
      'ACCOUNT_EXISTS',
      'ENTERPRISE_ACCOUNT',
      'NOT_MASTER_ACCOUNT',
      'NOT_ALREADY_MEMBER',
      'NOT_FROZEN',
      'SAME_CONTRACTING_PARTY',
      'NO_UNPAID_ORDERS',
      'NO_SUPPORT_PLAN',
      'MEMBER_QUOTA_AVAILABLE',
      'NO_COMMERCIAL_DISCOUNT',
      'NOT_SOLUTION_PARTNER',
      'SAME_SALES_CHANNEL',
      'MONTHLY_SETTLEMENT',
      'SAME_PAYMENT_TYPE',
      'UA_MONTHLY_SETTLEMENT',
      'UA_NOT_TECHNOLOGY_PARTNER',
      'UA_NOT_SUSPENDED',
      'NO_PENDING_INVITATION',
      'PAYMENT_METHOD_ALLOWED',
    ]);
    assert.deepEqual(
      codes,
      CONDITION_RULES.map((r) => r.code),
    );
  });

  it('gives each outcome its own message', () => {
    const frozen = evaluateConditions(context({ invitee: { frozen: true } }));
    assert.deepEqual(
      frozen.find((c) => c.code === 'NOT_FROZEN'),
      {
        code: 'NOT_FROZEN',
        status: 'failed',
        message: 'The account is frozen.',
      },
    );
    const missing = evaluateConditions(context({ invitee: null }));
    assert.match(missing.find((c) => c.code === 'NOT_FROZEN')?.message ?? '', /does not exist/);
    const nonUa = evaluateConditions(context({ master: { unifiedAccounting: false } }));
    assert.match(
      nonUa.find((c) => c.code === 'UA_NOT_SUSPENDED')?.message ?? '',
      /unified accounting/,
    );
  });
});
