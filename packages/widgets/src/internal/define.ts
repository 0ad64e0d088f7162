/**
 * Registers a custom element once. A page that loads two copies of the script
 * (a CMS block plus a theme, say) keeps the first definition and gets a warning,
 * never the DOMException that `customElements.define` throws on a second call.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing !== element) {
    console.warn(`[wijkwijzer] <${tag}> was already defined by another copy of the Wijkwijzer script; that copy is used.`);
  }
}
