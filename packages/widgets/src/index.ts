// The package root exports the element classes and their event types without registering any tag.
// Import '@enterprise-center/widgets/define' to register <invite-member> and <accept-invitation>.
export { InviteMember } from './invite-member/invite-member.js';
export {
  InvitationSentEvent,
  InvitationSubmitEvent,
  PrecheckCompletedEvent,
} from './invite-member/events.js';
export { AcceptInvitation } from './accept-invitation/accept-invitation.js';
export {
  InvitationAcceptEvent,
  InvitationAcceptedEvent,
  InvitationDeclinedEvent,
} from './accept-invitation/events.js';
export { InvitationFailedEvent } from './shared/events.js';
export type { Locale, MessageOverrides } from './shared/i18n/localize.js';
export type { Client } from './shared/base-element.js';
