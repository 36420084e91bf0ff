import { html, nothing, type TemplateResult } from 'lit';
import { ref, type Ref } from 'lit/directives/ref.js';
import { describeError } from '../shared/describe-error.js';
import type { Invitation } from '@enterprise-center/sdk';
import { inviterNames, type AcceptTranslator } from './messages.js';

/** The decline being confirmed: which invitation, and what went wrong with the last attempt. */
export interface DeclineState {
  invitation: Invitation;
  /** A failure that a retry may fix; confirming again retries with the same idempotency key. */
  error?: unknown;
}

/** What the decline dialog shows and reports. */
export interface DeclineDialogOptions {
  /** The decline being confirmed (and whether it is being sent), or undefined while closed. */
  state: (DeclineState & { busy: boolean }) | undefined;
  /** Filled with the `<dialog>` (the element opens it with `showModal()`). */
  dialog: Ref<HTMLDialogElement>;
  onConfirm: () => void;
  /** Cancel, and whenever the dialog closes (Escape, or closed by the element). */
  onCancel: () => void;
}

/**
 * The modal `<dialog>` asking to confirm a decline. It is always rendered (empty while closed) so
 * the element can open it with `showModal()`; Cancel gets the initial focus because declining
 * cannot be undone.
 */
export function renderDeclineDialog(
  t: AcceptTranslator,
  { state, dialog, onConfirm, onCancel }: DeclineDialogOptions,
): TemplateResult {
  const names = state && inviterNames(state.invitation);
  return html`<dialog
    ${ref(dialog)}
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
