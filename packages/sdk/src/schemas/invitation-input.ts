import * as z from 'zod/mini';
import { AcceptedAgreement } from './agreement.js';
import { INVITATION_STATUSES, PAYMENT_METHODS } from './invitation.js';
import { AccountName, OrgId, inputObject, pageQuery, text } from './primitives.js';

const RequestedStatus = z.enum(INVITATION_STATUSES);
const RequestedPaymentMethod = z.enum(PAYMENT_METHODS);

/** What `invitations.precheck` evaluates. */
export const PrecheckInput = inputObject({
  accountName: AccountName,
  orgId: z.optional(OrgId),
  paymentMethod: z.optional(RequestedPaymentMethod),
});
export type PrecheckInput = z.input<typeof PrecheckInput>;

/** What `invitations.create` sends; `agreements` are the versions the master accepted. */
export const CreateInvitationInput = inputObject({
  accountName: AccountName,
  orgId: OrgId,
  paymentMethod: RequestedPaymentMethod,
  agreements: z.array(AcceptedAgreement),
  /** Optional text for the invitee, at most 1024 characters. */
  notes: z.optional(z.nullable(text(0, 1024))),
});
export type CreateInvitationInput = z.input<typeof CreateInvitationInput>;

/** What `receivedInvitations.accept` sends: the agreement versions the invitee accepted. */
export const AcceptInvitationInput = z.object({ agreements: z.array(AcceptedAgreement) });
export type AcceptInvitationInput = z.input<typeof AcceptInvitationInput>;

/** Filters of `receivedInvitations.list`; `limit` is the page size. */
export const ReceivedInvitationQuery = z.object({
  ...pageQuery,
  status: z.optional(RequestedStatus),
});
export type ReceivedInvitationQuery = z.input<typeof ReceivedInvitationQuery>;

/** Filters of `invitations.list`; `limit` is the page size. */
export const InvitationQuery = inputObject({
  ...pageQuery,
  status: z.optional(RequestedStatus),
  orgId: z.optional(OrgId),
});
export type InvitationQuery = z.input<typeof InvitationQuery>;
