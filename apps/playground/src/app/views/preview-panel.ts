import { html, nothing, type TemplateResult } from 'lit';
import type { ViewContext } from './context.js';
import { widgetDoc } from './doc-text.js';

/**
 * The preview: `preview.html` in a frame, a page of its own with a strict CSP,
 * which builds the element from the messages the playground sends (see
 * preview-link.ts). The frame's `src` never changes, so it loads once.
 */
export function previewPanel(context: ViewContext): TemplateResult {
  const { t, state, derived } = context;
  const spec = derived.spec;
  const tag = spec?.tag ?? state.tag;
  return html`<section class="panel" aria-labelledby="preview-heading">
    <h2 id="preview-heading">${t.previewHeading}</h2>
    <p class="help">${t.previewHelp}</p>
    <iframe id="preview-frame" class="preview-frame" src="preview.html" title=${t.previewFrameTitle(tag)}></iframe>
    ${state.cspViolations.length > 0
      ? html`<div class="error">
          <p>${t.cspViolations(state.cspViolations.length)}</p>
          <ul>
            ${state.cspViolations.map((line) => html`<li><code>${line}</code></li>`)}
          </ul>
        </div>`
      : nothing}
    <details class="events">
      <summary>${t.eventsHeading} (${state.previewEvents.length})</summary>
      ${state.previewEvents.length === 0
        ? html`<p class="help">${t.noEvents}</p>`
        : html`<ol>
            ${state.previewEvents.map((name) => html`<li><code>${name}</code></li>`)}
          </ol>`}
      ${spec && spec.events.length > 0
        ? html`<p>${t.eventsKnown}</p>
            <dl class="event-docs">
              ${spec.events.map((event) => html`<dt><code>${event.name}</code></dt><dd>${widgetDoc(context, 'events', spec.tag, event)}</dd>`)}
            </dl>`
        : nothing}
    </details>
  </section>`;
}
