// Finding the invitation a request names, with the contract's not-found / not-yours errors.
import { forbidden, invitationNotFound } from '../errors/api-errors.js';
import type { State, StoredInvitation } from '../state/model.js';
import { findInvitation } from '../state/queries.js';

/** The invitation `id` if `masterName` sent it; EM.1003 otherwise (also when gone). */
export function invitationVisibleTo(
  state: State,
  now: number,
  id: string,
  masterName: string,
): StoredInvitation {
  const invitation = findInvitation(state, id, now);
  if (!invitation || invitation.masterName !== masterName) throw invitationNotFound();
  return invitation;
}

/** The invitation `id` for its inviter to act on: EM.1003 when gone, CBC.0151 when not theirs. */
export function invitationSentBy(
  state: State,
  now: number,
  id: string,
  masterName: string,
): StoredInvitation {
  const invitation = findInvitation(state, id, now);
  if (!invitation) throw invitationNotFound();
  if (invitation.masterName !== masterName) {
    throw forbidden('Only the inviting master account may do this.');
  }
  return invitation;
}

/** The invitation `id` for its invitee to act on: EM.1003 when gone, CBC.0151 when not theirs. */
export function invitationReceivedBy(
  state: State,
  now: number,
  id: string,
  accountName: string,
): StoredInvitation {
  const invitation = findInvitation(state, id, now);
  if (!invitation) throw invitationNotFound();
  if (invitation.inviteeName !== accountName) {
    throw forbidden('Only the invited account may do this.');
  }
  return invitation;
}
