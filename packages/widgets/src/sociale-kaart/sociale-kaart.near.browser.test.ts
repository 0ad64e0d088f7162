import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import './sociale-kaart.js';
import type { SocialeKaart } from './sociale-kaart.component.js';
import { SAMPLE_FEED } from '../test-support/feeds.js';
import { afterSearch, countText, kaartPart, kaartParts, setControl, showAll } from '../test-support/kaart-helpers.js';

/** Overvecht's postcode area in the sample feed, and a point in Overvecht for the device. */
const OVERVECHT_POSTCODE = '3563';
const OVERVECHT = { latitude: 52.117, longitude: 5.113 };

const status = (el: SocialeKaart): string => kaartPart(el, '[part~="near-status"]').textContent?.trim() ?? '';

/** The distance on each result card in km, in order; undefined for a card without one ("Online of telefonisch"). */
function distances(el: SocialeKaart, within = ''): (number | undefined)[] {
  return kaartParts(el, `${within} [part~="result"]:not([part~="place-group"])`).map((card) => {
    const text = card.querySelector('[part~="distance"]')?.textContent ?? '';
    const km = /([\d.,]+)\s*km/.exec(text)?.[1];
    return km === undefined ? undefined : Number(km.replace(',', '.'));
  });
}

/** Located cards come first, nearest first. */
function expectNearestFirst(list: (number | undefined)[]): void {
  const located = list.filter((km): km is number => km !== undefined);
  expect(located.length).to.be.greaterThan(0);
  expect(located).to.deep.equal([...located].sort((a, b) => a - b));
  expect(list.slice(0, located.length)).to.deep.equal(located);
}

async function finder(lang = 'nl'): Promise<SocialeKaart> {
  const el = await fixture<SocialeKaart>(html`<sociale-kaart lang=${lang} feed=${SAMPLE_FEED} limit="200"></sociale-kaart>`);
  await waitUntil(() => kaartParts(el, '[part~="show-all-button"]').length > 0, 'the first view is ready', { timeout: 8000 });
  await showAll(el);
  return el;
}

async function typePostcode(el: SocialeKaart, postcode: string): Promise<void> {
  kaartPart<HTMLInputElement>(el, '#kaart-postcode').value = postcode;
  kaartPart<HTMLButtonElement>(el, '[part~="postcode-button"]').click();
  await waitUntil(() => !/zoeken|Looking/.test(status(el)) && status(el) !== '', 'the postcode is looked up', { timeout: 5000 });
  await el.updateComplete;
}

describe('<sociale-kaart> help near you', () => {
  it('a postcode of the sample region shows distances, nearest first within each route step', async () => {
    const el = await finder();
    expect(kaartParts(el, '[part~="distance"]')).to.have.length(0);
    await typePostcode(el, `${OVERVECHT_POSTCODE} XK`);
    expect(status(el)).to.equal('Je ziet de afstand vanaf postcode 3563 XK.');
    expect(kaartParts(el, '[part~="distance"]').some((part) => /^\d+(,\d)? km van je af$/.test(part.textContent ?? ''))).to.equal(true);
    for (const step of kaartParts(el, '[part~="route-group"]')) {
      const list = distances(el, `[data-step="${step.dataset.step}"]`);
      if (list.some((km) => km !== undefined)) expectNearestFirst(list);
    }
    // A service with no place to go to says how it is reached instead.
    expect(kaartParts(el, '[part~="distance"]').map((part) => part.textContent)).to.include('Online of telefonisch');
    setControl(el, '#kaart-sort', 'distance');
    await el.updateComplete;
    expect(el.sort).to.equal('distance');
    expect(kaartParts(el, '[part~="route-group"]')).to.have.length(0);
    expectNearestFirst(distances(el));
  });

  it('an unknown or malformed postcode says so and measures nothing', async () => {
    const el = await finder();
    await typePostcode(el, '9999');
    expect(status(el)).to.equal('We kennen postcode 9999 niet in deze regio. Kijk of je hem goed hebt getypt.');
    await typePostcode(el, 'Utrecht');
    expect(status(el)).to.equal('Dit is geen postcode. Typ 4 cijfers, bijvoorbeeld 3511.');
    expect(kaartParts(el, '[part~="distance"]')).to.have.length(0);
  });

  it('"Bij mij in de buurt" asks the device only when pressed, and orders by that position', async () => {
    await executeServerCommand('emulate-geolocation', OVERVECHT);
    let asked = 0;
    const real = navigator.geolocation.getCurrentPosition.bind(navigator.geolocation);
    navigator.geolocation.getCurrentPosition = (...args) => {
      asked += 1;
      real(...args);
    };
    try {
      const el = await finder();
      expect(asked).to.equal(0);
      kaartPart<HTMLButtonElement>(el, '[part~="near-button"]').click();
      await waitUntil(() => status(el) === 'Je ziet de afstand vanaf waar je nu bent.', 'the position is used', { timeout: 5000 });
      await el.updateComplete;
      expect(asked).to.equal(1);
      expectNearestFirst(distances(el, '[data-step="formeel"]'));
      // The position is in memory only: not in the element's attributes.
      expect(el.getAttributeNames().filter((name) => ['postcode', 'near'].includes(name))).to.deep.equal([]);
    } finally {
      navigator.geolocation.getCurrentPosition = real;
    }
  });

  it('a refused, unavailable or slow position is told, in Dutch and English', async function () {
    this.timeout(30000);
    const real = navigator.geolocation.getCurrentPosition.bind(navigator.geolocation);
    const failWith = (code: number): void => {
      navigator.geolocation.getCurrentPosition = (_success, error) =>
        error?.({ code, message: 'test', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 } as GeolocationPositionError);
    };
    try {
      for (const [lang, words] of [
        ['nl', ['Je deelt je plek niet.', 'We kunnen niet zien waar je bent.', 'Het duurde te lang om je plek te vinden.']],
        ['en', ['You are not sharing where you are.', 'We cannot tell where you are.', 'Finding where you are took too long.']],
      ] as const) {
        const el = await finder(lang);
        for (const [index, code] of [1, 2, 3].entries()) {
          failWith(code);
          kaartPart<HTMLButtonElement>(el, '[part~="near-button"]').click();
          await el.updateComplete;
          expect(status(el)).to.contain(words[index]);
        }
        expect(kaartParts(el, '[part~="distance"]')).to.have.length(0);
        await expect(el).to.be.accessible();
      }
    } finally {
      navigator.geolocation.getCurrentPosition = real;
    }
  });

  it('the radius combines with the other filters and keeps help without a place', async () => {
    const el = await finder();
    await typePostcode(el, OVERVECHT_POSTCODE);
    const all = Number.parseInt(countText(el), 10);
    setControl(el, '#kaart-radius', '3');
    await el.updateComplete;
    expect(el.radius).to.equal(3);
    const near = Number.parseInt(countText(el), 10);
    expect(near).to.be.lessThan(all);
    expect(distances(el).every((km) => km === undefined || km <= 3)).to.equal(true);
    await afterSearch(el, () => setControl(el, '#kaart-free', true));
    const nearAndFree = Number.parseInt(countText(el), 10);
    expect(nearAndFree).to.be.greaterThan(0);
    expect(nearAndFree).to.be.lessThan(near);
    expect(distances(el).every((km) => km === undefined || km <= 3)).to.equal(true);
    setControl(el, '#kaart-radius', '');
    await el.updateComplete;
    expect(Number.parseInt(countText(el), 10)).to.be.greaterThan(nearAndFree);
  });

  it('passes axe in Dutch and English with distances shown, and asks no host but the feed’s', async function () {
    this.timeout(30000);
    for (const lang of ['nl', 'en']) {
      const el = await finder(lang);
      await typePostcode(el, OVERVECHT_POSTCODE);
      expect(kaartParts(el, '[part~="distance"]').length).to.be.greaterThan(0);
      if (lang === 'en') expect(status(el)).to.equal('Distances are from postcode 3563.');
      await expect(el).to.be.accessible();
    }
    const hosts = new Set(performance.getEntriesByType('resource').map((entry) => new URL(entry.name).host));
    expect([...hosts]).to.deep.equal([new URL(SAMPLE_FEED).host]);
  });

  it('postcode, radius and order round-trip through attributes and the URL (the postcode as four digits)', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart feed=${SAMPLE_FEED} postcode="3563 XK" radius="5" sort="distance" url-state show-all></sociale-kaart>`);
    await waitUntil(() => kaartParts(el, '[part~="distance"]').length > 0, 'distances show', { timeout: 8000 });
    expect([el.postcode, el.radius, el.sort]).to.deep.equal(['3563 XK', 5, 'distance']);
    expectNearestFirst(distances(el));
    const params = new URL(location.href).searchParams;
    expect([params.get('wk-postcode'), params.get('wk-straal'), params.get('wk-volgorde')]).to.deep.equal(['3563', '5', 'afstand']);
    el.radius = 10;
    el.sort = 'route';
    await el.updateComplete;
    expect([el.getAttribute('radius'), el.getAttribute('sort')]).to.deep.equal(['10', 'route']);
    history.replaceState(null, '', location.pathname);
  });
});
