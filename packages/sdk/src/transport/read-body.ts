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

/**
 * Reads a response body chunk by chunk, restarting the silence timer on each one and
 * reporting progress, and returns its exact bytes.
 */
export async function readBody(response: Response, options: ReadBodyOptions): Promise<Uint8Array> {
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
    return bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  try {
    for (;;) {
      // Raced with the signal: not every fetch errors a body's stream when its request is aborted.
      const { done, value } = await raceSignal(reader.read(), options.signal);
      if (done) break;
      options.silence.restart();
      chunks.push(value);
      loaded += value.length;
      report(loaded);
    }
  } catch (error) {
    reader.cancel().catch(() => {
      // The stream is already broken; nothing to free.
    });
    throw error;
  }
  return concat(chunks, loaded);
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
