import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang, type Lang } from './lang.js';

/** A widget's words: plain strings, or functions for words with values in them. */
export type StringTable = Record<string, string | ((...args: never[]) => string)>;
export type StringTables<T extends StringTable> = Record<Lang, T>;

type TermArgs<T extends StringTable, K extends keyof T> = T[K] extends (...args: infer A) => string ? A : [];

const hosts = new Set<ReactiveControllerHost>();
let pageObserver: MutationObserver | undefined;

/** One observer for the page's `lang` serves every widget on it. */
function watchPageLang(host: ReactiveControllerHost): void {
  hosts.add(host);
  if (pageObserver) return;
  pageObserver = new MutationObserver(() => hosts.forEach((each) => each.requestUpdate()));
  pageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/**
 * Gives a widget its words in the language in force (its own `lang`, an
 * ancestor's or the page's) and re-renders it when that changes.
 */
export class LocalizeController<T extends StringTable> implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly tables: StringTables<T>;
  private ownObserver: MutationObserver | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, tables: StringTables<T>) {
    this.host = host;
    this.tables = tables;
    host.addController(this);
  }

  hostConnected(): void {
    watchPageLang(this.host);
    this.ownObserver = new MutationObserver(() => this.host.requestUpdate());
    this.ownObserver.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    this.ownObserver?.disconnect();
  }

  get lang(): Lang {
    return resolveLang(this.host);
  }

  /** The words for `key` in the current language. */
  term<K extends keyof T & string>(key: K, ...args: TermArgs<T, K>): string {
    const entry = this.tables[this.lang][key];
    return typeof entry === 'function' ? (entry as (...values: TermArgs<T, K>) => string)(...args) : (entry as string);
  }
}

/**
 * Lets a web team change a widget's wording for their site (a municipality's
 * own name for the buurtteam, say). Applies to every instance from the next render.
 */
export function overrideStrings<T extends StringTable>(tables: StringTables<T>, lang: Lang, words: Partial<T>): void {
  Object.assign(tables[lang], words);
}
