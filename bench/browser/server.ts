// The bench page's server and browser: @web/dev-server on loopback serving the repository (sources
// transpiled by esbuild, msw's worker at the origin root, as web-test-runner.config.mjs does) with
// production export conditions (no `development`: lit's production build), and headless Chromium.
import { fileURLToPath } from 'node:url';
import { startDevServer, type DevServerConfig } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../test/e2e/support/chromium.js';
import { freePort } from '../../test/e2e/support/demo-server.js';

const rootDir = fileURLToPath(new URL('../../', import.meta.url));

type Middleware = NonNullable<DevServerConfig['middleware']>[number];

/** scripts/mock-service-worker.mjs (plain ESM without declarations, loaded by URL). */
async function loadMockServiceWorker(): Promise<Middleware> {
  const url = new URL('../../scripts/mock-service-worker.mjs', import.meta.url).href;
  return ((await import(url)) as { mockServiceWorker: Middleware }).mockServiceWorker;
}

/** The page every browser benchmark runs in. */
export const BENCH_PAGE = '/bench/browser/page.html';

/** A running server and browser; `open()` gives a fresh page with the harness ready. */
export interface BenchBrowser {
  browser: Browser;
  open(): Promise<Page>;
  close(): Promise<void>;
}

/** Starts the server and Chromium. */
export async function startBenchBrowser(): Promise<BenchBrowser> {
  const port = await freePort();
  const server = await startDevServer({
    config: {
      rootDir,
      hostname: '127.0.0.1',
      port,
      watch: false,
      injectWebSocket: false,
      nodeResolve: { exportConditions: ['source', 'browser', 'production'] },
      middleware: [await loadMockServiceWorker()],
      plugins: [
        esbuildPlugin({ ts: true, target: 'es2022', tsconfig: `${rootDir}tsconfig.base.json` }),
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  const browser = await launchChromium();
  return {
    browser,
    async open() {
      const page = await browser.newPage();
      page.setDefaultTimeout(15_000);
      page.on('pageerror', (error) => console.error(`bench page error: ${error.message}`));
      await page.goto(`http://127.0.0.1:${port}${BENCH_PAGE}`);
      await page.waitForFunction(() => (window as { benchReady?: boolean }).benchReady === true);
      return page;
    },
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}
