import type { FetchLike } from '@wijkwijzer/sdk';
import { createClient, type WijkwijzerClient } from '@wijkwijzer/sdk/client';

const clients = new Map<string, WijkwijzerClient>();

/**
 * One SDK client per feed URL (and list of allowed origins) on the page. The SDK
 * already shares its cache per feed; sharing the client too keeps one `report()` for
 * every widget on that feed. `fetch` is that of the widget that asked first (see
 * early-manifest.ts). Throws the SDK's `InvalidOptionsError` for a URL that cannot be
 * a feed, or an allowed origin that is not an origin.
 */
export function clientFor(feedUrl: string, allowedOrigins: readonly string[] = [], fetch?: FetchLike): WijkwijzerClient {
  const absolute = new URL(feedUrl, document.baseURI).href;
  const key = JSON.stringify([absolute, ...[...allowedOrigins].sort()]);
  let client = clients.get(key);
  if (!client) {
    client = createClient({ feedUrl: absolute, allowedOrigins, fetch });
    clients.set(key, client);
  }
  return client;
}
