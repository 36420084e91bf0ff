/**
 * `@enterprise-center/proxy/node`: the proxy on `node:http` (and in Express or Connect), through
 * `@hono/node-server`'s Fetch ↔ Node adapter.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { ProxyHandler } from './options.js';
import { recordRequestTarget } from './request-target.js';

/** A `node:http` request listener (also an Express or Connect middleware that never calls `next`). */
export type NodeListener = (incoming: IncomingMessage, outgoing: ServerResponse) => Promise<void>;

/**
 * The request target as sent. Express and Connect strip the mount path from `url` (keeping it
 * in `originalUrl`); a `\` becomes `%5C`, which the adapter accepts and the proxy refuses like
 * any encoded `\`, where the adapter would answer a raw one itself with a plain 400.
 */
const targetAsSent = (incoming: IncomingMessage & { originalUrl?: string }): string =>
  (incoming.originalUrl ?? incoming.url ?? '/').replaceAll('\\', '%5C');

/**
 * Serves `handle` (from `createProxy`) to `node:http`. The proxy sees the request target as
 * sent, so dot segments are refused (404 `APIG.0101`) rather than resolved. Mount it under the
 * proxy's base path before any body parser, e.g. `app.use('/api/enterprise-center', listener)`.
 */
export const toNodeListener = (handle: ProxyHandler): NodeListener => {
  const listener = getRequestListener(
    (request, { incoming }) => handle(recordRequestTarget(request, incoming.url ?? '/')),
    // Leave the process's global Request and Response alone: the portal's app shares them.
    { overrideGlobalObjects: false },
  );
  return (incoming, outgoing) => {
    incoming.url = targetAsSent(incoming);
    return listener(incoming, outgoing);
  };
};

/** A `node:http` server that answers every request with `handle`; call `listen` on it. */
export const createProxyServer = (handle: ProxyHandler): Server =>
  createServer(toNodeListener(handle));
