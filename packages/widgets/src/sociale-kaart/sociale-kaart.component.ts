import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AvailabilityObservation, HelpLines, SearchHit, SearchResults, WijkwijzerClient } from '@wijkwijzer/sdk';
import type { OpeningState } from '@wijkwijzer/sdk/hours';
import type { NeedSuggestion } from '@wijkwijzer/sdk/search';
import { helpLineStyles, helpWords, nationalHelpLines, renderHelpLines, renderQuietHelp } from '../internal/help-lines.js';
import { LocalizeController } from '../internal/localize.js';
import { safeHref } from '../internal/safe-href.js';
import { baseStyles, tokens } from '../internal/tokens.js';
import { WijkwijzerElement } from '../internal/wijkwijzer-element.js';
import { areaHint } from '../internal/area-resolve.js';
import { nextTask } from '../internal/next-task.js';
import { hoursTarget } from './hours-target.js';
import { AUDIENCE_INPUT, DATE_INPUT, readAs } from '../internal/property-input.js';
import { DEFAULT_ON_INPUT, DEFAULT_PAGE_SIZE, defaultOnReflection, PAGE_SIZE_INPUT } from './kaart-attributes.js';
import { NO_FILTERS, panelFilterCount, sdkFilters, type KaartFilters } from './kaart-filters.js';
import type { Area, Manifest, Service, TaxonomyTerm } from './kaart-types.js';
import { renderSearchBox } from './render-search.js';
import { renderEmpty, renderError, renderProgress, renderSkeleton, renderWiden, type KaartProgress } from './render-states.js';
import type { LazyPart } from './lazy-part.js';
import { styles } from './sociale-kaart.styles.js';
import { KAART_STRINGS } from './sociale-kaart.strings.js';

type Status = 'idle' | 'loading' | 'ready' | 'error' | 'no-feed';
type Origin = 'user' | 'program';

const SUGGESTION_LIMIT = 6;
/** Result cards in the first frame after loading: a phone's first screen, about. */
const FIRST_DRAWN_RESULTS = 5;

/**
 * @tag sociale-kaart
 * @summary The sociale kaart: a finder for care and support in the region, in route
 * order (self-help and help from people around you before formal care), with search in
 * residents' own words, need tiles, filters and a detail view with every way to get in touch.
 *
 * @event {CustomEvent<{ query: string; filters: Record<string, string | boolean> }>} wijkwijzer-search -
 *   The resident searched or changed a filter (after typing pauses). `filters` uses the SDK's
 *   filter names: `need`, `area`, `targetGroup`, `language`, `cost`, `referral`, `openNow`.
 *   Not emitted when properties are set from code.
 * @event {CustomEvent<{ serviceId: string }>} wijkwijzer-service-select - The resident opened a service's details.
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
 *
 * @cssproperty --wijkwijzer-color-positive - "Nu open" on a result; default #1d6b33.
 * @cssproperty --wijkwijzer-color-warning - The sample and outdated-data notices; default #8f3b00.
 * @cssproperty --wijkwijzer-color-critical - The help-lines block and errors; default #a3222b.
 * @cssproperty --sociale-kaart-results-min-height - Space kept for results so the page does not jump while they load; default 20rem.
 */
export class SocialeKaart extends WijkwijzerElement {
  static override styles = [tokens, baseStyles, styles, helpLineStyles];

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

  /** Where "Klopt er iets niet?" links to (http, https, mailto or tel). No link without it. */
  @property({ attribute: 'feedback-href', reflect: true }) feedbackHref?: string;

  /** Milliseconds typing must pause before the search runs (default 150; 0 searches on every keystroke). */
  @property({ attribute: false }) debounce: number = 150;

  /**
   * An ISO date-time (`2026-06-01T09:00:00+02:00`; from code also a Date or milliseconds) to judge
   * "nu open" and this week's hours at, instead of the real time. A value it cannot read is ignored
   * with a console warning. For previews, tests and screenshots; leave it out on a live page.
   */
  @readAs(DATE_INPUT) @property() now: Date | undefined;

  private readonly t = new LocalizeController(this, KAART_STRINGS);

  @state() private status: Status = 'idle';
  @state() private manifest?: Manifest;
  /** The feed's whole taxonomy, as the search index has it: need suggestions then share its concepts. */
  private taxonomy: readonly TaxonomyTerm[] = [];
  @state() private needs: readonly TaxonomyTerm[] = [];
  @state() private targetGroups: readonly TaxonomyTerm[] = [];
  @state() private areas: readonly Area[] = [];
  @state() private languages: readonly string[] = [];
  /** Whether the language choice shows names yet (see drawInSteps). */
  @state() private languageNames = false;
  /** The waiting-time metrics per service with figures: those results get a badge. */
  @state() private availability: ReadonlyMap<string, readonly AvailabilityObservation[]> = new Map();
  /** A gemeente, wijk or area in the snippet that the feed does not have. */
  @state() private areaProblem?: { asked: string; gemeente?: string };
  @state() private query = '';
  @state() private filters: KaartFilters = NO_FILTERS;
  /** The results in display order, help lines left out (they show in their own block). */
  @state() private hits: readonly SearchHit[] = [];
  /** Help lines for the last search, apart from its results. */
  @state() private help?: HelpLines;
  @state() private shown = DEFAULT_PAGE_SIZE;
  /** Cards drawn of `shown` (see drawInSteps). */
  @state() private drawn = Number.POSITIVE_INFINITY;
  @state() private stale = false;
  @state() private selected?: Service;
  @state() private organizationName?: string;
  @state() private suggestions: readonly NeedSuggestion[] = [];
  @state() private activeSuggestion = -1;
  @state() private suggestionsOpen = false;
  @state() private tilesExpanded = false;
  /** How far the data of the running search has arrived; undefined once all is there. */
  @state() private progress?: KaartProgress;

  private client?: WijkwijzerClient;
  /** Set together with `client`, before the status is first `ready`. */
  private tools?: LazyPart;
  /** The SDK's hits in its own (relevance) order, kept to re-order when `route-order` changes. */
  private relevanceHits: readonly SearchHit[] = [];
  /** The area the snippet chose; "Filters wissen" and the empty state's reset go back to it. */
  private configuredArea?: string;
  private searchedLang = '';
  /** The area whose waiting-time figures are loaded (`''`: the whole region), so a wider search loads more. */
  private availabilityScope?: string;
  private loadController?: AbortController;
  private loadSeq = 0;
  private searchSeq = 0;
  private debounceTimer?: ReturnType<typeof setTimeout>;
  /** Work whose result is not rendered yet; `updateComplete` waits for it. */
  private pending = new Set<Promise<unknown>>();
  private openStates = new Map<string, OpeningState>();
  /** Where focus goes after the next render, as a selector in the shadow root. */
  private focusAfterRender?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after being moved or re-attached: finish the load that was cut off.
    if (this.hasUpdated && this.status === 'idle') this.track(this.load());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.debounceTimer);
    if (this.status === 'loading') {
      this.loadController?.abort();
      this.status = 'idle';
    }
  }

  /**
   * Resolves once the render is done and any data loading or search in progress has
   * been rendered too, so `await el.updateComplete` means "the results are on screen".
   * A search still waiting for typing to pause is not included.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.pending.size > 0) {
      await Promise.allSettled([...this.pending]);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('feed')) {
      this.track(this.load());
      return;
    }
    if (this.status !== 'ready') return;
    const areaChanged = changed.has('gemeente') || changed.has('wijk') || changed.has('area');
    if (changed.has('need')) this.filters = { ...this.filters, need: this.need || undefined };
    if (areaChanged) {
      // Another gemeente has other areas (a feed in parts sends a gemeente's own): read them first.
      this.track(this.changeArea());
    } else if (changed.has('need') || changed.has('audience') || this.t.lang !== this.searchedLang) {
      // A language change re-runs the search too: help lines come in the reader's language.
      this.track(this.search('program'));
    }
    if (changed.has('routeOrder')) this.hits = this.ordered(this.relevanceHits);
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

  private track(work: Promise<unknown>): void {
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
  }

  // ------------------------------------------------------------------ data

  private async load(): Promise<void> {
    this.loadController?.abort();
    const controller = new AbortController();
    this.loadController = controller;
    const seq = ++this.loadSeq;
    const { signal } = controller;
    this.selected = undefined;
    if (!this.feed) {
      this.status = 'no-feed';
      this.warn('has no "feed" attribute: set it to the URL of a feed\'s index.json.');
      return;
    }
    this.status = 'loading';
    try {
      // Search, hours and the views of results load beside the client, not after it.
      const toolsLoading = import('./lazy-part.js');
      toolsLoading.catch(() => undefined); // awaited below, unless the client fails first
      const client = await this.feedClient();
      // The first search's data (its area's partitions) starts now, beside the filters' needs
      // and areas rather than after them: one round trip less before the first results.
      client.services.prepare({ area: areaHint(this), signal }).catch(() => undefined);
      // Needs, target groups and areas make the finder richer, but search works without them.
      const optional = <T>(work: Promise<readonly T[]>): Promise<readonly T[]> => work.catch((): readonly T[] => []);
      const [tools, manifest, taxonomy, areas] = await Promise.all([
        toolsLoading,
        client.manifest({ signal }),
        optional(client.taxonomy.list({ signal })),
        optional(client.areas.list({ signal, area: areaHint(this) })),
      ]);
      if (seq !== this.loadSeq) return;
      this.client = client;
      this.tools = tools;
      this.manifest = manifest;
      this.taxonomy = taxonomy;
      this.needs = taxonomy.filter((term) => term.kind === 'need');
      this.targetGroups = taxonomy.filter((term) => term.kind === 'target-group');
      this.areas = areas;
      this.languages = [];
      this.availabilityScope = undefined;
      this.applyConfiguredArea(tools);
      this.filters = { ...this.filters, need: this.need || undefined };
      const fromUrl = this.urlState ? tools.readUrlState(location.href, tools.MAX_QUERY_LENGTH) : undefined;
      if (fromUrl) {
        this.query = fromUrl.query;
        this.filters = { ...fromUrl.filters, area: fromUrl.filters.area ?? this.filters.area };
      }
      await this.search('program');
      if (fromUrl?.service && seq === this.loadSeq) await this.showService(fromUrl.service);
    } catch (error) {
      if (seq !== this.loadSeq || signal.aborted) return;
      this.fail(error);
    }
  }

  /** Which services have waiting-time figures, so their results show a badge. Optional: failures leave none. */
  private async loadAvailability(client: WijkwijzerClient, area: string | undefined): Promise<void> {
    const seq = this.loadSeq;
    try {
      const observations = await client.availability.list({ signal: this.loadController?.signal, ...(area ? { area } : {}) });
      if (seq !== this.loadSeq || this.availabilityScope !== (area ?? '')) return;
      const byService = new Map<string, AvailabilityObservation[]>();
      for (const observation of observations) {
        const list = byService.get(observation.service_id);
        if (list) list.push(observation);
        else byService.set(observation.service_id, [observation]);
      }
      this.availability = byService;
    } catch {
      // No figures: results simply show no badge.
    }
  }

  private fail(error: unknown): void {
    this.status = 'error';
    this.reportFailure('could not load the feed.', error);
  }

  /** The configured area changed: its areas (the same list when the feed is not in parts), then a search there. */
  private async changeArea(): Promise<void> {
    const { client, tools, loadSeq } = this;
    if (!client || !tools) return;
    const areas = await client.areas.list({ area: areaHint(this) }).catch(() => this.areas);
    // A new feed meanwhile brings its own areas.
    if (loadSeq !== this.loadSeq) return;
    this.areas = areas;
    this.applyConfiguredArea(tools);
    await this.search('program');
  }

  private applyConfiguredArea(tools: LazyPart): void {
    const resolution = tools.resolveArea(this.areas, { gemeente: this.gemeente, wijk: this.wijk, area: this.area });
    this.areaProblem = undefined;
    this.configuredArea = undefined;
    if (resolution.kind === 'found') {
      this.configuredArea = resolution.area.id;
      if (resolution.unknownWijk) this.areaProblem = { asked: resolution.unknownWijk, gemeente: resolution.area.name };
    } else if (resolution.kind === 'unknown' && this.areas.length > 0) {
      // Without the feed's areas we cannot tell, so we only speak up when we can.
      this.areaProblem = { asked: resolution.asked };
    }
    this.filters = { ...this.filters, area: this.configuredArea };
  }

  private ordered(hits: readonly SearchHit[]): readonly SearchHit[] {
    return this.routeOrder && this.tools ? this.tools.inRouteOrder(hits) : hits;
  }

  /**
   * Runs the search on this device and shows the hits. Only the latest search is
   * shown, whatever order they finish in. `user` searches tell the page (event, URL).
   */
  private async search(origin: Origin): Promise<void> {
    const client = this.client;
    if (!client) return;
    clearTimeout(this.debounceTimer);
    const seq = ++this.searchSeq;
    const lang = this.t.lang;
    this.searchedLang = lang;
    const query = this.query;
    const filters = this.filters;
    const signal = this.loadController?.signal;
    this.progress = undefined;
    const scope = filters.area ?? '';
    // A wider area needs the waiting-time figures of more services; a narrower one has them already.
    if (this.availabilityScope === undefined || (this.availabilityScope !== '' && this.availabilityScope !== scope)) {
      this.availabilityScope = scope;
      this.track(this.loadAvailability(client, filters.area));
    }
    try {
      const results = await client.services.searchWithHelp(query, {
        ...sdkFilters(filters),
        audience: this.audience,
        lang,
        now: this.now ?? new Date(),
        signal,
        onProgress: (bytes) => {
          if (seq === this.searchSeq) this.progress = { ...this.progress, bytes };
        },
        // A feed in parts: show what has arrived while the rest comes in.
        onUpdate: (update) => {
          if (seq !== this.searchSeq) return;
          this.progress = { ...this.progress, parts: { files: update.files, filesTotal: update.filesTotal } };
          this.showResults(update, filters, query);
        },
      });
      if (seq !== this.searchSeq) return;
      this.progress = undefined;
      this.showResults(results, filters, query);
      if (origin === 'user') {
        this.emit('wijkwijzer-search', { query: query.trim(), filters: sdkFilters(filters) });
        this.saveUrlState();
      }
    } catch (error) {
      if (seq !== this.searchSeq) return;
      this.progress = undefined;
      if (!signal?.aborted) this.fail(error);
    }
  }

  private showResults({ hits, help }: SearchResults, filters: KaartFilters, query: string): void {
    const client = this.client;
    this.help = help;
    this.relevanceHits = hits;
    this.hits = this.ordered(this.relevanceHits);
    this.shown = this.limit;
    // The language choice offers what the services being browsed speak: read while browsing (not on
    // every keystroke of a large feed), from these results alone, so it never depends on earlier searches.
    if (!filters.language && !query.trim() && this.tools) this.languages = collectLanguages(this.relevanceHits, this.tools.languageCodesOf);
    this.stale = client?.isStale() ?? false;
    if (this.status !== 'ready') this.track(this.drawInSteps());
    this.status = 'ready';
  }

  /**
   * The first results after loading come in steps, each a task of its own, so a slow phone is
   * never blocked for long: a few cards with the rest of the finder (language codes standing in
   * for their names, only the chosen area in the area choice); the other cards of the page and
   * the areas; then the names, whose first use
   * (Intl.DisplayNames loading locale data) costs about 150 ms.
   */
  private async drawInSteps(): Promise<void> {
    this.drawn = FIRST_DRAWN_RESULTS;
    await nextTask();
    this.drawn = Number.POSITIVE_INFINITY;
    if (this.languageNames) return;
    await nextTask();
    this.tools?.languageName('nl', this.t.lang);
    this.languageNames = true;
  }

  private saveUrlState(): void {
    if (!this.urlState || !this.tools) return;
    try {
      this.tools.writeUrlState({ query: this.query, filters: this.filters, service: this.selected?.id });
    } catch (error) {
      // A sandboxed page can refuse history changes; the finder works on without them.
      this.warn('could not update the page URL.', error);
    }
  }

  private scheduleSearch(): void {
    clearTimeout(this.debounceTimer);
    if (this.debounce <= 0) {
      this.track(this.search('user'));
      return;
    }
    this.debounceTimer = setTimeout(() => this.track(this.search('user')), this.debounce);
  }

  private openStateOf = (service: Service): OpeningState | undefined => {
    if (!this.tools) return undefined;
    // Its badge already says whether a huisartsenpost is open; once is enough.
    const observations = this.availability.get(service.id);
    if (observations && this.tools.isHuisartsenpost(service, observations)) return undefined;
    // An open state holds for its minute and language, so the cards keep theirs while a resident types.
    const now = this.now ?? new Date();
    const key = `${service.id} ${this.t.lang} ${Math.floor(now.getTime() / 6e4)}`;
    let found = this.openStates.get(key);
    if (!found) {
      if (this.openStates.size > 500) this.openStates.clear();
      found = this.tools.openingState(hoursTarget(service), now, { lang: this.t.lang });
      this.openStates.set(key, found);
    }
    return found;
  };

  private hasAvailability = (serviceId: string): boolean => this.availability.has(serviceId);

  // ------------------------------------------------------------------ user actions

  private onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.suggestions = this.tools ? this.tools.suggestNeeds(this.query, this.taxonomy, SUGGESTION_LIMIT, { lang: this.t.lang }) : [];
    this.activeSuggestion = -1;
    this.suggestionsOpen = this.suggestions.length > 0;
    this.scheduleSearch();
  };

  private onSearchKeydown = (event: KeyboardEvent): void => {
    const count = this.suggestionsOpen ? this.suggestions.length : 0;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        const total = this.suggestions.length;
        if (total === 0) return;
        event.preventDefault();
        const down = event.key === 'ArrowDown';
        const from = this.suggestionsOpen ? this.activeSuggestion : -1;
        this.suggestionsOpen = true;
        // From nothing highlighted, Down goes to the first and Up to the last; then wrap around.
        this.activeSuggestion = from < 0 ? (down ? 0 : total - 1) : (from + (down ? 1 : total - 1)) % total;
        return;
      }
      case 'Enter':
        if (count > 0 && this.activeSuggestion >= 0) {
          event.preventDefault();
          this.pickSuggestion(this.activeSuggestion);
        }
        return;
      case 'Escape':
        if (count > 0) {
          // Close the list only; the browser would also clear a search field.
          event.preventDefault();
          event.stopPropagation();
          this.suggestionsOpen = false;
          this.activeSuggestion = -1;
        }
        return;
      default:
    }
  };

  private onSubmit = (event: Event): void => {
    event.preventDefault();
    this.suggestionsOpen = false;
    this.track(this.search('user'));
  };

  private onSearchBlur = (): void => {
    this.suggestionsOpen = false;
    this.activeSuggestion = -1;
  };

  private pickSuggestion = (index: number): void => {
    const suggestion = this.suggestions[index];
    if (!suggestion) return;
    this.query = '';
    this.suggestions = [];
    this.suggestionsOpen = false;
    this.activeSuggestion = -1;
    this.filters = { ...this.filters, need: suggestion.id };
    this.track(this.search('user'));
  };

  private pickTile = (need: TaxonomyTerm): void => {
    this.query = '';
    this.filters = { ...this.filters, need: need.id };
    // The tiles give way to the results: take focus along to the count of what was found.
    this.focusAfterRender = '[part~="count"]';
    this.track(this.search('user'));
  };

  private removeNeed = (): void => {
    this.filters = { ...this.filters, need: undefined };
    this.focusAfterRender = '#kaart-query';
    this.track(this.search('user'));
  };

  private changeFilters = (patch: Partial<KaartFilters>): void => {
    this.filters = { ...this.filters, ...patch };
    this.track(this.search('user'));
  };

  private clearFilters = (): void => {
    this.filters = { ...NO_FILTERS, need: this.filters.need, area: this.filters.area };
    this.focusAfterRender = '[part~="filters"] select, [part~="filters"] input';
    this.track(this.search('user'));
  };

  private widenSearch = (): void => {
    this.filters = { ...this.filters, area: undefined };
    this.focusAfterRender = '[part~="count"]';
    this.track(this.search('user'));
  };

  private resetSearch = (): void => {
    this.query = '';
    this.filters = { ...NO_FILTERS, area: this.configuredArea };
    this.focusAfterRender = '#kaart-query';
    this.track(this.search('user'));
  };

  private showMore = (): void => {
    const firstNew = this.hits[this.shown];
    this.shown += this.limit;
    // Continue where the new results start, not at the top or on a button that moved.
    if (firstNew && this.tools) this.focusAfterRender = `#${CSS.escape(this.tools.resultButtonId(firstNew.service.id))}`;
  };

  private openService = (service: Service): void => {
    this.emit('wijkwijzer-service-select', { serviceId: service.id });
    this.track(this.showService(service.id, service));
    this.focusAfterRender = '#kaart-detail-title';
  };

  /** Shows a service's details in place of the list (also from a shared URL, without moving focus). */
  private async showService(id: string, known?: Service): Promise<void> {
    const client = this.client;
    if (!client) return;
    // A result may be a card of a feed in parts: its full record comes from a small detail file.
    const full = client.services.get(id).catch(() => undefined);
    const service = known ?? (await full);
    if (!service) return;
    this.selected = service;
    this.organizationName = undefined;
    this.saveUrlState();
    const [detail, organization] = await Promise.all([
      known ? full : undefined,
      // The organisation's name is a nicety; the details stand without it.
      client.organizations.get(service.organization_id).catch(() => undefined),
    ]);
    if (this.selected !== service) return;
    if (detail) this.selected = detail;
    this.organizationName = organization?.name;
  }

  private closeDetail = (): void => {
    const id = this.selected?.id;
    this.selected = undefined;
    this.organizationName = undefined;
    this.saveUrlState();
    // Back to the result that was opened; it is still rendered (the list was only hidden).
    const selector = id && this.tools ? `#${CSS.escape(this.tools.resultButtonId(id))}` : undefined;
    this.focusAfterRender = selector && this.renderRoot.querySelector(selector) ? selector : '#kaart-query';
  };

  private onDetailKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.closeDetail();
  };

  private retry = (): void => {
    this.focusAfterRender = '#kaart-query';
    this.track(this.load());
  };

  // ------------------------------------------------------------------ rendering

  override render(): TemplateResult {
    const t = this.t;
    return html`
      <div part="base" class="kaart">
        ${this.status === 'no-feed'
          ? html`<p part="notice" class="notice" role="alert">${this.common.term('noFeed')}</p>
              ${this.renderNationalLines()}`
          : nothing}
        ${this.status === 'error'
          ? renderError({
              title: this.common.term('errorTitle'),
              retry: this.common.term('errorRetry'),
              fallback: this.common.term('errorFallback'),
              feedbackHref: this.feedbackHref,
              feedbackText: t.term('errorFeedback'),
              helpLines: this.renderNationalLines(),
              onRetry: this.retry,
            })
          : nothing}
        ${this.status === 'loading' || this.status === 'idle' || this.status === 'ready' ? this.renderFinder() : nothing}
      </div>
    `;
  }

  private renderFinder(): TemplateResult {
    const t = this.t;
    const tools = this.tools;
    const ready = this.status === 'ready' && tools !== undefined;
    const needName = this.filters.need ? (this.needs.find((need) => need.id === this.filters.need)?.name ?? this.filters.need) : undefined;
    const browsing = ready && !this.query.trim() && !this.filters.need;
    return html`
      <div class="finder" ?hidden=${this.selected !== undefined}>
        ${renderSearchBox({
          t,
          query: this.query,
          maxLength: this.tools?.MAX_QUERY_LENGTH,
          suggestions: this.suggestions,
          active: this.activeSuggestion,
          open: this.suggestionsOpen,
          needName,
          onInput: this.onInput,
          onKeydown: this.onSearchKeydown,
          onSubmit: this.onSubmit,
          onPick: this.pickSuggestion,
          onBlur: this.onSearchBlur,
          onRemoveNeed: this.removeNeed,
        })}
        ${this.help?.tier === 'acute'
          ? // Right under the question a resident in crisis typed: on a phone the topics and filters fill the first screen.
            renderHelpLines(this.help.lines, helpWords(this.common, this.manifest?.sample === true), 'kaart-crisis-title')
          : nothing}
        ${browsing ? this.renderTiles(tools) : nothing}
        ${ready
          ? tools.renderFilters({
              t,
              lang: t.lang,
              filters: this.filters,
              areas: this.areas,
              targetGroups: this.targetGroups,
              languages: this.languages,
              languageNames: this.languageNames,
              areaList: this.drawn === Number.POSITIVE_INFINITY,
              activeCount: panelFilterCount(this.filters),
              onChange: this.changeFilters,
              onClear: this.clearFilters,
            })
          : nothing}
        <section part="results" class="results" aria-labelledby="kaart-count" aria-busy=${ready ? 'false' : 'true'}>
          ${this.renderNotices()}
          <p part="count" class="count" id="kaart-count" role="status" aria-live="polite" aria-atomic="true" tabindex="-1">
            ${ready ? this.countText() : ''}
          </p>
          ${this.progress ? renderProgress(t, this.progress) : nothing}
          ${ready ? this.renderResultsBody(tools) : renderSkeleton(this.common.term('loading'))}
          ${ready && this.filters.area ? renderWiden(t, this.widenSearch) : nothing}
        </section>
        ${this.renderFeedbackLink()}
      </div>
      ${this.selected && tools
        ? tools.renderDetail({
            notices: this.renderNotices(false),
            t,
            lang: t.lang,
            feed: this.feed,
            service: this.selected,
            organizationName: this.organizationName,
            week: tools.weekSchedule(hoursTarget(this.selected), this.now ?? new Date(), t.lang),
            professional: this.audience === 'professional',
            hasAvailability: this.availability.has(this.selected.id),
            now: this.now,
            feedbackHref: this.feedbackHref,
            onBack: this.closeDetail,
            onKeydown: this.onDetailKeydown,
          })
        : nothing}
    `;
  }

  /**
   * What the reader must know about the data: made up (sample), maybe out of date
   * (stale), or not for the area the snippet asked for (list view only). Shown with the
   * results and in the detail view: it arrives with the data, so it never pushes the
   * search box down.
   */
  private renderNotices(withArea = true): TemplateResult {
    const problem = withArea ? this.areaProblem : undefined;
    const areaText = problem
      ? problem.gemeente
        ? this.t.term('wijkUnknown', problem.asked, problem.gemeente)
        : this.t.term('areaUnknown', problem.asked)
      : '';
    return html`
      ${this.renderSampleNotice(this.manifest?.sample)}
      ${this.stale ? html`<p part="stale-notice" class="notice notice-warning">${this.common.term('staleNotice')}</p>` : nothing}
      ${areaText ? html`<p part="notice" class="notice">${areaText}</p>` : nothing}
    `;
  }

  private countText(): string {
    const count = this.hits.length;
    return this.help?.tier === 'acute' ? this.t.term('resultCountWithCrisis', count) : this.t.term('resultCount', count);
  }

  /** 112, 113 and Veilig Thuis from the SDK, for screens without data: they need no feed. */
  private renderNationalLines(): TemplateResult {
    return renderHelpLines(nationalHelpLines(this.t.lang), helpWords(this.common), 'kaart-help-title', false);
  }

  private renderTiles(tools: LazyPart): TemplateResult | typeof nothing {
    return tools.renderTiles({
      t: this.t,
      needs: this.needs,
      expanded: this.tilesExpanded,
      onPick: this.pickTile,
      onToggle: () => (this.tilesExpanded = !this.tilesExpanded),
    });
  }

  /**
   * Nothing found for words the resident typed: say so, offer the topics to point at instead, and
   * the national help lines in one quiet line (acute ones already show above).
   */
  private renderNothingFound(tools: LazyPart): TemplateResult {
    const t = this.t;
    const typed = this.query.trim() !== '' && this.filters.need === undefined;
    return html`
      ${renderEmpty({ t, filtered: panelFilterCount(this.filters) > 0 || this.filters.need !== undefined, onReset: this.resetSearch })}
      ${typed ? this.renderTiles(tools) : nothing}
      ${typed && this.help === undefined ? renderQuietHelp(nationalHelpLines(t.lang), helpWords(this.common)) : nothing}
    `;
  }

  private renderResultsBody(tools: LazyPart): TemplateResult {
    const t = this.t;
    return html`
      ${this.hits.length === 0
        ? this.renderNothingFound(tools)
        : tools.renderResults({
            t,
            feed: this.feed,
            hits: this.hits,
            shown: this.shown,
            drawn: this.drawn,
            routeOrder: this.routeOrder,
            professional: this.audience === 'professional',
            openState: this.openStateOf,
            hasAvailability: this.hasAvailability,
            now: this.now,
            onOpen: this.openService,
            onMore: this.showMore,
          })}
      ${this.help?.tier === 'informational' ? renderQuietHelp(this.help.lines, helpWords(this.common)) : nothing}
    `;
  }

  private renderFeedbackLink(): TemplateResult | typeof nothing {
    const href = safeHref(this.feedbackHref);
    return href ? html`<p class="feedback"><a part="feedback-link" class="feedback-link" href=${href}>${this.t.term('feedback')}</a></p>` : nothing;
  }
}

/** The languages known so far and those the services of these hits are offered in, Dutch first, then by code. */
function collectLanguages(hits: readonly SearchHit[], languageCodesOf: LazyPart['languageCodesOf']): string[] {
  const codes = new Set<string>();
  for (const { service } of hits) for (const code of languageCodesOf(service)) codes.add(code);
  // Language codes are ASCII: a plain comparison, as localeCompare's first call loads collation
  // data (about 60 ms at 4x CPU) in the task that draws the first results.
  return [...codes].sort((a, b) => (a === 'nl' ? -1 : b === 'nl' ? 1 : a < b ? -1 : a > b ? 1 : 0));
}
