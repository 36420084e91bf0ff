// Firefox: Debian's firefox-esr (or FIREFOX_BIN), driven by puppeteer-core over WebDriver BiDi
// through @web/test-runner's own chromeLauncher (ADR 0700). Playwright's `firefox` needs
// Playwright's patched build and cannot drive a stock Firefox.
import { chromeLauncher } from '@web/test-runner';
import { firefoxPath } from './binaries.mjs';
import { pageHarness } from './page-harness.mjs';

// BiDi has no colour-scheme emulation; this preference sets what `prefers-color-scheme` reports
// to every page, live (0 dark, 1 light).
const colorSchemePref = 'layout.css.prefers-color-scheme.content-override';
const colorSchemeValues = { dark: 0, light: 1 };

/** Sets the colour-scheme preference and waits until the page's media query follows it. */
async function setColorScheme(page, scheme) {
  // puppeteer's BiDi connection (BidiBrowser#connection), for commands puppeteer has no API for.
  const { connection } = page.browser();
  const { result: tree } = await connection.send('browsingContext.getTree', {
    'moz:scope': 'chrome',
    maxDepth: 0,
  });
  const { result } = await connection.send('script.evaluate', {
    expression: `Services.prefs.setIntPref('${colorSchemePref}', ${colorSchemeValues[scheme]})`,
    target: { context: tree.contexts[0].context },
    awaitPromise: false,
  });
  if (result.type === 'exception') {
    throw new Error(`Firefox: could not set ${colorSchemePref}: ${result.exceptionDetails.text}`);
  }
  const query = `(prefers-color-scheme: ${scheme})`;
  await page.waitForFunction((media) => window.matchMedia(media).matches, { timeout: 2000 }, query);
}

/** puppeteer's page, with the keyboard and media emulation BiDi lacks supplied by the harness. */
function harnessed(page) {
  const members = pageHarness('Firefox', {
    async performKeys(actions) {
      for (const { action, key } of actions) await page.keyboard[action](key);
    },
    setColorScheme: (scheme) => setColorScheme(page, scheme),
  });
  return new Proxy(page, {
    get(target, key) {
      if (Object.hasOwn(members, key)) return members[key];
      const value = Reflect.get(target, key);
      // puppeteer's methods use private fields: call them on the page itself.
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** A wtr launcher for Firefox whose pages run wtr's stock commands. */
export function firefoxLauncher() {
  const launcher = chromeLauncher({
    launchOptions: {
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: true,
      // Lets BiDi evaluate script in the browser's own window, where preferences are set.
      args: ['--remote-allow-system-access'],
    },
  });
  const page = launcher.getPage.bind(launcher);
  return Object.assign(launcher, {
    name: 'Firefox',
    getPage: (sessionId) => harnessed(page(sessionId)),
  });
}
