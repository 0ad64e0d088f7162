// Writes the fictional Molenrade directory (hsds/organizations.json) and its judge's key
// (answers.json) from source.mjs: node bench/directories/molenrade/make.mjs
import { writeDirectory } from '../write-directory.mjs';
import * as source from './source.mjs';

writeDirectory(
  {
    folder: new URL('./', import.meta.url),
    key: 'molenrade',
    name: 'Molenrade',
    urlPath: 'wegwijzer-molenrade',
    province: 'Oostmaasland',
    about:
      'SAMPLE DATA, FICTIONAL: the "Wegwijzer voor Ouderen en Mantelzorgers" of the made-up gemeente Molenrade (the mill town Molenrade with Nieuw-Rade, and the church villages Olderkerk and Heiligenhoven), compiled by the seniors\' association Het Zilveren Rad with the Raad van Kerken and Stichting Welzijn Molenrade. Every organisation, person, address, postal code (0900-0939) and phone number (0000-…) is invented. A held-out benchmark directory for Wijkwijzer search, exported as an HSDS 3.0 page.',
    secretAddressText: 'Het adres van het opvanghuis is geheim, voor uw veiligheid. Belt u ons, dan spreken wij een veilige plek met u af.',
    languageNames: { nl: 'Nederlands', en: 'English', tr: 'Türkçe', ms: 'Bahasa Melayu' },
    cityOf: (place) => (place.startsWith('Molenrade') || place === 'Nieuw-Rade' ? 'Molenrade' : place),
  },
  source,
);
