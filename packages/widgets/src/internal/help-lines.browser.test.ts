import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../sociale-kaart/sociale-kaart.js';
import '../ketenaanpak-uitleg/ketenaanpak-uitleg.js';
import type { SocialeKaart } from '../sociale-kaart/sociale-kaart.component.js';
import { DOWN_FEED, INVALID_FEED, SAMPLE_FEED } from '../test-support/feeds.js';
import { kaartParts, resultIds, search } from '../test-support/kaart-helpers.js';
import { quietly } from '../test-support/quietly.js';

/**
 * The national help lines where a resident in crisis may be looking: on every screen without
 * data, and laid out so that no number seems to have another number's cost.
 */

/** A widget on the page, once its load has failed and the failure is on screen. */
async function failed<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  tag: string,
  feed: string,
  width = 0,
  attributes: Record<string, string> = {},
): Promise<T> {
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  if (width > 0) holder.style.width = `${width}px`;
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries({ feed, ...attributes })) el.setAttribute(name, value);
  const error = oneEvent(el, 'wijkwijzer-error');
  holder.append(el);
  await quietly(async () => {
    await error;
    await el.updateComplete;
  });
  return el;
}

const telLinks = (root: Element): string[] =>
  [...(root.shadowRoot?.querySelectorAll<HTMLAnchorElement>('[part~="crisis"] a[href^="tel:"]') ?? [])].map((a) => a.getAttribute('href') ?? '');

describe('help lines on failure screens', () => {
  for (const [name, feed] of [
    ['down', DOWN_FEED],
    ['invalid', INVALID_FEED],
    // Nothing listens on port 9 of this machine: the request fails as it does offline.
    ['unreachable', 'http://127.0.0.1:9/index.json'],
  ] as const) {
    it(`<sociale-kaart> with a ${name} feed shows 112, 113 and Veilig Thuis as tel: links, and passes axe`, async () => {
      const el = await failed<SocialeKaart>('sociale-kaart', feed);
      expect(el.shadowRoot?.querySelector('[part~="error"]')).to.exist;
      expect(telLinks(el)).to.deep.equal(['tel:112', 'tel:08000113', 'tel:113', 'tel:08002000']);
      await expect(el).to.be.accessible();
    });

    it(`<ketenaanpak-uitleg> with a ${name} feed shows the same lines, and passes axe`, async () => {
      const el = await failed<HTMLElement & { updateComplete: Promise<boolean> }>('ketenaanpak-uitleg', feed, 0, { pathway: 'gli' });
      expect(el.shadowRoot?.querySelector('[part~="error"]')).to.exist;
      expect(telLinks(el)).to.deep.equal(['tel:112', 'tel:08000113', 'tel:113', 'tel:08002000']);
      await expect(el).to.be.accessible();
    });
  }

  it('the lines are in the reader\'s language', async () => {
    const el = await failed<SocialeKaart>('sociale-kaart', DOWN_FEED, 0, { lang: 'en' });
    const block = el.shadowRoot?.querySelector('[part~="crisis"]');
    expect(block?.textContent).to.contain('Call 0800-0113');
    expect(block?.textContent).to.contain('Free, day and night');
    expect(block?.textContent).not.to.contain('Gratis');
  });
});

describe('help lines in search results', () => {
  it('an acute query with no other results still shows the lines first', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart feed=${SAMPLE_FEED}></sociale-kaart>`);
    await search(el, 'hij slaat de kinderen');
    const [block] = kaartParts(el, '[part~="crisis"]');
    expect(block?.querySelector('a[href="tel:08002000"]')).to.exist;
    expect(kaartParts(el, '[part~="crisis-quiet"]')).to.have.length(0);
    // The sample marker says the national numbers are real.
    expect(block?.textContent).to.contain('Deze landelijke nummers zijn echt');
    expect(kaartParts(el, '[part~="sample-notice"]')[0]?.textContent).to.contain('112, 113 en Veilig Thuis zijn echt');
  });

  it('a crisis topic in an informational query: results first, then a quiet line', async () => {
    const el = await fixture<SocialeKaart>(html`<sociale-kaart feed=${SAMPLE_FEED}></sociale-kaart>`);
    await search(el, 'zelfmoordpreventie training voor docenten');
    expect(kaartParts(el, '[part~="crisis"]')).to.have.length(0);
    const [quiet] = kaartParts(el, '[part~="crisis-quiet"]');
    expect(quiet?.querySelector('a[href="tel:08000113"]')).to.exist;
    const results = kaartParts(el, '[part~="result"]');
    if (results.length > 0) {
      const position = results[0]?.compareDocumentPosition(quiet as Node) ?? 0;
      expect(position & Node.DOCUMENT_POSITION_FOLLOWING, 'the quiet line comes after the results').to.not.equal(0);
    }
    expect(resultIds(el).every((id) => !id.startsWith('nl-'))).to.equal(true);
    await expect(el).to.be.accessible();
  });
});

/** Whether `inner` lies inside `outer` (to the pixel). */
const inside = (inner: DOMRect, outer: DOMRect): boolean =>
  inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;
const overlap = (a: DOMRect, b: DOMRect): boolean =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/** Each number and its cost share one box, and no box overlaps another. */
function expectCostsWithTheirNumbers(el: Element, width: number): void {
  const boxes = [...(el.shadowRoot?.querySelectorAll<HTMLElement>('[part~="help-phone"]') ?? [])];
  expect(boxes.length, `${width}px: phone boxes`).to.be.at.least(4);
  const rects = boxes.map((box) => box.getBoundingClientRect());
  boxes.forEach((box, i) => {
    const rect = rects[i] as DOMRect;
    const link = box.querySelector('a[href^="tel:"]');
    const cost = box.querySelector('.help-cost');
    expect(link, `${width}px: a number in box ${i}`).to.exist;
    expect(cost, `${width}px: a cost in box ${i}`).to.exist;
    expect(inside(link!.getBoundingClientRect(), rect), `${width}px: ${link?.textContent} inside its box`).to.equal(true);
    expect(inside(cost!.getBoundingClientRect(), rect), `${width}px: "${cost?.textContent}" inside the box of ${link?.textContent}`).to.equal(true);
    // And not beside any other number.
    boxes.forEach((other, j) => {
      if (j === i) return;
      const otherLink = other.querySelector('a[href^="tel:"]')!;
      expect(overlap(rect, rects[j] as DOMRect), `${width}px: boxes ${i} and ${j} overlap`).to.equal(false);
      expect(inside(otherLink.getBoundingClientRect(), rect), `${width}px: ${otherLink.textContent} not in the box of ${link?.textContent}`).to.equal(false);
      // Not on the line of another number's button, where it would read as that number's cost.
      const costRect = cost!.getBoundingClientRect();
      const otherRect = otherLink.getBoundingClientRect();
      const sameLine = costRect.top < otherRect.bottom - 0.5 && otherRect.top < costRect.bottom - 0.5;
      expect(sameLine, `${width}px: "${cost?.textContent}" on the line of ${otherLink.textContent}`).to.equal(false);
    });
  });
}

describe('help-line layout at every width', () => {
  for (const width of [320, 360, 414, 1280]) {
    it(`${width}px: each cost text stays in the box of its own number (failure screen)`, async () => {
      const el = await failed<SocialeKaart>('sociale-kaart', DOWN_FEED, width);
      expectCostsWithTheirNumbers(el, width);
    });

    it(`${width}px: each cost text stays in the box of its own number (acute search)`, async () => {
      const holder = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><sociale-kaart feed=${SAMPLE_FEED}></sociale-kaart></div>`);
      const el = holder.querySelector('sociale-kaart') as SocialeKaart;
      await el.updateComplete;
      await search(el, 'hij slaat me en ik wil niet meer leven');
      expectCostsWithTheirNumbers(el, width);
    });
  }
});
