import type { BadgeViewStrings } from './badge-view.strings.js';

/** The badge's words around a figure in English, loaded the first time a widget on the page speaks English (see `stringTables`). */
export const en: BadgeViewStrings = {
  serviceUnknown: 'This service is not in the data.',
  moreAbout: 'More about this figure',
  moreAboutHap: 'More about the out-of-hours GP service',
  sampleMarker: 'sample',
  'metric-aanmeldwachttijd': 'Waiting time until intake',
  'metric-behandelwachttijd': 'Waiting time until treatment',
  'metric-beschikbare-plekken': 'Available places',
  'metric-patientenstop': 'New patients',
  'metric-bereikbaarheid': 'Reachability',
  forGroup: (group) => `for ${group}`,
  atPlace: (place) => `at ${place}`,
  groupQuestion: 'What is it about?',
  allGroups: 'All problems',
  pickGroup: 'The waiting time depends on your problem. Choose what it is about to see the waiting time that fits you',
  samplePrefix: 'Sample figure, not real.',
  noNorm: 'no norm known',
  stalePrefix: 'Old figure',
  unknownWait: 'Waiting time unknown',
  callProvider: 'Call the provider',
  unknownLabel: (number) => `Waiting time unknown. Call the provider to ask how long it takes${number ? `: ${number}` : ''}.`,
  callNumber: (number) => `Call ${number}`,
  hapCallFirst: (number) => `Call first: ${number}`,
  hapCallFirstShort: 'Call first',
  hapEmergency: 'Life in danger? Call 112',
  hapNeverWalkIn: 'Never come without calling. No hurry? Then call your own GP.',
  hapClosedAdvice: 'Your own GP is available now: call the practice.',
  hapLabel: (name, opening, number) =>
    `${name} (out-of-hours GP service): ${opening}. Always call first${number ? `: ${number}` : ''}. If a life is in danger: call 112.`,
  normFrom: (name, version) => `${name} (version ${version})`,
};
