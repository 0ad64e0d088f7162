import { PARTITIONED_FEED } from './feeds.js';

/*
 * The small feed in parts (contract 1.1) of the SDK's test-support/partitioned-fixture.ts:
 * region X, gemeenten Aadorp (gm-a), Beekdal (gm-b) and Cederveen (gm-c); services in gm-a:
 * s-a1, s-a, s-ab; gm-b: s-ab, s-b; gm-c: s-c; shared: s-west (subregio), s-regio (region),
 * s-nl (no area). Waiting times for s-a, s-b and s-regio.
 */

// The browser keeps 250 resource entries by default and drops later ones: a file of tests that
// load feeds in parts passes that, and fetchedParts below would then see nothing new.
performance.setResourceTimingBufferSize(100_000);

let run = 0;

/** The feed under a URL of its own, so a test starts with an empty page-wide cache; `delayMs` slows every file. */
export function freshPartitionedFeed(delayMs = 0): string {
  run += 1;
  const url = new URL(PARTITIONED_FEED);
  if (delayMs > 0) url.pathname = url.pathname.replace('/test-feeds/', `/test-feeds/slow/${delayMs}/`);
  url.search = `?run=${run}`;
  return url.href;
}

/**
 * The files of a test feed (`partitioned`, `sample`, …) the page fetched since `since` (a
 * `performance.now()`), without folder or content hash: `services/gm-a`, `availability`.
 */
export function fetchedParts(since: number, feed = 'partitioned'): string[] {
  const folder = `/test-feeds/${feed}/`;
  return performance
    .getEntriesByType('resource')
    .filter((entry) => entry.startTime >= since && entry.name.includes(folder))
    .map((entry) => new URL(entry.name).pathname.split(folder)[1]?.replace(/(\.[A-Za-z0-9]{8})?\.json$/, '') ?? '');
}
