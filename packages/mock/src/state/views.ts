// State → wire shapes (API.md §2).
import { INVITEE_AGREEMENTS } from '../seed/agreements.js';
import type { WireAssociation, WireInvitation, WireOrgNode } from '../wire.js';
import type { Account, OrgUnit, State, StoredInvitation } from './model.js';
import { effectiveStatus, findAccount, findOrgUnit, statusChangedAt } from './queries.js';
import { iso } from './time.js';

function account(state: State, name: string): Account {
  const found = findAccount(state, name);
  if (!found) throw new Error(`state: no account "${name}"`);
  return found;
}

/** The name of a unit of the master's tree; `null` (a display field, API.md §1) if it has none. */
function orgName(master: Account, orgId: string): string | null {
  return (master.enterprise && findOrgUnit(master.enterprise, orgId)?.name) ?? null;
}

/** One page (`offset`, `limit`) of `invitations` as a list endpoint answers it. */
export function invitationPage(
  state: State,
  invitations: readonly StoredInvitation[],
  page: { offset: number; limit: number },
  now: number,
): { total_count: number; invitations: WireInvitation[] } {
  return {
    total_count: invitations.length,
    invitations: invitations
      .slice(page.offset, page.offset + page.limit)
      .map((i) => invitationView(state, i, now)),
  };
}

/** The invitation as the API shows it at clock reading `now`. */
export function invitationView(
  state: State,
  invitation: StoredInvitation,
  now: number,
): WireInvitation {
  const master = account(state, invitation.masterName);
  const invitee = account(state, invitation.inviteeName);
  return {
    id: invitation.id,
    status: effectiveStatus(invitation, now),
    master_account_id: master.id,
    master_account_name: master.name,
    enterprise_name: master.enterpriseName,
    invitee_account_id: invitee.id,
    invitee_account_name: invitee.name,
    org_id: invitation.orgId,
    org_name: orgName(master, invitation.orgId),
    payment_method: invitation.paymentMethod,
    unified_accounting: master.enterprise?.unifiedAccounting ?? false,
    notes: invitation.notes,
    agreements: INVITEE_AGREEMENTS.map((a) => ({ ...a })),
    created_at: iso(invitation.createdAt),
    updated_at: iso(statusChangedAt(invitation, now)),
    expired_at: iso(invitation.expiredAt),
  };
}

/** The account's "My Master Account", or `null` when it is not a member. */
export function associationView(state: State, member: Account): WireAssociation | null {
  if (!member.membership) return null;
  const { masterName, orgId, paymentMethod, associatedAt } = member.membership;
  const master = account(state, masterName);
  return {
    master_account_id: master.id,
    master_account_name: master.name,
    enterprise_name: master.enterpriseName,
    org_id: orgId,
    org_name: orgName(master, orgId),
    payment_method: paymentMethod,
    unified_accounting: master.enterprise?.unifiedAccounting ?? false,
    associated_at: iso(associatedAt),
  };
}

/** An org unit as an OrgNode; `recursive` includes the whole subtree as `child_nodes`. */
export function orgNodeView(unit: OrgUnit, recursive: boolean): WireOrgNode {
  const node: WireOrgNode = { relation_id: `rel-${unit.id}`, id: unit.id, name: unit.name };
  if (recursive) node.child_nodes = unit.children.map((child) => orgNodeView(child, true));
  return node;
}
