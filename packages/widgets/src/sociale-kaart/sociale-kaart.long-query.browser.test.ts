import { expect, fixture, html } from '@open-wc/testing';
import { MAX_QUERY_LENGTH } from '@wijkwijzer/sdk/search';
import './sociale-kaart.js';
import type { SocialeKaart } from './sociale-kaart.component.js';
import { SAMPLE_FEED } from '../test-support/feeds.js';
import { resultIds, searchInput } from '../test-support/kaart-helpers.js';
import { readUrlState } from './url-state.js';

/*
 * The SDK reads the first MAX_QUERY_LENGTH characters of a query; the finder asks for no more,
 * so a resident never types words that are silently ignored, and a crafted link cannot hand it
 * a page of text.
 */
describe('<sociale-kaart> with long queries', () => {
  it('the search box takes as many characters as search reads', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED}></sociale-kaart>`);
    expect(MAX_QUERY_LENGTH).to.equal(200);
    expect(searchInput(el).maxLength).to.equal(MAX_QUERY_LENGTH);
  });

  it('reads at most that many characters of wk-q from the URL', () => {
    const state = readUrlState(`https://gemeente.example/zorg?wk-q=${'schulden '.repeat(11_000)}`, MAX_QUERY_LENGTH);
    expect(state?.query.length).to.be.at.most(MAX_QUERY_LENGTH);
    expect(state?.query.startsWith('schulden schulden')).to.equal(true);
  });

  it('opens a link with a 100,000-character wk-q with the query cut to that length, and searches it', async () => {
    const original = location.href;
    history.replaceState(null, '', `${location.pathname}?wk-q=schulden%20${'x'.repeat(99_990)}`);
    try {
      const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} url-state></sociale-kaart>`);
      const typed = searchInput(el).value;
      expect(typed.length).to.equal(MAX_QUERY_LENGTH);
      expect(typed.startsWith('schulden xxx')).to.equal(true);
      expect(resultIds(el)).to.include('schuldhulpverlening-utrecht');
    } finally {
      history.replaceState(null, '', original);
    }
  });
});
