// `@enterprise-center/widgets/react`: React components wrapping the elements (via @lit/react).
// Importing this entry registers every tag. React stays out of every other entry: only this one
// imports `react` and `@lit/react`.
export { InviteMember, type InviteMemberProps } from './react/invite-member.js';
export { AcceptInvitation, type AcceptInvitationProps } from './react/accept-invitation.js';
export { SentInvitations, type SentInvitationsProps } from './react/sent-invitations.js';
