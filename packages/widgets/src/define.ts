// Side effect: registers every element under its default tag name.
import './define/invite-member.js';
import './define/accept-invitation.js';
import './define/sent-invitations.js';
