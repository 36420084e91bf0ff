import type { Agreement } from '../schemas/agreement.js';
import type { FailedCheck } from '../schemas/error-body.js';
import type { InvitationStatus } from '../schemas/invitation.js';

/** The fields an {@link EnterpriseCenterError} is made of. */
export interface ErrorInit {
  /** Wire `error_code`, a client code (`NETWORK_ERROR`…) or `HTTP_<status>`. */
  code: string;
  /** HTTP status, or 0 when there was no HTTP response. */
  status?: number;
  /** `X-Request-Id` of the response (or the body's `request_id`), to quote to support. */
  requestId?: string | undefined;
  /** The underlying failure; never a request, its headers or a credential. */
  cause?: unknown;
  /** `EM.1001`: the conditions that failed. */
  failedChecks?: FailedCheck[];
  /** `EM.1002`: the id of the pending invitation that exists already. */
  invitationId?: string;
  /** `EM.1004`: the invitation's current status. */
  invitationStatus?: InvitationStatus;
  /** `EM.1005`: the agreements in force now. */
  agreements?: Agreement[];
  /** `APIG.0308`: seconds to wait, from `Retry-After` (1 when the server did not say). */
  retryAfter?: number;
}

/**
 * Every failure of an SDK call. Check with {@link isEnterpriseCenterError} (which also works for
 * errors from another copy of the SDK, where `instanceof` fails), then switch on `code`. The
 * typed extras of a code are set only on errors of that code; pass the code to the guard to
 * get them typed as present.
 */
export class EnterpriseCenterError extends Error {
  override readonly name: string = 'EnterpriseCenterError';
  /** See {@link ErrorInit.code}. */
  declare readonly code: string;
  /** See {@link ErrorInit.status}. */
  declare readonly status: number;
  /** See {@link ErrorInit.requestId}. */
  declare readonly requestId: string | undefined;
  /** See {@link ErrorInit.invitationId}. */
  declare readonly invitationId?: string;
  /** See {@link ErrorInit.invitationStatus}. */
  declare readonly invitationStatus?: InvitationStatus;
  /** See {@link ErrorInit.agreements}. */
  declare readonly agreements?: Agreement[];
  /** See {@link ErrorInit.retryAfter}. */
  declare readonly retryAfter?: number;

  constructor(message: string, { cause, ...fields }: ErrorInit) {
    super(message, cause === undefined ? undefined : { cause });
    Object.assign(this, { status: 0, requestId: undefined }, fields);
  }
}
