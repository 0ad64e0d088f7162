import * as z from 'zod/mini';
import { Email, Id, IsoDateTime, SafeUrl, Text } from './primitives.js';
import { DATASET_NAMES } from './contract-lists.js';
import { datasetUrlIsRelativeOrHttp } from './rules.js';
import { CONTRACT_VERSION_PATTERN } from './version.js';

export { DATASET_NAMES };

export const DatasetName = z.enum(DATASET_NAMES);
export type DatasetName = z.infer<typeof DatasetName>;

/** A content hash, `sha256-` followed by the base64 digest (the form SRI uses). */
export const ContentHash = z.string().check(
  z.regex(/^sha256-[A-Za-z0-9+/]{43}=$/, 'a hash looks like sha256-<base64 digest>'),
);
export type ContentHash = z.infer<typeof ContentHash>;

/** The version of the contract a feed follows: `1.0.0`, or `1.0.0+build`; not `01.0.0` or `1.0.0-rc.1`. */
export const ContractVersion = z.string().check(
  z.regex(CONTRACT_VERSION_PATTERN, 'a contract version looks like 1.0.0 (build metadata such as +2026.1 is allowed)'),
);
export type ContractVersion = z.infer<typeof ContractVersion>;

/**
 * A link from the manifest to a dataset file: a path relative to the manifest (the usual
 * case), or an absolute http(s) URL. Clients fetch only from the manifest's origin unless
 * the embedder allows more, so a file on another host needs that host allowed.
 * `//host/…` and `\\host\…` are not relative paths: they name another host, and are refused.
 */
export const DatasetLink = z.looseObject({
  url: z
    .string()
    .check(
      z.minLength(1),
      z.refine(datasetUrlIsRelativeOrHttp, 'a dataset url is a path relative to the manifest or an absolute http(s) URL, not //host/…'),
    ),
  count: z.number().check(z.int(), z.gte(0)),
  hash: ContentHash,
});
export type DatasetLink = z.infer<typeof DatasetLink>;

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
});
export type Manifest = z.infer<typeof Manifest>;
