import { fixture, html, waitUntil } from '@open-wc/testing';
import '../wachttijd-badge/wachttijd-badge.js';
import type { WachttijdBadge } from '../wachttijd-badge/wachttijd-badge.component.js';
import { SAMPLE_FEED } from './feeds.js';

/**
 * Moments to judge the sample figures at (peildata run up to 21 November 2026).
 * Friday 20 November 2026 in Utrecht: 10:00 the huisartsenpost is closed, 20:00 it is open.
 */
export const SAMPLE_NOW = '2026-11-21T12:00:00+01:00';
export const FRIDAY_DAYTIME = '2026-11-20T10:00:00+01:00';
export const FRIDAY_EVENING = '2026-11-20T20:00:00+01:00';

export interface BadgeOptions {
  feed?: string;
  metric?: string;
  variant?: 'default' | 'inline';
  kind?: string;
  lang?: string;
  location?: string;
  group?: string;
  now?: string;
}

/** A badge on the sample feed at a fixed moment, once it shows a figure (or a message). */
export async function badgeFor(service: string, options: BadgeOptions = {}): Promise<WachttijdBadge> {
  const el = await fixture<WachttijdBadge>(html`<wachttijd-badge
    feed=${options.feed ?? SAMPLE_FEED}
    service=${service}
    metric=${options.metric ?? ''}
    variant=${options.variant ?? 'default'}
    kind=${options.kind ?? 'auto'}
    location=${options.location ?? ''}
    diagnosis-group=${options.group ?? ''}
    lang=${options.lang ?? 'nl'}
    now=${options.now ?? SAMPLE_NOW}
  ></wachttijd-badge>`);
  await badgeSettled(el);
  return el;
}

/** Resolves once the badge no longer shows its loading placeholder. */
export async function badgeSettled(el: WachttijdBadge): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="base"]:not([part~="loading"])'), 'the badge did not finish loading', { timeout: 5000 });
  await el.updateComplete;
}

export const part = (el: HTMLElement, name: string): HTMLElement | null =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** The badge's one accessible name. */
export const badgeName = (el: HTMLElement): string => part(el, 'badge')?.getAttribute('aria-label') ?? '';

export const badgeState = (el: HTMLElement): string => part(el, 'base')?.dataset['state'] ?? '';

/** Waits until every waiting-time badge inside a widget has its figure, so axe sees them whole. */
export async function badgesSettled(el: HTMLElement): Promise<void> {
  const badges = [...el.shadowRoot!.querySelectorAll('wachttijd-badge')];
  await waitUntil(() => badges.every((badge) => badge.shadowRoot?.querySelector('[part~="base"]:not([part~="loading"])')), 'badges did not load', {
    timeout: 5000,
  });
}

/** The words of a badge's details button: "Meer over …" in Dutch, "More about …" in English. */
export const toggleWords = (badge: Element): string => badge.shadowRoot?.querySelector('[part~="toggle"]')?.textContent?.trim() ?? '';

/** Waits until every waiting-time badge inside a widget (at least one) shows its figure in English. */
export async function badgesInEnglish(el: HTMLElement): Promise<void> {
  const inEnglish = (badge: Element): boolean => /^More about/.test(toggleWords(badge)) && !/Voorbeeldcijfer|Meer over/.test(badge.shadowRoot!.textContent ?? '');
  await waitUntil(
    () => {
      const badges = [...el.shadowRoot!.querySelectorAll('wachttijd-badge')];
      return badges.length > 0 && badges.every(inEnglish);
    },
    `the badges stayed Dutch: ${[...el.shadowRoot!.querySelectorAll('wachttijd-badge')].map(toggleWords).join(', ')}`,
    { timeout: 5000 },
  );
}
