import { html, nothing, type TemplateResult } from 'lit';

/**
 * The widgets' loading, error and "not set up" views (the finder adds skeleton cards of its own
 * while loading). Each takes its words as arguments so it stays free of any string table.
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
  /** Beside the retry button (the finder's link to report a problem). Lit draws undefined as nothing. */
  actions?: TemplateResult | typeof nothing;
  /** `error` inside a widget's own base (the finder); by default the view is the widget's base. */
  part?: string;
}

/** Loading failed: say so plainly, offer a retry, and point to help outside the widget. */
export function renderError(options: ErrorViewOptions): TemplateResult {
  return html`<div part=${options.part ?? 'base error'} class="error" role=${options.alert ? 'alert' : nothing}>
      <p>${options.title}</p>
      ${options.fallback ? html`<p class="error-fallback">${options.fallback}</p>` : nothing}
      <p class="actions">
        <button part="retry-button" class="retry" type="button" @click=${options.onRetry}>${options.retryText}</button>
        ${options.actions}
      </p>
    </div>
    ${options.helpLines}`;
}

/**
 * A plain message in place of the widget: not set up, or nothing to show. `part` as in
 * `renderError`: `notice` inside a widget's own base (the finder), else the view is the base.
 */
export function renderNotice(text: string, part = 'base notice'): TemplateResult {
  return html`<div part=${part} class="notice"><p>${text}</p></div>`;
}
