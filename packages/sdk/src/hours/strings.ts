import type { Lang } from '../lang.js';

/**
 * Every word the opening-hours module shows, per language. Kept in one typed
 * table so a translation is complete by construction (the compiler checks it)
 * and the wording can be reviewed in one place.
 */
export interface HoursStrings {
  /** BCP 47 locale for Intl date formatting. */
  locale: string;
  /** Monday first, as the week is shown in the Netherlands. */
  weekdays: readonly [string, string, string, string, string, string, string];
  today: string;
  unknown: string;
  unknownDay: string;
  aroundTheClock: string;
  openNow: string;
  closed: string;
  closedToday: string;
  closedDay: string;
  allDay: string;
  /** A 24-hour span that starts at another time than midnight (a weekend at the huisartsenpost). */
  fullDayFrom: (time: string) => string;
  separator: string;
  closes: (when: string) => string;
  opens: (when: string) => string;
  /** A moment later today, tomorrow, on a weekday within the week, or on a date. */
  atToday: (time: string) => string;
  atTomorrow: (time: string) => string;
  atWeekday: (weekday: string, time: string) => string;
  atDate: (date: string, time: string) => string;
  /** One day of the week view: "maandag 09:00–17:00", "vandaag: gesloten". */
  dayLine: (day: string, hours: string, isToday: boolean) => string;
}

const nl: HoursStrings = {
  locale: 'nl-NL',
  weekdays: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  today: 'vandaag',
  unknown: 'Openingstijden onbekend',
  unknownDay: 'onbekend',
  aroundTheClock: 'Dag en nacht open',
  openNow: 'Nu open',
  closed: 'Gesloten',
  closedToday: 'Gesloten vandaag',
  closedDay: 'gesloten',
  allDay: 'dag en nacht open',
  fullDayFrom: (time) => `24 uur open vanaf ${time}`,
  separator: ' · ',
  closes: (when) => `sluit ${when}`,
  opens: (when) => `opent ${when}`,
  atToday: (time) => `om ${time}`,
  atTomorrow: (time) => `morgen om ${time}`,
  atWeekday: (weekday, time) => `${weekday} om ${time}`,
  atDate: (date, time) => `op ${date} om ${time}`,
  dayLine: (day, hours, isToday) => (isToday ? `${day}: ${hours}` : `${day} ${hours}`),
};

const en: HoursStrings = {
  locale: 'en-GB',
  weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  today: 'today',
  unknown: 'Opening hours unknown',
  unknownDay: 'unknown',
  aroundTheClock: 'Open 24 hours',
  openNow: 'Open now',
  closed: 'Closed',
  closedToday: 'Closed today',
  closedDay: 'closed',
  allDay: 'open 24 hours',
  fullDayFrom: (time) => `open 24 hours from ${time}`,
  separator: ' · ',
  closes: (when) => `closes ${when}`,
  opens: (when) => `opens ${when}`,
  atToday: (time) => `at ${time}`,
  atTomorrow: (time) => `tomorrow at ${time}`,
  atWeekday: (weekday, time) => `${weekday} at ${time}`,
  atDate: (date, time) => `on ${date} at ${time}`,
  dayLine: (day, hours, isToday) => (isToday ? `${day}: ${hours}` : `${day} ${hours}`),
};

export const HOURS_STRINGS: Readonly<Record<Lang, HoursStrings>> = { nl, en };

export function hoursStrings(lang: Lang | undefined): HoursStrings {
  return HOURS_STRINGS[lang ?? 'nl'];
}
