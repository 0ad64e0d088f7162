import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Service } from '@wijkwijzer/schemas';
import { crisisLines } from './crisis.js';
import { detectCrisis } from './crisis-signal.js';
import { createSearchIndex } from './search-index.js';
import { AREAS, service } from './fixtures.test.helper.js';

const kinds = (query: string): string[] | undefined => detectCrisis(query)?.kinds;

test('detectCrisis: suicide, in Dutch and English, with diacritics, compounds and a typo', () => {
  for (const query of [
    'ik wil niet meer leven',
    'Ik wil echt niet meer leven',
    'zelfmoord',
    'zelfmoordgedachten',
    'suïcide',
    'suicidaal',
    'ik wil dood',
    'dood willen',
    'ik wil er een eind aan maken',
    'zelfmoort',
    'I want to kill myself',
    "I don't want to live anymore",
    'suicide',
  ]) {
    assert.deepEqual(kinds(query), ['suicide'], query);
  }
});

test('detectCrisis: violence at home, in Dutch and English', () => {
  for (const query of ['hij slaat me', 'mijn vriend slaat mij', 'huiselijk geweld', 'mishandeling', 'kindermishandeling', 'ik ben bang voor mijn partner', 'my husband hits me', 'domestic violence']) {
    assert.deepEqual(kinds(query), ['violence'], query);
  }
});

test('detectCrisis: acute medical words, in Dutch and English', () => {
  for (const query of ['borstpijn', 'pijn op de borst', 'hij is bewusteloos', 'ik kan niet ademen', 'beroerte', 'scheve mond', 'hartaanval', 'chest pain', "I can't breathe", 'she is unconscious', 'stroke']) {
    assert.deepEqual(kinds(query), ['medical'], query);
  }
});

test('detectCrisis: a stroke or heart attack that someone has had is after-care, unless it was just now', () => {
  for (const query of ['mijn man heeft een beroerte gehad en praat moeilijk', 'mijn vader heeft een hartaanval gehad en is nu weer thuis', 'my husband had a stroke and needs help at home']) {
    assert.equal(detectCrisis(query)?.tier, 'informational', query);
  }
  for (const query of ['mijn vader heeft net een beroerte gehad', 'mijn moeder heeft zojuist een hartaanval gehad', 'my husband just had a stroke']) {
    assert.equal(detectCrisis(query)?.tier, 'acute', query);
  }
});

test('detectCrisis: lessons and volunteering as a responder are information', () => {
  for (const query of ['burgerhulpverlener worden bij een hartstilstand', 'lessen over seksueel misbruik en grenzen voor groep 8', 'lesmateriaal over huiselijk geweld']) {
    assert.equal(detectCrisis(query)?.tier, 'informational', query);
  }
});

test('detectCrisis: ordinary queries are not a crisis', () => {
  for (const query of [
    '',
    'schulden',
    'ik ben eenzaam',
    'mijn vader kan niet meer zijn boodschappen doen',
    'de gemeente reageert niet',
    'koffie drinken',
    'hulp bij alcoholmisbruik',
    'huisartsenpost',
    'leven met dementie',
    'beroerd',
  ]) {
    assert.equal(detectCrisis(query), undefined, query);
  }
});

test('detectCrisis: several signals in one query give every line', () => {
  assert.deepEqual(kinds('hij slaat me en ik wil niet meer leven'), ['suicide', 'violence']);
});

const FEED = [
  service('wandel', { name: 'Wandelgroep', description: 'Samen wandelen.', service_areas: [{ area_id: 'gm-houten' }] }),
  service('ggz', { name: 'Praktijkondersteuner GGZ', description: 'Hulp bij somberheid en zelfmoordgedachten.' }),
];
const index = createSearchIndex(FEED, [], { areas: AREAS });

test('crisis: 113 and 112 come first for suicide, whatever the filters exclude', () => {
  const hits = index.search('ik wil niet meer leven', { area: 'gm-houten', cost: 'gratis', routeStep: 'zelf', openNow: true });
  assert.deepEqual(hits.map((h) => h.service.id), ['nl-113-zelfmoordpreventie', 'nl-112']);
  assert.ok(hits.every((h) => h.crisis === true && h.score === 1));
  assert.equal(hits[0]?.service.phones?.[0]?.number, '0800-0113');
});

test('crisis: the help lines come before the feed\'s own hits, and limit does not drop them', () => {
  const hits = index.search('zelfmoordgedachten');
  assert.deepEqual(hits.slice(0, 2).map((h) => h.service.id), ['nl-113-zelfmoordpreventie', 'nl-112']);
  assert.equal(hits[2]?.service.id, 'ggz');
  assert.equal(hits[2]?.crisis, undefined);
  assert.deepEqual(index.search('zelfmoord', { limit: 0 }).map((h) => h.service.id), ['nl-113-zelfmoordpreventie', 'nl-112']);
});

test('crisis: violence shows Veilig Thuis (0800-2000) and 112', () => {
  const hits = index.search('hij slaat me', { area: 'wk-zuilen' });
  assert.deepEqual(hits.map((h) => h.service.id), ['nl-veilig-thuis', 'nl-112']);
  assert.equal(hits[0]?.service.phones?.[0]?.number, '0800-2000');
});

test('crisis: acute medical words show 112 first, then the generic huisartsenpost entry without a number', () => {
  const hits = index.search('borstpijn', { language: 'ar' });
  assert.deepEqual(hits.map((h) => h.service.id), ['nl-112', 'nl-huisartsenpost']);
  assert.equal(hits[1]?.service.phones, undefined, 'no made-up number');
  assert.match(hits[1]?.service.summary_b1 ?? '', /bel eerst uw eigen huisarts of de huisartsenpost in uw regio/);
});

test('crisis: a feed\'s own huisartsenposten replace the generic entry, the local one first', () => {
  const withPosts = createSearchIndex(
    [
      service('hap-stad', { name: 'Huisartsenpost Utrecht Stad', service_areas: [{ area_id: 'gm-utrecht' }] }),
      service('hap-zo', { name: 'Huisartsenpost Zuidoost', service_areas: [{ area_id: 'sub-zuidoost' }] }),
      service('fysio', { name: 'Fysiotherapie' }),
    ],
    [],
    { areas: AREAS },
  );
  const hits = withPosts.search('hij is bewusteloos', { area: 'gm-houten' });
  assert.deepEqual(hits.map((h) => h.service.id), ['nl-112', 'hap-zo']);
  const anywhere = withPosts.search('kan niet ademen');
  assert.deepEqual(anywhere.map((h) => h.service.id), ['nl-112', 'hap-stad', 'hap-zo']);
});

test('crisis: texts follow lang', () => {
  const [line] = index.search('I want to kill myself', { lang: 'en' });
  assert.equal(line?.service.name, '113 Suicide Prevention');
  assert.match(line?.service.summary_b1 ?? '', /Call 0800-0113/);
  const [dutch] = index.search('zelfmoord');
  assert.equal(dutch?.service.name, '113 Zelfmoordpreventie');
});

test('crisis: the shipped help lines are valid Service records in both languages', () => {
  for (const lang of ['nl', 'en'] as const) {
    for (const line of crisisLines(['suicide', 'violence', 'medical'], lang)) {
      const result = Service.safeParse(line);
      assert.ok(result.success, `${line.id} (${lang}): ${JSON.stringify(result.error?.issues)}`);
    }
  }
  assert.deepEqual(
    crisisLines(['suicide', 'violence', 'medical']).map((s) => s.id),
    ['nl-112', 'nl-113-zelfmoordpreventie', 'nl-veilig-thuis', 'nl-huisartsenpost'],
  );
});

test('searchWithHelp: help lines come apart from the ranked hits, and limit counts the hits only', () => {
  const { hits, help } = index.searchWithHelp('zelfmoordgedachten', { limit: 1 });
  assert.deepEqual(hits.map((h) => h.service.id), ['ggz']);
  assert.ok(hits.every((h) => h.crisis === undefined));
  assert.equal(help?.tier, 'acute');
  assert.deepEqual(help?.kinds, ['suicide']);
  assert.deepEqual(help?.lines.map((s) => s.id), ['nl-113-zelfmoordpreventie', 'nl-112']);
  assert.deepEqual(index.searchWithHelp('wandelen'), { hits: index.search('wandelen') });
});

test('searchWithHelp: a crisis topic in an informational query keeps the results first and the lines quiet', () => {
  const course = createSearchIndex([
    service('cursus', { name: 'Reanimatiecursus', description: 'Leer reanimeren met een AED.' }),
    service('hap', { name: 'Huisartsenpost Utrecht' }),
  ]);
  assert.deepEqual(course.search('reanimatiecursus').map((h) => h.service.id), ['cursus']);
  const { hits, help } = course.searchWithHelp('reanimatiecursus');
  assert.equal(hits[0]?.service.id, 'cursus');
  assert.equal(help?.tier, 'informational');
  assert.deepEqual(help?.lines.map((s) => s.id), ['nl-112', 'hap']);
  assert.equal(index.searchWithHelp('zelfmoordpreventie training voor docenten').help?.tier, 'informational');
  assert.equal(index.searchWithHelp('mijn moeder gaat dood en wil thuis blijven').help, undefined);
});

test('crisis: violence with danger now puts 112 before Veilig Thuis', () => {
  assert.deepEqual(index.searchWithHelp('hij slaat me nu').help?.lines.map((s) => s.id), ['nl-112', 'nl-veilig-thuis']);
  assert.deepEqual(index.searchWithHelp('hij slaat de kinderen').help?.lines.map((s) => s.id), ['nl-veilig-thuis', 'nl-112']);
});

test('detectCrisis: a topic denied, a door slammed, blows long past, a kitchen cut are no emergency; the same words now are', () => {
  const tier = (query: string): string | undefined => detectCrisis(query)?.tier;
  // Denied just before: "niet suicidaal", "geen zelfmoordgedachten".
  assert.notEqual(tier('ik voel me soms somber maar niet suicidaal'), 'acute');
  assert.notEqual(tier('ik heb geen zelfmoordgedachten, wel slaapproblemen'), 'acute');
  assert.equal(tier('ik heb zelfmoordgedachten'), 'acute');
  // A door in the verb's clause: slamming, unless another clause hits someone.
  assert.notEqual(tier('mijn zoon slaat met de deuren als hij boos is'), 'acute');
  assert.equal(tier('hij slaat de deur dicht en slaat mij'), 'acute');
  // Blows told in the past tense beside "vroeger": a story to talk about; "gisteren" is now.
  assert.notEqual(tier('mijn vader heeft vroeger mijn moeder geslagen, ik wil daar over praten'), 'acute');
  assert.equal(tier('hij heeft me gisteren weer geslagen'), 'acute');
  // Cut on a knife while cooking is an accident; cut on one's arm is self-harm.
  assert.notEqual(tier('mijn kind heeft zich gesneden aan een mes bij het koken'), 'acute');
  assert.deepEqual(kinds('ik heb mezelf gesneden aan mijn arm'), ['suicide']);
});

test('searchWithHelp: a query about a crisis topic always gets its results, however many of its words no service has', () => {
  const index = createSearchIndex([
    service('party', { name: 'Party Check', description: 'Drugs testen en voorlichting: wat doe je bij een overdosis?' }),
    service('wandel', { name: 'Wandelgroep', description: 'Samen wandelen.' }),
  ]);
  // "workshop", "herkennen" and "feestjes" are in no service: without the crisis topic this reads as unanswerable.
  assert.deepEqual(index.searchWithHelp('workshop overdosis herkennen op feestjes').hits.map((hit) => hit.service.id), ['party']);
  assert.deepEqual(index.searchWithHelp('workshop pottenbakken op feestjes').hits, []);
});

test('detectCrisis stays linear in the query length (it runs on every keystroke)', () => {
  const sentence = 'mijn buurvrouw zoekt een cursus en wil graag wandelen met de hond in het park ';
  const median = (query: string): number => {
    const times: number[] = [];
    for (let run = 0; run < 15; run++) {
      const start = performance.now();
      for (let i = 0; i < 5; i++) detectCrisis(query);
      times.push(performance.now() - start);
    }
    return times.sort((a, b) => a - b)[7] ?? 0;
  };
  median(sentence.repeat(4)); // warm up
  const short = median(sentence.repeat(4));
  const long = median(sentence.repeat(32));
  // Eight times the words: linear is about 8 times the time; quadratic would be about 64.
  assert.ok(long / short < 24, `8× the words took ${(long / short).toFixed(1)}× the time`);
});

test('crisis: each number states its own cost and hours, in the reader\'s language; 113 is not free', () => {
  const phones = (lang: 'nl' | 'en'): Record<string, string> =>
    Object.fromEntries(crisisLines(['suicide', 'violence'], lang).flatMap((line) => (line.phones ?? []).map((p) => [p.number, p.description ?? ''])));
  assert.deepEqual(phones('nl'), {
    '0800-0113': 'Gratis, dag en nacht',
    '113': 'Kort nummer: je gewone beltarief, dag en nacht',
    '112': 'Alarmnummer: gratis, dag en nacht',
    '0800-2000': 'Gratis, dag en nacht',
  });
  assert.deepEqual(phones('en'), {
    '0800-0113': 'Free, day and night',
    '113': 'Short number: your normal call rate, day and night',
    '112': 'Emergency number: free, day and night',
    '0800-2000': 'Free, day and night',
  });
  // The description names the short number's cost beside it, not after "gratis 0800-0113 of".
  assert.match(crisisLines(['suicide'], 'nl')[0]?.description ?? '', /of 113 tegen je gewone beltarief/);
  assert.match(crisisLines(['suicide'], 'en')[0]?.description ?? '', /or 113 at your normal call rate/);
});
