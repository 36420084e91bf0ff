// The main demo as `npm start` serves it: the production build in demo/dist (written by
// `npm run build:demo`, which `npm run test:e2e` runs first) behind scripts/demo/static-site.ts.
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { demoOutDir } from '../../../scripts/build-demo.mjs';
import { listen } from '../../../scripts/demo/listen.js';
import { staticSite } from '../../../scripts/demo/static-site.js';

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

/** The folder `npm run build:demo` writes; throws, saying what to run, when it is missing. */
export function builtDemo(): string {
  if (!existsSync(`${demoOutDir}index.html`)) {
    throw new Error(`No demo build in ${demoOutDir}: run \`npm run build:demo\` first.`);
  }
  return demoOutDir;
}

/** Serves the built demo on a free port, as `npm start` does. */
export async function startDemoServer(): Promise<DemoServer> {
  const server = await listen(staticSite(builtDemo()), 0, 'localhost');
  return { origin: server.origin, stop: server.close };
}
