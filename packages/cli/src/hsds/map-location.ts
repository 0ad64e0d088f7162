import {
  Id,
  SafeUrl,
  Text,
  type Accessibility,
  type Address,
  type Location,
  type ServiceAtLocation,
} from '@wijkwijzer/schemas';
import { isObject } from '../json.js';
import { mapLanguage, mapPhone } from './map-contact.js';
import { mapSchedule } from './map-schedule.js';
import { ourId, readExtension } from './extension.js';
import { checked, compact, mapList, noteIgnored, text, type MapContext } from './fields.js';

const LOCATION_TYPES = ['physical', 'postal', 'virtual'] as const;
type LocationType = (typeof LOCATION_TYPES)[number];

function locationType(value: unknown): LocationType | undefined {
  return LOCATION_TYPES.find((type) => type === value);
}

/** `3511ab`, `3511 AB`, `3511AB` → `3511 AB`; anything else is not a Dutch postal code. */
export function dutchPostalCode(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})\s*([A-Za-z]{2})$/.exec(value.trim());
  return match ? `${match[1]} ${match[2]?.toUpperCase()}` : undefined;
}

/**
 * HSDS address → ours. Our contract is a Dutch profile: an address needs a Dutch
 * postal code and lies in NL. A foreign address (state_province, ZIP codes) is
 * left out and noted, not guessed at; the location keeps its name, description
 * and coordinates.
 */
export function mapAddress(raw: unknown, ctx: MapContext): Address | undefined {
  if (!isObject(raw)) return undefined;
  noteIgnored(raw, 'address', ctx);
  const postalCode = dutchPostalCode(raw.postal_code);
  const country = typeof raw.country === 'string' ? raw.country.trim().toUpperCase() : undefined;
  const written = [raw.address_1, raw.city, raw.postal_code, raw.country].map(text).filter(Boolean).join(', ');
  if (postalCode === undefined || (country !== undefined && country !== '' && country !== 'NL')) {
    ctx.notes.add(`${ctx.where}: left out address "${written}": not a Dutch address (our contract needs a Dutch postal code in NL)`);
    return undefined;
  }
  const address1 = checked(Text, text(raw.address_1), 'address_1', ctx);
  const city = checked(Text, text(raw.city), 'city', ctx);
  if (address1 === undefined || city === undefined) {
    ctx.notes.add(`${ctx.where}: left out address "${written}": it needs a street (address_1) and a city`);
    return undefined;
  }
  return compact({
    id: ourId(readExtension(raw, 'address', ctx), checked(Id, raw.id, 'address id', ctx)),
    address_1: address1,
    address_2: checked(Text, text(raw.address_2), 'address_2', ctx),
    city,
    postal_code: postalCode,
    state_province: checked(Text, text(raw.state_province), 'state_province', ctx),
    country: 'NL',
    address_type: locationType(raw.address_type),
  });
}

export function mapAccessibility(raw: unknown, ctx: MapContext): Accessibility | undefined {
  if (!isObject(raw)) return undefined;
  noteIgnored(raw, 'accessibility', ctx);
  const description = checked(Text, text(raw.description), 'accessibility description', ctx);
  if (description === undefined) return undefined;
  return compact({
    id: ourId(readExtension(raw, 'accessibility', ctx), checked(Id, raw.id, 'accessibility id', ctx)),
    description,
    details: checked(Text, text(raw.details), 'accessibility details', ctx),
    url: checked(SafeUrl, text(raw.url), 'accessibility url', ctx),
  });
}

/** Coordinates are kept only as a valid pair: half a point, or one off the globe, helps nobody. */
function coordinates(raw: Record<string, unknown>, ctx: MapContext): { latitude?: number; longitude?: number } {
  const { latitude, longitude } = raw;
  if (latitude === undefined && longitude === undefined) return {};
  const valid =
    typeof latitude === 'number' && typeof longitude === 'number' &&
    Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
  if (!valid) {
    ctx.notes.add(`${ctx.where}: left out coordinates ${JSON.stringify(latitude)}, ${JSON.stringify(longitude)} (not a valid latitude/longitude)`);
    return {};
  }
  return { latitude, longitude };
}

/** HSDS location → ours, with the place's own phones and hours; its contacts have no place on our location. */
export function mapLocation(raw: unknown, ctx: MapContext): Location | undefined {
  if (!isObject(raw)) return undefined;
  noteIgnored(raw, 'location', ctx);
  const extension = readExtension(raw, 'location', ctx);
  const here = { ...ctx, where: `${ctx.where}, location ${text(raw.id) ?? text(raw.name) ?? '(no id)'}` };
  return compact({
    id: ourId(extension, checked(Id, raw.id, 'location id', ctx)),
    location_type: locationType(raw.location_type),
    name: checked(Text, text(raw.name), 'location name', ctx),
    description: checked(Text, text(raw.description), 'location description', ctx),
    ...coordinates(raw, here),
    transportation: checked(Text, text(raw.transportation), 'transportation', ctx),
    addresses: mapList(raw.addresses, (item) => mapAddress(item, here)),
    accessibility: mapList(raw.accessibility, (item) => mapAccessibility(item, here)),
    languages: mapList(raw.languages, (item) => mapLanguage(item, here)),
    phones: mapList(raw.phones, (item) => mapPhone(item, here)),
    schedules: mapList(raw.schedules, (item) => mapSchedule(item, here)),
    ...extension.fields,
  });
}

/** Fields of a service_at_location document that link it rather than describe it. */
const SERVICE_AT_LOCATION_LINKS = ['service', 'service_id', 'location_id'];

/** HSDS service_at_location → ours; without a location it says nothing and is left out. */
export function mapServiceAtLocation(raw: unknown, ctx: MapContext): ServiceAtLocation | undefined {
  if (!isObject(raw)) return undefined;
  noteIgnored(raw, 'service_at_location', ctx, SERVICE_AT_LOCATION_LINKS);
  const extension = readExtension(raw, 'service_at_location', ctx);
  const location = mapLocation(raw.location, ctx);
  if (location === undefined) {
    ctx.notes.add(`${ctx.where}: left out service_at_location ${text(raw.id) ?? '(no id)'}: it has no location`);
    return undefined;
  }
  return compact({
    id: ourId(extension, checked(Id, raw.id, 'service_at_location id', ctx)),
    description: checked(Text, text(raw.description), 'service_at_location description', ctx),
    location,
    phones: mapList(raw.phones, (item) => mapPhone(item, ctx)),
    schedules: mapList(raw.schedules, (item) => mapSchedule(item, ctx)),
    ...extension.fields,
  });
}
