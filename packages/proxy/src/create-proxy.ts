import { allowedOrigin, corsHeaders, isCrossSite, preflightAnswer } from './cross-origin.js';
import { forward } from './forward.js';
import { checkGrant } from './grant.js';
import { routesAt } from './match-route.js';
import type { AuditEntry, ProxyHandler, ProxyOptions } from './options.js';
import { readBody } from './read-body.js';
import { Refusal, refuse } from './refusal.js';
import { requestIdOf } from './request-id.js';
import { isMalformedPath, requestPath } from './request-target.js';
import { resolveOptions, type ProxyConfig } from './resolve-options.js';
import type { Route } from './routes.js';

/** One request being answered, and what its audit entry learns on the way. */
interface Exchange {
  readonly request: Request;
  /** The path as received, without the query. */
  readonly receivedPath: string;
  readonly requestId: string;
  subject: string | null;
  operation: string | null;
}

/** The path below the base path, or `undefined` when the path is malformed or elsewhere. */
const pathBelowBase = ({ basePath }: ProxyConfig, path: string): string | undefined =>
  !isMalformedPath(path) && path.startsWith(`${basePath}/`)
    ? path.slice(basePath.length)
    : undefined;

/**
 * An allowed origin's preflight for one of `routes` (those at the request's path); anything else
 * sent as OPTIONS has no route.
 */
const preflight = (config: ProxyConfig, exchange: Exchange, routes: readonly Route[]): Response => {
  const { request, requestId } = exchange;
  const requested = request.headers.get('access-control-request-method');
  const route = routes.find(({ method }) => method === requested);
  if (!route || !request.headers.has('origin')) return refuse(Refusal.NO_ROUTE, requestId);
  exchange.operation = route.operation;
  if (!allowedOrigin(request, config.allowedOrigins)) return refuse(Refusal.CROSS_SITE, requestId);
  return preflightAnswer(routes.map(({ method }) => method));
};

/**
 * Runs the checks in API.md §7's order (route, cross-site, session, scope, size) and forwards
 * what passes them all. Throws when the portal's `authorize`, token function or signer does, or
 * `authorize` returns an invalid grant.
 */
const answer = async (config: ProxyConfig, exchange: Exchange): Promise<Response> => {
  const { request, requestId } = exchange;
  const path = pathBelowBase(config, exchange.receivedPath);
  const routes = path === undefined ? [] : routesAt(path);
  if (request.method === 'OPTIONS') return preflight(config, exchange, routes);
  const route = routes.find(({ method }) => method === request.method);
  if (path === undefined || !route) return refuse(Refusal.NO_ROUTE, requestId);
  exchange.operation = route.operation;
  if (request.method === 'POST' && isCrossSite(request, config.allowedOrigins))
    return refuse(Refusal.CROSS_SITE, requestId);
  const authorized = await config.authorize(request);
  if (authorized === null || authorized === undefined) return refuse(Refusal.NO_SESSION, requestId);
  const grant = checkGrant(authorized);
  exchange.subject = grant.subject;
  if (!grant.scopes.includes(route.scope)) return refuse(Refusal.NOT_GRANTED, requestId);
  const body = await readBody(request, config.maxBodyBytes);
  if (body === undefined) return refuse(Refusal.TOO_LARGE, requestId);
  const upstream = {
    url: config.upstream,
    fetch: config.fetch ?? globalThis.fetch,
    timeout: config.timeout,
  };
  return forward({ request, route, path, body, grant, requestId }, upstream);
};

/** Adds what every answer carries: `X-Request-Id`, `Cache-Control: no-store`, CORS when allowed. */
const finish = (config: ProxyConfig, { request, requestId }: Exchange, response: Response) => {
  const { headers } = response;
  if (!headers.has('x-request-id')) headers.set('x-request-id', requestId);
  headers.set('cache-control', 'no-store');
  headers.append('vary', 'Origin');
  const origin = allowedOrigin(request, config.allowedOrigins);
  if (origin)
    for (const [name, value] of Object.entries(corsHeaders(origin))) headers.set(name, value);
  return response;
};

/**
 * Creates the portal proxy (API.md §7, docs/proxy.md): a Fetch-standard handler that forwards
 * the elements' allowed calls from `{basePath}/v2/enterprises/multi-accounts/…` to the upstream
 * with the signed-in user's credentials, and refuses everything else before it gets there.
 *
 * @throws TypeError naming the first invalid option.
 */
export const createProxy = (options: ProxyOptions): ProxyHandler => {
  const config = resolveOptions(options);
  return async (request) => {
    const started = performance.now();
    const exchange: Exchange = {
      request,
      receivedPath: requestPath(request),
      requestId: requestIdOf(request),
      subject: null,
      operation: null,
    };
    const response = finish(
      config,
      exchange,
      await answer(config, exchange).catch(() =>
        // Never the error's text: it comes from the portal's code and may hold a credential.
        refuse(Refusal.INTERNAL, exchange.requestId),
      ),
    );
    const entry: AuditEntry = {
      subject: exchange.subject,
      operation: exchange.operation,
      method: request.method,
      path: exchange.receivedPath,
      status: response.status,
      requestId: response.headers.get('x-request-id') ?? exchange.requestId,
      durationMs: Math.round(performance.now() - started),
    };
    await config.onAudit?.(entry);
    return response;
  };
};
