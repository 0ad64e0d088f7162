import { css } from 'lit';

/** The loading and error views of feed-states.ts in the explainer and the badge (the finder draws skeleton cards). */
export const feedStateStyles = css`
  .skeleton {
    display: block;
    min-inline-size: 8rem;
    block-size: 1em;
    margin-block: 0.25em;
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .error p,
  .notice p {
    margin: 0 0 0.25em;
  }
  .retry {
    font: inherit;
    padding: 0.2em 0.75em;
    border: 1px solid;
    border-radius: var(--_radius);
    background: none;
    color: var(--_color-accent);
    cursor: pointer;
  }
`;
