import * as z from 'zod/mini';
import { Invitation, PaymentMethod } from './invitation.js';
import { IsoTime, displayText, wireObject } from './primitives.js';

/** The link between a member account and its master account ("My Master Account"). */
export const Association = wireObject({
  master_account_id: z.string(),
  master_account_name: z.string(),
  enterprise_name: displayText,
  org_id: z.string(),
  org_name: displayText,
  payment_method: PaymentMethod,
  unified_accounting: z.boolean(),
  associated_at: IsoTime,
});
export type Association = z.output<typeof Association>;

/** What `receivedInvitations.accept` returns. */
export const AcceptResult = z.object({ invitation: Invitation, association: Association });
export type AcceptResult = z.output<typeof AcceptResult>;

/** The `{ "association": … | null }` body of `GET /master-account`, unwrapped. */
export const AssociationEnvelope = z.pipe(
  z.object({ association: z.nullable(Association) }),
  z.transform((body) => body.association),
);
