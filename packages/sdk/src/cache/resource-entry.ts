import { abortReason } from '../errors.js';
import { shareTask, type SharedTask } from './shared-task.js';

/** What a load or revalidation produced: a new value, or "the copy you hold is current". */
export type LoadResult<T> =
  | { status: 'fresh'; value: T; etag?: string | undefined }
  | { status: 'not-modified'; etag?: string | undefined };

/**
 * Loads the resource. `etag` is the ETag of the cached copy (undefined when there is
 * none, and then the loader must answer `fresh`).
 */
export type Loader<T> = (etag: string | undefined, signal: AbortSignal) => Promise<LoadResult<T>>;

export interface ReadOptions {
  /** After this long, the cached copy is stale. */
  maxAgeMs: number;
  /** Milliseconds since the epoch. */
  clock: () => number;
  /** Aborts this caller's wait (and the request, if nobody else waits for it). */
  signal?: AbortSignal | undefined;
  /**
   * `swr`: answer from the cache; once it is older than `maxAgeMs`, answer at once,
   * flagged stale, and revalidate in the background (after a failed attempt, the next
   * one waits `maxAgeMs` again, so a feed that is down is not hammered by every read).
   * `revalidate`: check with the server before every answer; when that fails, answer
   * from the cache flagged stale.
   */
  mode: 'swr' | 'revalidate';
}

export interface CachedValue<T> {
  value: T;
  /** True when the value is older than its max-age, or the last attempt to refresh it failed. */
  stale: boolean;
}

/**
 * One cached resource (the manifest or one dataset of one feed): its last good value
 * and ETag, the one load in flight, and the last error.
 */
export class ResourceEntry<T> {
  #has = false;
  #value: T | undefined;
  #etag: string | undefined;
  /** When the server last confirmed or replaced the value. */
  #checkedAt = Number.NEGATIVE_INFINITY;
  /** When we last asked the server, successfully or not. */
  #attemptedAt = Number.NEGATIVE_INFINITY;
  #lastError: unknown;
  #task: SharedTask<T> | undefined;

  get hasValue(): boolean {
    return this.#has;
  }

  /** The error of the last load or revalidation, cleared by the next success. */
  get lastError(): unknown {
    return this.#lastError;
  }

  /** The value held now, without loading. */
  peek(): T | undefined {
    return this.#value;
  }

  isStale(now: number, maxAgeMs: number): boolean {
    return this.#lastError !== undefined || now - this.#checkedAt >= maxAgeMs;
  }

  /** Resolves once no load of this entry is in flight. */
  async idle(): Promise<void> {
    while (this.#task) await this.#task.settled;
  }

  async read(load: Loader<T>, options: ReadOptions): Promise<CachedValue<T>> {
    if (options.signal?.aborted) throw abortReason(options.signal);
    if (!this.#has) {
      const value = await this.#refresh(load, options.clock).join(options.signal);
      return { value, stale: false };
    }
    if (options.mode === 'revalidate') {
      try {
        await this.#refresh(load, options.clock).join(options.signal);
      } catch (error) {
        if (options.signal?.aborted) throw error;
        // The feed is down: the last good value is served, flagged stale, with the error remembered.
      }
      return { value: this.#value as T, stale: this.#lastError !== undefined };
    }
    const now = options.clock();
    if (now - Math.max(this.#checkedAt, this.#attemptedAt) >= options.maxAgeMs) {
      // Background revalidation: its outcome is recorded on the entry, never thrown at a reader.
      this.#refresh(load, options.clock);
    }
    return { value: this.#value as T, stale: this.isStale(now, options.maxAgeMs) };
  }

  #refresh(load: Loader<T>, clock: () => number): SharedTask<T> {
    if (this.#task && !this.#task.cancelled) return this.#task;
    const etag = this.#has ? this.#etag : undefined;
    const task = shareTask(async (signal) => {
      try {
        const result = await load(etag, signal);
        if (result.status === 'fresh') {
          this.#value = result.value;
          this.#has = true;
        }
        if (result.etag !== undefined || result.status === 'fresh') this.#etag = result.etag;
        this.#checkedAt = this.#attemptedAt = clock();
        this.#lastError = undefined;
        return this.#value as T;
      } catch (error) {
        if (!signal.aborted) {
          this.#lastError = error;
          this.#attemptedAt = clock();
        }
        throw error;
      }
    });
    this.#task = task;
    void task.settled.then(() => {
      if (this.#task === task) this.#task = undefined;
    });
    return task;
  }
}
