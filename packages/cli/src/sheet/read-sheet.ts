import {
  IsoDate,
  PhoneNumber,
  ROUTE_STEPS,
  SafeUrl,
  validateWith,
  type Organization,
  type Schedule,
  type Service,
  type TaxonomyKind,
  type TaxonomyTerm,
} from '@wijkwijzer/schemas';
import { compact } from '../hsds/fields.js';
import { dutchPostalCode } from '../hsds/map-location.js';
import type { CsvRow, CsvTable } from '../input/read-csv.js';
import { slugify } from '../slug.js';
import { looksLikeHours, readOpeningHours } from './opening-hours.js';
import type { RowError, RowErrorCode, RowWarning } from './sheet-messages.js';

/** The template's columns; a header may use any of a column's names (case and spacing do not matter). */
const COLUMNS = {
  naam: ['naam', 'naam dienst', 'dienst'],
  omschrijving: ['omschrijving', 'beschrijving'],
  organisatie: ['organisatie', 'aanbieder'],
  adres: ['adres', 'straat en huisnummer'],
  postcode: ['postcode'],
  plaats: ['plaats', 'woonplaats'],
  telefoon: ['telefoon', 'telefoonnummer'],
  website: ['website', 'webadres', 'url'],
  openingstijden: ['openingstijden', 'open'],
  doelgroep: ['doelgroep', 'doelgroepen'],
  hulpvraag: ['hulpvraag', 'hulpvragen'],
  kosten: ['kosten'],
  verwijzing: ['verwijzing'],
  routeStap: ['route-stap', 'routestap', 'route stap', 'stap'],
  gebied: ['wijk/gemeente', 'gebied', 'werkgebied', 'wijk', 'gemeente'],
  gecontroleerd: ['gecontroleerd op', 'laatst gecontroleerd', 'gecontroleerd'],
} as const;
type Column = keyof typeof COLUMNS;

const REQUIRED: readonly Column[] = ['naam', 'organisatie'];

/** What a value in a choice column may be written as, and what it means in the contract. */
const CHOICES = {
  kosten: {
    shown: 'gratis, eigen bijdrage, verzekerd, eigen risico',
    values: new Map([
      ['gratis', 'gratis'], ['kosteloos', 'gratis'], ['eigen bijdrage', 'eigen-bijdrage'], ['verzekerd', 'verzekerd'],
      ['vergoed', 'verzekerd'], ['basisverzekering', 'verzekerd'], ['zorgverzekering', 'verzekerd'], ['eigen risico', 'eigen-risico'],
    ]),
  },
  verwijzing: {
    shown: 'geen, huisarts, buurtteam, wmo, wlz',
    values: new Map([
      ['geen', 'geen'], ['nee', 'geen'], ['niet nodig', 'geen'], ['zonder verwijzing', 'geen'], ['huisarts', 'huisarts'],
      ['buurtteam', 'buurtteam'], ['wmo', 'wmo-beschikking'], ['wmo beschikking', 'wmo-beschikking'], ['beschikking', 'wmo-beschikking'],
      ['wlz', 'wlz-indicatie'], ['wlz indicatie', 'wlz-indicatie'], ['indicatie', 'wlz-indicatie'],
    ]),
  },
  routeStap: { shown: ROUTE_STEPS.join(', '), values: new Map(ROUTE_STEPS.map((step) => [step, step])) },
} as const;

/** Names in the template's example rows start with this, so they are never published unnoticed. */
const EXAMPLE_MARK = 'VOORBEELD';

/** Lower case, single spaces, dashes and underscores as spaces: how headers and choices are compared. */
function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

const ALIASES: ReadonlyMap<string, Column> = new Map(
  (Object.entries(COLUMNS) as [Column, readonly string[]][]).flatMap(([column, names]) => names.map((name) => [normalise(name), column] as const)),
);

/** The header's name for each template column it has; the first header of a column wins. */
export interface SheetHeader {
  columns: Map<Column, string>;
  unused: string[];
  missing: Column[];
}

export function readHeader(header: readonly string[]): SheetHeader {
  const columns = new Map<Column, string>();
  const unused: string[] = [];
  for (const name of header) {
    const column = ALIASES.get(normalise(name.replace(/\s*\*$/, '')));
    if (column !== undefined && !columns.has(column)) columns.set(column, name);
    else if (name !== '') unused.push(name);
  }
  return { columns, unused, missing: REQUIRED.filter((column) => !columns.has(column)) };
}

/** An id from a name, short enough to read in a report. */
function slug(text: string): string {
  return slugify(text).slice(0, 80).replace(/-$/, '');
}

/** The terms of one kind by every word a sheet may use for them: id, name and synonyms. */
function termIndex(taxonomy: readonly TaxonomyTerm[], kind: TaxonomyKind): Map<string, string> {
  const index = new Map<string, string>();
  for (const term of taxonomy.filter((candidate) => candidate.kind === kind)) {
    for (const word of [term.id, term.name, ...(term.synonyms ?? [])]) if (!index.has(normalise(word))) index.set(normalise(word), term.id);
  }
  return index;
}

/** "ouderen, mantelzorgers" → ["ouderen", "mantelzorgers"]. */
function listOf(cell: string): string[] {
  return cell.split(/\s*[,;\n]\s*/).filter((value) => value !== '');
}

/** 2026-11-30, 30-11-2026 or 30/11/2026 → 2026-11-30. */
function isoDate(cell: string): string | undefined {
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(cell);
  const iso = dutch ? `${dutch[3]}-${dutch[2]?.padStart(2, '0')}-${dutch[1]?.padStart(2, '0')}` : cell;
  return validateWith(IsoDate, iso).ok ? iso : undefined;
}

/** A web address; one written without https:// (www.voorbeeld.nl) gets it. */
function webAddress(cell: string): string | undefined {
  const url = /^[a-z][a-z0-9+.-]*:/i.test(cell) ? cell : `https://${cell}`;
  return validateWith(SafeUrl, url).ok ? url : undefined;
}

export interface SheetRecords {
  organizations: Organization[];
  services: Service[];
  errors: RowError[];
  warnings: RowWarning[];
}

/** Reads one row into a service; every problem is collected, so one report names them all. */
class RowReader {
  readonly errors: RowError[] = [];
  readonly warnings: RowWarning[] = [];

  constructor(
    private readonly row: CsvRow,
    private readonly header: SheetHeader,
    private readonly needs: Map<string, string>,
    private readonly groups: Map<string, string>,
    private readonly withTaxonomy: boolean,
  ) {}

  /** The column's header in the sheet, for reports. */
  private name(column: Column): string {
    return this.header.columns.get(column) ?? column;
  }

  cell(column: Column): string {
    const name = this.header.columns.get(column);
    return name === undefined ? '' : (this.row.cells.get(name) ?? '').trim();
  }

  fail(column: Column, code: RowErrorCode, value?: string, detail?: string): undefined {
    this.errors.push(compact({ row: this.row.row, column: this.name(column), code, value, detail }));
    return undefined;
  }

  /** A checked value of the cell, or undefined (with an error when the cell had something). */
  read<T>(column: Column, code: RowErrorCode, parse: (cell: string) => T | undefined): T | undefined {
    const cell = this.cell(column);
    if (cell === '') return undefined;
    return parse(cell) ?? this.fail(column, code, cell);
  }

  choice(column: keyof typeof CHOICES): string | undefined {
    const cell = this.cell(column);
    if (cell === '') return undefined;
    const { shown, values } = CHOICES[column];
    return (values as ReadonlyMap<string, string>).get(normalise(cell)) ?? this.fail(column, 'choice', cell, shown);
  }

  /** Taxonomy ids for the words of the cell; words the region's list lacks are kept as text, with a warning. */
  terms(column: 'hulpvraag' | 'doelgroep', index: Map<string, string>): { ids: string[]; text: string[] } {
    const ids: string[] = [];
    const text: string[] = [];
    for (const value of listOf(this.cell(column))) {
      const id = index.get(normalise(value));
      if (id !== undefined) ids.push(id);
      else {
        text.push(value);
        this.warnings.push({ row: this.row.row, column: this.name(column), code: this.withTaxonomy ? 'not-in-taxonomy' : 'no-taxonomy', value });
      }
    }
    return { ids: [...new Set(ids)], text };
  }

  hours(): Schedule[] | undefined {
    const cell = this.cell('openingstijden');
    if (cell === '') return undefined;
    if (!looksLikeHours(cell)) {
      this.warnings.push({ row: this.row.row, column: this.name('openingstijden'), code: 'hours-as-text', value: cell });
      return [{ description: cell }];
    }
    const read = readOpeningHours(cell);
    return read.ok ? read.schedules : this.fail('openingstijden', 'opening-hours', read.part);
  }

  /** A visiting address needs all three of street, postal code and town. */
  location(): Service['service_at_locations'] {
    const [street, postalCode, town] = [this.cell('adres'), this.cell('postcode'), this.cell('plaats')];
    const postal = this.read('postcode', 'postal-code', dutchPostalCode);
    if (street === '' && postalCode === '') return undefined;
    if (street === '' || postalCode === '' || town === '') {
      return this.fail(street === '' ? 'adres' : postalCode === '' ? 'postcode' : 'plaats', 'address-incomplete');
    }
    if (postal === undefined) return undefined;
    return [{ location: { location_type: 'physical', addresses: [{ address_1: street, postal_code: postal, city: town, country: 'NL' }] } }];
  }

  service(id: string, organizationId: string): Service {
    const needs = this.terms('hulpvraag', this.needs);
    const groups = this.terms('doelgroep', this.groups);
    const phone = this.read('telefoon', 'phone', (cell) => (validateWith(PhoneNumber, cell).ok ? cell : undefined));
    return compact({
      id,
      organization_id: organizationId,
      name: this.cell('naam'),
      description: this.cell('omschrijving') || undefined,
      status: 'active' as const,
      url: this.read('website', 'website', webAddress),
      route_step: this.choice('routeStap') as Service['route_step'],
      needs: needs.ids,
      target_groups: groups.ids,
      referral: this.choice('verwijzing') as Service['referral'],
      cost: this.choice('kosten') as Service['cost'],
      phones: phone === undefined ? undefined : [{ number: phone }],
      schedules: this.hours(),
      service_areas: listOf(this.cell('gebied')).map((name) => ({ name })),
      service_at_locations: this.location(),
      assured_date: this.read('gecontroleerd', 'date', isoDate),
      // Extension fields: what the sheet says that the region's lists do not have (yet).
      needs_text: needs.text,
      target_groups_text: groups.text,
    });
  }
}

/** A free id from `base`: the base itself, else with -2, -3… in row order. */
function freeId(base: string, taken: ReadonlySet<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

/**
 * Reads the rows of a sheet into services and their organisations. A row with any
 * error is left out and each error named by row and column; the other rows are kept.
 * Words in hulpvraag and doelgroep become the taxonomy's ids where `taxonomy` has them.
 */
export function readSheetRows(rows: CsvTable['rows'], header: SheetHeader, taxonomy: readonly TaxonomyTerm[]): SheetRecords {
  const needs = termIndex(taxonomy, 'need');
  const groups = termIndex(taxonomy, 'target-group');
  const organizations = new Map<string, Organization>();
  const serviceIds = new Set<string>();
  const records: SheetRecords = { organizations: [], services: [], errors: [], warnings: [] };
  for (const row of rows) {
    const reader = new RowReader(row, header, needs, groups, taxonomy.length > 0);
    const [name, organizationName] = [reader.cell('naam'), reader.cell('organisatie')];
    if (name === '') reader.fail('naam', 'required');
    if (organizationName === '') reader.fail('organisatie', 'required');
    const organizationId = slug(organizationName) || `organisatie-${row.row}`;
    const base = slug(name) || `dienst-${row.row}`;
    const id = freeId(base, serviceIds);
    const service = reader.service(id, organizationId);
    records.warnings.push(...reader.warnings);
    if (reader.errors.length > 0) {
      records.errors.push(...reader.errors);
      continue;
    }
    serviceIds.add(id);
    if (id !== base) records.warnings.push({ row: row.row, column: header.columns.get('naam') ?? 'naam', code: 'same-name', detail: id });
    if (name.startsWith(EXAMPLE_MARK)) records.warnings.push({ row: row.row, column: '', code: 'example-row' });
    if (!organizations.has(organizationId)) organizations.set(organizationId, { id: organizationId, name: organizationName, description: organizationName });
    records.services.push(service);
  }
  records.organizations = [...organizations.values()];
  return records;
}
