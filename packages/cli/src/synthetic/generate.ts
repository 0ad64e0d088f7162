/**
 * A deterministic generator of large synthetic feeds, for benchmarks and tests.
 *
 * Everything is made up: place names are built from word lists, phone numbers have a
 * subscriber part starting with 0 (never dialable), links point to example.org and
 * e-mail addresses to the reserved `.example` domain. The region is `synthetic` and
 * must always be published with `sample: true` (see {@link SYNTHETIC_REGION}).
 *
 * The same options always give the same output: randomness comes from a seeded
 * mulberry32 generator, and dates are counted from a fixed day, never from the clock.
 */
import type {
  Area,
  AvailabilityObservation,
  ImplementationStatus,
  Norm,
  Organization,
  Pathway,
  PostcodeArea,
  RouteStep,
  Service,
  TaxonomyTerm,
} from '@wijkwijzer/schemas';
import { addRecordDetail, cumulative, gemeenteWeights, pickCoverage, regioCountFor, wijkCountFor } from './national.js';
import { Random } from './random.js';
import { slugify } from '../slug.js';

export { mulberry32 } from './random.js';

export interface SyntheticFeedOptions {
  /** How many services to generate (a non-negative integer). */
  services: number;
  /** PRNG seed; the same seed gives a deep-equal feed. Default 1. */
  seed?: number;
  /**
   * How many gemeenten (a positive integer). Given, the feed is laid out like a country:
   * a few big cities and many small gemeenten, subregio's (and with 28 or more gemeenten,
   * regio's above them), services covering a subregio, a regio or the whole country, and
   * records as long as real ones (see ./national.ts). Left out,
   * the small regional layout of earlier versions, unchanged, which the widget tests
   * and the search benchmark use.
   */
  gemeenten?: number;
}

export interface SyntheticFeed {
  areas: Area[];
  organizations: Organization[];
  services: Service[];
  taxonomy: TaxonomyTerm[];
  availability: AvailabilityObservation[];
  norms: Norm[];
  pathways: Pathway[];
  /** Synthetic feeds publish no postcode areas: their places are made up. */
  postcodes?: PostcodeArea[];
}

/** Manifest fields for a synthetic feed: never a real region, always sample data. */
export const SYNTHETIC_REGION = {
  region: { id: 'synthetic', name: 'Synthetische regio (testdata)' },
  publisher: { name: 'Wijkwijzer synthetische testdata' },
  license: 'CC0-1.0',
  sample: true,
  title: 'Synthetische Wijkwijzer-feed',
  description: 'Gegenereerde testdata voor benchmarks en tests. Alle namen, nummers en wachttijden zijn verzonnen.',
} as const;

// ---------------------------------------------------------------- word lists

const PLACE_FIRST = [
  'Elzen', 'Linden', 'Berken', 'Wilgen', 'Eiken', 'Essen', 'Zand', 'Heide', 'Klaver', 'Vliet', 'Beek', 'Hooi',
  'Riet', 'Vlas', 'Mos', 'Veld', 'Duin', 'Meidoorn', 'Hazel', 'Kievit', 'Reiger', 'Vinken', 'Dotter', 'Brem',
] as const;
const PLACE_ROOT = [
  'veen', 'dam', 'dijk', 'hoven', 'wijk', 'horst', 'loo', 'stein', 'meer', 'burg', 'woude', 'broek', 'rode', 'sloot', 'kamp',
] as const;
const WIJK_PATTERNS = ['Noord', 'Zuid', 'Oost', 'West', 'Centrum', 'Oud', 'Nieuw', 'Hoog', 'Laag'] as const;
/** More wijk names for the big cities of the national layout (up to 14 wijken). */
const CITY_WIJK_PATTERNS = ['Binnenstad', 'Haven', 'Stationskwartier', 'Buitenhof', 'Dorp'] as const;
const BUURT_PREFIX = ['De ', 'Het ', ''] as const;
const BUURT_ROOT = ['Hof', 'Gaarde', 'Kamp', 'Akker', 'Weide', 'Park', 'Plein', 'Kade', 'Hoek', 'Singel'] as const;

interface NeedSpec {
  id: string;
  name: string;
  lifeDomain: string;
  synonyms: readonly string[];
}

const LIFE_DOMAINS = [
  ['ld-welzijn', 'Welzijn en contact'],
  ['ld-gezondheid', 'Gezondheid'],
  ['ld-mentaal', 'Mentale gezondheid'],
  ['ld-geld', 'Geld en administratie'],
  ['ld-zorg', 'Zorg en ondersteuning'],
  ['ld-gezin', 'Gezin en opvoeden'],
] as const;

const NEEDS: readonly NeedSpec[] = [
  { id: 'need-eenzaamheid', name: 'Eenzaamheid', lifeDomain: 'ld-welzijn', synonyms: ['eenzaam', 'alleen', 'geen contacten', 'niemand om mee te praten'] },
  { id: 'need-ontmoeting', name: 'Ontmoeten', lifeDomain: 'ld-welzijn', synonyms: ['ontmoeten', 'activiteiten', 'buurthuis', 'koffie'] },
  { id: 'need-geldzorgen', name: 'Geldzorgen', lifeDomain: 'ld-geld', synonyms: ['geldzorgen', 'geen geld', 'rekeningen niet betalen', 'rondkomen'] },
  { id: 'need-schulden', name: 'Schulden', lifeDomain: 'ld-geld', synonyms: ['schulden', 'schuld', 'deurwaarder', 'betalingsachterstand'] },
  { id: 'need-administratie', name: 'Administratie', lifeDomain: 'ld-geld', synonyms: ['post', 'formulieren', 'brieven', 'toeslagen'] },
  { id: 'need-boodschappen', name: 'Boodschappen en huishouden', lifeDomain: 'ld-zorg', synonyms: ['kan geen boodschappen doen', 'huishouden', 'schoonmaken', 'koken'] },
  { id: 'need-dementie', name: 'Dementie', lifeDomain: 'ld-zorg', synonyms: ['vergeetachtig', 'ik heb dementie', 'geheugen', 'alzheimer'] },
  { id: 'need-somberheid', name: 'Somberheid', lifeDomain: 'ld-mentaal', synonyms: ['somber', 'depressief', 'neerslachtig', 'verdrietig'] },
  { id: 'need-stress', name: 'Stress', lifeDomain: 'ld-mentaal', synonyms: ['stress', 'burn-out', 'overspannen', 'piekeren'] },
  { id: 'need-verslaving', name: 'Verslaving', lifeDomain: 'ld-mentaal', synonyms: ['alcohol', 'drugs', 'gokken', 'verslaafd'] },
  { id: 'need-opvoeden', name: 'Opvoeden', lifeDomain: 'ld-gezin', synonyms: ['opvoeding', 'ruzie met mijn kind', 'puber', 'opvoedvragen'] },
  { id: 'need-zwangerschap', name: 'Zwangerschap', lifeDomain: 'ld-gezin', synonyms: ['zwanger', 'baby', 'kinderwens', 'bevalling'] },
  { id: 'need-bewegen', name: 'Bewegen', lifeDomain: 'ld-gezondheid', synonyms: ['bewegen', 'sporten', 'wandelen', 'fit blijven'] },
  { id: 'need-valpreventie', name: 'Vallen voorkomen', lifeDomain: 'ld-gezondheid', synonyms: ['vallen', 'gevallen', 'evenwicht', 'balans'] },
  { id: 'need-overgewicht', name: 'Gezond gewicht', lifeDomain: 'ld-gezondheid', synonyms: ['overgewicht', 'afvallen', 'gezond eten', 'leefstijl'] },
  { id: 'need-mantelzorg', name: 'Mantelzorg', lifeDomain: 'ld-zorg', synonyms: ['mantelzorger', 'zorgen voor mijn moeder', 'overbelast', 'respijt'] },
  { id: 'need-zorg-thuis', name: 'Zorg thuis', lifeDomain: 'ld-zorg', synonyms: ['thuiszorg', 'wijkverpleging', 'wassen', 'wondzorg'] },
  { id: 'need-acute-zorg', name: 'Spoedzorg', lifeDomain: 'ld-zorg', synonyms: ['spoed', 'huisartsenpost', 'dokter in het weekend', 'acuut'] },
  { id: 'need-lichamelijk', name: 'Lichamelijke klachten', lifeDomain: 'ld-gezondheid', synonyms: ['ziek', 'pijn', 'huisarts', 'dokter'] },
  { id: 'need-taal', name: 'Taal', lifeDomain: 'ld-welzijn', synonyms: ['taal', 'nederlands leren', 'laaggeletterd', 'lezen'] },
];

const TARGET_GROUPS = [
  ['tg-volwassenen', 'Volwassenen'],
  ['tg-ouderen', 'Ouderen (65+)'],
  ['tg-mantelzorgers', 'Mantelzorgers'],
  ['tg-jeugd', 'Jeugd'],
  ['tg-ouders', 'Ouders'],
  ['tg-jongvolwassenen', 'Jongvolwassenen'],
  ['tg-statushouders', 'Statushouders'],
  ['tg-mensen-met-schulden', 'Mensen met schulden'],
] as const;
type TargetGroupId = (typeof TARGET_GROUPS)[number][0];

interface Topic {
  /** The first part of the name; compounds on purpose (search must split them). */
  word: string;
  step: RouteStep;
  needs: readonly string[];
  groups: readonly TargetGroupId[];
  referral: Service['referral'];
  cost: Service['cost'];
  orgKind: string;
  /** What the service does, in plain Dutch. */
  what: string;
}

const TOPICS: readonly Topic[] = [
  { word: 'Zelfhulpcursus', step: 'zelf', needs: ['need-stress', 'need-somberheid'], groups: ['tg-volwassenen'], referral: 'geen', cost: 'gratis', orgKind: 'Gezondheidsplatform', what: 'Een online cursus die je zelf thuis volgt, in je eigen tempo.' },
  { word: 'Budgetplanner', step: 'zelf', needs: ['need-geldzorgen', 'need-administratie'], groups: ['tg-volwassenen', 'tg-mensen-met-schulden'], referral: 'geen', cost: 'gratis', orgKind: 'Geldhulp', what: 'Een gratis online hulpmiddel om je inkomsten en uitgaven bij te houden.' },
  { word: 'Wandelroute', step: 'zelf', needs: ['need-bewegen'], groups: ['tg-volwassenen', 'tg-ouderen'], referral: 'geen', cost: 'gratis', orgKind: 'Buurtsport', what: 'Korte wandelroutes met bankjes onderweg, om zelf te lopen wanneer het jou uitkomt.' },
  { word: 'Opvoedtips', step: 'zelf', needs: ['need-opvoeden'], groups: ['tg-ouders'], referral: 'geen', cost: 'gratis', orgKind: 'Jeugdgezondheidszorg', what: 'Tips en filmpjes over opvoeden en opgroeien.' },
  { word: 'Buurtkamer', step: 'samen', needs: ['need-eenzaamheid', 'need-ontmoeting'], groups: ['tg-volwassenen', 'tg-ouderen'], referral: 'geen', cost: 'gratis', orgKind: 'Welzijn', what: 'Een plek om binnen te lopen voor koffie, een praatje of een activiteit.' },
  { word: 'Beweeggroep', step: 'samen', needs: ['need-bewegen', 'need-valpreventie'], groups: ['tg-ouderen'], referral: 'geen', cost: 'eigen-bijdrage', orgKind: 'Buurtsport', what: 'Elke week samen bewegen, met oefeningen voor balans en kracht.' },
  { word: 'Wandelclub', step: 'samen', needs: ['need-bewegen', 'need-eenzaamheid'], groups: ['tg-volwassenen'], referral: 'geen', cost: 'gratis', orgKind: 'Buurtsport', what: 'Samen wandelen met buurtgenoten, in een rustig tempo.' },
  { word: 'Taalcafé', step: 'samen', needs: ['need-taal', 'need-ontmoeting'], groups: ['tg-statushouders'], referral: 'geen', cost: 'gratis', orgKind: 'Welzijn', what: 'Nederlands oefenen in kleine groepjes, zonder huiswerk.' },
  { word: 'Mantelzorgcafé', step: 'samen', needs: ['need-mantelzorg'], groups: ['tg-mantelzorgers'], referral: 'geen', cost: 'gratis', orgKind: 'Mantelzorgsteunpunt', what: 'Mantelzorgers ontmoeten elkaar en delen tips.' },
  { word: 'Herstelgroep', step: 'peers', needs: ['need-somberheid', 'need-stress'], groups: ['tg-volwassenen'], referral: 'geen', cost: 'gratis', orgKind: 'Herstelacademie', what: 'Samen met ervaringsdeskundigen werken aan je herstel.' },
  { word: 'Lotgenotengroep', step: 'peers', needs: ['need-dementie', 'need-mantelzorg'], groups: ['tg-mantelzorgers'], referral: 'geen', cost: 'gratis', orgKind: 'Herstelacademie', what: 'Praten met mensen die hetzelfde meemaken.' },
  { word: 'Ervaringsmaatje', step: 'peers', needs: ['need-schulden', 'need-verslaving'], groups: ['tg-mensen-met-schulden', 'tg-volwassenen'], referral: 'geen', cost: 'gratis', orgKind: 'Herstelacademie', what: 'Iemand die het zelf heeft meegemaakt loopt een tijdje met je mee.' },
  { word: 'Maatjesproject', step: 'informeel', needs: ['need-eenzaamheid'], groups: ['tg-volwassenen', 'tg-ouderen'], referral: 'geen', cost: 'gratis', orgKind: 'Vrijwilligerscentrale', what: 'Een vrijwilliger komt regelmatig langs voor een wandeling of een kop koffie.' },
  { word: 'Boodschappendienst', step: 'informeel', needs: ['need-boodschappen'], groups: ['tg-ouderen'], referral: 'geen', cost: 'gratis', orgKind: 'Vrijwilligerscentrale', what: 'Vrijwilligers doen boodschappen met je of voor je.' },
  { word: 'Mantelzorgondersteuning', step: 'informeel', needs: ['need-mantelzorg'], groups: ['tg-mantelzorgers'], referral: 'geen', cost: 'gratis', orgKind: 'Mantelzorgsteunpunt', what: 'Advies en een luisterend oor voor mantelzorgers.' },
  { word: 'Formulierenhulp', step: 'informeel', needs: ['need-administratie', 'need-geldzorgen'], groups: ['tg-volwassenen'], referral: 'geen', cost: 'gratis', orgKind: 'Geldhulp', what: 'Vrijwilligers helpen met brieven en formulieren.' },
  { word: 'Taalmaatje', step: 'informeel', needs: ['need-taal'], groups: ['tg-statushouders'], referral: 'geen', cost: 'gratis', orgKind: 'Vrijwilligerscentrale', what: 'Een vrijwilliger oefent elke week Nederlands met je.' },
  { word: 'Schuldhulp', step: 'formeel', needs: ['need-schulden', 'need-geldzorgen'], groups: ['tg-mensen-met-schulden'], referral: 'geen', cost: 'gratis', orgKind: 'Geldhulp', what: 'Een schuldhulpverlener maakt met je een plan om van je schulden af te komen.' },
  { word: 'Geldspreekuur', step: 'formeel', needs: ['need-geldzorgen', 'need-administratie'], groups: ['tg-volwassenen'], referral: 'geen', cost: 'gratis', orgKind: 'Geldhulp', what: 'Zonder afspraak langskomen met vragen over geld en rekeningen.' },
  { word: 'Buurtteam', step: 'formeel', needs: ['need-geldzorgen', 'need-eenzaamheid', 'need-opvoeden'], groups: ['tg-volwassenen', 'tg-ouders'], referral: 'geen', cost: 'gratis', orgKind: 'Buurtteam', what: 'Een vaste medewerker denkt gratis met je mee over allerlei vragen.' },
  { word: 'Wijkverpleging', step: 'formeel', needs: ['need-zorg-thuis', 'need-dementie'], groups: ['tg-ouderen'], referral: 'geen', cost: 'verzekerd', orgKind: 'Thuiszorg', what: 'Verpleging en verzorging bij je thuis.' },
  { word: 'Huisartsenpraktijk', step: 'formeel', needs: ['need-lichamelijk'], groups: ['tg-volwassenen', 'tg-jeugd'], referral: 'geen', cost: 'verzekerd', orgKind: 'Huisartsen', what: 'Je eigen huisarts, voor klachten en vragen over je gezondheid.' },
  { word: 'Huisartsenpost', step: 'formeel', needs: ['need-acute-zorg'], groups: ['tg-volwassenen', 'tg-jeugd'], referral: 'geen', cost: 'verzekerd', orgKind: 'Huisartsen', what: 'Dringende huisartsenzorg in de avond, de nacht en het weekend. Bel altijd eerst.' },
  { word: 'Praktijkondersteuner GGZ', step: 'formeel', needs: ['need-somberheid', 'need-stress'], groups: ['tg-volwassenen'], referral: 'huisarts', cost: 'verzekerd', orgKind: 'Huisartsen', what: 'Een paar gesprekken bij de huisartsenpraktijk over somberheid, stress of angst.' },
  { word: 'Leefstijlcoach', step: 'formeel', needs: ['need-overgewicht', 'need-bewegen'], groups: ['tg-volwassenen'], referral: 'huisarts', cost: 'verzekerd', orgKind: 'Gezondheidscentrum', what: 'Twee jaar begeleiding bij gezonder eten en meer bewegen.' },
  { word: 'Ggz-behandeling', step: 'formeel', needs: ['need-somberheid', 'need-stress'], groups: ['tg-volwassenen'], referral: 'huisarts', cost: 'eigen-risico', orgKind: 'Ggz', what: 'Behandeling bij psychische klachten, na verwijzing door je huisarts.' },
  { word: 'Verslavingszorg', step: 'formeel', needs: ['need-verslaving'], groups: ['tg-volwassenen', 'tg-jongvolwassenen'], referral: 'huisarts', cost: 'eigen-risico', orgKind: 'Ggz', what: 'Hulp als alcohol, drugs of gokken je leven beheerst.' },
  { word: 'Dagbesteding', step: 'formeel', needs: ['need-dementie', 'need-ontmoeting'], groups: ['tg-ouderen'], referral: 'wmo-beschikking', cost: 'eigen-bijdrage', orgKind: 'Zorgcentrum', what: 'Een paar dagen per week activiteiten onder begeleiding.' },
  { word: 'Consultatiebureau', step: 'formeel', needs: ['need-opvoeden', 'need-zwangerschap'], groups: ['tg-ouders'], referral: 'geen', cost: 'gratis', orgKind: 'Jeugdgezondheidszorg', what: 'Controles en advies over de groei en ontwikkeling van je kind.' },
  { word: 'Verpleeghuiszorg', step: 'formeel', needs: ['need-zorg-thuis', 'need-dementie'], groups: ['tg-ouderen'], referral: 'wlz-indicatie', cost: 'eigen-bijdrage', orgKind: 'Zorgcentrum', what: 'Wonen met zorg, de hele dag en nacht.' },
];

const ORG_SUFFIX = ['', ' Samen', ' Dichtbij', ' en Co', ' Centraal', ' Plus'] as const;
const LANGUAGE_CODES = [
  ['nl', 'Nederlands'],
  ['en', 'Engels'],
  ['ar', 'Arabisch'],
  ['tr', 'Turks'],
  ['pl', 'Pools'],
  ['uk', 'Oekraïens'],
] as const;
const WEEKDAYS = 'MO,TU,WE,TH,FR';
const HOLIDAYS = [
  { date: '2026-12-25', description: 'Eerste Kerstdag' },
  { date: '2026-12-26', description: 'Tweede Kerstdag' },
  { date: '2027-01-01', description: 'Nieuwjaarsdag' },
  { date: '2027-04-27', description: 'Koningsdag' },
] as const;
const STATUSES: readonly ImplementationStatus[] = ['niet-gestart', 'opstartend', 'gevorderd', 'geborgd', 'via-andere-regio'];

const NORM_SOURCE = { name: 'Treeknormen, Zorgverzekeraars Nederland / NZa' };
const NORMS: readonly Norm[] = [
  { id: 'syn-treeknorm-ggz-aanmelding', name: 'Treeknorm ggz: aanmelding tot intake', sector: 'ggz', metric: 'aanmeldwachttijd', max_value: 4, unit: 'weken', version: '2024', source: NORM_SOURCE },
  { id: 'syn-treeknorm-ggz-behandeling', name: 'Treeknorm ggz: intake tot behandeling', sector: 'ggz', metric: 'behandelwachttijd', max_value: 10, unit: 'weken', version: '2024', source: NORM_SOURCE },
  // 80 % within 2 working days, at most 3 (issue 18's Treeknorm for the huisarts).
  { id: 'syn-treeknorm-huisarts', name: 'Treeknorm huisarts: afspraak', sector: 'huisarts', metric: 'aanmeldwachttijd', target: { share_percent: 80, value: 2 }, max_value: 3, unit: 'werkdagen', version: '2024', source: NORM_SOURCE },
  { id: 'syn-treeknorm-wijkverpleging', name: 'Treeknorm wijkverpleging', sector: 'wijkverpleging', metric: 'aanmeldwachttijd', max_value: 6, unit: 'weken', version: '2024', source: NORM_SOURCE },
];

// ---------------------------------------------------------------- helpers

/** Fixed day all generated dates count back from (so output never depends on the clock). */
const BASE_DAY_MS = Date.UTC(2026, 10, 1);
const DAY_MS = 86_400_000;

/** The `generated_at` to publish a synthetic feed with: the fixed day its dates count from. */
export const SYNTHETIC_GENERATED_AT = new Date(BASE_DAY_MS).toISOString().replace('.000Z', 'Z');

function isoDaysBefore(days: number): string {
  return new Date(BASE_DAY_MS - days * DAY_MS).toISOString().slice(0, 10);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** A made-up number: `0NN 000 NNNN`, whose subscriber part starts with 0. */
function fakePhone(counter: number): string {
  return `0${pad(10 + (counter % 89), 2)} 000 ${pad(counter % 10000, 4)}`;
}

function postalCode(random: Random): string {
  const letters = 'ABCDEGHJKLMNPRTVWXZ';
  const letter = (): string => letters.charAt(random.int(0, letters.length - 1));
  return `${random.int(1000, 9999)} ${letter()}${letter()}`;
}

function round5(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}

interface WijkInfo {
  area: Area;
  gemeente: Area;
  buurten: Area[];
  latitude: number;
  longitude: number;
}

// ---------------------------------------------------------------- generators

function buildTaxonomy(): TaxonomyTerm[] {
  const terms: TaxonomyTerm[] = LIFE_DOMAINS.map(([id, name]) => ({ id, name, kind: 'life-domain' }));
  for (const need of NEEDS) {
    terms.push({ id: need.id, name: need.name, kind: 'need', life_domain_id: need.lifeDomain, synonyms: [...need.synonyms] });
  }
  for (const [id, name] of TARGET_GROUPS) terms.push({ id, name, kind: 'target-group' });
  return terms;
}

/**
 * The shape of the areas. The small layout (no `gemeenten` option) draws names and
 * wijk counts at random, exactly as before the option existed, so feeds that tests
 * and benchmarks already use stay the same; the national layout sizes gemeenten by
 * {@link gemeenteWeights} and gives every gemeente its own name.
 */
interface AreaPlan {
  /** Regio's between the root and the subregio's; 0: the root is the one regio. */
  regios: number;
  subregios: number;
  gemeenten: number;
  wijkPatterns: readonly string[];
  gemeenteName(random: Random, index: number): string;
  wijkCount(random: Random, index: number): number;
}

function smallPlan(serviceCount: number): AreaPlan {
  return {
    regios: 0,
    subregios: Math.min(5, Math.max(2, Math.ceil(serviceCount / 2000))),
    gemeenten: Math.min(80, Math.max(3, Math.ceil(serviceCount / 300))),
    wijkPatterns: WIJK_PATTERNS,
    gemeenteName: (random) => `${random.pick(PLACE_FIRST)}${random.pick(PLACE_ROOT)}`,
    wijkCount: (random) => random.int(3, 8),
  };
}

function nationalPlan(weights: readonly number[]): AreaPlan {
  const largest = weights[0] ?? 1;
  const combinations = PLACE_FIRST.length * PLACE_ROOT.length;
  return {
    regios: regioCountFor(weights.length),
    subregios: Math.max(2, Math.ceil(weights.length / 10)),
    gemeenten: weights.length,
    wijkPatterns: [...WIJK_PATTERNS, ...CITY_WIJK_PATTERNS],
    gemeenteName: (_random, index) => {
      // 97 is coprime with the 360 combinations, so the first 360 names are all different.
      const combination = (index * 97) % combinations;
      const base = `${PLACE_FIRST[combination % PLACE_FIRST.length]}${PLACE_ROOT[Math.floor(combination / PLACE_FIRST.length)]}`;
      const round = Math.floor(index / combinations);
      return round === 0 ? base : `${base} ${round + 1}`;
    },
    wijkCount: (_random, index) => wijkCountFor(weights[index] ?? largest, largest),
  };
}

interface AreaSet {
  region: Area;
  /** The regio's below the root; none when the root is the one regio. */
  regios: Area[];
  areas: Area[];
  wijken: WijkInfo[];
  gemeenten: Area[];
}

/** The name of the `index`th regio: every one different, with no random draw (the small layout draws none). */
function regioName(index: number): string {
  const combination = (index * 131 + 7) % (PLACE_FIRST.length * PLACE_ROOT.length);
  return `Regio ${PLACE_FIRST[combination % PLACE_FIRST.length]}${PLACE_ROOT[Math.floor(combination / PLACE_FIRST.length)]}`;
}

function buildAreas(random: Random, plan: AreaPlan): AreaSet {
  const region: Area = { id: 'synthetic', name: SYNTHETIC_REGION.region.name, kind: 'regio', centroid: { latitude: 52.2, longitude: 5.2 } };
  const regios: Area[] = Array.from({ length: plan.regios }, (_, index) => ({
    id: `syn-regio-${pad(index + 1, 2)}`,
    name: regioName(index),
    kind: 'regio',
    parent_ids: [region.id],
  }));
  const areas: Area[] = [region, ...regios];
  const subregios: Area[] = [];
  for (let index = 1; index <= plan.subregios; index += 1) {
    // Round the regio's, so each has one subregio or more.
    const parent = regios.length > 0 ? regios[(index - 1) % regios.length]!.id : region.id;
    const subregio: Area = { id: `syn-subregio-${index}`, name: `Subregio ${random.pick(PLACE_FIRST)}${random.pick(PLACE_ROOT)}`, kind: 'subregio', parent_ids: [parent] };
    subregios.push(subregio);
    areas.push(subregio);
  }
  const gemeenten: Area[] = [];
  const wijken: WijkInfo[] = [];
  for (let g = 1; g <= plan.gemeenten; g += 1) {
    const name = plan.gemeenteName(random, g - 1);
    const latitude = 51.9 + random.float() * 0.5;
    const longitude = 4.7 + random.float() * 1.0;
    const gemeente: Area = {
      id: `syn-gm-${pad(g, 3)}-${slugify(name)}`,
      name,
      kind: 'gemeente',
      parent_ids: [random.pick(subregios).id],
      centroid: { latitude: round5(latitude), longitude: round5(longitude) },
    };
    gemeenten.push(gemeente);
    areas.push(gemeente);
    const patterns = random.sample(plan.wijkPatterns, plan.wijkCount(random, g - 1));
    patterns.forEach((pattern, w) => {
      const wijkLat = latitude + (random.float() - 0.5) * 0.04;
      const wijkLon = longitude + (random.float() - 0.5) * 0.06;
      const wijkName = `${name}-${pattern}`;
      const wijk: Area = {
        id: `${gemeente.id}-wk-${pad(w + 1, 2)}`,
        name: wijkName,
        kind: 'wijk',
        parent_ids: [gemeente.id],
        centroid: { latitude: round5(wijkLat), longitude: round5(wijkLon) },
      };
      areas.push(wijk);
      const buurten: Area[] = [];
      const buurtCount = random.int(1, 3);
      for (let b = 1; b <= buurtCount; b += 1) {
        const buurt: Area = {
          id: `${wijk.id}-bu-${b}`,
          name: `${random.pick(BUURT_PREFIX)}${random.pick(PLACE_FIRST)}${random.pick(BUURT_ROOT).toLowerCase()}`,
          kind: 'buurt',
          parent_ids: [wijk.id],
          centroid: { latitude: round5(wijkLat + (random.float() - 0.5) * 0.01), longitude: round5(wijkLon + (random.float() - 0.5) * 0.015) },
        };
        buurten.push(buurt);
        areas.push(buurt);
      }
      wijken.push({ area: wijk, gemeente, buurten, latitude: wijkLat, longitude: wijkLon });
    });
  }
  // An overlapping working area, as GP organisations have: a few wijken of several gemeenten.
  const werkgebied: Area = { id: 'syn-werkgebied-huisartsen', name: 'Werkgebied huisartsenorganisatie (synthetisch)', kind: 'werkgebied', parent_ids: ['synthetic'] };
  areas.push(werkgebied);
  for (const wijk of random.sample(wijken, Math.max(1, Math.floor(wijken.length / 4)))) {
    wijk.area.parent_ids = [...(wijk.area.parent_ids ?? []), werkgebied.id];
  }
  return { region, regios, areas, wijken, gemeenten };
}

function buildOrganizations(
  random: Random,
  serviceCount: number,
  gemeenten: readonly Area[],
): { organizations: Organization[]; byKind: Map<string, Organization[]> } {
  const count = Math.min(5000, Math.max(TOPICS.length, Math.ceil(serviceCount / 6)));
  const kinds = [...new Set(TOPICS.map((topic) => topic.orgKind))];
  const organizations: Organization[] = [];
  const byKind = new Map<string, Organization[]>();
  for (let index = 1; index <= count; index += 1) {
    // Cycle through the kinds first, so every topic has at least one fitting organisation.
    const kind = kinds[(index - 1) % kinds.length] ?? 'Welzijn';
    const place = random.pick(gemeenten).name;
    const name = `${kind} ${place}${random.pick(ORG_SUFFIX)}`;
    const id = `syn-org-${pad(index, 5)}`;
    const organization: Organization = {
      id,
      name,
      description: `Verzonnen organisatie (${kind.toLowerCase()}) in ${place}, alleen voor tests.`,
      email: `info@${id}.voorbeeld.example`,
      website: `https://example.org/synthetisch/${id}`,
      phones: [{ number: fakePhone(index), description: 'Verzonnen nummer' }],
    };
    organizations.push(organization);
    const sameKind = byKind.get(kind) ?? [];
    sameKind.push(organization);
    byKind.set(kind, sameKind);
  }
  return { organizations, byKind };
}

/** Where a service is: the wijk its location lies in, and the area it serves. */
interface Placement {
  home: WijkInfo;
  /** The area in `service_areas`. */
  served: Area;
  /** Where its location is: `served` itself when that is a wijk or buurt, else the home wijk. */
  site: Area;
  /** Names the service after its area: "Schuldhulp Elzenveen-Noord". */
  label: string;
  /** "Voor inwoners van …". */
  residents: string;
}

type Placer = (random: Random) => Placement;

/** The small layout: any wijk, or one of its buurten (unchanged from before the national layout). */
function smallPlacer(wijken: readonly WijkInfo[]): Placer {
  return (random) => {
    const home = random.pick(wijken);
    const place = random.chance(0.3) && home.buurten.length > 0 ? random.pick(home.buurten) : home.area;
    return { home, served: place, site: place, label: place.name, residents: `${home.area.name} in ${home.gemeente.name}` };
  };
}

/** The national layout: a gemeente by size, then how far the service reaches ({@link pickCoverage}). */
function nationalPlacer(areaSet: AreaSet, weights: readonly number[]): Placer {
  const totals = cumulative(weights);
  const wijkenByGemeente = new Map<string, WijkInfo[]>();
  for (const wijk of areaSet.wijken) {
    const list = wijkenByGemeente.get(wijk.gemeente.id) ?? [];
    list.push(wijk);
    wijkenByGemeente.set(wijk.gemeente.id, list);
  }
  const byId = new Map(areaSet.areas.map((area) => [area.id, area]));
  const subregioOf = (gemeente: Area): Area => byId.get(gemeente.parent_ids?.[0] ?? '') ?? areaSet.region;
  return (random) => {
    const gemeente = areaSet.gemeenten[random.weightedIndex(totals)] as Area;
    const home = random.pick(wijkenByGemeente.get(gemeente.id) ?? []);
    const coverage = pickCoverage(random, areaSet.regios.length > 0);
    const country = { home, served: areaSet.region, site: home.area, label: 'landelijk', residents: 'heel het land' };
    if (coverage === 'land') return country;
    if (coverage === 'regio') {
      // Without regio's below it, the root is the regio.
      const regio = areaSet.regios.length > 0 ? byId.get(subregioOf(gemeente).parent_ids?.[0] ?? '') : undefined;
      return regio ? { home, served: regio, site: home.area, label: regio.name, residents: `alle gemeenten van ${regio.name}` } : country;
    }
    if (coverage === 'subregio') {
      const subregio = subregioOf(gemeente);
      return { home, served: subregio, site: home.area, label: subregio.name, residents: `alle gemeenten van ${subregio.name}` };
    }
    if (coverage === 'gemeente') return { home, served: gemeente, site: home.area, label: gemeente.name, residents: `de gemeente ${gemeente.name}` };
    const place = coverage === 'buurt' && home.buurten.length > 0 ? random.pick(home.buurten) : home.area;
    return { home, served: place, site: place, label: place.name, residents: `${place.name} in ${gemeente.name}` };
  };
}

function buildServices(
  random: Random,
  count: number,
  placer: Placer,
  organizations: readonly Organization[],
  orgsByKind: ReadonlyMap<string, readonly Organization[]>,
  withDetail: boolean,
): Service[] {
  const services: Service[] = [];
  for (let index = 1; index <= count; index += 1) {
    const topic = random.pick(TOPICS);
    const { home: wijk, served, site, label, residents } = placer(random);
    const organization = random.pick(orgsByKind.get(topic.orgKind) ?? organizations);
    const id = `syn-svc-${pad(index, 6)}`;
    const name = `${topic.word} ${label}`;
    const audienceRoll = random.float();
    const audience: Service['audience'] = audienceRoll < 0.05 ? 'professional' : audienceRoll < 0.25 ? 'beide' : 'inwoner';
    const isHap = topic.word === 'Huisartsenpost';
    const service: Service = {
      id,
      organization_id: organization.id,
      name,
      status: 'active',
      description: `${topic.what} Voor inwoners van ${residents}. Dit is verzonnen testdata.`,
      summary_b1: `${topic.what} In ${label}.`,
      route_step: topic.step,
      needs: [...topic.needs],
      target_groups: [...topic.groups],
      audience,
      referral: topic.referral,
      cost: topic.cost,
      url: `https://example.org/synthetisch/${id}`,
      email: `${id}@voorbeeld.example`,
      phones: [{ number: fakePhone(index * 7), description: isHap ? 'Bel eerst (verzonnen nummer)' : 'Verzonnen nummer' }],
      languages: [{ code: 'nl', name: 'Nederlands' }, ...random.sample(LANGUAGE_CODES.slice(1), random.int(0, 2)).map(([code, languageName]) => ({ code, name: languageName }))],
      service_areas: [{ area_id: served.id, name: served.name }],
      assured_date: isoDaysBefore(random.int(0, 400)),
    };
    if (audience !== 'inwoner') {
      service.referral_process = 'Meld aan via het verzonnen verwijsportaal of bel de contactpersoon voor professionals.';
      service.contacts = [{ title: 'Contactpersoon voor verwijzers', email: `verwijzers-${id}@voorbeeld.example` }];
    }
    if (isHap) {
      service.schedules = [
        { freq: 'WEEKLY', byday: WEEKDAYS, opens_at: '17:00', closes_at: '08:00', description: 'Avond en nacht' },
        { freq: 'WEEKLY', byday: 'SA,SU', opens_at: '08:00', closes_at: '08:00', description: 'Weekend, dag en nacht' },
      ];
      service.alert = 'Bel altijd eerst. Bij levensgevaar: bel 112.';
    } else if (topic.step !== 'zelf') {
      const opens = random.pick(['08:00', '08:30', '09:00', '10:00', '13:00']);
      const closes = random.pick(['12:00', '16:00', '17:00', '17:30', '21:00']);
      service.schedules = [{ freq: 'WEEKLY', byday: random.pick([WEEKDAYS, 'MO,WE,FR', 'TU,TH', 'SA']), opens_at: opens, closes_at: closes > opens ? closes : '17:00' }];
      if (random.chance(0.25)) {
        service.walk_in = { description: 'Binnenlopen zonder afspraak tijdens de openingstijden.' };
        service.schedules.push({ freq: 'WEEKLY', byday: 'TU', opens_at: '09:00', closes_at: '11:00', description: 'Inloop', attending_type: 'in person' });
      }
      if (random.chance(0.2)) {
        service.schedule_exceptions = random.sample(HOLIDAYS, random.int(1, HOLIDAYS.length)).map((day) => ({ date: day.date, closed: true, description: day.description }));
      }
      service.service_at_locations = [{
        location: {
          id: `${service.id}-locatie`,
          name,
          latitude: round5(wijk.latitude + (random.float() - 0.5) * 0.01),
          longitude: round5(wijk.longitude + (random.float() - 0.5) * 0.015),
          addresses: [{ address_1: `Verzonnenstraat ${random.int(1, 250)}`, city: wijk.gemeente.name, postal_code: postalCode(random), country: 'NL' }],
          area_ids: [site.id],
        },
      }];
    }
    if (topic.groups.includes('tg-ouderen')) service.minimum_age = 65;
    if (topic.groups.includes('tg-jongvolwassenen')) {
      service.minimum_age = 12;
      service.maximum_age = 25;
    }
    if (withDetail) addRecordDetail(random, service, organization.name);
    services.push(service);
  }
  return services;
}

function buildAvailability(random: Random, services: readonly Service[]): AvailabilityObservation[] {
  const observations: AvailabilityObservation[] = [];
  for (const service of services) {
    const source = { name: 'Verzonnen bron (synthetisch)' };
    const referenceDaysAgo = random.chance(0.15) ? random.int(90, 400) : random.int(0, 30);
    const base = { reference_date: isoDaysBefore(referenceDaysAgo), source };
    if (service.name.startsWith('Ggz-behandeling ')) {
      // As the NZa asks (contract 1.2): the next free slot at the service's place, the realised mean
      // of the last two months, and treatment per hoofddiagnosegroep. Values derive from one draw,
      // so the random sequence (and every other synthetic record) stays as it was.
      const intake = random.int(1, 12);
      const locationId = service.service_at_locations?.[0]?.location.id;
      const ggz = { ...base, service_id: service.id, unit: 'weken' as const, refresh_interval_days: 30 };
      observations.push({ ...ggz, id: `${service.id}-aanmeld`, metric: 'aanmeldwachttijd', method: 'derde-vrije-plek', value: intake, norm_id: 'syn-treeknorm-ggz-aanmelding', ...(locationId ? { location_id: locationId } : {}) });
      observations.push({ ...ggz, id: `${service.id}-aanmeld-gerealiseerd`, metric: 'aanmeldwachttijd', method: 'gemiddelde-gerealiseerd', period_months: 2, value: intake + 1, norm_id: 'syn-treeknorm-ggz-aanmelding' });
      const treatment = random.int(2, 20);
      const [first, second] = random.pick([['angst', 'depressie'], ['depressie', 'persoonlijkheid'], ['trauma', 'angst']] as const);
      for (const [group, value] of [[first, treatment], [second, treatment + 3]] as const) {
        observations.push({ ...ggz, id: `${service.id}-behandel-${group}`, metric: 'behandelwachttijd', method: 'gemiddelde-gerealiseerd', period_months: 2, value, norm_id: 'syn-treeknorm-ggz-behandeling', diagnosis_group: group });
      }
    } else if (service.name.startsWith('Wijkverpleging ')) {
      observations.push({ ...base, id: `${service.id}-aanmeld`, service_id: service.id, metric: 'aanmeldwachttijd', method: 'schatting', value: random.int(1, 60), unit: 'dagen', norm_id: 'syn-treeknorm-wijkverpleging', refresh_interval_days: 7 });
    } else if (service.name.startsWith('Huisartsenpost ')) {
      observations.push({ ...base, id: `${service.id}-bereikbaar`, service_id: service.id, metric: 'bereikbaarheid', value: true, refresh_interval_days: 1 });
    } else if (service.name.startsWith('Huisartsenpraktijk ') && random.chance(0.5)) {
      const stop = random.chance(0.3);
      observations.push({ ...base, id: `${service.id}-stop`, service_id: service.id, metric: 'patientenstop', value: stop, refresh_interval_days: 90 });
      // A practice that takes new patients says how soon they are seen, in working days (huisarts norm).
      if (!stop) observations.push({ ...base, id: `${service.id}-afspraak`, service_id: service.id, metric: 'aanmeldwachttijd', method: 'derde-vrije-plek', value: 1 + (referenceDaysAgo % 4), unit: 'werkdagen', norm_id: 'syn-treeknorm-huisarts', refresh_interval_days: 7 });
    } else if (service.name.startsWith('Verpleeghuiszorg ') || service.name.startsWith('Dagbesteding ')) {
      observations.push({ ...base, id: `${service.id}-plekken`, service_id: service.id, metric: 'beschikbare-plekken', value: random.int(0, 8), unit: 'plekken', refresh_interval_days: 7 });
    }
  }
  return observations;
}

function buildPathways(random: Random, services: readonly Service[], gemeenten: readonly Area[]): Pathway[] {
  const byWord = (word: string): string[] =>
    services.filter((service) => service.name.startsWith(`${word} `)).slice(0, 10).map((service) => service.id);
  const implementation = gemeenten.map((gemeente) => ({ area_id: gemeente.id, status: random.pick(STATUSES) }));
  const welzijn = [...byWord('Praktijkondersteuner GGZ'), ...byWord('Buurtkamer'), ...byWord('Maatjesproject')];
  const gli = [...byWord('Leefstijlcoach'), ...byWord('Beweeggroep')];
  return [
    {
      id: 'syn-welzijn-op-recept',
      name: 'Welzijn op Recept (synthetisch)',
      aim: 'Minder psychosociale klachten door activiteiten in de wijk.',
      summary_b1: 'Je huisarts stuurt je naar een welzijnscoach, die met je zoekt naar activiteiten in je buurt.',
      target_group: 'Volwassenen met psychosociale klachten.',
      target_group_ids: ['tg-volwassenen'],
      eligibility: { description: 'Voor volwassenen.', rule: { type: 'range', field: 'age', min: 18 } },
      steps: [
        { id: 'signaleren', title: 'Huisarts signaleert', description_b1: 'Je praat met je huisarts over hoe het gaat.', roles: [{ role: 'Huisarts' }] },
        { id: 'coach', title: 'Gesprek met de welzijnscoach', description_b1: 'Je zoekt samen naar iets wat je energie geeft.', roles: [{ role: 'Welzijnscoach' }], referred_by: 'Huisarts', service_ids: welzijn.slice(0, 3) },
      ],
      entry_points: [{ kind: 'huisarts', description: 'Via je huisarts.' }],
      service_ids: welzijn,
      implementation,
      sources: [{ title: 'Synthetische testdata' }],
      last_reviewed: isoDaysBefore(10),
    },
    {
      id: 'syn-gli',
      name: 'Gecombineerde leefstijlinterventie (synthetisch)',
      aim: 'Een blijvend gezondere leefstijl.',
      summary_b1: 'Twee jaar begeleiding bij gezonder eten en meer bewegen, via je huisarts.',
      target_group: 'Volwassenen met overgewicht.',
      target_group_ids: ['tg-volwassenen'],
      eligibility: {
        description: 'BMI 30 of hoger, of 25 of hoger met een grote buikomvang.',
        rule: {
          type: 'all',
          rules: [
            { type: 'range', field: 'age', min: 18 },
            {
              type: 'any',
              rules: [
                { type: 'range', field: 'bmi', min: 30 },
                {
                  type: 'all',
                  rules: [
                    { type: 'range', field: 'bmi', min: 25 },
                    {
                      type: 'any',
                      rules: [
                        { type: 'range', field: 'waist_cm', min: 102, sex: 'man' },
                        { type: 'range', field: 'waist_cm', min: 88, sex: 'vrouw' },
                        { type: 'condition', condition: 'diabetes-type-2', label: 'Diabetes type 2' },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      },
      steps: [
        { id: 'verwijzing', title: 'Verwijzing door de huisarts', description_b1: 'Je huisarts kijkt of het programma bij je past.', roles: [{ role: 'Huisarts' }] },
        { id: 'programma', title: 'Programma met een leefstijlcoach', description_b1: 'Twee jaar werken aan je leefstijl.', roles: [{ role: 'Leefstijlcoach' }], duration: '2 jaar', service_ids: gli.slice(0, 3) },
      ],
      entry_points: [{ kind: 'huisarts', description: 'Alleen via je huisarts.' }],
      service_ids: gli,
      implementation: gemeenten.slice(0, Math.ceil(gemeenten.length / 2)).map((gemeente) => ({ area_id: gemeente.id, status: random.pick(STATUSES) })),
      sources: [{ title: 'Synthetische testdata' }],
      last_reviewed: isoDaysBefore(20),
    },
  ];
}

/**
 * Generates a synthetic feed with `services` services. Areas, organisations and
 * availability scale with it; taxonomy, norms and pathways are small and fixed in shape.
 */
export function generateSyntheticFeed(options: SyntheticFeedOptions): SyntheticFeed {
  const { services: serviceCount, seed = 1 } = options;
  if (!Number.isInteger(serviceCount) || serviceCount < 0) {
    throw new RangeError(`services must be a non-negative integer, got ${String(serviceCount)}`);
  }
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${String(seed)}`);
  const { gemeenten: gemeenteCount } = options;
  if (gemeenteCount !== undefined && (!Number.isInteger(gemeenteCount) || gemeenteCount < 1)) {
    throw new RangeError(`gemeenten must be a positive integer, got ${String(gemeenteCount)}`);
  }
  const random = new Random(seed);
  const taxonomy = buildTaxonomy();
  const weights = gemeenteCount === undefined ? undefined : gemeenteWeights(gemeenteCount);
  const areaSet = buildAreas(random, weights ? nationalPlan(weights) : smallPlan(serviceCount));
  const { areas, gemeenten } = areaSet;
  const placer = weights ? nationalPlacer(areaSet, weights) : smallPlacer(areaSet.wijken);
  const { organizations, byKind } = buildOrganizations(random, serviceCount, gemeenten);
  const services = buildServices(random, serviceCount, placer, organizations, byKind, weights !== undefined);
  const availability = buildAvailability(random, services);
  const pathways = buildPathways(random, services, gemeenten);
  return { areas, organizations, services, taxonomy, availability, norms: NORMS.map((norm) => ({ ...norm, source: { ...norm.source } })), pathways };
}
