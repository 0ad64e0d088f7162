import type { GeoPoint } from '@wijkwijzer/schemas';

const EARTH_RADIUS_KM = 6371.0088;

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

/** Great-circle distance in kilometres (haversine); accurate to well under 0.5 % at regional scale. */
export function distanceKm(from: GeoPoint, to: GeoPoint): number {
  const dLat = toRadians(to.latitude - from.latitude);
  const dLon = toRadians(to.longitude - from.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(from.latitude)) * Math.cos(toRadians(to.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The distance from `from` to the nearest of `points`, in km; undefined when there are none. */
export function nearestKm(from: GeoPoint, points: readonly GeoPoint[]): number | undefined {
  let nearest: number | undefined;
  for (const point of points) {
    const km = distanceKm(from, point);
    if (nearest === undefined || km < nearest) nearest = km;
  }
  return nearest;
}
