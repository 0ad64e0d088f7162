import * as z from 'zod/mini';
import { DatasetLink } from './dataset-link.js';
import { Id } from './primitives.js';

/*
 * Contract 1.1: a feed may also publish its services split by area, so a page about one
 * gemeente loads a few percent of a regional feed. The full datasets stay: a 1.0 client
 * reads those and never looks here.
 */

/** A file of a partitioned feed: a dataset link (url relative to the manifest, count, hash) and its size. */
export const PartitionFile = z.looseObject({
  ...DatasetLink.shape,
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
 * The manifest's `partitions`: service cards by area, availability alongside, the full
 * records in shards (`detailShardOf(id, details.length)` names a service's shard), and areas.
 */
export const Partitions = z.looseObject({
  by: PartitionBy,
  /** Service cards: what results and search need (see `serviceCard`). */
  services: z.array(PartitionLink),
  /** Availability observations, with the same ids and areas as the services partitions. */
  availability: z.optional(z.array(PartitionLink)),
  /** Full service records, sharded by id. */
  details: z.array(PartitionFile),
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
