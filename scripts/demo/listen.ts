// Starts a node:http server on a chosen port, falling back to a free one when that port is taken.
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Listening {
  /** e.g. `http://localhost:8000` (no trailing slash). */
  origin: string;
  /** The port asked for, when it was taken and another was used instead. */
  taken?: number;
  close(): Promise<void>;
}

function bind(listener: RequestListener, port: number, host: string): Promise<Server> {
  const server = createServer(listener);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

/**
 * Serves `listener` on `host:port`; a taken `port` falls back to one the OS picks (`port` 0
 * always takes one).
 */
export async function listen(
  listener: RequestListener,
  port: number,
  host: string,
): Promise<Listening> {
  let taken: number | undefined;
  const server = await bind(listener, port, host).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE' || port === 0) throw error;
    taken = port;
    return bind(listener, 0, host);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${bound}`,
    ...(taken === undefined ? {} : { taken }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
