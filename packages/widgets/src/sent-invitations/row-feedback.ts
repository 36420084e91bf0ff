import { html, nothing, type TemplateResult } from 'lit';
import type { Invitation } from '@enterprise-center/sdk';
import { renderChecklist } from '../shared/conditions.js';
import { describeError } from '../shared/describe-error.js';
import { classifyRefusal } from '../shared/refusal.js';
import type { UserAction } from '../shared/user-action.js';
import type { SentTranslator } from './messages.js';
import type { RowRequest } from './row-actions.js';
import { describeWhen } from './when.js';

/** How the outcome is wired into the row. */
export interface FeedbackOptions {
  /** `ref()` of the element focus goes to, when it goes to this row's outcome; else `nothing`. */
  focus: unknown;
  onRetry: (request: RowRequest) => void;
}

/**
 * An outcome box: its message (`id`, for what refers to it) and what follows it; `tabindex="-1"`
 * so that focus can be moved to it when the row changes.
 */
function box(
  variant: 'done' | 'info' | 'error',
  focus: unknown,
  message: string,
  more: { labelId?: string; extra?: unknown } = {},
): TemplateResult {
  return html`<div
    class=${`feedback feedback--${variant}`}
    part=${`feedback feedback-${variant}`}
    tabindex="-1"
    ${focus}
  >
    <p id=${more.labelId ?? nothing}>${message}</p>
    ${more.extra ?? nothing}
  </div>`;
}

/** What the server answered to a successful cancel or resend. */
function renderDone(t: SentTranslator, request: RowRequest, value: Invitation, focus: unknown) {
  const account = value.inviteeAccountName;
  if (request.action === 'cancel') return box('done', focus, t('sent.cancelled', { account }));
  const { relative, exact } = describeWhen(t.locale, value.expiredAt);
  return box('done', focus, t('sent.resent', { account, relative, exact }));
}

/** The sentence saying why an action on a row failed (also what the live region announces). */
export function failureMessage(t: SentTranslator, request: RowRequest, error: unknown): string {
  const { action, invitation } = request;
  const account = invitation.inviteeAccountName;
  const refusal = classifyRefusal(error);
  switch (refusal.kind) {
    case 'conditions':
      return t('sent.conditions', { account });
    case 'state-changed':
      return t(`sent.changed.${refusal.status === 'pending' ? 'unknown' : refusal.status}`, {
        account,
      });
    case 'gone':
      return t('sent.gone', { account });
    case 'aborted':
      return t(`sent.failed.${action}`, { account, reason: t('sent.interrupted') });
    default:
      return t(`sent.failed.${action}`, { account, reason: describeError(t, error) });
  }
}

/**
 * Why the last action on a row failed, where the user acted: the failed conditions (the shared
 * checklist, as `<invite-member>` shows them), what the invitation became meanwhile, or the
 * failure in words with a Retry when sending the same request again may help (it reuses the
 * idempotency key, so it never acts twice).
 */
function renderFailure(
  t: SentTranslator,
  request: RowRequest,
  error: unknown,
  { focus, onRetry }: FeedbackOptions,
): TemplateResult {
  const { action, invitation } = request;
  const message = failureMessage(t, request, error);
  const refusal = classifyRefusal(error);
  switch (refusal.kind) {
    case 'conditions': {
      const labelId = `conditions-${invitation.id}`;
      return box('error', focus, message, {
        labelId,
        extra: renderChecklist(t, refusal.checks, labelId),
      });
    }
    case 'state-changed':
    case 'gone':
      return box('info', focus, message);
    case 'retryable':
    case 'aborted': {
      const labelId = `failure-${invitation.id}`;
      return box('error', focus, message, {
        labelId,
        extra: html`<p class="hint">${t('sent.retrySafe')}</p>
          <div class="actions">
            <button
              type="button"
              class="button"
              part="retry-button"
              aria-label=${t(`sent.retry.${action}.name`, { account: invitation.inviteeAccountName })}
              aria-describedby=${labelId}
              @click=${() => onRetry(request)}
            >
              ${t('common.retry')}
            </button>
          </div>`,
      });
    }
    default:
      return box('error', focus, message);
  }
}

/**
 * The outcome of the last action on a row, as its `UserAction` stands: in progress, done, or
 * failed; `nothing` before any action and once dismissed.
 */
export function renderRowFeedback(
  t: SentTranslator,
  action: UserAction<RowRequest, Invitation>,
  options: FeedbackOptions,
): unknown {
  const request = action.input;
  if (!request) return nothing;
  return action.render({
    initial: () => nothing,
    pending: () => html`<p class="hint" part="progress">${t(`sent.busy.${request.action}`)}</p>`,
    complete: (value) => renderDone(t, request, value, options.focus),
    error: (error) => renderFailure(t, request, error, options),
  });
}
