import type { FeedLists } from './feed-lists.js';
import { manifestUrl } from './feed-url.js';
import { attributesFor, fieldKind, initialValue, PRESELECT, type FieldValue } from './option-fields.js';
import { BUNDLE_FILE, embedSnippet, themeCss } from './snippet.js';
import type { PlaygroundState } from './state.js';
import { themeValues } from './theme.js';
import type { Derived, SiteInfo } from './views/context.js';
import type { WidgetSpec } from './widget-spec.js';

// What the page computes from the state: the form's starting values, the
// preselected feed records, and per render the chosen widget, its attributes,
// theme, snippet and CSS.

/** The form of every widget at its documented defaults. */
export function initialValues(specs: readonly WidgetSpec[]): Record<string, Record<string, FieldValue>> {
  return Object.fromEntries(
    specs.map((spec) => [spec.tag, Object.fromEntries(spec.attributes.map((attribute) => [attribute.name, initialValue(attribute)]))]),
  );
}

/**
 * Fills the attributes in `PRESELECT` with the first choice of a new feed's list
 * when they are empty or name something that feed does not have, so the badge
 * and the explainer show something straight away.
 */
export function withPreselection(
  values: PlaygroundState['values'],
  specs: readonly WidgetSpec[],
  lists: FeedLists,
): PlaygroundState['values'] {
  const next = { ...values };
  for (const spec of specs) {
    for (const attribute of spec.attributes) {
      const kind = fieldKind(attribute);
      if (kind.kind !== 'feed-list' || !PRESELECT.includes(attribute.name)) continue;
      const choices = lists[kind.list].flatMap((group) => group.choices);
      const current = next[spec.tag]?.[attribute.name];
      const first = choices[0];
      if (!first || choices.some((choice) => choice.value === current)) continue;
      next[spec.tag] = { ...next[spec.tag], [attribute.name]: first.value };
    }
  }
  return next;
}

export function derive(state: PlaygroundState, specs: readonly WidgetSpec[], site: SiteInfo): Derived {
  const spec = specs.find((candidate) => candidate.tag === state.tag);
  const feedUrl = state.source === 'sample' ? site.sampleFeedUrl : manifestUrl(state.feedUrlInput);
  const attributes = spec
    ? attributesFor(spec.attributes, state.values[spec.tag] ?? {}, { feed: feedUrl, lang: state.widgetLang || undefined })
    : {};
  // The NLDS preset looks for token names in every widget's documentation: the widgets share one token layer.
  const allProperties = specs.flatMap((candidate) => candidate.cssProperties);
  const theme = themeValues(state.preset, state.custom, spec?.cssProperties ?? [], allProperties);
  const integrity = site.sri[BUNDLE_FILE];
  const tag = spec?.tag ?? state.tag;
  return {
    spec,
    feedUrl,
    attributes,
    theme,
    integrity,
    snippet: embedSnippet({ cdnBase: state.cdnBase, integrity, tag, attributes }),
    css: themeCss(tag, theme.element),
  };
}
