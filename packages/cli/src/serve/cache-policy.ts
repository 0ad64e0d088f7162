import { basename, dirname, extname } from 'node:path';
import { HASHED_FILE_NAME, PARTITION_FOLDERS } from '../feed/partition-files.js';

/** A content-hashed file never changes: a new content gets a new name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * How long a browser or CDN may keep a file. Partition files (contract 1.1) have their hash
 * in their name and are kept for a year. The manifest is how clients learn of new files, so
 * it is kept briefly; availability changes often, other full datasets rarely. Non-JSON files
 * are the playground's and are revalidated.
 */
export function cacheControlOf(path: string): string {
  const name = basename(path);
  if (name === 'index.json') return 'max-age=60, stale-while-revalidate=300';
  if (HASHED_FILE_NAME.test(name) && (PARTITION_FOLDERS as readonly string[]).includes(basename(dirname(path)))) return IMMUTABLE;
  if (name === 'availability.json') return 'max-age=300, stale-while-revalidate=600';
  if (extname(name).toLowerCase() === '.json') return 'max-age=3600';
  return 'no-cache';
}
