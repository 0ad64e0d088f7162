import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import './sociale-kaart.js';
import type { SocialeKaart } from './sociale-kaart.component.js';
import { SAMPLE_FEED, WAITING_TIMES_FEED } from '../test-support/feeds.js';
import { badgesSettled } from '../test-support/badge-fixtures.js';
import { deepActiveElement, kaartPart, kaartParts, resultIds, search } from '../test-support/kaart-helpers.js';

/** A Tuesday morning in Utrecht, so "today" and "open now" are fixed. */
const TUESDAY = new Date('2026-11-24T10:00:00+01:00');

async function openResult(el: SocialeKaart, serviceId: string): Promise<HTMLButtonElement> {
  const button = kaartPart<HTMLButtonElement>(el, `#kaart-result-${serviceId}`);
  button.click();
  await el.updateComplete;
  return button;
}

/** Where focus is, named so a failing tab-order test says where it went. */
function focusName(): string {
  const active = deepActiveElement();
  if (!active) return 'nothing';
  return active.id ? `#${active.id}` : (active.getAttribute('part') ?? active.tagName.toLowerCase());
}

describe('<sociale-kaart> detail view', () => {
  it('shows every contact channel, the week’s hours, cost, referral, languages, accessibility and last check', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} gemeente="utrecht" wijk="west" limit="200" .now=${TUESDAY}></sociale-kaart>`);
    const selected = oneEvent(el, 'wijkwijzer-service-select');
    await openResult(el, 'buurtteam-sociaal-west');
    expect((await selected).detail).to.deep.equal({ serviceId: 'buurtteam-sociaal-west' });

    const detail = kaartPart(el, '[part~="detail"]');
    expect(kaartPart(el, '.finder').hidden).to.equal(true);
    const text = detail.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(detail.querySelector('h2')?.textContent).to.equal('Buurtteam Sociaal West');
    expect(detail.querySelector('a[href="tel:0300001002"]')?.textContent).to.equal('030 000 1002');
    expect(text).to.contain('Binnenlopen zonder afspraak');
    expect(text).to.contain('Inloopspreekuur zonder afspraak op dinsdag');
    expect(detail.querySelector('a[href="https://example.org/wijkwijzer/diensten/buurtteam-sociaal-west"]')).to.exist;
    expect(detail.querySelector('a[href="mailto:buurtteam-sociaal-west@voorbeeld.example"]')).to.exist;
    expect(text).to.contain('Voorbeeldstraat 1, 3531 AB Utrecht');

    const days = [...detail.querySelectorAll('.week tr')];
    expect(days).to.have.length(7);
    const today = detail.querySelector('.week tr[aria-current="date"]');
    expect(today?.textContent).to.contain('vandaag');
    expect(today?.textContent).to.contain('08:30–17:00');

    expect(text).to.contain('Gratis');
    expect(text).to.contain('Je hebt geen verwijzing nodig');
    expect(text).to.contain('Arabisch');
    expect(text).to.contain('Turks');
    expect(text).to.contain('Rolstoeltoegankelijk');
    expect(text).to.contain('Laatst gecontroleerd op 15 september 2026');
    expect(text).to.contain('Aangeboden door');
    // Residents do not see the professionals' referral route.
    expect(detail.querySelector('[part~="professional"]')).to.equal(null);
  });

  it('the professional audience adds referral routes and contact roles', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} gemeente="utrecht" wijk="west" audience="professional" limit="200"></sociale-kaart>`);
    const card = kaartPart(el, '[data-service="buurtteam-sociaal-west"]');
    expect(card.querySelector('.referral-route')?.textContent).to.contain('Professionals');
    await openResult(el, 'buurtteam-sociaal-west');
    const professional = kaartPart(el, '[part~="professional"]');
    expect(professional.textContent).to.contain('Zo verwijs je');
    expect(professional.textContent).to.contain('Contactpersoon voor huisartsen en POH');
    expect(professional.querySelector('a[href="tel:0300001001"]')).to.exist;
  });

  it('can be used with the keyboard alone: tab order, Enter opens, Escape returns focus to the result', async () => {
    const el = await fixture<SocialeKaart>(
      html`<sociale-kaart show-all feed=${SAMPLE_FEED} gemeente="utrecht" wijk="overvecht" need="need-eenzaamheid"></sociale-kaart>`,
    );
    kaartPart(el, '#kaart-query').focus();
    const order = [focusName()];
    for (let step = 0; step < 14; step += 1) {
      await sendKeys({ press: 'Tab' });
      order.push(focusName());
    }
    const firstResult = kaartParts(el, '[part~="result-button"]')[0];
    expect(order).to.deep.equal([
      '#kaart-query',
      'search-button',
      'button',
      '#kaart-area',
      '#kaart-target-group',
      '#kaart-language',
      '#kaart-free',
      '#kaart-no-referral',
      '#kaart-open-now',
      '#kaart-postcode',
      'postcode-button',
      'near-button',
      '#kaart-view-list',
      '#kaart-view-map',
      `#${firstResult?.id}`,
    ]);

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focusName()).to.equal('#kaart-detail-title');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focusName()).to.equal('back-button');

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(kaartParts(el, '[part~="detail"]')).to.have.length(0);
    expect(deepActiveElement()).to.equal(firstResult);

    // And the back button does the same as Escape.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    kaartPart(el, '[part~="back-button"]').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(firstResult);
  });

  it('shows the waiting-time badge for services with availability figures', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} gemeente="utrecht" wijk="overvecht" limit="200"></sociale-kaart>`);
    expect(resultIds(el)).to.include('huisarts-overvecht');
    const badge = kaartPart(el, '[data-service="huisarts-overvecht"] wachttijd-badge');
    expect(badge.getAttribute('service')).to.equal('huisarts-overvecht');
    expect(badge.getAttribute('feed')).to.equal(SAMPLE_FEED);
    expect(kaartParts(el, '[data-service="buurtkamer-overvecht"] wachttijd-badge')).to.have.length(0);
    await openResult(el, 'huisarts-overvecht');
    expect(kaartPart(el, '[part~="detail"] wachttijd-badge').getAttribute('service')).to.equal('huisarts-overvecht');
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`shows waiting times per place and per diagnosis group in the details as the badge does (${lang})`, async () => {
      const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${WAITING_TIMES_FEED} gemeente="utrecht" limit="200" lang=${lang} .now=${TUESDAY}></sociale-kaart>`);
      await openResult(el, 'wt-twee-plekken');
      const detail = kaartPart(el, '[part~="detail"]');
      await badgesSettled(el);
      // Figures that differ per place: a badge for each place, captioned with it.
      const places = kaartParts(el, '[part~="detail"] wachttijd-badge');
      expect(places.map((badge) => badge.getAttribute('location'))).to.deep.equal(['wt-loc-noord', 'wt-loc-zuid']);
      const captions = places.map((badge) => badge.shadowRoot!.querySelector('[part~="caption"]')?.textContent?.trim());
      expect(captions).to.deep.equal(
        lang === 'nl' ? ['Aanmeldwachttijd bij Locatie Noord', 'Aanmeldwachttijd bij Locatie Zuid'] : ['Waiting time until intake at Locatie Noord', 'Waiting time until intake at Locatie Zuid'],
      );
      await expect(detail).to.be.accessible();

      kaartPart<HTMLButtonElement>(el, '[part~="back-button"]').click();
      await el.updateComplete;
      await openResult(el, 'wt-groepen');
      await badgesSettled(el);
      const badge = kaartPart(el, '[part~="detail"] wachttijd-badge');
      expect(badge.shadowRoot!.querySelector('[part~="value"]')?.textContent?.trim()).to.equal(
        lang === 'nl' ? 'Tussen 3 en 9 weken, afhankelijk van uw klacht (3 groepen)' : 'Between 3 and 9 weeks, depending on your problem (3 groups)',
      );
      expect(badge.shadowRoot!.querySelector('select[part~="group-picker"]')).to.exist;
      await expect(kaartPart(el, '[part~="detail"]')).to.be.accessible();
    });
  }

  it('says once whether a huisartsenpost is open: its badge says it, so its result has no open line of its own', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} gemeente="utrecht" limit="200" .now=${TUESDAY}></sociale-kaart>`);
    await search(el, 'huisartsenpost');
    const card = '[data-service="huisartsenpost-utrecht-stad"]';
    const badge = kaartPart(el, `${card} wachttijd-badge`);
    await (badge as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await waitUntil(() => /open|gesloten/i.test(badge.shadowRoot?.textContent ?? ''), 'the huisartsenpost badge shows no open state');
    expect(kaartParts(el, `${card} [part~="open-state"]`)).to.have.length(0);
    // Services whose badge shows a waiting time keep their own open line.
    await search(el, 'huisarts overvecht');
    expect(kaartParts(el, '[data-service="huisarts-overvecht"] wachttijd-badge')).to.have.length(1);
    expect(kaartParts(el, '[data-service="huisarts-overvecht"] [part~="open-state"]')).to.have.length(1);
  });

  it('prints the results with their contact details and without the controls', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} gemeente="utrecht" wijk="west" limit="200"></sociale-kaart>`);
    await emulateMedia({ media: 'print' });
    try {
      const shown = (selector: string): boolean => getComputedStyle(kaartPart(el, selector)).display !== 'none';
      expect(shown('[part~="search"]')).to.equal(false);
      expect(shown('[part~="filters"]')).to.equal(false);
      expect(shown('[part~="result"]')).to.equal(true);
      expect(shown('[part~="result"] [part~="phone-link"]')).to.equal(true);
      expect(shown('[data-service="buurtteam-sociaal-west"] .print-only')).to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
