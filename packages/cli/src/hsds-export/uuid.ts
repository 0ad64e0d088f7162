import { createHash } from 'node:crypto';

/** Our namespace for name-based UUIDs (RFC 9562 version 5); fixed, so an export is reproducible. */
const WIJKWIJZER_NAMESPACE = Buffer.from('5b0c7a4e8f2d4c1a9e3b6d7f0a1c2e4b', 'hex');

/** A UUID as HSDS 3.0 wants its ids (the JSON Schema `uuid` format). */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(value);
}

/** The version 5 UUID of `name` in our namespace: the same name always gives the same UUID. */
export function nameUuid(name: string): string {
  const hash = createHash('sha1').update(WIJKWIJZER_NAMESPACE).update(name, 'utf8').digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
