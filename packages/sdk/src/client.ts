import type { ClientOptions } from './options.js';
import { invitations } from './resources/invitations.js';
import { masterAccount } from './resources/master-account.js';
import { members } from './resources/members.js';
import { organizations } from './resources/organizations.js';
import { receivedInvitations } from './resources/received-invitations.js';
import { createTransport } from './transport/transport.js';

/**
 * Creates a client for the Enterprise Center membership API. Every method validates its input
 * (`INVALID_REQUEST`, nothing sent) and the response (`INVALID_RESPONSE`), retries what is safe
 * to retry, and fails only with an `EnterpriseCenterError`.
 *
 * @throws TypeError when `baseUrl` is missing or both `token` and `signer` are given.
 */
export const createClient = (options: ClientOptions) => {
  const transport = createTransport(options);
  return {
    /** The enterprise's organization units. */
    organizations: organizations(transport),
    /** The enterprise's member accounts. */
    members: members(transport),
    /** Invitations the caller sends as a master account. */
    invitations: invitations(transport),
    /** Invitations addressed to the caller. */
    receivedInvitations: receivedInvitations(transport),
    /** The caller's own master account ("My Master Account"). */
    masterAccount: masterAccount(transport),
  };
};

/** What {@link createClient} returns. */
export type Client = ReturnType<typeof createClient>;
