import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../sociale-kaart/sociale-kaart.js';
import '../ketenaanpak-uitleg/ketenaanpak-uitleg.js';
import '../wachttijd-badge/wachttijd-badge.js';
import type { SocialeKaart } from '../sociale-kaart/sociale-kaart.component.js';
import type { WachttijdBadge } from '../wachttijd-badge/wachttijd-badge.component.js';
import { FRIDAY_EVENING, SAMPLE_NOW, badgeSettled, badgesSettled } from '../test-support/badge-fixtures.js';
import { DOWN_FEED, SAMPLE_FEED } from '../test-support/feeds.js';
import { kaartPart, resultIds, search, searchInput } from '../test-support/kaart-helpers.js';
import { quietly } from '../test-support/quietly.js';
import { fillCheck, uitlegFor } from '../test-support/uitleg-fixtures.js';

/**
 * Every state of every widget is readable whatever the page around it (issue 15): axe, colour
 * contrast included, finds nothing on a light page, on a dark page (one that says so with
 * `color-scheme`, and one that only paints itself dark), on a page with a dark NL Design System
 * theme, and in forced colours, where every box also keeps a visible edge and focus a visible
 * ring. Each state is drawn once and judged in every mode, which keeps this file quick.
 */
const MODES = {
  'a light page': '',
  'a dark page': ':root { color-scheme: dark; } body { background: #121212; color: #e8e8e8; }',
  'a dark page that does not say so': 'body { background: #181818; color: #e8e8e8; }',
  // Tokens as a dark NLDS theme sets them; such a theme need not say `color-scheme`.
  'a dark NL Design System theme': `:root {
    --utrecht-document-color: #f2f2f2;
    --utrecht-document-background-color: #1c1c1e;
    --utrecht-link-color: #8ec5ff;
    --utrecht-form-control-border-color: #a0a0a8;
    --utrecht-focus-outline-color: #ffd166;
    --utrecht-button-primary-action-background-color: #0b5c8f;
    --utrecht-button-primary-action-color: #ffffff;
  }
  body { background: var(--utrecht-document-background-color); color: var(--utrecht-document-color); }`,
  'forced colours': '',
} as const;
type Mode = keyof typeof MODES;

const hostStyle = document.createElement('style');
document.head.append(hostStyle);

async function enter(mode: Mode): Promise<void> {
  hostStyle.textContent = MODES[mode];
  await executeServerCommand('emulate-forced-colors', { active: mode === 'forced colours' });
  await new Promise(requestAnimationFrame);
}

/** Every element in a widget's shadow tree, nested widgets' included. */
function shadowElements(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((node) => (node.shadowRoot ? [node, ...shadowElements(node.shadowRoot)] : [node]));
}

/** Nothing painted: forced colours keep a fill's alpha, so a transparent fill reads `rgba(255, 255, 255, 0)`. */
const unpainted = (color: string): boolean => /^rgba\(.*, 0\)$/.test(color);
const parentOf = (node: Element): Element | null => node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);

/** The colour painted behind an element: the nearest background above it. */
function paintedBehind(node: Element): string {
  for (let above = parentOf(node); above; above = parentOf(above)) {
    const background = getComputedStyle(above).backgroundColor;
    if (!unpainted(background)) return background;
  }
  return 'rgb(255, 255, 255)';
}

const NATIVE_CONTROLS = new Set(['input', 'select', 'textarea', 'progress']);

/** Boxes that stand out by their fill alone (a panel, a filled button): forced colours take the fill away. */
function filledBoxes(widgets: HTMLElement[]): Element[] {
  return widgets
    .flatMap((widget) => shadowElements(widget.shadowRoot!))
    .filter((node) => {
      if (NATIVE_CONTROLS.has(node.localName) || !(node as HTMLElement).offsetWidth) return false;
      const background = getComputedStyle(node).backgroundColor;
      return !unpainted(background) && background !== paintedBehind(node);
    });
}

/** A box still stands out in forced colours: by a border on some side, or by a fill forced colours left it. */
function standsOut(node: Element): boolean {
  const style = getComputedStyle(node);
  const behind = paintedBehind(node);
  const edge = ['top', 'right', 'bottom', 'left'].some(
    (side) =>
      parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0 &&
      !['none', 'hidden'].includes(style.getPropertyValue(`border-${side}-style`)) &&
      !unpainted(style.getPropertyValue(`border-${side}-color`)) &&
      style.getPropertyValue(`border-${side}-color`) !== behind,
  );
  return edge || (!unpainted(style.backgroundColor) && style.backgroundColor !== behind);
}

/** The focus ring of the widget's first button or link, as a keyboard user sees it (after a key press). */
function focusRing(widget: HTMLElement): string {
  const target = shadowElements(widget.shadowRoot!).find((node): node is HTMLElement => node.matches('button, a[href]') && node.checkVisibility());
  if (!target) return 'nothing to focus';
  target.focus();
  const { outlineStyle, outlineWidth, outlineColor } = getComputedStyle(target);
  target.blur();
  return outlineStyle !== 'none' && parseFloat(outlineWidth) >= 2 && !unpainted(outlineColor) ? '' : `${describeNode(target)}: ${outlineStyle} ${outlineWidth} ${outlineColor}`;
}

/** How a marker of state (the current step, the chosen suggestion) looks, to compare with one without it. */
function look(widget: HTMLElement, selector: string): string {
  const node = widget.shadowRoot!.querySelector(selector);
  if (!node) return `no ${selector}`;
  const style = getComputedStyle(node);
  return [style.backgroundColor, style.color, style.borderColor, style.borderWidth, style.fontWeight, style.textDecorationLine].join(' ');
}

/** A marker of state and an element without that state, which must look different in every mode. */
type Marked = [marked: string, plain: string];

const describeNode = (node: Element): string => `<${node.localName} class="${node.getAttribute('class') ?? ''}">`;

/**
 * What is wrong with `widgets` in each mode: axe's violations, and in forced colours the boxes that
 * lost their edge. Ends in the light mode, where the next test starts.
 */
async function problemsInEveryMode(widgets: HTMLElement[], marks: Marked[]): Promise<string[]> {
  const problems: string[] = [];
  let boxes: Element[] = [];
  for (const mode of Object.keys(MODES) as Mode[]) {
    await enter(mode);
    if (mode === 'a light page') boxes = filledBoxes(widgets);
    for (const widget of widgets) {
      try {
        await expect(widget).to.be.accessible();
      } catch (error) {
        problems.push(`${mode}, <${widget.localName}>: ${(error as Error).message}`);
      }
    }
    for (const [marked, plain] of marks) {
      if (look(widgets[0]!, marked) === look(widgets[0]!, plain)) problems.push(`${mode}: ${marked} looks like ${plain}: ${look(widgets[0]!, plain)}`);
    }
    if (mode === 'forced colours') {
      const edgeless = boxes.filter((box) => !standsOut(box)).map(describeNode);
      if (edgeless.length) problems.push(`forced colours: boxes without a visible edge: ${[...new Set(edgeless)].join(', ')}`);
      await sendKeys({ press: 'Shift' });
      const rings = widgets.map(focusRing).filter(Boolean);
      if (rings.length) problems.push(`forced colours: focus without a visible ring: ${rings.join(', ')}`);
    }
  }
  await enter('a light page');
  return problems;
}

/** Judges `widgets` in every mode once the waiting-time badges inside them show their figures. */
async function expectReadableEverywhere(widgets: HTMLElement[], marks: Marked[] = []): Promise<void> {
  for (const widget of widgets) await badgesSettled(widget);
  const problems = await problemsInEveryMode(widgets, marks);
  expect(problems, problems.join('\n\n')).to.deep.equal([]);
}

async function finder(feed = SAMPLE_FEED, attributes: Record<string, string> = {}): Promise<SocialeKaart> {
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('sociale-kaart');
  if (feed) el.setAttribute('feed', feed);
  el.setAttribute('gemeente', 'utrecht');
  el.setAttribute('now', SAMPLE_NOW);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  holder.append(el);
  await el.updateComplete;
  return el;
}

describe('every widget is readable on light, dark and NL Design System pages and in forced colours', function () {
  // Five axe runs per state: some 2 s, more while other work loads the machine.
  this.timeout(40000);

  after(() => enter('a light page'));

  describe('<sociale-kaart>', () => {
    it('first view, with the sample notice', async () => {
      const el = await finder();
      expect(kaartPart(el, '[part~="sample-notice"]')).to.exist;
      await expectReadableEverywhere([el]);
    });

    it('results', async () => {
      const el = await finder();
      await search(el, 'eenzaam');
      expect(resultIds(el).length).to.be.greaterThan(0);
      await expectReadableEverywhere([el]);
    });

    it('a crisis: help lines, with the suggestions open and one chosen', async () => {
      const el = await finder();
      searchInput(el).focus();
      await search(el, 'ik wil niet meer leven');
      expect(kaartPart(el, '[part~="crisis"]')).to.exist;
      searchInput(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
      await el.updateComplete;
      await expectReadableEverywhere([el], [['.suggestion[aria-selected="true"]', '.suggestion[aria-selected="false"]']]);
    });

    it('a detail, for a professional', async () => {
      const el = await finder(SAMPLE_FEED, { audience: 'professional' });
      await search(el, 'psychisch');
      kaartPart<HTMLButtonElement>(el, '#kaart-result-altrecht-specialistische-ggz').click();
      await el.updateComplete;
      expect(kaartPart(el, '[part~="detail"]')).to.exist;
      await expectReadableEverywhere([el]);
    });

    it('no results', async () => {
      const el = await finder();
      await search(el, 'qqxzwv');
      expect(kaartPart(el, '[part~="empty"]')).to.exist;
      await expectReadableEverywhere([el]);
    });

    it('a feed that is down', async () => {
      const el = await quietly(() => finder(DOWN_FEED));
      expect(kaartPart(el, '[part~="retry-button"]')).to.exist;
      await expectReadableEverywhere([el]);
    });

    it('not set up', async () => {
      const el = await finder('');
      expect(kaartPart(el, '[part~="notice"]')).to.exist;
      await expectReadableEverywhere([el]);
    });
  });

  describe('<ketenaanpak-uitleg>', () => {
    it('a pathway, its current step open, with the sample notice', async () => {
      const el = await uitlegFor('gli', { gemeente: 'utrecht' });
      expect(el.shadowRoot!.querySelector('[part~="step-details"]')).to.exist;
      await expectReadableEverywhere([el], [['.current .step-number', '.step:not(.current) .step-number']]);
    });

    it('the check filled in, with an answer out of range and an outcome', async () => {
      const el = await uitlegFor('gli', { gemeente: 'utrecht', audience: 'professional' });
      await fillCheck(el, { age: '45', length: '1,75', weight: '9800' });
      expect(el.shadowRoot!.querySelector('[aria-invalid="true"]')).to.exist;
      const explainer = await uitlegFor('gli', { gemeente: 'utrecht' });
      expect(await fillCheck(explainer, { age: '45', length: '175', weight: '95' })).to.contain('in aanmerking');
      await expectReadableEverywhere([el, explainer]);
    });

    it('a feed that is down', async () => {
      const el = await quietly(() => uitlegFor('gli', { feed: DOWN_FEED }));
      expect(el.shadowRoot!.querySelector('[part~="retry-button"]')).to.exist;
      await expectReadableEverywhere([el]);
    });
  });

  describe('<wachttijd-badge>', () => {
    it('standalone and inline, above its norm, a patiëntenstop, a huisartsenpost with its numbers, on sample data, details open', async () => {
      const holder = await fixture<HTMLDivElement>(html`<div>
        <wachttijd-badge feed=${SAMPLE_FEED} service="altrecht-specialistische-ggz" now=${SAMPLE_NOW}></wachttijd-badge>
        <wachttijd-badge feed=${SAMPLE_FEED} service="huisarts-maarssenbroek" now=${SAMPLE_NOW}></wachttijd-badge>
        <wachttijd-badge feed=${SAMPLE_FEED} service="elv-axioncontinu-utrecht" now=${SAMPLE_NOW}></wachttijd-badge>
        <wachttijd-badge feed=${SAMPLE_FEED} service="huisartsenpost-utrecht-stad" now=${FRIDAY_EVENING}></wachttijd-badge>
        <p>
          Altrecht
          <wachttijd-badge feed=${SAMPLE_FEED} service="altrecht-specialistische-ggz" variant="inline" now=${SAMPLE_NOW}></wachttijd-badge>
          — de huisartsenpost
          <wachttijd-badge feed=${SAMPLE_FEED} service="huisartsenpost-utrecht-stad" variant="inline" now=${FRIDAY_EVENING}></wachttijd-badge>
        </p>
      </div>`);
      const badges = [...holder.querySelectorAll<WachttijdBadge>('wachttijd-badge')];
      for (const badge of badges) {
        await badgeSettled(badge);
        badge.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
        await badge.updateComplete;
      }
      expect(badges.map((badge) => badge.shadowRoot!.querySelector('[part~="sample-marker"]'))).to.not.include(null);
      expect(badges[3]!.shadowRoot!.querySelector('[part~="call"]')).to.exist;
      await expectReadableEverywhere(badges);
    });
  });
});
