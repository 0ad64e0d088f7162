import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { NeedSuggestion } from '@wijkwijzer/sdk/search';
import type { KaartTerms } from './kaart-terms.js';

export interface SearchBoxView {
  t: KaartTerms;
  query: string;
  /** The most characters search reads (the SDK's MAX_QUERY_LENGTH), once the SDK is loaded. */
  maxLength: number | undefined;
  suggestions: readonly NeedSuggestion[];
  /** Index of the highlighted suggestion, -1 for none. */
  active: number;
  open: boolean;
  /** The chosen need, shown as a chip the resident can remove. */
  needName?: string | undefined;
  onInput(event: Event): void;
  onKeydown(event: KeyboardEvent): void;
  onSubmit(event: Event): void;
  onPick(index: number): void;
  onBlur(): void;
  onRemoveNeed(): void;
}

export const SUGGESTION_ID = (index: number): string => `kaart-suggestion-${index}`;

/**
 * The search box: an ARIA 1.2 combobox whose list suggests needs in residents'
 * words. Arrow keys move through the suggestions, Enter picks one (or searches),
 * Escape closes the list. Focus stays in the input throughout. It takes as many
 * characters as search reads, so no typed word is silently ignored.
 */
export function renderSearchBox(view: SearchBoxView): TemplateResult {
  const { t } = view;
  const expanded = view.open && view.suggestions.length > 0;
  return html`
    <form part="search" class="search" role="search" @submit=${view.onSubmit}>
      <label class="search-label" for="kaart-query">${t.term('searchLabel')}</label>
      <p class="hint" id="kaart-query-hint">${t.term('searchHint')}</p>
      <div class="search-row">
        <div class="combobox">
          <input
            part="search-input"
            id="kaart-query"
            type="search"
            role="combobox"
            autocomplete="off"
            spellcheck="false"
            maxlength=${ifDefined(view.maxLength)}
            aria-autocomplete="list"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-controls="kaart-suggestions"
            aria-describedby="kaart-query-hint"
            aria-activedescendant=${ifDefined(expanded && view.active >= 0 ? SUGGESTION_ID(view.active) : undefined)}
            .value=${view.query}
            @input=${view.onInput}
            @keydown=${view.onKeydown}
            @blur=${view.onBlur}
          />
          <ul part="suggestions" class="suggestions" id="kaart-suggestions" role="listbox" aria-label=${t.term('suggestionsLabel')} ?hidden=${!expanded}>
            ${expanded
              ? view.suggestions.map(
                  (suggestion, index) => html`
                    <li
                      id=${SUGGESTION_ID(index)}
                      role="option"
                      class="suggestion"
                      aria-selected=${index === view.active ? 'true' : 'false'}
                      @mousedown=${(event: Event) => event.preventDefault()}
                      @click=${() => view.onPick(index)}
                    >
                      <span lang=${suggestion.lang === t.lang ? nothing : suggestion.lang}>${suggestion.name}</span>
                      ${suggestion.matched && suggestion.matched !== suggestion.name
                        ? html`<span class="muted">${t.term('suggestionMatched', suggestion.matched)}</span>`
                        : nothing}
                    </li>
                  `,
                )
              : nothing}
          </ul>
        </div>
        <button part="search-button" class="button button-primary" type="submit">${t.term('searchButton')}</button>
      </div>
      ${view.needName
        ? html`<p class="chips">
            <span part="need-chip" class="chip">
              <span>${t.term('needChip', view.needName)}</span>
              <button type="button" class="chip-remove" aria-label=${t.term('needRemove', view.needName)} @click=${view.onRemoveNeed}>
                <span aria-hidden="true">×</span>
              </button>
            </span>
          </p>`
        : nothing}
    </form>
  `;
}
