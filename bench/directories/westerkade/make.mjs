// Writes the fictional Westerkade directory (hsds/organizations.json) and its judge's key
// (answers.json) from source.mjs. Run: node bench/directories/westerkade/make.mjs
import { writeDirectory } from '../write-directory.mjs';
import * as source from './source.mjs';

writeDirectory(
  {
    folder: new URL('./', import.meta.url),
    key: 'westerkade',
    name: 'Westerkade',
    urlPath: 'buurtgids-westerkade',
    province: 'Zuid-Maasland',
    about:
      'SAMPLE DATA, FICTIONAL: the "Buurtgids Westerkade", a made-up sociale kaart of a made-up port district of the made-up gemeente Rijnmonde, kept by its community workers. Every organisation, service, street, postal code (0540-0579) and phone number (0000-…) is invented. An HSDS 3.0 export used as held-out benchmark data for Wijkwijzer search.',
    secretAddressText: 'Geheim adres. Bel voor aanmelden, we spreken een veilige plek af.',
    languageNames: {
      nl: 'Nederlands',
      en: 'English',
      pl: 'Polski',
      bg: 'Български',
      ar: 'العربية',
      tr: 'Türkçe',
      pt: 'Português',
      kea: 'Kabuverdianu',
      fr: 'Français',
      es: 'Español',
      ro: 'Română',
      ti: 'ትግርኛ',
      srn: 'Sranantongo',
    },
    cityOf: (place, gemeente) => gemeente,
  },
  source,
);
