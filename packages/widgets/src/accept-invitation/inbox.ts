import type { Association, Client, Invitation } from '@enterprise-center/sdk';

/** What the invitee sees: every received invitation (newest first) and the current association. */
export interface Inbox {
  invitations: Invitation[];
  association: Association | null;
}

/**
 * Loads every page of received invitations and the current association, in parallel. The server
 * lists received invitations newest first (API.md §3.10), so the pages come in the order shown.
 */
export async function loadInbox(api: Client, signal: AbortSignal): Promise<Inbox> {
  const invitations: Invitation[] = [];
  const collect = async () => {
    for await (const invitation of api.receivedInvitations.listAll({ limit: 100 }, { signal })) {
      invitations.push(invitation);
    }
  };
  const [association] = await Promise.all([api.masterAccount.get({ signal }), collect()]);
  return { invitations, association };
}
