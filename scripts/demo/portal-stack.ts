// The sample portal as `npm start` runs it: the fake backend over HTTP on loopback, and the
// portal (demo/portal: its pages and @enterprise-center/proxy) in front of it.
import { serveFakeBackend, type FakeBackendServer } from '@enterprise-center/mock/node';
import { portalListener } from '../../demo/portal/server.js';
import { listen, type Listening } from './listen.js';

export interface PortalStack {
  portal: Listening;
  backend: FakeBackendServer;
  /** The backend's port, when the one asked for was taken and another was used instead. */
  backendPortTaken?: number;
  close(): Promise<void>;
}

/** The fake backend on `port` of 127.0.0.1, or on a free port when that one is taken. */
async function fakeBackendOn(port: number): Promise<[FakeBackendServer, number?]> {
  try {
    return [await serveFakeBackend({ port })];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 0) throw error;
    return [await serveFakeBackend({ port: 0 }), port];
  }
}

/** Starts the fake backend, then the portal on `host:portalPort` in front of it. */
export async function startPortalStack(options: {
  portalPort: number;
  backendPort: number;
  host: string;
}): Promise<PortalStack> {
  const [backend, backendPortTaken] = await fakeBackendOn(options.backendPort);
  try {
    const listener = portalListener({ upstream: backend.url });
    const portal = await listen(listener, options.portalPort, options.host);
    return {
      portal,
      backend,
      ...(backendPortTaken === undefined ? {} : { backendPortTaken }),
      close: async () => {
        await portal.close();
        await backend.close();
      },
    };
  } catch (error) {
    await backend.close();
    throw error;
  }
}
