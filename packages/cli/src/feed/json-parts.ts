/**
 * A dataset's file text in parts, one per record, for feeds too large for one string:
 * V8 caps a string at about 512 MiB, which 300,000 services in two-space-indented JSON
 * pass. Joined, the parts are exactly `stableJson(records)`, so the bytes and hashes of
 * small feeds do not change. Node-only (node:crypto); `hash.ts` stays Web Crypto for
 * the browser's validator.
 */
import { createHash } from 'node:crypto';
import { stableJson } from '../json.js';

/**
 * The UTF-8 bytes of `stableJson(records)`, cut after each record, without ever building the
 * whole text. Bytes rather than strings: they live outside the JS heap and take half the room
 * of a string with one character beyond Latin-1 in it.
 */
export function stableJsonParts(records: readonly unknown[]): Buffer[] {
  if (records.length === 0) return [Buffer.from(stableJson(records))];
  const last = records.length - 1;
  return records.map((record, index) => {
    // A record nested one level in: every line of its own text moves two spaces right.
    const text = `  ${JSON.stringify(record, null, 2).replaceAll('\n', '\n  ')}`;
    return Buffer.from(`${index === 0 ? '[\n' : ''}${text}${index === last ? '\n]\n' : ',\n'}`);
  });
}

/** The manifest's content hash (`sha256-<base64>`, as `contentHash`) of the parts joined. */
export function contentHashOfParts(parts: Iterable<Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return `sha256-${hash.digest('base64')}`;
}
