import { isEnterpriseCenterError } from '@enterprise-center/sdk';
import type { ChecklistItem } from '../shared/conditions.js';
import { isRetryable } from '../shared/describe-error.js';
import type { Agreement, CreateInvitationInput, Invitation } from '@enterprise-center/sdk';
import type { InvitationSummary } from './confirm-dialog.js';

/** Where sending an invitation stands. */
export type SendState =
  | { kind: 'idle' }
  | { kind: 'confirming'; request: CreateInvitationInput; summary: InvitationSummary }
  | { kind: 'sending'; request: CreateInvitationInput; idempotencyKey: string }
  /** Failed; with `retryable`, Retry resends `request` with the same `idempotencyKey`. */
  | {
      kind: 'failed';
      request: CreateInvitationInput;
      idempotencyKey: string;
      error: unknown;
      retryable: boolean;
    }
  /** A host vetoed the request (`invitation-submit` was cancelled). */
  | { kind: 'vetoed' }
  | { kind: 'sent'; invitation: Invitation };

/** A server refusal of the invitation, by where the form shows it. */
export type SendRefusal =
  /**
   * EM.1001: the account fails conditions; EM.1002: a pending invitation to it already exists
   * (the condition `NO_PENDING_INVITATION`). Shown as its checklist.
   */
  | { kind: 'conditions'; checks: ChecklistItem[] }
  /** EM.1005: the agreements changed; the new ones must be accepted. */
  | { kind: 'agreements-changed'; agreements: Agreement[] }
  /** EM.1006: the organization unit no longer exists. */
  | { kind: 'org-gone' }
  /** Anything else: shown beside Submit (with Retry when sending again may help). */
  | { kind: 'other'; retryable: boolean };

/** Sorts a failure of `invitations.create` by where the form shows it. */
export function classifySendError(error: unknown): SendRefusal {
  if (isEnterpriseCenterError(error, 'EM.1001')) {
    // The server lists only the failed checks.
    const checks = (error.failedChecks ?? []).map((check): ChecklistItem => ({
      ...check,
      status: 'failed',
    }));
    return { kind: 'conditions', checks };
  }
  if (isEnterpriseCenterError(error, 'EM.1002')) {
    const check: ChecklistItem = { code: 'NO_PENDING_INVITATION', status: 'failed', message: '' };
    return { kind: 'conditions', checks: [check] };
  }
  if (isEnterpriseCenterError(error, 'EM.1005') && error.agreements?.length) {
    return { kind: 'agreements-changed', agreements: error.agreements };
  }
  if (isEnterpriseCenterError(error, 'EM.1006')) return { kind: 'org-gone' };
  return { kind: 'other', retryable: isRetryable(error) };
}
