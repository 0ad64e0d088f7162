import { createClient, type WijkwijzerClient } from '@wijkwijzer/sdk/client';

const clients = new Map<string, WijkwijzerClient>();

/**
 * One SDK client per feed URL on the page. The SDK already shares its cache per
 * feed; sharing the client too keeps one `report()` for every widget on that feed.
 * Throws the SDK's `InvalidOptionsError` for a URL that cannot be a feed.
 */
export function clientFor(feedUrl: string): WijkwijzerClient {
  const absolute = new URL(feedUrl, document.baseURI).href;
  let client = clients.get(absolute);
  if (!client) {
    client = createClient({ feedUrl: absolute });
    clients.set(absolute, client);
  }
  return client;
}
