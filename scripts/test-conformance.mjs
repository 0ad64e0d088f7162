// `npm run test:conformance`: checks Wijkwijzer against the official HSDS 3.0
// reference files, which are not part of this repository: it imports the official
// examples through the real `wijkwijzer import hsds`, validates our own test
// fixtures (packages/cli/test-fixtures/hsds) against the official JSON Schemas, and
// validates what the real `wijkwijzer export hsds` writes (JSON and CSV) for the
// sample feed and for each of those fixtures.
//
// The reference files are found in <shared>/hsds-3.0, where <shared> is `--shared
// <dir>`, else $WIJKWIJZER_SHARED, else ../shared beside the repository. When they
// are absent the run says so in one line and exits 0, or 1 with `--require` (CI).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureInstalled } from './ensure-install.mjs';

const root = new URL('..', import.meta.url).pathname;
const { values: options } = parseArgs({
  options: { shared: { type: 'string' }, require: { type: 'boolean', default: false } },
});
const shared = resolve(options.shared ?? process.env.WIJKWIJZER_SHARED ?? join(root, '..', 'shared'));
const hsdsDir = join(shared, 'hsds-3.0');
const examplesDir = join(hsdsDir, 'examples');
const fixturesDir = join(root, 'packages/cli/test-fixtures/hsds');

if (!existsSync(join(hsdsDir, 'schema')) || !existsSync(examplesDir)) {
  console.log(
    `HSDS conformance: ${hsdsDir} is absent, so nothing was checked (give its parent with --shared <dir> or WIJKWIJZER_SHARED).`,
  );
  process.exit(options.require ? 1 : 0);
}

ensureInstalled(root);
const build = spawnSync(
  process.execPath,
  [join(root, 'node_modules/turbo/bin/turbo'), 'run', 'build', '--filter=@wijkwijzer/cli', '--output-logs=errors-only'],
  { cwd: root, stdio: 'inherit' },
);
if (build.status !== 0) {
  console.error('The build failed; no conformance check was run.');
  process.exit(1);
}

// Imported after the build: the CLI's test helpers run the command that was just built.
const cliTestSupport = (file) => import(pathToFileURL(join(root, 'packages/cli/dist/test-support', file)).href);
const { runCli } = await cliTestSupport('run-cli.js');
const { assertNothingToImport, assertReproducible, findRecord, importAndValidate, importedCounts, readManifest, readRecords } =
  await cliTestSupport('hsds-import.js');
const { exportFeed, readJsonFile, readTabular } = await cliTestSupport('hsds-export.js');
const { loadHsdsSchemas } = await import('./hsds-schemas.mjs');
const validate = loadHsdsSchemas(hsdsDir);

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
/** A JSON file's value, or an NDJSON file's lines as a list. */
function readDocument(path) {
  const text = readFileSync(path, 'utf8');
  if (!path.endsWith('.ndjson')) return JSON.parse(text);
  return text.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line));
}
function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    // A Frictionless datapackage.json describes CSV tables; it is no HSDS document.
    return /\.(json|ndjson)$/.test(name) && name !== 'datapackage.json' ? [path] : [];
  });
}

const checks = [];
const check = (name, run) => checks.push({ name, run });
const assertValid = (value, kind) => {
  const problems = validate(value, kind);
  if (problems.length > 0) assert.fail(`not valid HSDS 3.0:\n${problems.slice(0, 10).join('\n')}`);
};

// ---- The official examples against the official schemas: shows the schemas are read as meant.

/**
 * Which schema each official example is an instance of (see hsds-schemas.mjs for the kinds).
 * tabular.json is left out: two of its cells are numbers where the schemas want text.
 */
const EXAMPLE_KINDS = {
  'base.json': { api: '/' },
  'location.json': 'location',
  'organization_full.json': 'organization',
  'organization_list.json': { page: '/organizations' },
  'service_at_location_full.json': 'service_at_location',
  'service_at_location_list.json': { page: '/service_at_locations' },
  'service_full.json': 'service',
  'service_list.json': { page: '/services' },
  'taxonomy.json': 'taxonomy',
  'taxonomy_list.json': { page: '/taxonomies' },
  'taxonomy_term.json': 'taxonomy_term',
  'taxonomy_term_list.json': { page: '/taxonomy_terms' },
};
for (const [file, kind] of Object.entries(EXAMPLE_KINDS)) {
  check(`schemas: the official ${file} is valid`, () => assertValid(readJson(join(examplesDir, file)), kind));
}
check('schemas: a document that breaks them is refused', () => {
  const broken = { ...readJson(join(fixturesDir, 'service-full.json')), id: 'spreekuur-1', status: 'open' };
  const problems = validate(broken, 'service');
  assert.ok(problems.some((problem) => problem.startsWith('/id ')), problems.join('\n'));
  assert.ok(problems.some((problem) => problem.startsWith('/status ')), problems.join('\n'));
});

// ---- Our own fixtures against the official schemas.

/** What each of our fixtures holds, so that each document is checked against its own schema. */
const FIXTURE_KINDS = {
  'folder/locations.json': ['location'],
  'folder/organizations.json': { page: '/organizations' },
  'folder/service-at-locations.json': ['service_at_location', 'service_at_location'],
  'folder/services.ndjson': ['service', 'service'],
  'folder/taxonomy-terms.json': { page: '/taxonomy_terms' },
  'not-importable/base.json': { api: '/' },
  'not-importable/location.json': 'location',
  'not-importable/taxonomy.json': 'taxonomy',
  'organization-full.json': 'organization',
  'service-at-location-full.json': 'service_at_location',
  'service-full.json': 'service',
  'service-list.json': { page: '/services' },
  'services-array.json': ['organization', 'service', 'service'],
  'services.ndjson': ['organization', 'service', 'taxonomy_term'],
  'tabular.json': 'tabular',
  'taxonomy-term.json': 'taxonomy_term',
};
for (const path of filesUnder(fixturesDir)) {
  const file = relative(fixturesDir, path);
  check(`schemas: our fixture ${file} is valid`, () => {
    assert.ok(file in FIXTURE_KINDS, `add ${file} to FIXTURE_KINDS in scripts/test-conformance.mjs`);
    assertValid(readDocument(path), FIXTURE_KINDS[file]);
  });
}

// ---- The official examples through the real `wijkwijzer import hsds`.

let work;
const out = (name) => join(work, name);
const example = (file) => join(examplesDir, file);

/** Every example that holds services, organisations, service_at_location or taxonomy terms: [organisations, services, terms]. */
const IMPORTABLE_EXAMPLES = {
  'organization_full.json': [1, 1, 1],
  'organization_list.json': [1, 0, 0],
  'service_at_location_full.json': [1, 1, 1],
  'service_at_location_list.json': [1, 1, 0],
  'service_full.json': [1, 1, 1],
  'service_list.json': [1, 1, 0],
  'tabular.json': [1, 1, 1],
  'taxonomy_term.json': [0, 0, 1],
  'taxonomy_term_list.json': [0, 0, 1],
};
const countsOf = ([organizations, services, taxonomy]) => ({ organizations, services, taxonomy });
for (const [file, holds] of Object.entries(IMPORTABLE_EXAMPLES)) {
  check(`import: the official ${file} gives a feed that validates`, async () => {
    const { stdout } = await importAndValidate(example(file), out(file.replace('.json', '')));
    assert.deepEqual(importedCounts(stdout), countsOf(holds));
  });
}
for (const file of ['base.json', 'location.json', 'taxonomy.json', 'taxonomy_list.json']) {
  check(`import: the official ${file} has nothing to import`, async () => {
    assertNothingToImport(await runCli(['import', 'hsds', example(file), '--out', out(`none-${file}`)]));
  });
}

check('import: service_full.json is mapped field by field', async () => {
  const { out: feed, stdout } = await importAndValidate(example('service_full.json'), out('mapped'), ['--generated-at', '2026-01-01T00:00:00Z']);
  const service = await findRecord(feed, 'services', 'ac148810-d857-441c-9679-408f346de14b');
  assert.equal(service.organization_id, 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610');
  assert.equal(service.assured_date, '2005-01-01');
  assert.deepEqual(service.needs, ['3f7b145d-84af-42d7-8fae-eaca714b02b2']);
  assert.deepEqual(service.phones.map((phone) => phone.number), ['+44 1234 234567'], 'the quotes around the number are gone');
  assert.deepEqual(service.languages.map((language) => language.code), ['ur']);
  const [schedule] = service.schedules;
  assert.deepEqual([schedule.freq, schedule.byday, schedule.opens_at, schedule.dtstart], ['WEEKLY', 'TH,FR', '10:00:00', undefined]);
  assert.equal(service.cost_options[0].currency, 'GBP');
  const [at] = service.service_at_locations;
  assert.equal(at.location.name, 'MyCity Civic Center');
  assert.equal(at.location.addresses, undefined, 'the US address is left out');
  assert.match(stdout, /left out address "1-30 Main Street, MyCity, ABC 1234, US": not a Dutch address/);
  assert.match(stdout, /left out coordinates 100, 101/);
  const [term] = await readRecords(feed, 'taxonomy');
  assert.deepEqual(term, { id: '3f7b145d-84af-42d7-8fae-eaca714b02b2', name: 'name', kind: 'need', description: 'description', code: 'code' });
  const manifest = await readManifest(feed);
  assert.deepEqual([manifest.region.id, manifest.sample, manifest.generated_at], ['imported', false, '2026-01-01T00:00:00Z']);
});

check('import: the whole examples folder, merging the records it repeats', async () => {
  // csv/ holds the same data as tabular.json, as CSV tables: the JSON is read, the tables are
  // named as skipped (reading both would import every record twice), and nothing is unreadable.
  const feed = out('all');
  const { code, stdout, stderr } = await runCli(['import', 'hsds', examplesDir, '--out', feed]);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /skipped the CSV tables in csv: the folder also holds HSDS JSON/);
  assert.equal((await runCli(['validate', feed])).code, 0, 'the feed validates');
  assert.deepEqual(importedCounts(stdout), countsOf([1, 1, 1]));
  assert.match(stdout, /were merged/);
  assert.match(stdout, /skipped location\.json: an HSDS location/);
  const [service] = await readRecords(feed, 'services');
  assert.equal(service.service_at_locations.length, 1);
});

check('import: the official CSV tables (examples/csv) give the same feed as tabular.json', async () => {
  // Their datapackage.json holds the path of the file it links to, not JSON: it is listed as
  // unreadable (exit 1) and the tables are read by their names.
  const date = ['--generated-at', '2026-01-01T00:00:00Z'];
  const fromJson = await importAndValidate(example('tabular.json'), out('tabular-json'), date);
  const run = await runCli(['import', 'hsds', example('csv'), '--out', out('tabular-csv'), ...date]);
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stderr, /datapackage\.json is not valid JSON/);
  assert.deepEqual(await readRecords(out('tabular-csv'), 'services'), await readRecords(fromJson.out, 'services'));
  assert.deepEqual(await readRecords(out('tabular-csv'), 'organizations'), await readRecords(fromJson.out, 'organizations'));
});

check('import: organization_full.json gives the same bytes twice', async () => {
  const manifest = await assertReproducible(example('organization_full.json'), [out('repeat-1'), out('repeat-2')]);
  assert.match(manifest, /"generated_at": "2023-03-15T00:00:00Z"/);
});

check('import: NDJSON and an API page made of the examples', async () => {
  const documents = ['service_full.json', 'organization_full.json', 'taxonomy_term.json'].map((file) => readJson(example(file)));
  await writeFile(out('examples.ndjson'), `${documents.map((document) => JSON.stringify(document)).join('\n')}\n`);
  const ndjson = await importAndValidate(out('examples.ndjson'), out('ndjson'));
  assert.deepEqual(importedCounts(ndjson.stdout), countsOf([1, 1, 1]));

  const contents = [documents[0], readJson(example('service_at_location_full.json'))];
  const page = { total_items: 2, total_pages: 1, page_number: 1, size: 2, first_page: true, last_page: true, empty: false, contents };
  await writeFile(out('page.json'), JSON.stringify(page));
  const paged = await importAndValidate(out('page.json'), out('page'));
  assert.deepEqual(importedCounts(paged.stdout), countsOf([1, 1, 1]));
  assert.doesNotMatch(paged.stdout, /is page/, 'a complete page needs no warning');
});

// ---- What `wijkwijzer export hsds` writes, against the official schemas.

/** Each document of an export against its schema: the pages, every full service, every CSV row. */
async function assertExportValid(dir) {
  const services = await readJsonFile(join(dir, 'services.json'));
  assertValid(services, { page: '/services' });
  services.contents.forEach((service) => assertValid(service, 'service'));
  assertValid(await readJsonFile(join(dir, 'organizations.json')), { page: '/organizations' });
  assertValid(await readJsonFile(join(dir, 'taxonomy_terms.json')), { page: '/taxonomy_terms' });
  // Cells typed by the datapackage, as a reader of the tabular form types them.
  assertValid(await readTabular(join(dir, 'tabular')), 'tabular');
  return services.contents.length;
}

check('export: the sample feed exports as valid HSDS 3.0, JSON and CSV', async () => {
  const feed = out('sample-feed');
  const built = await runCli(['build', join(root, 'data/regio-utrecht'), '--out', feed]);
  assert.equal(built.code, 0, built.stderr);
  assert.equal(await assertExportValid(await exportFeed(feed, out('sample-hsds'))), 197);
});
for (const path of readdirSync(fixturesDir).filter((name) => !['README.md', 'not-importable'].includes(name))) {
  check(`export: our fixture ${path}, imported and exported, is valid HSDS 3.0, JSON and CSV`, async () => {
    const name = path.replace(/\.\w+$/, '');
    const { out: feed } = await importAndValidate(join(fixturesDir, path), out(`${name}-feed`));
    assert.ok((await assertExportValid(await exportFeed(feed, out(`${name}-hsds`)))) > 0 || path === 'taxonomy-term.json');
  });
}

// ---- What `wijkwijzer serve --hsds-api` answers, against the official schemas.

check('api: serve --hsds-api answers /, /services (paged, searched, filtered), /services/{id} and /taxonomy_terms as HSDS 3.0', async () => {
  const { startServer } = await import(pathToFileURL(join(root, 'packages/cli/dist/serve/server.js')).href);
  const server = await startServer({ root: out('sample-feed'), port: 0, hsdsApi: true });
  try {
    const get = async (path) => {
      const response = await fetch(`${server.hsdsApiUrl}${path}`);
      assert.equal(response.status, 200, path);
      return response.json();
    };
    assertValid(await get('/'), { api: '/' });
    const terms = await get('/taxonomy_terms?per_page=100');
    assertValid(terms, { page: '/taxonomy_terms' });
    const lonely = terms.contents.find((term) => term.wijkwijzer?.id === 'need-eenzaamheid');
    for (const query of ['', '?page=2&per_page=20', '?text=eenzaam', `?taxonomy_term_id=${lonely.id}`]) {
      const page = await get(`/services${query}`);
      assert.ok(page.total_items > 0, query);
      assertValid(page, { page: '/services' });
    }
    const { contents } = await get('/services?per_page=500');
    for (const { id } of contents) assertValid(await get(`/services/${id}`), 'service');
  } finally {
    await server.close();
  }
});

// ---- Run them, one line each, then the totals.

console.log(`HSDS conformance against ${hsdsDir}`);
work = await mkdtemp(join(tmpdir(), 'wijkwijzer-conformance-'));
let passed = 0;
let failed = 0;
try {
  for (const { name, run } of checks) {
    try {
      await run();
      passed += 1;
      console.log(`✔ ${name}`);
    } catch (error) {
      failed += 1;
      console.log(`✖ ${name}\n    ${String(error?.message ?? error).split('\n').join('\n    ')}`);
    }
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
