/** Where the resident is and how far help is: postcodes, distances, a radius and nearest-first order. Runs on the device. */
export { distanceKm } from './distance.js';
export { createStaticGeocoder, normalizePostcode, parsePostcode, type Geocoder, type ParsedPostcode } from './geocoder.js';
export { createPostcodeGeocoder, locatePostcode, type PostcodeMatch } from './postcodes.js';
export { hasPlace, locatedPlaces, nearestFirst, RADIUS_CHOICES_KM, serviceDistanceKm, withinRadius, type WithService } from './nearby.js';
