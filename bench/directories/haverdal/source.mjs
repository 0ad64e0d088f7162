// Zorgnetwerk Haverdal: a FICTIONAL sociale kaart for the made-up gemeente Haverdal (about 52,000
// residents, hilly south, old mining town, villages Kolbergen, Sint-Odiliënrade and Mergelbeek).
// Published by the transferbureau of the Sint-Barbaraziekenhuis together with the gemeente: care
// pathways first (who refers, what happens after discharge), welfare and social services listed
// as "Ondersteuning in de wijk" in short texts. Every name, address and number is invented.
import { addingTo, svc } from '../write-directory.mjs';

export const TOPICS = {
  huisarts: 'huisartsenzorg: de eigen huisarts(praktijk) als eerste aanspreekpunt voor gezondheid',
  spoedzorg: 'acute medische zorg buiten of binnen kantoortijd: huisartsenpost, spoedeisende hulp van het ziekenhuis',
  'poh-ggz': 'praktijkondersteuner GGZ bij de huisarts: kortdurende begeleiding bij psychische klachten',
  ggz: 'geestelijke gezondheidszorg: (basis- en specialistische) behandeling van psychische problemen',
  'acute-ggz': 'regionale GGZ-crisisdienst en acute psychiatrische hulp (via huisarts of huisartsenpost)',
  somberheid: 'lichte psychische klachten: somberheid, stress, piekeren, zelfhulp en preventie',
  angst: 'angst- en paniekklachten, spanningsklachten',
  suicidepreventie: 'suïcidepreventie: training, voorlichting en steun voor nabestaanden na zelfdoding',
  verslaving: 'verslavingszorg en preventie: alcohol, drugs, gokken, gamen, medicijnen',
  wijkverpleging: 'wijkverpleging en persoonlijke verzorging thuis (wassen, aankleden, wondzorg, medicatie)',
  'huishoudelijke-hulp': 'hulp bij het huishouden (schoonmaken, was), via Wmo of particulier',
  hulpmiddelen: 'hulpmiddelen en woningaanpassingen: rolstoel, scootmobiel, traplift, douchestoel',
  revalidatie: 'revalidatie na ziekte, ongeval, beroerte (CVA), hersenletsel of operatie, ook geriatrische revalidatie',
  hartzorg: 'hartrevalidatie en begeleiding bij hart- en vaatziekten, hartfalen, hoge bloeddruk',
  longzorg: 'zorg bij longziekten (COPD, astma, stoflong): longverpleegkundige, longrevalidatie, longaanval',
  diabetes: 'diabeteszorg: ketenzorg diabetes, diabetesverpleegkundige, voetzorg, leven met suikerziekte',
  eerstelijnsverblijf: 'eerstelijnsverblijf (ELV): tijdelijke opname met zorg als thuis even niet gaat, zonder ziekenhuisopname',
  'ontslag-thuis': 'terug naar huis na ziekenhuisopname: transfer, nazorg en zorg regelen na ontslag',
  fysiotherapie: 'fysiotherapie en oefentherapie, ook beweegprogramma\'s onder begeleiding',
  dietist: 'diëtist: voedingsadvies bij ziekte, ondervoeding of overgewicht',
  leefstijl: 'gezonde leefstijl en afvallen: gecombineerde leefstijlinterventie, overgewicht',
  'stoppen-roken': 'hulp bij stoppen met roken',
  valpreventie: 'valpreventie: voorkomen dat ouderen vallen, balanstraining',
  beweging: 'bewegen en sporten voor ouderen en mensen met een chronische ziekte',
  apotheek: 'apotheek en medicijnen: medicijnen ophalen of laten bezorgen, medicatiecontrole',
  palliatief: 'palliatieve en terminale zorg: zorg in de laatste levensfase, hospice, steun aan naasten',
  rouw: 'rouw en verlies: rouwbegeleiding, rouwgroep, uitvaart',
  dementie: 'dementie en geheugenproblemen: diagnose, casemanager, steun voor patiënt en naasten',
  mantelzorg: 'ondersteuning van mantelzorgers (mensen die zorgen voor een naaste)',
  respijtzorg: 'respijtzorg: logeeropvang of tijdelijke vervanging zodat de mantelzorger even vrij is',
  dagbesteding: 'dagbesteding: zinvolle dagbesteding voor ouderen, mensen met dementie of een beperking',
  eenzaamheid: 'eenzaamheid: bezoek, maatje, telefooncontact, iemand om mee te praten',
  ontmoeting: 'ontmoeting en activiteiten in de buurt: buurthuis, koffieochtend, clubs',
  vrijwilligerswerk: 'vrijwilligerswerk zoeken of doen',
  ouderenadvies: 'ouderenadviseur: advies over wonen, zorg en welzijn voor ouderen',
  'wmo-loket': 'toegang tot Wmo-voorzieningen via het sociaal team van de gemeente, keukentafelgesprek, pgb',
  clientondersteuning: 'onafhankelijke cliëntondersteuning: iemand die meegaat naar gesprekken met gemeente of zorg',
  'maatschappelijk-werk': 'maatschappelijk werk: hulp bij persoonlijke, sociale en praktische problemen',
  schulden: 'schuldhulpverlening: hulp bij schulden, betalingsachterstanden, schuldregeling',
  geldzorgen: 'geldzorgen en administratie: budgetcoaching, formulieren, belastingaangifte, toeslagen',
  'armoede-regelingen': 'minimaregelingen en noodhulp: bijzondere bijstand, kwijtschelding, noodfonds',
  voedselbank: 'voedselbank en gratis voedselpakketten',
  uitkering: 'inkomen en uitkering: bijstand aanvragen, levensonderhoud',
  werk: 'werk en re-integratie: werk zoeken, terug naar werk na ziekte, beschut werk',
  wonen: 'wonen: woning zoeken, urgentie, huurproblemen, beschermd wonen',
  dakloosheid: 'dakloosheid: nachtopvang, maatschappelijke opvang, geen vaste woonplek',
  buurtbemiddeling: 'burenruzie en overlast: buurtbemiddeling',
  juridisch: 'juridisch advies: sociaal raadslieden, rechtshulp, bezwaar maken, advocaat',
  scheiding: 'scheiding: hulp voor ouders en kinderen bij (echt)scheiding',
  taal: 'Nederlands leren: taalles, taalmaatje, inburgering',
  laaggeletterdheid: 'laaggeletterdheid: beter leren lezen, schrijven en rekenen',
  digitaal: 'digitale vaardigheden: hulp met computer, smartphone, DigiD en online formulieren',
  'huiselijk-geweld': 'huiselijk geweld en kindermishandeling: hulp, advies en opvang',
  jeugdhulp: 'jeugdhulp: hulp voor kinderen en jongeren met problemen en hun gezin',
  jongerenwerk: 'jongerenwerk: plek en steun voor jongeren (12-23) in de wijk',
  opvoeding: 'opvoedvragen en opvoedondersteuning voor ouders',
  jgz: 'jeugdgezondheidszorg: consultatiebureau, groei en ontwikkeling, vaccinaties, schoolarts',
  zwangerschap: 'zwangerschap en bevalling: verloskundige, kraamzorg',
  beperking: 'leven met een (verstandelijke, lichamelijke) beperking of autisme: zorg, wonen, steun',
  begeleiding: 'ambulante begeleiding thuis bij het regelen van het dagelijks leven',
  migranten: 'nieuwkomers, statushouders en internationals: wegwijs, inburgering, begeleiding',
  vervoer: 'vervoer: regiotaxi, vrijwilligersvervoer, parkeerkaart',
  maaltijden: 'maaltijden aan huis of samen eten',
  zingeving: 'zingeving en levensvragen: geestelijke verzorging, pastoraat, gesprek over de zin van het leven',
  lotgenoten: 'lotgenotencontact en patiëntenverenigingen',
};

export const places = {
  Haverdal: { gemeente: 'Haverdal', pc: '0700' },
  'Haverdal-Noord': { gemeente: 'Haverdal', pc: '0701' },
  'De Schacht': { gemeente: 'Haverdal', pc: '0702' },
  'Haverdal-Oost': { gemeente: 'Haverdal', pc: '0703' },
  Bergveld: { gemeente: 'Haverdal', pc: '0704' },
  'Industrieterrein Kolenwal': { gemeente: 'Haverdal', pc: '0705' },
  Kolbergen: { gemeente: 'Haverdal', pc: '0933' },
  'Sint-Odiliënrade': { gemeente: 'Haverdal', pc: '0941' },
  Mergelbeek: { gemeente: 'Haverdal', pc: '0994' },
};

export const organizations = [];
const org = addingTo(organizations);

const WIJK = 'Ondersteuning in de wijk.';
const VIA_TB = 'Aanmelding tijdens opname via de afdelingsverpleegkundige; het transferbureau zet de overdracht klaar.';

// ---------------------------------------------------------------- ziekenhuis
org(
  {
    name: 'Sint-Barbaraziekenhuis Haverdal',
    alt: 'SBZ',
    place: 'Bergveld',
    street: 'Ziekenhuisberg 1',
    desc: 'Regionaal ziekenhuis voor Haverdal en omliggende kernen. Het transferbureau van het SBZ beheert samen met de gemeente het Zorgnetwerk Haverdal.',
  },
  [
    svc(
      'Transferbureau – ontslagplanning en nazorg',
      'Verwijzing: de behandelend arts of afdelingsverpleegkundige meldt de patiënt aan zodra ontslag in zicht is. Wat gebeurt er: de transferverpleegkundige bespreekt met patiënt en familie welke zorg na ontslag nodig is (wijkverpleging, eerstelijnsverblijf, geriatrische revalidatie, hulpmiddelen) en regelt de overdracht naar de volgende schakel in de keten. Na ontslag: de overdracht gaat digitaal naar thuiszorg, huisarts en apotheek.',
      ['ontslag-thuis', 'eerstelijnsverblijf', 'wijkverpleging'],
      { elig: 'Opgenomen patiënten van het SBZ.', apply: 'Via de afdeling; niet rechtstreeks aan te vragen door inwoners.', hours: 'ma-vr 8.00-17.00, za 9.00-12.00' },
    ),
    svc(
      'Polikliniek Hartfalen en hartrevalidatie-intake',
      'Verwijzing: cardioloog of huisarts. Wat gebeurt er: de hartfalenverpleegkundige stelt medicatie in, geeft leefstijl- en vochtadvies en meldt aan voor hartrevalidatie bij Revalidatiecentrum Mergelheuvel. Na ontslag na een hartinfarct of dotterbehandeling volgt standaard een intake binnen 2 weken.',
      ['hartzorg'],
      { elig: 'Patiënten met hartfalen, na hartinfarct, bypass of dotterbehandeling.', apply: 'Verwijzing nodig.' },
    ),
    svc(
      'Longverpleegkundig spreekuur (COPD/astma)',
      'Verwijzing: longarts, na een longaanval of opname. Wat gebeurt er: uitleg over inhalatoren, zuurstof thuis, een longaanvalsplan en zo nodig aanmelding voor longrevalidatie. Na ontslag: terugverwijzing naar de ketenzorg COPD van de huisarts. Ook voor oud-mijnwerkers met stoflong (silicose).',
      ['longzorg'],
      { apply: 'Verwijzing van longarts of huisarts.' },
    ),
    svc(
      'Diabetespolikliniek',
      'Verwijzing: huisarts, bij complexe diabetes type 1 of 2, insulinepomp of zwangerschapsdiabetes. Wat gebeurt er: internist en diabetesverpleegkundige stellen behandeling in; podotherapeut en diëtist sluiten aan. Na stabilisatie terug naar de diabetes-ketenzorg in de huisartsenpraktijk.',
      ['diabetes'],
      { apply: 'Verwijzing nodig.' },
    ),
    svc(
      'Geheugenpolikliniek',
      'Verwijzing: huisarts of specialist ouderengeneeskunde. Wat gebeurt er: onderzoek naar geheugenklachten en diagnose (o.a. dementie, alzheimer). Na de diagnose: warme overdracht naar de casemanager dementie van Thuiszorg Heuvelland.',
      ['dementie'],
      { apply: 'Verwijzing van de huisarts.', hours: 'di en do' },
    ),
    svc(
      'Spoedeisende Hulp (SEH)',
      'Acute zorg bij ongevallen en ernstige ziekte, 24/7. Kom bij voorkeur na overleg met de huisarts of de huisartsenpost; die zit in hetzelfde gebouw.',
      ['spoedzorg'],
      { hours: '24 uur per dag, 7 dagen per week' },
    ),
    svc(
      'Medisch maatschappelijk werk',
      'Verwijzing: arts of verpleegkundige tijdens opname of poliklinisch traject. Wat gebeurt er: gesprekken over de gevolgen van ziekte voor werk, gezin, geld en wonen; hulp bij het regelen van voorzieningen voor na ontslag.',
      ['maatschappelijk-werk', 'ontslag-thuis'],
    ),
    svc(
      'Geestelijke verzorging en stiltecentrum',
      'Geestelijk verzorgers (katholiek, protestants, humanistisch) voor patiënten en naasten, ook bij levenseinde. Ziekenzalving op verzoek. Het stiltecentrum is dag en nacht open.',
      ['zingeving', 'palliatief'],
    ),
    svc(
      'Consultteam palliatieve zorg',
      'Verwijzing: behandelaar, huisarts of wijkverpleegkundige. Wat gebeurt er: advies over pijn en klachten in de laatste levensfase, gesprek over wensen en plaats van overlijden, overdracht naar hospice of thuis. Na ontslag: terminale thuiszorg via het transferbureau.',
      ['palliatief'],
    ),
  ],
);

org(
  {
    name: 'Huisartsenpost Zuidheuvel',
    alt: 'HAP Zuidheuvel',
    place: 'Bergveld',
    street: 'Ziekenhuisberg 1',
    desc: 'Huisartsenpost voor avond, nacht en weekend, in het Sint-Barbaraziekenhuis.',
  },
  [
    svc(
      'Huisartsenpost – spoed buiten kantoortijd',
      'Voor dringende medische zorg die niet kan wachten tot de eigen huisarts weer open is. Altijd eerst bellen; u komt alleen langs na afspraak.',
      ['spoedzorg'],
      { hours: 'ma-vr 17.00-8.00, weekend en feestdagen hele dag' },
    ),
  ],
);

// ---------------------------------------------------------------- revalidatie
org(
  {
    name: 'Revalidatiecentrum Mergelheuvel',
    place: 'Haverdal-Oost',
    street: 'Groeveweg 40',
    desc: 'Medisch-specialistische revalidatie voor volwassenen en kinderen, met hart- en longrevalidatie voor de regio.',
  },
  [
    svc(
      'Hartrevalidatie (poliklinisch programma)',
      'Verwijzing: cardioloog van het SBZ, na hartinfarct, dotter, bypass of bij hartfalen. Wat gebeurt er: 6-12 weken trainen in groepen, voorlichting, ontspanning en zo nodig psychologische begeleiding; partners zijn welkom bij de informatiebijeenkomsten. Na afloop: doorverwijzing naar Hartgroep Bewegen of de fysiotherapeut in de wijk.',
      ['hartzorg', 'revalidatie', 'beweging'],
      { apply: 'Verwijzing van cardioloog.' },
    ),
    svc(
      'Longrevalidatie',
      'Verwijzing: longarts. Voor mensen met COPD of andere longziekten die ondanks behandeling benauwd blijven. Wat gebeurt er: intensief programma met fysiotherapie, ergotherapie, diëtist en psycholoog. Na afloop: terug naar de COPD-ketenzorg van de huisarts en een beweeggroep in de buurt.',
      ['longzorg', 'revalidatie'],
      { apply: 'Verwijzing van longarts.' },
    ),
    svc(
      'Klinische en poliklinische revalidatie volwassenen',
      'Verwijzing: medisch specialist. Revalidatie na beroerte (CVA), niet-aangeboren hersenletsel (NAH), amputatie, dwarslaesie of ongeval. Wat gebeurt er: behandelteam stelt doelen op met patiënt en naasten. Na ontslag: poliklinisch verder of naar de fysiotherapeut thuis.',
      ['revalidatie'],
    ),
    svc(
      'Kinderrevalidatie',
      'Verwijzing: kinderarts of huisarts. Voor kinderen met een lichamelijke beperking of ontwikkelingsachterstand. Behandeling op de poli of in de kinderdagcentrumgroep.',
      ['revalidatie', 'beperking'],
    ),
    svc(
      'Werkfit na revalidatie',
      'Verwijzing: revalidatiearts. Begeleiding terug naar (aangepast) werk na ziekte of hersenletsel, in overleg met bedrijfsarts en werkgever.',
      ['werk', 'revalidatie'],
    ),
    svc(
      'Lotgenotengroep NAH',
      'Maandelijkse bijeenkomst voor mensen met hersenletsel en hun partners, begeleid door ervaringsdeskundigen.',
      ['lotgenoten', 'revalidatie'],
      { hours: 'eerste dinsdag van de maand 19.30' },
    ),
    svc(
      'Rehabilitation information for international patients',
      'For patients who do not speak Dutch: an English-speaking coordinator explains your rehabilitation programme (cardiac, pulmonary or after stroke) and helps your family plan the return home.',
      ['revalidatie', 'migranten'],
      { lang: ['en'] },
    ),
  ],
);

// ---------------------------------------------------------------- VVT
org(
  {
    name: 'Zorgcentrum De Schachtpoort',
    place: 'De Schacht',
    street: 'Lampistenstraat 2',
    desc: 'Verpleeghuis en zorgcentrum met eerstelijnsverblijf, geriatrische revalidatie en dagbehandeling.',
  },
  [
    svc(
      'Eerstelijnsverblijf (ELV)',
      'Verwijzing: huisarts, huisartsenpost of transferbureau van het SBZ. Voor wie: mensen die tijdelijk niet thuis kunnen blijven door ziekte of een val, maar geen ziekenhuisopname nodig hebben. Wat gebeurt er: kortdurende opname met verpleging en behandeling door de specialist ouderengeneeskunde. Na ontslag: terug naar huis met wijkverpleging, of doorstroom naar GRZ.',
      ['eerstelijnsverblijf'],
      { apply: 'Aanmelden via het Regionaal Coördinatiepunt ELV, door de verwijzer.', fees: 'Vergoed uit de basisverzekering; eigen risico geldt.' },
    ),
    svc(
      'Geriatrische revalidatiezorg (GRZ)',
      'Verwijzing: medisch specialist, na ziekenhuisopname (bijv. heupfractuur, CVA). Oudere patiënten revalideren op de afdeling Kolenhof met fysiotherapie en ergotherapie tot zij weer naar huis kunnen. ' + VIA_TB,
      ['revalidatie', 'ontslag-thuis'],
    ),
    svc(
      'Dagbehandeling en dagbesteding Het Lampenhuis',
      'Voor thuiswonende ouderen met dementie of een chronische ziekte. Structuur, activiteiten en een warme maaltijd; de mantelzorger heeft een dag voor zichzelf.',
      ['dagbesteding', 'dementie', 'respijtzorg'],
      { apply: 'Indicatie Wmo (dagbesteding) of Wlz (dagbehandeling).', hours: 'ma-vr 9.30-16.00' },
    ),
    svc(
      'Logeeropname voor mantelzorgers',
      'Uw naaste logeert een paar dagen tot twee weken in De Schachtpoort, zodat u als mantelzorger op adem kunt komen.',
      ['respijtzorg', 'mantelzorg'],
    ),
    svc(
      'Maaltijdservice De Schachtpoort',
      'Warme of gekoelde maaltijden aan huis, ook dieetmaaltijden (diabetes, zoutarm). Of eet mee in het restaurant.',
      ['maaltijden'],
      { fees: 'Vanaf € 8,10 per maaltijd.' },
    ),
    svc(
      'Geheugentraining 55+',
      'Cursus om het geheugen fit te houden. Deze cursus is gestopt.',
      ['dementie'],
      { status: 'inactive' },
    ),
  ],
);

org(
  {
    name: 'Thuiszorg Heuvelland',
    place: 'Haverdal',
    street: 'Markt 14',
    desc: 'Wijkverpleging, casemanagement dementie en terminale zorg thuis in Haverdal en de kernen.',
  },
  [
    svc(
      'Wijkverpleging en persoonlijke verzorging',
      'De wijkverpleegkundige stelt de indicatie. Hulp bij wassen, aankleden, steunkousen, wondzorg, insuline en medicijnen. Geen verwijzing nodig; na ziekenhuisontslag regelt het transferbureau de overdracht.',
      ['wijkverpleging'],
      { fees: 'Vergoed uit de basisverzekering, geen eigen risico.', hours: '24/7 bereikbaar' },
    ),
    svc(
      'Thuis na ontslag – transferverpleegkundige thuiszorg',
      'Verwijzing: transferbureau SBZ. Wat gebeurt er: de eerste week na ontslag komt een wijkverpleegkundige dagelijks; zij controleert medicatie, wond en voeding en kijkt of hulpmiddelen en mantelzorg op orde zijn.',
      ['ontslag-thuis', 'wijkverpleging'],
    ),
    svc(
      'Casemanagement dementie',
      'Verwijzing: huisarts of geheugenpoli. De casemanager begeleidt mensen met dementie en hun mantelzorgers vanaf de diagnose tot opname: vast aanspreekpunt, uitleg, regelen van dagbesteding en respijt.',
      ['dementie', 'mantelzorg'],
    ),
    svc(
      'Palliatieve terminale zorg thuis',
      'Verpleging en nachtzorg in de laatste levensfase, zodat iemand thuis kan sterven. Samen met vrijwilligers van VPTZ Heuvelland.',
      ['palliatief', 'wijkverpleging'],
    ),
    svc(
      'Valpreventie "In Balans"',
      'Groepstraining van 10 weken voor 65-plussers die bang zijn om te vallen of al eens gevallen zijn. Doorverwijzing door huisarts of wijkverpleegkundige, maar zelf aanmelden kan ook.',
      ['valpreventie', 'beweging'],
    ),
  ],
);

// ---------------------------------------------------------------- eerste lijn
org(
  {
    name: 'Gezondheidscentrum Bergveld',
    place: 'Bergveld',
    street: 'Mijnzetelstraat 9',
    desc: 'Huisartsen, praktijkondersteuners, fysiotherapie en apotheek onder één dak.',
  },
  [
    svc(
      'Huisartsenpraktijk Bergveld',
      'Vijf huisartsen voor inwoners van Bergveld, Haverdal-Oost en De Schacht. Inschrijven op werkdagen aan de balie.',
      ['huisarts'],
      { hours: 'ma-vr 8.00-17.00' },
    ),
    svc(
      'Praktijkondersteuner GGZ (POH-GGZ)',
      'Verwijzing: eigen huisarts. Kortdurende begeleiding (tot ca. 8 gesprekken) bij somberheid, angst, stress, rouw of slaapproblemen. Zo nodig verwijst de POH door naar de basis-GGZ.',
      ['poh-ggz', 'somberheid', 'angst'],
      { fees: 'Gratis, geen eigen risico.' },
    ),
    svc(
      'Ketenzorg diabetes type 2',
      'Verwijzing: eigen huisarts. De praktijkondersteuner somatiek controleert bloedsuiker, bloeddruk, voeten en ogen volgens de zorgstandaard. Wat gebeurt er: driemaandelijkse controle, jaarcontrole, doorverwijzing naar diëtist, podotherapeut en oogarts.',
      ['diabetes'],
    ),
    svc(
      'Ketenzorg COPD en astma',
      'Verwijzing: eigen huisarts. Longfunctiemeting, inhalatie-instructie en een longaanvalsplan. Na ontslag na een longaanval: controle binnen 2 weken bij de praktijkondersteuner.',
      ['longzorg'],
    ),
    svc(
      'CVRM-spreekuur (hart en bloedvaten)',
      'Cardiovasculair risicomanagement: controle van bloeddruk, cholesterol en leefstijl voor patiënten na een hartinfarct of beroerte of met verhoogd risico.',
      ['hartzorg'],
    ),
    svc(
      'Stoppen met roken begeleiding',
      'Persoonlijke begeleiding van de praktijkondersteuner, zo nodig met medicijnen. Ook voor mensen met COPD die willen stoppen.',
      ['stoppen-roken', 'longzorg'],
      { fees: 'Vergoed uit de basisverzekering, geen eigen risico.' },
    ),
    svc(
      'Apotheek Bergveld',
      'Medicijnen, medicatiebeoordeling voor ouderen met veel medicijnen, baxterrol en bezorging aan huis.',
      ['apotheek'],
      { hours: 'ma-vr 8.00-18.00' },
    ),
  ],
);

org(
  {
    name: 'Huisartsenpraktijk De Kolberg',
    place: 'Kolbergen',
    street: 'Kerkplein 3',
    desc: 'Huisartsenpraktijk met apotheekhoudend huisarts voor Kolbergen en Sint-Odiliënrade.',
  },
  [
    svc(
      'Huisarts en apotheek Kolbergen',
      'Huisartsenzorg en medicijnen uit eigen apotheek voor inwoners van Kolbergen en Sint-Odiliënrade. Ketenzorg diabetes en COPD ook hier.',
      ['huisarts', 'apotheek', 'diabetes', 'longzorg'],
      { area: ['Kolbergen', 'Sint-Odiliënrade'] },
    ),
  ],
);

org(
  {
    name: 'Huisartsen Haverdal-Noord',
    place: 'Haverdal-Noord',
    street: 'Ganzenweide 21',
    desc: 'Huisartsenpraktijk.',
  },
  [
    svc('Huisartsenpraktijk Ganzenweide', 'Huisartsenzorg. Nieuwe patiënten uit Haverdal-Noord welkom. Spreekuur alleen op afspraak.', ['huisarts']),
    svc(
      'Spreekuur POH-GGZ jeugd',
      'Verwijzing: huisarts. Voor jongeren tot 18 jaar met somberheid, angst of problemen thuis of op school. Ouders kunnen meekomen.',
      ['poh-ggz', 'jeugdhulp', 'somberheid'],
    ),
  ],
);

org(
  {
    name: 'Fysiotherapie Heuvelrug',
    place: 'Haverdal',
    street: 'Stationsstraat 30',
    desc: 'Fysiotherapie, oefentherapie en beweegprogramma\'s voor chronisch zieken.',
  },
  [
    svc('Fysiotherapie en oefentherapie', 'Behandeling van klachten aan spieren en gewrichten, ook aan huis. Geen verwijzing nodig.', ['fysiotherapie']),
    svc(
      'Beweegprogramma chronisch zieken (COPD, hart, diabetes)',
      'Vervolg op long- of hartrevalidatie: in een kleine groep blijven trainen onder begeleiding. Verwijzing: revalidatiecentrum of huisarts.',
      ['fysiotherapie', 'beweging', 'longzorg', 'hartzorg'],
    ),
  ],
);

org(
  {
    name: 'Diëtistenpraktijk Zuid',
    place: 'Haverdal',
    street: 'Stationsstraat 30',
    desc: 'Diëtisten.',
  },
  [
    svc('Dieetadvisering', 'Voedingsadvies bij diabetes, hartfalen, COPD, nierziekte of ondervoeding. 3 uur per jaar vergoed.', ['dietist', 'diabetes']),
    svc(
      'Gecombineerde leefstijlinterventie (GLI)',
      'Twee jaar begeleiding bij gezond eten, bewegen en gedrag voor volwassenen met overgewicht. Verwijzing door huisarts.',
      ['leefstijl', 'dietist'],
      { elig: 'BMI 25 of hoger met extra risico, of BMI 30 of hoger.' },
    ),
  ],
);

org(
  {
    name: 'Pedi-Plus voetzorg',
    place: 'Mergelbeek',
    street: 'Molenstraat 7',
    desc: 'Pedicure en medisch voetzorg.',
  },
  [
    svc(
      'Medisch pedicure – diabetische voet',
      'Voetverzorging voor mensen met diabetes of reuma. Gecertificeerd; met verwijzing (zorgprofiel) deels vergoed. Ook cadeaubonnen.',
      ['diabetes'],
      { fees: 'Particulier tarief vanaf € 36.' },
    ),
  ],
);

org(
  {
    name: 'Verloskundigen Bergveld',
    place: 'Bergveld',
    street: 'Mijnzetelstraat 11',
    desc: 'Verloskundigenpraktijk.',
  },
  [
    svc('Verloskundige zorg', 'Controles tijdens zwangerschap, bevalling thuis of in het SBZ en nazorg. Zelf aanmelden.', ['zwangerschap']),
    svc('Kraamzorg Heuvelland', 'Kraamverzorgende thuis in de eerste week na de bevalling. Aanmelden voor de 16e week.', ['zwangerschap'], { phone: false }),
  ],
);

// ---------------------------------------------------------------- GGZ en verslaving
org(
  {
    name: 'GGZ Zuidheuvelland',
    place: 'Haverdal-Noord',
    street: 'Lindelaan 50',
    desc: 'Geestelijke gezondheidszorg voor volwassenen en ouderen.',
  },
  [
    svc(
      'Basis-GGZ',
      'Verwijzing: huisarts of POH-GGZ. Kortdurende behandeling bij depressie, angst- en paniekstoornis, trauma. Wachttijd ca. 6 weken.',
      ['ggz', 'angst', 'somberheid'],
      { fees: 'Verzekerde zorg, eigen risico geldt.' },
    ),
    svc('Specialistische GGZ volwassenen', 'Verwijzing: huisarts. Behandeling bij ernstige of complexe psychische problemen.', ['ggz']),
    svc(
      'Acute psychiatrie / crisisdienst',
      'Regionale crisisdienst voor acute psychische nood. Alleen bereikbaar voor professionals: huisarts, huisartsenpost, politie. Inwoners bellen hun huisarts of de HAP.',
      ['acute-ggz'],
      { hours: '24/7' },
    ),
    svc(
      'Ouderenpsychiatrie',
      'Verwijzing: huisarts of specialist ouderengeneeskunde. Voor 65-plussers met depressie, angst of psychische klachten naast lichamelijke ziekte of beginnende dementie.',
      ['ggz', 'dementie'],
    ),
    svc(
      'Beschermd wonen De Kempen',
      'Wonen met 24-uursbegeleiding voor mensen met langdurige psychiatrische problemen. Toegang via het Sociaal Team.',
      ['wonen', 'ggz'],
    ),
  ],
);

org(
  {
    name: 'Novum Verslavingszorg Zuid',
    place: 'Haverdal',
    street: 'Kapelstraat 8',
    desc: 'Verslavingszorg en preventie.',
  },
  [
    svc(
      'Ambulante verslavingszorg',
      'Behandeling bij problemen met alcohol, drugs, medicijnen of gokken. Huisarts verwijst; bellen voor een gratis adviesgesprek kan ook zonder verwijzing.',
      ['verslaving'],
    ),
    svc(
      'Preventie en voorlichting op scholen',
      'Lessen over alcohol, vapen en drugs voor scholen, sportclubs en ouderavonden.',
      ['verslaving', 'jongerenwerk'],
      { phone: false },
    ),
    svc('Spreekuur gamen en gokken', 'Voor jongeren en ouders die zich zorgen maken over gamen of online gokken.', ['verslaving', 'opvoeding']),
  ],
);

org(
  {
    name: 'Mentaal Fit Zuidheuvel',
    place: 'Haverdal',
    street: 'Lindelaan 50',
    desc: 'Online zelfhulp.',
  },
  [
    svc(
      'Online cursussen bij stress en somberheid',
      'Anoniem en gratis online programma\'s: minder piekeren, beter slapen, omgaan met angst. Eventueel met begeleiding van een coach via chat.',
      ['somberheid', 'angst'],
      { online: true, phone: false },
    ),
  ],
);

org(
  {
    name: 'Netwerk Suïcidepreventie Haverdal',
    place: 'Haverdal',
    street: 'Markt 1',
    desc: 'Samenwerking van gemeente, GGZ, huisartsen en welzijn.',
  },
  [
    svc(
      'Gatekeepertraining "Samen Alert"',
      'Training van een dagdeel voor sleutelfiguren (kappers, apothekersassistenten, vrijwilligers, leraren): signalen herkennen en het gesprek over zelfdoding aangaan.',
      ['suicidepreventie'],
    ),
    svc(
      'Lotgenotengroep nabestaanden na zelfdoding',
      'Voor wie een dierbare verloor door zelfdoding, ook als het lang geleden is. Maandelijks, onder begeleiding.',
      ['suicidepreventie', 'rouw', 'lotgenoten'],
    ),
  ],
);

// ---------------------------------------------------------------- gemeente
org(
  {
    name: 'Gemeente Haverdal',
    place: 'Haverdal',
    street: 'Markt 1',
    desc: 'Gemeente Haverdal, mede-uitgever van het Zorgnetwerk Haverdal.',
  },
  [
    svc(
      'Sociaal Team Haverdal (Wmo-loket)',
      'Toegang tot alle Wmo-voorzieningen: huishoudelijke ondersteuning, begeleiding, dagbesteding, vervoer, hulpmiddelen, woningaanpassing, pgb of zorg in natura. Wat gebeurt er: een consulent komt voor een keukentafelgesprek. Bij ontslag uit het ziekenhuis stemt het transferbureau rechtstreeks af met het Sociaal Team.',
      ['wmo-loket', 'huishoudelijke-hulp', 'hulpmiddelen', 'begeleiding'],
      { hours: 'ma-vr 9.00-12.30' },
    ),
    svc(
      'Hulpmiddelen en woningaanpassing (Wmo)',
      'Rolstoel, scootmobiel, traplift, drempelhulp of aangepaste douche. Aanvragen via het Sociaal Team; ergotherapeut komt langs.',
      ['hulpmiddelen'],
      { fees: 'Eigen bijdrage maximaal € 21,80 per maand.' },
    ),
    svc(
      'Minimaregelingen en bijzondere bijstand',
      'Voor inwoners met een laag inkomen: bijzondere bijstand, kwijtschelding gemeentelijke belastingen, meedoenregeling voor kinderen (sport, school), collectieve zorgverzekering.',
      ['armoede-regelingen', 'uitkering'],
    ),
    svc(
      'Bijstand (Participatiewet) aanvragen',
      'Uitkering aanvragen als u geen inkomen heeft. Aanvraag online met DigiD of met hulp aan de balie.',
      ['uitkering'],
    ),
    svc(
      'Regiotaxi Heuvelland (Wmo-vervoer)',
      'Deur-tot-deurvervoer in de regio voor mensen die niet zelf kunnen reizen. Met Wmo-pas tegen gereduceerd tarief.',
      ['vervoer'],
    ),
    svc(
      'Gehandicaptenparkeerkaart',
      'Aanvraag parkeerkaart of -plaats voor mensen die slecht ter been zijn. Keuring door onafhankelijk arts.',
      ['vervoer', 'hulpmiddelen'],
    ),
    svc(
      'Schuldhulpverlening (SHV) gemeente',
      'Wettelijke schuldhulpverlening: intake binnen 3 werkdagen, stabilisatie, budgetbeheer, schuldregeling. Ook vroegsignalering bij betalingsachterstanden van huur, energie en zorgverzekeraar.',
      ['schulden'],
      { fees: 'Gratis.' },
    ),
    svc(
      'Spreekuur schuldhulp Mergelbeek',
      'Inloopspreekuur schuldhulp in het dorpshuis. Vervallen; ga naar het spreekuur op het gemeentehuis.',
      ['schulden'],
      { status: 'inactive', at: { name: 'Dorpshuis Mergelbeek', street: 'Dorpsstraat 12', place: 'Mergelbeek' } },
    ),
  ],
);

org(
  {
    name: 'WerkPlein Heuvelland',
    place: 'Industrieterrein Kolenwal',
    street: 'Kolenwal 5',
    desc: 'Werkgeversservicepunt en re-integratie van gemeente en UWV.',
  },
  [
    svc('Werkfit-traject', 'Begeleiding naar betaald werk voor mensen in de bijstand of met een arbeidsbeperking; sollicitatietraining en proefplaatsing.', ['werk']),
    svc('Jongerenloket werk en school', 'Voor jongeren 16-27 zonder werk of diploma: samen een plan maken voor school, werk of inkomen.', ['werk', 'jongerenwerk']),
  ],
);

org(
  {
    name: 'Kolenwerk Sociaal Bedrijf',
    place: 'Industrieterrein Kolenwal',
    street: 'Kolenwal 9',
    desc: 'Sociaal bedrijf: beschut werk en leerwerkplekken.',
  },
  [
    svc(
      'Beschut werk en leerwerkplekken',
      'Werk op maat in montage, groenonderhoud en fietsenmakerij voor mensen met een beperking of lange afstand tot werk.',
      ['werk', 'beperking', 'dagbesteding'],
    ),
  ],
);

// ---------------------------------------------------------------- welzijn: ondersteuning in de wijk
org(
  {
    name: 'Stichting Welzijn Haverdal',
    alt: 'WelHa',
    place: 'De Schacht',
    street: 'Lampistenstraat 20',
    desc: 'Welzijnsorganisatie voor Haverdal en de kernen.',
  },
  [
    svc('Ouderenadviseur', `${WIJK} Advies aan huis over wonen, zorg, geld en welzijn voor 65-plussers.`, ['ouderenadvies']),
    svc('Algemeen maatschappelijk werk', `${WIJK} Gratis hulp bij relatie, opvoeding, geld of verwerking. Zonder verwijzing.`, ['maatschappelijk-werk']),
    svc(
      'Steunpunt Mantelzorg',
      `${WIJK} Informatie, luisterend oor, cursussen en mantelzorgwaardering. Ook voor jonge mantelzorgers.`,
      ['mantelzorg'],
    ),
    svc('Buurthuis De Lampist', `${WIJK} Koffie-inloop, biljarten, handwerkclub, eetpunt op donderdag.`, ['ontmoeting', 'maaltijden', 'eenzaamheid']),
    svc('Vrijwilligerscentrale', `${WIJK} Vacatures voor vrijwilligerswerk.`, ['vrijwilligerswerk']),
    svc('Buurtbemiddeling', `${WIJK} Bij burenruzie of overlast helpen getrainde vrijwilligers met een gesprek.`, ['buurtbemiddeling']),
    svc('Jongerenwerk Haverdal', `${WIJK} Jongerenhonk, straatwerk en steun bij school of thuis.`, ['jongerenwerk']),
    svc('Formulierenhulp', `${WIJK} Hulp bij brieven, formulieren en toeslagen.`, ['geldzorgen', 'digitaal']),
    svc('Onafhankelijke cliëntondersteuning', `${WIJK} Gaat mee naar het keukentafelgesprek of zorgaanvraag (Wmo, Wlz).`, ['clientondersteuning']),
    svc(
      'Welkom Thuis-bezoek',
      `${WIJK} Vrijwilliger komt langs in de eerste weken na ziekenhuisontslag: boodschap, praatje, kijken wat nog nodig is.`,
      ['ontslag-thuis', 'eenzaamheid'],
    ),
    svc('Maatjesproject', `${WIJK} Een vast maatje voor wie alleen is.`, ['eenzaamheid']),
  ],
);

org(
  {
    name: 'Schuldhulpmaatje Haverdal',
    place: 'Haverdal',
    street: 'Kapelstraat 2',
    desc: 'Vrijwilligers.',
  },
  [svc('Schuldhulpmaatje', `${WIJK} Getrainde vrijwilliger helpt bij geldzaken en schulden.`, ['schulden', 'geldzorgen'])],
);

org(
  {
    name: 'Voedselbank Haverdal',
    place: 'Industrieterrein Kolenwal',
    street: 'Kolenwal 17',
    desc: 'Voedselbank.',
  },
  [svc('Voedselpakket', `${WIJK} Wekelijks pakket. Aanmelden via maatschappelijk werk of Sociaal Team.`, ['voedselbank'], { hours: 'vrijdag 13.00-15.00' })],
);

org(
  {
    name: 'Parochie H. Barbara Haverdal',
    place: 'Haverdal',
    street: 'Kerkstraat 1',
    desc: 'Rooms-katholieke parochie met kerken in Haverdal, Kolbergen en Sint-Odiliënrade.',
  },
  [
    svc('PCI noodhulp', `${WIJK} Parochiële Caritas Instelling: eenmalige financiële hulp bij nood.`, ['armoede-regelingen', 'geldzorgen']),
    svc('Ziekenbezoek parochie', `${WIJK} Bezoekgroep voor zieken en eenzamen thuis.`, ['eenzaamheid', 'zingeving']),
    svc('Pastoraat en ziekenzalving', `${WIJK} Gesprek met de pastoor, communie thuis, ziekenzalving.`, ['zingeving', 'palliatief']),
  ],
);

org(
  {
    name: 'KBO Haverdal',
    place: 'Haverdal',
    street: 'Kerkstraat 5',
    desc: 'Katholieke ouderenbond.',
  },
  [
    svc('Huisbezoek ouderen', `${WIJK} Vrijwillige ouderenadviseurs bezoeken 75-plussers.`, ['eenzaamheid', 'ouderenadvies']),
    svc('Belastinginvulhulp', `${WIJK} Hulp bij aangifte inkomstenbelasting en toeslagen voor senioren.`, ['geldzorgen']),
    svc('Seniorengym', `${WIJK} Bewegen op muziek in de parochiezaal.`, ['beweging', 'ontmoeting']),
  ],
);

org(
  {
    name: 'Zonnebloem afdeling Kolbergen',
    place: 'Kolbergen',
    street: 'Kerkplein 5',
    desc: 'Zonnebloem.',
  },
  [svc('Bezoek en uitjes', `${WIJK} Bezoek en uitstapjes voor mensen met een beperking of ziekte.`, ['eenzaamheid', 'ontmoeting'])],
);

org(
  {
    name: 'Telefooncirkel Sint-Odiliënrade',
    place: 'Sint-Odiliënrade',
    street: 'Odiliaplein 4',
    desc: 'Bewonersinitiatief.',
  },
  [svc('Telefooncirkel', `${WIJK} Elke ochtend een belletje.`, ['eenzaamheid'])],
);

org(
  {
    name: 'Alzheimer Café Haverdal',
    place: 'De Schacht',
    street: 'Lampistenstraat 20',
    desc: 'Ontmoeting rond dementie.',
  },
  [
    svc(
      'Alzheimer Café',
      `${WIJK} Maandelijks: uitleg en ontmoeting voor mensen met dementie, partners en kinderen.`,
      ['dementie', 'mantelzorg', 'lotgenoten'],
    ),
  ],
);

org(
  {
    name: 'Hospice Sint-Odilia',
    place: 'Sint-Odiliënrade',
    street: 'Kloosterhof 2',
    desc: 'Bijna-thuis-huis.',
  },
  [
    svc(
      'Hospice – verblijf in de laatste levensfase',
      'Verwijzing: huisarts of transferbureau. Zes kamers voor wie niet thuis kan of wil sterven; verpleging en vrijwilligers dag en nacht, familie altijd welkom.',
      ['palliatief'],
    ),
    svc('Rouwgroep "Verder na verlies"', `${WIJK} Acht avonden voor wie een dierbare verloor.`, ['rouw']),
  ],
);

org(
  {
    name: 'Uitvaartvereniging Sint Barbara',
    place: 'Haverdal',
    street: 'Kerkhofweg 3',
    desc: 'Coöperatieve uitvaartvereniging sinds 1921.',
  },
  [svc('Uitvaartverzorging', 'Uitvaart, rouwcentrum en nazorggesprek voor leden en niet-leden. Dag en nacht.', ['rouw'])],
);

// ---------------------------------------------------------------- jeugd en gezin
org(
  {
    name: 'GGD Zuidheuvelland',
    place: 'Haverdal',
    street: 'Stationsstraat 2',
    desc: 'Publieke gezondheid.',
  },
  [
    svc('Consultatiebureau Haverdal', 'Jeugdgezondheidszorg 0-4 jaar: groei, ontwikkeling, vaccinaties, vragen over voeding en slapen.', ['jgz', 'opvoeding']),
    svc('JGZ op school', 'Jeugdarts en jeugdverpleegkundige voor 4-18 jaar: gezondheidsonderzoek en spreekuur op school.', ['jgz']),
  ],
);

org(
  {
    name: 'Centrum Jeugd en Gezin Haverdal',
    alt: 'CJG',
    place: 'Haverdal-Noord',
    street: 'Ganzenweide 2',
    desc: 'Voor ouders, kinderen en jongeren.',
  },
  [
    svc('Opvoedspreekuur', `${WIJK} Vragen over opvoeden, slapen, driftbuien of puberteit.`, ['opvoeding']),
    svc('Toegang jeugdhulp', 'Jeugdconsulenten bepalen samen met het gezin welke jeugdhulp nodig is (Jeugdwet). Ook huisarts kan verwijzen.', ['jeugdhulp']),
    svc('KIES – kinderen in echtscheidingssituaties', `${WIJK} Groep voor kinderen van gescheiden ouders.`, ['scheiding', 'jeugdhulp']),
    svc('Cursus Puberteit', `${WIJK} Vier avonden voor ouders van pubers.`, ['opvoeding']),
  ],
);

org(
  {
    name: 'Jeugdhulp Mergelland',
    place: 'Mergelbeek',
    street: 'Molenstraat 20',
    desc: 'Ambulante jeugdhulp.',
  },
  [
    svc(
      'Ambulante gezinsbegeleiding',
      'Verwijzing: CJG of huisarts. Begeleiding thuis bij gedragsproblemen, opvoedproblemen of zorgen over de veiligheid van kinderen.',
      ['jeugdhulp', 'opvoeding', 'huiselijk-geweld'],
    ),
  ],
);

// ---------------------------------------------------------------- veiligheid, wonen, opvang
org(
  {
    name: 'Vrouwen- en Gezinsopvang Zuid',
    place: 'Haverdal',
    street: 'geheim',
    secretAddress: true,
    desc: 'Opvang en hulp bij huiselijk geweld.',
  },
  [
    svc('Opvang huiselijk geweld', 'Veilige opvang voor vrouwen, mannen en kinderen die thuis niet veilig zijn.', ['huiselijk-geweld']),
    svc('Ambulante hulp huiselijk geweld', 'Hulp thuis of op locatie om geweld te stoppen, ook voor plegers.', ['huiselijk-geweld']),
  ],
);

org(
  {
    name: 'Stichting Het Baken',
    place: 'Haverdal',
    street: 'Spoorlaan 11',
    desc: 'Maatschappelijke opvang.',
  },
  [
    svc('Nachtopvang Het Baken', `${WIJK} Slaapplek voor wie dakloos is. Inloop vanaf 21.00.`, ['dakloosheid']),
    svc('Dagopvang en postadres', `${WIJK} Douche, maaltijd en briefadres.`, ['dakloosheid', 'maaltijden']),
  ],
);

org(
  {
    name: 'Woonstichting Mijnstreek',
    place: 'Haverdal',
    street: 'Markt 22',
    desc: 'Woningcorporatie.',
  },
  [
    svc('Woning zoeken en urgentie', 'Inschrijven als woningzoekende; urgentieaanvraag bij medische of sociale noodzaak.', ['wonen']),
    svc('Huurachterstand? Bel ons', 'Vroeg hulp bij huurachterstand om ontruiming te voorkomen; samen met de schuldhulp van de gemeente.', ['schulden', 'wonen']),
    svc('Seniorenwoningen en levensloopbestendig wonen', 'Gelijkvloerse huurwoningen voor ouderen en mensen met een beperking.', ['wonen', 'hulpmiddelen']),
  ],
);

org(
  {
    name: 'Sociaal Raadslieden Haverdal',
    place: 'Haverdal',
    street: 'Kapelstraat 2',
    desc: 'Juridisch advies.',
  },
  [svc('Sociaal raadslieden', `${WIJK} Gratis advies over uitkering, bezwaar, huur, consumentenrecht.`, ['juridisch', 'geldzorgen'])],
);

org(
  {
    name: 'Advocatenkantoor Kolenberg & Meulen',
    place: 'Haverdal',
    street: 'Stationsstraat 44',
    desc: 'Advocatuur en mediation.',
  },
  [svc('Familierecht en mediation', 'Echtscheiding, alimentatie, ouderschapsplan. Toevoeging (gefinancierde rechtsbijstand) mogelijk.', ['juridisch', 'scheiding'])],
);

// ---------------------------------------------------------------- taal, digitaal, nieuwkomers
org(
  {
    name: 'Bibliotheek Haverdal',
    place: 'Haverdal',
    street: 'Markt 8',
    desc: 'Openbare bibliotheek.',
  },
  [
    svc('Taalhuis', `${WIJK} Beter leren lezen, schrijven, rekenen of Nederlands spreken; taalvrijwilligers.`, ['laaggeletterdheid', 'taal']),
    svc('Klik & Tik en Digicafé', `${WIJK} Hulp met computer, tablet, smartphone en DigiD.`, ['digitaal']),
    svc('Informatiepunt Digitale Overheid', `${WIJK} Vragen over DigiD, toeslagen, belastingen en online zaken met de overheid.`, ['digitaal', 'geldzorgen']),
  ],
);

org(
  {
    name: 'VluchtelingenWerk Zuidheuvel',
    place: 'Haverdal-Noord',
    street: 'Lindelaan 12',
    desc: 'Begeleiding van statushouders.',
  },
  [
    svc('Begeleiding statushouders', `${WIJK} Maatschappelijke begeleiding en inburgering.`, ['migranten', 'taal']),
    svc('Taalmaatje', `${WIJK} Vrijwilliger oefent Nederlands.`, ['taal']),
  ],
);

org(
  {
    name: 'International Desk Haverdal',
    place: 'Haverdal',
    street: 'Markt 1',
    desc: 'Help desk for internationals and newcomers.',
  },
  [
    svc(
      'Newcomers help desk',
      'For internationals living in Haverdal: registration, finding a GP, health insurance, schools and the Dutch care system explained in English.',
      ['migranten'],
      { lang: ['en', 'de', 'pl'] },
    ),
  ],
);

// ---------------------------------------------------------------- beperking
org(
  {
    name: 'Stichting Zuidheuvel Zorg',
    place: 'Kolbergen',
    street: 'Groeveweg 3',
    desc: 'Zorg voor mensen met een verstandelijke beperking.',
  },
  [
    svc('Ambulante begeleiding LVB', 'Begeleiding thuis bij geld, post, huishouden en sociale contacten voor mensen met een licht verstandelijke beperking. Via Wmo.', ['begeleiding', 'beperking']),
    svc('Logeerhuis De Mergelsteen', 'Weekendlogeren voor kinderen met een beperking; ontlast ouders.', ['respijtzorg', 'beperking']),
    svc('Dagbesteding De Groeve', 'Werken in de tuin, kaarsenmakerij en winkel.', ['dagbesteding', 'beperking']),
  ],
);

org(
  {
    name: 'Steunpunt Autisme Haverdal',
    place: 'Haverdal',
    street: 'Kapelstraat 2',
    desc: 'Vrijwilligers.',
  },
  [svc('Autisme Inloop', `${WIJK} Lotgenoten en ouders van kinderen met autisme.`, ['beperking', 'lotgenoten'])],
);

// ---------------------------------------------------------------- lotgenoten
org(
  {
    name: 'Longpatiënten Haverdal',
    place: 'Haverdal',
    street: 'Kerkstraat 5',
    desc: 'Afdeling van de landelijke longpatiëntenvereniging.',
  },
  [svc('Lotgenotencontact COPD', `${WIJK} Koffie-ochtend en wandelgroep voor longpatiënten.`, ['lotgenoten', 'longzorg'])],
);

org(
  {
    name: 'Diabetesvereniging regio Zuid',
    place: 'Haverdal',
    street: 'Kerkstraat 5',
    desc: 'Patiëntenvereniging.',
  },
  [svc('Diabetes Contactgroep', `${WIJK} Contact met mensen met suikerziekte.`, ['lotgenoten', 'diabetes'])],
);

org(
  {
    name: 'Hartgroep Bewegen Haverdal',
    place: 'Haverdal-Oost',
    street: 'Sportlaan 4',
    desc: 'Sportvereniging voor hartpatiënten.',
  },
  [svc('Hartgroep', 'Wekelijks sporten onder begeleiding, na de hartrevalidatie.', ['hartzorg', 'beweging', 'lotgenoten'])],
);

org(
  {
    name: 'Stichting Oud-Mijnwerkers Haverdal',
    place: 'De Schacht',
    street: 'Schachtstraat 1',
    desc: 'Belangenvereniging van oud-mijnwerkers en hun weduwen.',
  },
  [
    svc(
      'Steunpunt oud-mijnwerkers en weduwen',
      `${WIJK} Hulp bij pensioen- en stoflongregelingen, bezoek bij ziekte en contact met lotgenoten.`,
      ['lotgenoten', 'longzorg', 'geldzorgen'],
    ),
  ],
);

// ---------------------------------------------------------------- vervoer, commercieel
org(
  {
    name: 'Automaatje Kolbergen',
    place: 'Kolbergen',
    street: 'Kerkplein 5',
    desc: 'Vrijwilligersvervoer.',
  },
  [svc('Vrijwilligersvervoer', `${WIJK} Vrijwilligers rijden u naar ziekenhuis, huisarts of familie. € 0,35 per km.`, ['vervoer'])],
);

org(
  {
    name: 'ZuidLift Trapliften BV',
    place: 'Industrieterrein Kolenwal',
    street: 'Kolenwal 30',
    desc: 'Trapliften, nieuw en gebruikt.',
  },
  [svc('Traplift op maat', 'Gratis adviesgesprek en offerte binnen 48 uur. Huur of koop.', ['hulpmiddelen'])],
);

org(
  {
    name: 'Helpende Handjes Thuishulp',
    place: 'Haverdal',
    street: 'Stationsstraat 60',
    desc: 'Particuliere thuishulp.',
  },
  [svc('Schoonmaakhulp aan huis', 'Vaste huishoudelijke hulp per uur, ook boodschappen en was. Betalen uit pgb kan.', ['huishoudelijke-hulp'])],
);

org(
  {
    name: 'Zuidheuvel Thuiszorg Wmo',
    place: 'Haverdal',
    street: 'Markt 14',
    desc: 'Gecontracteerde aanbieder Wmo.',
  },
  [
    svc('Huishoudelijke ondersteuning (Wmo)', 'Hulp bij schoonmaken met beschikking van het Sociaal Team.', ['huishoudelijke-hulp']),
    svc('Individuele begeleiding (Wmo)', 'Begeleiding thuis bij structuur, administratie en dagritme.', ['begeleiding']),
  ],
);
