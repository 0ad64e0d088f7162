import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describeFsError, isMissingFile } from '../fs-errors.js';
import { checkFeed } from './check-feed.js';
import { DEFAULT_TIMEOUT_MS, fetchLoader, type Loader } from './loader.js';
import type { FeedReport } from './report.js';

export interface ValidateOptions {
  /** Per request, for feeds on the web. */
  timeoutMs?: number;
}

/**
 * Where the manifest of a source is: an http(s) address of the manifest or of its
 * folder, a folder on disk, or the manifest file itself.
 */
export async function manifestUrlOf(source: string): Promise<URL> {
  if (/^https?:\/\//i.test(source)) {
    const url = new URL(source);
    if (url.pathname.endsWith('.json')) return url;
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return new URL('index.json', url);
  }
  const path = source.startsWith('file:') ? fileURLToPath(source) : resolve(source);
  const info = await stat(path).catch(() => undefined);
  const isFolder = info ? info.isDirectory() : !path.endsWith('.json');
  return pathToFileURL(isFolder ? join(path, 'index.json') : path);
}

/** Reads `file:` addresses from disk and everything else over HTTP. */
export function nodeLoader(timeoutMs = DEFAULT_TIMEOUT_MS): Loader {
  const web = fetchLoader(timeoutMs);
  return async (url) => {
    if (url.protocol !== 'file:') return web(url);
    const path = fileURLToPath(url);
    try {
      return { ok: true, bytes: new Uint8Array(await readFile(path)) };
    } catch (error) {
      return { ok: false, missing: isMissingFile(error), message: describeFsError(error, path) };
    }
  };
}

/**
 * Checks a feed in a folder or on the web and returns the full report. This is
 * what `wijkwijzer validate` prints; programs (the playground) use it directly.
 */
export async function validateFeed(source: string, options: ValidateOptions = {}): Promise<FeedReport> {
  return checkFeed(await manifestUrlOf(source), nodeLoader(options.timeoutMs), source);
}
