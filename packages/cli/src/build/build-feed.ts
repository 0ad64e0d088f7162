import { IsoDateTime, validateWith, type DatasetName, type PartitionBy } from '@wijkwijzer/schemas';
import { CliError } from '../errors.js';
import { checkRecords, type RecordFinding } from '../feed/check-records.js';
import { latestDataDate, nowToTheSecond } from '../feed/generated-at.js';
import { writeFeed, type WrittenFeed } from '../feed/write-feed.js';
import { readSource, type RecordOrigin } from './read-source.js';

export interface BuildOptions {
  sourceDir: string;
  outDir: string;
  /** Overrides every other source of `generated_at`. */
  generatedAt?: string;
  partitionBy?: PartitionBy;
}

/** Where `generated_at` came from; `now` means the build is not reproducible. */
export type GeneratedAtSource = 'option' | 'region.json' | 'data' | 'now';

/** A finding with the source file it came from, when the record has one. */
export interface LocatedFinding {
  finding: RecordFinding;
  origin?: RecordOrigin;
  /** For a duplicate id: where the record that first used the id came from. */
  firstOrigin?: RecordOrigin;
}

export type BuildResult =
  | { ok: true; feed: WrittenFeed; generatedAtSource: GeneratedAtSource; ignored: string[] }
  | { ok: false; findings: LocatedFinding[]; ignored: string[] };

function assertDateTime(value: string, where: string): string {
  if (!validateWith(IsoDateTime, value).ok) {
    throw new CliError(`${where} must be a date-time with an offset, e.g. 2026-11-22T00:00:00Z (got "${value}")`);
  }
  return value;
}

/**
 * Turns a source folder into a feed. Any invalid record, duplicate id or dangling
 * reference stops the build before anything is written: a published feed is always whole.
 */
export async function buildFeed(options: BuildOptions): Promise<BuildResult> {
  const source = await readSource(options.sourceDir);
  const checked = checkRecords(source.datasets);
  if (checked.findings.length > 0) {
    const findings = checked.findings.map((finding): LocatedFinding => {
      const origins = source.origins[finding.dataset];
      const origin = 'index' in finding ? origins?.[finding.index] : undefined;
      const firstOrigin = finding.kind === 'duplicate-id' ? origins?.[finding.firstIndex] : undefined;
      return { finding, ...(origin ? { origin } : {}), ...(firstOrigin ? { firstOrigin } : {}) };
    });
    return { ok: false, findings, ignored: source.ignored };
  }

  let generatedAt: string;
  let generatedAtSource: GeneratedAtSource;
  const fromData = latestDataDate(Object.values(source.datasets));
  if (options.generatedAt !== undefined) {
    generatedAt = assertDateTime(options.generatedAt, '--generated-at');
    generatedAtSource = 'option';
  } else if (source.generatedAt !== undefined) {
    generatedAt = assertDateTime(source.generatedAt, 'region.json generated_at');
    generatedAtSource = 'region.json';
  } else if (fromData !== undefined) {
    generatedAt = fromData;
    generatedAtSource = 'data';
  } else {
    generatedAt = nowToTheSecond();
    generatedAtSource = 'now';
  }

  // Write the records as the author wrote them (key order included); the check above
  // proved each one valid and uniquely identified.
  const datasets = source.datasets as Partial<Record<DatasetName, readonly { id: string }[]>>;
  const feed = await writeFeed({ outDir: options.outDir, meta: source.meta, generatedAt, datasets, ...(options.partitionBy === undefined ? {} : { partitionBy: options.partitionBy }) });
  return { ok: true, feed, generatedAtSource, ignored: source.ignored };
}
