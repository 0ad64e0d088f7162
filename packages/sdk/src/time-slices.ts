import { abortReason } from './errors.js';

/**
 * Long work (validating thousands of records, indexing them) in slices, so the main thread
 * stays free for the page: a phone at a quarter of a laptop's speed must never be blocked for
 * more than ~50 ms. The work is written once, as a generator that yields wherever it may pause;
 * `runToEnd` runs it at once (build steps, servers), `runInSlices` gives the main thread back
 * whenever a slice has used its budget.
 */

/** Work that yields (nothing) where it may pause, and returns its result. */
export type SlicedWork<T> = Generator<void, T, void>;

export interface SliceOptions {
  /** The longest stretch of work between two pauses, in ms. Default 8. */
  budgetMs?: number | undefined;
  /**
   * Gives the main thread back; resolves when the work may go on. Default: `scheduler.yield()`
   * where the browser has it, else a macrotask (a MessageChannel message, which background
   * tabs do not throttle as they do `setTimeout`).
   */
  yieldToMain?: (() => Promise<void>) | undefined;
  /** The clock for the budget, in ms. Default `performance.now()`. */
  now?: (() => number) | undefined;
  /** Stops the work at the next pause, rejecting with the signal's reason. */
  signal?: AbortSignal | undefined;
}

export const DEFAULT_SLICE_BUDGET_MS = 8;

/** Runs sliced work without pausing. */
export function runToEnd<T>(work: SlicedWork<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/** Runs sliced work, pausing for the main thread whenever a slice has used its budget. */
export async function runInSlices<T>(work: SlicedWork<T>, options: SliceOptions = {}): Promise<T> {
  const budget = options.budgetMs ?? DEFAULT_SLICE_BUDGET_MS;
  const now = options.now ?? (() => performance.now());
  const pause = options.yieldToMain ?? yieldToMain;
  const { signal } = options;
  let sliceStart = now();
  for (;;) {
    if (signal?.aborted) throw abortReason(signal);
    const step = work.next();
    if (step.done) return step.value;
    if (now() - sliceStart >= budget) {
      await pause();
      sliceStart = now();
    }
  }
}

interface Scheduler {
  yield(): Promise<void>;
}

/**
 * Work whose result may be wanted before it is done: it goes on in slices (`inSlices`), and
 * `get()` finishes the rest at once when the result is needed first. Either may stop halfway;
 * the other picks up where it stopped.
 */
export interface DeferredWork<T> {
  get(): T;
  inSlices(options?: SliceOptions): Promise<T>;
}

export function deferredWork<T>(work: SlicedWork<T>): DeferredWork<T> {
  let result: { value: T } | undefined;
  const step = (): void => {
    const next = work.next();
    if (next.done) result = { value: next.value };
  };
  function* rest(): SlicedWork<T> {
    while (!result) {
      step();
      yield;
    }
    return result.value;
  }
  return {
    get() {
      while (!result) step();
      return result.value;
    },
    inSlices: (options) => runInSlices(rest(), options),
  };
}

/** Gives the main thread back for a moment: other tasks (input, rendering) run first. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
