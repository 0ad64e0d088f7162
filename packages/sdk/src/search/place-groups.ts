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
  places: PlacedHit[];
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

/** What a record says it offers (its summary, else its description) with its place left out, as whole words. */
function gist(service: Service, place: string): string {
  return normalize(service.summary_b1 ?? service.description ?? '').replace(new RegExp(`\\b${escaped(normalize(place))}\\b`, 'g'), '');
}

/** Everything but the place that must be the same for two records to be one service: who offers what, for whom, on what terms. */
function kindOf(service: Service, base: string): string {
  return JSON.stringify([service.organization_id, service.route_step, service.audience, service.referral, service.cost, [...(service.needs ?? [])].sort(), normalize(base)]);
}

function inArea(service: Service, area: string | undefined): boolean {
  return (
    area !== undefined &&
    ((service.service_areas ?? []).some((each) => each.area_id === area) || (service.service_at_locations ?? []).some((at) => at.location.area_ids?.includes(area)))
  );
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
  const split = hits.map((hit) => {
    const parts = hit.crisis || !hit.service.needs?.length ? undefined : splitName(hit.service);
    return parts && { ...parts, kind: kindOf(hit.service, parts.base) };
  });
  const kinds = new Map<string, number>();
  for (const parts of split) if (parts) kinds.set(parts.kind, (kinds.get(parts.kind) ?? 0) + 1);
  const groups = new Map<string, PlaceGroup>();
  const entries: ResultEntry[] = [];
  hits.forEach((hit, index) => {
    const parts = split[index];
    // The summary is read only for names shared with another record: most hits share theirs with none.
    const key = parts && (kinds.get(parts.kind) ?? 0) > 1 ? parts.kind + gist(hit.service, parts.place) : undefined;
    const group = key === undefined ? undefined : groups.get(key);
    if (!parts || key === undefined) entries.push(hit);
    else if (!group) {
      const started: PlaceGroup = { name: parts.base, places: [{ hit, place: parts.place }] };
      groups.set(key, started);
      entries.push(started);
    } else if (group.places.some((each) => normalize(each.place) === normalize(parts.place))) entries.push(hit);
    else group.places.push({ hit, place: parts.place });
  });
  return entries.map((entry) => {
    if (!isPlaceGroup(entry)) return entry;
    const [only] = entry.places;
    if (entry.places.length === 1 && only) return only.hit;
    const first = (placed: PlacedHit): number => (inArea(placed.hit.service, options.area) ? 0 : 1);
    const place = (placed: PlacedHit): string => normalize(placed.place);
    entry.places.sort(
      (a, b) =>
        (a.hit.distanceKm ?? Infinity) - (b.hit.distanceKm ?? Infinity) || first(a) - first(b) || (place(a) < place(b) ? -1 : place(a) > place(b) ? 1 : 0),
    );
    return entry;
  });
}
