import type { Strings } from '../i18n.js';
import type { FieldValue } from '../option-fields.js';
import type { DataSource, PlaygroundState, View, WidgetLang } from '../state.js';
import type { ThemePreset, ThemeValues } from '../theme.js';
import type { WidgetSpec } from '../widget-spec.js';

/** What the build tells the app: the pinned widgets version, the integrity hashes and where the sample feed is. */
export interface SiteInfo {
  widgetsVersion: string;
  /** `cdn/sri.json`: file → `sha384-…`. */
  sri: Readonly<Record<string, string>>;
  /** Absolute URL of the sample feed's manifest on this server. */
  sampleFeedUrl: string;
}

/** Values computed from the state for one render. */
export interface Derived {
  spec: WidgetSpec | undefined;
  /** The feed the preview and the snippet use, or undefined when the typed address is not usable. */
  feedUrl: string | undefined;
  attributes: Record<string, string | true>;
  theme: ThemeValues;
  snippet: string;
  css: string;
  integrity: string | undefined;
}

/** Everything the views may do; each call updates the store. */
export interface Actions {
  setUiLang(lang: PlaygroundState['uiLang']): void;
  setView(view: View): void;
  chooseTag(tag: string): void;
  setValue(name: string, value: FieldValue): void;
  setSource(source: DataSource): void;
  setFeedUrl(url: string): void;
  setWidgetLang(lang: WidgetLang): void;
  setPreset(preset: ThemePreset): void;
  setCustom(name: string, value: string): void;
  setCdnBase(base: string): void;
  resetCdnBase(): void;
  copySnippet(textarea: HTMLTextAreaElement | null): void;
  setCheckSource(source: DataSource): void;
  setCheckUrl(url: string): void;
  runCheck(): void;
}

export interface ViewContext {
  state: PlaygroundState;
  t: Strings;
  site: SiteInfo;
  specs: WidgetSpec[];
  derived: Derived;
  actions: Actions;
}
