// Read-only questions about the state; every time-dependent answer takes the clock reading.
import type { AccountFacts, MasterFacts } from '../rules/facts.js';
import type { InvitationStatus } from '../wire.js';
import type { Account, Enterprise, Membership, OrgUnit, State, StoredInvitation } from './model.js';
import { DAY_MS, TERMINAL_RETENTION_DAYS } from './time.js';

/** The account named `name` (own keys only, so `constructor` is no account). */
export function findAccount(state: State, name: string): Account | undefined {
  return Object.hasOwn(state.accounts, name) ? state.accounts[name] : undefined;
}

/** The flat facts the rules read. */
export function factsOf({ id: _id, enterprise, membership, ...facts }: Account): AccountFacts {
  return { ...facts, isMaster: enterprise !== null, masterName: membership?.masterName ?? null };
}

/** The facts of a master account, with its enterprise settings. */
export function masterFactsOf(account: Account, enterprise: Enterprise): MasterFacts {
  return { ...factsOf(account), unifiedAccounting: enterprise.unifiedAccounting };
}

/** Every unit of a tree, root first. */
export function orgUnits(root: OrgUnit): OrgUnit[] {
  return [root, ...root.children.flatMap(orgUnits)];
}

/** The unit with `id` in the enterprise's tree, if any. */
export function findOrgUnit(enterprise: Enterprise, id: string): OrgUnit | undefined {
  return orgUnits(enterprise.org).find((unit) => unit.id === id);
}

/** The status a caller sees: a pending invitation past `expiredAt` is expired. */
export function effectiveStatus(invitation: StoredInvitation, now: number): InvitationStatus {
  return invitation.status === 'pending' && now >= invitation.expiredAt
    ? 'expired'
    : invitation.status;
}

/** When the invitation reached its current status (its expiry for one that expired). */
export function statusChangedAt(invitation: StoredInvitation, now: number): number {
  return effectiveStatus(invitation, now) === 'expired'
    ? invitation.expiredAt
    : invitation.updatedAt;
}

/** Whether the invitation still exists: pending, or terminal for less than 30 days. */
function isRetained(invitation: StoredInvitation, now: number): boolean {
  if (effectiveStatus(invitation, now) === 'pending') return true;
  return now < statusChangedAt(invitation, now) + TERMINAL_RETENTION_DAYS * DAY_MS;
}

/** The retained invitation with `id`, if any. */
export function findInvitation(
  state: State,
  id: string,
  now: number,
): StoredInvitation | undefined {
  const invitation = state.invitations.find((i) => i.id === id);
  return invitation && isRetained(invitation, now) ? invitation : undefined;
}

/** Retained invitations matching the filter, newest first. */
export function listInvitations(
  state: State,
  now: number,
  filter: { from?: string; to?: string; status?: InvitationStatus; orgId?: string },
): StoredInvitation[] {
  return state.invitations
    .filter(
      (i) =>
        isRetained(i, now) &&
        (filter.from === undefined || i.masterName === filter.from) &&
        (filter.to === undefined || i.inviteeName === filter.to) &&
        (filter.orgId === undefined || i.orgId === filter.orgId) &&
        (filter.status === undefined || effectiveStatus(i, now) === filter.status),
    )
    .sort((a, b) => b.createdAt - a.createdAt || b.seq - a.seq);
}

/** An account that is a member of a master. */
export type MemberAccount = Account & { membership: Membership };

/** The master's member accounts, newest first. */
export function membersOf(state: State, masterName: string): MemberAccount[] {
  return Object.values(state.accounts)
    .filter((a): a is MemberAccount => a.membership?.masterName === masterName)
    .sort((a, b) => b.membership.associatedAt - a.membership.associatedAt);
}

/** `{ max, used, pending }` of a master; `pending` leaves out the invitation `excludeId`. */
export function memberQuota(
  state: State,
  masterName: string,
  enterprise: Enterprise,
  now: number,
  excludeId?: string,
): { max: number; used: number; pending: number } {
  const pending = listInvitations(state, now, { from: masterName, status: 'pending' });
  return {
    max: enterprise.memberQuota,
    used: membersOf(state, masterName).length,
    pending: pending.filter((i) => i.id !== excludeId).length,
  };
}
