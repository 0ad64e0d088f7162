import type { BadgeStrings } from './wachttijd-badge.strings.js';

/** The badge's own words in English, loaded the first time a widget on the page speaks English (see `stringTables`). */
export const en: BadgeStrings = {
  serviceMissing: 'No service chosen: the "service" attribute is missing.',
  loadFailed: 'The waiting time cannot be loaded right now.',
};
