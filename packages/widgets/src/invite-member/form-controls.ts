import { html, nothing, type TemplateResult } from 'lit';
import type { Agreement } from '@enterprise-center/sdk';
import { renderAgreementConsent } from '../shared/agreement-consent.js';
import { describeError } from '../shared/describe-error.js';
import type { Translator } from '../shared/i18n/localize.js';
import { renderFieldFeedback } from './field-feedback.js';
import { NOTES_MAX } from './form-state.js';
import type { InviteMessageKey } from './messages.js';
import type { SendState } from './submission.js';

type T = Translator<InviteMessageKey>;

/** The optional notes textarea with its character count. */
export function renderNotesField(
  t: T,
  value: string,
  onInput: (value: string) => void,
): TemplateResult {
  return html`<div class="field" part="notes-field">
    <label for="notes" part="label">${t('invite.notes.label')}</label>
    <textarea
      id="notes"
      part="notes"
      rows="2"
      maxlength=${NOTES_MAX}
      aria-describedby="notes-hint notes-count"
      .value=${value}
      @input=${(event: Event) => onInput((event.target as HTMLTextAreaElement).value)}
    ></textarea>
    <span id="notes-hint" class="hint" part="hint">${t('invite.notes.hint')}</span>
    <span id="notes-count" class="hint notes-count"
      >${t('invite.notes.count', { count: value.length, max: NOTES_MAX })}</span
    >
  </div>`;
}

/** What the agreements checkbox shows and reports. */
export interface ConsentFieldOptions {
  agreements: readonly Agreement[];
  checked: boolean;
  feedback: string | undefined;
  onToggle: (checked: boolean) => void;
}

/** The "I have read and agree…" checkbox (shared) with its feedback beside it. */
export function renderConsentField(t: T, options: ConsentFieldOptions): TemplateResult {
  const { feedback } = options;
  return html`${renderAgreementConsent(t, {
    ...options,
    id: 'consent',
    describedBy: feedback ? 'consent-feedback' : undefined,
    invalid: !!feedback,
  })}
  ${renderFieldFeedback('consent', feedback)}`;
}

/** The sentence reporting the send: sending, vetoed, or why it failed. */
function sendStatus(t: T, send: SendState): string {
  switch (send.kind) {
    case 'sending':
      return t('invite.sending');
    case 'vetoed':
      return t('invite.vetoed');
    case 'failed': {
      const message = t('invite.sendFailed', { reason: describeError(t, send.error) });
      return send.retryable ? `${message} ${t('invite.sendFailed.retrySafe')}` : message;
    }
    default:
      return '';
  }
}

/**
 * Submit (always enabled and focusable; `aria-disabled` while sending), Retry after a failure
 * that sending again may fix, and a polite status line reporting the send.
 */
export function renderSubmitRow(t: T, send: SendState, onRetry: () => void): TemplateResult {
  return html`<div class="actions">
      <button
        type="submit"
        class="button button--primary"
        part="submit-button"
        aria-disabled=${send.kind === 'sending'}
      >
        ${t('invite.submit')}
      </button>
      ${
        send.kind === 'failed' && send.retryable
          ? html`<button type="button" class="button" part="retry-button" @click=${onRetry}>
              ${t('common.retry')}
            </button>`
          : nothing
      }
    </div>
    <p class=${send.kind === 'failed' ? 'error' : ''} role="status" part="submit-status">
      ${sendStatus(t, send)}
    </p>`;
}
