import type { Invitation } from '@enterprise-center/sdk';

/** The actions `<sent-invitations>` offers on a row. */
export type RowAction = 'cancel' | 'resend';

/**
 * Fired after the user confirmed "Cancel invitation" (or pressed Retry) and before the request is
 * sent; `detail` is the invitation. Cancelable: `preventDefault()` sends nothing.
 */
export class InvitationCancelEvent extends CustomEvent<Invitation> {
  static readonly eventName = 'invitation-cancel';
  constructor(invitation: Invitation) {
    super(InvitationCancelEvent.eventName, {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: invitation,
    });
  }
}

/**
 * Fired after the user pressed Resend (or Retry) and before the request is sent; `detail` is the
 * invitation. Cancelable: `preventDefault()` sends nothing.
 */
export class InvitationResendEvent extends CustomEvent<Invitation> {
  static readonly eventName = 'invitation-resend';
  constructor(invitation: Invitation) {
    super(InvitationResendEvent.eventName, {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: invitation,
    });
  }
}

/** Fired when the server cancelled the invitation; `detail` is it (status `cancelled`). */
export class InvitationCancelledEvent extends CustomEvent<Invitation> {
  static readonly eventName = 'invitation-cancelled';
  constructor(invitation: Invitation) {
    super(InvitationCancelledEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: invitation,
    });
  }
}

/** Fired when the server renewed the invitation; `detail` is it (pending, with its new expiry). */
export class InvitationResentEvent extends CustomEvent<Invitation> {
  static readonly eventName = 'invitation-resent';
  constructor(invitation: Invitation) {
    super(InvitationResentEvent.eventName, { bubbles: true, composed: true, detail: invitation });
  }
}

declare global {
  interface HTMLElementEventMap {
    'invitation-cancel': InvitationCancelEvent;
    'invitation-resend': InvitationResendEvent;
    'invitation-cancelled': InvitationCancelledEvent;
    'invitation-resent': InvitationResentEvent;
  }
}
