import * as z from 'zod/mini';
import { CONTENT_NAME_PATTERN } from './content-name.js';
import { DatasetLink } from './dataset-link.js';
import { Id } from './primitives.js';
import { datasetUrlIsRelativeOrHttp } from './rules.js';

/*
 * Contract 1.1: a feed may also publish its services split by area, so a page about one
 * gemeente loads a few percent of a regional feed. The full datasets stay: a 1.0 client
 * reads those and never looks here.
 */

/**
 * A file of a partitioned feed: where it is, how many records it holds and how large it is.
 * Its name carries its content hash (`services/gm-utrecht.57b9c8d4.json`: at least 8 hex digits
 * of the SHA-256 of its exact bytes), which readers check it against, so the link carries no
 * `hash` of its own: at national scale those were most of the manifest.
 */
export const PartitionFile = z.looseObject({
  /** Relative to the manifest (or an absolute http(s) URL), ending in `.<hex digits of its SHA-256>.json`. */
  url: z
    .string()
    .check(
      z.regex(CONTENT_NAME_PATTERN, 'a partition file is named <name>.<its SHA-256 in hex>.json'),
      z.refine(datasetUrlIsRelativeOrHttp, 'a dataset url is a path relative to the manifest or an absolute http(s) URL, not //host/…'),
    ),
  count: DatasetLink.shape.count,
  /** The uncompressed size in bytes, so a client can show progress before the response says it. */
  bytes: z.optional(z.number().check(z.int(), z.gte(0))),
});
export type PartitionFile = z.infer<typeof PartitionFile>;

/** `local`: the services of one area of the partitioning type; `shared`: services that cover a wider area. */
export const PartitionScope = z.enum(['local', 'shared']);
export type PartitionScope = z.infer<typeof PartitionScope>;

/** The area type of the local partitions. */
export const PartitionBy = z.enum(['gemeente', 'wijk']);
export type PartitionBy = z.infer<typeof PartitionBy>;

/** One partition of services (cards) or of availability observations. */
export const PartitionLink = z.looseObject({
  ...PartitionFile.shape,
  /** `gm-utrecht`, `shared-sr-utrecht-west`, `shared-nl`. */
  id: Id,
  scope: PartitionScope,
  /**
   * Local: the one area of type `by` the partition is about. Shared: the subregio or region
   * its services cover. Empty: services with no area, for the whole country.
   */
  area_ids: z.array(Id),
});
export type PartitionLink = z.infer<typeof PartitionLink>;

/**
 * Where the full service records are: `shards` files in one folder, `details/3f2a9c1b/`,
 * named by shard number (`detailShardFile`). The folder's name is a hash of all the shards,
 * so a changed record moves every shard to a new folder and each file can be cached for
 * good; the manifest stays small however many shards there are.
 */
export const DetailShards = z.looseObject({
  /** The folder, relative to the manifest (or an absolute http(s) URL), ending in `/`. */
  url: z
    .string()
    .check(
      z.minLength(1),
      z.regex(/\/$/, 'the url of the details folder ends with /'),
      z.refine(datasetUrlIsRelativeOrHttp, 'a dataset url is a path relative to the manifest or an absolute http(s) URL, not //host/…'),
    ),
  /** How many shard files the folder holds; `detailShardOf(id, shards)` names a service's shard. */
  shards: z.number().check(z.int(), z.gte(1)),
  /** How many services the shards hold together. */
  count: z.number().check(z.int(), z.gte(0)),
});
export type DetailShards = z.infer<typeof DetailShards>;

/** The manifest's `partitions`: service cards by area, availability alongside, the full records in shards, and areas. */
export const Partitions = z.looseObject({
  by: PartitionBy,
  /** Service cards: what results and search need (see `serviceCard`). */
  services: z.array(PartitionLink),
  /** Availability observations, with the same ids and areas as the services partitions. */
  availability: z.optional(z.array(PartitionLink)),
  /** Full service records, sharded by id. */
  details: DetailShards,
  /**
   * The areas dataset split the same way, so a page about one gemeente does not read a
   * country's areas: one shared partition (area_ids []) with every area that lies in no
   * gemeente (regio's, subregio's, gemeenten, werkgebieden around them), and a local
   * partition per gemeente (area_ids [its id]) with the areas lying in it (wijken, buurten,
   * kernen). An area in two gemeenten is in both.
   */
  areas: z.optional(z.array(PartitionLink)),
});
export type Partitions = z.infer<typeof Partitions>;
