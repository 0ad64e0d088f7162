/**
 * Reads the widgets' custom elements manifest (custom-elements.json, written by
 * the analyzer from the components' JSDoc) into what the playground needs per
 * widget. Nothing about a single option is written by hand here: a new
 * attribute in a widget's JSDoc shows up in the form after the next build.
 */

/** The slice of the custom elements manifest schema (v2) that we read. */
export interface ElementsManifest {
  modules?: ManifestModule[];
}
interface ManifestModule {
  path?: string;
  declarations?: ManifestDeclaration[];
}
interface ManifestDeclaration {
  kind?: string;
  name?: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  superclass?: { name?: string };
  attributes?: ManifestAttribute[];
  events?: ManifestEvent[];
  cssProperties?: ManifestNamedDoc[];
  cssParts?: ManifestNamedDoc[];
}
interface ManifestAttribute {
  name?: string;
  type?: { text?: string };
  default?: string;
  description?: string;
  summary?: string;
}
interface ManifestEvent {
  name?: string;
  type?: { text?: string };
  description?: string;
}
interface ManifestNamedDoc {
  name?: string;
  description?: string;
  default?: string;
}

/** The value an attribute has when the snippet leaves it out, as far as the manifest says. */
export type DefaultValue =
  | { kind: 'string'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'number'; value: number }
  /** Not a literal (e.g. a constant's name): only the description knows. */
  | { kind: 'unknown'; text: string }
  | { kind: 'none' };

export type ValueType =
  | { kind: 'boolean' }
  | { kind: 'number' }
  /** A union of string literals, or (see `choicesFromDescription`) values the description lists. */
  | { kind: 'choice'; choices: string[]; fromDescription: boolean }
  | { kind: 'text' };

export interface AttributeSpec {
  name: string;
  description: string;
  typeText: string;
  type: ValueType;
  default: DefaultValue;
}

export interface EventSpec {
  name: string;
  typeText: string;
  description: string;
}

export interface DocEntry {
  name: string;
  description: string;
}

export interface WidgetSpec {
  tag: string;
  className: string;
  summary: string;
  attributes: AttributeSpec[];
  events: EventSpec[];
  cssProperties: DocEntry[];
  cssParts: DocEntry[];
}

const STRING_LITERAL = /^(['"])(.*)\1$/;

/** `'a' | 'b' | undefined` → ['a', 'b']; undefined when any member is not a string literal. */
export function stringUnion(typeText: string): string[] | undefined {
  const members = typeText
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member !== 'undefined' && member !== 'null' && member !== '');
  if (members.length < 2) return undefined;
  const literals: string[] = [];
  for (const member of members) {
    const match = STRING_LITERAL.exec(member);
    if (!match) return undefined;
    literals.push(match[2] ?? '');
  }
  return literals;
}

/**
 * The values a description lists in backticks: "`default` or `inline`". Used only
 * when the manifest's type is a named alias (`BadgeVariant`) that the analyzer did
 * not resolve, and only when the default is among them, so a description that
 * merely quotes an example (`gm-utrecht`) never turns a field into a list.
 */
export function choicesFromDescription(description: string, defaultValue: DefaultValue): string[] | undefined {
  if (defaultValue.kind !== 'string') return undefined;
  const listed = [...description.matchAll(/`([a-z][a-z0-9-]*)`/g)].map((match) => match[1] ?? '');
  const unique = [...new Set(listed)];
  return unique.length >= 2 && unique.includes(defaultValue.value) ? unique : undefined;
}

export function parseDefault(text: string | undefined): DefaultValue {
  if (text === undefined) return { kind: 'none' };
  const trimmed = text.trim();
  const literal = STRING_LITERAL.exec(trimmed);
  if (literal) return { kind: 'string', value: literal[2] ?? '' };
  if (trimmed === 'true' || trimmed === 'false') return { kind: 'boolean', value: trimmed === 'true' };
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) return { kind: 'number', value: Number(trimmed) };
  if (trimmed === 'undefined' || trimmed === 'null') return { kind: 'none' };
  return { kind: 'unknown', text: trimmed };
}

const TYPE_ALIAS = /^[A-Z][A-Za-z0-9]*$/;

function valueType(typeText: string, description: string, defaultValue: DefaultValue): ValueType {
  const bare = typeText.replace(/\|\s*undefined/g, '').trim();
  if (bare === 'boolean' || defaultValue.kind === 'boolean') return { kind: 'boolean' };
  if (bare === 'number' || defaultValue.kind === 'number') return { kind: 'number' };
  const union = stringUnion(typeText);
  if (union) return { kind: 'choice', choices: union, fromDescription: false };
  if (TYPE_ALIAS.test(bare) && bare !== 'Date') {
    const listed = choicesFromDescription(description, defaultValue);
    if (listed) return { kind: 'choice', choices: listed, fromDescription: true };
  }
  return { kind: 'text' };
}

function named<T extends { name?: string }>(items: T[] | undefined): (T & { name: string })[] {
  return (items ?? []).filter((item): item is T & { name: string } => typeof item.name === 'string' && item.name !== '');
}

function byName<T extends { name: string }>(items: T[]): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(item.name)) seen.set(item.name, item);
  return [...seen.values()];
}

/**
 * Every custom element class in the manifest whose tag is one of `knownTags`,
 * in `knownTags` order.
 * Abstract bases such as `WijkwijzerElement` have no tag and are left out.
 */
export function readWidgetSpecs(manifest: ElementsManifest, knownTags: readonly string[]): WidgetSpec[] {
  const specs: WidgetSpec[] = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind !== 'class' || !declaration.name || !declaration.tagName) continue;
      const tag = declaration.tagName;
      if (!knownTags.includes(tag)) continue;
      const attributes = byName(named(declaration.attributes)).map((attribute): AttributeSpec => {
        const description = (attribute.description ?? attribute.summary ?? '').trim();
        const defaultValue = parseDefault(attribute.default);
        const typeText = attribute.type?.text ?? '';
        return {
          name: attribute.name,
          description,
          typeText,
          type: valueType(typeText, description, defaultValue),
          default: defaultValue,
        };
      });
      specs.push({
        tag,
        className: declaration.name,
        summary: (declaration.summary ?? declaration.description ?? '').trim(),
        attributes,
        events: byName(named(declaration.events)).map((event) => ({ name: event.name, typeText: event.type?.text ?? 'CustomEvent', description: (event.description ?? '').trim() })),
        cssProperties: byName(named(declaration.cssProperties)).map((entry) => ({ name: entry.name, description: (entry.description ?? '').trim() })),
        cssParts: byName(named(declaration.cssParts)).map((entry) => ({ name: entry.name, description: (entry.description ?? '').trim() })),
      });
    }
  }
  return specs.sort((a, b) => knownTags.indexOf(a.tag) - knownTags.indexOf(b.tag));
}
