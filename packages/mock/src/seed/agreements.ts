// FIXTURES.md "Agreements".
import type { WireAgreement } from '../wire.js';

/** What the master accepts to invite (`invitation-settings`, checked by `POST /invitations`). */
export const MASTER_AGREEMENTS: readonly WireAgreement[] = [
  {
    id: 'em-service-agreement',
    name: 'Enterprise Management Service Agreement',
    version: '2025-02-25',
    url: 'https://www.example.com/agreements/em-service-agreement',
  },
];

/** What the invitee accepts to join (each invitation's `agreements`, checked by accept). */
export const INVITEE_AGREEMENTS: readonly WireAgreement[] = [
  {
    id: 'em-member-association',
    name: 'Member Account Association Agreement',
    version: '2025-02-25',
    url: 'https://www.example.com/agreements/em-member-association',
  },
];
