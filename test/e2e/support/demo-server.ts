// The demo's dev server (web-dev-server.config.mjs) started in-process on a free port, and the
// embed bundle built the way `npm start` builds it.
import { createServer } from 'node:net';
import { startDevServer, type DevServerConfig } from '@web/dev-server';
import { rollup, type OutputOptions, type RollupOptions } from 'rollup';

const root = new URL('../../../', import.meta.url);

/** A port the OS reports free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, 'localhost', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** A running demo server: `origin` is e.g. `http://localhost:41234`. */
export interface DemoServer {
  origin: string;
  stop(): Promise<void>;
}

/** Starts the dev server with the project's config on a free port. */
export async function startDemoServer(): Promise<DemoServer> {
  // Config files are plain ESM without declarations: load them through a computed URL.
  const configUrl = new URL('web-dev-server.config.mjs', root).href;
  const { default: config } = (await import(configUrl)) as { default: DevServerConfig };
  const port = await freePort();
  const server = await startDevServer({
    config: { ...config, hostname: 'localhost', port },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  return {
    origin: `http://localhost:${port}`,
    stop: async () => {
      await server.stop();
    },
  };
}

/** Builds packages/widgets/dist/enterprise-center-widgets.js (rollup.config.mjs `embedBundle`). */
export async function buildEmbedBundle(): Promise<void> {
  const configUrl = new URL('rollup.config.mjs', root).href;
  const { embedBundle } = (await import(configUrl)) as {
    embedBundle: RollupOptions & { output: OutputOptions };
  };
  const bundle = await rollup(embedBundle);
  try {
    await bundle.write(embedBundle.output);
  } finally {
    await bundle.close();
  }
}
