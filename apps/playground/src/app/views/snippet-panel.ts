import { html, nothing, type TemplateResult } from 'lit';
import { themeCss } from '../snippet.js';
import type { ViewContext } from './context.js';

function originOf(url: string | undefined): string {
  if (!url) return '…';
  try {
    return new URL(url).origin;
  } catch {
    return '…';
  }
}

/** Rows enough to show the whole text without a scrollbar, within reason. */
function rowsFor(text: string): number {
  return Math.min(14, Math.max(3, text.split('\n').length + 1));
}

export function snippetPanel(context: ViewContext): TemplateResult {
  const { t, state, derived } = context;
  const copyStatus = state.copy === 'copied' ? t.copied : state.copy === 'failed' ? t.copyFailed : '';
  const nldsCss = state.preset === 'nlds' ? themeCss(':root', derived.theme.page) : '';
  return html`<section class="panel" aria-labelledby="snippet-heading">
    <h2 id="snippet-heading">${t.snippetHeading}</h2>
    <p class="help" id="snippet-help">${t.snippetHelp}</p>
    <label for="snippet">${t.snippetLabel}</label>
    <textarea id="snippet" class="code" readonly spellcheck="false" rows=${rowsFor(derived.snippet)} aria-describedby="snippet-help" .value=${derived.snippet}></textarea>
    ${derived.integrity ? nothing : html`<p class="error">${t.noIntegrity}</p>`}
    <div class="copy-row">
      <button type="button" id="copy-snippet" @click=${() => context.actions.copySnippet(document.querySelector<HTMLTextAreaElement>('#snippet'))}>
        ${t.copy}
      </button>
      <p id="copy-status" class=${`copy-status ${state.copy}`} role="status">${copyStatus}</p>
    </div>
    ${derived.css
      ? html`<h3>${t.cssHeading}</h3>
          <p class="help" id="css-help">${t.cssHelp}</p>
          <label for="snippet-css">${t.cssLabel}</label>
          <textarea id="snippet-css" class="code" readonly spellcheck="false" rows=${rowsFor(derived.css)} aria-describedby="css-help" .value=${derived.css}></textarea>`
      : nothing}
    ${nldsCss
      ? html`<h3>${t.nldsCssHeading}</h3>
          <p class="help" id="nlds-help">${t.nldsCssHelp}</p>
          <label for="nlds-css">${t.cssLabel}</label>
          <textarea id="nlds-css" class="code" readonly spellcheck="false" rows=${rowsFor(nldsCss)} aria-describedby="nlds-help" .value=${nldsCss}></textarea>`
      : nothing}
    <h3>${t.cspHeading}</h3>
    <p class="help">${t.cspHelp(originOf(derived.feedUrl), originOf(state.cdnBase))}</p>
  </section>`;
}
