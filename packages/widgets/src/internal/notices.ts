import { css, html, nothing, type TemplateResult } from 'lit';

export interface DataNotices {
  sample?: boolean | undefined;
  stale?: boolean | undefined;
  sampleText: string;
  staleText: string;
}

/**
 * What a reader must know about the data wherever it is shown: that it is made up (the feed says
 * `sample`), or the last copy we have because the feed could not be refreshed (stale). The finder
 * and the explainer show these; the badge says the same words as sentences in its details and in
 * its pill's name (a box does not fit in a line of text), which keeps this out of its 12 KB entry.
 */
export function renderDataNotices({ sample, stale, sampleText, staleText }: DataNotices): TemplateResult {
  return html`${sample ? html`<p part="sample-notice" class="notice notice-warning">${sampleText}</p>` : nothing}
    ${stale ? html`<p part="stale-notice" class="notice notice-warning">${staleText}</p>` : nothing}`;
}

/**
 * Notices and the error view (feed-states.ts) as boxes, in the finder and the explainer, with a
 * coloured edge for warnings and errors. The badge keeps its notices plain: a box does not fit in
 * a line of text.
 */
export const noticeStyles = css`
  .notice,
  .error {
    padding-block: calc(var(--_space) * 0.75);
    padding-inline: var(--_space);
    background: var(--_color-surface);
    border-inline-start: 4px solid var(--_color-accent);
    border-radius: var(--_radius);
  }
  .notice-warning {
    border-inline-start-color: var(--_color-warning);
  }
  .error {
    border-inline-start-color: var(--_color-critical);
  }
`;
