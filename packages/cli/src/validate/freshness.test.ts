import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { localDate } from '@wijkwijzer/sdk/hours';
import { buildFeed } from '../build/build-feed.js';
import { AVAILABILITY, SERVICES_A, SERVICES_B, removeDir, tempDir, writeSource } from '../test-support/fixtures.js';
import { runCli } from '../test-support/run-cli.js';
import { dateBefore } from './freshness.js';
import type { FeedReport } from './report.js';

let work: string;
let feed: string;

/** A date this many days before today in Utrecht, so the planted records stay as old as meant whenever the test runs. */
const daysAgo = (days: number): string => dateBefore(localDate(new Date()), { amount: days, unit: 'd' });

const [schuldhulp] = SERVICES_A;
const [maatje] = SERVICES_B;
const [figure] = AVAILABILITY;

/**
 * Planted: at the buurtteam one service checked 400 days ago and one 10 days ago; at the
 * vrijwilligerscentrale one never checked and one checked 200 days ago. A figure refreshed
 * daily, 5 days old (old to the widgets), and one refreshed monthly, 5 days old (fresh).
 */
const PLANTED = {
  'services/a.json': [
    { ...schuldhulp, assured_date: daysAgo(400) },
    { ...schuldhulp, id: 'svc-budgetcoach', name: 'Budgetcoach', assured_date: daysAgo(10) },
  ],
  'services/b.json': [
    { ...maatje, assured_date: undefined },
    { ...maatje, id: 'svc-wandelmaatje', name: 'Wandelmaatje', assured_date: daysAgo(200) },
  ],
  'availability.json': [
    { ...figure, id: 'obs-daily', reference_date: daysAgo(5), refresh_interval_days: 1 },
    { ...figure, id: 'obs-monthly', reference_date: daysAgo(5), refresh_interval_days: 30 },
  ],
};

before(async () => {
  work = await tempDir('wijkwijzer-freshness-');
  const source = await writeSource(join(work, 'source'), PLANTED);
  feed = join(work, 'feed');
  assert.ok((await buildFeed({ sourceDir: source, outDir: feed })).ok);
});
after(() => removeDir(work));

describe('wijkwijzer validate --freshness', () => {
  test('lists services not checked for 12 months or never, by organisation, and figures the widgets show as old', async () => {
    const run = await runCli(['validate', feed, '--freshness']);
    assert.equal(run.code, 0, 'freshness is advice: the feed is still valid');
    assert.match(run.stdout, new RegExp(`Freshness on \\d{4}-\\d{2}-\\d{2}: 2 of 4 service\\(s\\) last checked with their provider before ${dateBefore(localDate(new Date()), { amount: 12, unit: 'm' })} \\(12 month\\(s\\) ago\\) or never`));
    assert.match(run.stdout, /\n {2}Buurtteam Testdorp \(org-buurtteam\): 1 of 2\n {4}svc-schuldhulp {2}Schuldhulp: checked \d{4}-\d{2}-\d{2}\n/);
    assert.match(run.stdout, /\n {2}Vrijwilligerscentrale \(org-vrijwilligers\): 1 of 2\n {4}svc-maatje {2}Maatjesproject: never checked\n/);
    assert.doesNotMatch(run.stdout, /svc-budgetcoach|svc-wandelmaatje/, 'services checked within 12 months are not listed');
    assert.match(run.stdout, /Availability: 1 of 2 figure\(s\) older than twice their refresh interval/);
    assert.match(run.stdout, /obs-daily {2}Schuldhulp \(svc-schuldhulp\), aanmeldwachttijd: peildatum \d{4}-\d{2}-\d{2}, 5 days old, refreshed every 1 day\(s\)/);
    assert.doesNotMatch(run.stdout, /obs-monthly/);
  });

  test('--max-age 6m lists the service checked 200 days ago too; --json carries the same', async () => {
    const run = await runCli(['validate', feed, '--max-age', '6m', '--json']);
    assert.equal(run.code, 0);
    const report = JSON.parse(run.stdout) as FeedReport;
    const listed = report.freshness?.organizations.map((group) => [group.organizationId, group.services.map((service) => service.id)]);
    assert.deepEqual(listed, [
      ['org-vrijwilligers', ['svc-maatje', 'svc-wandelmaatje']],
      ['org-buurtteam', ['svc-schuldhulp']],
    ]);
    assert.deepEqual(report.freshness?.maxAge, { amount: 6, unit: 'm' });
    assert.deepEqual(report.freshness?.staleFigures.map((stale) => [stale.id, stale.ageDays]), [['obs-daily', 5]]);
  });

  test('without --freshness the report has none; a max age that is no age is refused', async () => {
    const plain = await runCli(['validate', feed, '--json']);
    assert.equal((JSON.parse(plain.stdout) as FeedReport).freshness, undefined);
    const wrong = await runCli(['validate', feed, '--max-age', 'twelve']);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /--max-age takes months, years or days such as 12m, 1y or 90d, not 'twelve'/);
  });

  test('a month before 31 March is the last day of February', () => {
    assert.equal(dateBefore('2026-03-31', { amount: 1, unit: 'm' }), '2026-02-28');
    assert.equal(dateBefore('2024-03-31', { amount: 1, unit: 'y' }), '2023-03-31');
    assert.equal(dateBefore('2026-01-15', { amount: 12, unit: 'm' }), '2025-01-15');
  });
});
