// GET /master-account (API.md §3.13).
import type { HttpHandler } from 'msw';
import { associationView } from '../state/views.js';
import { anyAccount } from './auth.js';
import { route } from './route.js';
import type { Services } from './services.js';

/** The caller's current association. */
export function masterAccountHandlers(services: Services): HttpHandler[] {
  return [
    route(services, {
      method: 'get',
      path: '/master-account',
      access: anyAccount,
      parse: () => ({}),
      handle: ({ caller, state }) => ({ association: associationView(state, caller) }),
    }),
  ];
}
