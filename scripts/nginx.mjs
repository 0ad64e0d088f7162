// Where the nginx for the hosting test is, and how it gets there: Debian's
// package with its brotli_static module (docs/hosting.md), installed with apt
// when missing and we are root (as in CI), like Chromium.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { aptInstall } from './apt.mjs';

/** The configuration docs/hosting.md gives publishers, which the hosting test runs as it is. */
export const FEED_CONF = fileURLToPath(new URL('../docs/hosting/nginx-feed.conf', import.meta.url));

/** Debian's nginx binary and its brotli_static module, which the test's nginx.conf loads by path. */
export const NGINX = '/usr/sbin/nginx';
export const BROTLI_STATIC_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const PACKAGES = ['nginx', 'libnginx-mod-http-brotli-static'];

/** What is missing for the hosting test, as one line that says how to install it; undefined when nothing is. */
export function nginxMissing() {
  const missing = [NGINX, BROTLI_STATIC_MODULE].filter((path) => !existsSync(path));
  if (missing.length === 0) return undefined;
  return `${missing.join(' and ')} not found; the hosting test needs Debian's nginx: sudo apt-get install -y ${PACKAGES.join(' ')}`;
}

/**
 * Installs nginx with apt when it is missing and we are root. Otherwise it says what
 * to run and leaves the rest of the suite to go on: the hosting test fails with that line.
 */
export function ensureNginx() {
  const missing = nginxMissing();
  if (missing === undefined) return;
  if (process.getuid?.() !== 0) {
    console.warn(missing);
    return;
  }
  console.log('Installing nginx for the hosting test (apt-get)…');
  aptInstall(PACKAGES, 'the hosting test');
}
