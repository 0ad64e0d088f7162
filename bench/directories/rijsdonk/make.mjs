// Writes the fictional Rijsdonk directory (hsds/organizations.json) and its judge's key
// (answers.json) from source.mjs. Run: node bench/directories/rijsdonk/make.mjs
import { writeDirectory } from '../write-directory.mjs';
import * as source from './source.mjs';

const VILLAGES = new Set(['Asbroek', 'Vennekerk']);

writeDirectory(
  {
    folder: new URL('./', import.meta.url),
    key: 'rijsdonk',
    name: 'Rijsdonk',
    urlPath: 'bibliotheek-rijsdonk/informatiepunt',
    province: 'Oostrand',
    about:
      'SAMPLE DATA, FICTIONAL: the sociale kaart of the made-up town of Rijsdonk (about 48,000 residents, with the villages Asbroek and Vennekerk), as kept by the Informatiepunt of Bibliotheek Rijsdonk and exported as HSDS 3.0. Every organisation, person, street, postal code (0790-0829) and phone number (0000-…) is invented. Written as a held-out benchmark directory for Wijkwijzer search.',
    secretAddressText: 'Geheim adres. U krijgt het adres als u een afspraak heeft.',
    languageNames: { nl: 'Nederlands', en: 'English', ar: 'العربية', ti: 'ትግርኛ', uk: 'Українська' },
    cityOf: (place, gemeente) => (VILLAGES.has(place) ? place : gemeente),
  },
  source,
);
