// Conditions 15–17 of API.md §4: they apply only when M has unified accounting.
import { inviteeRule, type RuleContext, type Rule } from './facts.js';

const unifiedAccounting = ({ master }: RuleContext): boolean => master.unifiedAccounting;

/** 15. UA_MONTHLY_SETTLEMENT: A uses monthly settlement. */
export const uaMonthlySettlement: Rule = inviteeRule((a) => a.monthlySettlement, unifiedAccounting);

/** 16. UA_NOT_TECHNOLOGY_PARTNER: A does not belong to a technology partner. */
export const uaNotTechnologyPartner: Rule = inviteeRule(
  (a) => a.partnerProgramme !== 'technology',
  unifiedAccounting,
);

/** 17. UA_NOT_SUSPENDED: A is neither suspended nor frozen. */
export const uaNotSuspended: Rule = inviteeRule(
  (a) => !a.suspended && !a.frozen,
  unifiedAccounting,
);
