// Conditions 18–19 of API.md §4: about this invitation rather than the account.
import type { PaymentMethod } from '../wire.js';
import { inviteeRule, type MasterFacts, type Rule } from './facts.js';

/** Whether M may choose `method`: unified accounting allows only `paid_by_master`. */
export function isPaymentMethodAllowed(
  master: Pick<MasterFacts, 'unifiedAccounting'>,
  method: PaymentMethod,
): boolean {
  return !master.unifiedAccounting || method === 'paid_by_master';
}

/** 18. NO_PENDING_INVITATION: M has no pending invitation to A; not evaluated at acceptance. */
export const noPendingInvitation: Rule = inviteeRule(
  (_a, context) => !context.pendingInvitationToInvitee,
  ({ accepting }) => !accepting,
);

/** 19. PAYMENT_METHOD_ALLOWED: the chosen method is allowed for M; applies when one is given. */
export const paymentMethodAllowed: Rule = inviteeRule(
  (_a, { master, paymentMethod }) =>
    paymentMethod !== null && isPaymentMethodAllowed(master, paymentMethod),
  ({ paymentMethod }) => paymentMethod !== null,
);
