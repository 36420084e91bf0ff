import { html, nothing, type TemplateResult } from 'lit';
import { describeError } from '../shared/describe-error.js';
import type { Invitation } from '@enterprise-center/sdk';
import { inviterNames, type AcceptTranslator } from './messages.js';

/** The decline being confirmed: which invitation, whether it is being sent, what went wrong. */
export interface DeclineState {
  invitation: Invitation;
  busy: boolean;
  /** `trans_id` of the decline being attempted: kept for retries, dropped once answered. */
  key?: string | undefined;
  /** A retryable failure; confirming again retries with the same key. */
  error?: unknown;
}

/**
 * The modal `<dialog>` asking to confirm a decline. It is always rendered (empty while closed) so
 * the element can open it with `showModal()`; Cancel gets the initial focus because declining
 * cannot be undone. `onCancel` is called for Cancel and whenever the dialog closes (Escape, or
 * closed by the element).
 */
export function renderDeclineDialog(
  t: AcceptTranslator,
  state: DeclineState | undefined,
  onConfirm: () => void,
  onCancel: () => void,
): TemplateResult {
  const names = state && inviterNames(state.invitation);
  return html`<dialog
    part="dialog"
    aria-labelledby="decline-heading"
    aria-describedby="decline-body"
    @cancel=${(event: Event) => {
      if (state?.busy) event.preventDefault();
    }}
    @close=${onCancel}
  >
    ${
      state
        ? html`<h2 id="decline-heading">${t('accept.dialog.heading', names)}</h2>
            <p id="decline-body">${t('accept.dialog.body', names)}</p>
            ${
              state.error !== undefined
                ? html`<p class="error" part="dialog-feedback" role="alert">
                    ${describeError(t, state.error)}
                  </p>`
                : nothing
            }
            ${
              state.busy
                ? html`<p class="hint" part="progress">${t('accept.busy.declining')}</p>`
                : nothing
            }
            <div class="actions">
              <button
                type="button"
                class="button button--danger"
                part="dialog-confirm-button"
                aria-disabled=${state.busy}
                @click=${onConfirm}
              >
                ${t('accept.dialog.confirm')}
              </button>
              <button
                type="button"
                class="button"
                part="dialog-cancel-button"
                autofocus
                aria-disabled=${state.busy}
                @click=${onCancel}
              >
                ${t('common.cancel')}
              </button>
            </div>`
        : nothing
    }
  </dialog>`;
}
