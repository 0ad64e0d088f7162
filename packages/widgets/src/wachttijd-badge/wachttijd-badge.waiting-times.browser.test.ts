import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { badgeFor, badgeName, badgeSettled, badgeState, part } from '../test-support/badge-fixtures.js';
import { WAITING_TIMES_FEED } from '../test-support/feeds.js';
import type { WachttijdBadge } from './wachttijd-badge.component.js';

/*
 * Contract 1.2's waiting times in the badge (issue 18): how a wait was measured, a range over
 * diagnosis groups with a picker, a figure per location, a norm with a target and a maximum, and
 * what to do above the norm. On the waiting-times test feed (see test-feeds.mjs), judged on
 * 21 November 2026 (peildatum 16 November).
 */

type Options = Parameters<typeof badgeFor>[1];
const on = (service: string, options: Options = {}): Promise<WachttijdBadge> => badgeFor(service, { feed: WAITING_TIMES_FEED, ...options });

const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
const valueText = (el: WachttijdBadge): string => squash(part(el, 'value')?.textContent);
const detailsText = (el: WachttijdBadge): string => squash(part(el, 'details')?.textContent);
const picker = (el: WachttijdBadge): HTMLSelectElement | null => el.shadowRoot!.querySelector<HTMLSelectElement>('select[part~="group-picker"]');
const optionTexts = (el: WachttijdBadge): string[] => [...(picker(el)?.options ?? [])].map((option) => squash(option.textContent));

/** Opens the details and checks the badge with axe, closed and open. */
async function accessibleBothWays(el: WachttijdBadge): Promise<void> {
  await expect(el).to.be.accessible();
  part(el, 'toggle')!.click();
  await el.updateComplete;
  await expect(el).to.be.accessible();
}

const WORDS = {
  nl: {
    methods: {
      'wt-volgende-plek': 'Volgende vrije plek: ongeveer 5 weken',
      'wt-gemiddeld': 'Gemiddeld gewacht de afgelopen 2 maanden: 7 weken',
      'wt-mediaan': 'De helft wachtte de afgelopen 3 maanden korter dan 6 weken',
      'wt-schatting': 'Geschat: ongeveer 2 weken',
      'wt-huisarts': 'Volgende vrije plek: ongeveer 2 werkdagen',
    },
    dateSourceIndicative: 'Peildatum 16 november 2026, bron: Voorbeeldbron wachttijden (niet echt), indicatief.',
    range: 'Tussen 3 en 9 weken, afhankelijk van uw klacht (3 groepen)',
    pickerLabel: 'Waar gaat het om?',
    options: ['Alle klachten', 'Angst', 'Depressie', 'Trauma'],
    angst: 'Volgende vrije plek: ongeveer 3 weken',
    trauma: 'Volgende vrije plek: ongeveer 9 weken',
    atSouth: 'Aanmeldwachttijd bij Locatie Zuid',
    targetAndMaximum: 'Binnen de Treeknorm (80% binnen 3 weken, hoogstens 4 weken)',
    advice: /zorgverzekeraar kan helpen .*\(wachtlijstbemiddeling\)/,
  },
  en: {
    methods: {
      'wt-volgende-plek': 'Next free appointment: about 5 weeks',
      'wt-gemiddeld': 'Average wait over the past 2 months: 7 weeks',
      'wt-mediaan': 'Half waited less than 6 weeks over the past 3 months',
      'wt-schatting': 'Estimated: about 2 weeks',
      'wt-huisarts': 'Next free appointment: about 2 working days',
    },
    dateSourceIndicative: 'Reference date 16 November 2026, source: Voorbeeldbron wachttijden (niet echt), indicative.',
    range: 'Between 3 and 9 weeks, depending on your problem (3 groups)',
    pickerLabel: 'What is it about?',
    options: ['All problems', 'Anxiety', 'Depression', 'Trauma'],
    angst: 'Next free appointment: about 3 weeks',
    trauma: 'Next free appointment: about 9 weeks',
    atSouth: 'Waiting time until intake at Locatie Zuid',
    targetAndMaximum: 'Within the Treeknorm (80% within 3 weeks, at most 4 weeks)',
    advice: /health insurer can help .*\(wachtlijstbemiddeling\)/,
  },
} as const;

describe('<wachttijd-badge> with contract 1.2 waiting times', () => {
  for (const lang of ['nl', 'en'] as const) {
    const words = WORDS[lang];

    for (const [service, text] of Object.entries(words.methods)) {
      it(`says how the wait of ${service} was measured, with peildatum, source and "indicative" (${lang})`, async () => {
        const el = await on(service, { lang });
        expect(valueText(el)).to.equal(text);
        expect(badgeName(el)).to.contain(text.charAt(0).toLocaleLowerCase() + text.slice(1));
        part(el, 'toggle')!.click();
        await el.updateComplete;
        expect(detailsText(el)).to.contain(words.dateSourceIndicative);
        await accessibleBothWays(el);
      });
    }

    it(`shows the range over diagnosis groups with their number when none is chosen, never one group alone (${lang})`, async () => {
      for (const variant of ['default', 'inline'] as const) {
        const el = await on('wt-groepen', { lang, variant });
        expect(badgeState(el)).to.equal('by-group');
        expect(valueText(el)).to.equal(words.range);
        expect(badgeName(el)).to.contain(words.range.slice(1));
        expect(badgeName(el)).to.contain(words.dateSourceIndicative);
        // The inline badge keeps the picker in its details; the card shows it at once.
        if (variant === 'inline') {
          expect(picker(el)!.checkVisibility()).to.equal(false);
          part(el, 'toggle')!.click();
          await el.updateComplete;
        }
        expect(picker(el)!.checkVisibility()).to.equal(true);
        expect(optionTexts(el)).to.deep.equal(words.options);
        expect(picker(el)!.value).to.equal('');
        const label = el.shadowRoot!.querySelector(`label[for="${picker(el)!.id}"]`);
        expect(squash(label?.textContent)).to.equal(words.pickerLabel);
        expect(el.getAttribute('diagnosis-group') ?? '').to.equal('');
        await accessibleBothWays(el);
      }
    });

    it(`lets a resident pick a group by keyboard, says so in an event and reflects it (${lang})`, async () => {
      const el = await on('wt-groepen', { lang });
      picker(el)!.focus();
      const changed = oneEvent(el, 'wijkwijzer-group-change');
      await sendKeys({ press: 'ArrowDown' });
      const event = await changed;
      expect(event.detail).to.deep.equal({ serviceId: 'wt-groepen', group: 'angst' });
      expect(event.bubbles && event.composed).to.equal(true);
      await badgeSettled(el);
      await el.updateComplete;
      expect(el.getAttribute('diagnosis-group')).to.equal('angst');
      expect(valueText(el)).to.equal(words.angst);
      expect(badgeState(el)).to.equal('within-norm');
      expect(picker(el)!.value).to.equal('angst');
      expect(el.shadowRoot!.activeElement).to.equal(picker(el));
      await expect(el).to.be.accessible();

      // Back to all groups: the range again, and an empty attribute.
      const back = oneEvent(el, 'wijkwijzer-group-change');
      await sendKeys({ press: 'ArrowUp' });
      expect((await back).detail.group).to.equal('');
      await el.updateComplete;
      await el.updateComplete;
      expect(valueText(el)).to.equal(words.range);
      expect(el.getAttribute('diagnosis-group')).to.equal('');
    });

    it(`takes a group from the page, attribute and property alike, without an event (${lang})`, async () => {
      const el = await fixture<WachttijdBadge>(html`<wachttijd-badge feed=${WAITING_TIMES_FEED} service="wt-groepen" diagnosis-group="trauma" lang=${lang} now="2026-11-21T12:00:00+01:00"></wachttijd-badge>`);
      await badgeSettled(el);
      expect(el.diagnosisGroup).to.equal('trauma');
      expect(valueText(el)).to.equal(words.trauma);
      expect(picker(el)!.value).to.equal('trauma');
      let events = 0;
      el.addEventListener('wijkwijzer-group-change', () => (events += 1));
      el.diagnosisGroup = 'angst';
      await el.updateComplete;
      await el.updateComplete;
      expect(el.getAttribute('diagnosis-group')).to.equal('angst');
      expect(valueText(el)).to.equal(words.angst);
      el.setAttribute('diagnosis-group', 'trauma');
      await el.updateComplete;
      await el.updateComplete;
      expect(valueText(el)).to.equal(words.trauma);
      expect(events).to.equal(0);
    });

    it(`shows the figure of the location the page names, and a figure for all locations there too (${lang})`, async () => {
      const south = await on('wt-twee-plekken', { lang, location: 'wt-loc-zuid' });
      expect(badgeState(south)).to.equal('above-norm');
      expect(squash(part(south, 'caption')?.textContent)).to.equal(words.atSouth);
      expect(valueText(south)).to.contain('8');
      expect(south.getAttribute('location')).to.equal('wt-loc-zuid');
      await accessibleBothWays(south);
      const north = await on('wt-twee-plekken', { lang, location: 'wt-loc-noord' });
      expect(badgeState(north)).to.equal('within-norm');
      expect(valueText(north)).to.contain('2');
      // The treatment figure has no location: it holds for both.
      const treatment = await on('wt-twee-plekken', { lang, location: 'wt-loc-noord', metric: 'behandelwachttijd' });
      expect(valueText(treatment)).to.contain('6');
    });

    it(`compares a norm with a target and a maximum with the maximum and names the target (${lang})`, async () => {
      // 24 days: past the target of 3 weeks, within the maximum of 4.
      const el = await on('wt-doel-en-maximum', { lang });
      expect(badgeState(el)).to.equal('within-norm');
      expect(squash(part(el, 'norm')?.textContent)).to.equal(words.targetAndMaximum);
      await accessibleBothWays(el);
    });

    it(`above the norm, points to the insurer's wachtlijstbemiddeling in words (${lang})`, async () => {
      const el = await on('wt-boven-norm', { lang });
      expect(badgeState(el)).to.equal('above-norm');
      expect(squash(part(el, 'advice')?.textContent)).to.match(words.advice);
      expect(part(el, 'advice')!.checkVisibility()).to.equal(true);
      const inline = await on('wt-boven-norm', { lang, variant: 'inline' });
      part(inline, 'toggle')!.click();
      await inline.updateComplete;
      expect(detailsText(inline)).to.match(words.advice);
      await accessibleBothWays(el);
      // Within the norm: no such advice.
      const within = await on('wt-doel-en-maximum', { lang });
      expect(part(within, 'advice')).to.equal(null);
    });
  }
});
