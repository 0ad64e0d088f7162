import type { Lang, ServiceSearchOptions } from '@wijkwijzer/sdk';
import type { KaartAudience } from './kaart-attributes.js';

/** What the resident has chosen besides the words they typed. */
export interface KaartFilters {
  need?: string | undefined;
  area?: string | undefined;
  targetGroup?: string | undefined;
  language?: string | undefined;
  free: boolean;
  noReferral: boolean;
  openNow: boolean;
}

export const NO_FILTERS: KaartFilters = { free: false, noReferral: false, openNow: false };

/** Filters set in the filter panel (the need is shown apart, as a tile or chip). */
export function panelFilterCount(filters: KaartFilters): number {
  return [filters.targetGroup, filters.language, filters.free, filters.noReferral, filters.openNow].filter(Boolean).length;
}

/** The SDK search options for these filters; unset filters are left out, not sent as undefined. */
export function searchOptions(
  filters: KaartFilters,
  audience: KaartAudience,
  lang: Lang,
  now: Date,
): ServiceSearchOptions {
  return {
    audience,
    lang,
    now,
    ...(filters.need ? { need: filters.need } : {}),
    ...(filters.area ? { area: filters.area } : {}),
    ...(filters.targetGroup ? { targetGroup: filters.targetGroup } : {}),
    ...(filters.language ? { language: filters.language } : {}),
    ...(filters.free ? { cost: 'gratis' as const } : {}),
    ...(filters.noReferral ? { referral: 'geen' as const } : {}),
    ...(filters.openNow ? { openNow: true } : {}),
  };
}

/** The filters as the `wijkwijzer-search` event reports them: SDK filter names, set ones only. */
export function eventFilters(filters: KaartFilters): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  if (filters.need) out['need'] = filters.need;
  if (filters.area) out['area'] = filters.area;
  if (filters.targetGroup) out['targetGroup'] = filters.targetGroup;
  if (filters.language) out['language'] = filters.language;
  if (filters.free) out['cost'] = 'gratis';
  if (filters.noReferral) out['referral'] = 'geen';
  if (filters.openNow) out['openNow'] = true;
  return out;
}
