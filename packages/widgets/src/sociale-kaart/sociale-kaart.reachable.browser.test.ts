import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import './sociale-kaart.js';
import type { SocialeKaart } from './sociale-kaart.component.js';
import { badgesSettled } from '../test-support/badge-fixtures.js';
import { CONTACT_WAYS_FEED, SAMPLE_FEED } from '../test-support/feeds.js';
import { afterSearch, kaartPart, kaartParts, search, setControl, typeInto } from '../test-support/kaart-helpers.js';

/*
 * Issue 15: what the finder says and offers must be something a resident can do. It never tells
 * them to call a service without a phone, every target can be hit on a weak phone, and a
 * language is named, not shown as a code.
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

const TARGETS = 'a[href], button, input, select, [role="option"]';

interface TargetSize {
  height: number;
  width: number;
  /** Measure a checkbox with its label, which a finger hits as well; else the box alone. */
  withLabel?: boolean;
}

const targetOf = (control: Element, withLabel: boolean): Element =>
  withLabel && control instanceof HTMLInputElement && control.type === 'checkbox' ? (control.closest('label') ?? control) : control;

/**
 * Every target on screen in the finder and in its waiting-time badges that is less than `height`
 * high or `width` wide, named so a failure says which.
 */
function smallTargets(el: SocialeKaart, { height, width, withLabel = false }: TargetSize): string[] {
  const roots = [el.shadowRoot!, ...kaartParts(el, 'wachttijd-badge').map((badge) => badge.shadowRoot!)];
  return roots
    .flatMap((root) => [...root.querySelectorAll(TARGETS)])
    .filter((control) => control.getClientRects().length > 0)
    .map((control) => ({ control, box: targetOf(control, withLabel).getBoundingClientRect() }))
    .filter(({ box }) => box.height < height || box.width < width)
    .map(({ control, box }) => {
      const name = control.getAttribute('part') ?? control.className;
      return `${control.tagName.toLowerCase()} ${name} "${control.textContent?.trim().slice(0, 30)}": ${box.width.toFixed(1)}×${box.height.toFixed(1)}`;
    });
}

/** Shows every kind of target the finder has, screen by screen, and collects those too small. */
async function smallTargetsOnEveryScreen(el: SocialeKaart, size: TargetSize): Promise<string[]> {
  const small: string[] = [];
  await badgesSettled(el);
  kaartPart<HTMLButtonElement>(el, '[aria-controls="kaart-tile-list"]').click();
  await afterSearch(el, () => setControl(el, '#kaart-free', true));
  small.push(...smallTargets(el, size));
  typeInto(el, 'eenza');
  await el.updateComplete;
  expect(kaartParts(el, '[role="option"]').length).to.be.greaterThan(0);
  small.push(...smallTargets(el, size));
  await search(el, 'ik wil niet meer leven');
  expect(kaartParts(el, '[part~="crisis"] a').length).to.be.greaterThan(0);
  small.push(...smallTargets(el, size));
  await search(el, '');
  await openService(el, 'buurtteam-sociaal-west');
  await badgesSettled(el);
  small.push(...smallTargets(el, size));
  return [...new Set(small)];
}

/** Results with phone numbers, addresses and waiting-time badges, and a detail view with contact roles. */
const WEST = html`<sociale-kaart show-all feed=${SAMPLE_FEED} gemeente="utrecht" wijk="west" audience="professional" limit="200"></sociale-kaart>`;

describe('<sociale-kaart> words, targets and names a resident can act on', () => {
  it('an online-only service: its details offer the website and e-mail, and never say “Bel”', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} gemeente="utrecht" limit="200"></sociale-kaart>`);
    const text = await openService(el, 'gezondheidsinfo-ggd-online');
    expect(kaartPart(el, '[part~="detail"] a[href="https://example.org/wijkwijzer/diensten/gezondheidsinfo-ggd-online"]')).to.exist;
    expect(sectionText(el, 'Openingstijden deze week')).to.equal('De openingstijden zijn niet bekend. Kijk op de website of stuur een e-mail.');
    expect(text).not.to.match(/\bbel\b/i);
    await expect(el).to.be.accessible();
  });

  it('an online-only service in English: “Check the website”, never “Call”', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} gemeente="utrecht" limit="200" lang="en"></sociale-kaart>`);
    const text = await openService(el, 'gezondheidsinfo-ggd-online');
    expect(sectionText(el, 'Opening hours this week')).to.equal('The opening hours are not known. Check the website or send an email.');
    expect(text).not.to.match(/\bcall\b/i);
  });

  it('a phone-only service: its details say “Bel”, and nothing about a website or e-mail', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${CONTACT_WAYS_FEED} gemeente="zeist" limit="200"></sociale-kaart>`);
    const text = await openService(el, 'alleen-bellen');
    expect(sectionText(el, 'Openingstijden deze week')).to.match(/^De openingstijden zijn niet bekend\. Bel\b/);
    expect(sectionText(el, 'Kosten')).to.match(/\bBel\b/);
    expect(text).not.to.match(/website|mail/i);
    await expect(el).to.be.accessible();
  });

  it('a service with only an address: its details say to drop in, not to call or look online', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${CONTACT_WAYS_FEED} gemeente="zeist" limit="200"></sociale-kaart>`);
    const text = await openService(el, 'alleen-langsgaan');
    expect(sectionText(el, 'Openingstijden deze week')).to.equal('De openingstijden zijn niet bekend. Ga langs.');
    expect(text).not.to.match(/\bbel\b|website|e-mail/i);
  });

  it('every target is at least 24 by 24 CSS pixels (WCAG 2.2, 2.5.8), and the result list stays compact', async () => {
    const el = await fixture<SocialeKaart>(WEST);
    const buttons = kaartParts(el, '[part~="result-button"]');
    for (const button of buttons) expect(button.getBoundingClientRect().height, button.textContent ?? '').to.be.at.least(24);
    // A one-line name stays one line high on a desktop: no touch-sized rows there.
    expect(Math.min(...buttons.map((button) => button.getBoundingClientRect().height))).to.be.below(30);
    expect(await smallTargetsOnEveryScreen(el, { height: 24, width: 24 })).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('on a touch screen every target is at least 44 CSS pixels high', async () => {
    await executeServerCommand('emulate-touch', { enabled: true });
    try {
      expect(matchMedia('(pointer: coarse)').matches).to.equal(true);
      const el = await fixture<SocialeKaart>(WEST);
      for (const button of kaartParts(el, '[part~="result-button"]')) expect(button.getBoundingClientRect().height).to.be.at.least(44);
      expect(await smallTargetsOnEveryScreen(el, { height: 44, width: 24, withLabel: true })).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-touch', { enabled: false });
    }
  });

  for (const [lang, names] of [
    ['nl', { pap: 'Papiaments', ber: 'Berbers (Tamazight)', so: 'Somalisch', apc: 'Noord-Levantijns-Arabisch', ajp: 'Zuid-Levantijns-Arabisch' }],
    ['en', { pap: 'Papiamento', ber: 'Berber (Tamazight)', so: 'Somali', apc: 'North Levantine Arabic', ajp: 'South Levantine Arabic' }],
  ] as const) {
    it(`names languages that browsers may not know in the page’s language (${lang})`, async () => {
      const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${CONTACT_WAYS_FEED} gemeente="zeist" limit="200" lang=${lang}></sociale-kaart>`);
      const options = (): HTMLOptionElement[] => kaartParts<HTMLOptionElement>(el, '#kaart-language option').filter((option) => option.value);
      // Names come a task after the results (see drawInSteps); every browser names Dutch.
      await waitUntil(() => options().find((option) => option.value === 'nl')?.textContent !== 'nl', 'the language choice shows no names');
      const shown = Object.fromEntries(options().map((option) => [option.value, option.textContent?.trim()]));
      expect(shown).to.include(names);
      for (const code of ['rif', 'prs', 'ti']) expect(shown[code], code).to.be.a('string').and.not.equal(code);
      // Two choices that read the same cannot be told apart.
      const texts = Object.values(shown);
      expect(new Set(texts).size, texts.join(' | ')).to.equal(texts.length);
      const detail = await openService(el, 'alleen-bellen');
      expect(detail).to.contain(names.ber);
      await expect(el).to.be.accessible();
    });
  }
});
