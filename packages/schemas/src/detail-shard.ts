/*
 * Which detail shard holds a service's full record. Zod-free: the browser SDK uses it
 * to fetch one shard, the CLI to write them, so both must compute the same number.
 */

const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * The shard (0 … shardCount-1) of a service id: FNV-1a (32-bit) over the id's UTF-16 code
 * units, unsigned, modulo the shard count. Cheap, stable and spread well enough for ids.
 */
export function detailShardOf(id: string, shardCount: number): number {
  if (!(shardCount >= 1 && Number.isInteger(shardCount))) throw new RangeError('a shard count is a whole number of at least 1');
  let hash = FNV_OFFSET_BASIS;
  for (let index = 0; index < id.length; index++) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return (hash >>> 0) % shardCount;
}
