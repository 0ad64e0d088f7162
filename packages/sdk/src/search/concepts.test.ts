import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createSearchIndex } from './search-index.js';
import type { TaxonomyTerm } from '@wijkwijzer/schemas';
import { needNamesIn } from './need-names.js';
import { suggestNeeds } from './suggest.js';
import { TAXONOMY, service } from './fixtures.test.helper.js';
import type { Thesaurus } from './thesaurus.js';

// Tagged services whose text does not contain the residents' words: only the taxonomy links them.
const TAGGED = [
  service('ontmoeting', { name: 'Buurtkamer De Linde', description: 'Elke ochtend open voor een kop koffie.', needs: ['need-eenzaamheid'], route_step: 'samen' }),
  service('budget', { name: 'Budgetcoach', description: 'Inzicht in inkomsten en uitgaven.', needs: ['need-geldzorgen'], route_step: 'informeel' }),
  service('boodschap', { name: 'Boodschappenservice', description: 'Vrijwilligers halen wat u nodig heeft.', needs: ['need-boodschappen'] }),
  service('poh', { name: 'Praktijkondersteuner GGZ', description: 'Gesprekken bij de huisarts.', needs: ['need-somberheid'], route_step: 'formeel' }),
  service('fysio', { name: 'Fysiotherapie Oost', description: 'Behandeling van klachten aan spieren en gewrichten.', route_step: 'formeel' }),
  service('mz', { name: 'Steunpunt', description: 'Advies.', target_groups: ['tg-mantelzorgers'] }),
];
const index = createSearchIndex(TAGGED, TAXONOMY);
const first = (query: string): string | undefined => index.search(query)[0]?.service.id;

test('synonyms via taxonomy: "ik ben eenzaam" finds services tagged with the need eenzaamheid', () => {
  const [hit] = index.search('ik ben eenzaam');
  assert.equal(hit?.service.id, 'ontmoeting');
  assert.ok(hit?.matched?.includes('Eenzaamheid'), 'the need it was understood as is reported');
  assert.equal(first('ik heb geen contacten'), 'ontmoeting');
});

test('synonyms via taxonomy: geldzorgen, boodschappen and somber find their needs', () => {
  assert.equal(first('geldzorgen'), 'budget');
  assert.equal(first('ik kan geen boodschappen doen'), 'boodschap');
  assert.equal(first('ik voel me somber'), 'poh');
  assert.equal(first('depressief'), 'poh');
});

test('synonyms via taxonomy: target group words find services for that group', () => {
  assert.equal(first('mantelzorger'), 'mz');
});

test('synonyms: a typo in a resident\'s word still recognises the need', () => {
  assert.equal(first('ik ben eensaam'), 'ontmoeting');
});

// An imported HSDS directory: plain descriptions, no needs, no taxonomy.
const PLAIN = [
  service('maatje', { name: 'Maatjesproject Zuilen', description: 'Een vrijwilliger komt wekelijks langs voor een praatje en gezelschap.' }),
  service('schuld', { name: 'Schuldhulpverlening gemeente', description: 'Hulp bij betalingsachterstanden en budgetbeheer.' }),
  service('huishouden', { name: 'Huishoudelijke hulp', description: 'Hulp bij schoonmaken en de was.' }),
  service('ggz', { name: 'Praktijkondersteuner GGZ', description: 'Kortdurende begeleiding bij psychische klachten zoals depressie en angst.' }),
  service('geheugen', { name: 'Odensehuis', description: 'Inloophuis voor mensen met beginnende dementie en hun naasten.' }),
  service('sport', { name: 'Sportclub', description: 'Voetbal en tennis.' }),
  service('ketenzorg', { name: 'Spreekuur praktijkverpleegkundige', description: 'Controles en advies bij diabetes en COPD.' }),
];
const plain = createSearchIndex(PLAIN);
const plainFirst = (query: string): string | undefined => plain.search(query)[0]?.service.id;

test('default thesaurus: a taxonomy-less feed still understands residents\' intents', () => {
  assert.equal(plainFirst('ik ben eenzaam'), 'maatje');
  assert.equal(plainFirst('geldzorgen'), 'schuld');
  assert.equal(plainFirst('kan de huur niet betalen'), 'schuld');
  assert.equal(plainFirst('ik kan het huishouden niet aan'), 'huishouden');
  assert.equal(plainFirst('ik ben zo somber'), 'ggz');
  assert.equal(plainFirst('mijn moeder wordt vergeetachtig'), 'geheugen');
  assert.equal(plainFirst('suikerziekte'), 'ketenzorg');
  assert.equal(plainFirst('ik ben chronisch ziek'), 'ketenzorg');
});

test('default thesaurus: domestic violence is found in the words services use for it ("geslagen", "bedreigd", "coercive control")', () => {
  const index = createSearchIndex(
    [
      service('thuis', { name: 'Is het thuis niet veilig?', description: 'Wordt u thuis geslagen, bedreigd of gecontroleerd door uw partner?' }),
      service('safe', { name: 'Safe at home?', description: 'Support for anyone facing abuse or coercive control at home.' }),
      service('geld', { name: 'Hulp bij geldzaken', description: 'Samen uw geldzaken op orde brengen.' }),
    ],
    [],
  );
  const found = index.searchWithHelp('my husband controls all our money and hits me sometimes').hits.map((h) => h.service.id);
  assert.deepEqual(found.slice(0, 2).sort(), ['safe', 'thuis']);
});

test('default thesaurus: a training that teaches the signs of suicide is found for a suicide-prevention course, a survivors\' group is not', () => {
  const index = createSearchIndex(
    [
      service('praat', { name: 'Training Praat erover', description: 'In 1 avond leer je signalen herkennen dat iemand aan zelfdoding denkt.' }),
      service('nabestaanden', { name: 'Lotgenotengroep', description: 'Voor nabestaanden na zelfdoding van een naaste.' }),
      service('vrijwillig', { name: 'Vrijwilligerswerk zoeken', description: 'Vind vrijwilligerswerk bij jou in de buurt.' }),
    ],
    [],
  );
  const found = index.searchWithHelp('cursus suïcidepreventie voor vrijwilligers').hits.map((h) => h.service.id);
  assert.ok(found.includes('praat'), found.join());
  assert.ok(!found.includes('nabestaanden'), found.join());
});

test('default thesaurus: can be turned off, and then only the text counts', () => {
  const bare = createSearchIndex(PLAIN, [], { thesaurus: false });
  assert.deepEqual(bare.search('ik ben eenzaam'), []);
});

test('a need filter with a thesaurus concept id works on a feed without needs', () => {
  const hits = plain.search('', { need: 'eenzaamheid' });
  assert.deepEqual(hits.map((h) => h.service.id), ['maatje']);
});

test('suggestNeeds: needs in residents\' words while typing', () => {
  assert.equal(suggestNeeds('eenz', TAXONOMY)[0]?.id, 'need-eenzaamheid');
  assert.equal(suggestNeeds('ik ben een', TAXONOMY)[0]?.id, 'need-eenzaamheid');
  assert.equal(suggestNeeds('geen geld', TAXONOMY)[0]?.id, 'need-geldzorgen');
  const [somber] = suggestNeeds('somb', TAXONOMY);
  assert.equal(somber?.name, 'Somberheid');
  assert.equal(suggestNeeds('x', TAXONOMY).length, 0);
  assert.ok(suggestNeeds('zorg', TAXONOMY, 2).length <= 2);
});

test('suggestNeeds: three letters suggest needs with a word starting with them, not words that merely contain them', () => {
  const names = suggestNeeds('man').map((s) => s.name);
  assert.equal(names[0], 'Mantelzorg');
  assert.ok(!names.includes('Eenzaamheid'), `"man" is inside "niemand", not a start: ${names.join(', ')}`);
  assert.ok(suggestNeeds('zorg', undefined, 8).some((s) => s.name === 'Mantelzorg'), 'four letters may match inside a compound');
});

test('suggestNeeds: without a taxonomy the default thesaurus suggests, in the chosen language', () => {
  assert.equal(suggestNeeds('vergeetachtig')[0]?.id, 'geheugen-dementie');
  assert.equal(suggestNeeds('schuld', undefined, 1, { lang: 'en' })[0]?.name, 'Money worries and debts');
});

test("a feed's needs in English: the thesaurus's English name of the need each is, else the Dutch name, marked Dutch", () => {
  const english = needNamesIn(TAXONOMY, 'en');
  assert.deepEqual(english.get('need-eenzaamheid'), { name: 'Loneliness', lang: 'en' });
  assert.deepEqual(needNamesIn(TAXONOMY, 'nl').get('need-eenzaamheid'), { name: 'Eenzaamheid', lang: 'nl' });
  // Two feed needs that are one thesaurus need keep their own names: two tiles never read the same.
  const pair: TaxonomyTerm[] = [
    { id: 'need-geldzorgen', name: 'Geldzorgen', kind: 'need' },
    { id: 'need-schulden', name: 'Schulden', kind: 'need' },
  ];
  const pairNames = needNamesIn(pair, 'en');
  assert.deepEqual([pairNames.get('need-geldzorgen'), pairNames.get('need-schulden')], [
    { name: 'Geldzorgen', lang: 'nl' },
    { name: 'Schulden', lang: 'nl' },
  ]);
  // A need no thesaurus need is the same as keeps its own name.
  const own: TaxonomyTerm[] = [{ id: 'need-kerkcafe', name: 'Kerkcafé', kind: 'need' }];
  assert.deepEqual(needNamesIn(own, 'en').get('need-kerkcafe'), { name: 'Kerkcafé', lang: 'nl' });
  // Suggestions on an English page name feed needs the same way, and say which language a name is in.
  const [lonely] = suggestNeeds('lonely', TAXONOMY, 1, { lang: 'en' });
  assert.deepEqual([lonely?.id, lonely?.name, lonely?.lang], ['need-eenzaamheid', 'Loneliness', 'en']);
  assert.equal(suggestNeeds('eenz', TAXONOMY, 1)[0]?.lang, 'nl');
  // Without a taxonomy the thesaurus's needs are the filters, named in the reader's language.
  assert.deepEqual(needNamesIn([], 'en').get('geheugen-dementie')?.lang, 'en');
  assert.equal(needNamesIn([], 'nl').get('geheugen-dementie')?.name, suggestNeeds('vergeetachtig')[0]?.name);
});

test('suggestNeeds: a thesaurus concept linked to a feed need suggests the feed need', () => {
  // "rondkomen" and "schulden" are thesaurus words; the feed names the need Geldzorgen.
  const ids = suggestNeeds('schulden', TAXONOMY).map((s) => s.id);
  assert.ok(ids.includes('need-geldzorgen'), ids.join());
  assert.ok(!ids.includes('geldzorgen'));
});

test('need suggestions use the concepts the search index built for the same taxonomy, rather than building them again', () => {
  // A thesaurus that counts how often its phrases are read: building concepts reads each once.
  let reads = 0;
  const phrases = ['ik voel me alleen', 'niemand om mee te praten'];
  const counting: Thesaurus = {
    alleen: {
      name: 'Alleen zijn',
      name_en: 'Being alone',
      get phrases() {
        reads += 1;
        return phrases;
      },
      keywords: ['alleen'],
    },
  };
  const taxonomy = [...TAXONOMY];
  createSearchIndex(TAGGED, taxonomy, { thesaurus: counting });
  const built = reads;
  assert.ok(built > 0, 'the index reads the thesaurus');
  const names = suggestNeeds('alleen', taxonomy, 5, { thesaurus: counting }).map((suggestion) => suggestion.name);
  assert.ok(names.includes('Alleen zijn'), names.join(', '));
  assert.equal(reads, built, 'suggestions read nothing more');
});

test('a service that names a need comes before one with only words that go with it', () => {
  const index = createSearchIndex([
    service('inloop', { name: 'Inloop De Haven', description: 'Voor dak- en thuislozen: koffie, een douche en een bed.', route_step: 'samen' }),
    service('bezoek', { name: 'Vriendschappelijk huisbezoek', description: 'Een vrijwilliger tegen eenzaamheid komt elke week langs.', route_step: 'formeel' }),
  ]);
  assert.deepEqual(index.search('ik ben eenzaam').map((hit) => hit.service.id)[0], 'bezoek');
});
