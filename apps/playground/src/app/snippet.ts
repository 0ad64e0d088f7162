/**
 * The embed snippet: exactly what the preview shows, as text a web team pastes.
 * Pure string building, so the tests can check it without a browser.
 */

/** The CDN the snippet points at unless a web team hosts the files itself. */
export function defaultCdnBase(widgetsVersion: string): string {
  return `https://cdn.jsdelivr.net/npm/@wijkwijzer/widgets@${widgetsVersion}/dist/cdn`;
}

/** The bundle the snippet loads: every widget in one file, so one integrity hash covers all code. */
export const BUNDLE_FILE = 'wijkwijzer.js';

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `https://x/y/` and `https://x/y` both give `https://x/y/wijkwijzer.js`. */
export function bundleUrl(cdnBase: string): string {
  return `${cdnBase.trim().replace(/\/+$/, '')}/${BUNDLE_FILE}`;
}

export function scriptTag(cdnBase: string, integrity: string | undefined): string {
  const integrityAttribute = integrity ? ` integrity="${escapeAttribute(integrity)}"` : '';
  return `<script type="module" src="${escapeAttribute(bundleUrl(cdnBase))}"${integrityAttribute} crossorigin="anonymous"></script>`;
}

/** The element with its attributes; a long one gets one attribute per line. */
export function elementTag(tag: string, attributes: Readonly<Record<string, string | true>>): string {
  const parts = Object.entries(attributes).map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(value)}"`));
  const oneLine = `<${tag}${parts.map((part) => ` ${part}`).join('')}></${tag}>`;
  if (oneLine.length <= 100) return oneLine;
  return `<${tag}\n${parts.map((part) => `  ${part}`).join('\n')}\n></${tag}>`;
}

/**
 * The CSS for custom property values. A strict Content Security Policy blocks
 * `style=""` and inline `<style>`, so this goes into the site's own stylesheet.
 */
export function themeCss(tag: string, properties: Readonly<Record<string, string>>): string {
  const entries = Object.entries(properties);
  if (entries.length === 0) return '';
  return `${tag} {\n${entries.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}\n`;
}

export interface SnippetInput {
  cdnBase: string;
  integrity: string | undefined;
  tag: string;
  attributes: Readonly<Record<string, string | true>>;
}

export function embedSnippet(input: SnippetInput): string {
  return `${scriptTag(input.cdnBase, input.integrity)}\n${elementTag(input.tag, input.attributes)}\n`;
}
