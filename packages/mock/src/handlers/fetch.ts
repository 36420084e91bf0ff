// The backend as a Fetch-standard handler: the same MSW handlers, run by msw's `getResponse`
// without a service worker or an interceptor, for HTTP servers and other runtimes (ADR 0206).
import { getResponse, type HttpHandler } from 'msw';
import { noSuchApi } from '../errors/api-errors.js';
import { newRequestId } from '../state/ids.js';
import { errorReply, toResponse } from './reply.js';
import { logRequest, pathBelowBase, type Call } from './serve.js';
import type { Services } from './services.js';

/**
 * The request moved to `origin` (path and query kept), so the handlers match whatever host it
 * was sent to; `Host` keeps the host the client addressed, which an AK/SK signature covers.
 */
async function atOrigin(request: Request, origin: string): Promise<Request> {
  const sent = new URL(request.url);
  const url = new URL(origin);
  url.pathname = sent.pathname;
  url.search = sent.search;
  const headers = new Headers(request.headers);
  if (!headers.has('Host')) headers.set('Host', sent.host);
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return new Request(url, {
    method: request.method,
    headers,
    body: hasBody ? await request.arrayBuffer() : null,
    signal: request.signal,
  });
}

/** 404 `APIG.0101` for a request outside the API base path, logged like any other. */
function outsideTheApi(services: Services, request: Request): Response {
  const call: Call = {
    request,
    params: {},
    requestId: newRequestId(),
    path: pathBelowBase(services, request),
  };
  const reply = errorReply(noSuchApi(), call.requestId);
  logRequest(services, call, reply.status);
  return toResponse(reply);
}

/** A Fetch handler running `handlers` for requests at any origin (see `FakeBackend.fetch`). */
export function createFetchHandler(
  services: Services,
  handlers: readonly HttpHandler[],
): (request: Request) => Promise<Response> {
  const { origin } = new URL(services.apiBase);
  return async (request) => {
    const moved = await atOrigin(request, origin);
    return (await getResponse([...handlers], moved)) ?? outsideTheApi(services, moved);
  };
}
