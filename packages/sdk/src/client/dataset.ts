import type { DatasetName, DatasetRecordTypes } from '@wijkwijzer/schemas';
// The records subpath: the compact validator in browsers, zod elsewhere.
import { datasetItems, recordId, validateRecord, type RecordIssue } from '@wijkwijzer/schemas/records';
import { InvalidDatasetError } from '../errors.js';

/** A record left out of a dataset, and why. */
export interface SkippedRecord {
  dataset: DatasetName;
  /** The record's id, when it has a usable one. */
  id?: string;
  /** Its position in the dataset file, from 0. */
  index: number;
  issues: RecordIssue[];
}

/** The valid records of one dataset file, in file order, with the ones left out. */
export interface LoadedDataset<D extends DatasetName> {
  name: D;
  url: string;
  records: readonly DatasetRecordTypes[D][];
  byId: ReadonlyMap<string, DatasetRecordTypes[D]>;
  skipped: readonly SkippedRecord[];
}

/**
 * Validates a dataset file record by record: a bad record is skipped and listed,
 * never hides the rest. Of records sharing an id, the first is kept.
 * Throws `InvalidDatasetError` only when the file is not a list of records at all.
 */
export function parseDataset<D extends DatasetName>(name: D, body: unknown, url: string): LoadedDataset<D> {
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
  const skipped: SkippedRecord[] = [];
  items.forEach((item, index) => {
    const id = recordId(item);
    const result = validateRecord(name, item);
    if (!result.ok) {
      skipped.push({ dataset: name, ...(id === undefined ? {} : { id }), index, issues: result.issues });
      return;
    }
    const record = result.value;
    const first = firstIndex.get(record.id);
    if (first !== undefined) {
      skipped.push({
        dataset: name,
        id: record.id,
        index,
        issues: [{ path: 'id', message: `duplicate id: the record at index ${first} has it too and is kept` }],
      });
      return;
    }
    firstIndex.set(record.id, index);
    byId.set(record.id, record);
    records.push(record);
  });
  return { name, url, records: Object.freeze(records), byId, skipped: Object.freeze(skipped) };
}

/** The empty dataset of a feed that does not publish `name`. */
export function emptyDataset<D extends DatasetName>(name: D): LoadedDataset<D> {
  return { name, url: '', records: Object.freeze([]), byId: new Map(), skipped: Object.freeze([]) };
}

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object without an "items" array';
  return `a ${typeof value}`;
}
