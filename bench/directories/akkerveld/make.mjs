// Writes the fictional Akkerveld directory (hsds/organizations.json) and its judge's key
// (answers.json) from source.mjs. Run: node bench/directories/akkerveld/make.mjs
import { writeDirectory } from '../write-directory.mjs';
import * as source from './source.mjs';

writeDirectory(
  {
    folder: new URL('./', import.meta.url),
    key: 'akkerveld',
    name: 'Akkerveld',
    urlPath: 'wmo-portaal-akkerveld',
    province: 'Kleiland',
    about:
      'SAMPLE DATA, FICTIONAL: the Wmo-portaal of the made-up gemeente Akkerveld (about 55,000 residents; the industrial town Ruwenbroek merged with the villages Hoogakker, Lindeweerd, Zandstee and Oude Kamp) in the made-up province Kleiland, exported as HSDS 3.0. Built by an IT supplier as a product catalogue: every service is a product with a category path, a product code and tick-box lines. Every organisation, service, address, postal code (0450-0489) and phone number (0000-…) is invented. Written as a held-out benchmark directory for Wijkwijzer.',
    secretAddressText: 'Geheim adres. Aanmelding alleen telefonisch of via een hulpverlener.',
    languageNames: { nl: 'Nederlands', en: 'English' },
    cityOf: (place, gemeente) => (place === gemeente ? gemeente : place),
  },
  source,
);
