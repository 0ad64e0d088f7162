import {
  validateRecord,
  type AvailabilityObservation,
  type DatasetName,
  type Norm,
  type Organization,
  type Service,
  type ServiceAtLocation,
  type TaxonomyTerm,
} from '@wijkwijzer/schemas';
import { isObject, type JsonObject } from '../json.js';
import type { ImportSink } from './map-entities.js';
import { compact } from './fields.js';
import { ImportNotes } from './notes.js';

export interface CollectedRecords {
  organizations: Organization[];
  services: Service[];
  taxonomy: TaxonomyTerm[];
  /** Figures an export carried in its services' extension. */
  availability: AvailabilityObservation[];
  /** The norms those figures are compared with, from the same extension. */
  norms: Norm[];
}

/** Equal as JSON values, whatever the key order. */
function sameJson(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameJson(item, b[index]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameJson(a[key], b[key]));
  }
  return a === b;
}

/** Whether two list items are the same thing: the same id, or the same content when they have none. */
function sameItem(a: unknown, b: unknown): boolean {
  if (isObject(a) && isObject(b) && typeof a.id === 'string' && typeof b.id === 'string') return a.id === b.id;
  return sameJson(a, b);
}

/** A merge, with the fields the second record added and those whose differing values it lost. */
interface Merged<T> {
  record: T;
  added: string[];
  conflicting: string[];
}

/**
 * Combines two mappings of the same record (a service seen in service_full.json
 * and again inside organization_full.json): fields the first lacks are filled in
 * from the second, and lists are joined without repeating an item. Where both
 * have a field with different values the first's is kept, and the field is named
 * in `conflicting` so the report can say what was left out.
 */
function merge<T extends JsonObject>(first: T, second: T): Merged<T> {
  const record: JsonObject = { ...first };
  const added: string[] = [];
  const conflicting: string[] = [];
  for (const [key, value] of Object.entries(second)) {
    const current = record[key];
    if (current === undefined) {
      record[key] = value;
      added.push(key);
    } else if (Array.isArray(current) && Array.isArray(value)) {
      const extra = value.filter((item) => !current.some((existing) => sameItem(existing, item)));
      if (extra.length > 0) {
        record[key] = [...current, ...extra];
        added.push(key);
      }
      if (value.some((item) => current.some((existing) => sameItem(existing, item) && !sameJson(existing, item)))) conflicting.push(key);
    } else if (!sameJson(current, value)) {
      conflicting.push(key);
    }
  }
  return { record: record as T, added, conflicting };
}

/** Names a few sources and counts the rest, so a record copied a thousand times stays one line. */
function someOf(sources: readonly string[], shown = 3): string {
  const listed = sources.slice(0, shown).join(', ');
  return sources.length > shown ? `${listed} and ${sources.length - shown} more` : listed;
}

/**
 * Adds a record from an extension unless an equal one is there: the same service in several
 * documents carries the same figures, and every service compared with a norm carries that norm.
 */
function addOnce(records: JsonObject[], record: unknown): void {
  if (isObject(record) && !records.some((known) => sameJson(known, record))) records.push(record);
}

/** A record as first seen, and where later copies that added nothing were found. */
interface Entry<T> {
  record: T;
  where: string;
  folded: string[];
}

/** The records of one kind by id, merging repeats and saying what each repeat changed or lost. */
class RecordSet<T extends JsonObject & { id: string }> {
  readonly #entries = new Map<string, Entry<T>>();
  repeats = 0;

  constructor(
    readonly kind: string,
    readonly notes: ImportNotes,
  ) {}

  put(record: T, where: string): void {
    const entry = this.#entries.get(record.id);
    if (!entry) {
      this.#entries.set(record.id, { record, where, folded: [] });
      return;
    }
    this.repeats += 1;
    const { record: merged, added, conflicting } = merge(entry.record, record);
    entry.record = merged;
    if (added.length === 0 && conflicting.length === 0) {
      entry.folded.push(where);
      return;
    }
    const changes = [
      ...(added.length > 0 ? [`added ${added.join(', ')} from it`] : []),
      ...(conflicting.length > 0
        ? [`kept the earlier ${conflicting.join(', ')}, left out the differing ${conflicting.join(', ')} of ${where}`]
        : []),
    ];
    this.notes.add(`${this.kind} ${record.id} (${entry.where}) appears again in ${where}: merged; ${changes.join('; ')}`);
  }

  get(id: string): T | undefined {
    return this.#entries.get(id)?.record;
  }

  has(id: string): boolean {
    return this.#entries.has(id);
  }

  /** Replaces a record's content, e.g. with a location attached later. */
  set(record: T): void {
    const entry = this.#entries.get(record.id);
    if (entry) entry.record = record;
  }

  records(): T[] {
    return [...this.#entries.values()].map((entry) => entry.record);
  }

  /** One note per record whose repeats added nothing. */
  noteFolded(): void {
    for (const { record, where, folded } of this.#entries.values()) {
      if (folded.length > 0) this.notes.add(`${this.kind} ${record.id} (${where}) appears again in ${someOf(folded)} with nothing new: folded`);
    }
  }
}

/**
 * Gathers the records mapped from every document of an import, merges repeats
 * (naming both sources), and at the end drops links that point outside the
 * import, so the feed it becomes has no dangling references.
 */
export class ImportCollector implements ImportSink {
  readonly notes = new ImportNotes();
  readonly #organizations = new RecordSet<Organization>('organization', this.notes);
  readonly #services = new RecordSet<Service>('service', this.notes);
  readonly #taxonomy = new RecordSet<TaxonomyTerm>('taxonomy_term', this.notes);
  readonly #pending: { serviceId: string; at: ServiceAtLocation; where: string }[] = [];
  readonly #availability: JsonObject[] = [];
  readonly #norms: JsonObject[] = [];
  /** HSDS ids an export gave our records, and our ids they stand for. */
  readonly #ourIds = new Map<string, string>();
  #where = '(input)';

  /** Names the document being mapped now (`export.ndjson line 4`), the source of every record added until the next one. */
  from(where: string): void {
    this.#where = where;
  }

  addOrganization(organization: Organization): void {
    this.#organizations.put(organization, this.#where);
  }

  addService(service: Service): void {
    this.#services.put(service, this.#where);
  }

  addTaxonomyTerm(term: TaxonomyTerm): void {
    this.#taxonomy.put(term, this.#where);
  }

  addAvailability(observation: unknown): void {
    addOnce(this.#availability, observation);
  }

  addNorm(norm: unknown): void {
    addOnce(this.#norms, norm);
  }

  knownAs(hsdsId: string, id: string): void {
    this.#ourIds.set(hsdsId, id);
  }

  /** Our id for a link that names a record by the HSDS id an export gave it. */
  #ours(id: string): string;
  #ours(id: string | undefined): string | undefined;
  #ours(id: string | undefined): string | undefined {
    return id === undefined ? undefined : (this.#ourIds.get(id) ?? id);
  }

  /** A service_at_location document that names its service only by id: attached once all documents are read. */
  attachLater(serviceId: string, at: ServiceAtLocation): void {
    this.#pending.push({ serviceId, at, where: this.#where });
  }

  #attachPending(): void {
    for (const { serviceId, at, where } of this.#pending) {
      const service = this.#services.get(this.#ours(serviceId));
      if (!service) {
        this.notes.add(`service_at_location ${at.id ?? '(no id)'}: left out: its service ${serviceId} is not in the import`);
        continue;
      }
      const { record, conflicting } = merge(service, { ...service, service_at_locations: [at] });
      this.#services.set(record);
      if (conflicting.length > 0) {
        this.notes.add(`service_at_location ${at.id ?? '(no id)'} (${where}): left out: service ${serviceId} already has one with that id and other content`);
      }
    }
  }

  /** The id when `known` has it; else nothing, noted as `note`. */
  #linkOrNote(id: string | undefined, known: { has(id: string): boolean }, note: string): string | undefined {
    if (id === undefined || known.has(id)) return id;
    this.notes.add(`${note} ${id}, which is not in the import`);
    return undefined;
  }

  /** Keeps only the ids in `known`, noting each one dropped. */
  #keepKnown(ids: readonly string[] | undefined, known: { has(id: string): boolean }, what: string): string[] | undefined {
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
    const sets = [this.#organizations, this.#services, this.#taxonomy];
    for (const set of sets) set.noteFolded();
    const repeats = sets.reduce((sum, set) => sum + set.repeats, 0);
    if (repeats > 0) this.notes.add(`${repeats} record(s) appeared in more than one document and were merged`);

    const organizations = this.#organizations.records().map((organization) => {
      const parent = this.#ours(organization.parent_organization_id);
      const where = `organization ${organization.id}: left out parent_organization_id`;
      return compact({ ...organization, parent_organization_id: this.#linkOrNote(parent, this.#organizations, where) });
    });
    const taxonomy = this.#taxonomy.records().map((term) =>
      compact({
        ...term,
        parent_id: this.#linkOrNote(this.#ours(term.parent_id), this.#taxonomy, `taxonomy_term ${term.id}: left out parent_id`),
        life_domain_id: this.#linkOrNote(term.life_domain_id, this.#taxonomy, `taxonomy_term ${term.id}: left out life_domain_id`),
      }),
    );
    const services = this.#services.records().flatMap((service) => {
      const owner = this.#ours(service.organization_id);
      if (!this.#organizations.has(owner)) {
        this.notes.add(`service ${service.id}: left out: its organisation ${owner} is not in the import`);
        return [];
      }
      const { needs, target_groups: groups, ...rest } = service;
      const where = `service ${service.id}`;
      const known = (ids: string[] | undefined) => this.#keepKnown(ids?.map((id) => this.#ours(id)), this.#taxonomy, where);
      return [compact({ ...rest, organization_id: owner, needs: known(needs), target_groups: known(groups) })];
    });
    const norms = this.#firstOfEachNorm(this.#valid('norms', this.#norms as (JsonObject & { id: string })[]));
    const normIds = new Set(norms.map((norm) => String(norm.id)));
    const hasNorm = (observation: JsonObject): boolean => observation.norm_id === undefined || normIds.has(String(observation.norm_id));
    const availability = this.#availability.flatMap((observation) => {
      const { norm_id: _norm, ...rest } = observation;
      if (typeof observation.service_id !== 'string' || !this.#services.has(observation.service_id)) return [];
      return [hasNorm(observation) ? observation : rest];
    });
    const withoutNorm = this.#availability.filter((observation) => !hasNorm(observation)).length;
    // Norms come only with the figures of an export of ours: a figure stays, a comparison with no norm goes.
    if (withoutNorm > 0) this.notes.add(`left out the norm_id of ${withoutNorm} availability figure(s): their norm is not in the import`);
    // #valid passed each record through the contract, so the narrower types hold.
    return {
      organizations: this.#valid('organizations', organizations) as Organization[],
      services: this.#valid('services', services) as Service[],
      taxonomy: this.#valid('taxonomy', taxonomy) as TaxonomyTerm[],
      availability: this.#valid('availability', availability as (JsonObject & { id: string })[]) as AvailabilityObservation[],
      norms: norms as Norm[],
    };
  }

  /** One norm per id: two services that carry one norm differently (edited by hand) keep the first, noted. */
  #firstOfEachNorm(norms: JsonObject[]): JsonObject[] {
    const byId = new Map<string, JsonObject>();
    for (const norm of norms) {
      const id = String(norm.id);
      if (!byId.has(id)) byId.set(id, norm);
      else this.notes.add(`norm ${id}: left out a copy with other content; kept the first`);
    }
    return [...byId.values()];
  }
}
