// The fake backend over real HTTP (Node): the backend's Fetch handler and the control API behind
// @hono/node-server's Fetch ↔ node:http adapter (ADR 0206).
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { Http2ServerResponse } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { getRequestListener, RequestError } from '@hono/node-server';
import { createFakeBackend, type FakeBackend } from '../create-fake-backend.js';
import { noSuchApi } from '../errors/api-errors.js';
import { errorReply, replyForThrown, toResponse } from '../handlers/reply.js';
import { newRequestId } from '../state/ids.js';
import { CONTROL_PREFIX, createControlHandler } from './control-handler.js';

/** Options of `serveFakeBackend`. */
export interface ServeFakeBackendOptions {
  /** The TCP port; default 0, any free port (read it from `url`). */
  port?: number;
  /** The address to listen on; default `127.0.0.1`, this machine only. */
  host?: string;
  /** The backend to serve (e.g. one your MSW setup uses too); default a new one. */
  backend?: FakeBackend;
  /** The clock source of the new backend (default `Date.now`); not together with `backend`. */
  now?: () => number;
}

/** A running fake backend server. */
export interface FakeBackendServer {
  /**
   * `http://<host>:<port>`, no trailing slash: the contract at
   * `{url}/v2/enterprises/multi-accounts`, the control API at `{url}/__control/`.
   */
  readonly url: string;
  /**
   * The backend served: what the control API changes, and the request log
   * (`backend.requests`, `backend.clearRequests()`).
   */
  readonly backend: FakeBackend;
  /** Stops listening and closes every connection, held ones included. */
  close(): Promise<void>;
}

/** Thrown by the fetch callback once it has closed the connection instead of answering. */
const CONNECTION_CLOSED = Symbol('connection closed');

/** A request target with a `.` or `..` segment, plain or percent-encoded. */
const DOT_SEGMENT = /(?:^|\/)(?:\.|%2e){1,2}(?:[/?#]|$)/i;

const notFound = (): Response => toResponse(errorReply(noSuchApi(), newRequestId()));

function checkOptions({ port = 0, host = '127.0.0.1', backend, now }: ServeFakeBackendOptions) {
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new RangeError(`serveFakeBackend: port must be a whole number from 0 to 65535`);
  }
  if (typeof host !== 'string' || host.trim() === '') {
    throw new TypeError('serveFakeBackend: host must be a non-empty string');
  }
  if (backend && now) throw new TypeError('serveFakeBackend: give backend or now, not both');
  return { port, host, backend: backend ?? createFakeBackend({ now }) };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * Serves the whole contract of a fake backend over HTTP, with its control API under
 * `/__control/`. Listens on 127.0.0.1 and a free port unless told otherwise.
 *
 * @example
 * const server = await serveFakeBackend();
 * const client = createClient({ baseUrl: server.url, token: 'token-acme-group' });
 * await server.close();
 */
export async function serveFakeBackend(
  options: ServeFakeBackendOptions = {},
): Promise<FakeBackendServer> {
  const { port, host, backend } = checkOptions(options);
  const control = createControlHandler(backend);

  const answer = async (
    request: Request,
    rawTarget: string,
    outgoing: ServerResponse | Http2ServerResponse,
  ): Promise<Response> => {
    // URL parsing would resolve dot segments, e.g. from below the API base path to /__control.
    if (DOT_SEGMENT.test(rawTarget.split('?')[0] ?? '')) return notFound();
    const { pathname } = new URL(request.url);
    const isControl = pathname === CONTROL_PREFIX || pathname.startsWith(`${CONTROL_PREFIX}/`);
    const response = await (isControl ? control(request) : backend.fetch(request));
    if (response.type !== 'error') return response;
    outgoing.destroy(); // a lost response (drop or timeout fault): the client sees the socket close
    throw CONNECTION_CLOSED;
  };

  const listener = getRequestListener(
    (request, { incoming, outgoing }) => answer(request, incoming.url ?? '', outgoing),
    {
      overrideGlobalObjects: false,
      errorHandler: (error) => {
        if (error === CONNECTION_CLOSED) return undefined;
        // The adapter's refusal of a request target it cannot parse (e.g. a backslash).
        if (error instanceof RequestError) return notFound();
        return toResponse(replyForThrown(error, newRequestId()));
      },
    },
  );
  const server = createServer(listener);
  await listen(server, port, host);
  const address = server.address() as AddressInfo;
  const hostname = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${hostname}:${address.port}`,
    backend,
    close: () =>
      (closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      })),
  };
}
