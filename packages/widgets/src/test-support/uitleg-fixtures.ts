import { fixture, html, waitUntil } from '@open-wc/testing';
import '../ketenaanpak-uitleg/ketenaanpak-uitleg.js';
import type { KetenaanpakUitleg } from '../ketenaanpak-uitleg/ketenaanpak-uitleg.component.js';
import { SAMPLE_FEED } from './feeds.js';

/** Every pathway in the sample feed, the mental-health route included. */
export const SAMPLE_PATHWAYS = ['welzijn-op-recept', 'kansrijke-start', 'valpreventie', 'gli', 'kind-naar-gezonder-gewicht', 'mentale-gezondheid'];

/** Inside every pathway's validity, and the day the sample waiting times were current. */
export const UITLEG_NOW = '2026-11-21T12:00:00+01:00';

export interface UitlegOptions {
  feed?: string;
  gemeente?: string;
  wijk?: string;
  area?: string;
  audience?: string;
  step?: string;
  lang?: string;
}

/** An explainer on the sample feed, once it shows its pathway (or a message). */
export async function uitlegFor(pathway: string, options: UitlegOptions = {}): Promise<KetenaanpakUitleg> {
  const el = await fixture<KetenaanpakUitleg>(html`<ketenaanpak-uitleg
    feed=${options.feed ?? SAMPLE_FEED}
    pathway=${pathway}
    gemeente=${options.gemeente ?? ''}
    wijk=${options.wijk ?? ''}
    area=${options.area ?? ''}
    audience=${options.audience ?? 'inwoner'}
    step=${options.step ?? ''}
    lang=${options.lang ?? 'nl'}
    now=${UITLEG_NOW}
  ></ketenaanpak-uitleg>`);
  await uitlegSettled(el);
  return el;
}

export async function uitlegSettled(el: KetenaanpakUitleg): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="base"]:not([part~="loading"])'), 'the explainer did not finish loading', {
    timeout: 5000,
  });
  await el.updateComplete;
}

export const q = <T extends Element = HTMLElement>(el: HTMLElement, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);
export const qa = <T extends Element = HTMLElement>(el: HTMLElement, selector: string): T[] => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const text = (node: Element | null): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Opens the eligibility check, fills it in as a resident types, submits it, and returns what its status region says. */
export async function fillCheck(el: KetenaanpakUitleg, values: Record<string, string>, ticks: string[] = []): Promise<string> {
  q<HTMLDetailsElement>(el, '[part~="eligibility"]')!.open = true;
  const form = q<HTMLFormElement>(el, '[part~="eligibility-form"]')!;
  form.reset();
  for (const [name, value] of Object.entries(values)) {
    const input = form.querySelector<HTMLInputElement>(`[name="${name}"][type="text"], [name="${name}"][value="${value}"]`)!;
    if (input.type === 'radio') input.checked = true;
    else input.value = value;
  }
  for (const id of ticks) form.querySelector<HTMLInputElement>(`[name="condition"][value="${id}"]`)!.checked = true;
  q<HTMLButtonElement>(el, '[part~="check-button"]')!.click();
  await el.updateComplete;
  return text(q(el, '[part~="eligibility-result"]'));
}
