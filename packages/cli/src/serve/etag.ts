/**
 * Whether an `If-None-Match` header matches our strong ETag. The header may list
 * several tags or `*`; for GET the weak comparison applies, so `W/` is ignored.
 */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
