import { SentInvitations } from '../sent-invitations/sent-invitations.js';
import { defineElement } from './define-element.js';

// Side effect: registers <sent-invitations> unless that name is already taken.
defineElement('sent-invitations', SentInvitations);

declare global {
  interface HTMLElementTagNameMap {
    'sent-invitations': SentInvitations;
  }
}
