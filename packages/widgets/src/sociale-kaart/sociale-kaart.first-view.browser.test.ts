import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import './sociale-kaart.js';
import type { SocialeKaart } from './sociale-kaart.component.js';
import { SAMPLE_FEED } from '../test-support/feeds.js';
import { afterSearch, countText, deepActiveElement, kaartPart, kaartParts, resultIds, search, showAll } from '../test-support/kaart-helpers.js';

/*
 * Issue 15: the finder starts with the question, as gov.uk and NHS.UK do, not with 131 results;
 * and a service one organisation offers in several wijken is one result that lists its places.
 */

const parts = (el: SocialeKaart, selector: string): number => kaartParts(el, selector).length;
const showAllText = (el: SocialeKaart): string => kaartPart(el, '[part~="show-all-button"]').textContent?.trim() ?? '';

describe('<sociale-kaart> first view', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    history.replaceState(null, '', location.pathname);
  });

  it('before a question: the search box, the topics and a button with the number of services; no results, no filters; short on a phone', async () => {
    await setViewport({ width: 360, height: 740 });
    const el = await fixture<SocialeKaart>(html`<sociale-kaart feed=${SAMPLE_FEED}></sociale-kaart>`);
    expect(parts(el, '[part~="search-input"]')).to.equal(1);
    expect(parts(el, '[part~="tile"]')).to.equal(12);
    expect(parts(el, '[part~="result"]')).to.equal(0);
    expect(parts(el, '[part~="filters"]')).to.equal(0);
    expect(countText(el)).to.equal('');
    expect(kaartPart(el, '[part~="sample-notice"]').textContent).to.contain('Voorbeeldgegevens');
    expect(showAllText(el)).to.match(/^Bekijk alle \d{3} diensten$/);
    expect(el.getBoundingClientRect().height).to.be.below(1400);
    await expect(el).to.be.accessible();
  });

  it('"Bekijk alle … diensten" shows every service with the filters, focus on the count; the URL keeps it', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart feed=${SAMPLE_FEED} url-state></sociale-kaart>`);
    const total = Number(/\d+/.exec(showAllText(el))?.[0]);
    kaartPart(el, '[part~="show-all-button"]').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(countText(el)).to.equal(`${total} resultaten`);
    expect(parts(el, '[part~="result"]')).to.be.greaterThan(5);
    expect(parts(el, '[part~="filters"]')).to.equal(1);
    expect(parts(el, '[part~="show-all-button"]')).to.equal(0);
    expect(deepActiveElement()).to.equal(kaartPart(el, '[part~="count"]'));
    expect(new URL(location.href).searchParams.get('wk-alles')).to.equal('1');
    await expect(el).to.be.accessible();

    // The same URL opens on every service (a bookmark, or back from a service's website).
    el.remove();
    const again = await fixture<SocialeKaart>(html`<sociale-kaart feed=${SAMPLE_FEED} url-state></sociale-kaart>`);
    expect(countText(again)).to.equal(`${total} resultaten`);
  });

  it('a search, a topic or a need in the snippet shows results; an emptied search box brings the question back', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart feed=${SAMPLE_FEED} gemeente="utrecht"></sociale-kaart>`);
    await search(el, 'geldzorgen');
    expect(resultIds(el).length).to.be.greaterThan(0);
    await search(el, '');
    expect(parts(el, '[part~="result"]')).to.equal(0);
    expect(parts(el, '[part~="show-all-button"]')).to.equal(1);
    await afterSearch(el, () => kaartPart(el, '[part~="tile"]').click());
    expect(resultIds(el).length).to.be.greaterThan(0);
    expect(deepActiveElement()).to.equal(kaartPart(el, '[part~="count"]'));

    const withNeed = await fixture<SocialeKaart>(html`<sociale-kaart feed=${SAMPLE_FEED} gemeente="utrecht" need="need-eenzaamheid"></sociale-kaart>`);
    expect(resultIds(withNeed)).to.include('buurtkamer-overvecht');
    const listing = await fixture<SocialeKaart>(html`<sociale-kaart feed=${SAMPLE_FEED} gemeente="utrecht" show-all></sociale-kaart>`);
    expect(countText(listing)).to.match(/^\d+ resultaten$/);
  });

  it('in English: "See all … services"', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart feed=${SAMPLE_FEED} lang="en"></sociale-kaart>`);
    await el.updateComplete;
    expect(showAllText(el)).to.match(/^See all \d{3} services$/);
    await showAll(el);
    expect(countText(el)).to.match(/^\d{3} results$/);
  });
});

describe('<sociale-kaart> a service in several places', () => {
  it('"eenzaam": one result for Samen Bewegen 65+ with its five wijken, in its route step; each place opens its own details', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart feed=${SAMPLE_FEED} gemeente="utrecht"></sociale-kaart>`);
    await search(el, 'eenzaam');
    const groups = kaartParts(el, '[part~="place-group"]');
    const group = groups.find((each) => each.querySelector('h3')?.textContent?.trim() === 'Samen Bewegen 65+');
    expect(group, groups.map((each) => each.querySelector('h3')?.textContent).join(', ')).to.exist;
    expect(group?.closest('[part~="route-group"]')?.getAttribute('data-step')).to.equal('samen');
    expect(group?.querySelector('.places-title')?.textContent?.trim()).to.equal('Op 5 plekken:');
    const places = [...(group?.querySelectorAll<HTMLButtonElement>('[part~="result-button"]') ?? [])];
    expect(places.map((button) => button.textContent?.trim())).to.deep.equal(['Overvecht', 'Vleuten-De Meern', 'West', 'Zuid', 'Zuidwest']);
    expect(places.map((button) => button.getAttribute('aria-label'))).to.include('Samen Bewegen 65+ Zuid');
    // The wijken's separate results are gone: one card, not five.
    expect(kaartParts(el, '[part~="result"] h3').filter((name) => name.textContent?.includes('Samen Bewegen'))).to.have.length(1);
    await expect(el).to.be.accessible();

    places[3]?.click();
    await el.updateComplete;
    expect(kaartPart(el, '[part~="detail"] h2').textContent).to.equal('Samen Bewegen 65+ Zuid');
    kaartPart<HTMLButtonElement>(el, '[part~="back-button"]').click();
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(places[3]);
  });

  it('a need in the snippet, in English: each service in several wijken one result; named places of their own stay apart', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart feed=${SAMPLE_FEED} gemeente="utrecht" need="need-eenzaamheid" lang="en" limit="200"></sociale-kaart>`);
    const names = kaartParts(el, '[part~="place-group"] h3').map((name) => name.textContent?.trim());
    expect(names).to.include.members(['Samen Bewegen 65+', 'Buurtteam Sociaal', 'Welzijn op Recept']);
    expect(kaartPart(el, '[part~="place-group"] .places-title').textContent).to.match(/^In \d+ places:$/);
    // Named places of their own are not one service, however alike.
    expect(resultIds(el)).to.include.members(['buurtkamer-west', 'buurtkamer-noordwest', 'buurtkamer-overvecht']);
    await expect(el).to.be.accessible();
  });
});
