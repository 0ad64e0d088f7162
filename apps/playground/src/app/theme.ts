import { isSafePropertyValue } from '../shared/messages.js';
import type { DocEntry } from './widget-spec.js';

export type ThemePreset = 'default' | 'nlds' | 'custom';
export const THEME_PRESETS: readonly ThemePreset[] = ['default', 'nlds', 'custom'];

/**
 * An example NL Design System theme: values for the `--utrecht-*` tokens that the
 * widgets fall back to. A page with a real NLDS theme sets these itself, so the
 * preset shows how the widgets pick up a host page's theme without any
 * `--wijkwijzer-*` values. Only tokens the manifest mentions are used.
 */
const NLDS_EXAMPLE: Readonly<Record<string, string>> = {
  '--utrecht-document-font-family': 'Verdana, "DejaVu Sans", sans-serif',
  '--utrecht-document-font-size': '1.0625rem',
  '--utrecht-document-line-height': '1.6',
  '--utrecht-document-color': '#212121',
  '--utrecht-document-background-color': '#fffdf8',
  '--utrecht-form-control-border-color': '#595959',
  '--utrecht-link-color': '#a3001b',
  '--utrecht-focus-outline-color': '#1a1a1a',
};

/** The NLDS tokens the widgets' documentation names, e.g. "falls back to `--utrecht-link-color`". */
export function nldsTokens(cssProperties: readonly DocEntry[]): Record<string, string> {
  const mentioned = new Set(cssProperties.flatMap((entry) => [...entry.description.matchAll(/--(?:utrecht|nl)-[a-z0-9-]+/g)].map((match) => match[0])));
  const tokens: Record<string, string> = {};
  for (const [name, value] of Object.entries(NLDS_EXAMPLE)) if (mentioned.has(name)) tokens[name] = value;
  return tokens;
}

export interface ThemeValues {
  /** Set on the widget element: `--wijkwijzer-*` and the widget's own properties. */
  element: Record<string, string>;
  /** Set on the page root, as a host page's theme would. */
  page: Record<string, string>;
  /** Property names whose value was refused (it could break out of its declaration). */
  refused: string[];
}

/** The custom property values to apply for a preset, keeping only documented names with safe values. */
export function themeValues(
  preset: ThemePreset,
  custom: Readonly<Record<string, string>>,
  cssProperties: readonly DocEntry[],
  tokenDocs: readonly DocEntry[] = cssProperties,
): ThemeValues {
  if (preset === 'nlds') return { element: {}, page: nldsTokens(tokenDocs), refused: [] };
  if (preset === 'default') return { element: {}, page: {}, refused: [] };
  const element: Record<string, string> = {};
  const refused: string[] = [];
  for (const { name } of cssProperties) {
    const value = custom[name]?.trim() ?? '';
    if (value === '') continue;
    if (isSafePropertyValue(value)) element[name] = value;
    else refused.push(name);
  }
  return { element, page: {}, refused };
}
