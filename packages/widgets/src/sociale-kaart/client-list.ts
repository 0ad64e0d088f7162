import type { ReactiveControllerHost } from 'lit';

/**
 * The hash parameter of a shared list: `#wk-lijst=id1,id2`. In the hash, not the query, so the
 * services a client was given never reach a server's logs; with our `wk-` prefix, as url-state.ts.
 */
export const LIST_KEY = 'wk-lijst';

/** The service ids of a shared list in `href`'s hash; undefined when it has none. */
export function sharedListIds(href: string): string[] | undefined {
  const ids = new URLSearchParams(new URL(href).hash.slice(1)).get(LIST_KEY);
  return ids === null ? undefined : [...new Set(ids.split(',').map((id) => id.trim()).filter(Boolean))];
}

/**
 * The services a professional or resident saved to hand on, as ids in the order they were saved.
 * It lives in this tab's memory; in sessionStorage too when the page asks for it (`list-storage`),
 * never elsewhere, and nothing is sent.
 */
export class SavedList {
  ids: readonly string[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The sessionStorage key to keep the list under; undefined: memory only. */
    private readonly storageKey: () => string | undefined,
  ) {}

  has(id: string): boolean {
    return this.ids.includes(id);
  }

  /** Adds `id`, or removes it when it is there; returns whether it is in the list now. */
  toggle(id: string): boolean {
    const saved = !this.has(id);
    this.set(saved ? [...this.ids, id] : this.ids.filter((each) => each !== id));
    return saved;
  }

  set(ids: readonly string[]): void {
    this.ids = [...new Set(ids)];
    this.host.requestUpdate();
    const key = this.storageKey();
    // A browser with storage off (or full) keeps the list in memory only.
    try {
      if (key) sessionStorage.setItem(key, JSON.stringify(this.ids));
    } catch {}
  }

  /** The list kept in sessionStorage under `key`, if the page opted in and there is one. */
  restore(): void {
    const key = this.storageKey();
    let stored: unknown;
    try {
      stored = key && JSON.parse(sessionStorage.getItem(key) ?? '[]');
    } catch {}
    if (Array.isArray(stored)) this.set(stored.filter((id): id is string => typeof id === 'string'));
  }
}
