/**
 * The JSON shapes of the wire contract (API.md §2), snake_case as sent. The fake backend builds
 * these from its state; `control.invitations()` returns them too. Display fields (API.md §1:
 * names shown only to people) are `string | null`: an account without an enterprise name sends
 * `null`.
 */

/** How a member's expenditure can be paid: the master pays, or the member pays its own. */
export const PAYMENT_METHODS = ['paid_by_master', 'paid_by_member'] as const;

/** How a member's expenditure is paid. */
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** Every invitation status of the life cycle. */
export const INVITATION_STATUSES = [
  'pending',
  'accepted',
  'declined',
  'cancelled',
  'expired',
] as const;

/** An invitation's status. */
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/** A check code of API.md §4 (`CONDITION_RULES` lists them in §4's order). */
export type CheckCode =
  | 'ACCOUNT_EXISTS'
  | 'ENTERPRISE_ACCOUNT'
  | 'NOT_MASTER_ACCOUNT'
  | 'NOT_ALREADY_MEMBER'
  | 'NOT_FROZEN'
  | 'SAME_CONTRACTING_PARTY'
  | 'NO_UNPAID_ORDERS'
  | 'NO_SUPPORT_PLAN'
  | 'MEMBER_QUOTA_AVAILABLE'
  | 'NO_COMMERCIAL_DISCOUNT'
  | 'NOT_SOLUTION_PARTNER'
  | 'SAME_SALES_CHANNEL'
  | 'MONTHLY_SETTLEMENT'
  | 'SAME_PAYMENT_TYPE'
  | 'UA_MONTHLY_SETTLEMENT'
  | 'UA_NOT_TECHNOLOGY_PARTNER'
  | 'UA_NOT_SUSPENDED'
  | 'NO_PENDING_INVITATION'
  | 'PAYMENT_METHOD_ALLOWED';

/** The outcome of one condition. */
export type CheckStatus = 'passed' | 'failed' | 'skipped';

/** API.md §2.5. */
export interface WireCheck {
  code: CheckCode;
  status: CheckStatus;
  message: string;
}

/** API.md §2.4. */
export interface WireAgreement {
  id: string;
  name: string;
  version: string;
  url: string;
}

/** API.md §2.2. */
export interface WireInvitation {
  id: string;
  status: InvitationStatus;
  master_account_id: string;
  master_account_name: string;
  enterprise_name: string | null;
  invitee_account_id: string;
  invitee_account_name: string;
  org_id: string;
  org_name: string | null;
  payment_method: PaymentMethod;
  unified_accounting: boolean;
  notes: string | null;
  agreements: WireAgreement[];
  created_at: string;
  updated_at: string;
  expired_at: string;
}

/** API.md §2.3. */
export interface WireAssociation {
  master_account_id: string;
  master_account_name: string;
  enterprise_name: string | null;
  org_id: string;
  org_name: string | null;
  payment_method: PaymentMethod;
  unified_accounting: boolean;
  associated_at: string;
}

/** API.md §2.1. */
export interface WireOrgNode {
  relation_id: string;
  id: string;
  name: string;
  child_nodes?: WireOrgNode[];
}
