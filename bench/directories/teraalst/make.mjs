// Writes the fictional Ter Aalst directory (hsds/organizations.json) and its judge's key
// (answers.json) from source.mjs:  node bench/directories/teraalst/make.mjs
import { writeDirectory } from '../write-directory.mjs';
import * as source from './source.mjs';

const villages = new Set(['Kerkveld', 'Beekzande', 'Holtrade', 'Sint Wendel']);

writeDirectory(
  {
    folder: new URL('./', import.meta.url),
    key: 'teraalst',
    name: 'Ter Aalst',
    urlPath: 'zorgzoeker-grensland',
    province: 'Grensmark',
    about:
      'SAMPLE DATA, FICTIONAL: the Zorgzoeker Grensland of a made-up regional health insurer merged with the welfare list of the made-up gemeente Ter Aalst (a border town of about 50,000 with four church villages). Every organisation, name, street, postal code (0750-0789) and phone number (0000-…) is invented. Written as a held-out benchmark for Wijkwijzer search (issue 13).',
    secretAddressText: 'Geheim adres. Bel voor een afspraak; u wordt opgehaald of krijgt een ontmoetingsplek.',
    languageNames: { nl: 'Nederlands', de: 'Deutsch', en: 'English', ar: 'العربية', tr: 'Türkçe', ti: 'ትግርኛ', pl: 'Polski' },
    cityOf: (place, gemeente) => (villages.has(place) ? place : gemeente),
  },
  source,
);
