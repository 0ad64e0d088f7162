import { expect } from '@open-wc/testing';
import { render } from 'lit';
import type { SearchHit } from '@wijkwijzer/sdk';
import { MAX_QUERY_LENGTH } from '@wijkwijzer/sdk/search';
import { wordsOf } from '../internal/strings.js';
import { UNREADABLE } from '../internal/property-input.js';
import { DEFAULT_ON_INPUT, defaultOnReflection, PAGE_SIZE_INPUT, RADIUS_INPUT, SORT_INPUT } from './kaart-attributes.js';
import { NO_FILTERS, sdkFilters } from './kaart-filters.js';
import type { Area, Service } from './kaart-types.js';
import { areaChoices, MAX_AREA_OPTIONS } from './render-filters.js';
import { renderProgress, type KaartProgress } from './render-states.js';
import { groupByRoute, inRouteOrder } from './route-groups.js';
import { KAART_STRINGS } from './sociale-kaart.strings.js';
import { sortedByName } from './sort-by-name.js';
import { readUrlState, urlWithState } from './url-state.js';

const AREAS: Area[] = [
  { id: 'gm-utrecht', name: 'Utrecht', kind: 'gemeente' },
  { id: 'gm-de-bilt', name: 'De Bilt', kind: 'gemeente' },
  { id: 'wk-utrecht-overvecht', name: 'Overvecht (Utrecht)', kind: 'wijk', parent_ids: ['gm-utrecht'] },
  { id: 'wk-utrecht-vleuten-de-meern', name: 'Vleuten-De Meern (Utrecht)', kind: 'wijk', parent_ids: ['gm-utrecht'] },
  { id: 'kern-bilthoven', name: 'Bilthoven', kind: 'kern', parent_ids: ['gm-de-bilt'] },
];

const hit = (id: string, step?: Service['route_step']): SearchHit =>
  ({ service: { id, organization_id: 'o', name: id, status: 'active', ...(step ? { route_step: step } : {}) }, score: 1 }) as SearchHit;

describe('sociale-kaart units', () => {
  it('puts strong matches in route order and weaker ones after them in relevance order', () => {
    const scored = (id: string, step: Service['route_step'], score: number): SearchHit => ({ ...hit(id, step), score });
    const ordered = inRouteOrder([scored('post', 'formeel', 1), scored('tip', 'zelf', 0.44), scored('arts', 'formeel', 0.8), scored('buddy', 'peers', 0.7)]);
    expect(ordered.map((each) => each.service.id)).to.deep.equal(['buddy', 'post', 'arts', 'tip']);
    expect(groupByRoute(ordered).map((group) => group.step)).to.deep.equal(['peers', 'formeel', 'meer']);
  });

  it('orders by route step, stable within a step, and groups consecutive steps', () => {
    const ordered = inRouteOrder([hit('a', 'formeel'), hit('b'), hit('c', 'zelf'), hit('d', 'formeel'), hit('e', 'samen')]);
    expect(ordered.map((each) => each.service.id)).to.deep.equal(['c', 'e', 'a', 'd', 'b']);
    expect(groupByRoute(ordered).map((group) => [group.step, group.entries.length])).to.deep.equal([
      ['zelf', 1],
      ['samen', 1],
      ['formeel', 2],
      ['overig', 1],
    ]);
  });

  it('round-trips the URL state under wk- keys and keeps the host’s parameters', () => {
    const filters = { ...NO_FILTERS, need: 'need-schulden', area: 'gm-utrecht', free: true };
    const href = urlWithState('https://gemeente.example/zorg?page=2&q=host#top', { query: 'geld zorgen', filters, service: 'svc-1' });
    const url = new URL(href);
    expect(url.searchParams.get('page')).to.equal('2');
    expect(url.searchParams.get('q')).to.equal('host');
    expect(url.hash).to.equal('#top');
    expect(readUrlState(href, MAX_QUERY_LENGTH)).to.deep.equal({
      query: 'geld zorgen',
      filters: { need: 'need-schulden', area: 'gm-utrecht', targetGroup: undefined, language: undefined, free: true, noReferral: false, openNow: false },
      service: 'svc-1',
      all: false,
      postcode: undefined,
      radius: undefined,
      sort: undefined,
    });
    // Help near you: the postcode's four digits, the radius and a non-default order.
    const near = urlWithState(href, { query: '', filters: NO_FILTERS, postcode: '3563', radius: 5, sort: 'distance' });
    expect(new URL(near).search).to.equal('?page=2&q=host&wk-postcode=3563&wk-straal=5&wk-volgorde=afstand');
    expect(readUrlState(near, MAX_QUERY_LENGTH)).to.include({ postcode: '3563', radius: 5, sort: 'distance' });
    // A crafted link cannot put a full postcode, an odd radius or an unknown order in.
    const crafted = readUrlState('https://gemeente.example/?wk-postcode=3563XK&wk-straal=7&wk-volgorde=x', MAX_QUERY_LENGTH);
    expect(crafted).to.include({ postcode: undefined, radius: undefined, sort: undefined });
    const everything = urlWithState('https://gemeente.example/zorg', { query: '', filters: NO_FILTERS, all: true });
    expect(everything).to.equal('https://gemeente.example/zorg?wk-alles=1');
    expect(readUrlState(everything, MAX_QUERY_LENGTH)?.all).to.equal(true);
    const cleared = urlWithState(href, { query: '', filters: NO_FILTERS });
    expect(cleared).to.equal('https://gemeente.example/zorg?page=2&q=host#top');
    expect(readUrlState(cleared, MAX_QUERY_LENGTH)).to.equal(undefined);
  });

  it('reads attributes and properties: default-on booleans and page sizes', () => {
    expect(DEFAULT_ON_INPUT.read(null)).to.equal(true);
    expect(DEFAULT_ON_INPUT.read('')).to.equal(true);
    expect(DEFAULT_ON_INPUT.read(' False ')).to.equal(false);
    expect(DEFAULT_ON_INPUT.read(false)).to.equal(false);
    expect(defaultOnReflection.toAttribute?.(true, Boolean)).to.equal(null);
    expect(PAGE_SIZE_INPUT.read('12')).to.equal(12);
    expect(PAGE_SIZE_INPUT.read(12)).to.equal(12);
    expect(PAGE_SIZE_INPUT.read('0')).to.equal(UNREADABLE);
    expect(PAGE_SIZE_INPUT.read('100000')).to.equal(200);
    // Help near you: a radius the finder offers, or the whole region; the order by two words.
    expect(['5', '5 km', ' 10KM ', 3].map((value) => RADIUS_INPUT.read(value))).to.deep.equal([5, 5, 10, 3]);
    expect([null, '', 'hele-regio'].map((value) => RADIUS_INPUT.read(value))).to.deep.equal([undefined, undefined, undefined]);
    expect(['7', 'ver', '-1'].map((value) => RADIUS_INPUT.read(value))).to.deep.equal([UNREADABLE, UNREADABLE, UNREADABLE]);
    expect([null, 'Distance', 'route', 'afstand'].map((value) => SORT_INPUT.read(value))).to.deep.equal(['route', 'distance', 'route', UNREADABLE]);
    expect(sdkFilters({ ...NO_FILTERS, openNow: true, language: 'ar' })).to.deep.equal({ openNow: true, language: 'ar' });
  });

  it('offers every wijk in a region, but in a national feed only the chosen gemeente\'s', () => {
    const names = (choices: ReturnType<typeof areaChoices>): string[] =>
      choices.flatMap(({ gemeente, wijken }) => [gemeente.id, ...wijken.map((wijk) => wijk.id)]);
    expect(names(areaChoices(AREAS, undefined))).to.deep.equal(['gm-de-bilt', 'gm-utrecht', 'wk-utrecht-overvecht', 'wk-utrecht-vleuten-de-meern']);

    // 40 gemeenten with 10 wijken each: 440 options, too many to read.
    const national: Area[] = [];
    for (let g = 0; g < 40; g++) {
      national.push({ id: `gm-${g}`, name: `Gemeente ${String(g).padStart(2, '0')}`, kind: 'gemeente' });
      for (let w = 0; w < 10; w++) national.push({ id: `wk-${g}-${w}`, name: `Wijk ${w}`, kind: 'wijk', parent_ids: [`gm-${g}`] });
    }
    expect(national.length).to.be.greaterThan(MAX_AREA_OPTIONS);
    const none = areaChoices(national, undefined);
    expect(none).to.have.length(40);
    expect(none.every(({ wijken }) => wijken.length === 0)).to.equal(true);
    const inWijk = areaChoices(national, 'wk-7-3');
    expect(inWijk.filter(({ wijken }) => wijken.length > 0).map(({ gemeente }) => gemeente.id)).to.deep.equal(['gm-7']);
    expect(inWijk.find(({ gemeente }) => gemeente.id === 'gm-7')?.wijken).to.have.length(10);
    expect(names(areaChoices(national, 'gm-12'))).to.include('wk-12-0');
  });

  it('sorts names as Dutch collation does, without loading it first', () => {
    const names = ['Zuilen', 'Één loket', 'Eemnes', "'s-Graveland", 'de Bilt', 'De Meern', 'Amersfoort', 'Ede', 'Ouderenzorg', 'Overvecht', 'Lopik', 'Lopikerwaard', 'IJsselstein', 'Idee', 'Wijk 2', 'Wijk 10'];
    const sorted = sortedByName(names.map((name) => ({ name }))).map(({ name }) => name);
    expect(sorted).to.deep.equal([...names].sort(new Intl.Collator('nl').compare));
  });

  it('counts a feed in parts in parts from the first one in, and a single file in kilobytes', () => {
    const host = Object.assign(document.createElement('div'), {
      addController: () => undefined,
      removeController: () => undefined,
      requestUpdate: () => undefined,
      updateComplete: Promise.resolve(true),
    });
    const t = wordsOf(host, KAART_STRINGS);
    const shown = (progress: KaartProgress): { text: string; value?: number; max?: number } => {
      const container = document.createElement('div');
      render(renderProgress(t, progress), container);
      const bar = container.querySelector('progress');
      return { text: container.textContent?.trim() ?? '', ...(bar ? { value: bar.value, max: bar.max } : {}) };
    };
    expect(shown({ bytes: { loaded: 2500, total: 10000 } })).to.deep.equal({ text: 'Hulp wordt geladen: 3 van 10 kB', value: 2500, max: 10000 });
    // Three parts were in before this search; the bytes count only the three still coming.
    expect(shown({ bytes: { loaded: 0, total: 1400 }, parts: { files: 3, filesTotal: 6 } })).to.deep.equal({ text: 'Hulp wordt geladen: 3 van 6 delen', value: 3, max: 6 });
    expect(shown({ bytes: { loaded: 500 } })).to.deep.equal({ text: '' });
    expect(shown({})).to.deep.equal({ text: '' });
  });
});
