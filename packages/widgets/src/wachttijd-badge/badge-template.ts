import { html, nothing, type TemplateResult } from 'lit';
import { telHref } from '../internal/safe-href.js';
import type { BadgeView } from './badge-view.js';
import { icon } from './icons.js';

/**
 * The badge's markup for a figure. It loads with the data (see badge-data.ts):
 * before the data is there, the badge shows only a placeholder.
 *
 * Accessibility: the pill is `role="img"` with the whole message as its one
 * accessible name, its visuals hidden from assistive technology. The details
 * button cannot live inside an image, so it sits beside it as a disclosure
 * (`aria-expanded`), which works the same with a keyboard, a mouse and touch.
 */
export interface BadgeTemplateOptions {
  view: BadgeView;
  inline: boolean;
  huisartsenpost: boolean;
  sample: boolean;
  expanded: boolean;
  /** Paragraphs added after the view's own details (the stale-feed notice, the sample notice). */
  notices: string[];
  /** Appended to the accessible name (the stale-feed notice). */
  labelSuffix: string;
  words: { more: string; sampleMarker: string };
  onToggle: () => void;
  onKeydown: (event: KeyboardEvent) => void;
}

function calls(view: BadgeView): TemplateResult | typeof nothing {
  if (view.calls.length === 0) return nothing;
  return html`<ul class="calls" role="list">
    ${view.calls.map(
      (call) => html`<li><a part="call" class="call" href=${telHref(call.number)}>${icon('phone', 'call-icon')}${call.text}</a></li>`,
    )}
  </ul>`;
}

function sampleMarker(options: BadgeTemplateOptions): TemplateResult | typeof nothing {
  return options.sample ? html`<span part="sample-marker" class="sample">${options.words.sampleMarker}</span>` : nothing;
}

export function renderBadge(options: BadgeTemplateOptions): TemplateResult {
  const { view, inline, huisartsenpost, expanded } = options;
  // The huisartsenpost's numbers are what matters most: the card shows them at once.
  const callsOutside = huisartsenpost && !inline;
  return html`<div part="base" class="badge ${inline ? 'inline' : 'card'} tone-${view.tone}" data-state=${view.state} @keydown=${options.onKeydown}>
    <span class="row">
      <span part="badge badge-${view.state}" class="pill" role="img" aria-label=${`${view.label}${options.labelSuffix}`}>
        ${icon(view.icon)}
        ${inline
          ? html`<span class="words" aria-hidden="true"
              ><span part="value" class="value">${view.main}</span>
              ${view.short ? html`<span part="norm" class="norm">${view.short}</span>` : nothing} ${sampleMarker(options)}</span
            >`
          : html`<span class="words" aria-hidden="true">
              <span class="line">${view.caption ? html`<span part="caption" class="caption">${view.caption}</span>` : nothing} ${sampleMarker(options)}</span>
              <span part="value" class="value">${view.main}</span>
              ${huisartsenpost || !(view.long ?? view.short) ? nothing : html`<span part="norm" class="long">${view.long ?? view.short}</span>`}
            </span>`}
      </span>
      <button part="toggle" class="toggle" type="button" aria-expanded=${expanded ? 'true' : 'false'} aria-controls="details" @click=${options.onToggle}>
        ${icon('info', 'toggle-icon')}<span class="visually-hidden">${options.words.more}</span>
      </button>
    </span>
    ${callsOutside ? calls(view) : nothing}
    <div part="details" id="details" class="details" ?hidden=${!expanded}>
      ${[...view.details, ...options.notices].map((text) => html`<p>${text}</p>`)} ${callsOutside ? nothing : calls(view)}
    </div>
  </div>`;
}
