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

/** Every filter off; each key is there, so spreading it over chosen filters clears them all. */
export const NO_FILTERS: KaartFilters = { need: undefined, area: undefined, targetGroup: undefined, language: undefined, free: false, noReferral: false, openNow: false };

/** Filters set in the filter panel (the need is shown apart, as a tile or chip). */
export function panelFilterCount(filters: KaartFilters): number {
  return [filters.targetGroup, filters.language, filters.free, filters.noReferral, filters.openNow].filter(Boolean).length;
}

/** Filters under the SDK's names (see ServiceSearchOptions), as the finder sets them. */
export type SdkFilters = {
  need?: string;
  area?: string;
  targetGroup?: string;
  language?: string;
  cost?: 'gratis';
  referral?: 'geen';
  openNow?: true;
};

/** The set filters under the SDK's names, unset ones left out: what a search asks and `wijkwijzer-search` reports. */
export function sdkFilters(filters: KaartFilters): SdkFilters {
  return {
    ...(filters.need ? { need: filters.need } : {}),
    ...(filters.area ? { area: filters.area } : {}),
    ...(filters.targetGroup ? { targetGroup: filters.targetGroup } : {}),
    ...(filters.language ? { language: filters.language } : {}),
    ...(filters.free ? { cost: 'gratis' as const } : {}),
    ...(filters.noReferral ? { referral: 'geen' as const } : {}),
    ...(filters.openNow ? { openNow: true } : {}),
  };
}
