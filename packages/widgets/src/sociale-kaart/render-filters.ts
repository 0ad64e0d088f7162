import { html, nothing, type TemplateResult } from 'lit';
import type { KaartFilters } from './kaart-filters.js';
import type { KaartTerms } from './kaart-terms.js';
import type { Area, TaxonomyTerm } from './kaart-types.js';
import { languageName } from './service-facts.js';
import { sortedByName } from './sort-by-name.js';

export interface FiltersView {
  t: KaartTerms;
  filters: KaartFilters;
  areas: readonly Area[];
  targetGroups: readonly TaxonomyTerm[];
  languages: readonly string[];
  /** False until the reader's language names are loaded (see SocialeKaart.drawInSteps): codes stand in. */
  languageNames: boolean;
  /** False on the first frame of results (see SocialeKaart.drawInSteps): the area choice lists only the chosen area. */
  areaList: boolean;
  activeCount: number;
  onChange(patch: Partial<KaartFilters>): void;
  onClear(): void;
}

interface AreaTree {
  gemeente: Area;
  wijken: Area[];
}

// The area list only changes with the feed; sorting it on every keystroke is waste.
const trees = new WeakMap<readonly Area[], AreaTree[]>();

function areaTree(areas: readonly Area[]): AreaTree[] {
  let tree = trees.get(areas);
  if (!tree) {
    const wijkenOf = new Map<string, Area[]>();
    for (const area of areas) {
      if (area.kind !== 'wijk') continue;
      for (const parent of area.parent_ids ?? []) {
        const list = wijkenOf.get(parent);
        if (list) list.push(area);
        else wijkenOf.set(parent, [area]);
      }
    }
    tree = sortedByName(areas.filter((area) => area.kind === 'gemeente')).map((gemeente) => ({
      gemeente,
      wijken: sortedByName(wijkenOf.get(gemeente.id) ?? []),
    }));
    trees.set(areas, tree);
  }
  return tree;
}

/**
 * Past this many options a list is no longer read but scrolled, and building it stalls a phone
 * (a national feed has about 5,000 wijken): wijken are then listed for the chosen gemeente only.
 */
export const MAX_AREA_OPTIONS = 300;

/**
 * The gemeenten to offer, each with the wijken to offer under it: all of them in a region small
 * enough (see MAX_AREA_OPTIONS), else only those of the gemeente the chosen area lies in.
 */
export function areaChoices(areas: readonly Area[], selected: string | undefined): AreaTree[] {
  const tree = areaTree(areas);
  if (tree.reduce((sum, { wijken }) => sum + 1 + wijken.length, 0) <= MAX_AREA_OPTIONS) return tree;
  return tree.map(({ gemeente, wijken }) => ({ gemeente, wijken: gemeente.id === selected || wijken.some(({ id }) => id === selected) ? wijken : [] }));
}

/**
 * The area choice: every gemeente, and under a gemeente that has wijken an
 * option group with the whole gemeente first and then its wijken.
 */
function areaOptions(view: FiltersView): TemplateResult[] {
  const selected = view.filters.area;
  return areaChoices(view.areas, selected).map(({ gemeente, wijken }) => {
    if (wijken.length === 0) return html`<option value=${gemeente.id} .selected=${selected === gemeente.id}>${gemeente.name}</option>`;
    return html`<optgroup label=${gemeente.name}>
      <option value=${gemeente.id} .selected=${selected === gemeente.id}>${view.t.term('filterAreaWhole', gemeente.name)}</option>
      ${wijken.map((wijk) => html`<option value=${wijk.id} .selected=${selected === wijk.id}>${wijk.name.replace(/\s*\([^)]*\)\s*$/, '')}</option>`)}
    </optgroup>`;
  });
}

/**
 * The chosen area as the only option: on the first frame, so that a list of hundreds of
 * gemeenten does not hold up the first results; and always for an area of another kind that a
 * snippet chose (a kern, a subregio), to keep it selectable.
 */
function chosenAreaOption(view: FiltersView): TemplateResult | typeof nothing {
  const area = view.areas.find((each) => each.id === view.filters.area);
  if (!area || (view.areaList && (area.kind === 'gemeente' || area.kind === 'wijk'))) return nothing;
  return html`<option value=${area.id} selected>${area.name}</option>`;
}

const selectValue = (event: Event): string | undefined => (event.target as HTMLSelectElement).value || undefined;
const checked = (event: Event): boolean => (event.target as HTMLInputElement).checked;

export function renderFilters(view: FiltersView): TemplateResult {
  const { t, filters } = view;
  return html`
    <fieldset part="filters" class="filters">
      <legend class="section-title">${t.term('filtersTitle')}</legend>
      <div class="filter-grid">
        ${view.areas.length > 0
          ? html`<div class="field">
              <label for="kaart-area">${t.term('filterArea')}</label>
              <select id="kaart-area" @change=${(event: Event) => view.onChange({ area: selectValue(event) })}>
                <option value="" .selected=${!filters.area}>${t.term('filterAreaAll')}</option>
                ${chosenAreaOption(view)} ${view.areaList ? areaOptions(view) : nothing}
              </select>
            </div>`
          : nothing}
        ${view.targetGroups.length > 0
          ? html`<div class="field">
              <label for="kaart-target-group">${t.term('filterTargetGroup')}</label>
              <select id="kaart-target-group" @change=${(event: Event) => view.onChange({ targetGroup: selectValue(event) })}>
                <option value="" .selected=${!filters.targetGroup}>${t.term('filterTargetGroupAll')}</option>
                ${view.targetGroups.map((group) => html`<option value=${group.id} .selected=${filters.targetGroup === group.id}>${group.name}</option>`)}
              </select>
            </div>`
          : nothing}
        ${view.languages.length > 1
          ? html`<div class="field">
              <label for="kaart-language">${t.term('filterLanguage')}</label>
              <select id="kaart-language" @change=${(event: Event) => view.onChange({ language: selectValue(event) })}>
                <option value="" .selected=${!filters.language}>${t.term('filterLanguageAll')}</option>
                ${view.languages.map((code) => html`<option value=${code} .selected=${filters.language === code}>${view.languageNames ? languageName(code, t) : code}</option>`)}
              </select>
            </div>`
          : nothing}
        <div class="checks">
          <label class="check"
            ><input id="kaart-free" type="checkbox" .checked=${filters.free} @change=${(event: Event) => view.onChange({ free: checked(event) })} />
            ${t.term('filterFree')}</label
          >
          <label class="check"
            ><input id="kaart-no-referral" type="checkbox" .checked=${filters.noReferral} @change=${(event: Event) => view.onChange({ noReferral: checked(event) })} />
            ${t.term('filterNoReferral')}</label
          >
          <label class="check"
            ><input id="kaart-open-now" type="checkbox" .checked=${filters.openNow} @change=${(event: Event) => view.onChange({ openNow: checked(event) })} />
            ${t.term('filterOpenNow')}</label
          >
        </div>
      </div>
      ${view.activeCount > 0 ? html`<button class="button button-link" type="button" @click=${view.onClear}>${t.term('filtersClear')}</button>` : nothing}
    </fieldset>
  `;
}
