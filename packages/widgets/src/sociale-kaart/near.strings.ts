import { stringTables } from '../internal/localize.js';

/**
 * The words of "help near you" (postcode, "Bij mij in de buurt", distance, radius and order), loaded
 * with the results (lazy-part.ts): the first view does not carry them. Dutch at B1 level, "je".
 */
const nl = {
  nearTitle: 'Hulp dichtbij',
  postcodeLabel: 'Je postcode',
  postcodeHint: 'Bijvoorbeeld 3511 of 3511 AB',
  postcodeButton: 'Zoek dichtbij',
  nearButton: 'Bij mij in de buurt',
  nearHint: 'Je browser vraagt of je je plek wilt delen. Je plek blijft op dit apparaat. We bewaren hem niet.',
  lookingUp: 'We zoeken je postcode op…',
  locating: 'We zoeken waar je bent…',
  fromPostcode: (postcode: string) => `Je ziet de afstand vanaf postcode ${postcode}.`,
  fromDevice: 'Je ziet de afstand vanaf waar je nu bent.',
  postcodeInvalid: 'Dit is geen postcode. Typ 4 cijfers, bijvoorbeeld 3511.',
  postcodeUnknown: (postcode: string) => `We kennen postcode ${postcode} niet in deze regio. Kijk of je hem goed hebt getypt.`,
  lookupFailed: 'We konden je postcode nu niet opzoeken. Probeer het later nog eens.',
  denied: 'Je deelt je plek niet. Dat is goed. Typ je postcode als je hulp dichtbij wilt zien.',
  unavailable: 'We kunnen niet zien waar je bent. Typ je postcode als je hulp dichtbij wilt zien.',
  timeout: 'Het duurde te lang om je plek te vinden. Probeer het nog eens, of typ je postcode.',
  clearPlace: 'Wis je plek',
  radiusLabel: 'Afstand',
  radiusAll: 'Hele regio',
  radiusWithin: (km: number) => `Binnen ${km} km`,
  sortLabel: 'Volgorde',
  sortRoute: 'Per soort hulp, dichtbij eerst',
  sortRelevance: 'Best passend eerst',
  sortDistance: 'Dichtbij eerst',
  distanceAway: (distance: string) => `${distance} van je af`,
  noPlace: 'Online of telefonisch',
};

export type NearStrings = typeof nl;

export const NEAR_STRINGS = stringTables(nl, () => import('./near.strings.en.js'));
