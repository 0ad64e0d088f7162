import type { FeedReport, FreshnessReport } from '@wijkwijzer/cli/validate';
import { html, nothing, type TemplateResult } from 'lit';
import { datasetLabel, findingRow, unusableText } from '../findings.js';
import type { UiLang } from '../i18n.js';
import type { ViewContext } from './context.js';
import { feedSourceFields } from './feed-source.js';

/** A page with thousands of problems helps nobody; the CLI's `--json` has them all. */
const MAX_ROWS = 500;

function summary(context: ViewContext, report: FeedReport): TemplateResult | typeof nothing {
  const { t } = context;
  const manifest = report.manifest;
  if (!manifest) return nothing;
  return html`<h3>${t.checkSummaryHeading}</h3>
    <dl class="facts">
      <dt>${t.checkRegion}</dt>
      <dd>${manifest.region.name} (<code>${manifest.region.id}</code>)</dd>
      <dt>${t.checkPublisher}</dt>
      <dd>${manifest.publisher.name}; ${manifest.license}</dd>
      <dt>${t.checkData}</dt>
      <dd>${manifest.sample ? t.checkSampleData : t.checkRealData}; ${t.checkContract(manifest.contractVersion, manifest.generatedAt)}</dd>
    </dl>`;
}

function counts(context: ViewContext, report: FeedReport): TemplateResult | typeof nothing {
  const { t, state } = context;
  if (report.datasets.length === 0) return nothing;
  return html`<h3>${t.countsHeading}</h3>
    <table class="counts">
      <caption class="visually-hidden">${t.countsCaption}</caption>
      <thead>
        <tr>
          <th scope="col">${t.colDataset}</th>
          <th scope="col" class="number">${t.colRecords}</th>
          <th scope="col" class="number">${t.colValid}</th>
          <th scope="col" class="number">${t.colSkipped}</th>
        </tr>
      </thead>
      <tbody>
        ${report.datasets.map((dataset) =>
          dataset.loaded
            ? html`<tr>
                <th scope="row">${datasetLabel(dataset.dataset, state.uiLang)}</th>
                <td class="number">${dataset.total ?? 0}</td>
                <td class="number">${dataset.valid ?? 0}</td>
                <td class="number ${(dataset.invalid ?? 0) > 0 ? 'bad' : ''}">${dataset.invalid ?? 0}</td>
              </tr>`
            : html`<tr>
                <th scope="row">${datasetLabel(dataset.dataset, state.uiLang)}</th>
                <td colspan="3">${t.notRead}</td>
              </tr>`,
        )}
      </tbody>
    </table>`;
}

function unusable(context: ViewContext, report: FeedReport): TemplateResult | typeof nothing {
  if (report.unusable.length === 0) return nothing;
  return html`<h3>${context.t.unusableHeading}</h3>
    <ul class="problems-list">
      ${report.unusable.map((problem) => {
        const text = unusableText(problem, context.state.uiLang);
        return html`<li>
          <strong>${text.summary}</strong>
          ${text.detail ? html`<br /><span class="help" lang="en">${text.detail}</span>` : nothing}
        </li>`;
      })}
    </ul>`;
}

function findings(context: ViewContext, report: FeedReport): TemplateResult {
  const { t, state } = context;
  if (report.findings.length === 0) return html`<p>${t.noProblems}</p>`;
  const shown = report.findings.slice(0, MAX_ROWS);
  return html`<h3>${t.problemsHeading(report.findings.length)}</h3>
    <table class="findings">
      <caption class="visually-hidden">${t.problemsCaption}</caption>
      <thead>
        <tr>
          <th scope="col">${t.colDataset}</th>
          <th scope="col">${t.colRecord}</th>
          <th scope="col">${t.colField}</th>
          <th scope="col">${t.colReason}</th>
        </tr>
      </thead>
      <tbody>
        ${shown.map((finding) => {
          const row = findingRow(finding, state.uiLang);
          return html`<tr>
            <td>${row.dataset}</td>
            <td><code>${row.record}</code></td>
            <td><code>${row.field}</code></td>
            <td>${row.reason}</td>
          </tr>`;
        })}
      </tbody>
    </table>
    ${report.findings.length > MAX_ROWS ? html`<p>${t.moreProblems(report.findings.length - MAX_ROWS)}</p>` : nothing}`;
}

/** "4 december 2025" / "4 December 2025" for a feed's `YYYY-MM-DD`. */
function longDate(date: string, lang: UiLang): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** What the publisher should check again: services by organisation, then old figures; at most MAX_ROWS of each. */
function freshness(context: ViewContext, report: FreshnessReport): TemplateResult {
  const { t, state } = context;
  const lang = state.uiLang;
  let shown = 0;
  const groups = report.organizations.flatMap((group) => {
    const services = group.services.slice(0, Math.max(0, MAX_ROWS - shown));
    shown += services.length;
    return services.length === 0 ? [] : [{ group, services }];
  });
  const figures = report.staleFigures.slice(0, MAX_ROWS);
  const hidden = report.counts.unchecked - shown + report.staleFigures.length - figures.length;
  return html`<section class="freshness" aria-labelledby="freshness-heading">
    <h3 id="freshness-heading">${t.freshnessHeading}</h3>
    <p>${t.freshnessIntro(report.counts.unchecked, report.counts.services, longDate(report.assuredBefore, lang))}</p>
    ${groups.map(
      ({ group, services }) => html`<h4>${t.freshnessByOrganisation(group.organizationName ?? group.organizationId, group.services.length, group.serviceCount)}</h4>
        <ul class="freshness-list">
          ${services.map(
            (service) => html`<li>
              ${service.name} <code>${service.id}</code>:
              ${service.assuredDate === undefined ? t.freshnessNever : t.freshnessChecked(longDate(service.assuredDate, lang))}
            </li>`,
          )}
        </ul>`,
    )}
    <h4>${t.figuresHeading}</h4>
    <p>${t.figuresIntro(report.counts.staleFigures, report.counts.figures)}</p>
    ${figures.length === 0
      ? nothing
      : html`<ul class="freshness-list">
          ${figures.map(
            (figure) => html`<li>
              ${figure.serviceName ?? figure.serviceId} <code>${figure.id}</code>:
              ${t.figureAge(t.metricNames[figure.metric] ?? figure.metric, longDate(figure.referenceDate, lang), figure.ageDays, figure.refreshIntervalDays)}
            </li>`,
          )}
        </ul>`}
    ${hidden > 0 ? html`<p>${t.moreFreshness(hidden)}</p>` : nothing}
  </section>`;
}

export function checkView(context: ViewContext): TemplateResult {
  const { t, state } = context;
  const check = state.check;
  const onSubmit = (event: Event): void => {
    event.preventDefault();
    context.actions.runCheck();
  };
  return html`<section aria-labelledby="check-heading">
    <h2 id="check-heading">${t.checkHeading}</h2>
    <p>${t.checkIntro}</p>
    <form class="check-form" @submit=${onSubmit}>
      ${feedSourceFields({
        ids: { name: 'check-source', sample: 'check-sample', url: 'check-url-choice', input: 'check-url' },
        legend: t.checkLegend,
        sampleLabel: t.checkSample,
        urlLabel: t.checkUrl,
        inputLabel: t.feedUrlLabel,
        help: t.feedUrlHelp,
        invalidText: t.feedUrlInvalid,
        source: state.checkSource,
        url: state.checkUrlInput,
        invalid: check.status === 'invalid',
        required: true,
        updateOn: 'input',
        onSource: (source) => context.actions.setCheckSource(source),
        onUrl: (value) => context.actions.setCheckUrl(value),
      })}
      <button type="submit" ?disabled=${check.status === 'running'}>${t.checkButton}</button>
    </form>
    <div class="check-result">
      <p role="status" class=${`verdict ${check.status === 'done' ? check.report.status : ''}`}>
        ${check.status === 'running' ? t.checking : check.status === 'done' ? t.checkResult[check.report.status] : ''}
      </p>
      ${check.status === 'done'
        ? html`<p class="help"><code>${check.report.manifestUrl}</code></p>
            ${summary(context, check.report)} ${counts(context, check.report)} ${unusable(context, check.report)}
            ${findings(context, check.report)} ${check.report.freshness ? freshness(context, check.report.freshness) : nothing}`
        : nothing}
    </div>
  </section>`;
}
