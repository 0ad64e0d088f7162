import { waitUntil } from '@open-wc/testing';
import type { StrictCspPage } from './strict-csp.js';

/**
 * Makes sure a widget is defined on the strict-CSP page. The page loads the
 * full bundle (dist/cdn/wijkwijzer.js); while a widget is not in it yet, this
 * adds the widget's own CDN entry the way a partner would: a same-origin script
 * tag, which the page's policy allows.
 */
export async function ensureCdnWidget(page: StrictCspPage, tag: string): Promise<void> {
  const frameWindow = page.frame.contentWindow!;
  if (frameWindow.customElements.get(tag)) return;
  const script = page.document.createElement('script');
  script.type = 'module';
  script.src = `/packages/widgets/dist/cdn/${tag}.js`;
  page.document.head.append(script);
  await waitUntil(() => frameWindow.customElements.get(tag), `the CDN entry of <${tag}> did not load (run node scripts/build-cdn.mjs)`, {
    timeout: 5000,
  });
}
