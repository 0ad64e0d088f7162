import type { AvailabilityMetric } from '@wijkwijzer/schemas';
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
  days: (amount: string, count: number) => string;
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
  /** "4 weken", or "80% binnen 2 dagen" when the norm sets a share. */
  normAmount: (duration: string, sharePercent?: string) => string;
  normText: (amount: string) => string;
  within: (amount: string, hasShare: boolean) => string;
  above: (amount: string, hasShare: boolean) => string;
  staleText: string;
  dateText: (date: string) => string;
  sourceText: (name: string) => string;
  hints: Readonly<Record<AvailabilityKind | 'reachability', string>>;
}

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
  days: (amount, count) => `${amount} ${count === 1 ? 'dag' : 'dagen'}`,
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
  normAmount: (duration, share) => (share === undefined ? duration : `${share} binnen ${duration}`),
  normText: (amount) => `Treeknorm ${amount}`,
  within: (amount, hasShare) => (hasShare ? `binnen de Treeknorm (${amount})` : `binnen de Treeknorm van ${amount}`),
  above: (amount, hasShare) => (hasShare ? `langer dan de Treeknorm (${amount})` : `langer dan de Treeknorm van ${amount}`),
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
  days: (amount, count) => `${amount} ${count === 1 ? 'day' : 'days'}`,
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
  normAmount: (duration, share) => (share === undefined ? duration : `${share} within ${duration}`),
  normText: (amount) => `Treeknorm ${amount}`,
  within: (amount, hasShare) => (hasShare ? `within the Treeknorm (${amount})` : `within the Treeknorm of ${amount}`),
  above: (amount, hasShare) => (hasShare ? `longer than the Treeknorm (${amount})` : `longer than the Treeknorm of ${amount}`),
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
