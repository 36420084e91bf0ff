import type { CheckCode, WireCheck } from '../wire.js';
import {
  accountExists,
  enterpriseAccount,
  notAlreadyMember,
  notFrozen,
  notMasterAccount,
} from './account-rules.js';
import { monthlySettlement, samePaymentType, sameSalesChannel } from './billing-rules.js';
import {
  memberQuotaAvailable,
  noCommercialDiscount,
  noSupportPlan,
  noUnpaidOrders,
  notSolutionPartner,
  sameContractingParty,
} from './commercial-rules.js';
import type { Rule, RuleContext } from './facts.js';
import { noPendingInvitation, paymentMethodAllowed } from './invitation-rules.js';
import { CHECK_MESSAGES, NOT_EVALUATED_NO_ACCOUNT } from './messages.js';
import {
  uaMonthlySettlement,
  uaNotSuspended,
  uaNotTechnologyPartner,
} from './unified-accounting-rules.js';

/** A condition of API.md §4 with the function that evaluates it. */
export interface ConditionRule {
  code: CheckCode;
  check: Rule;
}

/** Every condition, in API.md §4's order. */
export const CONDITION_RULES: readonly ConditionRule[] = [
  { code: 'ACCOUNT_EXISTS', check: accountExists },
  { code: 'ENTERPRISE_ACCOUNT', check: enterpriseAccount },
  { code: 'NOT_MASTER_ACCOUNT', check: notMasterAccount },
  { code: 'NOT_ALREADY_MEMBER', check: notAlreadyMember },
  { code: 'NOT_FROZEN', check: notFrozen },
  { code: 'SAME_CONTRACTING_PARTY', check: sameContractingParty },
  { code: 'NO_UNPAID_ORDERS', check: noUnpaidOrders },
  { code: 'NO_SUPPORT_PLAN', check: noSupportPlan },
  { code: 'MEMBER_QUOTA_AVAILABLE', check: memberQuotaAvailable },
  { code: 'NO_COMMERCIAL_DISCOUNT', check: noCommercialDiscount },
  { code: 'NOT_SOLUTION_PARTNER', check: notSolutionPartner },
  { code: 'SAME_SALES_CHANNEL', check: sameSalesChannel },
  { code: 'MONTHLY_SETTLEMENT', check: monthlySettlement },
  { code: 'SAME_PAYMENT_TYPE', check: samePaymentType },
  { code: 'UA_MONTHLY_SETTLEMENT', check: uaMonthlySettlement },
  { code: 'UA_NOT_TECHNOLOGY_PARTNER', check: uaNotTechnologyPartner },
  { code: 'UA_NOT_SUSPENDED', check: uaNotSuspended },
  { code: 'NO_PENDING_INVITATION', check: noPendingInvitation },
  { code: 'PAYMENT_METHOD_ALLOWED', check: paymentMethodAllowed },
];

/** Evaluates every condition, in §4's order, with the message for each outcome. */
export function evaluateConditions(context: RuleContext): WireCheck[] {
  return CONDITION_RULES.map(({ code, check }) => {
    const status = check(context);
    const messages = CHECK_MESSAGES[code];
    let message: string;
    if (status !== 'skipped') message = messages[status];
    else if (context.invitee === null) message = NOT_EVALUATED_NO_ACCOUNT;
    else message = messages.notApplicable ?? NOT_EVALUATED_NO_ACCOUNT;
    return { code, status, message };
  });
}

/** The failed checks as `EM.1001`'s `failed_checks` lists them. */
export function failedChecks(checks: readonly WireCheck[]): { code: CheckCode; message: string }[] {
  return checks
    .filter((c) => c.status === 'failed')
    .map(({ code, message }) => ({ code, message }));
}
