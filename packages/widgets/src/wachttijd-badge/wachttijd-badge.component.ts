import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { wordChanges } from '../internal/localize.js';
import { WijkwijzerElement } from '../internal/wijkwijzer-element.js';
import type { BadgeData, BadgeKind } from './badge-data.js';
import type { renderBadge } from './badge-template.js';
import { DATE_INPUT, readAs } from '../internal/property-input.js';
import { renderError, renderLoading, renderNotice } from '../internal/feed-states.js';
import { styles } from './wachttijd-badge.styles.js';
import { BADGE_STRINGS } from './wachttijd-badge.strings.js';

export type { BadgeKind } from './badge-data.js';
export type BadgeVariant = 'default' | 'inline';
/** The figure with its markup, which arrives with the data. */
type LoadedBadge = BadgeData & { template: typeof renderBadge };

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
 * @event {CustomEvent<{ serviceId: string; group: string }>} wijkwijzer-group-change - The resident chose a diagnosis group
 *   in the badge's "Waar gaat het om?" (`group` is the feed's `diagnosis_group`; `''`: all groups again). Not
 *   fired when `diagnosis-group` is set from code.
 * @event wijkwijzer-error - The data could not be loaded; `detail` has `code` and `message`. The badge shows a message and a retry button.
 *
 * @csspart base - The wrapper of every state (loading, error and notice views add `loading`, `error`, `notice`); carries `data-state`.
 * @csspart badge - The pill with the icon and the words (`role="img"`). Also named `badge-<state>`:
 *   `badge-within-norm`, `badge-above-norm`, `badge-by-group` (the range over diagnosis groups), `badge-unknown`, `badge-stale`, `badge-capacity`, `badge-no-capacity`,
 *   `badge-patientenstop`, `badge-accepting`, `badge-reachable`, `badge-not-reachable`, `badge-open`, `badge-closed`.
 * @csspart icon - The state icon (a different shape per state).
 * @csspart caption - What is measured (default variant).
 * @csspart value - The figure in words.
 * @csspart norm - After the figure: how it compares ("Langer dan de Treeknorm van 4 weken"), else the norm
 *   ("Treeknorm 4 weken") or what to do; inline, what to do ("Bel eerst: 030 …") has the text's size and colour.
 * @csspart sample-marker - The "voorbeeld" marker shown when the feed holds sample data.
 * @csspart toggle - The button that opens the details.
 * @csspart toggle-icon - The icon in that button.
 * @csspart details - The details: comparison, range, peildatum, source, what to do.
 * @csspart group - The choice of diagnosis group (a wait reported per group): its label and select.
 * @csspart group-label - "Waar gaat het om?".
 * @csspart group-picker - The select of diagnosis groups; "Alle klachten" shows the range over them.
 * @csspart advice - Above the norm: that the health insurer can help to be seen sooner (wachtlijstbemiddeling).
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
   * Id of one of the service's locations (`location_id` in the feed): the badge shows that place's
   * figures, and those for all its places. Empty (default): every figure counts, one for all places first.
   */
  @property({ reflect: true }) location = '';

  /**
   * A diagnosis group (`diagnosis_group` in the feed, e.g. `angst`) whose figure to show. Empty
   * (default): with figures for several groups, the range over them and a choice of group ("Waar gaat
   * het om?"); what the resident chooses is set here.
   */
  @property({ reflect: true, attribute: 'diagnosis-group' }) diagnosisGroup = '';

  /**
   * An ISO date-time (`2026-06-01T09:00:00+02:00`; from code also a Date or milliseconds) to judge the
   * figure and the opening hours at, instead of the real time. A value it cannot read is ignored with a
   * console warning. For tests, screenshots and server-side rendering; leave it out on a live page.
   */
  @readAs(DATE_INPUT) @property() now: Date | undefined;

  @state() private expanded = false;

  protected readonly t = this.words(BADGE_STRINGS);
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * The figure. The language is not a property (it may come from the page), so it is read as an
   * arg; the figure on screen stays there until the new one is in, so switching language does not
   * flash the skeleton.
   */
  private readonly figure = this.dataTask('could not load its figure.', {
    args: () =>
      this.feed && this.service
        ? ([this.feed, this.service, this.metric, this.kind, this.t.lang, this.now?.getTime(), wordChanges(), this.location, this.diagnosisGroup] as const)
        : undefined,
    task: async ([, service, metric, kind, lang, now, , location, group], signal): Promise<LoadedBadge> => {
      clearTimeout(this.refreshTimer);
      const [{ loadBadge, renderBadge }, client] = await Promise.all([import('./badge-data.js'), this.feedClient()]);
      const data = await loadBadge(client, { service, metric, kind, lang, now: new Date(now ?? Date.now()), signal, location, group, root: this.shadowRoot });
      if (!signal.aborted) {
        if (!data.view) this.warn(`found no service "${service}" in the feed.`);
        // A huisartsenpost opens and closes: look again at that moment.
        if (now === undefined && data.refreshIn !== undefined) this.refreshTimer = setTimeout(() => this.figure.run(), data.refreshIn);
      }
      return { ...data, template: renderBadge };
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.onOutsidePointer);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.refreshTimer);
    document.removeEventListener('pointerdown', this.onOutsidePointer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Another service or figure: what is on screen (and its open details) belonged to the old one.
    if (changed.has('service') || changed.has('metric') || changed.has('feed') || changed.has('kind')) {
      this.expanded = false;
      this.figure.value = undefined;
    }
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
    if (!this.feed) return renderNotice(this.t.term('noFeed'));
    if (!this.service) return renderNotice(this.t.term('serviceMissing'));
    const loading = renderLoading(this.t.term('loading'));
    return (
      this.figure.render({
        pending: () => (this.figure.value ? this.renderFigure(this.figure.value) : loading),
        complete: (loaded) => this.renderFigure(loaded),
        error: () => {
          const inline = this.variant === 'inline';
          return renderError({
            title: this.t.term('loadFailed'),
            ...(inline ? {} : { fallback: this.t.term('errorFallback') }),
            retryText: this.t.term('errorRetry'),
            onRetry: () => this.figure.run(),
            alert: !inline,
          });
        },
      }) ?? loading
    );
  }

  private renderFigure(loaded: LoadedBadge): TemplateResult {
    return loaded.template(loaded, {
      inline: this.variant === 'inline',
      expanded: this.expanded,
      staleNotice: this.t.term('staleNotice'),
      sampleNotice: this.t.term('sampleNotice'),
      onToggle: () => this.toggle(),
      onKeydown: (event) => this.onKeydown(event),
      onGroup: (group) => (this.diagnosisGroup = group),
    });
  }
}
