// WebKit: WebKitGTK's MiniBrowser driven by WebKitWebDriver (Debian's webkit2gtk-driver) over
// classic WebDriver, through @web/test-runner-webdriver 0.9 and webdriverio 9 (ADR 0700).
// Playwright's `webkit` needs Playwright's own build and cannot drive this one.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { Key } from 'webdriverio';
import { miniBrowserPath, webkitDriverPath } from './binaries.mjs';
import { startDisplay } from './display.mjs';
import { pageHarness } from './page-harness.mjs';

/** A free TCP port on the loopback interface. */
async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts WebKitWebDriver on a free port on `display`; resolves with its process and port. */
async function startDriver(display) {
  const port = await freePort();
  const driver = spawn(webkitDriverPath, [`--port=${port}`], {
    env: { ...process.env, DISPLAY: display },
    stdio: 'ignore',
  });
  const failed = (why) =>
    new Error(
      `WebKit: ${webkitDriverPath} ${why} (apt-get install webkit2gtk-driver, or set WEBKIT_DRIVER_BIN).`,
    );
  await new Promise((resolve, reject) => {
    driver.once('spawn', resolve);
    driver.once('error', (error) => reject(failed(error.message)));
  });
  const deadline = Date.now() + 10_000;
  while (driver.exitCode === null && Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return { driver, port };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  driver.kill();
  throw failed(`did not answer on port ${port} within 10 s`);
}

/** WebDriver's value for a key name: characters as they are, names from webdriverio's `Key`. */
function webDriverKey(name) {
  if ([...name].length === 1) return name;
  const value = name === 'Meta' ? Key.Command : Key[name];
  if (value === undefined) throw new Error(`WebKit: sendKeys does not know the key "${name}".`);
  return value;
}

/**
 * wtr's WebDriver launcher, plus what it leaves to the user: WebKitWebDriver on a free port and
 * a private X display, both started before the first test file and stopped after the last.
 */
class WebKitLauncher extends WebdriverLauncher {
  #options;
  #display;
  #driver;

  constructor() {
    const options = {
      hostname: '127.0.0.1',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // wtr hears from the test page itself; waiting for its load event only risks a
        // navigation still pending (and rejected unhandled) when the run stops.
        pageLoadStrategy: 'none',
        // WebKitWebDriver speaks classic WebDriver only.
        'wdio:enforceWebDriverClassic': true,
        // Without --automation the session never starts.
        'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] },
      },
    };
    super(options);
    this.#options = options;
    // wtr's stock commands support WebDriver launchers only partly (no emulateMedia, no
    // setViewport); as 'puppeteer' they call getPage() below, which does what the tests need.
    this.type = 'puppeteer';
  }

  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
    this.#display = await startDisplay();
    try {
      const { driver, port } = await startDriver(this.#display.display);
      this.#driver = driver;
      this.#options.port = port;
    } catch (error) {
      // wtr does not stop a launcher that failed to start.
      await this.#display.stop();
      throw error;
    }
  }

  async stop() {
    await super.stop();
    this.#driver?.kill();
    await this.#display?.stop();
  }

  /**
   * What wtr's stock commands call on a 'puppeteer' launcher's page, over WebDriver.
   * `this.driver` is the webdriverio session WebdriverLauncher 0.9 opens on the first test file.
   */
  getPage(sessionId) {
    const driver = this.driver;
    return {
      ...pageHarness('WebKit', {
        async performKeys(actions) {
          // One input source for every call, so a key held by one sendKeys is released by the next.
          const keys = driver.action('key', { id: 'keyboard' });
          for (const { action, key } of actions) keys[action](webDriverKey(key));
          await keys.perform(true);
        },
        setColorScheme: async (scheme) => {
          await this.#display.setColorScheme(scheme);
          const query = `(prefers-color-scheme: ${scheme})`;
          await driver.waitUntil(
            () => driver.execute((media) => window.matchMedia(media).matches, query),
            { timeout: 2000, timeoutMsg: `WebKit: the page never matched ${query}.` },
          );
        },
      }),
      // wtr's own WebDriver pointer actions, which the stock sendMouse would use for 'webdriver'.
      mouse: {
        move: (x, y) => this.sendMouseMove(sessionId, x, y),
        click: (x, y, { button } = {}) => this.sendMouseClick(sessionId, x, y, button),
        down: ({ button } = {}) => this.sendMouseDown(sessionId, button),
        up: ({ button } = {}) => this.sendMouseUp(sessionId, button),
        reset: () => this.resetMouse(sessionId),
      },
      async setViewport({ width, height }) {
        // WebDriver sizes the window: add what MiniBrowser's own chrome takes.
        const [extraWidth, extraHeight] = await driver.execute(() => [
          window.outerWidth - window.innerWidth,
          window.outerHeight - window.innerHeight,
        ]);
        await driver.setWindowRect(null, null, width + extraWidth, height + extraHeight);
        // The X server resizes the window asynchronously: wait for the page to report the size.
        const viewport = () => driver.execute(() => [window.innerWidth, window.innerHeight]);
        const deadline = Date.now() + 2000;
        let [innerWidth, innerHeight] = await viewport();
        while ((innerWidth !== width || innerHeight !== height) && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          [innerWidth, innerHeight] = await viewport();
        }
        if (innerWidth !== width || innerHeight !== height) {
          throw new Error(
            `WebKit: MiniBrowser's viewport is ${innerWidth}×${innerHeight} px, not ${width}×${height}; ` +
              'its window cannot be narrower than about 447 px (docs/browsers.md).',
          );
        }
      },
    };
  }
}

/** A wtr launcher for WebKit (MiniBrowser) whose pages run wtr's stock commands. */
export function webkitLauncher() {
  return new WebKitLauncher();
}
