import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { SearchHit } from '@wijkwijzer/sdk';
import type { OpeningState } from '@wijkwijzer/sdk/hours';
import { isPlaceGroup, type PlaceGroup, type ResultEntry } from '@wijkwijzer/sdk/search';
import { telHref } from '../internal/safe-href.js';
import type { KaartTerms } from './kaart-terms.js';
import type { Service } from './kaart-types.js';
import { firstHit, groupByRoute } from './route-groups.js';
import { renderSaveToggle } from './render-save.js';
import { addressText, firstAddress, phonesOf } from './service-facts.js';
import { renderWaitingBadge } from './waiting-badge.js';

export interface ResultsView {
  t: KaartTerms;
  feed: string;
  /** What to show in display order, a service in several places as one entry; only the first `shown` are in the DOM. */
  entries: readonly ResultEntry[];
  /** How many services the entries hold: "Meer tonen" counts services, as the result count does. */
  total: number;
  shown: number;
  /** Of those entries, the cards drawn so far: the first frame after loading draws a few, the rest follow a task later. */
  drawn: number;
  routeOrder: boolean;
  professional: boolean;
  openState(service: Service): OpeningState | undefined;
  /** "1,2 km van je af" or "Online of telefonisch" once the resident's point is known; undefined otherwise. */
  distance(service: Service): string | undefined;
  hasAvailability(serviceId: string): boolean;
  /** The moment for opening hours and waiting-time status; undefined is the real time. */
  now?: Date | undefined;
  onOpen(service: Service): void;
  onMore(): void;
  /** Whether a service is in the list, and putting it in or taking it out. */
  saved(serviceId: string): boolean;
  onSave(service: Service): void;
}

/** The id of a result's button, so focus can return to it from the detail view. */
export const resultButtonId = (serviceId: string): string => `kaart-result-${serviceId}`;

function renderCard(view: ResultsView, hit: SearchHit): TemplateResult {
  const { service } = hit;
  const phone = phonesOf(service)[0];
  const address = firstAddress(service);
  const open = view.openState(service);
  const summary = service.summary_b1 ?? service.description;
  const distance = view.distance(service);
  return html`
    <li part="result" class="result" data-service=${service.id}>
      <h3 class="result-name">
        <button part="result-button" class="result-button" type="button" id=${resultButtonId(service.id)} @click=${() => view.onOpen(service)}>${service.name}</button>
      </h3>
      ${summary ? html`<p class="result-summary">${summary}</p>` : nothing}
      ${distance ? html`<p part="distance" class="distance">${distance}</p>` : nothing}
      ${open && open.status !== 'unknown' ? html`<p part="open-state" class="open-state" data-status=${open.status}>${open.text}</p>` : nothing}
      ${phone || address
        ? html`<p class="result-contact">
            ${phone ? html`<a part="phone-link" class="phone" href=${telHref(phone.number)}>${phone.number}</a>` : nothing}
            ${address ? html`<span class="address">${addressText(address)}</span>` : nothing}
          </p>`
        : nothing}
      ${view.professional && service.referral_process ? html`<p class="referral-route">${service.referral_process}</p>` : nothing}
      ${service.url ? html`<p class="print-only">${service.url}</p>` : nothing}
      ${view.hasAvailability(service.id) ? renderWaitingBadge(view.feed, service.id, true, view.now) : nothing}
      ${renderSaveToggle(view.t, service, view.saved(service.id), view.onSave)}
    </li>
  `;
}

/**
 * A service offered in several places: one card with its name without the place, and each place
 * a button to its own details, named in full for a screen reader ("Samen Bewegen 65+ Zuid").
 */
function renderPlaceGroup(view: ResultsView, { name, places }: PlaceGroup): TemplateResult {
  const { service } = places[0].hit;
  const summary = service.summary_b1 ?? service.description;
  return html`
    <li part="result place-group" class="result">
      <h3 class="result-name">${name}</h3>
      ${summary ? html`<p class="result-summary">${summary}</p>` : nothing}
      <p class="places-title">${view.t.term('places', places.length)}</p>
      <ul class="place-list" role="list">
        ${places.map(({ hit, place }) => {
          const distance = view.distance(hit.service);
          return html`<li data-service=${hit.service.id}>
            <button part="result-button" class="result-button" type="button" id=${resultButtonId(hit.service.id)} aria-label=${hit.service.name} @click=${() => view.onOpen(hit.service)}>
              ${place}
            </button>
            ${distance ? html`<span part="distance" class="distance">${distance}</span>` : nothing}
          </li>`;
        })}
      </ul>
    </li>
  `;
}

const renderEntry = (view: ResultsView, entry: ResultEntry): TemplateResult => (isPlaceGroup(entry) ? renderPlaceGroup(view, entry) : renderCard(view, entry));
const keyOf = (entry: ResultEntry): string => firstHit(entry).service.id;
const servicesIn = (entries: readonly ResultEntry[]): number => entries.reduce((sum, entry) => sum + (isPlaceGroup(entry) ? entry.places.length : 1), 0);

/**
 * The result list: under route-step headings (self-help first) or as one ordered
 * list. Only the current page is rendered, so a feed of thousands stays light.
 */
export function renderResults(view: ResultsView): TemplateResult {
  const { t } = view;
  const visible = view.entries.slice(0, Math.min(view.shown, view.drawn));
  const more = view.entries.length > view.shown;
  const list = view.routeOrder
    ? repeat(
        groupByRoute(visible),
        (group) => group.step,
        (group) => html`
          <section part="route-group" class="route-group" data-step=${group.step} aria-labelledby=${`kaart-step-${group.step}`}>
            <h2 part="route-heading" class="route-heading" id=${`kaart-step-${group.step}`}>${t.term('routeStep', group.step)}</h2>
            <ul class="result-list" role="list">
              ${repeat(group.entries, keyOf, (entry) => renderEntry(view, entry))}
            </ul>
          </section>
        `,
      )
    : html`<h2 class="visually-hidden">${t.term('resultsTitle')}</h2>
        <ul class="result-list" role="list">
          ${repeat(visible, keyOf, (entry) => renderEntry(view, entry))}
        </ul>`;
  return html`
    ${list}
    ${more
      ? html`<button part="more-button" class="button button-secondary more" type="button" @click=${view.onMore}>
          ${t.term('showMore', servicesIn(view.entries.slice(0, view.shown)), view.total)}
        </button>`
      : nothing}
  `;
}
