import { EnterpriseCenterError, isEnterpriseCenterError } from '@enterprise-center/sdk';

/**
 * The SDK error behind a failure. The SDK fails only with `EnterpriseCenterError`s (which never
 * hold credentials); anything else (a bug) is wrapped so that every event's `detail` has one type.
 */
export function asSdkError(error: unknown): EnterpriseCenterError {
  if (isEnterpriseCenterError(error)) return error;
  return new EnterpriseCenterError('The element failed unexpectedly.', {
    code: 'UNKNOWN',
    cause: error,
  });
}

/**
 * Fired when a request the user asked for (send, accept, decline) fails; `detail` is the SDK
 * error. Bubbles and crosses shadow roots.
 */
export class InvitationFailedEvent extends CustomEvent<EnterpriseCenterError> {
  static readonly eventName = 'invitation-failed';
  constructor(error: unknown) {
    super(InvitationFailedEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: asSdkError(error),
    });
  }
}

/**
 * Fired when what an element shows could not be loaded (the element explains it and offers Retry
 * when trying again may help); `detail` is the SDK error. Bubbles and crosses shadow roots.
 */
export class LoadFailedEvent extends CustomEvent<EnterpriseCenterError> {
  static readonly eventName = 'load-failed';
  constructor(error: unknown) {
    super(LoadFailedEvent.eventName, { bubbles: true, composed: true, detail: asSdkError(error) });
  }
}

/**
 * Fired when a call answered 401 `APIG.0301`: the sign-in behind the element's client expired or is
 * not valid. The element shows a neutral "sign in again" state and keeps what the user typed; the
 * host signs the user in again (giving the element a new `client` if the token changed) and calls
 * `refresh()`. Fired once until `refresh()`; `detail` is the SDK error. Bubbles and crosses shadow
 * roots.
 */
export class SessionExpiredEvent extends CustomEvent<EnterpriseCenterError> {
  static readonly eventName = 'session-expired';
  constructor(error: unknown) {
    super(SessionExpiredEvent.eventName, {
      bubbles: true,
      composed: true,
      detail: asSdkError(error),
    });
  }
}

declare global {
  interface HTMLElementEventMap {
    'invitation-failed': InvitationFailedEvent;
    'load-failed': LoadFailedEvent;
    'session-expired': SessionExpiredEvent;
  }
}
