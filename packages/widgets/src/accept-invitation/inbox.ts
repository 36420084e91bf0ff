import type { Association, Invitation } from '@enterprise-center/sdk';
import type { Client } from '../shared/base-element.js';

/** What the invitee sees: every received invitation (newest first) and the current association. */
export interface Inbox {
  invitations: Invitation[];
  association: Association | null;
}

/** Orders invitations by when they were sent, newest first. */
export function newestFirst(invitations: readonly Invitation[]): Invitation[] {
  return [...invitations].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}

/** Loads every page of received invitations and the current association, in parallel. */
export async function loadInbox(api: Client, signal: AbortSignal): Promise<Inbox> {
  const collect = async () => {
    const all: Invitation[] = [];
    for await (const invitation of api.receivedInvitations.listAll({ limit: 100 }, { signal })) {
      all.push(invitation);
    }
    return all;
  };
  const [invitations, association] = await Promise.all([
    collect(),
    api.masterAccount.get({ signal }),
  ]);
  return { invitations: newestFirst(invitations), association };
}
