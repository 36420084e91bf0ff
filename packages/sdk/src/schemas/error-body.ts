import * as z from './zod.js';
import { Agreement } from './agreement.js';
import { InvitationStatus } from './invitation.js';
import { camelize } from './primitives.js';

/** A failed invitation condition carried by `EM.1001`. */
export const FailedCheck = z.object({ code: z.string(), message: z.string() });
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
  z.object(
    {
      error_code: z.string(),
      error_msg: z.string(),
      request_id: z.optional(z.string()),
      failed_checks: z.optional(z.array(FailedCheck)),
      invitation_id: z.optional(z.string()),
      status: z.optional(InvitationStatus),
      agreements: z.optional(z.array(Agreement)),
    },
    z.refine((body) => (REQUIRED_EXTRA[body.error_code] ?? 'error_code') in body),
  ),
  z.transform(({ status, ...body }) =>
    camelize({ ...body, ...(status && { invitation_status: status }) }),
  ),
);
export type ErrorBody = z.output<typeof ErrorBody>;
