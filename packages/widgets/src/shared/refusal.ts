import {
  isEnterpriseCenterError,
  type Agreement,
  type EnterpriseCenterError,
  type InvitationStatus,
} from '@enterprise-center/sdk';
import { isAbortError } from './abort.js';
import type { ChecklistItem } from './conditions.js';

/**
 * How an element reacts to a failed call, whichever element and call it was (docs/widgets): the one
 * classification of SDK errors every element shares. Each element shows a kind where it belongs
 * (at a field, on a card, beside a button) and never classifies errors itself.
 */
export type Refusal =
  /** The element left the page (or a newer request replaced this one): nothing to show. */
  | { kind: 'aborted' }
  /** `APIG.0301`: the sign-in behind the client expired; the host signs in again, then `refresh()`. */
  | { kind: 'session-expired' }
  /**
   * `EM.1001`: the account fails conditions (the failed checks); `EM.1002`: an invitation to it is
   * pending already (the condition `NO_PENDING_INVITATION`, with that invitation's id).
   */
  | { kind: 'conditions'; checks: ChecklistItem[]; pendingInvitationId?: string }
  /** `EM.1005`: the agreements changed; these are the current ones. */
  | { kind: 'agreements-changed'; agreements: Agreement[] }
  /** `EM.1004`: the invitation is no longer pending (`status` is what it became). */
  | { kind: 'state-changed'; status: InvitationStatus }
  /** `EM.1003`: the invitation is gone, or not addressed to this account. */
  | { kind: 'gone' }
  /** `EM.1006`: the organization unit no longer exists. */
  | { kind: 'org-gone' }
  /** `CBC.0151`: the account may not do this (e.g. it is not an enterprise master account). */
  | { kind: 'forbidden' }
  /** The same request may succeed if sent again (network, timeout, throttling, 5xx). */
  | { kind: 'retryable' }
  /** Anything else: explained in words, not retried as is. */
  | { kind: 'failed' };

/** Failures worth offering a retry for: the request may succeed if sent again. */
function isRetryable(error: EnterpriseCenterError): boolean {
  return (
    ['NETWORK_ERROR', 'TIMEOUT', 'APIG.0308', 'CBC.0999'].includes(error.code) ||
    error.status >= 500
  );
}

/** Sorts any failure of an SDK call into what the user is shown. */
export function classifyRefusal(error: unknown): Refusal {
  if (isAbortError(error)) return { kind: 'aborted' };
  if (!isEnterpriseCenterError(error)) return { kind: 'failed' };
  if (error.code === 'APIG.0301') return { kind: 'session-expired' };
  if (isRetryable(error)) return { kind: 'retryable' };
  if (isEnterpriseCenterError(error, 'EM.1001')) {
    // The server lists only the failed checks.
    const checks = error.failedChecks.map((check): ChecklistItem => ({
      ...check,
      status: 'failed',
    }));
    return { kind: 'conditions', checks };
  }
  if (isEnterpriseCenterError(error, 'EM.1002')) {
    const check: ChecklistItem = { code: 'NO_PENDING_INVITATION', status: 'failed', message: '' };
    return { kind: 'conditions', checks: [check], pendingInvitationId: error.invitationId };
  }
  if (isEnterpriseCenterError(error, 'EM.1005') && error.agreements.length > 0) {
    return { kind: 'agreements-changed', agreements: error.agreements };
  }
  if (isEnterpriseCenterError(error, 'EM.1004')) {
    return { kind: 'state-changed', status: error.invitationStatus };
  }
  if (error.code === 'EM.1003') return { kind: 'gone' };
  if (error.code === 'EM.1006') return { kind: 'org-gone' };
  if (error.code === 'CBC.0151') return { kind: 'forbidden' };
  return { kind: 'failed' };
}
