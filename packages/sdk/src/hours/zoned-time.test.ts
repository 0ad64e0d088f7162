import assert from 'node:assert/strict';
import { test } from 'node:test';
import { instantAt, localDate, TIME_ZONE, wallClock } from './zoned-time.js';

// The rule in zoned-time.ts stands in for Intl's time-zone database; here Intl is the judge.
const intlParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function intlWallClock(ms: number): { date: string; minutes: number } {
  const parts = intlParts.formatToParts(ms);
  const part = (type: string): string => parts.find((each) => each.type === type)?.value ?? '';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, minutes: Number(part('hour')) * 60 + Number(part('minute')) };
}

test('wallClock agrees with Intl at every hour (plus 17 minutes) from 1996 to 2040', () => {
  const HOUR = 3_600_000;
  let disagreements = 0;
  let first = '';
  for (let ms = Date.UTC(1996, 0, 1) + 17 * 60_000; ms < Date.UTC(2040, 0, 1); ms += HOUR) {
    const ours = wallClock(ms);
    const theirs = intlWallClock(ms);
    if (ours.date !== theirs.date || ours.minutes !== theirs.minutes) {
      disagreements += 1;
      first ||= `${new Date(ms).toISOString()}: ${JSON.stringify(ours)} vs Intl ${JSON.stringify(theirs)}`;
    }
  }
  assert.equal(disagreements, 0, first);
});

test('the changes of 2026: the spring gap and the autumn hour that happens twice', () => {
  // 29 March 2026: 02:00 CET jumps to 03:00 CEST at 01:00 UTC.
  assert.deepEqual(wallClock(Date.UTC(2026, 2, 29, 0, 59)), { date: '2026-03-29', minutes: 1 * 60 + 59 });
  assert.deepEqual(wallClock(Date.UTC(2026, 2, 29, 1, 0)), { date: '2026-03-29', minutes: 3 * 60 });
  assert.equal(instantAt('2026-03-29', 2 * 60 + 30), Date.UTC(2026, 2, 29, 1, 0), 'a skipped time resolves to the jump');
  // 25 October 2026: 03:00 CEST falls back to 02:00 CET at 01:00 UTC; 02:30 happens twice.
  assert.equal(instantAt('2026-10-25', 2 * 60 + 30, 'earlier'), Date.UTC(2026, 9, 25, 0, 30));
  assert.equal(instantAt('2026-10-25', 2 * 60 + 30, 'later'), Date.UTC(2026, 9, 25, 1, 30));
  assert.equal(instantAt('2026-12-02', 24 * 60), Date.UTC(2026, 11, 2, 23, 0), '24:00 is the next midnight');
  assert.equal(localDate(Date.UTC(2026, 5, 30, 22, 30)), '2026-07-01', 'half past midnight in summer is already the next day');
});
