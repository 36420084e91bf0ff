// GET /enterprise-organizations (API.md §3.1).
import type { HttpHandler } from 'msw';
import { orgUnitNotFound } from '../errors/api-errors.js';
import { findOrgUnit } from '../state/queries.js';
import { orgNodeView } from '../state/views.js';
import { flag } from '../validation/fields.js';
import { digits, object, optional } from '../validation/readers.js';
import { readQuery } from '../validation/request.js';
import { masterOnly } from './auth.js';
import { route } from './route.js';
import type { Services } from './services.js';

/** The organization tree endpoint. */
export function organizationHandlers(services: Services): HttpHandler[] {
  return [
    route(services, {
      method: 'get',
      path: '/enterprise-organizations',
      access: masterOnly,
      parse: ({ query }) =>
        readQuery(query, object({ recursive_query: flag, parent_id: optional(digits) })),
      handle: ({ caller: { enterprise }, input }) => {
        const root = enterprise.org;
        const parent =
          input.parent_id === undefined ? root : findOrgUnit(enterprise, input.parent_id);
        if (!parent) throw orgUnitNotFound(input.parent_id ?? '');
        const recursive = input.recursive_query === '1';
        return {
          root_id: root.id,
          root_name: root.name,
          child_nodes: parent.children.map((unit) => orgNodeView(unit, recursive)),
        };
      },
    }),
  ];
}
