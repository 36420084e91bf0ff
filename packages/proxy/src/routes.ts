/**
 * The proxy's route table (API.md §7) as data: the only place that says which calls a portal
 * page may make. The proxy, docs/proxy.md's route table and the tests are all driven by it.
 */

/** What a grant allows: `invite` for a master account's administrator, `accept` for an invitee's. */
export type Scope = 'invite' | 'accept';

/** One call the proxy forwards. */
export interface Route {
  /** The SDK call that makes this request, e.g. `invitations.create`; named in audit entries. */
  readonly operation: string;
  readonly method: 'GET' | 'POST';
  /**
   * The path below {@link API_ROOT}, as in API.md §3; a `{name}` segment is a parameter whose
   * value must match `PATH_PARAMETERS[name]`.
   */
  readonly path: string;
  /** The scope a grant needs for this route. */
  readonly scope: Scope;
  /** The query parameters forwarded upstream; any other is dropped. */
  readonly query: readonly string[];
}

/** Where API.md's paths live, below the proxy's base path and below the upstream. */
export const API_ROOT = '/v2/enterprises/multi-accounts';

/** The pattern each path parameter must match (API.md §2.2), or the route does not match. */
export const PATH_PARAMETERS: Readonly<Record<string, RegExp>> = {
  invitation_id: /^inv-[0-9a-z]{8,32}$/,
};

const PAGE = ['offset', 'limit'];

/** Every route, in API.md §7's order. */
export const ROUTES: readonly Route[] = [
  {
    operation: 'organizations.tree',
    method: 'GET',
    path: '/enterprise-organizations',
    scope: 'invite',
    query: ['recursive_query', 'parent_id'],
  },
  {
    operation: 'members.list',
    method: 'GET',
    path: '/sub-customers',
    scope: 'invite',
    query: [...PAGE, 'org_id', 'sub_customer_account_name', 'fuzzy_query'],
  },
  {
    operation: 'invitations.settings',
    method: 'GET',
    path: '/invitation-settings',
    scope: 'invite',
    query: [],
  },
  {
    operation: 'invitations.precheck',
    method: 'POST',
    path: '/invitations/precheck',
    scope: 'invite',
    query: [],
  },
  {
    operation: 'invitations.create',
    method: 'POST',
    path: '/invitations',
    scope: 'invite',
    query: [],
  },
  {
    operation: 'invitations.list',
    method: 'GET',
    path: '/invitations',
    scope: 'invite',
    query: ['status', 'org_id', ...PAGE],
  },
  {
    operation: 'invitations.get',
    method: 'GET',
    path: '/invitations/{invitation_id}',
    scope: 'invite',
    query: [],
  },
  {
    operation: 'invitations.cancel',
    method: 'POST',
    path: '/invitations/{invitation_id}/cancel',
    scope: 'invite',
    query: [],
  },
  {
    operation: 'invitations.resend',
    method: 'POST',
    path: '/invitations/{invitation_id}/resend',
    scope: 'invite',
    query: [],
  },
  {
    operation: 'masterAccount.get',
    method: 'GET',
    path: '/master-account',
    scope: 'accept',
    query: [],
  },
  {
    operation: 'receivedInvitations.list',
    method: 'GET',
    path: '/received-invitations',
    scope: 'accept',
    query: ['status', ...PAGE],
  },
  {
    operation: 'receivedInvitations.accept',
    method: 'POST',
    path: '/received-invitations/{invitation_id}/accept',
    scope: 'accept',
    query: [],
  },
  {
    operation: 'receivedInvitations.decline',
    method: 'POST',
    path: '/received-invitations/{invitation_id}/decline',
    scope: 'accept',
    query: [],
  },
];
