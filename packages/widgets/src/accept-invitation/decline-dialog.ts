import { html, nothing, type TemplateResult } from 'lit';
import { renderConfirmationDialog, type DialogWiring } from '../shared/confirmation-dialog.js';
import { describeError } from '../shared/describe-error.js';
import type { Invitation } from '@enterprise-center/sdk';
import { inviterNames, type AcceptTranslator } from './messages.js';

/** The decline being confirmed: which invitation, and what went wrong with the last attempt. */
export interface DeclineState {
  invitation: Invitation;
  /** A failure that a retry may fix; confirming again retries with the same idempotency key. */
  error?: unknown;
}

/**
 * The modal `<dialog>` asking to confirm a decline (empty while closed). Cancel gets the initial
 * focus because declining cannot be undone; while the decline is being sent the buttons are
 * `aria-disabled` and Escape does not close it.
 */
export function renderDeclineDialog(
  t: AcceptTranslator,
  state: (DeclineState & { busy: boolean }) | undefined,
  wiring: DialogWiring,
): TemplateResult {
  const names = state && inviterNames(state.invitation);
  return renderConfirmationDialog({
    content: state && {
      heading: t('accept.dialog.heading', names),
      body: t('accept.dialog.body', names),
      details: html`${
        state.error !== undefined
          ? html`<p class="error" part="dialog-feedback" role="alert">
              ${describeError(t, state.error)}
            </p>`
          : nothing
      }
      ${state.busy ? html`<p class="hint" part="progress">${t('accept.busy.declining')}</p>` : nothing}`,
      confirm: { label: t('accept.dialog.confirm'), part: 'dialog-confirm-button' },
      dismiss: { label: t('common.cancel'), part: 'dialog-cancel-button' },
      irreversible: true,
      busy: state.busy,
    },
    ...wiring,
  });
}
