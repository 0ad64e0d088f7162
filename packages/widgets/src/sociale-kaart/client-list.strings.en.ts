import type { ListStrings } from './client-list.strings.js';

/** The list view's words in English, loaded the first time a widget on the page speaks English (see `stringTables`). */
export const en: ListStrings = {
  listTitle: 'My list',
  printTitle: 'Help for you',
  listDate: (date) => `Made on ${date}`,
  listSource: (region, publisher) => `Data: ${region}, from ${publisher}`,
  listPrivate: 'This list stays in this browser tab only. Nothing is sent anywhere.',
  listPrivateStored: 'This list stays in this browser tab only, also when you reload the page. It is gone when you close the tab. Nothing is sent anywhere.',
  listEmpty: 'Your list is empty. Choose ‘Save’ on a service to put it here.',
  listUnknown: (ids) => `We can no longer find these services from the link: ${ids}. They may no longer exist.`,
  listHours: 'Opening hours',
  dayRange: (first, last) => `${first} to ${last}`,
  remove: 'Remove',
  clear: 'Empty the list',
  print: 'Print the list',
  share: 'Share as a link',
  copied: 'The link is copied. Paste it into an email or a message.',
  copyYourself: 'Copy this link yourself:',
};
