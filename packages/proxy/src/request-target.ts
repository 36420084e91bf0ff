/**
 * The path a request was sent to, and whether it is malformed (API.md §7, first row).
 *
 * A Fetch `Request`'s URL has been through the URL parser, which resolves dot segments (also
 * `%2e` ones) and turns `\` into `/`, so those can only be seen in the request target as sent.
 * Adapters that have it (the `node:http` one) record it here; elsewhere the runtime has already
 * resolved them, and the proxy checks and forwards the same resolved path (ADR 0601).
 */

const targets = new WeakMap<Request, string>();

/** Records the request target exactly as sent (origin-form or absolute-form), for {@link requestPath}. */
export const recordRequestTarget = (request: Request, target: string): Request => {
  targets.set(request, target);
  return request;
};

/** The path as sent when an adapter recorded it, else the URL's path; never the query. */
export const requestPath = (request: Request): string => {
  const target = targets.get(request);
  if (target === undefined) return new URL(request.url).pathname;
  return target.replace(/^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i, '').replace(/[?#].*$/s, '');
};

const MALFORMED = [
  /\/\//, // an empty segment
  /\/$/, // a trailing slash
  /\/\.\.?(?:\/|$)/, // a dot segment
  /\\/, // a backslash
  /%(?:2f|5c|2e)/i, // a percent-encoded `/`, `\` or `.` (also `%2e` dot segments)
];

/** True for a path the proxy refuses before looking at its routes. */
export const isMalformedPath = (path: string): boolean =>
  MALFORMED.some((pattern) => pattern.test(path));
