import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The precompressed copies written beside every file of a feed, for servers that send them as they are. */
export const COMPRESSED_SUFFIXES = ['.gz', '.br'] as const;

/**
 * Brotli's quality for a file of `bytes`: the best (11, under 1 MB/s) for the partition files
 * a page loads first and for the manifest (`first`: every page reads it before anything else;
 * a national one is some 370 KB, where 11 gives a fifth less than 9), less for the full datasets
 * and for detail shards (`onDemand`: fetched one at a time when someone opens a record), where
 * 11 would make a national feed take far longer to build for a few percent.
 */
function brotliQuality(bytes: number, onDemand: boolean, first: boolean): number {
  if (first || (bytes <= 128 * 1024 && !onDemand)) return 11;
  if (bytes <= 4 * 1024 * 1024) return 9;
  return 5;
}

/** The gzip and brotli copies of `data`, with fixed settings and no timestamp, so equal input gives equal bytes. */
export async function compressedCopies(data: Buffer, { onDemand = false, first = false } = {}): Promise<{ gz: Buffer; br: Buffer }> {
  const [gz, br] = await Promise.all([
    gzipAsync(data, { level: 9 }),
    brotli(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: brotliQuality(data.length, onDemand, first),
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
  ]);
  return { gz, br };
}
