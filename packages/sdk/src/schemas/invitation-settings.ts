import * as z from 'zod/mini';
import { Agreement } from './agreement.js';
import { PaymentMethod } from './invitation.js';
import { displayText, integer, openEnum, wireObject } from './primitives.js';

/** Everything the invite form needs (`GET /invitation-settings`). */
export const InvitationSettings = wireObject({
  master_account: wireObject({
    id: z.string(),
    name: displayText,
    enterprise_name: displayText,
    unified_accounting: z.boolean(),
    monthly_settlement: z.boolean(),
    sales_channel: openEnum(['direct', 'partner']),
  }),
  member_quota: z.object({ max: integer(), used: integer(), pending: integer() }),
  payment_methods: z.array(
    z.object({ code: PaymentMethod, allowed: z.boolean(), reason: z.optional(z.string()) }),
  ),
  /** What the master must accept to invite. */
  agreements: z.array(Agreement),
  invitation_ttl_days: integer(),
});
export type InvitationSettings = z.output<typeof InvitationSettings>;
