/*
 * A partition file (contract 1.1) is named by its content: `services/gm-utrecht.57b9c8d4.json`
 * carries the first hex digits of the SHA-256 of the file's exact bytes. The name is what a
 * reader checks the file against, so the manifest need not repeat a 44-character hash for each
 * of a national feed's 1,400 files. Zod-free: the browser SDK and validator use it too.
 */

/**
 * Hex digits of the SHA-256 a partition file's name carries, at least: 32 bits, so an
 * accidentally changed file (an old copy in a cache, a cut-off upload) goes unnoticed once in
 * four billion. Not a defence against a host that lies: whoever serves the files serves the
 * manifest too.
 */
export const NAME_HASH_DIGITS = 8;

/** The end of a content-named file's URL: a dot, 8 to 64 lowercase hex digits (whole bytes), `.json`. */
export const CONTENT_NAME_PATTERN = /\.((?:[0-9a-f]{2}){4,32})\.json$/;

/** The hex digits a content-named URL carries (`57b9c8d4`), or undefined for another URL. */
export function hashInName(url: string): string | undefined {
  return CONTENT_NAME_PATTERN.exec(url)?.[1];
}

/** The hex digits of a `sha256-<base64>` content hash, as a file's name carries the first of them. */
export function hexOf(contentHash: string): string {
  return Array.from(atob(contentHash.slice('sha256-'.length)), (char) => char.charCodeAt(0).toString(16).padStart(2, '0')).join('');
}

/**
 * Whether a file whose bytes hash to `actual` (`sha256-<base64>`) is the file `expected` means:
 * a manifest's `sha256-<base64>` (a full dataset's `hash`) equals it; the hex digits of a file's
 * name (`hashInName`) are its digest's first bytes.
 */
export function hashMatches(expected: string, actual: string): boolean {
  return expected.startsWith('sha256-')
    ? expected === actual
    : atob(actual.slice('sha256-'.length)).startsWith(expected.replace(/../g, (pair) => String.fromCharCode(parseInt(pair, 16))));
}
