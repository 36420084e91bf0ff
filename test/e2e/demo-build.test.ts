// The demo as it ships: `npm run build:demo` writes a static folder, bundled and minified (lit's
// production build, a handful of requests), that loads in about a second and works from any
// static host at any sub-path (relative URLs, msw's worker beside the page).
import assert from 'node:assert/strict';
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import express from 'express';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium.js';
import { builtDemo, startDemoServer, type DemoServer } from './support/demo-server.js';
import { prepareInvitation, quotaLine, submitAndConfirm } from './support/demo-page.js';
import { watchProblems } from './support/page-problems.js';

/** What the browser fetched for a page, by resource type, and what it logged. */
function recordTraffic(page: Page) {
  const scripts: string[] = [];
  const messages: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  page.on('console', (message) => messages.push(message.text()));
  return { scripts, messages };
}

/** Milliseconds from navigating to `url` until the invite form shows acme-group's quota. */
async function timeToInviteForm(page: Page, url: string): Promise<number> {
  const started = performance.now();
  await page.goto(url);
  await quotaLine(page, 'acme-group').waitFor();
  return Math.round(performance.now() - started);
}

describe('the demo build (npm run build:demo, served by npm start)', () => {
  let browser: Browser;
  let server: DemoServer;

  before(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchChromium()]);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('loads production code in about a second: one script, lit not in dev mode', async (t) => {
    // Fresh contexts: each first visit installs msw's worker, as a newcomer's does.
    const firstVisits: number[] = [];
    let reload = 0;
    for (let i = 0; i < 3; i += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const traffic = recordTraffic(page);
      const problems = await watchProblems(page);
      firstVisits.push(await timeToInviteForm(page, `${server.origin}/`));
      // msw's worker unregisters itself as its last page unloads, so a reload registers it again.
      if (i === 0) reload = await timeToInviteForm(page, `${server.origin}/`);

      assert.deepEqual(traffic.scripts, i === 0 ? ['/main.js', '/main.js'] : ['/main.js']);
      assert.deepEqual(
        traffic.messages.filter((text) => /dev mode/i.test(text)),
        [],
      );
      assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], cspViolations: [] });
      await context.close();
    }
    const fastest = Math.min(...firstVisits);
    t.diagnostic(`demo ready: first visits ${firstVisits.join(', ')} ms; a reload ${reload} ms`);
    // "About a second": 0.4–0.7 s on this 2-core machine; the fastest of three, because other
    // work on a busy one adds seconds to single runs.
    assert.ok(fastest < 2000, `the first visit took ${fastest} ms (the fastest of three)`);
    assert.ok(reload < 5000, `a reload took ${reload} ms`);
  });

  it('works from a plain static server at a sub-path', async () => {
    const base = '/static/sites/enterprise-demo/';
    const app = express();
    app.use(base, express.static(builtDemo()));
    const host: Server = app.listen(0, 'localhost');
    await once(host, 'listening');
    const origin = `http://localhost:${(host.address() as AddressInfo).port}`;
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const problems = await watchProblems(page);
      await page.goto(`${origin}${base}`);
      await quotaLine(page, 'acme-group').waitFor();

      // msw's worker came from beside the page and covers that folder only.
      const worker = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        return { scope: registration.scope, script: registration.active?.scriptURL };
      });
      assert.deepEqual(worker, {
        scope: `${origin}${base}`,
        script: `${origin}${base}mockServiceWorker.js`,
      });

      await prepareInvitation(page, 'acme-robotics', 'Engineering');
      await submitAndConfirm(page);
      await page.getByRole('heading', { name: 'Invitation sent' }).waitFor();
      assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], cspViolations: [] });
    } finally {
      await context.close();
      host.closeAllConnections();
      host.close();
    }
  });
});
