// The package root exports the element classes and their event types without registering any tag.
// Import '@enterprise-center/widgets/define' to register every tag, or '…/define/<tag>' for one.
// Kept private: the shared controllers, renderers and catalogs (their shapes may change).
export { InviteMember } from './invite-member/invite-member.js';
export {
  InvitationPendingEvent,
  InvitationSentEvent,
  InvitationSubmitEvent,
  PrecheckCompletedEvent,
  type InvitationPendingDetail,
} from './invite-member/events.js';
export { AcceptInvitation } from './accept-invitation/accept-invitation.js';
export {
  InvitationAcceptEvent,
  InvitationAcceptedEvent,
  InvitationDeclinedEvent,
  type InvitationAcceptDetail,
  type InvitationAcceptedDetail,
} from './accept-invitation/events.js';
export { SentInvitations } from './sent-invitations/sent-invitations.js';
export type { RevealTarget } from './sent-invitations/reveal-target.js';
export {
  InvitationCancelEvent,
  InvitationCancelledEvent,
  InvitationResendEvent,
  InvitationResentEvent,
} from './sent-invitations/events.js';
export { InvitationFailedEvent, LoadFailedEvent, SessionExpiredEvent } from './shared/events.js';
// How every element writes a moment, for a host that shows times beside them (the demo's event log).
export { formatDateTime } from './shared/format.js';
export type { Locale } from './shared/i18n/locale.js';
export type { MessageOverrides, PluralText, Text } from './shared/i18n/translator.js';
