import { expect, waitUntil } from '@open-wc/testing';
import { ensureCdnWidget } from '../test-support/badge-csp.js';
import { SAMPLE_FEED } from '../test-support/feeds.js';
import { openStrictCspPage } from '../test-support/strict-csp.js';
import { HOSTILE_PATHWAY_FEED } from '../test-support/uitleg-feeds.js';
import { UITLEG_NOW } from '../test-support/uitleg-fixtures.js';

type Updating = HTMLElement & { updateComplete: Promise<boolean> };

describe('<ketenaanpak-uitleg> on a page with a strict Content Security Policy', () => {
  it('renders, opens the check and a step, and shows its badges without a single violation', async () => {
    const page = await openStrictCspPage(`
      <ketenaanpak-uitleg feed="${SAMPLE_FEED}" pathway="gli" gemeente="utrecht" audience="professional" now="${UITLEG_NOW}"></ketenaanpak-uitleg>
      <ketenaanpak-uitleg feed="${HOSTILE_PATHWAY_FEED}" pathway="welzijn-op-recept" gemeente="utrecht" now="${UITLEG_NOW}"></ketenaanpak-uitleg>`);
    try {
      await ensureCdnWidget(page, 'ketenaanpak-uitleg');
      const [gli, hostile] = [...page.document.querySelectorAll<Updating>('ketenaanpak-uitleg')];
      const root = gli!.shadowRoot!;
      await waitUntil(() => root.querySelector('[part~="steps"]') && hostile!.shadowRoot?.querySelector('[part~="steps"]'), 'the explainers did not render', {
        timeout: 5000,
      });
      root.querySelector<HTMLDetailsElement>('[part~="eligibility"]')!.open = true;
      root.querySelector<HTMLInputElement>('[name="age"]')!.value = '50';
      root.querySelector<HTMLButtonElement>('[part~="check-button"]')!.click();
      root.querySelectorAll<HTMLButtonElement>('[part~="step-button"]')[2]!.click();
      await gli!.updateComplete;
      const badges = [...root.querySelectorAll('wachttijd-badge')];
      expect(badges.length).to.be.greaterThan(0);
      await waitUntil(() => badges.every((badge) => badge.shadowRoot?.querySelector('[part~="badge"]')), 'the badges did not render', { timeout: 5000 });
      // Styles arrived through adopted style sheets: the current step's number is filled.
      const marker = root.querySelector('.current .step-number')!;
      expect(page.frame.contentWindow!.getComputedStyle(marker).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
      expect(hostile!.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect((page.frame.contentWindow as Window & { __xss?: number }).__xss).to.equal(undefined);
      expect(page.violations()).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });
});
