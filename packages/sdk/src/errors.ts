import type { DatasetName, RecordIssue } from '@wijkwijzer/schemas';
// From the zod-free subpath, so the browser client does not bundle zod for a constant.
import { CONTRACT_VERSION } from '@wijkwijzer/schemas/records';

/**
 * Typed errors of the SDK. Every message says what went wrong, where (the feed URL,
 * with credentials redacted) and what a web team can do about it.
 */

export type WijkwijzerErrorCode =
  | 'network'
  | 'timeout'
  | 'http_status'
  | 'invalid_json'
  | 'invalid_manifest'
  | 'invalid_dataset'
  | 'unsupported_contract'
  | 'aborted'
  | 'invalid_options'
  | 'foreign_origin';

export interface WijkwijzerErrorOptions {
  /** The URL the error is about; credentials in it are redacted before it is stored. */
  url?: string | undefined;
  cause?: unknown;
}

/**
 * Marks our errors across copies of the SDK: two widget scripts on one page each
 * bring their own classes, so `instanceof` alone would miss the other copy's errors.
 */
const BRAND = Symbol.for('wijkwijzer.error');

/** Base class of every error the SDK throws on purpose. */
export class WijkwijzerError extends Error {
  readonly code: WijkwijzerErrorCode;
  /** The URL involved, with secrets in its query string or user info replaced by `***`. */
  readonly url: string | undefined;

  constructor(code: WijkwijzerErrorCode, message: string, options: WijkwijzerErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'WijkwijzerError';
    this.code = code;
    this.url = options.url === undefined ? undefined : redactUrl(options.url);
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/** True for any error thrown by (any copy of) the Wijkwijzer SDK. */
export function isWijkwijzerError(value: unknown): value is WijkwijzerError {
  return value instanceof WijkwijzerError || (typeof value === 'object' && value !== null && BRAND in value);
}

const SECRET_PARAM = /token|key|sig|secret|password|passwd|auth|credential|session/i;

/** Removes user info and the values of secret-looking query parameters from a URL. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (parsed.username) parsed.username = '***';
  if (parsed.password) parsed.password = '***';
  for (const name of [...parsed.searchParams.keys()]) {
    if (SECRET_PARAM.test(name)) parsed.searchParams.set(name, '***');
  }
  // URLSearchParams escapes `*`; keep the marker readable.
  return parsed.href.replace(/%2A%2A%2A/g, '***');
}

function tries(attempts: number | undefined): string {
  return attempts !== undefined && attempts > 1 ? ` Tried ${attempts} times.` : '';
}

export interface AttemptOptions extends WijkwijzerErrorOptions {
  url: string;
  /** How many requests were made before giving up. */
  attempts?: number | undefined;
}

/** The request never got an HTTP answer: DNS, TLS, offline, or blocked by CORS. */
export class NetworkError extends WijkwijzerError {
  readonly attempts: number | undefined;

  constructor(options: AttemptOptions) {
    super(
      'network',
      `Could not reach the feed at ${redactUrl(options.url)} (network error). ` +
        `Check the feed URL and that the server allows CORS (Access-Control-Allow-Origin).${tries(options.attempts)}`,
      options,
    );
    this.name = 'NetworkError';
    this.attempts = options.attempts;
  }
}

/**
 * One request attempt heard nothing for the time allowed: no answer (status and headers)
 * arrived, or the body stopped coming in. A slow download that keeps sending is no timeout.
 */
export class TimeoutError extends WijkwijzerError {
  readonly timeoutMs: number;
  readonly attempts: number | undefined;
  /** `response`: no status and headers arrived; `body`: the body stopped coming in. */
  readonly stalled: 'response' | 'body';

  constructor(options: AttemptOptions & { timeoutMs: number; stalled?: 'response' | 'body' | undefined }) {
    const stalled = options.stalled ?? 'response';
    const what =
      stalled === 'body'
        ? `stopped sending data for ${options.timeoutMs} ms in the middle of the file`
        : `did not answer within ${options.timeoutMs} ms`;
    super(
      'timeout',
      `The feed at ${redactUrl(options.url)} ${what}. ` +
        `Check that the feed server is up, or allow more time with the timeoutMs option.${tries(options.attempts)}`,
      options,
    );
    this.name = 'TimeoutError';
    this.timeoutMs = options.timeoutMs;
    this.attempts = options.attempts;
    this.stalled = stalled;
  }
}

function statusAdvice(status: number): string {
  if (status === 404 || status === 410) {
    return 'Check the feed URL: it should point to the feed\'s index.json, and the dataset files must be published next to it.';
  }
  if (status === 401 || status === 403) return 'A feed must be publicly readable, without login or API key.';
  if (status === 429) return 'The server gets too many requests; it will usually work again shortly.';
  if (status >= 500) return 'The feed server has a problem; try again later or tell the feed publisher.';
  return 'Check the feed URL and the server configuration.';
}

/** The server answered with a status that is not a success (and not 304). */
export class HttpStatusError extends WijkwijzerError {
  readonly status: number;
  /** How long the server asked us to wait (from `Retry-After`), in milliseconds. */
  readonly retryAfterMs: number | undefined;
  readonly attempts: number | undefined;

  constructor(options: AttemptOptions & { status: number; statusText?: string; retryAfterMs?: number | undefined }) {
    const label = options.statusText ? `${options.status} ${options.statusText}` : String(options.status);
    super(
      'http_status',
      `The feed server answered ${label} for ${redactUrl(options.url)}. ${statusAdvice(options.status)}${tries(options.attempts)}`,
      options,
    );
    this.name = 'HttpStatusError';
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
    this.attempts = options.attempts;
  }
}

/** The body of a feed file could not be parsed as JSON. */
export class InvalidJsonError extends WijkwijzerError {
  /** The first characters of the body, to recognise an HTML error page. */
  readonly bodyStart: string;

  constructor(options: WijkwijzerErrorOptions & { url: string; bodyStart: string }) {
    super(
      'invalid_json',
      `The feed at ${redactUrl(options.url)} did not answer with JSON (it starts with ${JSON.stringify(options.bodyStart)}). ` +
        'Check that the URL points to a JSON file of the feed and not to a web page.',
      options,
    );
    this.name = 'InvalidJsonError';
    this.bodyStart = options.bodyStart;
  }
}

function listIssues(issues: readonly RecordIssue[]): string {
  const shown = issues.slice(0, 5).map((issue) => `${issue.path}: ${issue.message}`);
  if (issues.length > shown.length) shown.push(`and ${issues.length - shown.length} more`);
  return shown.join('; ');
}

/** `index.json` is missing fields, has wrong values, or is not JSON at all. */
export class InvalidManifestError extends WijkwijzerError {
  /** What is wrong, field by field; empty when the file is not JSON. */
  readonly issues: readonly RecordIssue[];

  constructor(
    options: WijkwijzerErrorOptions & {
      url: string;
      issues: readonly RecordIssue[];
      /** Set when the file is not JSON: its first characters. */
      notJson?: string | undefined;
    },
  ) {
    const where = `The feed manifest at ${redactUrl(options.url)}`;
    super(
      'invalid_manifest',
      options.notJson !== undefined
        ? `${where} is not JSON (it starts with ${JSON.stringify(options.notJson)}). ` +
            'Check that feedUrl points to the feed\'s index.json and not to a web page.'
        : `${where} is not valid: ${listIssues(options.issues)}. ` +
            'Check that feedUrl points to the feed\'s index.json; the feed publisher can find every problem with "wijkwijzer validate".',
      options,
    );
    this.name = 'InvalidManifestError';
    this.issues = options.issues;
  }
}

/** A dataset file is not JSON, or not a list of records. Its records cannot be read at all. */
export class InvalidDatasetError extends WijkwijzerError {
  readonly dataset: DatasetName;

  constructor(options: WijkwijzerErrorOptions & { url: string; dataset: DatasetName; problem: string }) {
    super(
      'invalid_dataset',
      `The ${options.dataset} dataset at ${redactUrl(options.url)} ${options.problem}. ` +
        'A dataset file is a JSON array of records, or an object with an "items" array; ' +
        'the feed publisher can check it with "wijkwijzer validate".',
      options,
    );
    this.name = 'InvalidDatasetError';
    this.dataset = options.dataset;
  }
}

/** The feed uses a major version of the data contract that this SDK cannot read. */
export class UnsupportedContractError extends WijkwijzerError {
  readonly feedVersion: string;
  readonly supportedVersion: string;

  constructor(options: WijkwijzerErrorOptions & { url: string; feedVersion: string; reason: 'newer-major' | 'older-major' }) {
    const major = CONTRACT_VERSION.split('.')[0] ?? CONTRACT_VERSION;
    const advice =
      options.reason === 'newer-major'
        ? `Upgrade @wijkwijzer/sdk (or the Wijkwijzer widget script tag) to a version that reads contract ${options.feedVersion}.`
        : 'Ask the feed publisher to rebuild the feed with a current wijkwijzer CLI.';
    super(
      'unsupported_contract',
      `The feed at ${redactUrl(options.url)} uses data contract ${options.feedVersion}, ` +
        `but this version of @wijkwijzer/sdk reads contract ${major}.x (${CONTRACT_VERSION}). ${advice}`,
      options,
    );
    this.name = 'UnsupportedContractError';
    this.feedVersion = options.feedVersion;
    this.supportedVersion = CONTRACT_VERSION;
  }
}

/**
 * A request would leave the feed's origin: a dataset URL on another host, or a redirect
 * to one. A client fetches only from the origin of its feed URL and the `allowedOrigins`
 * the embedder lists. Not retryable: asking again gives the same answer.
 */
export class ForeignOriginError extends WijkwijzerError {
  /** The origin that was refused; undefined for a browser's opaque redirect, whose target is hidden. */
  readonly origin: string | undefined;
  /** The origin of the feed's manifest. */
  readonly feedOrigin: string;

  constructor(
    options: WijkwijzerErrorOptions & {
      url: string;
      feedOrigin: string;
      /** The URL that answered with a redirect to `url`; undefined when `url` was asked for directly. */
      redirectedFrom?: string | undefined;
      /** A browser's manual redirect: it happened, but its target cannot be seen. */
      opaqueRedirect?: boolean | undefined;
    },
  ) {
    const origin = options.opaqueRedirect ? undefined : new URL(options.url).origin;
    super('foreign_origin', foreignOriginMessage(options, origin), options);
    this.name = 'ForeignOriginError';
    this.origin = origin;
    this.feedOrigin = options.feedOrigin;
  }
}

function foreignOriginMessage(
  options: { url: string; feedOrigin: string; redirectedFrom?: string | undefined; opaqueRedirect?: boolean | undefined },
  origin: string | undefined,
): string {
  if (origin === undefined) {
    return (
      `The feed answered ${redactUrl(options.url)} with a redirect; a browser hides where a redirect goes, ` +
      'so Wijkwijzer does not follow it. Publish the feed at its final address and point the feed URL there.'
    );
  }
  const what = options.redirectedFrom
    ? `${redactUrl(options.redirectedFrom)} redirected to ${redactUrl(options.url)}`
    : `${redactUrl(options.url)} is not on the feed's origin`;
  return (
    `Refused to fetch from ${origin}: ${what}, and a client fetches only from the feed's origin ${options.feedOrigin}. ` +
    `If you trust ${origin}, allow it: createClient({ allowedOrigins: ['${origin}'] }) or allowed-origins="${origin}" on the widget.`
  );
}

/** Thrown when an operation is aborted and its signal carries no reason of its own. */
export class AbortedError extends WijkwijzerError {
  constructor(options: WijkwijzerErrorOptions = {}) {
    super('aborted', `The request${options.url ? ` for ${redactUrl(options.url)}` : ''} was aborted.`, options);
    this.name = 'AbortedError';
  }
}

/** Options passed to `createClient` that cannot work. */
export class InvalidOptionsError extends WijkwijzerError {
  constructor(message: string, options: WijkwijzerErrorOptions = {}) {
    super('invalid_options', message, options);
    this.name = 'InvalidOptionsError';
  }
}

/** What to throw for an aborted signal: its own reason, or an `AbortedError`. */
export function abortReason(signal: AbortSignal, url?: string): unknown {
  return signal.reason !== undefined ? signal.reason : new AbortedError({ url });
}
