import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizeController } from '../internal/localize.js';
import { WijkwijzerElement } from '../internal/wijkwijzer-element.js';
import type { BadgeData, BadgeKind } from './badge-data.js';
import type { BadgeTemplateOptions } from './badge-template.js';
import { DATE_INPUT, readAs } from '../internal/property-input.js';
import { renderError, renderLoading, renderNotice } from '../internal/feed-states.js';
import { styles } from './wachttijd-badge.styles.js';
import { BADGE_STRINGS } from './wachttijd-badge.strings.js';

export type { BadgeKind } from './badge-data.js';
export type BadgeVariant = 'default' | 'inline';

/**
 * @tag wachttijd-badge
 * @summary A compact badge for a waiting time, free places, a patiëntenstop or the
 * huisartsenpost: the figure in words, its Treeknorm, and (behind a button) the
 * peildatum, the source and what to do. One accessible name reads the whole message: the pill is
 * `role="img"` with the full sentence as its label and its visuals hidden, and the details sit in a
 * disclosure button beside it (keyboard, mouse and touch; Escape or a tap elsewhere closes it).
 * Sample data carries a "voorbeeld" marker. The figure's words load with the data, keeping this
 * entry small.
 *
 * @event wijkwijzer-error - The data could not be loaded; `detail` has `code` and `message`. The badge shows a message and a retry button.
 *
 * @csspart base - The wrapper of every state (loading, error and notice views add `loading`, `error`, `notice`); carries `data-state`.
 * @csspart badge - The pill with the icon and the words (`role="img"`). Also named `badge-<state>`:
 *   `badge-within-norm`, `badge-above-norm`, `badge-unknown`, `badge-stale`, `badge-capacity`, `badge-no-capacity`,
 *   `badge-patientenstop`, `badge-accepting`, `badge-reachable`, `badge-not-reachable`, `badge-open`, `badge-closed`.
 * @csspart icon - The state icon (a different shape per state).
 * @csspart caption - What is measured (default variant).
 * @csspart value - The figure in words.
 * @csspart norm - After the figure: the norm ("Treeknorm 4 weken") inline; in the card how it compares
 *   ("Langer dan de Treeknorm van 4 weken") or what to do.
 * @csspart sample-marker - The "voorbeeld" marker shown when the feed holds sample data.
 * @csspart toggle - The button that opens the details.
 * @csspart toggle-icon - The icon in that button.
 * @csspart details - The details: comparison, range, peildatum, source, what to do.
 * @csspart call - A phone link (the provider, the huisartsenpost, 112).
 * @csspart call-icon - The phone icon of a phone link.
 * @csspart retry-button - The retry button of the error view.
 *
 * @cssproperty --wachttijd-badge-font-size - Text size of the badge. Default `0.875em` (inline) and `0.9375rem` (default).
 * @cssproperty --wachttijd-badge-radius - Corner radius of the pill. Default: the widgets' radius.
 * @cssproperty --wachttijd-badge-details-width - Widest the details may be. Default `22rem`.
 * @cssproperty --wijkwijzer-color-positive - Icon and border of good news (within the norm, places free, open).
 * @cssproperty --wijkwijzer-color-warning - Icon and border of a wait above its norm or no places.
 * @cssproperty --wijkwijzer-color-critical - Icon and border of a patiëntenstop.
 */
export class WachttijdBadge extends WijkwijzerElement {
  static override styles = styles;

  /** Id of the service whose figure to show, e.g. `altrecht-specialistische-ggz`. */
  @property({ reflect: true }) service = '';

  /**
   * Which figure: `aanmeldwachttijd`, `behandelwachttijd`, `beschikbare-plekken`, `patientenstop` or
   * `bereikbaarheid`. Empty (default): the most relevant one, waits first.
   * @type {'' | 'aanmeldwachttijd' | 'behandelwachttijd' | 'beschikbare-plekken' | 'patientenstop' | 'bereikbaarheid'}
   */
  @property({ reflect: true }) metric = '';

  /**
   * `default` (a small card with what is measured) or `inline` (one line, fits in a sentence or a result list).
   * @type {'default' | 'inline'}
   */
  @property({ reflect: true }) variant: BadgeVariant = 'default';

  /**
   * `auto` (default: a huisartsenpost is recognised by its name, or by acute care with a
   * reachability figure), `huisartsenpost` (always the call-first variant: open or closed now, its
   * number and 112, never a queue) or `availability` (always the figure).
   * @type {'auto' | 'huisartsenpost' | 'availability'}
   */
  @property({ reflect: true }) kind: BadgeKind = 'auto';

  /**
   * An ISO date-time (`2026-06-01T09:00:00+02:00`; from code also a Date or milliseconds) to judge the
   * figure and the opening hours at, instead of the real time. A value it cannot read is ignored with a
   * console warning. For tests, screenshots and server-side rendering; leave it out on a live page.
   */
  @readAs(DATE_INPUT) @property() now: Date | undefined;

  @state() private expanded = false;
  @state() private data: BadgeData | undefined;
  @state() private failed = false;

  private readonly strings = new LocalizeController(this, BADGE_STRINGS);
  /** What the shown data was loaded for; a change of any of these loads again. */
  private loadedFor = '';
  private loading: AbortController | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  /** The figure's markup, which arrives with the data. */
  private template: ((options: BadgeTemplateOptions) => TemplateResult) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.onOutsidePointer);
    // Moved in the page (a keyed list re-ordered): leaving stopped the load, so an update starts it again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loading?.abort();
    this.loadedFor = '';
    clearTimeout(this.refreshTimer);
    document.removeEventListener('pointerdown', this.onOutsidePointer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Another service or figure: what is on screen (and its open details) belonged to the old one.
    if (changed.has('service') || changed.has('metric') || changed.has('feed') || changed.has('kind')) {
      this.expanded = false;
      this.data = undefined;
    }
    // The language is not a property (it may come from the page), so compare what a load depends on.
    const key = JSON.stringify([this.feed, this.service, this.metric, this.kind, this.strings.lang, this.now?.getTime()]);
    if (key !== this.loadedFor) {
      this.loadedFor = key;
      void this.load();
    }
  }

  /**
   * Loads the figure. The previous one stays on screen until the new one is
   * there, so switching language does not flash the skeleton.
   */
  private async load(): Promise<void> {
    this.loading?.abort();
    clearTimeout(this.refreshTimer);
    if (!this.feed || !this.service) return;
    const controller = new AbortController();
    this.loading = controller;
    const { signal } = controller;
    const realClock = this.now === undefined;
    try {
      const [{ loadBadge, renderBadge }, client] = await Promise.all([import('./badge-data.js'), this.feedClient()]);
      this.template = renderBadge;
      const data = await loadBadge(client, {
        service: this.service,
        metric: this.metric,
        kind: this.kind,
        lang: this.strings.lang,
        now: this.now ?? new Date(),
        signal,
      });
      if (signal.aborted) return;
      if (!data.view) this.warn(`found no service "${this.service}" in the feed.`);
      this.data = data;
      this.failed = false;
      if (realClock && data.changesAt) this.scheduleRefresh(data.changesAt);
    } catch (error) {
      if (signal.aborted) return;
      this.failed = true;
      this.reportFailure('could not load its figure.', error);
    }
  }

  /** A huisartsenpost opens and closes: look again at that moment. */
  private scheduleRefresh(at: Date): void {
    // Capped at an hour: long timers overflow, and a tab that slept should catch up soon.
    const wait = Math.min(Math.max(at.getTime() - Date.now(), 0) + 1000, 3_600_000);
    this.refreshTimer = setTimeout(() => void this.load(), wait);
  }

  private retry(): void {
    this.failed = false;
    this.data = undefined;
    void this.load();
  }

  /** A tap outside closes the floating details of the inline badge, as people expect of a tooltip. */
  private readonly onOutsidePointer = (event: Event): void => {
    if (this.expanded && !event.composedPath().includes(this)) this.expanded = false;
  };

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.expanded) return;
    event.stopPropagation();
    this.expanded = false;
    this.renderRoot.querySelector<HTMLButtonElement>('.toggle')?.focus();
  }

  private toggle(): void {
    this.expanded = !this.expanded;
  }

  protected override render(): TemplateResult {
    if (!this.feed) return renderNotice(this.common.term('noFeed'));
    if (!this.service) return renderNotice(this.strings.term('serviceMissing'));
    const loaded = this.data;
    if (this.failed) {
      const inline = this.variant === 'inline';
      return renderError({
        title: this.strings.term('loadFailed'),
        ...(inline ? {} : { fallback: this.common.term('errorFallback') }),
        retryText: this.common.term('errorRetry'),
        onRetry: () => this.retry(),
        alert: !inline,
      });
    }
    if (!loaded) return renderLoading(this.common.term('loading'));
    if (!loaded.view || !this.template) return renderNotice(this.strings.term('serviceUnknown'));
    const { words } = loaded;
    const stale = loaded.stale ? this.common.term('staleNotice') : '';
    return this.template({
      view: loaded.view,
      inline: this.variant === 'inline',
      huisartsenpost: loaded.huisartsenpost,
      sample: loaded.sample,
      expanded: this.expanded,
      notices: [stale, loaded.sample ? this.common.term('sampleNotice') : ''].filter(Boolean),
      labelSuffix: stale ? ` ${stale}` : '',
      words: { more: loaded.huisartsenpost ? words.moreAboutHap : words.moreAbout, sampleMarker: words.sampleMarker },
      onToggle: () => this.toggle(),
      onKeydown: (event) => this.onKeydown(event),
    });
  }
}
