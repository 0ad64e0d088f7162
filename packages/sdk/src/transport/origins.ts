import { ForeignOriginError, InvalidOptionsError } from '../errors.js';

/**
 * The origins a client may fetch from: its feed's own (the origin of the manifest URL)
 * and the ones the embedder allowed. Origins are compared as `new URL(…).origin`, never
 * as strings, so `//host`, `\\host`, user info and default ports cannot slip past.
 */
export interface OriginPolicy {
  readonly feedOrigin: string;
  readonly allowed: ReadonlySet<string>;
}

export function originPolicy(manifestUrl: string, allowedOrigins: readonly string[] = []): OriginPolicy {
  const feedOrigin = new URL(manifestUrl).origin;
  return { feedOrigin, allowed: new Set([feedOrigin, ...allowedOrigins]) };
}

/** Throws `ForeignOriginError` unless `url` (absolute) is on an origin the policy allows. */
export function checkOrigin(policy: OriginPolicy, url: string, redirectedFrom?: string): void {
  if (!policy.allowed.has(new URL(url).origin)) {
    throw new ForeignOriginError({ url, feedOrigin: policy.feedOrigin, redirectedFrom });
  }
}

/**
 * One entry of `allowedOrigins` as an origin (`https://cdn.example.nl`; a path or user info
 * is dropped); throws `InvalidOptionsError` for anything that is not an http(s) URL.
 */
export function normalizeOrigin(entry: unknown): string {
  let url: URL | undefined;
  try {
    url = new URL(entry as string);
  } catch {
    // Not a URL: refused below.
  }
  if (typeof entry !== 'string' || (url?.protocol !== 'https:' && url?.protocol !== 'http:')) {
    throw new InvalidOptionsError(`allowedOrigins: ${JSON.stringify(entry)} is not an http(s) origin such as "https://cdn.example.nl".`);
  }
  return (url as URL).origin;
}
