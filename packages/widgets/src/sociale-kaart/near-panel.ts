import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import type { GeoPoint, SearchHit, Service, WijkwijzerClient } from '@wijkwijzer/sdk';
import { createPostcodeGeocoder, hasPlace, nearestFirst, parsePostcode, RADIUS_CHOICES_KM, serviceDistanceKm, withinRadius, type Geocoder } from '@wijkwijzer/sdk/geo';
import { adoptLazyStyles } from '../internal/adopt-styles.js';
import type { LocalizeController, StringTables } from '../internal/localize.js';
import type { CommonStrings } from '../internal/strings.js';
import type { KaartSort } from './kaart-attributes.js';
import { NEAR_STRINGS, type NearStrings } from './near.strings.js';
import { nearStyles } from './near.styles.js';
import { inRouteOrder } from './route-groups.js';

type NearWords = LocalizeController<NearStrings & CommonStrings>;

/** Where a point came from, or why there is none: what the panel tells the resident. */
type NearStatus =
  | { kind: 'none' }
  | { kind: 'looking-up' | 'locating' | 'device' | 'denied' | 'unavailable' | 'timeout' | 'invalid' | 'lookup-failed' }
  | { kind: 'postcode' | 'unknown'; postcode: string };

/** How the finder orders and narrows its hits once a point may be known: the finder's own properties. */
export interface Arrangement {
  origin: GeoPoint | undefined;
  routeOrder: boolean;
  radius: number | undefined;
  sort: KaartSort;
}

/** The finder as the panel sees it: the point, radius and order are its properties, so setting them orders the results again. */
export interface NearElement extends LitElement, Arrangement {
  /** The page's geocoder, if it gave one. */
  geocoder?: Geocoder | undefined;
}

/** What else the panel asks of the finder. */
export interface NearHost {
  /** A words controller for the panel's table (the element's `words`), so it follows the element's language. */
  words(tables: StringTables<NearStrings>): NearWords;
  /** The resident changed the point, the radius or the order: keep the URL up to date. */
  changed(): void;
}

/**
 * The hits to show, in order. With a point: those within the radius (and those without a located
 * place), nearest first within each route step, or nearest first overall when the resident chose it.
 */
export function arrangeHits(hits: readonly SearchHit[], { origin, routeOrder, radius, sort }: Arrangement): readonly SearchHit[] {
  if (!origin) return routeOrder ? inRouteOrder(hits) : hits;
  const near = radius === undefined ? hits : withinRadius(hits, origin, radius);
  if (sort === 'distance') return nearestFirst(near, origin);
  // Route order is stable: hits sorted nearest first stay so within each step.
  return routeOrder ? inRouteOrder(nearestFirst(near, origin)) : near;
}

/** A device position rounded to about 100 m: all a distance needs, and no more than that is held. */
const rounded = ({ latitude, longitude }: GeolocationCoordinates): GeoPoint => ({
  latitude: Math.round(latitude * 1000) / 1000,
  longitude: Math.round(longitude * 1000) / 1000,
});

const GEOLOCATION_TIMEOUT_MS = 10_000;

/**
 * "Help near you": a postcode field, "Bij mij in de buurt" and, once a point is known, the radius
 * and order. The point lives in the finder's memory only: a postcode is turned into one by the
 * geocoder in force (by default the feed's postcode areas, loaded at the first postcode typed), a
 * device position is asked only when the button is pressed and is never sent or stored.
 */
export class NearPanel {
  readonly words: NearWords;
  private status: NearStatus = { kind: 'none' };
  private lookup?: AbortController;
  private numbers?: { lang: string; format: Intl.NumberFormat };
  /** The feed's postcode areas, read at the first postcode typed. */
  private readonly feedPostcodes: Geocoder;

  constructor(
    private readonly element: NearElement,
    { client, signal }: { client: WijkwijzerClient; signal: AbortSignal },
    private readonly host: NearHost,
  ) {
    this.words = host.words(NEAR_STRINGS);
    this.feedPostcodes = createPostcodeGeocoder(() => client.postcodes.list({ signal }));
    // The panel's styles arrived with this chunk: after the finder's.
    adoptLazyStyles(element.shadowRoot, nearStyles);
  }

  /** The PC4 of the postcode the point comes from, for the URL; undefined for none or a device position. */
  get postcode(): string | undefined {
    return this.status.kind === 'postcode' ? parsePostcode(this.status.postcode)?.pc4 : undefined;
  }

  /** Looks a postcode up and makes it the point; an empty one clears the point. */
  async lookUp(input: string): Promise<void> {
    this.lookup?.abort();
    const typed = input.trim();
    if (!typed) return this.clear();
    if (!parsePostcode(typed)) return this.set({ kind: 'invalid' });
    const lookup = new AbortController();
    this.lookup = lookup;
    this.set({ kind: 'looking-up' });
    try {
      const point = await (this.element.geocoder ?? this.feedPostcodes).geocodePostcode(typed, { signal: lookup.signal });
      if (lookup.signal.aborted) return;
      const postcode = typed.toUpperCase().replace(/^(\d{4})\s*([A-Z]{2})$/, '$1 $2');
      this.set(point ? { kind: 'postcode', postcode } : { kind: 'unknown', postcode }, point);
    } catch (error) {
      if (!lookup.signal.aborted) {
        console.warn('[wijkwijzer] <sociale-kaart> could not look up the postcode.', error);
        this.set({ kind: 'lookup-failed' });
      }
    }
  }

  /** Asks the device where it is: only now, after the resident pressed the button. */
  locate(): void {
    this.lookup?.abort();
    const geolocation = 'geolocation' in navigator ? navigator.geolocation : undefined;
    if (!geolocation) return this.set({ kind: 'unavailable' });
    this.set({ kind: 'locating' });
    geolocation.getCurrentPosition(
      (position) => this.set({ kind: 'device' }, rounded(position.coords)),
      (error) => this.set({ kind: error.code === error.PERMISSION_DENIED ? 'denied' : error.code === error.TIMEOUT ? 'timeout' : 'unavailable' }),
      { enableHighAccuracy: false, maximumAge: 60_000, timeout: GEOLOCATION_TIMEOUT_MS },
    );
  }

  clear(): void {
    this.lookup?.abort();
    this.set({ kind: 'none' });
  }

  /** A status, and with a point the finder's new origin; without one the point is gone (not while looking). */
  private set(status: NearStatus, point?: GeoPoint): void {
    this.status = status;
    if (point || !['looking-up', 'locating'].includes(status.kind)) {
      this.element.origin = point;
      this.host.changed();
    }
    this.element.requestUpdate();
  }

  private order(change: Partial<Pick<Arrangement, 'radius' | 'sort'>>): void {
    Object.assign(this.element, change);
    this.host.changed();
  }

  /** Whether results show as one list, nearest first, rather than under route steps. */
  get oneList(): boolean {
    return this.element.origin !== undefined && this.element.sort === 'distance';
  }

  /** "1,2 km van je af", or "Online of telefonisch" for a service with no place to go to; nothing when unknown. */
  distanceText(service: Service): string | undefined {
    const { origin } = this.element;
    if (!origin) return undefined;
    const km = serviceDistanceKm(service, origin);
    if (km === undefined) return hasPlace(service) ? undefined : this.words.term('noPlace');
    const { lang } = this.words;
    if (this.numbers?.lang !== lang) this.numbers = { lang, format: new Intl.NumberFormat(lang, { style: 'unit', unit: 'kilometer', maximumFractionDigits: km < 10 ? 1 : 0 }) };
    return this.words.term('distanceAway', this.numbers.format.format(km));
  }

  render(): TemplateResult {
    const { words } = this;
    const message = this.message();
    const busy = this.status.kind === 'looking-up' || this.status.kind === 'locating';
    return html`<section part="near" class="filters near" aria-labelledby="kaart-near-title">
      <h2 class="section-title" id="kaart-near-title">${words.term('nearTitle')}</h2>
      <form class="near-form" @submit=${this.submit}>
        <div class="field">
          <label for="kaart-postcode">${words.term('postcodeLabel')}</label>
          <p class="hint" id="kaart-postcode-hint">${words.term('postcodeHint')}</p>
          <div class="near-row">
            <input part="postcode-input" id="kaart-postcode" name="postcode" type="text" inputmode="text" autocomplete="postal-code" maxlength="7" size="8" aria-describedby="kaart-postcode-hint" .value=${this.status.kind === 'postcode' || this.status.kind === 'unknown' ? this.status.postcode : ''} />
            <button part="postcode-button" class="button button-secondary" type="submit" ?disabled=${busy}>${words.term('postcodeButton')}</button>
          </div>
        </div>
      </form>
      <p class="near-row">
        <button part="near-button" class="button button-secondary" type="button" aria-describedby="kaart-near-hint" ?disabled=${busy} @click=${() => this.locate()}>${words.term('nearButton')}</button>
      </p>
      <p class="hint" id="kaart-near-hint">${words.term('nearHint')}</p>
      <p part="near-status" class="near-status" role="status" aria-live="polite">${message}</p>
      ${this.element.origin ? this.renderOrder() : nothing}
    </section>`;
  }

  private readonly submit = (event: Event): void => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('postcode') as HTMLInputElement;
    void this.lookUp(input.value);
  };

  private message(): string {
    const { words, status } = this;
    switch (status.kind) {
      case 'none':
        return '';
      case 'looking-up':
        return words.term('lookingUp');
      case 'locating':
        return words.term('locating');
      case 'postcode':
        return words.term('fromPostcode', status.postcode);
      case 'unknown':
        return words.term('postcodeUnknown', status.postcode);
      case 'device':
        return words.term('fromDevice');
      case 'invalid':
        return words.term('postcodeInvalid');
      case 'lookup-failed':
        return words.term('lookupFailed');
      default:
        return words.term(status.kind);
    }
  }

  private renderOrder(): TemplateResult {
    const { words } = this;
    const { radius, sort, routeOrder } = this.element;
    return html`<div class="near-row near-order">
      <div class="field">
        <label for="kaart-radius">${words.term('radiusLabel')}</label>
        <select id="kaart-radius" @change=${(event: Event) => this.order({ radius: Number((event.target as HTMLSelectElement).value) || undefined })}>
          <option value="" .selected=${radius === undefined}>${words.term('radiusAll')}</option>
          ${RADIUS_CHOICES_KM.map((km) => html`<option value=${km} .selected=${radius === km}>${words.term('radiusWithin', km)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="kaart-sort">${words.term('sortLabel')}</label>
        <select id="kaart-sort" @change=${(event: Event) => this.order({ sort: (event.target as HTMLSelectElement).value === 'distance' ? 'distance' : 'route' })}>
          <option value="route" .selected=${sort === 'route'}>${words.term(routeOrder ? 'sortRoute' : 'sortRelevance')}</option>
          <option value="distance" .selected=${sort === 'distance'}>${words.term('sortDistance')}</option>
        </select>
      </div>
      <button class="button button-link" type="button" @click=${() => this.clear()}>${words.term('clearPlace')}</button>
    </div>`;
  }
}
