import { http, type HttpHandler } from 'msw';
import { noSuchApi } from '../errors/api-errors.js';
import { invitationSettingsHandlers } from './invitation-settings.js';
import { masterAccountHandlers } from './master-account.js';
import { memberHandlers } from './members.js';
import { organizationHandlers } from './organizations.js';
import { receivedInvitationHandlers } from './received-invitations.js';
import { sentInvitationHandlers } from './sent-invitations.js';
import { serve } from './serve.js';
import type { Services } from './services.js';

/**
 * Every endpoint of API.md §3, then a catch-all answering 404 `APIG.0101` for any other path or
 * method below the API base path (so nothing there reaches the network).
 */
export function createHandlers(services: Services): HttpHandler[] {
  return [
    ...organizationHandlers(services),
    ...memberHandlers(services),
    ...invitationSettingsHandlers(services),
    ...sentInvitationHandlers(services),
    ...receivedInvitationHandlers(services),
    ...masterAccountHandlers(services),
    http.all(
      `${services.apiBase}/*`,
      serve(services, () => Promise.reject(noSuchApi())),
    ),
  ];
}
