import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { defineElement } from '../define/define-element.js';
import { InviteMember as InviteMemberElement } from '../invite-member/invite-member.js';
import type {
  InvitationPendingEvent,
  InvitationSentEvent,
  InvitationSubmitEvent,
  PrecheckCompletedEvent,
} from '../invite-member/events.js';
import type {
  InvitationFailedEvent,
  LoadFailedEvent,
  SessionExpiredEvent,
} from '../shared/events.js';

// Registered here rather than by importing define/invite-member.js: that would make rollup move the
// define files' side effects into a chunk shared with define.js, outside package.json
// `sideEffects` (docs/decisions/0403-react-wrappers.md).
defineElement('invite-member', InviteMemberElement);

/**
 * `<invite-member>` as a React component (registers the tag). Element properties are props
 * (`client`, `baseUrl`, `credentials`, `orgId`, `accountName`, `locale`, `messages`…); events
 * are `on…` props receiving the typed event.
 *
 * @example
 * <InviteMember client={client} onInvitationSent={(event) => refresh(event.detail)} />
 */
export const InviteMember = createComponent({
  react: React,
  tagName: 'invite-member',
  elementClass: InviteMemberElement,
  displayName: 'InviteMember',
  events: {
    onPrecheckCompleted: 'precheck-completed' as EventName<PrecheckCompletedEvent>,
    onInvitationSubmit: 'invitation-submit' as EventName<InvitationSubmitEvent>,
    onInvitationSent: 'invitation-sent' as EventName<InvitationSentEvent>,
    onInvitationFailed: 'invitation-failed' as EventName<InvitationFailedEvent>,
    onInvitationPending: 'invitation-pending' as EventName<InvitationPendingEvent>,
    onLoadFailed: 'load-failed' as EventName<LoadFailedEvent>,
    onSessionExpired: 'session-expired' as EventName<SessionExpiredEvent>,
  },
});

/** The props of {@link InviteMember}. */
export type InviteMemberProps = React.ComponentProps<typeof InviteMember>;
