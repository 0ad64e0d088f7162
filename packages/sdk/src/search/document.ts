import type { Area, Organization, Service, TaxonomyTerm } from '@wijkwijzer/schemas';
import { indexTerms } from './analyze.js';

/**
 * Which text of a service is searched, and how much each field counts. The name says what a
 * service is; a description mentions many things in passing.
 */
export const FIELD_WEIGHTS = {
  name: 1,
  alternate_name: 0.9,
  /** Who provides it: residents and professionals search by organisation too ("bewindvoering", "Careyn"). */
  organization: 0.7,
  /** Names of the needs and target groups the service is tagged with. */
  tags: 0.8,
  summary_b1: 0.7,
  description: 0.5,
  /** Area, location and city names: "buurtteam overvecht". */
  places: 0.4,
  /** How to apply, who is eligible. */
  details: 0.3,
} as const;

export interface DocumentContext {
  termNames: ReadonlyMap<string, string>;
  areaNames: ReadonlyMap<string, string>;
  /** Names by organisation id, for services whose record or card does not carry one. */
  organizationNames: ReadonlyMap<string, string>;
}

export function documentContext(
  taxonomy: readonly TaxonomyTerm[],
  areas: readonly Area[],
  organizations: readonly Pick<Organization, 'id' | 'name'>[] = [],
): DocumentContext {
  return {
    termNames: new Map(taxonomy.map((t) => [t.id, t.name])),
    areaNames: new Map(areas.map((a) => [a.id, a.name])),
    organizationNames: new Map(organizations.map((o) => [o.id, o.name])),
  };
}

/**
 * A field's terms and weight. `tagged` marks the field of taxonomy names: thesaurus keywords skip
 * it, since a service tagged for "Ouders" is not thereby about opvoedingsvragen (see scorer.ts).
 */
export interface DocumentField {
  terms: string[];
  weight: number;
  tagged?: boolean;
}

export function documentFields(service: Service, context: DocumentContext): DocumentField[] {
  const tags = [...(service.needs ?? []), ...(service.target_groups ?? [])]
    .map((id) => context.termNames.get(id))
    .filter((name) => name !== undefined);
  const places: string[] = [];
  for (const area of service.service_areas ?? []) {
    const name = area.name ?? (area.area_id !== undefined ? context.areaNames.get(area.area_id) : undefined);
    if (name !== undefined) places.push(name);
  }
  for (const at of service.service_at_locations ?? []) {
    const location = at.location;
    if (location.name !== undefined) places.push(location.name);
    for (const id of location.area_ids ?? []) {
      const name = context.areaNames.get(id);
      if (name !== undefined) places.push(name);
    }
    for (const address of location.addresses ?? []) places.push(address.city);
  }
  const field = (text: string | undefined, weight: number): DocumentField => ({ terms: text ? indexTerms(text) : [], weight });
  return [
    field(service.name, FIELD_WEIGHTS.name),
    field(service.alternate_name, FIELD_WEIGHTS.alternate_name),
    field(service.organization_name ?? context.organizationNames.get(service.organization_id), FIELD_WEIGHTS.organization),
    { ...field(tags.join(' '), FIELD_WEIGHTS.tags), tagged: true },
    field(service.summary_b1, FIELD_WEIGHTS.summary_b1),
    field(service.description, FIELD_WEIGHTS.description),
    field([...new Set(places)].join(' '), FIELD_WEIGHTS.places),
    field([service.application_process, service.eligibility_description].filter(Boolean).join(' '), FIELD_WEIGHTS.details),
  ];
}
