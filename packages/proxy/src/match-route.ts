import { API_ROOT, PATH_PARAMETERS, ROUTES, type Route } from './routes.js';

const split = (path: string): string[] => path.split('/').slice(1);

const TABLE = ROUTES.map((route) => ({ route, segments: split(route.path) }));

const segmentMatches = (pattern: string, segment: string): boolean => {
  const parameter = /^\{(\w+)\}$/.exec(pattern)?.[1];
  if (parameter === undefined) return pattern === segment;
  return PATH_PARAMETERS[parameter]?.test(segment) ?? false;
};

/**
 * The routes (one per method) whose path matches `path`, the request path below the proxy's base
 * path, e.g. `/v2/enterprises/multi-accounts/invitations`. Empty for any other path.
 */
export const routesAt = (path: string): Route[] => {
  if (!path.startsWith(`${API_ROOT}/`)) return [];
  const segments = split(path.slice(API_ROOT.length));
  return TABLE.filter(
    (entry) =>
      entry.segments.length === segments.length &&
      entry.segments.every((pattern, index) => segmentMatches(pattern, segments[index] ?? '')),
  ).map((entry) => entry.route);
};
