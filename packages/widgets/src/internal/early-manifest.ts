/**
 * A widget asks for its feed's manifest the moment it knows its `feed`, while the data layer
 * (the SDK client, validation, search) is still on its way: on a slow connection the first
 * request for data then no longer waits for that code. The widget's SDK client takes the
 * answer over (feed-client.ts), once. This module is in every widget's first view and in its
 * CDN loader, so it stays tiny and imports nothing from the SDK.
 */

export interface EarlyRequest {
  response: Promise<Response>;
  controller: AbortController;
}

/**
 * Early requests by manifest URL; `undefined` once taken, so a feed is only asked for early once
 * per page. Page-wide, not per module: the CDN loader (cdn-loader.ts) carries its own copy of
 * this module and asks before the widget's copy has arrived.
 */
const EARLY_REQUESTS = Symbol.for('wijkwijzer.early-manifest-requests');
const page = globalThis as typeof globalThis & { [EARLY_REQUESTS]?: Map<string, EarlyRequest | undefined> };
const early = (page[EARLY_REQUESTS] ??= new Map());

/**
 * The manifest URL the SDK will request for `feed`, as its resolveManifestUrl makes it: relative
 * to the page, `index.json` added to a folder. A feed the SDK refuses (not http(s), a password
 * in it) is refused by fetch too, and the SDK never asks for it: that early request is dropped.
 */
function manifestUrlOf(feed: string): string | undefined {
  try {
    const url = new URL(feed, document.baseURI);
    if (url.pathname.endsWith('/')) url.pathname += 'index.json';
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

/** Starts the request for `feed`'s manifest, unless it was started before on this page. */
export function requestManifestEarly(feed: string): void {
  const url = feed ? manifestUrlOf(feed) : undefined;
  if (url === undefined || early.has(url)) return;
  const controller = new AbortController();
  // The request the SDK makes itself: a redirect comes back unfollowed, for the SDK to judge.
  const response = fetch(url, { headers: { accept: 'application/json' }, redirect: 'manual', signal: controller.signal });
  // Whoever takes the response handles a failure; one that is never taken must not be reported as unhandled.
  response.catch(() => undefined);
  early.set(url, { response, controller });
}

/** The early request for `url`, if there is one not taken yet. */
export function takeEarlyRequest(url: string): EarlyRequest | undefined {
  const found = early.get(url);
  if (found) early.set(url, undefined);
  return found;
}
