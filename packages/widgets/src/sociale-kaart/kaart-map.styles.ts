import { css } from 'lit';

/**
 * The map's styles, adopted into the finder's shadow root when the map's chunk arrives: a frame of
 * 4 by 3 that scales with its box, markers at least 24 px (44 px on a touch screen).
 */
export const mapStyles = css`
  .map-frame {
    position: relative;
    aspect-ratio: 4 / 3;
    max-inline-size: 48rem;
    overflow: hidden;
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .map-tiles,
  .map-shapes {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
  }
  .map-tile {
    position: absolute;
    max-inline-size: none;
  }
  .map-outline {
    fill: color-mix(in srgb, var(--_color-accent) 8%, transparent);
    stroke: var(--_color-accent);
    stroke-width: 2;
    stroke-dasharray: 6 3;
    vector-effect: non-scaling-stroke;
  }
  .map-markers {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .map-place,
  .map-origin {
    position: absolute;
  }
  /* The button is the target (24 px, 44 px on a touch screen); the dot inside it is what shows. */
  .map-marker {
    position: absolute;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    padding: 0;
    transform: translate(-50%, -50%);
    cursor: pointer;
    background: none;
    border: 0;
    border-radius: 50%;
  }
  .map-marker::before {
    content: '';
    position: absolute;
    inset: 0;
    background: var(--_color-accent);
    border: 3px solid var(--_color-background);
    border-radius: 50%;
    box-shadow: 0 0 0 1px var(--_color-text);
  }
  .map-marker:hover,
  .map-marker:focus-visible {
    z-index: 1;
  }
  .map-marker:hover::before,
  .map-marker:focus-visible::before {
    background: var(--_color-text);
  }
  @media (pointer: coarse) {
    .map-marker {
      inline-size: 2.75rem;
      block-size: 2.75rem;
    }
    .map-marker::before {
      inset: 0.625rem;
    }
  }
  /* The name: for screen readers always; on screen beside the marker that has focus or the pointer. */
  .map-marker-name {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .map-marker:hover .map-marker-name,
  .map-marker:focus-visible .map-marker-name {
    inset-block-end: calc(100% + 0.5rem);
    inset-inline-start: 50%;
    inline-size: max-content;
    max-inline-size: 14rem;
    block-size: auto;
    padding: 0.125rem 0.5rem;
    overflow: visible;
    clip-path: none;
    white-space: normal;
    transform: translateX(-50%);
    color: var(--_color-text);
    background: var(--_color-background);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    font-weight: 600;
  }
  .map-origin {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    transform: translate(-50%, -50%) rotate(45deg);
    background: var(--_color-critical);
    border: 3px solid var(--_color-background);
    /* Above the markers, which often cluster where the resident is; clicks go through to them. */
    z-index: 1;
    pointer-events: none;
  }
  .map-note {
    max-inline-size: 48rem;
    margin-block: 0.25rem 0;
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    .map-marker::before {
      background: ButtonText;
      border-color: Canvas;
    }
    .map-outline {
      stroke: CanvasText;
    }
  }
`;
