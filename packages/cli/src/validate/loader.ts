/** The bytes of one feed file, or why they could not be had. */
export type LoadResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; missing: boolean; message: string };

/** Reads one feed file by address. Injected so the same checker runs over disk, HTTP or a test double. */
export type Loader = (url: URL) => Promise<LoadResult>;

export const DEFAULT_TIMEOUT_MS = 10_000;

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

/** Loads http(s) addresses with the global `fetch` and a time limit. Works in browsers too. */
export function fetchLoader(timeoutMs = DEFAULT_TIMEOUT_MS): Loader {
  return async (url) => {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return { ok: false, missing: false, message: `${url.href}: only http(s) addresses can be fetched` };
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
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
