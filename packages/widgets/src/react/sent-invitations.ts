import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { defineElement } from '../define/define-element.js';
import { SentInvitations as SentInvitationsElement } from '../sent-invitations/sent-invitations.js';
import type {
  InvitationCancelEvent,
  InvitationCancelledEvent,
  InvitationResendEvent,
  InvitationResentEvent,
} from '../sent-invitations/events.js';
import type {
  InvitationFailedEvent,
  LoadFailedEvent,
  SessionExpiredEvent,
} from '../shared/events.js';

// Registered here rather than by importing define/sent-invitations.js: that would make rollup move
// the define files' side effects into a chunk shared with define.js, outside package.json
// `sideEffects` (docs/decisions/0403-react-wrappers.md).
defineElement('sent-invitations', SentInvitationsElement);

/**
 * `<sent-invitations>` as a React component (registers the tag). Element properties are props
 * (`client`, `baseUrl`, `credentials`, `status`, `orgId`, `pageSize`, `locale`, `messages`…);
 * events are `on…` props receiving the typed event.
 *
 * @example
 * <SentInvitations client={client} onInvitationCancelled={(event) => refreshQuota(event.detail)} />
 */
export const SentInvitations = createComponent({
  react: React,
  tagName: 'sent-invitations',
  elementClass: SentInvitationsElement,
  displayName: 'SentInvitations',
  events: {
    onInvitationCancel: 'invitation-cancel' as EventName<InvitationCancelEvent>,
    onInvitationResend: 'invitation-resend' as EventName<InvitationResendEvent>,
    onInvitationCancelled: 'invitation-cancelled' as EventName<InvitationCancelledEvent>,
    onInvitationResent: 'invitation-resent' as EventName<InvitationResentEvent>,
    onInvitationFailed: 'invitation-failed' as EventName<InvitationFailedEvent>,
    onLoadFailed: 'load-failed' as EventName<LoadFailedEvent>,
    onSessionExpired: 'session-expired' as EventName<SessionExpiredEvent>,
  },
});

/** The props of {@link SentInvitations}. */
export type SentInvitationsProps = React.ComponentProps<typeof SentInvitations>;
