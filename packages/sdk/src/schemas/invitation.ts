import * as z from 'zod/mini';
import { Agreement } from './agreement.js';
import { InvitationId, IsoTime, displayText, integer, openEnum, wireObject } from './primitives.js';

export const INVITATION_STATUSES = [
  'pending',
  'accepted',
  'declined',
  'cancelled',
  'expired',
] as const;

export const PAYMENT_METHODS = ['paid_by_master', 'paid_by_member'] as const;

/** Where an invitation is in its life cycle (`'unknown'` for a status this SDK does not know). */
export const InvitationStatus = openEnum(INVITATION_STATUSES);
export type InvitationStatus = z.output<typeof InvitationStatus>;

/** Who pays the member's expenditure (`'unknown'` for a method this SDK does not know). */
export const PaymentMethod = openEnum(PAYMENT_METHODS);
export type PaymentMethod = z.output<typeof PaymentMethod>;

/**
 * An invitation from a master account to an existing account. `enterpriseName`, `orgName` and
 * `notes` are display fields: `null` when the server has none (API.md §1).
 */
export const Invitation = wireObject({
  id: InvitationId,
  status: InvitationStatus,
  master_account_id: z.string(),
  master_account_name: z.string(),
  enterprise_name: displayText,
  invitee_account_id: z.string(),
  invitee_account_name: z.string(),
  org_id: z.string(),
  org_name: displayText,
  payment_method: PaymentMethod,
  unified_accounting: z.boolean(),
  notes: displayText,
  /** What the invitee must accept to join. */
  agreements: z.array(Agreement),
  created_at: IsoTime,
  updated_at: IsoTime,
  expired_at: IsoTime,
});
export type Invitation = z.output<typeof Invitation>;

/** The `{ "invitation": … }` body of the single-invitation endpoints, unwrapped. */
export const InvitationEnvelope = z.pipe(
  z.object({ invitation: Invitation }),
  z.transform((body) => body.invitation),
);

/** One page of `invitations.list` or `receivedInvitations.list`. */
export const InvitationPage = wireObject({
  total_count: integer(),
  invitations: z.array(Invitation),
});
export type InvitationPage = z.output<typeof InvitationPage>;
