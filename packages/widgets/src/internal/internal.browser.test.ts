import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from './define.js';
import { resolveLang, toLang } from './lang.js';
import { safeHref, telHref } from './safe-href.js';
import '../wachttijd-badge/wachttijd-badge.js';

describe('defineElement', () => {
  it('defines a tag once and warns instead of throwing when a second copy defines it again', () => {
    class First extends LitElement {}
    class Second extends LitElement {}
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      defineElement('ww-define-probe', First);
      expect(() => defineElement('ww-define-probe', Second)).not.to.throw();
    } finally {
      console.warn = original;
    }
    expect(customElements.get('ww-define-probe')).to.equal(First);
    expect(String(warnings[0])).to.contain('ww-define-probe');
  });
});

describe('resolveLang', () => {
  it('follows the element, then its ancestors, then the page, and falls back to Dutch', async () => {
    const tree = await fixture<HTMLElement>(html`<div lang="en-GB"><span id="inner"></span><p lang="nl" id="own"></p></div>`);
    expect(resolveLang(tree.querySelector('#inner')!)).to.equal('en');
    expect(resolveLang(tree.querySelector('#own')!)).to.equal('nl');
    expect(toLang('fr')).to.equal('nl');
    expect(toLang(undefined)).to.equal('nl');
  });
});

describe('safeHref', () => {
  it('keeps http(s), tel and mailto links and refuses script and data links', () => {
    expect(safeHref('https://example.org/a')).to.equal('https://example.org/a');
    expect(safeHref('tel:0800-0113')).to.equal('tel:0800-0113');
    expect(safeHref('javascript:alert(1)')).to.equal(undefined);
    expect(safeHref(' JAVASCRIPT:alert(1)')).to.equal(undefined);
    expect(safeHref('data:text/html,<script>alert(1)</script>')).to.equal(undefined);
    expect(telHref('030 000 0142')).to.equal('tel:0300000142');
  });
});

describe('WijkwijzerElement', () => {
  it('draws a widget the first time in a task after the one that connected it', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const badge = document.createElement('wachttijd-badge');
    holder.append(badge);
    // Every microtask of this task: Lit would have drawn here.
    for (let turn = 0; turn < 20; turn += 1) await null;
    expect(badge.shadowRoot?.childElementCount ?? 0, 'drawn in the connecting task').to.equal(0);
    await badge.updateComplete;
    expect(badge.shadowRoot!.childElementCount).to.be.above(0);
  });
});
