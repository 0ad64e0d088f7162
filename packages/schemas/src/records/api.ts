import type { RecordResult } from '../issues.js';
import type { DatasetName, Manifest } from '../manifest.js';
import type { PartitionLink } from '../partitions.js';
import type { DatasetRecordTypes } from '../validate.js';

/*
 * `@wijkwijzer/schemas/records`: validating feed records, in browsers without zod.
 * This file is the one set of types of the subpath; its two implementations, the
 * zod one (`default`) and the compact one (`browser`), are each checked against it.
 * They give the same verdict and the same first issue path (see records-parity.test).
 */

export * from './shared.js';

/** Validates one record of a dataset. Unknown extra fields are kept. */
export declare function validateRecord<D extends DatasetName>(dataset: D, record: unknown): RecordResult<DatasetRecordTypes[D]>;

/** Validates a feed's `index.json`. Unknown extra fields are kept. */
export declare function validateManifest(manifest: unknown): RecordResult<Manifest>;

/**
 * Validates one partition link of a manifest (contract 1.1). A national manifest lists some
 * 1,400: a reader may check the manifest without them and then each in turn, between pauses.
 */
export declare function validatePartitionLink(link: unknown): RecordResult<PartitionLink>;
