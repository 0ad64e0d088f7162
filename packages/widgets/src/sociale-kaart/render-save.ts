import { html, type TemplateResult } from 'lit';
import type { KaartTerms } from './kaart-terms.js';
import type { Service } from './kaart-types.js';

/**
 * "Bewaar": puts a service in the list, or takes it out (aria-pressed). Its visible word stays the
 * same, as a toggle's name should; the service's name follows for screen readers, so a list of
 * results does not read as twenty times "Bewaar".
 */
export function renderSaveToggle(t: KaartTerms, service: Service, saved: boolean, onToggle: (service: Service) => void): TemplateResult {
  return html`<button part="save-toggle" class="save-toggle" type="button" aria-pressed=${saved} @click=${() => onToggle(service)}>
    <span class="save-mark" aria-hidden="true">${saved ? '★' : '☆'}</span>${t.term('save')}<span class="visually-hidden"> ${service.name}</span>
  </button>`;
}

/** "Mijn lijst (3)": opens the list; there once something is saved. */
export function renderListButton(t: KaartTerms, count: number, onOpen: () => void): TemplateResult {
  return html`<p class="list-bar">
    <button part="list-button" class="button button-secondary" type="button" @click=${onOpen}>${t.term('listButton', count)}</button>
  </p>`;
}
