import { css } from 'lit';

/** "Hulp dichtbij"'s styles, in the lazy part with its panel: the first view does not carry them. */
export const nearStyles = css`
  /* The box is the filter panel's (class "filters"), drawn in forced colours too. */
  .near {
    gap: calc(var(--_space) * 0.5);
  }
  .near p {
    margin: 0;
  }
  .near-row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(var(--_space) * 0.5);
  }
  .near-order .field {
    flex: 1 1 12rem;
  }
  .near input {
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-background);
    inline-size: 8em;
    min-block-size: 2.75rem;
    padding-block: 0.375rem;
    padding-inline: 0.75rem;
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .near-status:empty {
    display: none;
  }
  .near-status {
    font-weight: 600;
  }
  .distance {
    margin: 0;
    font-weight: 600;
  }
  @media print {
    .near {
      display: none;
    }
  }
`;
