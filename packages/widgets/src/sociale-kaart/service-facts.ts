import { safeHref } from '../internal/safe-href.js';
import type { KaartTerms } from './kaart-terms.js';
import type { Accessibility, Address, Contact, Phone, Service, ServiceLocation } from './kaart-types.js';

/*
 * Small readings of a service record for display. The record is the contract's
 * (HSDS names); these pick what a resident needs first and never invent data.
 */

/** The SDK's rule, so the language filter offers only languages that search then finds. */
export { languageCodesOf } from '@wijkwijzer/sdk/search';

/** The service's own phone lines, else those of its first location that has any. */
export function phonesOf(service: Service): Phone[] {
  if (service.phones?.length) return service.phones;
  for (const at of service.service_at_locations ?? []) if (at.phones?.length) return at.phones;
  return [];
}

export function locationsOf(service: Service): ServiceLocation[] {
  return (service.service_at_locations ?? []).map((at) => at.location);
}

/** A visiting address first; a postal one only when there is nothing else. */
export function firstAddress(service: Service): Address | undefined {
  const all = locationsOf(service).flatMap((location) => location.addresses ?? []);
  return all.find((address) => address.address_type !== 'postal') ?? all[0];
}

/** "Voorbeeldstraat 1, 3531 AB Utrecht" */
export function addressText(address: Address): string {
  const street = [address.address_1, address.address_2].filter(Boolean).join(' ');
  return `${street}, ${address.postal_code} ${address.city}`;
}

/** A way to reach a service: a phone, a website, an e-mail address, a door to walk in at. */
export type ContactWay = 'phone' | 'website' | 'email' | 'visit';

/**
 * The ways to reach a service that its record offers, in the order the finder suggests them, so
 * its words never send a resident to a phone, site or door the service does not have. A website
 * or e-mail address counts only if the detail view can link it; an address only if it is no
 * postal or online one.
 */
export function contactWaysOf(service: Service): ContactWay[] {
  const ways: ContactWay[] = [];
  if (phonesOf(service).length) ways.push('phone');
  if (safeHref(service.url)) ways.push('website');
  if (service.email && safeHref(`mailto:${service.email}`)) ways.push('email');
  const door = locationsOf(service).some((place) => place.addresses?.some((address) => address.address_type !== 'postal' && address.address_type !== 'virtual'));
  if (service.walk_in || door) ways.push('visit');
  return ways;
}

/** Accessibility of the service and of its places, each description once. */
export function accessibilityOf(service: Service): Accessibility[] {
  const all = [...(service.accessibility ?? []), ...locationsOf(service).flatMap((location) => location.accessibility ?? [])];
  const seen = new Set<string>();
  return all.filter((item) => (seen.has(item.description) ? false : (seen.add(item.description), true)));
}

const displayNames = new Map<string, Intl.DisplayNames | null>();

/** One formatter per reader language: creating one costs more than a whole result list renders. */
function languageNames(lang: string): Intl.DisplayNames | null {
  let names = displayNames.get(lang);
  if (names === undefined) {
    try {
      // 'none': undefined where the browser has no name; the default gives a code back, for "ajp" another one ("apc").
      names = new Intl.DisplayNames([lang], { type: 'language', fallback: 'none' });
    } catch {
      names = null;
    }
    displayNames.set(lang, names);
  }
  return names;
}

/**
 * A language's name in the reader's language ("ar" → "Arabisch"): the browser's; else the finder's
 * own, for languages many residents speak that browsers may not name ("pap" → "Papiaments"); else
 * the feed's name; else the code.
 */
export function languageName(code: string, t: KaartTerms, feedName?: string): string {
  let name: string | undefined;
  try {
    name = languageNames(t.lang)?.of(code);
  } catch {
    // A code Intl cannot read: the finder's or the feed's name, or the code.
  }
  if (name) return name.charAt(0).toLocaleUpperCase(t.lang) + name.slice(1);
  return t.term('languageNamed', code) || feedName || code;
}

/** "15 september 2026" for a YYYY-MM-DD date, read as a calendar date (no time zone shift). */
export function formatDate(isoDate: string, lang: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** Contacts with something to show: a role or name plus a way to reach them. */
export function contactsOf(service: Service): Contact[] {
  return (service.contacts ?? []).filter((contact) => contact.title || contact.name);
}
