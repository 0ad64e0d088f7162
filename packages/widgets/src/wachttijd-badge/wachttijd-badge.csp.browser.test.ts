import { expect, waitUntil } from '@open-wc/testing';
import { FRIDAY_EVENING, SAMPLE_NOW } from '../test-support/badge-fixtures.js';
import { ensureCdnWidget } from '../test-support/badge-csp.js';
import { HOSTILE_FEED, SAMPLE_FEED } from '../test-support/feeds.js';
import { openStrictCspPage } from '../test-support/strict-csp.js';

describe('<wachttijd-badge> on a page with a strict Content Security Policy', () => {
  it('renders every kind of badge from the CDN bundle without a single violation', async () => {
    const page = await openStrictCspPage(`
      <wachttijd-badge feed="${SAMPLE_FEED}" service="altrecht-specialistische-ggz" now="${SAMPLE_NOW}"></wachttijd-badge>
      <wachttijd-badge feed="${SAMPLE_FEED}" service="huisartsenpost-utrecht-stad" now="${FRIDAY_EVENING}" variant="inline"></wachttijd-badge>
      <wachttijd-badge feed="${HOSTILE_FEED}" service="activiteitenkalender-dock" kind="huisartsenpost" now="${SAMPLE_NOW}"></wachttijd-badge>`);
    try {
      await ensureCdnWidget(page, 'wachttijd-badge');
      const badges = [...page.document.querySelectorAll('wachttijd-badge')];
      await waitUntil(() => badges.every((badge) => badge.shadowRoot?.querySelector('[part~="badge"]')), 'the badges did not render', {
        timeout: 5000,
      });
      // Open the details too: their styles and icons must pass the policy as well.
      for (const badge of badges) badge.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
      await Promise.all(badges.map((badge) => (badge as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete));
      const pill = badges[0]!.shadowRoot!.querySelector('[part~="badge"]')!;
      // Styles arrived (adopted style sheets, no inline style): the pill has its border.
      expect(page.frame.contentWindow!.getComputedStyle(pill).borderInlineStartWidth).to.equal('4px');
      expect(page.document.querySelector('img')).to.equal(null);
      expect((page.frame.contentWindow as Window & { __xss?: number }).__xss).to.equal(undefined);
      expect(page.violations()).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });
});
