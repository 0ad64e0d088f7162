import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Schedule, ScheduleException } from '@wijkwijzer/schemas';
import { openingState } from './index.js';

const WEEKDAYS = 'MO,TU,WE,TH,FR';
const office = { schedules: [{ byday: WEEKDAYS, opens_at: '09:00', closes_at: '17:00' }] satisfies Schedule[] };
/** A huisartsenpost: weekday nights, and 24 hours from 08:00 on Saturday and Sunday. */
const huisartsenpost = {
  schedules: [
    { byday: WEEKDAYS, opens_at: '17:00', closes_at: '08:00' },
    { byday: 'SA,SU', opens_at: '08:00', closes_at: '08:00' },
  ] satisfies Schedule[],
};
/** Clock times are written with their Utrecht offset so each case reads as local time. */
const at = (isoWithOffset: string): Date => new Date(isoWithOffset);
const iso = (date: Date | undefined): string | undefined => date?.toISOString();

test('a weekday office is open inside its hours and closed outside', () => {
  const open = openingState(office, at('2026-06-03T12:00:00+02:00'));
  assert.equal(open.status, 'open');
  assert.equal(iso(open.closesAt), '2026-06-03T15:00:00.000Z');
  assert.equal(open.text, 'Nu open · sluit om 17:00');

  const early = openingState(office, at('2026-06-03T08:59:00+02:00'));
  assert.equal(early.status, 'closed');
  assert.equal(iso(early.opensAt), '2026-06-03T07:00:00.000Z');
  assert.equal(early.text, 'Gesloten · opent om 09:00');

  // 17:00 itself is closed: the closing time is the first closed minute.
  assert.equal(openingState(office, at('2026-06-03T17:00:00+02:00')).status, 'closed');
});

test('texts in Dutch and English for tomorrow, a weekday and a date', () => {
  const tuesdayEvening = at('2026-06-02T18:00:00+02:00');
  assert.equal(openingState(office, tuesdayEvening).text, 'Gesloten · opent morgen om 09:00');
  assert.equal(openingState(office, tuesdayEvening, { lang: 'en' }).text, 'Closed · opens tomorrow at 09:00');
  assert.equal(openingState(office, at('2026-06-03T12:00:00+02:00'), { lang: 'en' }).text, 'Open now · closes at 17:00');

  const fridayEvening = at('2026-06-05T18:00:00+02:00');
  assert.equal(openingState(office, fridayEvening).text, 'Gesloten · opent maandag om 09:00');
  assert.equal(openingState(office, fridayEvening, { lang: 'en' }).text, 'Closed · opens Monday at 09:00');

  // Closed for a fortnight: a weekday name would be read as this week, so a date is given.
  const holiday = {
    ...office,
    schedule_exceptions: ['2026-07-20', '2026-07-21', '2026-07-22', '2026-07-23', '2026-07-24', '2026-07-27'].map(
      (date) => ({ date, closed: true }),
    ),
  };
  const beforeHoliday = at('2026-07-17T18:00:00+02:00');
  assert.equal(openingState(holiday, beforeHoliday).text, 'Gesloten · opent op 28 juli om 09:00');
  assert.equal(openingState(holiday, beforeHoliday, { lang: 'en' }).text, 'Closed · opens on 28 July at 09:00');
});

test('overnight huisartsenpost: open across midnight until 08:00, then closed until 17:00', () => {
  const tuesdayNight = openingState(huisartsenpost, at('2026-06-02T23:30:00+02:00'));
  assert.equal(tuesdayNight.status, 'open');
  assert.equal(iso(tuesdayNight.closesAt), '2026-06-03T06:00:00.000Z');
  assert.equal(tuesdayNight.text, 'Nu open · sluit morgen om 08:00');

  const wednesdayDawn = openingState(huisartsenpost, at('2026-06-03T07:59:00+02:00'));
  assert.equal(wednesdayDawn.status, 'open');
  assert.equal(wednesdayDawn.text, 'Nu open · sluit om 08:00');

  const wednesdayMorning = openingState(huisartsenpost, at('2026-06-03T08:01:00+02:00'));
  assert.equal(wednesdayMorning.status, 'closed');
  assert.equal(iso(wednesdayMorning.opensAt), '2026-06-03T15:00:00.000Z');
  assert.equal(wednesdayMorning.text, 'Gesloten · opent om 17:00');
  assert.equal(openingState(huisartsenpost, at('2026-06-03T08:01:00+02:00'), { lang: 'en' }).text, 'Closed · opens at 17:00');
});

test('the weekend at the huisartsenpost runs as one stretch from Friday 17:00 to Monday 08:00', () => {
  for (const moment of ['2026-06-05T20:00:00+02:00', '2026-06-06T03:00:00+02:00', '2026-06-07T12:00:00+02:00']) {
    const state = openingState(huisartsenpost, at(moment));
    assert.equal(state.status, 'open', moment);
    assert.equal(iso(state.closesAt), '2026-06-08T06:00:00.000Z', moment);
  }
  assert.equal(openingState(huisartsenpost, at('2026-06-06T12:00:00+02:00')).text, 'Nu open · sluit maandag om 08:00');
});

test('a weekend-only all-day schedule, and 00:00–00:00 every day is day and night', () => {
  const weekend = { schedules: [{ byday: 'SA,SU', opens_at: '00:00', closes_at: '00:00' }] };
  const saturday = openingState(weekend, at('2026-06-06T10:00:00+02:00'));
  assert.equal(saturday.status, 'open');
  // Midnight at the end of Sunday is told as 24:00 that day, not "00:00 tomorrow".
  assert.equal(saturday.text, 'Nu open · sluit morgen om 24:00');
  assert.equal(iso(saturday.closesAt), '2026-06-07T22:00:00.000Z');
  assert.equal(openingState(weekend, at('2026-06-08T10:00:00+02:00')).text, 'Gesloten · opent zaterdag om 00:00');

  const always = { schedules: [{ byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '00:00' }] };
  const state = openingState(always, at('2026-06-03T03:00:00+02:00'));
  assert.equal(state.status, 'open');
  assert.equal(state.closesAt, undefined);
  assert.equal(state.text, 'Dag en nacht open');
  assert.equal(openingState(always, at('2026-06-03T03:00:00+02:00'), { lang: 'en' }).text, 'Open 24 hours');
});

test('spring forward (29 March 2026): the hour 02:00–03:00 does not exist', () => {
  const night = { schedules: [{ opens_at: '02:00', closes_at: '03:00' }] };
  // 02:30 on the clock never happens; the instant an hour after 01:30 CET is already 03:30 CEST.
  const state = openingState(night, at('2026-03-29T01:30:00+01:00'));
  assert.equal(state.status, 'closed');
  assert.equal(openingState(night, at('2026-03-29T03:30:00+02:00')).status, 'closed');
  assert.equal(state.text, 'Gesloten · opent morgen om 02:00');
  assert.equal(iso(state.opensAt), '2026-03-30T00:00:00.000Z');

  // A normal day on each side of the change keeps its wall-clock hours.
  assert.equal(iso(openingState(office, at('2026-03-27T12:00:00+01:00')).closesAt), '2026-03-27T16:00:00.000Z');
  assert.equal(iso(openingState(office, at('2026-03-30T12:00:00+02:00')).closesAt), '2026-03-30T15:00:00.000Z');
  assert.equal(iso(openingState(office, at('2026-03-29T12:00:00+02:00')).opensAt), '2026-03-30T07:00:00.000Z');

  // A night shift over the change is an hour shorter but still ends at 08:00 on the clock.
  const overnight = openingState(huisartsenpost, at('2026-03-29T02:30:00+01:00'));
  assert.equal(overnight.status, 'open');
  assert.equal(iso(overnight.closesAt), '2026-03-30T06:00:00.000Z');
});

test('fall back (25 October 2026): the hour 02:00–03:00 happens twice and a span over it lasts two hours', () => {
  const night = { schedules: [{ opens_at: '02:00', closes_at: '03:00' }] };
  const firstPass = openingState(night, at('2026-10-25T02:30:00+02:00'));
  const secondPass = openingState(night, at('2026-10-25T02:30:00+01:00'));
  assert.equal(firstPass.status, 'open');
  assert.equal(secondPass.status, 'open');
  assert.equal(iso(firstPass.closesAt), '2026-10-25T02:00:00.000Z');
  assert.equal(firstPass.text, 'Nu open · sluit om 03:00');
  assert.equal(openingState(night, at('2026-10-25T03:00:00+01:00')).status, 'closed');
  // Before it opens, the first 02:00 (still summer time) is the opening moment.
  assert.equal(iso(openingState(night, at('2026-10-25T01:00:00+02:00')).opensAt), '2026-10-25T00:00:00.000Z');

  // A normal day keeps 09:00–17:00 on the clock in winter time.
  const sunday = { schedules: [{ byday: 'SU', opens_at: '09:00', closes_at: '17:00' }] };
  assert.equal(iso(openingState(sunday, at('2026-10-25T12:00:00+01:00')).closesAt), '2026-10-25T16:00:00.000Z');
  assert.equal(iso(openingState(sunday, at('2026-10-24T12:00:00+02:00')).opensAt), '2026-10-25T08:00:00.000Z');
});

test('a public holiday closes a normally open day', () => {
  const target = {
    ...office,
    schedule_exceptions: [{ date: '2026-12-25', closed: true, description: 'Eerste Kerstdag' }] satisfies ScheduleException[],
  };
  const christmas = openingState(target, at('2026-12-25T11:00:00+01:00'));
  assert.equal(christmas.status, 'closed');
  assert.equal(christmas.exception?.description, 'Eerste Kerstdag');
  assert.equal(christmas.text, 'Gesloten vandaag (Eerste Kerstdag) · opent maandag om 09:00');
  assert.equal(
    openingState(target, at('2026-12-25T11:00:00+01:00'), { lang: 'en' }).text,
    'Closed today (Eerste Kerstdag) · opens Monday at 09:00',
  );
  // The day before, the next opening skips the holiday.
  assert.equal(openingState(target, at('2026-12-24T18:00:00+01:00')).text, 'Gesloten · opent maandag om 09:00');
});

test('an overnight span that starts the evening before a holiday runs until its close', () => {
  const target = {
    ...huisartsenpost,
    schedule_exceptions: [{ date: '2026-04-27', closed: true, description: 'Koningsdag' }],
  };
  const earlyKingsDay = openingState(target, at('2026-04-27T07:00:00+02:00'));
  assert.equal(earlyKingsDay.status, 'open');
  assert.equal(iso(earlyKingsDay.closesAt), '2026-04-27T06:00:00.000Z');
  assert.equal(earlyKingsDay.exception?.description, 'Koningsdag');
  const later = openingState(target, at('2026-04-27T18:00:00+02:00'));
  assert.equal(later.status, 'closed');
  assert.equal(later.text, 'Gesloten vandaag (Koningsdag) · opent morgen om 17:00');
});

test('special hours on an exception replace the weekly hours of that date', () => {
  const target = {
    ...office,
    schedule_exceptions: [{ date: '2026-12-31', closed: false, opens_at: '10:00', closes_at: '14:00', description: 'Oudejaarsdag' }],
  };
  const morning = openingState(target, at('2026-12-31T09:30:00+01:00'));
  assert.equal(morning.status, 'closed');
  assert.equal(morning.text, 'Gesloten · opent om 10:00 (Oudejaarsdag)');
  const noon = openingState(target, at('2026-12-31T13:00:00+01:00'));
  assert.equal(noon.status, 'open');
  assert.equal(noon.text, 'Nu open · sluit om 14:00 (Oudejaarsdag)');
  assert.equal(noon.exception?.opens_at, '10:00');
  assert.equal(openingState(target, at('2026-12-31T15:00:00+01:00')).status, 'closed');
  // Open on a normally closed Saturday.
  const saturday = { ...office, schedule_exceptions: [{ date: '2026-06-06', closed: false, opens_at: '10:00', closes_at: '12:00' }] };
  assert.equal(openingState(saturday, at('2026-06-06T11:00:00+02:00')).text, 'Nu open · sluit om 12:00');
});

test('valid_from and valid_to limit a schedule to its period', () => {
  const target = {
    schedules: [
      { byday: WEEKDAYS, opens_at: '09:00', closes_at: '17:00', valid_to: '2026-06-30' },
      { byday: WEEKDAYS, opens_at: '09:00', closes_at: '12:00', valid_from: '2026-07-01', valid_to: '2026-08-31' },
    ],
  };
  assert.equal(openingState(target, at('2026-06-30T14:00:00+02:00')).status, 'open');
  assert.equal(openingState(target, at('2026-07-01T14:00:00+02:00')).status, 'closed');
  assert.equal(openingState(target, at('2026-07-01T10:00:00+02:00')).text, 'Nu open · sluit om 12:00');
  // After every rule has ended the current hours are not known.
  assert.equal(openingState(target, at('2026-09-10T10:00:00+02:00')).status, 'unknown');
  // A schedule that starts later: closed now, with the first opening.
  const seasonal = { schedules: [{ byday: 'SA', opens_at: '10:00', closes_at: '16:00', valid_from: '2026-09-01' }] };
  assert.equal(openingState(seasonal, at('2026-06-03T12:00:00+02:00')).text, 'Gesloten · opent op 5 september om 10:00');
});

test('without schedules the state is unknown', () => {
  assert.deepEqual(openingState({}, at('2026-06-03T12:00:00+02:00')), { status: 'unknown', text: 'Openingstijden onbekend' });
  assert.equal(openingState({ schedules: [] }, at('2026-06-03T12:00:00+02:00'), { lang: 'en' }).text, 'Opening hours unknown');
  // A description without times ("by appointment") gives a clock nothing to work with.
  assert.equal(openingState({ schedules: [{ description: 'Op afspraak' }] }, new Date()).status, 'unknown');
  // A monthly rule that does not say which Monday is not guessed.
  assert.equal(openingState({ schedules: [{ freq: 'MONTHLY', byday: 'MO', opens_at: '09:00', closes_at: '12:00' }] }, new Date()).status, 'unknown');
  assert.equal(openingState(office, new Date(Number.NaN)).status, 'unknown');
});

test('monthly hours on numbered weekdays: every third Thursday, the last Friday', () => {
  const cafe = { schedules: [{ freq: 'MONTHLY' as const, byday: '3TH,-1FR', opens_at: '14:00', closes_at: '16:00' }] };
  // June 2026: Thursday the 18th is the third, Friday the 26th the last.
  assert.equal(openingState(cafe, at('2026-06-18T15:00:00+02:00')).status, 'open');
  assert.equal(openingState(cafe, at('2026-06-11T15:00:00+02:00')).text, 'Gesloten · opent op 18 juni om 14:00');
  assert.equal(openingState(cafe, at('2026-06-19T15:00:00+02:00')).text, 'Gesloten · opent op 26 juni om 14:00');
  assert.equal(openingState(cafe, at('2026-06-26T15:00:00+02:00')).status, 'open');
  // July: the 31st is the last Friday, after the third Thursday (16th).
  assert.equal(openingState(cafe, at('2026-06-27T12:00:00+02:00')).text, 'Gesloten · opent op 16 juli om 14:00');
});
