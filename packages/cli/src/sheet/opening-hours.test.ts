import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { looksLikeHours, readOpeningHours } from './opening-hours.js';

/** byday opens-closes of each schedule, or the part that could not be read. */
function read(cell: string): string[] | string {
  const result = readOpeningHours(cell);
  return result.ok ? result.schedules.map((schedule) => `${schedule.byday} ${schedule.opens_at}-${schedule.closes_at}`) : `unread: ${result.part}`;
}

describe('opening hours as a spreadsheet cell writes them', () => {
  test('the forms the template names', () => {
    assert.deepEqual(read('ma-vr 9:00-17:00'), ['MO,TU,WE,TH,FR 09:00-17:00']);
    assert.deepEqual(read('ma, wo 9-12'), ['MO,WE 09:00-12:00']);
    assert.deepEqual(read('di 13:00-16:30; do 9:00-12:00'), ['TU 13:00-16:30', 'TH 09:00-12:00']);
    assert.deepEqual(read('dag en nacht'), ['MO,TU,WE,TH,FR,SA,SU 00:00-24:00']);
  });

  test('other ways of writing the same', () => {
    assert.deepEqual(read('Ma t/m do 9-12 en 13-17 uur'), ['MO,TU,WE,TH 09:00-12:00', 'MO,TU,WE,TH 13:00-17:00']);
    assert.deepEqual(read('maandag en vrijdag van 9.30 tot 12'), ['MO,FR 09:30-12:00']);
    assert.deepEqual(read('za-ma: 10:00-14:00'), ['MO,SA,SU 10:00-14:00']);
    assert.deepEqual(read('dagelijks 17:00-08:00\nzo 10-12'), ['MO,TU,WE,TH,FR,SA,SU 17:00-08:00', 'SU 10:00-12:00']);
  });

  test('what cannot be read is named, never guessed', () => {
    assert.equal(read('ma-vr 9:00-17:00; elke maandag 25:00-26:00'), 'unread: elke maandag 25:00-26:00');
    assert.equal(read('9-17'), 'unread: 9-17');
    assert.equal(read('ma-vr 9:00'), 'unread: ma-vr 9:00');
  });

  test('words without days or times are no hours at all', () => {
    assert.equal(looksLikeHours('op afspraak'), false);
    assert.equal(looksLikeHours('ma-vr, op afspraak'), true);
  });
});
