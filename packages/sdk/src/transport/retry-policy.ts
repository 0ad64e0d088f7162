/**
 * When and how long to wait before trying a feed request again: exponential backoff
 * with full jitter (a random wait between 0 and the exponential step), so that many
 * widgets on many pages do not hit a recovering server in lockstep.
 */

export interface BackoffOptions {
  /** The first step, in ms (default 250). */
  baseMs?: number;
  /** The largest step, in ms (default 4 000). */
  capMs?: number;
}

export const DEFAULT_BACKOFF_BASE_MS = 250;
export const DEFAULT_BACKOFF_CAP_MS = 4_000;
/** The longest `Retry-After` we wait for; a longer one is shortened to this. */
export const MAX_RETRY_AFTER_MS = 10_000;

/** Network errors, timeouts, 5xx and 429 may pass; other statuses will not change by asking again. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/** The wait before retry number `retry` (0 for the first retry): full jitter over base·2^retry, capped. */
export function backoffDelay(retry: number, random: () => number, options: BackoffOptions = {}): number {
  const base = options.baseMs ?? DEFAULT_BACKOFF_BASE_MS;
  const cap = options.capMs ?? DEFAULT_BACKOFF_CAP_MS;
  const step = Math.min(cap, base * 2 ** retry);
  return Math.floor(random() * step);
}

/**
 * Reads `Retry-After`: a number of seconds or an HTTP date. Returns milliseconds,
 * or undefined when absent or unreadable. A date in the past means "now" (0).
 */
export function parseRetryAfter(header: string | null, nowMs: number): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // Every HTTP date form starts with the day's name ("Sun, 06 Nov 1994 08:49:37 GMT").
  if (!/^[A-Za-z]/.test(value)) return undefined;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}
