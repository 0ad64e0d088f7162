/**
 * The manifest's content hash of some bytes: `sha256-<base64>`, the form Subresource
 * Integrity uses. Web Crypto (global in Node 20 and in browsers) rather than
 * node:crypto, so the validator core can run in the playground unchanged.
 */
export async function contentHash(bytes: Uint8Array | string): Promise<string> {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return `sha256-${btoa(binary)}`;
}
