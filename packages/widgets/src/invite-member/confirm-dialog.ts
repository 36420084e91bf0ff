import { html, nothing, type TemplateResult } from 'lit';
import { ref, type Ref } from 'lit/directives/ref.js';
import type { Translator } from '../shared/i18n/translator.js';
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
            <dl class="summary" part="summary">
              <dt>${t('invite.confirm.account')}</dt>
              <dd>${summary.account}</dd>
              <dt>${t('common.orgUnit')}</dt>
              <dd>${summary.orgPath}</dd>
              <dt>${t('common.paymentMethod')}</dt>
              <dd>${summary.payment}</dd>
              <dt>${t('invite.confirm.validity')}</dt>
              <dd>${t('invite.confirm.days', { count: summary.validityDays })}</dd>
              ${
                summary.notes
                  ? html`<dt>${t('invite.confirm.notes')}</dt>
                      <dd class="summary__notes">${summary.notes}</dd>`
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
