// The Chromium every browser tool here drives: Debian's, unless CHROMIUM_BIN names another, with
// the flags that work as root in a container without network (no sandbox, no background traffic).

/** Path of the Chromium executable. */
export const chromiumPath = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';

/** Launch flags: without the background-networking ones Chromium floods a closed network. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
