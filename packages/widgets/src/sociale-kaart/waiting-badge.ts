import { html, type TemplateResult } from 'lit';

/**
 * The waiting-time badge of a service: `<wachttijd-badge>`, its own widget (defined
 * by this widget's entry and by the CDN bundle). Were it missing from the page, the
 * tag would stay empty and take no space, so the finder never breaks on it.
 */
export function renderWaitingBadge(feed: string, serviceId: string, inline: boolean, now: Date | undefined): TemplateResult {
  return html`<wachttijd-badge
    part="waiting-badge"
    class="waiting-badge"
    feed=${feed}
    service=${serviceId}
    variant=${inline ? 'inline' : 'default'}
    .now=${now}
  ></wachttijd-badge>`;
}
