import { abortReason } from '../errors.js';
import { raceSignal } from '../transport/signals.js';

/**
 * One piece of work that several callers wait for (two widgets loading the same
 * dataset). Each caller may abort its own wait; the work itself is aborted only
 * when every caller that joined has aborted and none joined without a signal.
 */
export interface SharedTask<T> {
  /** Waits for the result; aborting `signal` rejects this wait only. */
  join(signal?: AbortSignal): Promise<T>;
  /** True once every waiter has aborted and the work was cancelled: do not join it. */
  readonly cancelled: boolean;
  /** Settles with the work, whoever waits. */
  readonly settled: Promise<void>;
}

export function shareTask<T>(run: (signal: AbortSignal) => Promise<T>): SharedTask<T> {
  const controller = new AbortController();
  let waiting = 0;
  let pinned = false;
  let done = false;
  const promise = run(controller.signal);
  const settled = promise.then(
    () => {
      done = true;
    },
    () => {
      done = true;
    },
  );

  return {
    get cancelled() {
      return controller.signal.aborted;
    },
    settled,
    join(signal) {
      if (!signal) {
        pinned = true;
        return promise;
      }
      if (signal.aborted) {
        if (!pinned && waiting === 0 && !done) controller.abort(abortReason(signal));
        return Promise.reject(abortReason(signal));
      }
      waiting += 1;
      return raceSignal(promise, signal, undefined, (reason) => {
        waiting -= 1;
        if (!pinned && waiting === 0 && !done) controller.abort(reason);
      });
    },
  };
}
