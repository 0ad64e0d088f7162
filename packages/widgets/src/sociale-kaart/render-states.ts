import { html, nothing, type TemplateResult } from 'lit';
import type { LoadProgress } from '@wijkwijzer/sdk';
import { safeHref } from '../internal/safe-href.js';
import type { KaartTerms } from './kaart-terms.js';

/** Placeholder cards while the feed loads: the same size as results, so nothing jumps when they arrive. */
export function renderSkeleton(loadingText: string): TemplateResult {
  return html`
    <div part="skeleton" class="skeleton" aria-busy="true">
      <p class="visually-hidden" role="status">${loadingText}</p>
      ${[0, 1, 2, 3].map(
        () => html`<div class="skeleton-card" aria-hidden="true">
          <span class="bone bone-title"></span>
          <span class="bone"></span>
          <span class="bone bone-short"></span>
        </div>`,
      )}
    </div>
  `;
}

/** How much of the data a search waits for has arrived: bytes (with their total, once known) and feed parts. */
export interface KaartProgress {
  bytes?: LoadProgress | undefined;
  parts?: { files: number; filesTotal: number } | undefined;
}

/**
 * How much of the help has arrived while data loads: a bar and the same in words. A feed in
 * parts counts in parts from the first one in: each brings results, and files that were in
 * before the search started have no byte count, so kilobytes would restart from 0. Otherwise
 * kilobytes once the total is known. Not live: the result count already tells screen readers
 * what changed.
 */
export function renderProgress(t: KaartTerms, progress: KaartProgress): TemplateResult | typeof nothing {
  const { bytes, parts } = progress;
  let done: number;
  let total: number;
  let text: string;
  if (parts) {
    [done, total] = [parts.files, parts.filesTotal];
    text = t.term('progressParts', done, total);
  } else if (bytes?.total !== undefined && bytes.total > 0) {
    [done, total] = [Math.min(bytes.loaded, bytes.total), bytes.total];
    text = t.term('progressBytes', Math.round(done / 1000), Math.round(total / 1000));
  } else {
    return nothing;
  }
  return html`
    <div part="progress" class="progress">
      <progress aria-labelledby="kaart-progress-text" max=${total} value=${done}></progress>
      <p class="progress-text" id="kaart-progress-text">${text}</p>
    </div>
  `;
}

/** The way out of the chosen area: search the whole region. */
export function renderWiden(t: KaartTerms, onWiden: () => void): TemplateResult {
  return html`<p class="widen">
    <button part="widen-button" class="button button-secondary" type="button" @click=${onWiden}>${t.term('widenSearch')}</button>
  </p>`;
}

/** The finder's link to report a problem ("Klopt er iets niet?"), when the page gives one. */
export function renderFeedbackLink(href: string | undefined, text: string): TemplateResult | typeof nothing {
  const safe = safeHref(href);
  return safe ? html`<a part="feedback-link" class="feedback-link" href=${safe}>${text}</a>` : nothing;
}

export interface EmptyView {
  t: KaartTerms;
  filtered: boolean;
  onReset(): void;
}

export function renderEmpty(view: EmptyView): TemplateResult {
  const { t } = view;
  return html`
    <div part="empty" class="empty notice">
      <p class="empty-title">${t.term('emptyTitle')}</p>
      <p>${view.filtered ? t.term('emptyWithFilters') : t.term('emptyNoFilters')}</p>
      <button class="button button-secondary" type="button" @click=${view.onReset}>${t.term('emptyReset')}</button>
    </div>
  `;
}
