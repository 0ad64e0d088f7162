import { html, nothing, type TemplateResult } from 'lit';
import { THEME_PRESETS } from '../theme.js';
import type { ViewContext } from './context.js';
import { widgetDoc } from './doc-text.js';

/** Preset choice, and for "custom" one field per custom property the widget documents. */
export function themeForm(context: ViewContext): TemplateResult {
  const { t, state, derived } = context;
  const spec = derived.spec;
  return html`<fieldset>
    <legend>${t.themeLegend}</legend>
    ${THEME_PRESETS.map(
      (preset) => html`<div class="radio">
        <input
          type="radio"
          name="theme"
          id=${`theme-${preset}`}
          aria-describedby=${`theme-${preset}-help`}
          .checked=${state.preset === preset}
          @change=${() => context.actions.setPreset(preset)}
        />
        <label for=${`theme-${preset}`}>${t.presetLabels[preset]}</label>
        <p class="help" id=${`theme-${preset}-help`}>${t.presetHelp[preset]}</p>
      </div>`,
    )}
    ${state.preset === 'custom' && spec
      ? html`<div class="custom-properties">
          ${spec.cssProperties.map((property) => {
            const id = `css-${property.name.slice(2)}`;
            const refused = derived.theme.refused.includes(property.name);
            return html`<div class="field">
              <label for=${id}><code>${property.name}</code></label>
              <input
                id=${id}
                type="text"
                spellcheck="false"
                autocomplete="off"
                aria-describedby=${`${id}-help${refused ? ` ${id}-error` : ''}`}
                aria-invalid=${refused ? 'true' : 'false'}
                .value=${state.custom[property.name] ?? ''}
                @input=${(event: Event) => context.actions.setCustom(property.name, (event.target as HTMLInputElement).value)}
              />
              ${widgetDoc(context, 'cssProperties', spec.tag, property, `${id}-help`)}
              ${refused ? html`<p class="error" id=${`${id}-error`}>${t.valueRefused}</p>` : nothing}
            </div>`;
          })}
        </div>`
      : nothing}
  </fieldset>`;
}
