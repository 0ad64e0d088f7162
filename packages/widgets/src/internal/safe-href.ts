/**
 * Only these schemes reach an `href`. Feed data is validated already, but a
 * widget is the last line of defence in a stranger's page, so it checks again.
 */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'tel:', 'mailto:']);

/** The URL if it is safe to link to, else undefined (the link is then not rendered). */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return SAFE_SCHEMES.has(new URL(url, document.baseURI).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A `tel:` link for a phone number as people write it ("030 000 0142" → "tel:0300000142"). */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^0-9+]/g, '')}`;
}
