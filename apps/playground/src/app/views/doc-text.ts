import { html, nothing, type TemplateResult } from 'lit';
import type { UiLang } from '../i18n.js';

/**
 * A description from the manifest (JSDoc, in English, with `code` in backticks)
 * as text with `<code>` spans. Lit escapes every piece, so nothing in the JSDoc
 * becomes markup. Marked `lang="en"` on a Dutch page, so a screen reader
 * pronounces it as English.
 */
export function docText(text: string, uiLang: UiLang, id?: string): TemplateResult | typeof nothing {
  if (text.trim() === '') return nothing;
  const pieces = text.split('`').map((piece, index) => (index % 2 === 1 ? html`<code>${piece}</code>` : piece));
  return html`<p class="help" id=${id ?? nothing} lang=${uiLang === 'en' ? nothing : 'en'}>${pieces}</p>`;
}
