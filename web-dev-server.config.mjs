// Dev server for the demo (`npm start`, `npx wds --config web-dev-server.config.mjs`) and the
// end-to-end tests: serves the repository root, resolves workspace packages to their TypeScript
// sources, transpiles TypeScript with esbuild and serves msw's worker at the origin root.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { mockServiceWorker } from './scripts/mock-service-worker.mjs';

const rootDir = fileURLToPath(new URL('.', import.meta.url));

/** Where the demo lives; `/` redirects there. */
export const demoPath = '/demo/';

/** Koa middleware: `/` → the demo page. */
async function redirectRootToDemo(ctx, next) {
  if (ctx.path !== '/') return next();
  ctx.redirect(demoPath);
}

export default {
  rootDir,
  // No `port`: the server takes 8000 or the next free port; scripts/start.mjs passes PORT.
  open: false,
  watch: false,
  // Never inject the live-reload socket script: the demo pages run under a strict CSP.
  injectWebSocket: false,
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  middleware: [redirectRootToDemo, mockServiceWorker],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: `${rootDir}tsconfig.base.json` }),
  ],
};
