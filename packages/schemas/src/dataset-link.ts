import * as z from 'zod/mini';
import { datasetUrlIsRelativeOrHttp } from './rules.js';

/** A content hash, `sha256-` followed by the base64 digest (the form SRI uses). */
export const ContentHash = z.string().check(
  z.regex(/^sha256-[A-Za-z0-9+/]{43}=$/, 'a hash looks like sha256-<base64 digest>'),
);
export type ContentHash = z.infer<typeof ContentHash>;

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
