import { abortReason, HttpStatusError, InvalidJsonError, NetworkError, TimeoutError } from '../errors.js';
import {
  backoffDelay,
  isRetryableStatus,
  MAX_RETRY_AFTER_MS,
  parseRetryAfter,
  type BackoffOptions,
} from './retry-policy.js';
import { combineSignals, sleep as defaultSleep } from './signals.js';

/** The part of `fetch` the SDK uses; `globalThis.fetch` and most polyfills fit. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_RETRIES = 2;

export interface FetchJsonOptions {
  /** Defaults to `globalThis.fetch`, looked up at call time. */
  fetch?: FetchLike | undefined;
  /** Time allowed for one attempt (response and body), in ms. Default 10 000. */
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
}

export type FetchJsonResult =
  | { status: 'fresh'; body: unknown; etag?: string | undefined }
  | { status: 'not-modified'; body?: undefined; etag?: string | undefined };

type AttemptOutcome =
  | { kind: 'done'; result: { status: 'not-modified'; etag: string | undefined } | { status: 'fresh'; text: string; etag: string | undefined } }
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
 * GETs a JSON file of a feed with a timeout per attempt, retries with backoff and
 * jitter, `Retry-After`, and conditional requests.
 *
 * A 304 answer, or a 200 whose ETag equals the one we sent, is `not-modified`.
 * In browsers a cross-origin `If-None-Match` needs a CORS preflight and the server
 * must expose `ETag` (`Access-Control-Expose-Headers`); if a conditional attempt fails
 * with a network error, later attempts are sent without it, so a feed host that cannot
 * answer preflights still works (at the cost of a full download).
 */
export async function fetchJson(url: string, options: FetchJsonOptions = {}): Promise<FetchJsonResult> {
  const doFetch = options.fetch ?? globalFetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retries = Math.max(0, options.retries ?? DEFAULT_RETRIES);
  const wait = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? MAX_RETRY_AFTER_MS;
  let etag = options.etag;

  for (let attempt = 1; ; attempt += 1) {
    const outcome = await attemptOnce(doFetch, url, { timeoutMs, etag, signal: options.signal, now });
    if (outcome.kind === 'done') {
      const { result } = outcome;
      if (result.status === 'not-modified') return { status: 'not-modified', etag: result.etag ?? options.etag };
      if (options.etag !== undefined && result.etag === options.etag) return { status: 'not-modified', etag: result.etag };
      return { status: 'fresh', body: parseJson(result.text, url), etag: result.etag };
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

interface AttemptOptions {
  timeoutMs: number;
  etag: string | undefined;
  signal: AbortSignal | undefined;
  now: () => number;
}

async function attemptOnce(doFetch: FetchLike, url: string, options: AttemptOptions): Promise<AttemptOutcome> {
  if (options.signal?.aborted) throw abortReason(options.signal, url);
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), options.timeoutMs);
  const combined = combineSignals(options.signal, timeout.signal);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.etag !== undefined) headers['if-none-match'] = options.etag;
  try {
    const response = await doFetch(url, { method: 'GET', headers, signal: combined.signal });
    const etag = response.headers.get('etag') ?? undefined;
    if (response.status === 304) {
      discardBody(response);
      return { kind: 'done', result: { status: 'not-modified', etag } };
    }
    if (response.ok) return { kind: 'done', result: { status: 'fresh', text: await response.text(), etag } };
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
    if (timeout.signal.aborted) {
      return {
        kind: 'failed',
        reason: 'timeout',
        retryable: true,
        error: (attempts) => new TimeoutError({ url, timeoutMs: options.timeoutMs, attempts, cause }),
      };
    }
    return { kind: 'failed', reason: 'network', retryable: true, error: (attempts) => new NetworkError({ url, attempts, cause }) };
  } finally {
    clearTimeout(timer);
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
