import assert from 'node:assert/strict';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { AREAS, ORGANIZATIONS, REGION, SERVICES_A, removeDir, tempDir, writeSource } from '../test-support/fixtures.js';
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

before(async () => {
  work = await tempDir('wijkwijzer-source-');
  outside = join(work, 'outside');
  await mkdir(outside);
  await writeFile(join(outside, 'secret.json'), JSON.stringify([{ ...SERVICES_A[0], id: 'svc-extern', name: FOREIGN_SECRET }]));
  await writeFile(join(outside, 'passwd.json'), `${FOREIGN_SECRET}\n`);
});
after(() => removeDir(work));

/** Builds `source` into a fresh folder `out-<name>` and checks that it was refused. */
async function refuse(source: string, name: string, pattern: RegExp): Promise<CliRun> {
  const out = join(work, `out-${name}`);
  const run = await runCli(['build', source, '--out', out]);
  await assertRefused(run, out, pattern);
  return run;
}

describe('wijkwijzer build: a hostile source folder', () => {
  test('refuses links that leave the source folder and never quotes what they point to', async () => {
    const linkedFile = await writeSource(join(work, 'linked-file'));
    await symlink(join(outside, 'secret.json'), join(linkedFile, 'services', 'c.json'));
    const run = await refuse(linkedFile, 'linked-file', /services\/c\.json.*outside/);
    assert.ok(!run.stderr.includes(FOREIGN_SECRET));

    const linkedFolder = await writeSource(join(work, 'linked-folder'));
    await rm(join(linkedFolder, 'services'), { recursive: true });
    await symlink(outside, join(linkedFolder, 'services'), 'dir');
    const folder = await refuse(linkedFolder, 'linked-folder', /services\/passwd\.json.*outside/);
    assert.ok(!folder.stderr.includes(FOREIGN_SECRET));

    // A link that stays inside the source folder is fine.
    await mkdir(join(work, 'linked-inside', 'shared'), { recursive: true });
    const inside = await writeSource(join(work, 'linked-inside'), { 'shared/organizations.json': ORGANIZATIONS });
    await rm(join(inside, 'organizations.json'));
    await symlink(join(inside, 'shared', 'organizations.json'), join(inside, 'organizations.json'));
    const kept = await runCli(['build', inside, '--out', join(work, 'out-linked-inside')]);
    assert.equal(kept.code, 0, kept.stderr);
  });

  test('JSON nested 100,000 deep is one clear line, exit 2', async () => {
    const deep = await writeSource(join(work, 'deep'));
    await writeFile(join(deep, 'areas.json'), deeplyNested());
    await refuse(deep, 'deep', /areas\.json .*100 levels/);
  });

  test('a file above the size limit is refused before it is read', async () => {
    const huge = await writeSource(join(work, 'huge'));
    await writeSparseFile(join(huge, 'services', 'b.json'), 600 * 1024 * 1024);
    await refuse(huge, 'huge', /services\/b\.json is 600 MB.*256 MB/);
  });

  test('accepts UTF-8 with a byte order mark', async () => {
    const bom = await writeSource(join(work, 'bom'));
    await writeJsonWithBom(join(bom, 'region.json'), REGION);
    await writeJsonWithBom(join(bom, 'areas.json'), AREAS);
    const out = join(work, 'out-bom');
    const run = await runCli(['build', bom, '--out', out]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal((JSON.parse(await readFile(join(out, 'areas.json'), 'utf8')) as unknown[]).length, AREAS.length);
  });

  test('UTF-16, with or without a byte order mark, is told to be saved as UTF-8', async () => {
    const withBom = await writeSource(join(work, 'utf16-bom'));
    await writeJsonUtf16(join(withBom, 'areas.json'), AREAS, true);
    await refuse(withBom, 'utf16-bom', /areas\.json is UTF-16.*save it as UTF-8/);

    const noBom = await writeSource(join(work, 'utf16'));
    await writeJsonUtf16(join(noBom, 'organizations.json'), ORGANIZATIONS, false);
    await refuse(noBom, 'utf16', /organizations\.json is UTF-16.*save it as UTF-8/);
  });

  test('invalid UTF-8 is reported with its byte offset, not replaced', async () => {
    const invalid = await writeSource(join(work, 'invalid-utf8'));
    const offset = await writeJsonWithInvalidByte(join(invalid, 'organizations.json'), ORGANIZATIONS, 'Vrijwilligerscentrale');
    await refuse(invalid, 'invalid-utf8', new RegExp(`organizations\\.json is not valid UTF-8 at byte ${offset}\\b`));
  });

  test('never passes the source’s control characters on to the terminal', async () => {
    const escapes = await writeSource(join(work, 'escapes'), {
      'services/b.json': [{ ...SERVICES_A[0], id: 'svc-\u001b[2J', phones: [{ number: 'bel \u001b[31m ons' }] }],
    });
    const run = await runCli(['build', escapes, '--out', join(work, 'out-escapes')]);
    assert.ok(!run.stderr.includes('\u001b'), run.stderr);
    assert.equal(run.code, 1, run.stderr);
  });

  test('a duplicate id names the files of both records', async () => {
    const duplicate = await writeSource(join(work, 'duplicate'), { 'services/b.json': [{ ...SERVICES_A[0], name: 'Andere naam' }] });
    const run = await runCli(['build', duplicate, '--out', join(work, 'out-duplicate')]);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /services\/b\.json item 0: services svc-schuldhulp .*used twice.*the first in services\/a\.json item 0/);
  });
});
