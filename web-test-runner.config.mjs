// Browser tests in one engine: Chromium (Debian's, or CHROMIUM_BIN) by default, or the one
// WTR_BROWSER names (chromium, firefox, webkit). `npm run test:browser` runs all three, one
// after another, through scripts/browsers/run.mjs; docs/browsers.md says how each is driven.
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { mockServiceWorker } from './scripts/mock-service-worker.mjs';
import { engineFromEnv } from './scripts/browsers/engines.mjs';
import { engineSummaryReporter } from './scripts/browsers/summary-reporter.mjs';

const engine = engineFromEnv();

export default {
  files: ['packages/widgets/test/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  concurrency: engine.concurrency,
  testFramework: { config: { timeout: 10000 } },
  browsers: [engine.launcher()],
  reporters: [defaultReporter(), engineSummaryReporter()],
  // Lit's one-line dev-mode notice is expected in tests (the `development` condition); hide it.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  middleware: [mockServiceWorker],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' })],
};
