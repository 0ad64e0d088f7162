import { html, nothing, type TemplateResult } from 'lit';
import { PREVIEW_TAGS } from '../../shared/messages.js';
import type { WidgetLang } from '../state.js';
import { feedSourceFields } from './feed-source.js';
import type { ViewContext } from './context.js';
import { optionsForm } from './options-form.js';
import { previewPanel } from './preview-panel.js';
import { snippetPanel } from './snippet-panel.js';
import { themeForm } from './theme-form.js';

function widgetPicker(context: ViewContext): TemplateResult {
  const { t, state, specs } = context;
  return html`<fieldset class="picker">
    <legend>${t.pickWidget}</legend>
    <div class="picker-choices">
      ${PREVIEW_TAGS.map((tag) => {
        const spec = specs.find((candidate) => candidate.tag === tag);
        const id = `widget-${tag}`;
        return html`<div class="picker-choice">
          <input
            type="radio"
            name="widget"
            id=${id}
            value=${tag}
            aria-describedby=${`${id}-summary`}
            .checked=${state.tag === tag}
            ?disabled=${!spec}
            @change=${() => context.actions.chooseTag(tag)}
          />
          <label for=${id}><code>&lt;${tag}&gt;</code></label>
          <p class="help" id=${`${id}-summary`}>${t.widgetSummaries[tag] ?? spec?.summary ?? ''}${spec ? nothing : html` (${t.notInBuild})`}</p>
        </div>`;
      })}
    </div>
  </fieldset>`;
}

function dataSource(context: ViewContext): TemplateResult {
  const { t, state } = context;
  return feedSourceFields({
    ids: { name: 'source', sample: 'source-sample', url: 'source-url', input: 'feed-url' },
    legend: t.dataLegend,
    sampleLabel: t.sourceSample,
    urlLabel: t.sourceUrl,
    inputLabel: t.feedUrlLabel,
    help: t.feedUrlHelp,
    invalidText: t.feedUrlInvalid,
    source: state.source,
    url: state.feedUrlInput,
    invalid: state.source === 'url' && state.feedUrlInput.trim() !== '' && context.derived.feedUrl === undefined,
    sampleNotice: t.sampleWarning,
    required: false,
    updateOn: 'change',
    onSource: (source) => context.actions.setSource(source),
    onUrl: (value) => context.actions.setFeedUrl(value),
  });
}

function language(context: ViewContext): TemplateResult {
  const { t, state } = context;
  const options: [WidgetLang, string][] = [
    ['', t.widgetLangFollow],
    ['nl', t.widgetLangNl],
    ['en', t.widgetLangEn],
  ];
  return html`<fieldset>
    <legend>${t.langLegend}</legend>
    <div class="field">
      <label for="widget-lang">${t.widgetLangLabel} <code class="attr-name">lang</code></label>
      <select
        id="widget-lang"
        aria-describedby="widget-lang-help"
        @change=${(event: Event) => context.actions.setWidgetLang((event.target as HTMLSelectElement).value as WidgetLang)}
      >
        ${options.map(([value, words]) => html`<option value=${value} ?selected=${state.widgetLang === value}>${words}</option>`)}
      </select>
      <p class="help" id="widget-lang-help">${t.widgetLangHelp}</p>
    </div>
  </fieldset>`;
}

function advanced(context: ViewContext): TemplateResult {
  const { t, state } = context;
  return html`<details class="advanced">
    <summary>${t.advancedSummary}</summary>
    <div class="field">
      <label for="cdn-base">${t.cdnBaseLabel}</label>
      <input
        id="cdn-base"
        type="url"
        spellcheck="false"
        aria-describedby="cdn-base-help"
        .value=${state.cdnBase}
        @change=${(event: Event) => context.actions.setCdnBase((event.target as HTMLInputElement).value)}
      />
      <p class="help" id="cdn-base-help">${t.cdnBaseHelp}</p>
      <button type="button" class="secondary" @click=${() => context.actions.resetCdnBase()}>${t.cdnReset}</button>
    </div>
  </details>`;
}

export function configureView(context: ViewContext): TemplateResult {
  return html`<section aria-labelledby="configure-heading">
    <h2 id="configure-heading" class="visually-hidden">${context.t.navConfigure}</h2>
    ${widgetPicker(context)}
    <div class="workbench">
      <form class="settings" @submit=${(event: Event) => event.preventDefault()}>
        ${dataSource(context)} ${language(context)} ${optionsForm(context)} ${themeForm(context)} ${advanced(context)}
      </form>
      <div class="output">${previewPanel(context)} ${snippetPanel(context)}</div>
    </div>
  </section>`;
}
