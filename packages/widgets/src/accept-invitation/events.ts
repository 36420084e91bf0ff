import type { AcceptedAgreement, Association, Invitation } from '@enterprise-center/sdk';

/** What is about to be sent when the invitee accepts. */
export interface InvitationAcceptDetail {
  invitation: Invitation;
  /** The agreements (id and version) the invitee agrees to with this acceptance. */
  agreements: AcceptedAgreement[];
}

/**
 * Fired when the invitee presses Accept (or Retry) with the agreements ticked, before the request
 * is sent. Cancelable: `event.preventDefault()` stops the acceptance from being sent.
 */
export class InvitationAcceptEvent extends CustomEvent<InvitationAcceptDetail> {
  static readonly eventName = 'invitation-accept';
  constructor(detail: InvitationAcceptDetail) {
    super(InvitationAcceptEvent.eventName, {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail,
    });
  }
}

/** The outcome of an acceptance: the accepted invitation and the new association. */
export interface InvitationAcceptedDetail {
  invitation: Invitation;
  association: Association;
}

/** Fired when the invitation is accepted: the account is now a member account. */
export class InvitationAcceptedEvent extends CustomEvent<InvitationAcceptedDetail> {
  static readonly eventName = 'invitation-accepted';
  constructor(detail: InvitationAcceptedDetail) {
    super(InvitationAcceptedEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

/** Fired when the invitee has declined an invitation (after confirming); `detail` is it. */
export class InvitationDeclinedEvent extends CustomEvent<Invitation> {
  static readonly eventName = 'invitation-declined';
  constructor(invitation: Invitation) {
    super(InvitationDeclinedEvent.eventName, { bubbles: true, composed: true, detail: invitation });
  }
}

declare global {
  interface HTMLElementEventMap {
    'invitation-accept': InvitationAcceptEvent;
    'invitation-accepted': InvitationAcceptedEvent;
    'invitation-declined': InvitationDeclinedEvent;
  }
}
