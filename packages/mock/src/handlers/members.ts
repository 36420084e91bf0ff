// GET /sub-customers (API.md §3.2).
import type { HttpHandler } from 'msw';
import { orgUnitNotFound } from '../errors/api-errors.js';
import { findOrgUnit, membersOf } from '../state/queries.js';
import { accountName, flag, page } from '../validation/fields.js';
import { digits, object, optional } from '../validation/readers.js';
import { readQuery } from '../validation/request.js';
import { masterOnly } from './auth.js';
import { route } from './route.js';
import type { Services } from './services.js';

/** The member accounts endpoint. */
export function memberHandlers(services: Services): HttpHandler[] {
  return [
    route(services, {
      method: 'get',
      path: '/sub-customers',
      access: masterOnly,
      parse: ({ query }) =>
        readQuery(
          query,
          object({
            ...page,
            org_id: optional(digits),
            sub_customer_account_name: optional(accountName),
            fuzzy_query: flag,
          }),
        ),
      handle: ({ caller: { account, enterprise }, input, state }) => {
        const { org_id: orgId, sub_customer_account_name: name } = input;
        if (orgId !== undefined && !findOrgUnit(enterprise, orgId)) throw orgUnitNotFound(orgId);
        const nameMatches = (candidate: string): boolean =>
          name === undefined ||
          (input.fuzzy_query === '1'
            ? candidate.toLowerCase().includes(name.toLowerCase())
            : candidate === name);
        const members = membersOf(state, account.name).filter(
          (m) => (orgId === undefined || m.membership.orgId === orgId) && nameMatches(m.name),
        );
        return {
          total_count: members.length,
          sub_customer_infos: members.slice(input.offset, input.offset + input.limit).map((m) => ({
            id: m.id,
            name: m.name,
            // Display fields (API.md §1): `null` when the account has no enterprise name.
            display_name: m.enterpriseName,
            status: 1,
            org_id: m.membership.orgId,
            org_name: findOrgUnit(enterprise, m.membership.orgId)?.name ?? null,
          })),
        };
      },
    }),
  ];
}
