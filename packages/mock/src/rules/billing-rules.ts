// Conditions 12–14 of API.md §4: how A buys and pays, compared with M.
import { inviteeRule, type Rule } from './facts.js';

/** 12. SAME_SALES_CHANNEL: A is a direct sales customer; applies when M is one. */
export const sameSalesChannel: Rule = inviteeRule(
  (a) => a.salesChannel === 'direct',
  ({ master }) => master.salesChannel === 'direct',
);

/** 13. MONTHLY_SETTLEMENT: A uses monthly settlement; applies when M does. */
export const monthlySettlement: Rule = inviteeRule(
  (a) => a.monthlySettlement,
  ({ master }) => master.monthlySettlement,
);

/** 14. SAME_PAYMENT_TYPE: A has the same payment type (prepaid / postpaid) as M. */
export const samePaymentType: Rule = inviteeRule(
  (a, { master }) => a.paymentType === master.paymentType,
);
