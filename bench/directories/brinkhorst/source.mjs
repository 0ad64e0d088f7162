// Brinkhorst (FICTIEF): the hand-written source of a made-up sociale kaart, the "Wijkgids
// Brinkhorst", kept for the Wijkwijzer search benchmark only. Every organisation, person, street,
// wijk and kern here is invented; postal codes start with 02 (no Dutch postal code starts with 0)
// and every phone number is 0000-… (make.mjs numbers them). Nothing here is contact data of a real
// organisation, and the national help lines (113, Veilig Thuis, 112 …) are deliberately not
// listed: the product supplies those itself.
//
// The publisher is a welzijn organisation (Stichting Welzijn De Brink), and the gids is written by
// volunteers and wijkwerkers, not by a municipal web editor: service names are short and warm
// ("Samen eten op dinsdag", "Hulp bij je post", "Praatpunt"), texts say "je", some are a single
// line, some miss hours or fees, some use local words and abbreviations (de Brink = the
// welzijn organisation, 't Weefhuus, WT = wijkteam). A few services are written in English for
// the students of the hogeschool and the expats at the chip factory, one or two in both.
// Professional care (huisartsen, HAP, ggz, wijkteam, Wmo-loket, schuldhulp, jeugd) is in it too,
// described the welzijn way.
//
// `topics` is the judge's key, written with the text: what a service really offers, as a social
// worker would file it, whatever words its description happens to use. make.mjs keeps the topics
// out of the HSDS export and writes them to answers.json.
//
// Gemeente: Brinkhorst, one middle-sized gemeente with the wijken Centrum, Brinkhorst-Noord,
// De Kolk, Esdonk and Zandhof, and the village kernen Weverslo, Haarle-Brink and Ter Aa.
import { addingTo, svc } from '../write-directory.mjs';

/** The topics, each in one line: a service carries a topic when it answers that question. */
export const TOPICS = {
  huisarts: 'huisartsenpraktijk: spreekuur, visite, doorverwijzing',
  huisartsenpost: 'huisartsenpost: de dokter als de eigen huisarts dicht is (avond, nacht, weekend)',
  'poh-ggz': 'praktijkondersteuner ggz (POH-GGZ) in de huisartsenpraktijk',
  ggz: 'psychische hulp van een professional voor volwassenen: POH-GGZ, psycholoog, basis-ggz, specialistische ggz',
  'jeugd-ggz': 'psychische hulp voor kinderen en jongeren tot 18 (jeugd-ggz)',
  mentaal: 'lichte psychische klachten (somber, angstig, gestrest, piekeren, slecht slapen): cursus, e-health, praatgroep of gesprekken',
  epa: 'ernstige psychische aandoening: FACT-team, beschermd wonen, langdurige begeleiding',
  herstel: 'herstel en lotgenotencontact bij psychische kwetsbaarheid (ervaringsdeskundigen, herstelcafé)',
  wijkteam: 'wijkteam / sociaal team: eerste plek voor vragen over zorg, geld, opvoeden en meer, ook als alles tegelijk speelt',
  wmo: 'Wmo-loket van de gemeente: ondersteuning aanvragen (hulp thuis, hulpmiddelen, vervoer, aanpassingen)',
  clientondersteuning: 'onafhankelijke cliëntondersteuning: iemand die met je meegaat en naast je staat bij aanvragen',
  hulpmiddelen: 'hulpmiddelen: rollator, rolstoel, scootmobiel, uitleen',
  woningaanpassing: 'aanpassingen in huis: traplift, douche, drempels',
  'huishoudelijke-hulp': 'hulp bij het huishouden (schoonmaken, was)',
  vervoer: 'vervoer: regiotaxi, vrijwillige chauffeurs, rolstoelbus',
  mantelzorg: 'steun voor mantelzorgers: advies, lotgenoten, waardering',
  respijt: 'respijtzorg: de zorg even overnemen zodat de mantelzorger rust krijgt',
  'jonge-mantelzorg': 'jonge mantelzorgers: kinderen en jongeren die thuis zorgen voor een ziek gezinslid',
  dementie: 'dementie en geheugenproblemen, ook voor partners en familie',
  nah: 'niet-aangeboren hersenletsel (NAH), bijvoorbeeld na een beroerte of ongeluk',
  alarmering: 'personenalarmering: een alarmknop voor thuis',
  maaltijden: 'maaltijden: warm eten thuisbezorgd of samen eten',
  dagbesteding: 'dagbesteding (ouderen, dementie, beperking, ggz)',
  ouderenadvies: 'ouderenadviseur: vragen van ouderen over wonen, zorg, geld en regelingen',
  wijkverpleging: 'wijkverpleging en persoonlijke verzorging thuis',
  palliatief: 'laatste levensfase: hospice, vrijwilligers terminale zorg',
  eenzaamheid: 'eenzaamheid: maatje, bezoek, telefooncirkel, iemand om mee te praten',
  ontmoeting: 'ontmoeting voor iedereen: buurthuis, dorpshuis, inloop, eettafel en clubs om mensen te leren kennen',
  klussen: 'kleine klussen in en om het huis',
  boodschappen: 'hulp bij boodschappen doen',
  schulden: 'schulden: schuldhulpverlening, schuldhulpmaatje',
  geldzorgen: 'geldzorgen en rondkomen: budgetcoach, geldcafé, overzicht in je geld, energierekening',
  administratie: 'hulp bij post, brieven, formulieren en belastingaangifte',
  toeslagen: 'hulp bij toeslagen (zorgtoeslag, huurtoeslag, kinderopvangtoeslag, kindgebonden budget)',
  minima: 'regelingen bij een laag inkomen: bijzondere bijstand, meedoenregeling, kortingspas',
  'meedoen-kinderen': 'kinderen uit gezinnen met weinig geld laten meedoen: sport, muziek, zwemles (fondsen, kortingspas)',
  werk: 'werk zoeken, jobcoach, re-integratie, werkervaring',
  uitkering: 'uitkering: bijstand aanvragen en vragen over je uitkering',
  taal: 'Nederlands leren en oefenen: taalcafé, taalmaatje, lezen en schrijven',
  digitaal: 'hulp met computer, telefoon, internet en DigiD',
  woningzoeken: 'een huis zoeken: inschrijven, urgentie, verhuizen',
  huurachterstand: 'huurachterstand en andere betalingsachterstanden vroeg oplossen, huisuitzetting voorkomen',
  dakloos: 'dakloos of geen vaste woonplek: nachtopvang, dagopvang, briefadres',
  voedselhulp: 'voedselbank en andere hulp met eten voor mensen met weinig geld',
  kleding: 'gratis of goedkope kleding',
  opvoeden: 'opvoedvragen en opvoedsteun voor ouders',
  jeugdhulp: 'jeugdhulp en gezinsbegeleiding',
  jgz: 'jeugdgezondheidszorg: consultatiebureau, jeugdarts, jeugdverpleegkundige',
  jongeren: 'jongerenwerk: een plek en een vertrouwd persoon voor jongeren',
  onderwijs: 'school en leerplicht: leerplicht, schoolmaatschappelijk werk, schooluitval',
  verslaving: 'verslaving bij volwassenen: alcohol en drugs (hulp en lotgenoten)',
  'verslaving-jongeren': 'alcohol, blowen en drugs bij jongeren (ook voor ouders)',
  gokken: 'gokken (en gamen) dat uit de hand loopt',
  'huiselijk-geweld': 'huiselijk geweld: hulp, opvang en advies voor wie het meemaakt, ziet of pleegt',
  rouw: 'rouw en verlies bij volwassenen: rouwgroep, rouwbegeleiding',
  'rouw-kinderen': 'rouw bij kinderen en jongeren',
  scheiding: 'scheiding: steun voor ouders en kinderen als ouders uit elkaar gaan',
  zwangerschap: 'zwangerschap: verloskundige, kraamzorg, zwangerschapsgroep, onbedoeld zwanger',
  'seksuele-gezondheid': 'seksuele gezondheid: soa-test, anticonceptie, vragen over seks en relaties',
  leefstijl: 'gezonde leefstijl: afvallen, diëtist, leefstijlcoach, stoppen met roken',
  roken: 'stoppen met roken',
  juridisch: 'juridisch advies: sociaal raadslieden, rechtswinkel, advocaat',
  nieuwkomers: 'statushouders, vluchtelingen en nieuwkomers: begeleiding en wegwijs',
  lvb: 'mensen met een licht verstandelijke beperking (LVB)',
  autisme: 'autisme: begeleiding, lotgenoten, informatie',
  vrijwilligerswerk: 'vrijwilligerswerk vinden of doen',
  bewegen: 'sport en bewegen, buurtsportcoach, sportfonds',
  ehbo: 'EHBO- en reanimatiecursussen',
  'training-suicidepreventie': 'trainingen voor vrijwilligers, naasten en professionals: signalen van suïcide herkennen en erover beginnen',
  'training-huiselijk-geweld': 'trainingen over signalen van huiselijk geweld en kindermishandeling en de meldcode',
};

/** Where the organisations are: the wijken of Brinkhorst and its three kernen. */
export const places = {
  Centrum: { gemeente: 'Brinkhorst', pc: '0201' },
  'Brinkhorst-Noord': { gemeente: 'Brinkhorst', pc: '0206' },
  'De Kolk': { gemeente: 'Brinkhorst', pc: '0212' },
  Esdonk: { gemeente: 'Brinkhorst', pc: '0217' },
  Zandhof: { gemeente: 'Brinkhorst', pc: '0223' },
  Weverslo: { gemeente: 'Brinkhorst', pc: '0251' },
  'Haarle-Brink': { gemeente: 'Brinkhorst', pc: '0263' },
  'Ter Aa': { gemeente: 'Brinkhorst', pc: '0274' },
};

const dorpen = ['Weverslo', 'Haarle-Brink', 'Ter Aa'];
const kolk = { name: 'Buurthuis De Kolk', street: 'Kolkplein 3', place: 'De Kolk' };
const weefhuus = { name: "Dorpshuis 't Weefhuus", street: 'Weversplein 1', place: 'Weverslo' };
const bieb = { name: 'Bibliotheek Brinkhorst', street: 'Markt 12', place: 'Centrum' };
const zandhofHuis = { name: 'Wijkpunt Zandhof', street: 'Zandhofweg 40', place: 'Zandhof' };

export const organizations = [];
const org = addingTo(organizations);

// --- De uitgever zelf: Welzijn De Brink ----------------------------------------------------

org(
  {
    name: 'Welzijn De Brink',
    alt: 'de Brink',
    place: 'Centrum',
    street: 'Brinkstraat 4',
    desc: 'Wij zijn de welzijnsorganisatie van Brinkhorst. Met wijkwerkers en heel veel vrijwilligers helpen we je verder. Kom gerust langs, koffie staat klaar!',
  },
  [
    svc(
      'Praatpunt',
      'Loop binnen voor een bakkie en een praatje. Zit je ergens mee? Een wijkwerker luistert en zoekt samen met je uit wie je verder kan helpen. Je hoeft niks mee te nemen en het kost niks.',
      ['ontmoeting', 'eenzaamheid'],
      { hours: 'ma t/m do 9.30-12.00', fees: 'Gratis' },
    ),
    svc(
      'Hulp bij je post',
      'Stapel brieven op de mat en geen idee wat je ermee moet? Neem alles mee in een tas. Een vrijwilliger leest met je mee en helpt je met formulieren, brieven van de gemeente of de zorgverzekering en het bellen met instanties.',
      ['administratie'],
      { hours: 'di en do 13.30-15.30, zonder afspraak', fees: 'Gratis' },
    ),
    svc(
      'Klusjesdienst',
      'Lamp kapot, gordijnrail los, kraan die drupt? Onze klussers komen bij je thuis voor kleine klusjes. Jij betaalt alleen het materiaal. Voor 65+ en mensen met een beperking die het zelf niet meer kunnen.',
      ['klussen'],
      { fees: '€ 2,50 voorrijden + materiaal', apply: 'Bel de Brink, we plannen een klusser in.', elig: '65+ of met een beperking, en geen familie die het kan doen' },
    ),
    svc(
      'Boodschappenmaatje',
      'Lukt de supermarkt niet meer? Een vrijwilliger gaat 1x per week met je mee of doet de boodschappen voor je.',
      ['boodschappen'],
    ),
    svc(
      'Maatje voor even',
      'Je zit veel alleen en mist iemand om mee te kletsen, te wandelen of een spelletje te doen. We koppelen je aan een vrijwilliger die bij je past. Een paar uur per week, minstens een half jaar.',
      ['eenzaamheid'],
      { apply: 'Bel of mail, een wijkwerker komt eerst kennismaken.' },
    ),
    svc(
      'Telefooncirkel',
      'Elke ochtend word je gebeld door iemand uit de cirkel, en jij belt de volgende. Zo weet je dat er iemand aan je denkt. Neem je niet op? Dan komt er iemand kijken.',
      ['eenzaamheid'],
      { phone: false },
    ),
    svc(
      'Ouderenadviseur',
      'Anja en Peter zijn onze ouderenadviseurs. Vragen over langer thuis wonen, zorg regelen, geld, of je vraagt je af waar je recht op hebt? Ze komen ook bij je thuis (keukentafelgesprek).',
      ['ouderenadvies'],
      { elig: '65+ en hun familie' },
    ),
    svc(
      'Belastinghulp in het voorjaar',
      'Van maart tot half mei vullen vrijwilligers je aangifte inkomstenbelasting in, en ze kijken meteen of je je toeslagen goed hebt. Neem je DigiD mee (of de machtigingscode).',
      ['administratie', 'toeslagen'],
      { elig: 'Lager inkomen, geen eigen bedrijf', fees: 'Gratis', hours: 'maart t/m mei, op afspraak' },
    ),
    svc(
      'Thuisadministratie aan huis',
      'Deze dienst is gestopt. Voor hulp met je papieren kun je naar Hulp bij je post.',
      ['administratie'],
      { status: 'inactive' },
    ),
    svc(
      'Welzijn op recept',
      'Je huisarts of de POH kan je naar ons doorsturen als je niet lekker in je vel zit, maar een pil niet de oplossing is. Een welzijnscoach zoekt met je naar iets wat je energie geeft: een clubje, vrijwilligerswerk, bewegen.',
      ['mentaal', 'eenzaamheid'],
      { apply: 'Via je huisarts of POH, of bel zelf even.' },
    ),
    svc(
      'Rijdende vrijwilligers Dorpen',
      'In Weverslo, Haarle-Brink en Ter Aa rijdt de bus niet vaak. Vrijwilligers rijden je met hun eigen auto naar de dokter, het ziekenhuis of de kapper. Bel 2 dagen van tevoren.',
      ['vervoer'],
      { fees: '€ 0,35 per km', area: dorpen, at: weefhuus },
    ),
  ],
);

org(
  {
    name: 'Vrijwilligerscentrale Brinkhorst',
    place: 'Centrum',
    street: 'Brinkstraat 4',
    desc: 'Hier vind je vrijwilligerswerk dat bij je past. Onderdeel van Welzijn De Brink.',
  },
  [
    svc(
      'Vrijwilligerswerk zoeken',
      'Zin om iets te doen voor een ander? Kom langs bij de vacaturebank of kijk online. We helpen je kiezen, ook als je nog nooit vrijwilligerswerk hebt gedaan of als je Nederlands nog niet zo goed is.',
      ['vrijwilligerswerk'],
      { hours: 'wo 10.00-12.00 inloop' },
    ),
    svc(
      'Volunteer in Brinkhorst',
      'New in town and want to meet people? Lots of volunteer jobs don\'t need Dutch: cooking at the buurthuis, gardening, sports clubs, the repair café. Drop by or send us a message, we speak English.',
      ['vrijwilligerswerk'],
      { lang: ['en'], online: true },
    ),
  ],
);

// --- Buurthuizen en dorpshuizen --------------------------------------------------------------

org(
  {
    name: 'Buurthuis De Kolk',
    place: 'De Kolk',
    street: 'Kolkplein 3',
    desc: 'Het huiskamer van De Kolk. Iedereen is welkom, jong en oud.',
  },
  [
    svc(
      'Samen eten op dinsdag',
      'Elke dinsdag koken vrijwilligers een 3-gangen maaltijd. Gezellig aan lange tafels, je hoeft niet alleen te eten. Opgeven kan tot maandag 12 uur.',
      ['maaltijden', 'ontmoeting', 'eenzaamheid'],
      { fees: '€ 5,- (met U-pas € 2,50)', hours: 'di 17.30' },
    ),
    svc(
      'Koffie-inloop De Kolk',
      'Gewoon binnenlopen. Krantje, koffie, biljart, kaarten.',
      ['ontmoeting'],
      { hours: 'ma-vr 10-12' },
    ),
    svc(
      'Mannenkookclub',
      'Nooit leren koken? Of vrouw overleden en nu alles alleen? Samen met andere mannen koken en daarna samen opeten. Aanschuiven mag.',
      ['ontmoeting', 'eenzaamheid'],
      { hours: 'do 16.00' },
    ),
    svc(
      'Repair Café',
      'Elke 1e zaterdag. Neem je kapotte broodrooster, fiets of broek mee, we maken het samen.',
      ['ontmoeting', 'klussen'],
    ),
  ],
);

org(
  {
    name: "Dorpshuis 't Weefhuus",
    alt: 'Weefhuus',
    place: 'Weverslo',
    street: 'Weversplein 1',
    desc: 'Dorpshuis van Weverslo, gerund door vrijwilligers.',
  },
  [
    svc(
      'Open huis in het Weefhuus',
      'Het dorpshuis is elke ochtend open. Kom koffie drinken, een praatje maken of meedoen met sjoelen en koersbal.',
      ['ontmoeting'],
    ),
    svc(
      'Eettafel Weverslo',
      'Om de week op vrijdag samen eten in het Weefhuus. Vooral voor ouderen die anders alleen eten. Kun je niet komen? Soms brengen we een bakje langs.',
      ['maaltijden', 'ontmoeting', 'eenzaamheid'],
      { fees: '€ 6,50' },
    ),
    svc(
      'Gym voor 65+',
      'Rustig bewegen op muziek, op een stoel als dat moet. Goed voor je balans, zodat je minder snel valt.',
      ['bewegen'],
      { hours: 'wo 10.00-11.00' },
    ),
  ],
);

org(
  {
    name: 'Wijkpunt Zandhof',
    place: 'Zandhof',
    street: 'Zandhofweg 40',
    desc: 'Buurtkamer in Zandhof, naast de Spar.',
  },
  [
    svc(
      'Buurtkamer Zandhof',
      'Een huiskamer voor de buurt. Spelletjes, handwerkclub, af en toe een bingo. Nieuwe buren zijn extra welkom!',
      ['ontmoeting'],
    ),
    svc(
      'Kledingruil Zandhof',
      'Kleding brengen en halen, gratis. (Tijdelijk gestopt, we zoeken een nieuwe ruimte.)',
      ['kleding'],
      { status: 'inactive' },
    ),
    svc(
      'Vrouwengroep Zandhof',
      'Vrouwen uit alle landen. Praten, thee, samen iets maken. Ook als je nog weinig Nederlands spreekt. Kinderen mogen mee tot ze naar school gaan.',
      ['ontmoeting'],
      { lang: ['nl', 'ar'] },
    ),
  ],
);

// --- Huisarts, HAP en gezondheid -----------------------------------------------------------

org(
  {
    name: 'Huisartsenpraktijk Esdonk',
    place: 'Esdonk',
    street: 'Esdonkerlaan 22',
    desc: 'Huisartsenpraktijk met 4 huisartsen, praktijkondersteuners en assistentes.',
  },
  [
    svc(
      'Huisartsenpraktijk Esdonk',
      'Voor ziekte, pijn, zorgen over je gezondheid. Bel voor 10 uur voor een afspraak, of maak er een in de app. Kun je niet naar de praktijk komen? Dan komt de dokter bij je thuis.',
      ['huisarts'],
      { hours: 'ma-vr 8.00-17.00', apply: 'Inschrijven kan als je in Esdonk, De Kolk of Zandhof woont.' },
    ),
    svc(
      'POH-GGZ',
      'Zit je niet lekker in je vel, slaap je slecht of pieker je veel? De praktijkondersteuner GGZ heeft een paar gesprekken met je. Samen kijk je wat helpt en of je meer hulp nodig hebt.',
      ['poh-ggz', 'ggz', 'mentaal'],
      { apply: 'Vraag je huisarts', fees: 'Gratis, gaat niet van je eigen risico af' },
    ),
    svc(
      'Ouderenzorg in de praktijk',
      'De praktijkverpleegkundige ouderen komt bij je thuis en kijkt met je mee: gaat het nog goed thuis, neem je je medicijnen goed in, val je vaak? Zo nodig regelt ze extra hulp.',
      ['huisarts', 'ouderenadvies'],
    ),
  ],
);

org(
  {
    name: 'Gezondheidscentrum Zandhof',
    place: 'Zandhof',
    street: 'Zandhofweg 38',
    desc: 'Huisartsen, fysio, diëtist en apotheek onder één dak.',
  },
  [
    svc('Huisartsen Zandhof', 'Dokters Yilmaz, De Wit en Brouwer. Nieuwe patiënten uit Zandhof en Brinkhorst-Noord welkom.', ['huisarts']),
    svc(
      'POH-GGZ Zandhof',
      'Praktijkondersteuner voor psychische klachten. Max 8 gesprekjes, daarna kijken we samen verder. Ook via beeldbellen.',
      ['poh-ggz', 'ggz', 'mentaal'],
      { apply: 'Via je eigen huisarts in het centrum' },
    ),
    svc(
      'Leefstijlcoach (GLI)',
      'Wil je gezonder eten, meer bewegen of afvallen? In 2 jaar werk je met de leefstijlcoach en een groep aan kleine stapjes. Zit in de basisverzekering als je huisarts je doorstuurt.',
      ['leefstijl'],
      { elig: 'Volwassenen met overgewicht (BMI 25+ met risico, of 30+)', fees: 'Vergoed, geen eigen risico' },
    ),
    svc(
      'Stoppen met roken',
      'Wil je echt stoppen? Bij ons krijg je begeleiding van een coach en als je wilt hulpmiddelen zoals pleisters. Het gaat niet van je eigen risico af.',
      ['leefstijl', 'roken'],
    ),
    svc('Diëtist', 'Advies over eten, bijvoorbeeld bij suiker, te hoog cholesterol of als je ongewild afvalt.', ['leefstijl']),
  ],
);

org(
  {
    name: 'Dokterspraktijk Ter Aa',
    place: 'Ter Aa',
    street: 'Dorpsstraat 7',
    desc: 'De dorpsdokter voor Ter Aa en Haarle-Brink, met eigen apotheek.',
  },
  [
    svc(
      'Dorpsdokter Van Dongen',
      'Huisarts voor Ter Aa en Haarle-Brink. Met apotheekhoudend: je medicijnen haal je hier ook. Ochtendspreekuur zonder afspraak voor korte vragen.',
      ['huisarts'],
      { area: ['Ter Aa', 'Haarle-Brink'], hours: 'ma-vr 8.00-17.00, inloop 8.00-8.30' },
    ),
  ],
);

org(
  {
    name: 'Huisartsenpost Brinkhorst',
    alt: 'HAP',
    place: 'Centrum',
    street: 'Gasthuislaan 1',
    desc: 'De HAP zit bij het ziekenhuis, ingang Spoed.',
  },
  [
    svc(
      "Huisartsenpost 's avonds en in het weekend",
      'Is je eigen huisarts dicht en kan het niet wachten tot morgen? Bel eerst de huisartsenpost. Niet zomaar langskomen, je krijgt een tijd. Neem je medicijnen en je legitimatie mee.',
      ['huisartsenpost'],
      { hours: 'Werkdagen 17.00-8.00, weekend en feestdagen de hele dag', area: ['Brinkhorst', ...dorpen] },
    ),
  ],
);

org(
  {
    name: 'Verloskundigen De Wieg',
    place: 'Brinkhorst-Noord',
    street: 'Noorderhof 15',
    desc: 'Verloskundigenpraktijk voor heel Brinkhorst.',
  },
  [
    svc(
      'Zwanger? Bel De Wieg',
      'Je bent zwanger (of denkt het). Bel ons zo snel als je kunt, dan plannen we de eerste echo. Wij begeleiden je tot en met de kraamtijd.',
      ['zwangerschap'],
    ),
    svc(
      'Samen zwanger (groepscontroles)',
      'In plaats van alleen op controle, kom je met 8-10 vrouwen die rond dezelfde tijd uitgerekend zijn. Controles, vragen, ervaringen delen.',
      ['zwangerschap'],
    ),
    svc(
      'Pregnant in Brinkhorst (English)',
      'Pregnant and new to the Dutch system? In the Netherlands a midwife (verloskundige), not a doctor, takes care of a normal pregnancy. Call us for your first appointment, we explain everything in English.',
      ['zwangerschap'],
      { lang: ['en'] },
    ),
    svc(
      'Onbedoeld zwanger',
      'Zwanger en je weet niet of je het wil houden? Je mag bij ons langskomen om rustig te praten over wat je wilt, zonder dat iemand voor je kiest.',
      ['zwangerschap'],
    ),
  ],
);

org(
  {
    name: 'GGD Brinkland',
    place: 'Centrum',
    street: 'Stationsweg 30',
    desc: 'Publieke gezondheid voor de regio.',
  },
  [
    svc(
      'Consultatiebureau',
      'Met je baby of peuter (0-4 jaar) kom je regelmatig bij de jeugdverpleegkundige of jeugdarts. We wegen en meten, geven vaccinaties en je kunt al je vragen stellen over slapen, eten en huilen.',
      ['jgz'],
      { fees: 'Gratis' },
    ),
    svc(
      'JGZ op school',
      'De jeugdarts en jeugdverpleegkundige zien je kind ook op de basisschool en middelbare school. Zorgen over groei, gedrag of veel ziekteverzuim? Vraag een gesprek aan.',
      ['jgz', 'onderwijs'],
    ),
    svc(
      'Sense-spreekuur en soa-test',
      'Vragen over seks, anticonceptie, een soa-test of je relatie? Tot je 25e gratis en anoniem. Ook als je twijfelt of iets normaal is.',
      ['seksuele-gezondheid'],
      { elig: 'tot 25 jaar gratis; daarna alleen met klachten of risico' },
    ),
    svc(
      'Sexual health for students',
      'Free STI test, contraception, questions about sex and dating. For students and internationals under 25. No need for Dutch insurance paperwork, just book online.',
      ['seksuele-gezondheid'],
      { lang: ['en'], online: true },
    ),
  ],
);

// --- GGZ ------------------------------------------------------------------------------------

org(
  {
    name: 'GGZ Brinkland',
    place: 'Brinkhorst-Noord',
    street: 'Kastanjelaan 100',
    desc: 'Geestelijke gezondheidszorg in Brinkhorst en omgeving.',
  },
  [
    svc(
      'Basis-ggz',
      'Korte behandeling (gesprekken) bij bijvoorbeeld depressie, angst of paniek. Je hebt een verwijzing van je huisarts nodig. Wachttijd staat op de site.',
      ['ggz'],
      { apply: 'Verwijzing huisarts', fees: 'Eigen risico zorgverzekering' },
    ),
    svc(
      'Specialistische ggz volwassenen',
      'Voor ingewikkelde of ernstige psychische problemen, zoals een zware depressie, een persoonlijkheidsstoornis of psychose. Behandeling door psychiater, psycholoog en verpleegkundigen.',
      ['ggz', 'epa'],
      { apply: 'Verwijzing huisarts' },
    ),
    svc(
      'FACT-team Brinkhorst',
      'Het FACT-team begeleidt mensen met een ernstige psychische aandoening in hun eigen huis, vaak voor lange tijd. Behandeling, praktische hulp en hulp bij wonen en werk, alles door één team.',
      ['epa'],
    ),
    svc(
      'Beschermd wonen Het Anker',
      'Wonen met begeleiding dag en nacht, voor mensen met psychische problemen die (nog) niet zelfstandig kunnen wonen.',
      ['epa'],
      { apply: 'Via het wijkteam (indicatie)' },
    ),
    svc(
      'Cursus Grip op je dip',
      'Online cursus voor jongeren (16-25) die zich somber voelen. 8 weken, met een begeleider en anderen van je leeftijd.',
      ['mentaal', 'jeugd-ggz'],
      { online: true, fees: 'Gratis' },
    ),
    svc(
      'Training Praat erover',
      'Je bent vrijwilliger, mantelzorger of je werkt met mensen. In 1 avond leer je signalen herkennen dat iemand aan zelfdoding denkt, en hoe je erover begint.',
      ['training-suicidepreventie'],
      { fees: 'Gratis voor inwoners en vrijwilligers' },
    ),
  ],
);

org(
  {
    name: 'Jeugd-ggz De Wilg',
    place: 'Esdonk',
    street: 'Wilgenhof 5',
    desc: 'Psychische hulp voor kinderen, jongeren en hun ouders.',
  },
  [
    svc(
      'De Wilg: hulp voor kind en jongere',
      'Angst, somberheid, ADHD, eetproblemen, trauma. Wij helpen kinderen en jongeren tot 18 en hun ouders. Je komt bij ons via de huisarts of het wijkteam.',
      ['jeugd-ggz'],
      { elig: '0-18 jaar', apply: 'Verwijzing huisarts, jeugdarts of wijkteam' },
    ),
  ],
);

org(
  {
    name: 'Psychologenpraktijk Het Gesprek',
    place: 'Centrum',
    street: 'Markt 3a',
    desc: 'Vrijgevestigde psychologen.',
  },
  [
    svc(
      'Psycholoog',
      'Gesprekken met een GZ-psycholoog bij stress, burn-out, rouw of angst. Ook avondafspraken. Met verwijzing vergoed.',
      ['ggz', 'mentaal'],
      { hours: 'ook di- en do-avond' },
    ),
    svc(
      'Therapy in English',
      'English-speaking psychologist for expats and international students. Anxiety, homesickness, stress, burnout. Covered by Dutch basic insurance with a GP referral.',
      ['ggz', 'mentaal'],
      { lang: ['en'] },
    ),
  ],
);

org(
  {
    name: 'Herstelcafé Brinkhorst',
    place: 'Centrum',
    street: 'Markt 12',
    desc: 'Door en voor mensen met psychische kwetsbaarheid.',
  },
  [
    svc(
      'Herstelcafé',
      'Ervaringsdeskundigen en bezoekers praten over wat helpt bij herstel. Geen hulpverleners, geen dossier. Elke donderdagmiddag in de bieb.',
      ['herstel'],
      { at: bieb },
    ),
    svc(
      'WRAP-cursus',
      'Zelf je eigen herstelplan maken met anderen die ook psychische problemen hebben (gehad).',
      ['herstel'],
    ),
  ],
);

org(
  {
    name: 'Student Wellbeing Point',
    alt: 'Hogeschool Brinkhorst',
    place: 'Esdonk',
    street: 'Campuslaan 1',
    desc: 'Support for students of Hogeschool Brinkhorst.',
  },
  [
    svc(
      'Student wellbeing: talk to someone',
      'Feeling stressed, lonely or stuck with your studies? Walk in and talk to a student counsellor or a trained fellow student. Dutch and English.',
      ['mentaal'],
      { lang: ['en', 'nl'], elig: 'Students of Hogeschool Brinkhorst' },
    ),
    svc(
      'Money coaching for students',
      'Rent, DUO, insurance, a phone contract you can\'t afford. A coach helps you make a budget. Geldcoach voor studenten, ook in het Nederlands.',
      ['geldzorgen'],
      { lang: ['en', 'nl'] },
    ),
  ],
);

// --- Wijkteam en gemeente --------------------------------------------------------------------

org(
  {
    name: 'Wijkteam Brinkhorst',
    alt: 'WT',
    place: 'Brinkhorst-Noord',
    street: 'Noorderhof 2',
    desc: 'Het wijkteam helpt met vragen over zorg, geld, werk, opvoeden en wonen. Eén plek, één gesprek. Je kunt ook met meerdere dingen tegelijk komen.',
  },
  [
    svc(
      'Wijkteam Noord en Centrum',
      'Loop je vast? Met je gezondheid, je geld, je kinderen of alles tegelijk? Bel of kom langs. Een wijkwerker maakt met je een plan en regelt zo nodig hulp.',
      ['wijkteam'],
      { hours: 'ma-vr 9-17' },
    ),
    svc(
      'Wijkteam Zuid',
      'Voor De Kolk, Esdonk en Zandhof. Zelfde hulp als overal: vragen over zorg, geld, opvoeden, wonen. Spreekuur in Buurthuis De Kolk.',
      ['wijkteam'],
      { at: kolk },
    ),
    svc(
      'Wijkteam Dorpen',
      'Het WT voor Weverslo, Haarle-Brink en Ter Aa. We komen graag bij je thuis, dat is handiger in het dorp.',
      ['wijkteam'],
      { area: dorpen, at: weefhuus },
    ),
    svc(
      'Gezinscoach',
      'Gaat het thuis niet lekker met de kinderen? Veel ruzie, een kind dat niet naar school wil, of is het je gewoon te veel? De gezinscoach van het wijkteam komt thuis en werkt met het hele gezin.',
      ['jeugdhulp', 'opvoeden', 'wijkteam'],
    ),
    svc(
      'Maatschappelijk werk',
      'Gesprekken als je in de knoop zit: relatieproblemen, scheiding, geldzorgen, verlies. Praktisch en kort.',
      ['wijkteam', 'mentaal', 'scheiding'],
    ),
  ],
);

org(
  {
    name: 'Gemeente Brinkhorst',
    place: 'Centrum',
    street: 'Raadhuisplein 1',
    desc: 'Het gemeentehuis. Voor Wmo, bijstand en schuldhulp kun je ook via het wijkteam.',
  },
  [
    svc(
      'Wmo-loket',
      'Lukt het thuis niet meer goed door ziekte, ouderdom of een beperking? Bij het Wmo-loket vraag je ondersteuning aan, zoals hulp in huis, een scootmobiel, vervoer of begeleiding. Er komt iemand bij je thuis voor een gesprek.',
      ['wmo'],
      { apply: 'Bellen of online melding doen', fees: 'Eigen bijdrage per maand (CAK)' },
    ),
    svc(
      'Hulp in huis',
      'Kun je je huis niet meer zelf schoonhouden? Via de Wmo kun je huishoudelijke hulp krijgen. Eerst een gesprek met het Wmo-loket.',
      ['huishoudelijke-hulp', 'wmo'],
    ),
    svc(
      'Aanpassingen in je woning',
      'Traplift, verhoogde wc, drempels weg, douche in plaats van bad. Vraag het aan bij de Wmo. Huur je? Bel dan ook je woningcorporatie.',
      ['woningaanpassing', 'wmo'],
    ),
    svc(
      'Scootmobiel of rolstoel',
      'Kom je de deur niet meer uit omdat lopen niet lukt? Via de Wmo kun je een scootmobiel, rolstoel of driewielfiets krijgen (in bruikleen).',
      ['hulpmiddelen', 'wmo'],
    ),
    svc(
      'Bijstand aanvragen',
      'Geen of te weinig inkomen? Je kunt een bijstandsuitkering aanvragen. Doe dat meteen, het gaat pas in vanaf de dag dat je je meldt.',
      ['uitkering'],
      { apply: 'Online met DigiD of aan de balie' },
    ),
    svc(
      'U-pas en bijzondere bijstand',
      'Laag inkomen? Met de U-pas krijg je korting op sport, zwemles, muziekles en uitjes. Bijzondere bijstand is voor onverwachte kosten, zoals een kapotte wasmachine of een bril.',
      ['minima', 'meedoen-kinderen'],
      { elig: 'inkomen tot 120% van het minimum' },
    ),
    svc(
      'Schuldhulpverlening',
      'Kom je niet meer rond en heb je schulden? Schuldhulp van de gemeente zet alles op een rij en helpt met een regeling met de mensen aan wie je geld moet betalen. Hoe eerder je belt, hoe beter.',
      ['schulden'],
      { fees: 'Gratis' },
    ),
    svc(
      'Leerplicht',
      'Zit je kind veel thuis, spijbelt het of heeft het geen school? De leerplichtambtenaar zoekt samen met ouders, kind en school naar een oplossing.',
      ['onderwijs'],
    ),
    svc(
      'Vroeg erop af',
      'Krijgen wij een seintje van je woningcorporatie, het energiebedrijf of de zorgverzekeraar dat je achterloopt met betalen? Dan bellen we je of staan we even op de stoep. Om te helpen, niet om te controleren.',
      ['huurachterstand', 'schulden'],
      { phone: false },
    ),
  ],
);

org(
  {
    name: 'Naast Je Staan',
    place: 'Centrum',
    street: 'Kerkstraat 18',
    desc: 'Onafhankelijke cliëntondersteuning, niet van de gemeente.',
  },
  [
    svc(
      'Cliëntondersteuner',
      'Moet je een gesprek met de gemeente of het wijkteam, of wil je zorg aanvragen en snap je de regels niet? Een cliëntondersteuner gaat met je mee, zorgt dat jouw vraag gehoord wordt. Gratis.',
      ['clientondersteuning'],
      { fees: 'Gratis' },
    ),
  ],
);

// --- Wonen, zorg thuis, ouderen -------------------------------------------------------------

org(
  {
    name: 'Zorg aan Huis De Dorpen',
    place: 'Weverslo',
    street: 'Kerkpad 6',
    desc: 'Kleine thuiszorg uit het dorp zelf. Je kent de zusters vaak al.',
  },
  [
    svc(
      'Thuiszorg in de dorpen',
      'Wijkzuster aan huis in Weverslo, Haarle-Brink en Ter Aa: wassen, aankleden, ogen druppelen, wondjes. Ook iemand voor het huishouden als je een Wmo-indicatie hebt.',
      ['wijkverpleging', 'huishoudelijke-hulp'],
      { area: dorpen },
    ),
  ],
);

org(
  {
    name: 'Thuiszorg Brinkhorst',
    place: 'De Kolk',
    street: 'Kolkweg 60',
    desc: 'Wijkverpleging en zorg thuis in heel Brinkhorst en de dorpen.',
  },
  [
    svc(
      'Wijkverpleging',
      'De wijkverpleegkundige helpt je thuis met wassen, aankleden, steunkousen, wonden of medicijnen. Je hebt geen verwijzing nodig, bel ons gewoon.',
      ['wijkverpleging'],
      { area: ['Brinkhorst', ...dorpen] },
    ),
    svc(
      'Alarmknop',
      'Een knop om je pols of nek. Val je of word je niet lekker? Druk erop en je krijgt iemand aan de lijn, die zo nodig je buren of de zorg stuurt.',
      ['alarmering'],
      { fees: 'vanaf € 18 per maand' },
    ),
    svc(
      'Warme maaltijd aan huis',
      'Elke dag een warme maaltijd thuisbezorgd, ook dieet. Per week te bestellen.',
      ['maaltijden'],
    ),
    svc(
      'Casemanager dementie',
      'Krijgt je vader, moeder of partner de diagnose dementie? De casemanager is jullie vaste aanspreekpunt, ook voor de mantelzorger. Via de huisarts.',
      ['dementie'],
    ),
  ],
);

org(
  {
    name: 'Thuiszorgwinkel Brinkhorst',
    place: 'Centrum',
    street: 'Molenstraat 9',
    desc: 'Hulpmiddelen kopen, huren en lenen.',
  },
  [
    svc(
      'Uitleen van hulpmiddelen',
      'Rolstoel, krukken, rollator of douchestoel nodig voor even, bijvoorbeeld na een operatie? Je kunt ze tijdelijk lenen. Neem je pasje van de zorgverzekering mee.',
      ['hulpmiddelen'],
      { hours: 'ma-za 9.30-17.00' },
    ),
  ],
);

org(
  {
    name: 'Brinkrit',
    place: 'Centrum',
    street: 'Stationsweg 2',
    desc: 'De regiotaxi van Brinkhorst.',
  },
  [
    svc(
      'Brinkrit regiotaxi',
      'Deur-tot-deur vervoer met een taxibusje, ook met rolstoel. Met een Wmo-pas betaal je minder. Bel een uur van tevoren.',
      ['vervoer'],
      { area: ['Brinkhorst', ...dorpen] },
    ),
  ],
);

org(
  {
    name: 'Steunpunt Mantelzorg Brinkhorst',
    place: 'Centrum',
    street: 'Brinkstraat 4',
    desc: 'Voor iedereen die zorgt voor een ander. Onderdeel van de Brink.',
  },
  [
    svc(
      'Mantelzorgconsulent',
      'Zorg je voor je partner, ouder, kind of buur en wordt het je soms te veel? Praat met de mantelzorgconsulent. Samen kijk je wat je kan ontlasten.',
      ['mantelzorg'],
    ),
    svc(
      'Even vrij',
      'Een vrijwilliger neemt een middag de zorg van je over, zodat jij even naar de kapper, een vriendin of gewoon op de bank kunt. Ook logeren in een logeerhuis kan.',
      ['respijt', 'mantelzorg'],
    ),
    svc(
      'Mantelzorgcafé',
      'Elke maand een avond met andere mantelzorgers. Soms een spreker, altijd tijd om je verhaal kwijt te kunnen.',
      ['mantelzorg'],
    ),
    svc(
      'Jonge Helden',
      'Zorg jij thuis voor je moeder, vader, broertje of zus? Jonge Helden is voor jou (8-24 jaar). Samen leuke dingen doen, even niet zorgen, en iemand om mee te praten.',
      ['jonge-mantelzorg'],
      { elig: '8-24 jaar' },
    ),
    svc(
      'Mantelzorgcompliment',
      'Eén keer per jaar een bedankje van de gemeente voor mantelzorgers. Aanvragen tot 1 november.',
      ['mantelzorg'],
      { online: true },
    ),
  ],
);

org(
  {
    name: 'Alzheimer Café Brinkhorst',
    place: 'Haarle-Brink',
    street: 'Brinkweg 12',
    desc: 'Voor mensen met dementie, hun partners en familie.',
  },
  [
    svc(
      'Alzheimer Café',
      'Elke 3e dinsdag van de maand. Uitleg over geheugenproblemen en dementie, en tijd om te praten met mensen die hetzelfde meemaken. Je kunt samen komen.',
      ['dementie'],
      { hours: '3e dinsdag, 19.30' },
    ),
  ],
);

org(
  {
    name: 'Ontmoetingscentrum De Linde',
    place: 'Haarle-Brink',
    street: 'Lindelaan 4',
    desc: 'Dagbesteding voor ouderen en mensen met geheugenproblemen.',
  },
  [
    svc(
      'Dagbesteding De Linde',
      'Een paar dagen per week gezellig en zinvol bezig, met ander ouderen. Wandelen, koken, muziek. Ook voor mensen met beginnende dementie. Vervoer kan geregeld worden.',
      ['dagbesteding', 'dementie'],
      { apply: 'Via het Wmo-loket of wijkteam' },
    ),
    svc(
      'Logeren in De Linde',
      'Je partner met dementie kan een weekend of een week bij ons logeren. Dan kun jij bijkomen.',
      ['respijt', 'dementie'],
    ),
  ],
);

org(
  {
    name: 'Zorgboerderij De Aahoeve',
    place: 'Ter Aa',
    street: 'Aadijk 20',
    desc: 'Zorgboerderij aan de rivier.',
  },
  [
    svc(
      'Werken op de boerderij',
      'Dagbesteding tussen de dieren en in de moestuin. Voor mensen met een (licht) verstandelijke beperking, NAH of psychische problemen. Met begeleiding.',
      ['dagbesteding', 'lvb', 'nah'],
    ),
  ],
);

org(
  {
    name: 'Hersenletsel Brinkhorst',
    alt: 'NAH-netwerk',
    place: 'Esdonk',
    street: 'Esdonkerlaan 80',
    desc: 'Netwerk voor mensen met niet-aangeboren hersenletsel.',
  },
  [
    svc(
      'NAH-inloop',
      'Sinds je beroerte, hersenbloeding of ongeluk ben je sneller moe, vergeet je dingen of word je snel boos? Kom naar de inloop. Je treft mensen die snappen hoe het is. Partners welkom.',
      ['nah'],
    ),
    svc(
      'Begeleiding na hersenletsel',
      'Een begeleider helpt je thuis je dag weer op de rit te krijgen: structuur, afspraken, energie verdelen.',
      ['nah'],
      { apply: 'Via het wijkteam' },
    ),
  ],
);

org(
  {
    name: 'Hospice Het Lindehuis',
    place: 'Brinkhorst-Noord',
    street: 'Noorderhof 30',
    desc: 'Een huis voor de laatste levensfase.',
  },
  [
    svc(
      'Hospice',
      'Als thuis sterven niet lukt, kun je de laatste weken hier zijn, in een huiselijke kamer. Familie mag altijd komen.',
      ['palliatief'],
    ),
    svc(
      'Vrijwilligers thuis in de laatste fase',
      'Vrijwilligers waken een nacht of zijn overdag bij iemand die thuis gaat sterven, zodat de familie kan rusten.',
      ['palliatief'],
    ),
  ],
);

// --- Geld ------------------------------------------------------------------------------------

org(
  {
    name: 'SchuldHulpMaatje Brinkhorst',
    place: 'De Kolk',
    street: 'Kolkplein 3',
    desc: 'Vrijwilligers die naast je staan als je schulden hebt.',
  },
  [
    svc(
      'SchuldHulpMaatje',
      'Rekeningen blijven liggen, incasso’s, deurwaarders... Een getraind maatje helpt je overzicht te krijgen en gaat met je mee naar schuldhulp. Niemand oordeelt.',
      ['schulden', 'geldzorgen'],
    ),
  ],
);

org(
  {
    name: 'Geldcafé Brinkhorst',
    place: 'Zandhof',
    street: 'Zandhofweg 40',
    desc: 'Inloop over geld.',
  },
  [
    svc(
      'Geldcafé',
      'Elke woensdag. Vragen over geld, rekeningen, toeslagen of je energierekening? Vrijwilligers kijken met je mee. Ook als je (nog) geen schulden hebt maar het krap is.',
      ['geldzorgen', 'toeslagen', 'administratie'],
      { hours: 'wo 13.00-16.00', at: zandhofHuis },
    ),
    svc(
      'Cursus Rondkomen',
      '4 ochtenden over budget, besparen en slim inkopen. In een klein groepje.',
      ['geldzorgen'],
    ),
    svc(
      'Energiecoach',
      'Hoge energierekening? De energiecoach komt bij je thuis, geeft tips en brengt gratis spullen mee zoals tochtstrips en ledlampen.',
      ['geldzorgen'],
    ),
  ],
);

org(
  {
    name: 'Sociaal Raadslieden Brinkhorst',
    place: 'Centrum',
    street: 'Kerkstraat 18',
    desc: 'Gratis juridisch en sociaal advies.',
  },
  [
    svc(
      'Sociaal raadslieden',
      'Brief van de Belastingdienst, het UWV of je huisbaas waar je het niet mee eens bent? Bezwaar maken, toeslagen terugbetalen, ontslag? De sociaal raadsman of -vrouw legt uit wat je kunt doen en helpt met bezwaar.',
      ['juridisch', 'toeslagen', 'administratie'],
      { fees: 'Gratis' },
    ),
    svc(
      'Legal help for internationals',
      'Problems with your landlord, employer or a fine? Law students of the Rechtswinkel give free legal advice in English. Tuesday evenings.',
      ['juridisch'],
      { lang: ['en'], hours: 'Tue 19.00-20.30' },
    ),
  ],
);

// --- Werk, taal, digitaal -----------------------------------------------------------------

org(
  {
    name: 'Werkplein Brinkhorst',
    place: 'Centrum',
    street: 'Stationsweg 14',
    desc: 'Werk en inkomen.',
  },
  [
    svc(
      'Jobcoach',
      'Al lang thuis en wil je weer aan de slag? Een jobcoach helpt je met je cv, solliciteren en een werkervaringsplek.',
      ['werk'],
    ),
    svc(
      'Meedoen-traject',
      'Werk zit er even niet in? Dan zoeken we iets zinvols: vrijwilligerswerk, een cursus, stap voor stap weer meedoen.',
      ['werk'],
      { elig: 'Met een bijstandsuitkering' },
    ),
    svc(
      'Jobs for internationals',
      'Looking for work in Brinkhorst, or your partner is? Monthly workshop about the Dutch job market, CV and LinkedIn. English spoken.',
      ['werk'],
      { lang: ['en'] },
    ),
  ],
);

org(
  {
    name: 'Taalhuis Brinkhorst',
    place: 'Centrum',
    street: 'Markt 12',
    desc: 'In de bibliotheek. Voor taal en digitale vaardigheden.',
  },
  [
    svc(
      'Taalcafé',
      'Nederlands oefenen door gewoon te praten. Elke vrijdagochtend in de bieb, geen aanmelden nodig.',
      ['taal'],
      { hours: 'vr 10.00-11.30' },
    ),
    svc(
      'Taalmaatje',
      'Een vrijwilliger oefent 1x per week met je: praten, brieven lezen, boodschappenlijstje. Ook voor mensen die in Nederland geboren zijn en moeite hebben met lezen en schrijven.',
      ['taal'],
    ),
    svc(
      'Klik & Tik',
      'Leer omgaan met de computer, tablet of smartphone. In je eigen tempo, met een vrijwilliger naast je.',
      ['digitaal'],
    ),
    svc(
      'DigiD-spreekuur',
      'Hulp bij DigiD aanvragen, inloggen of de app instellen. Ook met mijn.overheid en de zorgverzekeraar-app.',
      ['digitaal', 'administratie'],
      { hours: 'ma 14.00-16.00' },
    ),
    svc(
      'Dutch for beginners / Nederlands voor beginners',
      'Learn basic Dutch in 10 evenings. For expats, students and partners. Leer de eerste woorden Nederlands. Small groups, low price.',
      ['taal'],
      { lang: ['en', 'nl'], fees: '€ 45 for 10 lessons' },
    ),
    svc(
      'Zomerschool Taal',
      'Niet in 2025.',
      ['taal'],
      { status: 'inactive' },
    ),
  ],
);

// --- Wonen en dak ---------------------------------------------------------------------------

org(
  {
    name: 'Brinkwonen',
    place: 'Esdonk',
    street: 'Esdonkerlaan 2',
    desc: 'Woningcorporatie in Brinkhorst.',
  },
  [
    svc(
      'Huurachterstand? Bel ons meteen',
      'Lukt het even niet om de huur te betalen? Wacht niet. Met onze huurconsulent maak je een betalingsregeling, dan voorkomen we samen dat het erger wordt.',
      ['huurachterstand'],
    ),
    svc(
      'Woning zoeken',
      'Inschrijven voor een huurhuis doe je online via WoonBrink. Hoe langer ingeschreven, hoe meer kans. Urgentie aanvragen? Kijk eerst of je aan de regels voldoet.',
      ['woningzoeken'],
      { online: true },
    ),
    svc(
      'Aanpassing in je huurhuis',
      'Huurder bij Brinkwonen en heb je een handgreep, een beugel bij de wc of een drempelhulp nodig? Kleine aanpassingen doen wij zelf. Voor grote dingen zoals een traplift ga je naar de Wmo.',
      ['woningaanpassing'],
    ),
  ],
);

org(
  {
    name: 'De Haven',
    alt: 'opvang dak- en thuislozen',
    place: 'Centrum',
    street: 'Havenstraat 11',
    desc: 'Opvang en hulp voor mensen zonder huis.',
  },
  [
    svc(
      'Nachtopvang De Haven',
      'Een bed, douche en ontbijt voor wie geen slaapplek heeft. Kom vanaf 21.00 uur.',
      ['dakloos'],
      { hours: 'elke dag 21.00-9.00' },
    ),
    svc(
      'Dagopvang en briefadres',
      'Overdag opwarmen, wassen, koffie. Een briefadres aanvragen zodat je post en een uitkering kunt krijgen.',
      ['dakloos'],
    ),
  ],
);

// --- Eten en kleding ------------------------------------------------------------------------

org(
  {
    name: 'Voedselbank Brinkhorst',
    place: 'De Kolk',
    street: 'Industrieweg 8',
    desc: 'Voedselpakketten voor mensen die het even niet redden.',
  },
  [
    svc(
      'Voedselbank',
      'Elke week een pakket met boodschappen. Je hebt een verwijzing nodig van het wijkteam, schuldhulp of het Geldcafé. Daar kijken ze ook of je er recht op hebt.',
      ['voedselhulp'],
      { apply: 'Via een verwijzer (wijkteam, schuldhulp, Geldcafé)', hours: 'uitgifte vr 14.00-16.00' },
    ),
    svc(
      'Food bank (English)',
      'Weekly food parcels for people with very little money. You need a referral from the wijkteam. Uitgifte op vrijdag.',
      ['voedselhulp'],
      { lang: ['en', 'nl'] },
    ),
  ],
);

org(
  {
    name: 'Kledingbank Aan de Haak',
    place: 'Esdonk',
    street: 'Esdonkerlaan 54',
    desc: 'Gratis kleding voor wie het nodig heeft.',
  },
  [
    svc(
      'Kledingbank Aan de Haak',
      'Kleding, schoenen en beddengoed voor het hele gezin. 4 keer per jaar gratis winkelen.',
      ['kleding'],
      { elig: 'Met verwijzing of U-pas' },
    ),
  ],
);

org(
  {
    name: 'Dorpswinkeltje Haarle-Brink',
    place: 'Haarle-Brink',
    street: 'Brinkweg 2',
    desc: 'Sociale kruidenier.',
  },
  [
    svc(
      'Sociale kruidenier',
      'Boodschappen voor weinig geld, voor inwoners met een krappe portemonnee uit de dorpen. Vraag een pasje aan bij het wijkteam.',
      ['voedselhulp'],
      { area: dorpen },
    ),
  ],
);

// --- Jeugd en gezin -------------------------------------------------------------------------

org(
  {
    name: 'Jongerenwerk Brinkhorst',
    place: 'De Kolk',
    street: 'Kolkplein 5',
    desc: 'Voor jongeren van 12 tot 23.',
  },
  [
    svc(
      'De Kelder',
      'Chillen, gamen, muziek maken, tafeltennissen. Jongerenwerkers zijn er om mee te praten, ook over dingen die niet lekker gaan.',
      ['jongeren'],
      { hours: 'wo, vr en za avond' },
    ),
    svc(
      'Jongerencoach',
      'Gestopt met school, geen werk, problemen thuis of met geld? De jongerencoach helpt je op weg, zonder gedoe.',
      ['jongeren', 'onderwijs'],
      { elig: '16-23 jaar' },
    ),
    svc(
      'Jongerenwerk op straat',
      'Jongerenwerkers zijn vaak buiten in de wijk. Spreek ze gerust aan.',
      ['jongeren'],
      { online: true, phone: false },
    ),
  ],
);

org(
  {
    name: 'Opvoedpunt Brinkhorst',
    place: 'Esdonk',
    street: 'Wilgenhof 3',
    desc: 'Vragen over opvoeden? Hier kun je terecht.',
  },
  [
    svc(
      'Opvoedspreekuur',
      'Driftbuien, slapen, puberteit, schermtijd... Elke ouder heeft vragen. Stel ze aan de pedagoog, bellen of langskomen mag.',
      ['opvoeden'],
    ),
    svc(
      'Kinderen en scheiding',
      'Groep voor kinderen (8-12) van wie de ouders uit elkaar gaan. En een avond voor ouders: hoe help je je kind erdoorheen?',
      ['scheiding'],
    ),
    svc(
      'Parenting in the Netherlands',
      'For international parents: how do Dutch schools, the consultatiebureau and child care work? And questions about raising kids in a new country. In English.',
      ['opvoeden'],
      { lang: ['en'] },
    ),
  ],
);

org(
  {
    name: 'Brinkcollege',
    place: 'Zandhof',
    street: 'Schoolstraat 1',
    desc: 'Middelbare school.',
  },
  [
    svc(
      'Schoolmaatschappelijk werk',
      'Voor leerlingen en ouders: als problemen thuis of met vrienden het leren in de weg zitten.',
      ['onderwijs', 'jeugdhulp'],
    ),
  ],
);

org(
  {
    name: 'Jeugdfonds Sport & Cultuur Brinkhorst',
    place: 'Centrum',
    street: 'Raadhuisplein 1',
    desc: 'Ieder kind doet mee.',
  },
  [
    svc(
      'Sport- en cultuurfonds voor kids',
      'Geen geld voor voetbal, zwemles of gitaarles? Het fonds betaalt de contributie. Aanvragen gaat via de juf, het wijkteam of de buurtsportcoach.',
      ['meedoen-kinderen'],
      { elig: '4-18 jaar, ouders met laag inkomen' },
    ),
  ],
);

org(
  {
    name: 'Buurtsportcoach Brinkhorst',
    place: 'Esdonk',
    street: 'Sportlaan 10',
    desc: 'Sporten in je eigen wijk.',
  },
  [
    svc(
      'Buurtsportcoach',
      'Wil je meer bewegen maar weet je niet hoe of waar? De buurtsportcoach zoekt met je naar een sport die je leuk vindt en die te betalen is. Ook wandelgroepen en walking football.',
      ['bewegen'],
    ),
  ],
);

// --- Verslaving -----------------------------------------------------------------------------

org(
  {
    name: 'Verslavingszorg Brinkland',
    place: 'Brinkhorst-Noord',
    street: 'Kastanjelaan 102',
    desc: 'Hulp bij alcohol, drugs, gokken en gamen.',
  },
  [
    svc(
      'Hulp bij alcohol en drugs',
      'Drink je meer dan je wilt, of gebruik je? Je hoeft niet meteen te stoppen om bij ons te komen. Praat met een consulent, anoniem als je wilt. Ook naasten kunnen bellen.',
      ['verslaving'],
      { apply: 'Zonder verwijzing bellen voor een eerste gesprek' },
    ),
    svc(
      'Gokhulp',
      'Gok je online of in de speelhal en raak je er geld door kwijt? We helpen je stoppen, en met de schulden die erbij horen.',
      ['gokken'],
    ),
    svc(
      'Jongeren en blowen',
      'Voor jongeren (12-23) die blowen, drinken of andere middelen gebruiken, en voor hun ouders die zich zorgen maken.',
      ['verslaving-jongeren'],
    ),
    svc(
      'Gamen de baas',
      'Zit je zoon of dochter de hele nacht te gamen? Tips en gesprekken voor ouders en jongeren.',
      ['gokken'],
      { online: true },
    ),
  ],
);

org(
  {
    name: 'Lotgenotengroep Nuchter',
    place: 'De Kolk',
    street: 'Kolkplein 3',
    desc: 'Zelfhulpgroep.',
  },
  [
    svc(
      'Nuchter - zelfhulpgroep',
      'Wekelijks samenkomen met mensen die stoppen of gestopt zijn met drinken. Geen hulpverleners, gewoon ervaringen.',
      ['verslaving'],
      { at: kolk, phone: false, hours: 'ma 20.00' },
    ),
  ],
);

// --- Geweld thuis ---------------------------------------------------------------------------

org(
  {
    name: 'Het Baken',
    alt: 'Vrouwenopvang Brinkhorst',
    place: 'Centrum',
    street: '-',
    secretAddress: true,
    desc: 'Hulp bij geweld in huis.',
  },
  [
    svc(
      'Opvang bij geweld thuis',
      'Ben je thuis niet veilig, door je partner, ex of familie? Bij Het Baken kun je met je kinderen tijdelijk wonen op een geheim adres.',
      ['huiselijk-geweld'],
    ),
    svc(
      'Hulp zonder opvang',
      'Je wil thuis blijven, maar de ruzies en het slaan moeten stoppen. Een hulpverlener werkt met jou, en als het kan met je partner.',
      ['huiselijk-geweld'],
    ),
    svc(
      'Training Stop en Denk',
      'Voor wie thuis te snel boos wordt en slaat of dreigt. Leren wat je boosheid triggert en hoe je stopt.',
      ['huiselijk-geweld'],
    ),
  ],
);

// --- Rouw, nieuwkomers, beperking -------------------------------------------------------------

org(
  {
    name: 'Rouwgroep Brinkhorst',
    place: 'Centrum',
    street: 'Kerkstraat 20',
    desc: 'Vrijwilligers met ervaring met verlies.',
  },
  [
    svc(
      'Na het verlies',
      'Is je partner, kind of ouder overleden? In een kleine groep praat je met anderen over het gemis. 8 bijeenkomsten.',
      ['rouw'],
    ),
    svc(
      'Wandelen met verdriet',
      'Elke zondag een rustige wandeling met mensen die iemand zijn verloren. Praten mag, hoeft niet.',
      ['rouw'],
    ),
    svc(
      'Rouw bij kinderen',
      'Als een kind een ouder, broer of zus verliest. Gesprekken voor het kind en tips voor ouders en school.',
      ['rouw-kinderen'],
    ),
  ],
);

org(
  {
    name: 'Nieuwkomerspunt Brinkhorst',
    place: 'Zandhof',
    street: 'Zandhofweg 42',
    desc: 'Voor statushouders en andere nieuwkomers.',
  },
  [
    svc(
      'Begeleiding statushouders',
      'Net een huis gekregen in Brinkhorst? We helpen je met de eerste stappen: gemeente, bank, zorgverzekering, school voor de kinderen, inburgering.',
      ['nieuwkomers'],
      { lang: ['nl', 'ar', 'ti'] },
    ),
    svc(
      'Taal en thee',
      'Nederlands praten met vrijwilligers, bij een kop thee.',
      ['taal'],
      { lang: ['nl', 'ar', 'ti'] },
    ),
    svc(
      'Newcomers desk',
      'New in Brinkhorst from abroad (work, study, or as a refugee from Ukraine)? We explain registering at the gemeente, the BSN, health insurance and finding a GP. English, Ukrainian and Arabic spoken.',
      ['nieuwkomers'],
      { lang: ['en', 'uk', 'ar'] },
    ),
  ],
);

org(
  {
    name: 'Steunpunt Makkelijk Meedoen',
    place: 'Brinkhorst-Noord',
    street: 'Noorderhof 8',
    desc: 'Voor mensen met een licht verstandelijke beperking en hun omgeving.',
  },
  [
    svc(
      'Makkelijk Meedoen',
      'Vind je lezen, rekenen of regels lastig? We leggen alles makkelijk uit en helpen met geld, wonen, werk en vrienden maken. Ook begeleiding thuis.',
      ['lvb'],
    ),
    svc(
      'Vrijdagavondclub',
      'Leuke avond voor mensen met een beperking. Disco, spelletjes, koken.',
      ['lvb'],
      { hours: 'vr 19.00-22.00' },
    ),
  ],
);

org(
  {
    name: 'Autisme Inloop Brinkhorst',
    place: 'Centrum',
    street: 'Markt 12',
    desc: 'Door mensen met autisme.',
  },
  [
    svc(
      'Autisme-inloop',
      'Rustige plek om mensen met autisme (ASS) te ontmoeten, voor volwassenen. Ook voor ouders van kinderen met autisme een ouderavond.',
      ['autisme'],
      { at: bieb },
    ),
    svc(
      'Autismecoach',
      'Hulp bij plannen, prikkels en werk, thuis of op je werk.',
      ['autisme'],
    ),
  ],
);

// --- Cursussen ------------------------------------------------------------------------------

org(
  {
    name: 'EHBO-vereniging Brinkhorst',
    place: 'Esdonk',
    street: 'Sportlaan 12',
    desc: 'Cursussen eerste hulp.',
  },
  [
    svc(
      'EHBO-cursus',
      'Leer wat je moet doen bij een ongeluk, brandwond of als iemand onwel wordt. 6 avonden, met diploma.',
      ['ehbo'],
      { fees: '€ 95' },
    ),
    svc(
      'Reanimatie en AED',
      'In 1 avond leren reanimeren en de AED gebruiken. Burgerhulpverlener worden? Dan ben je hier goed.',
      ['ehbo'],
      { fees: '€ 30' },
    ),
    svc(
      'First aid course (English)',
      'Basic first aid and CPR in English, for internationals and students. One Saturday.',
      ['ehbo'],
      { lang: ['en'] },
    ),
  ],
);

org(
  {
    name: 'Netwerk Thuis Veilig Brinkhorst',
    alt: 'lokale aandachtsfunctionarissen',
    place: 'Centrum',
    street: 'Raadhuisplein 1',
    desc: 'Voor professionals en vrijwilligers.',
  },
  [
    svc(
      'Training meldcode en signalen',
      'Werk je met gezinnen of ouderen, als vrijwilliger of professional? Leer signalen van huiselijk geweld en kindermishandeling herkennen en wat je dan doet (meldcode).',
      ['training-huiselijk-geweld'],
    ),
  ],
);
