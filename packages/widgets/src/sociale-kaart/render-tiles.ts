import { html, nothing, type TemplateResult } from 'lit';
import type { NeedName } from '@wijkwijzer/sdk/search';
import type { KaartTerms } from './kaart-terms.js';
import type { TaxonomyTerm } from './kaart-types.js';
import { sortedByName } from './sort-by-name.js';

/** How many tiles show before "Meer onderwerpen": enough to browse, few enough to scan. */
export const TILES_COLLAPSED = 12;

export interface TilesView {
  t: KaartTerms;
  needs: readonly TaxonomyTerm[];
  /** Each need's name for the reader (see the SDK's needNamesIn). */
  names: ReadonlyMap<string, NeedName>;
  expanded: boolean;
  onPick(need: TaxonomyTerm): void;
  onToggle(): void;
}

interface Tile extends NeedName {
  need: TaxonomyTerm;
}

// The feed's order is its id order; residents scan tiles by the names they read.
const sortedCache = new WeakMap<ReadonlyMap<string, NeedName>, Tile[]>();
function tilesOf(needs: readonly TaxonomyTerm[], names: ReadonlyMap<string, NeedName>): Tile[] {
  let sorted = sortedCache.get(names);
  if (!sorted) {
    sorted = sortedByName(needs.map((need) => ({ need, ...(names.get(need.id) ?? { name: need.name, lang: 'nl' as const }) })));
    sortedCache.set(names, sorted);
  }
  return sorted;
}

/** Need tiles, for residents who would rather point than type. */
export function renderTiles(view: TilesView): TemplateResult | typeof nothing {
  if (view.needs.length === 0) return nothing;
  const { t } = view;
  const sorted = tilesOf(view.needs, view.names);
  const visible = view.expanded ? sorted : sorted.slice(0, TILES_COLLAPSED);
  return html`
    <section part="tiles" class="tiles" aria-labelledby="kaart-tiles-title">
      <h2 class="section-title" id="kaart-tiles-title">${t.term('tilesTitle')}</h2>
      <ul class="tile-list" id="kaart-tile-list">
        ${visible.map(
          ({ need, name, lang }) => html`<li>
            <button part="tile" class="tile" type="button" data-need=${need.id} lang=${lang === t.lang ? nothing : lang} @click=${() => view.onPick(need)}>
              ${name}
            </button>
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
