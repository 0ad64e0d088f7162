import type { MapStrings } from './kaart-map.strings.js';

/** The map's words in English, loaded the first time a widget on the page speaks English (see `stringTables`). */
export const en: MapStrings = {
  mapLabel: (count) => (count === 1 ? 'Map with 1 service' : `Map with ${count} services`),
  mapHint: 'Tab takes you to the map, the arrow keys to the next service. Enter opens the service.',
  noneLocated: 'None of these services has an address on the map. See the list.',
  withoutAddress: 'Without an address (online or by phone)',
  notOnMap: 'With an address, but not on the map',
  outline: (area) => `The line is the border of ${area}.`,
  origin: 'Your place',
  originHint: 'The red diamond is your place.',
};
