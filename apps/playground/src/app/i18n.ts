/**
 * The playground's own words, Dutch first (content editors and wijkmanagers
 * work in Dutch), English for colleagues who do not. Every visible text and
 * accessible name comes from here. The help under the widgets' options, theme
 * properties and events does too (`widgetHelp`); where a language has no text
 * of its own, the widgets' manifest gives its English JSDoc description,
 * marked `lang="en"` on a Dutch page.
 *
 * The playground's language is separate from the widget's `lang` option: an
 * editor may work in English on a Dutch page, so the preview follows the
 * widget option, not the playground.
 */
export type UiLang = 'nl' | 'en';
export const UI_LANGS: readonly UiLang[] = ['nl', 'en'];

/**
 * Help texts by the name the manifest documents (`limit`, `--wijkwijzer-radius`,
 * `wijkwijzer-error`). Where one widget uses a name differently, a key
 * `tag:name` (`wachttijd-badge:--wijkwijzer-color-positive`) holds its own text,
 * which wins over the shared one. Backticks mark code, as in the JSDoc.
 */
export type HelpTable = Readonly<Record<string, string>>;

/** Help texts per kind of documented name; the kinds are the `WidgetSpec` lists they describe. */
export interface WidgetHelp {
  attributes: HelpTable;
  cssProperties: HelpTable;
  events: HelpTable;
}

export interface Strings {
  title: string;
  skipLink: string;
  tagline: string;
  switchLanguage: string;
  switchLanguageLabel: string;
  navLabel: string;
  navConfigure: string;
  navCheck: string;
  sampleWarning: string;
  loadFailed: (what: string) => string;

  pickWidget: string;
  widgetSummaries: Record<string, string>;
  notInBuild: string;

  dataLegend: string;
  sourceSample: string;
  sourceUrl: string;
  feedUrlLabel: string;
  feedUrlHelp: string;
  feedUrlInvalid: string;
  feedListsLoading: string;
  feedListsFailed: string;

  langLegend: string;
  widgetLangLabel: string;
  widgetLangFollow: string;
  widgetLangNl: string;
  widgetLangEn: string;
  widgetLangHelp: string;

  optionsLegend: (tag: string) => string;
  noOptions: string;
  defaultChoice: (value: string) => string;
  notSet: string;
  defaultIs: (value: string) => string;
  listedFromDescription: string;
  optgroupWithAvailability: string;
  optgroupOtherServices: string;
  optionLabels: Record<string, string>;
  /** Empty in a language the manifest is written in: its descriptions are shown as they are. */
  widgetHelp: WidgetHelp;
  areaKinds: Record<string, string>;

  themeLegend: string;
  presetLabels: Record<'default' | 'nlds' | 'custom', string>;
  presetHelp: Record<'default' | 'nlds' | 'custom', string>;
  valueRefused: string;

  advancedSummary: string;
  cdnBaseLabel: string;
  cdnBaseHelp: string;
  cdnReset: string;

  previewHeading: string;
  previewFrameTitle: (tag: string) => string;
  previewHelp: string;
  eventsHeading: string;
  noEvents: string;
  eventsKnown: string;
  cspViolations: (count: number) => string;

  snippetHeading: string;
  snippetHelp: string;
  snippetLabel: string;
  copy: string;
  copied: string;
  copyFailed: string;
  cssHeading: string;
  cssHelp: string;
  cssLabel: string;
  nldsCssHeading: string;
  nldsCssHelp: string;
  cspHeading: string;
  cspHelp: (feedOrigin: string, cdnOrigin: string) => string;
  noIntegrity: string;

  checkHeading: string;
  checkIntro: string;
  checkLegend: string;
  checkSample: string;
  checkUrl: string;
  checkButton: string;
  checking: string;
  checkResult: Record<'valid' | 'invalid' | 'unusable', string>;
  checkSummaryHeading: string;
  checkRegion: string;
  checkPublisher: string;
  checkData: string;
  checkSampleData: string;
  checkRealData: string;
  checkContract: (version: string, generated: string) => string;
  countsHeading: string;
  countsCaption: string;
  colDataset: string;
  colRecords: string;
  colValid: string;
  colSkipped: string;
  notRead: string;
  unusableHeading: string;
  problemsHeading: (count: number) => string;
  problemsCaption: string;
  colRecord: string;
  colField: string;
  colReason: string;
  noProblems: string;
  moreProblems: (count: number) => string;
  /** Freshness: services not checked with their provider for 12 months, and old availability figures. */
  freshnessHeading: string;
  freshnessIntro: (unchecked: number, services: number, before: string) => string;
  freshnessByOrganisation: (organisation: string, unchecked: number, services: number) => string;
  freshnessChecked: (date: string) => string;
  freshnessNever: string;
  figuresHeading: string;
  figuresIntro: (stale: number, figures: number) => string;
  figureAge: (metric: string, date: string, days: number, interval: number) => string;
  metricNames: Readonly<Record<string, string>>;
  moreFreshness: (count: number) => string;

  footer: string;
}
