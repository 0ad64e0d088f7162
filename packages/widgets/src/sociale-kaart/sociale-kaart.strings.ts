import type { CostCategory, Referral } from './kaart-types.js';
import type { RouteGroupKey } from './route-groups.js';
import type { ContactWay } from './service-facts.js';
import { stringTables } from '../internal/localize.js';

/**
 * The finder's words. Dutch at B1 level: short sentences, everyday words, "je".
 * Web teams can change them with `overrideStrings(KAART_STRINGS, 'nl', { … })`.
 */
const nl = {
  searchLabel: 'Waar zoek je hulp bij?',
  searchHint: 'Typ in je eigen woorden, bijvoorbeeld ‘ik ben eenzaam’ of ‘geldzorgen’.',
  searchButton: 'Zoeken',
  suggestionsLabel: 'Onderwerpen die passen bij wat je typt',
  suggestionMatched: (words: string) => `(${words})`,
  tilesTitle: 'Kies een onderwerp',
  tilesMore: 'Meer onderwerpen',
  tilesFewer: 'Minder onderwerpen',
  needChip: (need: string) => `Onderwerp: ${need}`,
  needRemove: (need: string) => `Onderwerp ${need} weghalen`,
  filtersTitle: 'Filters',
  filterArea: 'Gebied',
  filterAreaAll: 'Hele regio',
  filterAreaWhole: (name: string) => `Heel ${name}`,
  filterTargetGroup: 'Voor wie',
  filterTargetGroupAll: 'Iedereen',
  filterLanguage: 'Taal',
  filterLanguageAll: 'Alle talen',
  filterFree: 'Gratis',
  filterNoReferral: 'Zonder verwijzing',
  filterOpenNow: 'Nu open',
  filtersClear: 'Filters wissen',
  areaUnknown: (name: string) => `We kennen het gebied ‘${name}’ niet. Je ziet nu hulp in de hele regio.`,
  wijkUnknown: (wijk: string, gemeente: string) => `We kennen de wijk ‘${wijk}’ niet. Je ziet nu hulp in heel ${gemeente}.`,
  resultsTitle: 'Resultaten',
  resultCount: (count: number) => (count === 1 ? '1 resultaat' : `${count} resultaten`),
  resultCountWithCrisis: (count: number) =>
    `${count === 1 ? '1 resultaat' : `${count} resultaten`}. Hulplijnen voor direct hulp staan bovenaan.`,
  viewSwitch: 'Bekijk als',
  viewList: 'Lijst',
  viewMap: 'Kaart',
  showMore: (shown: number, total: number) => `Meer tonen (${shown} van ${total})`,
  showAll: (count: number) => (count === 1 ? 'Bekijk de dienst' : `Bekijk alle ${count} diensten`),
  /** Before the places of a service offered in several (see the SDK's groupByPlace): "op 5 plekken:". */
  places: (count: number) => `Op ${count} plekken:`,
  progressParts: (done: number, total: number) => `Hulp wordt geladen: ${done} van ${total} delen`,
  progressBytes: (done: number, total: number) => `Hulp wordt geladen: ${done} van ${total} kB`,
  widenSearch: 'Zoek in de hele regio',
  routeStep: (step: RouteGroupKey) =>
    ({
      zelf: 'Zelf doen',
      samen: 'Samen met je netwerk',
      peers: 'Hulp van ervaringsdeskundigen',
      informeel: 'Hulp van vrijwilligers',
      formeel: 'Professionele hulp',
      overig: 'Andere hulp',
      meer: 'Misschien past dit ook',
    })[step],
  emptyTitle: 'We vinden geen hulp die past bij je zoekvraag.',
  emptyWithFilters: 'Probeer het met minder filters, of met andere woorden.',
  emptyNoFilters: 'Probeer andere woorden, bijvoorbeeld ‘eenzaam’, ‘schulden’ of ‘huisarts’. Of kies een onderwerp.',
  emptyReset: 'Wis je zoekvraag en filters',
  back: 'Terug naar resultaten',
  offeredBy: (organization: string) => `Aangeboden door ${organization}`,
  contactTitle: 'Contact',
  phoneLabel: 'Telefoon',
  walkInLabel: 'Binnenlopen zonder afspraak',
  websiteLabel: 'Website',
  emailLabel: 'E-mail',
  addressTitle: 'Adres',
  hoursTitle: 'Openingstijden deze week',
  hoursUnknown: 'De openingstijden zijn niet bekend.',
  /**
   * After hoursUnknown and costUnknown: how to find out, by the ways to reach the service that its
   * record has (contactWaysOf), so it never sends a resident to a phone, site or door it lacks.
   */
  contactAdvice: (ways: readonly ContactWay[]) => {
    const advice = ways.map((way) => ({ phone: 'bel', website: 'kijk op de website', email: 'stuur een e-mail', visit: 'ga langs' })[way]).join(' of ');
    return advice && `${advice.charAt(0).toUpperCase()}${advice.slice(1)}.`;
  },
  costTitle: 'Kosten',
  cost: (cost: CostCategory) =>
    ({
      gratis: 'Gratis',
      'eigen-bijdrage': 'Je betaalt een eigen bijdrage',
      verzekerd: 'Vergoed door je zorgverzekering',
      'eigen-risico': 'Vergoed door je zorgverzekering; het eigen risico geldt',
    })[cost],
  costUnknown: 'De kosten zijn niet bekend.',
  referralTitle: 'Verwijzing',
  referral: (referral: Referral) =>
    ({
      geen: 'Je hebt geen verwijzing nodig',
      huisarts: 'Je hebt een verwijzing van de huisarts nodig',
      buurtteam: 'Je hebt een verwijzing van het buurtteam nodig',
      'wmo-beschikking': 'Je hebt een beschikking van de gemeente nodig (Wmo)',
      'wlz-indicatie': 'Je hebt een indicatie voor de Wet langdurige zorg nodig',
    })[referral],
  howToStartTitle: 'Zo begin je',
  languagesTitle: 'Talen',
  /** Languages many residents speak that browsers may not name (see languageName); '' for others. */
  languageNamed: (code: string) =>
    (
      {
        pap: 'Papiaments',
        rif: 'Tarifit (Riffijns)',
        ber: 'Berbers (Tamazight)',
        prs: 'Dari',
        ti: 'Tigrinya',
        so: 'Somalisch',
        apc: 'Noord-Levantijns-Arabisch',
        ajp: 'Zuid-Levantijns-Arabisch',
      } as Record<string, string>
    )[code] ?? '',
  accessibilityTitle: 'Toegankelijkheid',
  waitingTitle: 'Wachttijd',
  professionalTitle: 'Voor professionals',
  referralRouteLabel: 'Zo verwijs je',
  contactRolesLabel: 'Contactpersonen',
  lastChecked: (date: string) => `Laatst gecontroleerd op ${date}`,
  feedback: 'Klopt er iets niet? Laat het ons weten',
  errorFeedback: 'Meld het probleem',
  detailLabel: (name: string) => `Informatie over ${name}`,
  /** The toggle on a result and in the details that puts a service in the list (its name follows, for screen readers). */
  save: 'Bewaar',
  listButton: (count: number) => `Mijn lijst (${count})`,
};

export type KaartStrings = typeof nl;

export const KAART_STRINGS = stringTables(nl, () => import('./sociale-kaart.strings.en.js'));
