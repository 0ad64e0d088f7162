// Writes the fictional Veenhof directory (hsds/organizations.json) and its judge's key (answers.json)
// from source.mjs. Run: node bench/directories/veenhof/make.mjs
import { writeDirectory } from '../write-directory.mjs';
import * as source from './source.mjs';

writeDirectory(
  {
    folder: new URL('./', import.meta.url),
    key: 'veenhof',
    name: 'Veenhof',
    urlPath: 'zorgkaart-hcv',
    province: 'Veenmarke',
    about:
      'SAMPLE DATA, FICTIONAL: the "Zorgkaart HCV" of the made-up peat-district town of Veenhof (with the villages Ellertsveen and Haarsloot), kept by an invented GP cooperative for GPs, POHs and practice assistants and later opened to residents. Every organisation, street, postal code (07xx, which no Dutch code uses) and phone number (0000-…) is invented. Written as a held-out benchmark directory for Wijkwijzer search.',
    secretAddressText: 'Geheim adres. Aanmelden telefonisch; HA kan bellen namens pt.',
    languageNames: { nl: 'Nederlands', en: 'English', pl: 'Polski', uk: 'Українська' },
    cityOf: (place, gemeente) => (place.startsWith('Veenhof') ? 'Veenhof' : place === 'Oosterdiep' ? 'Oosterdiep' : place),
  },
  source,
);
