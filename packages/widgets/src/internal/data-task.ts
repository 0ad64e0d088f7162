import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a DataTask is: `initial` before it has args to run on, then pending, complete or error. */
export type DataStatus = 'initial' | 'pending' | 'complete' | 'error';

export interface DataTaskOptions<A extends readonly unknown[], V> {
  /** What a run depends on, read before each render; `undefined`: nothing to load (status `initial`). */
  args: () => A | undefined;
  task: (args: A, signal: AbortSignal) => Promise<V>;
  /** Told of a failure of the latest run (not of an aborted one). */
  onError: (error: unknown) => void;
}

/** The views of a task's states; nothing is shown before its first run (no args yet). */
export interface DataTaskRenderer<V, R> {
  pending: () => R;
  complete: (value: V) => R;
  error: (error: unknown) => R;
}

/** Work a widget started whose result is not on screen yet. */
export class PendingWork {
  readonly #running = new Set<Promise<unknown>>();

  add(work: Promise<unknown>): void {
    this.#running.add(work);
    const done = (): void => void this.#running.delete(work);
    work.then(done, done);
  }

  /** Renders (by `rendered`) until no work is left, each round's results included. */
  async settle(rendered: () => Promise<boolean>): Promise<boolean> {
    let result = await rendered();
    while (this.#running.size > 0) {
      await Promise.allSettled([...this.#running]);
      result = await rendered();
    }
    return result;
  }
}

/**
 * The one data lifecycle of every widget, in the shape of `@lit/task` (args, an AbortSignal, a
 * status union, `render({ pending, complete, error })`). Our own because the badge's entry must
 * stay within 12 KB and `@lit/task` would add 1 KB to it; this adds about 0.45 KB and replaces
 * three hand-written lifecycles.
 *
 * A run starts before a render whenever the args differ (by `===`, item by item) from those of
 * the last run; a newer run aborts the older one, whose result is then never shown. Every run is
 * tracked in the host's pending work, so the host's `updateComplete` resolves with the data on
 * screen.
 */
export class DataTask<A extends readonly unknown[], V> implements ReactiveController {
  status: DataStatus = 'initial';
  /**
   * The last complete run's value, kept while a newer run is pending (a language change keeps the
   * figure on screen); a widget clears it when what it shows changes (another service).
   */
  value: V | undefined;
  error: unknown;
  #lastArgs: A | undefined;
  #controller: AbortController | undefined;
  readonly #host: ReactiveControllerHost;
  readonly #pending: PendingWork;
  readonly #options: DataTaskOptions<A, V>;

  constructor(host: ReactiveControllerHost, pending: PendingWork, options: DataTaskOptions<A, V>) {
    this.#host = host;
    this.#pending = pending;
    this.#options = options;
    host.addController(this);
  }

  hostUpdate(): void {
    const args = this.#options.args();
    const last = this.#lastArgs;
    if (args ? !last || args.some((arg, index) => arg !== last[index]) : last) this.#start(args);
  }

  /** Left the page: stop a run in progress; back on the page, the next render starts it again. */
  hostDisconnected(): void {
    if (this.status !== 'pending') return;
    this.#controller?.abort();
    this.#lastArgs = undefined;
  }

  /** Runs now with the current args (a retry, or a refresh on a timer). */
  run(): void {
    this.#start(this.#options.args());
  }

  #start(args: A | undefined): void {
    // A newer run, or none, aborts the older one: aborted means superseded.
    this.#controller?.abort();
    this.#lastArgs = args;
    if (!args) {
      this.value = undefined;
      this.status = 'initial';
      return;
    }
    const controller = new AbortController();
    this.#controller = controller;
    this.status = 'pending';
    this.#host.requestUpdate();
    this.#pending.add(
      this.#options.task(args, controller.signal).then(
        (value) => {
          if (controller.signal.aborted) return;
          this.value = value;
          this.status = 'complete';
          this.#host.requestUpdate();
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          this.error = error;
          this.status = 'error';
          this.#options.onError(error);
          this.#host.requestUpdate();
        },
      ),
    );
  }

  render<R>(renderer: DataTaskRenderer<V, R>): R | undefined {
    const { status } = this;
    return status === 'complete' ? renderer.complete(this.value as V) : status === 'error' ? renderer.error(this.error) : status === 'pending' ? renderer.pending() : undefined;
  }
}
