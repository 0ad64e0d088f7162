import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Service, TaxonomyTerm } from '@wijkwijzer/schemas';
import { indexTerms, phraseStems, queryWords } from './analyze.js';
import { matchConcepts, sharedConcepts } from './concepts.js';
import { runToEnd } from '../time-slices.js';
import { DEFAULT_THESAURUS } from './thesaurus.js';
import { TAXONOMY, at, service } from './fixtures.test.helper.js';

/** Words so common in service text or queries that a phrase of only these would match almost anything. */
const TOO_GENERIC = new Set(['zorg', 'hulp', 'help', 'doen', 'gen', 'niet', 'meer', 'alleen', 'zelf', 'veel', 'gan', 'kom', 'drink', 'elkar']);

test('thesaurus: ids are slugs and every concept has a name in both languages, phrases and keywords', () => {
  for (const [id, concept] of Object.entries(DEFAULT_THESAURUS)) {
    assert.match(id, /^[a-z][a-z-]*$/);
    assert.ok(concept.name && concept.name_en, id);
    assert.ok(concept.phrases.length >= 3 && concept.keywords.length >= 3, id);
  }
});

test('thesaurus: no phrase, keyword or related word stands twice in the same list', () => {
  // A copy changes nothing when it is added and misleads whoever removes one of the two.
  const twice: string[] = [];
  for (const [id, concept] of Object.entries(DEFAULT_THESAURUS)) {
    for (const [list, entries] of Object.entries({ phrases: concept.phrases, keywords: concept.keywords, related: concept.related ?? [] })) {
      const seen = new Set<string>();
      for (const entry of entries) {
        if (seen.has(entry)) twice.push(`${id} ${list}: "${entry}"`);
        seen.add(entry);
      }
    }
  }
  assert.deepEqual(twice, []);
});

test('thesaurus: no phrase shrinks to only generic words once stop words go', () => {
  for (const [id, concept] of Object.entries(DEFAULT_THESAURUS)) {
    for (const phrase of concept.phrases) {
      const stems = phraseStems(phrase);
      assert.ok(stems.length > 0, `${id}: "${phrase}" is all stop words`);
      assert.ok(stems.some((s) => !TOO_GENERIC.has(s)), `${id}: "${phrase}" → ${stems.join(' ')}`);
    }
    for (const keyword of concept.keywords) {
      assert.ok(indexTerms(keyword).some((s) => !TOO_GENERIC.has(s)), `${id}: keyword "${keyword}"`);
    }
  }
});

test('thesaurus: a phrase of several words keeps two once stop words go, or is written as the one word it matches', () => {
  // "kindje willen" shrank to "kind": every query about a child then read as a wish for one.
  for (const [id, concept] of Object.entries(DEFAULT_THESAURUS)) {
    const oneWord = new Set(concept.phrases.filter((phrase) => !phrase.trim().includes(' ')).map((phrase) => phraseStems(phrase).join(' ')));
    for (const phrase of concept.phrases) {
      const stems = phraseStems(phrase);
      if (phrase.trim().includes(' ') && stems.length === 1) assert.ok(oneWord.has(stems[0] ?? ''), `${id}: "${phrase}" matches "${stems[0]}" alone`);
    }
  }
});

test('thesaurus concepts link to feed needs of the same name or with a shared name word and several shared words, not to needs that share one synonym', () => {
  const feed: TaxonomyTerm[] = [
    { id: 'need-werk', name: 'Werk', kind: 'need', synonyms: ['baan', 'dagbesteding'] },
    { id: 'need-ontmoeting', name: 'Ontmoeten', kind: 'need', synonyms: ['dagbesteding', 'koffie'] },
    { id: 'need-dementie', name: 'Dementie en geheugen', kind: 'need' },
    { id: 'need-acute-zorg', name: 'Spoed en acute zorg', kind: 'need', synonyms: ['spoed', 'dringend', 'huisartsenpost'] },
    { id: 'need-schulden', name: 'Schulden', kind: 'need', synonyms: ['spoed'] },
  ];
  const concepts = runToEnd(sharedConcepts(feed, DEFAULT_THESAURUS));
  const linked = (id: string) => concepts.find((c) => c.id === id)?.tagIds;
  assert.deepEqual(linked('werk'), ['need-werk']);
  assert.deepEqual(linked('dagbesteding'), []);
  assert.deepEqual(linked('geheugen-dementie'), ['need-dementie']);
  assert.deepEqual(linked('eenzaamheid'), []);
  // Names sharing "spoed" and residents' words sharing three phrases: the same need.
  assert.deepEqual(linked('spoedzorg'), ['need-acute-zorg']);
});

test('thesaurus coverage: abbreviations, English and everyday Dutch are understood as the need they mean', () => {
  const concepts = runToEnd(sharedConcepts([], DEFAULT_THESAURUS));
  const understood = (query: string): string[] => matchConcepts(queryWords(query), concepts).map((match) => match.concept.id);
  const cases: [string, string][] = [
    ['hap', 'spoedzorg'],
    ['jgz', 'jeugdgezondheid'],
    ['consultatiebureau', 'jeugdgezondheid'],
    ['ggz', 'somberheid'],
    ['poh', 'huisarts'],
    ['wmo', 'clientondersteuning'],
    ['pgb', 'pgb'],
    ['persoonsgebonden budget', 'pgb'],
    ['aow', 'inkomen'],
    ['uitkering aanvragen', 'inkomen'],
    ['family doctor', 'huisarts'],
    ['quit smoking', 'verslaving'],
    ['dentist emergency', 'mondzorg'],
    ['ik heb kiespijn', 'mondzorg'],
    ['ik kan niet slapen', 'slaap'],
    ['ik ben mijn baan kwijt', 'werk'],
    ['werkloos', 'werk'],
    ['computerles', 'digitale-vaardigheden'],
    ['burenruzie', 'buren'],
    ['ruzie met de buren', 'buren'],
    ['echtscheiding', 'relatie-gezin'],
    ['fysiotherapeut', 'fysiotherapie'],
    ['fysio', 'fysiotherapie'],
    ['bewindvoering', 'geldzorgen'],
    ['belastingaangifte', 'administratie'],
    ['amw', 'maatschappelijk-werk'],
    ['algemeen maatschappelijk werk', 'maatschappelijk-werk'],
    ['social worker', 'maatschappelijk-werk'],
    ['cjg', 'opvoeden'],
    ['centrum voor jeugd en gezin', 'opvoeden'],
    ['mijn dochter spijbelt', 'school'],
    ['bggz', 'somberheid'],
    ['sggz', 'somberheid'],
    ['epa', 'ernstige-psychische-aandoening'],
    ['oco', 'clientondersteuning'],
    ['shm', 'geldzorgen'],
    ['schuldhulpmaatje', 'geldzorgen'],
    ['personenalarmering', 'hulpmiddelen'],
    ['alarmknop voor mijn moeder', 'hulpmiddelen'],
    ['mijn zoon drinkt te veel', 'verslaving'],
    ['learning dutch', 'taal'],
    ['lvb', 'verstandelijke-beperking'],
    ['licht verstandelijke beperking', 'verstandelijke-beperking'],
    ['elv', 'tijdelijk-verblijf'],
    ['logeerhuis', 'tijdelijk-verblijf'],
    ['nah', 'hersenletsel'],
    ['uwv', 'inkomen'],
    ['kinderbijslag', 'inkomen'],
    ['jggz', 'somberheid'],
    ['smw', 'maatschappelijk-werk'],
    ['kredietbank', 'geldzorgen'],
    ['wsnp', 'geldzorgen'],
    ['jeugdteam', 'opvoeden'],
    // The voedselbank takes people in on a referral from money help: both needs.
    ['voedselbank', 'voedsel'],
    ['voedselbank', 'geldzorgen'],
    ['food bank', 'geldzorgen'],
    ['mijn vader valt vaak', 'valpreventie'],
    ['net gescheiden', 'relatie-gezin'],
    ['we gaan uit elkaar', 'relatie-gezin'],
    ['marriage counselling', 'relatie-gezin'],
    ['my husband died', 'rouw'],
    ['rugpijn', 'fysiotherapie'],
    ['mijn huisbaas doet niks aan de schimmel', 'wonen'],
    ['mijn dochter wordt gepest', 'pesten'],
    ['ik drink elke avond een fles wijn', 'verslaving'],
    ['iets voor anderen doen in mijn vrije tijd', 'dagbesteding'],
    ['pharmacy open at night', 'medicijnen'],
    ['dienstapotheek', 'medicijnen'],
    ['hospice voor mijn moeder', 'palliatieve-zorg'],
    ['terminaal ziek', 'palliatieve-zorg'],
    ['ik snap mijn post niet', 'administratie'],
    ['de bovenburen maken herrie', 'buren'],
    ['mijn zoon zit de hele nacht te gamen', 'gamen'],
    ['mijn vader kan zichzelf niet meer wassen', 'zorg-thuis'],
    ['ik heb geen slaapplek vannacht', 'wonen'],
    ["i can't sleep", 'slaap'],
    ['ik zorg elke dag voor mijn zieke man', 'mantelzorg'],
    ['childcare', 'kinderopvang'],
    ['bso', 'kinderopvang'],
    ['speech therapist', 'logopedie'],
    ['hulp bij ass', 'autisme'],
    ['ehbo cursus', 'ehbo-cursus'],
    // Found by the Zuiderzand directory: jargon, English and everyday words that met no need.
    ['dementerend', 'geheugen-dementie'],
    ['shv', 'geldzorgen'],
    ['huurachterstand', 'geldzorgen'],
    ['gokschulden', 'geldzorgen'],
    ['gokschulden', 'verslaving'],
    ['gli', 'gezond-gewicht'],
    ['leefstijlcoach', 'gezond-gewicht'],
    ['anw-zorg huisarts', 'spoedzorg'],
    ['anw uitkering', 'inkomen'],
    ['respijtzorg', 'tijdelijk-verblijf'],
    ['mee consulent', 'clientondersteuning'],
    ['eigen bijdrage cak', 'clientondersteuning'],
    ['wie gaat er mee naar het gesprek bij de gemeente', 'clientondersteuning'],
    ['vve', 'kinderopvang'],
    ['ik kan mijn huis niet meer schoonhouden', 'praktische-hulp'],
    ['meals on wheels', 'maaltijden'],
    ['ik heb nergens zin in en voel me leeg', 'somberheid'],
    ['I drink too much', 'verslaving'],
    ['free clothes', 'kleding'],
    ['kledingbank', 'kleding'],
    ['disabled parking permit', 'vervoer'],
    ['gehandicaptenparkeerkaart', 'vervoer'],
    ['free legal advice', 'juridisch'],
    ['sociaal raadslieden', 'juridisch'],
    ['help for refugees with residence permit', 'nieuwkomers'],
    ['new expat, how do I get a BSN', 'nieuwkomers'],
    ['statushouder', 'nieuwkomers'],
    ['lgbt meetup', 'lhbti'],
    ['ik ben lesbisch', 'lhbti'],
    ['op mijn werk word ik uitgescholden om mijn hoofddoek', 'discriminatie'],
    ['racism', 'discriminatie'],
    ['mijn dochter wil niet meer naar school', 'school'],
    ['leerplichtambtenaar', 'school'],
    ["vsv'er zonder startkwalificatie", 'school'],
    ['psychose', 'ernstige-psychische-aandoening'],
    ['beschermd wonen', 'ernstige-psychische-aandoening'],
    ['ik drink teveel en heb schulden', 'verslaving'],
    ['cursus suïcidepreventie voor vrijwilligers', 'suicidepreventie-training'],
    ['gatekeepertraining', 'suicidepreventie-training'],
    ['ik zorg voor mijn zoon met autisme en kan niet meer', 'mantelzorg'],
    ['my wife is terminally ill', 'palliatieve-zorg'],
    ['mijn zoon heeft adhd', 'somberheid'],
    ['ik ben een alleenstaande moeder', 'opvoeden'],
    ['support for victims of domestic abuse', 'huiselijk-geweld'],
    ['hulp na mishandeling door mijn ex', 'huiselijk-geweld'],
    ['vrouwenopvang', 'huiselijk-geweld'],
    ["can't pay my rent this month", 'geldzorgen'],
    ['support group for people who lost a loved one', 'rouw'],
    ['stressed about exams', 'stress-burnout'],
    // Found by the Bremvoorde directory: residents' words for food, language, a baby on the way,
    // tantrums, club fees, an incurable illness, gambling, stairs, coming out, exhaustion, a partner
    // turning violent, and ggz jargon.
    ['we hebben niks te eten in huis', 'voedsel'],
    ['mijn moeder eet niet goed meer', 'maaltijden'],
    ['ik wil beter nederlands spreken', 'taal'],
    ['we krijgen een baby', 'zwangerschap'],
    ['mijn peuter heeft driftbuien', 'opvoeden'],
    ['de contributie van de sportclub is te hoog', 'inkomen'],
    ['mijn vader is ongeneeslijk ziek', 'palliatieve-zorg'],
    ['mijn broer gokt', 'verslaving'],
    ['ik kom de trap niet meer op', 'woningaanpassing'],
    ['ik val op jongens', 'lhbti'],
    ['overbelast door werk en gezin', 'stress-burnout'],
    ['mijn man wordt steeds agressiever', 'huiselijk-geweld'],
    ['bw plek', 'ernstige-psychische-aandoening'],
    ['wrap herstelgroep', 'ernstige-psychische-aandoening'],
    // Found by Bremvoorde's multi-need misses: a second need told as a thing or an event.
    ['de kinderen hebben geen winterjas', 'kleding'],
    ['mijn ouders hebben me eruit gezet', 'wonen'],
    ['ik slaap nu bij vrienden', 'wonen'],
    // Found by the Vlietmonde directory: money taken over, memory getting worse, a new phone, someone
    // to mind a partner, peers who have been ill too.
    ['iemand die mijn geldzaken overneemt', 'geldzorgen'],
    ['mijn vader wordt steeds vergeetachtiger', 'geheugen-dementie'],
    ['ik snap niks van mijn nieuwe telefoon', 'digitale-vaardigheden'],
    ['iemand die op mijn man past zodat ik even weg kan', 'mantelzorg'],
    ['praten met iemand die ook psychisch ziek is geweest', 'ernstige-psychische-aandoening'],
    // Senses and crime, which had no concept (session 14, Vlietmonde).
    ['ik zie bijna niks meer', 'slechtziend'],
    ['doof geworden', 'slechthorend'],
    ['overvallen in de winkel', 'slachtofferhulp'],
    ['aangifte gedaan na inbraak', 'slachtofferhulp'],
    ['hulp bij de was', 'praktische-hulp'],
    ['de koelkast is leeg', 'voedsel'],
    // Session 15, from the multi-need misses of the tuned directories: needs that had no concept,
    // or shared one with a different kind of help (meals with the food bank, weight with sport).
    ['dochter van 8 is te zwaar', 'gezond-gewicht'],
    ['we hebben geen geld voor de sportclub', 'meedoen-kinderen'],
    ['de oude buurman laat zijn huis vervuilen', 'verwaarlozing'],
    ['ze dreigen de stroom af te sluiten', 'energie'],
    ['mijn stroomrekening is veel te hoog', 'energie'],
    ['zzp zonder opdrachten', 'ondernemers'],
    ['mijn broer pakt haar geld af', 'huiselijk-geweld'],
    ['een aangepaste badkamer', 'woningaanpassing'],
    ['rolstoel nodig', 'hulpmiddelen'],
    ['af en toe bezoek', 'eenzaamheid'],
    ['voel me buitengesloten', 'eenzaamheid'],
    ['ik moet alles alleen regelen', 'mantelzorg'],
    ['wij kunnen het thuis niet meer alleen', 'mantelzorg'],
    ['wie helpt mij met de aanvraag', 'clientondersteuning'],
    // Core help that had no need: trauma, sexual health, lessons for a class; and jargon.
    ['als kind thuis mishandeld, nu 40 en nog steeds nachtmerries', 'trauma'],
    ['std test', 'seksuele-gezondheid'],
    ['gastles over drugs voor de brugklas', 'voorlichting'],
    ['mijn broer heeft zich zes jaar geleden van het leven beroofd', 'rouw'],
    ['my colleague took his own life', 'rouw'],
    ['wat te doen als iemand flauwvalt cursus', 'ehbo-cursus'],
    ['IIT aanvragen', 'inkomen'],
    ['SPV', 'ernstige-psychische-aandoening'],
    // A hyphenated phrase typed apart (Valkenmeer).
    ['ik zit thuis met een burn out', 'stress-burnout'],
    ['ik kom niet rond', 'geldzorgen'],
    ['slaapt in haar auto', 'wonen'],
    ['meals delivered for elderly', 'maaltijden'],
    // Sterrebos: people without papers, a parent who drinks, a young carer's brother.
    ['ik heb geen papieren en ben ziek', 'ongedocumenteerden'],
    ['papa drinkt', 'verslaving'],
    ['ik zorg voor mijn broertje', 'mantelzorg'],
    ['de rekeningen stapelen zich op', 'geldzorgen'],
    ['ik denk dat hij niet eet', 'maaltijden'],
    // Dijkwaard: the wijkteam as a door of its own, a rented home's damp, a partner who hit.
    ['wijkteam', 'wijkteam'],
    ['schimmel in de badkamer', 'huurproblemen'],
    ['mijn ex sloeg me', 'huiselijk-geweld'],
    ['te dik en rook te veel', 'gezond-gewicht'],
    ['zijn huis is een zooi', 'verwaarlozing'],
    ['zwanger en geen geld voor babyspullen', 'spullen'],
    // Kromveen: gaming as a need of its own, brain injury apart from chronic illness, a day to fill,
    // a daughter who cares; and English a probe of our own found missing.
    ['zoon gamet de hele nacht', 'gamen'],
    ['na mijn herseninfarct', 'hersenletsel'],
    ['ik wil weer iets doen overdag', 'dagbesteding'],
    ['mijn dochter zorgt voor haar zieke vader', 'mantelzorg'],
    ['behind on rent', 'wonen'],
    ['my father keeps forgetting things', 'geheugen-dementie'],
    ['I care for my sick mother', 'mantelzorg'],
    ['hearing aid', 'slechthorend'],
    ['funeral costs', 'rouw'],
    ['my partner controls my money', 'huiselijk-geweld'],
    ['elderly mother lives alone', 'eenzaamheid'],
    ['swimming lessons cheap', 'meedoen-kinderen'],
    ['healthcare allowance', 'inkomen'],
    ['cancer support', 'chronische-ziekte'],
    // A second English probe of our own: what expats, students and new parents type.
    ['I think I have depression', 'somberheid'],
    ['eating disorder', 'somberheid'],
    ['I feel isolated since moving here', 'eenzaamheid'],
    ['how do I register at the municipality', 'nieuwkomers'],
    ['I\'m struggling with my studies', 'school'],
    ['breastfeeding help', 'zwangerschap'],
    ['nursery for my 2 year old', 'kinderopvang'],
    ['dyslexia test', 'logopedie'],
    ['my grandmother is falling a lot', 'valpreventie'],
    ['she can\'t shower alone anymore', 'zorg-thuis'],
    ['stairlift', 'woningaanpassing'],
    ['night shelter', 'wonen'],
    ['soup kitchen', 'voedsel'],
    ['how to use online banking', 'digitale-vaardigheden'],
    ['I\'m addicted to my phone', 'gamen'],
    ['gender identity questions', 'lhbti'],
    ['unemployment', 'inkomen'],
    // A Dutch probe of our own: everyday requests in B1 words.
    ['ik wil stoppen met drinken', 'verslaving'],
    ['mijn moeder kan niet meer traplopen', 'woningaanpassing'],
    ['ik mis mijn vrouw', 'rouw'],
    ['ik heb last van mijn rug', 'fysiotherapie'],
    ['mijn moeder moet naar een verpleeghuis', 'verpleeghuis'],
    ['ik wil thuis blijven wonen', 'zorg-thuis'],
    ['ik ben opgelicht', 'slachtofferhulp'],
    ['ik ben net in nederland', 'nieuwkomers'],
    ['mijn kleinkind woont bij mij', 'opvoeden'],
    ['wie brengt mij naar het ziekenhuis', 'vervoer'],
    ['ik wil weten wat mijn rechten zijn', 'juridisch'],
    // Stories of two needs written for a probe: the second need in everyday words.
    ['ik spreek geen nederlands', 'taal'],
    ['mijn zoon luistert niet', 'opvoeden'],
    ['zit thuis zonder school', 'school'],
    ['nare dingen meegemaakt in de oorlog', 'trauma'],
    ['opvang voor mijn peuter', 'kinderopvang'],
    ['zijn huis is vies', 'verwaarlozing'],
    ['mijn ex doet moeilijk over de kinderen', 'relatie-gezin'],
    ['mijn kind wil op zwemles', 'meedoen-kinderen'],
    ['ik kom niet rond en de kids willen op voetbal', 'meedoen-kinderen'],
    // Youth work had no concept; volunteering for one's village, peers who have been ill.
    ['youth centre for teenagers', 'jongerenwerk'],
    ['is er een jongerenwerker in de wijk', 'jongerenwerk'],
    ['ik wil graag iets doen voor het dorp', 'dagbesteding'],
    ['ik wil met iemand praten die ook psychisch ziek is geweest', 'somberheid'],
    // Wmo support at home, the ouderenadviseur and the podotherapeut had no concept.
    ['ik heb begeleiding nodig', 'begeleiding'],
    ['wil begeleid op zichzelf wonen', 'begeleiding'],
    ['ouderenadviseur', 'ouderenadvies'],
    ['steunzolen', 'fysiotherapie'],
    // Hazelhorst, Rietvoorde and Lindenhaven, first runs: a dominee, a dip, a partner who checks the
    // phone, mould, farmers, not going out, bad marks, a dying wife, migrant workers, vaping.
    ['ik wil graag eens met een dominee praten', 'zingeving'],
    ['ik zit al maanden in een dip', 'somberheid'],
    ['mijn partner kijkt in mijn telefoon', 'huiselijk-geweld'],
    ['the house has mold', 'huurproblemen'],
    ['de melkprijs is gezakt', 'ondernemers'],
    ['ik kom de deur niet meer uit', 'eenzaamheid'],
    ['ze haalt slechte cijfers', 'school'],
    ['mijn vrouw ligt op sterven', 'palliatieve-zorg'],
    ['my boss keeps my passport', 'arbeidsmigranten'],
    ['mijn tiener vaped', 'verslaving'],
    ['waar kan mijn kind na school heen', 'kinderopvang'],
    ['my son refuses to go to school', 'school'],
    // The results under the help lines: a partner who hits is domestic violence too.
    ['my husband hits me', 'huiselijk-geweld'],
    ['mijn man slaat me', 'huiselijk-geweld'],
    // Eikendonk and Waterlinde, first runs: a carer's nights, a partner's aggression and money of
    // one's own, a forced marriage.
    ['ik wil hem thuis verzorgen maar kan niet ook nog de nachten doen', 'mantelzorg'],
    ['ik wil weg maar heb geen eigen inkomen', 'inkomen'],
    ['mijn partner is vaak agressief', 'huiselijk-geweld'],
    ['my family wants to send me back to marry', 'huiselijk-geweld'],
    ['ouders willen dat ik trouw met neef', 'huiselijk-geweld'],
    ['wij zijn gevlucht uit syrie', 'nieuwkomers'],
    // A jargon probe of our own: abbreviations professionals type that no concept knew.
    ['ibs', 'ernstige-psychische-aandoening'],
    ['wvggz', 'ernstige-psychische-aandoening'],
    ['ciz', 'verpleeghuis'],
    ['maatwerkvoorziening', 'clientondersteuning'],
    ['SMW vo', 'school'],
    ['msnp', 'geldzorgen'],
    ['wajong', 'inkomen'],
    ['nt2', 'taal'],
    ['seh', 'spoedzorg'],
    ['dm2', 'chronische-ziekte'],
    ['bhv', 'ehbo-cursus'],
    ['amhk', 'huiselijk-geweld'],
    // Found missing by the Goudmeer and Zandhoeve directories (session 17).
    ['trapleuning en douchestoel nodig voor mijn moeder', 'woningaanpassing'],
    ['trapleuning en douchestoel nodig voor mijn moeder', 'hulpmiddelen'],
    ['ik heb een beroerte gehad en kan niet meer autorijden', 'vervoer'],
    ['ik weet niet meer waar ik moet beginnen', 'wijkteam'],
    ['I dont know where to start', 'wijkteam'],
    ['slecht ter been, huis vies', 'praktische-hulp'],
    ['geen familie in de buurt', 'eenzaamheid'],
    ['training for teachers on recognising suicide risk', 'suicidepreventie-training'],
    ['film over zelfmoord gezien, waar kan ik lezen over signalen', 'suicidepreventie-training'],
    ['digicafe bieb', 'digitale-vaardigheden'],
    ['iemand om mee te praten over mijn gevoelens', 'somberheid'],
    ['waar kan mijn kind heen als ik moet werken', 'kinderopvang'],
    ['my husband controls all our money and hits me sometimes', 'huiselijk-geweld'],
    ['how to recognise child abuse course for teachers', 'signalen-geweld'],
    ['how do I recognise signs of elder abuse as a GP assistant', 'signalen-geweld'],
    ['wat doe je als iemand een overdosis heeft cursus', 'ehbo-cursus'],
    // Found missing by Heidebroek, Kanaalzijde and Veenhof (session 17).
    ['rouwgroep', 'rouw'],
    ['zondag en kind heeft hoge koorts, dokter is dicht', 'spoedzorg'],
    ['wij zijn net in dit land komen wonen', 'nieuwkomers'],
    ['mijn dochter is 12 en helpt thuis veel omdat mijn vrouw ms heeft', 'mantelzorg'],
    ['JMZ', 'mantelzorg'],
    ['where can i sleep i have no home', 'wonen'],
    ['ik slaap buiten sinds vorige week', 'wonen'],
    ['i think my neighbour is being abused by her husband, what can i do', 'huiselijk-geweld'],
    ['ik ben vroeger mishandeld door mijn vader en wil er nu over praten', 'huiselijk-geweld'],
    ['daderhulp agressie thuis', 'huiselijk-geweld'],
    ['KIES training', 'relatie-gezin'],
    ['oggz bemoeizorg', 'verwaarlozing'],
    ['zwanger, geen zorgverzekering, spreek alleen arabisch', 'tolk'],
    ['interpreter at the doctor', 'tolk'],
    ['huisarts spreekt mijn taal niet', 'tolk'],
    ['polish worker lost job and place to live', 'arbeidsmigranten'],
    ['zwanger op mijn 16e en wil stoppen met school', 'school'],
    ['informatie voor ouders over overdosis voorkomen', 'verslaving'],
    ['vader ligt in het ziekenhuis en kan straks niet naar huis waar moet hij heen', 'tijdelijk-verblijf'],
    ['mijn broer met een verstandelijke handicap woont alleen en redt het niet', 'verstandelijke-beperking'],
    ['mijn broer met een verstandelijke handicap woont alleen en redt het niet', 'begeleiding'],
    ['hoe herken ik suïcidale gedachten bij mijn leerlingen', 'suicidepreventie-training'],
    // Found missing by a probe of 30 stories of two needs, written before it ran (session 17).
    ['mijn moeder wordt vergeetachtig en ik woon ver weg', 'mantelzorg'],
    ['mijn man is net overleden en ik kan de rekeningen niet regelen', 'administratie'],
    ['we hebben een baby en ik voel me steeds huilerig', 'somberheid'],
    ['mijn dochter heeft autisme en ik zoek een logeerplek zodat ik even rust heb', 'tijdelijk-verblijf'],
    ['my wife has dementia and i cannot leave her alone', 'mantelzorg'],
    ["i'm new in the netherlands and need a doctor and a job", 'nieuwkomers'],
    ['de school belt steeds over mijn zoon', 'school'],
    ['ik ben 19, heb schulden en nergens om te wonen', 'wonen'],
    // Found missing by a probe of 25 English requests, written before it ran (session 17).
    ['my elderly father needs help at home', 'praktische-hulp'],
    ["my mother has alzheimer's, where can she go during the day", 'dagbesteding'],
    ['support group for widows', 'rouw'],
    ['my neighbours are too loud every night', 'buren'],
    ['support group for survivors of sexual assault, it happened years ago', 'seksueel-geweld'],
    ['ik ben vroeger aangerand en wil erover praten', 'seksueel-geweld'],
    ['workshop overdosis herkennen op feestjes', 'verslaving'],
    ['kan slecht lezen en zoek een baan', 'taal'],
    ['ik woon bij vrienden op de bank en heb geen eigen plek', 'wonen'],
    // Found missing by Molenrade, Oosterbeemd and Zeldervoort (session 17).
    ['ik wil op papier zetten dat ik niet gereanimeerd wil worden', 'palliatieve-zorg'],
    ['nagels knippen lukt niet meer', 'fysiotherapie'],
    ['op verjaardagen versta ik niemand meer', 'slechthorend'],
    ['mijn zoon haalt geld van mijn rekening zonder te vragen', 'huiselijk-geweld'],
    ['english speaking church', 'zingeving'],
    ['home nursing care', 'zorg-thuis'],
    ['stair lift', 'woningaanpassing'],
    ['volunteer driver to hospital', 'vervoer'],
    ['mbvo', 'bewegen'],
    ['valcursus en gymnastiek voor ouderen', 'bewegen'],
    ['warm eten en iemand die boodschappen voor me doet', 'maaltijden'],
    ['na mijn heupoperatie thuis: fysio, een douchestoel en iemand die me wast', 'zorg-thuis'],
    ['ik word gepest in de groepsapp', 'pesten'],
    ['student room rent way too high', 'huurproblemen'],
    ['student, geen kamer en geen geld', 'wonen'],
    ['werkloos, rood staan en de sportclub van mijn kind niet kunnen betalen', 'geldzorgen'],
    ['werkloos, rood staan en de sportclub van mijn kind niet kunnen betalen', 'meedoen-kinderen'],
    ['ik kan niet meer met de bus naar het ziekenhuis', 'vervoer'],
    ['someone to clean my house, i am disabled', 'praktische-hulp'],
    ['cvv pas', 'vervoer'],
    ['jongen van 19 zonder huis die veel blowt', 'wonen'],
    ['mijn kind is 2, ik zoek opvang en heb vragen over zijn slapen', 'kinderopvang'],
    // Found missing by Brakelveen, Lisselmonde and Ter Aalst (session 17).
    ['single mom support', 'opvoeden'],
    ['cheap sports for children', 'meedoen-kinderen'],
    ['help with housework for my disabled mother', 'praktische-hulp'],
    ['WoR', 'eenzaamheid'],
    ['pregnant, my boyfriend left and i need baby stuff', 'spullen'],
    ['schuldhulp en iemand die meegaat naar de gemeente', 'clientondersteuning'],
    ['ik ben 16 en gay, mijn ouders accepteren het niet', 'lhbti'],
    ['we wonen op de camping maar moeten er volgende maand uit', 'wonen'],
    ['de muren van onze stacaravan zijn zwart en mijn kind blijft hoesten', 'huurproblemen'],
    ['ik kan de stookkosten niet meer betalen', 'energie'],
    ['travel vaccines', 'vaccinatie'],
    ['RVP', 'vaccinatie'],
    ['MMK', 'milieu-gezondheid'],
    ['is blauwalg in het zwemwater gevaarlijk', 'milieu-gezondheid'],
    ['ik zorg voor mijn zus met een psychose en heb zelf even rust nodig', 'mantelzorg'],
    ['ik hoor mijn kleinkinderen niet goed meer', 'slechthorend'],
    ['ik werk in duitsland maar woon hier, hoe zit het met belasting', 'grensarbeid'],
    ['ben ontevreden over de thuiszorg', 'klachten'],
    ['klacht over de gemeente en hulp bij bezwaar maken', 'klachten'],
    ['health insurance deductible', 'zorgverzekering'],
    ['after hours doctor', 'spoedzorg'],
    ['Deutsche Familie neu in Ter Aalst, suchen Hausarzt und Krankenversicherung', 'huisarts'],
    ['Deutsche Familie neu in Ter Aalst, suchen Hausarzt und Krankenversicherung', 'zorgverzekering'],
    // Found missing by Akkerveld, Rijsdonk and Westerkade (session 17).
    ['ik kan mijn post niet meer bijhouden', 'administratie'],
    ['onze boerderij gaat failliet', 'ondernemers'],
    ['ocl', 'clientondersteuning'],
    ['ik zorg voor mijn zoon met een beperking en we komen geld tekort', 'geldzorgen'],
    ['my elderly neighbour seems confused and his house is a mess', 'praktische-hulp'],
    ['wie brengt eten bij mijn vader thuis', 'maaltijden'],
    ['ik zie steeds slechter', 'slechtziend'],
    ['homework help for kids', 'huiswerk'],
    ['geen geld voor schoolspullen en mijn kind heeft bijles nodig', 'huiswerk'],
    ['GKB', 'geldzorgen'],
    ['NT1', 'taal'],
    ['mijn baas betaalt mij niet', 'juridisch'],
    ['mijn dochter is gestopt met school en doet niks', 'school'],
    ['net uit de gevangenis', 'na-detentie'],
    ['free dental care no insurance', 'mondzorg'],
    ['alcoholics anonymous', 'verslaving'],
    ['jongen van 17 gestopt met school en hangt met foute vrienden', 'jongerenwerk'],
    ['bulgarian worker unpaid wages and sleeping in my car', 'wonen'],
    ['baby op komst en geen geld voor babyspullen', 'zwangerschap'],
    ['zoek een huurhuisje voor mij alleen', 'woning-zoeken'],
    ['ik ben 74, wil kleiner wonen en hulp bij het schoonmaken', 'woning-zoeken'],
    // Found missing by Bloemstede, Haverdal and Korenwolde (session 17).
    ['mijn dochter eet bijna niks meer en is heel mager geworden', 'somberheid'],
    ['ik wil graag iets voor een ander doen', 'dagbesteding'],
    ['met wie kan ik praten over doodgaan', 'zingeving'],
    ['volunteering opportunities', 'dagbesteding'],
    ['support group for trailing spouses', 'nieuwkomers'],
    ['dochter 16 eet niet en is gestrest over school', 'stress-burnout'],
    ['ik wil weg bij mijn partner die me kleineert en controleert', 'huiselijk-geweld'],
    ['weduwnaar 82 jaar kan het huishouden niet aan en zit veel alleen', 'eenzaamheid'],
    ['jongen van 19 moest het huis uit na ruzie', 'wonen'],
    ['ruzie met de buren en daardoor slaap ik slecht en ben ik gespannen', 'stress-burnout'],
    ['zoek werk maar mijn nederlands is niet goed', 'taal'],
    ['help at home after hospital discharge', 'tijdelijk-verblijf'],
    ['dutch language classes', 'taal'],
    ['MMW', 'maatschappelijk-werk'],
    ['kind met autisme, wij als ouders willen een weekend rust', 'tijdelijk-verblijf'],
    ['new in haverdal with kids, need a doctor and a school nurse', 'jeugdgezondheid'],
    ['seniorenwoning zoeken en iemand die helpt regelen', 'clientondersteuning'],
    ['broer heeft licht verstandelijke beperking, post en geld lopen uit de hand', 'administratie'],
    ['er zitten grote scheuren in de muren van onze boerderij', 'aardbevingsschade'],
    ['cracks in my house from the earthquake', 'aardbevingsschade'],
    ['ik zie bijna nooit iemand en de dagen duren zo lang', 'eenzaamheid'],
    ['wie kan er naar mijn lekkende kraan kijken ik ben 80', 'praktische-hulp'],
    ['zoon drinkt en blowt en is van school gegaan', 'school'],
    ['we komen uit roemenie, kinderen moeten naar school', 'nieuwkomers'],
    ["my teenage daughter won't eat", 'somberheid'],
  ];
  // Parents are not older people: "ouders" is no question for the ouderenadviseur.
  assert.ok(!understood('wij als ouders lopen vast').includes('ouderenadvies'));
  // A match's result is no sport for a child.
  assert.ok(!understood('uitslag voetbal').includes('meedoen-kinderen'));
  // "spreek alleen arabisch" is about language, not loneliness; "kies" alone is a tooth.
  assert.ok(!understood('zwanger, geen zorgverzekering, spreek alleen arabisch').includes('eenzaamheid'));
  assert.ok(!understood('mijn kies doet pijn').includes('relatie-gezin'));
  // "lessen over …" are lessons, not reading ("lezen" and "lessen" share a stem); reading about something is no reading problem.
  assert.ok(!understood('lessen over seksueel misbruik en grenzen voor groep 8').includes('taal'));
  assert.ok(!understood('film over zelfmoord gezien, waar kan ik lezen over signalen').includes('taal'));
  // Violence in the street is no homelessness.
  assert.ok(!understood('workshop voor jongerenwerkers over messen en geweld op straat').includes('wonen'));
  // Complaints about one's health are no complaint about a provider.
  assert.ok(!understood('ik heb klachten aan mijn rug').includes('klachten'));
  // Debt counselling is money help, not therapy.
  assert.deepEqual(understood('debt counselling'), ['geldzorgen']);
  // A teenager is who the question is about, not a wish for youth work.
  assert.ok(!understood('my teenager is drinking too much').includes('jongerenwerk'));
  // "care at home" is help at home, not a care home.
  assert.ok(!understood('my father needs care at home').includes('verpleeghuis'));
  // A family word is what it says, never a typo: "broertje" is no "beroerte".
  assert.ok(!understood('ik zorg voor mijn broertje').includes('chronische-ziekte'));
  // "kinderen willen op voetbal" is what the children want, not a wish for a child.
  assert.ok(!understood('kinderen willen op voetbal').includes('zwangerschap'));
  assert.deepEqual(cases.filter(([query, id]) => !understood(query).includes(id)), []);
  // A phrase inside a longer one is not a concept of its own: this budget is not money worries.
  assert.deepEqual(understood('persoonsgebonden budget'), ['pgb']);
  assert.deepEqual(understood('ruzie met de buren'), ['buren']);
  // Nor is a word that reads like one: ordering a pizza is no theft, a suicide no robbery.
  assert.deepEqual(understood('pizza bestellen'), []);
  assert.ok(!understood('heeft zich van het leven beroofd').includes('slachtofferhulp'));
});

test('the test fixtures are valid records of the contract', () => {
  for (const term of TAXONOMY) assert.ok(TaxonomyTerm.safeParse(term).success, term.id);
  const sample = service('x', { name: 'X', ...at({ latitude: 52.1, longitude: 5.1 }, ['wk-zuilen']), route_step: 'zelf' });
  assert.ok(Service.safeParse(sample).success);
});

test('a need word with a generic tail, or a two-word phrase the other way round, is that need', () => {
  const concepts = runToEnd(sharedConcepts([], DEFAULT_THESAURUS));
  const understood = (query: string): string[] => matchConcepts(queryWords(query), concepts).map((match) => match.concept.id);
  assert.ok(understood('drankprobleem').includes('verslaving'));
  assert.ok(understood('gokproblemen').includes('verslaving'));
  assert.ok(understood('alcoholprobleem bij mijn vader').includes('verslaving'));
  assert.ok(understood('taalhulp').includes('taal'));
  // Two words the other way round, side by side: "care at home" is "home care".
  assert.ok(understood('care at home').includes('zorg-thuis'));
  assert.ok(understood('ik drink te veel').includes('verslaving'));
  // Only a generic tail is split off: a wintermantel is no need.
  assert.deepEqual(understood('wintermantel'), []);
});
