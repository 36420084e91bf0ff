/**
 * Cross-site refusal and CORS (API.md §7). Same-origin pages need nothing; origins the portal
 * lists in `allowedOrigins` get CORS answers that let their pages call with credentials; every
 * other origin gets no CORS header at all.
 */

/** The request headers the SDK may send (beside the CORS-safelisted ones): what is forwarded. */
const ALLOWED_HEADERS = 'Accept, Accept-Language, Content-Type, X-Request-Id';
/** The answer's headers a cross-origin page may read (the SDK reads both). */
const EXPOSED_HEADERS = 'Retry-After, X-Request-Id';
/** Seconds a browser may cache a preflight answer. */
const PREFLIGHT_MAX_AGE = '600';

/**
 * True when a POST must be refused as cross-site: its `Origin` is neither the proxy's own origin
 * nor an allowed one, or it has no `Origin` and no `Sec-Fetch-Site: same-origin`.
 */
export const isCrossSite = (request: Request, allowedOrigins: ReadonlySet<string>): boolean => {
  const origin = request.headers.get('origin');
  if (origin === null) return request.headers.get('sec-fetch-site') !== 'same-origin';
  return origin !== new URL(request.url).origin && !allowedOrigins.has(origin);
};

/** The request's `Origin` when the portal allows it cross-origin, else `undefined`. */
export const allowedOrigin = (
  request: Request,
  allowedOrigins: ReadonlySet<string>,
): string | undefined => {
  const origin = request.headers.get('origin');
  return origin !== null && allowedOrigins.has(origin) ? origin : undefined;
};

/** CORS headers for any answer to an allowed origin (refusals too, so pages can read them). */
export const corsHeaders = (origin: string): Record<string, string> => ({
  'Access-Control-Allow-Origin': origin,
  'Access-Control-Allow-Credentials': 'true',
  'Access-Control-Expose-Headers': EXPOSED_HEADERS,
});

/** The answer to an allowed origin's preflight for a path whose routes use `methods`. */
export const preflightAnswer = (methods: readonly string[]): Response =>
  new Response(null, {
    status: 204,
    headers: {
      'Access-Control-Allow-Methods': methods.join(', '),
      'Access-Control-Allow-Headers': ALLOWED_HEADERS,
      'Access-Control-Max-Age': PREFLIGHT_MAX_AGE,
    },
  });
