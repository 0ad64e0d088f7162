import { compactValidator } from '../compact/compact-validator.js';
import { SPEC } from '../compact/generated-spec.js';
import type { RecordResult } from '../issues.js';
import type { DatasetName, Manifest } from '../manifest.js';
import type { DatasetRecordTypes } from '../validate.js';
import type * as RecordsApi from './api.js';

/*
 * `@wijkwijzer/schemas/records` for browsers: the compact validator and the spec
 * generated from the zod schemas, a few KB instead of zod's ~10 KB min+gz.
 */

export * from './shared.js';

const validate = compactValidator(SPEC.nodes);

// The casts hold because the spec was generated from the very zod schemas these types come from.
export const validateRecord: typeof RecordsApi.validateRecord = <D extends DatasetName>(dataset: D, record: unknown) =>
  validate(SPEC.roots[dataset], record) as RecordResult<DatasetRecordTypes[D]>;

export const validateManifest: typeof RecordsApi.validateManifest = (manifest) =>
  validate(SPEC.roots.manifest, manifest) as RecordResult<Manifest>;
