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

/**
 * The strong ETag of a response built in memory: the sha256 of its bytes as they are before
 * compression, with the coding they are sent in, since each encoding is other bytes.
 */
export function etagOfBody(body: Buffer, coding?: string): string {
  return `"sha256-${createHash('sha256').update(body).digest('base64')}${coding === undefined ? '' : `.${coding}`}"`;
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

interface Cached<T> extends FileVersion {
  value: Promise<T>;
}

/**
 * Values computed from a file once for each size and modification time (as a CDN or nginx keys
 * ETags) instead of on every request. Requests that arrive while a value is computed share it;
 * a failed computation (the file vanished meanwhile) is not remembered.
 */
export class FileVersionCache<T> {
  private readonly entries = new Map<string, Cached<T>>();

  constructor(private readonly compute: (path: string) => Promise<T>) {}

  get(path: string, version: FileVersion): Promise<T> {
    const known = this.entries.get(path);
    if (known && known.size === version.size && known.mtimeMs === version.mtimeMs) return known.value;
    const entry: Cached<T> = { size: version.size, mtimeMs: version.mtimeMs, value: this.compute(path) };
    this.entries.set(path, entry);
    entry.value.catch(() => {
      if (this.entries.get(path) === entry) this.entries.delete(path);
    });
    return entry.value;
  }
}

/** ETags per file, hashed once per version of the file. */
export class EtagCache {
  private readonly hashes = new FileVersionCache(hashFile);

  etagOf(path: string, version: FileVersion): Promise<string> {
    return this.hashes.get(path, version);
  }
}
