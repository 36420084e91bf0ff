// Loaded by embed.html just before the widget bundle, for the demo only: a real portal has a real
// server and loads the bundle alone. This module plays that server inside the browser:
// - MSW's service worker answers the API with the fake backend (started here, asynchronously);
// - a handler plays the portal's cookie-session proxy at /api/enterprise-center: it forwards
//   each call to the fake backend with the signed-in account's token (the `as` query parameter
//   stands in for the session cookie; default acme-group), so the page itself holds no token;
// - fetch waits until the worker is ready: module scripts do not wait for each other's
//   top-level await, so without this the widgets' first requests could reach the real network.
import { getResponse, http, type RequestHandler } from 'msw';
import { startDemoBackend, type FakeBackend } from './fake-backend.js';

/** Where the portal's proxy lives (the widgets' `base-url`). */
const proxyPath = '/api/enterprise-center';

/** A proxy that adds the signed-in account's token and answers from the fake backend. */
function portalProxy(backend: FakeBackend, account: string): RequestHandler {
  return http.all(`${location.origin}${proxyPath}/*`, async ({ request }) => {
    const url = new URL(request.url);
    const headers = new Headers(request.headers);
    headers.set('X-Auth-Token', `token-${account}`);
    const body = ['GET', 'HEAD'].includes(request.method) ? undefined : await request.text();
    const upstream = new Request(
      `${backend.baseUrl}${url.pathname.slice(proxyPath.length)}${url.search}`,
      {
        method: request.method,
        headers,
        body,
      },
    );
    return (await getResponse(backend.handlers, upstream)) ?? new Response(null, { status: 404 });
  });
}

const signedIn = new URLSearchParams(location.search).get('as') || 'acme-group';
const ready = startDemoBackend((backend) => [portalProxy(backend, signedIn)]);
const pageFetch = globalThis.fetch.bind(globalThis);
globalThis.fetch = async (input, init) => {
  await ready;
  return pageFetch(input, init);
};
