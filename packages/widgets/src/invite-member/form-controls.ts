import { html, nothing, type TemplateResult } from 'lit';
import { ref, type Ref } from 'lit/directives/ref.js';
import type { Agreement } from '@enterprise-center/sdk';
import { renderAgreementConsent } from '../shared/agreement-consent.js';
import { describeError } from '../shared/describe-error.js';
import type { Translator } from '../shared/i18n/translator.js';
import { classifyRefusal } from '../shared/refusal.js';
import { renderFieldFeedback } from './field-feedback.js';
import { NOTES_MAX } from './form-state.js';
import type { InvitationSender } from './invitation-sender.js';
import type { InviteMessageKey } from './messages.js';

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
  /** Filled with the checkbox (focus goes there). */
  checkbox: Ref<HTMLInputElement>;
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

/** Whether Retry may help after `error` (and is safe: it resends with the same key). */
const retryHelps = (error: unknown): boolean => {
  const { kind } = classifyRefusal(error);
  return kind === 'retryable' || kind === 'aborted';
};

/** Why the send failed, and that Retry is safe when it is offered. */
function sendFailure(t: T, error: unknown): string {
  const message = t('invite.sendFailed', { reason: describeError(t, error) });
  return retryHelps(error) ? `${message} ${t('invite.sendFailed.retrySafe')}` : message;
}

/**
 * Submit (always enabled and focusable; `aria-disabled` while sending), Retry after a failure
 * that sending again may fix, and a polite status line reporting the send: sending, vetoed, or
 * why it failed.
 */
export function renderSubmitRow(
  t: T,
  sender: InvitationSender,
  submit: Ref<HTMLButtonElement>,
): TemplateResult {
  return html`<div class="actions">
      <button
        ${ref(submit)}
        type="submit"
        class="button button--primary"
        part="submit-button"
        aria-disabled=${sender.sending}
      >
        ${t('invite.submit')}
      </button>
      ${sender.render({
        error: (error) =>
          retryHelps(error)
            ? html`<button
                type="button"
                class="button"
                part="retry-button"
                @click=${() => sender.retry()}
              >
                ${t('common.retry')}
              </button>`
            : nothing,
      })}
    </div>
    <p role="status" part="submit-status">
      ${sender.render({
        vetoed: () => t('invite.vetoed'),
        pending: () => t('invite.sending'),
        error: (error) => html`<span class="error">${sendFailure(t, error)}</span>`,
      })}
    </p>`;
}
