import { css } from 'lit';

/**
 * Design tokens, two tiers (as Material Web does): the public `--wijkwijzer-*`
 * custom properties a web team sets, falling back to NL Design System tokens
 * (`--utrecht-*`) when the host page has a theme, then to a default. Each is
 * written once, here, into a private `--_*` property that the widgets' styles use.
 *
 * Every foreground has its background from the same source. Text and background are
 * the one pair a page gives (`--wijkwijzer-color-text`/`-background`, else its NLDS
 * document colours); surfaces, secondary text, borders, the accent and the status
 * colours are mixed from that pair, so a dark theme that sets only its document
 * colours gets dark cards with light text, never light cards with light text. Text on
 * the accent is the background: the accent is readable on it, so it is readable on
 * the accent. Each mix keeps WCAG AA (4.5:1) on the background and on surfaces for
 * any grey text/background pair of at least 14:1, light or dark (near-black on white,
 * near-white on near-black, as NLDS document colours are); on the default light pair
 * it gives the colours of before (#00558f, #1d6b33, #8f3b00, #a3222b).
 *
 * Without a theme, the default pair follows the page's `color-scheme` (`light-dark()`):
 * a page that says it is dark (`color-scheme: dark`, as a dark site should, so its
 * form controls and scrollbars are dark too) gets dark widgets; any other page gets
 * light ones, which paint their own background (the badge too), so a dark page that
 * does not say so still shows a readable light box. Not `prefers-color-scheme`: a
 * resident in dark mode would get a dark box in a light site; the site chooses its
 * scheme and the widgets follow it.
 *
 * A browser without `light-dark()` (before 2024) drops the defaults and every colour
 * mixed from them together: the widget then shows the page's own text on the page's
 * own background, plain but readable. One gap is left, for bytes: a page that sets
 * its text and background but no accent, in a browser without `color-mix()` (before
 * 2023), gets buttons without their fill, whose words are in the background colour.
 */
export const tokens = css`
  :host {
    --_font-family: var(--wijkwijzer-font-family, var(--utrecht-document-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif));
    --_font-size: var(--wijkwijzer-font-size, var(--utrecht-document-font-size, 1rem));
    --_line-height: var(--wijkwijzer-line-height, var(--utrecht-document-line-height, 1.5));
    --_color-text: var(--wijkwijzer-color-text, var(--utrecht-document-color, light-dark(#1b1b1b, #ececec)));
    --_color-background: var(--wijkwijzer-color-background, var(--utrecht-document-background-color, light-dark(#fff, #121212)));
    --_color-text-muted: var(--wijkwijzer-color-text-muted, color-mix(in srgb, var(--_color-text) 75%, var(--_color-background)));
    --_color-surface: var(--wijkwijzer-color-surface, color-mix(in srgb, var(--_color-text) 6%, var(--_color-background)));
    --_color-border: var(--wijkwijzer-color-border, var(--utrecht-form-control-border-color, color-mix(in srgb, var(--_color-text) 60%, var(--_color-background))));
    --_color-accent: var(--wijkwijzer-color-accent, var(--utrecht-link-color, color-mix(in srgb, #007cdc 60%, var(--_color-text))));
    --_color-on-accent: var(--wijkwijzer-color-on-accent, var(--_color-background));
    --_color-focus: var(--wijkwijzer-color-focus, var(--utrecht-focus-outline-color, var(--_color-accent)));
    --_color-positive: var(--wijkwijzer-color-positive, color-mix(in srgb, #1ea043 60%, var(--_color-text)));
    --_color-warning: var(--wijkwijzer-color-warning, color-mix(in srgb, #dc5000 60%, var(--_color-text)));
    --_color-critical: var(--wijkwijzer-color-critical, color-mix(in srgb, #fe2736 60%, var(--_color-text)));
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
