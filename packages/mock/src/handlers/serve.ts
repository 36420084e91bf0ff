// The outer higher-order resolver of every handler: request id, faults, request log, errors.
import { delay, HttpResponse, type HttpResponseResolver } from 'msw';
import { ApiError } from '../errors/ApiError.js';
import { newRequestId } from '../state/ids.js';
import { iso } from '../state/time.js';
import { credentialKind } from './auth.js';
import type { Fault } from './faults.js';
import { errorReply, replyForThrown, toResponse, type Reply } from './reply.js';
import type { Services } from './services.js';

/** One request on its way through the handlers. */
export interface Call {
  request: Request;
  params: Record<string, string>;
  requestId: string;
  /** The path below the API base path (the whole path for a request outside it). */
  path: string;
  /** The account the request authenticated as, once it has. */
  caller?: string;
}

/** An inner resolver: answers a call with a reply, or throws an `ApiError`. */
export type Resolve = (call: Call) => Promise<Reply>;

/** The error body of the `status` and `throttle` faults. */
function faultError(fault: Fault): ApiError | undefined {
  if (fault.type === 'throttle') {
    return new ApiError(429, 'APIG.0308', 'Too many requests. Retry later.');
  }
  if (fault.type !== 'status') return undefined;
  const known: Record<number, [string, string]> = {
    401: ['APIG.0301', 'Missing, unknown or expired credentials.'],
    403: ['CBC.0151', 'You may not do this.'],
    429: ['APIG.0308', 'Too many requests. Retry later.'],
  };
  const [code, message] = known[fault.status] ?? ['CBC.0999', 'Internal error.'];
  return new ApiError(fault.status, code, message);
}

/**
 * Wraps `resolve` into an MSW resolver: gives the call a request id, applies latency and the
 * next matching fault, logs the request, and turns thrown errors into error bodies.
 */
export function serve(services: Services, resolve: Resolve): HttpResponseResolver {
  return async ({ request, params }) => {
    const call: Call = {
      request,
      params: params as Record<string, string>,
      requestId: newRequestId(),
      path: pathBelowBase(services, request),
    };
    const log = (status: number): void => logRequest(services, call, status);
    const { latency, fault } = services.faults.take(request.method, call.path);
    if (latency > 0) await delay(latency);
    if (fault?.type === 'timeout') {
      log(0);
      await unanswered(request.signal);
      return HttpResponse.error();
    }

    const injected = fault && faultError(fault);
    let reply: Reply;
    if (injected) {
      reply = errorReply(injected, call.requestId);
      if (fault.type === 'throttle')
        reply.headers = { 'Retry-After': String(fault.retryAfter ?? 1) };
    } else {
      reply = await resolve(call).catch((thrown: unknown) =>
        replyForThrown(thrown, call.requestId),
      );
    }

    if (fault?.type === 'drop') {
      log(0);
      return HttpResponse.error();
    }
    log(reply.status);
    return toResponse(reply);
  };
}

/** The request's path below the API base path, or its whole path when outside it. */
export function pathBelowBase(services: Services, request: Request): string {
  const path = new URL(request.url).pathname;
  const base = new URL(services.apiBase).pathname;
  return path.startsWith(`${base}/`) ? path.slice(base.length) : path;
}

/** Adds the call, answered with `status`, to the request log. */
export function logRequest(services: Services, call: Call, status: number): void {
  services.log.push({
    method: call.request.method,
    path: call.path,
    query: Object.fromEntries(new URL(call.request.url).searchParams),
    status,
    at: iso(services.store.clock.now()),
    caller: call.caller ?? null,
    credential: credentialKind(call.request),
  });
}

/** How long a `timeout` fault holds a request whose client never gives up (3× the SDK's default). */
const TIMEOUT_FAULT_MS = 30_000;

/**
 * Holds a `timeout` fault's request until its client gives up (the signal aborts) or
 * TIMEOUT_FAULT_MS pass, then lets it end: a request held forever keeps test pages and Node
 * processes from closing.
 */
function unanswered(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, TIMEOUT_FAULT_MS);
    signal.addEventListener('abort', done);
  });
}
