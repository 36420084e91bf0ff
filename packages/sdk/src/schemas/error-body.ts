import * as z from 'zod/mini';
import { Agreement } from './agreement.js';
import { InvitationStatus } from './invitation.js';
import { camelize, displayText } from './primitives.js';

/** A failed invitation condition carried by `EM.1001`; `message` is a display field. */
export const FailedCheck = z.object({ code: z.string(), message: displayText });
export type FailedCheck = z.output<typeof FailedCheck>;

/** The extra field the contract gives each of these codes (API.md §1). */
const REQUIRED_EXTRA: Partial<Record<string, string>> = {
  'EM.1001': 'failed_checks',
  'EM.1002': 'invitation_id',
  'EM.1004': 'status',
  'EM.1005': 'agreements',
};

/**
 * An error body `{ error_code, error_msg, request_id?, …extras }` in camelCase, with `status`
 * (of `EM.1004`) renamed `invitationStatus`. A body that lacks the extra field its code must
 * carry does not match.
 */
export const ErrorBody = z.pipe(
  z
    .object({
      error_code: z.string(),
      error_msg: z.string(),
      request_id: z.optional(z.string()),
      failed_checks: z.optional(z.array(FailedCheck)),
      invitation_id: z.optional(z.string()),
      status: z.optional(InvitationStatus),
      agreements: z.optional(z.array(Agreement)),
    })
    .check(
      z.refine((body) => (REQUIRED_EXTRA[body.error_code] ?? 'error_code') in body, {
        error: 'expected the extra field of its error_code',
      }),
    ),
  z.transform(({ status, ...body }) =>
    camelize({ ...body, ...(status && { invitation_status: status }) }),
  ),
);
export type ErrorBody = z.output<typeof ErrorBody>;
