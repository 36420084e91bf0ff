import { html, nothing, type TemplateResult } from 'lit';
import { ref, type Ref } from 'lit/directives/ref.js';

/** A button of the dialog: its text and its `part` name. */
export interface DialogButton {
  label: string;
  part: string;
}

/** What an open confirmation dialog shows. */
export interface DialogContent {
  heading: string;
  body: string;
  /** Shown between the body and the buttons (a summary, the last attempt's failure, progress). */
  details?: unknown;
  confirm: DialogButton;
  dismiss: DialogButton;
  /**
   * Confirming cannot be undone: the confirm button is the danger one and the dismiss button gets
   * the initial focus. Otherwise the confirm button is the primary one and is focused first.
   */
  irreversible: boolean;
  /**
   * Present while the confirmed request can be on its way: the buttons are `aria-disabled` while
   * it is, and Escape does not close the dialog then.
   */
  busy?: boolean;
}

/** How an element holds and hears its confirmation dialog. */
export interface DialogWiring {
  /** Filled with the `<dialog>` (the element opens it with `showModal()`). */
  dialog: Ref<HTMLDialogElement>;
  onConfirm: () => void;
  /** The dismiss button, and whenever the dialog closes (Escape, or closed by the element). */
  onDismiss: () => void;
}

/** What a confirmation dialog shows and reports. */
export interface ConfirmationDialogOptions extends DialogWiring {
  /** The open dialog's contents, or undefined while there is nothing to confirm. */
  content: DialogContent | undefined;
}

/**
 * The modal `<dialog>` (`part="dialog"`) every element asks a confirmation with: heading, body,
 * details and two buttons. It is always rendered (empty while there is nothing to confirm) so the
 * element can open it with `showModal()`.
 */
export function renderConfirmationDialog({
  content,
  dialog,
  onConfirm,
  onDismiss,
}: ConfirmationDialogOptions): TemplateResult {
  return html`<dialog
    ${ref(dialog)}
    part="dialog"
    aria-labelledby="dialog-heading"
    aria-describedby="dialog-body"
    @cancel=${(event: Event) => {
      if (content?.busy) event.preventDefault();
    }}
    @close=${onDismiss}
  >
    ${content ? renderContent(content, onConfirm, onDismiss) : nothing}
  </dialog>`;
}

function renderContent(
  { heading, body, details, confirm, dismiss, irreversible, busy }: DialogContent,
  onConfirm: () => void,
  onDismiss: () => void,
): TemplateResult {
  return html`<h2 id="dialog-heading">${heading}</h2>
    <p id="dialog-body">${body}</p>
    ${details ?? nothing}
    <div class="actions">
      <button
        type="button"
        class=${irreversible ? 'button button--danger' : 'button button--primary'}
        part=${confirm.part}
        ?autofocus=${!irreversible}
        aria-disabled=${busy ?? nothing}
        @click=${onConfirm}
      >
        ${confirm.label}
      </button>
      <button
        type="button"
        class="button"
        part=${dismiss.part}
        ?autofocus=${irreversible}
        aria-disabled=${busy ?? nothing}
        @click=${onDismiss}
      >
        ${dismiss.label}
      </button>
    </div>`;
}
