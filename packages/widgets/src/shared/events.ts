/**
 * Fired when a request the user asked for fails; `detail` is the SDK error (which never holds
 * credentials). Bubbles and crosses shadow roots.
 */
export class InvitationFailedEvent extends CustomEvent<unknown> {
  static readonly eventName = 'invitation-failed';
  constructor(error: unknown) {
    super(InvitationFailedEvent.eventName, { bubbles: true, composed: true, detail: error });
  }
}

declare global {
  interface HTMLElementEventMap {
    'invitation-failed': InvitationFailedEvent;
  }
}
