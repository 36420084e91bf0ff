// Every parameter of every endpoint of the fake backend, with a valid value and an arbitrary of
// values the contract (API.md §1–§3) says must be refused with 400 CBC.0100.
import fc from 'fast-check';
import type { FakeBackend } from '@enterprise-center/mock';
import {
  ACME_ENGINEERING,
  INVITEE_AGREEMENTS,
  MASTER_AGREEMENTS,
} from '../../../../packages/mock/test/harness.js';
import {
  ABSENT,
  badAgreements,
  badInteger,
  badInvitationId,
  badTransId,
  missing,
  notDigits,
  notString,
  outside,
  requiredText,
  tooLong,
} from './invalid-values.js';

/** Where a parameter travels. */
export type Place = 'path' | 'query' | 'body';

/** One parameter: a valid value and values that must be refused. */
export interface Parameter {
  /** The wire name, as `error_msg` names it. */
  name: string;
  place: Place;
  valid: unknown;
  invalid: fc.Arbitrary<unknown>;
}

const PAYMENT_METHODS = ['paid_by_master', 'paid_by_member'];
const STATUSES = ['pending', 'accepted', 'declined', 'cancelled', 'expired'];

/** An endpoint taking parameters; its path holds `{id}` where the invitation id goes. */
export interface MalformableEndpoint {
  method: 'GET' | 'POST';
  path: string;
  caller: string;
  /** The invitation in the path: the seeded acme-group → maple-foods one. */
  parameters: Parameter[];
  /** A state-changing POST (takes `trans_id`). */
  idempotent: boolean;
}

const query = (name: string, valid: string, invalid: fc.Arbitrary<unknown>): Parameter => ({
  name,
  place: 'query',
  valid,
  invalid,
});
const body = (name: string, valid: unknown, invalid: fc.Arbitrary<unknown>): Parameter => ({
  name,
  place: 'body',
  valid,
  invalid,
});
const idParameter: Parameter = {
  name: 'invitation_id',
  place: 'path',
  valid: '{id}',
  invalid: badInvitationId,
};
const transIdParameter = (): Parameter =>
  body('trans_id', '6f1c2d0e-4b7a-4c1e-9f2a-0d3b5e7c9a11', badTransId);
const page = [
  query('offset', '0', badInteger(0, 2_147_483_647)),
  query('limit', '10', badInteger(1, 100)),
];

/** Every endpoint that takes parameters. */
export const MALFORMABLE_ENDPOINTS: readonly MalformableEndpoint[] = [
  {
    method: 'GET',
    path: '/enterprise-organizations',
    caller: 'acme-group',
    idempotent: false,
    parameters: [
      query('recursive_query', '1', outside(['0', '1'])),
      query('parent_id', ACME_ENGINEERING, notDigits),
    ],
  },
  {
    method: 'GET',
    path: '/sub-customers',
    caller: 'acme-group',
    idempotent: false,
    parameters: [
      ...page,
      query('org_id', ACME_ENGINEERING, notDigits),
      query('sub_customer_account_name', 'acme', fc.oneof(fc.constant(''), tooLong(64))),
      query('fuzzy_query', '1', outside(['0', '1'])),
    ],
  },
  {
    method: 'GET',
    path: '/invitations',
    caller: 'acme-group',
    idempotent: false,
    parameters: [
      query('status', 'pending', outside(STATUSES)),
      query('org_id', ACME_ENGINEERING, notDigits),
      ...page,
    ],
  },
  {
    method: 'GET',
    path: '/invitations/{id}',
    caller: 'acme-group',
    idempotent: false,
    parameters: [idParameter],
  },
  {
    method: 'POST',
    path: '/invitations/precheck',
    caller: 'acme-group',
    idempotent: false,
    parameters: [
      body('account_name', 'acme-robotics', requiredText(64)),
      body('org_id', ACME_ENGINEERING, fc.oneof(notString, notDigits)),
      body('payment_method', 'paid_by_master', fc.oneof(notString, outside(PAYMENT_METHODS))),
    ],
  },
  {
    method: 'POST',
    path: '/invitations',
    caller: 'acme-group',
    idempotent: true,
    parameters: [
      body('account_name', 'acme-robotics', requiredText(64)),
      body('org_id', ACME_ENGINEERING, fc.oneof(missing, notString, notDigits)),
      body(
        'payment_method',
        'paid_by_master',
        fc.oneof(missing, notString, outside(PAYMENT_METHODS)),
      ),
      body('agreements', MASTER_AGREEMENTS, badAgreements(MASTER_AGREEMENTS)),
      body('notes', 'Welcome', fc.oneof(notString, tooLong(1024))),
      transIdParameter(),
    ],
  },
  {
    method: 'POST',
    path: '/invitations/{id}/cancel',
    caller: 'acme-group',
    idempotent: true,
    parameters: [idParameter, transIdParameter()],
  },
  {
    method: 'POST',
    path: '/invitations/{id}/resend',
    caller: 'acme-group',
    idempotent: true,
    parameters: [idParameter, transIdParameter()],
  },
  {
    method: 'GET',
    path: '/received-invitations',
    caller: 'maple-foods',
    idempotent: false,
    parameters: [query('status', 'pending', outside(STATUSES)), ...page],
  },
  {
    method: 'POST',
    path: '/received-invitations/{id}/accept',
    caller: 'maple-foods',
    idempotent: true,
    parameters: [
      idParameter,
      body('agreements', INVITEE_AGREEMENTS, badAgreements(INVITEE_AGREEMENTS)),
      transIdParameter(),
    ],
  },
  {
    method: 'POST',
    path: '/received-invitations/{id}/decline',
    caller: 'maple-foods',
    idempotent: true,
    parameters: [idParameter, transIdParameter()],
  },
];

/** A request as `call` of the mock harness takes it. */
export interface BuiltRequest {
  method: string;
  path: string;
  as: string;
  body?: unknown;
}

/**
 * The endpoint's request with every parameter valid except those in `invalid` (by name), which
 * get the given values (or are left out, for {@link ABSENT}).
 */
export function buildRequest(
  backend: FakeBackend,
  endpoint: MalformableEndpoint,
  invalid: ReadonlyMap<string, unknown> = new Map(),
): BuiltRequest {
  const [seeded] = backend.control.invitations({ from: 'acme-group', to: 'maple-foods' });
  const value = (parameter: Parameter) =>
    invalid.has(parameter.name) ? invalid.get(parameter.name) : parameter.valid;
  const idParam = endpoint.parameters.find((parameter) => parameter.place === 'path');
  const id = idParam && invalid.has(idParam.name) ? String(value(idParam)) : (seeded?.id ?? '');
  const search = new URLSearchParams();
  const json: Record<string, unknown> = {};
  for (const parameter of endpoint.parameters) {
    const given = value(parameter);
    if (given === ABSENT) continue;
    if (parameter.place === 'query') search.append(parameter.name, String(given));
    if (parameter.place === 'body') json[parameter.name] = given;
  }
  const queryString = search.size > 0 ? `?${search}` : '';
  return {
    method: endpoint.method,
    path: endpoint.path.replace('{id}', encodeURIComponent(id)) + queryString,
    as: endpoint.caller,
    body: endpoint.method === 'POST' ? json : undefined,
  };
}
