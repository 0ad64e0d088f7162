import { html, type TemplateResult } from 'lit';
import type { View } from '../state.js';
import { checkView } from './check-view.js';
import { configureView } from './configure-view.js';
import type { ViewContext } from './context.js';

/** The two views are addressed by fragment, so the browser's back button and bookmarks work. */
export const VIEW_HASH: Readonly<Record<View, string>> = { configure: '#instellen', check: '#controleren' };

export function layout(context: ViewContext): TemplateResult {
  const { t, state } = context;
  const other = state.uiLang === 'nl' ? 'en' : 'nl';
  const navLink = (view: View, words: string): TemplateResult =>
    html`<li><a href=${VIEW_HASH[view]} aria-current=${state.view === view ? 'page' : 'false'}>${words}</a></li>`;
  return html`<a class="skip-link" href="#main">${t.skipLink}</a>
    <header class="site-header">
      <div class="title">
        <h1>${t.title}</h1>
        <p class="tagline">${t.tagline}</p>
      </div>
      <button type="button" class="secondary" id="ui-lang" lang=${other} aria-label=${t.switchLanguageLabel} @click=${() => context.actions.setUiLang(other)}>
        ${t.switchLanguage}
      </button>
    </header>
    <nav aria-label=${t.navLabel}>
      <ul>
        ${navLink('configure', t.navConfigure)} ${navLink('check', t.navCheck)}
      </ul>
    </nav>
    <main id="main" tabindex="-1">${state.view === 'configure' ? configureView(context) : checkView(context)}</main>
    <footer><p>${t.footer}</p></footer>`;
}
