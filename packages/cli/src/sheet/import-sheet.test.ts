import assert from 'node:assert/strict';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { removeDir, tempDir } from '../test-support/fixtures.js';
import { readRecords, type FeedRecord } from '../test-support/hsds-import.js';
import { runCli } from '../test-support/run-cli.js';

/** The template that ships with the docs (dist/sheet → the repository root). */
const TEMPLATE = fileURLToPath(new URL('../../../../docs/templates/sociale-kaart-sjabloon.csv', import.meta.url));
/** The sample region's taxonomy, to map hulpvraag and doelgroep onto. */
const REGION_TAXONOMY = fileURLToPath(new URL('../../../../data/regio-utrecht/taxonomy.json', import.meta.url));

const BOM = '\uFEFF';
const HEADER = 'naam;omschrijving;organisatie;adres;postcode;plaats;telefoon;website;openingstijden;doelgroep;hulpvraag;kosten;verwijzing;route-stap;wijk/gemeente';

/**
 * A sheet as Dutch Excel saves it: a byte order mark, `;` between cells, CRLF, quotes
 * around cells with a `;`, a quote or a line break. Rows 4 and 6 are broken (a postal
 * code without its letters, hours that are no hours); the other four must all arrive.
 */
const DUTCH_EXCEL_SHEET = `${BOM}${[
  HEADER,
  'Koffie-inloop;"Koffie, thee en een praatje.\r\nIedereen welkom; ook zonder afspraak.";Buurthuis De Zandloper;Zandweg 3;1234 ab;Lindeveen;088 000 11 22;www.example.org/inloop;"ma, wo 9-12";ouderen;eenzaamheid;gratis;geen;samen;Gemeente Lindeveen',
  'Geldspreekuur;Hulp bij "rekeningen" en post.;Buurtteam Lindeveen;;;;088 000 11 23;https://example.org/geld;"di 13:00-16:30; do 9:00-12:00";volwassenen;geldzorgen, schulden;gratis;geen;formeel;Wijk Oost',
  'Maatjesproject;Een vrijwilliger komt langs.;Vrijwilligerscentrale;Kerkstraat 1;1234;Lindeveen;;;;;;;;;',
  'Crisisdienst;Altijd bereikbaar.;Buurtteam Lindeveen;;;;088 000 11 24;;dag en nacht;;;verzekerd;huisarts;formeel;',
  'Taalcafé;Nederlands oefenen.;Bibliotheek Lindeveen;;;;;;elke maandag 25:00-26:00;;taal;gratis;geen;samen;',
  'Wandelgroep;Samen wandelen.;Buurthuis De Zandloper;;;;;;op afspraak;;bewegen;gratis;geen;samen;',
].join('\r\n')}\r\n`;

let work: string;

before(async () => {
  work = await tempDir('wijkwijzer-sheet-');
});
after(() => removeDir(work));

async function writeSheet(name: string, text: string): Promise<string> {
  const path = join(work, name);
  await writeFile(path, text);
  return path;
}

const byName = (services: FeedRecord[], name: string): FeedRecord | undefined => services.find((service) => service.name === name);

describe('wijkwijzer import sheet', () => {
  test('a Dutch Excel sheet (BOM, ;, quoted line breaks) keeps every good row and names each broken one by row and column', async () => {
    const sheet = await writeSheet('excel.csv', DUTCH_EXCEL_SHEET);
    const out = join(work, 'out-excel');
    const run = await runCli(['import', 'sheet', sheet, '--out', out, '--taxonomy', REGION_TAXONOMY]);
    assert.equal(run.code, 1, run.stderr);
    const problems = run.stderr.split('\n').filter((line) => line.startsWith('  - '));
    assert.equal(problems.length, 2, run.stderr);
    assert.match(problems[0] ?? '', /^ {2}- rij 4, kolom postcode: "1234" is geen postcode; schrijf die als 3511 AB$/);
    assert.match(problems[1] ?? '', /^ {2}- rij 6, kolom openingstijden: "elke maandag 25:00-26:00" is niet te lezen als openingstijden/);
    assert.match(run.stdout, /: 2 organisatie\(s\), 4 dienst\(en\), \d+ begrip\(pen\)/);

    const services = await readRecords(out, 'services');
    assert.deepEqual(services.map((service) => service.name).sort(), ['Crisisdienst', 'Geldspreekuur', 'Koffie-inloop', 'Wandelgroep']);
    const coffee = byName(services, 'Koffie-inloop');
    assert.equal(coffee?.description, 'Koffie, thee en een praatje.\r\nIedereen welkom; ook zonder afspraak.', 'the line break and ; inside the quoted cell are kept');
    assert.equal(coffee?.url, 'https://www.example.org/inloop');
    assert.deepEqual(coffee?.schedules, [{ freq: 'WEEKLY', byday: 'MO,WE', opens_at: '09:00', closes_at: '12:00' }]);
    assert.deepEqual(coffee?.needs, ['need-eenzaamheid']);
    assert.deepEqual(coffee?.target_groups, ['tg-ouderen-65']);
    const [place] = coffee?.service_at_locations as { location: { addresses: unknown[] } }[];
    assert.deepEqual(place?.location.addresses, [{ address_1: 'Zandweg 3', postal_code: '1234 AB', city: 'Lindeveen', country: 'NL' }]);
    const money = byName(services, 'Geldspreekuur');
    assert.equal(money?.description, 'Hulp bij "rekeningen" en post.');
    assert.deepEqual((money?.schedules as { byday: string }[]).map((schedule) => schedule.byday), ['TU', 'TH']);
    assert.deepEqual(money?.needs, ['need-geldzorgen', 'need-schulden']);
    assert.deepEqual(byName(services, 'Crisisdienst')?.schedules, [
      { freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '24:00', description: 'Dag en nacht' },
    ]);
    assert.deepEqual(byName(services, 'Wandelgroep')?.schedules, [{ description: 'op afspraak' }]);
    assert.match(run.stdout, /rij 7, kolom openingstijden: "op afspraak" zijn geen tijden; bewaard als tekst/);

    const validated = await runCli(['validate', out]);
    assert.equal(validated.code, 0, validated.stdout);
  });

  test('--lang en reports the same rows in English', async () => {
    const sheet = await writeSheet('excel-en.csv', DUTCH_EXCEL_SHEET);
    const run = await runCli(['import', 'sheet', sheet, '--out', join(work, 'out-en'), '--lang', 'en']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /2 row\(s\) could not be read and are not in the feed:\n {2}- row 4, column postcode: "1234" is not a Dutch postal code/);
    assert.match(run.stderr, /\n {2}- row 6, column openingstijden: cannot read "elke maandag 25:00-26:00" as opening hours/);
  });

  test('without a taxonomy, hulpvraag and doelgroep are kept as text and each word is a warning', async () => {
    const sheet = await writeSheet('comma.csv', 'naam,organisatie,hulpvraag,doelgroep\nSoep op dinsdag,Buurthuis,"eenzaamheid, tuinieren",ouderen\n');
    const out = join(work, 'out-comma');
    const run = await runCli(['import', 'sheet', sheet, '--out', out]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /rij 2, kolom hulpvraag: "tuinieren" bewaard als tekst: geef met --taxonomy de lijst van de regio mee/);
    const [service] = await readRecords(out, 'services');
    assert.deepEqual(service?.needs_text, ['eenzaamheid', 'tuinieren']);
    assert.deepEqual(service?.target_groups_text, ['ouderen']);
    assert.equal(service?.needs, undefined);
  });

  test('the template that ships with the docs imports cleanly, its example rows flagged', async () => {
    const out = join(work, 'out-template');
    const run = await runCli(['import', 'sheet', TEMPLATE, '--out', out, '--taxonomy', REGION_TAXONOMY, '--sample']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.match(run.stdout, /: 2 organisatie\(s\), 2 dienst\(en\)/);
    assert.equal(run.stdout.match(/een voorbeeldrij van het sjabloon/g)?.length, 2);
    assert.doesNotMatch(run.stdout, /staat niet in de lijst/, 'every hulpvraag and doelgroep of the examples is in the region taxonomy');
    const services = await readRecords(out, 'services');
    assert.ok(services.every((service) => String(service.name).startsWith('VOORBEELD ')));
    assert.ok(services.every((service) => Array.isArray(service.needs) && Array.isArray(service.schedules) && service.assured_date !== undefined));
    assert.equal((await runCli(['validate', out])).code, 0);
  });

  test('a sheet without the naam column is refused (exit 2), and so is a folder that is not a feed', async () => {
    const noName = await writeSheet('no-name.csv', 'titel;organisatie\nIets;Ergens\n');
    const refused = await runCli(['import', 'sheet', noName, '--out', join(work, 'out-no-name')]);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /mist de kolom\(men\) naam/);

    const own = join(work, 'own-folder');
    await mkdir(own);
    await writeFile(join(own, 'notes.txt'), 'mine');
    const guarded = await runCli(['import', 'sheet', TEMPLATE, '--out', own]);
    assert.equal(guarded.code, 2, guarded.stderr);
    assert.deepEqual(await readdir(own), ['notes.txt']);
    assert.equal(await readFile(join(own, 'notes.txt'), 'utf8'), 'mine');
  });
});
