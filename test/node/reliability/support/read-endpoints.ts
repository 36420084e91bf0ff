// Every kind of success body the SDK reads: the schema it checks it with, the call that reads it,
// the spec of a valid result, and how to get a real body from the fake backend.
import assert from 'node:assert/strict';
import type { FakeBackend } from '@enterprise-center/mock';
import type { Client } from '@enterprise-center/sdk';
import {
  AcceptResult,
  AssociationEnvelope,
} from '../../../../packages/sdk/src/schemas/association.js';
import {
  InvitationEnvelope,
  InvitationPage,
} from '../../../../packages/sdk/src/schemas/invitation.js';
import { InvitationSettings } from '../../../../packages/sdk/src/schemas/invitation-settings.js';
import { MemberPage } from '../../../../packages/sdk/src/schemas/member.js';
import { OrgTree } from '../../../../packages/sdk/src/schemas/organization.js';
import type { Schema } from '../../../../packages/sdk/src/schemas/parse.js';
import { PrecheckResult } from '../../../../packages/sdk/src/schemas/precheck.js';
import { API } from '../../../../packages/sdk/test/support/backend.js';
import { MEMBER_AGREEMENT } from '../../../../packages/sdk/test/support/fixtures.js';
import type { Json } from './hostile-json.js';
import {
  ACCEPT_RESULT,
  INVITATION,
  INVITATION_PAGE,
  INVITATION_SETTINGS,
  MASTER_ACCOUNT,
  MEMBER_PAGE,
  ORG_TREE,
  PRECHECK_RESULT,
  type Spec,
} from './output-specs.js';

/** A valid invitation id: the one-off handlers answer for any. */
const SOME_ID = 'inv-0a1b2c3d4e5f';

/** One kind of success body. */
export interface ReadEndpoint {
  name: string;
  schema: Schema<unknown>;
  spec: Spec;
  /** The SDK call that reads this body. */
  call(client: Client): Promise<unknown>;
  /** Asks the fake backend for a real body of this kind (may change its state). */
  sample(backend: FakeBackend): { method: string; path: string; as: string; body?: unknown };
}

const acmeToMaple = (backend: FakeBackend): string => {
  const [invitation] = backend.control.invitations({ from: 'acme-group', to: 'maple-foods' });
  assert.ok(invitation);
  return invitation.id;
};

export const READ_ENDPOINTS: readonly ReadEndpoint[] = [
  {
    name: 'invitations.settings',
    schema: InvitationSettings,
    spec: INVITATION_SETTINGS,
    call: (client) => client.invitations.settings(),
    sample: () => ({ method: 'GET', path: '/invitation-settings', as: 'acme-group' }),
  },
  {
    name: 'invitations.precheck',
    schema: PrecheckResult,
    spec: PRECHECK_RESULT,
    call: (client) => client.invitations.precheck({ accountName: 'frost-retail' }),
    sample: () => ({
      method: 'POST',
      path: '/invitations/precheck',
      as: 'acme-group',
      body: { account_name: 'frost-retail', payment_method: 'paid_by_master' },
    }),
  },
  {
    name: 'invitations.get',
    schema: InvitationEnvelope,
    spec: INVITATION,
    call: (client) => client.invitations.get(SOME_ID),
    sample: (backend) => ({
      method: 'GET',
      path: `/invitations/${acmeToMaple(backend)}`,
      as: 'acme-group',
    }),
  },
  {
    name: 'invitations.list',
    schema: InvitationPage,
    spec: INVITATION_PAGE,
    call: (client) => client.invitations.list(),
    sample: () => ({ method: 'GET', path: '/invitations', as: 'acme-group' }),
  },
  {
    name: 'receivedInvitations.accept',
    schema: AcceptResult,
    spec: ACCEPT_RESULT,
    call: (client) =>
      client.receivedInvitations.accept(SOME_ID, { agreements: [MEMBER_AGREEMENT] }),
    sample: (backend) => ({
      method: 'POST',
      path: `/received-invitations/${acmeToMaple(backend)}/accept`,
      as: 'maple-foods',
      body: { agreements: [MEMBER_AGREEMENT] },
    }),
  },
  {
    name: 'masterAccount.get',
    schema: AssociationEnvelope,
    spec: MASTER_ACCOUNT,
    call: (client) => client.masterAccount.get(),
    sample: () => ({ method: 'GET', path: '/master-account', as: 'acme-cloud-ops' }),
  },
  {
    name: 'organizations.tree',
    schema: OrgTree,
    spec: ORG_TREE,
    call: (client) => client.organizations.tree({ recursive: true }),
    sample: () => ({
      method: 'GET',
      path: '/enterprise-organizations?recursive_query=1',
      as: 'acme-group',
    }),
  },
  {
    name: 'members.list',
    schema: MemberPage,
    spec: MEMBER_PAGE,
    call: (client) => client.members.list(),
    sample: () => ({ method: 'GET', path: '/sub-customers', as: 'acme-group' }),
  },
];

/** A real body of every kind, as the fake backend answers it (the backend is reset after). */
export async function realBodies(backend: FakeBackend): Promise<Map<string, Json>> {
  const bodies = new Map<string, Json>();
  for (const endpoint of READ_ENDPOINTS) {
    backend.reset();
    const { method, path, as, body } = endpoint.sample(backend);
    const response = await fetch(`${API}${path}`, {
      method,
      headers: { 'X-Auth-Token': `token-${as}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    assert.equal(response.status, 200, `${endpoint.name} sample`);
    bodies.set(endpoint.name, (await response.json()) as Json);
  }
  backend.reset();
  return bodies;
}
