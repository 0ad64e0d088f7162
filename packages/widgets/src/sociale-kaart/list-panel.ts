import type { LitElement, TemplateResult } from 'lit';
import type { WijkwijzerClient } from '@wijkwijzer/sdk';
import { weekSchedule } from '@wijkwijzer/sdk/hours';
import type { LocalizeController, StringTables } from '../internal/localize.js';
import { renderDataNotices } from '../internal/notices.js';
import type { CommonStrings } from '../internal/strings.js';
import { LIST_KEY, type SavedList } from './client-list.js';
import { LIST_STRINGS, type ListStrings } from './client-list.strings.js';
import { listStyles } from './client-list.styles.js';
import { adoptLazyStyles } from '../internal/adopt-styles.js';
import { hoursTarget } from './hours-target.js';
import type { KaartTerms } from './kaart-terms.js';
import type { Manifest, Service } from './kaart-types.js';
import { renderList, type ListEntry, type ListWords } from './render-list.js';

/** What the finder tells the list view at each render. */
export interface ListContext {
  t: KaartTerms;
  manifest: Manifest;
  /** The data may be out of date: said on screen and on paper, as the sample notice is. */
  stale: boolean | undefined;
  now: Date;
  stored: boolean;
}

/** What the list view asks of the finder. */
export interface ListHost {
  /** A words controller for the list's table (the element's `words`), so it follows the element's language. */
  words(tables: StringTables<ListStrings>): LocalizeController<ListStrings & CommonStrings>;
  /** The resident changed the list (removed a service, emptied it): tell the page. */
  changed(): void;
  back(): void;
  /** Focus this selector after the next render. */
  focus(selector: string): void;
}

/** `href` with its hash set to the list's ids only: `#wk-lijst=id1,id2` (the page's own hash is not the list's). */
export function listShareUrl(href: string, ids: readonly string[]): string {
  const url = new URL(href);
  url.hash = `${LIST_KEY}=${ids.map(encodeURIComponent).join(',')}`;
  return url.href;
}

/**
 * The list view: the saved services' records, loaded when it opens, what to print and the
 * link to share. Lives in the list's lazy chunk (list-part.ts) with its words and styles, so
 * a finder session that never opens the list does not load them.
 */
export class ListPanel {
  private readonly words: ListWords;
  private entries: readonly ListEntry[] | undefined;
  private unknown: readonly string[] = [];
  private share: { url: string; copied: boolean } | undefined;

  constructor(
    private readonly element: LitElement,
    private readonly list: SavedList,
    private readonly finder: ListHost,
  ) {
    this.words = finder.words(LIST_STRINGS);
    // The list's styles arrived with this chunk: after the finder's.
    adoptLazyStyles(element.shadowRoot, listStyles);
  }

  /**
   * Loads the records of the saved services. Ids the feed no longer has are told in the view and
   * leave the list (not silently: a shared link may name a service since removed).
   */
  async load(client: WijkwijzerClient, now: Date): Promise<void> {
    this.entries = undefined;
    this.share = undefined;
    const ids = this.list.ids;
    const services = await Promise.all(ids.map((id) => client.services.get(id).catch(() => undefined)));
    const found = services.filter((service): service is Service => service !== undefined);
    this.unknown = ids.filter((_id, index) => services[index] === undefined);
    if (this.unknown.length) this.list.set(found.map((service) => service.id));
    this.entries = found.map((service) => ({ service, week: weekSchedule(hoursTarget(service), now, this.words.lang) }));
    this.finder.focus('#kaart-list-title');
  }

  render(context: ListContext): TemplateResult {
    const { words } = this;
    const { t, manifest } = context;
    return renderList({
      t,
      words,
      entries: this.entries,
      unknown: this.unknown,
      date: new Intl.DateTimeFormat(t.lang, { dateStyle: 'long' }).format(context.now),
      source: words.term('listSource', manifest.region.name, manifest.publisher.name),
      notices: renderDataNotices({ sample: manifest.sample, stale: context.stale, sampleText: t.term('sampleNotice'), staleText: t.term('staleNotice') }),
      sample: manifest.sample,
      stored: context.stored,
      share: this.share,
      onBack: this.finder.back,
      onRemove: (service) => this.remove(service),
      onClear: () => {
        this.list.set([]);
        this.entries = [];
        this.finder.changed();
        this.finder.focus('#kaart-list-title');
      },
      // The list view alone shows in print (see listStyles): the finder and its controls are hidden.
      onPrint: () => window.print(),
      onShare: () => void this.copyLink(),
    });
  }

  private remove(service: Service): void {
    const index = this.entries?.findIndex((entry) => entry.service === service) ?? -1;
    this.list.toggle(service.id);
    this.entries = this.entries?.filter((entry) => entry.service !== service);
    this.finder.changed();
    // On to the next service's remove button, or the title when none is left.
    const next = this.entries?.[index] ?? this.entries?.[index - 1];
    this.finder.focus(next ? `[data-service="${CSS.escape(next.service.id)}"] .list-remove` : '#kaart-list-title');
  }

  /** Copies the link to the clipboard and says so; where the browser refuses, shows it to copy by hand. */
  private async copyLink(): Promise<void> {
    const url = listShareUrl(location.href, this.list.ids);
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      // No clipboard (an http page, a refused permission): the link is shown instead.
    }
    this.share = { url, copied };
    this.element.requestUpdate();
    if (!copied) this.finder.focus('#kaart-list-link');
  }
}
