/**
 * Small, valid records for the search tests (kept out of the package by its `.test.` name).
 * The region: regio ⊃ subregio Zuidoost ⊃ gemeente Houten; regio ⊃ gemeente Utrecht ⊃ wijken
 * Overvecht and Zuilen.
 */
import type { Area, GeoPoint, Service, TaxonomyTerm } from '@wijkwijzer/schemas';

export function service(id: string, fields: Partial<Service> = {}): Service {
  return { id, organization_id: 'org-test', name: id, status: 'active', ...fields };
}

/** A service with one location at a point, optionally in areas. */
export function at(point: GeoPoint, areaIds: string[] = []): Pick<Service, 'service_at_locations'> {
  return {
    service_at_locations: [{ location: { latitude: point.latitude, longitude: point.longitude, area_ids: areaIds } }],
  };
}

export const AREAS: Area[] = [
  { id: 'regio-utrecht', name: 'Regio Utrecht', kind: 'regio' },
  { id: 'sub-zuidoost', name: 'Utrecht Zuidoost', kind: 'subregio', parent_ids: ['regio-utrecht'] },
  { id: 'gm-houten', name: 'Houten', kind: 'gemeente', parent_ids: ['sub-zuidoost'] },
  { id: 'gm-utrecht', name: 'Utrecht', kind: 'gemeente', parent_ids: ['regio-utrecht'] },
  { id: 'wk-overvecht', name: 'Overvecht', kind: 'wijk', parent_ids: ['gm-utrecht'] },
  { id: 'wk-zuilen', name: 'Zuilen', kind: 'wijk', parent_ids: ['gm-utrecht'] },
];

export const TAXONOMY: TaxonomyTerm[] = [
  {
    id: 'need-eenzaamheid',
    name: 'Eenzaamheid',
    kind: 'need',
    synonyms: ['eenzaam', 'alleen', 'geen contacten', 'ik ben eenzaam'],
  },
  { id: 'need-geldzorgen', name: 'Geldzorgen', kind: 'need', synonyms: ['geldzorgen', 'geen geld', 'rondkomen'] },
  {
    id: 'need-boodschappen',
    name: 'Boodschappen en huishouden',
    kind: 'need',
    synonyms: ['kan geen boodschappen doen', 'boodschappen'],
  },
  { id: 'need-somberheid', name: 'Somberheid', kind: 'need', synonyms: ['somber', 'depressief', 'neerslachtig'] },
  { id: 'need-acute-zorg', name: 'Spoedzorg', kind: 'need', synonyms: ['huisartsenpost', 'spoed'] },
  { id: 'tg-mantelzorgers', name: 'Mantelzorgers', kind: 'target-group', synonyms: ['mantelzorger'] },
  { id: 'tg-ouderen', name: 'Ouderen', kind: 'target-group', synonyms: ['senioren'] },
];

export const UTRECHT_CENTRE: GeoPoint = { latitude: 52.0907, longitude: 5.1214 };
