// The engines the browser suite runs in, by the name WTR_BROWSER and `--browsers` take.
// Firefox and WebKit run one test file at a time: with two at once Firefox throttles the
// background tab's timers and WebKit's iframe mode hangs (docs/browsers.md).
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumFlags, chromiumPath } from '../chromium.mjs';
import { firefoxLauncher } from './firefox.mjs';
import { webkitLauncher } from './webkit.mjs';

export const engines = {
  chromium: {
    label: 'Chromium',
    concurrency: 2,
    launcher: () =>
      playwrightLauncher({
        product: 'chromium',
        launchOptions: { executablePath: chromiumPath, args: chromiumFlags },
      }),
  },
  firefox: { label: 'Firefox', concurrency: 1, launcher: firefoxLauncher },
  webkit: { label: 'WebKit', concurrency: 1, launcher: webkitLauncher },
};

/** The engine named by WTR_BROWSER (default chromium), or an error listing the names. */
export function engineFromEnv() {
  const name = process.env.WTR_BROWSER || 'chromium';
  if (!Object.hasOwn(engines, name)) {
    throw new Error(`WTR_BROWSER must be one of ${Object.keys(engines)}, not "${name}".`);
  }
  return engines[name];
}
