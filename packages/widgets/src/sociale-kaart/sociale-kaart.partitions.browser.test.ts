import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './sociale-kaart.js';
import type { SocialeKaart } from './sociale-kaart.component.js';
import { afterSearch, countText, kaartPart, resultIds } from '../test-support/kaart-helpers.js';
import { fetchedParts, freshPartitionedFeed as freshFeed } from '../test-support/partitioned.js';
import { badgesSettled } from '../test-support/badge-fixtures.js';


describe('<sociale-kaart> on a feed in parts', () => {
  it('with gemeente set, loads only its partition and the shared ones', async () => {
    const since = performance.now();
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${freshFeed()} gemeente="Aadorp"></sociale-kaart>`);
    await el.updateComplete;
    expect(resultIds(el).sort()).to.deep.equal(['s-a', 's-a1', 's-ab', 's-regio', 's-west']);
    const parts = fetchedParts(since);
    expect(parts.filter((part) => part.startsWith('services'))).to.have.members([
      'services/gm-a',
      'services/shared-sr-west',
      'services/shared-regio-x',
      'services/shared-nl',
    ]);
    expect(parts).not.to.include('services/gm-b');
    expect(parts).not.to.include('availability');
  });

  it("with a gemeente id, reads only the areas frame and that gemeente's areas, not the country's", async () => {
    const since = performance.now();
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${freshFeed()} gemeente="gm-a" wijk="wk-a-1"></sociale-kaart>`);
    await el.updateComplete;
    expect(resultIds(el).sort()).to.deep.equal(['s-a', 's-a1', 's-ab', 's-regio', 's-west']);
    const parts = fetchedParts(since);
    expect(parts.filter((part) => part.startsWith('areas'))).to.have.members(['areas/shared-areas', 'areas/gm-a']);
    expect(parts).not.to.include('areas');
  });

  it('shows how much has arrived while the region loads, and takes it away when all is there', async () => {
    // Attached without waiting for its data, to see it while the data arrives.
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('sociale-kaart');
    el.showAll = true;
    el.feed = freshFeed(150);
    holder.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="progress"]'), 'no progress indicator', { timeout: 5000 });
    const progress = kaartPart(el, '[part~="progress"]');
    // Kilobytes until the first part is in, parts from then on (which comes first depends on timing).
    expect(progress.textContent).to.match(/Hulp wordt geladen: \d+ van \d+ (kB|delen)/);
    const bar = kaartPart<HTMLProgressElement>(el, '[part~="progress"] progress');
    expect(bar.max).to.be.above(0);
    expect(bar.value).to.be.at.most(bar.max);
    await expect(el).to.be.accessible();
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('[part~="progress"]')).to.equal(null);
    expect(resultIds(el)).to.have.length(8);
  });

  it("for the whole region, shows the first results before reading the region's areas, then fills in the area choice", async () => {
    const since = performance.now();
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('sociale-kaart');
    el.showAll = true;
    // A delay no other test uses: the browser has none of these files in its cache.
    el.feed = freshFeed(170);
    holder.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="result"]'), 'no first results', { timeout: 5000 });
    const read = fetchedParts(since, 'slow/170/partitioned');
    expect(read, 'the parts are counted').to.include('index');
    expect(read, 'the areas are not read before the first results').not.to.include('areas');
    await el.updateComplete;
    const options = [...kaartPart(el, '#kaart-area').querySelectorAll('option')].map((option) => option.textContent?.trim());
    expect(options).to.include.members(['Aadorp Noord', 'Beekdal Centrum']);
    expect(resultIds(el)).to.have.length(8);
  });

  it('"Zoek in de hele regio" widens the search to every partition', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${freshFeed()} gemeente="Aadorp"></sociale-kaart>`);
    await el.updateComplete;
    expect(resultIds(el)).not.to.include('s-b');
    const since = performance.now();
    const widen = kaartPart<HTMLButtonElement>(el, '[part~="widen-button"]');
    expect(widen.textContent?.trim()).to.equal('Zoek in de hele regio');
    await expect(el).to.be.accessible();
    await afterSearch(el, () => widen.click());
    expect(resultIds(el).sort()).to.deep.equal(['s-a', 's-a1', 's-ab', 's-b', 's-c', 's-nl', 's-regio', 's-west']);
    expect(countText(el)).to.equal('8 resultaten');
    expect(fetchedParts(since)).to.include.members(['services/gm-b', 'services/gm-c']);
    expect(el.shadowRoot?.querySelector('[part~="widen-button"]')).to.equal(null);
  });

  it("the results' waiting-time badges read no detail files; opening a result reads one", async () => {
    const start = performance.now();
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${freshFeed()} gemeente="Aadorp"></sociale-kaart>`);
    await el.updateComplete;
    // The badges are widgets of their own; they find their services' cards in the loaded partitions.
    await badgesSettled(el);
    expect(el.shadowRoot!.querySelectorAll('wachttijd-badge').length).to.be.above(0);
    expect(fetchedParts(start).filter((part) => part.startsWith('details/'))).to.deep.equal([]);
    kaartPart<HTMLButtonElement>(el, '[data-service="s-a1"] [part~="result-button"]').click();
    await el.updateComplete;
    expect(kaartPart(el, '[part~="detail"]').textContent).to.contain('Uitgebreide beschrijving van Hulp Aadorp Noord.');
    expect(fetchedParts(start).filter((part) => part.startsWith('details/'))).to.have.length(1);
  });
});
