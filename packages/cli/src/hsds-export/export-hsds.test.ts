import assert from 'node:assert/strict';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { HSDS_FIXTURES, removeDir, SERVICES_A, SERVICES_B, tempDir, writeSource } from '../test-support/fixtures.js';
import { assertSameRecords, exportFeed, readJsonFile, readTabular, ROUND_TRIP_LOSSES } from '../test-support/hsds-export.js';
import { importAndValidate, readRecords } from '../test-support/hsds-import.js';
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

  test("a place's own phones and hours go where HSDS has them, in JSON and CSV", async () => {
    const page = (await readJsonFile(join(sampleExport, 'services.json'))) as Page;
    const dorpsteam = page.contents.find((service) => (service.wijkwijzer as Json).id === 'sociaal-team-heuvelrug');
    const places = (dorpsteam?.service_at_locations as Json[]).map((at) => at.location as Json);
    assert.deepEqual(
      places.map((place) => [
        (place.wijkwijzer as Json).id,
        (place.phones as Json[]).map((phone) => phone.number),
        (place.schedules as Json[]).map((schedule) => [schedule.freq, schedule.byday, schedule.opens_at, schedule.closes_at]),
      ]),
      [
        ['loc-dorpsteam-doorn', ['0343 00 10 11'], [['WEEKLY', 'WE', '09:00', '11:00']]],
        ['loc-dorpsteam-driebergen', ['0343 00 10 12'], [['MONTHLY', '3TH', '13:30', '15:30']]],
      ],
    );
    assert.ok(places.every((place) => (place.phones as Json[]).every((phone) => isUuid(String(phone.id)))));

    const tables = await readTabular(join(sampleExport, 'tabular'));
    const [, driebergen] = places;
    const ofDriebergen = (table: string) => tables[table]?.filter((row) => row.location_id === driebergen?.id) ?? [];
    assert.deepEqual(ofDriebergen('phones.csv').map((row) => [row.number, row.service_id]), [['0343 00 10 12', undefined]]);
    assert.deepEqual(ofDriebergen('schedules.csv').map((row) => [row.freq, row.byday]), [['MONTHLY', '3TH']]);
    for (const [table, rows] of Object.entries(tables)) {
      assert.equal(new Set(rows.map((row) => row.id)).size, rows.length, `${table}: every row once`);
    }
  });

  test('waiting times travel in their service\'s extension with the norms they are compared with', async () => {
    const page = (await readJsonFile(join(sampleExport, 'services.json'))) as Page;
    const extensionOf = (id: string) => page.contents.find((service) => (service.wijkwijzer as Json).id === id)?.wijkwijzer as Json;
    const altrecht = extensionOf('altrecht-specialistische-ggz');
    const realised = (altrecht.availability as Json[]).find((figure) => figure.id === 'altrecht-aanmeld-depressie');
    assert.deepEqual(
      [realised?.service_id, realised?.location_id, realised?.diagnosis_group, realised?.method, realised?.period_months, realised?.norm_id],
      [undefined, 'loc-altrecht-utrecht', 'depressie', 'gemiddelde-gerealiseerd', 2, 'treeknorm-ggz-aanmelding-2024'],
    );
    assert.deepEqual((altrecht.norms as Json[]).map((norm) => [norm.id, norm.max_value, norm.unit]), [
      ['treeknorm-ggz-aanmelding-2024', 4, 'weken'],
      ['treeknorm-ggz-behandeling-2024', 10, 'weken'],
    ]);
    const [huisartsNorm] = extensionOf('huisarts-west').norms as Json[];
    assert.deepEqual([huisartsNorm?.id, huisartsNorm?.target, huisartsNorm?.max_value, huisartsNorm?.unit], [
      'norm-huisarts-afspraak-2024', { share_percent: 80, value: 2 }, 3, 'werkdagen',
    ]);
    assert.equal(extensionOf('hulplijn-113').norms, undefined, 'a service without figures carries no norms');
  });

  test('a place two services share is one row in locations.csv, with one row for each of its addresses and phones', async () => {
    const [maatje] = SERVICES_B;
    const place = { ...maatje?.service_at_locations[0]?.location, id: 'loc-buurthuis-noord', phones: [{ number: '030 000 0199' }] };
    const both = (service: object) => ({ ...service, service_at_locations: [{ location: place }] });
    const source = await writeSource(join(work, 'shared-place-source'), {
      'services/a.json': SERVICES_A.map(both),
      'services/b.json': SERVICES_B.map(both),
    });
    const feed = join(work, 'shared-place-feed');
    assert.equal((await runCli(['build', source, '--out', feed])).code, 0);
    const tables = await readTabular(join(await exportFeed(feed, join(work, 'shared-place-hsds')), 'tabular'));
    assert.deepEqual(
      ['locations.csv', 'addresses.csv', 'phones.csv', 'service_at_location.csv'].map((table) =>
        tables[table]?.filter((row) => row.number === undefined || row.number === '030 000 0199').length,
      ),
      [1, 1, 1, 2],
    );
  });

  test('import keeps one copy of a norm, and leaves out the norm_id of a figure whose norm did not come', async () => {
    const page = (await readJsonFile(join(sampleExport, 'services.json'))) as Page;
    const extensionOf = (id: string) => page.contents.find((service) => (service.wijkwijzer as Json).id === id)?.wijkwijzer as Json;
    // Altrecht's copy of the ggz norms says 5 weeks; Indigo's 4 (as the norm does); the knee surgery wait comes without its norm.
    const [aanmelding, behandeling] = extensionOf('altrecht-specialistische-ggz').norms as Json[];
    extensionOf('altrecht-specialistische-ggz').norms = [{ ...aanmelding, max_value: 5 }, behandeling];
    delete extensionOf('polikliniek-diakonessenhuis-zeist').norms;
    const edited = join(work, 'edited-norms.json');
    await writeFile(edited, JSON.stringify(page));
    const { out, stdout } = await importAndValidate(edited, join(work, 'edited-norms-back'), GENERATED_AT);
    const first = page.contents.findIndex((service) => (service.wijkwijzer as Json).id === 'altrecht-specialistische-ggz');
    const other = page.contents.findIndex((service) => (service.wijkwijzer as Json).id === 'indigo-basis-ggz-utrecht');
    const norms = (await readRecords(out, 'norms')).filter((norm) => norm.id === 'treeknorm-ggz-aanmelding-2024');
    assert.deepEqual(norms.map((norm) => norm.max_value), [first < other ? 5 : 4], 'one norm per id, the first copy read');
    assert.match(stdout, /norm treeknorm-ggz-aanmelding-2024: left out a copy with other content; kept the first/);
    assert.match(stdout, /left out the norm_id of 1 availability figure\(s\): their norm is not in the import/);
    const knee = (await readRecords(out, 'availability')).find((figure) => figure.id === 'diakonessenhuis-orthopedie-behandel');
    assert.deepEqual([knee?.value, knee?.norm_id], [9, undefined]);
  });

  test('round trip of the sample feed, export then import: every record and field comes back but the listed losses', async () => {
    // The fields of contract 1.2 are in the sample, so the comparison below covers them.
    const figures = await readRecords(sampleFeed, 'availability');
    for (const field of ['method', 'period_months', 'location_id', 'diagnosis_group', 'norm_id']) {
      assert.ok(figures.some((figure) => figure[field] !== undefined), `a figure has ${field}`);
    }
    assert.ok((await readRecords(sampleFeed, 'norms')).some((norm) => norm.target !== undefined), 'a norm has a target');
    const back = join(work, 'sample-back');
    await importAndValidate(sampleExport, back, GENERATED_AT);
    const lossy = await assertSameRecords(sampleFeed, back);
    assert.deepEqual([...lossy].sort(), Object.keys(ROUND_TRIP_LOSSES).sort(), 'the list of losses holds no more than what is lost');
    const norms = (await readRecords(back, 'norms')).map((norm) => norm.id);
    assert.ok(norms.includes('norm-huisarts-afspraak-2024') && !norms.includes('treeknorm-msz-diagnostiek-2024'), 'norms in use come back, no other');
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
