import { css } from 'lit';

/**
 * Design tokens, two tiers (as Material Web does): the public `--wijkwijzer-*`
 * custom properties a web team sets, falling back to NL Design System tokens
 * (`--utrecht-*`) when the host page has a theme, then to a neutral default.
 * Each default is written once, here, into a private `--_*` property that the
 * widgets' styles use. Every default colour pair meets WCAG AA contrast.
 */
export const tokens = css`
  :host {
    --_font-family: var(--wijkwijzer-font-family, var(--utrecht-document-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif));
    --_font-size: var(--wijkwijzer-font-size, var(--utrecht-document-font-size, 1rem));
    --_line-height: var(--wijkwijzer-line-height, var(--utrecht-document-line-height, 1.5));
    --_color-text: var(--wijkwijzer-color-text, var(--utrecht-document-color, #1b1b1b));
    --_color-text-muted: var(--wijkwijzer-color-text-muted, #4a4d52);
    --_color-background: var(--wijkwijzer-color-background, var(--utrecht-document-background-color, #ffffff));
    --_color-surface: var(--wijkwijzer-color-surface, #f3f4f6);
    --_color-border: var(--wijkwijzer-color-border, var(--utrecht-form-control-border-color, #6b7078));
    --_color-accent: var(--wijkwijzer-color-accent, var(--utrecht-link-color, #00558f));
    --_color-on-accent: var(--wijkwijzer-color-on-accent, var(--utrecht-button-primary-action-color, #ffffff));
    --_color-focus: var(--wijkwijzer-color-focus, var(--utrecht-focus-outline-color, #00558f));
    --_color-positive: var(--wijkwijzer-color-positive, #1d6b33);
    --_color-warning: var(--wijkwijzer-color-warning, #8f3b00);
    --_color-critical: var(--wijkwijzer-color-critical, #a3222b);
    --_radius: var(--wijkwijzer-radius, 0.375rem);
    --_space: var(--wijkwijzer-space, 0.75rem);
  }
`;

/** What every widget shares: box model, focus ring, hidden text for screen readers, reduced motion. */
export const baseStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  [part~='base'] {
    box-sizing: border-box;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_color-text);
    background: var(--_color-background);
  }
  [part~='base'] *,
  [part~='base'] *::before,
  [part~='base'] *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
