import type { DatasetName, RecordIssue } from '@wijkwijzer/schemas';
import type { RecordFinding } from '../feed/check-records.js';
import type { FreshnessReport } from './freshness.js';

/**
 * The structured result of checking a feed. The CLI prints it (or its JSON); the
 * playground shows it in Dutch. `code`/`kind` fields are stable keys to translate;
 * `message` is an English fallback.
 */
export interface FeedReport {
  /** What the user asked to check, as given. */
  source: string;
  manifestUrl: string;
  status: FeedStatus;
  /** 0 valid, 1 invalid records or mismatches, 2 unusable. */
  exitCode: 0 | 1 | 2;
  manifest?: ManifestSummary;
  datasets: DatasetSummary[];
  findings: FeedFinding[];
  /** Problems that stop (part of) the feed from being read at all. */
  unusable: UnusableProblem[];
  /** Only when asked for (`--freshness`): what the publisher should check again. It does not change `status`. */
  freshness?: FreshnessReport;
}

export type FeedStatus = 'valid' | 'invalid' | 'unusable';

export interface ManifestSummary {
  contractVersion: string;
  region: { id: string; name: string };
  publisher: { name: string; url?: string };
  license: string;
  generatedAt: string;
  sample: boolean;
  title?: string;
}

export interface DatasetSummary {
  dataset: DatasetName;
  /** The file's resolved address. */
  url: string;
  declaredCount: number;
  declaredHash: string;
  /** Whether the file was read and is a list; the counts below exist only then. */
  loaded: boolean;
  actualHash?: string;
  total?: number;
  valid?: number;
  invalid?: number;
}

export type UnusableCode =
  | 'manifest-missing'
  | 'manifest-unreachable'
  /** Outside what may be read: another folder, or another origin (a redirect included). */
  | 'manifest-refused'
  | 'manifest-not-json'
  | 'manifest-invalid'
  | 'contract-unsupported'
  | 'dataset-missing'
  | 'dataset-unreachable'
  /** Linked outside the feed's folder or origin; not read, so nothing of it is reported. */
  | 'dataset-refused'
  | 'dataset-not-json'
  | 'dataset-not-a-list';

export interface UnusableProblem {
  code: UnusableCode;
  message: string;
  dataset?: DatasetName;
  url?: string;
  /** For an invalid manifest: what is wrong, field by field. */
  issues?: RecordIssue[];
}

export interface HashMismatchFinding {
  kind: 'hash-mismatch';
  dataset: DatasetName;
  /** For a partition file (contract 1.1): its url; the full dataset's file otherwise. */
  file?: string;
  /**
   * A dataset's `sha256-<base64>` from index.json; for a partition file, the hex digits of its
   * name (`57b9c8d4`), and `actual` as many hex digits of the file's SHA-256.
   */
  expected: string;
  actual: string;
}

export interface CountMismatchFinding {
  kind: 'count-mismatch';
  dataset: DatasetName;
  file?: string;
  expected: number;
  actual: number;
}

/** A service missing from a partition it belongs in: a client that loads by area would not find it. */
export interface PartitionMissingServiceFinding {
  kind: 'partition-missing-service';
  dataset: 'services';
  id: string;
  /** The partition id, or the url of the detail shard. */
  partition: string;
}

/** An area not in an area partition its place in the area tree puts it in, or in one it does not belong in. */
export interface PartitionMisplacedAreaFinding {
  kind: 'partition-misplaced-area';
  dataset: 'areas';
  id: string;
  /** The partition id. */
  partition: string;
  /** `missing`: a page about that gemeente (or every page, for the frame) would not know the area; `extra`: it does not belong there. */
  problem: 'missing' | 'extra';
}

export type FeedFinding = RecordFinding | HashMismatchFinding | CountMismatchFinding | PartitionMissingServiceFinding | PartitionMisplacedAreaFinding;
