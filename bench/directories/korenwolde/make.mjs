// Writes the fictional Korenwolde directory (hsds/organizations.json) and its judge's key
// (answers.json) from source.mjs. Run: node bench/directories/korenwolde/make.mjs
import { writeDirectory } from '../write-directory.mjs';
import * as source from './source.mjs';

writeDirectory(
  {
    folder: new URL('./', import.meta.url),
    key: 'korenwolde',
    name: 'Korenwolde',
    urlPath: 'zorg-en-welzijn-noorderklei/korenwolde',
    province: 'Noorderklei',
    about:
      'SAMPLE DATA, FICTIONAL: an export of the made-up regional "Zorg & Welzijn Noorderklei" platform for the made-up gemeente Korenwolde (about 36,000 residents on the northern clay: a small town and five terp villages). Every name, address, postal code (0580-0599, 0650-0669) and phone number (0000-…) is invented; providers typed their own entries. Written as a held-out benchmark directory for Wijkwijzer search.',
    secretAddressText: 'Geheim adres. Bel voor opvang.',
    languageNames: { nl: 'Nederlands', en: 'English', pl: 'Polski', ro: 'Română', bg: 'Български' },
    cityOf: (place) => place.toUpperCase(),
  },
  source,
);
