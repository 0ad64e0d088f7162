import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import {
  badgeFor,
  badgeName,
  badgeSettled,
  badgeState,
  FRIDAY_DAYTIME,
  FRIDAY_EVENING,
  part,
} from '../test-support/badge-fixtures.js';
import { clientFor } from '../internal/feed-client.js';
import { DOWN_FEED, HOSTILE_FEED, SAMPLE_FEED, slowFeed, WAITING_TIMES_FEED } from '../test-support/feeds.js';
import { HOSTILE_PATHWAY_FEED } from '../test-support/uitleg-feeds.js';
import type { WachttijdBadge } from './wachttijd-badge.component.js';

const visibleText = (el: HTMLElement): string => (part(el, 'badge')?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Every state the badge can be in, each with the sample record that puts it there. */
const STATES: { state: string; service: string; feed?: string; metric?: string; now?: string; icon: string; name: RegExp }[] = [
  {
    state: 'within-norm',
    service: 'wijkverpleging-axioncontinu-utrecht-zuid',
    icon: 'check',
    name: /^Voorbeeldcijfer, niet echt\. Aanmeldwachttijd, geschat: ongeveer 7 dagen, binnen de Treeknorm van 6 weken\. Peildatum 16 november 2026, bron: AxionContinu/,
  },
  {
    state: 'above-norm',
    service: 'wt-boven-norm',
    feed: WAITING_TIMES_FEED,
    icon: 'clock',
    name: /Aanmeldwachttijd, gemiddeld gewacht de afgelopen 2 maanden: 12 weken \(de helft binnen 10 weken, 9 op de 10 binnen 16 weken\), langer dan de Treeknorm van 4 weken/,
  },
  {
    state: 'by-group',
    service: 'wt-groepen',
    feed: WAITING_TIMES_FEED,
    icon: 'range',
    name: /^Voorbeeldcijfer, niet echt\. Aanmeldwachttijd tussen 3 en 9 weken, afhankelijk van uw klacht \(3 groepen\)\./,
  },
  {
    state: 'unknown',
    service: 'verkennend-gesprek-utrecht-stad',
    icon: 'question',
    name: /ongeveer 2 weken\..*Bel de aanbieder voor de actuele wachttijd\./,
  },
  { state: 'stale', service: 'altrecht-zeist-ggz', icon: 'hourglass', name: /Oud cijfer: aanmeldwachttijd, volgende vrije plek: ongeveer 8 weken/ },
  { state: 'capacity', service: 'elv-axioncontinu-utrecht', icon: 'places', name: /3 plekken vrij/ },
  { state: 'no-capacity', service: 'elv-zorgspectrum', icon: 'places', name: /Geen plekken vrij/ },
  { state: 'patientenstop', service: 'huisarts-maarssenbroek', icon: 'stop', name: /Neemt geen nieuwe patiënten aan/ },
  { state: 'accepting', service: 'huisarts-overvecht', icon: 'check', name: /Neemt nieuwe patiënten aan/ },
  {
    state: 'open',
    service: 'huisartsenpost-utrecht-stad',
    now: FRIDAY_EVENING,
    icon: 'phone',
    name: /Huisartsenpost Utrecht Stad: Nu open · sluit maandag om 08:00\. Bel altijd eerst: 030 000 1114\. Bij levensgevaar: bel 112\./,
  },
  {
    state: 'closed',
    service: 'huisartsenpost-utrecht-stad',
    now: FRIDAY_DAYTIME,
    icon: 'phone',
    name: /Huisartsenpost Utrecht Stad: Gesloten · opent om 17:00\. Bel altijd eerst: 030 000 1114\..*eigen huisarts/,
  },
];

describe('<wachttijd-badge>', () => {
  it('resolves updateComplete with the figure on screen', async () => {
    const el = await fixture<WachttijdBadge>(html`<wachttijd-badge feed=${slowFeed(200)} service="elv-zorgspectrum" now="2026-11-21T12:00:00+01:00"></wachttijd-badge>`);
    expect(badgeState(el)).to.equal('no-capacity');
  });

  for (const { state, service, feed, metric, now, icon, name } of STATES) {
    it(`shows the ${state} state with its own icon, words and one accessible name, without axe violations`, async () => {
      const el = await badgeFor(service, { ...(feed ? { feed } : {}), ...(metric ? { metric } : {}), ...(now ? { now } : {}) });
      expect(badgeState(el)).to.equal(state);
      const badge = part(el, 'badge')!;
      expect(badge.getAttribute('role')).to.equal('img');
      expect(badgeName(el)).to.match(name);
      // The visuals are hidden: the name is the one thing a screen reader reads.
      expect(badge.querySelector('.words')!.getAttribute('aria-hidden')).to.equal('true');
      expect(badge.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      expect(el.shadowRoot!.querySelector(`svg[part="icon"]`)).to.exist;
      expect(iconOf(el)).to.equal(icon);
      await expect(el).to.be.accessible();
      part(el, 'toggle')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  it('shows the figure in words with its norm, and marks sample data', async () => {
    const trauma = { feed: WAITING_TIMES_FEED, group: 'trauma' };
    const el = await badgeFor('wt-groepen', trauma);
    expect(visibleText(el)).to.contain('Volgende vrije plek: ongeveer 9 weken');
    expect(part(el, 'norm')!.textContent).to.equal('Langer dan de Treeknorm van 4 weken');
    const inline = await badgeFor('wt-groepen', { ...trauma, variant: 'inline' });
    expect(visibleText(inline)).to.equal('Volgende vrije plek: ongeveer 9 weken langer dan de Treeknorm van 4 weken voorbeeld');
    expect(part(el, 'sample-marker')!.textContent).to.equal('voorbeeld');
    // An old figure is compared no more: it shows the norm.
    const stale = await badgeFor('altrecht-zeist-ggz', { variant: 'inline' });
    expect(part(stale, 'norm')!.textContent).to.equal('Treeknorm 4 weken');
    expect(part(el, 'caption')!.textContent).to.equal('Aanmeldwachttijd voor trauma');
  });

  for (const { lang, above, card, within } of [
    { lang: 'nl', above: 'langer dan de Treeknorm van 4 weken', card: 'Langer dan de Treeknorm van 4 weken', within: 'binnen de Treeknorm van 6 weken' },
    { lang: 'en', above: 'longer than the Treeknorm of 4 weeks', card: 'Longer than the Treeknorm of 4 weeks', within: 'within the Treeknorm of 6 weeks' },
  ]) {
    it(`says in words, inline and in the card, that a wait is longer than its norm, not only by colour and icon (${lang})`, async () => {
      const inline = await badgeFor('wt-boven-norm', { feed: WAITING_TIMES_FEED, variant: 'inline', lang });
      expect(badgeState(inline)).to.equal('above-norm');
      expect(part(inline, 'norm')!.textContent).to.equal(above);
      expect(visibleText(inline)).to.contain(above);
      expect(part(inline, 'norm')!.getBoundingClientRect().width).to.be.above(0);
      await expect(inline).to.be.accessible();
      const el = await badgeFor('wt-boven-norm', { feed: WAITING_TIMES_FEED, lang });
      expect(part(el, 'norm')!.textContent).to.equal(card);
      await expect(el).to.be.accessible();
      // A wait within its norm says so too.
      const fine = await badgeFor('wijkverpleging-axioncontinu-utrecht-zuid', { variant: 'inline', lang });
      expect(part(fine, 'norm')!.textContent).to.equal(within);
    });
  }

  it('shows the inline call to action at the badge\'s text size and in the text colour, not small and grey', async () => {
    for (const [service, options, words] of [
      ['huisartsenpost-utrecht-stad', { now: FRIDAY_EVENING }, 'Bel eerst: 030 000 1114'],
      ['huisartsenpost-utrecht-stad', { now: FRIDAY_EVENING, lang: 'en' }, 'Call first: 030 000 1114'],
      ['huisarts-maarssenbroek', { metric: 'aanmeldwachttijd' }, 'Bel de aanbieder'],
    ] as const) {
      const el = await badgeFor(service, { ...options, variant: 'inline' });
      const action = part(el, 'norm')!;
      expect(action.textContent).to.equal(words);
      const text = getComputedStyle(part(el, 'base')!);
      expect(getComputedStyle(action).fontSize).to.equal(text.fontSize);
      expect(getComputedStyle(action).fontSize).to.equal(getComputedStyle(part(el, 'value')!).fontSize);
      expect(getComputedStyle(action).color).to.equal(text.color);
      // Not the muted grey of a side note.
      expect(getComputedStyle(action).color).to.equal('rgb(27, 27, 27)');
      await expect(el).to.be.accessible();
    }
  });

  it('picks the figure named by metric', async () => {
    const el = await badgeFor('wt-twee-plekken', { feed: WAITING_TIMES_FEED, metric: 'behandelwachttijd' });
    expect(badgeName(el)).to.contain('Behandelwachttijd, geschat: ongeveer 6 weken');
  });

  it('says what to do when a service has no figure: call the provider, with the number as a link', async () => {
    const el = await badgeFor('huisarts-maarssenbroek', { metric: 'aanmeldwachttijd' });
    expect(badgeState(el)).to.equal('unknown');
    expect(badgeName(el)).to.equal(
      'Wachttijd onbekend. Bel de aanbieder om te vragen hoe lang het duurt: 0346 00 10 04.',
    );
    part(el, 'toggle')!.click();
    await el.updateComplete;
    expect(part(el, 'call')!.getAttribute('href')).to.equal('tel:0346001004');
    await expect(el).to.be.accessible();
  });

  it('shows the huisartsenpost as call first with its number and 112, never a queue', async () => {
    const el = await badgeFor('huisartsenpost-utrecht-stad', { now: FRIDAY_EVENING, metric: 'aanmeldwachttijd' });
    const calls = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="call"]')];
    expect(calls.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:0300001114', 'tel:112']);
    expect(calls.map((a) => a.textContent!.trim())).to.deep.equal(['Bel eerst: 030 000 1114', 'Levensgevaar? Bel 112']);
    expect(`${badgeName(el)} ${visibleText(el)}`).not.to.match(/wachttijd|weken|dagen/i);
  });

  it('treats any service as a huisartsenpost with kind="huisartsenpost", and never one with kind="availability"', async () => {
    const forced = await badgeFor('huisarts-maarssenbroek', { kind: 'huisartsenpost', now: FRIDAY_EVENING });
    expect(badgeState(forced)).to.equal('closed');
    const figure = await badgeFor('huisartsenpost-utrecht-stad', { kind: 'availability' });
    expect(badgeState(figure)).to.equal('reachable');
  });

  it('speaks English with lang="en", following a change of the page language too', async () => {
    const el = await badgeFor('wt-groepen', { feed: WAITING_TIMES_FEED, group: 'trauma', lang: 'en' });
    expect(badgeName(el)).to.match(/^Sample figure, not real\. Waiting time until intake for trauma, next free appointment: about 9 weeks/);
    expect(part(el, 'toggle')!.textContent!.trim()).to.equal('More about this figure');
    el.setAttribute('lang', 'nl');
    await waitForName(el, /^Voorbeeldcijfer/);
    const hap = await badgeFor('huisartsenpost-utrecht-stad', { lang: 'en', now: FRIDAY_EVENING });
    expect(badgeName(hap)).to.contain('Open now · closes Monday at 08:00. Always call first: 030 000 1114. If a life is in danger: call 112.');
  });

  it('opens and closes the details with the keyboard, and Escape returns focus to the button', async () => {
    const el = await badgeFor('wt-boven-norm', { feed: WAITING_TIMES_FEED });
    const toggle = part(el, 'toggle') as HTMLButtonElement;
    const details = part(el, 'details')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(details.hidden).to.be.true;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(details.hidden).to.be.false;
    expect(details.textContent).to.contain('Peildatum 16 november 2026, bron: Voorbeeldbron wachttijden (niet echt), indicatief.');
    expect(details.textContent).to.contain('De helft binnen 10 weken, 9 op de 10 binnen 16 weken.');
    expect(details.textContent).to.contain('Voorbeeldnorm ggz-aanmelding (versie test)');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(details.hidden).to.be.true;
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(details.hidden).to.be.false;
  });

  it('closes the floating details of the inline badge on a tap elsewhere', async () => {
    const el = await badgeFor('altrecht-specialistische-ggz', { variant: 'inline' });
    expect(getComputedStyle(el).display).to.equal('inline-block');
    expect(part(el, 'caption')).to.equal(null);
    part(el, 'toggle')!.click();
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'details')!).position).to.equal('absolute');
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(part(el, 'details')!.hidden).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('fits in a line of text as variant="inline"', async () => {
    const el = await fixture<HTMLParagraphElement>(html`<p>
      Altrecht: <wachttijd-badge feed=${SAMPLE_FEED} service="altrecht-specialistische-ggz" variant="inline" now="2026-11-21T12:00:00+01:00"></wachttijd-badge>
    </p>`);
    const badge = el.querySelector('wachttijd-badge')!;
    await badgeSettled(badge);
    expect(badge.getBoundingClientRect().height).to.be.below(48);
    await expect(el).to.be.accessible();
  });

  it('shows a placeholder while loading', async () => {
    // Not `fixture`: it waits for updateComplete, which is the data on screen.
    const el = fixtureSync<WachttijdBadge>(html`<wachttijd-badge feed=${slowFeed(400)} service="elv-zorgspectrum" now="2026-11-21T12:00:00+01:00"></wachttijd-badge>`);
    await waitUntil(() => part(el, 'loading'), 'no placeholder');
    const loading = part(el, 'loading')!;
    expect(loading.getAttribute('aria-busy')).to.equal('true');
    expect(loading.textContent).to.contain('Gegevens worden geladen');
    await expect(el).to.be.accessible();
    await badgeSettled(el);
    expect(badgeState(el)).to.equal('no-capacity');
  });

  it('finishes loading after it is moved in the page while loading (a list re-ordered)', async () => {
    const el = await fixture<WachttijdBadge>(html`<div><wachttijd-badge feed=${slowFeed(400)} service="elv-zorgspectrum" now="2026-11-21T12:00:00+01:00"></wachttijd-badge></div>`);
    const badge = el.querySelector('wachttijd-badge') as WachttijdBadge;
    const elsewhere = document.createElement('p');
    el.append(elsewhere);
    // Moving disconnects and reconnects it; Lit's keyed lists do this when results change order.
    elsewhere.append(badge);
    await badgeSettled(badge);
    expect(badgeState(badge)).to.equal('no-capacity');
  });

  it('says so when the feed is down, tells listeners, and retries on request', async () => {
    const el = document.createElement('wachttijd-badge');
    el.feed = DOWN_FEED;
    el.service = 'elv-zorgspectrum';
    const failed = oneEvent(el, 'wijkwijzer-error');
    const warn = console.warn;
    console.warn = () => {};
    try {
      document.body.append(el);
      const event = await failed;
      expect(event.detail.code).to.be.a('string');
      await el.updateComplete;
      const error = part(el, 'error')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('Wachttijd nu niet te laden.');
      expect(error.textContent).to.contain('bel je huisarts');
      await expect(el).to.be.accessible();
      const again = oneEvent(el, 'wijkwijzer-error');
      part(el, 'retry-button')!.click();
      await again;
    } finally {
      console.warn = warn;
      el.remove();
    }
  });

  it('does not shout from a list: the inline badge has no alert role when the feed is down', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = fixtureSync<WachttijdBadge>(html`<wachttijd-badge feed=${DOWN_FEED} service="x" variant="inline"></wachttijd-badge>`);
      await oneEvent(el, 'wijkwijzer-error');
      await el.updateComplete;
      expect(part(el, 'error')!.hasAttribute('role')).to.be.false;
    } finally {
      console.warn = warn;
    }
  });

  it('explains a missing feed, a missing service and an unknown service', async () => {
    const noFeed = await fixture<WachttijdBadge>(html`<wachttijd-badge service="x"></wachttijd-badge>`);
    expect(part(noFeed, 'notice')!.textContent).to.contain('het attribuut "feed" ontbreekt');
    const noService = await fixture<WachttijdBadge>(html`<wachttijd-badge feed=${SAMPLE_FEED}></wachttijd-badge>`);
    expect(part(noService, 'notice')!.textContent).to.contain('het attribuut "service" ontbreekt');
    const warn = console.warn;
    console.warn = () => {};
    try {
      const unknown = await badgeFor('bestaat-niet');
      expect(part(unknown, 'notice')!.textContent).to.contain('Deze dienst staat niet in de gegevens.');
      await expect(unknown).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('renders hostile text from the feed as text', async () => {
    const el = await badgeFor('activiteitenkalender-dock', { feed: HOSTILE_FEED, kind: 'huisartsenpost' });
    expect(part(el, 'caption')!.textContent).to.contain('<img src=x onerror=');
    expect(el.shadowRoot!.querySelector('img, b, script')).to.equal(null);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
    expect(badgeName(el)).to.contain('<img src=x');
  });

  it('renders a hostile source name of a figure as text, in the name and in the details', async () => {
    const el = await badgeFor('altrecht-specialistische-ggz', { feed: HOSTILE_PATHWAY_FEED });
    expect(badgeName(el)).to.contain('bron: <img src=x onerror=');
    part(el, 'toggle')!.click();
    await el.updateComplete;
    expect(part(el, 'details')!.textContent).to.contain('<img src=x');
    expect(el.shadowRoot!.querySelector('img, b, script')).to.equal(null);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('emits no events when properties are set from code', async () => {
    const el = await badgeFor('altrecht-specialistische-ggz');
    const seen: string[] = [];
    for (const name of ['wijkwijzer-error', 'wijkwijzer-step-change', 'wijkwijzer-service-select']) {
      el.addEventListener(name, () => seen.push(name));
    }
    el.service = 'elv-zorgspectrum';
    await badgeSettled(el);
    await waitForState(el, 'no-capacity');
    el.metric = 'beschikbare-plekken';
    await el.updateComplete;
    expect(seen).to.deep.equal([]);
  });

  it('stale feed: its accessible name and notice say these are the last known data, and it passes axe', async () => {
    const stale = sinon.stub(clientFor(SAMPLE_FEED), 'isStale').returns(true);
    try {
      const el = await badgeFor('altrecht-specialistische-ggz');
      expect(badgeName(el)).to.contain('laatst bekende gegevens');
      await expect(el).to.be.accessible();
    } finally {
      stale.restore();
    }
  });
});

function iconOf(el: WachttijdBadge): string {
  // Each icon is a distinct shape; compare the first drawn element to know which one is shown.
  const shape = part(el, 'icon')!.innerHTML;
  const shapes: Record<string, RegExp> = {
    check: /M8 12\.5/,
    clock: /M11 7\.5/,
    question: /M9\.5 9\.5/,
    hourglass: /M6\.5 3h11/,
    places: /M3 6v13/,
    stop: /M8\.3 3h7\.4/,
    phone: /M5 3\.5h3\.5/,
    range: /M4 6v12/,
  };
  return Object.entries(shapes).find(([, pattern]) => pattern.test(shape))?.[0] ?? 'none';
}

async function waitForName(el: WachttijdBadge, pattern: RegExp): Promise<void> {
  await waitUntil(() => pattern.test(badgeName(el)), `the badge name never matched ${pattern}`);
}

async function waitForState(el: WachttijdBadge, state: string): Promise<void> {
  await waitUntil(() => badgeState(el) === state, `the badge never reached ${state}`, { timeout: 5000 });
}
