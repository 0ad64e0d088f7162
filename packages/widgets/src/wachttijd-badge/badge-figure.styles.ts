import { css } from 'lit';

/**
 * Styles of what only some figures show (the choice of diagnosis group, the advice above the
 * norm). They arrive with the data (see badge-data.ts), so the badge's entry does not carry them.
 */
export const figureStyles = css`
  .group {
    display: grid;
    gap: 0.2em;
    margin-block-start: 0.5em;
    max-inline-size: min(var(--wachttijd-badge-details-width, 22rem), 90vw);
  }
  .details .group {
    margin-block: 0 0.5em;
  }
  .group label {
    font-weight: 600;
  }
  .group select {
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-background);
    min-block-size: 2.75rem;
    padding-inline: 0.5em;
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .advice {
    margin: 0.4em 0 0;
    max-inline-size: min(var(--wachttijd-badge-details-width, 22rem), 90vw);
    font-size: 0.875em;
  }
  .details .advice {
    margin: 0 0 0.3em;
    font-size: inherit;
  }
`;
