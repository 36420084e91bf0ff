import type { CreateInvitationInput, Invitation, PrecheckResult } from '@enterprise-center/sdk';

/** Fired when the server has created the invitation; `detail` is the invitation. */
export class InvitationSentEvent extends CustomEvent<Invitation> {
  static readonly eventName = 'invitation-sent';
  constructor(invitation: Invitation) {
    super(InvitationSentEvent.eventName, { bubbles: true, composed: true, detail: invitation });
  }
}

/**
 * Fired after the user confirmed with OK and before the request is sent; `detail` is the request.
 * Cancelable: `event.preventDefault()` stops the invitation from being sent.
 */
export class InvitationSubmitEvent extends CustomEvent<CreateInvitationInput> {
  static readonly eventName = 'invitation-submit';
  constructor(request: CreateInvitationInput) {
    super(InvitationSubmitEvent.eventName, {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: request,
    });
  }
}

/** Fired when a precheck of the typed account has a result to show; `detail` is the result. */
export class PrecheckCompletedEvent extends CustomEvent<PrecheckResult> {
  static readonly eventName = 'precheck-completed';
  constructor(result: PrecheckResult) {
    super(PrecheckCompletedEvent.eventName, { bubbles: true, composed: true, detail: result });
  }
}

/** Which pending invitation an account already has. */
export interface InvitationPendingDetail {
  /** The account the user tried to invite. */
  accountName: string;
  /** The pending invitation's id, when the server named it (a refused send, `EM.1002`). */
  invitationId: string | undefined;
}

/**
 * Fired when the element shows that the account already has a pending invitation (its precheck
 * fails `NO_PENDING_INVITATION`, or the server refused a second invitation with `EM.1002`), so
 * that a host can show or resend that invitation, e.g. in `<sent-invitations>`. Not cancelable:
 * it reports what the element shows.
 */
export class InvitationPendingEvent extends CustomEvent<InvitationPendingDetail> {
  static readonly eventName = 'invitation-pending';
  constructor(detail: InvitationPendingDetail) {
    super(InvitationPendingEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'invitation-sent': InvitationSentEvent;
    'invitation-submit': InvitationSubmitEvent;
    'invitation-pending': InvitationPendingEvent;
    'precheck-completed': PrecheckCompletedEvent;
  }
}
