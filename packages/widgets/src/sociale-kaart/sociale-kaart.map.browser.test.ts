import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import './sociale-kaart.js';
import type { SocialeKaart } from './sociale-kaart.component.js';
import type { Service } from './kaart-types.js';
import { MAP_STRINGS, type MapStrings } from './kaart-map.strings.js';
import { renderMap } from './render-map.js';
import type { LocalizeController } from '../internal/localize.js';
import { CONTACT_WAYS_FEED, SAMPLE_FEED } from '../test-support/feeds.js';
import { openStrictCspPage } from '../test-support/strict-csp.js';
import { kaartPart, kaartParts, resultIds } from '../test-support/kaart-helpers.js';

/*
 * Issue 16: the results on a map, loaded only when a resident opens "Kaart", a button per service
 * with a place, usable by keyboard and screen reader, and asking no other host for anything
 * unless the page sets `tiles`.
 */

/** The ids of the sample's services that have a place with coordinates, read from the feed itself. */
async function locatedIds(): Promise<Set<string>> {
  const services = (await (await fetch(new URL('services.json', SAMPLE_FEED))).json()) as Service[];
  return new Set(
    services
      .filter((service) => service.service_at_locations?.some(({ location }) => typeof location.latitude === 'number' && typeof location.longitude === 'number'))
      .map((service) => service.id),
  );
}

/** Chooses "Kaart" and waits for the map; gives the finder, whose shadow root holds it. */
async function openMap(el: SocialeKaart): Promise<SocialeKaart> {
  kaartPart<HTMLButtonElement>(el, '#kaart-view-map').click();
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="map"], .map-note'), 'the map did not open');
  await el.updateComplete;
  return el;
}

const markers = (el: SocialeKaart): HTMLButtonElement[] => kaartParts<HTMLButtonElement>(el, '[part~="map-marker"]');
const focusedMarker = (el: SocialeKaart): string | undefined => {
  const focused = el.shadowRoot?.activeElement;
  return focused?.matches('[part~="map-marker"]') ? focused.textContent?.trim() : undefined;
};

describe('<sociale-kaart> map', () => {
  it('opens with one marker per located result, each a button named after its service; the rest listed under it', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all limit="200" feed=${SAMPLE_FEED} gemeente="utrecht"></sociale-kaart>`);
    const listed = resultIds(el);
    const located = await locatedIds();
    expect(kaartPart(el, '#kaart-view-list').getAttribute('aria-pressed'), 'the list is the first view').to.equal('true');
    await openMap(el);
    expect(kaartPart(el, '#kaart-view-map').getAttribute('aria-pressed')).to.equal('true');
    const onMap = markers(el).map((marker) => marker.dataset.service);
    expect(onMap).to.deep.equal(listed.filter((id) => located.has(id)));
    expect(onMap.length).to.be.greaterThan(5);
    // Named after the service: the same name its result button had.
    const names = markers(el).map((marker) => marker.textContent?.trim());
    expect(names.every((name) => name && name.length > 2)).to.equal(true);
    expect(resultIds(el), 'the services without a place, under the map').to.deep.equal(listed.filter((id) => !located.has(id)));
    expect(el.shadowRoot?.textContent).to.contain('Zonder adres (online of telefonisch)');
    // Utrecht's outline (a sketch in the sample) is drawn.
    expect(el.shadowRoot?.querySelector('path.map-outline')?.getAttribute('d')).to.match(/^M[\d.]+ [\d.]+L/);
  });

  it('says apart a service with an address but no coordinates and one without an address', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all limit="200" feed=${CONTACT_WAYS_FEED} gemeente="zeist"></sociale-kaart>`);
    await openMap(el);
    const groups = Object.fromEntries(
      kaartParts(el, '[part~="map"] ~ h2').map((heading) => [
        heading.textContent?.trim(),
        [...(heading.nextElementSibling?.querySelectorAll('[data-service]') ?? [])].map((item) => item.getAttribute('data-service')),
      ]),
    );
    expect(groups['Zonder adres (online of telefonisch)']).to.include('alleen-bellen').and.not.include('alleen-langsgaan');
    expect(groups['Met een adres, maar niet op de kaart']).to.deep.equal(['alleen-langsgaan']);
  });

  it('is one Tab stop; the arrow keys, Home and End reach every marker; Enter opens the service and back returns to its marker', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all limit="200" feed=${SAMPLE_FEED} gemeente="utrecht"></sociale-kaart>`);
    await openMap(el);
    const names = markers(el).map((marker) => marker.textContent?.trim());
    kaartPart<HTMLButtonElement>(el, '#kaart-view-map').focus();
    await sendKeys({ press: 'Tab' });
    const reached = [focusedMarker(el)];
    for (let step = 1; step < names.length; step += 1) {
      await sendKeys({ press: 'ArrowRight' });
      reached.push(focusedMarker(el));
    }
    expect(reached).to.deep.equal(names);
    await sendKeys({ press: 'Home' });
    expect(focusedMarker(el)).to.equal(names[0]);
    await sendKeys({ press: 'End' });
    expect(focusedMarker(el)).to.equal(names.at(-1));
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedMarker(el)).to.equal(names.at(-2));
    // Only one marker is in the Tab order.
    expect(markers(el).filter((marker) => marker.tabIndex === 0)).to.have.length(1);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(kaartPart(el, '#kaart-detail-title').textContent?.trim()).to.equal(names.at(-2));
    kaartPart<HTMLButtonElement>(el, '[part~="back-button"]').click();
    await el.updateComplete;
    expect(focusedMarker(el)).to.equal(names.at(-2));
  });

  for (const lang of ['nl', 'en']) {
    it(`passes axe (${lang})`, async () => {
      const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all lang=${lang} feed=${SAMPLE_FEED} gemeente="utrecht"></sociale-kaart>`);
      await openMap(el);
      expect(el.shadowRoot?.querySelector('.map-frame')?.getAttribute('aria-label')).to.match(lang === 'en' ? /^Map with \d+ services$/ : /^Kaart met \d+ diensten$/);
      await expect(el).to.be.accessible();
    });
  }

  it('without tiles, the page asks no host but the feed’s for anything', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} gemeente="utrecht"></sociale-kaart>`);
    performance.clearResourceTimings();
    await openMap(el);
    markers(el)[0]?.focus();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const hosts = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).origin);
    expect(hosts.filter((origin) => origin !== new URL(SAMPLE_FEED).origin)).to.deep.equal([]);
    expect(el.shadowRoot?.querySelectorAll('img')).to.have.length(0);
  });

  it('with tiles from a local tile server, loads them under a CSP that allows that host in img-src, with its attribution', async () => {
    const tileState = async (): Promise<{ origin: string; requests: number }> => (await fetch('/packages/widgets/test-feeds/tiles/state')).json();
    const { origin, requests: before } = await tileState();
    const page = await openStrictCspPage(
      `<sociale-kaart show-all feed="${SAMPLE_FEED}" gemeente="utrecht" tiles="${origin}/tiles/{z}/{x}/{y}.svg" tiles-attribution="Testkaart"></sociale-kaart>`,
      '/packages/widgets/test-pages/tiles-csp.html',
    );
    try {
      const kaart = (): SocialeKaart | null => page.document.querySelector('sociale-kaart');
      await waitUntil(() => kaart()?.shadowRoot?.querySelector('#kaart-view-map'), 'no results in the CSP page', { timeout: 8000 });
      expect((await tileState()).requests, 'tiles before the map opens').to.equal(before);
      const el = await openMap(kaart()!);
      const tiles = (): HTMLImageElement[] => [...(el.shadowRoot?.querySelectorAll('img.map-tile') ?? [])] as HTMLImageElement[];
      await waitUntil(() => tiles().length > 0 && tiles().every((tile) => tile.complete && tile.naturalWidth > 0), 'the tiles did not load', { timeout: 5000 });
      expect((await tileState()).requests - before).to.equal(tiles().length);
      // Tiles and markers are placed by script (the CSP refuses style attributes), so they sit where they belong.
      expect(getComputedStyle(tiles()[0]!).position).to.equal('absolute');
      expect(markers(el)[0]!.getBoundingClientRect().width).to.be.at.least(24);
      expect([...(el.shadowRoot?.querySelectorAll('.map-note') ?? [])].map((note) => note.textContent)).to.include('Testkaart');
      expect(page.violations()).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });
});

describe('<sociale-kaart> map and "Hulp dichtbij"', () => {
  it('shows the resident\'s point from a postcode among the markers, and none without one', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all limit="200" feed=${SAMPLE_FEED} gemeente="utrecht"></sociale-kaart>`);
    await openMap(el);
    expect(el.shadowRoot?.querySelector('.map-origin'), 'no point before a postcode').to.equal(null);
    el.postcode = '3563';
    await waitUntil(() => el.origin !== undefined, 'the postcode gave no point');
    await el.updateComplete;
    const origin = el.shadowRoot?.querySelector<HTMLElement>('.map-origin');
    expect(origin?.getAttribute('aria-label')).to.equal('Jouw plek');
    expect(parseFloat(origin?.style.left ?? '')).to.be.within(0, 100);
    // Said in words too, beside the keys: what the red mark is.
    expect(kaartPart(el, '#kaart-map-hint').textContent).to.contain('De rode ruit is jouw plek.');
  });
});

describe('renderMap', () => {
  it('keeps the resident’s point in view, as a picture and not a button', async () => {
    const words = { term: (key: keyof MapStrings, ...args: never[]) => {
      const entry = MAP_STRINGS.nl[key];
      return typeof entry === 'function' ? (entry as (...values: never[]) => string)(...args) : entry;
    } } as unknown as LocalizeController<MapStrings>;
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const none = (): void => undefined;
    const view = { words, markers: [], outline: undefined, tiles: undefined, attribution: undefined, pixelWidth: 360, active: 0, onSelect: none, onKeydown: none, onFocus: none };
    render(renderMap({ ...view, origin: undefined }), host);
    expect(host.textContent).to.contain('Geen van deze diensten heeft een adres op de kaart');
    render(renderMap({ ...view, origin: { latitude: 52.09, longitude: 5.12 } }), host);
    const origin = host.querySelector<HTMLElement>('.map-origin');
    expect(origin?.getAttribute('role')).to.equal('img');
    expect(origin?.getAttribute('aria-label')).to.equal('Jouw plek');
    expect(parseFloat(origin!.style.left)).to.be.closeTo(50, 0.5);
    expect(parseFloat(origin!.style.top)).to.be.closeTo(50, 0.5);
    expect(host.querySelectorAll('button')).to.have.length(0);
  });
});
