import { abortReason } from '../errors.js';

export interface CombinedSignal {
  signal: AbortSignal;
  /** Removes the listeners from the source signals; call when the operation ends. */
  dispose(): void;
}

/**
 * One signal that aborts when any of the given signals does, with that signal's reason.
 * Written by hand rather than with `AbortSignal.any`, which older Safari and Firefox lack.
 */
export function combineSignals(...signals: (AbortSignal | undefined)[]): CombinedSignal {
  const controller = new AbortController();
  const sources = signals.filter((signal): signal is AbortSignal => signal !== undefined);
  const already = sources.find((signal) => signal.aborted);
  if (already) {
    controller.abort(already.reason);
    return { signal: controller.signal, dispose: () => {} };
  }
  const listeners = sources.map((source) => {
    const listener = (): void => controller.abort(source.reason);
    source.addEventListener('abort', listener, { once: true });
    return { source, listener };
  });
  return {
    signal: controller.signal,
    dispose: () => {
      for (const { source, listener } of listeners) source.removeEventListener('abort', listener);
    },
  };
}

/** Waits `ms` milliseconds; rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortReason(signal as AbortSignal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Settles like `promise`, but rejects as soon as `signal` aborts; `onAbort` then
 * hears the reason too (a shared task uses it to count who is still waiting).
 */
export function raceSignal<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
  url?: string,
  onAbort?: (reason: unknown) => void,
): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortReason(signal, url));
  return new Promise<T>((resolve, reject) => {
    const abort = (): void => {
      const reason = abortReason(signal, url);
      reject(reason);
      onAbort?.(reason);
    };
    signal.addEventListener('abort', abort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(error);
      },
    );
  });
}
