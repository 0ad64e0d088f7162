import {
  IsoDateTime,
  validateWith,
  type AvailabilityObservation,
  type Norm,
  type Organization,
  type PartitionBy,
  type Service,
  type TaxonomyTerm,
} from '@wijkwijzer/schemas';
import { CliError } from '../errors.js';
import { checkRecords } from './check-records.js';
import { latestDataDate, nowToTheSecond } from './generated-at.js';
import { writeFeed, type FeedMeta, type WrittenFeed } from './write-feed.js';

/** Where an import writes its feed and what the feed says about itself. */
export interface ImportTarget {
  outDir: string;
  meta: FeedMeta;
  generatedAt?: string;
  partitionBy?: PartitionBy;
}

/** What an import read, ready to be written as a feed. */
export interface ImportedRecords {
  organizations: Organization[];
  services: Service[];
  taxonomy: TaxonomyTerm[];
  /** Figures an export of ours carried in its extension (`import hsds`); a sheet has none. */
  availability?: AvailabilityObservation[];
  /** The norms those figures are compared with, from the same extension. */
  norms?: Norm[];
}

/** Refuses a `--generated-at` that is no date-time, before any input is read. */
export function checkGeneratedAt(generatedAt: string | undefined): void {
  if (generatedAt !== undefined && !validateWith(IsoDateTime, generatedAt).ok) {
    throw new CliError(`--generated-at must be a date-time with an offset, e.g. 2026-11-22T00:00:00Z (got "${generatedAt}")`);
  }
}

/**
 * Writes imported records as a feed, with the same writer as `build`. Empty datasets
 * are left out. `generated_at` is the option's, else the latest date in the data, else
 * now (said in `note`). An invalid record here is a bug of the importer, not of the input.
 */
export async function writeImportedFeed(target: ImportTarget, records: ImportedRecords, note: (message: string) => void): Promise<WrittenFeed> {
  const datasets = {
    ...(records.organizations.length > 0 ? { organizations: records.organizations } : {}),
    ...(records.services.length > 0 ? { services: records.services } : {}),
    ...(records.taxonomy.length > 0 ? { taxonomy: records.taxonomy } : {}),
    ...(records.availability && records.availability.length > 0 ? { availability: records.availability } : {}),
    ...(records.norms && records.norms.length > 0 ? { norms: records.norms } : {}),
  };
  const checked = checkRecords(datasets);
  if (checked.findings.length > 0) {
    throw new Error(`the import produced an invalid feed: ${JSON.stringify(checked.findings[0])}`);
  }
  let generatedAt = target.generatedAt ?? latestDataDate(Object.values(datasets));
  if (generatedAt === undefined) {
    generatedAt = nowToTheSecond();
    note('no date in the data: generated_at is the current time (pass --generated-at for a reproducible feed)');
  }
  const { partitionBy } = target;
  return writeFeed({ outDir: target.outDir, meta: target.meta, generatedAt, datasets, ...(partitionBy === undefined ? {} : { partitionBy }) });
}
