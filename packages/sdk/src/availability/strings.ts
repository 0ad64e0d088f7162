import type { AvailabilityMetric } from '@wijkwijzer/schemas';
import type { DiagnosisGroup, WaitMethod } from '@wijkwijzer/schemas/lists';
import type { AvailabilityKind } from './types.js';
import type { Lang } from '../lang.js';

/**
 * Every word the availability status shows, per language, in one typed table so
 * both languages stay complete and the wording can be reviewed side by side.
 * Fragments are lower case; the label builder capitalises sentence starts.
 */
export interface AvailabilityStrings {
  /** BCP 47 locale for Intl number and date formatting. */
  locale: string;
  metricNames: Readonly<Record<AvailabilityMetric, string>>;
  forGroup: (metric: string, group: string) => string;
  /** The hoofddiagnosegroepen by their contract id. */
  diagnosisGroups: Readonly<Record<DiagnosisGroup, string>>;
  /** A range over diagnosis groups: "tussen 3 en 9 weken, afhankelijk van uw klacht (3 groepen)". */
  acrossGroups: (range: string, groups: number) => string;
  /** A wait with how it was measured; `months` is the period of a realised figure. */
  methods: Readonly<Record<WaitMethod, (figure: string, months?: number) => string>>;
  days: (amount: string, count: number) => string;
  workingDays: (amount: string, count: number) => string;
  weeks: (amount: string, count: number) => string;
  about: (duration: string) => string;
  noWait: string;
  unknownFigure: string;
  places: (amount: string, count: number) => string;
  noPlaces: string;
  patientStop: string;
  acceptsPatients: string;
  reachable: string;
  notReachable: string;
  rangeHalfAndMost: (median: string, p90: string) => string;
  rangeHalf: (median: string) => string;
  rangeMost: (p90: string) => string;
  rangeBetween: (min: string, max: string) => string;
  rangeAtLeast: (min: string) => string;
  rangeAtMost: (max: string) => string;
  /** "4 weken"; "80% binnen 2 werkdagen" for a target; both: "80% binnen 2 werkdagen, hoogstens 3 werkdagen". */
  normAmount: (norm: { maximum?: string; share?: string; target?: string }) => string;
  normText: (amount: string) => string;
  within: (amount: string, hasShare: boolean) => string;
  above: (amount: string, hasShare: boolean) => string;
  /** Above the norm: the insurer's wachtlijstbemiddeling can help. */
  aboveNormAdvice: string;
  /** Every figure is an indication, not a promise. */
  indicative: string;
  staleText: string;
  dateText: (date: string) => string;
  sourceText: (name: string) => string;
  hints: Readonly<Record<AvailabilityKind | 'reachability', string>>;
}

/** A norm in words: its target ("80% binnen 2 werkdagen"), its maximum, or both. */
function normAmountIn(within: string, atMost: string): AvailabilityStrings['normAmount'] {
  return ({ maximum = '', share, target }) => {
    if (target !== undefined) return maximum === '' ? `${share} ${within} ${target}` : `${share} ${within} ${target}, ${atMost} ${maximum}`;
    return share === undefined ? maximum : `${share} ${within} ${maximum}`;
  };
}

const lastMonthsNl = (months: number): string => (months === 1 ? 'de afgelopen maand' : `de afgelopen ${months} maanden`);
const lastMonthsEn = (months: number): string => (months === 1 ? 'over the past month' : `over the past ${months} months`);

const nl: AvailabilityStrings = {
  locale: 'nl-NL',
  metricNames: {
    aanmeldwachttijd: 'aanmeldwachttijd',
    behandelwachttijd: 'behandelwachttijd',
    'beschikbare-plekken': 'beschikbare plekken',
    patientenstop: 'patiëntenstop',
    bereikbaarheid: 'bereikbaarheid',
  },
  forGroup: (metric, group) => `${metric} voor ${group}`,
  diagnosisGroups: {
    adhd: 'ADHD en gedragsproblemen',
    angst: 'angst',
    autisme: 'autisme',
    bipolair: 'bipolaire stoornis',
    depressie: 'depressie',
    dwang: 'dwang',
    eetstoornis: 'eetstoornis',
    persoonlijkheid: 'persoonlijkheidsproblemen',
    psychose: 'psychose',
    'somatisch-symptoom': 'lichamelijke klachten zonder duidelijke oorzaak',
    trauma: 'trauma',
    verslaving: 'verslaving',
    overig: 'andere klachten',
  },
  acrossGroups: (range, groups) => `${range}, afhankelijk van uw klacht (${groups} groepen)`,
  methods: {
    'derde-vrije-plek': (figure) => `volgende vrije plek: ${figure}`,
    'gemiddelde-gerealiseerd': (figure, months) =>
      months === undefined ? `gemiddeld gewacht: ${figure}` : `gemiddeld gewacht ${lastMonthsNl(months)}: ${figure}`,
    mediaan: (figure, months) =>
      months === undefined ? `de helft wachtte korter dan ${figure}` : `de helft wachtte ${lastMonthsNl(months)} korter dan ${figure}`,
    schatting: (figure) => `geschat: ${figure}`,
  },
  days: (amount, count) => `${amount} ${count === 1 ? 'dag' : 'dagen'}`,
  workingDays: (amount, count) => `${amount} ${count === 1 ? 'werkdag' : 'werkdagen'}`,
  weeks: (amount, count) => `${amount} ${count === 1 ? 'week' : 'weken'}`,
  about: (duration) => `ongeveer ${duration}`,
  noWait: 'geen wachttijd',
  unknownFigure: 'onbekend',
  places: (amount, count) => `${amount} ${count === 1 ? 'plek' : 'plekken'} vrij`,
  noPlaces: 'geen plekken vrij',
  patientStop: 'Neemt geen nieuwe patiënten aan',
  acceptsPatients: 'Neemt nieuwe patiënten aan',
  reachable: 'Open en bereikbaar',
  notReachable: 'Niet bereikbaar',
  rangeHalfAndMost: (median, p90) => `de helft binnen ${median}, 9 op de 10 binnen ${p90}`,
  rangeHalf: (median) => `de helft binnen ${median}`,
  rangeMost: (p90) => `9 op de 10 binnen ${p90}`,
  rangeBetween: (min, max) => `tussen ${min} en ${max}`,
  rangeAtLeast: (min) => `minstens ${min}`,
  rangeAtMost: (max) => `hoogstens ${max}`,
  normAmount: normAmountIn('binnen', 'hoogstens'),
  normText: (amount) => `Treeknorm ${amount}`,
  within: (amount, hasShare) => (hasShare ? `binnen de Treeknorm (${amount})` : `binnen de Treeknorm van ${amount}`),
  above: (amount, hasShare) => (hasShare ? `langer dan de Treeknorm (${amount})` : `langer dan de Treeknorm van ${amount}`),
  aboveNormAdvice: 'Moet u langer wachten dan de Treeknorm? Uw zorgverzekeraar kan helpen een plek te vinden waar u sneller terecht kunt (wachtlijstbemiddeling).',
  indicative: 'indicatief',
  staleText: 'oud cijfer',
  dateText: (date) => `peildatum ${date}`,
  sourceText: (name) => `bron: ${name}`,
  hints: {
    wait: 'Bel de aanbieder voor de actuele wachttijd.',
    capacity: 'Bel de aanbieder om te vragen of er nu plek is.',
    flag: 'Bel de praktijk om te vragen of u zich kunt inschrijven.',
    reachability: 'Bel eerst om te horen of de aanbieder nu bereikbaar is.',
  },
};

const en: AvailabilityStrings = {
  locale: 'en-GB',
  metricNames: {
    aanmeldwachttijd: 'waiting time until intake',
    behandelwachttijd: 'waiting time until treatment',
    'beschikbare-plekken': 'available places',
    patientenstop: 'patient stop',
    bereikbaarheid: 'reachability',
  },
  forGroup: (metric, group) => `${metric} for ${group}`,
  diagnosisGroups: {
    adhd: 'ADHD and behaviour problems',
    angst: 'anxiety',
    autisme: 'autism',
    bipolair: 'bipolar disorder',
    depressie: 'depression',
    dwang: 'obsessive-compulsive problems',
    eetstoornis: 'eating disorders',
    persoonlijkheid: 'personality problems',
    psychose: 'psychosis',
    'somatisch-symptoom': 'physical symptoms without a clear cause',
    trauma: 'trauma',
    verslaving: 'addiction',
    overig: 'other problems',
  },
  acrossGroups: (range, groups) => `${range}, depending on your problem (${groups} groups)`,
  methods: {
    'derde-vrije-plek': (figure) => `next free appointment: ${figure}`,
    'gemiddelde-gerealiseerd': (figure, months) =>
      months === undefined ? `average wait: ${figure}` : `average wait ${lastMonthsEn(months)}: ${figure}`,
    mediaan: (figure, months) =>
      months === undefined ? `half waited less than ${figure}` : `half waited less than ${figure} ${lastMonthsEn(months)}`,
    schatting: (figure) => `estimated: ${figure}`,
  },
  days: (amount, count) => `${amount} ${count === 1 ? 'day' : 'days'}`,
  workingDays: (amount, count) => `${amount} working ${count === 1 ? 'day' : 'days'}`,
  weeks: (amount, count) => `${amount} ${count === 1 ? 'week' : 'weeks'}`,
  about: (duration) => `about ${duration}`,
  noWait: 'no waiting time',
  unknownFigure: 'unknown',
  places: (amount, count) => `${amount} ${count === 1 ? 'place' : 'places'} available`,
  noPlaces: 'no places available',
  patientStop: 'Not accepting new patients',
  acceptsPatients: 'Accepting new patients',
  reachable: 'Open and reachable',
  notReachable: 'Not reachable',
  rangeHalfAndMost: (median, p90) => `half within ${median}, 9 in 10 within ${p90}`,
  rangeHalf: (median) => `half within ${median}`,
  rangeMost: (p90) => `9 in 10 within ${p90}`,
  rangeBetween: (min, max) => `between ${min} and ${max}`,
  rangeAtLeast: (min) => `at least ${min}`,
  rangeAtMost: (max) => `at most ${max}`,
  normAmount: normAmountIn('within', 'at most'),
  normText: (amount) => `Treeknorm ${amount}`,
  within: (amount, hasShare) => (hasShare ? `within the Treeknorm (${amount})` : `within the Treeknorm of ${amount}`),
  above: (amount, hasShare) => (hasShare ? `longer than the Treeknorm (${amount})` : `longer than the Treeknorm of ${amount}`),
  aboveNormAdvice: 'Waiting longer than the Treeknorm? Your health insurer can help you find a place where you can be seen sooner (wachtlijstbemiddeling).',
  indicative: 'indicative',
  staleText: 'old figure',
  dateText: (date) => `reference date ${date}`,
  sourceText: (name) => `source: ${name}`,
  hints: {
    wait: 'Call the provider for the current waiting time.',
    capacity: 'Call the provider to ask whether a place is available now.',
    flag: 'Call the practice to ask whether you can register.',
    reachability: 'Call first to hear whether the provider can be reached now.',
  },
};

export const AVAILABILITY_STRINGS: Readonly<Record<Lang, AvailabilityStrings>> = { nl, en };
