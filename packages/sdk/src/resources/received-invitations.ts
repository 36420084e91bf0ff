import type { MutationOptions, RequestOptions } from '../options.js';
import { paginate } from '../pagination.js';
import { AcceptResult } from '../schemas/association.js';
import { InvitationEnvelope, InvitationPage, type Invitation } from '../schemas/invitation.js';
import { AcceptInvitationInput, ReceivedInvitationQuery } from '../schemas/invitation-input.js';
import { valid, type Transport } from '../transport/transport.js';
import { invitationPath } from './invitation-path.js';

const RECEIVED = 'received-invitations';

/** Invitations addressed to the caller. */
export const receivedInvitations = (transport: Transport) => {
  const list = async (
    query: ReceivedInvitationQuery = {},
    options?: RequestOptions,
  ): Promise<InvitationPage> =>
    transport.get(InvitationPage, RECEIVED, valid(ReceivedInvitationQuery, query), options);

  return {
    /** One page of the invitations addressed to the caller, newest first. */
    list,

    /** Every invitation addressed to the caller matching `query`, page by page. */
    listAll: (
      query: ReceivedInvitationQuery = {},
      options?: RequestOptions,
    ): AsyncIterable<Invitation> => paginate(list, 'invitations', query, options),

    /**
     * Accepts an invitation with the agreement versions the invitee accepted; the conditions
     * are evaluated again. Returns the invitation and the new association.
     */
    accept: async (
      id: string,
      input: AcceptInvitationInput,
      options?: MutationOptions,
    ): Promise<AcceptResult> =>
      transport.mutate(
        AcceptResult,
        invitationPath(RECEIVED, id, '/accept'),
        valid(AcceptInvitationInput, input),
        options,
      ),

    /** Declines a pending invitation. */
    decline: async (id: string, options?: MutationOptions): Promise<Invitation> =>
      transport.mutate(InvitationEnvelope, invitationPath(RECEIVED, id, '/decline'), {}, options),
  };
};
