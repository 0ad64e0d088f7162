// The hand-written source of the fictional Heidebroek directory: a rural gemeente of about 28,000
// people in five heath villages (Heidebroek, Eschveld, Ginkelo, Bramelo, Wolfsven), with the
// regional town Veenstad next door. Everything is invented. The directory is kept by volunteers of
// the "dorpsondersteuners" network and the village associations: short, warm texts in je-form,
// first names and "bel of app gerust", church groups and the village house next to professionals,
// vague service names, some entries that only say where and when. `topics` is the judge's key.
import { addingTo, svc } from '../write-directory.mjs';

export const TOPICS = {
  huisarts: 'huisartsenzorg overdag: spreekuur, verwijzing, medische vragen',
  'spoed-huisarts': 'huisartsenhulp buiten kantooruren (avond, nacht, weekend), niet levensbedreigend',
  apotheek: 'medicijnen ophalen, bezorgen, uitleg over medicijngebruik',
  fysiotherapie: 'fysiotherapie en oefentherapie bij klachten aan spieren, gewrichten, rug',
  wijkverpleging: 'verpleging en persoonlijke verzorging thuis (wassen, aankleden, wondzorg, nachtzorg)',
  'huishoudelijke-hulp': 'hulp bij het huishouden, schoonmaken, wasgoed',
  'psychische-klachten': 'lichte psychische klachten: stress, somberheid, angst, burn-out, niet lekker in je vel; praktijkondersteuner ggz, praatgroepen',
  'ggz-behandeling': 'specialistische geestelijke gezondheidszorg: behandeling door psycholoog of psychiater',
  'herstel-lotgenoten': 'herstelgroepen, ervaringsdeskundigen en lotgenotencontact bij psychische of verslavingsproblemen',
  suicidepreventie: 'voorlichting en training over suïcidepreventie, steun voor nabestaanden na zelfdoding',
  jeugdhulp: 'hulp voor kinderen en jongeren met problemen (gedrag, ontwikkeling, thuis) en hun gezin',
  jongerenwerk: 'jongerenwerk: plek, activiteiten en een luisterend oor voor tieners en jongeren',
  consultatiebureau: 'jeugdgezondheidszorg: groei, ontwikkeling, vaccinaties van baby tot tiener',
  opvoeden: 'vragen over opvoeden en opgroeien, steun voor ouders',
  zwangerschap: 'zwangerschap, bevalling en kraamtijd: verloskundige, kraamzorg',
  scheiding: 'scheiding: ouders die uit elkaar gaan en kinderen bij een scheiding',
  kinderopvang: 'kinderopvang, gastouder, buitenschoolse opvang',
  'ouderen-advies': 'advies en steun aan ouderen over langer thuis wonen, regelingen en ouder worden',
  dagbesteding: 'dagbesteding en dagopvang voor ouderen of mensen met een beperking',
  mantelzorg: 'ondersteuning, advies en ontmoeting voor mantelzorgers',
  respijtzorg: 'tijdelijke vervanging van de mantelzorger: logeren, oppas, vrijwilliger thuis',
  'jonge-mantelzorgers': 'steun voor kinderen en jongeren die zorgen voor een ziek gezinslid',
  dementie: 'dementie en geheugenproblemen: diagnose, casemanager, ontmoeting, steun voor naasten',
  valpreventie: 'vallen voorkomen: valrisico, balanstraining',
  bewegen: 'sporten en bewegen in groepen, vooral voor ouderen en mensen die weinig bewegen',
  maaltijden: 'maaltijden aan huis of samen eten',
  vervoer: 'vervoer naar dokter, ziekenhuis of activiteiten: vrijwilligersvervoer, regiotaxi',
  hulpmiddelen: 'hulpmiddelen en woningaanpassing: rolstoel, scootmobiel, traplift, douchestoel',
  'klussen-tuin': 'hulp bij kleine klussen in huis en in de tuin',
  personenalarmering: 'alarmknop / personenalarmering voor thuiswonenden',
  'wonen-met-zorg': 'wonen met zorg: verpleeghuis, zorgwoning, woongroep, beschermd wonen',
  beperking: 'ondersteuning voor mensen met een lichamelijke of verstandelijke beperking, autisme of hersenletsel',
  clientondersteuning: 'onafhankelijke cliëntondersteuning: iemand die meegaat naar gesprekken en helpt bij aanvragen',
  'wmo-loket': 'toegang tot ondersteuning van de gemeente (Wmo, jeugd): sociaal team, aanvraag, keukentafelgesprek',
  pgb: 'persoonsgebonden budget: aanvragen, beheren, advies',
  schulden: 'schuldhulp: betalingsachterstanden, deurwaarders, schuldregeling',
  geldzorgen: 'rondkomen, budgetteren, overzicht in geldzaken, geldmaatje',
  'formulieren-administratie': 'hulp bij post, brieven, formulieren, belastingaangifte en thuisadministratie',
  inkomensondersteuning: 'bijstand, toeslagen, minimaregelingen, bijzondere bijstand, meedoen voor kinderen uit gezinnen met weinig geld',
  voedselhulp: 'voedselbank, kledingbank, gratis spullen voor mensen met weinig geld',
  energie: 'hoge energierekening, energie besparen, energiecoach',
  werk: 'werk zoeken, re-integratie, begeleid werken, sollicitatiehulp',
  vrijwilligerswerk: 'vrijwilligerswerk vinden of aanbieden',
  'woning-zoeken': 'een huurwoning zoeken, inschrijven, urgentie',
  dakloosheid: 'dakloos of dreigend dakloos: nachtopvang, slaapplek, maatschappelijke opvang',
  huurproblemen: 'problemen met de huur of verhuurder: huurachterstand, onderhoud, huurrecht',
  juridisch: 'juridisch advies: rechten, bezwaar, brieven van instanties, conflicten',
  laaggeletterdheid: 'beter leren lezen, schrijven en rekenen (voor wie Nederlands spreekt)',
  'nederlands-leren': 'Nederlands leren als nieuwe taal, taalcafé, taalmaatje',
  'digitale-hulp': 'hulp bij computer, smartphone, internet, DigiD en online zaken',
  verslaving: 'alcohol, drugs, gokken, medicijnverslaving: hulp en advies',
  'huiselijk-geweld': 'huiselijk geweld en mishandeling (ook ouderen): advies, opvang, praatgroepen (niet de acute lijn)',
  eenzaamheid: 'eenzaamheid: bezoek, maatje, contact',
  ontmoeting: 'ontmoetingsplekken en activiteiten: inloop, koffieochtend, dorpshuis',
  rouw: 'rouw en verlies: rouwgroep, rouwbegeleiding, nazorg',
  zingeving: 'levensvragen en zingeving: pastoraat, geestelijke verzorging, goed gesprek',
  palliatief: 'laatste levensfase: hospice, vrijwilligers terminale zorg, steun bij sterven thuis',
  nieuwkomers: 'nieuwkomers en statushouders: inburgering, wegwijs in het dorp, vluchtelingen',
  arbeidsmigranten: 'arbeidsmigranten en seizoenwerkers: rechten, huisvesting, informatie in eigen taal',
  boeren: 'steun voor boeren en tuinders: zorgen op het erf, bedrijfsproblemen, stress, opvolging',
  buurtbemiddeling: 'ruzie of overlast met de buren: bemiddeling',
  'chronische-ziekte': 'leven met een chronische ziekte (diabetes, COPD, hart): spreekuur, leefstijl, voeding',
  lhbti: 'lhbti+: steun en ontmoeting voor lesbische, homo, bi, trans en queer mensen',
  'verward-gedrag': 'zorgen om iemand met verward gedrag of die zorg mijdt: bemoeizorg, meldpunt (niet acuut)',
};

const GEMEENTE = 'Heidebroek';
export const places = {
  Heidebroek: { gemeente: GEMEENTE, pc: '0201' },
  Eschveld: { gemeente: GEMEENTE, pc: '0212' },
  Ginkelo: { gemeente: GEMEENTE, pc: '0218' },
  Bramelo: { gemeente: GEMEENTE, pc: '0224' },
  Wolfsven: { gemeente: GEMEENTE, pc: '0229' },
  Veenstad: { gemeente: 'Veenstad', pc: '0236' },
};

const ALL = [GEMEENTE];
const REGION = [GEMEENTE, 'Veenstad'];

export const organizations = [];
const org = addingTo(organizations);

// ---------------------------------------------------------------- the network itself
org(
  {
    name: 'Dorpsondersteuners Heidebroek',
    place: 'Heidebroek',
    street: 'Brink 4',
    desc: 'Wij zijn de dorpsondersteuners: gewone dorpsgenoten die je een stukje op weg helpen. Geen loket, geen wachtlijst. Je kunt ons bellen, appen of gewoon aanschieten bij de Spar.',
  },
  [
    svc(
      'Dorpsondersteuner Heidebroek en Eschveld',
      'Hoi, ik ben Marjan. Zit je ergens mee en weet je niet bij wie je moet zijn? Bel of app gerust. Ik kom ook langs voor een kop koffie. Samen kijken we wat er nodig is, of het nou gaat om een brief die je niet snapt, een huis dat te groot wordt of gewoon je verhaal kwijt willen.',
      ['ouderen-advies', 'eenzaamheid', 'formulieren-administratie'],
      { hours: 'ma t/m do overdag, app kan altijd', apply: 'Bel of app Marjan, je hoeft niks in te vullen.' },
    ),
    svc(
      'Dorpsondersteuner Ginkelo, Bramelo en Wolfsven',
      'Ik ben Henk en ik woon zelf al 40 jaar in Bramelo. Ik ken de weg in de dorpen en weet bij wie je moet aankloppen. Bel of app gerust, ook als je twijfelt of je vraag wel "groot genoeg" is.',
      ['ouderen-advies', 'eenzaamheid', 'formulieren-administratie'],
      { at: { name: 'Dorpshuis De Schaapskooi', street: 'Schaapsdrift 2', place: 'Bramelo' } },
    ),
    svc(
      'Even Bijpraten',
      'Ben je 75 of ouder? Dan komt er een keer iemand van ons op de koffie. Gewoon even bijpraten over hoe het gaat. Niks moet.',
      ['eenzaamheid', 'ouderen-advies'],
      { elig: 'Inwoners van 75 jaar en ouder', phone: false },
    ),
    svc(
      'Koffie & Zo',
      'Elke woensdag 10.00-11.30 uur, Dorpshuis De Schaapskooi. Loop gerust binnen.',
      ['ontmoeting', 'eenzaamheid'],
      { at: { name: 'Dorpshuis De Schaapskooi', street: 'Schaapsdrift 2', place: 'Bramelo' }, phone: false },
    ),
  ],
);

// ---------------------------------------------------------------- gemeente
org(
  {
    name: 'Gemeente Heidebroek',
    place: 'Heidebroek',
    street: 'Raadhuisplein 1',
    desc: 'Het gemeentehuis van Heidebroek. Voor zorg en ondersteuning, werk en inkomen ga je naar het Sociaal Team.',
  },
  [
    svc(
      'Sociaal Team Heidebroek',
      'Heb je hulp nodig in of om het huis, met je kind of met meedoen? Het Sociaal Team kijkt samen met je wat je zelf kunt, wat je omgeving kan doen en wat de gemeente regelt. Dat gaat meestal in een gesprek bij je thuis aan de keukentafel. Vraag gerust naar Ilse of Bart.',
      ['wmo-loket', 'jeugdhulp', 'huishoudelijke-hulp', 'hulpmiddelen'],
      { apply: 'Bellen op werkdagen 9-12 uur, of langskomen op het inloopspreekuur.', hours: 'Inloop dinsdag 13.30-15.30 uur' },
    ),
    svc(
      'Hulp in de huishouding',
      'Lukt het schoonmaken niet meer door ziekte of ouderdom? Via het Sociaal Team kun je hulp in huis krijgen. Je betaalt een eigen bijdrage per maand.',
      ['huishoudelijke-hulp'],
      { fees: 'Eigen bijdrage, maximaal het landelijke abonnementstarief' },
    ),
    svc(
      'Aanpassingen in en om je huis',
      'Een traplift, een drempel eruit, een douchestoel of een scootmobiel: als je thuis vastloopt, kijkt de ergotherapeut van de gemeente met je mee.',
      ['hulpmiddelen'],
    ),
    svc(
      'Persoonsgebonden budget',
      'Wil je je hulp liever zelf inkopen, bijvoorbeeld bij iemand die je al kent? Dan kun je vragen om een budget op je eigen naam. Je moet dan wel zelf de administratie bijhouden. Kom langs voor uitleg.',
      ['pgb'],
    ),
    svc(
      'Werk en Inkomen',
      'Voor een uitkering als je geen inkomen hebt, bijzondere bijstand voor onverwachte kosten of een bijdrage als je weinig verdient. We helpen je ook op weg naar werk.',
      ['inkomensondersteuning', 'werk'],
      { apply: 'Aanvragen gaat online met DigiD of aan de balie.' },
    ),
    svc(
      'Meedoenregeling',
      'Heb je een laag inkomen? Dan kun je elk jaar een bedrag krijgen voor sport, cultuur, een zwemdiploma of een schoolreisje van de kinderen. Aanvragen kan tot 1 december.',
      ['inkomensondersteuning'],
      { elig: 'Inkomen tot 130% van het sociaal minimum' },
    ),
    svc(
      'Geldzaken op orde',
      'Loop je achter met betalen of liggen er brieven van de deurwaarder? Hoe eerder je belt, hoe meer er kan. Onze schuldhulpverleners Anouk en Dirk maken samen met je een plan. Gratis.',
      ['schulden', 'geldzorgen'],
      { fees: 'Gratis' },
    ),
    svc(
      'Kinderen en scheiding (KIES)',
      'Praatgroep voor kinderen van 8 tot 12 jaar van wie de ouders uit elkaar zijn. Acht middagen, samen met andere kinderen die hetzelfde meemaken.',
      ['scheiding', 'jeugdhulp'],
      { elig: 'Kinderen 8-12 jaar' },
    ),
    svc(
      'Leerplicht',
      'Gaat je kind niet (meer) naar school of zit het thuis? De leerplichtambtenaar denkt met je mee.',
      ['jeugdhulp'],
    ),
  ],
);

org(
  {
    name: 'Cliëntondersteuning Heidestreek',
    place: 'Heidebroek',
    street: 'Kerkstraat 12',
    desc: 'Onafhankelijk en gratis. Wij staan naast jou, niet naast de gemeente of de zorgaanbieder.',
  },
  [
    svc(
      'Iemand naast je',
      'Zie je op tegen het gesprek met de gemeente, het zorgkantoor of je zorgverzekeraar? Een van onze ondersteuners gaat mee, helpt je je vraag op papier te zetten en legt uit wat je rechten zijn. Ook als je een budget wilt beheren of bezwaar wilt maken.',
      ['clientondersteuning', 'pgb', 'wmo-loket'],
      { fees: 'Gratis' },
    ),
  ],
);

// ---------------------------------------------------------------- health
org(
  {
    name: 'Huisartsenpraktijk Eschveld',
    place: 'Eschveld',
    street: 'Dokter Kuipersweg 3',
    desc: 'Huisartsen Van der Werf en Okkema, voor Eschveld en Ginkelo.',
  },
  [
    svc('Spreekuur', 'Afspraak maken tussen 8 en 10 uur. Voor herhaalrecepten gebruik je de receptenlijn.', ['huisarts'], { hours: 'ma-vr 8.00-17.00' }),
    svc(
      'Praktijkondersteuner mentale klachten',
      'Slaap je slecht, pieker je veel of zit je niet lekker in je vel? Dan kun je een paar gesprekken hebben met Esther, onze praktijkondersteuner. Vraag het bij de assistente.',
      ['psychische-klachten'],
    ),
    svc(
      'Suikerspreekuur',
      'Heb je suikerziekte, astma of iets met je longen? Dan zie je regelmatig onze praktijkverpleegkundige voor controle en tips.',
      ['chronische-ziekte'],
    ),
    svc(
      'Welzijn op Recept',
      'Soms helpt een pil niet, maar wel een tuinclub, een wandelgroep of iemand om mee te praten. De huisarts kan je doorsturen naar de welzijnscoach.',
      ['psychische-klachten', 'eenzaamheid', 'ontmoeting'],
      { phone: false },
    ),
  ],
);

org(
  {
    name: 'Gezondheidscentrum De Heidehof',
    place: 'Heidebroek',
    street: 'Hofweg 20',
    desc: 'Huisartsen, fysio, diëtist en apotheek onder één dak.',
  },
  [
    svc('Huisartsen De Heidehof', 'Nieuwe patiënten uit Heidebroek, Bramelo en Wolfsven zijn welkom. Inschrijven aan de balie.', ['huisarts']),
    svc('Fysiotherapie', 'Last van je rug, knie of schouder? Je kunt zonder verwijzing bij ons terecht.', ['fysiotherapie'], { fees: 'Vergoeding afhankelijk van je aanvullende verzekering' }),
    svc(
      'Diëtist',
      'Hulp bij eten en gezondheid, bijvoorbeeld met suiker, overgewicht of na een operatie. Drie uur per jaar zit in de basisverzekering.',
      ['chronische-ziekte'],
    ),
    svc('Apotheek De Heidehof', 'Je medicijnen ophalen, ook via de afhaalkluis. Vragen over je medicijnen? Stel ze gerust.', ['apotheek']),
  ],
);

org(
  {
    name: 'Huisartsenpost Veenstad',
    place: 'Veenstad',
    street: 'Ziekenhuislaan 1',
    desc: 'Voor dringende zorg als je eigen huisarts dicht is.',
  },
  [
    svc(
      'Avond, nacht en weekend',
      'Kan het echt niet wachten tot je eigen dokter weer open is? Bel dan eerst. Je kunt niet zomaar binnenlopen.',
      ['spoed-huisarts'],
      { hours: 'Werkdagen 17.00-8.00, weekend en feestdagen de hele dag', area: REGION },
    ),
  ],
);

org(
  {
    name: 'Apotheek De Brem',
    place: 'Ginkelo',
    street: 'Bremstraat 9',
    desc: 'De dorpsapotheek van Ginkelo.',
  },
  [
    svc('Medicijnen halen', 'Open op werkdagen. Apotheker Sanne legt je graag uit hoe je je pillen gebruikt.', ['apotheek']),
    svc(
      'Bezorgdienst',
      'Kom je de deur niet uit? Onze vrijwilliger Gert brengt je medicijnen op dinsdag en vrijdag thuis, ook in de buitengebieden.',
      ['apotheek'],
      { fees: 'Gratis' },
    ),
  ],
);

org(
  {
    name: 'Fysio aan de Heide',
    place: 'Wolfsven',
    street: 'Venweg 31',
    desc: 'Particuliere praktijk voor fysiotherapie en training.',
  },
  [
    svc('Behandeling', 'Fysiotherapie, dry needling en sportblessures. Ook aan huis als je slecht ter been bent.', ['fysiotherapie']),
    svc(
      'In Balans',
      'Ben je al eens gevallen of ben je bang om te vallen? In tien lessen oefen je je evenwicht en leer je opstaan. Met een test vooraf.',
      ['valpreventie', 'bewegen'],
      { fees: '€ 45 voor de hele cursus' },
    ),
  ],
);

org(
  {
    name: 'Heidezorg',
    place: 'Heidebroek',
    street: 'Industrieweg 14',
    desc: 'Thuiszorg in alle vijf dorpen. Onze wijkteams kennen de boerderijen en de zandpaden.',
  },
  [
    svc(
      'Zorg thuis',
      'Hulp bij wassen en aankleden, steunkousen, wondzorg of je insuline. De wijkverpleegkundige komt eerst kennismaken.',
      ['wijkverpleging'],
      { hours: '7 dagen per week' },
    ),
    svc('Nachtzorg', 'Een geplande ronde of oproepbaar als je \'s nachts hulp nodig hebt.', ['wijkverpleging']),
    svc(
      'Casemanager',
      'Als iemand in je gezin vergeetachtig wordt of de diagnose Alzheimer heeft gekregen, is Jolanda jullie vaste aanspreekpunt. Voor de zieke én voor jou.',
      ['dementie', 'mantelzorg'],
    ),
  ],
);

org(
  {
    name: 'Zorgcentrum De Hulsthof',
    place: 'Heidebroek',
    street: 'Hulstlaan 2',
    desc: 'Wonen, zorg en ontmoeten in het hart van Heidebroek.',
  },
  [
    svc('Wonen in De Hulsthof', 'Appartementen met 24-uurs zorg en een kleine groep voor mensen met dementie.', ['wonen-met-zorg', 'dementie']),
    svc(
      'Dagopvang',
      'Een paar dagen per week gezelligheid, een warme maaltijd en activiteiten. Ook als je nog thuis woont. Vervoer kan geregeld worden.',
      ['dagbesteding'],
    ),
    svc('Restaurant', 'Elke dag tussen 12 en 13 uur warm eten voor € 8,50. Ook voor buurtbewoners. Even bellen voor 10 uur.', ['maaltijden', 'ontmoeting']),
    svc(
      'Het Heidehuis',
      'Ontmoetingscentrum voor mensen met geheugenproblemen en hun partners. Wegens gebrek aan vrijwilligers gestopt.',
      ['dementie', 'dagbesteding'],
      { status: 'inactive' },
    ),
  ],
);

// ---------------------------------------------------------------- mental health
org(
  {
    name: 'GGZ Heidestreek',
    place: 'Veenstad',
    street: 'Parklaan 40',
    desc: 'Geestelijke gezondheidszorg voor Veenstad en de dorpen eromheen.',
  },
  [
    svc(
      'Behandeling volwassenen',
      'Behandeling door een psycholoog of psychiater bij depressie, angst, trauma of een persoonlijkheidsstoornis. Alleen met verwijzing van je huisarts.',
      ['ggz-behandeling'],
      { area: REGION, apply: 'Verwijzing van de huisarts nodig. Wachttijd ongeveer 14 weken.' },
    ),
    svc(
      'Herstelwerkplaats',
      'Samen met mensen die het zelf hebben meegemaakt werk je aan je herstel. Iedere donderdag in de bibliotheek in Heidebroek.',
      ['herstel-lotgenoten', 'psychische-klachten'],
      { at: { name: 'Bibliotheek Heidebroek', street: 'Marktplein 5', place: 'Heidebroek' } },
    ),
    svc(
      'Zie de signalen',
      'Gratis avond voor iedereen die wil leren hoe je merkt dat iemand aan zelfdoding denkt en hoe je het gesprek aangaat. Voor buren, trainers, leraren, boeren en kerkleden.',
      ['suicidepreventie'],
      { area: REGION },
    ),
    svc(
      'Mind Matters',
      'Online support in English for adults with stress, anxiety or low mood. Six video sessions with a psychologist. You need a referral from your GP.',
      ['psychische-klachten', 'ggz-behandeling'],
      { online: true, lang: ['en'], area: REGION },
    ),
  ],
);

org(
  {
    name: 'Stichting Ankerpunt',
    place: 'Veenstad',
    street: 'Havenkade 8',
    desc: 'Begeleiding, beschermd wonen en opvang in de regio.',
  },
  [
    svc(
      'Zorg om je buurman',
      'Maak je je zorgen om iemand in het dorp die in de war lijkt, zichzelf verwaarloost of geen hulp wil? Bel ons. We gaan er rustig op af.',
      ['verward-gedrag'],
      { area: REGION },
    ),
    svc('Beschermd wonen', 'Wonen met begeleiding voor mensen met psychische problemen die (nog) niet alleen kunnen wonen.', ['wonen-met-zorg', 'ggz-behandeling'], { area: REGION }),
    svc('Nachtopvang', 'Geen slaapplek? Je kunt hier een bed, een douche en ontbijt krijgen. Binnen vanaf 21.00 uur.', ['dakloosheid'], { area: REGION, hours: 'Dagelijks 21.00-9.00' }),
  ],
);

// ---------------------------------------------------------------- youth and family
org(
  {
    name: 'Groeien in de Heide',
    place: 'Eschveld',
    street: 'Schoolstraat 6',
    desc: 'Jeugdverpleegkundigen en jeugdartsen voor kinderen van 0 tot 18.',
  },
  [
    svc(
      'Babyspreekuur',
      'Wegen, meten, prikken en al je vragen over voeding en slapen. Je krijgt vanzelf een uitnodiging.',
      ['consultatiebureau'],
      { at: { name: 'Dorpshuis De Linde', street: 'Lindeplein 1', place: 'Heidebroek' } },
    ),
    svc(
      'Opvoedspreekuur',
      'Driftbuien, niet willen eten, ruzie tussen broer en zus? Loop binnen bij Fenna. Geen afspraak nodig.',
      ['opvoeden'],
      { hours: 'Vrijdag 9.00-10.30' },
    ),
    svc('Tienerspreekuur', 'Voor jongeren van 12-18 jaar: over je lijf, je gevoel, seks of vapen. Vertrouwelijk.', ['consultatiebureau', 'psychische-klachten']),
  ],
);

org(
  {
    name: 'Jongerenwerk De Loods',
    place: 'Heidebroek',
    street: 'Stationsweg 1a',
    desc: 'De Loods is van en voor de jeugd van de vijf dorpen.',
  },
  [
    svc(
      'De Loods',
      'Woensdag- en vrijdagavond open vanaf 19 uur. Chillen, gamen, tafeltennis. Romy en Joep zijn er altijd. App ze gerust als je ergens mee zit.',
      ['jongerenwerk'],
    ),
    svc('Meidenavond', 'Eens per maand op maandag.', ['jongerenwerk'], { phone: false }),
    svc('Jongerensoos Bramelo', 'Tijdelijk dicht, we zoeken nieuwe vrijwilligers.', ['jongerenwerk'], { status: 'inactive', phone: false }),
  ],
);

org(
  {
    name: 'Praktijk Kind & Co',
    place: 'Ginkelo',
    street: 'Molenweg 15',
    desc: 'Particuliere praktijk voor kinder- en jeugdpsychologie.',
  },
  [
    svc(
      'Onderzoek en behandeling',
      'Onderzoek naar ADHD, autisme of dyslexie, en behandeling bij angst of somberheid. Met verwijzing van huisarts of Sociaal Team wordt het vergoed.',
      ['jeugdhulp', 'beperking'],
    ),
    svc('Ouderbegeleiding', 'Tips en steun als je kind extra aandacht vraagt.', ['opvoeden', 'jeugdhulp']),
  ],
);

org(
  {
    name: 'Verloskundigen De Wieg',
    place: 'Heidebroek',
    street: 'Hofweg 22',
    desc: 'Verloskundigenpraktijk, thuisbevallingen in alle dorpen.',
  },
  [
    svc('Zwangerschapscontrole', 'Zwanger? Bel ons zo snel mogelijk voor je eerste afspraak.', ['zwangerschap']),
    svc('Kraamzorg aan huis', 'Samen met Kraamzorg Heidebroek regelen we hulp in de eerste week na de bevalling.', ['zwangerschap']),
  ],
);

org(
  {
    name: 'Kinderopvang De Heidehoeve',
    place: 'Eschveld',
    street: 'Hoevelaan 3',
    desc: 'Boerderijkinderopvang tussen de schapen.',
  },
  [
    svc('Dagopvang en BSO', 'Opvang voor kinderen van 0 tot 12 jaar op de boerderij. Ook gastouders in de dorpen.', ['kinderopvang'], { fees: 'Tarief per uur, kinderopvangtoeslag mogelijk' }),
  ],
);

// ---------------------------------------------------------------- welfare
org(
  {
    name: 'Welzijn De Heide',
    place: 'Heidebroek',
    street: 'Kerkstraat 12',
    desc: 'De welzijnsstichting van Heidebroek. Onze beroepskrachten werken samen met heel veel vrijwilligers.',
  },
  [
    svc(
      'Mantelzorgpunt',
      'Zorg je voor je partner, ouder, kind of buurman? Dan ben je mantelzorger, ook als je het zelf zo niet noemt. Bij Linda kun je terecht voor een luisterend oor, advies en de jaarlijkse mantelzorgwaardering.',
      ['mantelzorg'],
    ),
    svc(
      'Even Weg',
      'Wil je er een middag tussenuit? Een vrijwilliger neemt het thuis van je over. Je kunt ook vragen naar een logeeradres.',
      ['respijtzorg', 'mantelzorg'],
    ),
    svc(
      'Jonge Helden',
      'Voor kinderen en tieners die thuis zorgen voor een zieke vader, moeder, broer of zus. Uitjes en gewoon even kind zijn.',
      ['jonge-mantelzorgers'],
    ),
    svc(
      'Samen op Pad',
      'Een maatje om mee te wandelen, te fietsen of koffie te drinken. Voor als je weinig mensen om je heen hebt.',
      ['eenzaamheid'],
    ),
    svc('Vrijwilligerspunt', 'Zin om iets te doen voor een ander? Kom langs, we hebben altijd wat.', ['vrijwilligerswerk']),
    svc(
      'Buurtbemiddeling',
      'Geluidsoverlast, een heg die te hoog is, ruzie over de kippen? Twee getrainde vrijwilligers helpen jou en je buren weer met elkaar te praten.',
      ['buurtbemiddeling'],
    ),
    svc(
      'Ouderenadviseur',
      'Gerda weet alles over langer thuis wonen, regelingen en wie wat doet. Ze komt ook bij je thuis.',
      ['ouderen-advies'],
    ),
    svc(
      'Formulierenhulp',
      'Dinsdagochtend in de bibliotheek. Neem je post mee.',
      ['formulieren-administratie'],
      { at: { name: 'Bibliotheek Heidebroek', street: 'Marktplein 5', place: 'Heidebroek' }, hours: 'Dinsdag 9.30-11.30' },
    ),
    svc(
      'Rijden voor een ander',
      'Vrijwilligers met een eigen auto brengen je naar de dokter, het ziekenhuis in Veenstad of de kapper. Je betaalt een kleine vergoeding per kilometer.',
      ['vervoer'],
      { fees: '€ 0,35 per km' },
    ),
  ],
);

org(
  {
    name: 'Thuisadministratie Heidestreek',
    place: 'Eschveld',
    street: 'Esweg 27',
    desc: 'Vrijwilligers die je helpen met je papieren.',
  },
  [
    svc(
      'Papierwinkel',
      'Stapels post op de keukentafel? Een vrijwilliger komt bij je thuis en helpt je ordenen, betalen en overzicht houden. Bel of app gerust met Kees.',
      ['formulieren-administratie', 'geldzorgen'],
    ),
  ],
);

org(
  {
    name: 'Geldmaatjes De Heide',
    place: 'Heidebroek',
    street: 'Kerkstraat 12',
    desc: 'Getrainde vrijwilligers die met je meekijken naar geld.',
  },
  [
    svc(
      'Geldmaatje',
      'Is het elke maand krap of heb je achterstanden? Een maatje helpt je een jaar lang om weer grip te krijgen. Geen oordeel.',
      ['geldzorgen', 'schulden'],
    ),
    svc('Budgetcursus Rond Komen', 'Vier avonden in het voorjaar.', ['geldzorgen'], { phone: false }),
  ],
);

org(
  {
    name: 'Voedselbank Heidebroek',
    place: 'Heidebroek',
    street: 'Industrieweg 2',
    desc: 'Vrijwilligers van de voedselbank en de kledingkamer.',
  },
  [
    svc(
      'Uitgiftepunt',
      'Elke donderdagmiddag. Je hebt een verwijzing nodig van het Sociaal Team, de dorpsondersteuner of de kerk.',
      ['voedselhulp'],
      { hours: 'Donderdag 14.00-16.00' },
    ),
    svc('Kledingkamer', 'Zaterdag 10-12 uur, Bremstraat 4 in Ginkelo.', ['voedselhulp'], { at: { name: 'Kledingkamer', street: 'Bremstraat 4', place: 'Ginkelo' } }),
  ],
);

org(
  {
    name: 'Energiecoaches Heidestreek',
    place: 'Wolfsven',
    street: 'Venweg 2',
    desc: 'Vrijwilligers die bij je thuis kijken hoe je kunt besparen.',
  },
  [
    svc(
      'Warm de Winter Door',
      'Schrik je van je rekening? Jan of Wim komt langs, kijkt waar het lekt en plakt gratis tochtstrips. Bel of app gerust.',
      ['energie'],
      { fees: 'Gratis' },
    ),
  ],
);

// ---------------------------------------------------------------- library and language
org(
  {
    name: 'Bibliotheek Heidebroek',
    place: 'Heidebroek',
    street: 'Marktplein 5',
    desc: 'Meer dan boeken: hier kun je terecht met vragen over taal, computers en de overheid.',
  },
  [
    svc(
      'Taalhuis',
      'Wil je beter leren lezen, schrijven of rekenen? Of Nederlands leren? Een taalvrijwilliger helpt je, in je eigen tempo. Niemand hoeft het te weten.',
      ['laaggeletterdheid', 'nederlands-leren'],
    ),
    svc('Taalcafé', 'Vrijdag 10 uur. Koffie, thee en Nederlands praten.', ['nederlands-leren', 'ontmoeting'], { phone: false }),
    svc(
      'Digi-inloop',
      'Vragen over je telefoon, tablet, DigiD of de app van de bank? Kom langs bij de inloop. Neem je eigen apparaat mee.',
      ['digitale-hulp'],
      { hours: 'Maandag 14.00-16.00' },
    ),
    svc(
      'Hulp bij de overheid',
      'Toeslagen, belastingdienst, een brief van het UWV of de SVB: wij zoeken samen met je uit wat je moet doen.',
      ['formulieren-administratie', 'digitale-hulp', 'inkomensondersteuning'],
    ),
    svc('Rouwcafé', 'Eerste zondag van de maand, 14.00 uur, leeszaal.', ['rouw'], { phone: false }),
    svc('Computercursus 55+', 'Voorlopig geen nieuwe cursussen.', ['digitale-hulp'], { status: 'inactive', phone: false }),
  ],
);

// ---------------------------------------------------------------- churches
org(
  {
    name: 'Protestantse Gemeente Eschveld-Ginkelo',
    place: 'Eschveld',
    street: 'Kerkpad 1',
    desc: 'De Esch-kerk. Iedereen is welkom, gelovig of niet.',
  },
  [
    svc(
      'Bezoekwerk',
      'Vind je het fijn als er eens iemand langskomt? Onze bezoekers komen bij iedereen die dat wil, ook als je niet naar de kerk gaat.',
      ['eenzaamheid', 'zingeving'],
    ),
    svc(
      'Na het Afscheid',
      'Groep voor mensen die hun partner zijn verloren. Zes bijeenkomsten in de consistorie, met Dominee Annelies.',
      ['rouw'],
    ),
    svc(
      'Diaconie',
      'Even geen geld voor de boodschappen of een rekening die niet kan wachten? De diaconie helpt stil en snel. Bel Rinus.',
      ['geldzorgen', 'voedselhulp'],
    ),
  ],
);

org(
  {
    name: 'Parochie Heilige Lambertus',
    place: 'Ginkelo',
    street: 'Lambertusplein 3',
    desc: 'Katholieke parochie voor de vijf dorpen.',
  },
  [
    svc('Pastoraal spreekuur', 'Wil je praten over geloof, twijfel, ziekte of de dood? Pastor Thomas maakt tijd voor je.', ['zingeving', 'palliatief']),
    svc('Soep op Zaterdag', 'Zaterdag 12.00 uur, parochiezaal. Iedereen welkom.', ['maaltijden', 'ontmoeting'], { phone: false }),
  ],
);

// ---------------------------------------------------------------- village houses and associations
org(
  {
    name: 'Dorpshuis De Schaapskooi',
    place: 'Bramelo',
    street: 'Schaapsdrift 2',
    desc: 'Het dorpshuis van Bramelo.',
  },
  [
    svc('Dinsdagmiddag', 'Dinsdag 14.00-16.30 uur, grote zaal.', ['ontmoeting'], { phone: false }),
    svc('Eetpunt', 'Tweede en vierde donderdag van de maand samen eten. Opgeven bij Truus, € 6.', ['maaltijden', 'ontmoeting', 'eenzaamheid']),
    svc('Beweegochtend', 'Rustig bewegen op muziek voor senioren. Maandag 10.00 uur.', ['bewegen', 'valpreventie'], { phone: false }),
  ],
);

org(
  {
    name: "Dorpshuis 't Ven",
    place: 'Wolfsven',
    street: 'Venplein 1',
    desc: 'Het hart van Wolfsven.',
  },
  [
    svc('Open Huis', 'Koffie staat klaar op werkdagen van 9.30 tot 12.00.', ['ontmoeting']),
    svc('Spelletjesmiddag', 'Klaverjassen, sjoelen en rummikub. Donderdag.', ['ontmoeting'], { phone: false }),
  ],
);

org(
  {
    name: 'Dorpsvereniging Ginkelo',
    place: 'Ginkelo',
    street: 'Molenweg 1',
    desc: 'Voor en door de inwoners van Ginkelo.',
  },
  [
    svc(
      'Klussendienst',
      'Een lekkende kraan, een lamp ophangen, de heg snoeien? Onze handige dorpsgenoten doen het voor je. Je betaalt alleen het materiaal.',
      ['klussen-tuin'],
    ),
    svc(
      'Burenhulp Ginkelo',
      'Boodschappen, even de hond uitlaten, samen naar de markt: via de buurtapp vind je altijd iemand. Bel of app Petra.',
      ['eenzaamheid', 'vervoer', 'klussen-tuin'],
    ),
  ],
);

org(
  {
    name: 'Seniorenvereniging Heidebroek',
    place: 'Heidebroek',
    street: 'Hulstlaan 2',
    desc: 'Vereniging voor 50-plussers, aangesloten bij de landelijke ouderenbond.',
  },
  [
    svc('Belastingservice', 'Onze vrijwilligers vullen je aangifte en je toeslagen in. Alleen voor leden.', ['formulieren-administratie', 'inkomensondersteuning'], { elig: 'Leden' }),
    svc('Soos', 'Elke vrijdagmiddag.', ['ontmoeting'], { phone: false }),
  ],
);

// ---------------------------------------------------------------- farmers
org(
  {
    name: 'Boerenzorglijn Heide & Veen',
    alt: 'Erfpraat',
    place: 'Eschveld',
    street: 'Esweg 50',
    desc: 'Door en voor boeren. Onze vrijwilligers hebben zelf een bedrijf (gehad).',
  },
  [
    svc(
      'Erfpraat',
      'Loopt het je boven het hoofd op het bedrijf? Zorgen over geld, regels, de opvolging of thuis? Bel of app gerust met Geert of Hennie. Zij komen bij je aan de keukentafel, niet in een kantoor.',
      ['boeren', 'psychische-klachten'],
      { area: REGION },
    ),
    svc(
      'Bedrijfscoach',
      'Een onafhankelijke coach kijkt mee naar je cijfers, je schulden bij de bank en wat er nog kan. Ook bij stoppen of overdragen aan je kind.',
      ['boeren', 'schulden', 'geldzorgen'],
      { area: REGION },
    ),
    svc('Boerinnenmiddag', 'Elke derde woensdag, bij een van ons thuis.', ['boeren', 'ontmoeting'], { phone: false }),
  ],
);

// ---------------------------------------------------------------- violence, addiction
org(
  {
    name: 'Stichting Veilig Erf',
    place: 'Veenstad',
    street: 'onbekend',
    secretAddress: true,
    desc: 'Hulp bij geweld in huis, voor vrouwen, mannen en kinderen.',
  },
  [
    svc(
      'Opvang',
      'Ben je thuis niet veilig meer door je partner of familie? Wij bieden een tijdelijk veilig adres, ook voor je kinderen.',
      ['huiselijk-geweld', 'dakloosheid'],
      { area: REGION },
    ),
    svc(
      'Sterk Verder',
      'Groep voor vrouwen die thuis geweld hebben meegemaakt. Samen praten en weer grond onder je voeten krijgen.',
      ['huiselijk-geweld', 'herstel-lotgenoten'],
      { area: REGION },
    ),
    svc(
      'Advies voor omstanders',
      'Denk je dat het bij de buren, bij je dochter of bij je oude moeder niet goed zit? Bel ons voor advies, ook anoniem.',
      ['huiselijk-geweld'],
      { area: REGION },
    ),
  ],
);

org(
  {
    name: 'Verslavingszorg Heidestreek',
    place: 'Veenstad',
    street: 'Parklaan 42',
    desc: 'Hulp bij alcohol, drugs, gokken en gamen.',
  },
  [
    svc(
      'Spreekuur',
      'Drink je meer dan je wilt, gebruik je, of maak je je zorgen om iemand anders? Elke dinsdag is er een spreekuur in het gezondheidscentrum in Heidebroek.',
      ['verslaving'],
      { at: { name: 'Gezondheidscentrum De Heidehof', street: 'Hofweg 20', place: 'Heidebroek' } },
    ),
    svc('Online', 'Anoniem chatten met een hulpverlener, ook over gokken of gamen.', ['verslaving'], { online: true, area: REGION }),
  ],
);

org(
  {
    name: 'AA Heidebroek',
    place: 'Heidebroek',
    street: 'Kerkpad 1',
    desc: 'Zelfhulpgroep.',
  },
  [svc('Maandagavond', 'Maandag 20.00 uur, achteringang.', ['verslaving', 'herstel-lotgenoten'], { phone: false, at: { name: 'Zaaltje Esch-kerk', street: 'Kerkpad 1', place: 'Eschveld' } })],
);

// ---------------------------------------------------------------- legal and housing
org(
  {
    name: 'Juridisch Spreekuur Heidebroek',
    place: 'Heidebroek',
    street: 'Raadhuisplein 3',
    desc: 'Gratis rechtshulp door sociaal raadslieden en vrijwillige juristen.',
  },
  [
    svc(
      'Spreekuur',
      'Een brief van een instantie die je niet begrijpt, bezwaar maken, problemen met je werkgever of je ex? Kom langs.',
      ['juridisch', 'formulieren-administratie'],
      { hours: 'Woensdag 13.00-16.00' },
    ),
    svc('Huurteam', 'Problemen met je huisbaas, achterstallig onderhoud of te hoge huur? Wij zoeken uit wat je rechten zijn.', ['huurproblemen', 'juridisch']),
  ],
);

org(
  {
    name: 'Heidewonen',
    place: 'Heidebroek',
    street: 'Stationsweg 10',
    desc: 'Woningcorporatie in de vijf dorpen.',
  },
  [
    svc('Woning zoeken', 'Inschrijven voor een huurwoning doe je online. Heb je met spoed een woning nodig, vraag dan naar de urgentieregeling.', ['woning-zoeken']),
    svc(
      'Betalen lukt even niet',
      'Kun je de huur deze maand niet betalen? Bel ons op tijd, dan maken we een regeling. Wachten maakt het erger.',
      ['huurproblemen', 'schulden'],
    ),
    svc('Seniorenwoningen', 'Gelijkvloerse woningen bij De Hulsthof, met alarmering.', ['woning-zoeken', 'wonen-met-zorg']),
  ],
);

// ---------------------------------------------------------------- newcomers, seasonal workers
org(
  {
    name: 'Welkom in Heidebroek',
    place: 'Heidebroek',
    street: 'Kerkstraat 14',
    desc: 'Vrijwilligers voor vluchtelingen en nieuwe inwoners.',
  },
  [
    svc(
      'Wegwijs',
      'Nieuw in het dorp? Een vrijwilliger helpt je met de gemeente, school, dokter en je inburgering. Bel of app gerust met Fatima of Wouter.',
      ['nieuwkomers'],
      { lang: ['nl', 'en', 'ar'] },
    ),
    svc(
      'Newcomers Coffee',
      'Every second Saturday, 10:00, Library Heidebroek. Meet other newcomers and locals, practise Dutch, ask anything.',
      ['nieuwkomers', 'ontmoeting', 'nederlands-leren'],
      { at: { name: 'Bibliotheek Heidebroek', street: 'Marktplein 5', place: 'Heidebroek' }, lang: ['en', 'nl'], phone: false },
    ),
  ],
);

org(
  {
    name: 'Steunpunt Seizoenwerkers',
    alt: 'Seasonal Workers Help Point',
    place: 'Ginkelo',
    street: 'Stationsweg 40',
    desc: 'Informatie en hulp voor mensen die hier tijdelijk werken op de akkers en in de kassen.',
  },
  [
    svc(
      'Help Point',
      'Working here for the season? Problems with your pay, your contract, your room or your health insurance? Come to us, free and confidential. We speak English, Polish and Romanian.',
      ['arbeidsmigranten', 'juridisch'],
      { lang: ['en', 'pl', 'ro'], hours: 'Sunday 16.00-19.00' },
    ),
    svc('Huisarts voor seizoenwerkers', 'Geen eigen huisarts hier? Dokter Okkema houdt op zondag een korte inloop in het Steunpunt.', ['arbeidsmigranten', 'huisarts']),
  ],
);

// ---------------------------------------------------------------- work and day activities
org(
  {
    name: 'Werkplein Heidestreek',
    place: 'Veenstad',
    street: 'Stationsplein 3',
    desc: 'Werkgelegenheid voor Veenstad en Heidebroek.',
  },
  [
    svc('Aan de Slag', 'Hulp bij je cv, sollicitaties en het vinden van een baan, ook als je al lang thuis zit.', ['werk'], { area: REGION }),
    svc('Hei-Werkt', 'Werkplaats waar je werkt met begeleiding: houtbewerking, groen en inpakwerk.', ['werk', 'beperking', 'dagbesteding'], { at: { name: 'Hei-Werkt', street: 'Industrieweg 20', place: 'Heidebroek' } }),
  ],
);

org(
  {
    name: "Zorgboerderij 't Hazeland",
    place: 'Wolfsven',
    street: 'Hazelandweg 7',
    desc: 'Familiebedrijf met koeien, kippen en een moestuin.',
  },
  [
    svc(
      'Meewerken op de boerderij',
      'Dagbesteding voor ouderen, mensen met geheugenproblemen en mensen met een beperking. Buiten zijn, dieren voeren en samen lunchen.',
      ['dagbesteding', 'dementie', 'beperking'],
    ),
  ],
);

org(
  {
    name: 'De Bakkerij',
    place: 'Ginkelo',
    street: 'Dorpsstraat 21',
    desc: 'Brood, taart en koffie, gebakken door een bijzonder team.',
  },
  [svc('Bakken en bedienen', 'Werkplek met begeleiding voor jongeren en volwassenen met een verstandelijke beperking of autisme.', ['dagbesteding', 'beperking', 'werk'])],
);

org(
  {
    name: 'Steunpunt Beperking Heidestreek',
    place: 'Heidebroek',
    street: 'Kerkstraat 12',
    desc: 'Voor mensen met een beperking en hun families.',
  },
  [
    svc(
      'Levensloopbegeleiding',
      'Of het nu gaat om school, wonen, werk of geld: wij denken met je mee als je een beperking, autisme of hersenletsel hebt. Ook voor ouders.',
      ['beperking', 'clientondersteuning'],
    ),
    svc('Woongroep De Vlinder', 'Kleine woongroep in Eschveld voor jongvolwassenen met een verstandelijke beperking.', ['wonen-met-zorg', 'beperking'], { at: { name: 'De Vlinder', street: 'Vlinderhof 2', place: 'Eschveld' } }),
  ],
);

// ---------------------------------------------------------------- dementia, end of life, grief
org(
  {
    name: 'Alzheimer Café De Heide',
    place: 'Heidebroek',
    street: 'Hulstlaan 2',
    desc: 'Elke maand een avond over leven met dementie.',
  },
  [
    svc(
      'Alzheimer Café',
      'Derde dinsdag van de maand, 19.30 uur, De Hulsthof. Een gast vertelt, daarna praat je na met koffie. Voor mensen met dementie, partners, kinderen en buren.',
      ['dementie', 'mantelzorg'],
      { phone: false },
    ),
  ],
);

org(
  {
    name: 'Geheugenpoli Veenstad',
    place: 'Veenstad',
    street: 'Ziekenhuislaan 1',
    desc: 'Polikliniek van het ziekenhuis.',
  },
  [svc('Geheugenonderzoek', 'Onderzoek als je huisarts denkt dat je geheugen achteruitgaat. Met verwijzing.', ['dementie'], { area: REGION })],
);

org(
  {
    name: 'Hospice De Heideroos',
    place: 'Eschveld',
    street: 'Roosweg 1',
    desc: 'Een huis voor de laatste weken.',
  },
  [
    svc('Verblijf', 'Zes kamers voor mensen die nog maar kort te leven hebben en niet thuis kunnen of willen sterven.', ['palliatief']),
    svc(
      'Vrijwilligers thuis',
      'Wil je partner thuis sterven? Onze vrijwilligers waken een nacht zodat jij kunt slapen.',
      ['palliatief', 'respijtzorg', 'mantelzorg'],
    ),
  ],
);

org(
  {
    name: 'Uitvaartzorg Van Dam',
    place: 'Heidebroek',
    street: 'Stationsweg 22',
    desc: 'Familiebedrijf in uitvaarten sinds 1952.',
  },
  [
    svc(
      'Nazorg',
      'Ook na de uitvaart staan we voor je klaar. We helpen met de papieren en kunnen je in contact brengen met een rouwbegeleider.',
      ['rouw', 'formulieren-administratie'],
    ),
  ],
);

org(
  {
    name: 'Nabestaandengroep Stil Verlies',
    place: 'Eschveld',
    street: 'Kerkpad 1',
    desc: 'Lotgenoten.',
  },
  [
    svc(
      'Stil Verlies',
      'Voor wie iemand verloren heeft door zelfdoding, kort of lang geleden. We luisteren en begrijpen. App gerust met Ria.',
      ['rouw', 'suicidepreventie', 'herstel-lotgenoten'],
    ),
  ],
);

// ---------------------------------------------------------------- commercial and practical
org(
  {
    name: 'Thuiszorgwinkel Hendriks',
    place: 'Heidebroek',
    street: 'Dorpsstraat 44',
    desc: 'Winkel in hulpmiddelen, verkoop en verhuur.',
  },
  [
    svc('Verhuur en verkoop', 'Rollators, krukken, douchestoelen, bedden en scootmobielen. Ook bezorgen en reparatie.', ['hulpmiddelen']),
  ],
);

org(
  {
    name: 'HeideVeilig',
    place: 'Veenstad',
    street: 'Bedrijvenweg 8',
    desc: 'Alarmsystemen voor particulieren.',
  },
  [
    svc(
      'Alarmknop',
      'Een knop om je pols of als ketting. Val je, dan druk je en krijg je direct contact met de centrale, die je buren of de thuiszorg belt.',
      ['personenalarmering'],
      { fees: 'Vanaf € 19,95 per maand', area: REGION },
    ),
  ],
);

org(
  {
    name: 'Tafeltje Dekje Heidebroek',
    place: 'Heidebroek',
    street: 'Hulstlaan 2',
    desc: 'Warme maaltijden aan huis.',
  },
  [svc('Maaltijd aan huis', 'Elke dag een warme maaltijd aan de deur, gebracht door vrijwilligers. Ook zoutarm of diabetes.', ['maaltijden'])],
);

org(
  {
    name: 'Regiotaxi Heidestreek',
    place: 'Veenstad',
    street: 'Bedrijvenweg 1',
    desc: 'Vervoer van deur tot deur.',
  },
  [
    svc(
      'Regiotaxi',
      'Met een pasje van de gemeente rijd je voor een laag tarief van deur tot deur, ook naar Veenstad. Minstens een uur van tevoren bellen.',
      ['vervoer'],
      { area: REGION },
    ),
  ],
);

org(
  {
    name: 'Administratiekantoor Ruiter',
    place: 'Ginkelo',
    street: 'Dorpsstraat 5',
    desc: 'Boekhouding voor ondernemers en particulieren.',
  },
  [svc('Aangifte particulieren', 'Wij doen je belastingaangifte en controleren je toeslagen. Vaste prijs.', ['formulieren-administratie'], { fees: 'Vanaf € 75' })],
);

org(
  {
    name: 'Heide in Beweging',
    place: 'Heidebroek',
    street: 'Sportlaan 1',
    desc: 'De buurtsportcoaches van Heidebroek.',
  },
  [
    svc('Wandelvoetbal en Oldstars', 'Nog steeds een balletje trappen, in je eigen tempo. Dinsdag op het sportpark.', ['bewegen']),
    svc(
      'Gezond Gewicht',
      'Samen met je kind gezonder eten en meer bewegen. De coach komt ook bij jullie thuis.',
      ['bewegen', 'chronische-ziekte', 'opvoeden'],
    ),
  ],
);

org(
  {
    name: 'Stichting Leergeld Heidestreek',
    place: 'Heidebroek',
    street: 'Kerkstraat 12',
    desc: 'Alle kinderen doen mee.',
  },
  [
    svc(
      'Fiets, laptop of zwemles',
      'Kan je kind niet mee op kamp of heeft het geen fiets om naar school te gaan? Wij helpen. Bel Joke, zij komt bij je thuis.',
      ['inkomensondersteuning'],
    ),
  ],
);

org(
  {
    name: 'Roze Heide',
    place: 'Heidebroek',
    street: 'Stationsweg 1a',
    desc: 'Voor lhbti+ in de dorpen.',
  },
  [svc('Regenboogborrel', 'Laatste vrijdag van de maand in De Loods, 20.00 uur. Ook als je nog twijfelt.', ['lhbti', 'ontmoeting'], { at: { name: 'De Loods', street: 'Stationsweg 1a', place: 'Heidebroek' }, phone: false })],
);

org(
  {
    name: 'Praatgroep Hoofd Boven Water',
    place: 'Wolfsven',
    street: 'Venplein 1',
    desc: 'Inwonersinitiatief.',
  },
  [
    svc(
      'Hoofd Boven Water',
      'Om de week op maandagavond in \'t Ven. Voor iedereen die het even niet meer ziet zitten en dat met anderen wil delen. Je hoeft niks te zeggen.',
      ['psychische-klachten', 'herstel-lotgenoten'],
      { phone: false },
    ),
  ],
);
