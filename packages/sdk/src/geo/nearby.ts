import type { GeoPoint, Service } from '@wijkwijzer/schemas';
import { nearestKm } from './distance.js';

/** The radius choices a finder offers, in km; no radius is the whole region. */
export const RADIUS_CHOICES_KM = [1, 3, 5, 10] as const;

/** Anything that carries a service, such as a search hit. */
export interface WithService {
  service: Service;
}

/** The points of a service's places that have coordinates, in the service's order. */
export function locatedPlaces(service: Service): GeoPoint[] {
  const points: GeoPoint[] = [];
  for (const { location } of service.service_at_locations ?? []) {
    if (location.latitude !== undefined && location.longitude !== undefined) points.push({ latitude: location.latitude, longitude: location.longitude });
  }
  return points;
}

/**
 * How far the nearest place of a service is from `origin`, in km; undefined for a service without
 * a place with coordinates (online, by phone, at home, or a place not yet located).
 */
export function serviceDistanceKm(service: Service, origin: GeoPoint): number | undefined {
  return nearestKm(origin, locatedPlaces(service));
}

/** Whether a service has a place to go to at all (an address or coordinates); otherwise it is online or by phone. */
export function hasPlace(service: Service): boolean {
  return (service.service_at_locations ?? []).some(({ location }) => location.location_type !== 'virtual');
}

/**
 * The items within `radiusKm` of `origin`, in their order. Services without a located place stay:
 * help online or by phone is near to everyone, and a place not yet located must not vanish.
 */
export function withinRadius<T extends WithService>(items: readonly T[], origin: GeoPoint, radiusKm: number): T[] {
  return items.filter(({ service }) => {
    const km = serviceDistanceKm(service, origin);
    return km === undefined || km <= radiusKm;
  });
}

/** The items nearest first; equally near ones and those without a located place (last) keep their order. */
export function nearestFirst<T extends WithService>(items: readonly T[], origin: GeoPoint): T[] {
  return items
    .map((item, index) => ({ item, index, km: serviceDistanceKm(item.service, origin) ?? Number.POSITIVE_INFINITY }))
    .sort((a, b) => a.km - b.km || a.index - b.index)
    .map(({ item }) => item);
}
