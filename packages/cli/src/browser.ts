/**
 * The part of the CLI that runs in a browser: checking a feed over `fetch`, with
 * the same findings as `wijkwijzer validate`. The playground's feed check uses it.
 */
export { checkFeed, type CheckOptions } from './validate/check-feed.js';
export {
  DEFAULT_MAX_AGE,
  parseMaxAge,
  type FreshnessReport,
  type FreshnessGroup,
  type MaxAge,
  type StaleFigure,
  type UncheckedService,
} from './validate/freshness.js';
export { fetchLoader, DEFAULT_TIMEOUT_MS, type Loader, type LoadResult } from './validate/loader.js';
export type {
  FeedReport,
  FeedStatus,
  FeedFinding,
  ManifestSummary,
  DatasetSummary,
  UnusableProblem,
  UnusableCode,
  HashMismatchFinding,
  CountMismatchFinding,
} from './validate/report.js';
export type { RecordFinding, InvalidRecordFinding, DuplicateIdFinding, DanglingReferenceFinding } from './feed/check-records.js';
