import { basename, dirname, extname } from 'node:path';
import { DETAIL_SHARD_NAME, HASHED_FILE_NAME, HASHED_FOLDER_NAME, PARTITION_FOLDERS } from '../feed/partition-files.js';

/** The manifest and the HSDS API change when the feed is rebuilt: kept briefly. */
export const SHORT_LIVED = 'max-age=60, stale-while-revalidate=300';

/** A content-hashed file never changes: a new content gets a new name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** True for a file whose name or folder changes with its content: `services/gm-x.3f2a9c1b.json`, `details/3f2a9c1b/0042.json`. */
function contentHashed(path: string): boolean {
  const name = basename(path);
  const folder = dirname(path);
  if (HASHED_FILE_NAME.test(name) && (PARTITION_FOLDERS as readonly string[]).includes(basename(folder))) return true;
  return DETAIL_SHARD_NAME.test(name) && HASHED_FOLDER_NAME.test(basename(folder)) && basename(dirname(folder)) === 'details';
}

/**
 * How long a browser or CDN may keep a file. Partition files (contract 1.1) have their hash
 * in their name or their folder's and are kept for a year. The manifest is how clients learn
 * of new files, so it is kept briefly; availability changes often, other full datasets rarely.
 * Non-JSON files are the playground's and are revalidated.
 */
export function cacheControlOf(path: string): string {
  const name = basename(path);
  if (name === 'index.json') return SHORT_LIVED;
  if (contentHashed(path)) return IMMUTABLE;
  if (name === 'availability.json') return 'max-age=300, stale-while-revalidate=600';
  if (extname(name).toLowerCase() === '.json') return 'max-age=3600';
  return 'no-cache';
}
