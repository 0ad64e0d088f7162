/*
 * What both implementations of `@wijkwijzer/schemas/records` export unchanged:
 * none of it needs zod.
 */
export { DATASET_NAMES, ROUTE_STEPS } from '../contract-lists.js';
export { contentHash, datasetItems, recordId } from '../dataset-files.js';
export { CONTENT_NAME_PATTERN, NAME_HASH_DIGITS, hashInName, hashMatches, hexOf } from '../content-name.js';
export { detailShardFile, detailShardOf } from '../detail-shard.js';
export { WHOLE_RECORD, type RecordIssue, type RecordResult } from '../issues.js';
export { CONTRACT_VERSION, checkContractVersion, type ContractCompatibility } from '../version.js';
export type { DatasetName, Manifest } from '../manifest.js';
export type { DetailShards, PartitionFile, PartitionLink, Partitions } from '../partitions.js';
export type { DatasetRecordTypes } from '../validate.js';
