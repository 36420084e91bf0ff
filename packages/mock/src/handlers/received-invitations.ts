// The invitee's side: GET /received-invitations, accept, decline (API.md §3.10–§3.12).
import type { HttpHandler } from 'msw';
import { conditionsNotMet, wrongInvitationState } from '../errors/api-errors.js';
import { failedChecks } from '../rules/evaluate.js';
import { INVITEE_AGREEMENTS } from '../seed/agreements.js';
import { checkConditions } from '../state/conditions.js';
import { effectiveStatus, findAccount, listInvitations } from '../state/queries.js';
import { stamp } from '../state/time.js';
import { associationView, invitationPage, invitationView } from '../state/views.js';
import {
  acceptedAgreements,
  invitationIdParam,
  invitationStatus,
  page,
} from '../validation/fields.js';
import { object, optional } from '../validation/readers.js';
import { readQuery } from '../validation/request.js';
import { requireAgreements } from './agreements.js';
import { anyAccount } from './auth.js';
import { invitationActedOnBy } from './invitation-access.js';
import { route } from './route.js';
import type { Services } from './services.js';

/** Invitations addressed to the caller. */
export function receivedInvitationHandlers(services: Services): HttpHandler[] {
  return [
    route(services, {
      method: 'get',
      path: '/received-invitations',
      access: anyAccount,
      parse: ({ query }) =>
        readQuery(query, object({ ...page, status: optional(invitationStatus) })),
      handle: ({ caller, input, state, now }) => {
        const invitations = listInvitations(state, now, { to: caller.name, status: input.status });
        return invitationPage(state, invitations, input, now);
      },
    }),

    route(services, {
      method: 'post',
      path: '/received-invitations/:invitation_id/accept',
      access: anyAccount,
      idempotent: true,
      parse: ({ params, body }) => ({
        id: invitationIdParam(params),
        ...object({ agreements: acceptedAgreements })(body, ''),
      }),
      handle: ({ caller, input, state, now }) => {
        const invitation = invitationActedOnBy(state, now, input.id, 'invitee', caller.name);
        const status = effectiveStatus(invitation, now);
        if (status !== 'pending') throw wrongInvitationState(status);
        requireAgreements(INVITEE_AGREEMENTS, input.agreements);
        const masterAccount = findAccount(state, invitation.masterName);
        if (!masterAccount?.enterprise) throw new Error('the inviter is no longer a master');
        const failed = failedChecks(
          checkConditions(state, now, {
            master: { account: masterAccount, enterprise: masterAccount.enterprise },
            inviteeName: caller.name,
            paymentMethod: invitation.paymentMethod,
            acting: invitation,
            accepting: true,
          }),
        );
        if (failed.length > 0) throw conditionsNotMet(failed);

        const at = stamp(now);
        invitation.status = 'accepted';
        invitation.updatedAt = at;
        caller.membership = {
          masterName: invitation.masterName,
          orgId: invitation.orgId,
          paymentMethod: invitation.paymentMethod,
          associatedAt: at,
        };
        return {
          invitation: invitationView(state, invitation, now),
          association: associationView(state, caller),
        };
      },
    }),

    route(services, {
      method: 'post',
      path: '/received-invitations/:invitation_id/decline',
      access: anyAccount,
      idempotent: true,
      parse: ({ params }) => ({ id: invitationIdParam(params) }),
      handle: ({ caller, input, state, now }) => {
        const invitation = invitationActedOnBy(state, now, input.id, 'invitee', caller.name);
        const status = effectiveStatus(invitation, now);
        if (status !== 'pending') throw wrongInvitationState(status);
        invitation.status = 'declined';
        invitation.updatedAt = stamp(now);
        return { invitation: invitationView(state, invitation, now) };
      },
    }),
  ];
}
