import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LocalizeController } from '../internal/localize.js';
import type { CommonStrings } from '../internal/strings.js';
import type { UitlegStrings } from './ketenaanpak-uitleg.strings.js';

/** The explainer's words in the language in force (its own and the shared ones), as every render module receives them. */
export type UitlegTerms = LocalizeController<UitlegStrings & CommonStrings>;

/** Heading levels the host page can choose, so the explainer fits into its outline. */
export type HeadingLevel = 2 | 3 | 4 | 5;

/** A real heading element at the level the page needs (`heading-level`), one lower for sub-sections. */
export function heading(level: number, text: string, part: string, id?: string): TemplateResult {
  switch (Math.min(Math.max(Math.round(level), 2), 6)) {
    case 2:
      return html`<h2 part=${part} id=${ifDefined(id)}>${text}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${ifDefined(id)}>${text}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${ifDefined(id)}>${text}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${ifDefined(id)}>${text}</h5>`;
    default:
      return html`<h6 part=${part} id=${ifDefined(id)}>${text}</h6>`;
  }
}

/**
 * The feed's texts are Dutch. When the interface speaks another language, the
 * elements holding feed text say so (`lang="nl"`), so a screen reader reads them
 * with Dutch pronunciation (WCAG 3.1.2). Undefined (no attribute) in Dutch.
 */
export function feedLang(lang: string): string | undefined {
  return lang === 'nl' ? undefined : 'nl';
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** "15 november 2026" for an ISO date from the feed; the date as given when it cannot be read. */
export function longDate(iso: string | undefined, lang: string): string {
  if (!iso) return '';
  const locale = lang === 'en' ? 'en-GB' : 'nl-NL';
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formatters.set(locale, formatter);
  }
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : formatter.format(date);
}
