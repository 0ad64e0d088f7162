import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/**
 * Whether an `If-None-Match` header matches our strong ETag. The header may list
 * several tags or `*`; for GET the weak comparison applies, so `W/` is ignored.
 */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** A file's strong ETag: the sha256 of its bytes in the manifest's `sha256-<base64>` form, hashed as it streams. */
async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return `"sha256-${hash.digest('base64')}"`;
}

export interface FileVersion {
  size: number;
  mtimeMs: number;
}

interface CachedEtag extends FileVersion {
  etag: Promise<string>;
}

/**
 * ETags per file, computed once for each size and modification time (as a CDN
 * or nginx keys them) instead of reading the file on every request. Requests
 * that arrive while a hash is computed share it.
 */
export class EtagCache {
  private readonly entries = new Map<string, CachedEtag>();

  etagOf(path: string, version: FileVersion): Promise<string> {
    const known = this.entries.get(path);
    if (known && known.size === version.size && known.mtimeMs === version.mtimeMs) return known.etag;
    const entry: CachedEtag = { size: version.size, mtimeMs: version.mtimeMs, etag: hashFile(path) };
    this.entries.set(path, entry);
    // A failed hash (the file vanished meanwhile) must not be remembered.
    entry.etag.catch(() => {
      if (this.entries.get(path) === entry) this.entries.delete(path);
    });
    return entry.etag;
  }
}
