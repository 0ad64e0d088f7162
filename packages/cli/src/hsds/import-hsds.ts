import { CliError } from '../errors.js';
import { checkGeneratedAt, writeImportedFeed, type ImportTarget } from '../feed/write-imported.js';
import type { WrittenFeed } from '../feed/write-feed.js';
import { isObject } from '../json.js';
import { classify, type Classified, type HsdsKind } from './classify.js';
import { ImportCollector } from './collect.js';
import { mapOrganization, mapService, mapTaxonomyTerm } from './map-entities.js';
import { mapServiceAtLocation } from './map-location.js';
import { readHsdsInput } from './read-input.js';
import { expand } from './expand.js';

export interface ImportOptions extends ImportTarget {
  /** An HSDS file (JSON, a list, a page, NDJSON, tabular JSON), or a folder of them and of CSV tables. */
  input: string;
}

export interface ImportResult {
  feed: WrittenFeed;
  counts: { organizations: number; services: number; taxonomy: number; availability: number };
  /** What was changed or left out, in words for the person importing. */
  notes: string[];
  /** Lines and files of the input that could not be read: the feed holds the rest. */
  unreadable: string[];
}

/** Maps one document of a known kind into the collector. */
function importDocument(kind: HsdsKind, doc: unknown, collector: ImportCollector): void {
  const notes = collector.notes;
  switch (kind) {
    case 'service': {
      const service = mapService(doc, collector, notes);
      if (service) collector.addService(service);
      return;
    }
    case 'organization': {
      const organization = mapOrganization(doc, collector, notes);
      if (!organization) return;
      collector.addOrganization(organization);
      const services = isObject(doc) && Array.isArray(doc.services) ? doc.services : [];
      for (const raw of services) {
        const service = mapService(raw, collector, notes, organization.id);
        if (service) collector.addService(service);
      }
      return;
    }
    case 'service_at_location': {
      if (!isObject(doc)) return;
      const at = mapServiceAtLocation(doc, { notes, where: `service_at_location ${String(doc.id ?? '(no id)')}` });
      if (isObject(doc.service)) {
        const service = mapService(doc.service, collector, notes);
        if (service) collector.addService(at ? { ...service, service_at_locations: [...(service.service_at_locations ?? []), at] } : service);
      } else if ((typeof doc.service_id === 'string' || typeof doc.service_id === 'number') && at) {
        collector.attachLater(String(doc.service_id), at);
      }
      return;
    }
    case 'taxonomy_term': {
      const term = mapTaxonomyTerm(doc, collector, notes);
      if (term) collector.addTaxonomyTerm(term);
      return;
    }
  }
}

/**
 * Imports HSDS 3.0 JSON into a Wijkwijzer feed, written by the same writer as
 * `build`. Fields our contract cannot hold are left out with a note; a file with
 * nothing importable is an error (exit 2), not an empty feed. NDJSON lines and
 * folder files that cannot be read are left out and listed in `unreadable`.
 */
export async function importHsds(options: ImportOptions): Promise<ImportResult> {
  checkGeneratedAt(options.generatedAt);
  const collector = new ImportCollector();
  const unsupported = new Set<string>();
  const input = await readHsdsInput(options.input);
  for (const skipped of input.skipped ?? []) collector.notes.add(`skipped ${skipped}`);
  for (const { where, value } of input.documents) {
    for (const item of expand(value, where, collector.notes)) {
      const classified: Classified = item.kind === undefined ? classify(item.doc) : { kind: item.kind };
      if (classified.kind === 'unsupported') {
        unsupported.add(classified.what);
        collector.notes.add(`skipped ${where}: ${classified.what}`);
        continue;
      }
      collector.from(item.where);
      importDocument(classified.kind, item.doc, collector);
    }
  }
  const records = collector.finish();
  const total = records.organizations.length + records.services.length + records.taxonomy.length;
  if (total === 0) {
    const [firstUnreadable] = input.unreadable;
    const found =
      unsupported.size > 0
        ? `it holds ${[...unsupported].join('; ')}`
        : firstUnreadable === undefined
          ? 'no record survived the mapping'
          : `nothing could be read (${firstUnreadable}${input.unreadable.length > 1 ? `, and ${input.unreadable.length - 1} more` : ''})`;
    throw new CliError(
      `nothing to import from ${options.input}: ${found}. Wijkwijzer imports HSDS services, organisations, service_at_location documents and taxonomy terms`,
    );
  }

  // The collector removes every outside link, so the feed is valid.
  const feed = await writeImportedFeed(options, records, (note) => collector.notes.add(note));
  return {
    feed,
    counts: {
      organizations: records.organizations.length,
      services: records.services.length,
      taxonomy: records.taxonomy.length,
      availability: records.availability.length,
    },
    notes: collector.notes.list(),
    unreadable: input.unreadable,
  };
}
