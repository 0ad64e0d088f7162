import { compactValidator } from '../compact/compact-validator.js';
import { SPEC } from '../compact/generated-spec.js';
import type { RecordResult } from '../issues.js';
import type { DatasetName, Manifest } from '../manifest.js';
import type { PartitionLink } from '../partitions.js';
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

/**
 * The spec's node of one partition link: an item of the manifest's `partitions.services`
 * (records-parity.test checks it against zod's PartitionLink).
 */
type Fields = { f: Record<string, number> };
const partitionsNode = (SPEC.nodes[SPEC.roots.manifest] as Fields).f['partitions?']!;
const PARTITION_LINK = (SPEC.nodes[(SPEC.nodes[partitionsNode] as Fields).f.services!] as { i: number }).i;

export const validatePartitionLink: typeof RecordsApi.validatePartitionLink = (link) =>
  validate(PARTITION_LINK, link) as RecordResult<PartitionLink>;
