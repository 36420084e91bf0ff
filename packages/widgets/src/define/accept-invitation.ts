import { AcceptInvitation } from '../accept-invitation/accept-invitation.js';
import { defineElement } from './define-element.js';

// Side effect: registers <accept-invitation> unless that name is already taken.
defineElement('accept-invitation', AcceptInvitation);

declare global {
  interface HTMLElementTagNameMap {
    'accept-invitation': AcceptInvitation;
  }
}
