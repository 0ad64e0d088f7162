import type { DatasetName } from './manifest.js';
import type { DatasetRecordTypes } from './validate.js';

/** Valid records of a feed, per dataset; a missing dataset counts as empty. */
export type FeedRecords = { [D in DatasetName]?: readonly DatasetRecordTypes[D][] };

/** A link from one record to another that does not exist. */
export interface DanglingReference {
  dataset: DatasetName;
  id: string;
  path: string;
  /** The dataset the id must be in, or `locations`: the places of the service `owner`. */
  target: DatasetName | 'locations';
  /** For `locations`: the service whose places were searched. */
  owner?: string;
  missingId: string;
}

interface Link {
  path: string;
  target: DatasetName;
  ids: readonly (string | undefined)[];
}

/** Every outgoing link of a record, per dataset, with the dataset it must point into. */
const LINKS: { [D in DatasetName]: (record: DatasetRecordTypes[D]) => Link[] } = {
  areas: (area) => [{ path: 'parent_ids', target: 'areas', ids: area.parent_ids ?? [] }],
  organizations: (organization) => [
    { path: 'parent_organization_id', target: 'organizations', ids: [organization.parent_organization_id] },
  ],
  services: (service) => [
    { path: 'organization_id', target: 'organizations', ids: [service.organization_id] },
    { path: 'needs', target: 'taxonomy', ids: service.needs ?? [] },
    { path: 'target_groups', target: 'taxonomy', ids: service.target_groups ?? [] },
    { path: 'service_areas.area_id', target: 'areas', ids: (service.service_areas ?? []).map((area) => area.area_id) },
    {
      path: 'service_at_locations.location.area_ids',
      target: 'areas',
      ids: (service.service_at_locations ?? []).flatMap((at) => at.location.area_ids ?? []),
    },
  ],
  pathways: (pathway) => [
    { path: 'service_ids', target: 'services', ids: pathway.service_ids ?? [] },
    { path: 'target_group_ids', target: 'taxonomy', ids: pathway.target_group_ids ?? [] },
    { path: 'steps.service_ids', target: 'services', ids: pathway.steps.flatMap((step) => step.service_ids ?? []) },
    {
      path: 'steps.roles.organization_ids',
      target: 'organizations',
      ids: pathway.steps.flatMap((step) => step.roles.flatMap((role) => role.organization_ids ?? [])),
    },
    { path: 'implementation.area_id', target: 'areas', ids: (pathway.implementation ?? []).map((row) => row.area_id) },
  ],
  availability: (observation) => [
    { path: 'service_id', target: 'services', ids: [observation.service_id] },
    { path: 'norm_id', target: 'norms', ids: [observation.norm_id] },
  ],
  norms: () => [],
  taxonomy: (term) => [
    { path: 'parent_id', target: 'taxonomy', ids: [term.parent_id] },
    { path: 'life_domain_id', target: 'taxonomy', ids: [term.life_domain_id] },
  ],
  postcodes: (postcode) => [{ path: 'area_ids', target: 'areas', ids: postcode.area_ids ?? [] }],
};

/**
 * Finds links between records that point nowhere. Links into a dataset the feed
 * does not publish at all are not reported: a partial feed is allowed.
 */
export function findDanglingReferences(feed: FeedRecords): DanglingReference[] {
  const known = new Map<DatasetName, Set<string>>();
  for (const [dataset, records] of Object.entries(feed) as [DatasetName, readonly { id: string }[]][]) {
    known.set(dataset, new Set(records.map((record) => record.id)));
  }
  const dangling: DanglingReference[] = [];
  for (const dataset of Object.keys(LINKS) as DatasetName[]) {
    const linksOf = LINKS[dataset] as (record: DatasetRecordTypes[DatasetName]) => Link[];
    for (const record of feed[dataset] ?? []) {
      for (const link of linksOf(record)) {
        const targets = known.get(link.target);
        if (!targets) continue;
        for (const missingId of link.ids) {
          if (missingId !== undefined && !targets.has(missingId)) {
            dangling.push({ dataset, id: record.id, path: link.path, target: link.target, missingId });
          }
        }
      }
    }
  }
  dangling.push(...unknownLocations(feed));
  return dangling;
}

/**
 * A figure for one place names a location of its own service: a wait "at Zeist" that points at no
 * place of that service would be shown for the wrong one. Services the feed does not publish are
 * the dangling service_id's to report, not this.
 */
function unknownLocations(feed: FeedRecords): DanglingReference[] {
  const locationsOf = new Map<string, Set<string>>();
  for (const service of feed.services ?? []) {
    const ids = (service.service_at_locations ?? []).flatMap((at) => (at.location.id === undefined ? [] : [at.location.id]));
    locationsOf.set(service.id, new Set(ids));
  }
  const unknown: DanglingReference[] = [];
  for (const observation of feed.availability ?? []) {
    const locations = locationsOf.get(observation.service_id);
    const missingId = observation.location_id;
    if (missingId === undefined || !locations || locations.has(missingId)) continue;
    unknown.push({ dataset: 'availability', id: observation.id, path: 'location_id', target: 'locations', owner: observation.service_id, missingId });
  }
  return unknown;
}
