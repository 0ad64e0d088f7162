import assert from 'node:assert/strict';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { HSDS_FIXTURES, removeDir, tempDir } from '../test-support/fixtures.js';
import { assertSameRecords, exportFeed, readJsonFile, readTabular, ROUND_TRIP_LOSSES } from '../test-support/hsds-export.js';
import { importAndValidate } from '../test-support/hsds-import.js';
import { runCli } from '../test-support/run-cli.js';
import { toCsv } from './csv.js';
import { isUuid } from './uuid.js';
import type { HsdsPage } from './page.js';

/** The sample region's source, from dist/ (dist → cli → packages → repo). */
const SAMPLE_SOURCE = fileURLToPath(new URL('../../../../data/regio-utrecht/', import.meta.url));
const GENERATED_AT = ['--generated-at', '2026-11-21T00:00:00Z'];

type Json = Record<string, unknown>;
type Page = HsdsPage<Json>;

let work: string;
let sampleFeed: string;
let sampleExport: string;

before(async () => {
  work = await tempDir('wijkwijzer-export-');
  sampleFeed = join(work, 'sample-feed');
  const built = await runCli(['build', SAMPLE_SOURCE, '--out', sampleFeed]);
  assert.equal(built.code, 0, built.stderr);
  sampleExport = join(work, 'sample-hsds');
  const exported = await runCli(['export', 'hsds', sampleFeed, '--out', sampleExport]);
  assert.equal(exported.code, 0, exported.stderr);
  assert.match(exported.stdout, /^Exported .* as HSDS 3\.0 into .*: 197 service\(s\), 52 organisation\(s\), 62 taxonomy term\(s\); 14 CSV table\(s\) in tabular\/\n$/);
});
after(() => removeDir(work));

/** Every `id` anywhere in a JSON value. */
function idsIn(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(idsIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, field]) => (key === 'id' && typeof field !== 'object' ? [field] : idsIn(field)));
}

describe('wijkwijzer export hsds', () => {
  test('writes the sample feed as an HSDS page of full services, with organisations, taxonomy terms and the tabular form', async () => {
    assert.deepEqual((await readdir(sampleExport)).sort(), ['.wijkwijzer-hsds-export', 'organizations.json', 'services.json', 'tabular', 'taxonomy_terms.json']);
    const page = (await readJsonFile(join(sampleExport, 'services.json'))) as Page;
    assert.deepEqual(
      [page.total_items, page.total_pages, page.size, page.first_page, page.last_page, page.empty, page.contents.length],
      [197, 1, 197, true, true, false, 197],
    );
    // HSDS wants UUIDs; the extension's ids are ours.
    const hsdsIds = idsIn(page.contents.map(({ wijkwijzer: _ours, ...service }) => service)).filter((id) => !isUuid(String(id)));
    assert.ok(hsdsIds.every((id) => id === null || typeof id === 'string'), 'only extension ids are left');

    const line = page.contents.find((service) => (service.wijkwijzer as Json).id === 'hulplijn-113');
    assert.ok(line, 'the 113 line is in the export, with our id in its extension');
    assert.ok(isUuid(String(line.id)));
    assert.deepEqual(line.wijkwijzer, {
      id: 'hulplijn-113',
      summary_b1: 'Denk je aan zelfmoord? Praat erover. Bel gratis 0800-0113 of chat via 113, dag en nacht.',
      route_step: 'formeel',
      audience: 'inwoner',
      referral: 'geen',
      cost: 'gratis',
    });
    const organization = line.organization as Json;
    assert.equal(organization.id, line.organization_id, 'the organisation is nested, under the id the service links');
    assert.deepEqual((organization.wijkwijzer as Json).id, 'org-113');
    assert.deepEqual((line.phones as Json[]).map((phone) => phone.number), ['0800-0113']);
    assert.deepEqual((line.schedules as Json[]).map((schedule) => [schedule.byday, schedule.opens_at, schedule.closes_at]), [['MO,TU,WE,TH,FR,SA,SU', '00:00', '24:00']]);
    assert.deepEqual((line.service_areas as Json[]).map((area) => area.name), ['Regio Midden-Nederland']);
    const tags = (line.attributes as Json[]).map((attribute) => {
      const term = attribute.taxonomy_term as Json;
      assert.equal(attribute.taxonomy_term_id, term.id);
      assert.equal(attribute.link_id, line.id);
      return [attribute.link_type, (term.wijkwijzer as Json).id, term.taxonomy];
    });
    assert.deepEqual(tags, [
      ['need', 'need-zelfmoordgedachten', 'Wijkwijzer hulpvragen (needs)'],
      ['need', 'need-somberheid', 'Wijkwijzer hulpvragen (needs)'],
      ['need', 'need-psychische-kwetsbaarheid', 'Wijkwijzer hulpvragen (needs)'],
      ['target_group', 'tg-volwassenen', 'Wijkwijzer doelgroepen (target groups)'],
      ['target_group', 'tg-jongvolwassenen', 'Wijkwijzer doelgroepen (target groups)'],
    ]);
    const withFigures = page.contents.find((service) => Array.isArray((service.wijkwijzer as Json).availability));
    assert.ok(withFigures, "availability figures travel in their service's extension");

    const terms = (await readJsonFile(join(sampleExport, 'taxonomy_terms.json'))) as Page;
    const organizations = (await readJsonFile(join(sampleExport, 'organizations.json'))) as Page;
    assert.deepEqual([terms.total_items, organizations.total_items], [62, 52], 'terms and organisations no service uses are there too');
    const lifeDomain = terms.contents.find((term) => (term.wijkwijzer as Json).kind === 'life-domain');
    assert.equal(lifeDomain?.taxonomy, 'Wijkwijzer levensdomeinen (life domains)');
  });

  test('the tabular form: one CSV per table with the columns its datapackage.json describes, linked by UUIDs', async () => {
    const tables = await readTabular(join(sampleExport, 'tabular'));
    assert.deepEqual(Object.keys(tables).sort(), [
      'accessibility.csv', 'addresses.csv', 'attributes.csv', 'contacts.csv', 'cost_options.csv', 'languages.csv', 'locations.csv',
      'organizations.csv', 'phones.csv', 'schedules.csv', 'service_areas.csv', 'service_at_location.csv', 'services.csv', 'taxonomy_terms.csv',
    ]);
    assert.equal(tables['services.csv']?.length, 197);
    const serviceIds = new Set(tables['services.csv']?.map((row) => row.id));
    const phoneLinks = tables['phones.csv']?.filter((row) => row.service_id !== undefined) ?? [];
    assert.ok(phoneLinks.length > 100 && phoneLinks.every((row) => serviceIds.has(row.service_id)), 'phones link their service');
    const datapackage = (await readJsonFile(join(sampleExport, 'tabular', 'datapackage.json'))) as Json;
    assert.deepEqual([datapackage.profile, datapackage.licenses], ['tabular-data-package', [{ name: 'CC-BY-4.0' }]]);
    assert.match(String(datapackage.title), /\(made-up sample data\)$/, 'a sample feed says so in its export');
  });

  test('round trip of the sample feed, export then import: every record and field comes back but the listed losses', async () => {
    const back = join(work, 'sample-back');
    await importAndValidate(sampleExport, back, GENERATED_AT);
    const lossy = await assertSameRecords(sampleFeed, back);
    assert.deepEqual([...lossy].sort(), Object.keys(ROUND_TRIP_LOSSES).sort(), 'the list of losses holds no more than what is lost');
  });

  test('round trip through the CSV files alone gives the same records', async () => {
    const tabularJson = join(work, 'sample-tabular.json');
    await writeFile(tabularJson, JSON.stringify(await readTabular(join(sampleExport, 'tabular'))));
    const back = join(work, 'sample-back-csv');
    await importAndValidate(tabularJson, back, GENERATED_AT);
    await assertSameRecords(sampleFeed, back);
  });

  test('round trip of each of our HSDS fixtures, import then export then import: nothing HSDS carries is lost', async () => {
    const fixtures = (await readdir(HSDS_FIXTURES)).filter((name) => name !== 'README.md' && name !== 'not-importable');
    assert.ok(fixtures.length >= 9);
    for (const fixture of fixtures) {
      const name = fixture.replace(/\.\w+$/, '');
      const { out: first } = await importAndValidate(join(HSDS_FIXTURES, fixture), join(work, `${name}-first`), GENERATED_AT);
      const exported = await exportFeed(first, join(work, `${name}-hsds`));
      const { out: second } = await importAndValidate(exported, join(work, `${name}-second`), GENERATED_AT);
      assert.deepEqual([...(await assertSameRecords(first, second))], [], `${fixture}: no losses, HSDS had every field`);
    }
  });

  test('replaces an earlier export with the same bytes, and refuses any other folder, a feed included', async () => {
    const before = await readFile(join(sampleExport, 'services.json'));
    await exportFeed(sampleFeed, sampleExport);
    assert.ok(before.equals(await readFile(join(sampleExport, 'services.json'))), 'an export is reproducible');

    const foreign = join(work, 'foreign');
    await mkdir(foreign);
    await writeFile(join(foreign, 'notes.txt'), 'mine');
    for (const out of [foreign, sampleFeed]) {
      const refused = await runCli(['export', 'hsds', sampleFeed, '--out', out]);
      assert.equal(refused.code, 2, refused.stderr);
      assert.match(refused.stderr, /^wijkwijzer: refusing to replace .*, which Wijkwijzer did not write; choose another --out or empty that folder\n$/);
    }
    assert.equal(await readFile(join(foreign, 'notes.txt'), 'utf8'), 'mine');
    assert.ok((await readdir(sampleFeed)).includes('index.json'), 'the feed is untouched');

    await writeFile(join(sampleExport, 'tabular', 'notes.txt'), 'mine');
    const strayFile = await runCli(['export', 'hsds', sampleFeed, '--out', sampleExport]);
    assert.equal(strayFile.code, 2);
    assert.match(strayFile.stderr, /it holds tabular, which Wijkwijzer did not write/);
  });

  test('says in one line what is wrong with its arguments or its feed', async () => {
    const cases: [string[], RegExp][] = [
      [['export', 'hsds', sampleFeed], /^wijkwijzer: export: missing --out <dir> \(see wijkwijzer export --help\)\n$/],
      [['export', 'csv', sampleFeed, '--out', join(work, 'x')], /^wijkwijzer: export: unknown format 'csv'; only 'hsds' is supported/],
      [['export', 'hsds', work, '--out', join(work, 'x')], /^wijkwijzer: .* is not a valid feed \(no manifest at .*index\.json: a feed starts with index\.json\); 'wijkwijzer validate .*' lists every problem\n$/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(args);
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, message);
    }
  });
});

describe('toCsv', () => {
  test('quotes a cell with a quote, comma, line break or outer space, writes objects as JSON, "" for empty text and nothing for no value', () => {
    const rows = [{ id: 'a', text: 'zegt "ja", en\ndan', note: ' ruimte', count: 3, extra: { kind: 'need' } }, { id: 'b', note: '' }];
    assert.equal(
      toCsv(['id', 'text', 'note', 'count', 'extra'], rows),
      'id,text,note,count,extra\r\na,"zegt ""ja"", en\ndan"," ruimte",3,"{""kind"":""need""}"\r\nb,,"",,\r\n',
    );
  });
});
