import { InviteMember } from '../invite-member/invite-member.js';
import { defineElement } from './define-element.js';

defineElement('invite-member', InviteMember);

declare global {
  interface HTMLElementTagNameMap {
    'invite-member': InviteMember;
  }
}
