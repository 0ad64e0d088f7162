import { html, nothing, type TemplateResult } from 'lit';
import type { DataSource } from '../state.js';

/** Ids of the controls; the URL field's help and error take its id plus `-help` and `-error`. */
export interface FeedSourceIds {
  name: string;
  sample: string;
  url: string;
  input: string;
}

export interface FeedSourceView {
  ids: FeedSourceIds;
  legend: string;
  sampleLabel: string;
  urlLabel: string;
  inputLabel: string;
  help: string;
  invalidText: string;
  source: DataSource;
  url: string;
  invalid: boolean;
  /** Shown instead of the URL field while the sample is chosen. */
  sampleNotice?: string | undefined;
  /** The check view submits a form: there the address is required. */
  required: boolean;
  /** `change` updates when the field is left (the preview reloads then); `input` on every keystroke. */
  updateOn: 'change' | 'input';
  onSource(source: DataSource): void;
  onUrl(value: string): void;
}

/** "The sample feed or a feed at an address": the same fieldset on the configure and the check views. */
export function feedSourceFields(view: FeedSourceView): TemplateResult {
  const { ids } = view;
  const setUrl = (event: Event): void => view.onUrl((event.target as HTMLInputElement).value);
  const radio = (source: DataSource, id: string, label: string): TemplateResult => html`<div class="radio">
    <input type="radio" name=${ids.name} id=${id} .checked=${view.source === source} @change=${() => view.onSource(source)} />
    <label for=${id}>${label}</label>
  </div>`;
  return html`<fieldset>
    <legend>${view.legend}</legend>
    ${radio('sample', ids.sample, view.sampleLabel)} ${radio('url', ids.url, view.urlLabel)}
    ${view.source === 'url'
      ? html`<div class="field">
          <label for=${ids.input}>${view.inputLabel}</label>
          <input
            id=${ids.input}
            type="url"
            inputmode="url"
            autocomplete="url"
            spellcheck="false"
            ?required=${view.required}
            aria-describedby=${`${ids.input}-help${view.invalid ? ` ${ids.input}-error` : ''}`}
            aria-invalid=${view.invalid ? 'true' : 'false'}
            .value=${view.url}
            @change=${view.updateOn === 'change' ? setUrl : undefined}
            @input=${view.updateOn === 'input' ? setUrl : undefined}
          />
          <p class="help" id=${`${ids.input}-help`}>${view.help}</p>
          ${view.invalid ? html`<p class="error" id=${`${ids.input}-error`}>${view.invalidText}</p>` : nothing}
        </div>`
      : view.sampleNotice
        ? html`<p class="notice">${view.sampleNotice}</p>`
        : nothing}
  </fieldset>`;
}
