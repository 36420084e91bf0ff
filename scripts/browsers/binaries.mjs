// Where Firefox and WebKit are (Debian's packages), unless an env var names another binary.
// Chromium's path and flags are in ../chromium.mjs.

/** Path of the Firefox executable (Debian's firefox-esr). */
export const firefoxPath = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';

/** Path of WebKitWebDriver (Debian's webkit2gtk-driver). */
export const webkitDriverPath = process.env.WEBKIT_DRIVER_BIN ?? '/usr/bin/WebKitWebDriver';

const multiarch = { x64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' }[process.arch];

/** Path of MiniBrowser, the browser WebKitWebDriver drives (Debian's libwebkit2gtk-4.1-0). */
export const miniBrowserPath =
  process.env.MINIBROWSER_BIN ?? `/usr/lib/${multiarch}/webkit2gtk-4.1/MiniBrowser`;
