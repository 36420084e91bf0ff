import type { CheckCode } from '../wire.js';

/** What a check says when it passed, failed, or did not apply. */
interface CheckMessages {
  passed: string;
  failed: string;
  /** Why the condition does not apply; rules that always apply have none. */
  notApplicable?: string;
}

/** Shown for every check but ACCOUNT_EXISTS when the account does not exist. */
export const NOT_EVALUATED_NO_ACCOUNT = 'Not evaluated: the account does not exist.';

const UA_NOT_APPLICABLE = 'Does not apply: the master account does not use unified accounting.';

/** Human-readable English for every check code (API.md §2.5 `message`). */
export const CHECK_MESSAGES: Record<CheckCode, CheckMessages> = {
  ACCOUNT_EXISTS: {
    passed: 'The account exists.',
    failed: 'No account with this name exists.',
  },
  ENTERPRISE_ACCOUNT: {
    passed: 'The account is an enterprise account with an enterprise name.',
    failed: 'The account is not an enterprise account with its enterprise name specified.',
  },
  NOT_MASTER_ACCOUNT: {
    passed: 'The account is not an enterprise master account.',
    failed: 'The account is an enterprise master account.',
  },
  NOT_ALREADY_MEMBER: {
    passed: 'The account is not a member of any master account.',
    failed: 'The account is already a member of a master account.',
  },
  NOT_FROZEN: {
    passed: 'The account is not frozen.',
    failed: 'The account is frozen.',
  },
  SAME_CONTRACTING_PARTY: {
    passed: 'The account has the same contracting party as the master account.',
    failed: 'The account has a different contracting party from the master account.',
  },
  NO_UNPAID_ORDERS: {
    passed: 'The account has no unpaid orders.',
    failed: 'The account has unpaid orders.',
  },
  NO_SUPPORT_PLAN: {
    passed: 'The account has no service support plan.',
    failed: 'The account has purchased a service support plan.',
  },
  MEMBER_QUOTA_AVAILABLE: {
    passed: 'The master account has a free member slot.',
    failed: 'The master account has reached its member quota (members and pending invitations).',
  },
  NO_COMMERCIAL_DISCOUNT: {
    passed: 'The account has no commercial discounts.',
    failed: 'The account has commercial discounts.',
  },
  NOT_SOLUTION_PARTNER: {
    passed: 'The account does not belong to a solution partner.',
    failed: 'The account belongs to a solution partner.',
  },
  SAME_SALES_CHANNEL: {
    passed: 'The account is a direct sales customer.',
    failed: 'The account is not a direct sales customer.',
    notApplicable: 'Does not apply: the master account is not a direct sales customer.',
  },
  MONTHLY_SETTLEMENT: {
    passed: 'The account uses monthly settlement.',
    failed: 'The account does not use monthly settlement.',
    notApplicable: 'Does not apply: the master account does not use monthly settlement.',
  },
  SAME_PAYMENT_TYPE: {
    passed: 'The account has the same payment type as the master account.',
    failed:
      'The account has a different payment type (prepaid or postpaid) from the master account.',
  },
  UA_MONTHLY_SETTLEMENT: {
    passed: 'The account uses monthly settlement, as unified accounting requires.',
    failed: 'Unified accounting requires monthly settlement, which the account does not use.',
    notApplicable: UA_NOT_APPLICABLE,
  },
  UA_NOT_TECHNOLOGY_PARTNER: {
    passed: 'The account does not belong to a technology partner.',
    failed: 'Unified accounting is not available for an account of a technology partner.',
    notApplicable: UA_NOT_APPLICABLE,
  },
  UA_NOT_SUSPENDED: {
    passed: 'The account is neither suspended nor frozen.',
    failed: 'Unified accounting requires an account that is neither suspended nor frozen.',
    notApplicable: UA_NOT_APPLICABLE,
  },
  NO_PENDING_INVITATION: {
    passed: 'The master account has no pending invitation to this account.',
    failed: 'The master account already has a pending invitation to this account.',
    notApplicable: 'Not evaluated at acceptance: this is the pending invitation.',
  },
  PAYMENT_METHOD_ALLOWED: {
    passed: 'The payment method is allowed for the master account.',
    failed: 'Unified accounting allows only paid_by_master.',
    notApplicable: 'Not evaluated: no payment method was chosen.',
  },
};
