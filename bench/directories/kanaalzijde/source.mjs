// Kanaalzijde: a fictional sociale kaart (SAMPLE DATA, FICTIONAL) for a made-up city district of
// about 110,000 residents along a canal, published by a large welfare foundation (Stichting
// Welzijn Kanaalzijde). Publisher style: long professional texts in policy language (doelgroep,
// toeleiding, outreachend, integraal, laagdrempelig, casusregie), many target-group labels,
// service names that are programme brand names with the real content only in the description,
// several services in Arabic, Tigrinya, Polish, Turkish or English. Held out: written for the
// benchmark before any engine ran on it. Every name, street, postal code (0400-0449) is invented.
import { addingTo, svc } from '../write-directory.mjs';

export const TOPICS = {
  huisarts: 'huisartsenzorg overdag: inschrijven bij een huisarts, spreekuur, lichamelijke klachten',
  huisartsenpost: 'huisartsenpost: dringende medische zorg buiten kantoortijd (avond, nacht, weekend)',
  'poh-ggz': 'praktijkondersteuner GGZ bij de huisarts: kortdurende begeleiding bij psychische klachten',
  'psychische-klachten': 'lichte psychische klachten, stress, somberheid, piekeren: preventie, cursussen en laagdrempelige gesprekken',
  'ggz-basis': 'basis-GGZ: kortdurende psychologische behandeling (psycholoog, verwijzing huisarts)',
  'ggz-specialistisch': 'specialistische GGZ: behandeling en begeleiding bij ernstige of langdurige psychische aandoeningen (EPA), FACT',
  'herstel-lotgenoten': 'herstel en lotgenotencontact: herstelacademie, ervaringsdeskundigen, zelfhulpgroepen bij psychische kwetsbaarheid',
  verslaving: 'hulp bij verslaving of problematisch gebruik: alcohol, drugs, gokken, gamen',
  suicidepreventie: 'suïcidepreventie: training, voorlichting en ondersteuning rond zelfdoding (geen acute hulp)',
  jeugdhulp: 'jeugdhulp: hulp voor kinderen en jongeren met problemen (gedrag, psychisch, gezin), toegang jeugdteam',
  opvoedondersteuning: 'opvoedondersteuning: vragen over opvoeden en opgroeien, oudercursussen, gezinscoaching',
  jgz: 'jeugdgezondheidszorg: consultatiebureau, vaccinaties, groei en ontwikkeling 0-18',
  zwangerschap: 'zwangerschap en kraamtijd: verloskundige, kraamzorg, zwangerschapsbegeleiding, eerste 1000 dagen',
  kinderopvang: 'kinderopvang, peuteropvang en buitenschoolse opvang',
  jongerenwerk: 'jongerenwerk: activiteiten, ontmoeting en begeleiding voor jongeren 12-23',
  studenten: 'ondersteuning voor studenten: studentenwelzijn, studentenpsycholoog, decanaat',
  'school-leerplicht': 'school en leerplicht: schoolverzuim, voortijdig schoolverlaten, terug naar school',
  'ouderen-activiteiten': 'activiteiten en welzijn voor ouderen: ontmoeting, soos, bewegen voor senioren',
  ouderenadvies: 'ouderenadvies: informatie en advies over wonen, zorg en welzijn voor ouderen, preventief huisbezoek',
  valpreventie: 'valpreventie: vallen voorkomen bij ouderen, valtest, balanstraining',
  wijkverpleging: 'wijkverpleging en thuiszorg: verpleging en persoonlijke verzorging thuis',
  'huishoudelijke-hulp': 'hulp in het huishouden (Wmo of particulier): schoonmaken, was',
  wijkteam: 'sociaal wijkteam / toegang sociaal domein: Wmo-aanvraag, keukentafelgesprek, hulp bij meerdere problemen',
  clientondersteuning: 'onafhankelijke cliëntondersteuning: iemand die meegaat en helpt bij aanvraag zorg (Wmo, Wlz, Jeugdwet)',
  mantelzorg: 'ondersteuning van mantelzorgers: advies, lotgenoten, mantelzorgwaardering, jonge mantelzorgers',
  respijtzorg: 'respijtzorg: tijdelijke overname van de zorg zodat de mantelzorger even vrij is, logeeropvang',
  dementie: 'dementie: casemanagement, informatie, Alzheimer Café, ondersteuning voor mensen met dementie en naasten',
  dagbesteding: 'dagbesteding: zinvolle dagactiviteiten voor ouderen of mensen met een beperking',
  beperking: 'ondersteuning voor mensen met een verstandelijke, lichamelijke beperking of autisme (LVB, NAH)',
  'hulpmiddelen-vervoer': 'hulpmiddelen en vervoer: rolstoel, scootmobiel, woningaanpassing, regiotaxi, Wmo-vervoer',
  maaltijden: 'maaltijdvoorziening: maaltijden aan huis of samen eten',
  'wonen-met-zorg': 'wonen met zorg: verpleeghuis, verzorgingshuis, beschermd wonen, woonzorgcomplex',
  'palliatieve-zorg': 'palliatieve en terminale zorg: hospice, vrijwilligers bij het levenseinde',
  schulden: 'schuldhulpverlening: hulp bij schulden, betalingsachterstanden, schuldregeling',
  geldzorgen: 'geldzorgen en budget: rondkomen, budgetcoaching, budgetbeheer, vroegsignalering',
  administratie: 'hulp bij administratie, post, formulieren, toeslagen en belastingaangifte',
  voedselbank: 'voedselbank en voedselhulp',
  'armoede-regelingen': 'minimaregelingen en armoedevoorzieningen: stadspas, kindpakket, bijzondere bijstand, kledingbank',
  uitkering: 'uitkering en inkomen: bijstand, aanvraag levensonderhoud',
  werk: 'werk en re-integratie: werk zoeken, sollicitatiehulp, participatie, beschut werk',
  vrijwilligerswerk: 'vrijwilligerswerk zoeken of doen, vrijwilligerscentrale',
  'woning-zoeken': 'woning zoeken: sociale huurwoning, inschrijving, urgentie',
  huurproblemen: 'huurproblemen: huurachterstand, dreigende huisuitzetting, geschil met verhuurder, huurrecht',
  dakloosheid: 'dakloosheid: nachtopvang, maatschappelijke opvang, daklozenloket, Housing First',
  juridisch: 'juridisch advies: sociaal raadslieden, rechtshulp, advocaat met toevoeging, arbeidsrecht, consumentenrecht',
  immigratierecht: 'vreemdelingenrecht: verblijfsvergunning, asiel, gezinshereniging, naturalisatie',
  'taal-nt2': 'Nederlands leren als tweede taal (NT2): taallessen, taalcafé, taalmaatje',
  laaggeletterdheid: 'beter leren lezen, schrijven en rekenen (laaggeletterdheid, basisvaardigheden)',
  'digitale-vaardigheden': 'digitale vaardigheden: computer, smartphone, DigiD, digitale overheid',
  inburgering: 'inburgering: inburgeringsplicht, inburgeringsexamen, PVT, MAP',
  statushouders: 'begeleiding van statushouders / vluchtelingen na vestiging in de gemeente',
  nieuwkomers: 'informatie en wegwijs voor nieuwkomers, expats en arbeidsmigranten',
  tolken: 'tolk of vertaling, hulp in de eigen taal, sleutelpersonen',
  'huiselijk-geweld': 'huiselijk geweld en kindermishandeling: hulp en advies voor slachtoffers, plegers en omstanders (niet acuut)',
  vrouwenopvang: 'vrouwenopvang: veilige opvang voor wie thuis niet veilig is',
  eenzaamheid: 'eenzaamheid: aanpak en ondersteuning bij eenzaamheid en sociaal isolement',
  ontmoeting: 'ontmoeting in de buurt: buurthuis, inloop, koffieochtend, bewonersinitiatieven',
  maatje: 'maatje of buddy: een vrijwilliger die regelmatig langskomt of samen iets onderneemt',
  rouw: 'rouw en verlies: rouwbegeleiding, rouwgroepen, nabestaanden',
  'relatie-scheiding': 'relatieproblemen en scheiding: relatietherapie, scheidingsbemiddeling, omgang kinderen',
  'seksuele-gezondheid': 'seksuele gezondheid: soa-test, anticonceptie, onbedoelde zwangerschap, seksualiteit',
  lhbti: 'ondersteuning en ontmoeting voor lhbti+ personen',
  'leefstijl-bewegen': 'leefstijl en bewegen: gecombineerde leefstijlinterventie (GLI), sport, gezond gewicht',
  fysiotherapie: 'fysiotherapie en oefentherapie',
  mondzorg: 'tandarts en mondzorg',
  apotheek: 'apotheek: medicijnen, medicatiegesprek',
  zorgverzekering: 'zorgverzekering: verzekering afsluiten, gemeentepolis, premieachterstand, onverzekerd',
  buurtbemiddeling: 'buurtbemiddeling: conflicten of overlast tussen buren',
};

const G = 'Kanaalzijde';
export const places = {
  Centrum: { gemeente: G, pc: '0400' },
  Sluiskwartier: { gemeente: G, pc: '0403' },
  Havenbuurt: { gemeente: G, pc: '0407' },
  'Oude Dokken': { gemeente: G, pc: '0411' },
  Lindenveld: { gemeente: G, pc: '0415' },
  'Jaagpad-Noord': { gemeente: G, pc: '0419' },
  'Jaagpad-Zuid': { gemeente: G, pc: '0422' },
  Schutterij: { gemeente: G, pc: '0426' },
  Veerplein: { gemeente: G, pc: '0430' },
  Brugwijk: { gemeente: G, pc: '0434' },
  Molenkwartier: { gemeente: G, pc: '0438' },
  Zwaaikom: { gemeente: G, pc: '0441' },
  Ruisveen: { gemeente: 'Ruisveen', pc: '0446' },
};

export const organizations = [];
const org = addingTo(organizations);

const SWK_DESC =
  'Stichting Welzijn Kanaalzijde (SWK) is de brede welzijnsorganisatie van stadsdeel Kanaalzijde. Vanuit een integrale visie op welzijn, zorg en participatie werkt SWK outreachend, wijkgericht en in nauwe samenwerking met ketenpartners aan de versterking van de eigen kracht en het sociale netwerk van inwoners. SWK beheert in opdracht van het stadsdeel deze sociale kaart.';

// ---------------------------------------------------------------- Stichting Welzijn Kanaalzijde
org({ name: 'Stichting Welzijn Kanaalzijde', alt: 'SWK', place: 'Centrum', street: 'Kanaalkade 12', desc: SWK_DESC }, [
  svc('Samen Sterk 2.0',
    'Samen Sterk 2.0 is de doorontwikkeling van het succesvolle programma Samen Sterk (2019-2023). Doelgroep: huishoudens in Kanaalzijde met meervoudige en complexe problematiek op meerdere leefgebieden (financiën, opvoeding, huisvesting, gezondheid). Een vaste gezinsregisseur voert casusregie volgens het principe één huishouden, één plan, één regisseur en zorgt voor afstemming met ketenpartners zoals de Kredietbank, Jeugd & Gezin en de woningcorporatie. De aanpak is outreachend: de regisseur komt thuis en blijft betrokken tot de situatie stabiel is. Toeleiding via het sociaal wijkteam, de huisarts, school of door inwoners zelf.',
    ['wijkteam', 'schulden', 'opvoedondersteuning'],
    { elig: 'Huishoudens woonachtig in Kanaalzijde met problemen op meerdere leefgebieden.', fees: 'Kosteloos.', apply: 'Aanmelden via het sociaal wijkteam of het algemene nummer van SWK. Professionals kunnen een warme overdracht doen.' }),
  svc('Kompas',
    'Kompas is het aanbod onafhankelijke cliëntondersteuning van SWK. Een cliëntondersteuner denkt met u mee, bereidt samen met u het keukentafelgesprek voor en gaat desgewenst mee naar gesprekken met de gemeente, het zorgkantoor of zorgaanbieders. Kompas staat naast de inwoner en is onafhankelijk van de indicerende instantie. Voor vragen rond Wmo, Jeugdwet, Wet langdurige zorg en Participatiewet. Kompas werkt ook met ervaringsdeskundige vrijwilligers en kan ondersteunen in het Arabisch, Turks en Engels.',
    ['clientondersteuning'],
    { fees: 'Gratis.', lang: ['nl', 'ar', 'tr', 'en'], hours: 'Maandag t/m vrijdag 9.00-17.00 uur.' }),
  svc('Thuis in Kanaalzijde',
    'Thuis in Kanaalzijde biedt maatschappelijke begeleiding aan statushouders gedurende de eerste twee jaar na vestiging in het stadsdeel. Het programma omvat praktische ondersteuning bij het inrichten van de woning, inschrijving bij huisarts en school, het aanvragen van toeslagen en het wegwijs maken in de wijk, in samenhang met het Persoonlijk Plan Inburgering en Participatie (PIP). Begeleiding vindt plaats door professionals en getrainde vrijwilligers, waar mogelijk in de eigen taal (Arabisch, Tigrinya).',
    ['statushouders', 'inburgering'],
    { elig: 'Statushouders die via het COA aan Kanaalzijde zijn gekoppeld.', lang: ['nl', 'ar', 'ti', 'en'], apply: 'Toeleiding via de gemeente (team Inburgering).' }),
  svc('Zilverdraad',
    'Zilverdraad is het preventieve ouderenprogramma van SWK. Ouderenadviseurs leggen een preventief huisbezoek af bij alle inwoners van 75 jaar en ouder en bespreken integraal hoe het gaat op het gebied van wonen, gezondheid, financiën en sociale contacten. Vroegtijdige signalering van kwetsbaarheid en eenzaamheid staat centraal; waar nodig volgt toeleiding naar passend aanbod. Ook voor individuele vragen van ouderen en hun naasten over langer thuis wonen kunt u bij Zilverdraad terecht.',
    ['ouderenadvies', 'eenzaamheid'],
    { elig: 'Inwoners van 65 jaar en ouder (huisbezoek vanaf 75 jaar).', fees: 'Kosteloos.' }),
  svc('Haven',
    'Haven koppelt inwoners die behoefte hebben aan meer sociaal contact aan een vrijwillige maatje. Samen wandelen, koffiedrinken, een boodschap doen of naar een activiteit gaan: de invulling bepaalt u samen. Doelgroep: volwassenen en ouderen in een sociaal isolement, mensen die net in de wijk wonen of na verlies alleen zijn komen te staan. De koppeling duurt in principe een jaar, met als doel de versterking van het eigen netwerk.',
    ['maatje', 'eenzaamheid'],
    { fees: 'Gratis.', apply: 'Bel of mail; een coördinator komt op kennismakingsgesprek.' }),
  svc('Lichtpunt',
    'Lichtpunt biedt laagdrempelige ondersteuning bij rouw en verlies. Onder begeleiding van een getrainde rouwbegeleider komen lotgenoten acht bijeenkomsten samen. Er zijn aparte groepen voor verlies van een partner, voor ouders die een kind hebben verloren en voor nabestaanden na zelfdoding. Individuele gesprekken zijn mogelijk.',
    ['rouw', 'suicidepreventie'],
    { fees: 'Eigen bijdrage € 25 voor de hele reeks; kwijtschelding mogelijk.', at: { name: 'Buurtcentrum De Schakel', street: 'Lindelaan 44', place: 'Lindenveld' } }),
  svc('Helder',
    'Helder is het spreekuur voor thuisadministratie en formulieren. Getrainde vrijwilligers helpen bij het lezen en begrijpen van brieven, het invullen van formulieren, het aanvragen of wijzigen van toeslagen en het ordenen van de administratie. Helder werkt preventief: door tijdig overzicht te creëren worden betalingsachterstanden voorkomen. Inloop zonder afspraak.',
    ['administratie', 'geldzorgen'],
    { hours: 'Dinsdag 13.00-16.00 en donderdag 9.30-12.00 uur (inloop).', fees: 'Gratis.', lang: ['nl', 'ar', 'pl'] }),
  svc('Goede Buren',
    'Goede Buren is de buurtbemiddeling van Kanaalzijde. Twee getrainde, onpartijdige vrijwillige bemiddelaars helpen buren om hun conflict zelf op te lossen, bijvoorbeeld over geluidsoverlast, een erfgrens, stank of kinderen. Deelname is vrijwillig en vertrouwelijk. Aanmelding door bewoners zelf, de woningcorporatie of de wijkagent.',
    ['buurtbemiddeling'],
    { fees: 'Kosteloos.' }),
  svc('Stap voor Stap',
    'Stap voor Stap was een taalprogramma voor laaggeletterde volwassenen (2018-2022). Het programma is beëindigd en opgegaan in het Taalhuis van de Bibliotheek Kanaalzijde.',
    ['laaggeletterdheid'],
    { status: 'inactive', phone: false }),
  svc('Ik Zie Je',
    'Ik Zie Je is een programma van SWK gericht op de preventie van suïcide in het stadsdeel. Sleutelfiguren in de wijk (kappers, sportcoaches, docenten, vrijwilligers, professionals in het sociaal domein) krijgen een gratis training van drie uur in het herkennen van signalen, het bespreekbaar maken van gedachten aan de dood en het toeleiden naar passende hulp. Daarnaast organiseert Ik Zie Je voorlichtingsbijeenkomsten voor scholen en verenigingen. Let op: Ik Zie Je biedt geen acute hulp.',
    ['suicidepreventie'],
    { fees: 'Kosteloos voor organisaties en inwoners van Kanaalzijde.', apply: 'Aanmelden voor een training via het webformulier.' }),
]);

org({ name: 'SWK Jongerenwerk', alt: 'Kanaalkracht', place: 'Havenbuurt', street: 'Dokweg 3', desc: 'Het jongerenwerk van Stichting Welzijn Kanaalzijde, onder de merknaam Kanaalkracht. ' + 'Ambulant en accommodatiegebonden jongerenwerk voor jongeren van 10 tot 23 jaar.' }, [
  svc('Kanaalkracht',
    'Kanaalkracht is het outreachende jongerenwerk in alle buurten van Kanaalzijde. Jongerenwerkers zijn zichtbaar op straat, op pleinen en online (Instagram, Snapchat) en bieden een laagdrempelige ingang voor jongeren met vragen over school, werk, thuis, geld of gezondheid. Vanuit de jongerenhuiskamer De Dok worden activiteiten georganiseerd (muziekstudio, sport, koken) die de talentontwikkeling en participatie van jongeren bevorderen. Bij zorgen volgt een warme overdracht naar jeugdhulp.',
    ['jongerenwerk'],
    { hours: 'Jongerenhuiskamer De Dok: di-vr 15.00-22.00 uur.', elig: 'Jongeren 10-23 jaar.' }),
  svc('Springplank',
    'Springplank ondersteunt jongeren van 16 tot 27 jaar zonder startkwalificatie die uitgevallen zijn of dreigen uit te vallen op school of werk. Een jobcoach stelt samen met de jongere een plan op richting opleiding, stage of betaald werk. Intensieve samenwerking met RMC, leerplicht, MBO Kanaalstreek en het Werkgeversservicepunt.',
    ['school-leerplicht', 'werk', 'jongerenwerk'],
    { elig: 'Jongeren 16-27 jaar zonder startkwalificatie.', fees: 'Gratis.' }),
  svc('Meidenwerk Nour & Nova',
    'Empowerment-groepen voor meiden van 12 tot 18 jaar. Thema\'s: weerbaarheid, zelfbeeld, social media, relaties en seksualiteit, toekomst. Wekelijkse bijeenkomsten in de buurthuizen Havenbuurt en Brugwijk.',
    ['jongerenwerk', 'seksuele-gezondheid'],
    { elig: 'Meiden 12-18 jaar.' }),
]);

org({ name: 'SWK Steunpunt Mantelzorg & Respijt', alt: 'Steunpunt Mantelzorg', place: 'Centrum', street: 'Kanaalkade 12', desc: 'Het Steunpunt Mantelzorg & Respijt van SWK ondersteunt mantelzorgers in Kanaalzijde preventief en integraal, met als doel overbelasting te voorkomen.' }, [
  svc('Adem',
    'Adem is het ondersteuningsaanbod voor mantelzorgers: inwoners die langdurig en onbetaald zorgen voor een naaste met een ziekte, beperking of ouderdomsklachten. Een mantelzorgconsulent brengt de belastbaarheid in kaart, geeft informatie en advies, bemiddelt naar respijtzorg en organiseert lotgenotengroepen en themabijeenkomsten. Ook de jaarlijkse mantelzorgwaardering wordt via Adem aangevraagd. Ondersteuning ook in het Turks en Arabisch.',
    ['mantelzorg'],
    { lang: ['nl', 'tr', 'ar'], fees: 'Gratis.' }),
  svc('Even Weg',
    'Even Weg biedt respijtzorg: getrainde vrijwilligers nemen de zorg voor uw naaste tijdelijk over (een dagdeel per week), zodat u als mantelzorger tijd voor uzelf heeft. Daarnaast bemiddelt Even Weg naar logeeropvang en vakantiemogelijkheden voor zorgvragers.',
    ['respijtzorg', 'mantelzorg'],
    { fees: 'Gratis; logeeropvang via Wmo.' }),
  svc('JMZ Connect',
    'JMZ Connect is er voor jonge mantelzorgers (8-24 jaar): kinderen en jongeren die opgroeien met een ouder, broer of zus met een ziekte, beperking, verslaving of psychische problemen. Uitjes, lotgenotencontact, een luisterend oor en ondersteuning richting school. Signalering gebeurt in samenwerking met scholen en JGZ.',
    ['mantelzorg', 'jongerenwerk'],
    { elig: 'Jonge mantelzorgers 8-24 jaar.' }),
]);

org({ name: 'SWK Buurtcentra', alt: 'Wijkkracht', place: 'Lindenveld', street: 'Lindelaan 44', desc: 'SWK exploiteert vijf buurtcentra in Kanaalzijde als laagdrempelige ontmoetingsplek en uitvalsbasis voor bewonersinitiatieven (programmalijn Wijkkracht).' }, [
  svc('Wijkkracht',
    'Wijkkracht faciliteert bewonersinitiatieven en ontmoeting in de vijf buurtcentra van Kanaalzijde (De Schakel, De Dok, Het Veer, De Molen, De Zwaaikom). Inloopochtenden met koffie, samen eten, creatieve activiteiten, een weggeefkast en ruimte voor eigen initiatieven van bewoners. Buurtcoaches ondersteunen bewoners bij het opzetten van activiteiten en bij het aanvragen van een bewonersbudget.',
    ['ontmoeting', 'eenzaamheid'],
    { hours: 'Ma-vr 9.00-17.00; programma per buurtcentrum wisselend.' }),
  svc('Samen aan Tafel',
    'Twee keer per week wordt in buurtcentrum De Schakel en in Het Veer een driegangenmaaltijd geserveerd, gekookt door vrijwilligers. Voor ouderen, alleenstaanden en iedereen die graag in gezelschap eet.',
    ['maaltijden', 'ontmoeting', 'eenzaamheid'],
    { fees: '€ 5,00 per maaltijd, met Kanaalpas € 2,50.', hours: 'Dinsdag en donderdag 17.30 uur, aanmelden uiterlijk de dag ervoor.' }),
  svc('Zilveren Soos',
    'Wekelijkse soos voor senioren: koersbal, sjoelen, bingo, lezingen en uitstapjes. Ook Meer Bewegen voor Ouderen (MBvO) en stoelyoga.',
    ['ouderen-activiteiten', 'ontmoeting'],
    { at: { name: 'Buurtcentrum Het Veer', street: 'Veerstraat 8', place: 'Veerplein' }, fees: 'Contributie € 3,- per maand.' }),
  svc('Taalcafé Kanaalzijde',
    'Wekelijks taalcafé waar anderstaligen in een informele setting Nederlands oefenen met vrijwilligers. Geen les, wel gesprek. Alle niveaus welkom. Samenwerking met Taalhuis Bibliotheek.',
    ['taal-nt2', 'ontmoeting'],
    { at: { name: 'Buurtcentrum De Molen', street: 'Molenpad 2', place: 'Molenkwartier' }, fees: 'Gratis.', hours: 'Woensdag 19.00-20.30 uur.' }),
]);

org({ name: 'SWK Financiële Dienstverlening', alt: 'Geldfit Kanaalzijde', place: 'Oude Dokken', street: 'Pakhuisstraat 19', desc: 'Onder de merknaam Geldfit Kanaalzijde bundelt SWK de preventieve en curatieve financiële dienstverlening in het stadsdeel.' }, [
  svc('Geldfit',
    'Geldfit is de laagdrempelige ingang voor inwoners met geldzorgen of beginnende betalingsachterstanden. Via vroegsignalering (meldingen van woningcorporatie, energie- en zorgverzekeraar) benadert Geldfit huishoudens outreachend. Een geldcoach maakt samen met u een overzicht van inkomsten en uitgaven, controleert of u alle toeslagen en regelingen ontvangt en stelt een budgetplan op. Bij problematische schulden volgt toeleiding naar de Kredietbank Lage Stroom.',
    ['geldzorgen', 'schulden', 'armoede-regelingen'],
    { fees: 'Gratis.', lang: ['nl', 'ar', 'tr', 'pl'] }),
  svc('Goed Verzekerd',
    'Spreekuur rond de zorgverzekering: uitleg over de gemeentelijke collectieve zorgverzekering (Gemeentepolis Kanaalzijde), hulp bij overstappen, premieachterstand en het aanvragen van zorgtoeslag. Ook voor nieuwkomers die nog niet verzekerd zijn.',
    ['zorgverzekering', 'administratie'],
    { hours: 'Oktober t/m januari elke maandag 10.00-12.00 uur.' }),
  svc('Geldmaatjes',
    'Geldmaatjes zijn getrainde vrijwilligers die huishoudens met (dreigende) schulden gedurende maximaal anderhalf jaar thuis bijstaan bij het op orde brengen van de administratie en het aanhouden van een stabiel budget, aanvullend op professionele schuldhulpverlening.',
    ['schulden', 'geldzorgen', 'administratie', 'maatje'],
    { fees: 'Kosteloos.' }),
]);

org({ name: 'SWK Veilig Opgroeien & Huiselijk Geweld', alt: 'Veilige Basis', place: 'Brugwijk', street: 'Brugstraat 70', desc: 'Team Veilige Basis van SWK richt zich op de preventie en aanpak van huiselijk geweld en kindermishandeling, in samenwerking met de regionale ketenpartners. Bij acuut gevaar altijd de landelijke noodnummers bellen.' }, [
  svc('Veilige Basis',
    'Veilige Basis biedt ambulante hulp bij huiselijk geweld: partnergeweld, ouderenmishandeling, eergerelateerd geweld en kindermishandeling. De hulpverlening richt zich op het hele systeem: slachtoffers, plegers en kinderen. Veiligheidsplan, systeemgerichte gesprekken en casusregie in afstemming met politie en het regionale advies- en meldpunt. Ook voor omstanders en professionals die zich zorgen maken en willen overleggen.',
    ['huiselijk-geweld'],
    { lang: ['nl', 'ar', 'tr', 'en'] }),
  svc('Stop de Cirkel',
    'Groepstraining en individuele begeleiding voor mensen die thuis agressief of gewelddadig zijn (geweest) en willen veranderen. Vrijwillig of in een justitieel kader.',
    ['huiselijk-geweld'],
    { elig: '18 jaar en ouder.' }),
]);

org({ name: 'SWK Scheiding & Relatie', alt: 'Samen Uit Elkaar', place: 'Schutterij', street: 'Schuttersveld 15', desc: 'Ondersteuning van ouders en partners bij relatieproblemen en (v)echtscheiding.' }, [
  svc('Samen Uit Elkaar',
    'Samen Uit Elkaar is er voor ouders in scheiding. Het programma biedt een online scheidingsplein met informatie, gratis ouderschapsplangesprekken, groepen voor kinderen van gescheiden ouders (KIES) en, bij een hoog conflict, een gespecialiseerd traject in samenwerking met Jeugd & Gezin. Doel: een gezonde scheiding waarin het belang van het kind voorop staat.',
    ['relatie-scheiding', 'opvoedondersteuning'],
    { fees: 'Gratis voor inwoners van Kanaalzijde.' }),
  svc('Relatiepunt',
    'Kortdurende relatiegesprekken (maximaal vijf) voor stellen die vastlopen in communicatie, ruzie of na een ingrijpende gebeurtenis.',
    ['relatie-scheiding'],
    { fees: 'Inkomensafhankelijke eigen bijdrage.' }),
]);

// ---------------------------------------------------------------- Stadsdeel / toegang
org({ name: 'Sociaal Wijkteam Kanaalzijde', alt: 'SWT', place: 'Veerplein', street: 'Veerstraat 8', desc: 'Het Sociaal Wijkteam is de integrale toegang tot ondersteuning vanuit de Wmo en het sociaal domein in Kanaalzijde. Het SWT werkt met generalisten uit welzijn, maatschappelijk werk, MEE en wijkverpleging.' }, [
  svc('Toegang Wmo & Ondersteuning',
    'Voor inwoners die niet meer zelfstandig of met hulp van hun netwerk kunnen functioneren. Na een melding volgt binnen zes weken een keukentafelgesprek waarin de hulpvraag integraal wordt verkend. Het SWT kan maatwerkvoorzieningen indiceren, zoals huishoudelijke ondersteuning, begeleiding, dagbesteding, woningaanpassingen en hulpmiddelen. Generalisten pakken ook zelf kortdurende ondersteuning op bij vragen op meerdere leefgebieden.',
    ['wijkteam', 'huishoudelijke-hulp', 'hulpmiddelen-vervoer', 'dagbesteding'],
    { apply: 'Melding via telefoon, webformulier of inloopspreekuur.', hours: 'Inloop ma-do 9.00-12.00 uur.' }),
  svc('Algemeen Maatschappelijk Werk',
    'Kortdurende psychosociale hulpverlening door maatschappelijk werkers van het SWT bij vragen over relaties, opvoeding, financiën, werk of verwerking van ingrijpende gebeurtenissen. Laagdrempelig en zonder verwijzing.',
    ['wijkteam', 'psychische-klachten'],
    { fees: 'Gratis.' }),
]);

org({ name: 'Stadsdeel Kanaalzijde – Werk & Inkomen', alt: 'Team W&I', place: 'Centrum', street: 'Stadhuisplein 1', desc: 'Het stadsdeelkantoor voert de Participatiewet, de minimaregelingen en de inburgeringstaak uit.' }, [
  svc('Levensonderhoud',
    'Aanvraag van een bijstandsuitkering (Participatiewet) en inkomensondersteuning. Na de melding volgt een intakegesprek. Inwoners zonder DigiD kunnen hulp krijgen bij de aanvraag aan de balie.',
    ['uitkering'],
    { apply: 'Melden via het digitale loket of aan de balie.' }),
  svc('Kanaalpas',
    'De Kanaalpas geeft huishoudens met een laag inkomen (tot 130% van het sociaal minimum) korting op sport, cultuur, zwemles en de maaltijden in de buurtcentra. Onderdeel van het integrale minimabeleid, samen met het kindpakket, de bijzondere bijstand en de individuele inkomenstoeslag.',
    ['armoede-regelingen'],
    { elig: 'Inkomen tot 130% van het sociaal minimum.', fees: 'Gratis.' }),
  svc('Werkfit',
    'Werkfit is het re-integratieprogramma voor inwoners met een uitkering of zonder inkomen die (weer) aan het werk willen. Trajecten: werkervaringsplaats, sollicitatietraining, taal op de werkvloer, jobcoaching en bemiddeling via het Werkgeversservicepunt. Ook beschut werk en participatieplekken voor inwoners met een grotere afstand tot de arbeidsmarkt.',
    ['werk'],
    { elig: 'Inwoners van Kanaalzijde, met of zonder uitkering.' }),
  svc('Team Inburgering',
    'Uitvoering van de Wet inburgering 2021: brede intake, opstellen van het Persoonlijk Plan Inburgering en Participatie (PIP), de leerroutes (B1-route, onderwijsroute, Z-route), de module Arbeidsmarkt en Participatie (MAP) en het Participatieverklaringstraject (PVT). Ook ontzorging in het eerste half jaar.',
    ['inburgering', 'statushouders'],
    { lang: ['nl', 'ar', 'ti', 'en'] }),
  svc('Urgentieverklaring Wonen',
    'Aanvraag van een urgentieverklaring voor een sociale huurwoning bij zwaarwegende medische of sociale omstandigheden. Beoordeling door de urgentiecommissie.',
    ['woning-zoeken'],
    { fees: 'Leges € 50.' }),
]);

org({ name: 'Kredietbank Lage Stroom', place: 'Oude Dokken', street: 'Pakhuisstraat 21', desc: 'Gemeentelijke kredietbank voor de gemeenten Kanaalzijde en Ruisveen.' }, [
  svc('Schuldhulpverlening',
    'Integrale schuldhulpverlening conform de Wet gemeentelijke schuldhulpverlening: stabilisatie, schuldregeling (minnelijk traject), saneringskrediet en begeleiding naar de Wsnp. Binnen drie werkdagen een eerste gesprek bij dreigende huisuitzetting of afsluiting van energie.',
    ['schulden'],
    { area: ['Kanaalzijde', 'Ruisveen'] }),
  svc('Budgetbeheer',
    'Bij budgetbeheer beheert de Kredietbank uw inkomen en betaalt de vaste lasten voor u, zodat geen nieuwe achterstanden ontstaan. Beschermingsbewind kan via de kantonrechter worden aangevraagd.',
    ['geldzorgen', 'schulden'],
    { fees: 'Gratis voor minima.', area: ['Kanaalzijde', 'Ruisveen'] }),
]);

org({ name: 'Budgetcoach Plus B.V.', place: 'Sluiskwartier', street: 'Sluisweg 101', desc: 'Particulier bureau voor budgetcoaching en beschermingsbewind.' }, [
  svc('Beschermingsbewind & inkomensbeheer',
    'Wij nemen uw financiële zorgen uit handen. Erkend bewindvoerder, aangesloten bij de branchevereniging. Kosten worden bij een laag inkomen vaak vergoed via de bijzondere bijstand.',
    ['geldzorgen', 'schulden'],
    { fees: 'Tarieven volgens landelijke regeling; kosteloos intakegesprek.' }),
]);

org({ name: 'Voedselbank Kanaalzijde', place: 'Havenbuurt', street: 'Loswal 5', desc: 'Vrijwilligersorganisatie die voedselpakketten verstrekt aan huishoudens onder de bestaansgrens.' }, [
  svc('Voedselpakket',
    'Wekelijks voedselpakket voor huishoudens die tijdelijk niet genoeg geld hebben voor eten. Aanmelding via een hulpverlener (Geldfit, SWT, Kredietbank) die de toelatingscriteria toetst. Uitgifte op vrijdagmiddag.',
    ['voedselbank'],
    { hours: 'Uitgifte vrijdag 13.00-16.00 uur.', apply: 'Alleen via een verwijzer.' }),
  svc('Kinderkledingbank & Weggeefwinkel',
    'Gratis kleding, schoenen en speelgoed voor kinderen uit gezinnen met een krap budget. Op vertoon van de Kanaalpas of een verwijzing.',
    ['armoede-regelingen'],
    { at: { name: 'Weggeefwinkel', street: 'Loswal 7', place: 'Havenbuurt' }, phone: false }),
]);

// ---------------------------------------------------------------- zorg
org({ name: 'Huisartsenpraktijk Het Jaagpad', place: 'Jaagpad-Noord', street: 'Jaagpad 140', desc: 'Huisartsenpraktijk met drie huisartsen, praktijkondersteuners somatiek en GGZ.' }, [
  svc('Huisartsenzorg',
    'Spreekuur op afspraak voor alle medische vragen. Nieuwe patiënten uit postcodegebied 0419-0422 welkom. Telefonisch spreekuur 8.00-10.00 uur.',
    ['huisarts'],
    { hours: 'Ma-vr 8.00-17.00 uur.' }),
  svc('POH-GGZ',
    'De praktijkondersteuner GGZ biedt kortdurende begeleiding (5-8 gesprekken) bij psychische klachten zoals stress, somberheid, angst of slaapproblemen. Verwijzing via uw huisarts binnen de praktijk.',
    ['poh-ggz', 'psychische-klachten'],
    { fees: 'Vergoed, geen eigen risico.' }),
]);

org({ name: 'Gezondheidscentrum De Zwaaikom', place: 'Zwaaikom', street: 'Zwaaikomplein 1', desc: 'Integraal gezondheidscentrum met huisartsen, fysiotherapie, diëtetiek, apotheek en wijkverpleging onder één dak.' }, [
  svc('Huisartsen De Zwaaikom',
    'Vier huisartsen en een POH-GGZ. Wij spreken ook Engels en Arabisch. Inschrijven kan aan de balie met ID en zorgpas; de praktijk heeft een tijdelijke patiëntenstop voor Lindenveld.',
    ['huisarts', 'poh-ggz'],
    { lang: ['nl', 'en', 'ar'] }),
  svc('Fit in de Wijk',
    'Fit in de Wijk is de gecombineerde leefstijlinterventie (GLI) van het gezondheidscentrum: een tweejarig programma met leefstijlcoach, diëtist en fysiotherapeut voor volwassenen met overgewicht. Individuele en groepsbijeenkomsten over voeding, bewegen, slaap en stress.',
    ['leefstijl-bewegen'],
    { elig: 'BMI ≥ 30, of ≥ 25 met een risicofactor. Verwijzing huisarts.', fees: 'Vergoed vanuit de basisverzekering.' }),
  svc('Fysiotherapie De Zwaaikom',
    'Fysiotherapie, manuele therapie en bekkenfysiotherapie. Direct toegankelijk, geen verwijzing nodig.',
    ['fysiotherapie'],
    {}),
  svc('Apotheek De Zwaaikom',
    'Medicijnen ophalen, herhaalrecepten, medicatiebeoordeling en uitleg over uw medicijnen. Ook bezorging aan huis.',
    ['apotheek'],
    { hours: 'Ma-vr 8.00-18.00, za 10.00-12.00 uur.' }),
]);

org({ name: 'Huisartsenpraktijk Oude Dokken', place: 'Oude Dokken', street: 'Graanstraat 4', desc: 'Solopraktijk in de Oude Dokken.' }, [
  svc('Praktijk dr. Yildiz',
    'Huisartsenpraktijk. Spreekuur op afspraak. Dr. Yildiz spreekt Turks.',
    ['huisarts'],
    { lang: ['nl', 'tr'] }),
]);

org({ name: 'Huisartsenpost Kanaalstreek', place: 'Ruisveen', street: 'Ziekenhuislaan 2', desc: 'Huisartsenpost voor de gemeenten Kanaalzijde en Ruisveen, gelegen bij het streekziekenhuis.' }, [
  svc('Spoedpost ANW',
    'Voor dringende medische zorg die niet kan wachten tot de eigen huisarts weer open is: op werkdagen van 17.00 tot 8.00 uur en in het weekend en op feestdagen. Altijd eerst bellen. Bij levensgevaar het landelijke alarmnummer.',
    ['huisartsenpost'],
    { hours: 'Avond, nacht, weekend en feestdagen.', area: ['Kanaalzijde', 'Ruisveen'] }),
]);

org({ name: 'Zorggroep Kanaaloever', place: 'Sluiskwartier', street: 'Sluisweg 30', desc: 'Zorggroep Kanaaloever biedt wijkverpleging, ouderenzorg, dementiezorg en verpleeghuiszorg in Kanaalzijde en Ruisveen.' }, [
  svc('Wijkzorg Kanaaloever',
    'Wijkverpleegkundigen en verzorgenden bieden verpleging en persoonlijke verzorging thuis: hulp bij wassen en aankleden, wondzorg, medicatie, injecties, stomazorg. De wijkverpleegkundige stelt de indicatie. 24/7 bereikbaar.',
    ['wijkverpleging'],
    { fees: 'Vergoed uit de basisverzekering, geen eigen risico.' }),
  svc('Casemanagement Dementie',
    'Een casemanager dementie begeleidt mensen met (een vermoeden van) dementie en hun mantelzorger vanaf de diagnose: uitleg over het ziektebeeld, regelen van zorg en ondersteuning, toekomstplanning. Verwijzing via huisarts of geheugenpoli.',
    ['dementie', 'mantelzorg'],
    { fees: 'Vergoed uit de basisverzekering.' }),
  svc('Het Sluishuis',
    'Het Sluishuis is een woonzorgcentrum met kleinschalige woongroepen voor mensen met dementie en somatische zorg. Opname met een Wlz-indicatie. Ook eerstelijnsverblijf en kortdurend verblijf.',
    ['wonen-met-zorg', 'dementie', 'respijtzorg'],
    { elig: 'Wlz-indicatie (verpleeghuis) of verwijzing huisarts (ELV).' }),
  svc('Ontmoetingscentrum De Kade',
    'Dagbesteding volgens het Meeting Centre-principe voor thuiswonende mensen met beginnende dementie, met parallel een programma voor mantelzorgers. Drie dagen per week.',
    ['dagbesteding', 'dementie', 'mantelzorg'],
    { elig: 'Wmo-indicatie.' }),
  svc('In Balans',
    'In Balans is een valpreventieprogramma voor thuiswonende ouderen: valrisicotest, groepstraining van tien weken gericht op kracht en balans, en een woningscan.',
    ['valpreventie', 'ouderen-activiteiten'],
    { elig: 'Inwoners 65+ met verhoogd valrisico.', fees: 'Vaak vergoed via aanvullende verzekering.' }),
]);

org({ name: 'Thuiszorg Zonnedauw B.V.', place: 'Molenkwartier', street: 'Korenmolenweg 9', desc: 'Particuliere thuiszorgorganisatie. Ook gecontracteerd voor Wmo-huishoudelijke ondersteuning.' }, [
  svc('Schoon & Fris',
    'Huishoudelijke hulp particulier of via Wmo: schoonmaken, wassen en strijken, boodschappen. Vaste hulp, flexibele uren.',
    ['huishoudelijke-hulp'],
    { fees: 'Particulier vanaf € 29,50 per uur; Wmo abonnementstarief.' }),
]);

org({ name: 'Alzheimer Café Kanaalzijde', place: 'Veerplein', street: 'Veerstraat 8', desc: 'Vrijwilligersinitiatief.' }, [
  svc('Alzheimer Café',
    'Maandelijkse avond voor mensen met dementie, mantelzorgers en belangstellenden. Een deskundige vertelt over een thema, daarna is er ruimte voor vragen en lotgenotencontact.',
    ['dementie', 'mantelzorg'],
    { hours: 'Elke derde dinsdag van de maand, 19.30 uur.', phone: false }),
]);

org({ name: 'GGZ Kanaalstreek', place: 'Schutterij', street: 'Schutterslaan 200', desc: 'Regionale aanbieder van specialistische geestelijke gezondheidszorg voor volwassenen en jongeren.' }, [
  svc('Verkennend Gesprek',
    'In een Verkennend Gesprek (één tot twee gesprekken) wordt samen met een GGZ-professional onderzocht wat er speelt en welke hulp passend is: zelfhulp, welzijn, POH-GGZ, basis-GGZ of specialistische GGZ. Verwijzing door de huisarts.',
    ['psychische-klachten', 'ggz-basis'],
    { area: ['Kanaalzijde', 'Ruisveen'] }),
  svc('FACT Kanaalzijde',
    'Flexible Assertive Community Treatment: outreachende behandeling en begeleiding voor mensen met ernstige psychische aandoeningen (EPA) zoals psychose of bipolaire stoornis, in hun eigen leefomgeving. Multidisciplinair team met psychiater, verpleegkundigen, ervaringsdeskundige en IPS-trajectbegeleider.',
    ['ggz-specialistisch'],
    { elig: 'Verwijzing huisarts of medisch specialist.' }),
  svc('Polikliniek Angst & Stemming',
    'Specialistische behandeling bij ernstige angst- en stemmingsstoornissen, trauma (PTSS) en persoonlijkheidsproblematiek. Ook behandeling in het Arabisch en Tigrinya via interculturele behandelaars en tolken.',
    ['ggz-specialistisch'],
    { lang: ['nl', 'ar', 'ti', 'en'] }),
  svc('Kanaal Jeugd GGZ',
    'Specialistische GGZ voor kinderen en jongeren tot 18 jaar: diagnostiek en behandeling bij ADHD, autisme, angst, depressie en eetproblemen.',
    ['jeugdhulp', 'ggz-specialistisch'],
    { elig: 'Verwijzing via huisarts of Jeugd & Gezin.' }),
]);

org({ name: 'Psychologenpraktijk De Brug', place: 'Brugwijk', street: 'Brugstraat 12', desc: 'Vrijgevestigde praktijk voor basis-GGZ en kortdurende psychologische behandeling. Wij bieden ook therapie in het Engels.' }, [
  svc('Basis GGZ',
    'Kortdurende behandeling (CGT, EMDR) bij depressie, angst, burn-out en rouw. Therapy in English available for expats and international students.',
    ['ggz-basis'],
    { lang: ['nl', 'en'], elig: 'Verwijzing huisarts.', fees: 'Vergoed, eigen risico van toepassing.' }),
]);

org({ name: 'Herstelacademie De Oversteek', place: 'Havenbuurt', street: 'Dokweg 11', desc: 'Herstelacademie door en voor mensen met psychische kwetsbaarheid, gerund door ervaringsdeskundigen.' }, [
  svc('De Oversteek',
    'Cursussen en werkgroepen over herstel, zelfregie en leven met psychische kwetsbaarheid (o.a. WRAP, Herstellen doe je zelf, omgaan met stemmen horen). Gegeven door ervaringsdeskundigen. Geen verwijzing of diagnose nodig. Ook een inloophuiskamer.',
    ['herstel-lotgenoten', 'psychische-klachten'],
    { fees: 'Gratis.', hours: 'Inloop ma-vr 10.00-16.00 uur.' }),
]);

org({ name: 'Stroomzorg Verslaving', place: 'Schutterij', street: 'Schutterslaan 210', desc: 'Regionale verslavingszorg: preventie, behandeling en nazorg.' }, [
  svc('Open Spreekuur Middelen',
    'Vrij inloopspreekuur voor mensen die zich zorgen maken over hun eigen gebruik van alcohol, drugs, medicijnen of over gokken en gamen, en voor naasten. Anoniem en zonder verwijzing.',
    ['verslaving'],
    { hours: 'Woensdag 13.00-16.00 uur.', fees: 'Gratis.' }),
  svc('Ambulante behandeling',
    'Behandeling van verslaving in individuele of groepsvorm, eventueel met detox. Verwijzing via huisarts.',
    ['verslaving'],
    {}),
  svc('Preventie & Voorlichting',
    'Voorlichting over alcohol, drugs en gamen voor scholen, ouders en jongerenwerk; deskundigheidsbevordering voor professionals.',
    ['verslaving'],
    { phone: false }),
]);

// ---------------------------------------------------------------- jeugd en gezin
org({ name: 'Jeugd & Gezin Kanaalzijde', alt: 'JGK', place: 'Brugwijk', street: 'Brugstraat 70', desc: 'Het jeugd- en gezinsteam van Kanaalzijde is de toegang tot jeugdhulp (Jeugdwet) en werkt vanuit het principe één gezin, één plan.' }, [
  svc('Kompas Jeugd',
    'Gezinscoaches van Jeugd & Gezin bieden laagdrempelige ondersteuning bij opvoed- en opgroeivragen en zorgen over het gedrag of welbevinden van kinderen. Het team kan ook specialistische jeugdhulp inzetten (beschikking). Samenwerking met scholen, JGZ en huisartsen; op iedere basisschool een vast aanspreekpunt.',
    ['jeugdhulp', 'opvoedondersteuning'],
    { elig: 'Gezinnen met kinderen 0-18 (tot 23 bij verlengde jeugdhulp).', fees: 'Gratis.' }),
  svc('Kleurrijk Opgroeien',
    'Oudergroepen voor ouders met een migratieachtergrond over opvoeden in twee culturen: grenzen stellen, schoolsysteem, puberteit, social media. In het Arabisch, Tigrinya en Turks, met sleutelpersonen uit de eigen gemeenschap.',
    ['opvoedondersteuning', 'statushouders'],
    { lang: ['ar', 'ti', 'tr', 'nl'] }),
  svc('Triple P Kanaalzijde',
    'Positief Opvoeden: cursussen en korte adviesgesprekken voor ouders van kinderen 0-16 jaar.',
    ['opvoedondersteuning'],
    { status: 'inactive' }),
]);

org({ name: 'GGD Lage Stroom', place: 'Ruisveen', street: 'Gezondheidsweg 1', desc: 'Gemeentelijke gezondheidsdienst voor Kanaalzijde en Ruisveen.' }, [
  svc('Consultatiebureau Kanaalzijde',
    'Jeugdgezondheidszorg voor kinderen van 0 tot 4 jaar: groei en ontwikkeling, vaccinaties (Rijksvaccinatieprogramma), voeding en opvoedadvies. Daarna JGZ op school tot 18 jaar.',
    ['jgz'],
    { at: { name: 'Consultatiebureau Lindenveld', street: 'Lindelaan 50', place: 'Lindenveld' }, fees: 'Gratis.', lang: ['nl', 'ar', 'en'] }),
  svc('Kansrijke Start',
    'Kansrijke Start ondersteunt (aanstaande) ouders in een kwetsbare situatie in de eerste 1000 dagen: van de wens tot zwangerschap tot het tweede levensjaar. Prenataal huisbezoek door de JGZ-verpleegkundige, VoorZorg en de groepsbegeleiding Centering Parenting.',
    ['zwangerschap', 'jgz', 'opvoedondersteuning'],
    { area: ['Kanaalzijde', 'Ruisveen'] }),
  svc('Sense Spreekuur',
    'Spreekuur seksuele gezondheid voor jongeren tot 25 jaar: soa-test, anticonceptie, vragen over seksualiteit, onbedoelde zwangerschap. Gratis en vertrouwelijk.',
    ['seksuele-gezondheid'],
    { elig: 'Tot 25 jaar; soa-test ook voor risicogroepen.', fees: 'Gratis.' }),
]);

org({ name: 'Verloskundigenpraktijk De Kanaalbuik', place: 'Sluiskwartier', street: 'Sluisweg 60', desc: 'Verloskundigenpraktijk.' }, [
  svc('Verloskundige zorg',
    'Controles tijdens de zwangerschap, echo\'s, bevalling thuis of in het ziekenhuis en kraambezoek. Wij hebben ervaring met vrouwen die recent naar Nederland zijn gekomen; tolk via de telefoon.',
    ['zwangerschap'],
    { lang: ['nl', 'en'] }),
]);

org({ name: 'Kraamzorg Nestwarm', place: 'Molenkwartier', street: 'Korenmolenweg 22', desc: 'Kraamzorgorganisatie.' }, [
  svc('Kraamzorg',
    'Kraamzorg na de bevalling thuis. Inschrijven voor de 16e week van de zwangerschap.',
    ['zwangerschap'],
    {}),
]);

org({ name: 'Kinderopvang Kikkerland B.V.', place: 'Jaagpad-Zuid', street: 'Trekweg 3', desc: 'Kinderdagverblijven en BSO.' }, [
  svc('Kikkerland',
    'Kinderdagverblijf, peuteropvang (VVE) en buitenschoolse opvang op drie locaties. Kinderopvangtoeslag mogelijk.',
    ['kinderopvang'],
    { hours: 'Ma-vr 7.30-18.30 uur.' }),
]);

org({ name: 'Leerplicht & RMC Kanaalstreek', place: 'Centrum', street: 'Stadhuisplein 1', desc: 'Uitvoering leerplicht en Regionaal Meld- en Coördinatiepunt voortijdig schoolverlaten.' }, [
  svc('Leerplicht & RMC',
    'Leerplichtambtenaren zien toe op de naleving van de leerplicht en zoeken met ouders en school naar een oplossing bij verzuim. RMC-trajectbegeleiders helpen jongeren tot 23 jaar zonder startkwalificatie terug naar school of naar werk.',
    ['school-leerplicht'],
    { area: ['Kanaalzijde', 'Ruisveen'] }),
]);

org({ name: 'Hogeschool Kanaalstreek', place: 'Jaagpad-Zuid', street: 'Campuslaan 1', desc: 'Hogeschool met circa 9.000 studenten.' }, [
  svc('Studentenwelzijn',
    'Studentendecanen en studentenpsychologen ondersteunen studenten bij studievertraging, persoonlijke problemen, stress, eenzaamheid of functiebeperking. Ook trainingen (faalangst, uitstelgedrag) en het Student Wellbeing Point. Support available in English.',
    ['studenten', 'psychische-klachten'],
    { elig: 'Ingeschreven studenten.', lang: ['nl', 'en'] }),
]);

org({ name: 'Campus Connect', place: 'Jaagpad-Zuid', street: 'Campuslaan 5', desc: 'Student-run association for international students in Kanaalzijde.' }, [
  svc('Campus Connect',
    'Campus Connect is a peer community for (international) students who feel lonely or are new to the city. Weekly dinners, buddy programme, study sessions and a monthly open-mic night. Everyone welcome, activities in English.',
    ['studenten', 'eenzaamheid', 'ontmoeting', 'nieuwkomers'],
    { lang: ['en'], phone: false }),
]);

// ---------------------------------------------------------------- ouderen, beperking
org({ name: 'MEE Kanaalstreek', place: 'Veerplein', street: 'Veerstraat 20', desc: 'Onafhankelijke ondersteuning voor mensen met een beperking en hun omgeving.' }, [
  svc('Levensloopbegeleiding',
    'MEE ondersteunt mensen met een licht verstandelijke beperking (LVB), niet-aangeboren hersenletsel (NAH) of autisme en hun naasten bij vragen over opvoeding, onderwijs, werk, wonen, geld en vrije tijd. Ook onafhankelijke cliëntondersteuning bij Wlz-aanvragen.',
    ['beperking', 'clientondersteuning'],
    { fees: 'Gratis.', area: ['Kanaalzijde', 'Ruisveen'] }),
]);

org({ name: 'Zorgboerderij De Dijkhoeve', place: 'Ruisveen', street: 'Dijkweg 77', desc: 'Zorgboerderij aan de rand van Ruisveen.' }, [
  svc('Dagbesteding op de boerderij',
    'Zinvolle dagbesteding tussen de dieren en in de moestuin voor volwassenen met een verstandelijke beperking, NAH, psychische kwetsbaarheid of beginnende dementie. Vervoer vanuit Kanaalzijde mogelijk.',
    ['dagbesteding', 'beperking'],
    { elig: 'Wmo-indicatie, Wlz of pgb.', area: ['Kanaalzijde', 'Ruisveen'] }),
]);

org({ name: 'Kanaaltaxi', place: 'Molenkwartier', street: 'Korenmolenweg 40', desc: 'Vervoersdienst in opdracht van het stadsdeel.' }, [
  svc('Wmo-vervoer Kanaaltaxi',
    'Deur-tot-deurvervoer voor inwoners met een Wmo-vervoerspas die niet zelfstandig met het openbaar vervoer kunnen reizen. Rit minimaal een uur van tevoren bestellen.',
    ['hulpmiddelen-vervoer'],
    { fees: 'Opstaptarief per rit.', hours: 'Dagelijks 7.00-00.00 uur.' }),
]);

org({ name: 'Hulpmiddelencentrum Lage Stroom', place: 'Ruisveen', street: 'Industrieweg 14', desc: 'Uitleen en verkoop van hulpmiddelen.' }, [
  svc('Uitleen & Wmo-hulpmiddelen',
    'Tijdelijke uitleen van krukken, rollators, rolstoelen en douchestoelen; levering en onderhoud van Wmo-scootmobielen en traplift.',
    ['hulpmiddelen-vervoer'],
    { area: ['Kanaalzijde', 'Ruisveen'] }),
]);

org({ name: 'Tafeltje Dekje Kanaalzijde', place: 'Sluiskwartier', street: 'Sluisweg 30', desc: 'Maaltijdservice.' }, [
  svc('Warme maaltijd aan huis',
    'Dagelijks een warme of koelverse maaltijd aan huis, ook dieetmaaltijden en halal. Bezorging door vrijwilligers die ook even een praatje maken.',
    ['maaltijden'],
    { fees: 'Vanaf € 7,95 per maaltijd.' }),
]);

org({ name: 'Turks Ouderencentrum Çınar', place: 'Oude Dokken', street: 'Graanstraat 30', desc: 'Ontmoetingscentrum voor Turkse ouderen.' }, [
  svc('Çınar Ontmoeting',
    'Dagelijkse inloop met thee, activiteiten, voorlichting over gezondheid en zorg in het Turks (o.a. diabetes, dementie, mantelzorg). Vrijwilligers helpen bij formulieren. Türkçe bilgi ve destek.',
    ['ouderen-activiteiten', 'ontmoeting', 'tolken'],
    { lang: ['tr', 'nl'] }),
]);

org({ name: 'Hospice Het Baken', place: 'Lindenveld', street: 'Lindelaan 90', desc: 'Bijna-thuis-huis.' }, [
  svc('Hospicezorg',
    'Hospice met vier kamers voor mensen in de laatste levensfase. Huiselijke sfeer, 24-uurs zorg door vrijwilligers en verpleegkundigen.',
    ['palliatieve-zorg'],
    { elig: 'Levensverwachting korter dan drie maanden; indicatie via huisarts.' }),
  svc('VPTZ Thuis',
    'Vrijwilligers Palliatieve Terminale Zorg ondersteunen thuis, zodat mantelzorgers even rust hebben of een nacht kunnen slapen.',
    ['palliatieve-zorg', 'respijtzorg', 'mantelzorg'],
    { fees: 'Gratis.' }),
]);

// ---------------------------------------------------------------- wonen
org({ name: 'Kanaalwonen', place: 'Centrum', street: 'Kanaalkade 50', desc: 'Woningcorporatie met circa 14.000 sociale huurwoningen in Kanaalzijde.' }, [
  svc('Woonruimte zoeken',
    'Inschrijven als woningzoekende voor een sociale huurwoning, reageren op het aanbod en informatie over wachttijden, studentenkamers en seniorenwoningen.',
    ['woning-zoeken'],
    {}),
  svc('Vroeg Erop Af',
    'Huurders met een huurachterstand worden in een vroeg stadium persoonlijk benaderd door een woonconsulent, samen met Geldfit. Doel: huisuitzetting voorkomen door een betalingsregeling en toeleiding naar schuldhulp.',
    ['huurproblemen', 'schulden'],
    {}),
]);

org({ name: 'Huurteam Kanaalzijde', place: 'Havenbuurt', street: 'Loswal 12', desc: 'Onafhankelijk huurteam.' }, [
  svc('Huurcheck',
    'Gratis advies aan huurders van sociale en particuliere huurwoningen: te hoge huur, achterstallig onderhoud, schimmel, servicekosten, borg niet terug of een conflict met de verhuurder. Ook hulp bij procedures bij de Huurcommissie. Porady po polsku.',
    ['huurproblemen', 'juridisch'],
    { lang: ['nl', 'pl', 'en'], fees: 'Gratis.' }),
]);

org({ name: 'Stichting De Sluiswachter', place: 'Havenbuurt', street: 'Loswal 30', desc: 'Maatschappelijke opvang en begeleid wonen voor dak- en thuislozen.' }, [
  svc('Nachtopvang',
    'Nachtopvang voor dakloze volwassenen: een bed, douche, avondeten en ontbijt. Aanmelding via de Centrale Toegang.',
    ['dakloosheid'],
    { hours: 'Dagelijks 19.00-09.00 uur.' }),
  svc('Centrale Toegang Opvang',
    'Loket voor mensen die dakloos zijn of dreigen te worden. Beoordeling van de situatie, toeleiding naar opvang, Housing First of beschermd wonen, en een postadres voor wie geen vaste woonplaats heeft.',
    ['dakloosheid', 'wonen-met-zorg'],
    { hours: 'Ma-vr 9.00-16.00 uur.' }),
]);

org({ name: 'Stichting Veilig Huis Lage Stroom', place: 'Centrum', street: 'Kanaalkade 1', secretAddress: true, desc: 'Vrouwenopvang en opvang voor slachtoffers van huiselijk geweld. Het adres is geheim.' }, [
  svc('Opvang',
    'Beschermde opvang voor vrouwen (met kinderen) en mannen die thuis niet veilig zijn door huiselijk geweld, eergerelateerd geweld of mensenhandel. Ook ambulante begeleiding na de opvang.',
    ['vrouwenopvang', 'huiselijk-geweld'],
    { hours: '24 uur per dag bereikbaar.' }),
]);

// ---------------------------------------------------------------- recht, taal, migratie
org({ name: 'SWK Sociaal Raadslieden', alt: 'Recht Vooruit', place: 'Oude Dokken', street: 'Pakhuisstraat 19', desc: 'Sociaal raadslieden van Stichting Welzijn Kanaalzijde.' }, [
  svc('Recht Vooruit',
    'Recht Vooruit biedt gratis sociaal-juridisch advies en dienstverlening aan inwoners van Kanaalzijde op het gebied van sociale zekerheid, toeslagen, belastingen, arbeid, consumentenzaken en familierecht. De sociaal raadslieden helpen bij bezwaarschriften, brieven en het aanvragen van voorzieningen, en verwijzen zo nodig naar een advocaat.',
    ['juridisch', 'administratie'],
    { fees: 'Gratis.', hours: 'Inloop maandag en woensdag 9.00-12.00 uur.', lang: ['nl', 'ar', 'en'] }),
  svc('Belastingservice',
    'In februari t/m mei helpen vrijwilligers huishoudens met een laag inkomen bij de aangifte inkomstenbelasting en het aanvragen en controleren van toeslagen.',
    ['administratie'],
    { elig: 'Huishoudens met een inkomen tot 130% van het minimum.', phone: false }),
]);

org({ name: 'Advocatenkantoor Sluis & Partners', place: 'Sluiskwartier', street: 'Sluisweg 120', desc: 'Advocatenkantoor voor sociaal recht, huurrecht, familierecht en vreemdelingenrecht.' }, [
  svc('Rechtsbijstand',
    'Procederen en advies in huurrecht, arbeidsrecht, familierecht en vreemdelingenrecht (asiel, gezinshereniging). Op basis van een toevoeging (gesubsidieerde rechtsbijstand) mogelijk.',
    ['juridisch', 'immigratierecht'],
    { fees: 'Eigen bijdrage afhankelijk van inkomen.', lang: ['nl', 'en', 'ar'] }),
]);

org({ name: 'Vluchtelingensteun Kanaalzijde', place: 'Brugwijk', street: 'Brugstraat 33', desc: 'Vrijwilligersorganisatie die vluchtelingen en statushouders ondersteunt.' }, [
  svc('Nieuw Begin',
    'Nieuw Begin biedt vrijwillige juridische begeleiding bij gezinshereniging, verlenging van verblijfsvergunningen en naturalisatie, en koppelt nieuwkomers aan een taalmaatje. Hulp in het Tigrinya en Arabisch.',
    ['immigratierecht', 'statushouders', 'taal-nt2', 'maatje'],
    { lang: ['ti', 'ar', 'nl', 'en'], fees: 'Gratis.' }),
]);

org({ name: 'Tolkenpool Sleutelpersonen', alt: 'Brugbouwers', place: 'Brugwijk', street: 'Brugstraat 33', desc: 'Netwerk van getrainde sleutelpersonen uit migrantengemeenschappen.' }, [
  svc('Brugbouwers',
    'Brugbouwers zijn getrainde sleutelpersonen uit de Syrische, Eritrese, Poolse, Turkse en Marokkaanse gemeenschap. Zij bieden ondersteuning in de eigen taal bij gesprekken met school, huisarts of instanties, geven voorlichting en vormen een brug tussen formele zorg en informele netwerken. Geen beëdigde tolken.',
    ['tolken', 'nieuwkomers'],
    { lang: ['ar', 'ti', 'pl', 'tr', 'ber'] }),
]);

org({ name: 'Bibliotheek Kanaalzijde', place: 'Centrum', street: 'Kanaalkade 30', desc: 'Openbare bibliotheek met Taalhuis en Informatiepunt Digitale Overheid.' }, [
  svc('Taalhuis',
    'Het Taalhuis is de laagdrempelige plek voor volwassenen die beter willen leren lezen, schrijven, rekenen of Nederlands spreken. Een taalconsulent bespreekt wat u wilt leren en verwijst naar een taalgroep, een taalvrijwilliger of een cursus. Ook voor mensen die Nederlands als moedertaal hebben.',
    ['laaggeletterdheid', 'taal-nt2'],
    { fees: 'Gratis.' }),
  svc('Klik & Tik',
    'Cursus omgaan met de computer, tablet en smartphone voor beginners: e-mailen, internetten, WhatsApp, videobellen.',
    ['digitale-vaardigheden'],
    { fees: '€ 10 voor acht lessen.' }),
  svc('Informatiepunt Digitale Overheid',
    'Hulp bij het gebruik van digitale overheidsdiensten: DigiD aanvragen, inloggen bij Mijn Belastingdienst, toeslagen, UWV, DUO en de gemeente.',
    ['digitale-vaardigheden', 'administratie'],
    { hours: 'Tijdens openingstijden van de bibliotheek.' }),
]);

org({ name: 'Lingua NT2 B.V.', place: 'Centrum', street: 'Stationsstraat 9', desc: 'Commerciële taalschool, Blik op Werk-keurmerk.' }, [
  svc('Inburgeringscursus',
    'Inburgeringscursussen A2 en B1, examentraining, KNM en ONA. Ook zelfbetalers en expats (Dutch for expats, evening classes). Lening via DUO mogelijk voor inburgeraars die zelf betalen.',
    ['inburgering', 'taal-nt2'],
    { fees: 'Vanaf € 1.250 per module.', lang: ['nl', 'en'] }),
]);

org({ name: 'Expat Desk Kanaalstreek', place: 'Centrum', street: 'Stationsstraat 2', desc: 'Welcome desk for international residents, employees and their families.' }, [
  svc('Welcome Desk',
    'One-stop desk for expats and international newcomers: registration at the municipality (BSN), health insurance, finding a GP, schools for your children, housing and Dutch courses. Information sessions in English every month.',
    ['nieuwkomers', 'zorgverzekering'],
    { lang: ['en'], hours: 'Mon-Thu 9.00-17.00.' }),
]);

org({ name: 'Poolse Vereniging Most', place: 'Molenkwartier', street: 'Molenpad 14', desc: 'Vereniging van en voor Poolse inwoners van Kanaalzijde.' }, [
  svc('Punkt Informacyjny',
    'Informatiepunt voor arbeidsmigranten uit Polen en Midden- en Oost-Europa: arbeidsrechten, uitzendcontracten, huisvesting via het uitzendbureau, inschrijven bij gemeente en huisarts. Punkt informacyjny dla Polaków: prawa pracownicze, mieszkanie, ubezpieczenie.',
    ['nieuwkomers', 'juridisch'],
    { lang: ['pl', 'nl'], hours: 'Zaterdag 10.00-14.00 uur.' }),
]);

org({ name: 'Eritrese Gemeenschap Kanaalzijde', place: 'Brugwijk', street: 'Brugstraat 80', desc: 'Zelforganisatie van Eritrese Kanaalzijdenaren.' }, [
  svc('Hdmo',
    'Ontmoeting, huiswerkbegeleiding voor kinderen en voorlichtingsbijeenkomsten in het Tigrinya over opvoeding, gezondheid en geld. Vrijwilligers bieden hulp bij brieven.',
    ['ontmoeting', 'statushouders', 'tolken'],
    { lang: ['ti'], phone: false }),
]);

org({ name: 'Vrouwencentrum Nour', place: 'Havenbuurt', street: 'Loswal 40', desc: 'Vrouwencentrum voor vrouwen met een migratieachtergrond.' }, [
  svc('Nour',
    'Ontmoetingsplek voor vrouwen met inloop, naailes, Nederlandse les, fietsles en voorlichting over gezondheid en opvoeding. Begeleiding in het Arabisch en Tamazight.',
    ['ontmoeting', 'taal-nt2'],
    { lang: ['ar', 'ber', 'nl'] }),
]);

// ---------------------------------------------------------------- overig
org({ name: 'Sport & Beweeg Kanaalzijde', place: 'Schutterij', street: 'Sportpark 1', desc: 'Buurtsportcoaches van het stadsdeel.' }, [
  svc('Beweegmakelaar',
    'De beweegmakelaar helpt inwoners die weinig bewegen een passende sport- of beweegactiviteit in de buurt te vinden, bijvoorbeeld na verwijzing via Welzijn op Recept of na afronding van de GLI. Ook Kind naar Gezonder Gewicht en aangepast sporten.',
    ['leefstijl-bewegen'],
    { fees: 'Gratis advies.' }),
  svc('Welzijn op Recept',
    'De huisarts of POH verwijst inwoners met psychosociale klachten (eenzaamheid, somberheid, stress) naar een welzijnscoach, die samen met u een passende activiteit in de wijk zoekt.',
    ['psychische-klachten', 'eenzaamheid'],
    { elig: 'Verwijzing huisarts of POH.' }),
]);

org({ name: 'FysioKanaal', place: 'Jaagpad-Noord', street: 'Jaagpad 88', desc: 'Fysiotherapiepraktijk.' }, [
  svc('Fysiotherapie & Oefentherapie',
    'Fysiotherapie, sportfysiotherapie en geriatriefysiotherapie aan huis. Valpreventiegroep Sterk Staan voor ouderen.',
    ['fysiotherapie', 'valpreventie'],
    {}),
]);

org({ name: 'Tandartspraktijk De Sluis', place: 'Sluiskwartier', street: 'Sluisweg 88', desc: 'Tandartspraktijk.' }, [
  svc('Tandarts',
    'Algemene tandheelkunde, mondhygiëne en spoedhulp bij kiespijn tijdens praktijkuren. Nieuwe patiënten welkom.',
    ['mondzorg'],
    {}),
]);

org({ name: 'Roze Kanaal', place: 'Centrum', street: 'Kanaalkade 77', desc: 'Vereniging voor lhbti+ inwoners.' }, [
  svc('Roze Kanaal',
    'Ontmoeting en ondersteuning voor lhbti+ personen: maandelijkse borrel, jongerengroep Queer Dok, coming-out-gesprekken, en een groep voor lhbti+ nieuwkomers (LGBTQ+ refugees, in English and Arabic).',
    ['lhbti', 'ontmoeting'],
    { lang: ['nl', 'en', 'ar'], phone: false }),
]);

org({ name: 'Uitvaartzorg Van Houten', place: 'Veerplein', street: 'Veerkade 3', desc: 'Uitvaartonderneming sinds 1952.' }, [
  svc('Nazorg',
    'Naast het verzorgen van uitvaarten bieden wij nazorg aan nabestaanden: een gesprek enkele weken na de uitvaart en een jaarlijkse herdenkingsavond.',
    ['rouw'],
    {}),
]);

org({ name: 'Fietsenwerkplaats De Trapper', place: 'Havenbuurt', street: 'Loswal 50', desc: 'Sociale onderneming: fietsenreparatie en leerwerkplaats.' }, [
  svc('Leerwerkplaats',
    'Werkervaringsplaatsen en dagbesteding in de fietsenwerkplaats voor mensen met een afstand tot de arbeidsmarkt. Reparatie en verkoop van tweedehands fietsen.',
    ['werk', 'dagbesteding'],
    {}),
]);

org({ name: 'Vrijwilligerscentrale Doe Mee!', place: 'Centrum', street: 'Kanaalkade 12', desc: 'Vrijwilligerscentrale van SWK.' }, [
  svc('Doe Mee!',
    'Vacaturebank en advies voor wie vrijwilligerswerk zoekt, ook voor nieuwkomers die hun netwerk willen uitbreiden of werkervaring willen opdoen. Ondersteuning van vrijwilligersorganisaties.',
    ['vrijwilligerswerk'],
    {}),
]);

org({ name: 'Computerhulp Byte aan Huis', place: 'Zwaaikom', street: 'Zwaaikomstraat 7', desc: 'Computerservice voor particulieren.' }, [
  svc('Hulp aan huis',
    'Computer, printer of wifi werkt niet? Wij komen bij u thuis. Ook uitleg voor senioren over tablet en smartphone.',
    ['digitale-vaardigheden'],
    { fees: '€ 45 voorrijkosten plus € 15 per kwartier.' }),
]);
