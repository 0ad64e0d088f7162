import type { DatasetName, DatasetRecordTypes } from '@wijkwijzer/schemas';
// The records subpath: the compact validator in browsers, zod elsewhere.
import { datasetItems, recordId, validateRecord, type RecordIssue } from '@wijkwijzer/schemas/records';
import { InvalidDatasetError } from '../errors.js';
import { runInSlices, runToEnd, type SliceOptions, type SlicedWork } from '../time-slices.js';

/** A record left out of a dataset, and why. */
export interface SkippedRecord {
  dataset: DatasetName;
  /** The record's id, when it has a usable one. */
  id?: string;
  /** Its position in the dataset file, from 0. */
  index: number;
  issues: RecordIssue[];
}

/** How many records left out are kept as examples per dataset and issue path; the rest are only counted. */
export const SKIPPED_EXAMPLES_PER_PATH = 50;

/**
 * The records left out of one dataset, in bounded memory: a feed with 15 000 bad
 * records gives counts and a few examples of each problem, not 15 000 entries.
 */
export interface SkippedSummary {
  total: number;
  /**
   * Records left out per issue path, with list positions as `*` (`phones.*.number`);
   * a record with issues at two paths counts under both.
   */
  byPath: Readonly<Record<string, number>>;
  /** The first `SKIPPED_EXAMPLES_PER_PATH` records left out for each path, in file order. */
  examples: readonly SkippedRecord[];
}

/** What the file itself was, to compare with the manifest's `count` and `hash`. */
export interface DatasetFile {
  /** Entries in the file, valid or not. */
  count: number;
  /** `sha256-<base64>` of its exact bytes. */
  hash: string;
}

/** The valid records of one dataset file, in file order, with the ones left out. */
export interface LoadedDataset<D extends DatasetName> {
  name: D;
  url: string;
  records: readonly DatasetRecordTypes[D][];
  byId: ReadonlyMap<string, DatasetRecordTypes[D]>;
  skipped: SkippedSummary;
  /** Undefined for a dataset the feed does not publish. */
  file?: DatasetFile | undefined;
}

/**
 * Validates a dataset file record by record: a bad record is skipped and listed,
 * never hides the rest. Of records sharing an id, the first is kept.
 * Throws `InvalidDatasetError` only when the file is not a list of records at all.
 */
export function parseDataset<D extends DatasetName>(name: D, body: unknown, url: string, hash: string): LoadedDataset<D> {
  return runToEnd(datasetValidation(name, body, url, hash));
}

/** `parseDataset` in slices that give the main thread back (see `runInSlices`); the same result. */
export function parseDatasetInSlices<D extends DatasetName>(
  name: D,
  body: unknown,
  url: string,
  hash: string,
  slicing?: SliceOptions,
): Promise<LoadedDataset<D>> {
  return runInSlices(datasetValidation(name, body, url, hash), slicing);
}

/** The validation, pausable after every record. */
function* datasetValidation<D extends DatasetName>(name: D, body: unknown, url: string, hash: string): SlicedWork<LoadedDataset<D>> {
  const items = datasetItems(body);
  if (!items) {
    throw new InvalidDatasetError({
      url,
      dataset: name,
      problem: `is not a list of records (it is ${describeJson(body)})`,
    });
  }
  const records: DatasetRecordTypes[D][] = [];
  const byId = new Map<string, DatasetRecordTypes[D]>();
  const firstIndex = new Map<string, number>();
  const skipped = skippedTally();
  for (const [index, item] of items.entries()) {
    yield;
    const id = recordId(item);
    const result = validateRecord(name, item);
    if (!result.ok) {
      skipped.add({ dataset: name, ...(id === undefined ? {} : { id }), index, issues: result.issues });
      continue;
    }
    const record = result.value;
    const first = firstIndex.get(record.id);
    if (first !== undefined) {
      skipped.add({
        dataset: name,
        id: record.id,
        index,
        issues: [{ path: 'id', message: `duplicate id: the record at index ${first} has it too and is kept` }],
      });
      continue;
    }
    firstIndex.set(record.id, index);
    byId.set(record.id, record);
    records.push(record);
  }
  return {
    name,
    url,
    records: Object.freeze(records),
    byId,
    skipped: skipped.summary(),
    file: { count: items.length, hash },
  };
}

/** The empty dataset of a feed that does not publish `name`. */
export function emptyDataset<D extends DatasetName>(name: D): LoadedDataset<D> {
  return { name, url: '', records: Object.freeze([]), byId: new Map(), skipped: skippedTally().summary() };
}

/** Counts records left out per issue path and keeps the first few of each. */
function skippedTally(): { add(record: SkippedRecord): void; summary(): SkippedSummary } {
  let total = 0;
  const byPath = new Map<string, number>();
  const examples: SkippedRecord[] = [];
  return {
    add(record) {
      total += 1;
      let example = false;
      for (const path of new Set(record.issues.map((issue) => pathKind(issue.path)))) {
        const count = (byPath.get(path) ?? 0) + 1;
        byPath.set(path, count);
        if (count <= SKIPPED_EXAMPLES_PER_PATH) example = true;
      }
      if (example) examples.push(record);
    },
    summary: () => Object.freeze({ total, byPath: Object.freeze(Object.fromEntries(byPath)), examples: Object.freeze(examples) }),
  };
}

/** An issue path with list positions as `*`, so one problem in many records is one kind. */
function pathKind(path: string): string {
  return path.replace(/(^|\.)\d+(?=\.|$)/g, '$1*');
}

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object without an "items" array';
  return `a ${typeof value}`;
}
