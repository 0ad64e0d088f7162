import { createHash } from 'node:crypto';
import { after, afterEach, beforeEach } from 'node:test';
import { http, HttpResponse } from 'msw';
import { setupServer, type SetupServer } from 'msw/node';
import { clearFeedCache } from '../cache/feed-cache.js';
import { datasetItems } from '@wijkwijzer/schemas/records';
import { AUTO_HASH, feedFixture, FIXTURE_BASE_URL, type FeedFixture } from './feed-fixture.js';

/**
 * An msw server (Node only) that answers real `fetch` calls with a fixture feed, like a
 * static host would: JSON with an ETag, 304 for a matching `If-None-Match`, 404 for
 * files it does not have. It records every request so tests can count them. Like a
 * feed builder, it fills in the `count` and `hash` of every dataset link whose hash is
 * `AUTO_HASH`; a test that wants a mismatch writes its own.
 */

export interface RecordedRequest {
  url: string;
  /** The path relative to the feed's base URL, e.g. `index.json`. */
  file: string;
  ifNoneMatch: string | null;
}

export interface FeedServer {
  readonly server: SetupServer;
  readonly baseUrl: string;
  readonly manifestUrl: string;
  /** The feed being served; change it and the next answer (and its ETag) follows. */
  feed: FeedFixture;
  readonly requests: RecordedRequest[];
  /** Requests for one file, e.g. `services.json`. */
  requestsFor(file: string): RecordedRequest[];
  /** Back to the default handlers and a fresh fixture; forgets recorded requests. */
  reset(): void;
  close(): void;
}

/** A short, stable ETag for a body (FNV-1a), so a changed body gets a new one. */
export function etagOf(body: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < body.length; i += 1) {
    hash ^= body.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `"${hash.toString(16)}"`;
}

export function startFeedServer(options: { baseUrl?: string } = {}): FeedServer {
  const baseUrl = options.baseUrl ?? FIXTURE_BASE_URL;
  const state: { feed: FeedFixture } = { feed: feedFixture() };
  const requests: RecordedRequest[] = [];

  const datasetBody = (name: string): string | undefined => {
    const data = (state.feed.datasets as Record<string, unknown>)[name];
    return data === undefined ? undefined : JSON.stringify(data);
  };
  const manifestBody = (): string => {
    const { manifest } = state.feed;
    const datasets = Object.fromEntries(
      Object.entries(manifest.datasets).map(([name, link]) => {
        const body = datasetBody(name);
        if (link?.hash !== AUTO_HASH || body === undefined) return [name, link];
        const count = datasetItems(JSON.parse(body))?.length ?? 0;
        return [name, { ...link, count, hash: `sha256-${createHash('sha256').update(body).digest('base64')}` }];
      }),
    );
    return JSON.stringify({ ...manifest, datasets });
  };
  const bodyOf = (file: string): string | undefined => {
    if (file === 'index.json') return manifestBody();
    const match = /^([a-z]+)\.json$/.exec(file);
    return match ? datasetBody(match[1] as string) : undefined;
  };

  const server = setupServer(
    http.get(`${baseUrl}:file`, ({ request, params }) => {
      const body = bodyOf(String(params['file']));
      if (body === undefined) return new HttpResponse('Not found', { status: 404, statusText: 'Not Found' });
      const etag = etagOf(body);
      const headers = { etag, 'access-control-expose-headers': 'ETag', 'cache-control': 'no-cache' };
      if (request.headers.get('if-none-match') === etag) return new HttpResponse(null, { status: 304, headers });
      return new HttpResponse(body, { status: 200, headers: { ...headers, 'content-type': 'application/json' } });
    }),
  );
  server.events.on('request:start', ({ request }) => {
    requests.push({
      url: request.url,
      file: request.url.startsWith(baseUrl) ? request.url.slice(baseUrl.length) : request.url,
      ifNoneMatch: request.headers.get('if-none-match'),
    });
  });
  server.listen({ onUnhandledRequest: 'error' });

  return {
    server,
    baseUrl,
    manifestUrl: `${baseUrl}index.json`,
    get feed() {
      return state.feed;
    },
    set feed(feed: FeedFixture) {
      state.feed = feed;
    },
    requests,
    requestsFor: (file) => requests.filter((request) => request.file === file),
    reset: () => {
      server.resetHandlers();
      state.feed = feedFixture();
      requests.length = 0;
    },
    close: () => server.close(),
  };
}

/** Resolves after pending promise callbacks and timers of 0 ms have run. */
export function flush(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A clock tests move by hand. */
export function manualClock(start = Date.parse('2026-11-22T10:00:00Z')): { now: () => Date; advance(ms: number): void } {
  let current = start;
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
  };
}

/**
 * The feed server of one test file: listening from now on, with the page-wide
 * cache cleared before each test, the fixture reset after it, closed at the end.
 */
export function useFeedServer(): FeedServer {
  const feed = startFeedServer();
  beforeEach(() => clearFeedCache());
  afterEach(() => feed.reset());
  after(() => feed.close());
  return feed;
}
