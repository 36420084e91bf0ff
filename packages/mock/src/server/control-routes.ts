// The control API's routes as data (docs/fake-backend.md "Control API" lists each; a test checks
// the two agree). Bodies and answers are the JavaScript API's arguments and results as JSON.
import type { AccountPatch } from '../control.js';
import type { FakeBackend, FakeBackendSnapshot } from '../create-fake-backend.js';
import { noSuch } from '../errors/control-errors.js';
import { iso } from '../state/time.js';
import { readQuery } from '../validation/request.js';
import { duration, faultRequest, invitationFilter, latencyRequest } from './control-input.js';

/** Everything a control route reads. */
export interface ControlCall {
  backend: FakeBackend;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body (`{}` when empty); `undefined` for GET and DELETE. */
  body: unknown;
}

/** One route below `/__control`. */
export interface ControlRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Below `/__control`, with `:name` parameters. */
  path: string;
  /** The JSON answered with 200, or `undefined` for 204. */
  handle: (call: ControlCall) => unknown;
}

const clockView = (backend: FakeBackend) => ({
  now: iso(backend.clock.now()),
  epochMs: backend.clock.now(),
});

/** Every route of the control API. */
export const CONTROL_ROUTES: readonly ControlRoute[] = [
  { method: 'POST', path: '/reset', handle: ({ backend }) => backend.reset() },
  { method: 'GET', path: '/snapshot', handle: ({ backend }) => backend.snapshot() },
  {
    method: 'PUT',
    path: '/snapshot',
    handle: ({ backend, body }) => backend.restore(body as FakeBackendSnapshot),
  },
  { method: 'GET', path: '/clock', handle: ({ backend }) => clockView(backend) },
  {
    method: 'POST',
    path: '/clock/advance',
    handle: ({ backend, body }) => {
      backend.clock.advance(duration(body, '').ms);
      return clockView(backend);
    },
  },
  {
    method: 'GET',
    path: '/accounts/:name',
    handle: ({ backend, params: { name = '' } }) => {
      const account = backend.control.account(name);
      if (!account) throw noSuch(`account "${name}"`);
      return account;
    },
  },
  {
    method: 'PATCH',
    path: '/accounts/:name',
    handle: ({ backend, params: { name = '' }, body }) =>
      backend.control.updateAccount(name, body as AccountPatch),
  },
  {
    method: 'GET',
    path: '/invitations',
    handle: ({ backend, query }) => backend.control.invitations(readQuery(query, invitationFilter)),
  },
  {
    method: 'POST',
    path: '/invitations/:id/cancel',
    handle: ({ backend, params: { id = '' } }) => backend.control.cancelInvitation(id),
  },
  {
    method: 'POST',
    path: '/invitations/:id/expire',
    handle: ({ backend, params: { id = '' } }) => backend.control.expireInvitation(id),
  },
  {
    method: 'POST',
    path: '/faults',
    handle: ({ backend, body }) => {
      const { fault, match } = faultRequest(body, '');
      backend.faults.failNext(fault, match);
    },
  },
  {
    method: 'PUT',
    path: '/latency',
    handle: ({ backend, body }) => {
      const { ms, match } = latencyRequest(body, '');
      backend.faults.setLatency(ms, match);
    },
  },
  { method: 'DELETE', path: '/faults', handle: ({ backend }) => backend.faults.clear() },
  { method: 'GET', path: '/requests', handle: ({ backend }) => backend.requests },
  { method: 'DELETE', path: '/requests', handle: ({ backend }) => backend.clearRequests() },
];
