/**
 * A widget asks for its feed's manifest the moment it knows its `feed`, while the data layer
 * (the SDK client, validation, search) is still on its way: on a slow connection the first
 * request for data then no longer waits for that code. The SDK client takes the answer over
 * through its `fetch` option (see feed-client.ts), once; every other request goes to the
 * network as usual. This module is part of every widget's first view, so it stays tiny and
 * imports nothing from the SDK.
 */

interface EarlyRequest {
  response: Promise<Response>;
  controller: AbortController;
}

/** Early requests by manifest URL; `undefined` once taken, so a feed is only asked for early once per page. */
const early = new Map<string, EarlyRequest | undefined>();

/**
 * The manifest URL the SDK will request for `feed` (as its resolveManifestUrl does: relative to
 * the page, `index.json` added to a folder), or undefined for a feed the SDK will refuse: that
 * error is the SDK's to report.
 */
function manifestUrlOf(feed: string): string | undefined {
  let url: URL;
  try {
    url = new URL(feed, document.baseURI);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) return undefined;
  if (url.pathname.endsWith('/')) url.pathname += 'index.json';
  url.hash = '';
  return url.href;
}

/** Starts the request for `feed`'s manifest, unless it was started before on this page. */
export function requestManifestEarly(feed: string): void {
  const url = feed ? manifestUrlOf(feed) : undefined;
  if (url === undefined || early.has(url)) return;
  const controller = new AbortController();
  // The request the SDK makes itself: a redirect comes back unfollowed, for the SDK to judge.
  const response = fetch(url, { method: 'GET', headers: { accept: 'application/json' }, redirect: 'manual', signal: controller.signal });
  // Whoever takes the response handles a failure; one that is never taken must not be reported as unhandled.
  response.catch(() => undefined);
  early.set(url, { response, controller });
}

/**
 * The `fetch` of the widgets' SDK clients: a plain first request for a manifest requested
 * early gets that answer; the SDK's signal (its timeout, an abort) still cancels it.
 */
export function fetchWithEarlyManifest(input: string, init?: RequestInit): Promise<Response> {
  const taken = early.get(input);
  const conditional = new Headers(init?.headers).has('if-none-match') || init?.cache !== undefined;
  if (!taken || conditional) return fetch(input, init);
  early.set(input, undefined);
  const signal = init?.signal;
  if (signal?.aborted) taken.controller.abort(signal.reason);
  else signal?.addEventListener('abort', () => taken.controller.abort(signal.reason), { once: true });
  return taken.response;
}
