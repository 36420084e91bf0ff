import { html, nothing, type TemplateResult } from 'lit';
import type { Translator } from '../shared/i18n/localize.js';
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

/**
 * The confirmation `<dialog>` (opened with `showModal()` by the element) summarising the
 * invitation (empty while there is none to confirm), with "OK" (focused first) and "Cancel";
 * `onCancel` also hears the dialog close by itself (Escape).
 */
export function renderConfirmDialog(
  t: Translator<InviteMessageKey>,
  summary: InvitationSummary | undefined,
  onConfirm: () => void,
  onCancel: () => void,
): TemplateResult {
  return html`<dialog
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
              <dd>${t('invite.confirm.days', { days: summary.validityDays })}</dd>
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
