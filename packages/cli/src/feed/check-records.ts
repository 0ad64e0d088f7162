import {
  DATASET_NAMES,
  findDanglingReferences,
  recordId,
  validateRecord,
  type DanglingReference,
  type DatasetName,
  type FeedRecords,
} from '@wijkwijzer/schemas';

/** A record that breaks the contract. `index` is its position in the dataset file. */
export interface InvalidRecordFinding {
  kind: 'invalid-record';
  dataset: DatasetName;
  index: number;
  id?: string;
  path: string;
  message: string;
}

/** A second record with an id already used in the same dataset; the first one wins. */
export interface DuplicateIdFinding {
  kind: 'duplicate-id';
  dataset: DatasetName;
  index: number;
  id: string;
  firstIndex: number;
}

/** A link from a valid record to a record that is not in the feed, or to a place its service does not have. */
export interface DanglingReferenceFinding extends DanglingReference {
  kind: 'dangling-reference';
}

export type RecordFinding = InvalidRecordFinding | DuplicateIdFinding | DanglingReferenceFinding;

export interface DatasetCounts {
  total: number;
  valid: number;
  invalid: number;
}

export interface RecordsCheck {
  counts: Partial<Record<DatasetName, DatasetCounts>>;
  findings: RecordFinding[];
  /** The usable records (valid, first of their id), ready for the reference check or a writer. */
  valid: FeedRecords;
}

export type DatasetInput = Partial<Record<DatasetName, readonly unknown[]>>;

/**
 * Checks every record of every dataset given: the contract, unique ids, and links
 * between records. `validate`, `build` and `import` all go through here, so a feed
 * that builds is a feed that validates.
 */
export function checkRecords(input: DatasetInput): RecordsCheck {
  const counts: Partial<Record<DatasetName, DatasetCounts>> = {};
  const findings: RecordFinding[] = [];
  const valid: Partial<Record<DatasetName, unknown[]>> = {};

  for (const dataset of DATASET_NAMES) {
    const records = input[dataset];
    if (!records) continue;
    const firstIndexOf = new Map<string, number>();
    const kept: unknown[] = [];
    let invalid = 0;
    records.forEach((record, index) => {
      const result = validateRecord(dataset, record);
      const id = recordId(record);
      if (!result.ok) {
        invalid += 1;
        for (const issue of result.issues) {
          findings.push({ kind: 'invalid-record', dataset, index, ...(id === undefined ? {} : { id }), ...issue });
        }
        return;
      }
      const firstIndex = id === undefined ? undefined : firstIndexOf.get(id);
      if (id !== undefined && firstIndex !== undefined) {
        invalid += 1;
        findings.push({ kind: 'duplicate-id', dataset, index, id, firstIndex });
        return;
      }
      if (id !== undefined) firstIndexOf.set(id, index);
      kept.push(result.value);
    });
    counts[dataset] = { total: records.length, valid: kept.length, invalid };
    valid[dataset] = kept;
  }

  // The schemas guarantee each kept record has the shape its dataset promises.
  const feed = valid as FeedRecords;
  for (const dangling of findDanglingReferences(feed)) findings.push({ kind: 'dangling-reference', ...dangling });
  return { counts, findings, valid: feed };
}
