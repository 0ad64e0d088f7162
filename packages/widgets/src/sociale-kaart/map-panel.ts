import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { SearchHit } from '@wijkwijzer/sdk';
import { locatedPlaces } from '@wijkwijzer/sdk/geo';
import { adoptLazyStyles } from '../internal/adopt-styles.js';
import type { LocalizeController, StringTables } from '../internal/localize.js';
import { safeHref } from '../internal/safe-href.js';
import { MAP_STRINGS, type MapStrings } from './kaart-map.strings.js';
import { mapStyles } from './kaart-map.styles.js';
import type { LatLon } from './map-frame.js';
import { renderMap, type AreaOutline, type MapMarker } from './render-map.js';
import { resultButtonId } from './render-results.js';
import type { Service } from './kaart-types.js';
import { firstAddress } from './service-facts.js';

type MapWords = LocalizeController<MapStrings>;

/** What the finder's map view shows at a render. */
export interface MapView {
  /** The results, in the list's order: every one on the map or under it. */
  hits: readonly SearchHit[];
  /** The chosen area, outlined when the feed has its geometry. */
  area: { name: string; geometry?: AreaOutline | undefined } | undefined;
  /** The resident's point (postcode or "Bij mij in de buurt"), drawn when known; it never leaves the page. */
  origin: LatLon | undefined;
  tiles: string | undefined;
  attribution: string | undefined;
  onOpen(service: Service): void;
}

/** The finder, as the map needs it: its shadow root and width. */
type MapHost = ReactiveControllerHost & HTMLElement;

/** The keys that move between markers, and where each goes from `active` of `count`. */
const MOVES: Record<string, (active: number, count: number) => number> = {
  ArrowRight: (active, count) => Math.min(count - 1, active + 1),
  ArrowDown: (active, count) => Math.min(count - 1, active + 1),
  ArrowLeft: (active) => Math.max(0, active - 1),
  ArrowUp: (active) => Math.max(0, active - 1),
  Home: () => 0,
  End: (_active, count) => count - 1,
};

/** Results that are not on the map, under a heading, each a button that opens it. */
function renderGroup(title: string, services: readonly Service[], view: MapView): TemplateResult | typeof nothing {
  return services.length
    ? html`<h2 part="route-heading" class="route-heading">${title}</h2>
        <ul class="result-list" role="list">
          ${services.map(
            (service) => html`<li part="result" class="result" data-service=${service.id}>
              <button part="result-button" class="result-button" type="button" id=${resultButtonId(service.id)} @click=${() => view.onOpen(service)}>
                ${service.name}
              </button>
            </li>`,
          )}
        </ul>`
    : nothing;
}

/**
 * The finder's map view ("Kaart"), from the map's chunk (map-part.ts), loaded the first time a
 * resident opens it: a button per result with a place, in the list's order, those without one
 * (online or by phone) under it, each opening the service's details as the list does.
 *
 * Keys: the markers are one Tab stop; the arrow keys, Home and End move between them; Enter or
 * Space opens the service, and coming back from it puts focus on its marker again.
 */
export class MapPanel implements ReactiveController {
  private readonly words: MapWords;
  /** The marker in the Tab order, and the results it counts in (new results start at the first). */
  private active = 0;
  private activeIn: readonly SearchHit[] | undefined;
  private markerToFocus: string | undefined;

  constructor(
    private readonly finder: MapHost,
    words: (tables: StringTables<MapStrings>) => MapWords,
  ) {
    this.words = words(MAP_STRINGS);
    finder.addController(this);
    // The map's styles arrived with this chunk: after the finder's.
    adoptLazyStyles(finder.shadowRoot, mapStyles);
  }

  render(view: MapView): TemplateResult {
    const { words } = this;
    const markers: MapMarker[] = [];
    const withoutAddress: Service[] = [];
    const notOnMap: Service[] = [];
    const byId = new Map<string, Service>();
    for (const { service } of view.hits) {
      const [place] = locatedPlaces(service);
      byId.set(service.id, service);
      if (place) markers.push({ id: service.id, name: service.name, ...place });
      // An address without coordinates is no online service: said apart, not hidden among them.
      else (firstAddress(service) ? notOnMap : withoutAddress).push(service);
    }
    if (this.activeIn !== view.hits) this.active = 0;
    this.activeIn = view.hits;
    const { geometry, name = '' } = view.area ?? {};
    return html`
      ${renderMap({
        words,
        markers,
        outline: geometry && { name, geometry },
        origin: view.origin,
        tiles: safeHref(view.tiles),
        attribution: view.attribution,
        pixelWidth: this.finder.clientWidth,
        active: this.active,
        onSelect: (marker) => {
          const service = byId.get(marker.id);
          if (service) view.onOpen(service);
        },
        onKeydown: (event) => this.move(event, markers.length),
        onFocus: (index) => {
          this.active = index;
          this.finder.requestUpdate();
        },
      })}
      ${renderGroup(words.term('withoutAddress'), withoutAddress, view)} ${renderGroup(words.term('notOnMap'), notOnMap, view)}
    `;
  }

  /** Focus goes to this service's marker after the finder's next render. */
  focusMarker(serviceId: string): void {
    this.markerToFocus = serviceId;
  }

  hostUpdated(): void {
    if (this.markerToFocus) this.marker(`[data-service="${CSS.escape(this.markerToFocus)}"]`)?.focus();
    this.markerToFocus = undefined;
  }

  private marker(selector: string): HTMLButtonElement | null | undefined {
    return this.finder.shadowRoot?.querySelector<HTMLButtonElement>(`.map-marker${selector}`);
  }

  private move(event: KeyboardEvent, count: number): void {
    const move = MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    this.active = move(this.active, count);
    this.finder.shadowRoot?.querySelectorAll<HTMLButtonElement>('.map-marker')[this.active]?.focus();
  }
}
