import type { FetchLike } from '@wijkwijzer/sdk';
import { createClient, type WijkwijzerClient } from '@wijkwijzer/sdk/client';
import type { EarlyRequest } from './early-manifest.js';

const clients = new Map<string, WijkwijzerClient>();

/**
 * One SDK client per feed URL (and list of allowed origins) on the page. The SDK
 * already shares its cache per feed; sharing the client too keeps one `report()` for
 * every widget on that feed. With `takeEarly`, the client's first plain request for a
 * URL the widget asked for early (its manifest, see early-manifest.ts) gets that answer.
 * Throws the SDK's `InvalidOptionsError` for a URL that cannot be a feed, or an allowed
 * origin that is not an origin.
 */
export function clientFor(
  feedUrl: string,
  allowedOrigins: readonly string[] = [],
  takeEarly?: (url: string) => EarlyRequest | undefined,
): WijkwijzerClient {
  const absolute = new URL(feedUrl, document.baseURI).href;
  const key = JSON.stringify([absolute, ...[...allowedOrigins].sort()]);
  let client = clients.get(key);
  if (!client) {
    client = createClient({ feedUrl: absolute, allowedOrigins, fetch: takeEarly && takingOver(takeEarly) });
    clients.set(key, client);
  }
  return client;
}

/** A `fetch` that answers with an early request where there is one; the SDK's signal (its timeout, an abort) still cancels it. */
function takingOver(takeEarly: (url: string) => EarlyRequest | undefined): FetchLike {
  return (input, init) => {
    // A revalidation (If-None-Match) or a cache mode is not the request that was made early.
    const plain = !new Headers(init?.headers).has('if-none-match') && init?.cache === undefined;
    const taken = plain ? takeEarly(input) : undefined;
    if (!taken) return fetch(input, init);
    const signal = init?.signal;
    if (signal?.aborted) taken.controller.abort(signal.reason);
    else signal?.addEventListener('abort', () => taken.controller.abort(signal.reason), { once: true });
    return taken.response;
  };
}
