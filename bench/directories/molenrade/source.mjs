// Molenrade: a fictional sociale kaart ("Wegwijzer voor Ouderen en Mantelzorgers") for a made-up,
// greying gemeente of about 32,000 residents: the old mill town Molenrade (with the newer
// wijk Nieuw-Rade) and the church villages Olderkerk and Heiligenhoven. Compiled by the
// Ouderenbond "Het Zilveren Rad" together with the Raad van Kerken and Stichting Welzijn Molenrade:
// long, courteous texts in u-form, opening hours and collection days, many volunteer services,
// church diaconie, and professional services described from an older person's point of view.
// SAMPLE DATA, FICTIONAL: every name, address, postal code (0900-0939) and phone number is invented.
import { addingTo, svc } from '../write-directory.mjs';

export const TOPICS = {
  huisarts: 'huisartsenzorg overdag: spreekuur, huisbezoek, praktijkondersteuner ouderen',
  huisartsenpost: 'dokter buiten kantoortijden (avond, nacht, weekend) voor dringende klachten die niet tot morgen kunnen wachten',
  'poh-ggz': 'praktijkondersteuner GGZ bij de huisarts: gesprekken bij psychische klachten',
  ggz: 'geestelijke gezondheidszorg: basis- en specialistische behandeling, ouderenpsychiatrie',
  'psychische-klachten': 'laagdrempelige hulp bij somberheid, angst, stress, piekeren',
  'maatschappelijk-werk': 'algemeen maatschappelijk werk / sociaal wijkteam voor allerlei vragen over leven, geld, relaties',
  wijkverpleging: 'verpleging en persoonlijke verzorging thuis (wassen, aankleden, medicijnen, wondzorg)',
  'huishoudelijke-hulp': 'hulp bij het schoonhouden van het huis, wasgoed',
  fysiotherapie: 'fysiotherapie, oefentherapie, revalidatie na operatie of val',
  apotheek: 'medicijnen, herhaalrecepten, medicijnrol, bezorging van medicijnen',
  'dietist-voeding': 'voedingsadvies, diëtist, ondervoeding, gezond eten',
  mondzorg: 'tandarts, kunstgebit, mondverzorging',
  zintuigen: 'slechthorendheid, slechtziendheid, hoortoestellen, bril, blind en doof',
  voetzorg: 'pedicure, medische voetzorg, diabetische voet',
  valpreventie: 'vallen voorkomen: valrisicotest, cursus, oefeningen voor evenwicht',
  bewegen: 'sport en beweegactiviteiten, gymnastiek, wandelen, zwemmen voor ouderen en anderen',
  hulpmiddelen: 'rollator, rolstoel, scootmobiel, hulpmiddelen lenen of kopen',
  woningaanpassing: 'aanpassingen in huis: traplift, douche, drempels, beugels',
  personenalarmering: 'alarmknop / personenalarmering voor wie alleen woont',
  vervoer: 'vervoer: vrijwilligers die rijden, regiotaxi, rolstoeltaxi, Wmo-vervoer',
  maaltijden: 'warme maaltijden thuisbezorgd of samen eten',
  boodschappen: 'hulp bij boodschappen doen, bezorging van boodschappen',
  klussen: 'kleine klussen in huis en tuin door vrijwilligers of klusdienst',
  ouderenadvies: 'ouderenadviseur, seniorenvoorlichter: informatie en advies voor ouderen, huisbezoek 75+',
  'wmo-loket': 'gemeentelijk loket Wmo: aanvraag ondersteuning, keukentafelgesprek, indicatie',
  clientondersteuning: 'onafhankelijke cliëntondersteuning bij aanvragen en gesprekken met de gemeente of zorg',
  mantelzorg: 'ondersteuning, informatie en waardering voor mantelzorgers (ook jonge mantelzorgers)',
  respijtzorg: 'de mantelzorger tijdelijk ontlasten: logeeropvang, oppas, vrijwilliger die overneemt',
  dementie: 'geheugenproblemen en dementie: consulent, Alzheimer Café, begeleiding van patiënt en naasten',
  dagbesteding: 'dagbesteding of dagopvang buiten de deur met begeleiding',
  eenzaamheid: 'eenzaamheid tegengaan: bezoekdienst, maatje, telefooncirkel',
  ontmoeting: 'ontmoeting en activiteiten: soos, koffieochtend, inloop, eetpunt, clubs',
  rouw: 'rouwverwerking en steun bij verlies van een dierbare',
  palliatief: 'zorg en steun in de laatste levensfase: hospice, vrijwilligers terminale zorg',
  levenseinde: 'wensen rond het levenseinde vastleggen: wilsverklaring, levenstestament, euthanasie-informatie',
  'wonen-met-zorg': 'wonen met zorg: verpleeghuis, verzorgingshuis, kleinschalig wonen, aanleunwoning',
  woning: 'een (senioren)woning huren, verhuizen, huurzaken met de corporatie',
  dakloosheid: 'dakloos of geen slaapplaats: maatschappelijke opvang, nachtopvang',
  schulden: 'schulden, betalingsachterstanden, schuldhulpverlening',
  thuisadministratie: 'hulp bij de post en thuisadministratie, budgetteren, overzicht in geldzaken',
  formulieren: 'hulp bij het invullen van formulieren, belastingaangifte, toeslagen aanvragen',
  inkomen: 'inkomensondersteuning: bijstand, toeslagen, minimaregelingen, bijzondere bijstand, noodfonds',
  voedselhulp: 'voedselbank, voedselpakket, gratis eten bij geldgebrek',
  juridisch: 'juridisch advies: sociaal raadslieden, rechtswinkel, notaris, bezwaar maken',
  digitaal: 'digitale vaardigheden: computer, tablet, smartphone, DigiD, internetbankieren',
  taal: 'Nederlands leren, lezen en schrijven, laaggeletterdheid, taalmaatje',
  werk: 'werk zoeken, re-integratie, leerwerkplek, werkervaring',
  vrijwilligerswerk: 'zelf vrijwilligerswerk doen, vacatures voor vrijwilligers',
  jeugdhulp: 'hulp voor kinderen, jongeren en gezinnen met problemen (jeugdteam, jeugdhulp)',
  opvoeding: 'opvoedvragen en opvoedondersteuning voor ouders (en grootouders)',
  jgz: 'jeugdgezondheidszorg: consultatiebureau, vaccinaties, groei van kinderen',
  jongeren: 'jongerenwerk, activiteiten en ontmoeting voor tieners en jongvolwassenen',
  zwangerschap: 'zwangerschap en bevalling: verloskundige, kraamzorg',
  verslaving: 'hulp bij alcohol, drugs, medicijnverslaving of gokken',
  'huiselijk-geweld': 'huiselijk geweld: advies, begeleiding, opvang op geheim adres',
  ouderenmishandeling: 'ouderenmishandeling en financiële uitbuiting van ouderen: advies en hulp',
  beperking: 'ondersteuning bij een verstandelijke, lichamelijke of zintuiglijke beperking of hersenletsel',
  'chronische-ziekte': 'leven met een chronische ziekte (Parkinson, diabetes, COPD, hart): informatie en steun',
  lotgenoten: 'lotgenotencontact en gespreksgroepen met mensen in dezelfde situatie',
  migranten: 'hulp voor migranten, statushouders en nieuwkomers, ook in de eigen taal (Turks, Moluks/Maleis, Engels)',
  zingeving: 'geestelijke verzorging, pastoraat, gesprekken over levensvragen en geloof',
  veiligheid: 'veilig wonen: brandveiligheid, inbraak, oplichting en babbeltrucs',
  suicidepreventie: 'voorlichting en training over zelfdoding herkennen en bespreken; steun voor nabestaanden na zelfdoding',
  ehbo: 'cursussen EHBO, reanimatie en AED',
  uitvaart: 'uitvaart regelen, uitvaartverzekering, begraven en cremeren',
  vakantie: 'aangepaste vakanties en dagtochten voor ouderen, zieken of mensen met een beperking',
  leefstijl: 'gezonde leefstijl: stoppen met roken, afvallen, leefstijlcoach (GLI)',
};

export const places = {
  Molenrade: { gemeente: 'Molenrade', pc: '0901' },
  'Molenrade-Oost': { gemeente: 'Molenrade', pc: '0904' },
  'Molenrade-West': { gemeente: 'Molenrade', pc: '0911' },
  'Nieuw-Rade': { gemeente: 'Molenrade', pc: '0907' },
  Olderkerk: { gemeente: 'Molenrade', pc: '0921' },
  Heiligenhoven: { gemeente: 'Molenrade', pc: '0926' },
  Graveling: { gemeente: 'Graveling', pc: '0935' },
};

export const organizations = [];
const org = addingTo(organizations);
const ALL = ['Molenrade', 'Graveling'];

// ——— The compilers ———
org(
  {
    name: 'Ouderenbond Molenrade "Het Zilveren Rad"',
    alt: 'Zilveren Rad',
    place: 'Molenrade',
    street: 'Molenstraat 14',
    desc: 'Het Zilveren Rad is sinds 1957 de vereniging van en voor senioren in Molenrade, Olderkerk en Heiligenhoven. Wij behartigen de belangen van ouderen bij de gemeente en geven, samen met de kerken en Stichting Welzijn Molenrade, deze Wegwijzer uit. Ons verenigingsgebouw "De Zilveren Wiek" is geopend van maandag tot en met vrijdag van 9.30 tot 12.00 uur. Het lidmaatschap bedraagt € 24,- per jaar.',
  },
  [
    svc(
      'Ouderenadviseurs',
      'Heeft u vragen over wonen, zorg, geldzaken of welzijn, en weet u niet goed waar u moet beginnen? Onze ouderenadviseurs staan u gaarne terzijde. Zij zijn goed op de hoogte van de regelingen in onze gemeente, komen desgewenst bij u thuis en gaan, als u dat prettig vindt, met u mee naar het gesprek met de gemeente (het zogenaamde keukentafelgesprek). Ook helpen zij u een aanvraag voor hulp in de huishouding, een scootmobiel of woningaanpassing goed voor te bereiden. Het advies is kosteloos en wordt vertrouwelijk behandeld.',
      ['ouderenadvies', 'clientondersteuning', 'wmo-loket'],
      { alt: 'ouderenadviseur', elig: 'Voor alle inwoners van 60 jaar en ouder en hun naasten, ook voor niet-leden.', fees: 'Kosteloos.', hours: 'Spreekuur dinsdag en donderdag van 10.00 tot 12.00 uur in De Zilveren Wiek; huisbezoek op afspraak.', apply: 'Belt u op werkdagen tussen 9.30 en 12.00 uur, of loopt u gerust binnen tijdens het spreekuur.' },
    ),
    svc(
      'Seniorenvoorlichters aan huis',
      'Wordt u dit jaar 75 jaar of ouder? Dan ontvangt u van ons een brief met het aanbod van een huisbezoek door een seniorenvoorlichter. Bij een kopje koffie bespreken wij met u hoe het gaat met uw gezondheid, uw woning, uw contacten en uw veiligheid, en wij laten u weten welke voorzieningen er in Molenrade voor u zijn. U bent tot niets verplicht.',
      ['ouderenadvies', 'eenzaamheid', 'veiligheid'],
      { alt: 'seniorenvoorlichter, preventief huisbezoek 75+', elig: 'Inwoners van 75 jaar en ouder.', fees: 'Gratis.', apply: 'U hoeft niets te doen; u ontvangt een brief. Wilt u eerder een bezoek, belt u dan gerust.' },
    ),
    svc(
      'Invulhulp belastingaangifte en toeslagen',
      'Ieder voorjaar helpen onze getrainde belastinginvullers leden en niet-leden met een eenvoudig inkomen bij de aangifte inkomstenbelasting. Ook kunt u bij ons terecht voor het aanvragen of wijzigen van huurtoeslag en zorgtoeslag, de kwijtschelding van gemeentelijke belastingen en andere lastige formulieren. Neemt u uw DigiD-gegevens, jaaropgaven en de post van de Belastingdienst mee.',
      ['formulieren', 'inkomen'],
      { alt: 'belastinginvulhulp, formulierenhulp', elig: 'Voor ouderen met een inkomen tot ongeveer € 40.000 (alleenstaand) of € 55.000 (samen).', fees: 'Voor leden gratis; niet-leden betalen € 10,- per aangifte.', hours: 'Van 1 maart tot 1 mei op afspraak; ook aan huis.' },
    ),
    svc(
      'Soosmiddagen en ledenactiviteiten',
      'Elke woensdagmiddag is er in De Zilveren Wiek soos: koersbal, klaverjassen, sjoelen en bingo, met koffie en een praatje. Daarnaast organiseren wij lezingen, een jaarlijks kerstdiner en een fietstocht in de zomer. Nieuwe gezichten zijn van harte welkom.',
      ['ontmoeting', 'eenzaamheid'],
      { hours: 'Woensdag 14.00 - 16.30 uur.', fees: 'Koffie en thee € 1,-; bingo € 3,- per kaart.' },
    ),
    svc(
      'Seniorenreizen en dagtochten',
      'Tweemaal per jaar organiseren wij een busreis van vijf dagen en in de zomer enkele dagtochten, bijvoorbeeld naar de Keukenhof of een rondvaart. De bus heeft een rolstoellift en er gaan vrijwilligers mee die u behulpzaam zijn. Ook als u slecht ter been bent kunt u dus mee.',
      ['vakantie', 'ontmoeting'],
      { fees: 'Dagtocht vanaf € 45,-, busreis vanaf € 495,- inclusief volpension.' },
    ),
    svc(
      'Vertrouwenspersoon Ouderen',
      'Voelt u zich onder druk gezet door een familielid, een buurman of een "hulp" die met uw geld omgaat? Wordt u slecht verzorgd of gekleineerd? Het is niet altijd gemakkelijk daarover te spreken. Onze vertrouwenspersoon luistert naar u, zonder oordeel en in alle vertrouwelijkheid, en zoekt samen met u naar een oplossing. Ook wanneer u zich zorgen maakt over een ander kunt u contact opnemen.',
      ['ouderenmishandeling'],
      { alt: 'vertrouwenspersoon ouderenmishandeling', fees: 'Kosteloos.', hours: 'Op werkdagen bereikbaar; u wordt binnen twee dagen teruggebeld.' },
    ),
  ],
);

org(
  {
    name: 'Stichting Welzijn Molenrade',
    alt: 'SWM',
    place: 'Molenrade',
    street: 'Raadhuisplein 3',
    desc: 'Stichting Welzijn Molenrade (SWM) is de welzijnsorganisatie voor de gehele gemeente. Wij werken met beroepskrachten en ruim 400 vrijwilligers aan een gemeente waarin iedereen mee kan doen. Ons kantoor in het Dienstencentrum aan het Raadhuisplein is op werkdagen geopend van 9.00 tot 17.00 uur.',
  },
  [
    svc(
      'Sociaal Wijkteam Molenrade',
      'Het Sociaal Wijkteam is er voor alle inwoners die met een vraag of probleem zitten en er zelf niet uitkomen: zorgen over geld, over uw gezondheid of die van uw partner, over de opvoeding, over eenzaamheid, of over de relatie met uw naasten. Een maatschappelijk werker luistert naar uw verhaal en kijkt samen met u wat nodig is. Het wijkteam werkt samen met de huisarts, de wijkverpleging en de gemeente. U kunt zonder verwijzing bij ons terecht.',
      ['maatschappelijk-werk', 'psychische-klachten', 'wmo-loket'],
      { alt: 'wijkteam, algemeen maatschappelijk werk (AMW)', fees: 'Gratis.', hours: 'Inloopspreekuur maandag t/m vrijdag 9.00 - 11.00 uur; in Olderkerk en Heiligenhoven op donderdagmorgen in het dorpshuis.' },
    ),
    svc(
      'Steunpunt Mantelzorg',
      'Zorgt u voor uw partner, een ouder, kind of buur die ziek is of hulpbehoevend? Dan bent u mantelzorger. Wij weten hoe zwaar dat soms kan zijn. Bij het Steunpunt Mantelzorg kunt u terecht voor een luisterend oor, informatie over regelingen, het mantelzorgcompliment en cursussen. Ook bemiddelen wij bij het regelen van tijdelijke vervanging, zodat u eens een dagje op adem kunt komen. Eenmaal per maand is er een mantelzorgcafé.',
      ['mantelzorg', 'respijtzorg', 'lotgenoten'],
      { alt: 'mantelzorgondersteuning, mantelzorgconsulent', fees: 'Kosteloos.', hours: 'Spreekuur maandag en woensdag 13.30 - 16.00 uur; mantelzorgcafé iedere eerste vrijdag van de maand.' },
    ),
    svc(
      'Jonge Mantelzorgers',
      'Ook kinderen en jongeren kunnen mantelzorger zijn, bijvoorbeeld wanneer vader of moeder ziek is of een broertje een handicap heeft. Voor hen organiseren wij uitjes en een groep waar ze hun verhaal kwijt kunnen. Grootouders die dit bij hun kleinkinderen zien, worden van harte uitgenodigd contact met ons op te nemen.',
      ['mantelzorg', 'jongeren', 'lotgenoten'],
      { alt: 'JMZ', elig: 'Jongeren van 8 tot 24 jaar.', fees: 'Gratis.' },
    ),
    svc(
      'Vrijwillige Thuishulp en respijt',
      'Een getrainde vrijwilliger komt een dagdeel per week bij u thuis om de mantelzorger te ontlasten: even oppassen, een spelletje doen, samen een wandeling maken. Zo kan de mantelzorger met een gerust hart boodschappen doen of naar een verjaardag.',
      ['respijtzorg', 'mantelzorg', 'eenzaamheid'],
      { alt: 'VTH, oppas voor mantelzorgers', fees: 'Gratis.' },
    ),
    svc(
      'Vrijwilligersvervoer "De Rijdende Raderen"',
      'Kunt u niet meer zelf autorijden en is het openbaar vervoer voor u te bezwaarlijk? Onze vrijwillige chauffeurs brengen u met hun eigen auto naar de huisarts, het ziekenhuis in Graveling, de kapper of op familiebezoek, en wachten indien nodig op u. Wij vragen u de rit minstens twee werkdagen tevoren aan te vragen.',
      ['vervoer'],
      { alt: 'vrijwillige chauffeurs, automaatje', fees: '€ 0,35 per kilometer, rechtstreeks aan de chauffeur te voldoen.', hours: 'Ritten aanvragen op werkdagen van 9.00 tot 11.00 uur.', area: ALL },
    ),
    svc(
      'Tafeltje-dek-je (maaltijdservice)',
      'Een warme, gezonde maaltijd aan huis, ook met dieetwensen zoals zoutarm of diabetisch. De maaltijden worden gekoeld bezorgd op maandag en donderdag en gaan enkele dagen mee. Onze bezorgers maken meteen even een praatje en slaan alarm als u de deur niet opendoet.',
      ['maaltijden', 'dietist-voeding'],
      { fees: '€ 8,25 per maaltijd inclusief toetje.', hours: 'Bezorging maandag en donderdag tussen 10.00 en 12.00 uur.' },
    ),
    svc(
      'Boodschappendienst',
      'Kunt u tijdelijk of blijvend niet zelf naar de winkel? Een vrijwilliger doet eenmaal per week de boodschappen voor u, of gaat met u mee naar de supermarkt. U betaalt de boodschappen zelf aan de vrijwilliger tegen inlevering van de kassabon.',
      ['boodschappen'],
      { fees: 'Gratis; alleen de boodschappen betaalt u zelf.' },
    ),
    svc(
      'Klussendienst',
      'Een lamp vervangen, een gordijnrail ophangen, de dakgoot schoonmaken of de heg knippen: voor kleine klusjes in en om het huis kunt u een beroep doen op onze klussendienst. Wij doen geen werk dat een vakman zou moeten doen.',
      ['klussen'],
      { fees: '€ 5,- per klus plus materiaalkosten.', hours: 'Aanmelden op werkdagen van 9.00 tot 12.00 uur.' },
    ),
    svc(
      'Thuisadministratie',
      'Liggen de enveloppen zich op te stapelen en raakt u het overzicht kwijt? Een vrijwilliger van de Thuisadministratie helpt u uw papieren te ordenen, rekeningen op tijd te betalen en een overzicht te maken van uw inkomsten en uitgaven. Zo voorkomt u dat er schulden ontstaan.',
      ['thuisadministratie', 'schulden'],
      { alt: 'hulp bij administratie, papierwinkel', fees: 'Gratis.' },
    ),
    svc(
      'Sociaal Raadslieden',
      'Heeft u een brief ontvangen van de Sociale Verzekeringsbank, het UWV, de Belastingdienst of de gemeente die u niet goed begrijpt? Wilt u bezwaar maken tegen een beslissing? De sociaal raadslieden geven u gratis juridisch en financieel advies en helpen u bij het schrijven van een bezwaarschrift.',
      ['juridisch', 'formulieren', 'inkomen'],
      { alt: 'sociaal raadslid', fees: 'Gratis.', hours: 'Spreekuur dinsdag 13.30 - 16.00 uur en vrijdag 9.00 - 11.30 uur in het Dienstencentrum.' },
    ),
    svc(
      'Maatjesproject "Samen op Pad"',
      'Mist u iemand om mee te praten, te wandelen of een kop koffie mee te drinken? Wij koppelen u aan een vrijwilliger die eens per week of per twee weken bij u langskomt. Ook voor mensen met psychische kwetsbaarheid of een beperking.',
      ['eenzaamheid', 'psychische-klachten'],
      { alt: 'maatje', fees: 'Gratis.' },
    ),
    svc(
      'Personenalarmering',
      'Woont u alleen en bent u bang te vallen of onwel te worden zonder dat iemand het merkt? Met een alarmknop om uw hals of pols kunt u dag en nacht hulp inroepen. Wij regelen de aansluiting en zoeken samen met u contactpersonen in de buurt.',
      ['personenalarmering', 'veiligheid'],
      { alt: 'alarmknop, halsalarm', fees: '€ 19,95 per maand; met een Meedoenpas is vergoeding mogelijk.' },
    ),
    svc(
      'Vrijwilligerscentrale',
      'Heeft u tijd over en wilt u iets betekenen voor een ander? De Vrijwilligerscentrale heeft altijd vacatures: chauffeur, bezoekvrijwilliger, gastvrouw, klusser of belastinginvuller. Ook scholieren met een maatschappelijke stage zijn welkom.',
      ['vrijwilligerswerk'],
      { hours: 'Inloop donderdag 10.00 - 12.00 uur.' },
    ),
    svc(
      'Jongerenwerk Molenrade',
      'Ook aan onze jeugd wordt gedacht. De jongerenwerkers van SWM zijn te vinden in jongerencentrum De Schuur in Nieuw-Rade en op straat. Zij organiseren activiteiten en bieden de jongelui een luisterend oor bij vragen over school, thuis of vrienden. Ouders en grootouders die zich zorgen maken over een jongere kunnen ook bij hen terecht.',
      ['jongeren', 'jeugdhulp'],
      { at: { name: 'Jongerencentrum De Schuur', street: 'Zeisweg 2', place: 'Nieuw-Rade' }, elig: 'Jongeren van 12 tot 23 jaar.', hours: 'De Schuur is open woensdag- en vrijdagmiddag en vrijdagavond tot 22.00 uur.' },
    ),
    svc(
      'Formulierenbrigade',
      'Schrik niet van een formulier. De Formulierenbrigade helpt u bij het invullen van aanvragen voor bijvoorbeeld bijzondere bijstand, de Meedoenpas, een parkeervergunning voor gehandicapten of een aanvraag bij het zorgkantoor.',
      ['formulieren'],
      { fees: 'Gratis.', hours: 'Maandagmiddag 13.30 - 15.30 uur in de bibliotheek.', at: { name: 'Bibliotheek Molenrade', street: 'Kerkstraat 22', place: 'Molenrade' } },
    ),
    svc(
      'Seniorensoos De Wieken',
      'De soos in wijkgebouw De Wieken is helaas opgeheven. Bezoekers zijn welkom bij de soosmiddagen van Het Zilveren Rad.',
      ['ontmoeting'],
      { status: 'inactive', phone: false, at: { name: 'Wijkgebouw De Wieken', street: 'Wiekenlaan 40', place: 'Molenrade-Oost' } },
    ),
  ],
);

org(
  {
    name: 'Raad van Kerken Molenrade',
    place: 'Molenrade',
    street: 'Kerkplein 1',
    desc: 'In de Raad van Kerken werken de protestantse, rooms-katholieke, Molukse en evangelische kerken van Molenrade, Olderkerk en Heiligenhoven samen aan het diaconale werk: omzien naar elkaar, in woord en daad. Onze hulp is er voor iedereen, ongeacht geloof of afkomst.',
  },
  [
    svc(
      'Interkerkelijk Bezoekwerk',
      'Bent u veel alleen, of ligt u langdurig in bed? Vrijwilligers van het Interkerkelijk Bezoekwerk komen graag eens bij u op bezoek voor een gesprek en een kopje thee. Over geloof wordt alleen gesproken als u dat zelf wenst. Ook bezoeken wij ouderen die na een verhuizing naar het verpleeghuis weinig aanloop hebben.',
      ['eenzaamheid'],
      { alt: 'bezoekdienst, ouderenbezoek', fees: 'Kosteloos.' },
    ),
    svc(
      'SchuldHulpMaatje Molenrade',
      'Heeft u geldzorgen of schulden en durft u de post niet meer open te maken? Een getraind SchuldHulpMaatje helpt u, in alle vertrouwelijkheid, orde op zaken te stellen: samen de post doornemen, schuldeisers bellen en zo nodig de stap naar de schuldhulpverlening van de gemeente zetten. Wij blijven naast u staan, zolang als nodig is.',
      ['schulden', 'thuisadministratie'],
      { fees: 'Gratis.', apply: 'Aanmelden via het telefoonnummer of via de website; binnen een week neemt een coördinator contact met u op.' },
    ),
    svc(
      'Diaconaal Noodfonds',
      'Wanneer u buiten uw schuld in acute financiële nood bent geraakt en de gemeente (nog) niet kan helpen, kan het Diaconaal Noodfonds een eenmalige gift of renteloze lening verstrekken, bijvoorbeeld voor een kapotte wasmachine of een energierekening. Aanvragen lopen via een hulpverlener of het Sociaal Wijkteam.',
      ['inkomen', 'schulden'],
      { alt: 'noodfonds kerken', apply: 'Aanvraag via een hulpverlener.' },
    ),
    svc(
      'Inloophuis De Schuilplaats',
      'Een warme plek waar iedereen welkom is voor een kop koffie, een goed gesprek of gewoon even niet alleen zijn. Op donderdag koken vrijwilligers een eenvoudige maaltijd. Er is altijd een pastor of diaken aanwezig voor wie dat wenst.',
      ['ontmoeting', 'eenzaamheid', 'maaltijden', 'zingeving'],
      { hours: 'Dinsdag en donderdag 10.00 - 15.00 uur; maaltijd donderdag om 12.30 uur.', fees: 'Koffie gratis, maaltijd € 3,50.', at: { name: 'De Schuilplaats', street: 'Achter de Kerk 5', place: 'Molenrade' } },
    ),
    svc(
      'Kerstpakkettenactie',
      'In december verzorgen de gezamenlijke diaconieën kerstpakketten voor huishoudens die het financieel moeilijk hebben. U kunt zichzelf of een ander aanmelden.',
      ['voedselhulp', 'inkomen'],
      { hours: 'Aanmelden tot 1 december; ophalen op de zaterdag voor Kerstmis in de Dorpskerk.' },
    ),
  ],
);

org(
  {
    name: 'Protestantse Gemeente Olderkerk',
    alt: 'Dorpskerk Olderkerk',
    place: 'Olderkerk',
    street: 'Brink 2',
    desc: 'De Protestantse Gemeente Olderkerk komt iedere zondag om 10.00 uur samen in de eeuwenoude Dorpskerk aan de Brink. De diaconie en de wijkouderlingen zien om naar de ouderen, zieken en eenzamen in het dorp, leden en niet-leden.',
  },
  [
    svc(
      'Pastoraat en ouderenpastoraat',
      'Onze predikant en de wijkouderlingen bezoeken u graag thuis, in het ziekenhuis of in het verpleeghuis, bij ziekte, ouderdom, een verlies of wanneer u met levensvragen worstelt. Ook kunt u bij de predikant terecht voor een gesprek over de uitvaart of de wensen rond uw levenseinde.',
      ['zingeving', 'rouw', 'palliatief'],
      { alt: 'dominee, predikant, ouderling', fees: 'Kosteloos.' },
    ),
    svc(
      'Kerkrijdienst',
      'Wie niet meer op eigen gelegenheid naar de kerk kan komen, wordt op zondagmorgen door een van onze vrijwilligers thuis opgehaald en weer teruggebracht.',
      ['vervoer'],
      { hours: 'Zondag vanaf 9.30 uur; opgeven vóór vrijdag bij de kerkelijk werker.', area: ['Molenrade'] },
    ),
    svc(
      'Ouderenmiddag en Eetpunt Olderkerk',
      'Eens per maand op dinsdagmiddag een gezellige middag met een lezing, muziek of dia\'s van vroeger, gevolgd door een eenvoudige warme maaltijd in de consistorie. Alle 65-plussers uit Olderkerk en omstreken zijn van harte welkom, ook wie niet kerkelijk is.',
      ['ontmoeting', 'maaltijden', 'eenzaamheid'],
      { hours: 'Iedere derde dinsdag van de maand, 15.00 - 18.30 uur.', fees: '€ 7,50 inclusief maaltijd.' },
    ),
  ],
);

org(
  {
    name: 'Parochie H. Willibrordus',
    alt: 'Rooms-Katholieke Parochie Molenrade-Heiligenhoven',
    place: 'Heiligenhoven',
    street: 'Kapelstraat 9',
    desc: 'De parochie H. Willibrordus omvat de geloofsgemeenschappen van Molenrade (St.-Janskerk) en Heiligenhoven (Willibrorduskerk). Het parochiesecretariaat is geopend op dinsdag en vrijdag van 9.30 tot 11.30 uur.',
  },
  [
    svc(
      'Parochiële Caritas Instelling (PCI)',
      'De PCI helpt mensen in financiële nood, wanneer andere regelingen tekortschieten: een bijdrage voor een bril, een fiets, schoolspullen of een boodschappenbon. Wij vragen geen kerkelijk lidmaatschap. Uw aanvraag wordt discreet behandeld.',
      ['inkomen', 'voedselhulp'],
      { alt: 'caritas', apply: 'Schriftelijk of via het parochiesecretariaat; een hulpverlener mag ook namens u aanvragen.' },
    ),
    svc(
      'Ziekenbezoek, ziekencommunie en ziekenzalving',
      'Wanneer u ziek bent of niet meer naar de kerk kunt komen, brengt de pastor of een vrijwilliger u graag de communie thuis. In de laatste levensfase kan de pastoor het sacrament van de zieken toedienen. U of uw familie kan hiervoor dag en nacht contact opnemen.',
      ['zingeving', 'palliatief'],
      { alt: 'pastoor, sacrament der zieken, laatste sacramenten' },
    ),
    svc(
      'Rouwgroep "Na het afscheid"',
      'Het verlies van uw man, vrouw, kind of een andere dierbare laat een grote leegte achter. In deze kleine gespreksgroep van zes bijeenkomsten deelt u uw ervaringen met anderen die hetzelfde hebben meegemaakt, onder leiding van een pastoraal werker en een rouwbegeleider. Ook voor wie niet kerkelijk is.',
      ['rouw', 'lotgenoten'],
      { fees: 'Vrijwillige bijdrage.', hours: 'Tweemaal per jaar, in het voorjaar en het najaar, op donderdagavond.' },
    ),
  ],
);

org(
  {
    name: 'Gereja Injili Maluku Jemaat Molenrade',
    alt: 'Molukse Evangelische Kerk Molenrade',
    place: 'Molenrade-West',
    street: 'Amboinastraat 11',
    desc: 'De Molukse kerkgemeente in de wijk Molenrade-West, waar sinds 1962 veel Molukse families wonen. Kebaktian (kerkdienst) iedere zondag om 11.00 uur, in het Maleis en het Nederlands.',
  },
  [
    svc(
      'Pela Ouderenzorg: bezoek en hulp in eigen taal',
      'Voor onze Molukse ouderen, van de eerste generatie die in 1951 naar Nederland kwam, is het niet altijd gemakkelijk de weg te vinden in de Nederlandse zorg. Vrijwilligers van Pela Ouderenzorg bezoeken ouderen thuis, spreken Maleis, gaan mee naar de huisarts of de gemeente en helpen bij het aanvragen van zorg. Ook geven wij voorlichting aan mantelzorgers in de families.',
      ['migranten', 'ouderenadvies', 'eenzaamheid', 'mantelzorg'],
      { alt: 'Moluks ouderenwerk', lang: ['nl', 'ms'], fees: 'Gratis.' },
    ),
    svc(
      'Molukse ouderensoos "Sagu"',
      'Iedere vrijdagmiddag komen Molukse ouderen samen in het kerkgebouw voor zang, spelletjes, verhalen over vroeger en een Molukse maaltijd. Ook Nederlandse buren zijn welkom.',
      ['ontmoeting', 'migranten', 'maaltijden'],
      { hours: 'Vrijdag 13.00 - 17.00 uur.', lang: ['nl', 'ms'] },
    ),
  ],
);

org(
  {
    name: 'Stichting Turks Cultureel Centrum Molenrade',
    alt: 'Yeni Camii Molenrade',
    place: 'Molenrade-Oost',
    street: 'Looierstraat 27',
    desc: 'Het Turks Cultureel Centrum, bij de Yeni Camii (moskee), is een ontmoetingsplek voor de Turkse gemeenschap van Molenrade. Er is een theehuis, huiswerkbegeleiding en een spreekuur.',
  },
  [
    svc(
      'Spreekuur voor Turkse ouderen',
      'Veel Turkse ouderen van de eerste generatie gastarbeiders hebben moeite met de Nederlandse taal en met de brieven van de instanties. Op het spreekuur helpen Turkstalige vrijwilligers bij het lezen van brieven, het aanvragen van AOW en toeslagen en vragen over het pensioen uit Turkije. Zo nodig verwijzen wij door naar de ouderenadviseur of het Sociaal Wijkteam.',
      ['migranten', 'formulieren', 'inkomen', 'ouderenadvies'],
      { alt: 'yaşlılar danışma saati', lang: ['nl', 'tr'], hours: 'Zaterdag 10.00 - 13.00 uur.', fees: 'Gratis.' },
    ),
    svc(
      'Vrouwengroep "Gül"',
      'Wekelijkse bijeenkomst voor Turkse vrouwen: Nederlandse les op eenvoudig niveau, voorlichting over gezondheid en opvoeding, en gezelligheid. Er is kinderopvang tijdens de les.',
      ['taal', 'migranten', 'ontmoeting', 'opvoeding'],
      { lang: ['nl', 'tr'], hours: 'Dinsdagochtend 9.30 - 11.30 uur.' },
    ),
  ],
);

// ——— Gemeente ———
org(
  {
    name: 'Gemeente Molenrade',
    place: 'Molenrade',
    street: 'Raadhuisplein 1',
    desc: 'Het gemeentehuis van Molenrade is geopend van maandag tot en met vrijdag van 8.30 tot 16.30 uur en op donderdagavond tot 20.00 uur. Het huisvuil (grijze container) wordt in Molenrade op maandag opgehaald, in Olderkerk en Heiligenhoven op dinsdag; het oud papier wordt iedere tweede zaterdag van de maand door de muziekvereniging opgehaald.',
  },
  [
    svc(
      'Zorgloket (Wmo)',
      'Kunt u zich thuis niet meer goed redden, bijvoorbeeld met het huishouden, de was of het vervoer? Dan kunt u zich melden bij het Zorgloket van de gemeente. Een consulent maakt een afspraak voor een gesprek bij u thuis (het keukentafelgesprek) en bekijkt samen met u wat u nodig heeft: huishoudelijke hulp, een rolstoel of scootmobiel, een woningaanpassing, een Wmo-taxipas of dagbesteding. U mag een familielid of een ouderenadviseur meenemen naar het gesprek. Voor de meeste voorzieningen betaalt u een eigen bijdrage via het CAK.',
      ['wmo-loket', 'huishoudelijke-hulp', 'hulpmiddelen', 'woningaanpassing', 'vervoer', 'dagbesteding'],
      { alt: 'Wmo-loket, loket Zorg en Welzijn', fees: 'Eigen bijdrage: maximaal € 21,80 per maand (abonnementstarief).', hours: 'Telefonisch bereikbaar op werkdagen van 8.30 tot 12.30 uur.' },
    ),
    svc(
      'Schuldhulpverlening',
      'Heeft u schulden die u niet meer zelf kunt aflossen? De gemeente biedt schuldhulpverlening: budgetbeheer, een schuldregeling of bewindvoering. Hoe eerder u zich meldt, hoe beter. Een SchuldHulpMaatje van de kerken kan u bij de aanmelding begeleiden.',
      ['schulden'],
      { alt: 'schuldsanering, schuldregeling, budgetbeheer', fees: 'Kosteloos.' },
    ),
    svc(
      'Inkomen en Meedoenpas',
      'Inwoners met een laag inkomen kunnen bij de gemeente terecht voor bijstand, bijzondere bijstand (bijvoorbeeld voor een bril of een gebit dat niet vergoed wordt), kwijtschelding van de gemeentelijke belastingen en de Meedoenpas. Met de Meedoenpas krijgt u korting op de contributie van een vereniging, een cursus of de personenalarmering. Ook AOW-gerechtigden zonder volledige AOW kunnen mogelijk aanvullende hulp krijgen.',
      ['inkomen'],
      { alt: 'bijstand, minimaregelingen, kwijtschelding, AIO', elig: 'Inkomen tot 120% van het sociaal minimum.' },
    ),
    svc(
      'Jeugdteam Molenrade',
      'Voor ouders, kinderen en jongeren tot 18 jaar die vastlopen, bijvoorbeeld bij gedragsproblemen, een scheiding of zorgen over de ontwikkeling van een kind. De jeugdconsulenten bieden zelf begeleiding en kunnen verwijzen naar jeugdhulp.',
      ['jeugdhulp', 'opvoeding'],
      { alt: 'jeugdconsulent, toegang jeugdhulp' },
    ),
    svc(
      'Werkplein Molenrade',
      'Het Werkplein helpt inwoners met een uitkering of zonder werk bij het vinden van betaald werk, een leerwerkplek of een opleiding. Ook jongeren zonder startkwalificatie kunnen hier terecht bij het Jongerenloket.',
      ['werk', 'jongeren'],
      { alt: 'jongerenloket, re-integratie' },
    ),
  ],
);

// ——— Huisarts, apotheek, spoed ———
org(
  {
    name: 'Huisartsenpraktijk De Molenwiek',
    place: 'Molenrade',
    street: 'Molenstraat 51',
    desc: 'Huisartsenpraktijk met drie huisartsen in het centrum van Molenrade. De praktijk is gelijkvloers en goed bereikbaar met rollator en rolstoel.',
  },
  [
    svc(
      'Huisartsenzorg en huisbezoek',
      'Voor een afspraak belt u \'s ochtends tussen 8.00 en 10.00 uur. Kunt u vanwege uw gezondheid niet naar de praktijk komen, dan komt de huisarts bij u thuis. De praktijkondersteuner ouderenzorg bezoekt kwetsbare ouderen thuis en houdt samen met de wijkverpleging en de mantelzorger een oogje in het zeil. Herhaalrecepten kunt u telefonisch of via de receptenlijn aanvragen.',
      ['huisarts'],
      { alt: 'dokter, POH ouderen', hours: 'Maandag t/m vrijdag 8.00 - 17.00 uur.' },
    ),
    svc(
      'Praktijkondersteuner GGZ',
      'Voelt u zich al langere tijd somber, angstig, gespannen of kunt u slecht slapen na een verlies? De praktijkondersteuner GGZ (POH-GGZ) voert enkele gesprekken met u in de praktijk. Dit valt onder de huisartsenzorg en gaat niet van uw eigen risico af. U maakt een afspraak via de huisarts.',
      ['poh-ggz', 'psychische-klachten'],
      { alt: 'POH-GGZ', fees: 'Geen eigen risico.', apply: 'Via de huisarts.' },
    ),
  ],
);

org(
  {
    name: 'Apotheekhoudende Huisartsenpraktijk Olderkerk',
    place: 'Olderkerk',
    street: 'Dorpsstraat 8',
    desc: 'De dorpsdokter van Olderkerk en Heiligenhoven. Omdat er in de dorpen geen apotheek is, geeft de praktijk zelf de medicijnen mee.',
  },
  [
    svc(
      'Huisarts Olderkerk',
      'Dokter Verbeek en dokter Ten Hove kennen hun patiënten vaak al jaren. Spreekuur op afspraak, huisbezoek voor wie slecht ter been is.',
      ['huisarts'],
      { hours: 'Maandag t/m vrijdag 8.00 - 17.00 uur; woensdagmiddag gesloten.', area: ['Molenrade'] },
    ),
    svc(
      'Apotheek in de praktijk',
      'Uw medicijnen kunt u direct na het spreekuur meenemen. Herhaalmedicatie wordt op verzoek in weekrollen verpakt en bij u thuis bezorgd.',
      ['apotheek'],
      { hours: 'Afhalen maandag t/m vrijdag 10.00 - 12.00 en 15.00 - 17.00 uur.' },
    ),
  ],
);

org(
  {
    name: 'Huisartsenpost Graveling',
    place: 'Graveling',
    street: 'Ziekenhuislaan 1',
    desc: 'De huisartsenpost bij het Rivierenziekenhuis in Graveling is er voor de inwoners van Molenrade en omgeving.',
  },
  [
    svc(
      'Huisartsenpost (avond, nacht en weekend)',
      'Bent u \'s avonds, \'s nachts of in het weekend ziek geworden en kan het niet wachten tot uw eigen huisarts weer open is? Belt u dan eerst de huisartsenpost; u kunt er niet zonder afspraak binnenlopen. Een doktersassistente vraagt naar uw klachten en zegt u of u kunt komen, of dat er een arts bij u thuis komt.',
      ['huisartsenpost'],
      { alt: 'dokterswacht, HAP', hours: 'Werkdagen van 17.00 tot 8.00 uur, in het weekend en op feestdagen de hele dag.', area: ALL },
    ),
  ],
);

org(
  {
    name: 'Apotheek De Rade',
    place: 'Molenrade',
    street: 'Marktplein 6',
    desc: 'Apotheek in het centrum van Molenrade, tegenover de markt.',
  },
  [
    svc(
      'Medicijnen, baxterrol en bezorging',
      'Gebruikt u verschillende medicijnen? Dan kunnen wij deze voor u verpakken per innamemoment (de zogenaamde baxterrol), zodat u nooit meer twijfelt of u uw pillen al heeft ingenomen. Wie slecht ter been is, krijgt de medicijnen op dinsdag en vrijdag gratis thuisbezorgd. Eenmaal per jaar bespreken wij graag al uw medicijnen met u (medicatiebeoordeling).',
      ['apotheek'],
      { hours: 'Maandag t/m vrijdag 8.30 - 18.00 uur, zaterdag 10.00 - 12.00 uur.' },
    ),
  ],
);

// ——— Zorg thuis en wonen met zorg ———
org(
  {
    name: 'Zorggroep De Zeven Molens',
    place: 'Molenrade',
    street: 'Rademakerslaan 2',
    desc: 'Zorggroep De Zeven Molens biedt wijkverpleging, dagbesteding en wonen met zorg in Molenrade, Olderkerk en Heiligenhoven. Ons woonzorgcentrum Huize Rademaker ligt aan de rand van het Molenpark.',
  },
  [
    svc(
      'Wijkverpleging',
      'Heeft u hulp nodig bij het wassen en aankleden, het aantrekken van steunkousen, het toedienen van medicijnen of het verzorgen van een wond? De wijkverpleegkundige komt bij u thuis, bekijkt wat u nodig heeft en regelt de zorg. Wijkverpleging wordt vergoed uit de basisverzekering, zonder eigen risico. U heeft geen verwijzing nodig.',
      ['wijkverpleging'],
      { alt: 'thuiszorg, thuisverpleging, persoonlijke verzorging', fees: 'Vergoed door de zorgverzekering, geen eigen risico.', hours: 'Dag en nacht bereikbaar.', area: ALL },
    ),
    svc(
      'Dementieconsulent',
      'Wanneer bij u of uw partner de diagnose dementie is gesteld, of wanneer u zich zorgen maakt over het geheugen, staat de dementieconsulent u en uw familie terzijde. Zij legt uit wat dementie inhoudt, helpt bij het regelen van zorg en blijft uw vaste aanspreekpunt, ook als de zorg zwaarder wordt.',
      ['dementie', 'mantelzorg'],
      { alt: 'casemanager dementie', fees: 'Vergoed door de zorgverzekering.' },
    ),
    svc(
      'Dagbesteding Het Molenpad',
      'Op werkdagen bieden wij dagbesteding voor ouderen met geheugenproblemen of lichamelijke beperkingen: samen koffiedrinken, bewegen, koken, tuinieren en een warme maaltijd. Vervoer van en naar huis kan worden geregeld. Zo heeft de mantelzorger thuis enkele dagen per week wat meer ruimte.',
      ['dagbesteding', 'dementie', 'respijtzorg'],
      { apply: 'Met een indicatie van het Zorgloket (Wmo) of het CIZ.', hours: 'Maandag t/m vrijdag 9.30 - 16.00 uur.' },
    ),
    svc(
      'Logeerkamers Huize Rademaker',
      'Moet uw mantelzorger eens een week op vakantie, of is hij of zij zelf ziek? In Huize Rademaker kunt u tijdelijk logeren, met zorg dag en nacht.',
      ['respijtzorg', 'wonen-met-zorg'],
      { alt: 'logeeropvang, kortdurend verblijf' },
    ),
    svc(
      'Woonzorgcentrum Huize Rademaker en kleinschalig wonen De Kaarsenmakerij',
      'Wanneer thuis wonen echt niet meer gaat, biedt Huize Rademaker een eigen appartement met 24-uurszorg. In De Kaarsenmakerij wonen mensen met dementie in kleine groepen van zeven bewoners in een huiselijke sfeer. Voor opname is een indicatie van het CIZ nodig; wij helpen u graag bij de aanvraag. Er is een wachtlijst.',
      ['wonen-met-zorg', 'dementie'],
      { alt: 'verpleeghuis, verzorgingshuis, psychogeriatrie' },
    ),
  ],
);

org(
  {
    name: 'Thuiszorg Zilverhand B.V.',
    place: 'Molenrade-Oost',
    street: 'Industrieweg 17',
    desc: 'Particuliere thuiszorgorganisatie. Wij werken in opdracht van de gemeente (Wmo) en voor particulieren.',
  },
  [
    svc(
      'Huishoudelijke hulp',
      'Vaste, vriendelijke huishoudelijke hulpen die uw huis schoonhouden, de was doen en de bedden verschonen. Met een indicatie van de gemeente betaalt u alleen de eigen bijdrage; zonder indicatie kunt u ons ook particulier inhuren.',
      ['huishoudelijke-hulp'],
      { alt: 'schoonmaakhulp, hulp in de huishouding', fees: 'Particulier € 31,50 per uur.' },
    ),
    svc(
      'Particuliere nachtzorg en 24-uurszorg',
      'Zorg aan huis in de nacht of rond de klok, bijvoorbeeld in de laatste levensfase of om de mantelzorger te ontlasten. Ook met een persoonsgebonden budget (pgb) in te kopen.',
      ['wijkverpleging', 'respijtzorg', 'palliatief'],
      { alt: 'pgb-zorg, nachtoppas', fees: 'Op offerte.' },
    ),
  ],
);

org(
  {
    name: 'Fysiotherapie & Beweegcentrum Molenrade',
    place: 'Molenrade',
    street: 'Sportlaan 4',
    desc: 'Fysiotherapiepraktijk met oefenzaal en een tak in het dorpshuis van Olderkerk.',
  },
  [
    svc(
      'Fysiotherapie en behandeling aan huis',
      'Voor klachten aan rug, nek en gewrichten, na een heupoperatie of een beroerte. Kunt u niet naar de praktijk komen, dan behandelt de fysiotherapeut u thuis. U kunt zonder verwijzing van de huisarts komen. Vergoeding hangt af van uw aanvullende verzekering.',
      ['fysiotherapie'],
      { alt: 'fysio, oefentherapie' },
    ),
    svc(
      'Cursus "In Balans" (valpreventie)',
      'Bent u de laatste tijd eens gevallen of bent u bang om te vallen? In de cursus In Balans oefent u in een kleine groep uw evenwicht en spierkracht, en leert u hoe u veilig weer opstaat. Vooraf doet de fysiotherapeut een korte valrisicotest.',
      ['valpreventie', 'bewegen'],
      { fees: '€ 60,- voor tien lessen; vaak vergoed door de aanvullende verzekering.', elig: 'Voor thuiswonende 65-plussers.' },
    ),
    svc(
      'Gecombineerde Leefstijlinterventie (GLI)',
      'Onder begeleiding van een leefstijlcoach werkt u twee jaar lang aan gezonder eten, meer bewegen en beter slapen. Voor volwassenen met overgewicht, op verwijzing van de huisarts; vergoed uit de basisverzekering.',
      ['leefstijl', 'dietist-voeding', 'bewegen'],
      { alt: 'leefstijlcoach, CooL' },
    ),
  ],
);

org(
  {
    name: 'Diëtistenpraktijk Van Wijngaarden',
    place: 'Molenrade',
    street: 'Sportlaan 4',
    desc: 'Diëtiste in het Beweegcentrum.',
  },
  [
    svc(
      'Voedingsadvies voor ouderen',
      'Valt u ongewild af, heeft u weinig trek, of moet u een dieet volgen vanwege diabetes, een hartkwaal of nierziekte? De diëtiste geeft u advies op maat, ook bij u thuis. Drie uur per jaar worden vergoed uit de basisverzekering.',
      ['dietist-voeding', 'chronische-ziekte'],
      { alt: 'diëtiste, ondervoeding' },
    ),
  ],
);

org(
  {
    name: 'Tandprothetische Praktijk Molenrade',
    place: 'Molenrade',
    street: 'Wevershof 3',
    desc: 'Specialist in kunstgebitten en klikgebitten.',
  },
  [
    svc(
      'Kunstgebit en reparatie klaar terwijl u wacht',
      'Zit uw kunstgebit niet meer goed, of is het gebroken? De tandprotheticus maakt een nieuwe prothese of repareert de uwe, vaak dezelfde dag. Huisbezoek in het verpleeghuis is mogelijk.',
      ['mondzorg'],
      { alt: 'tandprotheticus, prothese, klikgebit', fees: 'Een volledig kunstgebit wordt voor 75% vergoed uit de basisverzekering.' },
    ),
  ],
);

org(
  {
    name: 'Optiek & Hoorcomfort Van Dalen',
    place: 'Molenrade',
    street: 'Marktplein 12',
    desc: 'Opticien en audicien, familiebedrijf sinds 1961.',
  },
  [
    svc(
      'Oogmeting, hoortest en hoortoestellen',
      'Gratis oogmeting en hoortest. Hoortoestellen worden na verwijzing deels vergoed door uw zorgverzekeraar. Ook bezoeken wij u thuis of in het verzorgingshuis voor het schoonmaken en afstellen van uw hoortoestel. Nieuwe batterijen en loepen verkrijgbaar.',
      ['zintuigen'],
      { alt: 'opticien, audicien, hoorapparaat, bril', hours: 'Dinsdag t/m zaterdag 9.30 - 17.30 uur.' },
    ),
  ],
);

org(
  {
    name: 'Pedicurepraktijk Voetje voor Voetje',
    place: 'Heiligenhoven',
    street: 'Lindelaan 30',
    desc: 'Medisch pedicure, ook aan huis.',
  },
  [
    svc(
      'Medische voetzorg aan huis',
      'Kunt u niet meer bij uw eigen voeten, of heeft u diabetes of reuma? De medisch pedicure knipt uw nagels, verwijdert eelt en likdoorns en let op wondjes. Zij komt bij u thuis in de hele gemeente.',
      ['voetzorg', 'chronische-ziekte'],
      { alt: 'pedicure', fees: '€ 38,- per behandeling aan huis; diabetische voetzorg wordt soms vergoed.' },
    ),
  ],
);

org(
  {
    name: 'GGZ Rivierenland Graveling',
    place: 'Graveling',
    street: 'Parklaan 70',
    desc: 'Instelling voor geestelijke gezondheidszorg met een polikliniek in Graveling en een spreekuur in Molenrade.',
  },
  [
    svc(
      'Ouderenpsychiatrie',
      'Voor ouderen met een depressie, angstklachten, een psychose of gedragsveranderingen bij dementie. De behandeling vindt zo veel mogelijk thuis plaats. Verwijzing door de huisarts is nodig.',
      ['ggz', 'dementie'],
      { alt: 'GGZ ouderen, geriatrische psychiatrie', apply: 'Verwijzing van de huisarts.', area: ALL },
    ),
    svc(
      'Basis GGZ',
      'Kortdurende behandeling voor volwassenen met psychische klachten zoals depressie, angst of burn-out, na verwijzing door de huisarts. Er is momenteel een wachttijd van ongeveer acht weken.',
      ['ggz', 'psychische-klachten'],
      { alt: 'BGGZ, psycholoog', apply: 'Verwijzing van de huisarts.', area: ALL },
    ),
    svc(
      'Training "Signalen herkennen" (preventie zelfdoding)',
      'Hoe herkent u dat iemand in uw omgeving met gedachten aan zelfdoding rondloopt, en hoe maakt u dit bespreekbaar? In deze avondtraining van drie uur leren vrijwilligers, mantelzorgers, kerkelijk werkers en andere betrokkenen de signalen te zien en het gesprek aan te gaan. Ook voor scholen en verenigingen op aanvraag.',
      ['suicidepreventie'],
      { alt: 'gatekeepertraining, suïcidepreventie', fees: 'Gratis voor inwoners.' },
    ),
  ],
);

org(
  {
    name: 'Alzheimer Café Molenrade',
    place: 'Molenrade',
    street: 'Raadhuisplein 3',
    desc: 'Het Alzheimer Café is een ontmoetingsplaats voor mensen met dementie, hun partners, familie en vrienden. Een initiatief van vrijwilligers in samenwerking met de dementieconsulenten.',
  },
  [
    svc(
      'Alzheimer Café',
      'Iedere derde maandag van de maand bent u van harte welkom in het Dienstencentrum. Elke avond heeft een thema, zoals "de eerste signalen", "omgaan met veranderend gedrag" of "wanneer thuis wonen niet meer gaat". Na een korte inleiding is er gelegenheid voor vragen en voor een gesprek met lotgenoten. U hoeft zich niet aan te melden.',
      ['dementie', 'mantelzorg', 'lotgenoten'],
      { fees: 'Gratis, de koffie staat klaar.', hours: 'Derde maandag van de maand, 19.30 - 21.30 uur (zaal open 19.00 uur).' },
    ),
  ],
);

org(
  {
    name: 'VPTZ Molenrade en omstreken',
    alt: 'Vrijwilligers Palliatieve Terminale Zorg',
    place: 'Molenrade',
    street: 'Rademakerslaan 2',
    desc: 'Getrainde vrijwilligers die mensen in de laatste levensfase en hun naasten thuis bijstaan.',
  },
  [
    svc(
      'Vrijwillige terminale thuiszorg',
      'Wanneer uw naaste thuis wil sterven, kan dat voor u als mantelzorger zwaar zijn. Onze vrijwilligers waken overdag of \'s nachts bij de zieke, zodat u even kunt rusten. Zij zijn er ook voor een gesprek. De vrijwilligers verlenen geen verpleegkundige zorg; die blijft bij de wijkverpleging.',
      ['palliatief', 'respijtzorg', 'mantelzorg'],
      { alt: 'waken, terminale zorg', fees: 'Kosteloos.', hours: 'Coördinator dag en nacht bereikbaar.' },
    ),
  ],
);

org(
  {
    name: 'Hospice Het Molenhuis',
    place: 'Olderkerk',
    street: 'Molenweg 88',
    desc: 'Bijna-thuis-huis met vier kamers aan de rand van Olderkerk.',
  },
  [
    svc(
      'Verblijf in het hospice',
      'Wanneer u niet meer thuis kunt of wilt sterven, biedt Het Molenhuis een huiselijke plek voor de laatste weken van uw leven. Uw eigen huisarts blijft uw arts; vrijwilligers en verpleegkundigen zorgen dag en nacht voor u. Familie kan altijd komen, ook blijven slapen.',
      ['palliatief'],
      { alt: 'bijna-thuis-huis', fees: 'Eigen bijdrage € 40,- per dag.' },
    ),
  ],
);

org(
  {
    name: 'Uitvaartverzorging Kortekaas & Zn.',
    place: 'Molenrade',
    street: 'Lijnbaan 19',
    desc: 'Familiebedrijf in uitvaartverzorging sinds 1921, voor alle gezindten.',
  },
  [
    svc(
      'Uitvaartverzorging en wensenregister',
      'Wij verzorgen begrafenissen en crematies in Molenrade, Olderkerk, Heiligenhoven en Graveling, naar uw wensen en uw geloofsovertuiging. Bij ons kunt u ook kosteloos uw uitvaartwensen laten vastleggen, zodat uw kinderen later weten wat u wilde. Na de uitvaart komen wij nog eens bij de nabestaanden langs.',
      ['uitvaart', 'levenseinde'],
      { alt: 'begrafenisondernemer', hours: 'Dag en nacht bereikbaar.' },
    ),
  ],
);

org(
  {
    name: 'Notariskantoor Van der Wiel',
    place: 'Molenrade',
    street: 'Kerkstraat 5',
    desc: 'Notariaat voor familie, erfrecht en onroerend goed.',
  },
  [
    svc(
      'Levenstestament en testament',
      'In een levenstestament legt u vast wie uw zaken mag regelen wanneer u dat zelf niet meer kunt, bijvoorbeeld door dementie, en wat uw medische wensen zijn. Ook voor een testament, schenking of vragen over erven. Het eerste gesprek van een half uur is kosteloos, ook bij u thuis.',
      ['levenseinde', 'juridisch'],
      { alt: 'notaris, volmacht', fees: 'Levenstestament vanaf € 595,-.' },
    ),
  ],
);

org(
  {
    name: 'NVVE Steunpunt Oostmaasland',
    alt: 'Vereniging voor een Vrijwillig Levenseinde, regio',
    place: 'Graveling',
    street: 'Stationsweg 41',
    desc: 'Regionale afdeling van de vereniging voor een vrijwillig levenseinde.',
  },
  [
    svc(
      'Informatie over wilsverklaring en euthanasie',
      'Vrijwillige consulenten geven voorlichting over het opstellen van een schriftelijke wilsverklaring, een niet-reanimerenverklaring en over wat de wet zegt over euthanasie. Zij helpen u ook het gesprek met uw huisarts voor te bereiden. Informatiebijeenkomsten in De Zilveren Wiek.',
      ['levenseinde'],
      { alt: 'euthanasieverklaring, niet-reanimeren', fees: 'Gratis voor leden.', area: ALL },
    ),
  ],
);

// ——— Geld, recht, wonen ———
org(
  {
    name: 'Voedselbank Molenrade e.o.',
    place: 'Molenrade-Oost',
    street: 'Industrieweg 9',
    desc: 'Stichting van vrijwilligers die voedselpakketten verstrekt aan huishoudens die tijdelijk niet rond kunnen komen.',
  },
  [
    svc(
      'Voedselpakketten',
      'Eenmaal per week kunt u een gratis pakket met levensmiddelen ophalen. Om in aanmerking te komen, wordt uw inkomen en uitgaven bekeken door een intaker; u kunt zich aanmelden via het Sociaal Wijkteam, SchuldHulpMaatje of de huisarts. Ouderen die niet kunnen komen, krijgen het pakket thuisbezorgd.',
      ['voedselhulp'],
      { hours: 'Uitgifte vrijdag 14.00 - 16.00 uur.', apply: 'Via een verwijzer.' },
    ),
  ],
);

org(
  {
    name: 'Woonstichting De Molenaar',
    place: 'Molenrade',
    street: 'Havenkade 1',
    desc: 'Woningcorporatie met ruim 5.000 huurwoningen in de gemeente Molenrade.',
  },
  [
    svc(
      'Seniorenwoningen en verhuizen',
      'Wordt uw huis te groot of is de trap te steil? De Molenaar heeft gelijkvloerse seniorenwoningen en appartementen met lift. Een wooncoach denkt met u mee over verhuizen en helpt bij het inschrijven. 65-plussers die een eengezinswoning achterlaten, krijgen voorrang en een verhuisvergoeding.',
      ['woning'],
      { alt: 'wooncoach, huurwoning, doorstroming', hours: 'Balie open maandag t/m donderdag 9.00 - 12.30 uur.' },
    ),
    svc(
      'Huurachterstand? Bel ons op tijd',
      'Heeft u moeite de huur te betalen? Neemt u dan zo snel mogelijk contact op. Wij maken een betalingsregeling en verwijzen u zo nodig door naar de schuldhulpverlening. Zo voorkomen wij samen een ontruiming.',
      ['schulden', 'woning'],
      { alt: 'betalingsregeling huur' },
    ),
  ],
);

org(
  {
    name: 'Traplift Centrale Oost B.V.',
    place: 'Graveling',
    street: 'Bedrijvenpark Zuid 12',
    desc: 'Leverancier van trapliften, badliften en douchestoelen.',
  },
  [
    svc(
      'Trapliften, nieuw en gebruikt',
      'Blijf langer in uw eigen huis wonen met een traplift. Gratis adviesgesprek aan huis, levering binnen 3 weken, 24-uurs storingsdienst. Ook huur of een gereviseerde lift. Werkt samen met de Wmo.',
      ['woningaanpassing'],
      { alt: 'stoellift', area: ALL },
    ),
  ],
);

org(
  {
    name: 'Thuiszorgwinkel De Zorgzame Hand',
    place: 'Molenrade',
    street: 'Marktplein 2',
    desc: 'Winkel en uitleenpunt voor hulpmiddelen.',
  },
  [
    svc(
      'Uitleen en verkoop van hulpmiddelen',
      'Na een ziekenhuisopname heeft u vaak tijdelijk een rolstoel, krukken, een douchestoel of een hoog-laagbed nodig. Die kunt u bij ons lenen, de eerste drie maanden meestal kosteloos. Ook verkopen wij rollators, scootmobielen, grijpers en aangepast bestek.',
      ['hulpmiddelen'],
      { alt: 'uitleenwinkel, rollator, scootmobiel', hours: 'Maandag t/m vrijdag 9.00 - 17.00 uur, zaterdag 10.00 - 13.00 uur.' },
    ),
  ],
);

org(
  {
    name: 'Rechtswinkel Molenrade',
    place: 'Molenrade',
    street: 'Kerkstraat 22',
    desc: 'Gratis juridisch spreekuur door rechtenstudenten en gepensioneerde juristen, in de bibliotheek.',
  },
  [
    svc(
      'Gratis juridisch spreekuur',
      'Voor vragen over huur, erfenis, een ontslag, een conflict met de buren, een echtscheiding of een aankoop die misging. Wij geven advies en verwijzen zo nodig naar een advocaat met toevoeging.',
      ['juridisch'],
      { alt: 'rechtshulp, advocaat', hours: 'Donderdagavond 19.00 - 20.30 uur, zonder afspraak.' },
    ),
  ],
);

org(
  {
    name: 'Stichting Onderdak Graveling',
    place: 'Graveling',
    street: 'Veerstraat 3',
    desc: 'Maatschappelijke opvang voor de regio, ook voor inwoners van Molenrade.',
  },
  [
    svc(
      'Nachtopvang en begeleid wonen',
      'Wie geen dak boven het hoofd heeft, kan in de nachtopvang terecht voor een bed, een douche en een maaltijd. Overdag helpen begeleiders bij het zoeken naar woonruimte, inkomen en een adres voor de post.',
      ['dakloosheid'],
      { alt: 'daklozenopvang, postadres', hours: 'Nachtopvang vanaf 21.00 uur.', area: ALL },
    ),
  ],
);

// ——— Digitaal, taal, nieuwkomers ———
org(
  {
    name: 'Bibliotheek Molenrade',
    place: 'Molenrade',
    street: 'Kerkstraat 22',
    desc: 'Openbare bibliotheek met vestigingen in Molenrade en (kleiner) in het dorpshuis van Olderkerk. Open maandag t/m zaterdag.',
  },
  [
    svc(
      'Digitaal Café voor senioren',
      'Wilt u leren werken met uw tablet of smartphone, videobellen met de kleinkinderen, of met DigiD inloggen bij de overheid? In het Digitaal Café helpen vrijwilligers u geduldig op weg, in uw eigen tempo. Neemt u uw eigen apparaat mee.',
      ['digitaal'],
      { alt: 'computerhulp, tablethulp', hours: 'Woensdagochtend 10.00 - 12.00 uur.', fees: 'Gratis.' },
    ),
    svc(
      'Informatiepunt Digitale Overheid',
      'Hulp bij het aanvragen van een DigiD, het inloggen bij Mijn Belastingdienst, de SVB of het UWV, of bij het vinden van informatie op de website van de gemeente.',
      ['digitaal', 'formulieren'],
      { alt: 'IDO', hours: 'Tijdens openingstijden van de bibliotheek.' },
    ),
    svc(
      'Taalhuis',
      'Heeft u moeite met lezen, schrijven of rekenen? U bent niet de enige. In het Taalhuis kunt u, zonder dat iemand het hoeft te weten, oefenen met een vrijwillige taalcoach. Ook voor anderstaligen die beter Nederlands willen spreken.',
      ['taal'],
      { alt: 'taalcafé, taalmaatje, laaggeletterdheid', fees: 'Gratis.' },
    ),
    svc(
      'Cursus "Klik & Tik" voor beginners',
      'De computercursus Klik & Tik voor absolute beginners is tijdelijk gestopt wegens gebrek aan docenten.',
      ['digitaal'],
      { status: 'inactive', phone: false },
    ),
  ],
);

org(
  {
    name: 'Stichting Welkom Molenrade',
    place: 'Molenrade',
    street: 'Raadhuisplein 3',
    desc: 'Vrijwilligersorganisatie die statushouders en andere nieuwkomers wegwijs maakt in Molenrade.',
  },
  [
    svc(
      'Maatschappelijke begeleiding statushouders',
      'Nieuwe inwoners met een verblijfsvergunning worden het eerste jaar begeleid bij het inrichten van hun woning, het aanvragen van toeslagen, de inburgering en het vinden van de weg naar huisarts en school.',
      ['migranten', 'formulieren', 'taal'],
      { alt: 'vluchtelingen, inburgering' },
    ),
    svc(
      'Newcomers Welcome Desk',
      'Recently moved to Molenrade from abroad? Volunteers at the Welcome Desk help international residents and their families in English: how to register with a GP (huisarts), find a dentist, understand letters from the municipality and the tax office, and meet people. Free of charge, no appointment needed.',
      ['migranten', 'formulieren'],
      { alt: 'expat help desk', lang: ['en', 'nl'], hours: 'Saturday 10.00 - 12.00.', fees: 'Free.' },
    ),
  ],
);

org(
  {
    name: 'International Fellowship Molenrade',
    place: 'Molenrade',
    street: 'Kerkplein 1',
    desc: 'An English-speaking Christian community meeting in the St. Jan\'s church hall.',
  },
  [
    svc(
      'Sunday service and coffee for internationals',
      'Worship in English every Sunday at 4 pm, followed by coffee and a shared meal. Our pastor is available for personal conversations, hospital visits and support after a loss. Everyone welcome, whatever your background.',
      ['zingeving', 'ontmoeting', 'migranten'],
      { lang: ['en'] },
    ),
  ],
);

// ——— Jeugd en gezin (door de vereniging beschreven) ———
org(
  {
    name: 'Centrum voor Jeugd en Gezin Molenrade',
    alt: 'CJG',
    place: 'Nieuw-Rade',
    street: 'Kievitslaan 1',
    desc: 'Het CJG is er voor ouders en opvoeders, en zeker ook voor grootouders die op de kleinkinderen passen.',
  },
  [
    svc(
      'Consultatiebureau',
      'Op het consultatiebureau worden baby\'s en peuters gewogen en gemeten en krijgen zij hun vaccinaties. Ouders kunnen er terecht met al hun vragen over voeding, slapen en groei. Grootouders mogen natuurlijk mee.',
      ['jgz'],
      { alt: 'JGZ, jeugdverpleegkundige, inentingen', elig: 'Kinderen van 0 tot 4 jaar.' },
    ),
    svc(
      'Opvoedspreekuur, ook voor grootouders',
      'Vragen over driftbuien, zindelijkheid, pesten of puberteit? Een pedagoog denkt met u mee. Speciaal voor opa\'s en oma\'s is er tweemaal per jaar een bijeenkomst "Opvoeden is van nu", over hoe opvoeden veranderd is sinds uw eigen kinderen klein waren.',
      ['opvoeding'],
      { alt: 'pedagoog, opvoedondersteuning', hours: 'Maandagmiddag 13.00 - 15.00 uur, zonder afspraak.' },
    ),
  ],
);

org(
  {
    name: 'Verloskundigenpraktijk De Wieg',
    place: 'Nieuw-Rade',
    street: 'Kievitslaan 3',
    desc: 'Verloskundigen voor Molenrade, Olderkerk en Heiligenhoven.',
  },
  [
    svc(
      'Verloskundige zorg en kraamzorg',
      'Controles tijdens de zwangerschap, begeleiding bij de bevalling thuis of in het ziekenhuis, en nazorg. Wij helpen u ook de kraamzorg te regelen.',
      ['zwangerschap'],
      { alt: 'verloskundige, vroedvrouw, kraamhulp' },
    ),
  ],
);

org(
  {
    name: 'Huiswerkklas De Uil',
    place: 'Nieuw-Rade',
    street: 'Zeisweg 2',
    desc: 'Gepensioneerde leraren van Het Zilveren Rad geven huiswerkbegeleiding in De Schuur.',
  },
  [
    svc(
      'Huiswerkbegeleiding door gepensioneerde leerkrachten',
      'Scholieren die wel een steuntje in de rug kunnen gebruiken bij rekenen, taal of het plannen van hun huiswerk, zijn welkom bij onze gepensioneerde leerkrachten. Een mooie brug tussen jong en oud.',
      ['jongeren'],
      { hours: 'Maandag en donderdag 15.30 - 17.30 uur.', fees: 'Gratis.' },
    ),
  ],
);

// ——— Verslaving, geweld, beperking ———
org(
  {
    name: 'Verslavingszorg Oostmaas',
    alt: 'VZO',
    place: 'Graveling',
    street: 'Parklaan 72',
    desc: 'Regionale instelling voor verslavingszorg, met een spreekuur in Molenrade.',
  },
  [
    svc(
      'Hulp bij alcohol en medicijngebruik bij ouderen',
      'Een glaasje om de eenzaamheid te verdrijven of om beter te slapen wordt soms onopgemerkt een probleem, en ook slaap- en kalmeringsmiddelen kunnen verslavend zijn. Onze consulenten bieden, ook aan huis, een vertrouwelijk gesprek en begeleiding. Ook familieleden zijn welkom. Voor drugs- en gokproblemen kunt u eveneens bij ons terecht.',
      ['verslaving'],
      { alt: 'verslavingszorg, alcoholhulp, gokverslaving', area: ALL, hours: 'Spreekuur in Molenrade donderdag 13.00 - 16.00 uur.' },
    ),
  ],
);

org(
  {
    name: 'AA-groep "Het Nieuwe Begin"',
    place: 'Molenrade',
    street: 'Achter de Kerk 5',
    desc: 'Zelfhulpgroep van de Anonieme Alcoholisten.',
  },
  [
    svc(
      'AA-bijeenkomst',
      'Open bijeenkomst voor iedereen die wil stoppen met drinken. Geen aanmelding, geen kosten, geen namen.',
      ['verslaving', 'lotgenoten'],
      { alt: 'Anonieme Alcoholisten', hours: 'Maandagavond 20.00 uur.', phone: false },
    ),
  ],
);

org(
  {
    name: 'Steunpunt Huiselijk Geweld Oostmaasland',
    place: 'Graveling',
    street: 'Postbus 120',
    secretAddress: true,
    desc: 'Regionale hulp bij huiselijk geweld, met een opvanghuis op een geheim adres.',
  },
  [
    svc(
      'Advies en begeleiding bij huiselijk geweld',
      'Wordt u thuis geslagen, bedreigd, vernederd of gecontroleerd door uw partner, kind of een ander familielid? Ook op oudere leeftijd komt dit voor. Onze hulpverleners bieden gesprekken, een veiligheidsplan en begeleiding, ook aan de pleger. Zo nodig is er een plek in ons opvanghuis op een geheim adres.',
      ['huiselijk-geweld', 'ouderenmishandeling'],
      { alt: 'vrouwenopvang, blijf-van-mijn-lijfhuis', area: ALL },
    ),
  ],
);

org(
  {
    name: 'Stichting Meedoen Oostmaas',
    place: 'Molenrade',
    street: 'Raadhuisplein 3',
    desc: 'Onafhankelijke cliëntondersteuning voor mensen met een beperking en hun familie.',
  },
  [
    svc(
      'Cliëntondersteuning bij een beperking',
      'Heeft u of uw kind een verstandelijke of lichamelijke beperking, autisme of niet-aangeboren hersenletsel (na een beroerte of ongeluk)? Onze cliëntondersteuners helpen u uw weg te vinden in de regelingen, bereiden samen met u het gesprek met de gemeente of het zorgkantoor voor, en denken mee over wonen, werk en dagbesteding. Ook helpen wij bij een pgb-aanvraag.',
      ['clientondersteuning', 'beperking'],
      { alt: 'MEE, NAH', fees: 'Gratis.' },
    ),
  ],
);

org(
  {
    name: 'Zorgboerderij De Hoge Wei',
    place: 'Heiligenhoven',
    street: 'Hoge Weiweg 4',
    desc: 'Zorgboerderij met dieren, moestuin en een boerderijwinkel.',
  },
  [
    svc(
      'Dagbesteding op de boerderij',
      'Op de boerderij helpen deelnemers mee met het voeren van de dieren, het werk in de moestuin en de winkel. Voor mensen met een verstandelijke beperking, niet-aangeboren hersenletsel of beginnende dementie die graag buiten bezig zijn. Met Wmo-indicatie of pgb.',
      ['dagbesteding', 'beperking', 'dementie'],
      { alt: 'zorgboerderij' },
    ),
    svc(
      'Boerderijwinkel',
      'Verse eieren, groenten en zuivel van eigen land. Bestellingen kunnen op vrijdag bij ouderen in Heiligenhoven worden bezorgd.',
      ['boodschappen'],
      { hours: 'Woensdag t/m zaterdag 9.00 - 17.00 uur.', area: ['Molenrade'] },
    ),
  ],
);

// ——— Lotgenoten en chronische ziekte ———
org(
  {
    name: 'Parkinson Café Molenrade',
    place: 'Molenrade',
    street: 'Rademakerslaan 2',
    desc: 'Ontmoetingsplaats voor mensen met de ziekte van Parkinson en hun naasten.',
  },
  [
    svc(
      'Parkinson Café',
      'Zes keer per jaar een middag met informatie van een neuroloog, fysiotherapeut of logopedist, en tijd voor een gesprek met anderen die met Parkinson leven.',
      ['chronische-ziekte', 'lotgenoten'],
      { hours: 'Tweede zaterdag van de even maanden, 14.00 - 16.00 uur.', phone: false },
    ),
  ],
);

org(
  {
    name: 'Diabetesvereniging afdeling Molenrade',
    place: 'Molenrade',
    street: 'Molenstraat 14',
    desc: 'Vrijwilligersafdeling van de patiëntenvereniging voor mensen met diabetes.',
  },
  [
    svc(
      'Voorlichting en wandelgroep voor mensen met diabetes',
      'Informatiebijeenkomsten over suikerziekte, voeding en medicijnen, en iedere zaterdagochtend een wandelgroep van een uur. Ook uw partner is welkom.',
      ['chronische-ziekte', 'lotgenoten', 'bewegen'],
      { alt: 'suikerziekte' },
    ),
  ],
);

org(
  {
    name: 'Stichting Zicht Oostmaas',
    place: 'Graveling',
    street: 'Stationsweg 8',
    desc: 'Ondersteuning voor blinde en slechtziende mensen.',
  },
  [
    svc(
      'Ambulante begeleiding bij slechtziendheid',
      'Gaat uw zicht achteruit door bijvoorbeeld maculadegeneratie? Een ambulant begeleider komt bij u thuis, adviseert over loepen, verlichting en spraaksoftware, en leert u omgaan met een witte stok. Zonder kosten, op verwijzing van de oogarts of huisarts.',
      ['zintuigen', 'beperking'],
      { alt: 'blind, slechtziend, macula', area: ALL },
    ),
  ],
);

// ——— Bewegen en ontmoeten ———
org(
  {
    name: 'Meer Bewegen voor Ouderen Molenrade',
    alt: 'MBvO',
    place: 'Molenrade',
    street: 'Sportlaan 10',
    desc: 'Vereniging die sinds 1978 gymnastiek en sport voor 55-plussers verzorgt.',
  },
  [
    svc(
      'Seniorengym, stoelyoga en volksdansen',
      'Gymnastiek op muziek, ook zittend op een stoel, in de sporthal en de dorpshuizen. Iedere week, onder deskundige leiding, zonder prestatiedruk. Na afloop drinken wij samen koffie. Nieuwe leden mogen twee keer gratis meedoen.',
      ['bewegen', 'ontmoeting'],
      { alt: 'ouderengym, GALM', fees: '€ 7,50 per maand; korting met de Meedoenpas.', hours: 'Maandag en donderdag 10.00 uur (Molenrade), dinsdag 14.00 uur (Olderkerk en Heiligenhoven).' },
    ),
    svc(
      'Zwemmen voor 55-plussers',
      'Rustig baantjes zwemmen of aquajoggen in het verwarmde binnenbad, met een badmeester die helpt bij het in- en uitstappen.',
      ['bewegen'],
      { hours: 'Woensdagochtend 9.00 - 10.30 uur.', at: { name: 'Zwembad De Molenkolk', street: 'Sportlaan 12', place: 'Molenrade' } },
    ),
  ],
);

org(
  {
    name: 'Dorpshuis De Kerkeweide',
    place: 'Olderkerk',
    street: 'Brink 7',
    desc: 'Het dorpshuis van Olderkerk, met café, zaaltjes en een kleine bibliotheek.',
  },
  [
    svc(
      'Koffie-inloop en dorpsondersteuner',
      'Iedere werkdag van 10.00 tot 12.00 uur staat de koffie klaar. Op donderdag is de dorpsondersteuner aanwezig, bij wie u terecht kunt met vragen over zorg, wonen en welzijn en over de voorzieningen in het dorp.',
      ['ontmoeting', 'ouderenadvies', 'eenzaamheid'],
      { alt: 'dorpsondersteuner' },
    ),
  ],
);

org(
  {
    name: 'Dorpsbelangen Heiligenhoven',
    place: 'Heiligenhoven',
    street: 'Kapelstraat 2',
    desc: 'Vereniging van inwoners van Heiligenhoven.',
  },
  [
    svc(
      'Burenhulp Heiligenhoven',
      'In ons dorp helpen wij elkaar. Via de burenhulplijn kunt u een dorpsgenoot vragen om een boodschap, een ritje naar de dokter in Molenrade, een klusje of een bezoekje. Helpen kan ook: meldt u aan als burenhelper.',
      ['boodschappen', 'vervoer', 'klussen', 'vrijwilligerswerk'],
      { alt: 'burenhulplijn', fees: 'Gratis; voor ritten een kleine vergoeding.' },
    ),
  ],
);

org(
  {
    name: 'Vereniging Het Lichtpunt Molenrade',
    place: 'Molenrade',
    street: 'Wiekenlaan 18',
    desc: 'Vrijwilligers die zieken, mensen met een beperking en alleenstaande ouderen bezoeken en er met hen op uit trekken.',
  },
  [
    svc(
      'Ziekenbezoek en vakantieweek',
      'Onze vrijwilligers bezoeken zieken en mensen met een beperking thuis of in het verpleeghuis. Ieder jaar gaan wij met een groep gasten een week op vakantie in een aangepast hotel, met verpleegkundige zorg aan boord.',
      ['eenzaamheid', 'vakantie', 'beperking'],
      { alt: 'aangepaste vakantie' },
    ),
  ],
);

// ——— Veiligheid, EHBO, overig ———
org(
  {
    name: 'Brandweer Oostmaasland, post Molenrade',
    place: 'Molenrade-Oost',
    street: 'Brandweerstraat 1',
    desc: 'Vrijwillige brandweer van Molenrade.',
  },
  [
    svc(
      'Gratis huisbezoek "Brandveilig wonen" voor ouderen',
      'Een brandweervrijwilliger komt bij u langs om samen te kijken naar rookmelders, elektrische apparaten en vluchtwegen, en plaatst zo nodig gratis een rookmelder.',
      ['veiligheid'],
      { alt: 'rookmelder' },
    ),
  ],
);

org(
  {
    name: 'Wijkagenten Molenrade',
    place: 'Molenrade',
    street: 'Raadhuisplein 5',
    desc: 'De wijkagenten van de politie voor Molenrade, Olderkerk en Heiligenhoven.',
  },
  [
    svc(
      'Voorlichting over babbeltrucs en oplichting',
      'Oplichters aan de deur of aan de telefoon ("Mam, mijn telefoon is kapot") hebben het vaak op ouderen gemunt. De wijkagent geeft, op verzoek ook in uw soos of bij uw kerk, voorlichting over hoe u zich daartegen beschermt. Voor aangifte of een niet-spoedeisende melding kunt u het algemene nummer van de politie bellen.',
      ['veiligheid'],
      { alt: 'wijkagent, oplichting, phishing, WhatsApp-fraude', phone: false },
    ),
  ],
);

org(
  {
    name: 'EHBO-vereniging Molenrade',
    place: 'Molenrade',
    street: 'Sportlaan 10',
    desc: 'Vereniging voor eerste hulp bij ongelukken.',
  },
  [
    svc(
      'Cursussen EHBO, reanimatie en AED',
      'Leer in twee avonden hoe u moet reanimeren en een AED gebruikt, of volg de volledige EHBO-cursus. Speciale cursus "Eerste hulp aan kinderen" voor ouders en grootouders.',
      ['ehbo'],
      { alt: 'reanimatiecursus, eerste hulp', fees: 'Reanimatie en AED € 45,-; EHBO-diploma € 195,-.' },
    ),
  ],
);

org(
  {
    name: 'Lotgenotengroep Nabestaanden na Zelfdoding',
    place: 'Graveling',
    street: 'Parklaan 70',
    desc: 'Gespreksgroep voor mensen die een dierbare hebben verloren door zelfdoding.',
  },
  [
    svc(
      'Gespreksgroep voor nabestaanden',
      'Het verlies van een dierbare door zelfdoding roept vaak vragen op die moeilijk te delen zijn. Eens per maand komen nabestaanden samen, ook als het verlies al vele jaren geleden is, onder begeleiding van een ervaringsdeskundige en een rouwtherapeut.',
      ['rouw', 'lotgenoten', 'suicidepreventie'],
      { alt: 'nabestaanden suïcide', area: ALL, hours: 'Eerste dinsdag van de maand, 19.30 uur.' },
    ),
  ],
);

org(
  {
    name: 'Centrum voor Levensvragen Oostmaasland',
    place: 'Graveling',
    street: 'Stationsweg 41',
    desc: 'Geestelijk verzorgers die thuis komen, voor mensen van elk geloof of zonder geloof.',
  },
  [
    svc(
      'Geestelijke verzorging thuis',
      'Bent u ernstig ziek, worstelt u met ouder worden, verlies of de zin van het leven? Een geestelijk verzorger komt bij u thuis voor een gesprek. Voor 50-plussers en mensen in de laatste levensfase worden de gesprekken vergoed.',
      ['zingeving', 'palliatief', 'rouw'],
      { alt: 'levensvragen, humanistisch raadsman', fees: 'Voor 50-plussers kosteloos.', area: ALL },
    ),
  ],
);

org(
  {
    name: 'Kringloopwinkel De Wiek',
    place: 'Molenrade-Oost',
    street: 'Industrieweg 21',
    desc: 'Tweedehands meubels, kleding en huisraad. Ophaaldienst voor uw overtollige spullen.',
  },
  [
    svc(
      'Leerwerkplekken en vrijwilligerswerk',
      'In onze winkel en werkplaats werken vrijwilligers en mensen die na een periode zonder werk weer ritme willen opdoen, onder begeleiding van een werkmeester.',
      ['werk', 'vrijwilligerswerk'],
      { hours: 'Winkel dinsdag t/m zaterdag 10.00 - 17.00 uur.' },
    ),
    svc(
      'Gratis ophalen van inboedel',
      'Gaat u kleiner wonen of verhuist u naar het verzorgingshuis? Wij halen bruikbare meubels en huisraad gratis bij u op. Ook ontruimen wij (tegen betaling) complete woningen.',
      ['woning'],
      { alt: 'woningontruiming' },
    ),
  ],
);

org(
  {
    name: 'Bakkerij Van Rooij',
    place: 'Olderkerk',
    street: 'Dorpsstraat 15',
    desc: 'Warme bakker sinds 1898.',
  },
  [
    svc(
      'Brood en boodschappen aan huis',
      'Iedere dinsdag en vrijdag bezorgen wij vers brood, en op bestelling ook melk, kaas en kruidenierswaren, bij ouderen in Olderkerk en Heiligenhoven. Bestellen kan telefonisch de dag tevoren.',
      ['boodschappen'],
      { area: ['Molenrade'] },
    ),
  ],
);

org(
  {
    name: 'Taxibedrijf Heuvelman',
    place: 'Molenrade',
    street: 'Stationsplein 1',
    desc: 'Taxi- en rolstoelvervoer, uitvoerder van de regiotaxi.',
  },
  [
    svc(
      'Regiotaxi en rolstoeltaxi',
      'Met een Wmo-pas reist u voor een gereduceerd tarief met de regiotaxi, van deur tot deur, ook met rolstoel of scootmobiel. Ritten minstens een uur van tevoren bestellen. Ook voor ziekenhuisritten die door de zorgverzekeraar worden vergoed.',
      ['vervoer'],
      { alt: 'deeltaxi, Wmo-vervoer, zittend ziekenvervoer', hours: 'Dagelijks van 6.00 tot 0.30 uur.', area: ALL },
    ),
  ],
);
