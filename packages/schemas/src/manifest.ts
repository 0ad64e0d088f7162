import * as z from 'zod/mini';
import { Email, Id, IsoDateTime, SafeUrl, SemVer, Text } from './primitives.js';
import { DATASET_NAMES } from './contract-lists.js';
import { datasetUrlIsRelativeOrHttp } from './rules.js';

export { DATASET_NAMES };

export const DatasetName = z.enum(DATASET_NAMES);
export type DatasetName = z.infer<typeof DatasetName>;

/** A content hash, `sha256-` followed by the base64 digest (the form SRI uses). */
export const ContentHash = z.string().check(
  z.regex(/^sha256-[A-Za-z0-9+/]{43}=$/, 'a hash looks like sha256-<base64 digest>'),
);
export type ContentHash = z.infer<typeof ContentHash>;

/** A link from the manifest to a dataset file: relative to the manifest, or absolute http(s). */
export const DatasetLink = z.looseObject({
  url: z.string().check(z.minLength(1), z.refine(datasetUrlIsRelativeOrHttp, 'a dataset url is relative or http(s)')),
  count: z.number().check(z.int(), z.gte(0)),
  hash: ContentHash,
});
export type DatasetLink = z.infer<typeof DatasetLink>;

/** `index.json`: what a feed is, who publishes it, and where its datasets are. */
export const Manifest = z.looseObject({
  contract_version: SemVer,
  region: z.looseObject({ id: Id, name: Text }),
  publisher: z.looseObject({ name: Text, url: z.optional(SafeUrl), email: z.optional(Email) }),
  license: Text,
  generated_at: IsoDateTime,
  /** True for made-up data: widgets then say so, and never present it as real. */
  sample: z.boolean(),
  title: z.optional(Text),
  description: z.optional(Text),
  datasets: z.partialRecord(DatasetName, DatasetLink),
});
export type Manifest = z.infer<typeof Manifest>;
