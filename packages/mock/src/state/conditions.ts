// Builds the rules' plain context from the state and evaluates the conditions.
import { evaluateConditions } from '../rules/evaluate.js';
import type { PaymentMethod, WireCheck } from '../wire.js';
import type { Account, Enterprise, State, StoredInvitation } from './model.js';
import { factsOf, findAccount, listInvitations, masterFactsOf, memberQuota } from './queries.js';

/** A master account with its enterprise. */
export interface Master {
  account: Account;
  enterprise: Enterprise;
}

/** What is being evaluated: an invitation to be created, or one being resent or accepted. */
export interface ConditionsRequest {
  master: Master;
  inviteeName: string;
  paymentMethod: PaymentMethod | null;
  /** The invitation being resent or accepted: it is left out of quota and duplicate counts. */
  acting?: StoredInvitation;
  accepting?: boolean;
}

/** Every check of API.md §4 for the request, in order, at clock reading `now`. */
export function checkConditions(
  state: State,
  now: number,
  request: ConditionsRequest,
): WireCheck[] {
  const { master, inviteeName, paymentMethod, acting, accepting = false } = request;
  const invitee = findAccount(state, inviteeName);
  const masterName = master.account.name;
  const pendingToInvitee = listInvitations(state, now, {
    from: masterName,
    to: inviteeName,
    status: 'pending',
  }).some((i) => i.id !== acting?.id);
  return evaluateConditions({
    master: masterFactsOf(master.account, master.enterprise),
    invitee: invitee ? factsOf(invitee) : null,
    quota: memberQuota(state, masterName, master.enterprise, now, acting?.id),
    pendingInvitationToInvitee: pendingToInvitee,
    paymentMethod,
    accepting,
  });
}
