import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { HSDS_FIXTURES, removeDir, tempDir } from '../test-support/fixtures.js';
import {
  assertNothingToImport,
  assertReproducible,
  findRecord,
  importAndValidate as importInto,
  importedCounts,
  type ImportCounts,
  readManifest,
  readRecords,
} from '../test-support/hsds-import.js';
import { runCli } from '../test-support/run-cli.js';

let work: string;

before(async () => {
  work = await tempDir('wijkwijzer-hsds-');
});
after(() => removeDir(work));

const fixture = (name: string) => join(HSDS_FIXTURES, name);

/** Imports into a fresh feed folder under the test's temp dir, and validates the feed. */
const importAndValidate = (input: string, name: string, extra: string[] = []) => importInto(input, join(work, name), extra);
const importedService = (out: string, id: string) => findRecord(out, 'services', id);

/** The fixtures' ids are UUIDs, as HSDS requires; the first block says what a record is, the last its number. */
const ORGANIZATION = (n: number) => `01000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const SERVICE = (n: number) => `02000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const TERM = (n: number) => `05000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Every importable fixture, one per input shape, with what it holds. */
const IMPORTABLE: (ImportCounts & { file: string })[] = [
  { file: 'service-full.json', organizations: 1, services: 1, taxonomy: 1 },
  { file: 'service-list.json', organizations: 1, services: 2, taxonomy: 0 },
  { file: 'services-array.json', organizations: 1, services: 2, taxonomy: 0 },
  { file: 'services.ndjson', organizations: 1, services: 1, taxonomy: 1 },
  { file: 'tabular.json', organizations: 1, services: 1, taxonomy: 1 },
  { file: 'organization-full.json', organizations: 1, services: 2, taxonomy: 1 },
  { file: 'service-at-location-full.json', organizations: 1, services: 1, taxonomy: 1 },
  { file: 'taxonomy-term.json', organizations: 0, services: 0, taxonomy: 1 },
  { file: 'folder', organizations: 2, services: 2, taxonomy: 2 },
];

/** Valid HSDS with nothing we can import: a clear exit 2 that says what the file holds. */
const NOT_IMPORTABLE: { file: string; holds: string }[] = [
  { file: 'not-importable/location.json', holds: 'an HSDS location' },
  { file: 'not-importable/taxonomy.json', holds: 'an HSDS taxonomy' },
  { file: 'not-importable/base.json', holds: 'HSDS API metadata' },
];

describe('wijkwijzer import hsds: our HSDS 3.0 fixtures', () => {
  for (const { file, ...holds } of IMPORTABLE) {
    test(`imports ${file} into a feed that validates`, async () => {
      const { stdout } = await importAndValidate(fixture(file), file.replace(/\.\w+$/, ''));
      assert.deepEqual(importedCounts(stdout), holds);
    });
  }

  for (const { file, holds } of NOT_IMPORTABLE) {
    test(`says there is nothing to import in ${file}`, async () => {
      assertNothingToImport(await runCli(['import', 'hsds', fixture(file), '--out', join(work, 'none')]), holds);
    });
  }

  test('maps service-full.json field by field', async () => {
    const { out, stdout } = await importAndValidate(fixture('service-full.json'), 'mapped', ['--generated-at', '2026-01-01T00:00:00Z']);
    const service = await importedService(out, SERVICE(1));
    assert.equal(service.organization_id, ORGANIZATION(1));
    assert.equal(service.assured_date, '2026-09-14');
    assert.deepEqual(service.needs, [TERM(1)]);
    assert.deepEqual((service.phones as { number: string }[]).map((phone) => phone.number), ['088 000 0101']);
    assert.deepEqual(service.languages, [
      { id: '08000000-0000-4000-8000-000000000002', code: 'nl', name: 'Nederlands' },
      { id: '08000000-0000-4000-8000-000000000003', code: 'tr', name: 'Turks', note: 'Een van de vrijwilligers spreekt Turks' },
    ]);
    const [weekly, autumn] = service.schedules as Record<string, unknown>[];
    assert.deepEqual(
      { freq: weekly?.freq, byday: weekly?.byday, opens_at: weekly?.opens_at, closes_at: weekly?.closes_at, dtstart: weekly?.dtstart },
      { freq: 'WEEKLY', byday: 'MO,WE', opens_at: '09:00:00', closes_at: '12:30:00', dtstart: undefined },
    );
    assert.deepEqual({ valid_from: autumn?.valid_from, valid_to: autumn?.valid_to }, { valid_from: '2026-09-01', valid_to: '2026-12-31' });
    assert.deepEqual(service.service_areas, [
      { id: '09000000-0000-4000-8000-000000000001', name: 'Gemeente Lindeveen', description: 'Alle wijken en dorpen van de gemeente Lindeveen' },
    ]);
    assert.equal((service.cost_options as { currency: string }[])[0]?.currency, 'EUR');
    const [buurthuis, grens] = service.service_at_locations as { location: Record<string, unknown> }[];
    assert.equal(buurthuis?.location.name, 'Buurthuis De Molen');
    assert.deepEqual(
      { latitude: buurthuis?.location.latitude, longitude: buurthuis?.location.longitude },
      { latitude: 52.2153, longitude: 6.0127 },
    );
    assert.deepEqual((buurthuis?.location.addresses as Record<string, unknown>[])[0], {
      id: '10000000-0000-4000-8000-000000000001',
      address_1: 'Molenplein 4',
      city: 'Lindeveen',
      postal_code: '7399 LA',
      state_province: 'Gelderland',
      country: 'NL',
      address_type: 'physical',
    });
    // A place's own phones and hours (HSDS location.phones and .schedules) are its own in our contract too.
    assert.deepEqual(buurthuis?.location.phones, [
      { id: '06000000-0000-4000-8000-000000000007', number: '088 000 0102', type: 'voice', description: 'Balie van het buurthuis' },
    ]);
    assert.deepEqual(buurthuis?.location.schedules, [
      {
        id: '07000000-0000-4000-8000-000000000006',
        freq: 'MONTHLY',
        byday: '3TH',
        opens_at: '13:30',
        closes_at: '15:30',
        description: 'Inloop elke derde donderdag van de maand',
      },
    ]);
    assert.doesNotMatch(stdout, /HSDS location fields with no place/, 'every field of the locations has a place');
    assert.equal(grens?.location.name, 'Grenskantoor Zandhoek');
    assert.equal(grens?.location.addresses, undefined, 'the Belgian address is left out');
    assert.equal(grens?.location.latitude, undefined, 'Dutch grid coordinates are not a latitude');
    assert.match(stdout, /left out address "Kerkstraat 3, Zandhoek, 2387, BE": not a Dutch address/);
    assert.match(stdout, /left out coordinates 389512, 126840/);
    assert.match(stdout, /HSDS schedule fields with no place in our contract, left out: dtstart, wkst/);
    const [term] = await readRecords(out, 'taxonomy');
    assert.deepEqual(term, {
      id: TERM(1),
      name: 'Schulden',
      kind: 'need',
      description: 'Achterstanden met rekeningen, huur of zorgpremie',
      code: 'GELD-SCHULD',
    });
    assert.match(stdout, /left out parent_id 05000000-0000-4000-8000-000000000009, which is not in the import/);
    const manifest = await readManifest(out);
    assert.deepEqual(manifest.region, { id: 'imported', name: 'Geïmporteerde gegevens' });
    assert.equal(manifest.sample, false);
    assert.equal(manifest.generated_at, '2026-01-01T00:00:00Z');
  });

  test('imports a folder, merging the records it repeats and attaching locations given by service id', async () => {
    const { out, stdout } = await importAndValidate(fixture('folder'), 'folder-merged');
    assert.match(stdout, /1 record\(s\) appeared in more than one document and were merged/);
    assert.match(stdout, /skipped locations\.json: an HSDS location/);
    const repeated = await importedService(out, SERVICE(11));
    assert.deepEqual(
      (repeated.service_at_locations as { id: string }[]).map((at) => at.id),
      ['04000000-0000-4000-8000-000000000005'],
      'the location both copies carry is kept once',
    );
    assert.deepEqual(repeated.needs, [TERM(7)]);
    const byId = await importedService(out, SERVICE(12));
    assert.deepEqual(
      (byId.service_at_locations as { location: { name: string } }[]).map((at) => at.location.name),
      ['Keuken van Buurthuis De Molen'],
    );
  });

  test('is reproducible: the same input gives the same bytes', async () => {
    const manifest = await assertReproducible(fixture('organization-full.json'), [join(work, 'repeat-1'), join(work, 'repeat-2')]);
    assert.match(manifest, /"generated_at": "2026-08-20T00:00:00Z"/);
  });
});

describe('wijkwijzer import hsds: input shapes and flags', () => {
  test('reads NDJSON, linking a service to a term on another line', async () => {
    const { out } = await importAndValidate(fixture('services.ndjson'), 'ndjson');
    const service = await importedService(out, SERVICE(8));
    assert.equal(service.organization_id, ORGANIZATION(5));
    assert.deepEqual(service.needs, [TERM(3)]);
    assert.deepEqual((service.languages as { code: string }[]).map((language) => language.code), ['nl', 'ar']);
  });

  test('reads a complete { contents: [...] } page without a warning', async () => {
    const { out, stdout } = await importAndValidate(fixture('service-list.json'), 'page');
    const services = await readRecords(out, 'services');
    assert.deepEqual(services.map((service) => [service.name, service.status, service.organization_id]), [
      ['Voedselpakket ophalen', 'active', ORGANIZATION(3)],
      ['Kledingpunt', 'inactive', ORGANIZATION(3)],
    ]);
    assert.doesNotMatch(stdout, /is page/, 'a complete page needs no warning');
  });

  test('reads a plain array of organisations and the services that name them by id', async () => {
    const { out } = await importAndValidate(fixture('services-array.json'), 'array');
    const homework = await importedService(out, SERVICE(6));
    assert.deepEqual(
      { organization: homework.organization_id, minimum_age: homework.minimum_age, maximum_age: homework.maximum_age },
      { organization: ORGANIZATION(4), minimum_age: 10, maximum_age: 14 },
    );
    const closed = await importedService(out, SERVICE(7));
    assert.equal(closed.status, 'temporarily closed');
    assert.equal(closed.alert, 'Het taalcafé is dicht tot de verbouwing van de bibliotheek klaar is.');
  });

  test('joins the tables of tabular JSON back into a service', async () => {
    const { out } = await importAndValidate(fixture('tabular.json'), 'tabular');
    const service = await importedService(out, SERVICE(9));
    assert.equal(service.organization_id, ORGANIZATION(6));
    assert.deepEqual(service.phones, [
      {
        id: '06000000-0000-4000-8000-000000000005',
        number: '088 000 0601',
        type: 'voice',
        languages: [{ id: '08000000-0000-4000-8000-000000000007', code: 'en', name: 'Engels' }],
      },
    ]);
    const [schedule] = service.schedules as Record<string, unknown>[];
    assert.deepEqual({ byday: schedule?.byday, opens_at: schedule?.opens_at }, { byday: 'FR,SA,SU', opens_at: '17:00' });
    assert.deepEqual((service.service_areas as { name: string }[]).map((area) => area.name), ['Lindeveen en omliggende dorpen']);
    assert.deepEqual((service.languages as { code: string }[]).map((language) => language.code), ['nl']);
    assert.deepEqual(service.needs, [TERM(4)]);
    const [at] = service.service_at_locations as { location: Record<string, unknown> }[];
    assert.equal(at?.location.name, 'Logeerhuis De Wilg');
    assert.equal((at?.location.addresses as { postal_code: string }[])[0]?.postal_code, '7399 LD');
    assert.deepEqual((at?.location.accessibility as { description: string }[]).map((item) => item.description), ['Alle kamers op de begane grond']);
    // Rows of phones.csv and schedules.csv that name a location_id belong to that place.
    assert.deepEqual(at?.location.phones, [{ id: '06000000-0000-4000-8000-000000000008', number: '088 000 0602', type: 'voice' }]);
    assert.deepEqual(at?.location.schedules, [
      {
        id: '07000000-0000-4000-8000-000000000007',
        freq: 'WEEKLY',
        byday: 'SA',
        opens_at: '10:00',
        closes_at: '12:00',
        description: 'Open huis op zaterdagochtend',
      },
    ]);
    assert.deepEqual((service.contacts as { email: string }[]).map((contact) => contact.email), ['logeren@example.org']);
  });

  test('reads a service_at_location document: its service, location, phones and schedules', async () => {
    const { out } = await importAndValidate(fixture('service-at-location-full.json'), 'service-at-location');
    const service = await importedService(out, SERVICE(10));
    assert.equal(service.organization_id, ORGANIZATION(7));
    assert.deepEqual(service.needs, [TERM(5)]);
    const [at] = service.service_at_locations as Record<string, unknown>[];
    assert.equal((at?.location as { name: string }).name, 'Ontmoetingscentrum De Linde');
    assert.deepEqual((at?.phones as { number: string }[]).map((phone) => phone.number), ['088 000 0701']);
    assert.deepEqual(at?.schedules, [
      { id: '07000000-0000-4000-8000-000000000005', freq: 'WEEKLY', byday: 'WE', opens_at: '10:00', closes_at: '11:30' },
    ]);
  });

  test('maps Dutch data and leaves out what does not fit, with notes', async () => {
    const service = {
      id: 'svc-nl',
      name: 'Spreekuur schuldhulp',
      status: 'Active',
      url: 'javascript:alert(1)',
      email: 'geen e-mail',
      minimum_age: 65,
      maximum_age: 18,
      organization: { id: 'org-nl', name: 'Buurtteam' },
      languages: [{ code: 'NL', name: 'Nederlands' }, { name: 'Zonder code' }],
      schedules: [{ freq: 'DAILY', opens_at: '9:00', closes_at: '17:00' }, { dtstart: '2024-01-01' }],
      phones: [{ number: '030 123 4567' }, { number: 'bel ons' }],
      service_at_locations: [
        {
          location: {
            name: 'Buurthuis',
            latitude: 52.09,
            longitude: 5.12,
            addresses: [{ address_1: 'Dorpsstraat 1', city: 'Utrecht', postal_code: '3511ab', country: 'nl' }],
          },
        },
      ],
      attributes: [{ taxonomy_term_id: 'ergens-anders' }],
    };
    const input = join(work, 'dutch.json');
    await writeFile(input, JSON.stringify(service));
    const { out, stdout } = await importAndValidate(input, 'dutch', ['--region-id', 'utrecht-test', '--region-name', 'Utrecht test', '--publisher-name', 'Gemeente Test', '--license', 'CC0-1.0', '--sample']);
    const [mapped] = await readRecords(out, 'services');
    assert.ok(mapped);
    assert.equal(mapped.status, 'active');
    assert.equal(mapped.url, undefined);
    assert.equal(mapped.email, undefined);
    assert.equal(mapped.minimum_age, undefined);
    assert.equal(mapped.needs, undefined, 'a term that is not in the import is not linked');
    assert.deepEqual(mapped.languages, [{ code: 'nl', name: 'Nederlands' }]);
    assert.deepEqual(mapped.schedules, [{ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '09:00', closes_at: '17:00' }]);
    assert.deepEqual(mapped.phones, [{ number: '030 123 4567' }]);
    const [at] = mapped.service_at_locations as { location: Record<string, unknown> }[];
    assert.deepEqual(at?.location, {
      name: 'Buurthuis',
      latitude: 52.09,
      longitude: 5.12,
      addresses: [{ address_1: 'Dorpsstraat 1', city: 'Utrecht', postal_code: '3511 AB', country: 'NL' }],
    });
    const [organization] = await readRecords(out, 'organizations');
    assert.equal(organization?.description, 'Buurtteam', 'the name stands in for a missing description');
    assert.match(stdout, /left out url "javascript:alert\(1\)"/);
    assert.match(stdout, /left out minimum_age 65 and maximum_age 18/);
    assert.match(stdout, /left out link to ergens-anders/);
    assert.doesNotMatch(stdout, /placeholders/);
    const manifest = await readManifest(out);
    assert.deepEqual(manifest.region, { id: 'utrecht-test', name: 'Utrecht test' });
    assert.equal(manifest.sample, true);
  });

  test('leaves out a service without an organisation', async () => {
    const input = join(work, 'orphans.json');
    await writeFile(input, JSON.stringify([
      { id: 'svc-wees', name: 'Zonder aanbieder', status: 'active' },
      { id: 'svc-ok', name: 'Met aanbieder', status: 'active', organization: { id: 'org-1', name: 'Org', description: 'Een organisatie' } },
    ]));
    const { out, stdout } = await importAndValidate(input, 'orphans');
    assert.deepEqual((await readRecords(out, 'services')).map((service) => service.id), ['svc-ok']);
    assert.match(stdout, /service svc-wees: left out: no usable organisation/);
  });

  test('a garbage file exits 2 with one clear line', async () => {
    const input = join(work, 'garbage.json');
    await writeFile(input, 'dit is geen json\nen dit ook niet\n');
    const run = await runCli(['import', 'hsds', input, '--out', join(work, 'garbage')]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^wijkwijzer: .*garbage\.json is neither JSON nor NDJSON \(line 1: /);
    assert.equal(run.stderr.trim().split('\n').length, 1);
  });

  test('a missing input or a wrong flag exits 2', async () => {
    const missing = await runCli(['import', 'hsds', join(work, 'nope.json'), '--out', join(work, 'nope')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.json does not exist/);
    const badUrl = await runCli(['import', 'hsds', fixture('service-full.json'), '--out', join(work, 'u'), '--publisher-url', 'ftp://x']);
    assert.equal(badUrl.code, 2);
    assert.match(badUrl.stderr, /--publisher-url 'ftp:\/\/x'/);
    const noOut = await runCli(['import', 'hsds', fixture('service-full.json')]);
    assert.equal(noOut.code, 2);
    assert.match(noOut.stderr, /missing --out/);
  });
});
