import {
  CostOption,
  Email,
  Id,
  IsoDate,
  IsoDateTime,
  SafeUrl,
  ServiceStatus,
  Text,
  type Organization,
  type Service,
  type ServiceArea,
  type TaxonomyTerm,
} from '@wijkwijzer/schemas';
import { isObject } from '../json.js';
import { mapContact, mapLanguage, mapPhone } from './map-contact.js';
import { mapServiceAtLocation } from './map-location.js';
import { mapSchedule } from './map-schedule.js';
import { TARGET_GROUP_LINK } from './entities.js';
import { ourId, readExtension, type ReadExtension } from './extension.js';
import { checked, compact, datePart, idText, mapList, noteIgnored, text, type MapContext } from './fields.js';

/** Where mapped records that hang off a service (its organisation, its taxonomy terms, its availability) go. */
export interface ImportSink {
  addOrganization(organization: Organization): void;
  addTaxonomyTerm(term: TaxonomyTerm): void;
  /** Figures from a service's extension, with its service_id set; checked as records at the end. */
  addAvailability(observation: unknown): void;
  /** A norm those figures are compared with, from the same extension; checked as a record at the end. */
  addNorm(norm: unknown): void;
  /** Says that links to `hsdsId` mean our record `id` (an export gave it a UUID, and its extension our id). */
  knownAs(hsdsId: string, id: string): void;
}

/** The id of a top-level record: ours from its extension, else its HSDS id; the sink learns the pair. */
function recordId(raw: Record<string, unknown>, extension: ReadExtension, sink: Pick<ImportSink, 'knownAs'>, ctx: MapContext): string | undefined {
  const hsdsId = checked(Id, idText(raw.id), 'id', ctx);
  const id = ourId(extension, hsdsId);
  if (hsdsId !== undefined && id !== undefined && id !== hsdsId) sink.knownAs(hsdsId, id);
  return id;
}

/** A note's name for a record: its id, or its name when the id is unusable. */
function label(kind: string, raw: Record<string, unknown>): string {
  return `${kind} ${text(raw.id) ?? `"${text(raw.name) ?? '?'}"`}`;
}

/**
 * HSDS organization → ours. Our contract requires a description; an organisation
 * without one gets its name as description (noted) rather than being dropped.
 * Its `services` are mapped by the caller; locations, funding and programmes have no place here.
 */
export function mapOrganization(raw: unknown, sink: Pick<ImportSink, 'knownAs'>, notes: MapContext['notes']): Organization | undefined {
  if (!isObject(raw)) return undefined;
  const ctx = { notes, where: label('organization', raw) };
  noteIgnored(raw, 'organization', ctx, ['services']);
  const extension = readExtension(raw, 'organization', ctx);
  const id = recordId(raw, extension, sink, ctx);
  const name = checked(Text, text(raw.name), 'name', ctx);
  if (id === undefined || name === undefined) {
    notes.add(`${ctx.where}: left out: an organisation needs an id and a name`);
    return undefined;
  }
  let description = checked(Text, text(raw.description), 'description', ctx);
  if (description === undefined) {
    notes.add(`${ctx.where}: has no description; used its name instead`);
    description = name;
  }
  return compact({
    id,
    name,
    alternate_name: checked(Text, text(raw.alternate_name), 'alternate_name', ctx),
    description,
    email: checked(Email, text(raw.email), 'email', ctx),
    website: checked(SafeUrl, text(raw.website), 'website', ctx),
    phones: mapList(raw.phones, (item) => mapPhone(item, ctx)),
    parent_organization_id: checked(Id, idText(raw.parent_organization_id), 'parent_organization_id', ctx),
    ...extension.fields,
  });
}

/**
 * HSDS taxonomy_term → a taxonomy record. HSDS terms attached to services describe what they help
 * with: a need, unless our extension names another kind.
 */
export function mapTaxonomyTerm(raw: unknown, sink: Pick<ImportSink, 'knownAs'>, notes: MapContext['notes']): TaxonomyTerm | undefined {
  if (!isObject(raw)) return undefined;
  const ctx = { notes, where: label('taxonomy_term', raw) };
  noteIgnored(raw, 'taxonomy_term', ctx);
  const extension = readExtension(raw, 'taxonomy_term', ctx);
  const id = recordId(raw, extension, sink, ctx);
  const name = checked(Text, text(raw.name), 'name', ctx);
  if (id === undefined || name === undefined) {
    notes.add(`${ctx.where}: left out: a taxonomy term needs an id and a name`);
    return undefined;
  }
  return compact({
    id,
    name,
    kind: 'need' as const,
    description: checked(Text, text(raw.description), 'description', ctx),
    code: checked(Text, text(raw.code), 'code', ctx),
    parent_id: checked(Id, idText(raw.parent_id), 'parent_id', ctx),
    ...extension.fields,
  });
}

function mapCostOption(raw: unknown, ctx: MapContext): CostOption | undefined {
  if (!isObject(raw)) return undefined;
  noteIgnored(raw, 'cost_option', ctx);
  const option = compact({
    id: ourId(readExtension(raw, 'cost_option', ctx), checked(Id, raw.id, 'cost_option id', ctx)),
    option: checked(Text, text(raw.option), 'cost option', ctx),
    amount: typeof raw.amount === 'number' && raw.amount >= 0 ? raw.amount : undefined,
    currency: typeof raw.currency === 'string' ? raw.currency.trim().toUpperCase() : undefined,
    amount_description: checked(Text, text(raw.amount_description), 'amount_description', ctx),
    valid_from: checked(IsoDate, datePart(raw.valid_from), 'cost valid_from', ctx),
    valid_to: checked(IsoDate, datePart(raw.valid_to), 'cost valid_to', ctx),
  });
  return checked(CostOption, option, 'cost option', ctx);
}

function mapServiceArea(raw: unknown, ctx: MapContext): ServiceArea | undefined {
  if (!isObject(raw)) return undefined;
  noteIgnored(raw, 'service_area', ctx);
  const extension = readExtension(raw, 'service_area', ctx);
  const area = compact({
    id: ourId(extension, checked(Id, raw.id, 'service_area id', ctx)),
    name: checked(Text, text(raw.name), 'service_area name', ctx),
    description: checked(Text, text(raw.description), 'service_area description', ctx),
    ...extension.fields,
  });
  return area.name === undefined && area.description === undefined ? undefined : area;
}

/** Ages are kept only as a consistent pair: a minimum above the maximum is a typo we cannot fix. */
function ages(raw: Record<string, unknown>, ctx: MapContext): { minimum_age?: number; maximum_age?: number } {
  const age = (value: unknown) => (typeof value === 'number' && value >= 0 ? value : undefined);
  const minimum = age(raw.minimum_age);
  const maximum = age(raw.maximum_age);
  if (minimum !== undefined && maximum !== undefined && minimum > maximum) {
    ctx.notes.add(`${ctx.where}: left out minimum_age ${minimum} and maximum_age ${maximum} (minimum above maximum)`);
    return {};
  }
  return compact({ minimum_age: minimum, maximum_age: maximum });
}

/**
 * The taxonomy terms a service is tagged with (HSDS attributes): target groups where the
 * attribute's link_type says so, needs otherwise. The terms themselves go to the sink.
 */
function tagsOf(attributes: unknown, sink: ImportSink, ctx: MapContext): { needs: string[]; target_groups: string[] } {
  const tags = { needs: new Set<string>(), target_groups: new Set<string>() };
  mapList(attributes, (attribute) => {
    if (!isObject(attribute)) return undefined;
    let id: string | undefined;
    if (isObject(attribute.taxonomy_term)) {
      const term = mapTaxonomyTerm(attribute.taxonomy_term, sink, ctx.notes);
      if (term) sink.addTaxonomyTerm(term);
      id = term?.id;
    } else {
      // A bare reference is kept if the term arrives from another document of the import.
      id = checked(Id, idText(attribute.taxonomy_term_id), 'attribute taxonomy_term_id', ctx);
    }
    if (id !== undefined) (attribute.link_type === TARGET_GROUP_LINK ? tags.target_groups : tags.needs).add(id);
    return id;
  });
  return { needs: [...tags.needs], target_groups: [...tags.target_groups] };
}

/**
 * HSDS service → ours. HSDS names are ours, so most fields pass through after a
 * check; a nested organisation and taxonomy terms go to the sink. A service needs
 * an id, a name, a known status and an organisation, or it is left out.
 */
export function mapService(raw: unknown, sink: ImportSink, notes: MapContext['notes'], organizationId?: string): Service | undefined {
  if (!isObject(raw)) return undefined;
  const ctx = { notes, where: label('service', raw) };
  noteIgnored(raw, 'service', ctx, ['organization', 'attributes']);
  const nested = isObject(raw.organization) ? mapOrganization(raw.organization, sink, notes) : undefined;
  if (nested) sink.addOrganization(nested);

  const extension = readExtension(raw, 'service', ctx);
  const id = recordId(raw, extension, sink, ctx);
  const name = checked(Text, text(raw.name), 'name', ctx);
  const status = checked(ServiceStatus, typeof raw.status === 'string' ? raw.status.trim().toLowerCase() : raw.status, 'status', ctx);
  const owner = nested?.id ?? checked(Id, idText(raw.organization_id), 'organization_id', ctx) ?? organizationId;
  const missing = [
    id === undefined ? 'id' : '',
    name === undefined ? 'name' : '',
    status === undefined ? 'status (active, inactive, defunct or temporarily closed)' : '',
    owner === undefined ? 'organisation' : '',
  ].filter(Boolean);
  if (id === undefined || name === undefined || status === undefined || owner === undefined) {
    notes.add(`${ctx.where}: left out: no usable ${missing.join(', ')}`);
    return undefined;
  }
  for (const observation of extension.availability) sink.addAvailability(isObject(observation) ? { ...observation, service_id: id } : observation);
  for (const norm of extension.norms) sink.addNorm(norm);
  return compact({
    id,
    organization_id: owner,
    name,
    alternate_name: checked(Text, text(raw.alternate_name), 'alternate_name', ctx),
    description: checked(Text, text(raw.description), 'description', ctx),
    status,
    url: checked(SafeUrl, text(raw.url), 'url', ctx),
    email: checked(Email, text(raw.email), 'email', ctx),
    ...tagsOf(raw.attributes, sink, ctx),
    cost_options: mapList(raw.cost_options, (item) => mapCostOption(item, ctx)),
    fees_description: checked(Text, text(raw.fees_description), 'fees_description', ctx),
    application_process: checked(Text, text(raw.application_process), 'application_process', ctx),
    eligibility_description: checked(Text, text(raw.eligibility_description), 'eligibility_description', ctx),
    ...ages(raw, ctx),
    wait_time: checked(Text, text(raw.wait_time), 'wait_time', ctx),
    alert: checked(Text, text(raw.alert), 'alert', ctx),
    phones: mapList(raw.phones, (item) => mapPhone(item, ctx)),
    contacts: mapList(raw.contacts, (item) => mapContact(item, ctx)),
    languages: mapList(raw.languages, (item) => mapLanguage(item, ctx)),
    schedules: mapList(raw.schedules, (item) => mapSchedule(item, ctx)),
    service_areas: mapList(raw.service_areas, (item) => mapServiceArea(item, ctx)),
    service_at_locations: mapList(raw.service_at_locations, (item) => mapServiceAtLocation(item, ctx)),
    assured_date: checked(IsoDate, datePart(raw.assured_date), 'assured_date', ctx),
    last_modified: checked(IsoDateTime, text(raw.last_modified), 'last_modified', ctx),
    ...extension.fields,
  });
}
