// The control API as a Fetch handler: matches CONTROL_ROUTES and answers in the contract's JSON
// and error shapes (ADR 0207). Served by serveFakeBackend only, never by the MSW handlers.
import type { FakeBackend } from '../create-fake-backend.js';
import { ApiError } from '../errors/ApiError.js';
import { invalidParameter, noSuchApi } from '../errors/api-errors.js';
import { errorReply, replyForThrown, toResponse, type Reply } from '../handlers/reply.js';
import { newRequestId } from '../state/ids.js';
import { parseJsonBody } from '../validation/request.js';
import { CONTROL_ROUTES, type ControlRoute } from './control-routes.js';

/** Where the control API lives on the server: outside the contract's base path. */
export const CONTROL_PREFIX = '/__control';

const READS_BODY = new Set(['POST', 'PUT', 'PATCH']);
const NO_STORE = { 'Cache-Control': 'no-store' };

/** The `:name` parameters of `pattern` in `path`, or `undefined` when it does not match. */
function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of want.entries()) {
    const segment = got[index] ?? '';
    if (!part.startsWith(':')) {
      if (part !== segment) return undefined;
    } else if (segment === '') return undefined;
    else {
      try {
        params[part.slice(1)] = decodeURIComponent(segment);
      } catch {
        return undefined;
      }
    }
  }
  return params;
}

function findRoute(
  method: string,
  path: string,
): { route: ControlRoute; params: Record<string, string> } | undefined {
  for (const route of CONTROL_ROUTES) {
    const params = route.method === method ? matchPath(route.path, path) : undefined;
    if (params) return { route, params };
  }
  return undefined;
}

/** A refused control call: the JavaScript API's `TypeError`/`RangeError` are bad input too. */
function refusal(error: unknown, requestId: string): Reply {
  if (error instanceof ApiError) return errorReply(error, requestId);
  if (error instanceof TypeError || error instanceof RangeError) {
    return errorReply(invalidParameter('body', error.message.replace(/\.$/, '')), requestId);
  }
  return replyForThrown(error, requestId);
}

/** Answers `{server}/__control/…` requests for `backend`. */
export function createControlHandler(
  backend: FakeBackend,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const requestId = newRequestId();
    let reply: Reply;
    try {
      const url = new URL(request.url);
      const found = findRoute(request.method, url.pathname.slice(CONTROL_PREFIX.length));
      if (!found) throw noSuchApi();
      const body = READS_BODY.has(request.method) ? parseJsonBody(await request.text()) : undefined;
      const result = await found.route.handle({
        backend,
        params: found.params,
        query: url.searchParams,
        body,
      });
      if (result === undefined) {
        return new Response(null, {
          status: 204,
          headers: { 'X-Request-Id': requestId, ...NO_STORE },
        });
      }
      reply = { status: 200, body: result, requestId };
    } catch (error) {
      reply = refusal(error, requestId);
    }
    return toResponse({ ...reply, headers: { ...reply.headers, ...NO_STORE } });
  };
}
