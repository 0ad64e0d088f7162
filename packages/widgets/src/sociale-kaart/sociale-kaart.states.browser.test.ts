import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import './sociale-kaart.js';
import type { SocialeKaart } from './sociale-kaart.component.js';
import { clientFor } from '../internal/feed-client.js';
import { DOWN_FEED, SAMPLE_FEED, slowFeed } from '../test-support/feeds.js';
import { afterSearch, countText, deepActiveElement, kaartPart, kaartParts, resultIds, search, searchInput } from '../test-support/kaart-helpers.js';

/** Puts an element on the page without waiting for its data, to see it while it loads. */
async function attachLoading(feed: string): Promise<SocialeKaart> {
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('sociale-kaart');
  el.showAll = true;
  el.feed = feed;
  el.setAttribute('gemeente', 'utrecht');
  holder.append(el);
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="skeleton"]'), 'no loading skeleton');
  return el;
}

describe('<sociale-kaart> states', () => {
  it('loading: a skeleton marked busy, space kept for the results, then results without moving the search box', async () => {
    const el = await attachLoading(slowFeed(300));
    const results = kaartPart(el, '[part~="results"]');
    expect(results.getAttribute('aria-busy')).to.equal('true');
    expect(kaartPart(el, '[part~="skeleton"]').textContent).to.contain('Gegevens worden geladen');
    expect(results.getBoundingClientRect().height).to.be.at.least(300);
    await expect(el).to.be.accessible();
    const inputTop = searchInput(el).getBoundingClientRect().top;

    await el.updateComplete;
    expect(results.getAttribute('aria-busy')).to.equal('false');
    expect(kaartParts(el, '[part~="skeleton"]')).to.have.length(0);
    expect(resultIds(el).length).to.be.greaterThan(0);
    expect(searchInput(el).getBoundingClientRect().top).to.equal(inputTop);
  });

  it('after loading, a few result cards and the chosen area are drawn first, the rest of the page a task later', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('sociale-kaart');
    el.showAll = true;
    el.feed = SAMPLE_FEED;
    el.setAttribute('gemeente', 'utrecht');
    holder.append(el);
    const drawn: { cards: number; areas: string[] }[] = [];
    const watch = new MutationObserver(() => {
      const areas = el.shadowRoot!.querySelector<HTMLSelectElement>('#kaart-area');
      drawn.push({ cards: kaartParts(el, '[part~="result"]').length, areas: areas ? [...areas.options].map((option) => option.value) : [] });
    });
    watch.observe(el.shadowRoot!, { childList: true, subtree: true });
    await el.updateComplete;
    watch.disconnect();
    const frames = drawn.filter((frame) => frame.cards > 0);
    expect(frames[0]?.cards, frames.map((frame) => frame.cards).join(' ')).to.equal(5);
    expect(frames[0]?.areas).to.deep.equal(['', 'gm-utrecht']);
    expect(frames.at(-1)?.cards).to.equal(20);
    expect(frames.at(-1)?.areas.length).to.be.greaterThan(20);
    expect(kaartPart<HTMLSelectElement>(el, '#kaart-area').value).to.equal('gm-utrecht');
  });

  it('results: passes axe, with the sample notice always shown', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} gemeente="utrecht"></sociale-kaart>`);
    expect(kaartPart(el, '[part~="sample-notice"]').textContent).to.contain('Voorbeeldgegevens');
    expect(countText(el)).to.match(/^\d+ resultaten$/);
    await expect(el).to.be.accessible();
  });

  it('results with suggestions open and help lines: passes axe', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} gemeente="utrecht"></sociale-kaart>`);
    searchInput(el).focus();
    await search(el, 'ik wil niet meer leven');
    expect(kaartParts(el, '[part~="crisis"]')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('empty: says so, suggests what to try, and the reset brings results back', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} gemeente="utrecht"></sociale-kaart>`);
    await search(el, 'qqxzwv');
    const empty = kaartPart(el, '[part~="empty"]');
    expect(empty.textContent).to.contain('We vinden geen hulp');
    expect(empty.textContent).to.contain('Probeer andere woorden');
    expect(countText(el)).to.equal('0 resultaten');
    await expect(el).to.be.accessible();

    const searched = oneEvent(el, 'wijkwijzer-search');
    empty.querySelector('button')?.click();
    await searched;
    await el.updateComplete;
    expect(resultIds(el).length).to.be.greaterThan(0);
    expect(deepActiveElement()).to.equal(searchInput(el));
  });

  it('nothing found for a question the directory cannot answer: the topics to choose from and the help lines, and a topic brings results', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} gemeente="utrecht"></sociale-kaart>`);
    await search(el, 'iphone kopen');
    expect(resultIds(el)).to.deep.equal([]);
    expect(kaartPart(el, '[part~="empty"]').textContent).to.contain('We vinden geen hulp');
    const tiles = kaartParts(el, '[part~="tile"]');
    expect(tiles.length).to.be.greaterThan(3);
    const quiet = kaartPart(el, '[part~="crisis-quiet"]');
    expect(quiet.textContent).to.contain('113');
    expect(quiet.querySelector('a[href^="tel:"]')).to.not.equal(null);
    await expect(el).to.be.accessible();

    await afterSearch(el, () => tiles[0]?.click());
    expect(resultIds(el).length).to.be.greaterThan(0);
  });

  it('error: an alert with a retry and the fallback, a wijkwijzer-error event, and passes axe', async () => {
    const onError = sinon.spy();
    const el = await fixture<SocialeKaart>(
      html`<sociale-kaart show-all feed=${DOWN_FEED} feedback-href="https://example.org/meld" @wijkwijzer-error=${onError}></sociale-kaart>`,
    );
    const error = kaartPart(el, '[part~="error"]');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('Het lukt nu niet om de gegevens te laden.');
    expect(error.textContent).to.contain('Zoek hulp via je gemeente of bel je huisarts.');
    expect(error.querySelector('a')?.getAttribute('href')).to.equal('https://example.org/meld');
    expect(onError).to.have.been.calledOnce;
    const detail = (onError.firstCall.args[0] as CustomEvent).detail as { code: string; message: string };
    expect(detail.code).to.be.a('string').and.not.equal('');
    await expect(el).to.be.accessible();

    // Retry: loads again (the feed is still down, so it fails again and says so again).
    const again = oneEvent(el, 'wijkwijzer-error');
    kaartPart<HTMLButtonElement>(el, '[part~="retry-button"]').click();
    await again;
    await el.updateComplete;
    expect(kaartParts(el, '[part~="error"]')).to.have.length(1);
  });

  it('retry after a failed load shows the data once the feed answers', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${DOWN_FEED}></sociale-kaart>`);
    expect(kaartParts(el, '[part~="error"]')).to.have.length(1);
    el.feed = SAMPLE_FEED;
    await el.updateComplete;
    expect(kaartParts(el, '[part~="error"]')).to.have.length(0);
    expect(resultIds(el).length).to.be.greaterThan(0);
  });

  it('stale data: shows the last known data with a notice, and passes axe', async () => {
    const client = clientFor(SAMPLE_FEED);
    const stale = sinon.stub(client, 'isStale').returns(true);
    try {
      const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} gemeente="utrecht"></sociale-kaart>`);
      expect(kaartPart(el, '[part~="stale-notice"]').textContent).to.contain('laatst bekende gegevens');
      expect(resultIds(el).length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    } finally {
      stale.restore();
    }
  });

  it('detail view: passes axe', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} gemeente="utrecht" wijk="west" audience="professional"></sociale-kaart>`);
    kaartPart<HTMLButtonElement>(el, '[part~="result-button"]').click();
    await el.updateComplete;
    expect(kaartParts(el, '[part~="detail"]')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('an unknown gemeente or wijk is named in a clear message', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} gemeente="Atlantis"></sociale-kaart>`);
    expect(kaartPart(el, '[part~="notice"]').textContent).to.contain('‘Atlantis’');
    expect(resultIds(el).length).to.be.greaterThan(0);
    el.gemeente = 'Utrecht';
    el.wijk = 'Nergenshuizen';
    await el.updateComplete;
    expect(kaartPart(el, '[part~="notice"]').textContent).to.contain('heel Utrecht');
    expect(kaartPart<HTMLSelectElement>(el, '#kaart-area').value).to.equal('gm-utrecht');
  });

  it('resolves area names without regard to case, accents or id form', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} gemeente="UTRECHT" wijk="Vleuten-De Meern"></sociale-kaart>`);
    expect(kaartPart<HTMLSelectElement>(el, '#kaart-area').value).to.equal('wk-utrecht-vleuten-de-meern');
    el.wijk = undefined;
    el.gemeente = undefined;
    el.area = 'gm-houten';
    await el.updateComplete;
    expect(kaartPart<HTMLSelectElement>(el, '#kaart-area').value).to.equal('gm-houten');
    expect(kaartParts(el, '[part~="notice"]')).to.have.length(0);
  });

  it('without a feed it says what is missing', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart></sociale-kaart>`);
    expect(kaartPart(el, '[part~="notice"]').textContent).to.contain('"feed"');
    await expect(el).to.be.accessible();
  });
});
