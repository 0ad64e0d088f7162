import { html, nothing, type TemplateResult } from 'lit';
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

export interface ErrorView {
  title: string;
  retry: string;
  fallback: string;
  feedbackHref?: string | undefined;
  feedbackText: string;
  /** The national help lines: they need no feed, so they show when it fails. */
  helpLines: TemplateResult;
  onRetry(): void;
}

/** Loading failed: say so plainly, offer a retry, and point to help outside the widget. */
export function renderError(view: ErrorView): TemplateResult {
  const href = safeHref(view.feedbackHref);
  return html`
    <div part="error" class="error" role="alert">
      <p class="error-title">${view.title}</p>
      <p>${view.fallback}</p>
      <p class="actions">
        <button part="retry-button" class="button button-primary" type="button" @click=${view.onRetry}>${view.retry}</button>
        ${href ? html`<a part="feedback-link" class="feedback-link" href=${href}>${view.feedbackText}</a>` : nothing}
      </p>
    </div>
    ${view.helpLines}
  `;
}

export interface EmptyView {
  t: KaartTerms;
  filtered: boolean;
  onReset(): void;
}

export function renderEmpty(view: EmptyView): TemplateResult {
  const { t } = view;
  return html`
    <div part="empty" class="empty">
      <p class="empty-title">${t.term('emptyTitle')}</p>
      <p>${view.filtered ? t.term('emptyWithFilters') : t.term('emptyNoFilters')}</p>
      <button class="button button-secondary" type="button" @click=${view.onReset}>${t.term('emptyReset')}</button>
    </div>
  `;
}
