// Debian's Chromium (or CHROMIUM_BIN) driven by playwright-core, with the flags that work as root
// in a container without network (docs/shared TOOLCHAIN.md).
import { chromium, type Browser } from 'playwright-core';

const launchFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Launches headless Chromium; close it with `browser.close()`. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_BIN'] ?? '/usr/bin/chromium',
    args: launchFlags,
  });
}
