import { html, type TemplateResult } from 'lit';

/**
 * The waiting-time badge of a service: `<wachttijd-badge>`, its own widget (defined
 * by this widget's entry and by the CDN bundle). Were it missing from the page, the
 * tag would stay empty and take no space, so the finder never breaks on it. `location`: the place
 * (a location id) whose figures to show; empty: the service's figures, wherever they hold.
 */
export function renderWaitingBadge(feed: string, serviceId: string, inline: boolean, now: Date | undefined, location = ''): TemplateResult {
  return html`<wachttijd-badge
    part="waiting-badge"
    class="waiting-badge"
    feed=${feed}
    service=${serviceId}
    variant=${inline ? 'inline' : 'default'}
    location=${location}
    .now=${now}
  ></wachttijd-badge>`;
}
