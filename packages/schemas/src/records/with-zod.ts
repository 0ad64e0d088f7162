import { Manifest } from '../manifest.js';
import { PartitionLink } from '../partitions.js';
import { validateRecord as validateRecordWithZod, validateWith } from '../validate.js';
import type * as RecordsApi from './api.js';

/* `@wijkwijzer/schemas/records` with zod, where bundle size does not matter (Node, tests, the CLI). */

export * from './shared.js';

export const validateRecord: typeof RecordsApi.validateRecord = validateRecordWithZod;

export const validateManifest: typeof RecordsApi.validateManifest = (manifest) => validateWith(Manifest, manifest);

export const validatePartitionLink: typeof RecordsApi.validatePartitionLink = (link) => validateWith(PartitionLink, link);
