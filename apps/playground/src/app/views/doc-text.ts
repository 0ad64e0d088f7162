import { html, nothing, type TemplateResult } from 'lit';
import { helpText, type HelpKind, type HelpText } from '../widget-help.js';
import type { DocEntry } from '../widget-spec.js';
import type { ViewContext } from './context.js';

/**
 * A help text (JSDoc style, with `code` in backticks) as text with `<code>`
 * spans. Lit escapes every piece, so nothing in it becomes markup. Marked with
 * its language where that is not the page's, so a screen reader pronounces the
 * manifest's English as English on a Dutch page.
 */
function docText(help: HelpText, context: ViewContext, id?: string): TemplateResult | typeof nothing {
  if (help.text.trim() === '') return nothing;
  const pieces = help.text.split('`').map((piece, index) => (index % 2 === 1 ? html`<code>${piece}</code>` : piece));
  return html`<p class="help" id=${id ?? nothing} lang=${help.lang === context.state.uiLang ? nothing : help.lang}>${pieces}</p>`;
}

/** The help for an attribute, custom property or event of the widget `tag`, in the playground's language where it has one. */
export function widgetDoc(context: ViewContext, kind: HelpKind, tag: string, entry: DocEntry, id?: string): TemplateResult | typeof nothing {
  return docText(helpText(context.t.widgetHelp, context.state.uiLang, kind, tag, entry), context, id);
}
