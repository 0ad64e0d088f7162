/** The languages the SDK writes its own words in (opening hours, waiting times, help lines). */
export type Lang = 'nl' | 'en';
