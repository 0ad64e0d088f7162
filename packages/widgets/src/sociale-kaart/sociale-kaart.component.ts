import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { GeoPoint, SearchHit, SearchResults } from '@wijkwijzer/sdk';
import type { Geocoder } from '@wijkwijzer/sdk/geo';
import { renderError, renderNotice } from '../internal/feed-states.js';
import { noticeStyles } from '../internal/notices.js';
import { helpLineStyles, helpWords, nationalHelpLines, renderHelpLines } from '../internal/help-lines.js';
import { printStyles } from '../internal/print-styles.js';
import { baseStyles, tokens } from '../internal/tokens.js';
import { WijkwijzerElement } from '../internal/wijkwijzer-element.js';
import { areaHint } from '@wijkwijzer/sdk/areas';
import { nextTask } from '../internal/next-task.js';
import { AUDIENCE_INPUT, DATE_INPUT, readAs } from '../internal/property-input.js';
import { collectLanguages, configuredArea, loadFinderData, type AreaProblem, type DrawStep, type FinderData, type ShownResults } from './finder-data.js';
import { SavedList, sharedListIds } from './client-list.js';
import { DEFAULT_ON_INPUT, DEFAULT_PAGE_SIZE, defaultOnReflection, LIST_STORAGE_INPUT, PAGE_SIZE_INPUT, RADIUS_INPUT, SORT_INPUT, type KaartSort } from './kaart-attributes.js';
import { NO_FILTERS, panelFilterCount, sdkFilters, type KaartFilters } from './kaart-filters.js';
import { KaartSearch } from './kaart-search.js';
import type { Area, Service, TaxonomyTerm } from './kaart-types.js';
import type { LazyPart } from './lazy-part.js';
import type { ListPanel } from './list-panel.js';
import type { NearPanel } from './near-panel.js';
import type { MapPanel } from './map-panel.js';
import type { ResultsView } from './render-view-switch.js';
import { NeedCombobox } from './need-combobox.js';
import { renderFinder, type FinderActions } from './render-finder.js';
import { renderListButton } from './render-save.js';
import { renderFeedbackLink } from './render-states.js';
import { ResultFacts } from './result-facts.js';
import { ServiceDetail } from './service-detail.js';
import { styles } from './sociale-kaart.styles.js';
import { KAART_STRINGS } from './sociale-kaart.strings.js';

/** What the console says when the feed's data or a search over it fails. */
const LOAD_FAILED = 'could not load the feed.';

/**
 * @tag sociale-kaart
 * @summary The sociale kaart: a finder for care and support in the region, in route
 * order (self-help and help from people around you before formal care), with search in
 * residents' own words, need tiles, filters and a detail view with every way to get in touch.
 *
 * @event {CustomEvent<{ query: string; filters: Record<string, string | boolean | string[]> }>} wijkwijzer-search -
 *   The resident searched or changed a filter (after typing pauses). `filters` uses the SDK's
 *   filter names: `need`, `area`, `targetGroup`, `language`, `cost`, `referral`, `openNow`.
 *   Not emitted when properties are set from code.
 * @event {CustomEvent<{ serviceId: string }>} wijkwijzer-service-select - The resident opened a service's details.
 * @event {CustomEvent<{ serviceIds: string[] }>} wijkwijzer-list-change - The resident saved a service to the list
 *   ("Bewaar"), removed one or emptied the list; `serviceIds` is the list now, in order. Not emitted when
 *   `savedServices` is set from code, nor when the list is restored from a shared link or sessionStorage.
 * @event {CustomEvent<{ code: string; message: string }>} wijkwijzer-error - The feed could not be loaded
 *   (the widget shows a message with a retry button) or a part could not be shown.
 *
 * @csspart base - The whole widget.
 * @csspart sample-notice - The notice that the feed holds made-up sample data.
 * @csspart stale-notice - The notice that the data may be out of date (the feed could not be refreshed).
 * @csspart notice - Other notices, such as an unknown area in the snippet.
 * @csspart search - The search form.
 * @csspart search-input - The search box.
 * @csspart search-button - The search button.
 * @csspart suggestions - The list of suggested needs under the search box.
 * @csspart need-chip - The chosen need, with a button to remove it.
 * @csspart tiles - The need tiles section.
 * @csspart tile - One need tile (a button).
 * @csspart filters - The filter panel.
 * @csspart results - The results region (count, help lines, list, states).
 * @csspart count - The result count, announced to screen readers.
 * @csspart crisis - The "Direct hulp nodig?" block with national help lines: before the results for a
 *   query that signals a crisis, and on every failure screen (they need no feed).
 * @csspart help-phone - One number in the help-line block, with its own cost and hours.
 * @csspart crisis-quiet - The quiet "Direct hulp nodig?" line under the results of a query about a
 *   crisis topic that is no emergency ("reanimatiecursus").
 * @csspart route-group - The results of one route step.
 * @csspart route-heading - A route step heading ("Zelf doen", "Professionele hulp", …).
 * @csspart result - One result.
 * @csspart result-button - The button with a result's name that opens its details.
 * @csspart open-state - "Nu open · sluit om 17:00" on a result.
 * @csspart phone-link - A phone number (a `tel:` link).
 * @csspart waiting-badge - The waiting-time badge (`<wachttijd-badge>`) of a result or detail view.
 * @csspart place-group - One result for a service offered in several places: its name without the place, and a
 *   button per place (also `result`; each place button is a `result-button`).
 * @csspart show-all-button - "Bekijk alle … diensten", before any question: shows every service.
 * @csspart more-button - The "Meer tonen" button.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart progress - How much of the data a search waits for has arrived (kB of total, or parts of a feed in parts).
 * @csspart widen-button - "Zoek in de hele regio": searches the whole region instead of the chosen area.
 * @csspart empty - The message when nothing matches.
 * @csspart error - The message when the feed cannot be loaded.
 * @csspart retry-button - The retry button in the error message.
 * @csspart detail - The detail view of one service.
 * @csspart back-button - The "Terug naar resultaten" button.
 * @csspart professional - The professionals' section of the detail view (referral route, contact roles).
 * @csspart feedback-link - The "Klopt er iets niet?" link.
 * @csspart save-toggle - "Bewaar" on a result and in the detail view: puts the service in the list (`aria-pressed`).
 * @csspart list-button - "Mijn lijst (3)": opens the list; there once something is saved.
 * @csspart list - The list view: the saved services with their phone, address and hours, to print or share.
 * @csspart list-remove - "Verwijder" beside a service in the list.
 * @csspart list-print - "Print de lijst".
 * @csspart list-share - "Deel als link": copies a link that holds the services' ids only.
 * @csspart list-clear - "Maak de lijst leeg".
 * @csspart near - "Hulp dichtbij" with the results: the postcode field, "Bij mij in de buurt", and once a point is known the distance and order.
 * @csspart postcode-input - The postcode field ("Je postcode").
 * @csspart postcode-button - "Zoek dichtbij": looks the postcode up.
 * @csspart near-button - "Bij mij in de buurt": asks the browser where the resident is, only when pressed.
 * @csspart near-status - Where distances are measured from, or why there is no point (refused, unknown postcode); announced.
 * @csspart distance - "1,2 km van je af" or "Online of telefonisch" on a result, once a point is known.
 * @csspart view-switch - "Lijst" and "Kaart" above the results: how they show (the list by default).
 * @csspart view-button - One of those two buttons (`aria-pressed`).
 * @csspart map - The map of the results (loaded the first time "Kaart" is chosen), without a background unless `tiles` is set.
 * @csspart map-marker - A result's button on the map, named after its service.
 *
 * @cssproperty --wijkwijzer-color-positive - "Nu open" on a result; default a green mixed with the text colour (#1d6b33 on the default light colours).
 * @cssproperty --wijkwijzer-color-warning - The sample and outdated-data notices; default an orange mixed with the text colour (#8f3b00 on the default light colours).
 * @cssproperty --wijkwijzer-color-critical - The help-lines block and errors; default a red mixed with the text colour (#a3222b on the default light colours).
 * @cssproperty --sociale-kaart-results-min-height - Space kept for results so the page does not jump while they load; default 20rem.
 */
export class SocialeKaart extends WijkwijzerElement {
  static override styles = [tokens, baseStyles, noticeStyles, styles, helpLineStyles, printStyles];

  /**
   * The gemeente to show help for, by name or id: `utrecht` or `gm-utrecht`. Case,
   * accents and punctuation do not matter. An unknown name shows a message and the whole region.
   */
  @property({ reflect: true }) gemeente?: string;

  /**
   * The wijk to show help for, by name or id: `overvecht` or `wk-utrecht-overvecht`;
   * looked up within `gemeente` when both are given.
   */
  @property({ reflect: true }) wijk?: string;

  /** Any area of the feed by its id (`gm-utrecht`, `kern-maarssen`, …); wins over `gemeente` and `wijk`. */
  @property({ reflect: true }) area?: string;

  /** A need (hulpvraag) to start with, by its taxonomy id, e.g. `need-eenzaamheid`. */
  @property({ reflect: true }) need?: string;

  /**
   * Who reads it: `inwoner` (residents; default) or `professional` (shows every service
   * plus referral routes and contact roles).
   */
  @readAs(AUDIENCE_INPUT) @property({ reflect: true }) audience: 'inwoner' | 'professional' = 'inwoner';

  /** How many results to show at a time (1–200, default 20); "Meer tonen" shows the next page. */
  @readAs(PAGE_SIZE_INPUT) @property({ reflect: true }) limit: number = 20;

  /**
   * Groups results under route steps, self-help first (Zelf doen, Samen met je netwerk,
   * Hulp van ervaringsdeskundigen, Hulp van vrijwilligers, Professionele hulp). On by
   * default; `route-order="false"` shows one list by relevance.
   */
  @readAs(DEFAULT_ON_INPUT) @property({ attribute: 'route-order', reflect: true, converter: defaultOnReflection }) routeOrder = true;

  /**
   * Mirrors the search, the filters and the open service in the page URL (parameters
   * starting with `wk-`), so a resident can share or bookmark it. Off by default; use it
   * on one finder per page.
   */
  @property({ attribute: 'url-state', type: Boolean, reflect: true }) urlState = false;

  /**
   * Shows every service at once, before any question: for a page that lists what a wijk offers. Off
   * by default: the finder starts with the question and the topics, and shows results once a
   * resident searches, picks a topic or a filter, or asks to see them all ("Bekijk alle … diensten").
   * A `need` shows its results at once either way.
   */
  @property({ attribute: 'show-all', type: Boolean, reflect: true }) showAll = false;

  /** Where "Klopt er iets niet?" links to (http, https, mailto or tel). No link without it. */
  @property({ attribute: 'feedback-href', reflect: true }) feedbackHref?: string;

  /**
   * Where the list of saved services ("Bewaar", "Mijn lijst") is kept besides this tab's memory:
   * `none` (default: nothing is stored) or `session` (sessionStorage: it survives a reload and is
   * gone when the tab closes). Nothing is ever sent anywhere.
   */
  @readAs(LIST_STORAGE_INPUT) @property({ attribute: 'list-storage', reflect: true }) listStorage: 'none' | 'session' = 'none';

  /**
   * A postcode to measure distances from (`3511` or `3511 AB`), as if the resident typed it: results
   * show how far away they are, nearest first within each route step. Looked up in the feed's
   * postcode areas (contract 1.2), or by `geocoder`. With `url-state` only its four digits go in
   * the URL (`wk-postcode`). A "Bij mij in de buurt" position is never an attribute nor in the URL.
   */
  @property({ reflect: true }) postcode?: string;

  /**
   * Once a point is known (postcode or "Bij mij in de buurt"): only help within 1, 3, 5 or 10 km,
   * and help without a place to go to (online, by phone). Absent or `hele-regio`: the whole region.
   */
  @readAs(RADIUS_INPUT) @property({ reflect: true }) radius: number | undefined;

  /**
   * Once a point is known: `route` (default) keeps the route steps, nearest first within each;
   * `distance` shows one list, nearest first.
   */
  @readAs(SORT_INPUT) @property({ reflect: true }) sort: KaartSort = 'route';

  /**
   * Turns a postcode into a point, instead of the feed's postcode areas: for instance the SDK's
   * PDOK adapter (`createPdokGeocoder` from `@wijkwijzer/sdk/pdok`), which sends the postcode to
   * api.pdok.nl. Without it nothing leaves the page.
   */
  @property({ attribute: false }) geocoder?: Geocoder;

  /**
   * A URL template for the map's background tiles, `https://…/{z}/{x}/{y}.png` in Web Mercator
   * (EPSG:3857), such as PDOK's BRT-Achtergrondkaart. Without it the map has no background and asks
   * no server for anything, so no one else learns where a resident looks. The page's CSP must
   * allow the tile host in `img-src`.
   */
  @property({ reflect: true }) tiles?: string;

  /** The credit the tiles' licence asks for, shown under the map with them: `Kaartgegevens © Kadaster`. */
  @property({ attribute: 'tiles-attribution', reflect: true }) tilesAttribution?: string;

  /** Milliseconds typing must pause before the search runs (default 150; 0 searches on every keystroke). */
  @property({ attribute: false }) debounce: number = 150;

  /**
   * An ISO date-time (`2026-06-01T09:00:00+02:00`; from code also a Date or milliseconds) to judge
   * "nu open" and this week's hours at, instead of the real time. A value it cannot read is ignored
   * with a console warning. For previews, tests and screenshots; leave it out on a live page.
   */
  @readAs(DATE_INPUT) @property() now: Date | undefined;

  protected readonly t = this.words(KAART_STRINGS);

  /**
   * The ids of the saved services, in the order they were saved. Setting it from code replaces
   * the list (unknown ids are told when the list opens) and emits no event.
   */
  get savedServices(): readonly string[] {
    return this.list.ids;
  }
  set savedServices(ids: readonly string[]) {
    this.list.set(ids);
  }

  @state() private areas: readonly Area[] = [];
  /** A gemeente, wijk or area in the snippet that the feed does not have. */
  @state() private areaProblem?: AreaProblem;
  /** Undefined until the first results of a feed are in: the finder shows placeholders till then. */
  @state() private results?: ShownResults;
  @state() private shown = DEFAULT_PAGE_SIZE;
  @state() private drawStep: DrawStep = 'all';
  /** The languages the services being browsed are offered in, for the language choice. */
  @state() private languages: readonly string[] = [];
  @state() private tilesExpanded = false;
  /** A search after loading failed: the finder shows the error and a retry, as for a failed load. */
  @state() private searchFailed = false;
  /** The resident asked to see every service ("Bekijk alle … diensten"). */
  @state() private browsingAll = false;

  /**
   * The resident's point, from a postcode or "Bij mij in de buurt": distances, the radius and
   * nearest-first order are measured from it. In memory only; undefined when there is none.
   */
  @state() origin: GeoPoint | undefined;
  /** "Hulp dichtbij", from the lazy part, once the feed's data is in. */
  private near?: NearPanel;

  /** Set once the feed's data is in, before its first search. */
  private loaded?: FinderData;
  /** The area the snippet chose; "Filters wissen" and the empty state's reset go back to it. */
  private configuredArea?: string;
  /** Where focus goes after the next render, as a selector in the shadow root. */
  private focusAfterRender?: string;

  private readonly data = this.dataTask(LOAD_FAILED, {
    args: () => (this.feed ? ([this.feed] as const) : undefined),
    task: (_args, signal) => this.load(signal),
  });

  private readonly search = new KaartSearch(this, this.pending, {
    context: () => {
      const loaded = this.loaded;
      return loaded && { client: loaded.client, audience: this.audience, lang: this.t.lang, now: this.now ?? new Date(), signal: loaded.signal };
    },
    debounce: () => this.debounce,
    onStart: (filters) => {
      if (this.loaded) this.pending.add(this.facts.cover(this.loaded.client, filters.area, this.loaded.signal));
    },
    onResults: (results, query, filters) => this.showResults(results, query, filters),
    onUserSearch: (query, filters) => {
      this.emit('wijkwijzer-search', { query: query.trim(), filters: sdkFilters(filters) });
      this.saveUrlState();
    },
    onError: (error) => {
      this.searchFailed = true;
      this.reportFailure(LOAD_FAILED, error);
    },
  });

  private readonly combobox = new NeedCombobox(this, {
    suggest: (query, limit) => (this.loaded ? this.loaded.tools.suggestNeeds(query, this.loaded.taxonomy, limit, { lang: this.t.lang }) : []),
    onType: (query) => {
      this.search.query = query;
      this.search.schedule();
    },
    onPick: (suggestion) => this.search.set({ query: '', filters: { need: suggestion.id } }),
  });

  private readonly list = new SavedList(this, () => (this.listStorage === 'session' && this.feed ? `wijkwijzer-lijst ${this.feed}` : undefined));
  /** The list view, from its lazy chunk, once opened; `listOpen` while it shows in place of the finder. */
  private listPanel?: ListPanel;
  @state() private listOpen = false;
  /** The map, while the results show on it (the list otherwise); from its chunk, loaded once. */
  @state() private mapShown?: MapPanel;
  private mapPanel?: MapPanel;
  /** A shared list in the page URL is read once, at the first load. */
  private linkRead = false;

  private readonly facts = new ResultFacts(this);
  private readonly detail = new ServiceDetail(this, () => this.saveUrlState());

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('feed') && !this.feed) this.warn('has no "feed" attribute: set it to the URL of a feed\'s index.json.');
    if (!this.loaded || !this.results) return;
    if (changed.has('need')) this.search.filters = { ...this.search.filters, need: this.need || undefined };
    if (changed.has('gemeente') || changed.has('wijk') || changed.has('area')) {
      // Another gemeente has other areas (a feed in parts sends a gemeente's own): read them first.
      this.pending.add(this.changeArea(this.loaded));
    } else if (changed.has('need') || changed.has('audience') || this.t.lang !== this.search.searchedLang) {
      // A language change re-runs the search too: help lines come in the reader's language.
      this.pending.add(this.search.run('program'));
    }
    if (changed.has('postcode') && this.near) this.pending.add(this.near.lookUp(this.postcode ?? ''));
    if (changed.has('routeOrder') || changed.has('origin') || changed.has('radius') || changed.has('sort')) {
      this.results = { ...this.results, hits: this.ordered(this.results.relevanceHits) };
    }
    if (changed.has('limit')) this.shown = this.limit;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
      this.focusAfterRender = undefined;
      target?.focus();
    }
  }

  // ------------------------------------------------------------------ data

  /** The feed's data, then the first search (from the page URL when `url-state` is on). */
  private async load(signal: AbortSignal): Promise<void> {
    this.loaded = undefined;
    this.results = undefined;
    this.searchFailed = false;
    this.browsingAll = false;
    this.detail.close();
    // Only a snippet that names an area needs the areas before the first search, to look it up.
    const areasFirst = Boolean(this.area || this.gemeente || this.wijk);
    const { data, areas } = await loadFinderData(this.feedClient(), areaHint(this), signal, { areasFirst });
    if (signal.aborted) return;
    const { tools } = data;
    this.loaded = data;
    this.facts.reset();
    this.languages = [];
    this.areas = areas;
    this.applyConfiguredArea(tools);
    this.near = new tools.NearPanel(this, data, { words: (tables) => this.words(tables), changed: () => this.saveUrlState() });
    this.origin = undefined;
    this.search.filters = { ...this.search.filters, need: this.need || undefined };
    const fromUrl = this.urlState ? tools.readUrlState(location.href, tools.MAX_QUERY_LENGTH) : undefined;
    if (fromUrl) {
      this.search.query = fromUrl.query;
      this.search.filters = { ...fromUrl.filters, area: fromUrl.filters.area ?? this.search.filters.area };
      this.browsingAll = fromUrl.all === true;
      if (fromUrl.postcode) this.postcode = fromUrl.postcode;
      this.radius = fromUrl.radius ?? this.radius;
      this.sort = fromUrl.sort ?? this.sort;
    }
    if (this.postcode) this.pending.add(this.near.lookUp(this.postcode));
    const shared = this.linkRead ? undefined : sharedListIds(location.href);
    this.linkRead = true;
    if (shared) this.list.set(shared);
    else this.list.restore();
    await this.search.run('program');
    if (fromUrl?.service && !signal.aborted) await this.detail.show(data.client, fromUrl.service);
    if (shared && !signal.aborted) await this.openList();
  }

  /** Shows the list in place of the finder, loading its chunk the first time. */
  private async openList(): Promise<void> {
    const loaded = this.loaded;
    if (!loaded) return;
    const { ListPanel } = await import('./list-part.js');
    this.listPanel ??= new ListPanel(this, this.list, {
      words: (tables) => this.words(tables),
      changed: () => this.emitListChange(),
      back: () => {
        this.listOpen = false;
        this.focusAfterRender = this.list.ids.length ? '[part~="list-button"]' : '#kaart-query';
      },
      focus: (selector) => {
        this.focusAfterRender = selector;
        this.requestUpdate();
      },
    });
    this.listOpen = true;
    await this.listPanel.load(loaded.client, this.now ?? new Date());
  }

  private emitListChange(): void {
    this.emit('wijkwijzer-list-change', { serviceIds: [...this.list.ids] });
  }

  /** The configured area changed: its areas (the same list when the feed is not in parts), then a search there. */
  private async changeArea({ client, tools, signal }: FinderData): Promise<void> {
    const areas = await client.areas.list({ area: areaHint(this) }).catch(() => this.areas);
    // A new feed meanwhile brings its own areas.
    if (signal.aborted) return;
    this.areas = areas;
    this.applyConfiguredArea(tools);
    await this.search.run('program');
  }

  /** The whole region's areas for the area choice, once the first results are up (loadFinderData left them out). */
  private async readAreas({ client, signal }: FinderData): Promise<void> {
    const areas = await client.areas.list({ signal }).catch(() => this.areas);
    if (!signal.aborted) this.areas = areas;
  }

  private applyConfiguredArea(tools: LazyPart): void {
    const chosen = configuredArea(tools.resolveArea(this.areas, { gemeente: this.gemeente, wijk: this.wijk, area: this.area }), this.areas.length > 0);
    this.configuredArea = chosen.area;
    this.areaProblem = chosen.problem;
    this.search.filters = { ...this.search.filters, area: chosen.area };
  }

  private ordered(hits: readonly SearchHit[]): readonly SearchHit[] {
    return this.loaded ? this.loaded.tools.arrangeHits(hits, this) : hits;
  }

  /** Whether results show: once a resident searched, picked a topic or a filter, or asked for them all (or `show-all`). */
  private get asked(): boolean {
    const { query, filters } = this.search;
    return this.showAll || this.browsingAll || query.trim() !== '' || filters.need !== undefined || panelFilterCount(filters) > 0;
  }

  private showResults({ hits, help }: SearchResults, query: string, filters: KaartFilters): void {
    const loaded = this.loaded;
    if (!loaded) return;
    const first = this.results === undefined;
    this.results = { relevanceHits: hits, hits: this.ordered(hits), help, stale: loaded.client.isStale() };
    this.shown = this.limit;
    // The language choice offers what the services being browsed speak: read while browsing (not on
    // every keystroke of a large feed), from these results alone, so it never depends on earlier searches.
    if (!filters.language && !query.trim()) this.languages = collectLanguages(hits, loaded.tools.languageCodesOf);
    if (first) this.pending.add(this.drawInSteps(loaded));
  }

  /**
   * The first results after loading come in steps, each a task of its own, so a slow phone is
   * never blocked for long: a few cards with the rest of the finder (language codes standing in
   * for their names, only the chosen area in the area choice, needs by the feed's names); the
   * other cards of the page and the areas; then the language names, whose first use
   * (Intl.DisplayNames loading locale data) costs about 150 ms, and on an English page the needs'
   * English names, once per page.
   */
  private async drawInSteps(loaded: FinderData): Promise<void> {
    const named = this.drawStep === 'named';
    this.drawStep = 'first';
    await nextTask();
    this.drawStep = 'all';
    if (this.areas.length === 0) this.pending.add(this.readAreas(loaded));
    if (!named) {
      await nextTask();
      loaded.tools.languageName('nl', this.t);
      await nextTask();
      loaded.tools.needNamesIn(loaded.taxonomy, this.t.lang);
    }
    this.drawStep = 'named';
  }

  private saveUrlState(): void {
    if (!this.urlState || !this.loaded) return;
    try {
      this.loaded.tools.writeUrlState({
        query: this.search.query,
        filters: this.search.filters,
        service: this.detail.service?.id,
        all: this.browsingAll,
        postcode: this.near?.postcode,
        radius: this.radius,
        sort: this.sort,
      });
    } catch (error) {
      // A sandboxed page can refuse history changes; the finder works on without them.
      this.warn('could not update the page URL.', error);
    }
  }

  // ------------------------------------------------------------------ user actions

  private readonly actions: FinderActions = {
    input: this.combobox.onInput,
    searchKeydown: this.combobox.onKeydown,
    pickSuggestion: this.combobox.pick,
    closeSuggestions: this.combobox.close,
    submit: (event) => {
      event.preventDefault();
      this.combobox.close();
      this.searchFor({});
    },
    removeNeed: () => this.searchFor({ filters: { need: undefined } }, '#kaart-query'),
    // The tiles give way to the results: take focus along to the count of what was found.
    pickTile: (need: TaxonomyTerm) => this.searchFor({ query: '', filters: { need: need.id } }, '[part~="count"]'),
    toggleTiles: () => (this.tilesExpanded = !this.tilesExpanded),
    changeFilters: (patch) => this.searchFor({ filters: patch }),
    clearFilters: () => {
      const { need, area } = this.search.filters;
      // Filters alone asked for these results (a shared link): without them, every service, not the question again.
      this.browsingAll ||= !need && !this.search.query.trim();
      this.searchFor({ filters: { ...NO_FILTERS, need, area } }, '[part~="filters"] select, [part~="filters"] input');
    },
    widen: () => this.searchFor({ filters: { area: undefined } }, '[part~="count"]'),
    reset: () => {
      this.browsingAll = false;
      this.searchFor({ query: '', filters: { ...NO_FILTERS, area: this.configuredArea } }, '#kaart-query');
    },
    // The results take the button's place: focus goes to their count, which heads them.
    showAll: () => {
      this.browsingAll = true;
      this.focusAfterRender = '[part~="count"]';
      this.saveUrlState();
    },
    more: () => {
      const { loaded, results } = this;
      const firstNew = loaded && results && loaded.tools.resultEntries(results.hits, this.routeOrder, this.search.filters.area)[this.shown];
      this.shown += this.limit;
      // Continue where the new results start, not at the top or on a button that moved.
      if (firstNew) this.focusAfterRender = this.resultButton(loaded.tools.firstHit(firstNew).service.id);
    },
    open: (service: Service) => {
      if (!this.loaded) return;
      this.emit('wijkwijzer-service-select', { serviceId: service.id });
      this.pending.add(this.detail.show(this.loaded.client, service.id, service));
      this.focusAfterRender = '#kaart-detail-title';
    },
    back: () => this.closeDetail(),
    save: (service) => {
      this.list.toggle(service.id);
      this.emitListChange();
    },
    showView: (view) => this.pending.add(this.showView(view)),
    detailKeydown: (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      this.closeDetail();
    },
  };

  /** Searches with these words or filters, then moves focus to `focus` (a selector) if given. */
  private searchFor(change: Parameters<KaartSearch['set']>[0], focus?: string): void {
    this.focusAfterRender = focus;
    this.search.set(change);
  }

  private closeDetail(): void {
    const id = this.detail.close();
    // Back to the result that was opened; it is still rendered (the list was only hidden), or to its marker.
    const selector = id ? this.resultButton(id) : undefined;
    const listed = selector && this.renderRoot.querySelector(selector);
    if (id && !listed && this.mapShown) this.mapShown.focusMarker(id);
    else this.focusAfterRender = listed ? selector : '#kaart-query';
  }

  /** Shows the results as a list or on the map, loading the map's chunk the first time; focus stays on the button. */
  private async showView(view: ResultsView): Promise<void> {
    this.mapShown = view === 'map' ? (this.mapPanel ??= new (await import('./map-part.js')).MapPanel(this, (tables) => this.words(tables))) : undefined;
    this.focusAfterRender = `#kaart-view-${view}`;
  }

  private retry = (): void => {
    this.focusAfterRender = '#kaart-query';
    this.data.run();
  };

  private resultButton(serviceId: string): string | undefined {
    return this.loaded ? `#${CSS.escape(this.loaded.tools.resultButtonId(serviceId))}` : undefined;
  }

  // ------------------------------------------------------------------ rendering

  override render(): TemplateResult {
    const { t } = this;
    // 112, 113 and Veilig Thuis need no feed: screens without data show them.
    const nationalLines = (): TemplateResult => renderHelpLines(nationalHelpLines(t.lang), helpWords(t), 'kaart-help-title', false);
    return html`<div part="base" class="kaart">
      ${!this.feed
        ? html`${renderNotice(t.term('noFeed'), 'notice')}${nationalLines()}`
        : this.data.status === 'error' || this.searchFailed
          ? renderError({
              part: 'error',
              title: t.term('errorTitle'),
              fallback: t.term('errorFallback'),
              retryText: t.term('errorRetry'),
              onRetry: this.retry,
              alert: true,
              actions: renderFeedbackLink(this.feedbackHref, t.term('errorFeedback')),
              helpLines: nationalLines(),
            })
          : this.renderWithList()}
    </div>`;
  }

  /** The finder, or the list in its place; "Mijn lijst" above them once something is saved. */
  private renderWithList(): TemplateResult {
    const { t, listPanel, loaded } = this;
    const count = this.list.ids.length;
    return html`${count && !this.listOpen ? renderListButton(t, count, () => this.pending.add(this.openList())) : nothing}
      <div ?hidden=${this.listOpen}>${this.renderFinder()}</div>
      ${this.listOpen && listPanel && loaded
        ? listPanel.render({
            t,
            manifest: loaded.manifest,
            stale: this.results?.stale,
            now: this.now ?? new Date(),
            stored: this.listStorage === 'session',
          })
        : nothing}`;
  }

  private renderFinder(): TemplateResult {
    const { t, loaded, mapShown: map } = this;
    const now = this.now ?? new Date();
    return renderFinder({
      t,
      feed: this.feed,
      feedbackHref: this.feedbackHref,
      professional: this.audience === 'professional',
      routeOrder: this.routeOrder,
      now: this.now,
      search: this.search,
      suggestions: this.combobox,
      loaded,
      results: this.results,
      asked: this.asked,
      areas: this.areas,
      areaProblem: this.areaProblem,
      languages: this.languages,
      drawStep: this.drawStep,
      shown: this.shown,
      tilesExpanded: this.tilesExpanded,
      detail: this.detail,
      openState: (service) => (loaded ? this.facts.openState(loaded.tools, service, now, t.lang) : undefined),
      hasAvailability: this.facts.hasAvailability,
      figurePlaces: this.facts.figurePlaces,
      saved: (serviceId) => this.list.has(serviceId),
      near: this.near,
      map:
        map &&
        ((hits) =>
          map.render({
            hits,
            area: this.areas.find(({ id }) => id === this.search.filters.area),
            origin: this.origin,
            tiles: this.tiles,
            attribution: this.tilesAttribution,
            onOpen: this.actions.open,
          })),
      on: this.actions,
    });
  }
}
