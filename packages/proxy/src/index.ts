/**
 * `@enterprise-center/proxy`: the portal proxy of API.md §7 as a Fetch-standard handler
 * (docs/proxy.md). This barrel is the public surface; the checks, the forwarding and the
 * option parsing behind it stay private. The `node:http` adapter is `@enterprise-center/proxy/node`.
 */
export { createProxy } from './create-proxy.js';
export { DEFAULT_BASE_PATH } from './resolve-options.js';
export { API_ROOT, PATH_PARAMETERS, ROUTES, type Route, type Scope } from './routes.js';
export type {
  AuditEntry,
  Grant,
  ProxyHandler,
  ProxyOptions,
  SignerGrant,
  TokenGrant,
} from './options.js';
