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

/** Who may act on an invitation, and the refusal for anyone else. */
const actors = {
  inviter: {
    of: (i: StoredInvitation) => i.masterName,
    refusal: 'Only the inviting master account may do this.',
  },
  invitee: {
    of: (i: StoredInvitation) => i.inviteeName,
    refusal: 'Only the invited account may do this.',
  },
} as const;

/**
 * The invitation `id` for its inviter or invitee (`role`) named `name` to act on: EM.1003 when
 * gone, CBC.0151 when it is not theirs.
 */
export function invitationActedOnBy(
  state: State,
  now: number,
  id: string,
  role: keyof typeof actors,
  name: string,
): StoredInvitation {
  const invitation = findInvitation(state, id, now);
  if (!invitation) throw invitationNotFound();
  if (actors[role].of(invitation) !== name) throw forbidden(actors[role].refusal);
  return invitation;
}
