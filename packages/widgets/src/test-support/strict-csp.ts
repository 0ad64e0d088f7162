/**
 * Loads markup into a page with a strict Content Security Policy (scripts and
 * styles from the same origin only, no inline code) that loads the CDN bundle,
 * and reports the violations the page saw.
 */
export interface StrictCspPage {
  frame: HTMLIFrameElement;
  document: Document;
  violations(): string[];
}

const PAGE = '/packages/widgets/test-pages/strict-csp.html';

/** `page`: another page with the same probe, such as tiles-csp.html (test-feeds.mjs), which allows a tile host. */
export async function openStrictCspPage(markup: string, page = PAGE): Promise<StrictCspPage> {
  const frame = document.createElement('iframe');
  frame.title = 'strict CSP page';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${page}#${encodeURIComponent(markup)}`;
  document.body.append(frame);
  await loaded;
  const frameWindow = frame.contentWindow as (Window & { __cspViolations?: string[] }) | null;
  if (!frameWindow || !frame.contentDocument) throw new Error('the strict-CSP page did not load');
  return {
    frame,
    document: frame.contentDocument,
    violations: () => [...(frameWindow.__cspViolations ?? [])],
  };
}
