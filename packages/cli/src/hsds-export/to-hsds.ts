import type { AvailabilityObservation, Norm, Organization, Service, TaxonomyKind, TaxonomyTerm } from '@wijkwijzer/schemas';
import { EXTENSION_KEY, NEED_LINK, NESTED, SHARED_FIELDS, TARGET_GROUP_LINK, type HsdsEntity } from '../hsds/entities.js';
import { isObject, type JsonObject } from '../json.js';
import { isUuid, nameUuid } from './uuid.js';

/** The datasets of a feed that HSDS can carry. */
export interface ExportRecords {
  organizations: readonly Organization[];
  services: readonly Service[];
  taxonomy: readonly TaxonomyTerm[];
  availability: readonly AvailabilityObservation[];
  norms: readonly Norm[];
}

/** The datasets of a feed that HSDS can carry; one the feed lacks is empty. */
export function exportRecords(datasets: { [D in keyof ExportRecords]?: ExportRecords[D] }): ExportRecords {
  return {
    organizations: datasets.organizations ?? [],
    services: datasets.services ?? [],
    taxonomy: datasets.taxonomy ?? [],
    availability: datasets.availability ?? [],
    norms: datasets.norms ?? [],
  };
}

/** HSDS 3.0 documents: full services (organisation, locations, attributes nested), organisations, taxonomy terms. */
export interface HsdsDocuments {
  services: JsonObject[];
  organizations: JsonObject[];
  taxonomyTerms: JsonObject[];
}

/**
 * Fields HSDS requires that our contract may leave out, with the value written then. Each is in
 * the README's list of what a round trip adds: `location_type` and `address_type` "physical"
 * (our places are places one visits), an empty `state_province` (the Netherlands has no states
 * in its addresses) and an empty term `description`.
 */
const REQUIRED_DEFAULTS: Partial<Record<HsdsEntity, JsonObject>> = {
  location: { location_type: 'physical' },
  address: { state_province: '', address_type: 'physical' },
  taxonomy_term: { description: '' },
};

/** What the `taxonomy` field of an exported term says: which of our vocabularies it is from. */
const VOCABULARY: Readonly<Record<TaxonomyKind, string>> = {
  need: 'Wijkwijzer hulpvragen (needs)',
  'target-group': 'Wijkwijzer doelgroepen (target groups)',
  'life-domain': 'Wijkwijzer levensdomeinen (life domains)',
};

type TopLevel = 'organization' | 'service' | 'taxonomy_term';

/** The HSDS id of one of our records: ours when it is a UUID, else one derived from it (the same on every export). */
export function hsdsIdOf(regionId: string, kind: TopLevel, id: string): string {
  return isUuid(id) ? id : nameUuid(`${regionId}/${kind}/${id}`);
}

/**
 * Turns our records into HSDS 3.0 documents. HSDS wants every id a UUID: ours are kept when
 * they are, else replaced by a name-based UUID (the same one on every export) with our id in
 * the extension. Fields HSDS shares pass as they are (our contract is an HSDS profile); the
 * others go into the `wijkwijzer` extension; needs and target groups become attributes.
 */
export function toHsds(records: ExportRecords, regionId: string): HsdsDocuments {
  const hsdsId = (kind: TopLevel, id: string): string => hsdsIdOf(regionId, kind, id);

  /** One entity and what it nests; `id` is its HSDS id. */
  const entity = (kind: HsdsEntity, record: JsonObject, id: string): JsonObject => {
    const shared: readonly string[] = SHARED_FIELDS[kind];
    const nested = NESTED[kind] ?? {};
    const out: JsonObject = { id };
    const extension: JsonObject = {};
    // null says "we had no id": the importer then gives the record none, as it was.
    if (record.id !== id) extension.id = typeof record.id === 'string' ? record.id : null;
    for (const [field, value] of Object.entries(record)) {
      const child = nested[field];
      if (field === 'id') continue;
      if (child !== undefined && Array.isArray(value)) {
        out[field] = value.map((item, index) => nestedEntity(child, item, `${id}/${field}/${index}`));
      } else if (child !== undefined) out[field] = nestedEntity(child, value, `${id}/${field}`);
      else if (shared.includes(field)) out[field] = value;
      else extension[field] = value;
    }
    return { id, ...REQUIRED_DEFAULTS[kind], ...out, ...(Object.keys(extension).length > 0 ? { [EXTENSION_KEY]: extension } : {}) };
  };
  /**
   * A nested entity keeps a UUID id. A location with an id of ours gets the same UUID wherever it
   * is used (one row in locations.csv); anything else is named by where it sits.
   */
  const nestedEntity = (kind: HsdsEntity, value: unknown, path: string): JsonObject => {
    const record = isObject(value) ? value : {};
    const own = typeof record.id === 'string' ? record.id : undefined;
    const id = own !== undefined && isUuid(own) ? own : nameUuid(kind === 'location' && own !== undefined ? `${regionId}/location/${own}` : path);
    return entity(kind, record, id);
  };

  const terms = new Map(
    records.taxonomy.map((term) => {
      const { parent_id: parent, ...rest } = term;
      const id = hsdsId('taxonomy_term', term.id);
      const document = {
        ...entity('taxonomy_term', rest, id),
        ...(parent === undefined ? {} : { parent_id: hsdsId('taxonomy_term', parent) }),
        taxonomy: VOCABULARY[term.kind],
      };
      return [term.id, document] as const;
    }),
  );
  const organizations = new Map(
    records.organizations.map((organization) => {
      const { parent_organization_id: parent, ...rest } = organization;
      const document = {
        ...entity('organization', rest, hsdsId('organization', organization.id)),
        ...(parent === undefined ? {} : { parent_organization_id: hsdsId('organization', parent) }),
      };
      return [organization.id, document] as const;
    }),
  );
  const norms = new Map(records.norms.map((norm) => [norm.id, norm]));
  const availability = new Map<string, JsonObject[]>();
  for (const { service_id: serviceId, ...figure } of records.availability) {
    availability.set(serviceId, [...(availability.get(serviceId) ?? []), figure]);
  }

  const services = records.services.map((service) => {
    const { needs = [], target_groups: groups = [], organization_id: owner, ...rest } = service;
    const id = hsdsId('service', service.id);
    const attribute = (linkType: string, termId: string): JsonObject => ({
      id: nameUuid(`${id}/attributes/${linkType}/${termId}`),
      link_id: id,
      link_type: linkType,
      link_entity: 'service',
      taxonomy_term_id: hsdsId('taxonomy_term', termId),
      ...(terms.has(termId) ? { taxonomy_term: terms.get(termId) } : {}),
    });
    const figures = availability.get(service.id) ?? [];
    // HSDS has no place for a norm: each travels with the service whose figures are compared with it.
    const normIds = new Set(figures.flatMap((figure) => (typeof figure.norm_id === 'string' ? [figure.norm_id] : [])));
    const used = [...normIds].flatMap((normId) => norms.get(normId) ?? []);
    const extension = { ...(figures.length > 0 ? { availability: figures } : {}), ...(used.length > 0 ? { norms: used } : {}) };
    const document = entity('service', { ...rest, ...extension }, id);
    const attributes = [...needs.map((need) => attribute(NEED_LINK, need)), ...groups.map((group) => attribute(TARGET_GROUP_LINK, group))];
    return {
      ...document,
      organization_id: hsdsId('organization', owner),
      ...(organizations.has(owner) ? { organization: organizations.get(owner) } : {}),
      ...(attributes.length > 0 ? { attributes } : {}),
    };
  });
  return { services, organizations: [...organizations.values()], taxonomyTerms: [...terms.values()] };
}
