import type * as z from 'zod/mini';
import type { DatasetName } from './manifest.js';
import { Area } from './area.js';
import { AvailabilityObservation } from './availability.js';
import { Norm } from './norm.js';
import { Organization } from './organization.js';
import { Pathway } from './pathway.js';
import { Service } from './service.js';
import { TaxonomyTerm } from './taxonomy.js';

/** The schema each record of a dataset must satisfy. */
export const DATASET_SCHEMAS = {
  areas: Area,
  organizations: Organization,
  services: Service,
  pathways: Pathway,
  availability: AvailabilityObservation,
  norms: Norm,
  taxonomy: TaxonomyTerm,
} as const;

export interface DatasetRecordTypes {
  areas: Area;
  organizations: Organization;
  services: Service;
  pathways: Pathway;
  availability: AvailabilityObservation;
  norms: Norm;
  taxonomy: TaxonomyTerm;
}

/** One thing wrong with a record: where (a dotted path such as `phones.0.number`) and what. */
export interface RecordIssue {
  path: string;
  message: string;
}

export type RecordResult<T> = { ok: true; value: T } | { ok: false; issues: RecordIssue[] };

/** Turns a zod issue into words a data publisher can act on, without zod's locale bundle. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `needs at least ${issue.minimum} item(s)`
        : issue.origin === 'string'
          ? `needs at least ${issue.minimum} character(s)`
          : `must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `may have at most ${issue.maximum} characters`
        : `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`;
    case 'invalid_format':
      return issue.message && issue.message !== 'Invalid input' ? issue.message : `is not a valid ${issue.format}`;
    case 'invalid_union':
      return 'matches none of the allowed forms';
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'is not valid';
  }
}

/** Joins a zod path into `phones.0.number`; the record itself is `(record)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(record)' : path.map(String).join('.');
}

/** Validates any value against a contract schema and reports issues in our own words. */
export function validateWith<T>(schema: z.ZodMiniType<T>, value: unknown): RecordResult<T> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue) })),
  };
}

/** Validates one record of a dataset. Unknown extra fields are kept. */
export function validateRecord<D extends DatasetName>(
  dataset: D,
  record: unknown,
): RecordResult<DatasetRecordTypes[D]> {
  return validateWith(DATASET_SCHEMAS[dataset] as unknown as z.ZodMiniType<DatasetRecordTypes[D]>, record);
}

/**
 * A dataset file is a JSON array of records, or an object with an `items` array
 * (the paginated shape HSDS APIs use). Anything else is not a dataset.
 */
export function datasetItems(json: unknown): unknown[] | undefined {
  if (Array.isArray(json)) return json;
  if (json !== null && typeof json === 'object' && Array.isArray((json as { items?: unknown }).items)) {
    return (json as { items: unknown[] }).items;
  }
  return undefined;
}

/** The id of a record for reports, if it has a usable one. */
export function recordId(record: unknown): string | undefined {
  if (record === null || typeof record !== 'object') return undefined;
  const id = (record as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}
