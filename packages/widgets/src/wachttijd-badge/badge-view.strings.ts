import { stringTables } from '../internal/localize.js';

/**
 * The badge's words around a figure, per language. The figure itself
 * ("ongeveer 9 weken", "Treeknorm 4 weken", peildatum, bron) comes from the SDK
 * in the same language, so it reads the same in every widget and in a
 * partner's own SDK-built page. Loaded with the data (see badge-data.ts).
 */
const nl = {
  serviceUnknown: 'Deze dienst staat niet in de gegevens.',
  moreAbout: 'Meer over dit cijfer',
  moreAboutHap: 'Meer over de huisartsenpost',
  sampleMarker: 'voorbeeld',
  'metric-aanmeldwachttijd': 'Aanmeldwachttijd',
  'metric-behandelwachttijd': 'Behandelwachttijd',
  'metric-beschikbare-plekken': 'Beschikbare plekken',
  'metric-patientenstop': 'Nieuwe patiënten',
  'metric-bereikbaarheid': 'Bereikbaarheid',
  forGroup: (group: string) => `voor ${group}`,
  atPlace: (place: string) => `bij ${place}`,
  groupQuestion: 'Waar gaat het om?',
  allGroups: 'Alle klachten',
  pickGroup: 'De wachttijd hangt af van uw klacht. Kies waar het om gaat, dan ziet u de wachttijd die bij u past',
  samplePrefix: 'Voorbeeldcijfer, niet echt.',
  noNorm: 'geen norm bekend',
  stalePrefix: 'Oud cijfer',
  unknownWait: 'Wachttijd onbekend',
  callProvider: 'Bel de aanbieder',
  unknownLabel: (number: string) =>
    `Wachttijd onbekend. Bel de aanbieder om te vragen hoe lang het duurt${number ? `: ${number}` : ''}.`,
  callNumber: (number: string) => `Bel ${number}`,
  hapCallFirst: (number: string) => `Bel eerst: ${number}`,
  hapCallFirstShort: 'Bel eerst',
  hapEmergency: 'Levensgevaar? Bel 112',
  hapNeverWalkIn: 'Kom nooit zonder te bellen. Heeft het geen haast? Bel dan je eigen huisarts.',
  hapClosedAdvice: 'Nu is je eigen huisarts er voor je: bel de praktijk.',
  hapLabel: (name: string, opening: string, number: string) =>
    `${name}: ${opening}. Bel altijd eerst${number ? `: ${number}` : ''}. Bij levensgevaar: bel 112.`,
  normFrom: (name: string, version: string) => `${name} (versie ${version})`,
};

export type BadgeViewStrings = typeof nl;

/** Web teams may change these words for their site, like the other tables (see `overrideStrings`). */
export const BADGE_VIEW_STRINGS = stringTables(nl, () => import('./badge-view.strings.en.js'));
