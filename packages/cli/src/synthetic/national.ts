/**
 * What makes a synthetic feed look like a country rather than one small region:
 * gemeenten of very different sizes, regio's between the country and its subregio's,
 * services that cover a subregio, a regio or the whole country, and records with the optional texts real feeds carry (so byte counts are
 * realistic: about 1.6 KB of compact JSON per service, as in data/regio-utrecht).
 */
import type { Service } from '@wijkwijzer/schemas';
import type { Random } from './random.js';

/**
 * Zipf's law with exponent 0.7 over the gemeenten by rank. With 342 gemeenten the
 * largest gets about 6 % of all services and the median about 0.16 %, close to how
 * the Dutch population is spread (Amsterdam ~5 %, the median gemeente ~0.16 %).
 */
export function gemeenteWeights(count: number): number[] {
  return Array.from({ length: count }, (_, index) => (index + 1) ** -0.7);
}

/** Running totals of `weights`, for {@link Random.weightedIndex}. */
export function cumulative(weights: readonly number[]): number[] {
  let total = 0;
  return weights.map((weight) => (total += weight));
}

/** Wijken by size: 2 for the smallest gemeenten, up to 14 for the largest city. */
export function wijkCountFor(weight: number, largest: number): number {
  return Math.round(2 + 12 * Math.sqrt(weight / largest));
}

/** Gemeenten per regio in a country-sized layout: the Netherlands has ~25 GGD regio's for 342 gemeenten. */
const GEMEENTEN_PER_REGIO = 14;

/**
 * How many regio's lie between the country and its subregio's: one per 14 gemeenten, and
 * none (the root is the one regio) below two, so a region-sized feed keeps its old layout.
 */
export function regioCountFor(gemeenten: number): number {
  const count = Math.floor(gemeenten / GEMEENTEN_PER_REGIO);
  return count >= 2 ? count : 0;
}

/** Where a service's area lies, and in what share of services. */
export type Coverage = 'land' | 'regio' | 'subregio' | 'gemeente' | 'wijk' | 'buurt';

/**
 * 3 % of services serve a whole regio, 12 % a subregio; the rest a gemeente (35 %), a wijk
 * (35 %) or a buurt (15 %), close to the sample region's mix (46 subregio, 92 gemeente, 87 wijk
 * areas among 197 services). With regio's below the root (`withRegios`), 0.1 % serve the whole
 * country (national help lines, online self-help: a few hundred, as in real national
 * directories) and 2.9 % their regio; without, the root is the one regio and has all 3 %.
 */
export function pickCoverage(random: Random, withRegios: boolean): Coverage {
  const roll = random.float();
  if (roll < 0.03) return withRegios && roll < 0.001 ? 'land' : 'regio';
  if (roll < 0.15) return 'subregio';
  if (roll < 0.5) return 'gemeente';
  if (roll < 0.85) return 'wijk';
  return 'buurt';
}

const DETAIL_SENTENCES = [
  'Je hoeft niets voor te bereiden: vertel gewoon wat er speelt.',
  'Medewerkers en vrijwilligers hebben een geheimhoudingsplicht.',
  'Neem gerust iemand mee, bijvoorbeeld een familielid, een buur of een vriend.',
  'Kun je niet naar ons toe komen? Dan komen we bij je thuis.',
  'We werken samen met het buurtteam, de huisarts en andere organisaties in de buurt.',
  'Spreek je de taal niet goed? Dan regelen we een tolk of doen we het samen met een taalmaatje.',
  'Na het eerste gesprek spreken we samen af wat je nodig hebt en wie wat doet.',
  'Je kunt ook anoniem een vraag stellen via de chat op de website.',
] as const;

const APPLICATION_PROCESSES = [
  'Bel of mail. Een medewerker neemt binnen drie werkdagen contact met je op voor een kennismaking.',
  'Meld je aan via het formulier op de website. Je krijgt binnen een week een uitnodiging.',
  'Loop binnen tijdens de openingstijden, of bel om een afspraak te maken.',
  'Vraag je huisarts om een verwijzing en bel daarna om een intake te plannen.',
  'Kom een keer vrijblijvend kijken. Aanmelden kan ter plekke.',
] as const;

const FEES: Partial<Record<Service['cost'] & string, readonly string[]>> = {
  'eigen-bijdrage': [
    'Je betaalt € 2 per keer. Heb je een laag inkomen? Vraag naar de regeling voor minima van je gemeente.',
    'De eigen bijdrage hangt af van je inkomen; het CAK rekent hem voor je uit.',
  ],
  'eigen-risico': ['Vergoed uit de basisverzekering; je betaalt wel je eigen risico.'],
  verzekerd: ['Vergoed uit de basisverzekering. Je betaalt er geen eigen risico voor.'],
};

const ACCESSIBILITY = [
  { description: 'Rolstoeltoegankelijk', details: 'Drempelvrije ingang en een aangepast toilet op de begane grond.' },
  { description: 'Ringleiding aanwezig', details: 'In de spreekkamers en de grote zaal.' },
] as const;

/**
 * Adds what real records have beside the essentials: a longer description, a way in,
 * sometimes another name, what it costs and how accessible it is.
 */
export function addRecordDetail(random: Random, service: Service, organizationName: string): void {
  const [first, second] = random.sample(DETAIL_SENTENCES, 2);
  service.description = `${service.description ?? ''} ${first ?? ''} ${second ?? ''}`.trim();
  if (random.chance(0.13)) service.alternate_name = `${organizationName}: ${service.name}`;
  if (random.chance(0.55)) service.application_process = random.pick(APPLICATION_PROCESSES);
  const fees = FEES[service.cost ?? 'gratis'];
  if (fees) service.fees_description = random.pick(fees);
  if (random.chance(0.06)) service.accessibility = [{ ...random.pick(ACCESSIBILITY) }];
}
