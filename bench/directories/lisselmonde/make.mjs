// Writes the fictional Lisselmonde directory from source.mjs: `node bench/directories/lisselmonde/make.mjs`.
// What it writes and how: ../write-directory.mjs.
import { writeDirectory } from '../write-directory.mjs';
import * as source from './source.mjs';

writeDirectory(
  {
    folder: new URL('./', import.meta.url),
    key: 'lisselmonde',
    name: 'Lisselmonde',
    urlPath: 'ggd-westmare/sociale-kaart-lisselmonde',
    province: 'Westmare',
    about:
      'SAMPLE DATA, FICTIONAL: the sociale kaart of the made-up coastal gemeente Lisselmonde (about 42,000 inhabitants; the town, the seaside resort Lisselstrand and the polder villages Vlaskerke, Zoutepolder and Griendijk), as published by the made-up regional public health service GGD Westmare. Every organisation, person, address, postal code (0950-0989, which no real Dutch code uses) and phone number (0000-…) is invented. Written as a held-out benchmark for Wijkwijzer search.',
    secretAddressText: 'Geheim adres. Opvang is bereikbaar via de telefoon; het adres wordt om veiligheidsredenen niet vermeld.',
    languageNames: { nl: 'Nederlands', en: 'English', de: 'Deutsch', pl: 'Polski', ro: 'Română', bg: 'Български' },
    cityOf: (place, gemeente) => (place === 'Lisselmonde-Noord' ? 'Lisselmonde' : place === gemeente ? gemeente : place.toUpperCase()),
  },
  source,
);
