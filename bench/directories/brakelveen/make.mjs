// Writes the fictional Brakelveen directory (hsds/organizations.json) and its judge's key
// (answers.json) from source.mjs. Run: node bench/directories/brakelveen/make.mjs
import { writeDirectory } from '../write-directory.mjs';
import * as source from './source.mjs';

writeDirectory(
  {
    folder: new URL('./', import.meta.url),
    key: 'brakelveen',
    name: 'Brakelveen',
    urlPath: 'brakelveen/vraagwijzer',
    province: 'Zuiderpolder',
    about:
      'SAMPLE DATA, FICTIONAL: the "Vraagwijzer" of the Sociaal Wijkteam of Brakelveen, a made-up new town of about 95,000 residents on reclaimed land, exported as HSDS 3.0. Every organisation, service, address, postal code (0350-0389) and phone number (0000-…) is invented. Written as a held-out benchmark directory for Wijkwijzer search.',
    secretAddressText: 'Geheim adres. Bel ons, dan spreken we een veilige plek af.',
    languageNames: {
      nl: 'Nederlands',
      en: 'English',
      ar: 'العربية',
      ti: 'ትግርኛ',
      srn: 'Sranantongo',
      pap: 'Papiamentu',
      tw: 'Twi',
      pl: 'Polski',
    },
    cityOf: (place, gemeente) => gemeente,
  },
  source,
);
