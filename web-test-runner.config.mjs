// Browser tests: real Chromium (Debian's, or CHROMIUM_BIN) driven by Playwright.
import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { mockServiceWorker } from './scripts/mock-service-worker.mjs';
import { chromiumFlags, chromiumPath } from './scripts/chromium.mjs';

export default {
  files: ['packages/widgets/test/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath, args: chromiumFlags },
    }),
  ],
  // Lit's one-line dev-mode notice is expected in tests (the `development` condition); hide it.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  middleware: [mockServiceWorker],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' })],
};
