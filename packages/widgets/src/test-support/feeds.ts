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
/**
 * The sample with services whose waiting times show each state of contract 1.2 (see
 * buildWaitingTimes in test-feeds.mjs): `wt-volgende-plek`, `wt-gemiddeld`, `wt-mediaan` and
 * `wt-schatting` (one method each), `wt-groepen` (three diagnosis groups, 3 to 9 weeks),
 * `wt-twee-plekken` (intake per location, `wt-loc-noord` 2 and `wt-loc-zuid` 8 weeks; treatment
 * for both), `wt-doel-en-maximum` (a norm with a target and a maximum), `wt-boven-norm` (above its
 * norm) and `wt-huisarts` (working days).
 */
export const WAITING_TIMES_FEED = new URL('waiting-times/index.json', base).href;
