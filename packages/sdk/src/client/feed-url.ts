import { InvalidOptionsError } from '../errors.js';

/**
 * The absolute URL of a feed's manifest. A relative `feedUrl` is resolved against the
 * page in a browser; a URL ending in `/` means the feed's folder, so `index.json` is added.
 */
export function resolveManifestUrl(feedUrl: string | URL): string {
  const base = (globalThis as { location?: { href?: string } }).location?.href;
  let url: URL;
  try {
    url = new URL(String(feedUrl), base);
  } catch (cause) {
    throw new InvalidOptionsError(
      `feedUrl ${JSON.stringify(String(feedUrl))} is not a URL. Give the absolute URL of the feed's index.json, ` +
        'e.g. "https://data.example.nl/feed/index.json".',
      { cause },
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InvalidOptionsError(`feedUrl must be an http(s) URL, not ${url.protocol}`, { url: url.href });
  }
  if (url.username || url.password) {
    // A browser's fetch throws on such a URL, which would read as a CORS problem; and a
    // feed is public, so a password in its URL is a mistake (and would leak into logs).
    throw new InvalidOptionsError(
      'feedUrl has a user name or password in it: credentials in URLs are refused (a feed is public).',
      { url: url.href },
    );
  }
  if (url.pathname.endsWith('/')) url.pathname += 'index.json';
  url.hash = '';
  return url.href;
}
