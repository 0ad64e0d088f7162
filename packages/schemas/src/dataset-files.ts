/*
 * Reading a dataset file before its records are validated. Zod-free, so browser
 * bundles share it with the compact validator.
 */

/**
 * A dataset file is a JSON array of records, or an object with an `items` array
 * (the paginated shape HSDS APIs use). Anything else is not a dataset.
 */
export function datasetItems(json: unknown): unknown[] | undefined {
  if (Array.isArray(json)) return json;
  if (json !== null && typeof json === 'object' && Array.isArray((json as { items?: unknown }).items)) {
    return (json as { items: unknown[] }).items;
  }
  return undefined;
}

/** The id of a record for reports, if it has a usable one. */
export function recordId(record: unknown): string | undefined {
  if (record === null || typeof record !== 'object') return undefined;
  const id = (record as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/**
 * The manifest's content hash of a file's exact bytes: `sha256-<base64>`, the form
 * Subresource Integrity uses. Web Crypto (global in browsers and Node 20, and off the
 * main thread) rather than node:crypto, so browsers run the same code.
 */
export async function contentHash(bytes: Uint8Array | string): Promise<string> {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return `sha256-${btoa(binary)}`;
}
