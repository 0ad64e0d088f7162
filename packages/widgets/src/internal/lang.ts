/** Languages the widgets speak. Dutch is the default; anything else falls back to it. */
export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Maps a BCP 47 tag ("en-GB", "nl-BE") onto a language we have, else Dutch. */
export function toLang(tag: string | null | undefined): Lang {
  const primary = (tag ?? '').trim().toLowerCase().split('-')[0];
  return (LANGS as readonly string[]).includes(primary ?? '') ? (primary as Lang) : 'nl';
}

/**
 * The language in force for an element: its own `lang`, else the nearest
 * ancestor's (crossing shadow roots, so a widget inside another follows it),
 * else the page's.
 */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return toLang(node.getAttribute('lang'));
    node = parentOf(node);
  }
  return toLang(document.documentElement.lang);
}

/** The node a language is inherited from: its parent, or the host of the shadow root it is. */
export function parentOf(node: Node): Node | null {
  return node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
}
