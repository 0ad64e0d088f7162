/**
 * Helpers for the <sociale-kaart> browser tests: reach into its shadow root,
 * type like a resident, and wait for searches without sleeping.
 */
import { oneEvent } from '@open-wc/testing';
import type { SocialeKaart } from '../sociale-kaart/sociale-kaart.component.js';

export function kaartPart<T extends Element = HTMLElement>(el: SocialeKaart, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`<sociale-kaart> has no ${selector}`);
  return found;
}

export function kaartParts<T extends Element = HTMLElement>(el: SocialeKaart, selector: string): T[] {
  return [...(el.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

export const searchInput = (el: SocialeKaart): HTMLInputElement => kaartPart<HTMLInputElement>(el, '#kaart-query');

/**
 * Names of the services on screen, in order (help lines not included): a place of a service
 * offered in several places by its button's full name ("Samen Bewegen 65+ Zuid").
 */
export const resultNames = (el: SocialeKaart): string[] =>
  kaartParts(el, '[part~="result-button"]').map((button) => button.getAttribute('aria-label') ?? button.textContent?.trim() ?? '');

/** Ids of the services on screen, in order, each place of a service in several places too. */
export const resultIds = (el: SocialeKaart): string[] =>
  kaartParts(el, '[part~="result"][data-service], [part~="place-group"] [data-service]').map((item) => item.getAttribute('data-service') ?? '');

/** Asks for every service as a resident does before a question ("Bekijk alle … diensten"). */
export async function showAll(el: SocialeKaart): Promise<void> {
  kaartPart<HTMLButtonElement>(el, '[part~="show-all-button"]').click();
  await el.updateComplete;
}

export const countText = (el: SocialeKaart): string => kaartPart(el, '[part~="count"]').textContent?.trim() ?? '';

/** Puts text in the search box as typing does (value + input event), without waiting. */
export function typeInto(el: SocialeKaart, text: string): void {
  const input = searchInput(el);
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Types a query and waits until the (debounced) search has run and its results are rendered. */
export async function search(el: SocialeKaart, text: string): Promise<void> {
  const searched = oneEvent(el, 'wijkwijzer-search');
  typeInto(el, text);
  await searched;
  await el.updateComplete;
}

/** Runs a user action that searches at once (a tile, a filter) and waits for its results. */
export async function afterSearch(el: SocialeKaart, action: () => void): Promise<void> {
  const searched = oneEvent(el, 'wijkwijzer-search');
  action();
  await searched;
  await el.updateComplete;
}

/** Changes a filter control as a resident does: value, then a change event. */
export function setControl(el: SocialeKaart, selector: string, value: string | boolean): void {
  const control = kaartPart<HTMLInputElement | HTMLSelectElement>(el, selector);
  if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = Boolean(value);
  else control.value = String(value);
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
