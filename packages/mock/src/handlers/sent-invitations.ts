// The inviter's side: POST/GET /invitations, GET /invitations/{id}, cancel, resend (API.md §3.5–§3.9).
import type { HttpHandler } from 'msw';
import {
  conditionsNotMet,
  orgUnitNotFound,
  pendingInvitationExists,
  wrongInvitationState,
} from '../errors/api-errors.js';
import { failedChecks } from '../rules/evaluate.js';
import { MASTER_AGREEMENTS } from '../seed/agreements.js';
import { checkConditions } from '../state/conditions.js';
import { invitationId } from '../state/ids.js';
import type { StoredInvitation } from '../state/model.js';
import { effectiveStatus, findOrgUnit, listInvitations } from '../state/queries.js';
import { DAY_MS, INVITATION_TTL_DAYS, stamp } from '../state/time.js';
import { invitationPage, invitationView } from '../state/views.js';
import {
  acceptedAgreements,
  accountName,
  invitationIdParam,
  invitationStatus,
  notes,
  page,
  paymentMethod,
} from '../validation/fields.js';
import { digits, object, optional } from '../validation/readers.js';
import { readQuery } from '../validation/request.js';
import { requireAgreements } from './agreements.js';
import { masterOnly } from './auth.js';
import { invitationActedOnBy, invitationVisibleTo } from './invitation-access.js';
import { route } from './route.js';
import type { Services } from './services.js';

const TTL_MS = INVITATION_TTL_DAYS * DAY_MS;
const readId = ({ params }: { params: Record<string, string> }): { id: string } => ({
  id: invitationIdParam(params),
});

/** Invitations sent by the calling master. */
export function sentInvitationHandlers(services: Services): HttpHandler[] {
  return [
    route(services, {
      method: 'post',
      path: '/invitations',
      access: masterOnly,
      idempotent: true,
      parse: ({ body }) =>
        object({
          account_name: accountName,
          org_id: digits,
          payment_method: paymentMethod,
          agreements: acceptedAgreements,
          notes,
        })(body, ''),
      handle: ({ caller: master, input, state, now }) => {
        if (!findOrgUnit(master.enterprise, input.org_id)) throw orgUnitNotFound(input.org_id);
        requireAgreements(MASTER_AGREEMENTS, input.agreements);
        const failed = failedChecks(
          checkConditions(state, now, {
            master,
            inviteeName: input.account_name,
            paymentMethod: input.payment_method,
          }),
        );
        if (failed.length === 1 && failed[0]?.code === 'NO_PENDING_INVITATION') {
          const [existing] = listInvitations(state, now, {
            from: master.account.name,
            to: input.account_name,
            status: 'pending',
          });
          if (existing) throw pendingInvitationExists(existing.id);
        }
        if (failed.length > 0) throw conditionsNotMet(failed);

        const at = stamp(now);
        const seq = state.invitationSeq + 1;
        const invitation: StoredInvitation = {
          id: invitationId(seq),
          seq,
          masterName: master.account.name,
          inviteeName: input.account_name,
          orgId: input.org_id,
          paymentMethod: input.payment_method,
          notes: input.notes,
          status: 'pending',
          createdAt: at,
          updatedAt: at,
          expiredAt: at + TTL_MS,
        };
        state.invitationSeq = seq;
        state.invitations.push(invitation);
        return { invitation: invitationView(state, invitation, now) };
      },
    }),

    route(services, {
      method: 'get',
      path: '/invitations',
      access: masterOnly,
      parse: ({ query }) =>
        readQuery(
          query,
          object({ ...page, status: optional(invitationStatus), org_id: optional(digits) }),
        ),
      handle: ({ caller: { account, enterprise }, input, state, now }) => {
        if (input.org_id !== undefined && !findOrgUnit(enterprise, input.org_id)) {
          throw orgUnitNotFound(input.org_id);
        }
        const invitations = listInvitations(state, now, {
          from: account.name,
          status: input.status,
          orgId: input.org_id,
        });
        return invitationPage(state, invitations, input, now);
      },
    }),

    route(services, {
      method: 'get',
      path: '/invitations/:invitation_id',
      access: masterOnly,
      parse: readId,
      handle: ({ caller: { account }, input, state, now }) => ({
        invitation: invitationView(
          state,
          invitationVisibleTo(state, now, input.id, account.name),
          now,
        ),
      }),
    }),

    route(services, {
      method: 'post',
      path: '/invitations/:invitation_id/cancel',
      access: masterOnly,
      idempotent: true,
      parse: readId,
      handle: ({ caller: { account }, input, state, now }) => {
        const invitation = invitationActedOnBy(state, now, input.id, 'inviter', account.name);
        const status = effectiveStatus(invitation, now);
        if (status !== 'pending') throw wrongInvitationState(status);
        invitation.status = 'cancelled';
        invitation.updatedAt = stamp(now);
        return { invitation: invitationView(state, invitation, now) };
      },
    }),

    route(services, {
      method: 'post',
      path: '/invitations/:invitation_id/resend',
      access: masterOnly,
      idempotent: true,
      parse: readId,
      handle: ({ caller: master, input, state, now }) => {
        const invitation = invitationActedOnBy(
          state,
          now,
          input.id,
          'inviter',
          master.account.name,
        );
        const status = effectiveStatus(invitation, now);
        if (status !== 'pending' && status !== 'expired') throw wrongInvitationState(status);
        const failed = failedChecks(
          checkConditions(state, now, {
            master,
            inviteeName: invitation.inviteeName,
            paymentMethod: invitation.paymentMethod,
            acting: invitation,
          }),
        );
        if (failed.length > 0) throw conditionsNotMet(failed);
        const at = stamp(now);
        invitation.status = 'pending';
        invitation.updatedAt = at;
        invitation.expiredAt = at + TTL_MS;
        return { invitation: invitationView(state, invitation, now) };
      },
    }),
  ];
}
