// How every browser in the test suites is started: the Debian Chromium (or
// CHROME_PATH), headless, with the background services that would try the closed
// network switched off. One place for the web-test-runner config, the playground's
// end-to-end tests and scripts/test.mjs.

/** Where Chromium is: CHROME_PATH, else the Debian package's path. */
export function chromiumPath() {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
