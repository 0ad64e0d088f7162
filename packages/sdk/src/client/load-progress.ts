import type { LoadProgress } from '../transport/read-body.js';

/**
 * Download progress from the loads of the cache to the calls waiting for them. A load is
 * shared by every call (and client) that needs the same file, so its progress is heard
 * through the cache entry, not through the call that happened to start it.
 */

type Listener = (progress: LoadProgress) => void;

/** The download in flight for one cached file. */
export interface FileDownload {
  /** The load reports here, on every chunk. */
  report(progress: LoadProgress): void;
  /** The load is over, done or failed: there is no progress until the next one. */
  end(): void;
  /** Hears the download in flight (at once when one is under way) until `stop()`. */
  watch(listener: Listener): () => void;
}

const downloads = new WeakMap<object, FileDownload>();

/** The download of the file behind a cache entry. */
export function fileDownload(entry: object): FileDownload {
  let download = downloads.get(entry);
  if (!download) downloads.set(entry, (download = createFileDownload()));
  return download;
}

function createFileDownload(): FileDownload {
  const listeners = new Set<Listener>();
  let current: LoadProgress | undefined;
  return {
    report(progress) {
      current = progress;
      for (const listener of listeners) listener(progress);
    },
    end() {
      current = undefined;
    },
    watch(listener) {
      listeners.add(listener);
      if (current) listener(current);
      return () => listeners.delete(listener);
    },
  };
}

/** One file as one call sees it: its download's reports, then `finish()` when the call has it. */
export interface FileProgress {
  update: Listener;
  finish(): void;
}

/** Adds up the files one call waits for and tells the call's `onProgress`. */
export interface CallProgress {
  file(): FileProgress;
}

/**
 * The progress of one call: `loaded` is summed over the files it downloads, `total` too
 * while every one of their sizes is known. Files already in the cache do not count.
 */
export function callProgress(onProgress: Listener | undefined): CallProgress | undefined {
  if (!onProgress) return undefined;
  const files: LoadProgress[] = [];
  const emit = (): void => {
    let loaded = 0;
    let total: number | undefined = 0;
    for (const file of files) {
      loaded += file.loaded;
      total = total === undefined || file.total === undefined ? undefined : total + file.total;
    }
    onProgress(total === undefined ? { loaded } : { loaded, total });
  };
  return {
    file() {
      let slot = -1;
      return {
        update(progress) {
          if (slot < 0) slot = files.push(progress) - 1;
          else files[slot] = progress;
          emit();
        },
        finish() {
          const last = files[slot];
          // A file the call has is complete, whatever its size was announced as.
          if (!last || last.total === last.loaded) return;
          files[slot] = { loaded: last.loaded, total: last.loaded };
          emit();
        },
      };
    },
  };
}
