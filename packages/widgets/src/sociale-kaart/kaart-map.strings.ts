import { stringTables } from '../internal/localize.js';

/**
 * The map's words, loaded with it (map-part.ts) the first time a resident opens "Kaart". Dutch at
 * B1 level; the "Kaart" and "Lijst" buttons are in the finder's table.
 */
const nl = {
  mapLabel: (count: number) => (count === 1 ? 'Kaart met 1 dienst' : `Kaart met ${count} diensten`),
  mapHint: 'Met Tab ga je naar de kaart, met de pijltjestoetsen naar de volgende dienst. Enter opent de dienst.',
  noneLocated: 'Geen van deze diensten heeft een adres op de kaart. Kijk in de lijst.',
  withoutAddress: 'Zonder adres (online of telefonisch)',
  notOnMap: 'Met een adres, maar niet op de kaart',
  outline: (area: string) => `De lijn is de grens van ${area}.`,
  /** The resident's own point (a postcode or "near me"), once the finder has one. */
  origin: 'Jouw plek',
  originHint: 'De rode ruit is jouw plek.',
};

export type MapStrings = typeof nl;

export const MAP_STRINGS = stringTables(nl, () => import('./kaart-map.strings.en.js'));
