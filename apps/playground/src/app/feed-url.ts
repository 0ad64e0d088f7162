/**
 * A typed feed address as the SDK reads it: http(s) only, a folder gets
 * `index.json`, the fragment is dropped. Undefined for anything else, so a
 * half-typed or `javascript:` address never reaches the preview or the snippet.
 */
export function manifestUrl(input: string): string | undefined {
  try {
    const url = new URL(input.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (url.pathname.endsWith('/')) url.pathname += 'index.json';
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}
