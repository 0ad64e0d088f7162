import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../ketenaanpak-uitleg/ketenaanpak-uitleg.js';
import '../sociale-kaart/sociale-kaart.js';
import '../wachttijd-badge/wachttijd-badge.js';
import type { KetenaanpakUitleg } from '../ketenaanpak-uitleg/ketenaanpak-uitleg.component.js';
import type { SocialeKaart } from '../sociale-kaart/sociale-kaart.component.js';
import type { WachttijdBadge } from '../wachttijd-badge/wachttijd-badge.component.js';
import { badgeFor, badgeSettled, badgeState, FRIDAY_DAYTIME, FRIDAY_EVENING } from '../test-support/badge-fixtures.js';
import { SAMPLE_FEED } from '../test-support/feeds.js';
import { kaartPart, resultIds } from '../test-support/kaart-helpers.js';
import { uitlegFor, uitlegSettled } from '../test-support/uitleg-fixtures.js';

/*
 * What frameworks do: React 19 sets `now="2026-06-01"` as a string property, Vue and plain
 * scripts set numbers or whatever a form gave them. A property takes what its attribute takes,
 * ignores what it cannot read with one warning, and never throws into the page.
 */

const rejections: unknown[] = [];
const onRejection = (event: PromiseRejectionEvent): void => {
  rejections.push(event.reason);
};
let warn: sinon.SinonSpy;

/** Warnings of ours that name a property. */
const warningsAbout = (name: string): unknown[][] =>
  warn.getCalls().map((call) => call.args).filter((args) => String(args[0]).startsWith('[wijkwijzer]') && String(args[0]).includes(name));

/** Lets unhandled rejections of the last update reach the window before counting them. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50));

beforeEach(() => {
  rejections.length = 0;
  window.addEventListener('unhandledrejection', onRejection);
  warn = sinon.spy(console, 'warn');
});

afterEach(() => {
  window.removeEventListener('unhandledrejection', onRejection);
  warn.restore();
});

describe('the now property, as frameworks set it', () => {
  it('<wachttijd-badge> reads an ISO string and a number, and ignores garbage with one warning', async () => {
    const el = await badgeFor('huisartsenpost-utrecht-stad', { now: FRIDAY_DAYTIME });
    expect(badgeState(el)).to.equal('closed');

    el.now = FRIDAY_EVENING as unknown as Date;
    await waitUntil(() => badgeState(el) === 'open', 'a string now was not read');
    expect(el.now).to.be.instanceOf(Date);
    expect(el.now?.getTime()).to.equal(Date.parse(FRIDAY_EVENING));

    el.now = Date.parse(FRIDAY_DAYTIME) as unknown as Date;
    await waitUntil(() => badgeState(el) === 'closed', 'a number now was not read');

    el.now = 'volgende week' as unknown as Date;
    await el.updateComplete;
    await badgeSettled(el);
    await settle();
    expect(el.now).to.equal(undefined);
    expect(['open', 'closed']).to.include(badgeState(el));
    expect(warningsAbout('now')).to.have.length(1);
    expect(rejections).to.deep.equal([]);
  });

  it('<ketenaanpak-uitleg> reads an ISO string and a number, and ignores garbage with one warning', async () => {
    const el = await uitlegFor('valpreventie');
    const title = (): string => el.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim() ?? '';
    const expiredNotice = (): string =>
      [...(el.shadowRoot?.querySelectorAll('.notice') ?? [])].map((notice) => notice.textContent ?? '').find((words) => words.includes('gold tot')) ?? '';

    el.now = '2027-06-01' as unknown as Date;
    await uitlegSettled(el);
    expect(title()).to.equal('Valpreventie');
    expect(expiredNotice()).to.contain('gold tot 31 december 2026');

    el.now = Date.parse('2026-06-01T12:00:00+02:00') as unknown as Date;
    await uitlegSettled(el);
    expect(title()).to.equal('Valpreventie');
    expect(expiredNotice()).to.equal('');

    el.now = { when: 'morgen' } as unknown as Date;
    await uitlegSettled(el);
    await settle();
    expect(title()).to.equal('Valpreventie');
    expect(warningsAbout('now')).to.have.length(1);
    expect(rejections).to.deep.equal([]);
  });

  it('<sociale-kaart> reads an ISO string and a number for today’s hours, and ignores garbage with one warning', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} gemeente="utrecht" wijk="west" limit="200"></sociale-kaart>`);
    /** Which day of the detail view's week (0 = Monday) is marked as today. */
    const today = async (now: unknown): Promise<number> => {
      el.now = now as Date;
      kaartPart<HTMLButtonElement>(el, '#kaart-result-buurtteam-sociaal-west').click();
      await el.updateComplete;
      const rows = [...kaartPart(el, '[part~="detail"]').querySelectorAll('.week tr')];
      kaartPart<HTMLButtonElement>(el, '[part~="back-button"]').click();
      await el.updateComplete;
      return rows.findIndex((row) => row.getAttribute('aria-current') === 'date');
    };
    expect(await today('2026-11-24T10:00:00+01:00')).to.equal(1);
    expect(await today(Date.parse('2026-11-26T10:00:00+01:00'))).to.equal(3);

    el.now = 'gisteren' as unknown as Date;
    await el.updateComplete;
    await settle();
    expect(el.now).to.equal(undefined);
    expect(resultIds(el)).to.include('buurtteam-sociaal-west');
    expect(warningsAbout('now')).to.have.length(1);
    expect(rejections).to.deep.equal([]);
  });

  it('the now attribute takes an ISO date-time on every widget, and an empty one means the real time', async () => {
    const kaart = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED} now="2026-11-24T10:00:00+01:00"></sociale-kaart>`);
    expect(kaart.now?.toISOString()).to.equal('2026-11-24T09:00:00.000Z');
    const badge = await fixture<WachttijdBadge>(html`<wachttijd-badge feed=${SAMPLE_FEED} now="2026-11-24"></wachttijd-badge>`);
    expect(badge.now?.toISOString()).to.equal('2026-11-24T00:00:00.000Z');
    badge.setAttribute('now', '');
    expect(badge.now).to.equal(undefined);
    const uitleg = await fixture<KetenaanpakUitleg>(html`<ketenaanpak-uitleg feed=${SAMPLE_FEED} now="2026-11-24"></ketenaanpak-uitleg>`);
    expect(uitleg.now?.getTime()).to.equal(Date.parse('2026-11-24'));
    expect(warn.called).to.equal(false);
  });
});

describe('other properties with an attribute form', () => {
  it('audience takes the attribute’s words from code too, and anything else is the residents’ view with a warning', async () => {
    const kaart = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED}></sociale-kaart>`);
    kaart.audience = ' Professional ' as 'professional';
    expect(kaart.audience).to.equal('professional');
    kaart.audience = 42 as unknown as 'professional';
    expect(kaart.audience).to.equal('inwoner');
    const uitleg = await fixture<KetenaanpakUitleg>(html`<ketenaanpak-uitleg feed=${SAMPLE_FEED}></ketenaanpak-uitleg>`);
    uitleg.audience = null as unknown as 'professional';
    expect(uitleg.audience).to.equal('inwoner');
    expect(warningsAbout('audience')).to.have.length(1);
  });

  it('limit and route-order take strings from code as their attributes do, so paging still adds up', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart show-all feed=${SAMPLE_FEED}></sociale-kaart>`);
    el.limit = '5' as unknown as number;
    expect(el.limit).to.equal(5);
    el.limit = 'twintig' as unknown as number;
    expect(el.limit).to.equal(20);
    el.routeOrder = 'false' as unknown as boolean;
    expect(el.routeOrder).to.equal(false);
    el.routeOrder = 'on' as unknown as boolean;
    expect(el.routeOrder).to.equal(true);
    expect(warningsAbout('limit')).to.have.length(1);
    await settle();
    expect(rejections).to.deep.equal([]);
  });
});
