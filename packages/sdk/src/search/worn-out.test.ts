import assert from 'node:assert/strict';
import { test } from 'node:test';
import { queryWords } from './analyze.js';
import { matchConcepts, sharedConcepts } from './concepts.js';
import { createSearchIndex } from './search-index.js';
import { service } from './fixtures.test.helper.js';
import { runToEnd } from '../time-slices.js';
import { readWornOut } from './worn-out.js';

const concepts = runToEnd(sharedConcepts([]));
const readingOf = (query: string): string[] =>
  readWornOut(query, queryWords(query), matchConcepts(queryWords(query), concepts), concepts).matches.map((match) => match.concept.id);

test('worn out beside a relative\'s illness reads as a carer who needs support', () => {
  for (const query of [
    'papa is terminaal en wil thuis sterven, mama kan niet meer',
    'mijn moeder vergeet alles en ik trek het niet meer',
    'my dad has dementia and I\'m exhausted',
    'hersenletsel na ongeluk, hij is snel boos en ik als partner weet het niet meer',
    'mijn man had een beroerte en ik sta er alleen voor',
    'mijn vrouw ligt op sterven en ik kan de nachten niet meer aan',
  ]) {
    const reading = readingOf(query);
    assert.ok(reading.includes('mantelzorg'), `${query}: ${reading.join(', ')}`);
    assert.ok(!reading.includes('stress-burnout'), `${query}: ${reading.join(', ')}`);
  }
});

test('worn out on its own reads as stress, worn out as a parent as parenting', () => {
  assert.deepEqual(readingOf('ik ben kapot'), ['stress-burnout']);
  for (const query of ['twee kinderen met adhd en ik als moeder ben op', 'mijn baby huilt de hele dag en ik ben kapot']) {
    const reading = readingOf(query);
    assert.ok(reading.includes('opvoeden') && !reading.includes('mantelzorg') && !reading.includes('stress-burnout'), `${query}: ${reading.join(', ')}`);
  }
});

test('only the end of a part is a saying: "kan niet meer lopen" asks for something else', () => {
  // With a need in the place of its object, the need is what is asked: "kan het huishouden niet aan".
  for (const query of ['mijn vader kan niet meer lopen', 'ik kan niet meer slapen', 'mijn moeder kan niet meer alleen boodschappen doen', 'ik kan het huishouden niet aan']) {
    const { quiet } = readWornOut(query, queryWords(query), matchConcepts(queryWords(query), concepts), concepts);
    assert.equal(quiet.size, 0, query);
    assert.ok(!readingOf(query).includes('stress-burnout'), query);
  }
});

test('a worn-out carer finds carer support, and "kapot" is no broken appliance', () => {
  const index = createSearchIndex([
    ...['Noord', 'Zuid', 'Oost', 'West', 'Midden', 'Centrum'].map((wijk) =>
      service(`palliatief-${wijk}`, { name: `Terminale thuiszorg ${wijk}`, description: 'Zorg thuis in de laatste levensfase, voor wie terminaal is.' }),
    ),
    service('mantelzorg', { name: 'Steunpunt mantelzorg', description: 'Steun en respijtzorg voor mantelzorgers.' }),
    service('repair', { name: 'Repair Café', description: 'Is uw wasmachine of fiets kapot? Samen repareren we hem.' }),
    service('stress', { name: 'Cursus omgaan met stress', description: 'Leer omgaan met stress en voorkom een burn-out.' }),
  ]);
  const top = index.search('papa is terminaal en wil thuis sterven, mama kan niet meer').slice(0, 5).map((hit) => hit.service.id);
  assert.ok(top.includes('mantelzorg'), top.join(', '));
  assert.ok(top.some((id) => id.startsWith('palliatief-')), top.join(', '));
  const tired = index.search('ik ben kapot').map((hit) => hit.service.id);
  assert.equal(tired[0], 'stress', tired.join(', '));
  assert.ok(!tired.includes('repair'), tired.join(', '));
});
