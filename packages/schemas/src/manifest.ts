import * as z from 'zod/mini';
import { Email, Id, IsoDateTime, SafeUrl, Text } from './primitives.js';
import { DATASET_NAMES } from './contract-lists.js';
import { ContentHash, DatasetLink } from './dataset-link.js';
import { Partitions } from './partitions.js';
import { CONTRACT_VERSION_PATTERN } from './version.js';

export { DATASET_NAMES, ContentHash, DatasetLink };

export const DatasetName = z.enum(DATASET_NAMES);
export type DatasetName = z.infer<typeof DatasetName>;

/** The version of the contract a feed follows: `1.0.0`, or `1.0.0+build`; not `01.0.0` or `1.0.0-rc.1`. */
export const ContractVersion = z.string().check(
  z.regex(CONTRACT_VERSION_PATTERN, 'a contract version looks like 1.0.0 (build metadata such as +2026.1 is allowed)'),
);
export type ContractVersion = z.infer<typeof ContractVersion>;

/** `index.json`: what a feed is, who publishes it, and where its datasets are. */
export const Manifest = z.looseObject({
  contract_version: ContractVersion,
  region: z.looseObject({ id: Id, name: Text }),
  publisher: z.looseObject({ name: Text, url: z.optional(SafeUrl), email: z.optional(Email) }),
  license: Text,
  generated_at: IsoDateTime,
  /** True for made-up data: widgets then say so, and never present it as real. */
  sample: z.boolean(),
  title: z.optional(Text),
  description: z.optional(Text),
  datasets: z.partialRecord(DatasetName, DatasetLink),
  /**
   * Since 1.1: the same services split by area, for clients that load only what a page
   * needs. Optional, so a 1.0 client ignores it and reads the full datasets.
   */
  partitions: z.optional(Partitions),
});
export type Manifest = z.infer<typeof Manifest>;
