/** The bytes of one feed file, or why they could not be had. */
export type LoadResult =
  | { ok: true; bytes: Uint8Array }
  | {
      ok: false;
      missing: boolean;
      /** The address lies outside what this check may read: another folder or another origin. */
      refused?: boolean;
      message: string;
    };

/** Reads one feed file by address. Injected so the same checker runs over disk, HTTP or a test double. */
export type Loader = (url: URL) => Promise<LoadResult>;

export const DEFAULT_TIMEOUT_MS = 10_000;

/** More hops than this is a loop or a misconfigured host. */
const MAX_REDIRECTS = 5;

/** A load that was not attempted, because the address is out of bounds. */
export function refuse(message: string): LoadResult {
  return { ok: false, missing: false, refused: true, message };
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

/** The most specific words for a failed fetch: Node hides the real reason in `cause`. */
function describeFetchError(error: unknown): string {
  if (error instanceof Error && error.cause instanceof Error) {
    const cause = error.cause;
    const code = 'code' in cause && typeof cause.code === 'string' ? ` (${cause.code})` : '';
    return `${cause.message}${code}`;
  }
  return error instanceof Error ? error.message : String(error);
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

/** Why an address's origin is refused, or undefined when it is allowed. */
function originProblem(url: URL, allowed: ReadonlySet<string>): string | undefined {
  if (allowed.has(url.origin)) return undefined;
  const list = allowed.size > 0 ? [...allowed].join(', ') : 'none';
  return `${url.origin}, which is not allowed (allowed: ${list}); add --allow-origin ${url.origin} to fetch from it`;
}

/**
 * Fetches one address, following redirects only within the allowed origins. The
 * redirects are followed by hand (`redirect: 'manual'`) so that no request ever
 * reaches an origin that was not allowed. This needs Node: a browser hides where
 * a redirect leads.
 */
async function fetchWithin(url: URL, allowed: ReadonlySet<string>, signal: AbortSignal): Promise<Response | LoadResult> {
  let current = url;
  for (let hop = 0; ; hop += 1) {
    const problem = originProblem(current, allowed);
    if (problem !== undefined) {
      return refuse(current === url ? `${url.href} is on ${problem}` : `${url.href} redirects to ${current.href}, on ${problem}`);
    }
    const response = await fetch(current, { signal, redirect: 'manual' });
    const location = isRedirect(response.status) ? response.headers.get('location') : null;
    if (location === null) return response;
    await response.body?.cancel();
    if (hop === MAX_REDIRECTS) return { ok: false, missing: false, message: `${url.href} redirects more than ${MAX_REDIRECTS} times` };
    current = new URL(location, current);
  }
}

/**
 * Loads http(s) addresses with the global `fetch` and a time limit. Without
 * `allowedOrigins` it fetches any http(s) address and follows any redirect (in a
 * browser the page's own rules apply); with them, it fetches only from those
 * origins and refuses everything else, redirects included (Node only).
 */
export function fetchLoader(timeoutMs = DEFAULT_TIMEOUT_MS, allowedOrigins?: Iterable<string>): Loader {
  const allowed = allowedOrigins === undefined ? undefined : new Set(allowedOrigins);
  return async (url) => {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return refuse(`${url.href}: only http(s) addresses can be fetched`);
    }
    try {
      const signal = AbortSignal.timeout(timeoutMs);
      const response = allowed === undefined ? await fetch(url, { signal, redirect: 'follow' }) : await fetchWithin(url, allowed, signal);
      if (!(response instanceof Response)) return response;
      if (!response.ok) {
        await response.body?.cancel();
        const missing = response.status === 404 || response.status === 410;
        return { ok: false, missing, message: `${url.href} answered HTTP ${response.status}` };
      }
      return { ok: true, bytes: new Uint8Array(await response.arrayBuffer()) };
    } catch (error) {
      const reason = isTimeout(error) ? `no answer within ${timeoutMs / 1000} s` : describeFetchError(error);
      return { ok: false, missing: false, message: `cannot reach ${url.href}: ${reason}` };
    }
  };
}
