import type { HelpTable, UiLang, WidgetHelp } from './i18n.js';
import type { DocEntry } from './widget-spec.js';

export type HelpKind = keyof WidgetHelp;
export const HELP_KINDS: readonly HelpKind[] = ['attributes', 'cssProperties', 'events'];

/** The components' JSDoc, and so every description in the manifest, is written in English. */
export const MANIFEST_LANG: UiLang = 'en';

/** The key of a help text that holds for one widget only. */
export function widgetOwnKey(tag: string, name: string): string {
  return `${tag}:${name}`;
}

/** The entry of `table` that explains `name` on the widget `tag`: its own one, else the shared one. */
export function findHelp(table: HelpTable, tag: string, name: string): { key: string; text: string } | undefined {
  // Own keys only: a name such as `constructor` must not find Object.prototype.
  for (const key of [widgetOwnKey(tag, name), name]) {
    const text = Object.hasOwn(table, key) ? table[key] : undefined;
    if (text !== undefined) return { key, text };
  }
  return undefined;
}

/** A help text and the language it is written in. */
export interface HelpText {
  text: string;
  lang: UiLang;
}

/**
 * The help under something a widget documents: the playground's own words in
 * its language, else the manifest's English description (marked as English
 * where the page is not).
 */
export function helpText(help: WidgetHelp, uiLang: UiLang, kind: HelpKind, tag: string, entry: DocEntry): HelpText {
  const own = findHelp(help[kind], tag, entry.name);
  return own ? { text: own.text, lang: uiLang } : { text: entry.description, lang: MANIFEST_LANG };
}
