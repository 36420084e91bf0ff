// Requests as a portal page sends them to the proxy, and what tests read from the answers.
import assert from 'node:assert/strict';
import type { Grant, Scope } from '@enterprise-center/proxy';
import {
  API_ROOT,
  DEFAULT_BASE_PATH,
  PATH_PARAMETERS,
  ROUTES,
  type Route,
} from '@enterprise-center/proxy';

/** The portal's own origin, where the proxy runs. */
export const PORTAL = 'https://portal.example';
/** A cross-origin embedder the portal allows. */
export const PARTNER = 'https://partner.example';
/** An origin nobody allowed. */
export const ATTACKER = 'https://attacker.example';

/** A valid invitation id (API.md §2.2). */
export const INVITATION_ID = 'inv-7k2m9x4q1a8b';

/** The proxy URL of an API path, e.g. `/invitations` → `https://portal.example/api/…/invitations`. */
export const proxyUrl = (path: string, origin = PORTAL): string =>
  `${origin}${DEFAULT_BASE_PATH}${API_ROOT}${path}`;

/** The route of an SDK call, e.g. `routeFor('invitations.create')`. */
export const routeFor = (operation: string): Route => {
  const found = ROUTES.find((route) => route.operation === operation);
  assert.ok(found, operation);
  return found;
};

/** A route's path with every parameter filled in with a valid value. */
export const concretePath = (route: Route): string =>
  route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    assert.ok(PATH_PARAMETERS[name], `a pattern for ${name}`);
    return INVITATION_ID;
  });

/** A body each POST route could carry. */
export const bodyFor = (route: Route): string =>
  JSON.stringify({ trans_id: '0b7c6a1e-3d4f-4a5b-8c9d-0e1f2a3b4c5d', route: route.operation });

/**
 * A same-origin request from the portal's page for `route` (`Origin` is the portal's own, as
 * browsers send it on POST), with `init` merged over it.
 */
export const pageRequest = (route: Route, init: RequestInit & { url?: string } = {}): Request => {
  const { url = proxyUrl(concretePath(route)), headers, ...rest } = init;
  const post = route.method === 'POST';
  const merged = new Headers({
    Accept: 'application/json',
    ...(post ? { 'Content-Type': 'application/json', Origin: PORTAL } : {}),
  });
  for (const [name, value] of new Headers(headers)) merged.set(name, value);
  return new Request(url, {
    method: route.method,
    headers: merged,
    body: post ? bodyFor(route) : undefined,
    ...rest,
  });
};

/** A token grant with `scopes` (both by default). */
export const tokenGrant = (
  scopes: Scope[] = ['invite', 'accept'],
  token = 'iam-token-42',
): Grant => ({
  subject: 'user-42',
  scopes,
  token,
});

/** Asserts a contract-shaped error answer (API.md §1, §7) and returns its body. */
export const assertRefusal = async (
  response: Response,
  status: number,
  code: string,
): Promise<{ error_code: string; error_msg: string; request_id: string }> => {
  const body = await response.json();
  assert.equal(response.status, status, `status of ${JSON.stringify(body)}`);
  assert.deepEqual(Object.keys(body).sort(), ['error_code', 'error_msg', 'request_id']);
  assert.equal(body.error_code, code);
  assert.ok(body.error_msg.length > 0);
  assert.equal(body.request_id, response.headers.get('x-request-id'));
  assert.match(body.request_id, /^[A-Za-z0-9][A-Za-z0-9._:-]*$/);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  assert.equal(response.headers.get('content-type'), 'application/json');
  return body;
};
