import { html, type TemplateResult } from 'lit';
import type { KaartTerms } from './kaart-terms.js';

/** How the results show: the list (first, and the fullest) or the map. */
export type ResultsView = 'list' | 'map';

/** "Lijst" and "Kaart", two buttons of which the pressed one is the view in force. */
export function renderViewSwitch(t: KaartTerms, shown: ResultsView, onChange: (view: ResultsView) => void): TemplateResult {
  return html`<div part="view-switch" class="view-switch" role="group" aria-label=${t.term('viewSwitch')}>
    ${(['list', 'map'] as const).map(
      (view) =>
        html`<button part="view-button" class="button button-secondary" type="button" id=${`kaart-view-${view}`} aria-pressed=${view === shown} @click=${() => onChange(view)}>
          ${t.term(view === 'list' ? 'viewList' : 'viewMap')}
        </button>`,
    )}
  </div>`;
}
