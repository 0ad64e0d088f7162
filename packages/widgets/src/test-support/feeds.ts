/**
 * Where the browser tests find their feeds: written by test-feeds.mjs before the
 * runner starts and served by it from the repository root.
 */
const base = new URL('/packages/widgets/test-feeds/', location.origin);

export const SAMPLE_FEED = new URL('sample/index.json', base).href;
export const HOSTILE_FEED = new URL('hostile/index.json', base).href;
/** The sample with `alleen-bellen` (a phone only) and `alleen-langsgaan` (an address only) in Zeist; see buildContactWays. */
export const CONTACT_WAYS_FEED = new URL('contact-ways/index.json', base).href;
/** A small feed in parts (contract 1.1), see the SDK's test-support/partitioned-fixture.ts. */
export const PARTITIONED_FEED = new URL('partitioned/index.json', base).href;
export const SYNTHETIC_5000_FEED = new URL('synthetic-5000/index.json', base).href;
/** Answers 503 for everything: a feed that is down. */
export const DOWN_FEED = new URL('down/index.json', base).href;
/** Answers 200 with JSON that is no manifest: a feed that is broken. */
export const INVALID_FEED = new URL('invalid/index.json', base).href;
/** The sample feed, each file served after `ms` milliseconds. */
export const slowFeed = (ms: number): string => new URL(`slow/${ms}/sample/index.json`, base).href;
