import { raceSignal } from './signals.js';

/** How much of a download has arrived: bytes of the body as decoded (after gzip or br). */
export interface LoadProgress {
  loaded: number;
  /** The body's full size, when known; absent while it is not. */
  total?: number;
}

/**
 * A timer that fires when nothing happened for `ms`: `restart()` on every sign of life.
 * Its signal aborts the request, so a stalled attempt ends however long the whole
 * download has taken so far.
 */
export interface SilenceTimer {
  readonly signal: AbortSignal;
  restart(): void;
  stop(): void;
}

export function silenceTimer(ms: number): SilenceTimer {
  const controller = new AbortController();
  let timer = setTimeout(() => controller.abort(), ms);
  return {
    signal: controller.signal,
    restart() {
      clearTimeout(timer);
      timer = setTimeout(() => controller.abort(), ms);
    },
    stop: () => clearTimeout(timer),
  };
}

export interface ReadBodyOptions {
  /** Restarted on every chunk. */
  silence: SilenceTimer;
  /** Aborts the read (the caller's signal combined with the silence timer's). */
  signal: AbortSignal;
  /** The decoded body's size when the caller knows it (a manifest's `bytes`); beats Content-Length. */
  expectedBytes?: number | undefined;
  /** Called when the headers are in (loaded 0) and after every chunk. */
  onProgress?: ((progress: LoadProgress) => void) | undefined;
}

/** A body as received: its exact bytes (for the hash) and its text. */
export interface Body {
  readonly bytes: Uint8Array;
  text: string;
}

/**
 * Reads a response body chunk by chunk, restarting the silence timer on each one and
 * reporting progress. The text is decoded as the chunks come in, so a large file is not
 * decoded in one long task at the end. Like `response.text()`, a leading BOM is dropped.
 */
export async function readBody(response: Response, options: ReadBodyOptions): Promise<Body> {
  let total = expectedTotal(response, options.expectedBytes);
  const report = (loaded: number): void => {
    // A size that turns out wrong (an old manifest, a hidden Content-Encoding) is dropped, not overrun.
    if (total !== undefined && loaded > total) total = undefined;
    options.onProgress?.(total === undefined ? { loaded } : { loaded, total });
  };
  report(0);
  if (!response.body) {
    // A fetch without streams (some polyfills): the silence timer covers the whole body.
    const bytes = new Uint8Array(await raceSignal(response.arrayBuffer(), options.signal));
    report(bytes.length);
    return { bytes, text: new TextDecoder().decode(bytes) };
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const chunks: Uint8Array[] = [];
  let text = '';
  let loaded = 0;
  try {
    for (;;) {
      // Raced with the signal: not every fetch errors a body's stream when its request is aborted.
      const { done, value } = await raceSignal(reader.read(), options.signal);
      if (done) break;
      options.silence.restart();
      chunks.push(value);
      text += decoder.decode(value, { stream: true });
      loaded += value.length;
      report(loaded);
    }
  } catch (error) {
    reader.cancel().catch(() => {
      // The stream is already broken; nothing to free.
    });
    throw error;
  }
  let bytes: Uint8Array | undefined;
  return {
    // Joined only when asked for (to hash a dataset): a manifest's half a megabyte is read as text only.
    get bytes() {
      bytes ??= concat(chunks, loaded);
      return bytes;
    },
    text: text + decoder.decode(),
  };
}

/** Content-Length is the body's size only when the body is not content-encoded. */
function expectedTotal(response: Response, expectedBytes: number | undefined): number | undefined {
  if (expectedBytes !== undefined) return expectedBytes;
  const encoding = response.headers.get('content-encoding');
  if (encoding !== null && encoding.trim().toLowerCase() !== 'identity') return undefined;
  const length = response.headers.get('content-length');
  if (length === null || !/^\d+$/.test(length.trim())) return undefined;
  return Number(length);
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
