import * as z from 'zod/mini';
import { Email, Id, IsoDate, IsoDateTime, SafeUrl, Text } from './primitives.js';
import { Contact, Language, Phone } from './contact.js';
import { Accessibility, ServiceAtLocation } from './location.js';
import { Schedule, ScheduleException } from './schedule.js';
import { ROUTE_STEPS } from './contract-lists.js';
import { ageRangeIsOrdered } from './rules.js';

export { ROUTE_STEPS };

/** A step of the route from self-help to formal care; `ROUTE_STEPS` gives their order. */
export const RouteStep = z.enum(ROUTE_STEPS);
export type RouteStep = z.infer<typeof RouteStep>;

export const Audience = z.enum(['inwoner', 'professional', 'beide']);
export type Audience = z.infer<typeof Audience>;

/** What a resident needs before they can use the service. */
export const Referral = z.enum(['geen', 'huisarts', 'buurtteam', 'wmo-beschikking', 'wlz-indicatie']);
export type Referral = z.infer<typeof Referral>;

/** What it costs the resident. */
export const CostCategory = z.enum(['gratis', 'eigen-bijdrage', 'verzekerd', 'eigen-risico']);
export type CostCategory = z.infer<typeof CostCategory>;

/** HSDS `cost_option`. */
export const CostOption = z.looseObject({
  id: z.optional(Id),
  option: z.optional(Text),
  amount: z.optional(z.number().check(z.gte(0))),
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/, 'a currency is an ISO 4217 code'))),
  amount_description: z.optional(Text),
  valid_from: z.optional(IsoDate),
  valid_to: z.optional(IsoDate),
});
export type CostOption = z.infer<typeof CostOption>;

/** HSDS `service_area`, linked to one of our areas by `area_id`. */
export const ServiceArea = z.looseObject({
  id: z.optional(Id),
  area_id: z.optional(Id),
  name: z.optional(Text),
  description: z.optional(Text),
});
export type ServiceArea = z.infer<typeof ServiceArea>;

/** Walk-in ("binnenlopen") without appointment; its hours are schedules with attending_type "in person". */
export const WalkIn = z.looseObject({
  description: Text,
});
export type WalkIn = z.infer<typeof WalkIn>;

export const ServiceStatus = z.enum(['active', 'inactive', 'defunct', 'temporarily closed']);
export type ServiceStatus = z.infer<typeof ServiceStatus>;

/**
 * A service: the HSDS 3.0 service with the region's additions (route step, needs,
 * target groups, audience, referral, cost category, B1 summary, walk-in, exceptions).
 */
export const Service = z.looseObject({
  id: Id,
  organization_id: Id,
  /**
   * The providing organisation's name, as its record in `organizations` has it. `build` writes it
   * into the cards of a partitioned feed, so a page searches and shows it without that dataset.
   */
  organization_name: z.optional(Text),
  name: Text,
  alternate_name: z.optional(Text),
  description: z.optional(Text),
  /** One or two sentences in plain Dutch at B1 level. */
  summary_b1: z.optional(Text),
  status: ServiceStatus,
  url: z.optional(SafeUrl),
  email: z.optional(Email),
  route_step: z.optional(RouteStep),
  needs: z.optional(z.array(Id)),
  target_groups: z.optional(z.array(Id)),
  audience: z.optional(Audience),
  referral: z.optional(Referral),
  cost: z.optional(CostCategory),
  cost_options: z.optional(z.array(CostOption)),
  fees_description: z.optional(Text),
  /** How a resident gets started (HSDS). */
  application_process: z.optional(Text),
  /** How a professional refers someone; shown in the professional view. */
  referral_process: z.optional(Text),
  eligibility_description: z.optional(Text),
  minimum_age: z.optional(z.number().check(z.gte(0))),
  maximum_age: z.optional(z.number().check(z.gte(0))),
  /** Free-text waiting time as HSDS has it; structured figures live in availability. */
  wait_time: z.optional(Text),
  alert: z.optional(Text),
  phones: z.optional(z.array(Phone)),
  contacts: z.optional(z.array(Contact)),
  walk_in: z.optional(WalkIn),
  languages: z.optional(z.array(Language)),
  accessibility: z.optional(z.array(Accessibility)),
  schedules: z.optional(z.array(Schedule)),
  schedule_exceptions: z.optional(z.array(ScheduleException)),
  service_areas: z.optional(z.array(ServiceArea)),
  service_at_locations: z.optional(z.array(ServiceAtLocation)),
  /** When the information was last checked with the provider (HSDS). */
  assured_date: z.optional(IsoDate),
  last_modified: z.optional(IsoDateTime),
}).check(z.refine(ageRangeIsOrdered, { message: 'minimum_age is above maximum_age', path: ['minimum_age'] }));
export type Service = z.infer<typeof Service>;
