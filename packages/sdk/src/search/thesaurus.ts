/**
 * The default Dutch thesaurus: needs (hulpvragen) in residents' own words. Search uses it beside a
 * feed's own taxonomy, and on its own when a feed has none (an imported HSDS directory whose
 * services have plain descriptions and no `needs`): "ik ben eenzaam" then still finds the services
 * that speak of eenzaamheid, ontmoeting or a maatje.
 *
 * - `phrases`: what residents type, Dutch first, some English. Matched as phrases after stop
 *   words go ("ik ben eenzaam" ≈ "eenzaam"), with light typo tolerance.
 * - `keywords`: words (or short all-words-required phrases) to look for in service text. Keep
 *   them specific: a keyword such as "contact" or "hulp" occurs in almost every description.
 * - `related`: words that often go with the need in service text without naming it ("inloop" for
 *   loneliness, "buurtteam" for arranging care). A service that has only these counts for less
 *   than one that names the need, so a walk-in for homeless people does not lead for "eenzaam".
 */

export interface ThesaurusConcept {
  /** The need as a tile or suggestion names it, in Dutch. */
  readonly name: string;
  readonly name_en: string;
  readonly phrases: readonly string[];
  readonly keywords: readonly string[];
  readonly related?: readonly string[];
}

/** Concepts keyed by a stable concept id (a slug, like a taxonomy term id). */
export type Thesaurus = Readonly<Record<string, ThesaurusConcept>>;

export const DEFAULT_THESAURUS: Thesaurus = {
  eenzaamheid: {
    name: 'Eenzaamheid',
    name_en: 'Loneliness',
    phrases: [
      'kom de deur niet uit', 'kom de deur niet meer uit', 'komt de deur niet uit', 'komt de deur niet meer uit',
      'isolated', 'isolation', 'feel isolated', 'socialise', 'socialize', 'elderly neighbour',
      'woont alleen', 'lives alone', 'living alone', 'geen familie in de buurt', 'zit veel alleen', 'zit alleen', 'zie bijna nooit iemand', 'dagen duren lang', 'no family nearby',
      'welzijn op recept', 'wor',
      'eenzaam', 'eenzaamheid', 'alleen', 'ik ben alleen', 'alleen thuis', 'geen contacten',
      'geen contact', 'weinig contact', 'geen vrienden', 'niemand om mee te praten', 'niemand',
      'ik zie niemand', 'mensen ontmoeten', 'nieuwe mensen leren kennen', 'gezelschap', 'maatje',
      'buddy', 'lonely', 'loneliness', 'no friends', 'meet people', 'buitengesloten', 'af en toe bezoek', 'bezoek krijgen', 'op bezoek komt', 'bezoekdienst', 'niemand die langskomt',
    ],
    keywords: ['eenzaamheid', 'eenzaam', 'sociale contacten', 'maatje', 'buddy', 'gezelschap', 'vriendschap', 'huisbezoek', 'bezoekdienst', 'belcirkel', 'telefooncirkel'],
    related: ['ontmoeting', 'ontmoeten', 'samenzijn', 'huiskamer', 'inloop', 'koffieochtend', 'buurthuis'],
  },
  geldzorgen: {
    name: 'Geldzorgen en schulden',
    name_en: 'Money worries and debts',
    phrases: [
      'msnp', 'minnelijk traject', 'minnelijke schuldregeling',
      'no money', 'boete', 'fine i cant pay', 'cant pay a fine', 'geld tekort', 'kom geld tekort', 'komen geld tekort', 'gkb', 'rood staan', 'sta rood', 'rekening staat rood', 'overdrawn', 'debt counselling', 'debt counseling', 'debt advice', 'debt help',
      'geldzorgen', 'geldproblemen', 'schulden', 'schuld', 'geen geld', 'weinig geld', 'rondkomen', 'kom niet rond', 'komen niet rond', 'rekeningen stapelen', 'betaalt niks', 'betaalt niets',
      'kan de huur niet betalen', 'huur niet betalen', 'rekeningen niet betalen', 'achterstand',
      'betalingsachterstand', 'deurwaarder', 'aanmaning', 'incasso', 'budget', 'financiele hulp',
      'financiele problemen', 'zorgen over geld', 'debt', 'debts', 'money problems', 'cannot pay rent', 'cant pay',
      'bewindvoering', 'bewindvoerder', 'beschermingsbewind', 'budgetbeheer', 'schuldhulp', 'schuldhulpverlening',
      // Someone to take the money over.
      'geldzaken overnemen', 'geldzaken overneemt', 'geldzaken regelen',
      // The voedselbank takes people in on a referral from money help, so it is this need too.
      'voedselbank', 'food bank',
      'shm', 'schuldhulpmaatje', 'kredietbank', 'gemeentelijke kredietbank', 'wsnp', 'schuldsanering', 'shv',
      // Arrears and gambling debts are money help as well as housing or addiction help.
      'huurachterstand', 'huurschuld', 'gokschulden',
    ],
    keywords: [
      'schuldhulpverlening', 'schuldhulp', 'schulden', 'geldzaken', 'geldzorgen', 'budgetcoach',
      'budgetbeheer', 'financien', 'financiele', 'thuisadministratie', 'betalingsachterstand',
      'formulierenhulp', 'inkomen', 'toeslagen', 'achterstand', 'betalingsregeling',
      'bewindvoering', 'beschermingsbewind', 'bewindvoerder', 'schuldhulpmaatje', 'shm', 'kredietbank', 'schuldsanering', 'wsnp',
    ],
  },
  'praktische-hulp': {
    name: 'Praktische hulp thuis',
    name_en: 'Practical help at home',
    phrases: [
      'garden', 'gardening', 'odd jobs', 'handyman', 'lekkende kraan', 'kraan lekt', 'klusjesman', 'klusjesdienst',
      'boodschappen', 'kan geen boodschappen doen', 'boodschappen doen', 'huishouden', 'huishouding',
      'schoonmaken', 'kan het huishouden niet aan', 'klusjes', 'tuin', 'hulp in huis',
      'huishoudelijke hulp', 'schoonhouden',
      'de was doen', 'hulp bij de was', 'wasgoed', 'strijken', 'laundry', 'huis vies', 'huis is vies', 'vies huis', 'house is dirty', 'house is a mess', 'messy house', 'huis is smerig',
      'shopping', 'groceries', 'cleaning', 'help at home', 'help in the house', 'clean my house', 'house cleaning', 'cleaner', 'housework',
    ],
    keywords: [
      'boodschappen', 'boodschappendienst', 'huishoudelijke hulp', 'huishouden', 'klussen',
      'klusjes', 'burenhulp', 'vrijwillige hulp', 'schoonmaak',
    ],
  },
  somberheid: {
    name: 'Somberheid en psychische klachten',
    name_en: 'Low mood and mental health',
    phrases: [
      'dip', 'in een dip', 'zit in de put', 'praat nergens meer over', 'praat niet meer', 'sluit zich af', 'trekt zich terug',
      'ervaringsdeskundige', 'ervaringsdeskundigen', 'lotgenotencontact', 'herstelacademie', 'ook psychisch ziek',
      'depression', 'depressive', 'struggling', 'eetstoornis', 'anorexia', 'boulimia', 'bulimia', 'eating disorder', 'postnatale depressie', 'postpartum', 'self harm', 'zelfbeschadiging',
      'counselling', 'counseling', 'student psychologist', 'huilerig', 'huil de hele tijd', 'cry all the time', 'wont eat', 'refuses to eat', 'stopped eating', 'eet bijna niks', 'eet bijna niets', 'mager', 'mager geworden', 'praten over mijn gevoelens', 'over mijn gevoelens praten', 'talk about my feelings',
      'somber', 'somberheid', 'depressie', 'depressief', 'neerslachtig', 'verdrietig',
      'niet lekker in mijn vel', 'slecht in mijn vel', 'psychisch', 'nergens zin in', 'voel me leeg', 'lusteloos',
      'psychische klachten', 'mentale gezondheid', 'down', 'zit niet lekker', 'depressed',
      'mental health', 'feeling low',
      'ggz', 'psycholoog', 'psychiater', 'poh ggz', 'praktijkondersteuner ggz', 'psychologist', 'therapist',
      'bggz', 'gbggz', 'basis ggz', 'generalistische basis ggz', 'sggz', 'specialistische ggz', 'adhd',
      'jggz', 'jeugd ggz',
    ],
    keywords: [
      'somberheid', 'somber', 'depressie', 'psychische', 'ggz', 'poh-ggz', 'bggz', 'sggz', 'gbggz', 'basis-ggz', 'mentale', 'psycholoog', 'herstel', 'herstelacademie', 'zelfhulp', 'mentaal',
      'psychiater', 'praktijkondersteuner ggz',
    ],
  },
  'geheugen-dementie': {
    name: 'Geheugen en dementie',
    name_en: 'Memory and dementia',
    phrases: [
      'confused',
      'casemanager', 'casemanagement', 'odensehuis',
      'keeps forgetting', 'forgetting things', 'memory problems',
      'vergeetachtig', 'vergeetachtiger', 'vergeetachtigheid', 'vergeet', 'vergeten', 'geheugen', 'geheugenproblemen',
      'dementie', 'dement', 'dementerend', 'dementeren', 'alzheimer', 'ik heb dementie', 'wordt vergeetachtig',
      'vaak in de war', 'memory', 'dementia', 'forgetful',
    ],
    keywords: [
      'dementie', 'alzheimer', 'geheugen', 'geheugenproblemen', 'vergeetachtigheid',
      'casemanager dementie', 'odensehuis', 'alzheimer cafe', 'ontmoetingscentrum',
    ],
  },
  mantelzorg: {
    name: 'Mantelzorg',
    name_en: 'Informal caregiving',
    phrases: [
      'need a break from caring', 'respite', 'care for my son', 'care for my daughter', 'thuis verzorgen', 'de nachten doen', 'nachten niet aan',
      'dagje weg', 'weekendje weg', 'past op mijn zoon', 'past op mijn dochter', 'past op mijn kind', 'dochter zorgt voor mij', 'zoon zorgt voor mij', 'kinderen zorgen voor mij',
      'care for my mother', 'care for my father', 'care for my husband', 'care for my wife', 'care for my sick', 'caring for my',
      'mantelzorg', 'mantelzorger', 'zorg voor mijn moeder', 'zorg voor mijn vader',
      'zorg voor mijn partner', 'zorg voor mijn man', 'zorg voor mijn vrouw', 'zorg voor mijn kind', 'zorg voor mijn zoon',
      'zorg voor mijn dochter', 'zorg voor mijn broertje', 'zorg voor mijn zusje', 'zorg voor mijn zus', 'zorg voor mijn broer', 'zorg voor mijn ouders', 'zorg voor mijn schoonmoeder', 'zorg voor mijn schoonvader', 'zorg voor haar', 'overbelast', 'alles alleen doen', 'alles alleen regelen',
      'thuis niet meer alleen', 'houd het niet vol', 'hou het niet vol', 'moet alles doen',
      'zorg voor mijn zieke', 'zorgen voor een zieke',
      'zorgt voor zieke', 'zorgt voor vader', 'zorgt voor moeder', 'zorgt voor ouders', 'zorgt voor broertje', 'zorgt voor zusje',
      'even vrij van zorg', 'tussenuit', 'even weg van de zorg', 'op mijn man past', 'op mijn vrouw past', 'oppas voor mijn man', 'oppas voor mijn vrouw',
      'woon ver weg', 'mantelzorg op afstand', 'cannot leave her alone', 'cannot leave him alone', 'cant leave her alone', 'cant leave him alone', 'kan hem niet alleen laten', 'kan haar niet alleen laten',
      'jmz', 'jonge mantelzorger', 'jonge mantelzorgers', 'helpt thuis veel', 'dochter helpt thuis', 'zoon helpt thuis', 'look after my sick',
      'carer', 'caregiver', 'caring', 'informal carer', 'look after my mother', 'look after my father', 'look after my husband', 'look after my wife', 'look after my partner',
    ],
    keywords: [
      'mantelzorg', 'mantelzorgers', 'mantelzorgondersteuning', 'respijtzorg', 'respijt',
      'logeeropvang', 'overbelasting', 'mantelzorgwaardering',
    ],
  },
  opvoeden: {
    name: 'Opvoeden en opgroeien',
    name_en: 'Parenting and growing up',
    phrases: [
      'kinderen hebben het zwaar', 'kind heeft het zwaar', 'kind opvangen', 'pleeggezin', 'foster parent', 'foster',
      'luistert niet', 'luistert niet naar mij', 'doesnt listen',
      'kleinkind woont bij mij', 'kleinkinderen wonen bij mij', 'zorg voor mijn kleinkind', 'pleegkind', 'pleegzorg', 'pleegouder', 'foster care',
      'other parents', 'single mother', 'single father', 'single mum', 'single dad', 'single mom',
      'opvoeden', 'opvoeding', 'opvoedvragen', 'opvoedingsvragen', 'kind',
      'puber', 'pubers', 'peuter', 'baby', 'ruzie met mijn kind', 'ruzie met zoon', 'ruzie met dochter', 'zorgen over mijn kind',
      'ouderschap', 'parenting', 'child', 'alleenstaande ouder', 'alleenstaande moeder', 'alleenstaande vader', 'single parent',
      'opvoedondersteuning', 'cjg', 'centrum voor jeugd en gezin', 'jeugd en gezin',
      'jeugdteam', 'jgt', 'jeugd en gezinsteam',
      'driftbui', 'driftbuien', 'woedeaanval', 'woedeaanvallen', 'tantrum', 'tantrums',
    ],
    keywords: [
      'opvoeden', 'opvoeding', 'opvoedondersteuning', 'opgroeien', 'jeugdgezondheidszorg', 'consultatiebureau',
      'centrum jong', 'ouder-kindcentrum', 'cjg', 'jeugd en gezin',
    ],
    related: ['ouders', 'gezin', 'jeugd'],
  },
  bewegen: {
    name: 'Bewegen en gezond leven',
    name_en: 'Exercise and healthy living',
    phrases: [
      'sports club', 'yoga', 'walking group', 'wandelgroep', 'gymnastiek', 'ouderengym', 'seniorengym', 'gym voor ouderen', 'mbvo', 'meer bewegen voor ouderen',
      'bewegen', 'sporten', 'sport', 'fit', 'conditie',
      'gezond leven', 'gezonder leven', 'wandelen', 'exercise',
    ],
    keywords: ['bewegen', 'beweegaanbod', 'sport', 'sporten', 'wandelen', 'wandelgroep', 'gym', 'fitness', 'buurtsportcoach', 'gezond'],
  },
  // Losing weight is the leefstijlcoach's and the dietitian's work more than a sports club's.
  'gezond-gewicht': {
    name: 'Gezond gewicht',
    name_en: 'Healthy weight',
    phrases: [
      'gezonder leven', 'healthier',
      'afvallen', 'overgewicht', 'dik', 'te dik', 'veel te zwaar', 'kind te zwaar', 'dochter te zwaar', 'zoon te zwaar', 'zwaarlijvig', 'gewicht', 'obesitas', 'dieet', 'gezond eten',
      'gli', 'leefstijlcoach', 'leefstijlinterventie', 'gecombineerde leefstijlinterventie', 'dietist',
      'lose weight', 'overweight', 'lifestyle coach', 'dietitian',
    ],
    keywords: ['overgewicht', 'gewicht', 'afvallen', 'leefstijl', 'leefstijlinterventie', 'leefstijlcoach', 'gli', 'dietist', 'voedingsadvies', 'obesitas'],
  },
  'chronische-ziekte': {
    name: 'Leven met een chronische ziekte',
    name_en: 'Living with a chronic illness',
    phrases: [
      'dm2', 'diabetes type 2', 'type 2 diabetes',
      'kanker', 'cancer', 'na kanker', 'chemo', 'chemotherapie', 'cancer support',
      'chronisch ziek', 'chronische ziekte', 'langdurig ziek', 'lang ziek', 'suikerziekte', 'suiker',
      'diabetes', 'copd', 'longziekte', 'astma', 'hartfalen', 'reuma', 'nierziekte', 'hartinfarct',
      'hartpatient', 'parkinson', 'chronic illness', 'chronically ill',
    ],
    keywords: [
      'chronische ziekte', 'chronisch ziek', 'diabetes', 'copd', 'astma', 'hartfalen', 'reuma',
      'longziekte', 'ketenzorg', 'zelfmanagement',
    ],
  },
  // Apart from chronic illness: brain injury has its own teams, walk-ins and day care.
  hersenletsel: {
    name: 'Niet-aangeboren hersenletsel (NAH)',
    name_en: 'Acquired brain injury',
    phrases: [
      'nah', 'niet aangeboren hersenletsel', 'hersenletsel', 'hersenschade', 'herseninfarct', 'hersenbloeding',
      'beroerte', 'cva', 'hoofdletsel', 'hersenkneuzing', 'hersenoperatie', 'hersentumor', 'na een ongeluk met zijn hoofd',
      'brain injury', 'brain damage', 'stroke',
    ],
    keywords: ['nah', 'hersenletsel', 'niet aangeboren hersenletsel', 'hersenschade', 'beroerte', 'cva', 'herseninfarct'],
    related: ['revalidatie', 'ergotherapie', 'chronische ziekte'],
  },
  valpreventie: {
    name: 'Vallen voorkomen',
    name_en: 'Fall prevention',
    phrases: [
      'falling', 'falling a lot', 'fell',
      'vallen', 'valt', 'valt vaak', 'gevallen', 'bang om te vallen', 'valangst', 'valpreventie', 'evenwicht',
      'balans', 'wankel', 'falls', 'afraid of falling', 'keeps falling',
    ],
    keywords: [
      'valpreventie', 'valtraining', 'valangst', 'valrisico', 'vallen voorkomen', 'bang om te vallen', 'valpartij',
      'evenwichtstraining', 'vallen verleden tijd',
      // Someone who keeps falling, above all alone, needs an alarm to call for help.
      'personenalarmering', 'alarmknop', 'alarmering',
    ],
    // Only half: service text also says "valt onder de Wmo" and "balans tussen zorg en werk".
    related: ['vallen', 'valt', 'gevallen', 'evenwicht', 'balans'],
  },
  wonen: {
    name: 'Wonen',
    name_en: 'Housing',
    phrases: [
      'rent is due', 'huisbaas wil mij eruit',
      'mo', 'maatschappelijke opvang',
      'night shelter', 'nachtopvang', 'shelter',
      'behind on rent', 'rent arrears', 'place to stay', 'evicted', 'eviction',
      'eruit gezet', 'wonen op de camping', 'camping', 'stacaravan',
      'woning', 'huis', 'woonruimte', 'huur', 'huurachterstand',
      'uitzetting', 'dakloos', 'geen woning', 'op straat staan', 'leef op straat', 'geen dak boven mijn hoofd', 'housing',
      'slaap buiten', 'slaap op straat', 'slaapplek', 'geen slaapplek', 'nowhere to sleep', 'zonder huis', 'geen huis', 'geen kamer', 'geen eigen plek', 'woon bij vrienden', 'slaap bij vrienden', 'sofa surfing', 'couch surfing', 'nergens om te wonen', 'nergens te wonen', 'nowhere to live', 'place to sleep', 'place to live', 'no home',
      'homeless', 'uit huis gezet', 'op straat gezet', 'moest het huis uit', 'huis uit gezet',
      'slaapt in auto', 'slaap in auto', 'slaap in mijn auto', 'sleeping in my car', 'sleeping in the car', 'slaap op de bank', 'bankslaper', 'huisbaas', 'verhuurder', 'woningcorporatie', 'schimmel', 'vocht in huis', 'landlord',
    ],
    keywords: [
      'woning', 'woonruimte', 'huurwoning', 'maatschappelijke opvang', 'daklozen', 'dakloos', 'nachtopvang',
      'huurachterstand', 'huurteam', 'huurcommissie',
    ],
    // Care where one lives answers "geen woning" less than housing does.
    related: ['wonen', 'woonbegeleiding', 'beschermd wonen'],
  },
  // Paid work and a day's activity are different questions: someone who lost their job needs work
  // and income help, not day care.
  werk: {
    name: 'Werk',
    name_en: 'Work',
    phrases: [
      'jobless', 'fired', 'dismissed',
      'werk', 'baan', 'geen werk', 'werkloos', 'werk zoeken', 'job', 'work', 'baan kwijt', 'werk kwijt',
      'ontslagen', 'ontslag', 'solliciteren', 'sollicitatie', 're-integratie', 'lost my job', 'looking for work',
      'unemployed', 'job search',
    ],
    keywords: [
      'werkzoekenden', 're-integratie', 'werkervaring', 'vacature', 'vacatures', 'solliciteren', 'sollicitatie',
      'baan', 'betaald werk', 'werkcoach', 'jobcoach', 'werkfit', 'werkloos',
    ],
  },
  dagbesteding: {
    name: 'Dagbesteding en vrijwilligerswerk',
    name_en: 'Daytime activities and volunteering',
    phrases: [
      'volunteer work', 'iets voor een ander doen', 'iets nuttigs doen', 'iets zinvols doen', 'nuttig bezig', 'zinvol bezig',
      'iets doen voor het dorp', 'iets doen voor de buurt', 'iets doen voor de wijk', 'iets betekenen voor de buurt',
      'dagbesteding', 'zinvolle dag', 'niets te doen', 'dagactiviteiten', 'vrijwilligerswerk', 'vrijwilliger',
      'iets doen overdag', 'overdag iets doen', 'overdag ergens heen', 'structuur in mijn dag', 'daytime activities', 'go during the day', 'somewhere during the day', 'day centre', 'day center',
      'vrijwilliger worden', 'iets voor anderen doen', 'iets betekenen voor anderen', 'vrije tijd', 'volunteering',
      'volunteer',
    ],
    keywords: ['dagbesteding', 'dagactiviteiten', 'vrijwilligerswerk', 'vrijwilligersvacatures', 'vrijwilligerscentrale'],
    related: ['participatie', 'activering'],
  },
  taal: {
    name: 'Taal, lezen en schrijven',
    name_en: 'Language, reading and writing',
    phrases: [
      'better dutch',
      'nt2', 'nt1',
      'spreek geen nederlands', 'spreek weinig nederlands', 'spreek slecht nederlands', 'geen nederlands',
      // Not "lezen" alone: it reads as "les" ("lessen over …"), and "waar kan ik lezen over" is no reading problem.
      'nederlands leren', 'taal leren', 'taal', 'taalles', 'schrijven', 'lezen en schrijven', 'kan niet lezen', 'niet goed lezen', 'slecht lezen', 'lees slecht', 'leren lezen', 'beter lezen', 'cant read',
      'laaggeletterd', 'laaggeletterdheid', 'moeite met lezen', 'inburgering', 'inburgeren',
      'learn dutch', 'learning dutch', 'dutch lessons', 'dutch course', 'dutch class',
      'nederlands is niet goed', 'dutch language', 'language classes', 'beter nederlands', 'nederlands praten', 'nederlands spreken', 'nederlands oefenen', 'speak dutch', 'practise dutch',
    ],
    keywords: [
      'taal', 'taalhuis', 'taalcafe', 'taalmaatje', 'taallessen', 'laaggeletterdheid',
      'nt2', 'inburgering', 'lezen en schrijven',
    ],
    related: ['digitaal', 'formulieren'],
  },
  'digitale-vaardigheden': {
    name: 'Digitale vaardigheden',
    name_en: 'Digital skills',
    phrases: [
      'online banking', 'internetbankieren', 'internet banking', 'internet at home',
      'computer', 'internet', 'digid', 'telefoon gebruiken', 'smartphone', 'tablet', 'nieuwe telefoon', 'telefoon',
      'snap niks van mijn telefoon', 'apps', 'whatsapp',
      'moeite met computer', 'digitaal', 'computer help',
      'computerles', 'computercursus', 'cursus computer', 'digitale vaardigheden', 'computer course',
      'digicafe', 'digi cafe', 'digitaal cafe', 'digicafes',
    ],
    keywords: ['digitaal', 'digid', 'computer', 'computerles', 'digisterker', 'digicafe', 'internet', 'klik en tik', 'smartphone', 'computercursus', 'digitale vaardigheden'],
  },
  administratie: {
    name: 'Brieven en formulieren',
    name_en: 'Letters and forms',
    phrases: [
      'brieven', 'formulieren', 'administratie', 'papieren', 'papierwerk', 'belastingaangifte',
      'rekeningen regelen', 'rekeningen niet regelen', 'rekeningen betalen regelen',
      'post en geld', 'post niet bijhouden', 'post niet meer bijhouden', 'toeslagen aanvragen', 'brief van de gemeente', 'snap mijn post', 'begrijp mijn post', 'post openen', 'forms', 'letters', 'paperwork',
      'aangifte', 'belastingdienst', 'belasting', 'tax return', 'taxes',
    ],
    keywords: [
      'formulierenhulp', 'formulieren', 'thuisadministratie', 'administratie', 'papierwinkel',
      'belastingaangifte', 'toeslagen', 'sociaal raadslieden', 'sociaal raadslid',
      'aangifte inkomstenbelasting', 'belastinghulp', 'invulhulp',
    ],
  },
  verslaving: {
    name: 'Verslaving',
    name_en: 'Addiction',
    phrases: [
      'ik rook', 'rook te veel', 'smokes',
      'vapet', 'vaped', 'vapen', 'vape', 'vaping', 'e-sigaret', 'sigaret', 'puffs',
      'stoppen met drinken', 'stop met drinken', 'quit drinking',
      'verslaving', 'verslaafd', 'alcohol', 'drank', 'te veel drinken', 'drugs', 'blowen',
      'gokken', 'gokverslaving', 'roken', 'stoppen met roken', 'addiction', 'drinking',
      'blowt', 'wiet', 'cannabis', 'weed', 'drinkt te veel', 'drinkt veel', 'drinks too much',
      // "papa drinkt": said of someone close, drinking means too much.
      'vader drinkt', 'moeder drinkt', 'papa drinkt', 'mama drinkt', 'man drinkt', 'vrouw drinkt', 'zoon drinkt', 'dochter drinkt',
      'wijn', 'bier', 'minder drinken', 'minderen met drinken', 'fles wijn', 'drankprobleem',
      'gok', 'gokt', 'gokte', 'clean', 'afgekickt', 'casino', 'gambling', 'gambles',
      'quit smoking', 'stop smoking', 'smoking', 'alcohol problem', 'drink too much', 'alcoholics anonymous', 'alcoholics', 'aa meeting', 'gokschulden', 'drink teveel', 'drinkt teveel',
      'overdosis voorkomen', 'drugsvoorlichting', 'drugs voorlichting', 'overdosis', 'drug testing', 'pill testing', 'partydrugs', 'pil laten testen',
    ],
    keywords: ['verslaving', 'verslavingszorg', 'alcohol', 'drugs', 'middelengebruik', 'gokken', 'stoppen met roken', 'pil testen', 'drugs testen', 'partydrugs', 'uitgaansdrugs'],
  },
  // Support at home to keep one's life on track (Wmo begeleiding), apart from care and from housing.
  begeleiding: {
    name: 'Begeleiding thuis',
    name_en: 'Support at home',
    phrases: [
      'ambulante begeleiding', 'begeleiding thuis', 'woonbegeleiding', 'begeleid wonen', 'begeleid zelfstandig wonen',
      'op zichzelf wonen', 'op mezelf wonen', 'individuele begeleiding', 'persoonlijke begeleiding', 'thuisbegeleiding',
      'begeleiding nodig', 'wonen met begeleiding', 'structuur', 'dagstructuur', 'supported living', 'support at home',
      // On one's own and not managing: "woont alleen en redt het niet".
      'redt het niet', 'redt het niet alleen', 'redt zich niet', 'woont alleen en redt het niet', 'cant cope on his own', 'cant cope on her own',
    ],
    keywords: ['ambulante begeleiding', 'woonbegeleiding', 'individuele begeleiding', 'thuisbegeleiding', 'begeleid wonen', 'begeleiding thuis'],
  },
  // Advice for older residents on living, care, money and help nearby.
  ouderenadvies: {
    name: 'Ouderenadvies',
    name_en: 'Advice for older people',
    phrases: ['ouderenadviseur', 'ouderenadvies', 'ouderenconsulent', 'ouderenwerk', 'seniorenvoorlichting', 'advies voor ouderen', 'advice for elderly'],
    keywords: ['ouderenadviseur', 'ouderenadvies', 'ouderenconsulent', 'ouderenwerk', 'seniorenvoorlichter', 'ouderenadviseurs'],
  },
  // Seasonal and agency workers: housing, pay and papers held by an employer (labour exploitation).
  arbeidsmigranten: {
    name: 'Arbeidsmigranten',
    name_en: 'Migrant workers',
    phrases: [
      'arbeidsmigrant', 'arbeidsmigranten', 'seizoenswerker', 'seizoenwerker', 'uitzendkracht', 'uitbuiting', 'uitgebuit',
      'paspoort afgepakt', 'baas houdt mijn paspoort', 'seasonal worker', 'migrant worker', 'agency worker', 'exploitation',
      'exploited', 'keeps my passport', 'took my passport', 'polish worker', 'polish workers', 'poolse werknemer', 'poolse werknemers',
    ],
    keywords: ['arbeidsmigrant', 'arbeidsmigranten', 'seizoenwerkers', 'seizoenswerkers', 'uitbuiting', 'arbeidsuitbuiting', 'migrant workers', 'seasonal workers'],
  },
  // Youth work: a place and people for teenagers in their free time, apart from youth care.
  jongerenwerk: {
    name: 'Jongerenwerk',
    name_en: 'Youth work',
    phrases: [
      'jongerenwerk', 'jongerenwerker', 'jongerencentrum', 'jongerenhonk', 'jeugdhonk', 'tienerwerk', 'tienercentrum',
      'hangplek', 'hangjongeren', 'iets te doen voor jongeren', 'youth centre', 'youth center', 'youth club', 'youth worker',
      'activities for teenagers', 'activities for teens', 'place for teenagers', 'foute vrienden', 'verkeerde vrienden', 'hangt op straat', 'wrong friends', 'wrong crowd',
    ],
    keywords: ['jongerenwerk', 'jongerenwerker', 'jongerencentrum', 'tienerwerk', 'jeugdhonk', 'jongerenhonk', 'tieners'],
  },
  // Apart from addiction: "gamet de hele nacht" asks for gaming help first, addiction care after it.
  gamen: {
    name: 'Gamen en schermtijd',
    name_en: 'Gaming and screen time',
    phrases: [
      'addicted to my phone', 'phone addiction', 'telefoonverslaving', 'social media verslaving', 'hele dag op mijn telefoon',
      'gamen', 'gamet', 'gamed', 'gamede', 'gamer', 'gaming', 'gameverslaving', 'gameverslaafd', 'te veel gamen',
      'schermtijd', 'hele dag achter de computer', 'hele dag op zijn telefoon', 'playstation', 'xbox', 'fortnite',
      'screen time', 'video games', 'gaming addiction',
    ],
    keywords: ['gamen', 'gameverslaving', 'gaming', 'gamegedrag', 'schermtijd', 'mediagebruik', 'mediawijsheid', 'gokken en gamen'],
    related: ['verslaving', 'verslavingszorg'],
  },
  vervoer: {
    name: 'Vervoer',
    name_en: 'Transport',
    phrases: [
      'brengt mij naar het ziekenhuis', 'rijdt mij naar het ziekenhuis', 'vervoer naar het ziekenhuis', 'lift to the hospital',
      'volunteer driver', 'driver to hospital', 'bus naar het ziekenhuis', 'niet meer met de bus', 'cvv', 'cvv pas', 'collectief vervoer', 'regiotaxi', 'wmo taxi',
      'vervoer', 'geen vervoer', 'geen auto', 'zonder auto', 'slecht ter been', 'taxi', 'rolstoelbus', 'rijden', 'transport',
      'autorijden', 'auto rijden', 'rijbewijs kwijt', 'rijbewijs ingeleverd', 'cant drive', 'cannot drive',
      'parkeerkaart', 'gehandicaptenparkeerkaart', 'invalidenparkeerkaart', 'disabled parking', 'parking permit',
    ],
    keywords: ['vervoer', 'vervoersdienst', 'wmo-vervoer', 'regiotaxi', 'buurtbus', 'automaatje', 'chauffeur', 'parkeerkaart', 'gehandicaptenparkeerkaart'],
  },
  voedsel: {
    name: 'Eten en voedselhulp',
    name_en: 'Food support',
    phrases: [
      'soup kitchen', 'free meal', 'free food',
      'voedselbank', 'geen eten', 'honger', 'eten', 'food bank', 'food',
      'niks te eten', 'niets te eten', 'lege koelkast', 'koelkast is leeg', 'geen eten in huis', 'voedselpakket',
    ],
    keywords: ['voedselbank', 'voedselhulp', 'voedselpakket', 'sociale supermarkt', 'uitgiftepunt', 'voedselbon'],
  },
  // Someone who no longer cooks or eats well needs meals, not a food parcel: a separate need.
  maaltijden: {
    name: 'Maaltijden',
    name_en: 'Meals',
    phrases: [
      'kook niet meer', 'kook niet meer voor mezelf', 'koken voor mezelf',
      'maaltijd', 'maaltijden', 'koken', 'warme maaltijd', 'warm eten', 'brengt eten', 'eten brengen', 'eten aan huis', 'eten thuisbezorgd', 'maaltijd aan huis', 'maaltijdservice', 'samen eten', 'eettafel',
      'eet niet', 'eet niet goed', 'eet slecht', 'eet niet meer', 'kookt niet meer', 'koken lukt niet', 'kan niet meer koken',
      'meals on wheels', 'meal delivery', 'hot meal', 'meals', 'meals delivered',
    ],
    keywords: ['maaltijd', 'maaltijden', 'maaltijdservice', 'maaltijdvoorziening', 'eettafel', 'samen eten', 'buurtmaaltijd', 'warme maaltijd'],
  },
  // Living with care around the clock (the Wlz): apart from help at home, and from arranging care.
  verpleeghuis: {
    name: 'Verpleeghuis en wonen met zorg',
    name_en: 'Nursing home and residential care',
    phrases: [
      'ciz', 'zorgkantoor', 'vpt', 'mpt', 'volledig pakket thuis',
      'verpleeghuis', 'verzorgingshuis', 'woonzorgcentrum', 'zorgcentrum', 'nursing home', 'wlz indicatie',
      'kan niet meer thuis wonen', 'niet meer thuis wonen', 'kan niet meer alleen wonen', 'opname verpleeghuis',
    ],
    keywords: ['verpleeghuis', 'verpleeghuiszorg', 'woonzorgcentrum', 'wet langdurige zorg', 'wlz', 'zorgkantoor', 'verzorgingshuis'],
  },
  'zorg-thuis': {
    name: 'Zorg en verpleging thuis',
    name_en: 'Care and nursing at home',
    phrases: [
      'washing', 'help washing', 'bathing', 'help with washing', 'home nursing', 'district nurse', 'wast', 'wast me',
      'shower alone', 'cant shower', 'wash myself', 'personal care', 'thuis blijven wonen', 'langer thuis wonen', 'stay at home',
      'thuiszorg', 'wijkverpleging', 'wijkverpleegkundige', 'verpleging', 'wassen en aankleden',
      'hulp bij wassen', 'steunkousen', 'zorg thuis', 'home care', 'nurse', 'wassen', 'niet meer wassen',
      'douchen', 'aankleden', 'persoonlijke verzorging',
    ],
    keywords: ['wijkverpleging', 'wijkverpleegkundige', 'thuiszorg', 'verpleging', 'persoonlijke verzorging', 'verzorging'],
  },
  medicijnen: {
    name: 'Medicijnen',
    name_en: 'Medicines',
    phrases: [
      'medicijnen', 'medicatie', 'apotheek', 'apotheker', 'dienstapotheek', 'herhaalrecept', 'bijwerkingen',
      'pharmacy', 'pharmacist', 'medication', 'medicine',
    ],
    keywords: ['apotheek', 'apotheker', 'dienstapotheek', 'medicijnen', 'medicatie', 'medicatiebeoordeling', 'herhaalrecept'],
  },
  huisarts: {
    name: 'Huisarts en gezondheid',
    name_en: 'GP and health',
    phrases: [
      'huisarts', 'dokter', 'arts', 'ziek', 'pijn', 'klachten', 'gezondheid', 'doctor', 'gp', 'ill',
      'huisartsenpraktijk', 'poh', 'praktijkondersteuner', 'family doctor', 'general practitioner', 'hausarzt', 'arzt',
    ],
    keywords: ['huisarts', 'huisartsenpraktijk', 'gezondheidscentrum', 'praktijkondersteuner', 'poh'],
  },
  spoedzorg: {
    name: 'Spoed buiten kantooruren',
    name_en: 'Urgent care out of hours',
    phrases: [
      'seh', 'spoedeisende hulp', 'eerste hulp',
      'huisartsenpost', 'spoedpost', 'dokterspost', 'spoed', 'dringend', 'buiten kantooruren',
      'huisarts avond', 'huisarts nacht', 'huisarts weekend', 'dokter avond', 'dokter weekend',
      'huisarts dicht', 'out of hours', 'after hours', 'after hours doctor', 'urgent', 'emergency doctor',
      'dokter is dicht', 'dokter dicht', 'huisarts is dicht', 'huisarts gesloten', 'zondag dokter', 'zondag huisarts', 'doctor closed', 'gp closed',
      'hap', 'huisartsenpost bellen', 'doctor at night', 'weekend doctor', 'anw zorg', 'anw huisarts', 'avond nacht weekend',
    ],
    keywords: ['huisartsenpost', 'spoedpost', 'spoedzorg', 'buiten kantooruren', 'avond nacht weekend'],
  },
  rouw: {
    name: 'Rouw en verlies',
    name_en: 'Grief and loss',
    phrases: [
      'mis mijn vrouw', 'mis mijn man', 'mis mijn moeder', 'mis mijn vader', 'gemis',
      'uitvaart', 'begrafenis', 'crematie', 'funeral', 'funeral costs',
      'rouw', 'rouwen', 'verlies', 'overleden', 'overlijden', 'dood', 'weduwe', 'weduwnaar',
      'nabestaanden', 'nabestaande', 'zelfdoding', 'zelfmoord', 'van het leven beroofd', 'uit het leven gestapt',
      'took his own life', 'took her own life', 'took their own life', 'grief', 'bereavement', 'died', 'passed away', 'death', 'widow', 'widower', 'widows', 'widowers', 'lost a loved one', 'loved one',
    ],
    keywords: ['rouw', 'rouwverwerking', 'verlies', 'rouwgroep', 'nabestaanden', 'overlijden'],
  },
  'stress-burnout': {
    name: 'Stress en overbelasting',
    name_en: 'Stress and burnout',
    phrases: [
      'stress', 'gestrest', 'burn-out', 'burnout', 'overspannen', 'moe', 'uitgeput', 'druk', 'exhausted',
      'stressed', 'exam stress', 'examenstress', 'overbelast', 'uitgeblust', 'alles wordt me te veel', 'gespannen', 'gestrest over school',
    ],
    keywords: ['stress', 'burn-out', 'overspannenheid', 'spanning', 'ontspanning', 'mindfulness', 'veerkracht'],
  },
  'relatie-gezin': {
    name: 'Relatie, scheiding en thuis',
    name_en: 'Relationships, divorce and home',
    phrases: [
      'ex doet moeilijk', 'ruzie met mijn ex', 'problemen met mijn ex', 'omgang met de kinderen',
      'scheiding', 'scheiden', 'gaan scheiden', 'gescheiden', 'uit elkaar', 'uit elkaar met mijn partner', 'relatieproblemen', 'ruzie thuis', 'ruzie',
      'relatie', 'relatietherapie', 'onveilig thuis', 'divorce', 'divorced', 'marriage', 'couples therapy', 'relationship',
      'echtscheiding', 'omgangsregeling', 'ouderschapsplan', 'separation',
      // KIES (kinderen in echtscheidingssituaties) as a group or training; "kies" alone is a molar.
      'kies training', 'kies groep', 'kiesgroep', 'kies cursus', 'kinderen in echtscheiding',
    ],
    keywords: ['scheiding', 'relatieproblemen', 'echtscheiding', 'omgangsregeling', 'ouderschapsplan', 'relatietherapie'],
    related: ['relatie', 'gezin', 'gezinsondersteuning', 'mediation', 'maatschappelijk werk'],
  },
  clientondersteuning: {
    name: 'Hulp bij het regelen van zorg',
    name_en: 'Help arranging care',
    phrases: [
      'maatwerkvoorziening', 'algemene voorziening', 'wmo voorziening',
      'clientondersteuning', 'clientondersteuner', 'wmo', 'wmo aanvragen', 'keukentafelgesprek',
      'zorg regelen', 'indicatie', 'hulp bij de aanvraag', 'helpt met de aanvraag', 'aanvraag invullen',
      'wlz', 'arranging care',
      'wmo loket', 'wmo-loket',
      'oco', 'ocl', 'onafhankelijke clientondersteuning', 'onafhankelijke clientondersteuner',
      'consulent', 'eigen bijdrage', 'cak', 'meegaan naar het gesprek', 'meegaat naar het gesprek', 'meegaat naar de gemeente', 'gaat mee naar de gemeente', 'helpt regelen', 'iemand die helpt regelen', 'gesprek bij de gemeente', 'gesprek met de gemeente',
    ],
    keywords: ['clientondersteuning', 'clientondersteuner', 'oco', 'wmo', 'keukentafelgesprek'],
    related: ['buurtteam', 'wijkteam', 'sociaal team', 'loket'],
  },
  hulpmiddelen: {
    name: 'Hulpmiddelen en aanpassingen',
    name_en: 'Aids and home adaptations',
    phrases: [
      'rolstoel', 'rollator', 'scootmobiel', 'hulpmiddel', 'hulpmiddelen', 'wheelchair', 'mobility scooter', 'walker', 'walking frame',
      'slecht ter been', 'slecht lopen', 'moeilijk lopen', 'loop slecht', 'krukken', 'tillift',
      'douchestoel', 'douchekruk', 'toiletverhoger', 'postoel', 'shower chair',
      'personenalarmering', 'personenalarm', 'alarmering', 'alarmknop', 'halsalarm', 'polsalarm', 'valalarm',
      'personal alarm', 'alarm button',
    ],
    keywords: [
      'hulpmiddelen', 'hulpmiddel', 'rolstoel', 'scootmobiel', 'rollator', 'wmo-voorziening', 'uitleen',
      'personenalarmering', 'alarmering', 'alarmknop',
    ],
  },
  // A home made fit to live in is a different request, often a different desk, from a wheelchair.
  woningaanpassing: {
    name: 'Woning aanpassen',
    name_en: 'Home adaptations',
    phrases: [
      'niet meer trap op', 'kan niet meer trap op', 'cant climb the stairs',
      'traplopen', 'trap niet op', 'kan de trap niet meer op',
      'adapted bathroom', 'bathroom',
      'woningaanpassing', 'aanpassing in huis', 'aangepaste badkamer', 'badkamer aanpassen', 'douche aanpassen',
      'drempels', 'aangepaste woning', 'traplift', 'trap', 'stairs', 'stairlift', 'stair lift', 'home adaptation',
      'trapleuning', 'extra trapleuning', 'beugels', 'handgrepen', 'handrail', 'grab rails',
    ],
    // Not "badkamer" or "douche": cleaning help and a day shelter name those too.
    keywords: [
      'woningaanpassing', 'woningaanpassingen', 'traplift', 'aanpassingen in huis', 'drempels', 'drempelhulp', 'inloopdouche',
      'verhoogd toilet', 'woonvoorziening', 'woonvoorzieningen',
    ],
  },
  zingeving: {
    name: 'Zingeving en levensvragen',
    name_en: 'Meaning and life questions',
    phrases: [
      'dominee', 'pastor', 'pastoor', 'priester', 'imam', 'kerk', 'church', 'moskee', 'mosque', 'humanistisch raadsman', 'geestelijk verzorger', 'geestelijke verzorging', 'pastoraat', 'chaplain','zingeving', 'levensvragen', 'zin in het leven', 'geloof', 'levenseinde', 'meaning of life', 'praten over doodgaan'],
    keywords: ['zingeving', 'levensvragen', 'geestelijk verzorger', 'geestelijke verzorging', 'levenseinde', 'pastoraal', 'pastoraat', 'dominee', 'pastor', 'levensbeschouwelijk'],
  },
  'palliatieve-zorg': {
    name: 'Laatste levensfase en hospice',
    name_en: 'End-of-life care',
    phrases: [
      'gaat dood', 'ligt op sterven', 'stervende', 'is dying', 'dying',
      'hospice', 'bijna thuis huis', 'palliatieve zorg', 'palliatief', 'terminaal', 'terminaal ziek',
      'laatste levensfase', 'stervensbegeleiding', 'thuis sterven', 'palliative care', 'end of life care', 'terminally ill',
      'ongeneeslijk', 'ongeneeslijk ziek', 'niet meer beter worden', 'incurable',
      // Wishes for the end written down: no resuscitation, euthanasia, a living will.
      'niet gereanimeerd', 'niet reanimeren', 'niet-reanimeren', 'wilsverklaring', 'levenstestament', 'euthanasieverklaring', 'euthanasie', 'behandelverbod', 'do not resuscitate', 'advance directive',
    ],
    keywords: ['hospice', 'bijna-thuis-huis', 'palliatieve', 'palliatief', 'terminale', 'laatste levensfase', 'vptz', 'stervensbegeleiding'],
  },
  fysiotherapie: {
    name: 'Fysiotherapie en oefentherapie',
    name_en: 'Physiotherapy',
    phrases: [
      'podotherapeut', 'podotherapie', 'steunzolen', 'voetzorg', 'pedicure', 'medisch pedicure', 'nagels knippen', 'teennagels', 'toenails', 'foot care',
      'heup', 'pijn in mijn heup',
      'rug', 'last van mijn rug', 'schouderpijn', 'knie',
      'fysio', 'fysiotherapie', 'fysiotherapeut', 'oefentherapie', 'oefentherapeut', 'manueel therapeut',
      'physio', 'physiotherapy', 'physiotherapist', 'rugpijn', 'nekpijn', 'rugklachten', 'nekklachten',
      'schouderklachten', 'back pain', 'neck pain',
    ],
    keywords: ['fysiotherapie', 'fysiotherapeut', 'oefentherapie', 'oefentherapeut', 'manuele therapie', 'bekkenfysiotherapie'],
  },
  mondzorg: {
    name: 'Tandarts en mondzorg',
    name_en: 'Dentist',
    phrases: [
      'tandarts', 'kiespijn', 'tandpijn', 'gebit', 'mondzorg', 'spoedtandarts', 'tandarts spoed', 'dental care', 'dental',
      'mondhygienist', 'dentist', 'toothache', 'dentist emergency', 'emergency dentist',
    ],
    keywords: ['tandarts', 'tandartspraktijk', 'mondzorg', 'mondhygienist', 'spoedtandarts', 'tandheelkundige'],
  },
  jeugdgezondheid: {
    name: 'Consultatiebureau en jeugdgezondheid',
    name_en: 'Child health clinic',
    phrases: [
      'jgz', 'consultatiebureau', 'jeugdarts', 'jeugdverpleegkundige',
      'baby wegen', 'groei van mijn baby', 'child health clinic', 'baby clinic', 'school nurse', 'schoolverpleegkundige',
    ],
    keywords: ['consultatiebureau', 'jeugdgezondheidszorg', 'jgz', 'jeugdverpleegkundige', 'jeugdarts', 'rijksvaccinatieprogramma', 'babyspreekuur', 'wegen meten'],
  },
  pgb: {
    name: 'Persoonsgebonden budget (pgb)',
    name_en: 'Personal care budget',
    phrases: ['pgb', 'persoonsgebonden budget', 'zorgbudget', 'budgethouder', 'personal budget'],
    // Where a pgb is granted (the gemeente's Wmo-loket, the zorgkantoor) and who helps to ask for one.
    keywords: ['pgb', 'persoonsgebonden budget', 'budgethouder', 'zorg in natura'],
    related: ['wmo-loket', 'wmo loket', 'zorgkantoor', 'clientondersteuning', 'clientondersteuner'],
  },
  inkomen: {
    name: 'Inkomen, uitkering en toeslagen',
    name_en: 'Income, benefits and allowances',
    phrases: [
      'geen eigen inkomen', 'eigen inkomen', 'no income', 'geen toeslag meer', 'toeslag gestopt',
      'sportschool te duur', 'contributie te duur', 'expensive', 'too expensive',
      'participatiewet', 'wia', 'wajong', 'wao', 'ziektewet', 'anw',
      'benefits stopped', 'benefit', 'unemployment', 'unemployed',
      'healthcare allowance', 'housing allowance', 'child benefit', 'allowance',
      'aow', 'pensioen', 'uitkering', 'bijstand', 'bijstandsuitkering', 'ww', 'toeslag', 'toeslagen',
      'zorgtoeslag', 'huurtoeslag', 'kindgebonden budget', 'inkomen', 'minimaregeling', 'state pension',
      'pension', 'benefits', 'welfare', 'unemployment benefit', 'uwv', 'svb', 'kinderbijslag', 'anw uitkering', 'nabestaandenuitkering',
      // Fees a family on a low income cannot pay: the funds and passes of the minima schemes.
      'contributie', 'iit', 'individuele inkomenstoeslag', 'langdurigheidstoeslag',
    ],
    keywords: [
      'uitkering', 'bijstand', 'aow', 'pensioen', 'uwv', 'svb', 'kinderbijslag', 'toeslagen', 'minimaregeling', 'inkomensondersteuning',
      'werk en inkomen', 'participatiewet', 'jeugdfonds', 'kindpakket', 'meedoenregeling', 'minima',
    ],
  },
  buren: {
    name: 'Buren en buurtbemiddeling',
    name_en: 'Neighbours and mediation',
    phrases: [
      'noise from neighbours', 'noise nuisance', 'neighbours too loud', 'neighbours are too loud', 'loud neighbours', 'neighbors too loud', 'neighbour problems',
      'burenruzie', 'ruzie met de buren', 'ruzie met buren', 'burenoverlast', 'overlast', 'geluidsoverlast',
      'buurtbemiddeling', 'problemen met de buren', 'neighbour dispute', 'noisy neighbours',
      'buren', 'bovenburen', 'onderburen', 'herrie', 'lawaai', 'geluid van de buren',
    ],
    keywords: ['buurtbemiddeling', 'burenruzie', 'burenconflict', 'overlast', 'bemiddeling'],
  },
  angst: {
    name: 'Angst en piekeren',
    name_en: 'Anxiety and worrying',
    phrases: [
      'angst', 'angstig', 'bang', 'paniek', 'paniekaanval', 'paniekaanvallen', 'piekeren', 'pieker',
      'durf niet naar buiten', 'durf niet meer naar buiten', 'durf de deur niet uit', 'fobie',
      'anxiety', 'anxious', 'panic attacks', 'worrying',
    ],
    keywords: ['angst', 'angstklachten', 'paniek', 'piekeren', 'fobie', 'angststoornis'],
  },
  slaap: {
    name: 'Slaapproblemen',
    name_en: 'Sleep problems',
    phrases: [
      'slapen slecht', 'cant sleep well',
      'slaap slecht', 'slaapt slecht', 'sleep badly',
      'slapen', 'slecht slapen', 'kan niet slapen', 'slaapproblemen', 'slapeloosheid', 'wakker liggen',
      'lig wakker', 'nacht wakker', 'doorslapen', 'inslapen', 'insomnia', 'cannot sleep', 'cant sleep', 'sleep problems',
    ],
    keywords: ['slaap', 'slaapproblemen', 'slapeloosheid', 'slaapcursus', 'slaaptraining', 'slapen'],
  },
  zwangerschap: {
    name: 'Zwangerschap en kinderwens',
    name_en: 'Pregnancy',
    phrases: [
      'breastfeeding', 'borstvoeding', 'abortion', 'abortus', 'unwanted pregnancy', 'ongewenst zwanger', 'ongewenste zwangerschap',
      'zwanger', 'zwangerschap', 'kinderwens', 'bevalling', 'bevallen', 'verloskundige', 'kraamzorg',
      'een kindje krijgen', 'pregnant', 'pregnancy', 'midwife', 'expecting a baby',
      'krijgen een baby', 'baby krijgen', 'baby op komst', 'having a baby',
    ],
    keywords: ['zwangerschap', 'zwangeren', 'verloskundige', 'kraamzorg', 'bevalling', 'kinderwens'],
  },
  'maatschappelijk-werk': {
    name: 'Maatschappelijk werk',
    name_en: 'Social work',
    phrases: [
      'amw', 'maatschappelijk werk', 'algemeen maatschappelijk werk', 'maatschappelijk werker',
      'schoolmaatschappelijk werk', 'smw', 'mmw', 'medisch maatschappelijk werk', 'sociaal werker', 'social worker', 'social work',
    ],
    keywords: ['maatschappelijk werk', 'maatschappelijk werker', 'sociaal werker', 'amw'],
    related: ['buurtteam', 'wijkteam'],
  },
  'tijdelijk-verblijf': {
    name: 'Tijdelijk verblijf en logeren',
    name_en: 'Short stay and respite',
    phrases: [
      'elv', 'eerstelijnsverblijf', 'eerstelijns verblijf', 'logeren', 'logeerplek', 'logeerplekje', 'logeerhuis', 'logeeropvang',
      'kortdurend verblijf', 'tijdelijk verblijf', 'tijdelijke opname', 'uit het ziekenhuis', 'na opname in het ziekenhuis', 'herstellen na ziekenhuis', 'hospital discharge', 'home from hospital', 'na ontslag uit het ziekenhuis', 'thuis na ontslag', 'weekend rust',
      // Not home yet after a hospital stay: where to go in between.
      'ziekenhuis niet naar huis', 'ziekenhuis nog niet naar huis', 'cant go home from hospital', 'after hospital',
      'short stay', 'respite care', 'respijtzorg', 'respijt', 'vervangende mantelzorg',
    ],
    keywords: ['eerstelijnsverblijf', 'elv', 'logeerhuis', 'logeeropvang', 'kortdurend verblijf', 'tijdelijk verblijf', 'herstelzorg', 'respijtzorg', 'respijt', 'logeren'],
  },
  kinderopvang: {
    name: 'Kinderopvang',
    name_en: 'Childcare',
    phrases: [
      'na school heen', 'schooltijd', 'naschoolse opvang', 'after school',
      'opvang voor mijn peuter', 'opvang voor de kinderen', 'oppas',
      // Where a child goes while its parent works.
      'kind heen als ik werk', 'kind heen als ik moet werken', 'kinderen heen als ik werk', 'childcare while i work',
      'nursery', 'creche', 'playgroup', 'peutergroep',
      'kind opvang', 'opvang kind', 'kinderopvang', 'opvang voor mijn kind', 'kinderdagverblijf', 'bso', 'buitenschoolse opvang', 'peuteropvang',
      'gastouder', 'smi', 'sociaal medische indicatie', 'childcare', 'daycare', 'after school care',
      'vve', 'voorschool', 'vroegschoolse educatie', 'peuterspeelzaal', 'toddler',
    ],
    keywords: ['kinderopvang', 'kinderdagverblijf', 'bso', 'buitenschoolse opvang', 'peuteropvang', 'gastouder', 'vve', 'peuterspeelzaal', 'voorschool'],
  },
  logopedie: {
    name: 'Logopedie, spraak en taalontwikkeling',
    name_en: 'Speech therapy',
    phrases: [
      'praat weinig', 'praat nog weinig', 'praat nog niet', 'talks little', 'not talking yet',
      'dyslexie', 'dyslexia', 'speech delay',
      'logopedie', 'logopedist', 'spraak', 'praat moeilijk', 'stotteren', 'taalontwikkeling', 'afasie',
      'speech therapy', 'speech therapist', 'stutter',
    ],
    keywords: ['logopedie', 'logopedist', 'stotteren', 'afasie', 'spraak', 'taalontwikkeling'],
  },
  autisme: {
    name: 'Autisme',
    name_en: 'Autism',
    phrases: ['autisme', 'ass', 'autistisch', 'autismespectrumstoornis', 'autism', 'autistic'],
    keywords: ['autisme', 'autismespectrumstoornis', 'autistisch', 'ass'],
  },
  'ehbo-cursus': {
    name: 'EHBO en reanimatie leren',
    name_en: 'First aid courses',
    phrases: [
      'aed', 'bhv', 'aed cursus',
      'ehbo', 'ehbo cursus', 'eerste hulp cursus', 'eerste hulp leren', 'reanimatiecursus', 'reanimeren leren',
      'burgerhulpverlener', 'first aid course', 'first aid', 'cpr course', 'flauwvalt', 'flauwvallen',
      'overdosis cursus', 'cursus overdosis', 'naloxon', 'cursus reanimatie',
    ],
    keywords: ['ehbo', 'eerste hulp', 'reanimatie', 'reanimeren', 'burgerhulpverlener', 'aed'],
  },
  'verstandelijke-beperking': {
    name: 'Licht verstandelijke beperking',
    name_en: 'Mild intellectual disability',
    phrases: [
      'lvb', 'licht verstandelijke beperking', 'verstandelijke beperking', 'verstandelijk beperkt', 'verstandelijke handicap', 'verstandelijk gehandicapt',
      'intellectual disability', 'learning disability',
    ],
    keywords: ['verstandelijke beperking', 'verstandelijk beperkt', 'lvb'],
  },
  // Severe mental illness has its own services (FACT, beschermd wonen) apart from help for low mood.
  'ernstige-psychische-aandoening': {
    name: 'Ernstige psychische aandoening',
    name_en: 'Severe mental illness',
    phrases: [
      'fact', 'factteam', 'ibs', 'crisismaatregel', 'zorgmachtiging', 'wvggz', 'verplichte ggz', 'verplichte zorg',
      'epa', 'ernstige psychische aandoening', 'psychisch kwetsbaar', 'psychose', 'psychotisch', 'schizofrenie',
      'bipolair', 'manisch depressief', 'fact team', 'beschermd wonen', 'severe mental illness', 'psychosis', 'bipolar',
      'bw', 'bw plek', 'wrap', 'herstelgroep', 'spv', 'sociaal psychiatrisch verpleegkundige',
      // Peers: someone who has been there too.
      'ook psychisch ziek', 'lotgenoten psychisch', 'peer support',
    ],
    keywords: ['ernstige psychische', 'psychose', 'schizofrenie', 'bipolair', 'fact team', 'fact-team', 'beschermd wonen', 'psychisch kwetsbaar'],
  },
  school: {
    name: 'School en leerplicht',
    name_en: 'School attendance',
    phrases: [
      'mag niet naar school', 'not allowed to go to school',
      'slechte cijfers', 'haalt slechte cijfers', 'bad grades', 'refuses to go to school', 'wont go to school', 'school refusal', 'truant',
      'vo', 'voortgezet onderwijs', 'middelbare school', 'vso', 'speciaal onderwijs', 'passend onderwijs', 'praktijkonderwijs',
      'zonder school', 'geen school', 'no school',
      'my studies', 'studie', 'study', 'studying', 'schoolkeuze',
      'spijbelen', 'spijbelt', 'schoolverzuim', 'verzuim', 'thuiszitter', 'wil niet naar school', 'gaat niet naar school',
      'leerplicht', 'leerplichtambtenaar', 'schooluitval', 'voortijdig schoolverlater', 'vsv', "vsv'er", 'startkwalificatie',
      'zonder diploma', 'rmc', 'truancy', 'skipping school', 'school dropout',
      'school belt', 'school belt steeds', 'school calls', 'van school gegaan', 'gestopt met school', 'stoppen met school', 'stop met school', 'school niet bijhouden', 'quit school', 'drop out of school',
    ],
    keywords: ['leerplicht', 'leerplichtambtenaar', 'schoolverzuim', 'verzuim', 'rmc', 'startkwalificatie', 'thuiszitters', 'voortijdig schoolverlaten'],
    related: ['school', 'opvoeding', 'opvoedvragen', 'jeugd'],
  },
  // Courses that teach people to see the signs; the crisis rules read these queries as information.
  'suicidepreventie-training': {
    name: 'Suïcidepreventie leren',
    name_en: 'Suicide prevention training',
    phrases: [
      'suicidepreventie', 'zelfmoordpreventie', 'gatekeepertraining', 'gatekeeper training', 'signalen van zelfmoord',
      'signalen zelfmoord herkennen', 'mentale ehbo', 'suicide prevention',
      'zelfmoord signalen', 'suicide signalen', 'suicide risk', 'herken suicidale gedachten', 'suicidale gedachten herkennen', 'suicidaliteit herkennen', 'signalen suicidaliteit', 'recognising suicide', 'recognizing suicide', 'signs of suicide', 'suicide warning signs',
    ],
    keywords: [
      'suicidepreventie', 'zelfmoordpreventie', 'gatekeeper', 'gatekeepertraining', 'mentale ehbo', 'suicide prevention',
      // "leer je signalen herkennen dat iemand aan zelfdoding denkt": both words, so a group for survivors is not a training.
      'signalen zelfdoding', 'signalen zelfmoord', 'signalen suicide', 'herkennen zelfdoding', 'herkennen suicide',
    ],
  },
  juridisch: {
    name: 'Juridisch advies',
    name_en: 'Legal advice',
    phrases: [
      'mijn rechten', 'rechten', 'rights',
      'legal help', 'free legal', 'employer', 'werkgever', 'problems with my employer',
      'baas betaalt niet', 'loon niet betaald', 'loon niet uitbetaald', 'salaris niet betaald', 'unpaid wages', 'doesnt pay me',
      'juridisch', 'juridisch advies', 'juridische hulp', 'rechtshulp', 'advocaat', 'pro deo', 'sociaal raadslieden',
      'sociaal raadsman', 'rechtswinkel', 'bezwaar maken', 'legal advice', 'legal aid', 'lawyer',
    ],
    keywords: ['juridisch', 'juridische', 'advocaat', 'rechtshulp', 'rechtsbijstand', 'rechtswinkel', 'raadslieden', 'bezwaar maken'],
  },
  nieuwkomers: {
    name: 'Nieuw in Nederland',
    name_en: 'New to the Netherlands',
    phrases: [
      'gevlucht', 'gevlucht uit', 'fled', 'net verhuisd',
      'azc', 'uit het azc', 'asielzoekerscentrum', 'neu', 'neu hier', 'net in nederland', 'pas in nederland', 'new in the netherlands', 'new to the netherlands', 'arrived', 'just arrived', 'net in dit land', 'in dit land komen wonen', 'nieuw in dit land',
      'register at the municipality', 'registration', 'moved here', 'moving here', 'new here', 'international community', 'internationals',
      'statushouder', 'vluchteling', 'asielzoeker', 'verblijfsvergunning', 'gezinshereniging', 'nieuwkomer',
      'nieuw in nederland', 'expat', 'refugee', 'asylum', 'residence permit', 'newcomer', 'bsn',
      'gezin laten overkomen', 'gezin hierheen halen', 'familie laten overkomen', 'family reunification',
      'trailing spouse', 'trailing spouses', 'komen uit roemenie', 'komen uit polen', 'komen uit bulgarije',
    ],
    keywords: ['statushouders', 'vluchtelingen', 'nieuwkomers', 'verblijfsvergunning', 'gezinshereniging', 'expats', 'internationals', 'newcomers', 'refugees'],
  },
  kleding: {
    name: 'Kleding',
    name_en: 'Clothing',
    phrases: [
      'winterkleren', 'kleren voor de winter', 'winter clothes',
      'kledingbank', 'kleding', 'gratis kleding', 'kleren', 'clothes', 'clothing',
      // What a family without money lacks is named as a thing: "geen winterjas".
      'winterjas', 'jas', 'winterkleding', 'schoenen', 'kinderkleding', 'babykleding', 'winter coat',
    ],
    keywords: ['kledingbank', 'gratis kleding', 'kleding', 'kledingwinkel'],
  },
  slechtziend: {
    name: 'Slecht zien',
    name_en: 'Sight loss',
    phrases: [
      'glasses', 'bril', 'zie slecht', 'zie slechter', 'zie steeds slechter',
      'slechtziend', 'blind', 'ik zie slecht', 'zie bijna niks', 'zie bijna niets', 'slecht zien', 'ogen',
      'visually impaired', 'sight loss', 'poor eyesight',
    ],
    keywords: ['slechtziend', 'slechtziende', 'blind', 'blinde', 'blinden', 'visuele beperking', 'zicht'],
  },
  slechthorend: {
    name: 'Slecht horen',
    name_en: 'Hearing loss',
    phrases: [
      'hoor niet goed', 'hoor ze niet goed', 'slechthorend', 'doof', 'doof geworden', 'ik hoor slecht', 'hoor bijna niks', 'slecht horen', 'gehoor', 'versta niemand', 'versta niks', 'versta niets', 'cant hear',
      'hoortoestel', 'deaf', 'hard of hearing', 'hearing loss', 'hearing aid', 'hearing aids',
    ],
    keywords: ['slechthorend', 'slechthorende', 'doof', 'doven', 'gehoor', 'hoortoestel', 'auditieve beperking', 'gebarentaal'],
  },
  // Sexual violence, now or long ago: a centre, a chat, a group; apart from violence at home.
  'seksueel-geweld': {
    name: 'Seksueel geweld',
    name_en: 'Sexual violence',
    phrases: [
      'seksueel geweld', 'seksueel misbruik', 'misbruikt', 'verkracht', 'verkrachting', 'aanranding', 'aangerand',
      'grensoverschrijdend gedrag', 'seksuele intimidatie', 'ongewenste intimiteiten', 'sexting',
      'sexual assault', 'sexual abuse', 'sexually assaulted', 'sexual violence', 'raped', 'rape', 'sexual harassment',
    ],
    keywords: ['seksueel geweld', 'seksueel misbruik', 'grensoverschrijdend', 'verkrachting', 'aanranding', 'zedenzaak', 'sexual violence', 'sexual assault'],
    related: ['geweld', 'misbruik'],
  },
  slachtofferhulp: {
    name: 'Slachtoffer van een misdrijf',
    name_en: 'Victims of crime',
    phrases: [
      'beroofd', 'opgelicht', 'oplichting', 'scammed', 'scam',
      'slachtoffer', 'overvallen', 'overval', 'zakkenroller', 'inbraak', 'ingebroken', 'aangifte doen',
      'victim', 'robbed', 'burglary',
    ],
    keywords: ['slachtofferhulp', 'slachtoffer', 'slachtoffers', 'misdrijf', 'overval', 'inbraak'],
  },
  lhbti: {
    name: 'Lhbti+',
    name_en: 'LGBTI+',
    phrases: [
      'gender identity', 'gender', 'non binary', 'nonbinary',
      'lhbti', 'lhbtiq', 'lhbt', 'lgbt', 'lgbtq', 'queer', 'homo', 'lesbisch', 'biseksueel', 'transgender', 'bisexual', 'ouders accepteren het niet',
      'non-binair', 'uit de kast', 'coming out', 'gay', 'lesbian',
      'op jongens val', 'op meisjes val', 'op mannen val', 'op vrouwen val', 'val op jongens', 'val op meisjes',
    ],
    keywords: ['lhbti', 'lhbtiq', 'queer', 'homo', 'lesbisch', 'lesbo', 'transgender', 'roze', 'lgbt'],
  },
  // The help lines come first for violence now (crisis-rules.ts); this is the help around it: advice,
  // a shelter, help for the one who uses violence, after-care, in residents' and English words.
  'huiselijk-geweld': {
    name: 'Huiselijk geweld',
    name_en: 'Domestic violence',
    phrases: [
      'partner is agressief', 'man is agressief', 'vrouw is agressief', 'doesnt let me go out', 'wont let me go out', 'huwelijksdwang', 'gedwongen huwelijk', 'forced marriage', 'send me back to marry', 'wants me to marry', 'ouders willen dat ik trouw', 'familie wil dat ik trouw', 'uithuwelijken', 'trouwen met neef',
      'vrouw slaat', 'vader slaat',
      'husband hits', 'partner hits', 'boyfriend hits', 'husband beats', 'father hits', 'dad hits', 'husband hit', 'hits', 'controls all our money', 'controls our money', 'being abused', 'abused', 'mishandeld',
      // Help for the one who hits: a programme, not an emergency.
      'daderhulp', 'plegerhulp', 'agressie thuis', 'agressie in huis',
      'kleineert', 'kleineert me', 'weg bij mijn partner', 'kijkt in mijn telefoon', 'controleert mijn telefoon', 'mag nergens heen', 'mag niet naar buiten', 'mag geen vrienden zien', 'checks my phone',
      'meldcode', 'amhk', 'shg',
      'controleert alles', 'controleert mijn geld', 'controls my money', 'controls everything', 'controlling partner', 'coercive control', 'dwingende controle',
      'huiselijk geweld', 'geweld thuis', 'partnergeweld', 'kindermishandeling', 'ouderenmishandeling',
      'mishandeling', 'vrouwenopvang', 'blijf van mijn lijf', 'veilig thuis', 'domestic violence',
      'domestic abuse', 'abusive partner', 'abusive relationship', 'womens shelter',
      'man agressief', 'agressiever', 'ex sloeg', 'ex slaat', 'man sloeg', 'man slaat', 'partner sloeg', 'partner slaat', 'vriend sloeg', 'vriend slaat', 'pakt haar geld af', 'pakt zijn geld af', 'geld afpakken', 'financieel misbruik', 'geld van mijn rekening', 'neemt mijn geld', 'steelt geld', 'agressief tegen mijn moeder', 'agressief tegen mijn vrouw', 'agressief tegen mijn man', 'agressief tegen de kinderen', 'bij mijn man weg', 'bij mijn vrouw weg', 'weg bij mijn man', 'leave my husband',
    ],
    keywords: [
      'huiselijk geweld', 'mishandeling', 'partnergeweld', 'vrouwenopvang', 'geheim adres', 'veiligheid thuis', 'pleger',
      // How services say it: "wordt u thuis geslagen, bedreigd?", "abuse or coercive control at home".
      'geslagen', 'bedreigd', 'thuis niet veilig', 'onveilig thuis', 'dwingende controle', 'coercive control', 'domestic abuse', 'abuse at home',
    ],
  },
  discriminatie: {
    name: 'Discriminatie',
    name_en: 'Discrimination',
    phrases: [
      'discriminatie', 'gediscrimineerd', 'racisme', 'uitgescholden', 'discrimination', 'discriminated', 'racism',
      'hoofddoek', 'huidskleur', 'headscarf',
    ],
    keywords: ['discriminatie', 'antidiscriminatie', 'gediscrimineerd', 'racisme', 'gelijke behandeling'],
  },
  // Sport, swimming lessons and school trips for children of families on a low income.
  'meedoen-kinderen': {
    name: 'Meedoen met sport en cultuur',
    name_en: 'Sport and activities on a low income',
    phrases: [
      'kinderen op voetbal', 'kids op voetbal', 'zoon op voetbal', 'dochter op voetbal', 'voetbalclub', 'sport voor de kinderen',
      'zwemles', 'op zwemles',
      'sports for kids', 'sport for my kids', 'sports for children', 'swimming lessons', 'kids sports', 'school trip', 'school things', 'schoolspullen',
      'geen geld voor sport', 'geen geld voor de sportclub', 'sportclub betalen', 'sportclub niet betalen', 'sportclub van mijn kind', 'contributie', 'zwemles betalen',
      'zwemles te duur', 'geen geld voor zwemles', 'schoolreisje betalen', 'muziekles betalen', 'jeugdfonds', 'leergeld',
      'kindpakket', 'sports club fees',
    ],
    keywords: ['jeugdfonds', 'leergeld', 'kindpakket', 'sportfonds', 'contributie', 'zwemles', 'sportclub', 'zwemdiploma'],
  },
  // A neighbour or relative who neglects themselves or their home and accepts no help: bemoeizorg.
  verwaarlozing: {
    name: 'Iemand die zichzelf verwaarloost',
    name_en: 'Someone neglecting themselves',
    phrases: [
      'smerig', 'huis is smerig', 'smerig huis',
      'huis is vies', 'vies huis', 'huis stinkt',
      'vervuild', 'vervuilen', 'vervuilt', 'vervuiling', 'verwaarloost', 'verwaarlozing', 'verward', 'verward gedrag',
      'zorgmijder', 'weigert hulp', 'zooi', 'huis is een puinhoop', 'huis is een bende', 'zorgen om mijn buurman', 'zorgen om mijn buurvrouw', 'hoarding', 'messie',
      'self-neglect',
    ],
    keywords: ['bemoeizorg', 'oggz', 'zorgmelding', 'vervuiling', 'verwaarlozing', 'zorgmijders', 'verward gedrag', 'verwarde personen', 'verwaarloost', 'in de war'],
  },
  energie: {
    name: 'Energierekening',
    name_en: 'Energy bills',
    phrases: [
      'energierekening', 'stroomrekening', 'gasrekening', 'energie', 'stroom', 'gas en licht', 'afgesloten', 'stookkosten', 'verwarming betalen',
      'stroom af sluiten', 'gas af sluiten', 'afsluiting', 'energie besparen', 'energiearmoede', 'energietoeslag',
      'energy bill', 'electricity bill',
    ],
    keywords: ['energiecoach', 'energieloket', 'energiefixer', 'energiebesparing', 'energierekening', 'energietoeslag', 'energie', 'afsluiting'],
  },
  // Self-employed people with money or work worries have their own regulations (Bbz) and help.
  ondernemers: {
    name: 'Zelfstandig ondernemer',
    name_en: 'Self-employed',
    phrases: [
      'boer', 'boeren', 'boerenbedrijf', 'agrarier', 'melkveehouder', 'melkprijs', 'bank zit op de nek', 'farmer', 'farm',
      'zzp', 'zzper', 'zelfstandige', 'zelfstandig ondernemer', 'ondernemer', 'eigen bedrijf', 'bbz', 'geen opdrachten',
      'freelancer', 'self-employed', 'own business', 'failliet', 'faillissement', 'bankroet', 'bankrupt',
    ],
    keywords: ['ondernemers', 'ondernemer', 'zelfstandigen', 'zzp', 'zzp-ers', 'bbz', 'eigen bedrijf'],
  },
  trauma: {
    name: 'Trauma en nare ervaringen',
    name_en: 'Trauma',
    phrases: [
      'jaren geleden meegemaakt', 'still suffer',
      'oorlog', 'nare dingen meegemaakt', 'veel meegemaakt', 'war', 'vlucht meegemaakt',
      'trauma', 'traumatisch', 'ptss', 'ptsd', 'nachtmerries', 'herbeleving', 'herbelevingen', 'flashbacks',
      'als kind mishandeld', 'als kind misbruikt', 'jeugdtrauma', 'schokkende gebeurtenis', 'emdr', 'traumabehandeling',
    ],
    keywords: ['trauma', 'ptss', 'emdr', 'traumabehandeling', 'traumatische', 'schokkende gebeurtenis', 'nachtmerries', 'traumagerichte'],
  },
  // Lessons and talks at schools and for groups: prevention, not help for one person.
  // Learning to see abuse and act on it (the meldcode): for teachers, volunteers, GP assistants.
  'signalen-geweld': {
    name: 'Signalen van geweld herkennen',
    name_en: 'Recognising signs of abuse',
    phrases: [
      'signalen kindermishandeling', 'signalen huiselijk geweld', 'kindermishandeling herkennen', 'huiselijk geweld herkennen',
      'meldcode training', 'training meldcode', 'cursus meldcode', 'recognise child abuse', 'recognize child abuse',
      'signs of abuse', 'signs of child abuse', 'signs of elder abuse', 'recognise abuse', 'recognize abuse',
    ],
    keywords: ['meldcode', 'signalen mishandeling', 'signalen kindermishandeling', 'signalen geweld', 'signaleren geweld', 'signaleren mishandeling'],
    // Where no training is listed, the help for domestic violence itself can tell what to look for.
    related: ['huiselijk geweld', 'kindermishandeling', 'mishandeling'],
  },
  // Someone who cannot talk with the doctor or the gemeente in Dutch: an interpreter, not a language course.
  tolk: {
    name: 'Tolk',
    name_en: 'Interpreter',
    phrases: [
      'tolk', 'tolken', 'tolkdienst', 'tolkentelefoon', 'interpreter', 'translator', 'vertaler',
      'spreek alleen', 'spreek geen nederlands', 'spreekt geen nederlands', 'spreekt mijn taal niet', 'in mijn eigen taal',
      'speak only', 'dont speak dutch', 'no dutch', 'in my own language',
    ],
    keywords: ['tolk', 'tolken', 'tolkdienst', 'tolkentelefoon', 'interpreter', 'interpreters', 'tolkvoorziening'],
    related: ['vertaling', 'vertalen'],
  },
  // Bullied, at school or online: anti-bullying help is its own offer, apart from parenting support.
  pesten: {
    name: 'Pesten',
    name_en: 'Bullying',
    phrases: ['gepest', 'pesten', 'wordt gepest', 'word gepest', 'cyberpesten', 'online gepest', 'gepest in de groepsapp', 'bullied', 'bullying', 'cyberbullying'],
    keywords: ['pesten', 'gepest', 'cyberpesten', 'anti-pest', 'antipest', 'pestprotocol', 'bullying'],
    related: ['weerbaarheid', 'weerbaar'],
  },
  // Vaccinations for every age: the children's programme, the flu jab, travel vaccines (GGD).
  vaccinatie: {
    name: 'Vaccinaties',
    name_en: 'Vaccinations',
    phrases: [
      'vaccinatie', 'vaccinaties', 'inenting', 'inentingen', 'prik', 'griepprik', 'coronaprik', 'rvp', 'rijksvaccinatieprogramma',
      'reizigersvaccinatie', 'reisvaccinatie', 'vaccines', 'vaccinations', 'travel vaccines', 'flu jab', 'flu shot',
    ],
    keywords: ['vaccinatie', 'vaccinaties', 'inenting', 'inentingen', 'rijksvaccinatieprogramma', 'griepprik', 'reizigersvaccinatie', 'vaccinations'],
  },
  // Health and the surroundings: swimming water, air, mould, asbestos (the GGD's medische milieukunde).
  'milieu-gezondheid': {
    name: 'Gezondheid en milieu',
    name_en: 'Environmental health',
    phrases: ['mmk', 'medische milieukunde', 'blauwalg', 'zwemwater', 'luchtkwaliteit', 'fijnstof', 'asbest', 'legionella', 'binnenmilieu', 'houtrook'],
    keywords: ['milieukunde', 'binnenmilieu', 'zwemwater', 'blauwalg', 'luchtkwaliteit', 'asbest', 'legionella', 'fijnstof'],
  },
  zorgverzekering: {
    name: 'Zorgverzekering',
    name_en: 'Health insurance',
    phrases: [
      'zorgverzekering', 'zorgverzekeraar', 'eigen risico', 'basisverzekering', 'aanvullende verzekering', 'onverzekerd',
      'gemeentepolis', 'health insurance', 'deductible', 'krankenversicherung',
    ],
    keywords: ['zorgverzekering', 'zorgverzekeraar', 'eigen risico', 'gemeentepolis', 'basisverzekering', 'health insurance'],
  },
  // Living on one side of the border and working on the other: tax, insurance, benefits.
  grensarbeid: {
    name: 'Werken over de grens',
    name_en: 'Cross-border work',
    phrases: ['werk in duitsland', 'werk in belgie', 'grensarbeider', 'grenswerker', 'grensganger', 'grensinfopunt', 'cross border worker', 'grenzganger'],
    keywords: ['grensinfopunt', 'grensarbeiders', 'grenswerkers', 'grensgangers', 'grenzganger', 'grensoverschrijdend werken'],
  },
  // Unhappy with a provider or the gemeente: a complaint, an objection, the ombudsman.
  klachten: {
    name: 'Klacht of bezwaar',
    name_en: 'Complaints and objections',
    phrases: ['klacht indienen', 'klachtenloket', 'ontevreden',  'bezwaar maken', 'bezwaarschrift', 'ombudsman', 'complaint', 'make a complaint'],
    keywords: ['klachtenregeling', 'klachtenfunctionaris', 'ombudsman', 'geschillencommissie', 'bezwaarschrift', 'klachtbemiddeling', 'bezwaar maken'],
  },
  // Houses damaged by the earth moving under them (gas extraction): reports, repairs, strengthening.
  aardbevingsschade: {
    name: 'Aardbevingsschade',
    name_en: 'Earthquake damage',
    phrases: ['aardbeving', 'aardbevingen', 'aardbevingsschade', 'scheuren', 'scheuren in de muren', 'scheuren in mijn huis', 'mijnbouwschade', 'versterking', 'earthquake', 'cracks'],
    keywords: ['aardbeving', 'aardbevingen', 'aardbevingsschade', 'schademelding', 'versterking', 'mijnbouwschade', 'bodembeweging', 'scheuren'],
  },
  // Homework help and tutoring, from volunteers, the library or a paid tutor.
  huiswerk: {
    name: 'Huiswerk en bijles',
    name_en: 'Homework help',
    phrases: ['huiswerkbegeleiding', 'huiswerkhulp', 'huiswerkklas', 'hulp bij huiswerk', 'huiswerk', 'bijles', 'homework help', 'homework', 'tutoring', 'tutor'],
    keywords: ['huiswerkbegeleiding', 'huiswerkklas', 'huiswerkhulp', 'bijles', 'huiswerk', 'homework'],
  },
  // Out of prison: a place to live, money, work, the reclassering.
  'na-detentie': {
    name: 'Na detentie',
    name_en: 'After prison',
    phrases: ['uit de gevangenis', 'gevangenis', 'detentie', 'gedetineerd', 'ex-gedetineerde', 'reclassering', 'prison', 'released from prison', 'jail'],
    keywords: ['ex-gedetineerden', 'nazorg gedetineerden', 'detentie', 'reclassering', 'gevangenis', 'na detentie'],
  },
  voorlichting: {
    name: 'Voorlichting en gastlessen',
    name_en: 'Talks and lessons for groups',
    phrases: ['gastles', 'gastlessen', 'voorlichting', 'voorlichting op school', 'lespakket', 'preventie op school', 'guest lecture', 'workshop voor de klas'],
    keywords: ['voorlichting', 'gastles', 'gastlessen', 'lespakket', 'voorlichtingsbijeenkomst', 'preventieprogramma'],
  },
  'seksuele-gezondheid': {
    name: 'Seksuele gezondheid',
    name_en: 'Sexual health',
    phrases: [
      'soa', 'soa test', 'soatest', 'std', 'sti', 'std test', 'hiv', 'anticonceptie', 'morning-afterpil',
      'stds', 'stis', 'sti test', 'seksuele gezondheid', 'condoom', 'condooms', 'prep', 'sexual health', 'contraception', 'vragen over seks',
    ],
    keywords: ['soa', 'seksuele gezondheid', 'anticonceptie', 'hiv', 'seksualiteit', 'soa-test', 'soapoli'],
  },
  // People without a residence permit have their own help (medical care, shelter, legal advice).
  ongedocumenteerden: {
    name: 'Zonder verblijfsvergunning',
    name_en: 'Undocumented',
    phrases: [
      'geen papieren', 'zonder papieren', 'ongedocumenteerd', 'ongedocumenteerden', 'geen verblijfsvergunning',
      'zonder verblijfsvergunning', 'uitgeprocedeerd', 'illegaal', 'undocumented', 'no papers', 'no residence permit',
    ],
    keywords: ['ongedocumenteerden', 'ongedocumenteerd', 'zonder verblijfsvergunning', 'geen verblijfsvergunning', 'uitgeprocedeerd', 'zonder papieren', 'undocumented'],
  },
  // The generalist front door of a wijk or village: one place to go with any question.
  wijkteam: {
    name: 'Wijkteam',
    name_en: 'Neighbourhood team',
    phrases: [
      'wijkteam', 'buurtteam', 'sociaal team', 'sociaal wijkteam', 'dorpsteam', 'wijkcoach', 'buurtcoach',
      'dorpsondersteuner', 'generalist', 'neighbourhood team', 'social team',
      // Too much at once to know where to ask: the one team for every question.
      'weet niet waar ik moet beginnen', 'weet niet meer waar ik moet beginnen', 'dont know where to start',
    ],
    keywords: ['wijkteam', 'buurtteam', 'sociaal team', 'sociaal wijkteam', 'dorpsteam', 'wijkcoach', 'buurtcoach', 'dorpsondersteuner'],
  },
  // Looking for a home: registering, urgency, a smaller or a senior home; apart from homelessness and rent trouble.
  'woning-zoeken': {
    name: 'Woning zoeken',
    name_en: 'Finding a home',
    phrases: [
      'woningzoeken', 'nieuw huis', 'eigen woning', 'ander huis', 'andere woning',
      'huurwoning', 'huurhuis', 'huurhuisje', 'sociale huurwoning', 'woningzoekende', 'urgentie', 'urgentieverklaring', 'woonurgentie',
      'kleiner wonen', 'kleinere woning', 'seniorenwoning', 'gelijkvloers wonen', 'verhuizen', 'kamer huren', 'studentenkamer', 'student room',
      'house hunting', 'rental home', 'apartment', 'smaller house', 'smaller home',
    ],
    keywords: ['woningzoekenden', 'woningzoekende', 'urgentie', 'urgentieverklaring', 'huurwoning', 'woningcorporatie', 'sociale huur', 'seniorenwoning', 'woning zoeken', 'inschrijven woning'],
    related: ['woning', 'woonruimte', 'verhuizen'],
  },
  // Trouble with a rented home: damp, repairs, the landlord, the rent itself.
  huurproblemen: {
    name: 'Problemen met je huurwoning',
    name_en: 'Problems with a rented home',
    phrases: [
      'mold', 'damp', 'overcrowded', 'te veel mensen in huis', 'agency housing',
      'schimmel', 'vocht in huis', 'lekkage', 'huisbaas', 'verhuurder', 'huurverhoging', 'onderhoud', 'reparaties in huis',
      'muren zwart', 'zwarte muren', 'zwarte plekken op de muur',
      'huurcommissie', 'huurteam', 'landlord', 'mould', 'rent increase', 'huur te hoog', 'rent too high', 'rent way too high',
    ],
    keywords: ['huurteam', 'huurcommissie', 'huurdersvereniging', 'verhuurder', 'huurverhoging', 'schimmel', 'onderhoud', 'huurrecht'],
  },
  // Furniture, white goods and baby things for a household that cannot buy them.
  spullen: {
    name: 'Spullen voor in huis',
    name_en: 'Household goods',
    phrases: [
      'repair cafe', 'repaircafe', 'repair',
      'babyspullen', 'meubels', 'geen meubels', 'kinderwagen', 'inrichting', 'witgoed', 'wasmachine kapot',
      'koelkast kapot', 'geen bed', 'kringloop', 'furniture', 'baby things', 'baby stuff', 'babyuitzet',
    ],
    keywords: ['kringloop', 'meubels', 'inrichting', 'inrichtingspakket', 'babyspullen', 'witgoed', 'meubelbank', 'babykamer', 'kinderwagen'],
  },
};
