// Writes the fictional Oosterbeemd directory (hsds/organizations.json) and its judge's key
// (answers.json) from source.mjs. Run: node bench/directories/oosterbeemd/make.mjs
import { writeDirectory } from '../write-directory.mjs';
import * as source from './source.mjs';

const dorpen = new Set(['Westerbeemd', 'Lindeloo']);

writeDirectory(
  {
    folder: new URL('./', import.meta.url),
    key: 'oosterbeemd',
    name: 'Oosterbeemd',
    urlPath: 'oosterbeemd-wegwijs',
    province: 'Oostland',
    about:
      'SAMPLE DATA, FICTIONAL: the sociale kaart "Oosterbeemd Wegwijs" of the made-up university town Oosterbeemd (province Oostland), as an HSDS 3.0 export. Every organisation, service, street, postal code (0500-0539) and phone number (0000-…) is invented. Written as a held-out benchmark directory for Wijkwijzer search (issue 13).',
    secretAddressText: 'Geheim adres. Bel ons, dan spreken we een veilige plek af.',
    languageNames: { nl: 'Nederlands', en: 'English', ar: 'العربية', uk: 'Українська', tr: 'Türkçe', pl: 'Polski' },
    cityOf: (place, gemeente) => (dorpen.has(place) ? place : gemeente),
  },
  source,
);
