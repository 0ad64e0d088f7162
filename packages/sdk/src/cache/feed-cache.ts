import { ResourceEntry } from './resource-entry.js';

/** The cached resources of one feed, by key (`manifest`, `dataset:services:<url>`, …). */
export class FeedCache {
  readonly #entries = new Map<string, ResourceEntry<unknown>>();

  /**
   * The entry for `key`, created empty on first use. The caller decides the value type
   * per key; one key always holds one kind of value.
   */
  entry<T>(key: string): ResourceEntry<T> {
    let entry = this.#entries.get(key);
    if (!entry) {
      entry = new ResourceEntry<unknown>();
      this.#entries.set(key, entry);
    }
    return entry as ResourceEntry<T>;
  }

  /** The entry for `key` if it exists, without creating it. */
  find<T>(key: string): ResourceEntry<T> | undefined {
    return this.#entries.get(key) as ResourceEntry<T> | undefined;
  }

  /** Resolves once no load of any entry of this feed is in flight. */
  async idle(): Promise<void> {
    await Promise.all([...this.#entries.values()].map((entry) => entry.idle()));
  }
}

/**
 * Every feed loaded on this page (or in this process), by absolute manifest URL.
 * Module level on purpose: all clients and widgets of the page share one copy and
 * one request per dataset.
 */
const feeds = new Map<string, FeedCache>();

/** The shared cache of the feed whose manifest is at `manifestUrl` (absolute). */
export function sharedFeedCache(manifestUrl: string): FeedCache {
  let cache = feeds.get(manifestUrl);
  if (!cache) {
    cache = new FeedCache();
    feeds.set(manifestUrl, cache);
  }
  return cache;
}

/**
 * Forgets the cached data of one feed (by its absolute manifest URL, as
 * `client.feedUrl` gives it), or of every feed. Clients created before keep
 * working and load again on their next read. Meant for tests and for "reload" buttons.
 */
export function clearFeedCache(manifestUrl?: string | URL): void {
  if (manifestUrl === undefined) {
    feeds.clear();
    return;
  }
  let key = String(manifestUrl);
  try {
    key = new URL(key).href;
  } catch {
    // Not absolute: only an exact key can match.
  }
  feeds.delete(key);
}
