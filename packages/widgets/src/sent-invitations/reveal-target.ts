import type { Client, Invitation } from '@enterprise-center/sdk';
import { STATUS_FILTERS, type StatusFilter } from './status-filter.js';

/**
 * The invitation `reveal()` shows: by its id, or the pending invitation to an account. The detail
 * of `<invite-member>`'s `invitation-pending` is one, as it is.
 */
export interface RevealTarget {
  invitationId?: string | undefined;
  accountName?: string | undefined;
}

/** The row a target names, the Status filter that lists it, and its unit. */
export interface FoundTarget {
  matches: (row: Invitation) => boolean;
  status: StatusFilter;
  orgId: string;
}

/**
 * What `target` names, as this element's client sees it: the invitation with the id, or the
 * pending invitation to the account (among the rows `shown`, else found by walking the pending
 * ones, which the member quota keeps few). `undefined` when there is none; a failure other than
 * "not found" rejects.
 */
export async function findTarget(
  api: Client,
  target: RevealTarget,
  shown: readonly Invitation[],
): Promise<FoundTarget | undefined> {
  if (target.invitationId) return found(await api.invitations.get(target.invitationId));
  const account = target.accountName?.trim();
  if (!account) return undefined;
  const isIt = (row: Invitation) => row.status === 'pending' && row.inviteeAccountName === account;
  const row = shown.find(isIt);
  if (row) return found(row);
  for await (const invitation of api.invitations.listAll({ status: 'pending', limit: 100 })) {
    if (isIt(invitation)) return found(invitation);
  }
  return undefined;
}

function found(invitation: Invitation): FoundTarget {
  const status = STATUS_FILTERS.find((filter) => filter === invitation.status) ?? 'all';
  return { matches: (row) => row.id === invitation.id, status, orgId: invitation.orgId };
}
