// GET /invitation-settings and POST /invitations/precheck (API.md §3.3, §3.4).
import type { HttpHandler } from 'msw';
import { orgUnitNotFound } from '../errors/api-errors.js';
import { isPaymentMethodAllowed } from '../rules/invitation-rules.js';
import { MASTER_AGREEMENTS } from '../seed/agreements.js';
import { checkConditions } from '../state/conditions.js';
import { findAccount, findOrgUnit, memberQuota } from '../state/queries.js';
import { INVITATION_TTL_DAYS } from '../state/time.js';
import { accountName, paymentMethod } from '../validation/fields.js';
import { PAYMENT_METHODS } from '../wire.js';
import { digits, object, optional } from '../validation/readers.js';
import { masterOnly } from './auth.js';
import { route } from './route.js';
import type { Services } from './services.js';

/** What the invite form needs, and the precheck. */
export function invitationSettingsHandlers(services: Services): HttpHandler[] {
  return [
    route(services, {
      method: 'get',
      path: '/invitation-settings',
      access: masterOnly,
      parse: () => ({}),
      handle: ({ caller: { account, enterprise }, state, now }) => ({
        master_account: {
          id: account.id,
          name: account.name,
          enterprise_name: account.enterpriseName,
          unified_accounting: enterprise.unifiedAccounting,
          monthly_settlement: account.monthlySettlement,
          sales_channel: account.salesChannel,
        },
        member_quota: memberQuota(state, account.name, enterprise, now),
        payment_methods: PAYMENT_METHODS.map((code) =>
          isPaymentMethodAllowed(enterprise, code)
            ? { code, allowed: true }
            : { code, allowed: false, reason: 'Unified accounting is enabled.' },
        ),
        agreements: MASTER_AGREEMENTS,
        invitation_ttl_days: INVITATION_TTL_DAYS,
      }),
    }),

    route(services, {
      method: 'post',
      path: '/invitations/precheck',
      access: masterOnly,
      parse: ({ body }) =>
        object({
          account_name: accountName,
          org_id: optional(digits),
          payment_method: optional(paymentMethod),
        })(body, ''),
      handle: ({ caller: master, input, state, now }) => {
        if (input.org_id !== undefined && !findOrgUnit(master.enterprise, input.org_id)) {
          throw orgUnitNotFound(input.org_id);
        }
        const checks = checkConditions(state, now, {
          master,
          inviteeName: input.account_name,
          paymentMethod: input.payment_method ?? null,
        });
        const invitee = findAccount(state, input.account_name);
        return {
          eligible: checks.every((check) => check.status !== 'failed'),
          invitee: invitee
            ? {
                account_id: invitee.id,
                account_name: invitee.name,
                enterprise_name: invitee.enterpriseName,
              }
            : null,
          checks,
        };
      },
    }),
  ];
}
