import type { AttributeSpec, WidgetSpec } from './widget-spec.js';

/**
 * Which form control an attribute gets. Most follow from the manifest's type;
 * a few attributes name records of the feed, and those get a list filled from
 * the chosen feed. They are recognised by name, in this one table:
 *
 * | attribute  | list from the feed                                   |
 * |------------|------------------------------------------------------|
 * | `gemeente` | areas of kind `gemeente`                             |
 * | `wijk`     | areas of kind `wijk`                                 |
 * | `area`     | every area, grouped by kind                          |
 * | `pathway`  | pathways (ketenaanpakken)                            |
 * | `need`     | taxonomy terms of kind `need` (hulpvragen)           |
 * | `service`  | services; those with waiting-time data listed first |
 *
 * When the feed cannot be read, these fall back to a text field. `service` and
 * `pathway` name what a badge or an explainer shows, and without one the preview
 * would be empty, so the first choice is picked for them (see `PRESELECT`).
 */
export const FEED_LISTS = {
  gemeente: 'gemeenten',
  wijk: 'wijken',
  area: 'areas',
  pathway: 'pathways',
  need: 'needs',
  service: 'services',
} as const;

export type FeedListName = (typeof FEED_LISTS)[keyof typeof FEED_LISTS];

/** Feed-backed attributes that get the list's first choice while they are empty. */
export const PRESELECT: readonly string[] = ['service', 'pathway'];

/** Attributes with their own controls elsewhere in the playground (data source, language). */
export const HANDLED_ELSEWHERE: readonly string[] = ['feed', 'lang'];

/** The attributes the options form has a field for: all but those handled elsewhere. */
export function optionAttributes(spec: WidgetSpec): AttributeSpec[] {
  return spec.attributes.filter((attribute) => !HANDLED_ELSEWHERE.includes(attribute.name));
}

export type FieldKind =
  | { kind: 'checkbox' }
  | { kind: 'select'; choices: string[]; fromDescription: boolean }
  | { kind: 'feed-list'; list: FeedListName }
  | { kind: 'number' }
  | { kind: 'text' };

export function fieldKind(attribute: AttributeSpec): FieldKind {
  const list = (FEED_LISTS as Record<string, FeedListName | undefined>)[attribute.name];
  if (list) return { kind: 'feed-list', list };
  switch (attribute.type.kind) {
    case 'boolean':
      return { kind: 'checkbox' };
    case 'choice':
      return { kind: 'select', choices: attribute.type.choices, fromDescription: attribute.type.fromDescription };
    case 'number':
      return { kind: 'number' };
    case 'text':
      return { kind: 'text' };
  }
}

/** What the form holds for one attribute: a checkbox's state, or text ('' = not set). */
export type FieldValue = string | boolean;

/** The value a fresh form shows: the documented default, so an untouched form means "leave it out". */
export function initialValue(attribute: AttributeSpec): FieldValue {
  const fallback = attribute.default;
  if (attribute.type.kind === 'boolean') return fallback.kind === 'boolean' ? fallback.value : false;
  if (attribute.type.kind === 'choice' && fallback.kind === 'string') return fallback.value;
  return '';
}

/**
 * The attribute to write for a form value, or undefined to leave it out because
 * it equals the default. A boolean that is on by default can only be switched
 * off with a value, so it becomes `name="false"` (the widgets read "false", "off",
 * "no" and "0" as off for such attributes).
 */
export function attributeFor(attribute: AttributeSpec, value: FieldValue | undefined): string | true | undefined {
  const fallback = attribute.default;
  if (attribute.type.kind === 'boolean') {
    const on = value === true;
    const defaultOn = fallback.kind === 'boolean' ? fallback.value : false;
    if (on === defaultOn) return undefined;
    return on ? true : 'false';
  }
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') return undefined;
  if ((fallback.kind === 'string' || fallback.kind === 'number') && String(fallback.value) === text) return undefined;
  return text;
}

/** The attributes of the form values, in manifest order, defaults left out; `feed` and `lang` come first. */
export function attributesFor(
  attributes: readonly AttributeSpec[],
  values: Readonly<Record<string, FieldValue>>,
  leading: Readonly<Record<string, string | undefined>>,
): Record<string, string | true> {
  const result: Record<string, string | true> = {};
  for (const [name, value] of Object.entries(leading)) if (value) result[name] = value;
  for (const attribute of attributes) {
    if (HANDLED_ELSEWHERE.includes(attribute.name)) continue;
    const written = attributeFor(attribute, values[attribute.name]);
    if (written !== undefined) result[attribute.name] = written;
  }
  return result;
}
