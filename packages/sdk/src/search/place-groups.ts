import type { Service } from '@wijkwijzer/schemas';
import { normalize } from './normalize.js';
import type { SearchHit } from './types.js';

/** A hit with the place its name ends in: "Overvecht" of "Samen Bewegen 65+ Overvecht". */
export interface PlacedHit {
  hit: SearchHit;
  place: string;
}

/**
 * One service that one organisation offers in several places, each place a record of its own
 * ("Samen Bewegen 65+ Overvecht", "Samen Bewegen 65+ Zuid"): one result that lists its places.
 */
export interface PlaceGroup {
  /** The name without the place: "Samen Bewegen 65+". */
  name: string;
  /** Two or more, each a different place: the nearest first, else those in the resident's area, then by place. */
  places: [PlacedHit, ...PlacedHit[]];
}

/** What a result list shows: a hit, or one service in several places. */
export type ResultEntry = SearchHit | PlaceGroup;

export interface PlaceGroupOptions {
  /** The resident's area (an area id, as the area filter): its place comes first in a group. */
  area?: string | undefined;
}

export const isPlaceGroup = (entry: ResultEntry): entry is PlaceGroup => 'places' in entry;

/** What joins a name to the place it ends in: "Inloop Zuilen", "Spreekuur in Zuilen", "Inloop - Zuilen", "Inloop: Zuilen", "Inloop (Zuilen)". */
const JOINT = /(?:\s+(?:in|te|-|–)\s+|\s*[:,]\s+|\s+\(|\s+)$/i;
const QUALIFIER = /\s*\([^)]*\)$/;

/** The names a record gives its own places: its areas' ("Overvecht (Utrecht)", also as "Overvecht") and its addresses' towns. */
function placeNames(service: Service): string[] {
  const names: string[] = [];
  for (const area of service.service_areas ?? []) if (area.name) names.push(area.name, area.name.replace(QUALIFIER, ''));
  for (const at of service.service_at_locations ?? []) for (const address of at.location.addresses ?? []) names.push(address.city);
  return names;
}

/** The name split into what it offers and the place it ends in, one of the record's own places; undefined when it names none. */
function splitName(service: Service): { base: string; place: string } | undefined {
  const name = service.name.trim();
  // "Inloop (Zuilen)": the place inside the closing parenthesis.
  const text = name.endsWith(')') ? name.slice(0, -1) : name;
  for (const place of placeNames(service)) {
    if (!place || !text.toLowerCase().endsWith(place.toLowerCase())) continue;
    const head = text.slice(0, text.length - place.length);
    // A place glued to a word ("Buurthuis Zuilen-Proef", "Westerkerk") is part of a name, not where it is.
    const joint = JOINT.exec(head);
    if (joint && joint[0].endsWith('(') === (text !== name)) {
      const base = head.slice(0, joint.index).trim();
      if (base) return { base, place: text.slice(head.length) };
    }
  }
  return undefined;
}

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What a record says it offers (its summary, else its description) with its place left out, as
 * whole words. `words` keeps each place's expression: a feed names the same wijken over and over.
 */
function gist(service: Service, place: string, words: Map<string, RegExp>): string {
  const key = normalize(place);
  let word = words.get(key);
  if (!word) words.set(key, (word = new RegExp(`\\b${escaped(key)}\\b`, 'g')));
  return normalize(service.summary_b1 ?? service.description ?? '').replace(word, '');
}

/** Everything but the place that must be the same for two records to be one service: who offers what, for whom, on what terms. */
function kindOf(service: Service, base: string): string {
  return [service.organization_id, service.route_step, service.audience, service.referral, service.cost, [...(service.needs ?? [])].sort().join(' '), normalize(base)].join('\n');
}

function inArea(service: Service, area: string | undefined): boolean {
  return (
    area !== undefined &&
    ((service.service_areas ?? []).some((each) => each.area_id === area) || (service.service_at_locations ?? []).some((at) => at.location.area_ids?.includes(area)))
  );
}

/** Per record, once: what must be equal for records to be one service, its name without the place, and the place. */
const samenesses = new WeakMap<Service, { key: string; base: string; place: string } | null>();

function sameness(service: Service, words: Map<string, RegExp>): { key: string; base: string; place: string } | undefined {
  let known = samenesses.get(service);
  if (known === undefined) {
    const parts = service.needs?.length ? splitName(service) : undefined;
    known = parts ? { ...parts, key: `${kindOf(service, parts.base)}\n${gist(service, parts.place, words)}` } : null;
    samenesses.set(service, known);
  }
  return known ?? undefined;
}

/**
 * The hits with each service that one organisation offers in several places as one entry, at
 * the place of its best-ranked record; the other hits as they were, in their order.
 *
 * Records are one service in different places only when all of this holds, and a wrong merge
 * would hide help, so anything else stays apart:
 * - the same organisation, route step, audience, referral, cost and needs (at least one need);
 * - names that are the same once the place they end in is left out, that place being one of the
 *   record's own (an area it serves or the town of its address), as a word of its own: "Samen
 *   Bewegen 65+ Overvecht" and "Samen Bewegen 65+ Zuid", not "Buurthuis Zuilen-Proef";
 * - summaries (or descriptions) that are the same once their place is left out;
 * - a different place each: two records for one place are two services.
 * A national help line (a `crisis` hit) is never grouped.
 *
 * Run it on hits that are shown together, such as one route step: a group takes the place of
 * its best-ranked record, so grouping across steps would move help from one step to another.
 */
export function groupByPlace(hits: readonly SearchHit[], options: PlaceGroupOptions = {}): ResultEntry[] {
  const groups = new Map<string, { group: PlaceGroup; places: Set<string> }>();
  const words = new Map<string, RegExp>();
  const entries: ResultEntry[] = [];
  for (const hit of hits) {
    const parts = hit.crisis ? undefined : sameness(hit.service, words);
    if (!parts) {
      entries.push(hit);
      continue;
    }
    const { key } = parts;
    const found = groups.get(key);
    const place = normalize(parts.place);
    if (!found) {
      const group: PlaceGroup = { name: parts.base, places: [{ hit, place: parts.place }] };
      groups.set(key, { group, places: new Set([place]) });
      entries.push(group);
    } else if (found.places.has(place)) entries.push(hit);
    else {
      found.places.add(place);
      found.group.places.push({ hit, place: parts.place });
    }
  }
  const first = (placed: PlacedHit): number => (inArea(placed.hit.service, options.area) ? 0 : 1);
  const byName = (a: PlacedHit, b: PlacedHit): number => {
    const [x, y] = [normalize(a.place), normalize(b.place)];
    return x < y ? -1 : x > y ? 1 : 0;
  };
  return entries.map((entry) => {
    if (!isPlaceGroup(entry)) return entry;
    if (entry.places.length === 1) return entry.places[0].hit;
    entry.places.sort((a, b) => (a.hit.distanceKm ?? Infinity) - (b.hit.distanceKm ?? Infinity) || first(a) - first(b) || byName(a, b));
    return entry;
  });
}
