import { html, nothing, type TemplateResult } from 'lit';
import { wijkwijzerEvent } from '../internal/events.js';
import { renderNotice } from '../internal/feed-states.js';
import { telHref } from '../internal/safe-href.js';
import type { BadgeData } from './badge-data.js';
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
  inline: boolean;
  expanded: boolean;
  /** The widgets' shared notices in the page's language, added when they apply. */
  staleNotice: string;
  sampleNotice: string;
  onToggle: () => void;
  onKeydown: (event: KeyboardEvent) => void;
  /** The resident chose a diagnosis group (`''`: all of them); the template tells the page. */
  onGroup: (group: string) => void;
}

/** A figure found in the feed. */
export type BadgeFigure = BadgeData & { view: BadgeView };

function calls(view: BadgeView): TemplateResult | typeof nothing {
  if (view.calls.length === 0) return nothing;
  return html`<ul class="calls" role="list">
    ${view.calls.map(
      (call) => html`<li><a part="call" class="call" href=${telHref(call.number)}>${icon('phone', 'call-icon')}${call.text}</a></li>`,
    )}
  </ul>`;
}

/**
 * After the figure in the inline variant: what to do, in the figure's size and colour, for it is what
 * a resident must read, or else the norm as a side note (`.norm`, smaller and muted).
 */
function afterFigure(view: BadgeView): TemplateResult | typeof nothing {
  if (view.action) return html`<span part="norm" class="after">${view.action}</span>`;
  return view.short ? html`<span part="norm" class="after norm">${view.short}</span>` : nothing;
}

/** "Waar gaat het om?": a native select, which every keyboard, screen reader and phone knows. */
function groupPicker({ groups, words }: BadgeFigure, options: BadgeTemplateOptions): TemplateResult | typeof nothing {
  if (!groups) return nothing;
  const choose = (event: Event): void => {
    const { value } = event.target as HTMLSelectElement;
    options.onGroup(value);
    // Sent from the select, bubbling and composed: the page gets it from the badge, as from any widget.
    (event.target as HTMLSelectElement).dispatchEvent(wijkwijzerEvent('wijkwijzer-group-change', { serviceId: groups.serviceId, group: value }));
  };
  return html`<div part="group" class="group">
    <label part="group-label" for="group">${words.groupQuestion}</label>
    <select part="group-picker" id="group" @change=${choose}>
      <option value="" ?selected=${groups.chosen === ''}>${words.allGroups}</option>
      ${groups.groups.map((group) => html`<option value=${group.value} ?selected=${group.value === groups.chosen}>${group.text}</option>`)}
    </select>
  </div>`;
}

const advice = (text: string): TemplateResult => html`<p part="advice" class="advice">${text}</p>`;

function sampleMarker({ sample, words }: BadgeFigure): TemplateResult | typeof nothing {
  return sample ? html`<span part="sample-marker" class="sample">${words.sampleMarker}</span>` : nothing;
}

/** The figure, or a notice when the feed has no such service. */
export function renderBadge(data: BadgeData, options: BadgeTemplateOptions): TemplateResult {
  const { view } = data;
  return view ? renderFigure({ ...data, view }, options) : renderNotice(data.words.serviceUnknown);
}

function renderFigure(figure: BadgeFigure, options: BadgeTemplateOptions): TemplateResult {
  const { view, huisartsenpost, words } = figure;
  const { inline, expanded } = options;
  const stale = figure.stale ? options.staleNotice : '';
  const notices = [stale, figure.sample ? options.sampleNotice : ''].filter(Boolean);
  // The huisartsenpost's numbers are what matters most: the card shows them at once.
  const callsOutside = huisartsenpost && !inline;
  return html`<div part="base" class="badge ${inline ? 'inline' : 'card'} tone-${view.tone}" data-state=${view.state} @keydown=${options.onKeydown}>
    <span class="row">
      <span part="badge badge-${view.state}" class="pill" role="img" aria-label=${stale ? `${view.label} ${stale}` : view.label}>
        ${icon(view.icon)}
        ${inline
          ? html`<span class="words" aria-hidden="true"
              ><span part="value" class="value">${view.main}</span>
              ${afterFigure(view)} ${sampleMarker(figure)}</span
            >`
          : html`<span class="words" aria-hidden="true">
              <span class="line">${view.caption ? html`<span part="caption" class="caption">${view.caption}</span>` : nothing} ${sampleMarker(figure)}</span>
              <span part="value" class="value">${view.main}</span>
              ${huisartsenpost || !(view.long ?? view.short) ? nothing : html`<span part="norm" class="long">${view.long ?? view.short}</span>`}
            </span>`}
      </span>
      <button part="toggle" class="toggle" type="button" aria-expanded=${expanded ? 'true' : 'false'} aria-controls="details" @click=${options.onToggle}>
        ${icon('info', 'toggle-icon')}<span class="visually-hidden">${huisartsenpost ? words.moreAboutHap : words.moreAbout}</span>
      </button>
    </span>
    ${callsOutside ? calls(view) : nothing} ${inline ? nothing : groupPicker(figure, options)} ${inline || !view.advice ? nothing : advice(view.advice)}
    <div part="details" id="details" class="details" ?hidden=${!expanded}>
      ${inline ? groupPicker(figure, options) : nothing} ${view.details.map((text) => html`<p>${text}</p>`)}
      ${inline && view.advice ? advice(view.advice) : nothing} ${notices.map((text) => html`<p>${text}</p>`)} ${callsOutside ? nothing : calls(view)}
    </div>
  </div>`;
}
