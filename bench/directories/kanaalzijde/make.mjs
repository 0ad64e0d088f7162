// Writes the fictional Kanaalzijde directory (hsds/organizations.json) and its judge's key
// (answers.json) from source.mjs. Run: node bench/directories/kanaalzijde/make.mjs
import { writeDirectory } from '../write-directory.mjs';
import * as source from './source.mjs';

writeDirectory(
  {
    folder: new URL('./', import.meta.url),
    key: 'kanaalzijde',
    name: 'Kanaalzijde',
    urlPath: 'kanaalzijde',
    province: 'Lage Stroom',
    about:
      'SAMPLE DATA, FICTIONAL: the sociale kaart of Kanaalzijde, a made-up city district of about 110,000 residents along a canal, as published by a made-up welfare foundation (Stichting Welzijn Kanaalzijde). Every organisation, service, street, postal code (0400-0449) and phone number (0000-…) is invented. Written as a held-out benchmark directory for Wijkwijzer search (issue 13).',
    secretAddressText: 'Geheim adres. Na telefonisch contact wordt een afspraak op een veilige locatie gemaakt.',
    languageNames: { nl: 'Nederlands', en: 'English', ar: 'العربية', ti: 'ትግርኛ', pl: 'polski', tr: 'Türkçe', ber: 'Tamaziɣt' },
    cityOf: (place, gemeente) => gemeente,
  },
  source,
);
