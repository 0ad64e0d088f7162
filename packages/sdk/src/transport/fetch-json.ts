// The records subpath: zod-free, so the browser path stays small.
import { contentHash } from '@wijkwijzer/schemas/records';
import { abortReason, ForeignOriginError, HttpStatusError, InvalidJsonError, NetworkError, TimeoutError } from '../errors.js';
import { checkOrigin, originPolicy, type OriginPolicy } from './origins.js';
import {
  backoffDelay,
  isRetryableStatus,
  MAX_RETRY_AFTER_MS,
  parseRetryAfter,
  type BackoffOptions,
} from './retry-policy.js';
import { readBody, silenceTimer, type LoadProgress } from './read-body.js';
import { combineSignals, sleep as defaultSleep } from './signals.js';

export type { LoadProgress } from './read-body.js';

/** The part of `fetch` the SDK uses; `globalThis.fetch` and most polyfills fit. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_RETRIES = 2;
/** Same-origin redirects followed per request; a feed should be published at its final address. */
export const MAX_REDIRECTS = 3;

export interface FetchJsonOptions {
  /** Defaults to `globalThis.fetch`, looked up at call time. */
  fetch?: FetchLike | undefined;
  /**
   * The longest silence allowed in one attempt, in ms: until the status and headers arrive,
   * and then between two chunks of the body. A slow download that keeps sending is never
   * cut off. Default 10 000.
   */
  timeoutMs?: number | undefined;
  /** Extra attempts after the first on network errors, timeouts, 5xx and 429. Default 2. */
  retries?: number | undefined;
  /** Aborts the request and any wait between attempts. */
  signal?: AbortSignal | undefined;
  /** The ETag of the copy we hold: sent as `If-None-Match`. */
  etag?: string | undefined;
  /** Waits between attempts; injectable for tests. */
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
  /** A number in [0, 1) for the jitter; injectable for tests. */
  random?: (() => number) | undefined;
  backoff?: BackoffOptions | undefined;
  /** The longest `Retry-After` honoured; longer ones are shortened to this. Default 10 000. */
  maxRetryAfterMs?: number | undefined;
  /** The clock for `Retry-After` dates, in ms since the epoch. */
  now?: (() => number) | undefined;
  /** Where requests (and redirects) may go. Default: the origin of `url` only. */
  origins?: OriginPolicy | undefined;
  /** The request's cache mode; `no-store` to get past an HTTP cache that may hold an old copy. */
  cache?: RequestCache | undefined;
  /** Also return the `sha256-<base64>` hash of the body's exact bytes. */
  hash?: boolean | undefined;
  /**
   * Hears how much of the body has arrived: once when the headers are in, then after every
   * chunk. An attempt that is retried starts again from 0.
   */
  onProgress?: ((progress: LoadProgress) => void) | undefined;
  /**
   * The body's size in bytes as decoded, when known beforehand (a manifest's `bytes`): the
   * `total` of progress reports. Without it, `total` is the Content-Length of an answer
   * that is not compressed, and absent otherwise.
   */
  expectedBytes?: number | undefined;
}

export type FetchJsonResult =
  | { status: 'fresh'; body: unknown; etag?: string | undefined; hash?: string | undefined }
  | { status: 'not-modified'; body?: undefined; etag?: string | undefined };

type FreshBody = { status: 'fresh'; bytes: Uint8Array; etag: string | undefined };

type AttemptOutcome =
  | { kind: 'done'; result: { status: 'not-modified'; etag: string | undefined } | FreshBody }
  /** A 3xx with a Location (as Node's fetch shows it); `opaque` for a browser's manual redirect, which hides it. */
  | { kind: 'redirect'; location: string | 'opaque'; status: number }
  | {
      kind: 'failed';
      /** `network` covers failures without an HTTP answer other than our own timeout. */
      reason: 'network' | 'timeout' | 'status';
      retryable: boolean;
      retryAfterMs?: number | undefined;
      error: (attempts: number) => Error;
    };

const globalFetch: FetchLike = (input, init) => globalThis.fetch(input, init);

/**
 * GETs a JSON file of a feed with a timeout on silence, retries with backoff and
 * jitter, `Retry-After`, and conditional requests.
 *
 * An attempt times out when no answer arrives within `timeoutMs`, or when the body
 * stops coming in for `timeoutMs`; a slow steady download completes however long it
 * takes. The body is read chunk by chunk, so `onProgress` can show how far it is.
 *
 * A 304 answer, or a 200 whose ETag equals the one we sent, is `not-modified`.
 * In browsers a cross-origin `If-None-Match` needs a CORS preflight and the server
 * must expose `ETag` (`Access-Control-Expose-Headers`); if a conditional attempt fails
 * with a network error, later attempts are sent without it, so a feed host that cannot
 * answer preflights still works (at the cost of a full download).
 *
 * Requests stay on the allowed origins: redirects are not followed by `fetch` but here,
 * a few hops at most and only to an allowed origin (`ForeignOriginError` otherwise). A
 * browser hides a redirect's target, so there every redirect is refused.
 */
export async function fetchJson(url: string, options: FetchJsonOptions = {}): Promise<FetchJsonResult> {
  const doFetch = options.fetch ?? globalFetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retries = Math.max(0, options.retries ?? DEFAULT_RETRIES);
  const wait = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? MAX_RETRY_AFTER_MS;
  const origins = options.origins ?? originPolicy(url);
  let etag = options.etag;
  checkOrigin(origins, url);
  let current = url;
  let redirects = 0;

  for (let attempt = 1; ; attempt += 1) {
    const outcome = await attemptOnce(doFetch, current, {
      timeoutMs,
      etag,
      signal: options.signal,
      now,
      cache: options.cache,
      expectedBytes: options.expectedBytes,
      onProgress: options.onProgress,
    });
    if (outcome.kind === 'redirect') {
      redirects += 1;
      current = redirectTarget(outcome, current, origins, redirects);
      attempt -= 1;
      continue;
    }
    if (outcome.kind === 'done') {
      const { result } = outcome;
      if (result.status === 'not-modified') return { status: 'not-modified', etag: result.etag ?? options.etag };
      if (options.etag !== undefined && result.etag === options.etag) return { status: 'not-modified', etag: result.etag };
      // TextDecoder drops a leading BOM, as response.text() would.
      const body = parseJson(new TextDecoder().decode(result.bytes), current);
      const hash = options.hash ? await contentHash(result.bytes) : undefined;
      return { status: 'fresh', body, etag: result.etag, ...(hash === undefined ? {} : { hash }) };
    }
    if (!outcome.retryable || attempt > retries) throw outcome.error(attempt);
    if (outcome.reason === 'network') etag = undefined;
    const delay =
      outcome.retryAfterMs !== undefined
        ? Math.min(outcome.retryAfterMs, maxRetryAfterMs)
        : backoffDelay(attempt - 1, random, options.backoff);
    await wait(delay, options.signal);
    if (options.signal?.aborted) throw abortReason(options.signal, url);
  }
}

/** Where a redirect from `from` leads, if we may follow it. */
function redirectTarget(
  redirect: { location: string | 'opaque'; status: number },
  from: string,
  origins: OriginPolicy,
  hops: number,
): string {
  if (redirect.location === 'opaque') throw new ForeignOriginError({ url: from, feedOrigin: origins.feedOrigin, opaqueRedirect: true });
  const target = new URL(redirect.location, from).href;
  checkOrigin(origins, target, from);
  if (hops > MAX_REDIRECTS) {
    throw new HttpStatusError({ url: from, status: redirect.status, statusText: `(redirect number ${hops}, more than ${MAX_REDIRECTS})` });
  }
  return target;
}

interface AttemptOptions {
  timeoutMs: number;
  etag: string | undefined;
  signal: AbortSignal | undefined;
  now: () => number;
  cache: RequestCache | undefined;
  expectedBytes: number | undefined;
  onProgress: ((progress: LoadProgress) => void) | undefined;
}

async function attemptOnce(doFetch: FetchLike, url: string, options: AttemptOptions): Promise<AttemptOutcome> {
  if (options.signal?.aborted) throw abortReason(options.signal, url);
  const silence = silenceTimer(options.timeoutMs);
  const combined = combineSignals(options.signal, silence.signal);
  let stalled: 'response' | 'body' = 'response';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.etag !== undefined) headers['if-none-match'] = options.etag;
  try {
    const init: RequestInit = { method: 'GET', headers, signal: combined.signal, redirect: 'manual' };
    if (options.cache !== undefined) init.cache = options.cache;
    const response = await doFetch(url, init);
    if (response.type === 'opaqueredirect') return { kind: 'redirect', location: 'opaque', status: response.status };
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && response.status !== 304 && location !== null) {
      discardBody(response);
      return { kind: 'redirect', location, status: response.status };
    }
    const etag = response.headers.get('etag') ?? undefined;
    if (response.status === 304) {
      discardBody(response);
      return { kind: 'done', result: { status: 'not-modified', etag } };
    }
    if (response.ok) {
      stalled = 'body';
      silence.restart();
      const bytes = await readBody(response, {
        silence,
        signal: combined.signal,
        expectedBytes: options.expectedBytes,
        onProgress: options.onProgress,
      });
      return { kind: 'done', result: { status: 'fresh', bytes, etag } };
    }
    discardBody(response);
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), options.now());
    return {
      kind: 'failed',
      reason: 'status',
      retryable: isRetryableStatus(response.status),
      retryAfterMs,
      error: (attempts) =>
        new HttpStatusError({ url, status: response.status, statusText: response.statusText, retryAfterMs, attempts }),
    };
  } catch (cause) {
    if (options.signal?.aborted) throw abortReason(options.signal, url);
    if (silence.signal.aborted) {
      return {
        kind: 'failed',
        reason: 'timeout',
        retryable: true,
        error: (attempts) => new TimeoutError({ url, timeoutMs: options.timeoutMs, stalled, attempts, cause }),
      };
    }
    return { kind: 'failed', reason: 'network', retryable: true, error: (attempts) => new NetworkError({ url, attempts, cause }) };
  } finally {
    silence.stop();
    combined.dispose();
  }
}

/**
 * Frees the connection of an answer whose body we do not need. Not awaited: some
 * `fetch` implementations (msw's interceptor among them) never settle the cancel.
 */
function discardBody(response: Response): void {
  response.body?.cancel().catch(() => {
    // Nothing to free.
  });
}

function parseJson(text: string, url: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new InvalidJsonError({ url, bodyStart: text.trimStart().slice(0, 40), cause });
  }
}
