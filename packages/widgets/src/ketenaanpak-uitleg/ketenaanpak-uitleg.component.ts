import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { WijkwijzerElement } from '../internal/wijkwijzer-element.js';
import { AUDIENCE_INPUT, DATE_INPUT, readAs } from '../internal/property-input.js';
import { renderDataNotices } from '../internal/notices.js';
import { renderError, renderLoading, renderNotice } from '../internal/feed-states.js';
import { helpLineStyles, helpWords, nationalHelpLines, renderHelpLines } from '../internal/help-lines.js';
import { styles } from './ketenaanpak-uitleg.styles.js';
import { UITLEG_STRINGS } from './ketenaanpak-uitleg.strings.js';
import { renderEligibility, type CheckState } from './render-eligibility.js';
import { feedLang, heading, longDate } from './render-helpers.js';
import { renderEntryPoints, renderImplementation, renderProfessionalFacts, renderServices, section, type SectionContext } from './render-sections.js';
import { renderSteps } from './render-steps.js';
import { servicesNear } from './implementation.js';
import type { UitlegData } from './uitleg-data.js';
import type { Audience, Pathway } from './uitleg-types.js';

export type { Audience } from './uitleg-types.js';

/** Services listed before "show all": enough to choose from, short enough to reach the next section. */
const SERVICES_SHOWN = 6;

/**
 * @tag ketenaanpak-uitleg
 * @summary Explains a ketenaanpak (care pathway): what it is for and for whom, an
 * informational check of the criteria, the steps as an accessible step list,
 * how to start, how far the chosen gemeente or wijk is, and the help nearby
 * with its waiting times.
 *
 * @event wijkwijzer-step-change - The user moved to another step (click, arrow keys, Home, End). `detail`:
 *   `pathwayId`, `stepId` and `index` (counted from 0). Never fired when `step` is set from code.
 * @event wijkwijzer-error - The data could not be loaded; `detail` has `code` and `message`.
 *
 * @csspart base - The explainer's wrapper; also `loading`, `error` or `notice` in those states.
 * @csspart crisis - The national help lines (112, 113, Veilig Thuis) shown when there is no data to show.
 * @csspart help-phone - One number in the help lines, with its own cost and hours.
 * @csspart header - The title block.
 * @csspart title - The pathway's name.
 * @csspart sample-notice - The notice that the feed holds sample data.
 * @csspart stale-notice - The notice that these are the last known data.
 * @csspart section - Each section; also named `section-<name>`: `section-about`, `section-for-whom`,
 *   `section-steps`, `section-entry-points`, `section-implementation`, `section-services`, `section-kpis`, `section-sources`.
 * @csspart section-title - A section's heading.
 * @csspart eligibility - The check's disclosure (`<details>`).
 * @csspart eligibility-form - The check's form.
 * @csspart check-button - The button that shows the outcome.
 * @csspart clear-button - The button that clears the answers.
 * @csspart eligibility-result - The outcome (a status region).
 * @csspart steps - The ordered list of steps.
 * @csspart step - A step; the current one is also `step-current`.
 * @csspart step-button - The button that opens a step.
 * @csspart step-details - What happens in the current step, who, and how long.
 * @csspart entry-points - The ways to start.
 * @csspart implementation - The implementation status in the chosen area.
 * @csspart status - A status label ("Loopt al een tijd").
 * @csspart services - The list of help nearby.
 * @csspart service - One service.
 * @csspart service-phone - A service's phone link.
 * @csspart service-link - A service's website link.
 * @csspart show-all-button - Shows the rest of a long list of services.
 * @csspart waiting-badge - A service's `<wachttijd-badge>`.
 * @csspart kpis - The KPIs (professional view).
 * @csspart sources - The sources (professional view).
 * @csspart meta - Last reviewed and validity (professional view).
 * @csspart retry-button - The retry button of the error view.
 *
 * @cssproperty --ketenaanpak-uitleg-max-width - Widest the explainer grows. Default `48rem`.
 * @cssproperty --ketenaanpak-uitleg-marker-size - Size of the step numbers. Default `2rem`.
 * @cssproperty --wijkwijzer-color-accent - Step numbers, links and buttons; falls back to `--utrecht-link-color`, then a blue mixed with the text colour (#00558f on the default light colours).
 */
export class KetenaanpakUitleg extends WijkwijzerElement {
  static override styles = [styles, helpLineStyles];

  /**
   * Id of the ketenaanpak to explain: `welzijn-op-recept`, `kansrijke-start`, `valpreventie`, `gli`,
   * `kind-naar-gezonder-gewicht`, `mentale-gezondheid` in the sample feed. An unknown id shows a clear message.
   */
  @property({ reflect: true }) pathway = '';

  /** Municipality by name or id (`utrecht`, `Utrecht`, `gm-utrecht`): shows its implementation status and the help there. */
  @property({ reflect: true }) gemeente = '';

  /** District by name or id (`overvecht`, `wk-utrecht-overvecht`), looked up within `gemeente` when both are given. */
  @property({ reflect: true }) wijk = '';

  /** Any area by its feed id (`subregio-eemland`, `werkgebied-regiozorgnu`); wins over `gemeente` and `wijk`. */
  @property({ reflect: true }) area = '';

  /**
   * `inwoner` (default: plain B1 Dutch, what happens to me) or `professional` (roles with
   * organisations, referral route, KPIs, sources, last reviewed).
   * @type {'inwoner' | 'professional'}
   */
  @readAs(AUDIENCE_INPUT) @property({ reflect: true }) audience: Audience = 'inwoner';

  /** The step to open: a step id (`verwijzen`) or its number counted from 1 (`2`). Follows the user's choice. */
  @property({ reflect: true }) step = '';

  /** Level of the pathway's title, 2 to 5 (default 2); section titles are one lower. Fit it to the page's outline. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 2;

  /**
   * An ISO date-time (`2026-06-01T09:00:00+02:00`; from code also a Date or milliseconds) to judge
   * validity and waiting times at, instead of the real time. A value it cannot read is ignored with a
   * console warning. For tests, screenshots and server-side rendering; leave it out on a live page.
   */
  @readAs(DATE_INPUT) @property() now: Date | undefined;

  @state() private lastCheck: CheckState | undefined;
  @state() private allServices = false;

  protected readonly t = this.words(UITLEG_STRINGS);

  private readonly uitleg = this.dataTask('could not load its data.', {
    args: () => (this.feed && this.pathway ? ([this.feed, this.pathway, this.gemeente, this.wijk, this.area] as const) : undefined),
    task: async ([, pathway, gemeente, wijk, area], signal): Promise<UitlegData> => {
      const [{ loadUitleg }, client] = await Promise.all([import('./uitleg-data.js'), this.feedClient()]);
      const data = await loadUitleg(client, pathway, { gemeente, wijk, area }, signal);
      if (!data.pathway && !signal.aborted) this.warn(`found no pathway "${pathway}" in the feed.`);
      return data;
    },
  });

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('pathway')) {
      // Answers belong to one pathway's criteria; never carry them over.
      this.lastCheck = undefined;
    }
    if (changed.has('pathway') || changed.has('gemeente') || changed.has('wijk') || changed.has('area')) this.allServices = false;
    // Another area keeps the pathway on screen while its services load; another pathway or feed does not.
    if (changed.has('pathway') || changed.has('feed')) this.uitleg.value = undefined;
  }

  /** The open step's index: `step` as an id, else as a number from 1, else the first. */
  private currentIndex(pathway: Pathway): number {
    const wanted = this.step.trim();
    const byId = pathway.steps.findIndex((each) => each.id === wanted);
    if (byId >= 0) return byId;
    const number = /^\d+$/.test(wanted) ? Number(wanted) : NaN;
    return number >= 1 && number <= pathway.steps.length ? number - 1 : 0;
  }

  /** A user chose a step: show it, tell listeners, and keep focus on it. */
  private async selectStep(pathway: Pathway, index: number, moveFocus: boolean): Promise<void> {
    const target = pathway.steps[index];
    if (!target || index === this.currentIndex(pathway)) return;
    this.step = target.id;
    this.emit('wijkwijzer-step-change', { pathwayId: pathway.id, stepId: target.id, index });
    if (!moveFocus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`.step-button[data-index="${index}"]`)?.focus();
  }

  private onStepKeydown(pathway: Pathway, event: KeyboardEvent): void {
    const button = (event.target as Element).closest<HTMLButtonElement>('.step-button');
    if (!button) return;
    const from = Number(button.dataset['index']);
    const last = pathway.steps.length - 1;
    // In a right-to-left page "next" is to the left.
    const rtl = getComputedStyle(this).direction === 'rtl';
    const moves: Record<string, number> = {
      ArrowDown: from + 1,
      ArrowUp: from - 1,
      ArrowRight: rtl ? from - 1 : from + 1,
      ArrowLeft: rtl ? from + 1 : from - 1,
      Home: 0,
      End: last,
    };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const index = Math.min(Math.max(to, 0), last);
    if (index === this.currentIndex(pathway)) {
      // At either end, or the focused button is already current: keep focus where the user expects it.
      this.renderRoot.querySelector<HTMLButtonElement>(`.step-button[data-index="${index}"]`)?.focus();
      return;
    }
    void this.selectStep(pathway, index, true);
  }

  private async showAllServices(): Promise<void> {
    this.allServices = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[part~="service"][data-index="${SERVICES_SHOWN}"]`)?.focus();
  }

  protected override render(): TemplateResult {
    // 112, 113 and Veilig Thuis need no feed: every screen without data shows them.
    const helpLines = renderHelpLines(nationalHelpLines(this.t.lang), helpWords(this.t), 'uitleg-help-title', false);
    if (!this.feed) return html`${renderNotice(this.t.term('noFeed'))}${helpLines}`;
    if (!this.pathway) return renderNotice(this.t.term('pathwayMissing'));
    const loading = renderLoading(this.t.term('loading'), 4);
    return this.uitleg.render({
      pending: () => (this.uitleg.value ? this.renderLoaded(this.uitleg.value) : loading),
      complete: (data) => this.renderLoaded(data),
      error: () =>
        renderError({
          title: this.t.term('errorTitle'),
          fallback: this.t.term('errorFallback'),
          retryText: this.t.term('errorRetry'),
          onRetry: () => this.uitleg.run(),
          alert: true,
          helpLines,
        }),
    }) ?? loading;
  }

  private renderLoaded(data: UitlegData): TemplateResult {
    if (!data.pathway) {
      return html`<div part="base notice" class="notice" role="alert">
        <p><strong>${this.t.term('pathwayUnknown', this.pathway)}</strong></p>
        ${data.pathwayNames.length > 0 ? html`<p>${this.t.term('pathwayChoices', data.pathwayNames.join(', '))}</p>` : nothing}
      </div>`;
    }
    return this.renderPathway({ ...data, pathway: data.pathway });
  }

  private renderPathway(data: UitlegData & { pathway: Pathway }): TemplateResult {
    const { t } = this;
    const { pathway } = data;
    const professional = this.audience === 'professional';
    const lang = this.t.lang;
    const level = Math.min(Math.max(Math.round(this.headingLevel) || 2, 2), 5);
    const context: SectionContext = {
      t,
      lang,
      audience: this.audience,
      level: level + 1,
      data,
      feed: this.feed,
      now: this.now,
      servicesLimit: this.allServices ? undefined : SERVICES_SHOWN,
      onShowAllServices: () => void this.showAllServices(),
    };
    const today = (this.now ?? new Date()).toISOString().slice(0, 10);
    const expired = pathway.valid_to !== undefined && pathway.valid_to < today;
    const rule = pathway.eligibility?.rule;
    const check = rule
      ? renderEligibility({
          t,
          rule,
          audience: this.audience,
          lang,
          check: this.lastCheck,
          onCheck: (check) => {
            this.lastCheck = check;
          },
          onClear: () => {
            this.lastCheck = undefined;
          },
        })
      : nothing;
    const current = this.currentIndex(pathway);
    return html`<div part="base" class="uitleg ${this.audience}">
      ${renderDataNotices({ ...data, sampleText: t.term('sampleNotice'), staleText: t.term('staleNotice') })}
      <div part="header" class="header" lang=${ifDefined(feedLang(lang))}>
        ${heading(level, pathway.name, 'title')}
        ${pathway.alternate_name && !pathway.name.includes(pathway.alternate_name) ? html`<p class="muted">${pathway.alternate_name}</p>` : nothing}
      </div>
      ${expired ? html`<p class="notice notice-warning">${t.term('expired', longDate(pathway.valid_to, lang))}</p>` : nothing}
      ${professional
        ? html`${section(context, 'about', t.term('aim'), html`<div lang=${ifDefined(feedLang(lang))}><p>${pathway.aim}</p>${pathway.description ? html`<p>${pathway.description}</p>` : nothing}</div>`)}
          ${section(
            context,
            'for-whom',
            t.term('targetGroup'),
            html`<div lang=${ifDefined(feedLang(lang))}>
                <p>${pathway.target_group}</p>
                ${pathway.eligibility ? html`<p>${pathway.eligibility.description}</p>` : nothing}
              </div>
              ${check}`,
          )}`
        : html`${section(context, 'about', t.term('whatIsIt'), html`<p class="lead" lang=${ifDefined(feedLang(lang))}>${pathway.summary_b1}</p>`)}
          ${section(context, 'for-whom', t.term('forWhom'), html`<p lang=${ifDefined(feedLang(lang))}>${pathway.eligibility?.description ?? pathway.target_group}</p>
            ${check}`)}`}
      ${section(
        context,
        'steps',
        professional ? t.term('stepsTitleProfessional') : t.term('stepsTitle'),
        renderSteps({
          t,
          pathway,
          audience: this.audience,
          dataLang: feedLang(lang),
          current,
          organizations: data.organizations,
          near: (services) => servicesNear(services, data.nearIds),
          onSelect: (index) => void this.selectStep(pathway, index, false),
          onKeydown: (event) => this.onStepKeydown(pathway, event),
        }),
      )}
      ${renderEntryPoints(context)} ${renderImplementation(context)} ${renderServices(context)}
      ${professional ? renderProfessionalFacts(context) : nothing}
    </div>`;
  }
}
