import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import './sociale-kaart.js';
import type { SocialeKaart } from './sociale-kaart.component.js';
import { SAMPLE_FEED } from '../test-support/feeds.js';
import {
  afterSearch,
  countText,
  deepActiveElement,
  kaartPart,
  kaartParts,
  resultIds,
  resultNames,
  search,
  searchInput,
  setControl,
  typeInto,
} from '../test-support/kaart-helpers.js';

const ROUTE_HEADINGS_NL = ['Zelf doen', 'Samen met je netwerk', 'Hulp van ervaringsdeskundigen', 'Hulp van vrijwilligers', 'Professionele hulp'];

describe('<sociale-kaart> search', () => {
  it('finds the huisartsenpost for a typo and a mantelzorg service for part of a compound', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} gemeente="utrecht"></sociale-kaart>`);
    await search(el, 'huisartspost');
    expect(resultNames(el)[0]).to.equal('Huisartsenpost Utrecht Stad');

    el.gemeente = 'IJsselstein';
    await el.updateComplete;
    await search(el, 'ondersteuning');
    expect(resultNames(el)).to.include('Mantelzorgondersteuning IJsselstein');
  });

  it('suggests needs in residents’ words; arrow keys and Enter pick one as a filter', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} wijk="overvecht" gemeente="utrecht"></sociale-kaart>`);
    searchInput(el).focus();
    const searched = oneEvent(el, 'wijkwijzer-search');
    await sendKeys({ type: 'eenzaam' });
    await searched;
    await el.updateComplete;
    const input = searchInput(el);
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    const options = kaartParts(el, '[role="option"]');
    expect(options.map((option) => option.textContent)).to.satisfy((texts: string[]) => texts.some((text) => text.includes('Eenzaamheid')));

    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal(options[0]?.id);
    expect(options[0]?.getAttribute('aria-selected')).to.equal('true');

    const picked = oneEvent(el, 'wijkwijzer-search');
    await sendKeys({ press: 'Enter' });
    const { detail } = await picked;
    await el.updateComplete;
    expect(detail.filters['need']).to.equal('need-eenzaamheid');
    expect(input.value).to.equal('');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(kaartPart(el, '[part~="need-chip"]').textContent).to.contain('Eenzaamheid');
    expect(resultIds(el)).to.include('buurtkamer-overvecht');
    expect(deepActiveElement()).to.equal(input);
  });

  it('Escape closes the suggestions and keeps what was typed', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED}></sociale-kaart>`);
    searchInput(el).focus();
    await sendKeys({ type: 'schuld' });
    await el.updateComplete;
    expect(searchInput(el).getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(searchInput(el).getAttribute('aria-expanded')).to.equal('false');
    expect(searchInput(el).value).to.equal('schuld');
  });

  it('a need tile filters the results and moves focus to the count', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} gemeente="utrecht" wijk="overvecht"></sociale-kaart>`);
    const allCount = resultIds(el).length;
    const tile = kaartPart<HTMLButtonElement>(el, '[part~="tile"][data-need="need-eenzaamheid"]');
    expect(tile.textContent?.trim()).to.equal('Eenzaamheid');
    await afterSearch(el, () => tile.click());

    expect(kaartParts(el, '[part~="tiles"]')).to.have.length(0);
    expect(resultIds(el)).to.include.members(['buurtkamer-overvecht', 'herstelinloop-overvecht']);
    expect(resultIds(el)).not.to.include('huisarts-overvecht');
    expect(resultIds(el).length).to.be.below(allCount);
    expect(deepActiveElement()).to.equal(kaartPart(el, '[part~="count"]'));
  });

  it('filters combine: area, free and no referral together', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} gemeente="utrecht" limit="200"></sociale-kaart>`);
    await search(el, 'schulden');
    const all = resultIds(el);
    await afterSearch(el, () => setControl(el, '#kaart-free', true));
    const free = resultIds(el);
    const spy = sinon.spy();
    el.addEventListener('wijkwijzer-search', spy);
    await afterSearch(el, () => setControl(el, '#kaart-no-referral', true));
    const both = resultIds(el);

    expect(free.length).to.be.at.most(all.length);
    expect(both.length).to.be.greaterThan(0);
    expect(free).to.include.members(both);
    const detail = (spy.firstCall.args[0] as CustomEvent).detail;
    expect(detail).to.deep.equal({ query: 'schulden', filters: { area: 'gm-utrecht', cost: 'gratis', referral: 'geen' } });

    await afterSearch(el, () => setControl(el, '#kaart-area', 'wk-utrecht-overvecht'));
    const narrowed = resultIds(el);
    expect(narrowed.length).to.be.at.most(both.length);
    expect(narrowed).not.to.include('buurtteam-sociaal-west');
    expect(kaartPart<HTMLSelectElement>(el, '#kaart-area').value).to.equal('wk-utrecht-overvecht');
  });

  it('groups results under route-step headings in route order', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} gemeente="utrecht" wijk="overvecht" limit="200"></sociale-kaart>`);
    const headings = kaartParts(el, '[part~="route-heading"]').map((heading) => heading.textContent?.trim() ?? '');
    expect(headings.length).to.be.greaterThan(2);
    const order = headings.map((heading) => ROUTE_HEADINGS_NL.indexOf(heading));
    expect(order).to.deep.equal([...order].sort((a, b) => a - b));
    expect(headings[0]).to.equal('Zelf doen');
    expect(headings.at(-1)).to.equal('Professionele hulp');
  });

  it('route-order="false" shows one list without step headings', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} gemeente="utrecht" route-order="false"></sociale-kaart>`);
    expect(el.routeOrder).to.equal(false);
    expect(kaartParts(el, '[part~="route-heading"]')).to.have.length(0);
    expect(resultIds(el).length).to.be.greaterThan(0);
  });

  it('announces the count in a polite live region after the search, not per keystroke', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} gemeente="utrecht" wijk="overvecht" limit="200"></sociale-kaart>`);
    const region = kaartPart(el, '[part~="count"]');
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.getAttribute('aria-live')).to.equal('polite');
    const before = countText(el);
    typeInto(el, 'h');
    typeInto(el, 'hu');
    typeInto(el, 'huisarts');
    await el.updateComplete;
    // Typing has not paused long enough yet: the region still tells the last result.
    expect(countText(el)).to.equal(before);
    await oneEvent(el, 'wijkwijzer-search');
    await el.updateComplete;
    const count = resultIds(el).length;
    expect(countText(el)).to.equal(count === 1 ? '1 resultaat' : `${count} resultaten`);
  });

  it('puts national help lines first, as tel: links, for a crisis query', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} gemeente="utrecht"></sociale-kaart>`);
    await search(el, 'ik wil niet meer leven');
    const crisis = kaartPart(el, '[part~="crisis"]');
    const results = kaartPart(el, '[part~="results"]');
    expect(crisis.textContent).to.contain('Direct hulp nodig?');
    expect(crisis.textContent).to.contain('113');
    const links = [...crisis.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(links).to.include('tel:08000113');
    // Before the results and the filters: right under the question the resident typed.
    const filters = kaartPart(el, '[part~="filters"]');
    expect(crisis.compareDocumentPosition(results) & Node.DOCUMENT_POSITION_FOLLOWING, 'results after the lines').to.not.equal(0);
    expect(crisis.compareDocumentPosition(filters) & Node.DOCUMENT_POSITION_FOLLOWING, 'filters after the lines').to.not.equal(0);
    expect(crisis.querySelector('button')).to.equal(null);
    expect(countText(el)).to.contain('Hulplijnen');
  });

  it('pages the list: "Meer tonen" adds the next page and focuses its first result', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} limit="5"></sociale-kaart>`);
    expect(resultIds(el)).to.have.length(5);
    const more = kaartPart<HTMLButtonElement>(el, '[part~="more-button"]');
    more.click();
    await el.updateComplete;
    expect(resultIds(el)).to.have.length(10);
    const sixth = kaartParts(el, '[part~="result-button"]')[5];
    expect(deepActiveElement()).to.equal(sixth);
  });

  it('emits wijkwijzer-search once per pause in typing, and nothing for programmatic changes', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} gemeente="utrecht"></sociale-kaart>`);
    const spy = sinon.spy();
    el.addEventListener('wijkwijzer-search', spy);
    el.need = 'need-schulden';
    el.wijk = 'overvecht';
    el.audience = 'professional';
    el.routeOrder = false;
    el.limit = 3;
    await el.updateComplete;
    expect(spy).not.to.have.been.called;
    expect(resultIds(el)).to.have.length(3);

    typeInto(el, 'schu');
    typeInto(el, 'schuld');
    await oneEvent(el, 'wijkwijzer-search');
    await el.updateComplete;
    expect(spy).to.have.been.calledOnce;
    const event = spy.firstCall.args[0] as CustomEvent;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ query: 'schuld', filters: { need: 'need-schulden', area: 'wk-utrecht-overvecht' } });
  });

  it('mirrors the search in the page URL with wk- parameters and restores it, keeping the host’s own', async () => {
    const original = location.href;
    history.replaceState(null, '', `${location.pathname}?host=1`);
    try {
      const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} gemeente="utrecht" url-state></sociale-kaart>`);
      await search(el, 'schulden');
      await afterSearch(el, () => setControl(el, '#kaart-free', true));
      const params = new URL(location.href).searchParams;
      expect(params.get('host')).to.equal('1');
      expect(params.get('wk-q')).to.equal('schulden');
      expect(params.get('wk-gratis')).to.equal('1');
      expect(params.get('wk-gebied')).to.equal('gm-utrecht');

      const copy = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} url-state></sociale-kaart>`);
      expect(searchInput(copy).value).to.equal('schulden');
      expect(kaartPart<HTMLInputElement>(copy, '#kaart-free').checked).to.equal(true);
      expect(resultIds(copy)).to.deep.equal(resultIds(el));

      // An open service is part of the state too, and closing it takes it out again.
      const first = resultIds(el)[0] ?? '';
      kaartPart<HTMLButtonElement>(el, `#kaart-result-${first}`).click();
      await el.updateComplete;
      expect(new URL(location.href).searchParams.get('wk-dienst')).to.equal(first);
      const shared = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} url-state></sociale-kaart>`);
      expect(kaartPart(shared, '[part~="detail"] h2').textContent).to.equal(kaartPart(el, '[part~="detail"] h2').textContent);
      kaartPart<HTMLButtonElement>(el, '[part~="back-button"]').click();
      await el.updateComplete;
      expect(new URL(location.href).searchParams.has('wk-dienst')).to.equal(false);
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('leaves the page URL alone without url-state', async () => {
    const before = location.href;
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED}></sociale-kaart>`);
    await search(el, 'schulden');
    expect(location.href).to.equal(before);
  });
});
