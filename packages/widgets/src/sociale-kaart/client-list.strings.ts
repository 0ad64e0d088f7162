import { stringTables } from '../internal/localize.js';

/**
 * The words of the list view and its print, loaded with it (list-part.ts) the first time the list
 * opens. Dutch at B1 level; the toggle's and the list button's words are in the finder's table.
 * Not exported to pages (yet): exporting the table would load it with every finder.
 */
const nl = {
  listTitle: 'Mijn lijst',
  /** The title on paper, for the person it is handed to. */
  printTitle: 'Hulp voor jou',
  listDate: (date: string) => `Gemaakt op ${date}`,
  listSource: (region: string, publisher: string) => `Gegevens: ${region}, van ${publisher}`,
  listPrivate: 'Deze lijst staat alleen in dit tabblad. We sturen niets door.',
  listPrivateStored: 'Deze lijst staat alleen in dit tabblad, ook als je de pagina opnieuw laadt. Sluit je het tabblad, dan is hij weg. We sturen niets door.',
  listEmpty: 'Je lijst is leeg. Kies ‘Bewaar’ bij een dienst om hem hier te zetten.',
  listUnknown: (ids: string) => `We vinden deze diensten uit de link niet meer: ${ids}. Misschien bestaan ze niet meer.`,
  listHours: 'Openingstijden',
  /** Weekdays with the same hours: "maandag t/m vrijdag". */
  dayRange: (first: string, last: string) => `${first} t/m ${last}`,
  remove: 'Verwijder',
  clear: 'Maak de lijst leeg',
  print: 'Print de lijst',
  share: 'Deel als link',
  copied: 'De link is gekopieerd. Plak hem in een e-mail of bericht.',
  copyYourself: 'Kopieer deze link zelf:',
};

export type ListStrings = typeof nl;

export const LIST_STRINGS = stringTables(nl, () => import('./client-list.strings.en.js'));
