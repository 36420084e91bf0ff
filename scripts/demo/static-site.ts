// The main demo's server in `npm start`: demo/dist (scripts/build-demo.mjs) as static files,
// compressed, the way any static host serves the folder.
import type { RequestListener } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';

/** A node:http listener serving the files under `root` (an absolute folder path). */
export function staticSite(root: string): RequestListener {
  const app = new Hono();
  app.use(compress());
  app.use(serveStatic({ root }));
  return getRequestListener(app.fetch);
}
