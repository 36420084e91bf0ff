// The contract's parameters, each as a reader (API.md §1–§3).
import { INVITATION_STATUSES, PAYMENT_METHODS } from '../wire.js';
import { arrayOf, integer, object, oneOf, optional, text, uuid } from './readers.js';

/** `account_name`: 1–64 characters. */
export const accountName = text(64);

/** `notes`: up to 1024 characters, or `null`. */
export const notes = optional(text(1024, undefined, 0), null);

/** `payment_method`. */
export const paymentMethod = oneOf(PAYMENT_METHODS);

/** An invitation `status` filter. */
export const invitationStatus = oneOf(INVITATION_STATUSES);

const invitationId = text(36, /^inv-[0-9a-z]{8,32}$/);

/** The `{invitation_id}` path parameter. */
export const invitationIdParam = (params: Record<string, string>): string =>
  invitationId(params.invitation_id, 'invitation_id');

/** `agreements` sent as accepted: `[{ id, version }]`. */
export const acceptedAgreements = arrayOf(object({ id: text(64), version: text(64) }), 20);

/** A `0`/`1` query flag (`recursive_query`, `fuzzy_query`), `'0'` when absent. */
export const flag = optional(oneOf(['0', '1'] as const), '0' as const);

/** `offset` (≥ 0, default 0) and `limit` (1–100, default 10). */
export const page = {
  offset: optional(integer(0, 2_147_483_647), 0),
  limit: optional(integer(1, 100), 10),
};

/** `trans_id`: an optional UUID. */
export const transId = optional(uuid);
