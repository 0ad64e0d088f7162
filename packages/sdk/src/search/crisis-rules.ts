import type { CrisisKind } from './crisis-signal.js';

/**
 * The words crisis detection looks for, as data (the matching is in crisis-signal.ts). Every entry
 * is normalised text (lowercase, no diacritics, no apostrophes). Measured against the labelled set
 * in crisis-cases.json: change a rule, run crisis-cases.test.js.
 *
 * Two strengths of signal:
 * - a **topic** (a fragment such as "zelfmoord" or "hartinfarct") is acute unless the query reads
 *   as information: a course, prevention, after-care, news, a professional's referral;
 * - a **phrase** or a **pair** says that it is happening to someone ("ik wil dood", "slaat me",
 *   "pijn op de borst"): acute even beside those words, except in palliative care, where a death
 *   is expected.
 */

/**
 * Fragments found inside a word or two adjacent words written together ("huiselijk geweld"),
 * with one typo at a word's start from 6 letters on and two from 9 (see NO_TYPO). Topics: weak signals.
 */
export const TOPIC_PARTS: Record<CrisisKind, readonly string[]> = {
  suicide: [
    'zelfmoord', 'suicid', 'zelfdoding', 'levensmoe', 'doodsgedacht', 'afscheidsbrief', 'afscheidsbericht', 'goodbyeletter',
    // Self-harm calls for the same line (113).
    'zelfbeschadig', 'zelfverwond', 'automutil', 'selfharm',
    // German, for residents of the border regions.
    'selbstmord', 'suizid', 'selbsttotung',
  ],
  violence: [
    'mishandel', 'huiselijkgeweld', 'partnergeweld', 'geweld', 'violence', 'kindermisbruik', 'childabuse',
    'elderabuse', 'domesticabuse', 'verwaarloos', 'verwaarloz', 'eergerelateerd', 'eerwraak', 'huwelijksdwang',
    'stalk', 'wurg', 'strangl', 'vermoord', 'murder', 'uithuwelijk', 'uitgehuwelijkt', 'neergestoken', 'steekpartij', 'stabbed',
    // Sexual violence.
    'verkracht', 'aanrand', 'aangerand', 'incest', 'loverboy', 'seksueelmisbruik', 'sexualabuse', 'sexualassault',
    'sexuallyassault',
  ],
  medical: [
    'borstpijn', 'bewusteloos', 'beroerte', 'herseninfarct', 'hersenbloeding', 'hartaanval', 'hartinfarct',
    'hartstilstand', 'reanim', 'ademnood', 'flauwgevallen', 'epileptischeaanval', 'anafylax', 'anaphyla',
    'verstikk', 'unconscious', 'heartattack', 'chestpain', 'cardiacarrest',
    // Poisoning.
    'overdos', 'vergiftig', 'koolmonoxide', 'carbonmonoxide', 'poison',
  ],
};

/** Fragments too short or too common to allow a typo in ("geweld" ≠ "gewend", "incest" ≠ "insect"). */
export const NO_TYPO: ReadonlySet<string> = new Set(['geweld', 'poison', 'stalk', 'wurg', 'incest', 'reanim', 'strangl']);

/** Whole words that are topics (not fragments: "rape" is inside "therapeut"). */
export const TOPIC_WORDS: Record<CrisisKind, readonly string[]> = {
  suicide: [],
  violence: ['rape', 'raped', 'raping', 'rapist', 'misbruikt'],
  medical: ['stikt', 'stikken', 'choking', 'collapsed', 'drooping', 'seizure', 'stroke', 'strokes'],
};

/**
 * Phrases: words in order, up to two other words between them (never a conjunction: "dood en
 * wil" is two clauses). A word matches its inflections (see crisis-signal.ts). A leading `@`:
 * only when the query names a person ("de gemeente reageert niet" is no emergency). A trailing
 * ` $`: only at the end of the query ("help ik wil niet meer").
 */
export const PHRASES: Record<CrisisKind, readonly string[]> = {
  suicide: [
    'niet meer leven', 'niet meer willen leven', 'wil dood', 'wil liever dood', 'dood willen', 'dood wil',
    'wil er niet meer zijn', 'er niet meer ben', 'weg uit dit leven', 'uit het leven stappen', 'wil niet meer $', 'eind aan maken', 'einde aan maken',
    // The main clause puts the verb first ("ik maak er een eind aan"); a third person's verb ends in t.
    'maak eind aan', 'maak einde aan', 'eind aan maakt', 'einde aan maakt',
    // With "er" and a time between: "ik maak er vannacht een eind aan".
    'maak er een eind aan', 'maak er een einde aan', 'dreigt te springen', '@staat op de brug', 'pier spring', 'kade spring', 'viaduct spring', 'om te springen', '@staat op het dak', 'dat hij springt', 'dat ze springt',
    'mezelf snijden', 'mezelf te snijden', 'mijzelf snijden',
    'mich umbringen', 'will sterben', 'nicht mehr leben',
    'einde aan mijn leven', 'leven beroven', 'leven beeindigen', 'leven niet meer zitten', 'zie niet meer zitten',
    'hoeft voor mij niet meer', 'nooit meer wakker worden', 'niemand zal me missen', 'geen zin om te leven',
    'beter af zonder mij', 'beter af zonder me', 'better off without me', 'better off dead',
    'wil niet meer wakker worden', 'afscheid genomen van iedereen', 'cant go on anymore', 'said goodbye to everyone',
    'leven geen zin', 'geen zin meer in het leven', 'geen zin meer in leven', 'leven moe', 'stoppen met leven', 'van kant maken', 'denk aan doodgaan',
    'mezelf iets aandoen', 'mezelf wat aandoen', 'zich wat aandoen', 'zich iets aandoen', 'ik me iets aandoe', 'ik mij iets aandoe', 'ik wil me iets aandoen', 'ik wil mij iets aandoen', 'zichzelf wat aandoen', 'mijzelf iets aandoen', 'zichzelf iets aandoen', 'zichzelf iets aandoet',
    // The verb split in a subclause: "dat ze zichzelf iets aan gaat doen".
    'mezelf iets aan doen', 'mezelf wat aan doen', 'mijzelf iets aan doen', 'zichzelf iets aan doen', 'zichzelf wat aan doen', 'zich iets aan doen', 'zich wat aan doen', 'ik me iets aan doen',
    'mezelf doden', 'zichzelf doden', 'mezelf doodmaken', 'zichzelf doodmaken', 'mezelf hangen', 'mezelf ophangen',
    'zich ophangen', 'zichzelf ophangen', 'mezelf verhangen', 'zich verhangen', 'zich doden',
    // A goodbye sent and then silence.
    'texted goodbye', 'sent goodbye', 'goodbye text', 'goodbye message',
    // Stems, so "van de brug springt" matches as well as "springen".
    'voor trein spring', 'dak spring', 'brug spring', 'flat spring', 'zelfmoord plegen',
    'voor trein gooi', 'brug af gooi', 'dak af gooi', 'flat af gooi',
    // The means made ready: a rope, pills kept (not yet taken, so 113 first).
    'rope is ready', 'rope ready', 'touw ligt klaar', 'touw klaar', 'touw klaarliggen', 'touw klaargelegd', '@pillen heeft $', 'pillen gespaard', 'pillen verzameld', 'pillen klaar', 'has pills $',
    // Standing where people jump or lie down for a train: said when it is happening.
    'zit op spoor', 'sta op spoor', 'lig op spoor', 'sta op brug', 'sta op dak', 'sta op rand', 'wil springen $', 'ga springen $',
    'on train tracks', 'on the tracks', 'on railway', 'standing on bridge', 'standing on roof', 'on the bridge', 'want to jump', 'going to jump',
    'kill myself', 'kill himself', 'kill herself', 'want to die', 'wanna die', 'wish i was dead',
    'wish i were dead', 'end my life', 'end her life', 'end his life', 'ending my life', 'ending her life',
    'ending his life', 'end it all', 'going to end it', 'gonna end it', 'will end it', 'end it tonight', 'take my own life', 'take my life', 'dont want to live', 'not want to live',
    'dont want to be here', 'no reason to live', 'not worth living', 'nobody would miss me', 'jump off bridge',
    'dont want to be alive', 'not want to be alive', 'in front of train', 'zie geen uitweg meer', 'geen uitweg meer',
    'stop met leven', 'beter dood', 'ending it $', 'wil voor trein $', 'ga voor trein $',
    // "Het heeft geen zin meer" ends a sentence in despair; a rope laid somewhere or bought is the means.
    'heeft geen zin meer $', 'heeft allemaal geen zin meer', 'heeft voor mij geen zin meer', 'touw ligt', 'touw gekocht', 'bought a rope',
    'springt van brug', 'spring van brug', 'springt van dak', 'springt van flat', 'polsen gesneden', 'pols gesneden', 'polsen doorgesneden', 'cut my wrist',
    // Self-harm.
    'snij mezelf', 'snijd mezelf', 'snij in mijn', 'snijdt in zijn', 'snijdt in haar', 'snijdt zichzelf', 'snijden in mezelf', 'kras mezelf',
    'krast in haar', 'krast zichzelf', 'mezelf pijn doen', 'doe mezelf pijn', 'beschadigt zichzelf',
    'beschadig mezelf', 'mezelf gesneden', 'zich gesneden', 'zichzelf gesneden', 'brand mezelf', 'cut myself', 'cutting myself', 'cuts herself',
    'cuts himself', 'cutting my arms', 'cutting my legs', 'cut my wrists', 'hurt myself', 'hurting myself', 'burning myself',
  ],
  violence: [
    'bang voor mijn man', 'bang voor mijn vrouw', 'bang voor mijn partner', 'bang voor mijn vader',
    'bang voor mijn moeder', 'bang voor mijn vriend', 'bang voor mijn ex', 'bang om naar huis', 'onveilig thuis',
    'niet veilig thuis', 'thuis niet veilig', 'bedreigt me', 'bedreigt mij', 'dreigt me', 'dreigt iets aan te doen',
    'sluit me op', 'sluit mij op', 'duwt me', 'duwt mij', 'pushes me', 'pushed me', 'keel dicht', 'knijpt keel', 'word geslagen', 'gedwongen trouwen',
    'ex staat voor deur', 'misbruikt mij', 'misbruikt me', 'betast me', 'betast mij', 'gedwongen tot seks',
    'dwingt tot seks', 'forces me to have sex', 'forced to have sex', 'abuses me', 'abused me', 'abuse me',
    'being abused', 'afraid of my husband', 'afraid of my partner', 'afraid of my wife', 'afraid of my boyfriend',
    'afraid of my father', 'dont feel safe at home', 'not safe at home', 'unsafe at home', 'threatens me',
    'threatened me', 'choked me', 'chokes me', 'strangled me', 'forced to marry', 'forced marriage',
    'touched me without', 'without my consent', 'kill me', 'going to hurt me', 'wants to hurt me', 'will hurt me',
    // Someone else doing harm: "dat hij me iets aandoet". With "ik" ("dat ik me iets aandoe") it is self-harm, above.
    'me iets aandoet', 'mij iets aandoet', 'me wat aandoet', 'mij wat aandoet', 'me iets aan doen', 'mij iets aan doen',
    'wil me iets aandoen', 'wil mij iets aandoen',
    // "Te lijf gaan" is an attack on people; on fears or kilos ("je angsten te lijf") it is not.
    'iedereen te lijf', 'me te lijf', 'mij te lijf', 'ons te lijf', 'hem te lijf', 'haar te lijf', 'elkaar te lijf',
    // Heard or done right now: blows and screams next door, held against one's will, a break-in.
    '@hoor klappen', '@gilt om hulp', '@hoor gillen', '@hoor schreeuwen', 'laat me niet gaan', 'laat mij niet gaan', 'wont let me leave', 'wont let me go',
    'word bedreigd', 'wordt bedreigd', 'bedreigd met', 'being threatened', 'threatened with', 'schlagt mich', 'schlagt meine',
    'heeft me opgesloten', 'heeft mij opgesloten', 'hebben me opgesloten', 'locked me in', 'locked me up',
    // Touched, told in a child's words; blows heard with a child crying; a child afraid to go home.
    'zit aan me', 'zit aan mij', 'zat aan me', 'zat aan mij', 'aan me zitten', 'aan mij zitten', 'huilen en klappen', 'schreeuwen en klappen', 'gillen en klappen',
    'durft niet naar huis', 'durf niet naar huis', 'afraid to go home', 'scared to go home',
    'kinderen iets aan te doen', 'kinderen iets aandoen', 'dreigt kinderen mee te nemen', 'kinderen te ontvoeren', 'breaking into', 'breaks into', 'inbreker in huis', 'inbrekers in huis', 'wordt ingebroken',
  ],
  medical: [
    'pijn op de borst', 'pijn op borst', 'pijn op mijn borst', 'druk op de borst', 'drukkend gevoel op borst',
    'kan niet ademen', 'kan niet meer ademen', 'geen adem', 'krijg geen lucht', 'krijgt geen lucht',
    'geen lucht', 'ademt niet', 'buiten bewustzijn', 'scheve mond', 'gezicht scheef', 'veel bloed', 'bloedt erg',
    'ernstige bloeding', 'bloed stopt niet', 'bloeden stopt niet', 'bloedt aan hoofd', 'blijft schokken', '@wordt niet wakker', '@niet wakker te krijgen', '@reageert niet',
    '@niet aanspreekbaar', '@beweegt niet', 'in elkaar gezakt', 'arm niet meer bewegen', 'praat krom',
    'keel zwelt', 'aan het stikken', 'cant breathe', 'cannot breathe', 'not breathing', 'passed out',
    'ademt nauwelijks', 'ademt bijna niet', 'barely breathing', 'hardly breathing', '@took too much',
    // Suddenly confused (a delirium): the huisarts or 112 now, not a dementia service.
    '@loopt verward', 'verward op straat', 'wandering confused',
    'wont wake up', 'bleeding heavily', '@not responding', 'face drooping', 'throat swelling',
    // A stroke's signs told in residents' words, and a blow to the head.
    'mond hangt scheef', 'gezicht hangt scheef', 'praat ineens raar', 'praat opeens raar', 'praat ineens onduidelijk', 'slurred speech',
    'hoofd gestoten', 'klap op zijn hoofd', 'klap op haar hoofd', 'hit his head', 'hit her head',
    // Trapped under a weight, or turning blue: every minute counts (not "een beknelde zenuw").
    'pijn in de borst', 'pijn in mijn borst', 'pijn in zijn borst', 'pijn in haar borst', '@valt om', '@viel om',
    'baby heeft hoge koorts', 'baby hoge koorts', 'baby is slap', 'gestoken en zwelt',
    // Gas smelt or left on, a fire with someone inside, a fall on the head.
    'ruikt naar gas', 'ruik gas', 'gaslucht', 'gaslek', 'gas open laten staan', 'smell gas', 'gas leak',
    'staat in brand', 'brand in', '@zit nog binnen', 'on fire',
    'gevallen met haar hoofd', 'gevallen met zijn hoofd', 'op haar hoofd gevallen', 'op zijn hoofd gevallen', 'op mijn hoofd gevallen',
    'is drowning', 'someone drowning', 'aan het verdrinken', 'in het water gevallen', 'ligt in het water', 'in de sloot gevallen', 'in de gracht gevallen', 'in het kanaal gevallen',
    'bekneld onder', 'zit bekneld', 'ligt bekneld', 'trapped under', 'pinned under',
    'wordt blauw', 'worden blauw', 'lippen blauw', 'turning blue', 'turns blue', 'ademt raar', 'ademt vreemd', 'breathing strangely',
    // Too much of a drug just taken: "te veel coke gebruikt", "heeft teveel gesnoven" (not "gebruikt te veel": a habit).
    'te veel gebruikt', 'teveel gebruikt', 'te veel gesnoven', 'teveel gesnoven', 'used too much',
  ],
};

/** Phrases that signal more than one kind: pills taken to die are also a poisoning. */
export const SHARED_PHRASES: readonly { kinds: readonly CrisisKind[]; phrase: string }[] = [
  { kinds: ['suicide', 'medical'], phrase: 'te veel pillen' },
  { kinds: ['suicide', 'medical'], phrase: 'al mijn pillen' },
  { kinds: ['suicide', 'medical'], phrase: 'too many pills' },
  { kinds: ['suicide', 'medical'], phrase: 'all my pills' },
  { kinds: ['suicide', 'medical'], phrase: 'all my meds' },
  // Gas turned on to die: an explosion too, so 112 first.
  { kinds: ['suicide', 'medical'], phrase: 'gas opengedraaid' },
  { kinds: ['suicide', 'medical'], phrase: 'gas open gedraaid' },
];

/**
 * Words naming a person who can be harmed or who answers ("mijn", "de kinderen", "haar"), for
 * `@` phrases and the pairs below: "hij slaat de kinderen" is violence, "leren slaan" is tennis.
 */
export const PERSON_WORDS: ReadonlySet<string> = new Set([
  'me', 'mij', 'mijn', 'mn', 'zijn', 'haar', 'hem', 'ons', 'onze', 'hun', 'jou', 'hij', 'ze', 'zij',
  'kind', 'kinderen', 'kindje', 'kids', 'zoon', 'dochter', 'vrouw', 'man', 'moeder', 'vader', 'oma', 'opa',
  'papa', 'mama', 'pap', 'mam', 'schoonmoeder', 'schoonvader', 'schoonouders', 'ouders', 'buurman', 'buurvrouw',
  'broertje', 'zusje', 'neefje', 'nichtje', 'kleinzoon', 'kleindochter', 'buurjongen', 'buurmeisje', 'stiefvader', 'stiefmoeder', 'stiefzoon', 'stiefdochter',
  'zus', 'broer', 'vriend', 'vriendin', 'partner', 'baby', 'iemand',
  'my', 'his', 'her', 'him', 'us', 'their', 'children', 'child', 'wife', 'husband', 'mom', 'mum', 'mother',
  'dad', 'father', 'he', 'she', 'hes', 'shes', 'someone',
  'friend', 'friends', 'boyfriend', 'girlfriend', 'son', 'daughter', 'brother', 'sister', 'neighbour', 'neighbor',
  'parents', 'grandmother', 'grandfather', 'grandma', 'grandpa', 'kid', 'kids', 'baby', 'teenager', 'roommate',
]);

/** A word of the first list and a person word anywhere: acute violence ("mijn buurman slaat zijn kinderen"). */
export const HARM_VERBS: ReadonlySet<string> = new Set([
  'slaat', 'slaan', 'sloeg', 'sloegen', 'geslagen', 'schopt', 'schoppen', 'schopte', 'geschopt', 'wurgt',
  'hits', 'hit', 'hitting', 'beats', 'beat', 'beating', 'beaten', 'kicks', 'kicked', 'kicking', 'punches',
  'punched', 'slaps', 'slapped',
]);

/**
 * Words that make a harm verb mean something else: "sloeg de bal", "slaat alarm". An "af" later
 * in the verb's clause makes it "afslaan", to turn down: "de gemeente slaat mijn aanvraag af".
 */
export const NOT_HARM: ReadonlySet<string> = new Set(['alarm', 'bal', 'ball', 'tennis', 'golf', 'hockey', 'backhand']);
/** Just after a harm verb, a door is slammed, not a person hit: "slaat met de deuren". */
export const DOOR_WORDS: ReadonlySet<string> = new Set(['deur', 'deuren', 'door', 'doors']);

/** Blows in the past tense: with a long-past marker ("vroeger", "jaren geleden") a story, not an emergency. */
export const PAST_HARM_VERBS: ReadonlySet<string> = new Set(['sloeg', 'sloegen', 'geslagen', 'schopte', 'geschopt', 'beaten', 'kicked', 'punched', 'slapped']);

/** Where a cut is an accident ("gesneden aan een mes bij het koken"): no self-harm, no weapon. */
export const ACCIDENT_PHRASES: readonly string[] = ['gesneden aan een mes', 'gesneden aan het mes', 'gesneden aan een glas', 'gesneden aan glas', 'gesneden bij het koken', 'cut on a knife', 'cut while cooking'];
export const CUT_WORDS: ReadonlySet<string> = new Set(['gesneden', 'doorgesneden', 'sneed', 'cut']);

/** A weapon and a person word: violence with danger now. */
export const WEAPONS: ReadonlySet<string> = new Set(['mes', 'messen', 'wapen', 'pistool', 'geweer', 'jachtgeweer', 'knife', 'gun', 'rifle', 'shotgun', 'weapon']);

/** Something harmful and a word for swallowing it: a poisoning ("mijn kind heeft lampolie gedronken"). */
export const SUBSTANCES: readonly string[] = [
  'pil', 'medicijn', 'tablet', 'schoonmaakmiddel', 'wasmiddel', 'bleekmiddel', 'chloor', 'lampolie',
  'ontstopper', 'ghb', 'paddenstoel', 'batterij', 'knoopcel', 'bleach', 'cleaning', 'detergent', 'battery',
  'batteries', 'mushroom', 'paracetamol',
];
export const SWALLOWED: ReadonlySet<string> = new Set([
  'gedronken', 'dronk', 'opgegeten', 'gegeten', 'ingeslikt', 'geslikt', 'ingenomen', 'genomen', 'mond',
  'swallowed', 'drank', 'ate', 'eaten', 'took', 'taken',
]);
/** Someone with dementia and a word for gone missing: a search by the police now, 112. */
export const CONFUSED_PARTS: readonly string[] = ['dement', 'alzheimer', 'verward', 'confused'];
export const MISSING_WORDS: ReadonlySet<string> = new Set(['verdwenen', 'vermist', 'weggelopen', 'zoekgeraakt', 'missing', 'disappeared', 'wandered']);
/** The same told in a few words: "is weg", "niet thuisgekomen" (not "wil niet weg"). */
export const MISSING_PHRASES: readonly string[] = ['is weg $', 'is weg en', 'is zoek', 'is kwijt', 'niet thuisgekomen', 'niet thuis gekomen', 'is gone'];
/** Before a swallowing word, these undo it: "zijn medicijnen niet genomen". */
export const NEGATIONS: ReadonlySet<string> = new Set(['niet', 'not', 'nooit', 'never', 'didnt', 'hasnt', 'havent']);
/** Just before a topic, these deny it: "niet suicidaal", "geen zelfmoordgedachten". */
export const DENIALS: ReadonlySet<string> = new Set([...NEGATIONS, 'geen', 'no']);

/**
 * A young child left alone, with a sign that it has been long or that no one is there ("het
 * kleintje van de buren is al twee dagen alleen thuis"): neglect with danger now, so 112 and then
 * Veilig Thuis. All three are needed: "mijn moeder is vaak alleen thuis" is loneliness, and a
 * parent "alleen thuis met de baby" is not leaving one.
 */
export const YOUNG_CHILD_WORDS: ReadonlySet<string> = new Set([
  'kleintje', 'kindje', 'kindjes', 'peuter', 'peutertje', 'kleuter', 'baby', 'babytje', 'zoontje', 'dochtertje',
  'jongetje', 'toddler', 'infant',
]);
/** A child word with an age up to YOUNG_CHILD_AGE ("mijn dochter van 4", "zoon (3)") is a young child too. */
export const CHILD_WORDS: ReadonlySet<string> = new Set(['kind', 'dochter', 'zoon', 'meisje', 'jongen', 'child', 'daughter', 'son', 'girl', 'boy']);
export const YOUNG_CHILD_AGE = 6;
export const LEFT_ALONE_PHRASES: readonly string[] = [
  // Not "alleen gelaten", "left alone": a parent says that of feeling left alone with a baby.
  'alleen thuis', 'alleen achtergelaten', 'home alone', 'alone at home', 'alone in the house',
];
/** How long, or that no one is there. */
export const LEFT_LONG_WORDS: ReadonlySet<string> = new Set(['dagen', 'nacht', 'nachten', 'weekend', 'days', 'night', 'nights']);
export const NO_ONE_THERE_PHRASES: readonly string[] = ['niemand doet open', 'niemand thuis', 'ouders zijn weg', 'nobody answers', 'no one answers', 'parents are gone', 'parents gone'];
/** In the clause of "alleen thuis": someone is with the child ("met de baby", "with my baby"). */
export const WITH_WORDS: ReadonlySet<string> = new Set(['met', 'with']);

/** Danger now: with acute violence, 112 comes before Veilig Thuis. */
export const DANGER_NOW_WORDS: ReadonlySet<string> = new Set([...WEAPONS, 'nu', 'now']);
export const DANGER_NOW_PHRASES: readonly string[] = [
  'op dit moment', 'right now', 'kill me', 'te lijf', 'hoor klappen', 'gilt om hulp', 'hoor gillen', 'hoor schreeuwen',
  'laat me niet gaan', 'laat mij niet gaan', 'wont let me', 'breaking into', 'breaks into', 'inbreker', 'ingebroken', 'opgesloten', 'locked me',
  'outside the door', 'outside my door', 'staat voor de deur', 'staat voor mijn deur',
];
export const DANGER_NOW_PARTS: readonly string[] = ['vermoord', 'murder', 'neergestoken', 'steekpartij', 'stabbed'];

/**
 * Words that make a topic read as information rather than an emergency: learning, prevention,
 * after-care, research and news, work with clients. Found inside words ("reanimatiecursus").
 */
export const INFO_PARTS: readonly string[] = [
  'preventie', 'prevent', 'voorkom', 'cursus', 'course', 'training', 'workshop', 'webinar', 'learning',
  'voorlichting', 'awareness', 'informatie', 'information', 'revalid', 'rehabilit', 'nazorg', 'aftercare',
  'protocol', 'richtlijn', 'guideline', 'meldcode', 'lotgenot', 'nabestaand', 'bereave', 'statist',
  'aandachtsfunctionaris', 'hulpverlening', 'hulpverlener', 'vrijwillig', 'volunteer', 'ehbo', 'firstaid', 'naloxon', 'therap',
  'counsel', 'verwerking', 'weerbaar', 'congres', 'conferen', 'docent', 'leerkracht', 'teacher',
  'jongerenwerk', 'opvoed', 'melder', 'gatekeeper', 'verwijs', 'verwijz', 'pleger', 'gastles', 'podcast',
  'vacature', 'folder', 'brochure', 'documentaire', 'documentary', 'krant', 'artikel', 'article', 'newspaper',
  // Learning to see the signs, or to talk about it with someone else.
  'herken', 'signal', 'recogni', 'collega', 'colleague',
  // School work about a topic.
  'spreekbeurt', 'werkstuk', 'scriptie', 'presentatie', 'presentation', 'essay', 'lesmateriaal', 'lesprogramma', 'lespakket',
  'lezing', 'lecture', 'seminar', 'symposium', 'project', 'tentoonstel', 'expositie', 'exhibit', 'museum',
  // An evening or a speaker on the topic: "thema-avond", "ouderavond", "spreker over suïcide".
  'themaavond', 'schoolavond', 'ouderavond', 'informatieavond', 'voorlichtingsavond', 'spreker', 'speaker',
  // Over and survived, or recovering: "verhalen van mensen die het overleefden", "stroke recovery".
  'overleefd', 'overleefden', 'surviv', 'recover', 'herstelgroep',
  // Help for those who did it, as a programme.
  'daderhulp', 'perpetrator',
];
/** The same, as whole words or word starts only ("rouw" is inside "vrouw"). */
export const INFO_WORD_STARTS: readonly string[] = [
  'rouw', 'cijfer', 'nieuws', 'news', 'onderzoek', 'research', 'boek', 'book', 'klas', 'refer', 'client',
  'professional', 'lessons', 'film', 'movie',
];
/**
 * Whole words and phrases that make a topic information. With them, a topic told as long past
 * ("pleegde tien jaar geleden zelfmoord", "ik was vroeger slachtoffer"): a story, not an
 * emergency, unless a phrase says it is happening ("ik wil nu dood"). Not a bare "geleden":
 * "vijf minuten geleden bewusteloos" is now.
 */
export const INFO_WORDS: ReadonlySet<string> = new Set(['les', 'lessen', 'leren', 'learn', 'cpr', 'aed', 'alarm', 'vroeger', 'destijds', 'pleegde', 'overleed']);
export const INFO_PHRASES: readonly string[] = [
  'week tegen', 'support group', 'vorig jaar', 'last year',
  // A childhood told as an adult: long past.
  'als kind', 'in mijn jeugd', 'toen ik klein was', 'as a child', 'in my childhood',
  'daders van', 'avond over',
  // A professional asking how to help: "hoe vraag ik als poh", "ik ben imam".
  'als poh', 'ik ben poh', 'als imam', 'ik ben imam', 'als dominee', 'als verpleegkundige', 'as a nurse', 'as a teacher',
  'toen ze jong was', 'toen hij jong was', 'toen ik jong was', 'toen ze klein was', 'toen hij klein was', 'when i was young', 'when she was young', 'when he was young',
  'jaar geleden', 'jaren geleden', 'lang geleden', 'maanden geleden', 'years ago', 'long ago', 'months ago', 'died by',
  // Someone's suicide as an event to talk about: "de zelfmoord van zijn oom".
  'zelfmoord van', 'zelfdoding van', 'suicide van', 'suicide of',
  // Safe now: a story after the danger, told to find someone to talk to.
  'nu veilig', 'inmiddels veilig', 'now safe', 'safe now',
  // Violence told in the past tense: "ex-partner was gewelddadig".
  'was gewelddadig', 'was agressief', 'was violent',
];

/** After-care words that make a medical topic information ("een beroerte gehad … mantelzorg"). */
export const MEDICAL_AFTERCARE_PARTS: readonly string[] = [
  'mantelzorg', 'dagbesteding', 'huishouden', 'hervat', 'beweeggroep', 'praatgroep', 'afasie', 'carers',
];

/** A topic right after one of these is in the past: "leven na een beroerte", "life after a stroke". */
export const AFTER_WORDS: ReadonlySet<string> = new Set(['na', 'after', 'sinds', 'since']);

/**
 * A medical topic someone has had is past too: "gehad" just after it ("een beroerte gehad"),
 * "had" just before it ("had a stroke"); unless one of the JUST_NOW words comes shortly before it
 * ("heeft net een beroerte gehad", "just had a stroke"): that is an emergency still.
 */
export const HAD_AFTER: ReadonlySet<string> = new Set(['gehad']);
export const HAD_BEFORE: ReadonlySet<string> = new Set(['had']);
export const JUST_NOW: ReadonlySet<string> = new Set(['net', 'zojuist', 'just', 'vandaag', 'today', 'vanochtend', 'vanmiddag', 'vanavond']);
/** Blows long past that go on ("vroeger sloeg hij me, en nu weer"): still now. Not "nu" alone: "nu hulp bij de omgangsregeling". */
export const STILL_NOW: ReadonlySet<string> = new Set([...JUST_NOW, 'weer', 'nog', 'again', 'still']);

/**
 * Palliative care: a death that is expected is not a crisis, even in the words of one
 * ("mijn vader is terminaal en wil dood").
 */
export const PALLIATIVE_PARTS: readonly string[] = [
  'palliat', 'hospice', 'terminaal', 'terminal', 'euthanas', 'ongeneeslijk', 'stervensbegeleid',
];
export const PALLIATIVE_PHRASES: readonly string[] = ['thuis sterven', 'thuis dood', 'die at home'];

/** Words a phrase may not skip over: they start another clause. */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set(['en', 'and', 'maar', 'but', 'of', 'or']);
