import { credentialHeaders } from './grant.js';
import type { Grant } from './options.js';
import { Refusal, refuse } from './refusal.js';
import { wellFormedRequestId } from './request-id.js';
import type { Route } from './routes.js';

/** The browser's request headers that go upstream (lower-case); nothing else does. */
const FORWARDED_REQUEST_HEADERS = ['accept', 'accept-language', 'content-type'] as const;
/** The upstream's answer headers that go back to the browser, beside `X-Request-Id`. */
const RETURNED_HEADERS = ['content-type', 'retry-after'] as const;
/** Statuses whose answers have no body. */
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

/** One allowed request, checked and read, ready to go upstream. */
export interface Forwarding {
  readonly request: Request;
  readonly route: Route;
  /** The path below the base path, e.g. `/v2/enterprises/multi-accounts/invitations`. */
  readonly path: string;
  readonly body: string;
  readonly grant: Grant;
  readonly requestId: string;
}

/** Where and how to forward. */
export interface Upstream {
  readonly url: string;
  readonly fetch: typeof globalThis.fetch;
  readonly timeout: number;
}

/** The upstream URL: its path below the base, with only the route's documented query parameters. */
const targetUrl = (upstream: string, { request, route, path }: Forwarding): string => {
  const url = new URL(`${upstream}${path}`);
  for (const [name, value] of new URL(request.url).searchParams)
    if (route.query.includes(name)) url.searchParams.append(name, value);
  return url.href;
};

const forwardedHeaders = ({ request, body, requestId }: Forwarding): Record<string, string> => {
  const headers: Record<string, string> = {};
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value !== null && (name !== 'content-type' || body !== '')) headers[name] = value;
  }
  headers['x-request-id'] = requestId;
  return headers;
};

/** The upstream's answer as the browser gets it: status, body and only the returned headers. */
const returned = (answer: Response, body: ArrayBuffer): Response => {
  const headers = new Headers();
  for (const name of RETURNED_HEADERS) {
    const value = answer.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  const requestId = wellFormedRequestId(answer.headers.get('x-request-id'));
  if (requestId) headers.set('x-request-id', requestId);
  const status = answer.status;
  return new Response(NULL_BODY_STATUSES.has(status) ? null : body, { status, headers });
};

/**
 * Sends an allowed request upstream with the grant's credentials (signing exactly what is sent)
 * and returns the answer, read in full within the timeout: 504 `APIG.0201` when the time runs
 * out, 502 `APIG.0201` when the upstream cannot be reached (redirects are not followed).
 * Throws only when the grant's token function or signer does.
 */
export const forward = async (forwarding: Forwarding, upstream: Upstream): Promise<Response> => {
  const { method } = forwarding.request;
  const url = targetUrl(upstream.url, forwarding);
  const headers = forwardedHeaders(forwarding);
  const { body } = forwarding;
  const signable = { method, url, headers: { ...headers }, body };
  Object.assign(headers, await credentialHeaders(forwarding.grant, signable));
  const signal = AbortSignal.timeout(upstream.timeout);
  try {
    const answer = await upstream.fetch(url, {
      method,
      headers,
      body: body === '' ? undefined : body,
      redirect: 'error',
      signal,
    });
    return returned(answer, await answer.arrayBuffer());
  } catch {
    return refuse(signal.aborted ? Refusal.TIMEOUT : Refusal.UNREACHABLE, forwarding.requestId);
  }
};
