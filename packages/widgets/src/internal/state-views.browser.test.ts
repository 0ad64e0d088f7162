import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../sociale-kaart/sociale-kaart.js';
import '../ketenaanpak-uitleg/ketenaanpak-uitleg.js';
import '../wachttijd-badge/wachttijd-badge.js';
import { clientFor } from './feed-client.js';
import { DOWN_FEED, SAMPLE_FEED } from '../test-support/feeds.js';
import { quietly } from '../test-support/quietly.js';

/**
 * The state views of internal/ (not set up, sample, stale, error) look and read the same in the
 * finder and the explainer, so a web team styles them once; the badge shares their words.
 */
const part = (el: HTMLElement, name: string): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** What makes a notice look like one: its box and the colour of its edge. */
function look(node: HTMLElement | null): Record<string, string> {
  expect(node, 'the view is shown').to.exist;
  const style = getComputedStyle(node!);
  return {
    background: style.backgroundColor,
    edge: `${style.borderInlineStartWidth} ${style.borderInlineStartStyle} ${style.borderInlineStartColor}`,
    padding: `${style.paddingBlockStart} ${style.paddingInlineStart}`,
  };
}

async function finderAndExplainer(feed: string): Promise<HTMLElement[]> {
  const holder = await fixture<HTMLDivElement>(html`<div>
    <sociale-kaart feed=${feed} gemeente="utrecht"></sociale-kaart>
    <ketenaanpak-uitleg feed=${feed} pathway="valpreventie" gemeente="utrecht"></ketenaanpak-uitleg>
  </div>`);
  const widgets = [...holder.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
  await Promise.all(widgets.map((el) => el.updateComplete));
  return widgets;
}

describe('one set of state views', () => {
  it('not set up: the same notice in all three widgets, with the help lines beside the finder and the explainer', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div>
      <sociale-kaart></sociale-kaart><ketenaanpak-uitleg pathway="gli"></ketenaanpak-uitleg><wachttijd-badge service="x"></wachttijd-badge>
    </div>`);
    const [finder, explainer, badge] = [...holder.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
    await Promise.all([finder!, explainer!, badge!].map((el) => el.updateComplete));
    for (const el of [finder!, explainer!, badge!]) {
      const notice = part(el, 'notice');
      expect(notice?.classList.contains('notice'), el.localName).to.equal(true);
      expect(notice?.textContent, el.localName).to.contain('het attribuut "feed" ontbreekt');
    }
    expect(look(part(finder!, 'notice'))).to.deep.equal(look(part(explainer!, 'notice')));
    for (const el of [finder!, explainer!]) expect(el.shadowRoot!.textContent, el.localName).to.contain('113');
  });

  it('sample and stale data: the same two notices in the finder and the explainer', async () => {
    const stale = sinon.stub(clientFor(SAMPLE_FEED), 'isStale').returns(true);
    try {
      const [finder, explainer] = await finderAndExplainer(SAMPLE_FEED);
      for (const name of ['sample-notice', 'stale-notice']) {
        expect(look(part(finder!, name)), name).to.deep.equal(look(part(explainer!, name)));
      }
      expect(part(finder!, 'stale-notice')!.textContent).to.contain('laatst bekende gegevens');
    } finally {
      stale.restore();
    }
  });

  it('a failed load: the same error view in the finder and the explainer', async () => {
    const [finder, explainer] = await quietly(() => finderAndExplainer(DOWN_FEED));
    const views = [finder!, explainer!].map((el) => el.shadowRoot!.querySelector<HTMLElement>('.error'));
    expect(look(views[0]!)).to.deep.equal(look(views[1]!));
    for (const view of views) expect(view!.querySelector('[part~="retry-button"]')).to.exist;
  });
});
