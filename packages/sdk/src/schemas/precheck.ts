import * as z from 'zod/mini';
import { displayText, openEnum, wireObject } from './primitives.js';

/**
 * One invitation condition. `code` is kept as sent (e.g. `NOT_FROZEN`), also when this SDK does
 * not know it; `status` is `'unknown'` for a status it does not know; `message` is a display field.
 */
export const Check = z.object({
  code: z.string(),
  status: openEnum(['passed', 'failed', 'skipped']),
  message: displayText,
});
export type Check = z.output<typeof Check>;

/**
 * The result of `invitations.precheck`; `invitee` is `null` when the account does not exist, and
 * its `enterpriseName` is `null` when the account has none.
 */
export const PrecheckResult = z.object({
  eligible: z.boolean(),
  invitee: z.nullable(
    wireObject({ account_id: z.string(), account_name: z.string(), enterprise_name: displayText }),
  ),
  checks: z.array(Check),
});
export type PrecheckResult = z.output<typeof PrecheckResult>;
