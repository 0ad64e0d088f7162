import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { A4_PRINT_WIDTH, controlsOnPaper, cutOff, linksWithoutTarget, shown } from '../test-support/print-checks.js';
import { q, qa, uitlegFor } from '../test-support/uitleg-fixtures.js';

/* Issue 15: an explainer printed for a client or a colleague reads as paper: no controls, every link's target said. */
describe('<ketenaanpak-uitleg> on paper', () => {
  it('prints the steps and services black on white, without the check or buttons, with every link’s target', async () => {
    const el = await uitlegFor('valpreventie', { gemeente: 'utrecht', audience: 'professional' });
    el.style.inlineSize = A4_PRINT_WIDTH;
    await emulateMedia({ media: 'print' });
    try {
      const root = el.shadowRoot!;
      expect(controlsOnPaper(root)).to.deep.equal([]);
      expect(shown(q(el, '[part~="eligibility"]')!)).to.equal(false);
      // The steps stay, as text: they are the explainer.
      expect(qa(el, '[part~="step-button"]').filter(shown).length).to.be.greaterThan(2);
      const links = qa(el, 'a[href]').filter(shown);
      expect(links.some((link) => link.getAttribute('href')?.startsWith('http'))).to.equal(true);
      expect(linksWithoutTarget(root)).to.deep.equal([]);
      expect(cutOff(root)).to.deep.equal([]);
      const base = q(el, '[part~="base"]')!;
      expect(getComputedStyle(base).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(255, 255, 255)');
      for (const link of links) expect(getComputedStyle(link).color).to.equal('rgb(0, 0, 0)');
    } finally {
      await emulateMedia({ media: 'screen' });
      el.style.inlineSize = '';
    }
  });
});
