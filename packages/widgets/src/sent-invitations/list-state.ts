import type { Invitation, InvitationPage } from '@enterprise-center/sdk';
import type { StatusFilter } from './status-filter.js';

/** What the list asks the server for: a status (or all) and, optionally, one organization unit. */
export interface ListQuery {
  status: StatusFilter;
  orgId: string;
}

/**
 * The invitations shown, newest first, and the bookkeeping that keeps offset paging exact while
 * rows change here: `next` is where the next page starts on the server, `total` how many match the
 * query there. A row that stops matching (cancelled under "Pending") stays shown but no longer
 * counts; a row that is added (sent from `<invite-member>`) shifts the server's list by one.
 */
export interface ListState {
  rows: readonly Invitation[];
  total: number;
  next: number;
}

/** Nothing loaded yet. */
export const emptyList: ListState = { rows: [], total: 0, next: 0 };

/** Whether the server lists `invitation` for `query`. */
export function matches(query: ListQuery, invitation: Invitation): boolean {
  return (
    (query.status === 'all' || invitation.status === query.status) &&
    (!query.orgId || invitation.orgId === query.orgId)
  );
}

/** How many invitations the server has for the query beyond those the list has asked for. */
export function remaining(list: ListState): number {
  return Math.max(0, list.total - list.next);
}

/**
 * The list with the next page appended. Rows already shown are not repeated (the server's list
 * may have shifted, e.g. an invitation sent in another window).
 */
export function appendPage(list: ListState, page: InvitationPage): ListState {
  const shown = new Set(list.rows.map((row) => row.id));
  const fresh = page.invitations.filter((invitation) => !shown.has(invitation.id));
  return {
    rows: [...list.rows, ...fresh],
    total: page.totalCount,
    next: list.next + page.invitations.length,
  };
}

/** The list with a new invitation on top, if the query lists it and it is not shown yet. */
export function prependRow(list: ListState, query: ListQuery, invitation: Invitation): ListState {
  if (!matches(query, invitation) || list.rows.some((row) => row.id === invitation.id)) {
    return list;
  }
  return { rows: [invitation, ...list.rows], total: list.total + 1, next: list.next + 1 };
}

/** The list with the server's newer copy of a row; a row that stopped matching stays, uncounted. */
export function replaceRow(list: ListState, query: ListQuery, invitation: Invitation): ListState {
  const old = list.rows.find((row) => row.id === invitation.id);
  if (!old) return list;
  const left = matches(query, old) && !matches(query, invitation) ? 1 : 0;
  return {
    rows: list.rows.map((row) => (row === old ? invitation : row)),
    total: list.total - left,
    next: list.next - left,
  };
}

/** The list without a row that no longer exists on the server. */
export function removeRow(list: ListState, query: ListQuery, id: string): ListState {
  const old = list.rows.find((row) => row.id === id);
  if (!old) return list;
  const counted = matches(query, old) ? 1 : 0;
  return {
    rows: list.rows.filter((row) => row !== old),
    total: list.total - counted,
    next: list.next - counted,
  };
}
