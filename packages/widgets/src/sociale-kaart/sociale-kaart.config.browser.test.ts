import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './sociale-kaart.js';
import type { SocialeKaart } from './sociale-kaart.component.js';
import { PARTITIONED_FEED, SAMPLE_FEED } from '../test-support/feeds.js';
import { badgesInEnglish, badgesSettled, toggleWords } from '../test-support/badge-fixtures.js';
import { afterSearch, countText, kaartPart, kaartParts, search, typeInto } from '../test-support/kaart-helpers.js';

describe('<sociale-kaart> configuration', () => {
  it('reads every attribute into its property', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart
      feed=${SAMPLE_FEED}
      gemeente="utrecht"
      wijk="overvecht"
      need="need-eenzaamheid"
      audience="professional"
      limit="7"
      route-order="false"
      url-state
      feedback-href="https://example.org/meld"
      tiles="https://tegels.example.nl/{z}/{x}/{y}.png"
      tiles-attribution="Kaartgegevens © Kadaster"
    ></sociale-kaart>`);
    expect(el.feed).to.equal(SAMPLE_FEED);
    expect([el.gemeente, el.wijk, el.need, el.audience]).to.deep.equal(['utrecht', 'overvecht', 'need-eenzaamheid', 'professional']);
    expect([el.limit, el.routeOrder, el.urlState, el.feedbackHref]).to.deep.equal([7, false, true, 'https://example.org/meld']);
    expect([el.tiles, el.tilesAttribution]).to.deep.equal(['https://tegels.example.nl/{z}/{x}/{y}.png', 'Kaartgegevens © Kadaster']);
  });

  it('reflects properties set from code, so the element’s markup is its whole configuration', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED}></sociale-kaart>`);
    expect(el.routeOrder).to.equal(true);
    expect(el.hasAttribute('route-order')).to.equal(false);
    el.area = 'gm-houten';
    el.need = 'need-schulden';
    el.audience = 'professional';
    el.limit = 5;
    el.routeOrder = false;
    el.urlState = true;
    el.feedbackHref = 'mailto:kaart@example.org';
    el.tiles = 'https://tegels.example.nl/{z}/{x}/{y}.png';
    el.tilesAttribution = 'Kaartgegevens © Kadaster';
    await el.updateComplete;
    const attributes = Object.fromEntries([...el.attributes].map((attribute) => [attribute.name, attribute.value]));
    expect(attributes).to.include({
      area: 'gm-houten',
      need: 'need-schulden',
      audience: 'professional',
      limit: '5',
      'route-order': 'false',
      'url-state': '',
      'feedback-href': 'mailto:kaart@example.org',
      tiles: 'https://tegels.example.nl/{z}/{x}/{y}.png',
      'tiles-attribution': 'Kaartgegevens © Kadaster',
    });
    el.routeOrder = true;
    await el.updateComplete;
    expect(el.hasAttribute('route-order')).to.equal(false);
  });

  it('treats unexpected attribute values safely', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} limit="veel" audience="iedereen" route-order></sociale-kaart>`);
    expect(el.limit).to.equal(20);
    expect(el.audience).to.equal('inwoner');
    expect(el.routeOrder).to.equal(true);
    el.setAttribute('route-order', 'OFF');
    expect(el.routeOrder).to.equal(false);
  });

  it('speaks English with lang="en" and follows a change of the page language', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} gemeente="utrecht" lang="en"></sociale-kaart>`);
    expect(kaartPart(el, 'label[for="kaart-query"]').textContent).to.equal('What do you need help with?');
    expect(countText(el)).to.match(/^\d+ results$/);
    expect(kaartPart(el, '[part~="route-heading"]').textContent?.trim()).to.equal('Do it yourself');
    await search(el, 'I want to end my life');
    expect(kaartPart(el, '[part~="crisis"]').textContent).to.contain('Need help right now?');
    await expect(el).to.be.accessible();

    el.removeAttribute('lang');
    const page = document.documentElement.lang;
    document.documentElement.lang = 'en-GB';
    try {
      await el.updateComplete;
      expect(kaartPart(el, 'label[for="kaart-query"]').textContent).to.equal('What do you need help with?');
      document.documentElement.lang = 'nl';
      // The page's lang is watched with a MutationObserver, which re-renders soon after.
      await waitUntil(() => kaartPart(el, 'label[for="kaart-query"]').textContent === 'Waar zoek je hulp bij?', 'did not follow the page');
      await el.updateComplete;
      expect(kaartParts(el, '[part~="crisis"] .help-name')[0]?.textContent).to.contain('113 Zelfmoordpreventie');
    } finally {
      document.documentElement.lang = page;
    }
  });

  it('switches its waiting-time badges to English with it when its lang changes after it has rendered', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} gemeente="utrecht" wijk="overvecht" limit="200" lang="nl"></sociale-kaart>`);
    await badgesSettled(el);
    const badges = kaartParts(el, 'wachttijd-badge');
    expect(badges.length).to.be.above(0);
    expect(badges.map(toggleWords).every((words) => words.startsWith('Meer over'))).to.equal(true);
    el.lang = 'en';
    await waitUntil(() => kaartPart(el, 'label[for="kaart-query"]').textContent === 'What do you need help with?', 'the finder stayed Dutch');
    await badgesInEnglish(el);
    await expect(el).to.be.accessible();
  });

  it('names needs in English on an English page where it knows the English name, and marks Dutch ones as Dutch', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} gemeente="utrecht" lang="en"></sociale-kaart>`);
    kaartPart<HTMLButtonElement>(el, '[aria-controls="kaart-tile-list"]').click();
    await el.updateComplete;
    const tiles = kaartParts(el, '[part~="tile"]');
    const lonely = tiles.find((tile) => tile.dataset['need'] === 'need-eenzaamheid')!;
    expect(lonely.textContent?.trim()).to.equal('Loneliness');
    expect(lonely.hasAttribute('lang')).to.be.false;
    // Every name still in Dutch says so, for screen readers (WCAG 3.1.2).
    for (const tile of tiles.filter((each) => each.hasAttribute('lang'))) expect(tile.getAttribute('lang')).to.equal('nl');
    typeInto(el, 'lonel');
    await el.updateComplete;
    expect(kaartPart(el, '[part~="suggestions"] [role="option"] span').textContent).to.equal('Loneliness');
    await afterSearch(el, () => lonely.click());
    expect(kaartPart(el, '[part~="need-chip"]').textContent).to.contain('Loneliness');
    await expect(el).to.be.accessible();
  });

  it('names a need picked from the suggestions on a feed without needs of its own, not its id', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${PARTITIONED_FEED} lang="nl"></sociale-kaart>`);
    typeInto(el, 'vergeetachtig');
    await el.updateComplete;
    const option = kaartPart(el, '[part~="suggestions"] [role="option"]');
    const name = option.querySelector('span')!.textContent!;
    await afterSearch(el, () => option.click());
    const chip = kaartPart(el, '[part~="need-chip"]').textContent!;
    expect(chip).to.contain(name);
    expect(chip).not.to.contain('geheugen-dementie');
  });
});
