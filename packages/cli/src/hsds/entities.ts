import { Location, Organization, Service, ServiceArea, ServiceAtLocation, TaxonomyTerm } from '@wijkwijzer/schemas';

/**
 * The HSDS entities our contract shares, and which of their fields HSDS and our
 * contract both have, with the same name and meaning. Import and export read
 * this one table: what is here passes through both ways, what is not is either
 * an HSDS field we have no place for (left out on import, with a note) or one
 * of our fields HSDS has no place for (the `wijkwijzer` extension on export).
 */
export const SHARED_FIELDS = {
  organization: ['id', 'name', 'alternate_name', 'description', 'email', 'website', 'phones', 'parent_organization_id'],
  service: [
    'id', 'organization_id', 'name', 'alternate_name', 'description', 'url', 'email', 'status', 'fees_description',
    'application_process', 'eligibility_description', 'minimum_age', 'maximum_age', 'wait_time', 'alert', 'phones',
    'contacts', 'languages', 'schedules', 'service_areas', 'service_at_locations', 'cost_options', 'assured_date', 'last_modified',
  ],
  taxonomy_term: ['id', 'name', 'description', 'code', 'parent_id'],
  phone: ['id', 'number', 'extension', 'type', 'description', 'languages'],
  contact: ['id', 'name', 'title', 'department', 'email', 'phones'],
  language: ['id', 'code', 'name', 'note'],
  schedule: ['id', 'freq', 'byday', 'opens_at', 'closes_at', 'valid_from', 'valid_to', 'description', 'attending_type', 'notes'],
  service_area: ['id', 'name', 'description'],
  cost_option: ['id', 'option', 'amount', 'currency', 'amount_description', 'valid_from', 'valid_to'],
  location: [
    'id', 'location_type', 'name', 'description', 'latitude', 'longitude', 'transportation', 'addresses', 'accessibility', 'languages',
    'phones', 'schedules',
  ],
  address: ['id', 'address_1', 'address_2', 'city', 'postal_code', 'state_province', 'country', 'address_type'],
  accessibility: ['id', 'description', 'details', 'url'],
  service_at_location: ['id', 'description', 'location', 'phones', 'schedules'],
} as const satisfies Record<string, readonly string[]>;

export type HsdsEntity = keyof typeof SHARED_FIELDS;

/** Fields (of SHARED_FIELDS) that hold nested HSDS entities: a list of them, or one for `location`. */
export const NESTED: Readonly<Partial<Record<HsdsEntity, Readonly<Record<string, HsdsEntity>>>>> = {
  organization: { phones: 'phone' },
  service: {
    phones: 'phone', contacts: 'contact', languages: 'language', schedules: 'schedule', service_areas: 'service_area',
    service_at_locations: 'service_at_location', cost_options: 'cost_option',
  },
  phone: { languages: 'language' },
  contact: { phones: 'phone' },
  location: { addresses: 'address', accessibility: 'accessibility', languages: 'language', phones: 'phone', schedules: 'schedule' },
  service_at_location: { location: 'location', phones: 'phone', schedules: 'schedule' },
};

/**
 * The key of the object that carries, on an exported HSDS entity, what our contract has and HSDS
 * has not (route step, referral, B1 summary, availability…), and our own id where HSDS needed a UUID.
 */
export const EXTENSION_KEY = 'wijkwijzer';

/** The link_type of an HSDS attribute that tags a service with one of our target groups; any other tags it with a need. */
export const TARGET_GROUP_LINK = 'target_group';
export const NEED_LINK = 'need';

/** Our contract's record for the entities whose extension fields an import reads back. */
export const CONTRACT_OBJECTS = {
  organization: Organization,
  service: Service,
  taxonomy_term: TaxonomyTerm,
  location: Location,
  service_area: ServiceArea,
  service_at_location: ServiceAtLocation,
} as const;

/**
 * Our fields that an import does not read back from the extension, and why: each is listed in
 * the export's README as lossy. `needs` and `target_groups` travel as HSDS attributes instead.
 */
export const NOT_READ_BACK: Readonly<Record<string, string>> = {
  needs: 'HSDS attributes',
  target_groups: 'HSDS attributes',
  organization_name: 'the organisation record',
  area_id: 'a link into our areas, which HSDS has no entity for',
  area_ids: 'links into our areas, which HSDS has no entity for',
};
