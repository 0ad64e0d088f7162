import { expect, fixture, html } from '@open-wc/testing';
import './sociale-kaart.js';
import type { SocialeKaart } from './sociale-kaart.component.js';
import { CONTACT_WAYS_FEED, SAMPLE_FEED } from '../test-support/feeds.js';
import { kaartPart, kaartParts } from '../test-support/kaart-helpers.js';

/*
 * Issue 15: what the finder says must be something a resident can do: it never tells them to
 * call a service without a phone.
 */

/** Opens a result's details; gives the detail view's text. */
async function openService(el: SocialeKaart, serviceId: string): Promise<string> {
  kaartPart<HTMLButtonElement>(el, `#kaart-result-${serviceId}`).click();
  await el.updateComplete;
  return kaartPart(el, '[part~="detail"]').textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The text of the detail section under `title` ("Openingstijden deze week"). */
function sectionText(el: SocialeKaart, title: string): string {
  const section = kaartParts(el, '.detail-section').find((each) => each.querySelector('h3')?.textContent === title);
  if (!section) throw new Error(`the detail view has no section ${title}`);
  return section.textContent?.replace(/\s+/g, ' ').replace(title, '').trim() ?? '';
}

describe('<sociale-kaart> words a resident can act on', () => {
  it('an online-only service: its details offer the website and e-mail, and never say “Bel”', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart feed=${SAMPLE_FEED} gemeente="utrecht" limit="200"></sociale-kaart>`);
    const text = await openService(el, 'gezondheidsinfo-ggd-online');
    expect(kaartPart(el, '[part~="detail"] a[href="https://example.org/wijkwijzer/diensten/gezondheidsinfo-ggd-online"]')).to.exist;
    expect(sectionText(el, 'Openingstijden deze week')).to.equal('De openingstijden zijn niet bekend. Kijk op de website of stuur een e-mail.');
    expect(text).not.to.match(/\bbel\b/i);
    await expect(el).to.be.accessible();
  });

  it('an online-only service in English: “Check the website”, never “Call”', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart feed=${SAMPLE_FEED} gemeente="utrecht" limit="200" lang="en"></sociale-kaart>`);
    const text = await openService(el, 'gezondheidsinfo-ggd-online');
    expect(sectionText(el, 'Opening hours this week')).to.equal('The opening hours are not known. Check the website or send an email.');
    expect(text).not.to.match(/\bcall\b/i);
  });

  it('a phone-only service: its details say “Bel”, and nothing about a website or e-mail', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart feed=${CONTACT_WAYS_FEED} gemeente="zeist" limit="200"></sociale-kaart>`);
    const text = await openService(el, 'alleen-bellen');
    expect(sectionText(el, 'Openingstijden deze week')).to.match(/^De openingstijden zijn niet bekend\. Bel\b/);
    expect(sectionText(el, 'Kosten')).to.match(/\bBel\b/);
    expect(text).not.to.match(/website|mail/i);
    await expect(el).to.be.accessible();
  });

  it('a service with only an address: its details say to drop in, not to call or look online', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart feed=${CONTACT_WAYS_FEED} gemeente="zeist" limit="200"></sociale-kaart>`);
    const text = await openService(el, 'alleen-langsgaan');
    expect(sectionText(el, 'Openingstijden deze week')).to.equal('De openingstijden zijn niet bekend. Ga langs.');
    expect(text).not.to.match(/\bbel\b|website|e-mail/i);
  });
});
