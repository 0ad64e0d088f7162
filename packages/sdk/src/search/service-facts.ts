import type { GeoPoint, Service } from '@wijkwijzer/schemas';
import { locatedPlaces } from '../geo/nearby.js';
import { languageCodesOf } from './service-languages.js';

/** What filters need from a service, gathered once at index time instead of on every search. */
export interface ServiceFacts {
  /** Areas from service_areas and from the areas its locations lie in. */
  areaIds: readonly string[];
  /** Coordinates of its locations. */
  points: readonly GeoPoint[];
  /** Primary language subtags ("ar" for "ar-MA") of the codes `languageCodesOf` gives. */
  languages: ReadonlySet<string>;
}

export function serviceFacts(service: Service): ServiceFacts {
  const areaIds = new Set<string>();
  for (const area of service.service_areas ?? []) if (area.area_id) areaIds.add(area.area_id);
  for (const { location } of service.service_at_locations ?? []) for (const id of location.area_ids ?? []) areaIds.add(id);
  return { areaIds: [...areaIds], points: locatedPlaces(service), languages: new Set(languageCodesOf(service).map(primarySubtag)) };
}

export function primarySubtag(code: string): string {
  return (code.split('-')[0] ?? code).toLowerCase();
}
