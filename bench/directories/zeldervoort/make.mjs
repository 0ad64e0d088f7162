// Writes the fictional Zeldervoort directory (hsds/organizations.json) and its judge's key
// (answers.json) from source.mjs. Run: node bench/directories/zeldervoort/make.mjs
import { writeDirectory } from '../write-directory.mjs';
import * as source from './source.mjs';

writeDirectory(
  {
    folder: new URL('./', import.meta.url),
    key: 'zeldervoort',
    name: 'Zeldervoort',
    urlPath: 'zeldervoort/regelingenbank',
    province: 'Rivierland',
    about:
      'SAMPLE DATA, FICTIONAL: the sociale kaart of the made-up gemeente Zeldervoort (a market town and three dyke villages), generated from its "regelingenbank". Organisations, services, addresses, postal codes (0250-0289) and phone numbers (0000-) are invented. Written as a held-out benchmark directory for Wijkwijzer search.',
    secretAddressText: 'Geheim adres. Contact uitsluitend telefonisch.',
    languageNames: { nl: 'Nederlands', en: 'English', ar: 'العربية', ti: 'ትግርኛ' },
    cityOf: (place) => (place === 'Zeldervoort-Oost' ? 'Zeldervoort' : place),
  },
  source,
);
