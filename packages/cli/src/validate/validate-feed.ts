import { readFile, realpath, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describeFsError, isMissingFile } from '../fs-errors.js';
import { isInside } from '../inside-folder.js';
import { checkFeed, type CheckOptions } from './check-feed.js';
import { fetchLoader, refuse, type Loader } from './loader.js';
import type { FeedReport } from './report.js';

export interface ValidateOptions extends CheckOptions {
  /** Per request, for feeds on the web. */
  timeoutMs?: number;
  /**
   * Origins besides the feed's own that files may be fetched from, such as
   * `https://cdn.example.nl`. A feed in a folder has no origin: without these it
   * is read from its folder only.
   */
  allowOrigins?: readonly string[];
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

/**
 * Reads `file:` addresses inside one folder only. A manifest decides which files
 * are read, so `../`, absolute paths and symbolic links that lead out of the
 * folder are refused before anything is read: a report must never show a
 * foreign file's bytes, nor even its hash.
 */
export function folderLoader(folder: string): Loader {
  const realFolder = realpath(folder).catch(() => folder);
  return async (url) => {
    let path: string;
    try {
      path = fileURLToPath(url);
    } catch {
      return refuse(`${url.href} is not a file on this machine`);
    }
    if (!isInside(folder, path)) return refuse(`${path} lies outside the feed folder ${folder}`);
    try {
      const real = await realpath(path);
      if (!isInside(await realFolder, real)) return refuse(`${path} is a symbolic link to outside the feed folder ${folder}`);
      return { ok: true, bytes: new Uint8Array(await readFile(real)) };
    } catch (error) {
      return { ok: false, missing: isMissingFile(error), message: describeFsError(error, path) };
    }
  };
}

/**
 * How `validate` reads a feed: a feed in a folder from that folder, a feed on
 * the web from its own origin; either also from `allowOrigins`.
 */
export function nodeLoader(manifestUrl: URL, options: ValidateOptions = {}): Loader {
  const extra = (options.allowOrigins ?? []).map((origin) => new URL(origin).origin);
  if (manifestUrl.protocol !== 'file:') return fetchLoader(options.timeoutMs, [manifestUrl.origin, ...extra]);
  const files = folderLoader(dirname(fileURLToPath(manifestUrl)));
  const web = fetchLoader(options.timeoutMs, extra);
  return (url) => (url.protocol === 'file:' ? files(url) : web(url));
}

/**
 * Checks a feed in a folder or on the web and returns the full report. This is
 * what `wijkwijzer validate` prints; programs (the playground) use it directly.
 */
export async function validateFeed(source: string, options: ValidateOptions = {}): Promise<FeedReport> {
  const manifestUrl = await manifestUrlOf(source);
  return checkFeed(manifestUrl, nodeLoader(manifestUrl, options), source, options);
}
