import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from './define.js';
import { resolveLang, toLang } from './lang.js';
import { englishLoaded, LocalizeController, overrideStrings, stringTables } from './localize.js';
import { safeHref, telHref } from './safe-href.js';
import '../wachttijd-badge/wachttijd-badge.js';
import { BADGE_STRINGS } from '../wachttijd-badge/wachttijd-badge.strings.js';
import { BADGE_VIEW_STRINGS } from '../wachttijd-badge/badge-view.strings.js';
import type { WachttijdBadge } from '../wachttijd-badge/wachttijd-badge.component.js';
import { SAMPLE_FEED } from '../test-support/feeds.js';

customElements.define('ww-string-probe', class extends LitElement {});

describe('defineElement', () => {
  it('defines a tag once and warns instead of throwing when a second copy defines it again', () => {
    class First extends LitElement {}
    class Second extends LitElement {}
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      defineElement('ww-define-probe', First);
      expect(() => defineElement('ww-define-probe', Second)).not.to.throw();
    } finally {
      console.warn = original;
    }
    expect(customElements.get('ww-define-probe')).to.equal(First);
    expect(String(warnings[0])).to.contain('ww-define-probe');
  });
});

describe('resolveLang', () => {
  it('follows the element, then its ancestors, then the page, and falls back to Dutch', async () => {
    const tree = await fixture<HTMLElement>(html`<div lang="en-GB"><span id="inner"></span><p lang="nl" id="own"></p></div>`);
    expect(resolveLang(tree.querySelector('#inner')!)).to.equal('en');
    expect(resolveLang(tree.querySelector('#own')!)).to.equal('nl');
    expect(toLang('fr')).to.equal('nl');
    expect(toLang(undefined)).to.equal('nl');
  });
});

describe('string tables', () => {
  // First in this file: the English words are not loaded yet.
  it('render a widget in English from its first frame, never Dutch first', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const badge = document.createElement('wachttijd-badge');
    const drawn: string[] = [];
    holder.append(badge);
    new MutationObserver(() => drawn.push(badge.shadowRoot?.textContent ?? '')).observe(badge.shadowRoot!, { childList: true, subtree: true, characterData: true });
    await badge.updateComplete;
    expect(drawn.length).to.be.above(0);
    expect(drawn.every((text) => !/Geen|gegevens|ontbreekt/.test(text)), drawn.join(' | ')).to.equal(true);
    expect(badge.shadowRoot!.textContent).to.contain('This widget is not set up yet');
  });

  it('load English on first need, keeping the words a web team set before it arrived', async () => {
    let loads = 0;
    const tables = stringTables({ title: 'Titel', more: 'Meer' }, async () => {
      loads += 1;
      return { en: { title: 'Title', more: 'More' } };
    });
    overrideStrings(tables, 'en', { more: 'Show more' });
    const host = await fixture<LitElement>(html`<ww-string-probe lang="en"></ww-string-probe>`);
    const words = new LocalizeController(host, tables);
    expect(loads, 'nothing loads before a widget speaks English').to.equal(0);
    await englishLoaded();
    await englishLoaded();
    expect(loads).to.equal(1);
    expect([words.term('title'), words.term('more')]).to.deep.equal(['Title', 'Show more']);
  });
});

describe('overrideStrings', () => {
  it("shows a web team's words at once in the widgets on the page, the figure's words too", async () => {
    const badge = await fixture<WachttijdBadge>(html`<wachttijd-badge lang="nl" feed=${SAMPLE_FEED} service="elv-zorgspectrum" now="2026-11-21T12:00:00+01:00"></wachttijd-badge>`);
    const missing = await fixture<WachttijdBadge>(html`<wachttijd-badge lang="nl" feed=${SAMPLE_FEED}></wachttijd-badge>`);
    const marker = (): string | undefined => badge.shadowRoot!.querySelector('[part~="sample-marker"]')?.textContent?.trim();
    expect(marker()).to.equal('voorbeeld');
    const before = { marker: BADGE_VIEW_STRINGS.nl.sampleMarker, missing: BADGE_STRINGS.nl.serviceMissing };
    try {
      overrideStrings(BADGE_VIEW_STRINGS, 'nl', { sampleMarker: 'proefgegevens' });
      overrideStrings(BADGE_STRINGS, 'nl', { serviceMissing: 'Kies eerst een dienst.' });
      await Promise.all([badge.updateComplete, missing.updateComplete]);
      expect(marker()).to.equal('proefgegevens');
      expect(missing.shadowRoot!.textContent).to.contain('Kies eerst een dienst.');
    } finally {
      overrideStrings(BADGE_VIEW_STRINGS, 'nl', { sampleMarker: before.marker });
      overrideStrings(BADGE_STRINGS, 'nl', { serviceMissing: before.missing });
    }
  });
});

describe('safeHref', () => {
  it('keeps http(s), tel and mailto links and refuses script and data links', () => {
    expect(safeHref('https://example.org/a')).to.equal('https://example.org/a');
    expect(safeHref('tel:0800-0113')).to.equal('tel:0800-0113');
    expect(safeHref('javascript:alert(1)')).to.equal(undefined);
    expect(safeHref(' JAVASCRIPT:alert(1)')).to.equal(undefined);
    expect(safeHref('data:text/html,<script>alert(1)</script>')).to.equal(undefined);
    expect(telHref('030 000 0142')).to.equal('tel:0300000142');
  });
});

describe('WijkwijzerElement', () => {
  it('draws a widget the first time in a task after the one that connected it', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const badge = document.createElement('wachttijd-badge');
    holder.append(badge);
    // Every microtask of this task: Lit would have drawn here.
    for (let turn = 0; turn < 20; turn += 1) await null;
    expect(badge.shadowRoot?.childElementCount ?? 0, 'drawn in the connecting task').to.equal(0);
    await badge.updateComplete;
    expect(badge.shadowRoot!.childElementCount).to.be.above(0);
  });
});

describe('LocalizeController', () => {
  it("re-renders a widget when any ancestor's lang changes, not only its own or the page's", async () => {
    const holder = await fixture<HTMLDivElement>(html`<div lang="nl"><wachttijd-badge feed=${SAMPLE_FEED}></wachttijd-badge></div>`);
    const badge = holder.querySelector('wachttijd-badge')!;
    await badge.updateComplete;
    expect(badge.shadowRoot!.textContent).to.contain('ontbreekt');
    holder.lang = 'en';
    await waitUntil(() => badge.shadowRoot!.textContent?.includes('is missing'), 'the badge stayed Dutch');
  });
});
