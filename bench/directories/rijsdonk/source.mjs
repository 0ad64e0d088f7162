// Rijsdonk: a FICTIONAL sociale kaart, kept by the "Informatiepunt" of Bibliotheek Rijsdonk.
// Everything here is invented: the town (about 48,000 people: Centrum, the Stationskwartier, the
// older flat district De Vlakte, and the villages Asbroek and Vennekerk), names, streets, postal
// codes (0790-0829 only, which no real Dutch code uses) and phone numbers (0000-…).
// Publisher style: the library desk writes every entry as the question people bring to the desk
// or as the library's own service, in short plain B1 sentences with practical details (which
// desk, which day, what to bring). Professional help is listed as short "Wij verwijzen u naar …"
// entries with the provider's name.
import { svc, addingTo } from '../write-directory.mjs';

export const TOPICS = {
  huisarts: 'huisarts: spreekuur, medische klachten, verwijzing door de huisarts',
  huisartsenpost: 'dokter buiten kantoortijd: huisartsenpost in de avond, nacht en het weekend',
  'poh-ggz': 'praktijkondersteuner GGZ bij de huisarts: gesprekken bij psychische klachten',
  ggz: 'geestelijke gezondheidszorg: behandeling bij depressie, angst, psychische problemen, herstel',
  'lichte-psychische-klachten': 'stress, somberheid, piekeren, slecht slapen, burn-out: zelfhulp, praten, lichte steun',
  suicidepreventie: 'suïcidepreventie: training, voorlichting en steun rond zelfdoding (niet acuut)',
  rouw: 'rouw en verlies: na een overlijden, rouwgroep, nabestaanden',
  eenzaamheid: 'eenzaamheid: alleen zijn, weinig contact, iemand om mee te praten',
  ontmoeting: 'ontmoeting en activiteiten: buurthuis, koffie, clubs, samen iets doen',
  maatje: 'maatje of vrijwilliger die op bezoek komt of samen iets onderneemt',
  vrijwilligerswerk: 'zelf vrijwilligerswerk doen, vacatures voor vrijwilligers',
  mantelzorg: 'mantelzorg: steun, advies en ontspanning voor wie zorgt voor een naaste (ook jonge mantelzorgers)',
  respijtzorg: 'respijtzorg: de zorg even overnemen zodat de mantelzorger rust krijgt, logeeropvang',
  dementie: 'dementie en geheugenproblemen: informatie, casemanager, ontmoeting, steun',
  ouderenadvies: 'ouderenadvies: zelfstandig thuis blijven wonen als oudere, vragen van ouderen',
  wijkverpleging: 'wijkverpleging en thuiszorg: verpleging en persoonlijke verzorging thuis',
  'huishoudelijke-hulp': 'huishoudelijke hulp: schoonmaken, hulp in het huishouden',
  maaltijden: 'maaltijden: warme maaltijd thuis bezorgd, samen eten',
  vervoer: 'vervoer: regiotaxi, vrijwillige chauffeurs, naar het ziekenhuis of de dokter',
  hulpmiddelen: 'hulpmiddelen en woningaanpassing: rollator, scootmobiel, traplift, alarmknop',
  valpreventie: 'valpreventie: niet vallen, beter in balans, valtraining',
  wmo: 'Wmo: ondersteuning van de gemeente aanvragen, keukentafelgesprek, indicatie',
  clientondersteuning: 'onafhankelijke cliëntondersteuning: iemand die meegaat en helpt bij aanvragen en gesprekken',
  pgb: 'persoonsgebonden budget (pgb): aanvragen, beheren, budgethouders',
  beperking: 'leven met een beperking (lichamelijk, verstandelijk, autisme, NAH): steun en advies',
  dagbesteding: 'dagbesteding: een zinvolle dag met begeleiding, voor ouderen of mensen met een beperking',
  lvb: 'licht verstandelijke beperking: steun voor mensen met LVB en hun omgeving',
  jeugdhulp: 'jeugdhulp: hulp voor kinderen en jongeren met problemen, jeugdteam',
  opvoeden: 'opvoeden en opgroeien: vragen van ouders, opvoedcursus, gezin',
  jgz: 'jeugdgezondheidszorg: consultatiebureau, baby en peuter, vaccinaties, schoolarts',
  zwangerschap: 'zwangerschap en geboorte: verloskundige, kraamzorg, zwangerschapscursus',
  jongeren: 'jongeren 12-23: jongerenwerk, plek om te zijn, vragen van jongeren',
  school: 'school en leerplicht: schoolverzuim, thuiszitten, vragen over onderwijs',
  huiswerkhulp: 'huiswerkbegeleiding en bijles voor kinderen',
  voorlezen: 'voorlezen en taal voor jonge kinderen: BoekStart, voorleesuur, taalontwikkeling',
  schulden: 'schulden: schuldhulpverlening, betalingsachterstanden, deurwaarder',
  geldbeheer: 'geld en budget: rondkomen, budgetcoach, overzicht in geldzaken, budgetbeheer',
  administratie: 'hulp bij post, brieven, formulieren en thuisadministratie',
  toeslagen: 'toeslagen en belastingaangifte: zorgtoeslag, huurtoeslag, kinderopvangtoeslag, aangifte',
  voedselhulp: 'voedselhulp: voedselbank, gratis eten, kledingbank',
  minimaregelingen: 'regelingen voor een laag inkomen: bijzondere bijstand, meedoenpas, kindregelingen',
  werk: 'werk en uitkering: werk zoeken, bijstandsuitkering, re-integratie, solliciteren',
  'digitale-vaardigheden': 'digitale vaardigheden: computer, tablet en smartphone leren gebruiken',
  digid: 'DigiD en de digitale overheid: DigiD aanvragen, inloggen, online zaken met de overheid',
  nt2: 'Nederlands leren als tweede taal (NT2), oefenen met praten',
  laaggeletterdheid: 'beter lezen, schrijven en rekenen voor wie Nederlands als moedertaal heeft (laaggeletterdheid)',
  inburgering: 'inburgering en statushouders: inburgeringsplicht, begeleiding nieuwe Nederlanders',
  nieuwkomers: 'newcomers and expats: information in English, settling in, registration',
  juridisch: 'juridisch advies: recht, conflicten, brieven van instanties, ontslag, huurrecht, sociaal raadslieden',
  wonen: 'wonen: woning zoeken, huurproblemen, huurachterstand, urgentie',
  dakloosheid: 'dak- en thuisloosheid: nachtopvang, geen huis, slapen op straat, postadres',
  'huiselijk-geweld': 'huiselijk geweld en mishandeling: opvang, hulp en advies (niet de landelijke lijn)',
  verslaving: 'verslaving: alcohol, drugs, gokken, roken stoppen met hulp',
  leefstijl: 'gezonde leefstijl: gezond eten, afvallen, diëtist, leefstijlprogramma',
  bewegen: 'bewegen en sport: beweeggroepen, sporten met weinig geld, wandelen',
  fysiotherapie: 'fysiotherapie: klachten aan spieren en gewrichten, oefentherapie',
  apotheek: 'apotheek: medicijnen ophalen, medicijngebruik, bezorgen',
  palliatief: 'zorg in de laatste levensfase: hospice, palliatieve zorg, vrijwilligers bij ernstig zieken',
  lhbti: 'LHBTI+: ontmoeting en steun voor lesbische, homo, bi, trans en queer mensen',
  zintuig: 'slechtziend of slechthorend: hulp, hoortoestel, hulpmiddelen voor zien en horen',
  scheiding: 'scheiding: uit elkaar gaan, omgang met kinderen, mediation, kinderen van gescheiden ouders',
  buren: 'burenruzie: buurtbemiddeling, overlast van buren',
  wijkteam: 'sociaal wijkteam: één plek voor alle vragen over zorg, welzijn en meedoen in de wijk',
  ehbo: 'EHBO- en reanimatiecursus: leren eerste hulp geven',
  energie: 'energie: hoge energierekening, energie besparen, energiecoach',
  zorgverzekering: 'zorgverzekering: kiezen, eigen risico, wat wordt vergoed',
  'chronisch-ziek': 'leven met een chronische ziekte of kanker: lotgenoten, inloophuis, steun',
};

export const places = {
  Centrum: { gemeente: 'Rijsdonk', pc: '0801' },
  Stationskwartier: { gemeente: 'Rijsdonk', pc: '0804' },
  'De Vlakte': { gemeente: 'Rijsdonk', pc: '0807' },
  Asbroek: { gemeente: 'Rijsdonk', pc: '0816' },
  Vennekerk: { gemeente: 'Rijsdonk', pc: '0823' },
  Dalmeer: { gemeente: 'Dalmeer', pc: '0793' },
};

export const organizations = [];
const org = addingTo(organizations);

const BIEB = { name: 'Bibliotheek Rijsdonk, Informatiepunt', street: 'Marktplein 3', place: 'Centrum' };
const BIEB_VLAKTE = { name: 'Bibliotheek De Vlakte (in Buurthuis De Vlonder)', street: 'Lisdoddelaan 40', place: 'De Vlakte' };
const ID = 'Neem uw ID-kaart of paspoort mee.';

// ---------- The library itself ----------
org(
  {
    name: 'Bibliotheek Rijsdonk',
    alt: 'Informatiepunt Bibliotheek',
    place: 'Centrum',
    street: 'Marktplein 3',
    desc: 'De bibliotheek is er voor iedereen. U kunt bij ons boeken lenen. Maar u kunt ook met uw vragen bij ons terecht. Bij de balie van het Informatiepunt helpen wij u verder. Weten wij het antwoord niet? Dan zoeken wij samen wie u wel kan helpen.',
  },
  [
    svc(
      'Hulp met DigiD',
      'Heeft u nog geen DigiD? Of werkt uw DigiD niet meer? Wij helpen u. Kom naar de balie van het Informatiepunt, op de begane grond. Wij helpen u met aanvragen en inloggen. Ook met de DigiD-app op uw telefoon. Neem uw telefoon mee. ' + ID,
      ['digid', 'digitale-vaardigheden'],
      { alt: 'Informatiepunt Digitale Overheid (IDO)', hours: 'Dinsdag en donderdag 10.00 - 12.00 uur. Zonder afspraak.', fees: 'Gratis. U hoeft geen lid te zijn.', lang: ['nl'] },
    ),
    svc(
      'Vragen over toeslagen',
      'Krijgt u een brief van de Belastingdienst over uw toeslag? Weet u niet of u recht heeft op huurtoeslag of zorgtoeslag? Kom naar ons spreekuur. Een vrijwilliger kijkt met u mee. Wij kunnen ook samen een toeslag aanvragen of wijzigen. Neem mee: uw DigiD, uw ID-kaart en de brief die u heeft gekregen.',
      ['toeslagen', 'administratie'],
      { hours: 'Maandag 13.30 - 16.00 uur. Maak een afspraak bij de balie of bel ons.', fees: 'Gratis.' },
    ),
    svc(
      'Belastingaangifte samen invullen',
      'Van maart tot mei helpen vrijwilligers met de aangifte inkomstenbelasting. Dit is voor mensen met een laag inkomen of een AOW. Maak altijd eerst een afspraak. Neem mee: uw DigiD, jaaropgaven, en de papieren van de bank.',
      ['toeslagen', 'administratie'],
      { elig: 'Voor mensen met een laag inkomen. Geen ondernemers.', hours: 'Maart tot en met april, op afspraak.', fees: 'Gratis.' },
    ),
    svc(
      'Spreekuur brieven en formulieren',
      'Krijgt u veel post? Snapt u een brief niet? Moet u een formulier invullen? Wij lezen de brief samen met u. Wij leggen uit wat er staat. En wij helpen met het formulier. Kom langs bij de balie. U hoeft geen afspraak te maken.',
      ['administratie'],
      { hours: 'Woensdag 10.00 - 12.00 uur, bibliotheek Centrum. Vrijdag 10.00 - 12.00 uur, bibliotheek De Vlakte.', fees: 'Gratis.' },
    ),
    svc(
      'Klik & Tik: leren werken met de computer',
      'Wilt u leren werken met de computer? Bijvoorbeeld e-mailen of iets opzoeken op internet? In de cursus Klik & Tik leert u het stap voor stap. In uw eigen tempo. Er is altijd een vrijwilliger die helpt. U heeft geen eigen computer nodig.',
      ['digitale-vaardigheden'],
      { hours: 'Dinsdagmiddag 13.30 - 15.30 uur.', fees: 'Gratis.', apply: 'Aanmelden bij de balie of via telefoon.' },
    ),
    svc(
      'Cursus Digisterker (najaar)',
      'In deze cursus leert u zaken regelen met de overheid op internet. Bijvoorbeeld inloggen met DigiD, de website van de gemeente en van het UWV. De cursus is 4 keer, op donderdagochtend. Neem uw eigen tablet of laptop mee als u die heeft.',
      ['digid', 'digitale-vaardigheden'],
      { fees: 'Gratis voor leden. Niet-leden betalen € 10 voor het werkboek.' },
    ),
    svc(
      'Cursus Digisterker (voorjaar)',
      'Deze cursus is vol. Er komt geen nieuwe groep in het voorjaar. Kijk bij de cursus in het najaar.',
      ['digid', 'digitale-vaardigheden'],
      { status: 'inactive', phone: false },
    ),
    svc(
      'Smartphonecafé',
      'Heeft u een nieuwe telefoon? Wilt u leren appen of foto\'s sturen naar uw kleinkinderen? Kom naar het Smartphonecafé. Onder het genot van een kopje koffie helpen vrijwilligers u. Neem uw telefoon en oplader mee.',
      ['digitale-vaardigheden', 'ontmoeting'],
      { hours: 'Elke eerste en derde vrijdag van de maand, 14.00 - 16.00 uur.', fees: 'Gratis. Koffie € 0,50.', at: BIEB_VLAKTE },
    ),
    svc(
      'Taalcafé donderdag',
      'Wilt u beter Nederlands praten? In het Taalcafé oefent u met andere mensen. U praat over gewone dingen: uw buurt, het weer, de school van de kinderen. Een vrijwilliger helpt het gesprek. Iedereen is welkom. U hoeft niet te zeggen dat u komt.',
      ['nt2', 'ontmoeting', 'inburgering'],
      { hours: 'Donderdag 19.00 - 20.30 uur.', fees: 'Gratis.' },
    ),
    svc(
      'Taalcafé ochtend (De Vlakte)',
      'Ook overdag kunt u Nederlands oefenen. Er is kinderopvang in de speelhoek, dus u kunt uw kleine kinderen meenemen.',
      ['nt2', 'ontmoeting'],
      { hours: 'Dinsdag 9.30 - 11.00 uur.', fees: 'Gratis.', at: BIEB_VLAKTE },
    ),
    svc(
      'Taalhuis: beter lezen en schrijven',
      'Vindt u lezen of schrijven moeilijk? Dat is niet erg. Veel mensen hebben dat. In het Taalhuis kunt u oefenen. Met een vrijwilliger of in een kleine groep. U leert bijvoorbeeld een brief lezen, een formulier invullen of een sms schrijven. Ook rekenen kunt u oefenen. Kom eerst een keer praten bij de balie. Niemand hoeft het te weten.',
      ['laaggeletterdheid', 'nt2'],
      { alt: 'Taalpunt', hours: 'Op afspraak. Intake op maandagochtend.', fees: 'Gratis.' },
    ),
    svc(
      'Cursus Rondkomen met je geld',
      'In 5 lessen leert u hoe u overzicht houdt in uw geld. Wat komt er binnen, wat gaat eruit? Hoe leest u een bankafschrift? De lessen zijn in makkelijke taal. Samen met Geldmaatje Rijsdonk.',
      ['geldbeheer', 'laaggeletterdheid'],
      { hours: 'Woensdagmiddag, start in september en februari.', fees: 'Gratis.' },
    ),
    svc(
      'BoekStart: voorlezen met je baby',
      'Voorlezen is goed voor uw baby. Ook als uw kind nog heel klein is. Word gratis lid voor uw baby en haal een BoekStartkoffertje op bij de balie. Elke maand is er een baby- en peuterochtend met liedjes en boekjes.',
      ['voorlezen'],
      { elig: 'Voor kinderen van 0 tot 4 jaar en hun ouders.', hours: 'Baby- en peuterochtend: elke tweede woensdag van de maand, 10.00 uur.', fees: 'Gratis.' },
    ),
    svc(
      'Voorleesuur zaterdag',
      'Het voorleesuur op zaterdag is gestopt. Kom naar de baby- en peuterochtend van BoekStart.',
      ['voorlezen'],
      { status: 'inactive', phone: false },
    ),
    svc(
      'Voorleesexpress',
      'Een vrijwilliger komt 20 weken lang één keer per week bij u thuis voorlezen. Voor gezinnen met kinderen van 2 tot 8 jaar. Ook voor ouders die zelf nog Nederlands leren. Zo groeit de taal van uw kind.',
      ['voorlezen', 'nt2', 'opvoeden'],
      { apply: 'Aanmelden via de balie, het consultatiebureau of de school.', fees: 'Gratis.' },
    ),
    svc(
      'Huiswerkhulp in de bibliotheek',
      'Moet je een werkstuk maken? Snap je je huiswerk niet? Vrijwilligers helpen je na school. Er zijn computers en een printer.',
      ['huiswerkhulp'],
      { elig: 'Voor kinderen van groep 6 tot en met de tweede klas.', hours: 'Maandag en woensdag 15.30 - 17.00 uur.', fees: 'Gratis.' },
    ),
    svc(
      'Boeken aan huis',
      'Kunt u niet meer zelf naar de bibliotheek komen? Door ouderdom, ziekte of een handicap? Dan brengt een vrijwilliger elke drie weken boeken bij u thuis. Ook luisterboeken of boeken met grote letters. De vrijwilliger drinkt graag even een kopje koffie met u.',
      ['ouderenadvies', 'eenzaamheid', 'zintuig'],
      { alt: 'Bibliotheek aan huis', fees: 'U betaalt het gewone lidmaatschap.' },
    ),
    svc(
      'Leesclub Makkelijk Lezen',
      'Samen een makkelijk boek lezen en erover praten. Voor mensen die niet zo veel lezen, of die Nederlands leren. Gezellig en rustig.',
      ['laaggeletterdheid', 'ontmoeting', 'nt2'],
      { hours: 'Elke tweede dinsdag van de maand, 14.00 uur.', fees: 'Gratis.' },
    ),
    svc(
      'Vragen over uw zorgverzekering',
      'Wilt u overstappen naar een andere zorgverzekering? Weet u niet wat het eigen risico is? In november en december hebben wij een spreekuur. Wij vergelijken samen de verzekeringen. Wij verkopen niets. Neem uw polis mee.',
      ['zorgverzekering'],
      { hours: 'November en december, donderdag 13.30 - 15.30 uur.', fees: 'Gratis.' },
    ),
    svc(
      'Solliciteren met de computer',
      'Wij helpen u met een cv maken en online solliciteren. Ook met een profiel op werk.nl. Neem uw gegevens mee op papier of op een USB-stick.',
      ['werk', 'digitale-vaardigheden'],
      { hours: 'Vrijdag 10.00 - 12.00 uur, zonder afspraak.', fees: 'Gratis.' },
    ),
    svc(
      'Library help for newcomers (in English)',
      'New in Rijsdonk? The library desk can help you in English. We explain how things work: DigiD, registering at the town hall, finding a GP, Dutch lessons. You can also join our Taalcafé to practise Dutch. Bring your passport or residence permit.',
      ['nieuwkomers', 'digid', 'nt2'],
      { lang: ['en', 'nl'], hours: 'Thursday 10.00 - 12.00.', fees: 'Free.' },
    ),
    svc(
      'Thema-avond: Praat erover',
      'Elk voorjaar een avond over een moeilijk onderwerp. Dit jaar: psychische gezondheid en suïcide. Hoe praat je erover met iemand die het moeilijk heeft? Met een spreker van de GGD Oostrand. Er is ruimte voor vragen. Deze avond is geen hulp bij een crisis.',
      ['suicidepreventie', 'lichte-psychische-klachten'],
      { hours: 'Zie de agenda op de website.', fees: 'Gratis, wel aanmelden.' },
    ),
  ],
);

// ---------- Gemeente ----------
org(
  {
    name: 'Gemeente Rijsdonk',
    place: 'Centrum',
    street: 'Raadhuisstraat 1',
    desc: 'Het gemeentehuis van Rijsdonk. Voor paspoort, rijbewijs en verhuizen. En voor hulp van de gemeente, zoals de Wmo, bijstand en jeugdhulp.',
  },
  [
    svc(
      'Hulp in en om het huis aanvragen (Wmo)',
      'Kunt u dingen in huis niet meer zelf? Zoals schoonmaken, of de trap op? Dan kunt u hulp vragen bij de gemeente. Dat heet de Wmo. Iemand van de gemeente komt bij u thuis praten. Dat heet een keukentafelgesprek. U mag iemand meenemen in dat gesprek. Wij verwijzen u naar het Zorgloket van de gemeente.',
      ['wmo', 'huishoudelijke-hulp', 'hulpmiddelen'],
      { alt: 'Zorgloket', hours: 'Bellen op werkdagen 9.00 - 12.30 uur.', fees: 'Soms betaalt u een eigen bijdrage via het CAK.' },
    ),
    svc(
      'Woningaanpassing of scootmobiel',
      'Heeft u een traplift nodig, een douchestoel of een scootmobiel? Vraag dit aan bij het Zorgloket. Een ergotherapeut kijkt wat u nodig heeft.',
      ['hulpmiddelen', 'wmo'],
      { apply: 'Via het Zorgloket van de gemeente.' },
    ),
    svc(
      'Bijzondere bijstand en Meedoenpas',
      'Heeft u een laag inkomen? Dan kunt u soms geld krijgen voor onverwachte kosten. Bijvoorbeeld een nieuwe wasmachine of een bril. Dat heet bijzondere bijstand. Met de Meedoenpas krijgen u en uw kinderen korting op sport, zwemmen en de bibliotheek. Wij helpen u bij de bibliotheek met de aanvraag. Neem uw bankafschriften van de laatste 3 maanden mee.',
      ['minimaregelingen'],
      { elig: 'Inkomen tot 130% van het sociaal minimum.' },
    ),
    svc(
      'Bijstandsuitkering aanvragen',
      'Heeft u geen werk en geen geld om van te leven? Dan kunt u een bijstandsuitkering aanvragen. Dat doet u via werk.nl en daarna bij het Werkplein van de gemeente. Lukt het niet op de computer? Kom naar de bibliotheek, wij helpen u.',
      ['werk', 'minimaregelingen'],
      { alt: 'Participatiewet' },
    ),
    svc(
      'Leerplicht',
      'Gaat uw kind niet naar school? Of zit uw kind thuis zonder school? Neem contact op met de leerplichtambtenaar van de gemeente. Die zoekt met u en de school naar een oplossing.',
      ['school', 'jeugdhulp'],
      { elig: 'Kinderen van 5 tot 18 jaar.' },
    ),
  ],
);

org(
  {
    name: 'Sociaal Team Rijsdonk',
    alt: 'Het Sociaal Team',
    place: 'De Vlakte',
    street: 'Lisdoddelaan 40',
    desc: 'In het Sociaal Team werken maatschappelijk werkers, wijkverpleegkundigen, jeugdconsulenten en ouderenconsulenten samen. Zij helpen inwoners van Rijsdonk met vragen over zorg, geld, opvoeden en meedoen.',
  },
  [
    svc(
      'Ik weet niet waar ik moet beginnen',
      'Heeft u meerdere problemen tegelijk? Bijvoorbeeld met geld, uw gezondheid en uw huis? En weet u niet waar u moet beginnen? Wij verwijzen u naar het Sociaal Team. Daar krijgt u één vaste contactpersoon. Die kijkt met u naar alles. Het Sociaal Team heeft inloop in Buurthuis De Vlonder en in het Dorpshuis in Asbroek.',
      ['wijkteam', 'clientondersteuning'],
      { alt: 'Algemeen maatschappelijk werk (AMW)', hours: 'Inloop: maandag t/m donderdag 9.00 - 11.00 uur.', fees: 'Gratis. U heeft geen verwijzing nodig.' },
    ),
    svc(
      'Jeugd- en gezinsteam',
      'Maakt u zich zorgen over uw kind? Gaat het thuis niet goed? De jeugdconsulent van het Sociaal Team praat met u en uw kind. Zij kijken wat nodig is. Soms is dat een paar gesprekken. Soms is dat jeugdhulp. Voor jeugdhulp heeft u dan een verwijzing van het team of van de huisarts.',
      ['jeugdhulp', 'opvoeden'],
      { alt: 'JGT', elig: 'Gezinnen met kinderen van 0 tot 18 jaar.' },
    ),
    svc(
      'Hulp bij scheiding voor ouders',
      'Gaat u uit elkaar en heeft u kinderen? Het Sociaal Team helpt met een ouderschapsplan en met afspraken over de kinderen. Ook zijn er groepen voor kinderen van gescheiden ouders: "Dappere Dino\'s" (4-8 jaar) en "KIES" (8-12 jaar).',
      ['scheiding', 'opvoeden', 'jeugdhulp'],
      { fees: 'Gratis.' },
    ),
    svc(
      'Vroeg Erop Af',
      'Heeft u een betalingsachterstand bij de huur, de energie of de zorgverzekering? Dan krijgen wij soms een seintje. Een medewerker belt u of komt langs. Zo kunnen we helpen voordat het een grote schuld wordt.',
      ['schulden', 'geldbeheer'],
      { alt: 'vroegsignalering', phone: false },
    ),
  ],
);

// ---------- Geld en schulden ----------
org(
  {
    name: 'Kredietbank Dalmeer',
    alt: 'GKB Dalmeer',
    place: 'Dalmeer',
    street: 'Stationsweg 120',
    desc: 'Gemeentelijke kredietbank voor de gemeenten Dalmeer en Rijsdonk. Schuldhulpverlening, budgetbeheer en beschermingsbewind in samenwerking met de rechtbank.',
  },
  [
    svc(
      'Hulp bij schulden',
      'Wij verwijzen u naar de Kredietbank Dalmeer. De Kredietbank maakt een plan voor uw schulden. Zij praten met de mensen aan wie u geld moet geven. Soms is een schuldregeling mogelijk. Het eerste gesprek kan ook in het gemeentehuis van Rijsdonk.',
      ['schulden'],
      { alt: 'Schuldhulpverlening (SHV)', apply: 'Aanmelden via het Sociaal Team of rechtstreeks bij de Kredietbank.', fees: 'Gratis voor inwoners.', area: ['Dalmeer', 'Rijsdonk'] },
    ),
    svc(
      'Budgetbeheer',
      'De Kredietbank betaalt uw vaste lasten voor u: huur, energie, zorgverzekering. U krijgt elke week leefgeld. Zo ontstaan er geen nieuwe schulden.',
      ['geldbeheer', 'schulden'],
      { fees: 'Voor inwoners met een laag inkomen gratis.', area: ['Dalmeer', 'Rijsdonk'] },
    ),
  ],
);

org(
  {
    name: 'Geldmaatje Rijsdonk',
    place: 'Stationskwartier',
    street: 'Spoorlaan 8',
    desc: 'Vrijwilligers die mensen helpen met geldzaken en schulden. Een samenwerking van kerken in Rijsdonk.',
  },
  [
    svc(
      'Een maatje voor uw geldzaken',
      'Wij verwijzen u naar Geldmaatje Rijsdonk. Een getrainde vrijwilliger komt bij u thuis. Samen zet u uw papieren op een rij. De vrijwilliger gaat mee naar afspraken, bijvoorbeeld met de Kredietbank. Het maatje oordeelt niet.',
      ['schulden', 'geldbeheer', 'administratie'],
      { fees: 'Gratis.', apply: 'Bel of mail. Of vraag het aan de balie van de bibliotheek.' },
    ),
  ],
);

org(
  {
    name: 'Humanitas afdeling Rijsdonk',
    place: 'Centrum',
    street: 'Kerkpad 14',
    desc: 'Humanitas is een vereniging van vrijwilligers. Wij helpen mensen om weer zelf verder te kunnen.',
  },
  [
    svc(
      'Thuisadministratie',
      'Een vrijwilliger helpt u thuis om orde te maken in uw post en papieren. U leert zelf uw administratie bij te houden. De vrijwilliger komt 1 keer in de week of in de 2 weken.',
      ['administratie', 'geldbeheer'],
      { fees: 'Gratis.' },
    ),
    svc(
      'Rouwgroep "Verder na verlies"',
      'Is iemand van wie u houdt overleden? In de rouwgroep praat u met mensen die hetzelfde meemaken. 8 bijeenkomsten, in een kleine groep. Met twee ervaren begeleiders.',
      ['rouw'],
      { hours: 'Twee keer per jaar, op dinsdagavond.', fees: 'Vrijwillige bijdrage.' },
    ),
    svc(
      'Maatje voor u',
      'Voelt u zich alleen? Een maatje is een vrijwilliger die regelmatig langskomt. Samen een wandeling maken, boodschappen doen of gewoon praten. Het maatje heeft tijd voor u.',
      ['maatje', 'eenzaamheid'],
      { fees: 'Gratis.' },
    ),
  ],
);

org(
  {
    name: 'Voedselbank Rijsdonk',
    place: 'De Vlakte',
    street: 'Industrieweg 5',
    desc: 'Voedselbank Rijsdonk geeft elke week een pakket met eten aan gezinnen die het niet redden.',
  },
  [
    svc(
      'Eten van de Voedselbank',
      'Wij verwijzen u naar de Voedselbank Rijsdonk. Heeft u na het betalen van de vaste lasten heel weinig geld over? Dan kunt u misschien een voedselpakket krijgen. U heeft een verwijzing nodig van het Sociaal Team, de Kredietbank of Geldmaatje. Ophalen op vrijdag.',
      ['voedselhulp'],
      { hours: 'Uitgifte vrijdag 13.00 - 15.00 uur.', elig: 'Volgens de landelijke normen van de voedselbanken.' },
    ),
    svc(
      'Kledingbank',
      'Gratis kleding voor volwassenen en kinderen. Met dezelfde verwijzing als voor de Voedselbank.',
      ['voedselhulp', 'minimaregelingen'],
      { hours: 'Eerste zaterdag van de maand, 10.00 - 12.00 uur.' },
    ),
  ],
);

org(
  {
    name: 'Stichting Leergeld Rijsdonk',
    place: 'Centrum',
    street: 'Kerkpad 14',
    desc: 'Leergeld zorgt dat alle kinderen mee kunnen doen. Met school, sport en cultuur.',
  },
  [
    svc(
      'Schoolspullen, fiets of sportclub voor uw kind',
      'Kunt u een laptop voor school, een fiets of de contributie van de sportclub niet betalen? Stichting Leergeld helpt. Een vrijwilliger komt bij u thuis. Wij verwijzen u naar Stichting Leergeld.',
      ['minimaregelingen', 'school'],
      { elig: 'Kinderen van 4 tot 18 jaar, ouders met een laag inkomen.', fees: 'Gratis.' },
    ),
  ],
);

org(
  {
    name: 'Energieloket Rijsdonk',
    place: 'Stationskwartier',
    street: 'Spoorlaan 8',
    desc: 'Onafhankelijk advies over energie besparen. Vrijwillige energiecoaches.',
  },
  [
    svc(
      'Hoge energierekening?',
      'Een energiecoach komt gratis bij u thuis. Hij kijkt waar u energie kunt besparen. U krijgt ook gratis spullen, zoals tochtstrips en ledlampen. Heeft u een achterstand bij de energie? Dan verwijzen wij u ook naar het Sociaal Team.',
      ['energie', 'geldbeheer'],
      { fees: 'Gratis.' },
    ),
  ],
);

// ---------- Welzijn ----------
org(
  {
    name: 'Welzijn De Brug',
    alt: 'Stichting Welzijn Rijsdonk',
    place: 'De Vlakte',
    street: 'Lisdoddelaan 40',
    desc: 'Welzijnsorganisatie voor Rijsdonk, Asbroek en Vennekerk. Buurtwerk, ouderenwerk, jongerenwerk, mantelzorgondersteuning en vrijwilligerswerk.',
  },
  [
    svc(
      'Ouderenadviseur',
      'Bent u ouder en wilt u thuis blijven wonen? De ouderenadviseur komt bij u thuis. Zij denkt mee over uw vragen. Over hulp in huis, alarmering, geld of eenzaamheid. Zij kan ook mee naar het keukentafelgesprek.',
      ['ouderenadvies', 'clientondersteuning', 'wmo'],
      { elig: 'Inwoners van 65 jaar en ouder.', fees: 'Gratis.' },
    ),
    svc(
      'Cliëntondersteuning',
      'Moet u een gesprek voeren met de gemeente over zorg of hulp? Een cliëntondersteuner gaat met u mee. Hij of zij staat naast u, niet naast de gemeente. Dat is gratis.',
      ['clientondersteuning', 'wmo'],
      { alt: 'onafhankelijke cliëntondersteuning (OCO)', fees: 'Gratis.' },
    ),
    svc(
      'Buurthuis De Vlonder',
      'Het buurthuis in De Vlakte is open voor iedereen. Kom een kopje koffie drinken. Er is biljart, koersbal, een breiclub en elke woensdag een warme maaltijd voor € 5. Het programma hangt bij de ingang.',
      ['ontmoeting', 'eenzaamheid', 'maaltijden'],
      { hours: 'Maandag t/m vrijdag 9.00 - 17.00 uur.' },
    ),
    svc(
      'Dorpshuis Asbroek: koffieochtend',
      'Elke donderdagochtend koffie in het Dorpshuis. Ook de wijkverpleegkundige en het Sociaal Team zijn er vaak.',
      ['ontmoeting', 'eenzaamheid'],
      { at: { name: 'Dorpshuis Asbroek', street: 'Brink 2', place: 'Asbroek' }, hours: 'Donderdag 10.00 - 11.30 uur.' },
    ),
    svc(
      'Steunpunt Mantelzorg',
      'Zorgt u voor uw man, vrouw, kind of ouder? Dan bent u mantelzorger. Dat is mooi, maar ook zwaar. Bij het Steunpunt kunt u praten en advies krijgen. Er zijn cursussen en uitjes. Elk jaar is er het mantelzorgcompliment.',
      ['mantelzorg'],
      { fees: 'Gratis.' },
    ),
    svc(
      'Jonge mantelzorgers',
      'Zorg jij thuis voor je moeder, vader, broer of zus? Je bent niet de enige. Eens per maand doen we iets leuks met andere jongeren die dit ook kennen.',
      ['mantelzorg', 'jongeren'],
      { elig: '8 tot 23 jaar.' },
    ),
    svc(
      'Even vrij: iemand neemt de zorg over',
      'Een vrijwilliger komt een dagdeel bij uw naaste, zodat u even weg kunt. Naar de kapper, boodschappen of gewoon rust.',
      ['respijtzorg', 'mantelzorg'],
      { alt: 'vrijwillige respijtzorg', fees: 'Gratis.' },
    ),
    svc(
      'Vrijwilligerswerk zoeken',
      'Wilt u vrijwilligerswerk doen? Bij de Vrijwilligerscentrale kijken we samen wat bij u past. Er zijn veel vacatures. Ook voor mensen die Nederlands leren.',
      ['vrijwilligerswerk'],
      { alt: 'Vrijwilligerscentrale', hours: 'Inloop donderdag 13.00 - 15.00 uur.' },
    ),
    svc(
      'Buurtbemiddeling',
      'Heeft u ruzie met de buren? Over geluid, de tuin of parkeren? Twee getrainde vrijwilligers praten met u en uw buren. Zij kiezen geen kant.',
      ['buren'],
      { fees: 'Gratis.' },
    ),
    svc(
      'Jongerenwerk',
      'De jongerenwerkers zijn op straat, op school en in jongerencentrum The Spot. Je kunt met ze praten over alles: school, thuis, geld, vrienden.',
      ['jongeren'],
      { at: { name: 'Jongerencentrum The Spot', street: 'Perronweg 2', place: 'Stationskwartier' }, elig: '12 tot 23 jaar.', hours: 'The Spot: woensdag t/m vrijdag 15.00 - 21.00 uur.' },
    ),
    svc(
      'Vervoer door vrijwilligers (Automaatje)',
      'Moet u naar het ziekenhuis, de tandarts of op visite? En kunt u niet zelf rijden? Een vrijwillige chauffeur brengt u met zijn eigen auto. Bel 2 werkdagen van tevoren.',
      ['vervoer', 'ouderenadvies'],
      { fees: '€ 0,35 per kilometer, te betalen aan de chauffeur.' },
    ),
    svc(
      'Wandelgroep Ommetje',
      'Elke maandag om 10 uur wandelen we een uur door Vennekerk. Rustig tempo. Daarna koffie.',
      ['bewegen', 'ontmoeting'],
      { at: { name: 'Kerkplein Vennekerk', street: 'Kerkplein 1', place: 'Vennekerk' } },
    ),
  ],
);

org(
  {
    name: 'Luisterpunt Rijsdonk',
    place: 'Centrum',
    street: 'Kerkpad 14',
    desc: 'Vrijwilligers met een luisterend oor.',
  },
  [
    svc(
      'Iemand om mee te praten',
      'Wilt u gewoon even praten met iemand? Bel het Luisterpunt. Een vrijwilliger luistert naar u. U hoeft uw naam niet te zeggen. Het Luisterpunt is geen hulpverlening. Bij direct gevaar belt u 112.',
      ['eenzaamheid', 'lichte-psychische-klachten'],
      { hours: 'Elke dag 10.00 - 22.00 uur.', online: true, fees: 'Gratis.' },
    ),
  ],
);

org(
  {
    name: 'KBO Rijsdonk',
    alt: 'Seniorenvereniging',
    place: 'Asbroek',
    street: 'Brink 2',
    desc: 'Vereniging voor senioren in Rijsdonk en de dorpen.',
  },
  [
    svc(
      'Activiteiten voor senioren',
      'Kaarten, bingo, fietstochten en reisjes. Voor leden en niet-leden.',
      ['ontmoeting', 'eenzaamheid'],
      { fees: 'Lidmaatschap € 24 per jaar.' },
    ),
    svc(
      'Belastinghulp voor senioren',
      'Vrijwilligers van de KBO helpen ouderen met de belastingaangifte en toeslagen. Ze komen bij u thuis.',
      ['toeslagen', 'ouderenadvies'],
      { elig: '60+ met een laag of middeninkomen.', fees: 'Kleine vergoeding voor leden.' },
    ),
  ],
);

org(
  {
    name: 'Repair Café Rijsdonk',
    place: 'Stationskwartier',
    street: 'Spoorlaan 8',
    desc: 'Repareren in plaats van weggooien.',
  },
  [
    svc(
      'Repair Café',
      'Neem uw kapotte broodrooster, fiets of broek mee. Vrijwilligers repareren het samen met u. Koffie staat klaar.',
      ['ontmoeting'],
      { hours: 'Laatste zaterdag van de maand, 10.00 - 13.00 uur.', fees: 'Vrijwillige bijdrage.' },
    ),
  ],
);

org(
  {
    name: 'Schaakclub De Toren',
    place: 'Centrum',
    street: 'Marktplein 3',
    desc: 'Schaakvereniging sinds 1952.',
  },
  [
    svc(
      'Schaken op dinsdag',
      'Clubavond in de leeszaal van de bibliotheek. Beginners zijn welkom.',
      ['ontmoeting'],
      { hours: 'Dinsdag 19.30 uur.', fees: 'Contributie € 60 per jaar.' },
    ),
  ],
);

org(
  {
    name: 'Roze Huiskamer Rijsdonk',
    place: 'Stationskwartier',
    street: 'Perronweg 2',
    desc: 'Ontmoetingsplek voor LHBTI+ mensen en hun vrienden.',
  },
  [
    svc(
      'Roze Huiskamer',
      'Eén keer per maand een avond voor lesbische vrouwen, homo\'s, bi\'s, trans personen en iedereen die zich queer voelt. Gezellig samen zijn, zonder uit te hoeven leggen wie je bent. Ook jongeren zijn welkom.',
      ['lhbti', 'ontmoeting'],
      { hours: 'Eerste vrijdag van de maand, 20.00 uur.', fees: 'Gratis.' },
    ),
  ],
);

// ---------- Huisarts, gezondheid ----------
org(
  {
    name: 'Huisartsenpraktijk Stationskwartier',
    place: 'Stationskwartier',
    street: 'Stationsplein 11',
    desc: 'Huisartsenpraktijk met 3 huisartsen, praktijkondersteuners en assistentes.',
  },
  [
    svc(
      'Huisarts zoeken',
      'Bent u nieuw in Rijsdonk? Schrijf u in bij een huisarts. Deze praktijk neemt nog nieuwe patiënten aan uit het Stationskwartier en het Centrum. Inschrijven aan de balie. ' + ID,
      ['huisarts', 'nieuwkomers'],
      { hours: 'Maandag t/m vrijdag 8.00 - 17.00 uur.' },
    ),
    svc(
      'Praktijkondersteuner GGZ',
      'Voelt u zich somber of angstig? Heeft u veel stress? Praat erover met de praktijkondersteuner GGZ (POH-GGZ). U krijgt een paar gesprekken. U maakt een afspraak via de assistente.',
      ['poh-ggz', 'lichte-psychische-klachten'],
      { fees: 'Vergoed, gaat niet van uw eigen risico af.' },
    ),
  ],
);

org(
  {
    name: 'Gezondheidscentrum De Vlakte',
    place: 'De Vlakte',
    street: 'Rietlaan 2',
    desc: 'Huisartsen, fysiotherapie, diëtist, apotheek en wijkverpleging onder één dak.',
  },
  [
    svc(
      'Huisarts De Vlakte',
      'Spreekuur van de huisarts. Bel voor 10.00 uur voor een afspraak dezelfde dag. Voor herhaalrecepten kunt u de receptenlijn bellen.',
      ['huisarts'],
      { hours: 'Maandag t/m vrijdag 8.00 - 17.00 uur.' },
    ),
    svc(
      'Fysiotherapie',
      'Heeft u last van uw rug, nek, knie of schouder? U kunt zonder verwijzing bij de fysiotherapeut komen.',
      ['fysiotherapie'],
      { fees: 'Vergoed uit aanvullende verzekering. Soms uit de basisverzekering.' },
    ),
    svc(
      'Diëtist',
      'Advies over gezond eten. Bij overgewicht, diabetes of een allergie. Ook het leefstijlprogramma GLI, 2 jaar lang samen gezonder leven.',
      ['leefstijl'],
      { alt: 'Gecombineerde Leefstijlinterventie (GLI)', fees: '3 uur per jaar vergoed uit de basisverzekering.' },
    ),
    svc(
      'Apotheek De Vlakte',
      'Uw medicijnen ophalen. Wij bezorgen ook thuis, als u slecht ter been bent. Vragen over uw medicijnen? Vraag het de apotheker.',
      ['apotheek'],
      { hours: 'Maandag t/m vrijdag 8.00 - 18.00 uur.' },
    ),
    svc(
      'Valtraining In Balans',
      'Bent u bang om te vallen? In 10 weken oefent u met de fysiotherapeut om beter in balans te blijven.',
      ['valpreventie', 'bewegen'],
      { elig: 'Voor 65-plussers.', fees: 'Eigen bijdrage € 25.' },
    ),
  ],
);

org(
  {
    name: 'Huisartsenpraktijk Vennekerk',
    place: 'Vennekerk',
    street: 'Dorpsstraat 31',
    desc: 'Dorpshuisarts met apotheekhoudende praktijk.',
  },
  [
    svc(
      'Huisarts en apotheek Vennekerk',
      'De huisarts in Vennekerk heeft ook een eigen apotheek. Voor inwoners van Vennekerk en Asbroek.',
      ['huisarts', 'apotheek'],
      { area: ['Vennekerk', 'Asbroek'] },
    ),
  ],
);

org(
  {
    name: 'Huisartsenpost Dalmeer',
    place: 'Dalmeer',
    street: 'Ziekenhuislaan 1',
    desc: 'Huisartsenpost bij het ziekenhuis in Dalmeer.',
  },
  [
    svc(
      'Dokter nodig in de avond of het weekend?',
      'Is uw huisarts dicht en kan het niet wachten tot de volgende werkdag? Bel dan eerst de huisartsenpost. Ga er niet zomaar naartoe. Bij levensgevaar belt u 112.',
      ['huisartsenpost'],
      { hours: 'Werkdagen 17.00 - 8.00 uur, het hele weekend en op feestdagen.', area: ['Dalmeer', 'Rijsdonk'] },
    ),
  ],
);

org(
  {
    name: 'GGZ Oostrand',
    place: 'Dalmeer',
    street: 'Parklaan 60',
    desc: 'Specialistische en basis-GGZ voor de regio Oostrand. Behandeling voor volwassenen en jongeren.',
  },
  [
    svc(
      'Hulp bij psychische problemen',
      'Wij verwijzen u naar GGZ Oostrand. Voor behandeling bij depressie, angst, trauma of andere psychische problemen. U heeft een verwijzing van de huisarts nodig. Er is een wachtlijst.',
      ['ggz'],
      { alt: 'basis GGZ en specialistische GGZ (SGGZ)', apply: 'Via de huisarts.', fees: 'Vergoed uit de basisverzekering. Eigen risico.', area: ['Dalmeer', 'Rijsdonk'] },
    ),
    svc(
      'Online cursus Grip op je stress',
      'Een cursus op internet, in 6 weken. Over stress, piekeren en beter slapen. U doet het thuis, wanneer het u uitkomt.',
      ['lichte-psychische-klachten'],
      { online: true, fees: 'Gratis.', phone: false },
    ),
  ],
);

org(
  {
    name: 'Herstelhuis Oostrand',
    place: 'Stationskwartier',
    street: 'Perronweg 9',
    desc: 'Herstelacademie door en voor mensen met psychische kwetsbaarheid. Ervaringsdeskundigen.',
  },
  [
    svc(
      'Herstelhuis: cursussen en inloop',
      'Heeft u psychische problemen gehad, of nu nog? In het Herstelhuis ontmoet u mensen die weten hoe dat is. U kunt cursussen volgen, zoals "Omgaan met somberheid" en "Wie ben ik na mijn burn-out". Iedereen is welkom, zonder verwijzing.',
      ['ggz', 'lichte-psychische-klachten', 'ontmoeting'],
      { alt: 'herstelacademie', hours: 'Inloop dinsdag en donderdag 10.00 - 15.00 uur.', fees: 'Gratis.' },
    ),
  ],
);

org(
  {
    name: 'GGD Oostrand',
    place: 'Dalmeer',
    street: 'Parklaan 62',
    desc: 'De GGD werkt aan de gezondheid van alle inwoners. Jeugdgezondheidszorg, vaccinaties, preventie.',
  },
  [
    svc(
      'Consultatiebureau Rijsdonk',
      'Op het consultatiebureau wordt uw baby gewogen en gemeten. U krijgt de vaccinaties. En u kunt al uw vragen stellen: over voeding, slapen en huilen. U krijgt vanzelf een uitnodiging.',
      ['jgz', 'opvoeden'],
      { alt: 'JGZ 0-4', at: { name: 'Consultatiebureau', street: 'Rietlaan 2', place: 'De Vlakte' }, elig: 'Kinderen van 0 tot 4 jaar.', fees: 'Gratis.' },
    ),
    svc(
      'Jeugdarts en jeugdverpleegkundige op school',
      'Op de basisschool en middelbare school zien kinderen de jeugdverpleegkundige. Ook over gewicht, pesten of slapen. Ouders kunnen zelf een afspraak maken.',
      ['jgz', 'school'],
      { alt: 'JGZ 4-18', elig: '4 tot 18 jaar.' },
    ),
    svc(
      'Training Praat erover: suïcidepreventie',
      'Een training van 3 uur voor iedereen die wil leren praten over zelfdoding. Voor buurtwerkers, docenten, vrijwilligers en inwoners. U leert signalen herkennen en het gesprek aangaan. De training is ook in de bibliotheek.',
      ['suicidepreventie'],
      { alt: 'gatekeepertraining', fees: 'Gratis.' },
    ),
    svc(
      'Stoppen met roken',
      'Wilt u stoppen met roken? De GGD heeft een groepstraining. Samen stoppen werkt beter. Ook hulp bij stoppen met vapen.',
      ['verslaving', 'leefstijl'],
      { fees: 'Vergoed uit de basisverzekering, zonder eigen risico.' },
    ),
  ],
);

org(
  {
    name: 'Verloskundigenpraktijk De Wieg',
    place: 'Centrum',
    street: 'Molenstraat 22',
    desc: 'Verloskundigen voor Rijsdonk, Asbroek en Vennekerk.',
  },
  [
    svc(
      'Zwanger?',
      'Bent u zwanger? Maak een afspraak bij de verloskundige. Dat kan zonder verwijzing van de huisarts. Het eerste gesprek is rond 8 weken.',
      ['zwangerschap'],
      { fees: 'Vergoed uit de basisverzekering.' },
    ),
    svc(
      'Zwangerschapscursus Samen bevallen',
      'Vier avonden voor aanstaande ouders. Over bevallen, borstvoeding en de eerste weken.',
      ['zwangerschap'],
      { fees: '€ 85 per stel. Soms vergoed.' },
    ),
  ],
);

org(
  {
    name: 'Kraamzorg Ooievaar BV',
    place: 'Dalmeer',
    street: 'Handelsweg 4',
    desc: 'Kraamzorgbureau.',
  },
  [
    svc(
      'Kraamzorg',
      'Een kraamverzorgende helpt u de eerste 8 dagen na de bevalling. Schrijf u in voor de 4e maand van de zwangerschap.',
      ['zwangerschap'],
      { fees: 'Eigen bijdrage per uur, vastgesteld door de overheid.', area: ['Dalmeer', 'Rijsdonk'] },
    ),
  ],
);

// ---------- Thuiszorg, ouderen, dementie ----------
org(
  {
    name: 'Zorggroep Rijsdonk',
    place: 'Centrum',
    street: 'Lindenlaan 5',
    desc: 'Zorggroep Rijsdonk levert wijkverpleging, thuiszorg, casemanagement dementie en heeft verpleeghuis De Linde.',
  },
  [
    svc(
      'Wijkverpleging',
      'De wijkverpleegkundige helpt u thuis. Bijvoorbeeld met wassen en aankleden, steunkousen of wondzorg. U heeft geen verwijzing nodig. Bel ons, de wijkverpleegkundige komt langs.',
      ['wijkverpleging'],
      { fees: 'Vergoed uit de basisverzekering. Geen eigen risico.' },
    ),
    svc(
      'Casemanager dementie',
      'Heeft u of uw partner dementie? Een casemanager begeleidt u vanaf de diagnose. Zij helpt met de zorg regelen en is uw vaste aanspreekpunt. Ook voor de mantelzorger.',
      ['dementie', 'mantelzorg'],
      { apply: 'Via de huisarts.' },
    ),
    svc(
      'Maaltijdservice',
      'Elke dag een warme maaltijd aan huis. U kiest uit 3 menu\'s. Ook diabetisch of zoutarm.',
      ['maaltijden'],
      { fees: '€ 8,95 per maaltijd.' },
    ),
    svc(
      'Personenalarmering',
      'Een knop om uw hals of pols. Valt u, of wordt u onwel? Druk op de knop en u krijgt direct iemand te spreken.',
      ['hulpmiddelen', 'ouderenadvies'],
      { fees: '€ 19,50 per maand.' },
    ),
    svc(
      'Logeerhuis De Linde',
      'Uw naaste kan een paar dagen of een week logeren in De Linde. Zo kunt u als mantelzorger even op adem komen.',
      ['respijtzorg', 'dementie'],
      { apply: 'Via het Zorgloket (Wmo) of het zorgkantoor.' },
    ),
  ],
);

org(
  {
    name: 'Zonnig Thuis BV',
    place: 'Stationskwartier',
    street: 'Spoorlaan 44',
    desc: 'Particuliere thuiszorg en huishoudelijke dienstverlening. Snel geregeld, zonder wachtlijst.',
  },
  [
    svc(
      'Particuliere huishoudelijke hulp',
      'Wilt u snel een hulp in de huishouding, zonder aanvraag bij de gemeente? Zonnig Thuis stuurt binnen een week een vaste hulp. Ook boodschappen en de was. Dit is een commercieel bedrijf.',
      ['huishoudelijke-hulp'],
      { fees: 'Vanaf € 32 per uur.' },
    ),
  ],
);

org(
  {
    name: 'Geheugencafé Rijsdonk',
    place: 'Centrum',
    street: 'Marktplein 3',
    desc: 'Maandelijkse ontmoeting over dementie, in de bibliotheek.',
  },
  [
    svc(
      'Geheugencafé',
      'Voor mensen met dementie, hun partners, kinderen en vrienden. Elke maand een ander onderwerp, bijvoorbeeld "Wat is dementie?" of "Hoe blijf je in contact?". Daarna is er tijd voor vragen en een drankje. U hoeft zich niet aan te melden.',
      ['dementie', 'mantelzorg', 'ontmoeting'],
      { alt: 'Alzheimer Café', hours: 'Derde maandag van de maand, 19.30 uur, in de bibliotheek.', fees: 'Gratis.' },
    ),
  ],
);

org(
  {
    name: 'Zorgboerderij De Hoge Weide',
    place: 'Vennekerk',
    street: 'Weideweg 7',
    desc: 'Zorgboerderij met dagbesteding voor ouderen en mensen met een beperking.',
  },
  [
    svc(
      'Dagbesteding op de boerderij',
      'Buiten zijn, de dieren verzorgen, samen koffie drinken en eten. Voor ouderen met geheugenproblemen en voor volwassenen met een beperking. Wij halen u op met het busje.',
      ['dagbesteding', 'dementie', 'beperking'],
      { apply: 'Met een Wmo-indicatie of pgb. Ook Wlz.', hours: 'Maandag t/m vrijdag 9.30 - 16.00 uur.' },
    ),
  ],
);

org(
  {
    name: 'De Werkplaats Asbroek',
    place: 'Asbroek',
    street: 'Fabrieksweg 12',
    desc: 'Werk- en dagbestedingscentrum.',
  },
  [
    svc(
      'Werken in de houtwerkplaats en fietsenmakerij',
      'Een plek om te werken met begeleiding. Voor volwassenen met een verstandelijke beperking, autisme of psychische problemen. U bouwt ritme en zelfvertrouwen op.',
      ['dagbesteding', 'lvb', 'beperking', 'werk'],
      { alt: 'arbeidsmatige dagbesteding', apply: 'Met een Wmo-indicatie of pgb.' },
    ),
  ],
);

org(
  {
    name: 'Stichting Naast',
    place: 'Dalmeer',
    street: 'Parklaan 14',
    desc: 'Ondersteuning voor mensen met een beperking, autisme of niet-aangeboren hersenletsel (NAH), en hun familie.',
  },
  [
    svc(
      'Hulp voor mensen met een beperking',
      'Wij verwijzen u naar Stichting Naast. Een consulent helpt bij vragen over school, werk, geld, wonen of indicaties. Ook voor ouders van een kind met een beperking. En voor mensen met een licht verstandelijke beperking (LVB).',
      ['beperking', 'lvb', 'clientondersteuning'],
      { fees: 'Gratis.', area: ['Dalmeer', 'Rijsdonk'] },
    ),
    svc(
      'Autisme inloop',
      'Elke maand een avond voor volwassenen met autisme. Ervaringen delen, in een rustige ruimte.',
      ['beperking', 'ontmoeting'],
      { at: BIEB, hours: 'Laatste woensdag van de maand, 19.30 uur.' },
    ),
  ],
);

org(
  {
    name: 'Budgethouders Steunpunt Oostrand',
    place: 'Dalmeer',
    street: 'Parklaan 14',
    desc: 'Steunpunt voor mensen met een persoonsgebonden budget.',
  },
  [
    svc(
      'Vragen over een pgb',
      'Wilt u zelf uw zorg inkopen met een persoonsgebonden budget (pgb)? Of krijgt u al een pgb en snapt u de administratie niet? Wij verwijzen u naar het Budgethouders Steunpunt. Zij leggen uit hoe het werkt.',
      ['pgb'],
      { fees: 'Gratis spreekuur. Cursus € 15.', area: ['Dalmeer', 'Rijsdonk'] },
    ),
  ],
);

org(
  {
    name: 'Zichtpunt Oostrand',
    place: 'Dalmeer',
    street: 'Ziekenhuislaan 9',
    desc: 'Advies en revalidatie voor mensen die slecht zien of blind zijn.',
  },
  [
    svc(
      'Slechtziend? Hulp en hulpmiddelen',
      'Ziet u steeds slechter? Een adviseur komt bij u thuis. U krijgt tips en hulpmiddelen, zoals een loep of een sprekende klok. Ook training met een witte stok.',
      ['zintuig', 'hulpmiddelen'],
      { apply: 'Met een verwijzing van de huisarts of oogarts.', fees: 'Vergoed.' },
    ),
  ],
);

org(
  {
    name: 'Hoorwinkel Mulder',
    place: 'Centrum',
    street: 'Molenstraat 3',
    desc: 'Audicien. Hoortoestellen en gehoorbescherming.',
  },
  [
    svc(
      'Gratis hoortest',
      'Hoort u minder goed? Doe een gratis hoortest in onze winkel. Wij adviseren over hoortoestellen.',
      ['zintuig'],
      { fees: 'Hoortest gratis. Hoortoestel deels vergoed.' },
    ),
  ],
);

org(
  {
    name: 'Hulpmiddelenwinkel Zorgpunt',
    place: 'Stationskwartier',
    street: 'Spoorlaan 50',
    desc: 'Verkoop en uitleen van hulpmiddelen.',
  },
  [
    svc(
      'Rollator of krukken lenen',
      'Na een operatie even krukken, een rolstoel of een toiletverhoger nodig? Leen het hier. Neem uw zorgpas mee.',
      ['hulpmiddelen'],
      { fees: 'Uitleen tot 6 maanden vaak vergoed door de zorgverzekeraar.' },
    ),
  ],
);

org(
  {
    name: 'Regiotaxi Oostrand',
    place: 'Dalmeer',
    street: 'Handelsweg 30',
    desc: 'Deur-tot-deur vervoer voor iedereen.',
  },
  [
    svc(
      'Regiotaxi',
      'De Regiotaxi brengt u van deur tot deur. Heeft u een Wmo-pas? Dan betaalt u minder. Bel minstens een uur van tevoren.',
      ['vervoer'],
      { alt: 'Wmo-vervoer', fees: 'Met Wmo-pas € 1,10 per zone.', area: ['Dalmeer', 'Rijsdonk'] },
    ),
  ],
);

org(
  {
    name: 'Hospice De Lindeboom',
    place: 'Asbroek',
    street: 'Lindeboomweg 1',
    desc: 'Bijna-thuis-huis voor mensen in de laatste levensfase.',
  },
  [
    svc(
      'Hospice',
      'In het hospice kunnen mensen die niet meer beter worden hun laatste weken doorbrengen. In een huiselijke sfeer, met familie erbij.',
      ['palliatief'],
      { apply: 'Via de huisarts.' },
    ),
    svc(
      'Vrijwilligers terminale zorg thuis',
      'Wilt u thuis sterven, of uw naaste thuis laten sterven? Vrijwilligers waken \'s nachts of geven de mantelzorger rust.',
      ['palliatief', 'mantelzorg', 'respijtzorg'],
      { alt: 'VPTZ', fees: 'Gratis.' },
    ),
  ],
);

org(
  {
    name: 'Uitvaartzorg Van Dam',
    place: 'Centrum',
    street: 'Molenstraat 40',
    desc: 'Uitvaartonderneming.',
  },
  [
    svc(
      'Nazorg na de uitvaart',
      'Ook na de uitvaart zijn wij er voor u. Een nazorggesprek en een herdenkingsavond in november.',
      ['rouw'],
      { fees: 'Inbegrepen bij een uitvaart via ons.' },
    ),
  ],
);

org(
  {
    name: 'Nabestaandengroep Na Zelfdoding',
    place: 'Centrum',
    street: 'Kerkpad 14',
    desc: 'Lotgenotengroep voor nabestaanden.',
  },
  [
    svc(
      'Lotgenoten na zelfdoding',
      'Heeft u iemand verloren door zelfdoding? Ook als het lang geleden is? In deze groep praat u met mensen die hetzelfde hebben meegemaakt.',
      ['rouw', 'suicidepreventie'],
      { hours: 'Elke tweede donderdag van de maand.', fees: 'Gratis.' },
    ),
  ],
);

org(
  {
    name: 'Inloophuis De Vuurtoren',
    place: 'Stationskwartier',
    street: 'Perronweg 11',
    desc: 'Inloophuis voor mensen met kanker en hun naasten.',
  },
  [
    svc(
      'Inloophuis voor mensen met kanker',
      'Heeft u kanker of heeft u het gehad? Of iemand in uw familie? Loop binnen voor een kop koffie en een gesprek. Er zijn ook activiteiten zoals yoga en schilderen.',
      ['chronisch-ziek', 'ontmoeting'],
      { hours: 'Maandag, woensdag en vrijdag 10.00 - 16.00 uur.', fees: 'Gratis.' },
    ),
    svc(
      'Lotgenotengroep Leven met diabetes',
      'Gestopt per 1 januari.',
      ['chronisch-ziek'],
      { status: 'inactive', phone: false },
    ),
  ],
);

org(
  {
    name: 'Patiëntenvereniging Rijsdonk',
    place: 'Asbroek',
    street: 'Brink 2',
    desc: 'Samenwerkende patiëntenverenigingen: hart, long, reuma en diabetes.',
  },
  [
    svc(
      'Leven met een chronische ziekte',
      'Heeft u COPD, reuma, hartfalen of diabetes? Bij de patiëntenvereniging vindt u informatie en mensen die weten hoe het is. Ook beweeggroepen, zoals longfit en hartfit.',
      ['chronisch-ziek', 'bewegen'],
      { fees: 'Lidmaatschap wisselt per vereniging.' },
    ),
  ],
);

// ---------- Bewegen ----------
org(
  {
    name: 'Beweegteam Rijsdonk',
    place: 'Centrum',
    street: 'Sportlaan 1',
    desc: 'Buurtsportcoaches van de gemeente Rijsdonk.',
  },
  [
    svc(
      'Sporten en bewegen in de buurt',
      'Wilt u meer bewegen maar weet u niet hoe? De buurtsportcoach helpt u een sport of beweeggroep te vinden die bij u past. Ook met weinig geld, via de Meedoenpas.',
      ['bewegen', 'leefstijl'],
      { alt: 'buurtsportcoach', fees: 'Gratis advies.' },
    ),
    svc(
      'Meer bewegen voor ouderen',
      'Gymnastiek op muziek voor 55-plussers. In het buurthuis en in de dorpshuizen.',
      ['bewegen', 'valpreventie'],
      { alt: 'MBVO', fees: '€ 3 per keer.', at: BIEB_VLAKTE },
    ),
  ],
);

// ---------- Jeugd en gezin ----------
org(
  {
    name: 'Opvoedpunt Rijsdonk',
    place: 'De Vlakte',
    street: 'Rietlaan 2',
    desc: 'Pedagogisch advies voor ouders.',
  },
  [
    svc(
      'Vragen over opvoeden',
      'Luistert uw kind niet? Slaapt het slecht, of is het veel boos? Ook gewone opvoedvragen mag u stellen. Een pedagoog praat met u. Ook cursussen, zoals "Positief opvoeden" (Triple P) en "Opvoeden in twee culturen".',
      ['opvoeden'],
      { alt: 'opvoedondersteuning', hours: 'Spreekuur woensdag 9.00 - 11.00 uur in het Gezondheidscentrum.', fees: 'Gratis.' },
    ),
  ],
);

org(
  {
    name: 'Jeugdhulp Oostrand',
    place: 'Dalmeer',
    street: 'Parklaan 70',
    desc: 'Gespecialiseerde jeugdhulp: ambulante begeleiding, gezinsbehandeling, jeugd-GGZ.',
  },
  [
    svc(
      'Hulp voor kinderen en jongeren met problemen',
      'Wij verwijzen u naar Jeugdhulp Oostrand. Voor hulp bij gedragsproblemen, angst, ADHD, trauma of problemen thuis. U heeft een verwijzing nodig van het Jeugd- en gezinsteam of de huisarts.',
      ['jeugdhulp', 'ggz'],
      { alt: 'jeugd-GGZ', apply: 'Met een verwijzing.', area: ['Dalmeer', 'Rijsdonk'] },
    ),
  ],
);

org(
  {
    name: 'Huiswerkinstituut Slim BV',
    place: 'Centrum',
    street: 'Molenstraat 18',
    desc: 'Huiswerkbegeleiding en bijles.',
  },
  [
    svc(
      'Huiswerkbegeleiding na schooltijd',
      'Elke middag onder begeleiding je huiswerk maken. Bijles in wiskunde, Engels en Nederlands. Ook examentraining.',
      ['huiswerkhulp'],
      { fees: 'Vanaf € 250 per maand.' },
    ),
  ],
);

org(
  {
    name: 'Mediationpraktijk Van Loon',
    place: 'Centrum',
    street: 'Molenstraat 30',
    desc: 'Familiemediation en scheidingsbemiddeling.',
  },
  [
    svc(
      'Scheiden zonder ruzie',
      'Een mediator helpt jullie samen afspraken te maken. Over de kinderen, het huis en het geld. Met een laag inkomen kunt u een toevoeging krijgen.',
      ['scheiding', 'juridisch'],
      { fees: 'Uurtarief. Met toevoeging een lage eigen bijdrage.' },
    ),
  ],
);

// ---------- Juridisch en wonen ----------
org(
  {
    name: 'Sociaal Raadslieden Rijsdonk',
    place: 'Centrum',
    street: 'Raadhuisstraat 1',
    desc: 'Gratis advies over wet- en regelgeving, uitkeringen, toeslagen en bezwaar maken.',
  },
  [
    svc(
      'Een brief van de gemeente, UWV of Belastingdienst?',
      'Wij verwijzen u naar de sociaal raadslieden. Zij helpen u als u het niet eens bent met een besluit. Ze schrijven een bezwaarschrift met u. Ook bij problemen met uitkering of toeslag. Neem alle brieven mee.',
      ['juridisch', 'toeslagen', 'administratie'],
      { alt: 'sociaal raadslieden', hours: 'Spreekuur dinsdag 9.00 - 12.00 uur in het gemeentehuis.', fees: 'Gratis.' },
    ),
    svc(
      'Spreekuur sociaal raadslieden in Vennekerk',
      'Dit spreekuur is voorlopig gestopt. Kom naar het gemeentehuis.',
      ['juridisch'],
      { status: 'inactive', phone: false, at: { name: 'Dorpshuis Vennekerk', street: 'Kerkplein 3', place: 'Vennekerk' } },
    ),
  ],
);

org(
  {
    name: 'Rechtswinkel Rijsdonk',
    place: 'Stationskwartier',
    street: 'Stationsplein 2',
    desc: 'Gratis juridisch advies door rechtenstudenten en vrijwillige juristen.',
  },
  [
    svc(
      'Gratis juridisch advies',
      'Heeft u een probleem met uw werkgever, verhuurder of een winkel? Studenten rechten en een advocaat geven gratis advies. Zijn er grotere problemen? Dan verwijzen zij u naar het Juridisch Loket of een advocaat.',
      ['juridisch', 'wonen'],
      { hours: 'Donderdagavond 19.00 - 20.30 uur, inloop.', fees: 'Gratis.' },
    ),
  ],
);

org(
  {
    name: 'Woonstichting Rijsdonk',
    place: 'De Vlakte',
    street: 'Lisdoddelaan 1',
    desc: 'Woningcorporatie met 6.000 huurwoningen in Rijsdonk.',
  },
  [
    svc(
      'Een huurwoning zoeken',
      'Zoekt u een huurhuis? Schrijf u in bij WoonRijsdonk.nl. Hoe langer u ingeschreven staat, hoe meer kans. Lukt inschrijven niet op de computer? Kom naar de bibliotheek, wij helpen u. Vraagt u urgentie aan? Dat gaat via de gemeente.',
      ['wonen', 'digitale-vaardigheden'],
      { fees: 'Inschrijven kost € 15 per jaar.' },
    ),
    svc(
      'Huurachterstand',
      'Kunt u de huur niet betalen? Bel ons meteen. Wij maken een betaalregeling. Wachten maakt het erger. Wij kunnen u ook doorverwijzen naar de Kredietbank.',
      ['wonen', 'schulden'],
      { hours: 'Bellen op werkdagen 8.30 - 12.00 uur.' },
    ),
    svc(
      'Klachten over de woning',
      'Lekkage, schimmel of kapotte verwarming? Meld het via de website of telefoon.',
      ['wonen'],
      {},
    ),
  ],
);

org(
  {
    name: 'Stichting Onderdak Oostrand',
    place: 'Dalmeer',
    street: 'Kanaalweg 3',
    desc: 'Opvang en begeleiding voor dak- en thuisloze mensen.',
  },
  [
    svc(
      'Geen slaapplek?',
      'Wij verwijzen u naar Stichting Onderdak. Heeft u geen huis en geen plek om te slapen? In Dalmeer is de nachtopvang. Daar kunt u ook douchen en eten. U kunt er ook een postadres krijgen, zodat u post ontvangt.',
      ['dakloosheid'],
      { alt: 'maatschappelijke opvang, nachtopvang', hours: 'Nachtopvang elke dag vanaf 21.00 uur.', area: ['Dalmeer', 'Rijsdonk'] },
    ),
    svc(
      'Dagopvang Het Anker',
      'Overdag een warme plek, koffie en een maaltijd. Voor mensen die dakloos zijn of geen thuis hebben.',
      ['dakloosheid', 'maaltijden'],
      { hours: 'Maandag t/m zaterdag 9.00 - 16.00 uur.' },
    ),
  ],
);

org(
  {
    name: 'Vrouwenopvang Oostrand',
    place: 'Dalmeer',
    street: 'onbekend',
    secretAddress: true,
    desc: 'Opvang en ambulante hulp bij huiselijk geweld, voor vrouwen, mannen en kinderen.',
  },
  [
    svc(
      'Hulp bij geweld thuis',
      'Wij verwijzen u naar de Vrouwenopvang Oostrand. Wordt u thuis bedreigd, geslagen of gecontroleerd? Of uw kinderen? De Vrouwenopvang praat met u over wat u kunt doen. Ook als u (nog) niet weg wilt. Het adres is geheim. Bent u nu in gevaar? Bel 112.',
      ['huiselijk-geweld'],
      { alt: 'ambulante hulp huiselijk geweld', area: ['Dalmeer', 'Rijsdonk'] },
    ),
    svc(
      'Safe shelter (English)',
      'Are you afraid of your partner or family? Vrouwenopvang Oostrand offers a safe place to stay, also for children. Our staff speaks English. The address is secret.',
      ['huiselijk-geweld'],
      { lang: ['en'], area: ['Dalmeer', 'Rijsdonk'] },
    ),
  ],
);

// ---------- Verslaving ----------
org(
  {
    name: 'Verslavingszorg Oostrand',
    place: 'Dalmeer',
    street: 'Parklaan 66',
    desc: 'Hulp bij problemen met alcohol, drugs, gokken en gamen.',
  },
  [
    svc(
      'Te veel drinken, gebruiken of gokken?',
      'Wij verwijzen u naar Verslavingszorg Oostrand. Maakt u zich zorgen over uw drinken, drugs, gokken of gamen? Of over iemand anders? U kunt een gratis en anoniem adviesgesprek krijgen. Daarna kunt u in behandeling.',
      ['verslaving'],
      { fees: 'Adviesgesprek gratis. Behandeling vergoed, eigen risico.', area: ['Dalmeer', 'Rijsdonk'] },
    ),
  ],
);

org(
  {
    name: 'Zelfhulpgroep De Ommekeer',
    place: 'Stationskwartier',
    street: 'Perronweg 9',
    desc: 'Zelfhulpgroep voor mensen die willen stoppen met drinken.',
  },
  [
    svc(
      'Samen stoppen met alcohol',
      'Wekelijkse bijeenkomst. Zonder hulpverleners, met mensen die het zelf hebben meegemaakt. Anoniem.',
      ['verslaving'],
      { hours: 'Woensdag 20.00 uur.', fees: 'Gratis.', phone: false },
    ),
  ],
);

// ---------- Werk, taal, nieuwkomers ----------
org(
  {
    name: 'Werkplein Rijsdonk',
    place: 'Stationskwartier',
    street: 'Stationsplein 20',
    desc: 'Werkplein van de gemeente Rijsdonk en UWV. Voor werkzoekenden en werkgevers.',
  },
  [
    svc(
      'Werk zoeken',
      'Zoekt u werk? Heeft u een uitkering? Een werkcoach helpt u op weg. Ook met stages, vrijwilligerswerk en opleidingen.',
      ['werk'],
      { alt: 'werkcoach, re-integratie' },
    ),
    svc(
      'Jobhunters voor jongeren',
      'Jongeren tot 27 jaar zonder werk en zonder school helpen we aan een baan of een opleiding.',
      ['werk', 'jongeren', 'school'],
      { elig: '16 tot 27 jaar.' },
    ),
  ],
);

org(
  {
    name: 'Stichting Welkom Rijsdonk',
    place: 'De Vlakte',
    street: 'Lisdoddelaan 40',
    desc: 'Begeleiding van statushouders en andere nieuwkomers.',
  },
  [
    svc(
      'Begeleiding statushouders',
      'Heeft u een verblijfsvergunning en woont u net in Rijsdonk? Een begeleider helpt u met de eerste dingen: bank, zorgverzekering, school voor de kinderen en inburgeren.',
      ['inburgering', 'nieuwkomers'],
      { lang: ['nl', 'ar', 'ti', 'en'], fees: 'Gratis.' },
    ),
    svc(
      'Spreekuur voor vluchtelingen',
      'Vragen over uw verblijf, gezinshereniging of brieven van de IND? Kom naar het spreekuur. Er is een tolk Arabisch en Tigrinya.',
      ['inburgering', 'juridisch', 'administratie'],
      { hours: 'Woensdag 13.00 - 16.00 uur.', lang: ['ar', 'ti', 'nl'] },
    ),
    svc(
      'Steunpunt Oekraïne',
      'Vragen over opvang, werk of school voor mensen uit Oekraïne.',
      ['nieuwkomers'],
      { lang: ['uk', 'nl', 'en'], hours: 'Maandag 10.00 - 12.00 uur.' },
    ),
  ],
);

org(
  {
    name: 'Taalschool Lingua',
    place: 'Stationskwartier',
    street: 'Spoorlaan 12',
    desc: 'Erkende taalschool. NT2, staatsexamen, inburgeringscursussen. Ook bedrijfstrainingen.',
  },
  [
    svc(
      'Inburgeringscursus en NT2',
      'Lessen Nederlands op alle niveaus (A1 tot B2). Voorbereiding op het inburgeringsexamen en het staatsexamen. Blik op Werk-keurmerk.',
      ['nt2', 'inburgering'],
      { fees: 'Via DUO-lening of de gemeente. Particulier vanaf € 450.' },
    ),
    svc(
      'Dutch courses for expats',
      'Evening and weekend Dutch courses for international professionals and their partners. Small groups, all levels.',
      ['nt2', 'nieuwkomers'],
      { lang: ['en'], fees: 'From € 595 per course.' },
    ),
  ],
);

org(
  {
    name: 'International Welcome Desk Oostrand',
    place: 'Dalmeer',
    street: 'Stationsweg 1',
    desc: 'Information centre for international newcomers in the region.',
  },
  [
    svc(
      'Newcomers information (we refer you to the Welcome Desk)',
      'Moved here for work or study? The International Welcome Desk helps with registration (BSN), health insurance, finding a doctor and housing. Walk in or make an appointment. Wij verwijzen Engelstaligen naar deze balie.',
      ['nieuwkomers', 'zorgverzekering'],
      { lang: ['en'], area: ['Dalmeer', 'Rijsdonk'] },
    ),
  ],
);

// ---------- EHBO ----------
org(
  {
    name: 'EHBO-vereniging Rijsdonk',
    place: 'Asbroek',
    street: 'Brink 4',
    desc: 'EHBO-vereniging, opgericht in 1931.',
  },
  [
    svc(
      'Cursus EHBO en reanimatie',
      'Leer eerste hulp geven. Wat doe je bij een wond, een brandwond of als iemand niet meer ademt? Ook de AED-cursus. Ook speciale cursus Kinder-EHBO voor ouders en oppassen.',
      ['ehbo'],
      { fees: 'EHBO-diploma € 195. Reanimatie en AED € 45.' },
    ),
  ],
);
