import { html, nothing, type TemplateResult } from 'lit';
import { ref, type Ref } from 'lit/directives/ref.js';
import type { Invitation } from '@enterprise-center/sdk';
import type { SentTranslator } from './messages.js';

/** What the cancel confirmation shows and reports. */
export interface CancelDialogOptions {
  /** The invitation whose cancellation is being confirmed, or undefined while none is. */
  invitation: Invitation | undefined;
  /** Filled with the `<dialog>` (the element opens it with `showModal()`). */
  dialog: Ref<HTMLDialogElement>;
  onConfirm: () => void;
  /** "Keep invitation", and the dialog closing by itself (Escape). */
  onKeep: () => void;
}

/**
 * The modal `<dialog>` asking to confirm a cancellation (empty while none is asked), with
 * "Cancel invitation" and "Keep invitation"; "Keep invitation" gets the focus first, because
 * cancelling cannot be undone.
 */
export function renderCancelDialog(
  t: SentTranslator,
  { invitation, dialog, onConfirm, onKeep }: CancelDialogOptions,
): TemplateResult {
  const account = invitation?.inviteeAccountName;
  return html`<dialog
    ${ref(dialog)}
    part="dialog"
    aria-labelledby="cancel-heading"
    aria-describedby="cancel-body"
    @close=${onKeep}
  >
    ${
      account
        ? html`<h2 id="cancel-heading">${t('sent.dialog.heading', { account })}</h2>
            <p id="cancel-body">${t('sent.dialog.body', { account })}</p>
            <div class="actions">
              <button
                type="button"
                class="button button--danger"
                part="dialog-confirm-button"
                @click=${onConfirm}
              >
                ${t('sent.dialog.confirm')}
              </button>
              <button
                type="button"
                class="button"
                part="dialog-keep-button"
                autofocus
                @click=${onKeep}
              >
                ${t('sent.dialog.keep')}
              </button>
            </div>`
        : nothing
    }
  </dialog>`;
}
