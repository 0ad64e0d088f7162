import { basename, extname } from 'node:path';

/**
 * How long a browser or CDN may keep a file. The manifest is always revalidated
 * (it is how clients learn that a dataset changed); availability changes often,
 * other datasets rarely. Non-JSON files are the playground's and are revalidated.
 */
export function cacheControlOf(path: string): string {
  const name = basename(path);
  if (name === 'index.json') return 'no-cache';
  if (name === 'availability.json') return 'max-age=300, stale-while-revalidate=600';
  if (extname(name).toLowerCase() === '.json') return 'max-age=3600';
  return 'no-cache';
}
