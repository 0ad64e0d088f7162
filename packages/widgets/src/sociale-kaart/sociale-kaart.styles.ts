import { css } from 'lit';

/**
 * The finder's own styles. Colours, fonts and spacing come from the private `--_*`
 * tokens (see internal/tokens.ts), so a web team themes it with the public
 * `--wijkwijzer-*` properties or their NL Design System tokens. Logical properties
 * (inline/block) keep it right-to-left ready.
 */
export const styles = css`
  /*
   * The least size of a target that is text-sized on a desktop (result names, links): 24 CSS px,
   * WCAG 2.2's minimum (2.5.8) whatever the page's root font size; 44 px on a touch screen, where
   * a finger is less precise than a mouse. Buttons and fields are 44 px everywhere.
   */
  :host {
    --_target: max(1.5rem, 24px);
  }
  @media (pointer: coarse) {
    :host {
      --_target: 2.75rem;
    }
    /* The waiting-time badges beside results: their toggle and phone links. */
    wachttijd-badge::part(toggle),
    wachttijd-badge::part(call) {
      min-block-size: var(--_target);
      min-inline-size: var(--_target);
    }
  }
  .kaart {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .finder {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  p,
  ul,
  dl,
  h2,
  h3,
  fieldset {
    margin: 0;
  }
  h2,
  h3 {
    line-height: 1.25;
  }
  .section-title {
    font-size: 1.125rem;
    font-weight: 700;
    padding: 0;
    margin-block-end: calc(var(--_space) * 0.5);
  }
  .muted,
  .hint {
    color: var(--_color-text-muted);
  }
  .hint {
    font-size: 0.9375em;
  }
  a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
    color: var(--_color-accent);
    text-underline-offset: 0.15em;
  }

  /* Buttons: at least 44px high, so they are easy to hit on a phone. */
  .button,
  .retry {
    font: inherit;
    min-block-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_color-accent);
    cursor: pointer;
    text-align: center;
  }
  .button-primary,
  .retry {
    background: var(--_color-accent);
    color: var(--_color-on-accent);
    font-weight: 600;
  }
  .button-secondary {
    background: var(--_color-background);
    color: var(--_color-accent);
    font-weight: 600;
  }
  .button-link {
    background: none;
    border-color: transparent;
    color: var(--_color-accent);
    text-decoration: underline;
    padding-inline: 0;
    justify-self: start;
  }

  /* Search */
  .search {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .search-label {
    font-size: 1.25rem;
    font-weight: 700;
  }
  .search-row {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }
  .combobox {
    position: relative;
    flex: 1 1 16rem;
  }
  input[type='search'],
  select {
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-background);
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding-block: 0.375rem;
    padding-inline: 0.75rem;
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .suggestions {
    position: absolute;
    z-index: 2;
    inset-inline: 0;
    inset-block-start: calc(100% + 2px);
    list-style: none;
    padding: 0.25rem 0;
    background: var(--_color-background);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    box-shadow: 0 0.5rem 1rem rgb(0 0 0 / 0.15);
  }
  .suggestion {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    min-block-size: var(--_target);
    gap: 0.5rem;
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    cursor: pointer;
  }
  .suggestion[aria-selected='true'] {
    background: var(--_color-accent);
    color: var(--_color-on-accent);
  }
  .suggestion[aria-selected='true'] .muted {
    color: inherit;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    padding-inline-start: 0.75rem;
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: 999px;
    font-weight: 600;
  }
  .chip-remove {
    font: inherit;
    font-size: 1.25rem;
    line-height: 1;
    min-inline-size: 2.75rem;
    min-block-size: 2.75rem;
    background: none;
    border: 0;
    border-radius: 999px;
    color: var(--_color-text);
    cursor: pointer;
  }

  /* Need tiles */
  .tiles {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .tile-list {
    list-style: none;
    padding: 0;
    display: grid;
    /* Two columns even on a phone, so the tiles do not push the results far down. */
    grid-template-columns: repeat(auto-fill, minmax(min(9.5rem, calc(50% - 0.25rem)), 1fr));
    gap: calc(var(--_space) * 0.5);
  }
  .tile {
    font: inherit;
    font-weight: 600;
    inline-size: 100%;
    block-size: 100%;
    min-block-size: 3.25rem;
    padding: 0.5rem 0.75rem;
    text-align: start;
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .tile:hover {
    border-color: var(--_color-accent);
    box-shadow: inset 0 0 0 1px var(--_color-accent);
  }

  /* Filters */
  .filters {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    background: var(--_color-surface);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  .filters legend {
    float: inline-start;
    inline-size: 100%;
  }
  .filter-grid {
    clear: both;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr));
    gap: calc(var(--_space) * 0.75);
    align-items: end;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .field label {
    font-weight: 600;
  }
  .checks {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    grid-column: 1 / -1;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
    cursor: pointer;
  }
  /* 24 px, WCAG 2.2's minimum on its own; its label makes the target 44 px high. */
  .check input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_color-accent);
  }

  /* Results: space is kept so the page below does not jump while they load or change. */
  .results {
    display: grid;
    align-content: start;
    gap: calc(var(--_space) * 1.25);
    min-block-size: var(--sociale-kaart-results-min-height, 20rem);
  }
  .count {
    font-weight: 700;
    min-block-size: 1.5em;
  }
  .count:focus {
    outline: none;
  }
  .count:focus-visible {
    outline: 3px solid var(--_color-focus);
  }
  .route-group {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .route-heading {
    font-size: 1.25rem;
    padding-inline-start: 0.625rem;
    border-inline-start: 4px solid var(--_color-accent);
  }
  .result-list {
    list-style: none;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .result {
    display: grid;
    gap: 0.375rem;
    padding: var(--_space);
    background: var(--_color-background);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .result-name {
    font-size: 1.125rem;
  }
  .result-button {
    font: inherit;
    font-weight: 700;
    color: var(--_color-accent);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    background: none;
    border: 0;
    padding: 0;
    min-block-size: var(--_target);
    cursor: pointer;
  }
  .open-state {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-weight: 600;
  }
  .open-state::before {
    content: '';
    inline-size: 0.625rem;
    block-size: 0.625rem;
    border-radius: 50%;
    background: var(--_color-text-muted);
    flex: none;
  }
  .open-state[data-status='open'] {
    color: var(--_color-positive);
  }
  .open-state[data-status='open']::before {
    background: var(--_color-positive);
  }
  .result-contact {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
  }
  .phone {
    font-weight: 600;
    white-space: nowrap;
  }
  .referral-route {
    font-size: 0.9375em;
    color: var(--_color-text-muted);
  }
  .more,
  .show-all {
    justify-self: start;
  }
  /* Before a question there are no results to keep space for; the empty count stays, a live region to be filled. */
  .question,
  .question .count {
    min-block-size: 0;
  }
  .place-list {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
  }
  /* A feed in parts: how much has arrived; text beside the bar, never the bar alone. */
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    color: var(--_color-text-muted);
  }
  .progress progress {
    inline-size: min(12rem, 100%);
    accent-color: var(--_color-accent);
  }
  .print-only {
    display: none;
  }
  /* "Bewaar": a result's second target, as small as its name on a desktop, 44 px on a touch screen. */
  .save-toggle {
    font: inherit;
    font-weight: 600;
    justify-self: start;
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding-block: 0.125rem;
    padding-inline: 0.5rem;
    color: var(--_color-accent);
    background: var(--_color-background);
    border: 1px solid var(--_color-accent);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .save-toggle[aria-pressed='true'],
  .view-switch [aria-pressed='true'] {
    color: var(--_color-on-accent);
    background: var(--_color-accent);
  }
  .view-switch {
    display: flex;
    gap: 0.5rem;
    margin-block-end: var(--_space);
  }
  .list-bar {
    display: flex;
    justify-content: flex-end;
  }

  /* Help lines: first, unmistakable, never hidden. */
  /* States */
  .skeleton {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .skeleton-card {
    display: grid;
    gap: 0.625rem;
    padding: var(--_space);
    border: 1px solid var(--_color-surface);
    border-radius: var(--_radius);
  }
  .bone {
    display: block;
    block-size: 0.875rem;
    inline-size: 90%;
    background: var(--_color-surface);
    border-radius: 0.25rem;
    animation: pulse 1.5s ease-in-out infinite;
  }
  .bone-title {
    block-size: 1.25rem;
    inline-size: 45%;
  }
  .bone-short {
    inline-size: 60%;
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
  .empty,
  .error {
    display: grid;
    gap: 0.5rem;
  }
  .empty-title,
  .error > :first-child {
    font-weight: 700;
  }
  .empty .button {
    justify-self: start;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1.25rem;
  }

  /* Detail view, and the list of saved services (its own styles come with it, see client-list.styles.ts) */
  .detail,
  .list {
    display: grid;
    gap: var(--_space);
  }
  .detail-title,
  .list-title {
    font-size: 1.5rem;
  }
  .detail-title:focus,
  .list-title:focus {
    outline: none;
  }
  .detail-title:focus-visible,
  .list-title:focus-visible {
    outline: 3px solid var(--_color-focus);
  }
  .lead {
    font-size: 1.0625em;
    font-weight: 600;
  }
  .alert {
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_color-warning);
    background: var(--_color-surface);
  }
  .detail-section {
    display: grid;
    gap: 0.375rem;
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_color-surface);
  }
  .detail-section h3 {
    font-size: 1.125rem;
  }
  .facts {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: 0.375rem 1rem;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .plain-list {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  .plain-list li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
  }
  .place-name {
    font-weight: 600;
  }
  .week {
    border-collapse: collapse;
    max-inline-size: 28rem;
  }
  .week th,
  .week td {
    text-align: start;
    padding-block: 0.25rem;
    padding-inline: 0 1.5rem;
    font-weight: 400;
    vertical-align: top;
  }
  .week th::first-letter {
    text-transform: uppercase;
  }
  .week .today th,
  .week .today td {
    font-weight: 700;
  }
  .professional {
    padding: var(--_space);
    background: var(--_color-surface);
    border-radius: var(--_radius);
    border: 1px solid transparent;
  }
  .checked {
    font-size: 0.9375em;
  }
  @media (max-width: 30rem) {
    .facts {
      grid-template-columns: 1fr;
    }
    .facts dd {
      margin-block-end: 0.5rem;
    }
  }

  /*
   * Forced colours take fills away: panels keep an edge (their transparent borders show), and the
   * chosen suggestion is marked in the system's own highlight colours.
   */
  @media (forced-colors: active) {
    .suggestion[aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }

  /* Print: the results, a service's details or the list with their contact details, without the controls. */
  @media print {
    .search,
    .tiles,
    .filters,
    .chip-remove,
    .suggestions,
    .feedback,
    .feedback-link,
    .save-toggle,
    .list-bar,
    .screen-only {
      display: none !important;
    }
    a {
      min-block-size: 0;
    }
    /* A link whose words are not its target (accessibility information) says where it goes. */
    .detail a[href^='http']:not(.facts a)::after {
      content: ' (' attr(href) ')';
    }
    .results {
      min-block-size: 0;
    }
    .result,
    .help-line,
    .detail-section {
      break-inside: avoid;
    }
    .result-button {
      color: inherit;
      text-decoration: none;
    }
    .print-only {
      display: block;
    }
    .bone {
      animation: none;
    }
  }
`;
