// Writes the fictional Haverdal directory (hsds/organizations.json) and its judge's key
// (answers.json) from source.mjs. Run: node bench/directories/haverdal/make.mjs
import { writeDirectory } from '../write-directory.mjs';
import * as source from './source.mjs';

const VILLAGES = new Set(['Kolbergen', 'Sint-Odiliënrade', 'Mergelbeek']);

writeDirectory(
  {
    folder: new URL('./', import.meta.url),
    key: 'haverdal',
    name: 'Haverdal',
    urlPath: 'zorgnetwerk-haverdal',
    province: 'Zuidheuvelland',
    about:
      'SAMPLE DATA, FICTIONAL: the "Zorgnetwerk Haverdal", an invented sociale kaart of the made-up gemeente Haverdal (about 52,000 residents), published by the transferbureau of the invented Sint-Barbaraziekenhuis with the gemeente. Care pathways first, welfare as "Ondersteuning in de wijk". Every organisation, address, postal code (0700-0705, 0930-0949, 0990-0999) and phone number (0000-…) is made up. Written as a held-out benchmark for Wijkwijzer search.',
    secretAddressText: 'Geheim adres. Aanmelden en opvang via de telefonische bereikbaarheid of via het Sociaal Team.',
    languageNames: { nl: 'Nederlands', en: 'English', de: 'Deutsch', pl: 'Polski', ar: 'العربية', tr: 'Türkçe' },
    cityOf: (place, gemeente) => (VILLAGES.has(place) ? place : gemeente),
  },
  source,
);
