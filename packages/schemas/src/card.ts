import type { Location, ServiceAtLocation } from './location.js';
import type { Service } from './service.js';

/*
 * A service card: the part of a service that results and search need, written into a
 * feed's area partitions (contract 1.1). A card is itself a valid `Service`; the full
 * record lives in a detail shard and is fetched when someone opens it.
 */

/** The service fields a card keeps, in the order they are written. */
const CARD_FIELDS = [
  'id',
  'organization_id',
  'organization_name',
  'name',
  'alternate_name',
  'summary_b1',
  'status',
  'url',
  'route_step',
  'needs',
  'target_groups',
  'audience',
  'referral',
  // A professional's result line says how to refer; without it the line would be empty.
  'referral_process',
  'cost',
  'languages',
  'phones',
  'walk_in',
  'schedules',
  'schedule_exceptions',
  'service_areas',
] as const satisfies readonly (keyof Service)[];

/** What a card keeps of a place: enough to show and find it (name, address, coordinates, areas). */
const LOCATION_FIELDS = ['id', 'name', 'latitude', 'longitude', 'addresses', 'area_ids'] as const satisfies readonly (keyof Location)[];

/** What a card keeps of a service at a place: the place, and its phones and hours there. */
const AT_LOCATION_FIELDS = ['id', 'phones', 'schedules', 'schedule_exceptions'] as const satisfies readonly (keyof ServiceAtLocation)[];

function pick<T extends object, K extends keyof T>(record: T, fields: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const field of fields) if (record[field] !== undefined) picked[field] = record[field];
  return picked;
}

/**
 * The card of a service. The description is kept only when there is no B1 summary or no need
 * tagged: search then still has the service's own words (imported HSDS feeds have neither).
 * Fields outside the card, extra ones included, are left to the full record.
 */
export function serviceCard(service: Service): Service {
  const card: Service = pick(service, CARD_FIELDS);
  const wordsNeeded = service.summary_b1 === undefined || (service.needs ?? []).length === 0;
  if (wordsNeeded && service.description !== undefined) card.description = service.description;
  if (service.service_at_locations !== undefined) {
    card.service_at_locations = service.service_at_locations.map((at) => ({
      ...pick(at, AT_LOCATION_FIELDS),
      location: pick(at.location, LOCATION_FIELDS),
    }));
  }
  return card;
}
