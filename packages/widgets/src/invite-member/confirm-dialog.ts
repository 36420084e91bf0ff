import { html, nothing, type TemplateResult } from 'lit';
import { renderConfirmationDialog, type DialogWiring } from '../shared/confirmation-dialog.js';
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

/**
 * The confirmation `<dialog>` summarising the invitation (empty while there is none to confirm),
 * with "OK" (focused first) and "Cancel".
 */
export function renderConfirmDialog(
  t: Translator<InviteMessageKey>,
  summary: InvitationSummary | undefined,
  wiring: DialogWiring,
): TemplateResult {
  return renderConfirmationDialog({
    content: summary && {
      heading: t('invite.confirm.heading'),
      body: t('invite.confirm.intro'),
      details: renderSummary(t, summary),
      confirm: { label: t('common.ok'), part: 'dialog-ok' },
      dismiss: { label: t('common.cancel'), part: 'dialog-cancel' },
      irreversible: false,
    },
    ...wiring,
  });
}

/** The invitation as a list of label–value pairs (`part="summary"`). */
function renderSummary(
  t: Translator<InviteMessageKey>,
  summary: InvitationSummary,
): TemplateResult {
  return html`<dl class="summary pairs" part="summary">
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
  </dl>`;
}
