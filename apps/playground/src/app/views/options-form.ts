import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { GROUP_OTHER_SERVICES, GROUP_WITH_AVAILABILITY, type ChoiceGroup } from '../feed-lists.js';
import { fieldKind, optionAttributes, type FieldValue } from '../option-fields.js';
import type { AttributeSpec, DefaultValue, WidgetSpec } from '../widget-spec.js';
import type { ViewContext } from './context.js';
import { widgetDoc } from './doc-text.js';

function defaultText(value: DefaultValue): string | undefined {
  switch (value.kind) {
    case 'string':
      return value.value === '' ? undefined : value.value;
    case 'number':
      return String(value.value);
    default:
      return undefined;
  }
}

function label(context: ViewContext, attribute: AttributeSpec, id: string): TemplateResult {
  const words = context.t.optionLabels[attribute.name];
  return html`<label for=${id}>${words ?? attribute.name} <code class="attr-name">${attribute.name}</code></label>`;
}

/** The help under a field: what the option does, then the default when there is one. */
function help(context: ViewContext, spec: WidgetSpec, attribute: AttributeSpec, id: string, extra?: string): TemplateResult {
  const fallback = defaultText(attribute.default);
  return html`<div id=${id}>
    ${widgetDoc(context, 'attributes', spec.tag, attribute)}
    ${fallback === undefined || attribute.type.kind === 'choice' ? nothing : html`<p class="help">${context.t.defaultIs(fallback)}</p>`}
    ${extra ? html`<p class="help">${extra}</p>` : nothing}
  </div>`;
}

function groupHeading(context: ViewContext, heading: string): string {
  if (heading === GROUP_WITH_AVAILABILITY) return context.t.optgroupWithAvailability;
  if (heading === GROUP_OTHER_SERVICES) return context.t.optgroupOtherServices;
  return context.t.areaKinds[heading] ?? heading;
}

function feedSelect(context: ViewContext, attribute: AttributeSpec, groups: ChoiceGroup[], value: string, id: string, helpId: string): TemplateResult {
  const known = groups.some((group) => group.choices.some((choice) => choice.value === value));
  const onChange = (event: Event): void => context.actions.setValue(attribute.name, (event.target as HTMLSelectElement).value);
  const options = (group: ChoiceGroup): TemplateResult[] =>
    group.choices.map((choice) => html`<option value=${choice.value} ?selected=${choice.value === value}>${choice.label} (${choice.value})</option>`);
  return html`<select id=${id} aria-describedby=${helpId} @change=${onChange}>
    <option value="" ?selected=${value === ''}>${context.t.notSet}</option>
    ${!known && value !== '' ? html`<option value=${value} selected>${value}</option>` : nothing}
    ${groups.map((group) => (group.heading === '' ? options(group) : html`<optgroup label=${groupHeading(context, group.heading)}>${options(group)}</optgroup>`))}
  </select>`;
}

function field(context: ViewContext, spec: WidgetSpec, attribute: AttributeSpec): TemplateResult {
  const id = `option-${spec.tag}-${attribute.name}`;
  const helpId = `${id}-help`;
  const value: FieldValue | undefined = context.state.values[spec.tag]?.[attribute.name];
  const kind = fieldKind(attribute);
  const setText = (event: Event): void => context.actions.setValue(attribute.name, (event.target as HTMLInputElement).value);

  if (kind.kind === 'checkbox') {
    const onChange = (event: Event): void => context.actions.setValue(attribute.name, (event.target as HTMLInputElement).checked);
    return html`<div class="field field-checkbox">
      <input type="checkbox" id=${id} aria-describedby=${helpId} .checked=${value === true} @change=${onChange} />
      ${label(context, attribute, id)} ${help(context, spec, attribute, helpId)}
    </div>`;
  }

  if (kind.kind === 'select') {
    const current = typeof value === 'string' ? value : '';
    const fallback = attribute.default.kind === 'string' ? attribute.default.value : undefined;
    const hasDefault = fallback !== undefined && kind.choices.includes(fallback);
    const onChange = (event: Event): void => context.actions.setValue(attribute.name, (event.target as HTMLSelectElement).value);
    return html`<div class="field">
      ${label(context, attribute, id)}
      <select id=${id} aria-describedby=${helpId} @change=${onChange}>
        ${hasDefault ? nothing : html`<option value="" ?selected=${current === ''}>${context.t.notSet}</option>`}
        ${kind.choices.map((choice) => {
          // A union may allow '' (e.g. `metric`: the widget picks); an empty option would read as " (standaard)".
          const words = choice === '' ? context.t.notSet : choice;
          return html`<option value=${choice} ?selected=${choice === current}>${choice === fallback ? context.t.defaultChoice(words) : words}</option>`;
        })}
      </select>
      ${help(context, spec, attribute, helpId, kind.fromDescription ? context.t.listedFromDescription : undefined)}
    </div>`;
  }

  const text = typeof value === 'string' ? value : '';
  const lists = context.state.lists;
  if (kind.kind === 'feed-list' && lists?.status === 'ready') {
    return html`<div class="field">
      ${label(context, attribute, id)} ${feedSelect(context, attribute, lists.lists[kind.list], text, id, helpId)}
      ${help(context, spec, attribute, helpId)}
    </div>`;
  }

  const placeholder = defaultText(attribute.default);
  return html`<div class="field">
    ${label(context, attribute, id)}
    <input
      id=${id}
      type=${kind.kind === 'number' ? 'number' : 'text'}
      aria-describedby=${helpId}
      placeholder=${placeholder ?? nothing}
      autocomplete="off"
      spellcheck="false"
      .value=${text}
      @input=${setText}
    />
    ${help(context, spec, attribute, helpId)}
  </div>`;
}

/** The widget's options, one field per attribute of the manifest (data source and language have their own controls). */
export function optionsForm(context: ViewContext): TemplateResult | typeof nothing {
  const spec = context.derived.spec;
  if (!spec) return nothing;
  const attributes = optionAttributes(spec);
  const lists = context.state.lists;
  return html`<fieldset class="options">
    <legend>${context.t.optionsLegend(spec.tag)}</legend>
    ${lists?.status === 'loading' ? html`<p class="help">${context.t.feedListsLoading}</p>` : nothing}
    ${lists?.status === 'failed' ? html`<p class="notice">${context.t.feedListsFailed}</p>` : nothing}
    ${
      // New controls per widget and per list state: a reused <select> would keep the
      // old choice, since browsers ignore `selected` once the user has picked.
      keyed(
        `${spec.tag} ${lists?.status ?? ''} ${lists?.feedUrl ?? ''}`,
        attributes.length === 0 ? html`<p>${context.t.noOptions}</p>` : attributes.map((attribute) => field(context, spec, attribute)),
      )
    }
  </fieldset>`;
}
