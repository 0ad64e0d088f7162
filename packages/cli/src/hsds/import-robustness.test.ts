import assert from 'node:assert/strict';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { removeDir, tempDir } from '../test-support/fixtures.js';
import {
  FOREIGN_SECRET,
  assertRefused,
  deeplyNested,
  writeJsonUtf16,
  writeJsonWithBom,
  writeJsonWithInvalidByte,
  writeSparseFile,
} from '../test-support/hostile-files.js';
import { runCli, type CliRun } from '../test-support/run-cli.js';

let work: string;
let outside: string;

/** A minimal HSDS service with its organisation nested, as many exports write it. */
function service(id: string, name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, name, status: 'active', organization: { id: 'org-1', name: 'Buurtteam', description: 'Een buurtteam' }, ...extra };
}

before(async () => {
  work = await tempDir('wijkwijzer-import-');
  outside = join(work, 'outside');
  await mkdir(outside);
  await writeFile(join(outside, 'secret.json'), JSON.stringify(service('svc-extern', FOREIGN_SECRET)));
  await writeFile(join(outside, 'passwd.json'), `${FOREIGN_SECRET}\n`);
});
after(() => removeDir(work));

async function serviceNames(out: string): Promise<Record<string, string>> {
  const services = JSON.parse(await readFile(join(out, 'services.json'), 'utf8')) as { id: string; name: string }[];
  return Object.fromEntries(services.map((record) => [record.id, record.name]));
}

function ndjson(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/** Imports `input` into a fresh folder `out-<name>` and checks that it was refused. */
async function refuse(input: string, name: string, pattern: RegExp): Promise<CliRun> {
  const out = join(work, `out-${name}`);
  const run = await runCli(['import', 'hsds', input, '--out', out]);
  await assertRefused(run, out, pattern);
  return run;
}

describe('wijkwijzer import hsds: broken NDJSON lines', () => {
  test('a folder import keeps every good line of a file with a broken one and names the line (exit 1)', async () => {
    const folder = join(work, 'ndjson-folder');
    await mkdir(folder);
    await writeFile(
      join(folder, 'services.ndjson'),
      ndjson(JSON.stringify(service('svc-1', 'Eén')), '{"id": "svc-2", "name": ', JSON.stringify(service('svc-3', 'Drie'))),
    );
    await writeFile(join(folder, 'more.json'), JSON.stringify([service('svc-4', 'Vier')]));
    const out = join(work, 'out-ndjson-folder');
    const run = await runCli(['import', 'hsds', folder, '--out', out]);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /services\.ndjson line 2 is not valid JSON/);
    assert.deepEqual(Object.keys(await serviceNames(out)).sort(), ['svc-1', 'svc-3', 'svc-4']);
  });

  test('a single NDJSON file with broken lines imports the rest and lists each broken line (exit 1)', async () => {
    const input = join(work, 'single.ndjson');
    await writeFile(input, ndjson(JSON.stringify(service('svc-1', 'Eén')), 'kapot', JSON.stringify(service('svc-3', 'Drie')), '{]'));
    const out = join(work, 'out-single-ndjson');
    const run = await runCli(['import', 'hsds', input, '--out', out]);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /single\.ndjson line 2 is not valid JSON/);
    assert.match(run.stderr, /single\.ndjson line 4 is not valid JSON/);
    assert.deepEqual(Object.keys(await serviceNames(out)).sort(), ['svc-1', 'svc-3']);
  });
});

describe('wijkwijzer import hsds: duplicate ids', () => {
  test('reports each duplicate with both sources and what was left out', async () => {
    const folder = join(work, 'duplicates');
    await mkdir(folder);
    await writeFile(join(folder, 'a.json'), JSON.stringify([service('svc-dubbel', 'Eerste naam'), service('svc-zelfde', 'Zelfde')]));
    await writeFile(
      join(folder, 'b.ndjson'),
      ndjson(JSON.stringify(service('svc-dubbel', 'Tweede naam', { email: 'info@example.org' })), JSON.stringify(service('svc-zelfde', 'Zelfde'))),
    );
    const out = join(work, 'out-duplicates');
    const run = await runCli(['import', 'hsds', folder, '--out', out]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /service svc-dubbel \(a\.json item 0\) appears again in b\.ndjson line 1: .*added email.*kept the earlier name, left out the differing name of b\.ndjson line 1/);
    assert.match(run.stdout, /service svc-zelfde \(a\.json item 1\) appears again in b\.ndjson line 2 with nothing new: folded/);
    assert.deepEqual(await serviceNames(out), { 'svc-dubbel': 'Eerste naam', 'svc-zelfde': 'Zelfde' });
  });
});

describe('wijkwijzer import hsds: hostile input files', () => {
  test('refuses a link that leaves the folder and never quotes what it points to', async () => {
    const folder = join(work, 'linked');
    await mkdir(folder);
    await writeFile(join(folder, 'eigen.json'), JSON.stringify(service('svc-1', 'Eén')));
    await symlink(join(outside, 'secret.json'), join(folder, 'extern.json'));
    const run = await refuse(folder, 'linked', /extern\.json.*outside/);
    assert.ok(!run.stderr.includes(FOREIGN_SECRET));

    const passwd = join(work, 'linked-passwd');
    await mkdir(passwd);
    await writeFile(join(passwd, 'eigen.json'), JSON.stringify(service('svc-1', 'Eén')));
    await symlink(join(outside, 'passwd.json'), join(passwd, 'passwd.json'));
    const other = await refuse(passwd, 'linked-passwd', /passwd\.json.*outside/);
    assert.ok(!other.stderr.includes(FOREIGN_SECRET) && !other.stdout.includes(FOREIGN_SECRET));
  });

  test('JSON nested 100,000 deep is one clear line, exit 2', async () => {
    const input = join(work, 'deep.json');
    await writeFile(input, deeplyNested());
    await refuse(input, 'deep', /deep\.json .*100 levels/);
  });

  test('a file above the size limit is refused before it is read', async () => {
    const input = join(work, 'huge.ndjson');
    await writeSparseFile(input, 600 * 1024 * 1024);
    await refuse(input, 'huge', /huge\.ndjson is 600 MB.*256 MB/);
  });

  test('accepts UTF-8 with a byte order mark', async () => {
    const input = join(work, 'bom.json');
    await writeJsonWithBom(input, [service('svc-bom', 'Met BOM')]);
    const out = join(work, 'out-bom');
    const run = await runCli(['import', 'hsds', input, '--out', out]);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(await serviceNames(out), { 'svc-bom': 'Met BOM' });
  });

  test('UTF-16 is told to be saved as UTF-8', async () => {
    const withBom = join(work, 'utf16-bom.json');
    await writeJsonUtf16(withBom, [service('svc-1', 'Eén')], true);
    await refuse(withBom, 'utf16-bom', /utf16-bom\.json is UTF-16.*save it as UTF-8/);
    const noBom = join(work, 'utf16.json');
    await writeJsonUtf16(noBom, [service('svc-1', 'Eén')], false);
    await refuse(noBom, 'utf16', /utf16\.json is UTF-16.*save it as UTF-8/);
  });

  test('invalid UTF-8 is reported with its byte offset, not replaced', async () => {
    const input = join(work, 'invalid.json');
    const offset = await writeJsonWithInvalidByte(input, [service('svc-1', 'Buurthulp')], 'Buurthulp');
    await refuse(input, 'invalid', new RegExp(`invalid\\.json is not valid UTF-8 at byte ${offset}\\b`));
  });
});

describe('wijkwijzer import hsds: what the report quotes', () => {
  test('never passes the input’s control characters on to the terminal', async () => {
    const folder = join(work, 'escapes');
    await mkdir(folder);
    await writeFile(join(folder, 'a.json'), JSON.stringify(service('svc-1', 'Eén')));
    await writeFile(join(folder, 'kapot\u001b[31m.json'), '{');
    const run = await runCli(['import', 'hsds', folder, '--out', join(work, 'out-escapes')]);
    assert.ok(!run.stdout.includes('\u001b') && !run.stderr.includes('\u001b'), `${run.stdout}${run.stderr}`);
    assert.match(run.stderr, /kapot\?\[31m\.json is not valid JSON/);
    assert.equal(run.code, 1);
  });
});
