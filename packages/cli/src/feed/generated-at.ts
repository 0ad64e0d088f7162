import { isObject } from '../json.js';

/** Fields whose dates say how fresh the data is, across all datasets. */
const DATE_FIELDS = ['assured_date', 'last_reviewed', 'reference_date', 'last_modified'] as const;

const DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})/;

/**
 * The latest date found in the records, as midnight UTC. Deriving `generated_at`
 * from the data (not the clock) keeps a rebuild of the same input byte-identical.
 */
export function latestDataDate(datasets: Iterable<readonly unknown[]>): string | undefined {
  let latest: string | undefined;
  for (const records of datasets) {
    for (const record of records) {
      if (!isObject(record)) continue;
      for (const field of DATE_FIELDS) {
        const value = record[field];
        const day = typeof value === 'string' ? DATE_PREFIX.exec(value)?.[1] : undefined;
        if (day !== undefined && (latest === undefined || day > latest)) latest = day;
      }
    }
  }
  return latest === undefined ? undefined : `${latest}T00:00:00Z`;
}

/** Now, to the second: the last resort when neither the user nor the data gives a date. */
export function nowToTheSecond(): string {
  return `${new Date().toISOString().slice(0, 19)}Z`;
}
