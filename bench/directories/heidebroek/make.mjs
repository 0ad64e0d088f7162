// Writes the fictional Heidebroek directory (hsds/organizations.json) and its judge's key
// (answers.json) from source.mjs. Run: node bench/directories/heidebroek/make.mjs
import { writeDirectory } from '../write-directory.mjs';
import * as source from './source.mjs';

writeDirectory(
  {
    folder: new URL('./', import.meta.url),
    key: 'heidebroek',
    name: 'Heidebroek',
    urlPath: 'heidebroek/sociale-kaart',
    province: 'Heidemark',
    about:
      'SAMPLE DATA, FICTIONAL: the sociale kaart of the made-up rural gemeente Heidebroek (five heath villages: Heidebroek, Eschveld, Ginkelo, Bramelo, Wolfsven) as kept by volunteers of the dorpsondersteuners network and the village associations, exported as an HSDS 3.0 API page. All names, addresses, postal codes (0200-0239) and phone numbers (0000-) are invented. Written as a held-out benchmark for Wijkwijzer search (issue 13).',
    secretAddressText: 'Geheim adres. Bel ons, dan spreken we een veilige plek af.',
    languageNames: { nl: 'Nederlands', en: 'English', ar: 'العربية', pl: 'Polski', ro: 'Română' },
    cityOf: (place) => place.toUpperCase(),
  },
  source,
);
