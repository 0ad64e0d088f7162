import { css } from 'lit';

/**
 * The list view's styles, in its lazy chunk: on screen a plain list with its actions; on paper the
 * list alone, black on white, at a size that puts three or four services on one A4.
 */
export const listStyles = css`
  .list-entries {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: var(--_space);
  }
  .list-facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.125rem 1rem;
  }
  .list-facts dt {
    font-weight: 600;
  }
  .list-facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .list-hours {
    display: block;
  }
  .list-remove {
    justify-self: start;
  }
  .list-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
  }
  .list-link {
    display: grid;
    gap: 0.25rem;
  }
  .list-link input {
    font: inherit;
    min-block-size: 2.75rem;
    padding-inline: 0.5rem;
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .list-status:empty {
    display: none;
  }
  @media print {
    .list {
      gap: 0.5rem;
      font-size: 10.5pt;
      line-height: 1.35;
    }
    .list-title {
      font-size: 16pt;
    }
    .list-entry .result-name {
      font-size: 12pt;
    }
    .list-entry {
      break-inside: avoid;
      padding: 0.5rem 0 0;
      border: 0;
      border-block-start: 1px solid;
      border-radius: 0;
    }
    .list-actions,
    .list-remove,
    .list-link,
    .list-status,
    .list-unknown,
    .screen-only {
      display: none !important;
    }
    .list-sample {
      display: block;
      font-weight: 700;
      border: 2px solid;
      padding: 0.5rem;
    }
  }
`;
