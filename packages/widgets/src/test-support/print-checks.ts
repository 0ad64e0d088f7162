/**
 * What a widget's print (under print media emulation) must not have: controls on paper, links
 * whose target the paper does not say, and content cut off by an overflow.
 */

/** Laid out and not hidden. */
export const shown = (element: Element): boolean => getComputedStyle(element).display !== 'none' && element.getClientRects().length > 0;

/** CSS pixels per millimetre, to measure a print against an A4 (210 × 297 mm). */
export const CSS_PX_PER_MM = 96 / 25.4;
/** The width a browser prints an A4 on, with its print dialog's 1 cm margins. */
export const A4_PRINT_WIDTH = `${190 * CSS_PX_PER_MM}px`;

/** Buttons, fields and summaries that show: on paper, none should. */
export function controlsOnPaper(root: ParentNode): string[] {
  return [...root.querySelectorAll('button, input, select, summary')]
    .filter((control) => shown(control) && !control.classList.contains('step-button'))
    .map((control) => `${control.tagName.toLowerCase()} "${control.textContent?.trim().slice(0, 30)}"`);
}

/**
 * Links whose target is neither in their words nor after them (`::after` with the href): a phone
 * number's digits, an address, a URL.
 */
export function linksWithoutTarget(root: ParentNode): string[] {
  return [...root.querySelectorAll('a[href]')].filter(shown).flatMap((link) => {
    const href = link.getAttribute('href') ?? '';
    const target = href.replace(/^(tel|mailto):/, '').replace(/\s/g, '');
    const words = `${link.textContent ?? ''}${getComputedStyle(link, '::after').content}`.replace(/\s/g, '');
    return words.includes(target) ? [] : [`${link.textContent?.trim()} → ${href}`];
  });
}

/** Elements whose content is wider than they are and does not overflow visibly: cut off on paper. */
export function cutOff(root: ParentNode): string[] {
  return [...root.querySelectorAll('*')]
    .filter((node) => node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflowX !== 'visible')
    .filter((node) => !node.classList.contains('visually-hidden'))
    .map((node) => `${node.tagName.toLowerCase()}.${node.className}`);
}
