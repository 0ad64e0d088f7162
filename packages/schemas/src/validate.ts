import type * as z from 'zod/mini';
import type { DatasetName } from './manifest.js';
import { describeIssue, formatPath, type RecordResult } from './issues.js';
import { Area } from './area.js';
import { AvailabilityObservation } from './availability.js';
import { Norm } from './norm.js';
import { Organization } from './organization.js';
import { Pathway } from './pathway.js';
import { PostcodeArea } from './postcode.js';
import { Service } from './service.js';
import { TaxonomyTerm } from './taxonomy.js';

export { describeIssue, formatPath, type RecordIssue, type RecordResult } from './issues.js';
export { datasetItems, recordId } from './dataset-files.js';

/** The schema each record of a dataset must satisfy. */
export const DATASET_SCHEMAS = {
  areas: Area,
  organizations: Organization,
  services: Service,
  pathways: Pathway,
  availability: AvailabilityObservation,
  norms: Norm,
  taxonomy: TaxonomyTerm,
  postcodes: PostcodeArea,
} as const;

export interface DatasetRecordTypes {
  areas: Area;
  organizations: Organization;
  services: Service;
  pathways: Pathway;
  availability: AvailabilityObservation;
  norms: Norm;
  taxonomy: TaxonomyTerm;
  postcodes: PostcodeArea;
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
