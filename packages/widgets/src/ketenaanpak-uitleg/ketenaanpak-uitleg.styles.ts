import { css } from 'lit';
import { feedStateStyles } from '../internal/feed-states.styles.js';
import { noticeStyles } from '../internal/notices.js';
import { printStyles } from '../internal/print-styles.js';
import { baseStyles, tokens } from '../internal/tokens.js';

export const styles = [
  tokens,
  baseStyles,
  feedStateStyles,
  noticeStyles,
  printStyles,
  css`
    [part~='base'] {
      max-inline-size: var(--ketenaanpak-uitleg-max-width, 48rem);
    }
    h2,
    h3,
    h4,
    h5,
    h6 {
      margin: 1.25em 0 0.5em;
      line-height: 1.25;
    }
    .header > :first-child {
      margin-block-start: 0;
    }
    p {
      margin: 0 0 0.75em;
    }
    .lead {
      font-size: 1.125em;
    }
    .muted {
      color: var(--_color-text-muted);
    }
    .label {
      font-weight: 600;
    }
    a {
      color: var(--_color-accent);
    }

    /* Steps: numbered markers on a line, the current one filled. */
    .steps {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .step {
      position: relative;
      padding-block-end: 0.75em;
      padding-inline-start: calc(var(--ketenaanpak-uitleg-marker-size, 2rem) + 0.75rem);
    }
    .step:not(:last-child)::before {
      content: '';
      position: absolute;
      inset-block: var(--ketenaanpak-uitleg-marker-size, 2rem) 0;
      inset-inline-start: calc(var(--ketenaanpak-uitleg-marker-size, 2rem) / 2 - 1px);
      border-inline-start: 2px solid var(--_color-border);
    }
    .step-button {
      display: flex;
      align-items: center;
      gap: 0.75rem;
      inline-size: 100%;
      min-block-size: var(--ketenaanpak-uitleg-marker-size, 2rem);
      margin-inline-start: calc(-1 * (var(--ketenaanpak-uitleg-marker-size, 2rem) + 0.75rem));
      padding: 0.25em 0.5em 0.25em 0;
      border: 0;
      border-radius: var(--_radius);
      background: none;
      color: inherit;
      font: inherit;
      font-weight: 600;
      text-align: start;
      cursor: pointer;
    }
    .step-button:hover .step-title {
      text-decoration: underline;
    }
    .step-number {
      display: inline-grid;
      flex: none;
      place-items: center;
      inline-size: var(--ketenaanpak-uitleg-marker-size, 2rem);
      block-size: var(--ketenaanpak-uitleg-marker-size, 2rem);
      border: 2px solid var(--_color-accent);
      border-radius: 50%;
      background: var(--_color-background);
      color: var(--_color-accent);
    }
    .current .step-number {
      background: var(--_color-accent);
      color: var(--_color-on-accent);
    }
    /* Forced colours take fills away: the current step keeps its mark in the system's highlight colours. */
    @media (forced-colors: active) {
      .current .step-number {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
        border-color: Highlight;
      }
    }
    /* A transparent border: the panel's edge where forced colours take its fill away. */
    .step-details {
      margin-block-start: 0.5em;
      padding: 0.75em 1em;
      border: 1px solid transparent;
      border-radius: var(--_radius);
      background: var(--_color-surface);
    }
    .facts {
      margin: 0;
    }
    .fact {
      margin-block-start: 0.35em;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }

    /* Entry points, services and statuses */
    .entry-points,
    .services,
    .implementation-list,
    .plain {
      margin: 0 0 0.75em;
      padding: 0;
      list-style: none;
    }
    .entry,
    .service {
      display: flex;
      flex-direction: column;
      padding: 0.6em 0;
      border-block-end: 1px solid var(--_color-surface);
    }
    .service p {
      margin-block-end: 0.35em;
    }
    .service-actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em 1em;
    }
    .implementation-list li {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.25em 0.75em;
      padding-block: 0.25em;
    }
    .status {
      display: inline-block;
      padding: 0.1em 0.5em;
      border: 1px solid var(--_color-border);
      border-inline-start-width: 4px;
      border-radius: var(--_radius);
      font-weight: 600;
    }
    .status-gevorderd,
    .status-geborgd {
      border-inline-start-color: var(--_color-positive);
    }
    .status-opstartend,
    .status-via-andere-regio {
      border-inline-start-color: var(--_color-accent);
    }
    .status-niet-gestart {
      border-inline-start-color: var(--_color-warning);
    }

    /* The eligibility check */
    .eligibility {
      margin-block: 0.75em;
      padding: 0.5em 1em;
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
    }
    summary {
      cursor: pointer;
      font-weight: 600;
      padding-block: 0.25em;
    }
    .privacy {
      font-size: 0.875em;
      color: var(--_color-text-muted);
    }
    /* Fields line up at the top, so a field that explains a wrong answer only grows downwards. */
    .check {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75em 1.25em;
      align-items: flex-start;
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 0.25em;
      max-inline-size: 18em;
    }
    .with-unit {
      display: flex;
      align-items: center;
      gap: 0.4em;
    }
    input[type='text'] {
      inline-size: 7em;
      padding: 0.35em 0.5em;
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
      font: inherit;
    }
    input[aria-invalid='true'] {
      border: 2px solid var(--_color-critical);
    }
    .field-error {
      margin: 0;
      color: var(--_color-critical);
      font-weight: 600;
    }
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
      margin: 0;
      padding: 0;
      border: 0;
      flex-basis: 100%;
    }
    .choices legend {
      margin-block-end: 0.25em;
      padding: 0;
      font-weight: 600;
    }
    .choices label {
      display: inline-flex;
      align-items: center;
      gap: 0.35em;
      min-block-size: 1.75rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      flex-basis: 100%;
    }
    .button {
      min-block-size: 2.25rem;
      padding: 0.35em 1em;
      border: 1px solid var(--_color-accent);
      border-radius: var(--_radius);
      background: var(--_color-background);
      color: var(--_color-accent);
      font: inherit;
      cursor: pointer;
    }
    .button.primary {
      background: var(--_color-accent);
      color: var(--_color-on-accent);
    }
    .result:not(:empty) {
      margin-block-start: 0.75em;
    }
    .result.yes,
    .result.no,
    .result.invalid {
      padding: 0.5em 0.75em;
      border-inline-start: 4px solid var(--_color-accent);
      background: var(--_color-surface);
    }
    .result.invalid {
      border-inline-start-color: var(--_color-critical);
    }
    .meta {
      color: var(--_color-text-muted);
    }

    /* Paper: the steps as headings, the services with their numbers and sites; the check is for screens. */
    @media print {
      .eligibility {
        display: none;
      }
      .service {
        break-inside: avoid;
      }
      a[href^='http']::after {
        content: ' (' attr(href) ')';
      }
    }
  `,
];
