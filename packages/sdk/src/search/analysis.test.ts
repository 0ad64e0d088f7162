import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indexTerms, phraseStems } from './analyze.js';
import { editDistance, maxEdits } from './edit-distance.js';
import { normalize, words } from './normalize.js';
import { stem } from './stem.js';

test('normalize lowercases and strips diacritics, so financiële and financiele are one word', () => {
  assert.equal(normalize('Financiële'), 'financiele');
  assert.equal(normalize('Cliëntondersteuning'), 'clientondersteuning');
  assert.equal(normalize('suïcide'), 'suicide');
  assert.equal(normalize('Café ÉÉN'), 'cafe een');
  assert.equal(normalize('ĳs'), 'ijs');
});

test('words splits on punctuation, keeps apostrophe words whole and gives hyphenated compounds both ways', () => {
  assert.deepEqual(words('Mantelzorg-ondersteuning, Utrecht!'), ['mantelzorg', 'ondersteuning', 'mantelzorgondersteuning', 'utrecht']);
  assert.deepEqual(words("I can't breathe"), ['i', 'cant', 'breathe']);
  assert.deepEqual(words("auto's - en -taxi"), ['autos', 'en', 'taxi']);
});

test('the stemmer gives singular, plural, diminutive and inflected forms one key', () => {
  const same: [string, string][] = [
    ['schulden', 'schuld'],
    ['kinderen', 'kind'],
    ['maatjes', 'maatje'],
    ['maatje', 'maat'],
    ['problemen', 'probleem'],
    ['financiele', 'financieel'],
    ['eenzame', 'eenzaam'],
    ['boodschappen', 'boodschap'],
    ['gemeenten', 'gemeente'],
    ['huizen', 'huis'],
    ['cursussen', 'cursus'],
    ['buurtteams', 'buurtteam'],
    ['mogelijkheden', 'mogelijkheid'],
    ['vragen', 'vraag'],
    ['ouders', 'ouder'],
    ['ouderen', 'oudere'],
  ];
  for (const [a, b] of same) assert.equal(stem(a), stem(b), `${a} and ${b}`);
});

test('the stemmer gives a practitioner and their field one key, and -ieën plurals their -ie', () => {
  const same: [string, string][] = [
    ['fysiotherapeut', 'fysiotherapie'],
    ['fysiotherapeuten', 'fysiotherapie'],
    ['therapieen', 'therapie'],
    ['psycholoog', 'psychologie'],
    ['psychologen', 'psychologie'],
    ['studieen', 'studie'],
  ];
  for (const [a, b] of same) assert.equal(stem(a), stem(b), `${a} and ${b}`);
  assert.notEqual(stem('logo'), stem('logie'));
});

test('the stemmer keeps apart what residents mean differently, and leaves short words alone', () => {
  // "ouderen" are older people, "ouders" are parents.
  assert.notEqual(stem('ouderen'), stem('ouders'));
  assert.notEqual(stem('jongeren'), stem('jong'));
  for (const word of ['cursus', 'buurthuis', 'mens', 'dementie', 'hulp', 'ben', 'bus']) {
    assert.equal(stem(word), word, word);
  }
});

test('stop words are dropped from indexed text; phrases keep the words that carry meaning', () => {
  assert.deepEqual(indexTerms('Ik ben een mantelzorger'), ['mantelzorger']);
  assert.deepEqual(phraseStems('ik ben eenzaam'), [stem('eenzaam')]);
  assert.deepEqual(phraseStems('geen contacten'), [stem('geen'), stem('contacten')]);
  assert.deepEqual(phraseStems('ik wil niet meer leven'), [stem('niet'), stem('meer'), stem('leven')]);
});

test('edit distance counts a swap of neighbours as one typo and stops early past the limit', () => {
  assert.equal(editDistance('huisartspost', 'huisartsenpost', 2), 2);
  assert.equal(editDistance('mantelzorg', 'mantlezorg', 1), 1);
  assert.equal(editDistance('hulp', 'zorg', 1), 2);
  assert.equal(editDistance('ondersteuning', 'mantelzorgondersteuning', 2, 10), 0);
  assert.equal(maxEdits(4), 0);
  assert.equal(maxEdits(6), 1);
  assert.equal(maxEdits(12), 2);
});
