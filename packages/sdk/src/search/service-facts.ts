import type { GeoPoint, Service } from '@wijkwijzer/schemas';
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
  const points: GeoPoint[] = [];
  for (const area of service.service_areas ?? []) if (area.area_id) areaIds.add(area.area_id);
  for (const at of service.service_at_locations ?? []) {
    const location = at.location;
    for (const id of location.area_ids ?? []) areaIds.add(id);
    if (location.latitude !== undefined && location.longitude !== undefined) {
      points.push({ latitude: location.latitude, longitude: location.longitude });
    }
  }
  return { areaIds: [...areaIds], points, languages: new Set(languageCodesOf(service).map(primarySubtag)) };
}

export function primarySubtag(code: string): string {
  return (code.split('-')[0] ?? code).toLowerCase();
}
