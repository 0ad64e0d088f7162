import { html, nothing, type TemplateResult } from 'lit';
import type { OpeningState } from '@wijkwijzer/sdk/hours';
import type { NeedSuggestion } from '@wijkwijzer/sdk/search';
import { helpWords, nationalHelpLines, renderHelpLines, renderQuietHelp } from '../internal/help-lines.js';
import type { SearchHit } from '@wijkwijzer/sdk';
import type { DrawStep, FinderData, ShownResults } from './finder-data.js';
import type { ResultsView } from './render-view-switch.js';
import { hoursTarget } from './hours-target.js';
import { panelFilterCount, type KaartFilters } from './kaart-filters.js';
import type { KaartTerms } from './kaart-terms.js';
import type { Area, Service, TaxonomyTerm } from './kaart-types.js';
import type { NearPanel } from './near-panel.js';
import { renderDataNotices } from '../internal/notices.js';
import { renderSearchBox } from './render-search.js';
import { renderEmpty, renderFeedbackLink, renderProgress, renderSkeleton, renderWiden, type KaartProgress } from './render-states.js';

/** Result cards in the first frame after loading: a phone's first screen, about. */
const FIRST_DRAWN_RESULTS = 5;

/** What the resident can do in the finder. */
export interface FinderActions {
  input(event: Event): void;
  searchKeydown(event: KeyboardEvent): void;
  submit(event: Event): void;
  pickSuggestion(index: number): void;
  closeSuggestions(): void;
  removeNeed(): void;
  pickTile(need: TaxonomyTerm): void;
  toggleTiles(): void;
  changeFilters(patch: Partial<KaartFilters>): void;
  clearFilters(): void;
  widen(): void;
  reset(): void;
  showAll(): void;
  more(): void;
  open(service: Service): void;
  back(): void;
  detailKeydown(event: KeyboardEvent): void;
  /** Puts a service in the list, or takes it out. */
  save(service: Service): void;
  /** Shows the results as a list or on the map. */
  showView(view: ResultsView): void;
}

/** Everything the finder shows, as the element has it at this render. */
export interface FinderView {
  t: KaartTerms;
  feed: string;
  feedbackHref: string | undefined;
  professional: boolean;
  routeOrder: boolean;
  /** The moment to judge opening hours at; undefined: now. */
  now: Date | undefined;
  search: { query: string; filters: KaartFilters; progress: KaartProgress | undefined };
  suggestions: { suggestions: readonly NeedSuggestion[]; active: number; open: boolean };
  /** Undefined while the feed loads. */
  loaded: FinderData | undefined;
  /** Undefined until the feed's first results are in. */
  results: ShownResults | undefined;
  /**
   * Whether results show. Before a question the finder shows the search box, the topics and a
   * button to see every service: the results of its first search wait for the resident to ask.
   */
  asked: boolean;
  areas: readonly Area[];
  areaProblem: { asked: string; gemeente?: string } | undefined;
  languages: readonly string[];
  drawStep: DrawStep;
  shown: number;
  tilesExpanded: boolean;
  /** The service whose details show in place of the list. */
  detail: { service: Service | undefined; organizationName: string | undefined };
  openState(service: Service): OpeningState | undefined;
  hasAvailability(serviceId: string): boolean;
  figurePlaces(serviceId: string): readonly string[];
  /** Whether a service is in the list. */
  saved(serviceId: string): boolean;
  /** "Hulp dichtbij", once the feed's data is in. */
  near: NearPanel | undefined;
  /** The results on the map, while they show on it; undefined: in a list. */
  map: ((hits: readonly SearchHit[]) => TemplateResult) | undefined;
  on: FinderActions;
}

/** The finder with its data: search, tiles, filters and results, and a service's details in their place. */
export function renderFinder(view: FinderView): TemplateResult {
  const { t, loaded, results } = view;
  const { query, filters, progress } = view.search;
  const selected = view.detail.service;
  const ready = loaded && results ? { loaded, results } : undefined;
  // The filters narrow results down: before there are results they would be a form to fill in first.
  const shown = ready && view.asked ? ready : undefined;
  const needName = filters.need ? ((loaded && namesFor(view, loaded).get(filters.need)?.name) ?? filters.need) : undefined;
  return html`
    <div class="finder" ?hidden=${selected !== undefined}>
      ${renderSearchBox({
        t,
        query,
        maxLength: loaded?.tools.MAX_QUERY_LENGTH,
        suggestions: view.suggestions.suggestions,
        active: view.suggestions.active,
        open: view.suggestions.open,
        needName,
        onInput: view.on.input,
        onKeydown: view.on.searchKeydown,
        onSubmit: view.on.submit,
        onPick: view.on.pickSuggestion,
        onBlur: view.on.closeSuggestions,
        onRemoveNeed: view.on.removeNeed,
      })}
      ${results?.help?.tier === 'acute'
        ? // Right under the question a resident in crisis typed: on a phone the topics and filters fill the first screen.
          renderHelpLines(results.help.lines, helpWords(view.t, loaded?.manifest.sample === true), 'kaart-crisis-title')
        : nothing}
      ${ready && !query.trim() && !filters.need ? renderTiles(view, ready.loaded) : nothing}
      ${shown
        ? shown.loaded.tools.renderFilters({
            t,
            filters,
            areas: view.areas,
            targetGroups: shown.loaded.targetGroups,
            languages: view.languages,
            languageNames: view.drawStep === 'named',
            areaList: view.drawStep !== 'first',
            activeCount: panelFilterCount(filters),
            onChange: view.on.changeFilters,
            onClear: view.on.clearFilters,
          })
        : nothing}
      ${shown && view.near ? view.near.render() : nothing}
      <section part="results" class=${ready && !shown ? 'results question' : 'results'} aria-labelledby="kaart-count" aria-busy=${ready ? 'false' : 'true'}>
        ${renderNotices(view)}
        <p part="count" class="count" id="kaart-count" role="status" aria-live="polite" aria-atomic="true" tabindex="-1">
          ${shown ? countText(t, shown.results) : ''}
        </p>
        ${progress ? renderProgress(t, progress) : nothing}
        ${shown ? renderResultsBody(view, shown.loaded, shown.results) : ready ? renderShowAll(view, ready.results) : renderSkeleton(view.t.term('loading'))}
        ${shown && filters.area ? renderWiden(t, view.on.widen) : nothing}
      </section>
      ${renderFeedback(view)}
    </div>
    ${selected && loaded
      ? loaded.tools.renderDetail({
          notices: renderNotices(view, false),
          t,
          lang: t.lang,
          feed: view.feed,
          service: selected,
          organizationName: view.detail.organizationName,
          week: loaded.tools.weekSchedule(hoursTarget(selected), view.now ?? new Date(), t.lang),
          professional: view.professional,
          hasAvailability: view.hasAvailability(selected.id),
          figurePlaces: view.figurePlaces(selected.id),
          now: view.now,
          feedbackHref: view.feedbackHref,
          onBack: view.on.back,
          onKeydown: view.on.detailKeydown,
          saved: view.saved(selected.id),
          onSave: view.on.save,
        })
      : nothing}
  `;
}

/**
 * What the reader must know about the data: made up (sample), maybe out of date (stale), or not
 * for the area the snippet asked for (list view only). Shown with the results and in the detail
 * view: it arrives with the data, so it never pushes the search box down.
 */
function renderNotices(view: FinderView, withArea = true): TemplateResult {
  const problem = withArea ? view.areaProblem : undefined;
  const areaText = problem
    ? problem.gemeente
      ? view.t.term('wijkUnknown', problem.asked, problem.gemeente)
      : view.t.term('areaUnknown', problem.asked)
    : '';
  return html`
    ${renderDataNotices({ sample: view.loaded?.manifest.sample, stale: view.results?.stale, sampleText: view.t.term('sampleNotice'), staleText: view.t.term('staleNotice') })}
    ${areaText ? html`<p part="notice" class="notice">${areaText}</p>` : nothing}
  `;
}

/**
 * The needs' names: the feed's own until the first results are all drawn; then, on an English
 * page, the English ones, whose linking to the thesaurus is work the first results do not wait for.
 */
function namesFor(view: FinderView, { tools, taxonomy }: FinderData): ReturnType<FinderData['tools']['needNamesIn']> {
  return tools.needNamesIn(taxonomy, view.drawStep === 'named' ? view.t.lang : 'nl');
}

function countText(t: KaartTerms, { hits, help }: ShownResults): string {
  return help?.tier === 'acute' ? t.term('resultCountWithCrisis', hits.length) : t.term('resultCount', hits.length);
}

function renderTiles(view: FinderView, loaded: FinderData): TemplateResult | typeof nothing {
  const { t } = view;
  return loaded.tools.renderTiles({ t, needs: loaded.needs, names: namesFor(view, loaded), expanded: view.tilesExpanded, onPick: view.on.pickTile, onToggle: view.on.toggleTiles });
}

/** Before a question: every service of the finder's area, for a resident who would rather look through them all. */
function renderShowAll(view: FinderView, { hits }: ShownResults): TemplateResult | typeof nothing {
  return hits.length === 0
    ? nothing
    : html`<button part="show-all-button" class="button button-secondary show-all" type="button" @click=${view.on.showAll}>
        ${view.t.term('showAll', hits.length)}
      </button>`;
}

function renderResultsBody(view: FinderView, loaded: FinderData, { hits, help }: ShownResults): TemplateResult {
  const { t, near, map } = view;
  const routeOrder = view.routeOrder && !near?.oneList;
  return html`
    ${hits.length === 0
      ? renderNothingFound(view, loaded, help)
      : html`${loaded.tools.renderViewSwitch(t, map ? 'map' : 'list', view.on.showView)}${map ? map(hits) : loaded.tools.renderResults({
          t,
          feed: view.feed,
          // Grouped only once results show: before a question the first search's hits are only counted.
          entries: loaded.tools.resultEntries(hits, routeOrder, view.search.filters.area),
          total: hits.length,
          shown: view.shown,
          drawn: view.drawStep === 'first' ? FIRST_DRAWN_RESULTS : Number.POSITIVE_INFINITY,
          routeOrder,
          distance: (service) => near?.distanceText(service),
          professional: view.professional,
          openState: view.openState,
          hasAvailability: view.hasAvailability,
          now: view.now,
          onOpen: view.on.open,
          onMore: view.on.more,
          saved: view.saved,
          onSave: view.on.save,
        })}`}
    ${help?.tier === 'informational' ? renderQuietHelp(help.lines, helpWords(view.t)) : nothing}
  `;
}

/**
 * Nothing found for words the resident typed: say so, offer the topics to point at instead, and
 * the national help lines in one quiet line (acute ones already show above).
 */
function renderNothingFound(view: FinderView, loaded: FinderData, help: ShownResults['help']): TemplateResult {
  const { t } = view;
  const { query, filters } = view.search;
  const typed = query.trim() !== '' && filters.need === undefined;
  return html`
    ${renderEmpty({ t, filtered: panelFilterCount(filters) > 0 || filters.need !== undefined, onReset: view.on.reset })}
    ${typed ? renderTiles(view, loaded) : nothing}
    ${typed && help === undefined ? renderQuietHelp(nationalHelpLines(t.lang), helpWords(view.t)) : nothing}
  `;
}

function renderFeedback(view: FinderView): TemplateResult | typeof nothing {
  const link = renderFeedbackLink(view.feedbackHref, view.t.term('feedback'));
  return link === nothing ? nothing : html`<p class="feedback">${link}</p>`;
}
