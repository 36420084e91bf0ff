// The portal's own pages and files (a Hono app): the demo sign-in, which sets the session cookie,
// the members page with the elements, its stylesheet and the widgets bundle. Every answer carries
// the strict Content-Security-Policy (Trusted Types where the browser has them).
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { csrf } from 'hono/csrf';
import { secureHeaders } from 'hono/secure-headers';
import { membersPage, signInPage } from './pages.js';
import { personaCalled, SESSION_COOKIE, type Sessions } from './sessions.js';

const file = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The policy docs/embedding.md recommends, with `form-action 'self'` for the sign-in and
 * sign-out forms. `lit-html` is the only Trusted Types policy the bundle creates.
 */
const contentSecurityPolicy = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  requireTrustedTypesFor: ["'script'"],
  trustedTypes: ['lit-html'],
};

/** The app; `widgetsDist` is the folder holding the built `enterprise-center-widgets*` files. */
export function portalApp(sessions: Sessions, widgetsDist: string): Hono {
  const app = new Hono();
  app.use(secureHeaders({ contentSecurityPolicy, referrerPolicy: 'same-origin' }));
  // Form posts from another site (login CSRF, forced sign-out) get 403.
  app.use(csrf());
  app.use(async (c, next) => {
    await next();
    // Pages name the signed-in account: never from a cache.
    if (c.res.headers.get('Content-Type')?.startsWith('text/html')) {
      c.header('Cache-Control', 'no-store');
    }
  });

  app.get('/', (c) => {
    const persona = sessions.persona(getCookie(c, SESSION_COOKIE));
    return persona ? c.html(membersPage(persona)) : c.redirect('/sign-in', 303);
  });
  app.get('/sign-in', (c) => c.html(signInPage()));
  app.post('/sign-in', async (c) => {
    const { account } = await c.req.parseBody();
    const persona = personaCalled(account);
    if (!persona) return c.html(signInPage('Choose one of the listed accounts.'), 400);
    sessions.end(getCookie(c, SESSION_COOKIE));
    setCookie(c, SESSION_COOKIE, sessions.start(persona), {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      secure: new URL(c.req.url).protocol === 'https:',
    });
    return c.redirect('/', 303);
  });
  app.post('/sign-out', (c) => {
    sessions.end(getCookie(c, SESSION_COOKIE));
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/sign-in', 303);
  });

  app.get('/portal.css', serveStatic({ path: file('portal.css') }));
  app.get('/favicon.svg', serveStatic({ path: file('../favicon.svg') }));
  // The bundle, its zh-CN chunk, source maps and licenses file, as a portal copies them.
  app.get(
    '/assets/:file{enterprise-center-widgets[\\w.-]*}',
    serveStatic({ root: widgetsDist, rewriteRequestPath: (path) => path.slice('/assets'.length) }),
  );
  return app;
}
