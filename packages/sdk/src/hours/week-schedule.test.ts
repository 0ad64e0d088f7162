import assert from 'node:assert/strict';
import { test } from 'node:test';
import { weekSchedule } from './index.js';

const target = {
  schedules: [
    { byday: 'MO,TU,WE,TH', opens_at: '09:00', closes_at: '17:00' },
    { byday: 'FR', opens_at: '09:00', closes_at: '12:00' },
    { byday: 'FR', opens_at: '13:00', closes_at: '16:00' },
  ],
  schedule_exceptions: [{ date: '2026-04-27', closed: true, description: 'Koningsdag' }],
};

test('the week holding a date, Monday first, with today marked', () => {
  const week = weekSchedule(target, new Date('2026-04-27T10:00:00+02:00'));
  assert.deepEqual(
    week.map((day) => day.text),
    [
      'vandaag: gesloten (Koningsdag)',
      'dinsdag 09:00–17:00',
      'woensdag 09:00–17:00',
      'donderdag 09:00–17:00',
      'vrijdag 09:00–12:00, 13:00–16:00',
      'zaterdag gesloten',
      'zondag gesloten',
    ],
  );
  assert.equal(week[0]?.date, '2026-04-27');
  assert.equal(week[0]?.status, 'closed');
  assert.equal(week[0]?.exception?.description, 'Koningsdag');
  assert.equal(week[4]?.spans.length, 2);
});

test('English week view from a Wednesday', () => {
  const week = weekSchedule(target, new Date('2026-04-29T10:00:00+02:00'), 'en');
  assert.equal(week[0]?.text, 'Monday closed (Koningsdag)');
  assert.equal(week[2]?.text, 'today: 09:00–17:00');
  assert.equal(week[6]?.text, 'Sunday closed');
});

test('overnight and 24-hour spans are written so they read right', () => {
  const post = {
    schedules: [
      { byday: 'MO,TU,WE,TH,FR', opens_at: '17:00', closes_at: '08:00' },
      { byday: 'SA,SU', opens_at: '08:00', closes_at: '08:00' },
    ],
  };
  const week = weekSchedule(post, new Date('2026-06-03T12:00:00+02:00'));
  assert.equal(week[0]?.text, 'maandag 17:00–08:00');
  assert.deepEqual(week[0]?.spans, [{ opensAt: '17:00', closesAt: '08:00', overnight: true }]);
  assert.equal(week[5]?.text, 'zaterdag 24 uur open vanaf 08:00');
  const always = weekSchedule({ schedules: [{ opens_at: '00:00', closes_at: '00:00' }] }, new Date('2026-06-03T12:00:00+02:00'));
  assert.equal(always[1]?.text, 'dinsdag dag en nacht open');
});

test('a week without schedules says unknown per day', () => {
  const week = weekSchedule({}, new Date('2026-06-03T12:00:00+02:00'));
  assert.equal(week.length, 7);
  assert.ok(week.every((day) => day.status === 'unknown'));
  assert.equal(week[0]?.text, 'maandag onbekend');
});
