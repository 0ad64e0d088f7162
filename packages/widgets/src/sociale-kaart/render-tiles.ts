import { html, nothing, type TemplateResult } from 'lit';
import type { KaartTerms } from './kaart-terms.js';
import type { TaxonomyTerm } from './kaart-types.js';
import { sortedByName } from './sort-by-name.js';

/** How many tiles show before "Meer onderwerpen": enough to browse, few enough to scan. */
export const TILES_COLLAPSED = 12;

export interface TilesView {
  t: KaartTerms;
  needs: readonly TaxonomyTerm[];
  expanded: boolean;
  onPick(need: TaxonomyTerm): void;
  onToggle(): void;
}

// The feed's order is its id order; residents scan tiles by name.
const sortedCache = new WeakMap<readonly TaxonomyTerm[], TaxonomyTerm[]>();
function byName(needs: readonly TaxonomyTerm[]): TaxonomyTerm[] {
  let sorted = sortedCache.get(needs);
  if (!sorted) {
    sorted = sortedByName(needs);
    sortedCache.set(needs, sorted);
  }
  return sorted;
}

/** Need tiles, for residents who would rather point than type. */
export function renderTiles(view: TilesView): TemplateResult | typeof nothing {
  if (view.needs.length === 0) return nothing;
  const { t } = view;
  const sorted = byName(view.needs);
  const visible = view.expanded ? sorted : sorted.slice(0, TILES_COLLAPSED);
  return html`
    <section part="tiles" class="tiles" aria-labelledby="kaart-tiles-title">
      <h2 class="section-title" id="kaart-tiles-title">${t.term('tilesTitle')}</h2>
      <ul class="tile-list" id="kaart-tile-list">
        ${visible.map(
          (need) => html`<li>
            <button part="tile" class="tile" type="button" data-need=${need.id} @click=${() => view.onPick(need)}>${need.name}</button>
          </li>`,
        )}
      </ul>
      ${view.needs.length > TILES_COLLAPSED
        ? html`<button class="button button-link" type="button" aria-expanded=${view.expanded ? 'true' : 'false'} aria-controls="kaart-tile-list" @click=${view.onToggle}>
            ${view.expanded ? t.term('tilesFewer') : t.term('tilesMore')}
          </button>`
        : nothing}
    </section>
  `;
}
