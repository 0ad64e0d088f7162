import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parentOf, resolveLang, type Lang } from './lang.js';

/** A widget's words: plain strings, or functions for words with values in them. */
export type StringTable = Record<string, string | ((...args: never[]) => string)>;
/**
 * A widget's words per language. Dutch is always there; the English words arrive the first time
 * a widget on the page speaks English (see `stringTables`), and until then `en` holds only the
 * words a web team changed. A word missing in English is said in Dutch.
 */
export interface StringTables<T extends StringTable> {
  nl: T;
  en: Partial<T>;
}

type TermArgs<T extends StringTable, K extends keyof T> = T[K] extends (...args: infer A) => string ? A : [];

const hosts = new Set<ReactiveControllerHost & HTMLElement>();
/** A change of `lang` (an attribute filter alone observes attributes). */
const LANG: MutationObserverInit = { attributeFilter: ['lang'] };
let langObserver: MutationObserver | undefined;

/** Whether `node` is `ancestor` or lies inside it, crossing shadow roots as `resolveLang` does. */
function inside(ancestor: Node, node: Node | null): boolean {
  while (node && node !== ancestor) node = parentOf(node);
  return Boolean(node);
}

/** A `lang` changed: re-render the widgets inside that element, whose language may follow it (a finder's badges too). */
function langChanged(records: MutationRecord[]): void {
  for (const { target } of records) for (const host of hosts) if (inside(target, host)) host.requestUpdate();
}

/**
 * Gives a widget its words in the language in force (its own `lang`, an ancestor's or the page's)
 * and re-renders it when that changes (and the widgets nested in it, which follow it), or when a
 * web team changes the words. One per widget: it reads the widget's own table, then the words every
 * widget shares.
 */
export class LocalizeController<T extends StringTable> implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly tables: readonly StringTables<StringTable>[];

  /**
   * `own` and then `shared`, in the order they are read: a word is taken from the first that has
   * it. With shared tables, T is the union of their words (see `wordsOf` in strings.ts).
   */
  constructor(host: ReactiveControllerHost & HTMLElement, own: StringTables<T>, ...shared: readonly StringTables<StringTable>[]) {
    this.host = host;
    this.tables = [own, ...shared];
    host.addController(this);
  }

  /**
   * One observer hears every change of `lang`: of the page or any element in it, and of each widget,
   * since the page's observation does not reach into shadow roots (a badge in a finder). It makes
   * one record of a change however many of its observations see it; observing a node again only
   * renews the observation.
   */
  hostConnected(): void {
    const { host } = this;
    hosts.add(host);
    langObserver ??= new MutationObserver(langChanged);
    langObserver.observe(document.documentElement, { ...LANG, subtree: true });
    langObserver.observe(host, LANG);
  }

  hostDisconnected(): void {
    // Its observation stays on the element, harmless: a change there finds no widget to re-render.
    hosts.delete(this.host);
  }

  get lang(): Lang {
    return resolveLang(this.host);
  }

  /** The words for `key` in the current language; a word missing in it is said in Dutch. */
  term<K extends keyof T & string>(key: K, ...args: TermArgs<T, K>): string {
    const lang = this.lang;
    const entry = this.find(lang, key) ?? this.find('nl', key);
    return typeof entry === 'function' ? (entry as (...values: TermArgs<T, K>) => string)(...args) : (entry as string);
  }

  private find(lang: Lang, key: string): StringTable[string] | undefined {
    for (const table of this.tables) {
      const entry = table[lang][key];
      if (entry !== undefined) return entry;
    }
    return undefined;
  }
}

let changes = 0;

/** How many times a web team changed words: words a widget loads with its data are reloaded on a change. */
export function wordChanges(): number {
  return changes;
}

/**
 * Lets a web team change a widget's wording for their site (a municipality's own name for the
 * buurtteam, say). Widgets on the page show the new words at once.
 */
export function overrideStrings<T extends StringTable>(tables: StringTables<T>, lang: Lang, words: Partial<T>): void {
  Object.assign(tables[lang], words);
  changes++;
  hosts.forEach((host) => host.requestUpdate());
}

/** The English of tables made so far that nobody has asked for yet. */
const englishToLoad: (() => Promise<void>)[] = [];
let englishLoading: Promise<void> = Promise.resolve();

/**
 * A widget's tables from its Dutch words and a lazy import of its English ones: a Dutch page never
 * downloads English (1.1 KB min+gz of a finder session). Words a web team set before English
 * arrived stay theirs.
 */
export function stringTables<T extends StringTable>(nl: T, loadEnglish: () => Promise<{ en: T }>): StringTables<T> {
  const tables: StringTables<T> = { nl, en: {} };
  englishToLoad.push(async () => {
    Object.assign(tables.en, { ...(await loadEnglish()).en, ...tables.en });
  });
  return tables;
}

/**
 * Resolves once every table made so far has its English words; never rejects. A widget waits for
 * this before it renders in English, so it never shows Dutch first. If the words cannot be
 * loaded, the widget speaks Dutch.
 */
export function englishLoaded(): Promise<void> {
  if (englishToLoad.length > 0) {
    const loads = englishToLoad.splice(0).map((load) => load());
    englishLoading = Promise.all([englishLoading, ...loads]).then(
      () => undefined,
      (error: unknown) => console.warn('[wijkwijzer] could not load the English words; the widgets speak Dutch.', error),
    );
  }
  return englishLoading;
}
