import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingRow, translateMessage, unusableText } from './findings.js';

test('translates the validator messages, keeping unknown ones as they are', () => {
  assert.equal(translateMessage('expected one of "zelf", "samen"', 'nl'), 'verwacht een van "zelf", "samen"');
  assert.equal(translateMessage('expected string', 'nl'), 'verwacht tekst');
  assert.equal(translateMessage('a link starts with http:// or https://', 'nl'), 'een link begint met http:// of https://');
  assert.equal(translateMessage('must be at least 0', 'nl'), 'moet minstens 0 zijn');
  assert.equal(translateMessage('something new', 'nl'), 'something new');
  assert.equal(translateMessage('expected string', 'en'), 'expected string');
});

test('a skipped record: dataset, record, field path and reason', () => {
  const row = findingRow({ kind: 'invalid-record', dataset: 'services', index: 0, id: 'buurtteam', path: 'route_step', message: 'expected one of "zelf"' }, 'nl');
  assert.deepEqual(row, {
    dataset: 'diensten',
    record: 'buurtteam (nr. 1 in het bestand)',
    field: 'route_step',
    reason: 'verwacht een van "zelf" — dit record wordt overgeslagen',
  });
  assert.equal(findingRow({ kind: 'count-mismatch', dataset: 'areas', expected: 3, actual: 2 }, 'en').reason, 'index.json says 3, the file has 2');
  // A partition file is checked against the hash in its name (contract 1.1).
  assert.equal(
    findingRow({ kind: 'hash-mismatch', dataset: 'services', file: 'services/gm-a.0a1b2c3d.json', expected: '0a1b2c3d', actual: '9f8e7d6c' }, 'nl').reason,
    'de bestandsnaam noemt 0a1b2c3d, maar het bestand heeft 9f8e7d6c: is het bestand na het bouwen nog veranderd?',
  );
  assert.match(findingRow({ kind: 'hash-mismatch', dataset: 'services', expected: `sha256-${'A'.repeat(43)}=`, actual: 'x' }, 'en').reason, /^index\.json says sha256-/);
});

test('problems that make a feed unusable say what to do, with the detail for the technician', () => {
  const text = unusableText({ code: 'manifest-missing', message: 'no manifest at https://x.nl/index.json' }, 'nl');
  assert.match(text.summary, /geen index\.json/);
  assert.equal(text.detail, 'no manifest at https://x.nl/index.json');
});
