import { isEnterpriseCenterError, type Agreement, type Invitation } from '@enterprise-center/sdk';
import { isAbortError } from '../shared/abort.js';
import { isRetryable } from '../shared/describe-error.js';

/** How the element reacts to a failed accept or decline. */
export type AnswerFailure =
  /** The element left the page: nothing to show. */
  | { kind: 'aborted' }
  /** EM.1004: the invitation is no longer pending (`status` is what it became). */
  | { kind: 'state-changed'; status: Invitation['status'] }
  /** EM.1003: the invitation is gone, or not addressed to this account. */
  | { kind: 'gone' }
  /** EM.1001: conditions checked again at acceptance failed. */
  | { kind: 'conditions'; checks: readonly { code: string; message: string }[] }
  /** EM.1005: the agreements changed; these are the current ones. */
  | { kind: 'agreements-changed'; agreements: Agreement[] }
  /** Sending the same request again (same idempotency key) may succeed. */
  | { kind: 'retryable' }
  /** Anything else: explained in words, not retried as is. */
  | { kind: 'failed' };

/** Sorts an SDK failure into what the invitee is shown. */
export function classifyFailure(error: unknown): AnswerFailure {
  if (isAbortError(error)) return { kind: 'aborted' };
  if (isRetryable(error)) return { kind: 'retryable' };
  if (isEnterpriseCenterError(error, 'EM.1004')) {
    return { kind: 'state-changed', status: error.invitationStatus };
  }
  if (isEnterpriseCenterError(error, 'EM.1003')) return { kind: 'gone' };
  if (isEnterpriseCenterError(error, 'EM.1001')) {
    return { kind: 'conditions', checks: error.failedChecks };
  }
  if (isEnterpriseCenterError(error, 'EM.1005')) {
    return { kind: 'agreements-changed', agreements: error.agreements };
  }
  return { kind: 'failed' };
}
