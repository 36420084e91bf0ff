import type { TemplateResult } from 'lit';
import { renderConfirmationDialog, type DialogWiring } from '../shared/confirmation-dialog.js';
import type { Invitation } from '@enterprise-center/sdk';
import type { SentTranslator } from './messages.js';

/**
 * The modal `<dialog>` asking to confirm a cancellation (empty while none is asked), with
 * "Cancel invitation" and "Keep invitation"; "Keep invitation" gets the focus first, because
 * cancelling cannot be undone.
 */
export function renderCancelDialog(
  t: SentTranslator,
  invitation: Invitation | undefined,
  wiring: DialogWiring,
): TemplateResult {
  const account = invitation?.inviteeAccountName;
  return renderConfirmationDialog({
    content: account
      ? {
          heading: t('sent.dialog.heading', { account }),
          body: t('sent.dialog.body', { account }),
          confirm: { label: t('sent.dialog.confirm'), part: 'dialog-confirm-button' },
          dismiss: { label: t('sent.dialog.keep'), part: 'dialog-keep-button' },
          irreversible: true,
        }
      : undefined,
    ...wiring,
  });
}
