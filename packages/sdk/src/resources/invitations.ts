import type { MutationOptions, RequestOptions } from '../options.js';
import { paginate } from '../pagination.js';
import { InvitationEnvelope, InvitationPage, type Invitation } from '../schemas/invitation.js';
import {
  CreateInvitationInput,
  InvitationQuery,
  PrecheckInput,
} from '../schemas/invitation-input.js';
import { InvitationSettings } from '../schemas/invitation-settings.js';
import { PrecheckResult } from '../schemas/precheck.js';
import { valid, type Transport } from '../transport/transport.js';
import { invitationPath } from './invitation-path.js';

const SENT = 'invitations';

/** Invitations the caller (a master account) sends. */
export const invitations = (transport: Transport) => {
  const list = async (
    query: InvitationQuery = {},
    options?: RequestOptions,
  ): Promise<InvitationPage> =>
    transport.get(InvitationPage, SENT, valid(InvitationQuery, query), options);

  return {
    /** What the invite form needs: the master's facts, quota, payment methods, agreements. */
    settings: async (options?: RequestOptions): Promise<InvitationSettings> =>
      transport.get(InvitationSettings, 'invitation-settings', undefined, options),

    /** Evaluates every invitation condition for an account without inviting it. */
    precheck: async (input: PrecheckInput, options?: RequestOptions): Promise<PrecheckResult> =>
      transport.post(PrecheckResult, `${SENT}/precheck`, valid(PrecheckInput, input), options),

    /**
     * Invites an existing account. Fails with `PreconditionFailedError` (`EM.1001`) when a
     * condition is not met, `EM.1002` when a pending invitation exists, `EM.1005` when the
     * agreements are not accepted in their current versions.
     */
    create: async (input: CreateInvitationInput, options?: MutationOptions): Promise<Invitation> =>
      transport.mutate(InvitationEnvelope, SENT, valid(CreateInvitationInput, input), options),

    /** One page of the invitations the caller sent, newest first. */
    list,

    /** Every invitation the caller sent matching `query`, page by page (`limit` = page size). */
    listAll: (query: InvitationQuery = {}, options?: RequestOptions): AsyncIterable<Invitation> =>
      paginate(list, 'invitations', query, options),

    /** One invitation the caller sent. */
    get: async (id: string, options?: RequestOptions): Promise<Invitation> =>
      transport.get(InvitationEnvelope, invitationPath(SENT, id), undefined, options),

    /** Cancels a pending invitation (`EM.1004` when it is no longer pending). */
    cancel: async (id: string, options?: MutationOptions): Promise<Invitation> =>
      transport.mutate(InvitationEnvelope, invitationPath(SENT, id, '/cancel'), {}, options),

    /** Renews a pending or expired invitation; the conditions are evaluated again. */
    resend: async (id: string, options?: MutationOptions): Promise<Invitation> =>
      transport.mutate(InvitationEnvelope, invitationPath(SENT, id, '/resend'), {}, options),
  };
};
