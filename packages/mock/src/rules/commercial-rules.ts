// Conditions 6–11 of API.md §4: contracts, orders, quota and programmes.
import { inviteeRule, type Rule } from './facts.js';

/** 6. SAME_CONTRACTING_PARTY: A has the same contracting party as M. */
export const sameContractingParty: Rule = inviteeRule(
  (a, { master }) => a.contractingParty === master.contractingParty,
);

/** 7. NO_UNPAID_ORDERS: A has no unpaid orders. */
export const noUnpaidOrders: Rule = inviteeRule((a) => a.unpaidOrders === 0);

/** 8. NO_SUPPORT_PLAN: A has purchased no service support plan. */
export const noSupportPlan: Rule = inviteeRule((a) => a.supportPlan === null);

/** 9. MEMBER_QUOTA_AVAILABLE: M's members + pending invitations < M's quota. */
export const memberQuotaAvailable: Rule = inviteeRule(
  (_a, { quota }) => quota.used + quota.pending < quota.max,
);

/** 10. NO_COMMERCIAL_DISCOUNT: A has no commercial discounts. */
export const noCommercialDiscount: Rule = inviteeRule((a) => !a.commercialDiscount);

/** 11. NOT_SOLUTION_PARTNER: A does not belong to a solution partner. */
export const notSolutionPartner: Rule = inviteeRule((a) => a.partnerProgramme !== 'solution');
