import type { CheckStatus, PaymentMethod } from '../wire.js';

/** Whether an account buys directly from Huawei Cloud or through a partner. */
export const SALES_CHANNELS = ['direct', 'partner'] as const;
export type SalesChannel = (typeof SALES_CHANNELS)[number];

/** How an account pays for resources. */
export const PAYMENT_TYPES = ['prepaid', 'postpaid'] as const;
export type PaymentType = (typeof PAYMENT_TYPES)[number];

/** The partner programme an account belongs to, if any. */
export const PARTNER_PROGRAMMES = ['solution', 'technology'] as const;
export type PartnerProgramme = (typeof PARTNER_PROGRAMMES)[number];

/** What the invitation conditions know about an account (FIXTURES.md "Accounts"). */
export interface AccountFacts {
  name: string;
  /** `null` for an individual account without an enterprise name. */
  enterpriseName: string | null;
  isMaster: boolean;
  /** The master account this account is a member of, or `null`. */
  masterName: string | null;
  frozen: boolean;
  suspended: boolean;
  contractingParty: string;
  unpaidOrders: number;
  /** The service support plan purchased, or `null`. */
  supportPlan: string | null;
  commercialDiscount: boolean;
  partnerProgramme: PartnerProgramme | null;
  salesChannel: SalesChannel;
  paymentType: PaymentType;
  monthlySettlement: boolean;
}

/** The inviting master account: its facts plus its enterprise settings. */
export interface MasterFacts extends AccountFacts {
  unifiedAccounting: boolean;
}

/** Everything one evaluation of the conditions looks at: plain data, no state. */
export interface RuleContext {
  master: MasterFacts;
  /** `null` when no account has the name asked for. */
  invitee: AccountFacts | null;
  /**
   * M's quota. `pending` counts M's pending invitations other than the one being acted on
   * (resent or accepted), so an invitation being accepted holds its own slot.
   */
  quota: { max: number; used: number; pending: number };
  /** Whether M has a pending invitation to A other than the one being acted on. */
  pendingInvitationToInvitee: boolean;
  /** The payment method chosen, or `null` when none was given (precheck). */
  paymentMethod: PaymentMethod | null;
  /** True when the invitee is accepting: NO_PENDING_INVITATION is then not evaluated. */
  accepting: boolean;
}

/** One condition: a pure function of the context. */
export type Rule = (context: RuleContext) => CheckStatus;

const always = (): boolean => true;

/**
 * Builds a rule about the invitee: `skipped` when the account does not exist or the condition
 * does not apply, otherwise `passed` or `failed` by `passes`.
 */
export function inviteeRule(
  passes: (invitee: AccountFacts, context: RuleContext) => boolean,
  applies: (context: RuleContext) => boolean = always,
): Rule {
  return (context) => {
    if (context.invitee === null || !applies(context)) return 'skipped';
    return passes(context.invitee, context) ? 'passed' : 'failed';
  };
}
