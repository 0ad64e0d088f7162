import { css, html, nothing, type TemplateResult } from 'lit';
import { crisisLines } from '@wijkwijzer/sdk/help-lines';
import type { Service } from '@wijkwijzer/sdk';
import type { Lang } from './lang.js';
import type { LocalizeController } from './localize.js';
import { safeHref, telHref } from './safe-href.js';
import type { CommonStrings } from './strings.js';

/**
 * The national help lines (112, 113, Veilig Thuis) as the widgets show them. They come with the
 * SDK, in the widget's own code rather than a lazy chunk, so they show when the feed or the
 * network fails: that is when a resident in crisis may be looking.
 */

/** The lines for a failure screen: 112 first (a life may be at stake), then 113 and Veilig Thuis. */
export function nationalHelpLines(lang: Lang): Service[] {
  return crisisLines(['suicide', 'violence'], lang, { dangerNow: true });
}

export interface HelpLinesWords {
  title: string;
  intro: string;
  /** Said when the rest of the page is sample data: these numbers are real. */
  real?: string | undefined;
  call(number: string): string;
}

/** The block's words in the widget's language; `sample`: the feed is sample data. */
export function helpWords(common: LocalizeController<CommonStrings>, sample = false): HelpLinesWords {
  return {
    title: common.term('helpTitle'),
    intro: common.term('helpIntro'),
    real: sample ? common.term('helpReal') : undefined,
    call: (number) => common.term('helpCall', number),
  };
}

/**
 * The help-line block. Each number is a box of its own holding the call button and that number's
 * cost and hours, so at no width can a "Gratis" stand beside another number's button.
 */
export function renderHelpLines(lines: readonly Service[], words: HelpLinesWords, id: string, summaries = true): TemplateResult {
  return html`
    <section part="crisis" class="help" aria-labelledby=${id}>
      <h2 class="help-title" id=${id}>${words.title}</h2>
      <p>${words.intro}</p>
      ${words.real ? html`<p class="help-real">${words.real}</p>` : nothing}
      <ul class="help-list" role="list">
        ${lines.map(
          (service) => html`<li class="help-line" data-service=${service.id}>
            <p class="help-name">${service.name}</p>
            ${summaries && service.summary_b1 ? html`<p>${service.summary_b1}</p>` : nothing}
            ${renderPhones(service, words, id)}
            ${safeHref(service.url) ? html`<p><a href=${safeHref(service.url) ?? ''}>${service.url}</a></p>` : nothing}
          </li>`,
        )}
      </ul>
    </section>
  `;
}

function renderPhones(service: Service, words: HelpLinesWords, id: string): TemplateResult | typeof nothing {
  const phones = service.phones ?? [];
  if (phones.length === 0) return service.application_process ? html`<p>${service.application_process}</p>` : nothing;
  return html`<ul class="help-phones" role="list">
    ${phones.map((phone, i) => {
      const costId = `${id}-${service.id}-${i}`;
      return html`<li part="help-phone" class="help-phone">
        <a class="help-call" href=${telHref(phone.number)} aria-describedby=${phone.description ? costId : nothing}>${words.call(phone.number)}</a>
        ${phone.description ? html`<span class="help-cost" id=${costId}>${phone.description}</span>` : nothing}
      </li>`;
    })}
  </ul>`;
}

/**
 * One quiet line under the results, for a query about a crisis topic that is not a crisis
 * ("reanimatiecursus"): each line's first number with its own cost, kept together.
 */
export function renderQuietHelp(lines: readonly Service[], words: Pick<HelpLinesWords, 'title' | 'call'>): TemplateResult {
  return html`<p part="crisis-quiet" class="help-quiet">
    <span class="help-quiet-title">${words.title}</span>
    ${lines.map((service) => {
      const [phone] = service.phones ?? [];
      return html`<span class="help-quiet-line" data-service=${service.id}
        >${service.name}:
        ${phone
          ? html`<a href=${telHref(phone.number)}>${words.call(phone.number)}</a>${phone.description ? html` (${phone.description})` : nothing}`
          : (service.application_process ?? '')}</span
      >`;
    })}
  </p>`;
}

/** Styles for both blocks; the widget supplies the tokens (--_color-critical and friends). */
export const helpLineStyles = css`
  .help {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    border: 3px solid var(--_color-critical);
    border-radius: var(--_radius);
    background: var(--_color-background);
    color: var(--_color-text);
    text-align: start;
  }
  .help-title {
    margin: 0;
    font-size: 1.375rem;
    color: var(--_color-critical);
  }
  .help p {
    margin: 0;
  }
  .help-list,
  .help-phones {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .help-line {
    display: grid;
    gap: 0.25rem;
  }
  .help-name {
    font-weight: 700;
    font-size: 1.125rem;
  }
  .help-phones {
    gap: 0.5rem;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
  }
  /* One number per box: its button on top, its own cost and hours under it. */
  .help-phone {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.25rem;
    padding: 0.5rem;
    border: 1px solid var(--_color-critical);
    border-radius: var(--_radius);
  }
  /* A transparent border: the button's edge where forced colours take its fill away. */
  .help-call {
    display: inline-block;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border: 1px solid transparent;
    background: var(--_color-critical);
    color: var(--_color-on-accent);
    font-weight: 700;
    border-radius: var(--_radius);
    text-decoration: none;
  }
  .help-quiet {
    margin-block: var(--_space) 0;
    font-size: 0.9375rem;
  }
  .help-quiet-title {
    font-weight: 700;
    margin-inline-end: 0.5rem;
  }
  .help-quiet-line {
    display: inline-block;
    margin-inline-end: 1rem;
  }
`;
