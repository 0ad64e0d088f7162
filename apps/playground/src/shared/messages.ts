/**
 * The messages between the playground and its preview frame. The preview is a
 * separate document (like a partner page), so it gets plain data, never markup:
 * it builds the element itself from a tag, attributes and theme values, and
 * checks every field here before touching its page.
 */

/** Playground → preview: show this element. */
export interface RenderMessage {
  type: 'wijkwijzer-playground:render';
  tag: string;
  /** Attribute name → value; `true` is a bare boolean attribute. */
  attributes: Record<string, string | true>;
  /** Custom property name (`--…`) → value, set on the element with CSSOM. */
  properties: Record<string, string>;
  /** Custom properties set on the preview page's root, as an NL Design System theme would. */
  pageProperties: Record<string, string>;
  /** Event names to report back (the widget's documented events). */
  events: string[];
  /**
   * The preview page's language: the playground's, so a widget that follows its page (no `lang`
   * of its own) speaks the language the editor reads.
   */
  pageLang: 'nl' | 'en';
}

/** Preview → playground. */
export type PreviewReport =
  | { type: 'wijkwijzer-playground:ready' }
  | { type: 'wijkwijzer-playground:rendered'; tag: string }
  | { type: 'wijkwijzer-playground:csp-violation'; directive: string; blocked: string }
  | { type: 'wijkwijzer-playground:event'; name: string }
  /** The height the preview's content needs, so the frame can grow with it. */
  | { type: 'wijkwijzer-playground:size'; height: number };

/** The tags a preview may create; anything else in a message is refused. */
export const PREVIEW_TAGS = ['sociale-kaart', 'ketenaanpak-uitleg', 'wachttijd-badge'] as const;

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;
const EVENT_NAME = /^[a-z]+(-[a-z0-9]+)+$/;
const PROPERTY_NAME = /^--[a-z0-9-]+$/;
/** A value that cannot end its declaration or open another rule. */
const PROPERTY_VALUE = /^[^;{}<>\\\n\r]*$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringMap(value: unknown, key: RegExp, val: RegExp): Record<string, string> | undefined {
  if (!isRecord(value)) return undefined;
  const out: Record<string, string> = {};
  for (const [name, item] of Object.entries(value)) {
    if (!key.test(name) || typeof item !== 'string' || !val.test(item)) return undefined;
    out[name] = item;
  }
  return out;
}

/**
 * Reads a render message, or returns undefined when anything in it is not what
 * the playground sends: the preview ignores such messages instead of guessing.
 * Event handler attributes (`on…`) are refused, whatever the tag.
 */
export function parseRenderMessage(data: unknown): RenderMessage | undefined {
  if (!isRecord(data) || data.type !== 'wijkwijzer-playground:render') return undefined;
  const tag = data.tag;
  if (typeof tag !== 'string' || !(PREVIEW_TAGS as readonly string[]).includes(tag)) return undefined;
  if (!isRecord(data.attributes)) return undefined;
  const attributes: Record<string, string | true> = {};
  for (const [name, value] of Object.entries(data.attributes)) {
    if (!ATTRIBUTE_NAME.test(name) || name.startsWith('on') || name === 'style') return undefined;
    if (value !== true && typeof value !== 'string') return undefined;
    attributes[name] = value;
  }
  const properties = stringMap(data.properties, PROPERTY_NAME, PROPERTY_VALUE);
  const pageProperties = stringMap(data.pageProperties, PROPERTY_NAME, PROPERTY_VALUE);
  if (!properties || !pageProperties) return undefined;
  const events = data.events;
  if (!Array.isArray(events) || !events.every((name): name is string => typeof name === 'string' && EVENT_NAME.test(name))) return undefined;
  const pageLang = data.pageLang;
  if (pageLang !== 'nl' && pageLang !== 'en') return undefined;
  return { type: 'wijkwijzer-playground:render', tag, attributes, properties, pageProperties, events, pageLang };
}

/** Reads a report from the preview; undefined for anything else. */
export function parsePreviewReport(data: unknown): PreviewReport | undefined {
  if (!isRecord(data) || typeof data.type !== 'string') return undefined;
  switch (data.type) {
    case 'wijkwijzer-playground:ready':
      return { type: data.type };
    case 'wijkwijzer-playground:rendered':
      return typeof data.tag === 'string' ? { type: data.type, tag: data.tag } : undefined;
    case 'wijkwijzer-playground:csp-violation':
      return typeof data.directive === 'string' && typeof data.blocked === 'string'
        ? { type: data.type, directive: data.directive, blocked: data.blocked }
        : undefined;
    case 'wijkwijzer-playground:event':
      return typeof data.name === 'string' ? { type: data.type, name: data.name } : undefined;
    case 'wijkwijzer-playground:size':
      return typeof data.height === 'number' && Number.isFinite(data.height) ? { type: data.type, height: data.height } : undefined;
    default:
      return undefined;
  }
}

/** Whether a custom property value is safe to put in a stylesheet or the preview. */
export function isSafePropertyValue(value: string): boolean {
  return PROPERTY_VALUE.test(value);
}
