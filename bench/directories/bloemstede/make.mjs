// Writes the fictional Bloemstede directory (hsds/organizations.json) and its judge's key
// (answers.json) from source.mjs: node bench/directories/bloemstede/make.mjs
import { writeDirectory } from '../write-directory.mjs';
import * as source from './source.mjs';

writeDirectory(
  {
    folder: new URL('./', import.meta.url),
    key: 'bloemstede',
    name: 'Bloemstede',
    urlPath: 'bloemstede-zorgloket',
    province: 'Heuvelmark',
    about:
      'SAMPLE DATA, FICTIONAL: the "Zorgloket" sociale kaart of the made-up gemeente Bloemstede (about 44,000 residents) and its neighbour Lindenhaeghe, as an HSDS 3.0 export. Every organisation, service, address, postal code (0830-0859, which no real Dutch code uses) and phone number (0000-…) is invented. Written for the Wijkwijzer benchmark as a held-out directory.',
    secretAddressText: 'Geheim adres – uit veiligheidsoverwegingen niet gepubliceerd. Neem telefonisch contact op.',
    languageNames: { nl: 'Nederlands', en: 'English', ar: 'العربية', ti: 'ትግርኛ', uk: 'Українська' },
    cityOf: (place, gemeente) => (place === 'Vennebroek' || gemeente !== 'Bloemstede' ? place : 'Bloemstede'),
  },
  source,
);
