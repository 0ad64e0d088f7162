import { html, nothing, type TemplateResult } from 'lit';
import { HOURS_STRINGS, type DayHours } from '@wijkwijzer/sdk/hours';
import type { LocalizeController } from '../internal/localize.js';
import type { CommonStrings } from '../internal/strings.js';
import { safeHref, telHref } from '../internal/safe-href.js';
import type { ListStrings } from './client-list.strings.js';
import type { KaartTerms } from './kaart-terms.js';
import type { Service } from './kaart-types.js';
import { addressText, firstAddress, phonesOf } from './service-facts.js';

/** The list view's own words (and the shared ones); the finder's come as `t`. */
export type ListWords = LocalizeController<ListStrings & CommonStrings>;

/** One saved service with this week's hours. */
export interface ListEntry {
  service: Service;
  week: readonly DayHours[];
}

export interface ListView {
  t: KaartTerms;
  words: ListWords;
  /** Undefined while the saved services' records load. */
  entries: readonly ListEntry[] | undefined;
  /** Saved ids the feed does not have (a shared link to services since removed). */
  unknown: readonly string[];
  /** Today, written out: on screen and on paper. */
  date: string;
  /** Where the data comes from: the feed's region and publisher. */
  source: string;
  /** Sample and stale notices, printed too: made-up data must never look real on paper. */
  notices: TemplateResult;
  sample: boolean;
  /** Whether the page keeps the list in sessionStorage. */
  stored: boolean;
  /** The shared link, once made, and whether it reached the clipboard. */
  share: { url: string; copied: boolean } | undefined;
  onBack(): void;
  onRemove(service: Service): void;
  onClear(): void;
  onPrint(): void;
  onShare(): void;
}

/**
 * A week's hours in a few lines, Monday first, weekdays with the same hours together:
 * "maandag t/m vrijdag: 09:00–17:00". Without a day named "vandaag": paper is read on other days.
 */
export function hoursLines(words: ListWords, week: readonly DayHours[]): string[] {
  const days = [...week].sort((a, b) => a.weekday - b.weekday);
  if (days.every((day) => day.status === 'unknown')) return [];
  const names = HOURS_STRINGS[words.lang].weekdays;
  const lines: string[] = [];
  for (let first = 0; first < days.length; ) {
    const day = days[first] as DayHours;
    let last = first;
    while (days[last + 1]?.hoursText === day.hoursText) last += 1;
    const [from, to] = [names[day.weekday], names[(days[last] as DayHours).weekday]] as [string, string];
    const span = last === first ? from : last === first + 1 ? `${from}, ${to}` : words.term('dayRange', from, to);
    lines.push(`${span}: ${day.hoursText}`);
    first = last + 1;
  }
  return lines;
}

function renderEntry(view: ListView, { service, week }: ListEntry): TemplateResult {
  const { t, words } = view;
  const summary = service.summary_b1 ?? service.description;
  const phone = phonesOf(service)[0];
  const address = firstAddress(service);
  const website = safeHref(service.url);
  const hours = hoursLines(words, week);
  // A card as a result is (their styles), named list-entry for the list's own.
  return html`<li class="result list-entry" data-service=${service.id}>
    <h3 class="result-name">${service.name}</h3>
    ${summary ? html`<p>${summary}</p>` : nothing}
    <dl class="list-facts">
      ${phone ? html`<dt>${t.term('phoneLabel')}</dt><dd><a part="phone-link" class="phone" href=${telHref(phone.number)}>${phone.number}</a></dd>` : nothing}
      ${address ? html`<dt>${t.term('addressTitle')}</dt><dd>${addressText(address)}</dd>` : nothing}
      <dt>${words.term('listHours')}</dt>
      <dd>${hours.length ? hours.map((line) => html`<span class="list-hours">${line}</span>`) : t.term('hoursUnknown')}</dd>
      ${website ? html`<dt>${t.term('websiteLabel')}</dt><dd><a href=${website}>${service.url}</a></dd>` : nothing}
    </dl>
    <button part="list-remove" class="button button-link list-remove" type="button" @click=${() => view.onRemove(service)}>
      ${words.term('remove')}<span class="visually-hidden"> ${service.name}</span>
    </button>
  </li>`;
}

function renderShare(view: ListView): TemplateResult {
  const { words, share } = view;
  return html`<p class="list-status" role="status">${share?.copied ? words.term('copied') : ''}</p>
    ${share && !share.copied
      ? html`<p class="list-link">
          <label for="kaart-list-link">${words.term('copyYourself')}</label>
          <input id="kaart-list-link" type="text" readonly .value=${share.url} @focus=${(event: FocusEvent) => (event.target as HTMLInputElement).select()} />
        </p>`
      : nothing}`;
}

/**
 * The list of saved services, to print on one A4 or share as a link of service ids. On paper:
 * the title, today's date, where the data comes from, the sample notice when it is made up, and
 * per service its name, what it does, phone, address, hours and website; no buttons.
 */
export function renderList(view: ListView): TemplateResult {
  const { t, words, entries } = view;
  return html`<section part="list" class="list" aria-labelledby="kaart-list-title">
    <button part="back-button" class="button button-link back" type="button" @click=${view.onBack}>
      <span aria-hidden="true">←</span> ${t.term('back')}
    </button>
    <h2 class="list-title" id="kaart-list-title" tabindex="-1">
      <span class="screen-only">${words.term('listTitle')}</span><span class="print-only">${words.term('printTitle')}</span>
    </h2>
    <p class="list-meta">${words.term('listDate', view.date)}<br />${view.source}</p>
    ${view.notices}
    ${view.unknown.length ? html`<p part="notice" class="notice notice-warning list-unknown">${words.term('listUnknown', view.unknown.join(', '))}</p>` : nothing}
    <p class="muted screen-only">${words.term(view.stored ? 'listPrivateStored' : 'listPrivate')}</p>
    ${entries === undefined
      ? html`<p>${t.term('loading')}</p>`
      : entries.length === 0
        ? html`<p>${words.term('listEmpty')}</p>`
        : html`<ol class="list-entries" role="list">${entries.map((entry) => renderEntry(view, entry))}</ol>
            ${view.sample ? html`<p class="print-only list-sample">${t.term('sampleNotice')}</p>` : nothing}
            <div class="list-actions">
              <button part="list-print" class="button button-primary" type="button" @click=${view.onPrint}>${words.term('print')}</button>
              <button part="list-share" class="button button-secondary" type="button" @click=${view.onShare}>${words.term('share')}</button>
              <button part="list-clear" class="button button-link" type="button" @click=${view.onClear}>${words.term('clear')}</button>
            </div>`}
    ${renderShare(view)}
  </section>`;
}
