import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createSearchIndex } from './search-index.js';
import { service } from './fixtures.test.helper.js';

const SERVICES = [
  service('hap', { name: 'Huisartsenpost Utrecht', description: 'Spoedzorg in de avond, nacht en het weekend.' }),
  service('mzo', { name: 'Mantelzorgondersteuning Houten', description: 'Advies en respijt voor wie zorgt voor een naaste.' }),
  service('shv', { name: 'Schuldhulpverlening', description: 'Samen een plan maken om van je schulden af te komen.' }),
  service('fin', { name: 'Financiële hulp aan huis', description: 'Een vrijwilliger helpt met je administratie.' }),
  service('kind', { name: 'Speelochtend', description: 'Voor kinderen tot vier jaar en hun ouders.' }),
  service('wandel', { name: 'Wandelgroep', description: 'Elke dinsdag samen wandelen in het park.' }),
  service('taal', { name: 'Taalcafé', description: 'Oefenen met Nederlands praten.' }),
  service('rouw', { name: 'Praatgroep na verlies', description: 'Samen praten over rouw en gemis.' }),
];
const index = createSearchIndex(SERVICES, []);
const ids = (query: string): string[] => index.search(query).map((h) => h.service.id);
const first = (query: string): string | undefined => ids(query)[0];

test('diacritics: financiele finds Financiële and taalcafe finds Taalcafé', () => {
  assert.equal(first('financiele hulp'), 'fin');
  assert.equal(first('taalcafe'), 'taal');
  assert.equal(first('FINANCIËLE'), 'fin');
});

test('typos: one wrong or missing letter in a long word still finds it', () => {
  assert.equal(first('huisartspost'), 'hap');
  assert.equal(first('mantelzorgondersteuninf'), 'mzo');
  assert.equal(first('mantelzorgonderstuening'), 'mzo');
  assert.equal(first('schuldhulpverleneng'), 'shv');
});

test('typos: short words must match exactly, or "hulp" would find "hup"', () => {
  const hup = createSearchIndex([service('a', { name: 'Hup Holland' })]);
  assert.deepEqual(hup.search('hulp'), []);
});

test('compounds: the last part of a compound finds it', () => {
  assert.equal(first('ondersteuning'), 'mzo');
  assert.equal(first('post'), 'hap');
});

test('compounds: the first part finds it, and a compound query finds its parts', () => {
  assert.equal(first('schuld'), 'shv');
  assert.equal(first('mantelzorg'), 'mzo');
  // No service says "rouwverwerking"; one speaks of rouw.
  assert.equal(first('rouwverwerking'), 'rouw');
});

test('compounds: a word is no end of a compound that reads as other words', () => {
  const visits = createSearchIndex([
    service('thuis', { name: 'Huisbezoek door een vrijwilliger', description: 'Een praatje bij u thuis.' }),
    service('taxi', { name: 'Taxi voor ziekenhuisbezoek', description: 'Vervoer naar uw afspraak.' }),
    service('poli', { name: 'Ziekenhuis De Linde', description: 'Bezoek op afspraak.' }),
  ]);
  // "ziekenhuisbezoek" is ziekenhuis|bezoek, not zieken|huisbezoek.
  assert.deepEqual(visits.search('huisbezoek').map((h) => h.service.id), ['thuis']);
  assert.ok(visits.search('bezoek').some((h) => h.service.id === 'taxi'), 'the true last part still finds it');
});

test('compounds: "slecht" is a judgement in a story, not the start of slechtziend', () => {
  const senses = createSearchIndex([
    service('zien', { name: 'Slechtziend of blind', description: 'Advies over hulpmiddelen als je ogen achteruitgaan.' }),
    service('leerplicht', { name: 'Leerplicht', description: 'Hulp als een kind niet of weinig naar school gaat.' }),
  ]);
  assert.deepEqual(senses.search('school gaat slecht').map((h) => h.service.id), ['leerplicht']);
  assert.equal(senses.search('ik zie slecht')[0]?.service.id, 'zien');
});

test('compounds: very short fragments do not match inside words', () => {
  assert.deepEqual(ids('ing'), []);
  assert.deepEqual(ids('st'), []);
  assert.deepEqual(ids('pos'), [], 'three letters only match the start of a word');
});

test('while typing, an unfinished last word already finds the words it starts', () => {
  assert.equal(first('man'), 'mzo');
  assert.deepEqual(ids('wa'), ['wandel']);
  assert.deepEqual(ids('man '), [], 'a space says the word is complete: "man" itself is in no service');
  assert.ok(!ids('man hulp').includes('mzo'), 'only the last word counts as unfinished');
});

test('inflections: schulden and schuld, kinderen and kind find the same services', () => {
  assert.equal(first('schulden'), 'shv');
  assert.ok(ids('schuld').includes('shv'));
  assert.equal(first('kind'), 'kind');
  assert.equal(first('kinderen'), 'kind');
});

test('stop words: "ik ben een" adds nothing, and a query of only stop words or punctuation asks nothing, so finds nothing', () => {
  assert.deepEqual(ids('ik zoek een wandelgroep'), ids('wandelgroep'));
  assert.deepEqual(ids('ik ben een'), []);
  assert.deepEqual(ids('de het'), []);
  // The time of day is no topic, though "laat je helpen" is in many descriptions.
  const late = createSearchIndex([service('laat', { name: 'Wijkverpleging', description: 'Laat je helpen bij het wassen.' })]);
  assert.deepEqual(late.search('hoe laat is het'), []);
  // Nor is the day: "weerbericht morgen" asks for the weather, though "weer" and "morgen" are in descriptions.
  const again = createSearchIndex([service('werk', { name: 'Werkcoach', description: 'Morgen weer aan het werk? Wij helpen.' })]);
  assert.deepEqual(again.search('weerbericht morgen'), []);
  // "weer" before a day is the weather: with the town's name, which every address has, it still asks for nothing here.
  const town = createSearchIndex([service('werk', { name: 'Werkcoach Zandhoeve', description: 'Morgen weer aan het werk? Wij helpen in Zandhoeve.' })]);
  assert.deepEqual(town.search('weer morgen zandhoeve'), []);
  assert.deepEqual(town.search('ik wil weer aan het werk')[0]?.service.id, 'werk');
  assert.equal(ids('').length, SERVICES.length, 'an empty query lists everything');
  assert.equal(ids('   ').length, SERVICES.length);
  // Punctuation is typed, not empty: a resident who types "?" is asking, and is not shown the whole list.
  assert.deepEqual(ids('?'), []);
  assert.deepEqual(ids('...'), []);
});

test('no answer: a query with a word nothing matches finds nothing unless its best hit covers most of it', () => {
  // "kopen" and "utrecht" match, but "iphone" and "treintijden" match nothing.
  const shop = createSearchIndex([...SERVICES, service('kring', { name: 'Kringloopwinkel', description: 'Tweedehands spullen kopen en brengen.' })]);
  const found = (query: string): string[] => shop.search(query).map((h) => h.service.id);
  assert.deepEqual(found('iphone kopen'), []);
  assert.deepEqual(found('treintijden utrecht'), []);
  // Every word known: an answer, however weak.
  assert.deepEqual(found('spullen kopen'), ['kring']);
  // Unless three or more known words each sit in another service: they meet only by chance.
  const scattered = createSearchIndex([
    service('vervoer', { name: 'Leerlingenvervoer', description: 'Een fiets of de bus naar school.' }),
    service('taal', { name: 'Taallessen', description: 'Ook met tweedehands boeken.' }),
    service('bijstand', { name: 'Bijzondere bijstand', description: 'Geld om een wasmachine te kopen.' }),
  ]);
  assert.deepEqual(scattered.search('tweedehands fiets kopen'), []);
  assert.equal(scattered.search('fiets kopen').length > 0, true);
  // A need the words are understood as carries a query with an unknown word.
  assert.equal(found('schulden qwxyzk')[0], 'shv');
});

test('no answer: the frame of a question ("how", "who", "about", "soms") and the people in it are no unknown words', () => {
  const index = createSearchIndex([
    service('gatekeeper', { name: 'Gatekeepertraining', description: 'Training suïcidepreventie: signalen herkennen en doorverwijzen.' }),
    service('agressie', { name: 'Training Grip op agressie', description: 'Groepstraining voor wie agressief wordt thuis.' }),
    service('wandel', { name: 'Wandelgroep', description: 'Samen wandelen.' }),
  ]);
  assert.equal(index.search('how do I find a training about suicide for my friend')[0]?.service.id, 'gatekeeper');
  assert.equal(index.search('ik word soms agressief tegen mijn partner en zoek een training')[0]?.service.id, 'agressie');
});

test('"eens" is how often, not a word to search: a talk with a dominee finds the pastoral talk', () => {
  const index = createSearchIndex([
    service('pastor', { name: 'Pastoraal gesprek', description: 'Een gesprek met een pastor van uw kerk.' }),
    service('huur', { name: 'Huurachterstand: praat op tijd met ons', description: 'Eens per week een spreekuur.' }),
    service('cafe', { name: 'Alzheimer Café', description: 'Eens per maand samen praten.' }),
  ]);
  assert.equal(index.search('ik wil graag eens met een dominee praten')[0]?.service.id, 'pastor');
});

test('no answer: a need the directory has no help for is understood, not unknown, and the rest of the query is still answered', () => {
  // No service here offers meals: the walking group is still the answer to the walking group.
  assert.deepEqual(ids('mijn moeder kookt niet meer, is er een wandelgroep'), ['wandel']);
  assert.deepEqual(ids('mijn moeder kookt niet meer'), []);
});

test('within a broad need the resident\'s own word picks the help: "blowt" among gambling and smoking', () => {
  const addiction = createSearchIndex([
    service('gok', { name: 'Verslavingszorg', description: 'Hulp bij gokken.' }),
    service('rook', { name: 'Rookvrij', description: 'Stoppen met roken: hulp bij verslaving.' }),
    service('wiet', { name: 'Spreekuur', description: 'Hulp bij verslaving, als je te veel blowt.' }),
  ]);
  assert.equal(addiction.search('hij blowt de hele dag')[0]?.service.id, 'wiet');
});

test('"de hele nacht" says how long, not which help: no night shelter or out-of-hours GP for a gaming son', () => {
  const night = createSearchIndex([
    service('opvang', { name: 'Nachtopvang', description: 'Een bed voor de nacht.' }),
    service('hap', { name: 'Huisartsenpost', description: 'De huisarts in de avond, de nacht en het weekend.' }),
    service('gamen', { name: 'Gamen de baas', description: 'Hulp als je kind te veel gamet.' }),
  ]);
  assert.deepEqual(night.search('mijn zoon gamet de hele nacht').map((h) => h.service.id), ['gamen']);
  assert.equal(night.search('nachtopvang')[0]?.service.id, 'opvang');
});

test('falling: an alarm is help for someone who keeps falling, and "valt onder de Wmo" is no fall', () => {
  const falls = createSearchIndex([
    service('alarm', { name: 'Personenalarmering', description: 'Een alarmknop om uw hals, voor als u bent gevallen.' }),
    service('huishouden', { name: 'Hulp bij het huishouden', description: 'Deze hulp valt onder de Wmo en houdt uw huis in balans.' }),
  ]);
  assert.deepEqual(falls.search('mijn vader valt steeds').map((h) => h.service.id), ['alarm', 'huishouden']);
});

test('no answer: who needs help ("mijn vader") is no unknown word that makes a question unanswerable', () => {
  const care = createSearchIndex([...SERVICES, service('vph', { name: 'Verpleeghuiszorg', description: 'Wonen met zorg dag en nacht.' })]);
  assert.equal(care.search('mijn vader moet naar het verpleeghuis')[0]?.service.id, 'vph');
  assert.equal(care.search('mijn moeder en ik zoeken een verpleeghuis')[0]?.service.id, 'vph');
});

test('hits say which query words matched', () => {
  const [hit] = index.search('schulden');
  assert.ok(hit?.matched?.includes('schulden'));
  assert.ok(hit && hit.score > 0 && hit.score <= 1);
});

test('inactive and defunct services are not found', () => {
  const closed = createSearchIndex([
    service('old', { name: 'Schuldhulp oud', status: 'defunct' }),
    service('paused', { name: 'Schuldhulp pauze', status: 'inactive' }),
    service('now', { name: 'Schuldhulp nu' }),
  ]);
  assert.deepEqual(closed.search('schuldhulp').map((h) => h.service.id), ['now']);
  assert.equal(closed.size, 1);
});

test('organisations: a service is found by its provider, from the card or from the organisations', () => {
  const services = [
    service('bewind', { name: 'Beschermingsbewind', organization_id: 'org-bv', description: 'Wij beheren je inkomsten en betalen je vaste lasten.' }),
    service('carded', { name: 'Wijkverpleging Noord', organization_name: 'Careyn' }),
    service('other', { name: 'Buurthuis', description: 'Koffie en ontmoeting.' }),
  ];
  const index = createSearchIndex(services, [], { organizations: [{ id: 'org-bv', name: 'Bewindvoering Midden-Nederland' }] });
  assert.equal(index.search('bewindvoering midden nederland')[0]?.service.id, 'bewind');
  assert.deepEqual(index.search('careyn').map((h) => h.service.id), ['carded']);
  // The service's own name still outranks its provider's.
  const named = createSearchIndex([...services, service('careyn-self', { name: 'Careyn Thuiszorg' })]);
  assert.equal(named.search('careyn')[0]?.service.id, 'careyn-self');
});

test('a practitioner finds their field and back: fysiotherapeut, fysiotherapie, fysio', () => {
  const practices = [
    service('p1', { name: 'Fysiotherapie De Linde' }),
    service('p2', { name: 'Praktijk voor fysiotherapie Oost' }),
    service('p3', { name: 'Fysio Centrum', description: 'Oefentherapie en fysiotherapie.' }),
    service('p4', { name: 'Bekkenfysiotherapie Zuid' }),
    service('p5', { name: 'Fysiotherapeuten aan de Gracht' }),
    service('p6', { name: 'Manuele therapie Noord', description: 'Onze fysiotherapeut helpt bij rugklachten.' }),
  ];
  const index = createSearchIndex([...SERVICES, ...practices]);
  for (const query of ['fysiotherapeut', 'fysiotherapie', 'fysio', 'physiotherapist']) {
    const found = index.search(query).map((h) => h.service.id);
    assert.deepEqual([...found].sort(), ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'], query);
  }
});

test('pgb: with no service that names it, the places that grant one or help to ask for it are found', () => {
  const index = createSearchIndex([
    service('loket', { name: 'Wmo-loket Zeist', description: 'Vraag hier ondersteuning thuis aan bij de gemeente.' }),
    service('oco', { name: 'Cliëntondersteuning', description: 'Een onafhankelijke cliëntondersteuner denkt met je mee.' }),
    service('wandel', { name: 'Wandelgroep', description: 'Samen wandelen.' }),
  ]);
  const ids = index.search('persoonsgebonden budget').map((hit) => hit.service.id);
  assert.deepEqual(ids.sort(), ['loket', 'oco']);
});
