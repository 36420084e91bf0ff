// Plain node:http requests with the request target exactly as written (fetch would resolve
// `..` and `\` before sending), and servers on a free loopback port.
import { once } from 'node:events';
import { request, type IncomingHttpHeaders, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface RawRequest {
  method?: string;
  headers?: Record<string, string>;
  /** The body: one piece with its Content-Length, or chunks (chunked, without Content-Length). */
  body?: string | string[];
}

/** Sends `target` as written to `origin` (`http://127.0.0.1:port`). */
export const rawRequest = async (
  origin: string,
  target: string,
  { method = 'GET', headers = {}, body }: RawRequest = {},
): Promise<RawAnswer> => {
  const { hostname, port } = new URL(origin);
  const length =
    typeof body === 'string' ? { 'Content-Length': String(Buffer.byteLength(body)) } : {};
  const outgoing = request({
    hostname,
    port,
    path: target,
    method,
    headers: { ...length, ...headers },
  });
  const answered = once(outgoing, 'response');
  for (const chunk of typeof body === 'string' ? [body] : (body ?? [])) outgoing.write(chunk);
  outgoing.end();
  const [incoming] = (await answered) as [IncomingMessage];
  let text = '';
  for await (const chunk of incoming) text += chunk;
  return { status: incoming.statusCode ?? 0, headers: incoming.headers, body: text };
};

/** Listens on a free loopback port; returns the origin and a close function. */
export const listen = async (
  server: Server,
): Promise<{ origin: string; close: () => Promise<void> }> => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
};
