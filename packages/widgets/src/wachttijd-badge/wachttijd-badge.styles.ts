import { css } from 'lit';
import { feedStateStyles } from '../internal/feed-states.styles.js';
import { baseStyles, tokens } from '../internal/tokens.js';

export const styles = [
  tokens,
  baseStyles,
  feedStateStyles,
  css`
    :host([variant='inline']) {
      display: inline-block;
      vertical-align: middle;
    }
    /*
     * The base keeps the background every widget paints (see tokens.ts): the badge's words, button
     * and phone links stay on the colours they were chosen for, also on a page darker than it says.
     */
    [part~='base'] {
      --_tone: var(--_color-text-muted);
      position: relative;
      font-size: var(--wachttijd-badge-font-size, 0.9375rem);
    }
    .inline {
      font-size: var(--wachttijd-badge-font-size, 0.875em);
    }
    .tone-positive {
      --_tone: var(--_color-positive);
    }
    .tone-warning {
      --_tone: var(--_color-warning);
    }
    .tone-critical {
      --_tone: var(--_color-critical);
    }
    .row,
    .pill,
    .line,
    .toggle,
    .call {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
    }
    .pill {
      padding: 0.3em 0.6em;
      border: 1px solid var(--_tone);
      border-inline-start-width: 4px;
      border-radius: var(--wachttijd-badge-radius, var(--_radius));
    }
    .inline .pill {
      display: inline-block;
      padding: 0.1em 0.45em;
      line-height: 1.4;
    }
    .icon {
      flex: none;
      inline-size: 1.25em;
      block-size: 1.25em;
    }
    .pill .icon {
      color: var(--_tone);
    }
    .card .words {
      display: grid;
    }
    .caption,
    .long,
    .norm,
    .sample {
      font-size: 0.875em;
      color: var(--_color-text-muted);
    }
    .line {
      flex-wrap: wrap;
      align-items: baseline;
    }
    .value {
      font-weight: 600;
    }
    .after::before {
      content: '· ';
    }
    .inline .icon {
      vertical-align: -0.25em;
      margin-inline-end: 0.3em;
    }
    .card .pill {
      align-items: flex-start;
    }
    .card .icon {
      margin-block-start: 0.15em;
    }
    .sample {
      padding-inline: 0.3em;
      border: 1px dashed;
    }
    .toggle {
      /* At least 24px: WCAG 2.2's smallest target, also inside a line of text. The transparent border is its edge in forced colours. */
      justify-content: center;
      min-inline-size: 1.75rem;
      min-block-size: 1.75rem;
      padding: 0;
      border: 1px solid transparent;
      border-radius: 50%;
      background: none;
      cursor: pointer;
    }
    .toggle,
    .call {
      color: var(--_color-accent);
    }
    .details {
      margin-block-start: 0.4em;
      padding: 0.5em 0.75em;
      max-inline-size: min(var(--wachttijd-badge-details-width, 22rem), 90vw);
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
      background: var(--_color-background);
      font-size: 0.875rem;
    }
    .inline .details {
      position: absolute;
      z-index: 10;
      inset-inline-start: 0;
      inline-size: max-content;
    }
    .details p {
      margin: 0 0 0.3em;
    }
    .calls {
      margin: 0.3em 0 0;
      padding: 0;
      list-style: none;
    }
    .call {
      min-block-size: 1.75rem;
      font-weight: 600;
    }
  `,
];
