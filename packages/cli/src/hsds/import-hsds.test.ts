import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { removeDir, tempDir } from '../test-support/fixtures.js';
import { HSDS_EXAMPLES, runCli } from '../test-support/run-cli.js';

let work: string;

before(async () => {
  work = await tempDir('wijkwijzer-hsds-');
});
after(() => removeDir(work));

async function example(name: string): Promise<unknown> {
  return JSON.parse(await readFile(join(HSDS_EXAMPLES, name), 'utf8')) as unknown;
}

async function readRecords(feed: string, dataset: string): Promise<Record<string, unknown>[]> {
  return JSON.parse(await readFile(join(feed, `${dataset}.json`), 'utf8')) as Record<string, unknown>[];
}

/** Imports, then validates the result with the real command: an import must always give a valid feed. */
async function importAndValidate(input: string, name: string, extra: string[] = []): Promise<{ out: string; stdout: string }> {
  const out = join(work, name);
  const imported = await runCli(['import', 'hsds', input, '--out', out, ...extra]);
  assert.equal(imported.code, 0, `import ${name}: ${imported.stderr}`);
  const validated = await runCli(['validate', out]);
  assert.equal(validated.code, 0, `validate ${name}: ${validated.stdout}`);
  return { out, stdout: imported.stdout };
}

/** Every example that holds services, organisations, service_at_location or taxonomy terms. */
const IMPORTABLE: { file: string; services: number; organizations: number; taxonomy: number }[] = [
  { file: 'service_full.json', services: 1, organizations: 1, taxonomy: 1 },
  { file: 'service_list.json', services: 1, organizations: 1, taxonomy: 0 },
  { file: 'organization_full.json', services: 1, organizations: 1, taxonomy: 1 },
  { file: 'organization_list.json', services: 0, organizations: 1, taxonomy: 0 },
  { file: 'service_at_location_full.json', services: 1, organizations: 1, taxonomy: 1 },
  { file: 'service_at_location_list.json', services: 1, organizations: 1, taxonomy: 0 },
  { file: 'tabular.json', services: 1, organizations: 1, taxonomy: 1 },
  { file: 'taxonomy_term.json', services: 0, organizations: 0, taxonomy: 1 },
  { file: 'taxonomy_term_list.json', services: 0, organizations: 0, taxonomy: 1 },
];

/** Examples with nothing we can import: a clear exit 2. */
const NOT_IMPORTABLE = ['base.json', 'location.json', 'taxonomy.json', 'taxonomy_list.json'];

describe('wijkwijzer import hsds: the HSDS 3.0 examples', () => {
  for (const { file, services, organizations, taxonomy } of IMPORTABLE) {
    test(`imports ${file} into a feed that validates`, async () => {
      const { stdout } = await importAndValidate(join(HSDS_EXAMPLES, file), file.replace('.json', ''));
      assert.match(stdout, new RegExp(`${organizations} organisation\\(s\\), ${services} service\\(s\\), ${taxonomy} taxonomy term\\(s\\)`));
    });
  }

  for (const file of NOT_IMPORTABLE) {
    test(`says there is nothing to import in ${file}`, async () => {
      const run = await runCli(['import', 'hsds', join(HSDS_EXAMPLES, file), '--out', join(work, `none-${file}`)]);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /^wijkwijzer: nothing to import from .*: it holds /);
      assert.equal(run.stderr.trim().split('\n').length, 1);
    });
  }

  test('maps service_full.json field by field', async () => {
    const { out, stdout } = await importAndValidate(join(HSDS_EXAMPLES, 'service_full.json'), 'mapped', ['--generated-at', '2026-01-01T00:00:00Z']);
    const [service] = await readRecords(out, 'services');
    assert.ok(service);
    assert.equal(service.organization_id, 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610');
    assert.equal(service.assured_date, '2005-01-01');
    assert.deepEqual(service.needs, ['3f7b145d-84af-42d7-8fae-eaca714b02b2']);
    assert.deepEqual((service.phones as { number: string }[]).map((phone) => phone.number), ['+44 1234 234567']);
    assert.deepEqual(service.languages, [
      { id: '2989d3ed-c547-48f8-8f9d-432d81c7892e', code: 'ur', name: 'Urdu', note: 'Translation services provided via bilingual staff when they are available' },
    ]);
    const [schedule] = service.schedules as Record<string, unknown>[];
    assert.deepEqual(
      { freq: schedule?.freq, byday: schedule?.byday, opens_at: schedule?.opens_at, dtstart: schedule?.dtstart },
      { freq: 'WEEKLY', byday: 'TH,FR', opens_at: '10:00:00', dtstart: undefined },
    );
    assert.equal((service.cost_options as { currency: string }[])[0]?.currency, 'GBP');
    const [at] = service.service_at_locations as { location: Record<string, unknown> }[];
    assert.equal(at?.location.name, 'MyCity Civic Center');
    assert.equal(at?.location.addresses, undefined, 'the US address is left out');
    assert.match(stdout, /left out address "1-30 Main Street, MyCity, ABC 1234, US": not a Dutch address/);
    assert.match(stdout, /left out coordinates 100, 101/);
    const [term] = await readRecords(out, 'taxonomy');
    assert.deepEqual(term, { id: '3f7b145d-84af-42d7-8fae-eaca714b02b2', name: 'name', kind: 'need', description: 'description', code: 'code' });
    const manifest = JSON.parse(await readFile(join(out, 'index.json'), 'utf8')) as Record<string, unknown>;
    assert.deepEqual(manifest.region, { id: 'imported', name: 'Geïmporteerde gegevens' });
    assert.equal(manifest.sample, false);
    assert.equal(manifest.generated_at, '2026-01-01T00:00:00Z');
  });

  test('imports the whole examples folder, merging the repeated records', async () => {
    const { out, stdout } = await importAndValidate(HSDS_EXAMPLES, 'all');
    assert.match(stdout, /1 organisation\(s\), 1 service\(s\), 1 taxonomy term\(s\)/);
    assert.match(stdout, /were merged/);
    assert.match(stdout, /skipped location\.json: an HSDS location/);
    const [service] = await readRecords(out, 'services');
    assert.equal((service?.service_at_locations as unknown[]).length, 1);
  });

  test('is reproducible: the same input gives the same bytes', async () => {
    const input = join(HSDS_EXAMPLES, 'organization_full.json');
    const { out: first } = await importAndValidate(input, 'repeat-1');
    const { out: second } = await importAndValidate(input, 'repeat-2');
    for (const file of ['index.json', 'organizations.json', 'services.json', 'taxonomy.json']) {
      assert.equal(await readFile(join(first, file), 'utf8'), await readFile(join(second, file), 'utf8'), file);
    }
    assert.match(await readFile(join(first, 'index.json'), 'utf8'), /"generated_at": "2023-03-15T00:00:00Z"/);
  });
});

describe('wijkwijzer import hsds: input shapes and flags', () => {
  test('reads NDJSON made from the examples', async () => {
    const lines = [await example('service_full.json'), await example('organization_full.json'), await example('taxonomy_term.json')];
    const input = join(work, 'services.ndjson');
    await writeFile(input, `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`);
    const { stdout } = await importAndValidate(input, 'ndjson');
    assert.match(stdout, /1 organisation\(s\), 1 service\(s\), 1 taxonomy term\(s\)/);
  });

  test('reads a paginated { contents: [...] } page made from the examples', async () => {
    const page = {
      total_items: 2, total_pages: 1, page_number: 1, size: 2, first_page: true, last_page: true, empty: false,
      contents: [await example('service_full.json'), await example('service_at_location_full.json')],
    };
    const input = join(work, 'page.json');
    await writeFile(input, JSON.stringify(page));
    const { stdout } = await importAndValidate(input, 'page');
    assert.match(stdout, /1 service\(s\)/);
    assert.doesNotMatch(stdout, /is page/, 'a complete page needs no warning');
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
    const manifest = JSON.parse(await readFile(join(out, 'index.json'), 'utf8')) as Record<string, unknown>;
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
    const badUrl = await runCli(['import', 'hsds', join(HSDS_EXAMPLES, 'service_full.json'), '--out', join(work, 'u'), '--publisher-url', 'ftp://x']);
    assert.equal(badUrl.code, 2);
    assert.match(badUrl.stderr, /--publisher-url 'ftp:\/\/x'/);
    const noOut = await runCli(['import', 'hsds', join(HSDS_EXAMPLES, 'service_full.json')]);
    assert.equal(noOut.code, 2);
    assert.match(noOut.stderr, /missing --out/);
  });
});
