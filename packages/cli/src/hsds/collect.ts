import {
  validateRecord,
  type DatasetName,
  type Organization,
  type Service,
  type ServiceAtLocation,
  type TaxonomyTerm,
} from '@wijkwijzer/schemas';
import { isObject, type JsonObject } from '../json.js';
import type { ImportSink } from './map-entities.js';
import { ImportNotes } from './notes.js';

export interface CollectedRecords {
  organizations: Organization[];
  services: Service[];
  taxonomy: TaxonomyTerm[];
}

function sameItem(a: unknown, b: unknown): boolean {
  if (isObject(a) && isObject(b) && typeof a.id === 'string' && typeof b.id === 'string') return a.id === b.id;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Combines two mappings of the same record (a service seen in service_full.json
 * and again inside organization_full.json): fields the first lacks are filled in
 * from the second, and lists are joined without repeating an item.
 */
function merge<T extends JsonObject>(first: T, second: T): T {
  const out: JsonObject = { ...first };
  for (const [key, value] of Object.entries(second)) {
    const current = out[key];
    if (current === undefined) out[key] = value;
    else if (Array.isArray(current) && Array.isArray(value)) {
      out[key] = [...current, ...value.filter((item) => !current.some((existing) => sameItem(existing, item)))];
    }
  }
  return out as T;
}

/**
 * Gathers the records mapped from every document of an import, merges repeats,
 * and at the end drops links that point outside the import, so the feed it
 * becomes has no dangling references.
 */
export class ImportCollector implements ImportSink {
  readonly notes = new ImportNotes();
  readonly #organizations = new Map<string, Organization>();
  readonly #services = new Map<string, Service>();
  readonly #taxonomy = new Map<string, TaxonomyTerm>();
  readonly #pending: { serviceId: string; at: ServiceAtLocation }[] = [];
  #repeats = 0;

  #put<T extends JsonObject & { id: string }>(map: Map<string, T>, record: T): void {
    const existing = map.get(record.id);
    if (existing) this.#repeats += 1;
    map.set(record.id, existing ? merge(existing, record) : record);
  }

  addOrganization(organization: Organization): void {
    this.#put(this.#organizations, organization);
  }

  addService(service: Service): void {
    this.#put(this.#services, service);
  }

  addTaxonomyTerm(term: TaxonomyTerm): void {
    this.#put(this.#taxonomy, term);
  }

  /** A service_at_location document that names its service only by id: attached once all documents are read. */
  attachLater(serviceId: string, at: ServiceAtLocation): void {
    this.#pending.push({ serviceId, at });
  }

  #attachPending(): void {
    for (const { serviceId, at } of this.#pending) {
      const service = this.#services.get(serviceId);
      if (service) this.#services.set(serviceId, merge(service, { ...service, service_at_locations: [at] }));
      else this.notes.add(`service_at_location ${at.id ?? '(no id)'}: left out: its service ${serviceId} is not in the import`);
    }
  }

  /** Keeps only the ids in `known`, noting each one dropped. */
  #keepKnown(ids: readonly string[] | undefined, known: ReadonlyMap<string, unknown>, what: string): string[] | undefined {
    if (!ids) return undefined;
    const kept = ids.filter((id) => known.has(id));
    for (const id of ids) if (!known.has(id)) this.notes.add(`${what}: left out link to ${id}, which is not in the import`);
    return kept.length > 0 ? kept : undefined;
  }

  /** The last safety net: a record our mappers got wrong is dropped with its reason, never written. */
  #valid<D extends DatasetName>(dataset: D, records: Iterable<JsonObject & { id: string }>): JsonObject[] {
    const kept: JsonObject[] = [];
    for (const record of records) {
      const result = validateRecord(dataset, record);
      if (result.ok) kept.push(record);
      else {
        const issue = result.issues[0];
        this.notes.add(`${dataset} ${record.id}: left out: ${issue ? `${issue.path} ${issue.message}` : 'not valid'}`);
      }
    }
    return kept;
  }

  finish(): CollectedRecords {
    this.#attachPending();
    if (this.#repeats > 0) this.notes.add(`${this.#repeats} record(s) appeared in more than one document and were merged`);

    const organizations = [...this.#organizations.values()].map((organization) => {
      const { parent_organization_id: parent, ...rest } = organization;
      if (parent === undefined) return organization;
      if (this.#organizations.has(parent)) return organization;
      this.notes.add(`organization ${organization.id}: left out parent_organization_id ${parent}, which is not in the import`);
      return rest;
    });
    const taxonomy = [...this.#taxonomy.values()].map((term) => {
      const { parent_id: parent, ...rest } = term;
      if (parent === undefined || this.#taxonomy.has(parent)) return term;
      this.notes.add(`taxonomy_term ${term.id}: left out parent_id ${parent}, which is not in the import`);
      return rest;
    });
    const services = [...this.#services.values()].flatMap((service) => {
      if (!this.#organizations.has(service.organization_id)) {
        this.notes.add(`service ${service.id}: left out: its organisation ${service.organization_id} is not in the import`);
        return [];
      }
      const { needs, ...rest } = service;
      const known = this.#keepKnown(needs, this.#taxonomy, `service ${service.id}`);
      return [known ? { ...rest, needs: known } : rest];
    });
    // #valid passed each record through the contract, so the narrower types hold.
    return {
      organizations: this.#valid('organizations', organizations) as Organization[],
      services: this.#valid('services', services) as Service[],
      taxonomy: this.#valid('taxonomy', taxonomy) as TaxonomyTerm[],
    };
  }
}
