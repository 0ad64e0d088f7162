import { html, nothing, type TemplateResult } from 'lit';

/**
 * Loading, error and "not set up" views for compact widgets (the badge and the
 * explainer; the finder has richer ones of its own: skeleton cards, a feedback link).
 * Each takes its words as arguments so it stays free of any string table.
 */

/** A placeholder with `aria-busy`; the words are for screen readers, the bars for the eye. */
export function renderLoading(text: string, lines = 1): TemplateResult {
  return html`<div part="base loading" class="loading" aria-busy="true">
    <span class="visually-hidden">${text}</span>
    ${Array.from({ length: lines }, () => html`<span class="skeleton" aria-hidden="true"></span>`)}
  </div>`;
}

export interface ErrorViewOptions {
  title: string;
  /** What to do meanwhile ("bel je huisarts"). */
  fallback?: string;
  retryText: string;
  onRetry: () => void;
  /**
   * Announce at once (`role="alert"`). Off for a badge inside a list, where one
   * failing feed would otherwise make every badge shout.
   */
  alert: boolean;
  /** Shown under the message, outside the alert: the national help lines, which need no feed. */
  helpLines?: TemplateResult;
}

export function renderError(options: ErrorViewOptions): TemplateResult {
  return html`<div part="base error" class="error" role=${options.alert ? 'alert' : nothing}>
      <p>${options.title}</p>
      ${options.fallback ? html`<p class="error-fallback">${options.fallback}</p>` : nothing}
      <button part="retry-button" class="retry" type="button" @click=${options.onRetry}>${options.retryText}</button>
    </div>
    ${options.helpLines ?? nothing}`;
}

/** A plain message in place of the widget: not set up, or nothing to show. */
export function renderNotice(text: string): TemplateResult {
  return html`<div part="base notice" class="notice"><p>${text}</p></div>`;
}
