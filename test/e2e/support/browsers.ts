// The engines the embed sample is tested in, driven by puppeteer-core: Chromium over CDP and
// Firefox over WebDriver BiDi (docs/demo.md). Firefox comes from FIREFOX_BIN, else Debian's
// firefox-esr. Firefox also runs with its Trusted Types switched off, standing for the browsers
// a portal's users have that lack them (docs/decisions/0406-portal-tests-in-chromium-and-firefox.md).
import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';
import { firefoxPath } from '../../../scripts/browsers/binaries.mjs';
import { chromiumFlags, chromiumPath } from '../../../scripts/chromium.mjs';

export const ENGINES = ['chromium', 'firefox', 'firefox without Trusted Types'] as const;
export type Engine = (typeof ENGINES)[number];

/**
 * Launches headless `engine`; close it with `browser.close()`. `firefoxPrefs` are added to
 * Firefox's preferences (e.g. forced colours, which Firefox has no emulation command for).
 */
export function launch(
  engine: Engine,
  firefoxPrefs: Record<string, unknown> = {},
): Promise<Browser> {
  if (engine === 'chromium') {
    return puppeteer.launch({ executablePath: chromiumPath, args: chromiumFlags, headless: true });
  }
  if (!existsSync(firefoxPath)) {
    throw new Error(
      `No Firefox at ${firefoxPath}: apt-get install firefox-esr, or set FIREFOX_BIN.`,
    );
  }
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    extraPrefsFirefox: {
      ...firefoxPrefs,
      ...(engine === 'firefox' ? {} : { 'dom.security.trusted_types.enabled': false }),
    },
  });
}
