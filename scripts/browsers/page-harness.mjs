// wtr's stock commands (sendKeys, emulateMedia, setViewport from @web/test-runner-commands) drive
// a launcher of type 'puppeteer' through the page its getPage() returns. Firefox's and WebKit's
// launchers give them a page whose keyboard and media emulation work in that engine, so each test
// runs unchanged in all three engines (docs/browsers.md, ADR 0700).
import { holdActions, pressActions, typeActions } from './keys.mjs';

/**
 * The colour scheme emulateMedia asks for, from the media features wtr's stock command passes
 * (it drops `forcedColors` on the way: no features at all means an option this engine lacks).
 */
function colorScheme(features, engine) {
  const [feature, ...others] = features;
  if (feature?.name !== 'prefers-color-scheme' || others.length > 0) {
    throw new Error(
      `${engine}: emulateMedia can set colorScheme only, not forcedColors, media or reducedMotion.`,
    );
  }
  if (feature.value !== 'light' && feature.value !== 'dark') {
    throw new Error(
      `${engine}: emulateMedia colorScheme must be light or dark, not ${feature.value}.`,
    );
  }
  return feature.value;
}

/**
 * The page members the stock commands call, over an engine's own primitives:
 * `performKeys(actions)` presses and releases keys in order; `setColorScheme(scheme)` switches
 * `prefers-color-scheme` and resolves once the page reports it.
 * @param {string} engine the engine's name, for error messages
 * @param {{ performKeys(actions: { action: 'down' | 'up', key: string }[]): Promise<void>,
 *   setColorScheme(scheme: 'light' | 'dark'): Promise<void> }} primitives
 */
export function pageHarness(engine, { performKeys, setColorScheme }) {
  return {
    keyboard: {
      type: (text) => performKeys(typeActions(text)),
      press: (chord) => performKeys(pressActions(chord)),
      down: (key) => performKeys(holdActions('down', key)),
      up: (key) => performKeys(holdActions('up', key)),
    },
    emulateMediaFeatures: (features) => setColorScheme(colorScheme(features, engine)),
    async emulateMediaType(type) {
      throw new Error(`${engine}: emulateMedia cannot set the media type (${type}).`);
    },
  };
}
