import { checkFeed, fetchLoader } from '@wijkwijzer/cli/validate';
import { html, render } from 'lit';
import { PREVIEW_TAGS, type PreviewReport, type RenderMessage } from '../shared/messages.js';
import { copyText } from './clipboard.js';
import { derive, initialValues, withPreselection } from './derive.js';
import { loadFeedLists } from './feed-lists.js';
import { manifestUrl } from './feed-url.js';
import { UI_LANGS, type UiLang } from './i18n.js';
import type { FieldValue } from './option-fields.js';
import { PreviewLink } from './preview-link.js';
import { defaultCdnBase } from './snippet.js';
import { initialState, Store, type PlaygroundState, type View } from './state.js';
import { STRINGS } from './strings/index.js';
import type { Actions, SiteInfo, ViewContext } from './views/context.js';
import { layout, VIEW_HASH } from './views/layout.js';
import { readWidgetSpecs, type ElementsManifest } from './widget-spec.js';

/** What the build writes next to the app (see build/build-site.ts). */
interface SiteJson {
  widgetsVersion: string;
  sampleFeed: string;
}

const LANG_KEY = 'wijkwijzer-playground-lang';
/** How long "Gekopieerd" stays on screen. */
const COPY_MESSAGE_MS = 6000;
/** Events the preview reports, newest first; more is noise. */
const MAX_EVENTS = 20;
/** Where the panels stack (app.css): the preview is then as tall as its widget. */
const STACKED = window.matchMedia('(max-width: 60rem)');

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(new URL(path, document.baseURI));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  // The build wrote these files for this app; their shape is ours.
  return (await response.json()) as T;
}

function viewFromHash(): View {
  return window.location.hash === VIEW_HASH.check ? 'check' : 'configure';
}

function savedLang(): UiLang {
  try {
    const saved = window.localStorage.getItem(LANG_KEY);
    return (UI_LANGS as readonly string[]).includes(saved ?? '') ? (saved as UiLang) : 'nl';
  } catch {
    // Storage can be off (privacy settings); Dutch is the default anyway.
    return 'nl';
  }
}

function renderFailure(error: unknown): void {
  const t = STRINGS.nl;
  const root = document.querySelector<HTMLElement>('#app') ?? document.body;
  render(html`<main id="main"><h1>${t.title}</h1><p class="error" role="alert">${t.loadFailed(String(error))}</p></main>`, root);
}

async function start(): Promise<void> {
  const [siteJson, manifest, sri] = await Promise.all([
    fetchJson<SiteJson>('site.json'),
    fetchJson<ElementsManifest>('custom-elements.json'),
    fetchJson<Record<string, string>>('cdn/sri.json'),
  ]);
  const site: SiteInfo = {
    widgetsVersion: siteJson.widgetsVersion,
    sri,
    sampleFeedUrl: new URL(siteJson.sampleFeed, document.baseURI).href,
  };
  const specs = readWidgetSpecs(manifest, PREVIEW_TAGS);
  const root = document.querySelector<HTMLElement>('#app') ?? document.body;
  let listsController: AbortController | undefined;
  let copyTimer: ReturnType<typeof setTimeout> | undefined;

  const initial = initialState({
    uiLang: savedLang(),
    view: viewFromHash(),
    // The finder opens first: it is the widget most sites embed.
    tag: specs.some((spec) => spec.tag === 'sociale-kaart') ? 'sociale-kaart' : (specs[0]?.tag ?? 'sociale-kaart'),
    values: initialValues(specs),
    cdnBase: defaultCdnBase(site.widgetsVersion),
  });

  const onReport = (report: PreviewReport): void => {
    switch (report.type) {
      case 'wijkwijzer-playground:event':
        store.update((state) => ({ previewEvents: [report.name, ...state.previewEvents].slice(0, MAX_EVENTS) }));
        break;
      case 'wijkwijzer-playground:csp-violation':
        store.update((state) => ({ cspViolations: [...new Set([...state.cspViolations, `${report.directive}: ${report.blocked}`])] }));
        break;
      case 'wijkwijzer-playground:size': {
        const frame = document.querySelector<HTMLIFrameElement>('#preview-frame');
        // The frame fits a small widget exactly. Beside the options (a wide window) a tall one gets
        // most of the window and scrolls inside, so the snippet stays in reach; where the panels
        // stack (a phone) it gets its whole height, as a frame scrolling inside a scrolling page
        // holds on to the finger. CSSOM, not markup.
        const tallest = STACKED.matches ? Number.POSITIVE_INFINITY : Math.max(480, Math.round(window.innerHeight * 0.75));
        frame?.style.setProperty('block-size', `${Math.min(Math.max(report.height, 120), tallest)}px`);
        break;
      }
      default:
        break;
    }
  };
  const preview = new PreviewLink(onReport);

  /** Loads the feed-backed choice lists when the feed changes. */
  const ensureLists = (feedUrl: string | undefined): void => {
    if (!feedUrl || store.state.lists?.feedUrl === feedUrl) return;
    listsController?.abort();
    const controller = new AbortController();
    listsController = controller;
    store.update({ lists: { status: 'loading', feedUrl } });
    loadFeedLists(feedUrl, controller.signal).then(
      (lists) => {
        if (controller.signal.aborted) return;
        store.update((state) => ({ lists: { status: 'ready', feedUrl, lists }, values: withPreselection(state.values, specs, lists) }));
      },
      () => {
        if (!controller.signal.aborted) store.update({ lists: { status: 'failed', feedUrl } });
      },
    );
  };

  const onRender = (state: PlaygroundState): void => {
    const derived = derive(state, specs, site);
    const context: ViewContext = { state, t: STRINGS[state.uiLang], site, specs, derived, actions };
    document.documentElement.lang = state.uiLang;
    document.title = `${context.t.title}${state.view === 'check' ? ` — ${context.t.navCheck}` : ''}`;
    render(layout(context), root);
    if (state.view === 'configure' && derived.spec) {
      const message: RenderMessage = {
        type: 'wijkwijzer-playground:render',
        tag: derived.spec.tag,
        attributes: derived.attributes,
        properties: derived.theme.element,
        pageProperties: derived.theme.page,
        events: derived.spec.events.map((event) => event.name),
        pageLang: state.uiLang,
      };
      preview.show(message);
      ensureLists(derived.feedUrl);
    } else {
      preview.detach();
    }
  };

  const store = new Store<PlaygroundState>(initial, onRender);

  const setValues = (tag: string, name: string, value: FieldValue): void =>
    store.update((state) => ({ values: { ...state.values, [tag]: { ...state.values[tag], [name]: value } }, copy: 'idle' }));

  const actions: Actions = {
    setUiLang: (lang) => {
      try {
        window.localStorage.setItem(LANG_KEY, lang);
      } catch {
        // Not remembered then; the switch still works for this visit.
      }
      store.update({ uiLang: lang });
    },
    setView: (view) => store.update({ view }),
    chooseTag: (tag) => store.update({ tag, copy: 'idle', previewEvents: [], cspViolations: [] }),
    setValue: (name, value) => setValues(store.state.tag, name, value),
    setSource: (source) => store.update({ source, copy: 'idle' }),
    setFeedUrl: (url) => store.update({ feedUrlInput: url, copy: 'idle' }),
    setWidgetLang: (widgetLang) => store.update({ widgetLang, copy: 'idle' }),
    setPreset: (preset) => store.update({ preset, copy: 'idle' }),
    setCustom: (name, value) => store.update((state) => ({ custom: { ...state.custom, [name]: value }, copy: 'idle' })),
    setCdnBase: (base) => store.update({ cdnBase: base.trim() || defaultCdnBase(site.widgetsVersion), copy: 'idle' }),
    resetCdnBase: () => store.update({ cdnBase: defaultCdnBase(site.widgetsVersion), copy: 'idle' }),
    copySnippet: (field) => {
      const text = derive(store.state, specs, site).snippet;
      void copyText(text, field).then((copy) => {
        store.update({ copy });
        clearTimeout(copyTimer);
        if (copy === 'copied') copyTimer = setTimeout(() => store.update({ copy: 'idle' }), COPY_MESSAGE_MS);
      });
    },
    setCheckSource: (checkSource) => store.update({ checkSource }),
    setCheckUrl: (checkUrlInput) => store.update({ checkUrlInput }),
    runCheck: () => {
      const state = store.state;
      const url = state.checkSource === 'sample' ? site.sampleFeedUrl : manifestUrl(state.checkUrlInput);
      if (!url) {
        store.update({ check: { status: 'invalid' } });
        return;
      }
      store.update({ check: { status: 'running', url } });
      void checkFeed(new URL(url), fetchLoader(), url, { freshness: { now: new Date() } }).then((report) => {
        // A newer check may have started meanwhile; only the latest one is shown.
        if (store.state.check.status === 'running' && store.state.check.url === url) {
          store.update({ check: { status: 'done', url, report } });
        }
      });
    },
  };

  window.addEventListener('hashchange', () => store.update({ view: viewFromHash() }));
  onRender(initial);
}

start().catch(renderFailure);
