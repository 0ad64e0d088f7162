import type { CommonStrings } from './strings.js';

/** The words every widget uses in English, loaded the first time a widget on the page speaks English (see `stringTables`). */
export const en: CommonStrings = {
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
