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

/**
 * The file name of a shard in the details folder: its number, zero-padded to as many digits
 * as the highest shard number has (`0042.json` when there are 1,000 to 10,000 shards).
 */
export function detailShardFile(shard: number, shardCount: number): string {
  return `${String(shard).padStart(String(shardCount - 1).length, '0')}.json`;
}
