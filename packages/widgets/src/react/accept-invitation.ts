import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { defineElement } from '../define/define-element.js';
import { AcceptInvitation as AcceptInvitationElement } from '../accept-invitation/accept-invitation.js';
import type {
  InvitationAcceptEvent,
  InvitationAcceptedEvent,
  InvitationDeclinedEvent,
} from '../accept-invitation/events.js';
import type {
  InvitationFailedEvent,
  LoadFailedEvent,
  SessionExpiredEvent,
} from '../shared/events.js';

// Registered here rather than by importing define/accept-invitation.js: that would make rollup move the
// define files' side effects into a chunk shared with define.js, outside package.json
// `sideEffects` (docs/decisions/0403-react-wrappers.md).
defineElement('accept-invitation', AcceptInvitationElement);

/**
 * `<accept-invitation>` as a React component (registers the tag). Element properties are props
 * (`client`, `baseUrl`, `credentials`, `invitationId`, `locale`, `messages`…); events are `on…`
 * props receiving the typed event.
 *
 * @example
 * <AcceptInvitation client={client} onInvitationAccepted={(event) => show(event.detail.association)} />
 */
export const AcceptInvitation = createComponent({
  react: React,
  tagName: 'accept-invitation',
  elementClass: AcceptInvitationElement,
  displayName: 'AcceptInvitation',
  events: {
    onInvitationAccept: 'invitation-accept' as EventName<InvitationAcceptEvent>,
    onInvitationAccepted: 'invitation-accepted' as EventName<InvitationAcceptedEvent>,
    onInvitationDeclined: 'invitation-declined' as EventName<InvitationDeclinedEvent>,
    onInvitationFailed: 'invitation-failed' as EventName<InvitationFailedEvent>,
    onLoadFailed: 'load-failed' as EventName<LoadFailedEvent>,
    onSessionExpired: 'session-expired' as EventName<SessionExpiredEvent>,
  },
});

/** The props of {@link AcceptInvitation}. */
export type AcceptInvitationProps = React.ComponentProps<typeof AcceptInvitation>;
