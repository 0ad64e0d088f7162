import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { safeHref, telHref } from '../internal/safe-href.js';
import { feedLang, heading, longDate, type UitlegTerms } from './render-helpers.js';
import type { UitlegData } from './uitleg-data.js';
import type { Audience, Implementation, Pathway, Service } from './uitleg-types.js';

export interface SectionContext {
  t: UitlegTerms;
  lang: string;
  audience: Audience;
  /** Level of the section headings (one below the pathway's name). */
  level: number;
  data: UitlegData & { pathway: Pathway };
  feed: string;
  now: Date | undefined;
  /** How many services to show before a "show all" button; undefined shows all. */
  servicesLimit: number | undefined;
  onShowAllServices: () => void;
}

/** A titled part of the explainer; `section-<name>` lets a theme style one of them. */
export function section(context: Pick<SectionContext, 'level'>, name: string, title: string, body: TemplateResult): TemplateResult {
  return html`<section part="section section-${name}" class="section ${name}">${heading(context.level, title, 'section-title')} ${body}</section>`;
}

/** How to start: the entry points, and for professionals who refers at which step. */
export function renderEntryPoints(context: SectionContext): TemplateResult {
  const { t, data, audience } = context;
  const professional = audience === 'professional';
  const referrals = data.pathway.steps.filter((step) => step.referred_by);
  return section(
    context,
    'entry-points',
    professional ? t.term('referralRoute') : t.term('howToStart'),
    html`<ul part="entry-points" class="entry-points" role="list">
        ${data.pathway.entry_points.map(
          (entry) => html`<li class="entry entry-${entry.kind}"><strong>${t.term('entryKind', entry.kind)}</strong><span lang=${ifDefined(feedLang(context.lang))}>${entry.description}</span></li>`,
        )}
      </ul>
      ${professional && referrals.length > 0
        ? html`<p class="label">${t.term('referralInSteps')}</p>
            <ul class="plain">
              ${referrals.map((step) => html`<li>${step.title}: ${step.referred_by}</li>`)}
            </ul>`
        : nothing}`,
  );
}

function statusBadge(t: UitlegTerms, row: Implementation): TemplateResult {
  return html`<span part="status" class="status status-${row.status}">${t.term('status', row.status)}</span>`;
}

function rowSource(context: SectionContext, row: Implementation): TemplateResult | typeof nothing {
  if (context.audience !== 'professional') return nothing;
  const source = row.source;
  const note = row.note ? html`<p lang=${ifDefined(feedLang(context.lang))}>${row.note}</p>` : nothing;
  if (!source) return note;
  const citation = source.citation ? ` (${source.citation})` : '';
  return html`${note}<p class="muted">${context.t.term('sourceOf', `${source.name}${citation}`)}</p>`;
}

/** The implementation status in the chosen area, honestly: known, inherited, partial or unknown. */
export function renderImplementation(context: SectionContext): TemplateResult {
  const { t, data } = context;
  const area = data.area;
  if (!area) {
    const rows = data.allImplementations;
    return section(
      context,
      'implementation',
      t.term('statusTitleNoArea'),
      html`${data.unknownArea ? html`<p class="notice">${t.term('unknownArea', data.unknownArea)}</p>` : html`<p>${t.term('chooseArea')}</p>`}
        ${rows.length > 0
          ? html`<ul part="implementation" class="implementation-list" role="list">
              ${rows.map(({ row, area: rowArea }) => html`<li><span>${rowArea?.name ?? row.area_id}</span> ${statusBadge(t, row)}</li>`)}
            </ul>`
          : nothing}`,
    );
  }
  const view = data.implementation ?? { within: [] };
  const applies = view.applies;
  const inherited = applies && applies.area.id !== area.id;
  const body = html`${data.unknownWijk ? html`<p class="notice">${t.term('unknownWijk', data.unknownWijk, area.name)}</p>` : nothing}
    <div part="implementation" class="implementation" data-status=${applies?.row.status ?? 'onbekend'}>
      ${applies
        ? html`<p>${statusBadge(t, applies.row)}</p>
            <p>${t.term('statusExplained', applies.row.status, area.name)}</p>
            ${inherited ? html`<p class="muted">${t.term('statusFrom', applies.area.name)}</p>` : nothing} ${rowSource(context, applies.row)}`
        : html`<p><strong>${t.term('notKnownIn', area.name)}</strong></p>`}
      ${view.within.length > 0
        ? html`<p>${t.term('statusWithin', area.name)}</p>
            <ul class="implementation-list" role="list">
              ${view.within.map(({ row, area: part }) => html`<li><span>${part.name}</span> ${statusBadge(t, row)} ${rowSource(context, row)}</li>`)}
            </ul>`
        : nothing}
    </div>`;
  return section(context, 'implementation', t.term('statusTitle', area.name), body);
}

function renderService(context: SectionContext, service: Service, index: number): TemplateResult {
  const { t, data } = context;
  const phone = service.phones?.[0]?.number;
  const site = safeHref(service.url);
  const referral = context.audience === 'professional' && service.referral ? t.term('referral', service.referral) : '';
  // Focusable from code only: "show all" moves focus to the first service it reveals.
  return html`<li part="service" class="service" data-service=${service.id} data-index=${index} tabindex="-1">
    <p class="service-name" lang=${ifDefined(feedLang(context.lang))}><strong>${service.name}</strong></p>
    ${service.summary_b1 ? html`<p lang=${ifDefined(feedLang(context.lang))}>${service.summary_b1}</p>` : nothing} ${referral ? html`<p class="muted">${referral}</p>` : nothing}
    <p class="service-actions">
      ${phone ? html`<a part="service-phone" href=${telHref(phone)}>${t.term('call', phone)}</a>` : nothing}
      ${site ? html`<a part="service-link" href=${site}>${t.term('website', service.name)}</a>` : nothing}
      ${data.withAvailability.has(service.id)
        ? html`<wachttijd-badge part="waiting-badge" feed=${context.feed} service=${service.id} variant="inline" .now=${context.now}></wachttijd-badge>`
        : nothing}
    </p>
  </li>`;
}

/** The linked services that reach the chosen area, each with its waiting-time badge where there is one. */
export function renderServices(context: SectionContext): TemplateResult {
  const { t, data } = context;
  const title = data.area ? t.term('servicesTitleIn', data.area.name) : t.term('servicesTitle');
  const shown = context.servicesLimit === undefined ? data.services : data.services.slice(0, context.servicesLimit);
  return section(
    context,
    'services',
    title,
    data.services.length > 0
      ? html`<ul part="services" class="services" role="list">
            ${shown.map((service, index) => renderService(context, service, index))}
          </ul>
          ${shown.length < data.services.length
            ? html`<button part="show-all-button" class="button" type="button" @click=${context.onShowAllServices}>
                ${t.term('showAllServices', String(data.services.length))}
              </button>`
            : nothing}`
      : html`<p>${t.term('noServices')}</p>`,
  );
}

/** For professionals: KPIs, sources, and how current the content is. */
export function renderProfessionalFacts(context: SectionContext): TemplateResult {
  const { t, data, lang } = context;
  const { pathway } = data;
  const kpis = pathway.kpis ?? [];
  return html`${kpis.length > 0
      ? section(
          context,
          'kpis',
          t.term('kpis'),
          html`<ul part="kpis" class="kpis">
            ${kpis.map(
              (kpi) => html`<li>
                <strong>${kpi.name}</strong>${kpi.description ? html`: ${kpi.description}` : nothing}
                ${kpi.target ? html`<br /><span class="muted">${t.term('kpiTarget', kpi.target)}</span>` : nothing}
              </li>`,
            )}
          </ul>`,
        )
      : nothing}
    ${section(
      context,
      'sources',
      t.term('sources'),
      html`<ul part="sources" class="sources">
          ${pathway.sources.map((source) => {
            const href = safeHref(source.url);
            const title = href ? html`<a href=${href}>${source.title}</a>` : source.title;
            return html`<li>${title}${source.citation ? html` <span class="muted">(${source.citation})</span>` : nothing}</li>`;
          })}
        </ul>
        <p part="meta" class="meta">
          ${t.term('lastReviewed', longDate(pathway.last_reviewed, lang))}
          ${pathway.valid_from ? t.term('validity', longDate(pathway.valid_from, lang), longDate(pathway.valid_to, lang)) : nothing}
        </p>`,
    )}`;
}
