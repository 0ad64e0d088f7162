import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../sociale-kaart/sociale-kaart.js';
import '../wachttijd-badge/wachttijd-badge.js';
import '../ketenaanpak-uitleg/ketenaanpak-uitleg.js';
import type { SocialeKaart } from '../sociale-kaart/sociale-kaart.component.js';
import type { WijkwijzerElement } from './wijkwijzer-element.js';

/*
 * A second loopback server on another port (started by web-test-runner.config.mjs) holds
 * a copy of the sample feed. The main server offers a manifest whose datasets point there,
 * and a manifest that redirects there. Nothing may reach it unless allowed-origins says so.
 */
const base = new URL('/packages/widgets/test-feeds/foreign/', location.origin);
const DATASETS_ELSEWHERE = new URL('datasets/index.json', base).href;
const REDIRECTED = new URL('redirect/index.json', base).href;

async function foreignHost(): Promise<{ origin: string; requests: number }> {
  return (await fetch(new URL('state', base))).json() as Promise<{ origin: string; requests: number }>;
}

/** Adds a widget and waits for its `wijkwijzer-error`; returns the element and the code. */
async function failingWidget<T extends WijkwijzerElement>(markup: string): Promise<{ el: T; code: string }> {
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  holder.innerHTML = markup;
  const el = holder.firstElementChild as T;
  const warn = console.warn;
  console.warn = () => {};
  try {
    const event = await oneEvent(el, 'wijkwijzer-error');
    return { el, code: event.detail.code };
  } finally {
    console.warn = warn;
  }
}

describe('widgets fetch nothing outside the feed\'s origin', () => {
  for (const [what, feed] of [
    ['datasets on another origin', DATASETS_ELSEWHERE],
    ['a manifest that redirects to another origin', REDIRECTED],
  ]) {
    it(`${what}: the error state with code foreign_origin, and the other host gets no request`, async () => {
      const before = (await foreignHost()).requests;
      const { el, code } = await failingWidget<SocialeKaart>(`<sociale-kaart show-all feed="${feed}" gemeente="utrecht"></sociale-kaart>`);
      expect(code).to.equal('foreign_origin');
      await waitUntil(() => el.shadowRoot?.querySelector('[part~="error"]'), 'no error state');
      expect(el.shadowRoot?.querySelector('[part~="error"]')?.getAttribute('role')).to.equal('alert');
      expect((await foreignHost()).requests - before).to.equal(0);
    });
  }

  it('the badge and the explainer refuse the same way', async () => {
    const before = (await foreignHost()).requests;
    for (const markup of [
      `<wachttijd-badge feed="${DATASETS_ELSEWHERE}" service="elv-zorgspectrum"></wachttijd-badge>`,
      `<ketenaanpak-uitleg feed="${DATASETS_ELSEWHERE}" pathway="welzijn-op-recept"></ketenaanpak-uitleg>`,
    ]) {
      expect((await failingWidget(markup)).code, markup).to.equal('foreign_origin');
    }
    expect((await foreignHost()).requests - before).to.equal(0);
  });

  it('allowed-origins lets the embedder allow the other host', async () => {
    const { origin, requests: before } = await foreignHost();
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    holder.innerHTML = `<sociale-kaart show-all feed="${DATASETS_ELSEWHERE}" gemeente="utrecht" allowed-origins="  https://cdn.example.nl ${origin}/ "></sociale-kaart>`;
    const el = holder.firstElementChild as SocialeKaart;
    expect(el.allowedOrigins).to.deep.equal(['https://cdn.example.nl', `${origin}/`]);
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="result"]'), 'no results from the allowed host', { timeout: 5000 });
    expect((await foreignHost()).requests - before).to.be.greaterThan(0);
  });
});
