// Dev-server middleware: serves msw's mockServiceWorker.js from the installed package at the
// origin root, so the worker's scope is `/` and its version always matches the installed msw.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const workerPath = require.resolve('msw/mockServiceWorker.js', {
  paths: [new URL('../packages/mock/', import.meta.url).pathname],
});

/** Koa middleware for @web/dev-server and @web/test-runner. */
export async function mockServiceWorker(ctx, next) {
  if (ctx.path !== '/mockServiceWorker.js') return next();
  ctx.type = 'application/javascript';
  ctx.set('Service-Worker-Allowed', '/');
  ctx.body = await readFile(workerPath, 'utf8');
}
