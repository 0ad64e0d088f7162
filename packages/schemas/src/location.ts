import * as z from 'zod/mini';
import { Id, SafeUrl, Text } from './primitives.js';
import { Language, Phone } from './contact.js';
import { Schedule, ScheduleException } from './schedule.js';

/** A postal or visiting address (HSDS `address`); Dutch addresses have no state or province. */
export const Address = z.looseObject({
  id: z.optional(Id),
  address_1: Text,
  address_2: z.optional(Text),
  city: Text,
  postal_code: z.string().check(z.regex(/^\d{4} ?[A-Z]{2}$/, 'a Dutch postal code looks like 3511 AB')),
  state_province: z.optional(Text),
  country: z.string().check(z.regex(/^[A-Z]{2}$/, 'a country is an ISO 3166 code, e.g. NL')),
  address_type: z.optional(z.enum(['physical', 'postal', 'virtual'])),
});
export type Address = z.infer<typeof Address>;

/** An accessibility feature of a place or service (HSDS `accessibility`). */
export const Accessibility = z.looseObject({
  id: z.optional(Id),
  description: Text,
  details: z.optional(Text),
  url: z.optional(SafeUrl),
});
export type Accessibility = z.infer<typeof Accessibility>;

/** A place (HSDS `location`). */
export const Location = z.looseObject({
  id: z.optional(Id),
  location_type: z.optional(z.enum(['physical', 'postal', 'virtual'])),
  name: z.optional(Text),
  description: z.optional(Text),
  latitude: z.optional(z.number().check(z.gte(-90), z.lte(90))),
  longitude: z.optional(z.number().check(z.gte(-180), z.lte(180))),
  transportation: z.optional(Text),
  addresses: z.optional(z.array(Address)),
  accessibility: z.optional(z.array(Accessibility)),
  languages: z.optional(z.array(Language)),
  /** Areas (wijk, kern…) the place lies in. */
  area_ids: z.optional(z.array(Id)),
  /** The place's own phones and hours (contract 1.2), as HSDS has them on a location. */
  phones: z.optional(z.array(Phone)),
  schedules: z.optional(z.array(Schedule)),
});
export type Location = z.infer<typeof Location>;

/** A service offered at a place, with its own hours there (HSDS `service_at_location`). */
export const ServiceAtLocation = z.looseObject({
  id: z.optional(Id),
  description: z.optional(Text),
  location: Location,
  phones: z.optional(z.array(Phone)),
  schedules: z.optional(z.array(Schedule)),
  schedule_exceptions: z.optional(z.array(ScheduleException)),
});
export type ServiceAtLocation = z.infer<typeof ServiceAtLocation>;
