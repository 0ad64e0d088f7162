import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import './sociale-kaart.js';
import { SocialeKaart } from './sociale-kaart.component.js';
import { defineElement } from '../internal/define.js';
import { wordsOf } from '../internal/strings.js';
import { HOSTILE_FEED, SAMPLE_FEED } from '../test-support/feeds.js';
import { ensureCdnWidget } from '../test-support/badge-csp.js';
import { openStrictCspPage } from '../test-support/strict-csp.js';
import { kaartPart, kaartParts, resultIds, search } from '../test-support/kaart-helpers.js';
import type { Service } from './kaart-types.js';
import { renderDetail } from './render-detail.js';
import { KAART_STRINGS } from './sociale-kaart.strings.js';

type XssWindow = Window & { __xss?: number };

describe('<sociale-kaart> in a stranger’s page', () => {
  it('renders an HTML/script payload in a service name and summary as text', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${HOSTILE_FEED} limit="200"></sociale-kaart>`);
    await search(el, 'Buurtcentrum Test');
    const card = kaartParts(el, '[part~="result"]').find((item) => item.textContent?.includes('<img src=x'));
    expect(card, 'the hostile service is listed').to.exist;
    expect(card?.querySelector('img, b, script')).to.equal(null);
    expect(card?.textContent).to.contain('<script>window.__xss=2</script>Gewone tekst.');
    card?.querySelector<HTMLButtonElement>('[part~="result-button"]')?.click();
    await el.updateComplete;
    const detail = kaartPart(el, '[part~="detail"]');
    expect(detail.querySelector('h2')?.textContent).to.contain('<img src=x onerror=');
    expect(detail.querySelector('img, b, script')).to.equal(null);
    expect((window as XssWindow).__xss).to.equal(undefined);
  });

  it('refuses javascript: and data: links, even when a record gets past validation', async () => {
    // The SDK drops such records already; this checks the widget's own second line of defence.
    const forged = {
      id: 'forged',
      organization_id: 'org',
      name: 'Forged',
      status: 'active',
      url: 'javascript:alert(1)',
      accessibility: [{ description: 'Data link', url: 'data:text/html,<script>alert(1)</script>' }],
    } as unknown as Service;
    const host = await fixture<HTMLDivElement>(html`<div lang="nl"></div>`);
    const t = wordsOf(document.createElement('sociale-kaart'), KAART_STRINGS);
    render(
      renderDetail({
        t,
        lang: 'nl',
        feed: SAMPLE_FEED,
        service: forged,
        week: [],
        professional: true,
        hasAvailability: false,
        figurePlaces: [],
        feedbackHref: 'javascript:alert(2)',
        onBack: () => {},
        onKeydown: () => {},
        saved: false,
        onSave: () => {},
      }),
      host,
    );
    const hrefs = [...host.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(hrefs.filter((href) => /^(javascript|data):/i.test(href ?? ''))).to.deep.equal([]);
    expect(host.textContent).to.contain('Data link');
  });

  it('renders under a strict Content Security Policy without violations', async () => {
    const page = await openStrictCspPage(`<sociale-kaart show-all feed="${SAMPLE_FEED}" gemeente="utrecht"></sociale-kaart>`);
    try {
      // The page loads the full bundle; until that includes this widget, its own CDN entry is added.
      await ensureCdnWidget(page, 'sociale-kaart');
      const kaart = page.document.querySelector('sociale-kaart');
      const firstResult = (): Element | null | undefined => kaart?.shadowRoot?.querySelector('[part~="result"]');
      await waitUntil(() => firstResult(), 'no results in the CSP page', { timeout: 8000 });
      // The styles applied too (Lit adopts style sheets, which style-src 'self' allows).
      expect(getComputedStyle(firstResult()!).borderStyle).to.equal('solid');
      expect(page.violations()).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });

  it('a second copy of the script does not break the first', async () => {
    class SecondCopy extends SocialeKaart {}
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect(() => defineElement('sociale-kaart', SecondCopy)).not.to.throw();
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('sociale-kaart')).to.equal(SocialeKaart);
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED}></sociale-kaart>`);
    expect(resultIds(el).length).to.be.greaterThan(0);
  });

  it('a feed URL that cannot be used shows an error instead of throwing into the page', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent): void => {
      errors.push(event.error);
    };
    window.addEventListener('error', onError);
    try {
      const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed="ftp://example.org/feed"></sociale-kaart>`);
      expect(kaartParts(el, '[part~="error"]')).to.have.length(1);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });
});
