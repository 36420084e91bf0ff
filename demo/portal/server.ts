// The sample portal's server: its pages (app.ts) and, at /api/enterprise-center, the proxy of
// @enterprise-center/proxy in front of the Enterprise Center API (in the demo, the fake backend
// over HTTP), authorizing each call by the portal's session cookie. See docs/demo.md.
import { existsSync } from 'node:fs';
import type { RequestListener } from 'node:http';
import { fileURLToPath } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import { createProxy } from '@enterprise-center/proxy';
import { toNodeListener } from '@enterprise-center/proxy/node';
import { portalApp } from './app.js';
import { grantFor } from './grants.js';
import { API_BASE, BUNDLE_URL } from './pages.js';
import { Sessions } from './sessions.js';

/** Where `npm run build` (and `npm start`) writes the widgets bundle. */
export const WIDGETS_DIST = fileURLToPath(new URL('../../packages/widgets/dist/', import.meta.url));

export interface PortalOptions {
  /** Where the API lives (`{upstream}/v2/enterprises/multi-accounts/…`). */
  upstream: string;
  /** The folder with the built bundle; default packages/widgets/dist. */
  widgetsDist?: string;
}

/** The portal as a node:http listener. Throws when the bundle has not been built. */
export function portalListener({
  upstream,
  widgetsDist = WIDGETS_DIST,
}: PortalOptions): RequestListener {
  const bundle = `${widgetsDist}${BUNDLE_URL.slice('/assets/'.length)}`;
  if (!existsSync(bundle))
    throw new Error(`No widgets bundle at ${bundle}: run \`npm run build\`.`);

  const sessions = new Sessions();
  const proxy = toNodeListener(
    createProxy({
      upstream,
      basePath: API_BASE,
      authorize: (request) => {
        const persona = sessions.personaOf(request);
        return persona ? grantFor(persona) : null;
      },
    }),
  );
  const pages = getRequestListener(portalApp(sessions, widgetsDist).fetch);
  return (incoming, outgoing) => {
    const toProxy = incoming.url === API_BASE || incoming.url?.startsWith(`${API_BASE}/`);
    void (toProxy ? proxy : pages)(incoming, outgoing);
  };
}
