import { html, nothing, type TemplateResult } from 'lit';
import { ref, type Ref } from 'lit/directives/ref.js';
import type { Translator } from '../shared/i18n/translator.js';
import { renderPair } from '../shared/pairs.js';
import type { InviteMessageKey } from './messages.js';

/** Who is invited where, paid by whom: what the user confirms. */
export interface InvitationSummary {
  /** The account, with its enterprise when known. */
  account: string;
  orgPath: string;
  payment: string;
  validityDays: number;
  notes: string;
}

/** What the confirmation dialog shows and reports. */
export interface ConfirmDialogOptions {
  /** The invitation to confirm, or undefined while there is none. */
  summary: InvitationSummary | undefined;
  /** Filled with the `<dialog>` (the element opens it with `showModal()`). */
  dialog: Ref<HTMLDialogElement>;
  onConfirm: () => void;
  /** Cancel, and the dialog closing by itself (Escape). */
  onCancel: () => void;
}

/**
 * The confirmation `<dialog>` summarising the invitation (empty while there is none to confirm),
 * with "OK" (focused first) and "Cancel".
 */
export function renderConfirmDialog(
  t: Translator<InviteMessageKey>,
  { summary, dialog, onConfirm, onCancel }: ConfirmDialogOptions,
): TemplateResult {
  return html`<dialog
    ${ref(dialog)}
    part="dialog"
    aria-labelledby="confirm-heading"
    aria-describedby="confirm-intro"
    @close=${onCancel}
  >
    ${
      summary
        ? html`<h2 id="confirm-heading">${t('invite.confirm.heading')}</h2>
            <p id="confirm-intro">${t('invite.confirm.intro')}</p>
            <dl class="summary pairs" part="summary">
              ${renderPair(t('invite.confirm.account'), summary.account)}
              ${renderPair(t('common.orgUnit'), summary.orgPath)}
              ${renderPair(t('common.paymentMethod'), summary.payment)}
              ${renderPair(
                t('invite.confirm.validity'),
                t('invite.confirm.days', { count: summary.validityDays }),
              )}
              ${
                summary.notes
                  ? renderPair(
                      t('invite.confirm.notes'),
                      html`<span class="summary__notes">${summary.notes}</span>`,
                    )
                  : nothing
              }
            </dl>
            <div class="actions">
              <button
                type="button"
                class="button button--primary"
                part="dialog-ok"
                autofocus
                @click=${onConfirm}
              >
                ${t('common.ok')}
              </button>
              <button type="button" class="button" part="dialog-cancel" @click=${onCancel}>
                ${t('common.cancel')}
              </button>
            </div>`
        : nothing
    }
  </dialog>`;
}
