import type { StringTables } from './localize.js';

/** Words every widget uses; each widget has its own table for the rest. */
const nl = {
  loading: 'Gegevens worden geladen…',
  errorTitle: 'Het lukt nu niet om de gegevens te laden.',
  errorRetry: 'Opnieuw proberen',
  errorFallback: 'Zoek hulp via je gemeente of bel je huisarts.',
  noFeed: 'Deze widget is nog niet ingesteld: het attribuut "feed" ontbreekt.',
  sampleNotice:
    'Voorbeeldgegevens: namen van organisaties kloppen, maar diensten, telefoonnummers, adressen en wachttijden zijn verzonnen. De landelijke hulplijnen 112, 113 en Veilig Thuis zijn echt.',
  staleNotice: 'Dit zijn de laatst bekende gegevens. Ze kunnen verouderd zijn.',
  renderFailure: 'Deze informatie kan nu niet worden getoond.',
  helpTitle: 'Direct hulp nodig?',
  helpIntro: 'Deze landelijke hulplijnen zijn er dag en nacht. Bij direct gevaar: bel 112.',
  helpReal: 'Deze landelijke nummers zijn echt, ook als de rest voorbeeldgegevens zijn.',
  helpCall: (number: string) => `Bel ${number}`,
};

export type CommonStrings = typeof nl;

const en: CommonStrings = {
  loading: 'Loading…',
  errorTitle: 'The information cannot be loaded right now.',
  errorRetry: 'Try again',
  errorFallback: 'Look for help through your municipality or call your GP.',
  noFeed: 'This widget is not set up yet: the "feed" attribute is missing.',
  sampleNotice:
    'Sample data: organisation names are real, but services, phone numbers, addresses and waiting times are made up. The national help lines 112, 113 and Veilig Thuis are real.',
  staleNotice: 'This is the last known information. It may be out of date.',
  renderFailure: 'This information cannot be shown right now.',
  helpTitle: 'Need help right now?',
  helpIntro: 'These national help lines are there day and night. In immediate danger: call 112.',
  helpReal: 'These national numbers are real, even where the rest is sample data.',
  helpCall: (number) => `Call ${number}`,
};

export const COMMON_STRINGS: StringTables<CommonStrings> = { nl, en };
