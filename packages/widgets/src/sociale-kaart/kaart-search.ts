import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SearchResults, WijkwijzerClient } from '@wijkwijzer/sdk';
import type { Lang } from '../internal/lang.js';
import { NO_FILTERS, sdkFilters, type KaartFilters } from './kaart-filters.js';
import type { PendingWork } from '../internal/data-task.js';
import type { KaartProgress } from './render-states.js';

export type SearchOrigin = 'user' | 'program';

/** What a search reads from the finder when it runs. */
export interface SearchContext {
  client: WijkwijzerClient;
  audience: 'inwoner' | 'professional';
  lang: Lang;
  now: Date;
  /** The data's signal: loading another feed stops the searches of this one. */
  signal: AbortSignal;
}

export interface KaartSearchOptions {
  /** Undefined until the data is loaded: a search then does nothing. */
  context: () => SearchContext | undefined;
  /** Milliseconds typing must pause before a search runs. */
  debounce: () => number;
  /** A search starts: data it needs besides the services (waiting-time figures) can load beside it. */
  onStart: (filters: KaartFilters) => void;
  /** Results to show: each part's on a feed in parts, then the whole search's. */
  onResults: (results: SearchResults, query: string, filters: KaartFilters) => void;
  /** A search the resident made has its results: tell the page. */
  onUserSearch: (query: string, filters: KaartFilters) => void;
  onError: (error: unknown) => void;
}

/**
 * The finder's search: the words and filters searched for, and the latest search. Only the latest
 * search's results are shown, whatever order searches finish in; typing waits for a pause.
 */
export class KaartSearch implements ReactiveController {
  query = '';
  filters: KaartFilters = NO_FILTERS;
  /** How far the data of the running search has arrived; undefined once all is there. */
  progress: KaartProgress | undefined;
  /** The language of the last search: help lines come in the reader's language, so a change searches again. */
  searchedLang = '';
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The host's pending work: its `updateComplete` waits for a search's results. */
    private readonly pending: PendingWork,
    private readonly options: KaartSearchOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Changes the words or filters and searches at once. */
  set(change: { query?: string; filters?: Partial<KaartFilters> }, origin: SearchOrigin = 'user'): void {
    if (change.query !== undefined) this.query = change.query;
    if (change.filters) this.filters = { ...this.filters, ...change.filters };
    this.pending.add(this.run(origin));
  }

  /** Searches once typing pauses. */
  schedule(): void {
    clearTimeout(this.timer);
    const wait = this.options.debounce();
    if (wait <= 0) this.pending.add(this.run('user'));
    else this.timer = setTimeout(() => this.pending.add(this.run('user')), wait);
  }

  /** Runs the search on this device. `user` searches tell the page (event, URL). */
  async run(origin: SearchOrigin): Promise<void> {
    const context = this.options.context();
    if (!context) return;
    clearTimeout(this.timer);
    const seq = ++this.seq;
    const { query, filters } = this;
    const current = (): boolean => seq === this.seq;
    this.searchedLang = context.lang;
    this.setProgress(undefined);
    this.options.onStart(filters);
    try {
      const results = await context.client.services.searchWithHelp(query, {
        ...sdkFilters(filters),
        audience: context.audience,
        lang: context.lang,
        now: context.now,
        signal: context.signal,
        onProgress: (bytes) => {
          if (current()) this.setProgress({ ...this.progress, bytes });
        },
        // A feed in parts: show what has arrived while the rest comes in.
        onUpdate: (update) => {
          if (!current()) return;
          this.setProgress({ ...this.progress, parts: { files: update.files, filesTotal: update.filesTotal } });
          this.options.onResults(update, query, filters);
        },
      });
      if (!current()) return;
      this.setProgress(undefined);
      this.options.onResults(results, query, filters);
      if (origin === 'user') this.options.onUserSearch(query, filters);
    } catch (error) {
      if (!current()) return;
      this.setProgress(undefined);
      if (!context.signal.aborted) this.options.onError(error);
    }
  }

  private setProgress(progress: KaartProgress | undefined): void {
    this.progress = progress;
    this.host.requestUpdate();
  }
}
