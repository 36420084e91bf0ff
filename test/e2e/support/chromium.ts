// Debian's Chromium (or CHROMIUM_BIN) driven by playwright-core, with the flags that work as root
// in a container without network (scripts/chromium.mjs).
import { chromium, type Browser } from 'playwright-core';
import { chromiumFlags, chromiumPath } from '../../../scripts/chromium.mjs';

/** Launches headless Chromium; close it with `browser.close()`. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: chromiumFlags,
  });
}
