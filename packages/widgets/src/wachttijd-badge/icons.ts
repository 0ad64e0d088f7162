import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { IconName } from './badge-view.js';

/**
 * Inline icons (no request to anyone): a different shape per state, so the
 * state never depends on colour alone. Drawn with `currentColor` strokes.
 */
const SHAPES: Record<IconName | 'info', SVGTemplateResult> = {
  check: svg`<circle cx="12" cy="12" r="9"/><path d="M8 12.5l2.7 2.7L16.5 9.5"/>`,
  clock: svg`<circle cx="11" cy="12" r="8"/><path d="M11 7.5V12l3 2"/><path d="M21 5v5M21 13.5v.5"/>`,
  question: svg`<circle cx="12" cy="12" r="9"/><path d="M9.5 9.5a2.5 2.5 0 1 1 3.6 2.2c-.7.4-1.1 1-1.1 1.8v.5M12 17v.5"/>`,
  hourglass: svg`<path d="M6.5 3h11M6.5 21h11M8 3v3.5c0 2 4 3.5 4 5.5s-4 3.5-4 5.5V21M16 3v3.5c0 2-4 3.5-4 5.5s4 3.5 4 5.5V21"/>`,
  places: svg`<path d="M3 6v13M3 15h18v4M21 15v-2.5A2.5 2.5 0 0 0 18.5 10H11v5"/><circle cx="7" cy="11.5" r="1.8"/>`,
  stop: svg`<path d="M8.3 3h7.4L21 8.3v7.4L15.7 21H8.3L3 15.7V8.3z"/><path d="M8 12h8"/>`,
  phone: svg`<path d="M5 3.5h3.5l1.8 4.6-2.4 1.5a11 11 0 0 0 6.5 6.5l1.5-2.4 4.6 1.8V19a1.5 1.5 0 0 1-1.6 1.5A17 17 0 0 1 3.5 5.1 1.5 1.5 0 0 1 5 3.5z"/>`,
  range: svg`<path d="M4 6v12M20 6v12M4 12h16M8 9l-4 3 4 3M16 9l4 3-4 3"/>`,
  info: svg`<circle cx="12" cy="12" r="9"/><path d="M12 11v6M12 7.5v.5"/>`,
};

/** An icon; `part` names it for theming ("icon" for the state icon). */
export function icon(name: IconName | 'info', part = 'icon'): TemplateResult {
  return html`<svg part=${part} class="icon" viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${SHAPES[name]}</svg>`;
}
