import type { CSSResult } from 'lit';

/**
 * Adds styles that arrived with a lazy chunk to a widget's shadow root, after the widget's own and
 * once, so what only that chunk draws costs the widget's entry nothing.
 */
export function adoptLazyStyles(root: ShadowRoot | null, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
