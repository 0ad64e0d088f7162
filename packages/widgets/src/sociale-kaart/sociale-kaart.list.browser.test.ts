import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import './sociale-kaart.js';
import type { SocialeKaart } from './sociale-kaart.component.js';
import { SAMPLE_FEED } from '../test-support/feeds.js';
import { deepActiveElement, kaartPart, kaartParts } from '../test-support/kaart-helpers.js';
import { A4_PRINT_WIDTH, controlsOnPaper, CSS_PX_PER_MM, cutOff, linksWithoutTarget, shown } from '../test-support/print-checks.js';

/*
 * Issue 15: a professional (or a resident) saves services into a list that lives in this tab only,
 * prints it on one A4 or shares it as a link that holds service ids alone.
 */

/** A Tuesday morning, so the list's date and hours are fixed. */
const TUESDAY = new Date('2026-11-24T10:00:00+01:00');
const WEST = html`<sociale-kaart feed=${SAMPLE_FEED} gemeente="utrecht" wijk="west" limit="200" show-all .now=${TUESDAY}></sociale-kaart>`;
/** Three services of the sample with a phone, an address and hours: what a client is handed. */
const THREE = ['buurtteam-sociaal-west', 'huisarts-overvecht', 'buurtkamer-overvecht'];

const toggleOf = (el: SocialeKaart, serviceId: string): HTMLButtonElement =>
  kaartPart<HTMLButtonElement>(el, `[data-service="${serviceId}"] [part~="save-toggle"]`);

/** Opens the list by its button and waits for the saved services' records. */
async function openList(el: SocialeKaart): Promise<HTMLElement> {
  kaartPart<HTMLButtonElement>(el, '[part~="list-button"]').click();
  await el.updateComplete;
  await waitUntil(() => kaartParts(el, '[part~="list"] .list-entry').length > 0 || /leeg/.test(kaartPart(el, '[part~="list"]').textContent ?? ''), 'the list shows nothing');
  return kaartPart(el, '[part~="list"]');
}

/** A finder whose list holds `ids`, set from code (as a host page can), opened. */
async function listOf(ids: readonly string[], template = WEST): Promise<SocialeKaart> {
  const el = await fixture<SocialeKaart>(template);
  el.savedServices = ids;
  await el.updateComplete;
  await openList(el);
  return el;
}


function clearStorage(): void {
  sessionStorage.clear();
  localStorage.clear();
}

describe('<sociale-kaart> list for a client', () => {
  beforeEach(clearStorage);
  afterEach(() => {
    clearStorage();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('marks and unmarks a result with the keyboard, says so with aria-pressed, and tells the page', async () => {
    const el = await fixture<SocialeKaart>(WEST);
    const toggle = toggleOf(el, 'buurtteam-sociaal-west');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(toggle.textContent?.replace(/\s+/g, ' ').trim()).to.equal('☆Bewaar Buurtteam Sociaal West');
    // Reached with Tab from the result's name, as the next thing after its phone number and badge.
    kaartPart(el, '#kaart-result-buurtteam-sociaal-west').focus();
    for (let step = 0; step < 4 && deepActiveElement() !== toggle; step += 1) await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(toggle);

    let changed = oneEvent(el, 'wijkwijzer-list-change');
    await sendKeys({ press: 'Space' });
    const added = await changed;
    expect(added.detail).to.deep.equal({ serviceIds: ['buurtteam-sociaal-west'] });
    expect(added.bubbles && added.composed).to.equal(true);
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(kaartPart(el, '[part~="list-button"]').textContent?.trim()).to.equal('Mijn lijst (1)');

    changed = oneEvent(el, 'wijkwijzer-list-change');
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail).to.deep.equal({ serviceIds: [] });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(kaartParts(el, '[part~="list-button"]')).to.have.length(0);
  });

  it('saves from the detail view too, and a list set from code emits no event', async () => {
    const el = await fixture<SocialeKaart>(WEST);
    let events = 0;
    el.addEventListener('wijkwijzer-list-change', () => (events += 1));
    el.savedServices = ['huisarts-overvecht'];
    await el.updateComplete;
    expect(events).to.equal(0);
    expect(kaartPart(el, '[part~="list-button"]').textContent?.trim()).to.equal('Mijn lijst (1)');

    kaartPart(el, '#kaart-result-buurtteam-sociaal-west').click();
    await el.updateComplete;
    const inDetail = kaartPart<HTMLButtonElement>(el, '[part~="detail"] [part~="save-toggle"]');
    expect(inDetail.getAttribute('aria-pressed')).to.equal('false');
    inDetail.click();
    await el.updateComplete;
    expect(events).to.equal(1);
    expect(inDetail.getAttribute('aria-pressed')).to.equal('true');
    expect(el.savedServices).to.deep.equal(['huisarts-overvecht', 'buurtteam-sociaal-west']);
  });

  it('a toggle is at least 24 px on a desktop and 44 px high on a touch screen', async () => {
    const el = await fixture<SocialeKaart>(WEST);
    const box = (): DOMRect => toggleOf(el, 'buurtteam-sociaal-west').getBoundingClientRect();
    expect(box().height).to.be.at.least(24);
    expect(box().width).to.be.at.least(24);
    await executeServerCommand('emulate-touch', { enabled: true });
    try {
      expect(box().height).to.be.at.least(44);
    } finally {
      await executeServerCommand('emulate-touch', { enabled: false });
    }
  });

  it('the list shows each service’s name, what it does, phone, address and hours, with the date; remove and back work by keyboard', async () => {
    const el = await listOf(THREE);
    const list = kaartPart(el, '[part~="list"]');
    expect(kaartPart(el, '[part~="base"] > div').hidden, 'the finder is hidden').to.equal(true);
    expect(deepActiveElement()).to.equal(kaartPart(el, '#kaart-list-title'));
    const text = list.textContent?.replace(/\s+/g, ' ') ?? '';
    for (const words of ['Mijn lijst', 'Gemaakt op 24 november 2026', 'Gegevens: Regio Midden-Nederland', 'Voorbeeldgegevens']) expect(text).to.contain(words);
    const entries = kaartParts(el, '.list-entry');
    expect(entries.map((entry) => entry.dataset.service)).to.deep.equal(THREE);
    const west = entries[0]?.textContent?.replace(/\s+/g, ' ') ?? '';
    for (const fact of [
      'Buurtteam Sociaal West',
      'Heb je zorgen over geld',
      '030 000 1002',
      'Voorbeeldstraat 1, 3531 AB Utrecht',
      'maandag t/m vrijdag: 08:30–17:00',
      'zaterdag, zondag: gesloten',
    ]) {
      expect(west).to.contain(fact);
    }
    expect(west, 'paper is read on other days').not.to.contain('vandaag');
    await expect(el).to.be.accessible();

    // Remove the middle one by keyboard: focus moves on to the next service's remove button.
    kaartPart(el, '[data-service="huisarts-overvecht"] [part~="list-remove"]').focus();
    const changed = oneEvent(el, 'wijkwijzer-list-change');
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail).to.deep.equal({ serviceIds: ['buurtteam-sociaal-west', 'buurtkamer-overvecht'] });
    await el.updateComplete;
    expect(kaartParts(el, '.list-entry')).to.have.length(2);
    expect(deepActiveElement()).to.equal(kaartPart(el, '[data-service="buurtkamer-overvecht"] [part~="list-remove"]'));

    // Back to the finder, on the list button; the toggles say what is in the list.
    kaartPart(el, '[part~="list"] [part~="back-button"]').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(kaartParts(el, '[part~="list"]')).to.have.length(0);
    expect(deepActiveElement()).to.equal(kaartPart(el, '[part~="list-button"]'));
    expect(kaartPart(el, '[part~="list-button"]').textContent?.trim()).to.equal('Mijn lijst (2)');
    expect(toggleOf(el, 'buurtteam-sociaal-west').getAttribute('aria-pressed')).to.equal('true');
  });

  it('in English, with the hours in English', async () => {
    const el = await listOf(THREE, html`<sociale-kaart feed=${SAMPLE_FEED} gemeente="utrecht" wijk="west" lang="en" .now=${TUESDAY}></sociale-kaart>`);
    const text = kaartPart(el, '[part~="list"]').textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).to.contain('My list');
    expect(text).to.contain('Opening hours');
    expect(text).to.match(/Monday to Friday: 08:30–17:00/i);
    expect(text).to.contain('Remove');
    expect(text).not.to.match(/Verwijder|Gemaakt|t\/m/);
    await expect(el).to.be.accessible();
  });

  it('shares a link that holds only the ids; opening it shows the list and reports an id that no longer exists', async () => {
    const el = await listOf(THREE.slice(0, 2));
    const clipboard = navigator.clipboard;
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void (copied = text) } });
    try {
      kaartPart<HTMLButtonElement>(el, '[part~="list-share"]').click();
      await waitUntil(() => copied !== '', 'nothing was copied');
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
    await el.updateComplete;
    expect(kaartPart(el, '.list-status[role="status"]').textContent).to.contain('De link is gekopieerd');
    const link = new URL(copied);
    expect(link.origin + link.pathname + link.search).to.equal(location.origin + location.pathname + location.search);
    expect(link.hash).to.equal('#wk-lijst=buurtteam-sociaal-west,huisarts-overvecht');

    // Someone opens the link later; one service has left the feed since.
    history.replaceState(null, '', `${link.hash},opgeheven-dienst`);
    let events = 0;
    const count = (): void => void (events += 1);
    document.addEventListener('wijkwijzer-list-change', count);
    try {
      const opened = await fixture<SocialeKaart>(html`<sociale-kaart feed=${SAMPLE_FEED} .now=${TUESDAY}></sociale-kaart>`);
      await waitUntil(() => kaartParts(opened, '.list-entry').length === 2, 'the shared list does not show');
      expect(kaartParts(opened, '.list-entry').map((entry) => entry.dataset.service)).to.deep.equal(['buurtteam-sociaal-west', 'huisarts-overvecht']);
      expect(kaartPart(opened, '.list-unknown').textContent).to.contain('opgeheven-dienst');
      expect(opened.savedServices).to.deep.equal(['buurtteam-sociaal-west', 'huisarts-overvecht']);
      await expect(opened).to.be.accessible();
    } finally {
      document.removeEventListener('wijkwijzer-list-change', count);
    }
    expect(events, 'opening a link is no change by the resident').to.equal(0);
  });

  it('shows the link to copy by hand when the browser refuses the clipboard', async () => {
    const el = await listOf(THREE.slice(0, 1));
    const clipboard = navigator.clipboard;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError')) } });
    try {
      kaartPart<HTMLButtonElement>(el, '[part~="list-share"]').click();
      await waitUntil(() => kaartParts(el, '#kaart-list-link').length === 1, 'no link to copy');
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
    await el.updateComplete;
    const input = kaartPart<HTMLInputElement>(el, '#kaart-list-link');
    expect(input.value).to.match(/#wk-lijst=buurtteam-sociaal-west$/);
    expect(deepActiveElement()).to.equal(input);
    await expect(el).to.be.accessible();
  });

  it('stores nothing by default, and keeps the list in sessionStorage only when the page opts in', async () => {
    const plain = await fixture<SocialeKaart>(WEST);
    toggleOf(plain, 'buurtteam-sociaal-west').click();
    await plain.updateComplete;
    expect(plain.savedServices).to.deep.equal(['buurtteam-sociaal-west']);
    expect(sessionStorage.length, 'sessionStorage').to.equal(0);
    expect(localStorage.length, 'localStorage').to.equal(0);
    expect(document.cookie).to.equal('');

    const stored = await fixture<SocialeKaart>(html`<sociale-kaart feed=${SAMPLE_FEED} gemeente="utrecht" wijk="west" limit="200" show-all list-storage="session"></sociale-kaart>`);
    toggleOf(stored, 'buurtteam-sociaal-west').click();
    await stored.updateComplete;
    expect(sessionStorage.length).to.equal(1);
    expect(JSON.parse(sessionStorage.getItem(sessionStorage.key(0) ?? '') ?? 'null')).to.deep.equal(['buurtteam-sociaal-west']);
    expect(localStorage.length, 'localStorage').to.equal(0);

    // After a reload (a new element), the list is back.
    const reloaded = await fixture<SocialeKaart>(html`<sociale-kaart feed=${SAMPLE_FEED} gemeente="utrecht" wijk="west" limit="200" show-all list-storage="session"></sociale-kaart>`);
    expect(reloaded.savedServices).to.deep.equal(['buurtteam-sociaal-west']);
    expect(toggleOf(reloaded, 'buurtteam-sociaal-west').getAttribute('aria-pressed')).to.equal('true');
    // And not for a finder that did not opt in.
    const other = await fixture<SocialeKaart>(WEST);
    expect(other.savedServices).to.deep.equal([]);
  });

  it('prints the list alone: three services on one A4, without buttons, with the date, the source and the sample notice', async () => {
    const el = await listOf(THREE);
    const print = window.print;
    let printed = 0;
    window.print = () => void (printed += 1);
    try {
      kaartPart<HTMLButtonElement>(el, '[part~="list-print"]').click();
    } finally {
      window.print = print;
    }
    expect(printed).to.equal(1);

    el.style.inlineSize = A4_PRINT_WIDTH;
    await emulateMedia({ media: 'print' });
    try {
      const list = kaartPart(el, '[part~="list"]');
      expect(controlsOnPaper(el.shadowRoot!)).to.deep.equal([]);
      expect(shown(kaartPart(el, '[part~="search"]'))).to.equal(false);
      expect(linksWithoutTarget(list)).to.deep.equal([]);
      const text = list.innerText;
      expect(text).to.contain('Hulp voor jou');
      expect(text).not.to.contain('Mijn lijst');
      expect(text).to.contain('Gemaakt op 24 november 2026');
      expect(text).to.contain('Gegevens: Regio Midden-Nederland');
      expect(text.match(/Voorbeeldgegevens/g), 'the sample notice at the top and the foot').to.have.length(2);
      for (const phone of ['030 000 1002', '030 000 1018', '030 000 1021']) expect(text).to.contain(phone);
      expect(getComputedStyle(list).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(kaartPart(el, '#kaart-list-title')).outlineStyle, 'the focused title has no ring on paper').to.equal('none');
      expect(getComputedStyle(kaartPart(el, '[part~="base"]')).backgroundColor).to.equal('rgb(255, 255, 255)');
      const height = list.getBoundingClientRect().height / CSS_PX_PER_MM;
      expect(height, `the list is ${height.toFixed(0)} mm high`).to.be.below(277);
      expect(list.scrollWidth).to.be.at.most(list.clientWidth);
      expect(await executeServerCommand('printed-pages')).to.equal(1);
    } finally {
      await emulateMedia({ media: 'screen' });
      el.style.inlineSize = '';
    }
  });

  it('empties the list for the next client', async () => {
    const el = await listOf(THREE);
    const changed = oneEvent(el, 'wijkwijzer-list-change');
    kaartPart<HTMLButtonElement>(el, '[part~="list-clear"]').click();
    expect((await changed).detail).to.deep.equal({ serviceIds: [] });
    await el.updateComplete;
    expect(kaartParts(el, '.list-entry')).to.have.length(0);
    expect(kaartPart(el, '[part~="list"]').textContent).to.contain('Je lijst is leeg');
    await expect(el).to.be.accessible();
  });
});

describe('<sociale-kaart> detail view on paper', () => {
  it('prints without buttons, black on white, with every link’s target in its text and nothing cut off', async () => {
    const el = await fixture<SocialeKaart>(
      html`<sociale-kaart feed=${SAMPLE_FEED} gemeente="utrecht" wijk="west" limit="200" show-all audience="professional" feedback-href="https://example.org/melden" .now=${TUESDAY}></sociale-kaart>`,
    );
    kaartPart(el, '#kaart-result-buurtteam-sociaal-west').click();
    await el.updateComplete;
    el.style.inlineSize = A4_PRINT_WIDTH;
    await emulateMedia({ media: 'print' });
    try {
      const detail = kaartPart(el, '[part~="detail"]');
      expect(controlsOnPaper(el.shadowRoot!)).to.deep.equal([]);
      expect(getComputedStyle(detail).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(detail.querySelector('h3')!).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(kaartPart(el, '[part~="base"]')).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect([...detail.querySelectorAll('a')].filter(shown).length).to.be.greaterThan(3);
      expect(linksWithoutTarget(detail)).to.deep.equal([]);
      expect(cutOff(detail)).to.deep.equal([]);
      expect(detail.getBoundingClientRect().width).to.be.at.most(el.getBoundingClientRect().width);
    } finally {
      await emulateMedia({ media: 'screen' });
      el.style.inlineSize = '';
    }
  });
});
