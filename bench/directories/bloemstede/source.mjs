// Bloemstede: a made-up wealthy suburban gemeente (about 44,000 residents, villas and a few
// social-housing blocks). SAMPLE DATA, FICTIONAL. Publisher: the gemeente's "Zorgloket" website,
// written by a communications agency: polished, upbeat, euphemistic ("financiële uitdagingen",
// "behoefte aan verbinding"), English buzzword names, many private paid providers.
import { svc, addingTo } from '../write-directory.mjs';

export const TOPICS = {
  'huisarts': 'huisartsenzorg overdag: spreekuur, consult, inschrijven bij een huisarts',
  'huisartsenpost': 'huisarts buiten kantoortijd (avond, nacht, weekend) voor dringende medische vragen',
  'poh-ggz': 'praktijkondersteuner GGZ bij de huisarts: kortdurende begeleiding bij psychische klachten',
  'psychische-klachten': 'hulp bij angst, somberheid, depressie, paniek en andere psychische klachten (basis-GGZ, psycholoog, therapie)',
  'burnout': 'overspannenheid, burn-out, stress door werk of prestatiedruk bij volwassenen',
  'ggz-specialistisch': 'specialistische GGZ en langdurige zorg bij ernstige psychische aandoeningen (EPA, psychose, FACT)',
  'herstel-lotgenoten': 'herstelacademie, ervaringsdeskundigen en lotgenotengroepen rond psychische kwetsbaarheid of verslaving',
  'eetproblemen': 'eetstoornissen en eetproblemen: anorexia, boulimia, eetbuien, ongezonde relatie met eten',
  'jongeren-stress': 'jongeren (12-23) met stress, prestatiedruk, somberheid, onzekerheid of mentale klachten',
  'jongerenwerk': 'jongerenwerk: ontmoetingsplek, activiteiten en laagdrempelige coaching voor jongeren',
  'jeugdhulp': 'jeugdhulp en jeugdteam: hulp aan kinderen en gezinnen bij problemen, toegang tot jeugdhulp',
  'opvoeden': 'opvoedondersteuning: vragen en zorgen van ouders over opvoeden en opgroeien',
  'zwangerschap-baby': 'zwangerschap, bevalling, kraamtijd, baby en peuter: verloskundige, kraamzorg, consultatiebureau',
  'postnatale-klachten': 'somberheid, angst of overbelasting rond zwangerschap en na de bevalling',
  'scheiding': 'echtscheiding of relatiebreuk: ouderschapsplan, mediation, kinderen bij scheiding',
  'school-leerplicht': 'leerplicht, schoolverzuim, thuiszitten en vragen over passend onderwijs',
  'ouderen-thuis': 'ondersteuning van ouderen om langer zelfstandig thuis te wonen: ouderenadvies, alarmering, hulp aan huis',
  'huishoudelijke-hulp': 'hulp bij het huishouden (schoonmaken, was) via de Wmo of particulier',
  'wijkverpleging': 'wijkverpleging en thuiszorg: verpleging en persoonlijke verzorging thuis',
  'maaltijden-boodschappen': 'maaltijdservice, warme maaltijden aan huis, hulp bij boodschappen',
  'vervoer': 'vervoer voor wie niet zelf kan reizen: regiotaxi, vrijwillige chauffeurs, rolstoelvervoer',
  'hulpmiddelen-woningaanpassing': 'hulpmiddelen (rollator, rolstoel, scootmobiel) en aanpassingen in de woning',
  'valpreventie': 'vallen voorkomen bij ouderen: valtest, balans- en beweegtraining',
  'dementie': 'dementie en geheugenproblemen: diagnose, casemanager, ontmoeting en steun voor naasten',
  'mantelzorg': 'ondersteuning van mantelzorgers: advies, lotgenoten, waardering, ook jonge mantelzorgers',
  'respijtzorg': 'tijdelijke overname van de zorg zodat de mantelzorger even vrij is (logeren, oppas, vervangende zorg)',
  'dagbesteding': 'dagbesteding en dagopvang voor ouderen of mensen met een beperking',
  'eenzaamheid': 'eenzaamheid en sociaal isolement: contact, maatjes, bezoekdiensten',
  'ontmoeting-activiteiten': 'ontmoetingsplekken, buurthuis en activiteiten in de wijk',
  'vrijwilligerswerk': 'vrijwilligerswerk zoeken of vrijwilligers vinden',
  'rouw': 'rouw en verlies: rouwbegeleiding, lotgenoten na overlijden (ook na zelfdoding)',
  'suicidepreventie': 'suïcidepreventie: trainingen, voorlichting en informatie over het bespreekbaar maken van zelfdoding',
  'palliatief': 'palliatieve zorg en levenseinde: hospice, terminale thuiszorg, vrijwillige terminale zorg',
  'schulden': 'schuldhulpverlening: problematische schulden, betalingsachterstanden, schuldregeling',
  'geldzorgen': 'geldzorgen en budgetteren: rondkomen, budgetcoaching, overzicht in geldzaken',
  'inkomensregelingen': 'inkomensondersteuning: bijstand, toeslagen, minimaregelingen, bijzondere bijstand, fondsen',
  'voedselhulp': 'voedselbank en andere hulp met eten of kleding voor wie het niet kan betalen',
  'administratie': 'hulp bij post, formulieren en de thuisadministratie',
  'werk': 'werk zoeken, re-integratie, loopbaan en terug naar werk na uitval',
  'wonen': 'woning zoeken, sociale huur, woonurgentie en verhuizen',
  'dakloosheid': 'dak- en thuisloosheid: maatschappelijke opvang, nachtopvang, Housing First',
  'woonproblemen': 'problemen met de woning of huur: huurachterstand, dreigende uitzetting, conflict met verhuurder',
  'juridisch': 'juridisch advies en rechtshulp: sociaal raadslieden, advocaat, rechtswinkel',
  'buurtbemiddeling': 'buurtbemiddeling bij ruzie of overlast met buren',
  'taal': 'Nederlands leren als tweede taal: taalcafé, taalmaatje, inburgering',
  'laaggeletterdheid': 'beter leren lezen, schrijven en rekenen (laaggeletterdheid)',
  'digitaal': 'digitale vaardigheden: computer, smartphone, DigiD, online zaken regelen',
  'verslaving': 'verslaving: alcohol, drugs, gokken, gamen, medicijnen',
  'huiselijk-geweld': 'huiselijk geweld, relatiegeweld, ouderenmishandeling, kindermishandeling: hulp en opvang',
  'statushouders': 'vluchtelingen en statushouders: begeleiding, inburgering, maatschappelijke begeleiding',
  'expats': 'internationals en expats: wegwijs in Nederland, Engelstalige informatie en contact',
  'beperking': 'ondersteuning van mensen met een verstandelijke, lichamelijke of zintuiglijke beperking (begeleiding, LVB)',
  'autisme-adhd': 'autisme, ADHD en andere vormen van neurodiversiteit: coaching, lotgenoten, informatie',
  'clientondersteuning': 'onafhankelijke cliëntondersteuning: iemand die meedenkt en helpt bij aanvragen (Wmo, Wlz, Jeugdwet)',
  'sociaal-team': 'algemeen toegangspunt van de gemeente/wijkteam voor alle vragen over zorg, welzijn, Wmo',
  'pgb': 'persoonsgebonden budget (pgb): aanvragen, beheren, advies',
  'relatie': 'relatieproblemen en relatietherapie',
  'bewegen-leefstijl': 'bewegen, sport en gezonde leefstijl, ook leefstijlprogramma (GLI) en overgewicht',
  'fysiotherapie': 'fysiotherapie en oefentherapie',
  'dieet-voeding': 'voedingsadvies en diëtist',
  'apotheek': 'apotheek en medicijnen: ophalen, bezorgen, medicatiebeoordeling',
  'lhbti': 'LHBTI+: steun, ontmoeting en informatie over seksuele en genderdiversiteit',
  'zingeving': 'levensvragen en zingeving: geestelijk verzorger, gesprek over betekenis en levenseinde',
};

export const places = {
  'Centrum': { gemeente: 'Bloemstede', pc: '0830' },
  'Villapark Hoogduin': { gemeente: 'Bloemstede', pc: '0834' },
  'De Wildhoeve': { gemeente: 'Bloemstede', pc: '0837' },
  'Oud-Bloemstede': { gemeente: 'Bloemstede', pc: '0841' },
  'Weidevaart': { gemeente: 'Bloemstede', pc: '0845' },
  'Ruysdaelkwartier': { gemeente: 'Bloemstede', pc: '0848' },
  'Kasteelpark': { gemeente: 'Bloemstede', pc: '0851' },
  'Vennebroek': { gemeente: 'Bloemstede', pc: '0854' },
  'Lindenhaeghe': { gemeente: 'Lindenhaeghe', pc: '0858' },
};

export const organizations = [];
const org = addingTo(organizations);
const REGIO = ['Bloemstede', 'Lindenhaeghe'];

// ---------------------------------------------------------------- gemeente
org({ name: 'Gemeente Bloemstede – Zorgloket', alt: 'Even Ontzorgen', place: 'Centrum', street: 'Raadhuisplein 1',
  desc: 'Het Zorgloket is dé digitale en fysieke entree voor alles wat met welzijn, zorg en meedoen te maken heeft. Even ontzorgen: wij denken met je mee, zodat jij weer verder kunt. Samen veerkrachtig, dat is Bloemstede.' }, [
  svc('Zorgloket – één vraag, één loket', 'Heb je een vraag over zorg, ondersteuning of welzijn en weet je niet goed waar je moet beginnen? Het Zorgloket is je eerste aanspreekpunt. Onze consulenten luisteren naar je verhaal en brengen je in contact met de juiste partner. Ook voor vragen over de Wmo.', ['sociaal-team'], {
    hours: 'Maandag t/m vrijdag 9.00-17.00 uur, donderdag tot 20.00 uur', apply: 'Bel, mail of loop binnen bij het Raadhuis. Een afspraak maken kan ook online.' }),
  svc('Het Goede Gesprek (Wmo)', 'In een persoonlijk gesprek aan de keukentafel verkennen we samen wat je nodig hebt om prettig thuis te blijven wonen: ondersteuning in huis, een scootmobiel of traplift, vervoer of een zinvolle dagbesteding. We kijken eerst naar wat je zelf en je netwerk kunnen.', ['huishoudelijke-hulp', 'hulpmiddelen-woningaanpassing', 'vervoer', 'dagbesteding', 'ouderen-thuis', 'sociaal-team'], {
    alt: 'Keukentafelgesprek', elig: 'Inwoners van Bloemstede met een ondersteuningsvraag.', fees: 'Voor Wmo-maatwerkvoorzieningen geldt een wettelijke eigen bijdrage (abonnementstarief).', apply: 'Meld je aan via het Zorgloket. Je mag een cliëntondersteuner meenemen.' }),
  svc('Grip op je financiën – inkomensondersteuning', 'Soms is het even puzzelen om de eindjes aan elkaar te knopen. De gemeente biedt verschillende regelingen die je wat extra ruimte geven: bijzondere bijstand, de collectieve zorgverzekering, individuele inkomenstoeslag en kwijtschelding van gemeentelijke belastingen. Check in 5 minuten waar je recht op hebt.', ['inkomensregelingen', 'geldzorgen'], {
    elig: 'Afhankelijk van inkomen en vermogen.', apply: 'Gebruik de online regelhulp of maak een afspraak.' }),
  svc('Bloemstede Plus Pas', 'Meedoen is voor iedereen! Met de Plus Pas krijgen inwoners met een smalle beurs korting op sport, cultuur, zwemles en schoolreisjes. Discreet en eenvoudig.', ['inkomensregelingen'], {
    elig: 'Inkomen tot 120% van het sociaal minimum.', fees: 'Gratis.' }),
  svc('PGB-spreekuur', 'Liever zelf regie over je zorg? Met een persoonsgebonden budget kies je zelf je zorgverlener. Tijdens het spreekuur leggen we uit hoe het werkt, wat er van je verwacht wordt en hoe je een budgetplan maakt.', ['pgb'], {
    hours: 'Eerste dinsdag van de maand 14.00-16.00 uur' }),
  svc('Leerplicht & Onderwijszaken', 'Het team Leerplicht zorgt er samen met scholen en ouders voor dat ieder kind naar school gaat en een passende plek vindt. Zit je kind (tijdelijk) thuis of is er sprake van verzuim? We zoeken samen naar een oplossing. Ook voor RMC-vragen van jongeren tot 23 zonder startkwalificatie.', ['school-leerplicht'], {}),
  svc('Woonloket & woonurgentie', 'Op zoek naar een passende woning in Bloemstede? Het Woonloket informeert je over sociale huur, doorstromen naar een seniorenwoning en de voorwaarden voor urgentie bij een acute woonvraag.', ['wonen'], {
    apply: 'Inschrijven voor sociale huur gaat via het regionale woonplatform. Urgentie aanvragen via het Woonloket.' }),
]);

// ---------------------------------------------------------------- wijkteam
org({ name: 'Samen Veerkrachtig Bloemstede', alt: 'Sociaal Wijkteam', place: 'Weidevaart', street: 'Weidevaartplein 12',
  desc: 'Het sociaal wijkteam van Bloemstede. Generalisten met hart voor de buurt: maatschappelijk werkers, jeugd- en gezinscoaches, wijkverpleegkundigen en consulenten. Voor alle vragen waarbij je wel een steuntje in de rug kunt gebruiken.' }, [
  svc('Wijkteam Samen Veerkrachtig', 'Loop je ergens tegenaan – thuis, met geld, in je relatie of met je gezondheid – en kom je er zelf even niet uit? De generalisten van het wijkteam denken gratis met je mee en bieden kortdurende ondersteuning. Geen verwijzing nodig.', ['sociaal-team', 'geldzorgen', 'relatie'], {
    fees: 'Gratis', hours: 'Inloop dinsdag en donderdag 9.30-12.00 uur', area: ['Bloemstede'] }),
  svc('Ouder & Kind Flow', 'Opgroeien en opvoeden gaat niet altijd vanzelf. Onze jeugd- en gezinscoaches ondersteunen gezinnen bij uiteenlopende uitdagingen: van driftbuien en slaapproblemen tot spanningen na een scheiding. Zo nodig regelen we (specialistische) jeugdhulp.', ['jeugdhulp', 'opvoeden', 'scheiding'], {
    alt: 'Jeugd- en gezinsteam', elig: 'Gezinnen met kinderen van 0 tot 18 jaar.', fees: 'Gratis' }),
  svc('Thuis in Balans', 'Voelt thuis niet altijd als een veilige plek? Is er sprake van spanningen die uit de hand lopen? Onze specialisten relationele veiligheid bieden vertrouwelijke, niet-oordelende ondersteuning aan alle betrokkenen, ook aan de pleger. Samen werken we aan rust en veiligheid.', ['huiselijk-geweld', 'relatie'], {
    fees: 'Gratis', apply: 'Bel het wijkteam en vraag naar Thuis in Balans. Anoniem advies kan ook.' }),
  svc('Schoolmaatschappelijk werk', 'Op alle basisscholen en op het Bloemstede Lyceum is een schoolmaatschappelijk werker aanwezig. Voor leerlingen die niet lekker in hun vel zitten, vaak afwezig zijn of thuis iets meemaken, en voor hun ouders.', ['jeugdhulp', 'jongeren-stress', 'school-leerplicht'], {
    at: { name: 'Bloemstede Lyceum', street: 'Lyceumlaan 4', place: 'Kasteelpark' } }),
]);

// ---------------------------------------------------------------- geld
org({ name: 'FinFit Bloemstede', alt: 'Schuldhulpverlening gemeente Bloemstede', place: 'Centrum', street: 'Raadhuisplein 1',
  desc: 'FinFit helpt inwoners die te maken hebben met financiële uitdagingen weer grip te krijgen op hun geldzaken. Discreet, professioneel en zonder oordeel – ook als je een mooi huis hebt, maar het toch niet meer rondkomt.' }, [
  svc('Financiële Fitheid – traject', 'Staan er rekeningen open die je niet kunt betalen, of is het overzicht een beetje zoek? Onze financieel coaches brengen samen met jou je situatie in kaart, maken een plan en treden waar nodig in contact met schuldeisers. Zo nodig begeleiden we je naar een schuldregeling.', ['schulden', 'geldzorgen'], {
    alt: 'Schuldhulpverlening', fees: 'Kosteloos', elig: 'Inwoners van Bloemstede van 18 jaar en ouder.' }),
  svc('Money Mindset – budgetcoaching', 'In een paar gesprekken leer je hoe je inkomsten en uitgaven in balans brengt. Met handige tools, een persoonlijk huishoudboekje en tips om slim te besparen. Ideaal bij een veranderende levensfase, zoals pensioen, scheiding of ontslag.', ['geldzorgen', 'administratie'], { fees: 'Kosteloos' }),
  svc('Early Care – Vroeg Eropaf', 'Signaleren woningcorporaties, energieleveranciers of zorgverzekeraars een betalingsachterstand, dan nemen wij proactief contact met je op. Vrijblijvend en vertrouwelijk, voordat kleine achterstanden grote zorgen worden.', ['schulden', 'woonproblemen'], {}),
  svc('Money Matters cursus 2023', 'Vijfdelige groepscursus over budgetteren. Deze cursus wordt niet meer aangeboden.', ['geldzorgen'], { status: 'inactive', phone: false }),
]);

org({ name: 'Paperwork Buddies', alt: 'Thuisadministratie Bloemstede', place: 'Oud-Bloemstede', street: 'Kerkstraat 8',
  desc: 'Vrijwillige thuisadministrateurs die je helpen overzicht te houden in je papierwerk. Een initiatief van Stichting Humaan Bloemstede.' }, [
  svc('Paperwork Buddies – ordenen & overzicht', 'Stapels post, onduidelijke brieven van instanties, formulieren voor toeslagen? Een getrainde vrijwilliger komt bij je thuis en helpt je de boel te ordenen en bij te houden. Ook fijn na het overlijden van een partner die altijd de financiën deed.', ['administratie', 'geldzorgen'], {
    fees: 'Gratis', apply: 'Aanmelden via het Zorgloket of rechtstreeks bij de coördinator.' }),
]);

org({ name: 'Stichting Gedeelde Tafel', place: 'Weidevaart', street: 'Industrieweg 33',
  desc: 'Omdat iedereen recht heeft op een goed gevulde tafel. Vrijwilligersorganisatie voor voedselondersteuning in Bloemstede en Lindenhaeghe.' }, [
  svc('Boodschappenpakket-ondersteuning', 'Is het tijdelijk lastig om rond te komen? Wekelijks stellen onze vrijwilligers een pakket samen met verse en houdbare producten. Uitgifte discreet, op afspraak. Voedselbank-aanvragen via een hulpverlener of het wijkteam.', ['voedselhulp'], {
    alt: 'Voedselbank Bloemstede', hours: 'Uitgifte vrijdag 14.00-16.00 uur', elig: 'Na intake; besteedbaar inkomen onder de norm.', area: REGIO }),
  svc('Pop-up Kledingpunt', 'Kwaliteitskleding voor kinderen en volwassenen, gratis voor wie het even kan gebruiken. Tweede zaterdag van de maand.', ['voedselhulp'], { hours: 'Tweede zaterdag van de maand 10.00-13.00 uur' }),
]);

org({ name: 'Bloemstede Fonds', place: 'Kasteelpark', street: 'Slotlaan 2',
  desc: 'Particulier fonds opgericht door betrokken inwoners. Wij geloven dat niemand in onze gemeente achter de voordeur onzichtbaar hoeft te blijven.' }, [
  svc('Discreet Support', 'Eenmalige financiële bijdrage voor inwoners die door omstandigheden in een kwetsbare positie zijn geraakt en nergens anders terechtkunnen – een nieuwe wasmachine, een bril, een schoolkamp. Aanvragen uitsluitend via een professional.', ['inkomensregelingen'], {
    apply: 'Aanvraag via maatschappelijk werk, wijkteam of FinFit.', phone: false }),
]);

// ---------------------------------------------------------------- welzijn / ouderen
org({ name: 'WelzijnPlus Bloemstede', place: 'Oud-Bloemstede', street: 'Lindeplein 5',
  desc: 'WelzijnPlus verbindt inwoners en versterkt de sociale samenhang. Wij organiseren ontmoeting, zetten vrijwilligers in en ondersteunen senioren bij vitaal ouder worden.' }, [
  svc('Silver Connect', 'Voor senioren met behoefte aan verbinding. Een vaste vrijwilliger komt wekelijks op bezoek voor een kop koffie, een wandeling of een goed gesprek. Zo blijft u betrokken bij de wereld om u heen.', ['eenzaamheid', 'ouderen-thuis'], {
    elig: 'Inwoners van 65 jaar en ouder.', fees: 'Gratis' }),
  svc('Buurtkamer De Linde', 'De huiskamer van Oud-Bloemstede. Schuif aan voor koffie, de krant, een spelletje of de gezamenlijke lunch op woensdag. Iedereen is welkom, je hoeft niets af te spreken.', ['ontmoeting-activiteiten', 'eenzaamheid'], {
    hours: 'Maandag t/m vrijdag 10.00-16.00 uur', fees: 'Lunch € 4,50' }),
  svc('Vitaal Thuis – ouderenadvies', 'De ouderenconsulent van WelzijnPlus komt bij u thuis voor een vrijblijvend gesprek over wonen, zorg, financiën en welzijn. Samen kijken we hoe u prettig en veilig zelfstandig kunt blijven wonen.', ['ouderen-thuis', 'clientondersteuning'], {
    alt: 'Ouderenconsulent', elig: '75+ of op verwijzing', fees: 'Gratis' }),
  svc('Vrijwilligerspunt Doe Mee!', 'Wil je je talenten inzetten voor een ander? Het Vrijwilligerspunt matcht je met een vrijwilligersklus die bij je past, van taalmaatje tot chauffeur. Ook organisaties die vrijwilligers zoeken kunnen hier terecht.', ['vrijwilligerswerk'], {}),
  svc('Boodschappen+bus', 'Elke dinsdag haalt de Boodschappen+bus senioren thuis op voor een gezellig uitje naar de supermarkt in het Centrum, inclusief kopje koffie na afloop. Ook voor wie zelf niet meer kan rijden.', ['maaltijden-boodschappen', 'vervoer', 'eenzaamheid'], {
    fees: '€ 2,- per rit', apply: 'Opgeven uiterlijk maandag 12.00 uur.' }),
  svc('Rijdende Vrienden', 'Vrijwillige chauffeurs brengen inwoners die minder mobiel zijn naar het ziekenhuis, de kapper of op visite. Met de eigen auto van de vrijwilliger.', ['vervoer'], {
    fees: '€ 0,35 per kilometer', apply: 'Twee werkdagen van tevoren bellen.' }),
  svc('Silver Surfers', 'Computercursus voor 60-plussers. Deze activiteit is tijdelijk gepauzeerd; kijk bij de Bibliotheek voor het actuele aanbod.', ['digitaal'], { status: 'inactive' }),
]);

org({ name: 'Mantelzorgpunt Bloemstede', place: 'Oud-Bloemstede', street: 'Lindeplein 5',
  desc: 'Zorg je voor een naaste? Dan ben je mantelzorger – en verdien je alle support. Mantelzorgpunt Bloemstede is onderdeel van WelzijnPlus.' }, [
  svc('Mantelzorg Lounge', 'Informatie, advies en een luisterend oor voor iedereen die langdurig zorgt voor een partner, ouder, kind of vriend. Ook onze inspiratiebijeenkomsten en lotgenotencontact vinden hier plaats.', ['mantelzorg'], { fees: 'Gratis' }),
  svc('Even Ertussenuit – respijtservice', 'Even tijd voor jezelf? Een getrainde vrijwilliger neemt een dagdeel de zorg van je over, zodat jij kunt opladen. Ook bemiddeling naar logeeropvang en vakantiezorg.', ['respijtzorg', 'mantelzorg'], {}),
  svc('Mantelzorgwaardering', 'Als blijk van waardering ontvangen mantelzorgers uit Bloemstede jaarlijks een cadeaubon of een verwendag.', ['mantelzorg'], { phone: false, online: true }),
  svc('YoungCare Club', 'Voor jongeren (12-24) die opgroeien met een ouder, broer of zus met een ziekte, beperking of verslaving. Gezellige uitjes, chill avonden en een coach om mee te praten. Jij bent ook belangrijk!', ['mantelzorg', 'jongeren-stress'], { elig: '12 tot 24 jaar' }),
  svc('Mantelzorgcafé Vennebroek', 'Maandelijkse ontmoeting voor mantelzorgers in Vennebroek. Tijdelijk gestopt wegens gebrek aan vrijwilligers.', ['mantelzorg'], { status: 'inactive', at: { name: 'Dorpshuis Vennebroek', street: 'Brink 3', place: 'Vennebroek' } }),
]);

org({ name: 'Zorggroep De Linde', place: 'Oud-Bloemstede', street: 'Lindelaan 40',
  desc: 'Zorggroep De Linde biedt wonen, welzijn en zorg voor senioren in Bloemstede en omstreken. Met persoonlijke aandacht en gastvrijheid als kernwaarden.' }, [
  svc('Wijkverpleging De Linde', 'Onze wijkverpleegkundigen en verzorgenden komen bij u thuis voor persoonlijke verzorging, wondzorg, medicatie en hulp bij het aantrekken van steunkousen. Ook na een ziekenhuisopname.', ['wijkverpleging'], {
    apply: 'Zonder verwijzing; de wijkverpleegkundige stelt de indicatie.', fees: 'Vergoed uit de basisverzekering, geen eigen risico.', area: REGIO }),
  svc('Dagcentrum Lindehof', 'Een zinvolle en gezellige dag met leeftijdsgenoten, met aandacht voor geheugen, bewegen en creativiteit. Geschikt voor ouderen met beginnende vergeetachtigheid en een welkome adempauze voor de mantelzorger.', ['dagbesteding', 'dementie', 'respijtzorg'], {
    alt: 'Dagbesteding ouderen', elig: 'Met Wmo-indicatie of Wlz.' }),
  svc('Chef@Home maaltijdservice', 'Verse, gevarieerde maaltijden, dagelijks aan huis bezorgd. Ook dieetwensen zoals zoutarm of gemalen. Lekker makkelijk!', ['maaltijden-boodschappen'], {
    fees: '€ 8,95 per maaltijd', alt: 'Tafeltje dekje' }),
  svc('Steady Steps', 'Zeker op de been blijven? In deze beweeggroep van 12 weken train je balans, kracht en zelfvertrouwen. Met valrisicotest aan het begin. In samenwerking met FysioVitaal.', ['valpreventie', 'bewegen-leefstijl'], {
    elig: '65-plussers', fees: '€ 45,- voor 12 lessen' }),
  svc('Logeerkamer De Linde', 'Kortdurend verblijf voor ouderen bij wie de mantelzorger even op adem moet komen of op vakantie gaat.', ['respijtzorg'], { elig: 'Met indicatie (Wlz of Wmo).' }),
]);

org({ name: 'ThuisPlus Zorg', place: 'Centrum', street: 'Stationsweg 17',
  desc: 'Premium thuiszorg en particuliere zorg aan huis. Zorg zoals u die zelf zou willen ontvangen: flexibel, vertrouwd en altijd met dezelfde vaste zorgverlener.' }, [
  svc('Private Care at Home', 'Particuliere verpleging en verzorging thuis, 24/7 beschikbaar, zonder wachttijd. Ook live-in zorg en nachtzorg. Wij verzorgen ook de terminale fase thuis.', ['wijkverpleging', 'ouderen-thuis', 'palliatief'], {
    fees: 'Particulier tarief vanaf € 62,- per uur; deels vergoed bij aanvullende verzekering of pgb.' }),
  svc('Companion Care', 'Gezelschap en lichte ondersteuning voor senioren: samen koken, wandelen, boodschappen doen of naar de dokter. Geschikt voor mensen met beginnende dementie.', ['ouderen-thuis', 'eenzaamheid', 'dementie', 'maaltijden-boodschappen'], {
    fees: '€ 39,- per uur' }),
]);

org({ name: 'Homeglow Huishoudservice', place: 'De Wildhoeve', street: 'Bedrijvenpark Wildhoeve 6',
  desc: 'Uw huis stralend schoon, u volledig ontzorgd. Homeglow levert betrouwbare en gescreende huishoudelijke hulpen.' }, [
  svc('Homeglow Cleaning', 'Wekelijkse of tweewekelijkse schoonmaak, strijkservice en voorjaarsschoonmaak. Ook als Wmo-aanbieder gecontracteerd voor huishoudelijke ondersteuning.', ['huishoudelijke-hulp'], {
    fees: 'Particulier € 32,50 per uur. Met Wmo-indicatie: abonnementstarief.' }),
]);

org({ name: 'SafeAtHome Alarmering', place: 'De Wildhoeve', street: 'Bedrijvenpark Wildhoeve 9',
  desc: 'Zorgeloos zelfstandig wonen met slimme technologie.' }, [
  svc('SafeAtHome personenalarm', 'Draagbare alarmknop met valdetectie. Bij een druk op de knop krijgt u direct contact met onze meldkamer, die uw contactpersonen of een zorgverlener inschakelt.', ['ouderen-thuis', 'hulpmiddelen-woningaanpassing', 'valpreventie'], {
    fees: 'Vanaf € 19,95 per maand' }),
]);

org({ name: 'ZorgShop Bloemstede', place: 'Centrum', street: 'Stationsweg 3',
  desc: 'Speciaalzaak in hulpmiddelen voor thuis en onderweg.' }, [
  svc('Hulpmiddelen uitleen & verkoop', 'Rollators, rolstoelen, douchestoelen, hoog-laagbedden en trapliftadvies. Tijdelijk lenen na een operatie of kopen. Ook het Wmo-depot voor scootmobielen.', ['hulpmiddelen-woningaanpassing'], {
    hours: 'Ma-za 9.00-17.30 uur' }),
]);

org({ name: 'Bloemstede Mobiel', alt: 'Regiotaxi', place: 'Lindenhaeghe', street: 'Vervoersweg 10',
  desc: 'Collectief vraagafhankelijk vervoer voor Bloemstede en Lindenhaeghe.' }, [
  svc('Bloemstede Mobiel – deur-tot-deurvervoer', 'Comfortabel van deur tot deur, ook met rolstoel of rollator. Met een Wmo-vervoerspas reist u tegen gereduceerd tarief.', ['vervoer'], {
    apply: 'Pas aanvragen via Het Goede Gesprek (Zorgloket).', hours: 'Dagelijks 7.00-24.00 uur', area: REGIO }),
]);

// ---------------------------------------------------------------- dementie / palliatief / rouw
org({ name: 'Dementienetwerk Bloemstede', place: 'Oud-Bloemstede', street: 'Lindelaan 40',
  desc: 'Samenwerkingsverband van zorg- en welzijnspartners voor mensen met dementie en hun naasten.' }, [
  svc('Casemanagement dementie', 'Na de diagnose dementie krijgt u een vaste casemanager die u en uw naasten begeleidt, adviseert en de zorg coördineert. Van de eerste twijfel tot de latere fase.', ['dementie'], {
    apply: 'Via de huisarts.', fees: 'Vergoed uit de basisverzekering.' }),
  svc('Memory Café', 'Maandelijks ontmoetingsavond voor mensen met geheugenproblemen, hun partners en mantelzorgers. Met een thema, een deskundige gast en ruimte voor elkaar.', ['dementie', 'mantelzorg', 'ontmoeting-activiteiten'], {
    alt: 'Alzheimer Café', hours: 'Derde woensdag van de maand 19.30-21.30 uur', at: { name: 'Buurtkamer De Linde', street: 'Lindeplein 5', place: 'Oud-Bloemstede' } }),
]);

org({ name: 'Hospice De Duinroos', place: 'Villapark Hoogduin', street: 'Duinroosweg 21',
  desc: 'Een warm thuis in de laatste levensfase.' }, [
  svc('Hospice De Duinroos', 'Bijna-thuis-huis met vier kamers voor mensen in de laatste levensfase. Professionele zorg en een team van vrijwilligers zorgen voor rust, comfort en aandacht.', ['palliatief'], {
    elig: 'Levensverwachting van minder dan drie maanden.', area: REGIO }),
  svc('Compassionate Presence – vrijwillige terminale zorg thuis', 'Getrainde vrijwilligers waken en zijn aanwezig bij u thuis in de laatste fase, zodat naasten kunnen rusten.', ['palliatief', 'mantelzorg', 'respijtzorg'], { alt: 'VPTZ' }),
]);

org({ name: 'Licht & Verlies', place: 'Kasteelpark', street: 'Parklaan 14',
  desc: 'Praktijk voor rouw- en verliesbegeleiding. Verlies hoort bij het leven, maar niemand hoeft het alleen te dragen.' }, [
  svc('Rouwcoaching 1-op-1', 'Persoonlijke begeleiding na het overlijden van een dierbare, bij verlies van gezondheid of na een scheiding. Ook specialistisch in verlies na zelfdoding en bij kinderen in rouw.', ['rouw'], {
    fees: '€ 95,- per sessie, soms vergoed via werkgever.' }),
  svc('Verder na verlies – lotgenotengroep', 'Acht bijeenkomsten met mensen die hetzelfde meemaken. Er is een aparte groep voor nabestaanden na suïcide.', ['rouw', 'herstel-lotgenoten'], { fees: '€ 120,- voor 8 bijeenkomsten' }),
]);

org({ name: 'Rustpunt Uitvaartzorg', place: 'Centrum', street: 'Stationsweg 41',
  desc: 'Persoonlijke uitvaarten in Bloemstede sinds 1962.' }, [
  svc('Rustpunt Nazorg', 'Ook na de uitvaart staan wij voor u klaar: met een nazorggesprek, hulp bij het afhandelen van formaliteiten en een jaarlijkse herdenkingsavond.', ['rouw', 'administratie'], {}),
]);

org({ name: 'Levensvragen Heuvelmark', place: 'Lindenhaeghe', street: 'Kloosterhof 2',
  desc: 'Netwerk van geestelijk verzorgers in de eerste lijn.' }, [
  svc('Zingeving aan huis', 'Worstelt u met vragen over het leven, ziekte, afscheid of betekenis? Een geestelijk verzorger komt bij u thuis voor een goed gesprek, los van geloof of levensovertuiging.', ['zingeving', 'palliatief', 'rouw'], {
    fees: 'Vergoed door de overheid (geen kosten).', area: REGIO }),
]);

// ---------------------------------------------------------------- eerste lijn
org({ name: 'Huisartsenpraktijk Hoogduin', place: 'Villapark Hoogduin', street: 'Duinroosweg 3',
  desc: 'Persoonlijke huisartsenzorg in een groene omgeving.' }, [
  svc('Spreekuur huisarts', 'Afspraken op werkdagen via de assistente of de app. Wij hebben momenteel een beperkte patiëntenstop; nieuwe inschrijvingen alleen voor inwoners van Villapark Hoogduin.', ['huisarts'], {
    hours: 'Ma-vr 8.00-17.00 uur' }),
  svc('Mentale Check-in (POH-GGZ)', 'Even vastgelopen, slecht slapen, piekeren of stress? Onze praktijkondersteuner GGZ biedt korte begeleiding van maximaal acht gesprekken en denkt mee over vervolgstappen.', ['poh-ggz', 'psychische-klachten', 'burnout'], {
    apply: 'Via de huisarts.', fees: 'Vergoed, geen eigen risico.' }),
]);

org({ name: 'Gezondheidscentrum Weidevaart', place: 'Weidevaart', street: 'Weidevaartplein 2',
  desc: 'Alle eerstelijnszorg onder één dak: huisartsen, praktijkondersteuners, fysiotherapie, diëtetiek en apotheek.' }, [
  svc('Huisartsen Weidevaart', 'Drie huisartsen met een open praktijk voor nieuwe patiënten uit heel Bloemstede. Telefonisch spreekuur en e-consult.', ['huisarts'], { hours: 'Ma-vr 8.00-17.00 uur' }),
  svc('Praktijkondersteuner GGZ & Welzijn op Recept', 'De POH-GGZ helpt bij psychische en psychosociale klachten. Soms is een activiteit, vrijwilligerswerk of contact met anderen het beste recept: dan verwijzen we via Welzijn op Recept naar een welzijnscoach.', ['poh-ggz', 'psychische-klachten', 'eenzaamheid'], {}),
  svc('Diëtistenpraktijk Weidevaart', 'Voedingsadvies bij overgewicht, diabetes, darmklachten, allergieën of ondervoeding bij ouderen. Drie uur per jaar vergoed uit de basisverzekering.', ['dieet-voeding'], {}),
  svc('Apotheek Weidevaart', 'Uw apotheek voor herhaalrecepten, medicatiebeoordeling en advies. Bezorgservice aan huis voor wie minder mobiel is.', ['apotheek'], { hours: 'Ma-vr 8.00-18.00 uur' }),
]);

org({ name: 'Huisartsenpost Heuvelmark', place: 'Lindenhaeghe', street: 'Ziekenhuislaan 1',
  desc: 'Huisartsenzorg voor dringende medische problemen buiten kantoortijd.' }, [
  svc('Huisartsenpost Heuvelmark', 'Voor dringende zorg die niet kan wachten tot uw eigen huisarts weer open is: \'s avonds, \'s nachts, in het weekend en op feestdagen. Altijd eerst bellen.', ['huisartsenpost'], {
    hours: 'Werkdagen 17.00-8.00 uur, weekend en feestdagen 24 uur', area: REGIO }),
]);

org({ name: 'FysioVitaal', place: 'Ruysdaelkwartier', street: 'Ruysdaellaan 77',
  desc: 'Fysiotherapie, manuele therapie en medische fitness. Move better, live better.' }, [
  svc('Fysiotherapie & manuele therapie', 'Behandeling van rug-, nek- en schouderklachten, sportblessures en revalidatie na een operatie. Direct toegankelijk, zonder verwijzing.', ['fysiotherapie'], {}),
  svc('Medical Fitness 50+', 'Onder begeleiding trainen aan kracht en conditie, ook bij artrose, COPD of hartklachten.', ['fysiotherapie', 'bewegen-leefstijl', 'valpreventie'], { fees: '€ 42,50 per maand' }),
]);

org({ name: 'Leef je Best', place: 'Weidevaart', street: 'Weidevaartplein 2',
  desc: 'Leefstijlcoaching volgens de gecombineerde leefstijlinterventie.' }, [
  svc('Leef je Best – GLI', 'Tweejarig programma over gezond eten, meer bewegen, beter slapen en minder stress, in een groep onder leiding van een leefstijlcoach. Voor volwassenen met overgewicht.', ['bewegen-leefstijl', 'dieet-voeding'], {
    apply: 'Verwijzing door de huisarts.', fees: 'Vergoed uit de basisverzekering.' }),
]);

org({ name: 'Move Bloemstede', alt: 'Buurtsportcoaches', place: 'Ruysdaelkwartier', street: 'Sportpark De Ruysdael',
  desc: 'De buurtsportcoaches van Bloemstede maken bewegen leuk en toegankelijk voor iedereen.' }, [
  svc('Move Bloemstede', 'Wandelvoetbal, beweegtuin-sessies, Nordic walking en sport voor kinderen met een smalle beurs. De buurtsportcoach helpt je het passende aanbod te vinden.', ['bewegen-leefstijl', 'ontmoeting-activiteiten'], {}),
]);

org({ name: 'Vitality Club Bloemstede', place: 'Centrum', street: 'Stationsweg 50',
  desc: 'Boutique gym, spa en wellness. Your best self starts here.' }, [
  svc('Vitality Membership', 'Onbeperkt toegang tot groepslessen, personal training en het spa-gedeelte. Ook yin yoga en breathwork.', ['bewegen-leefstijl'], { fees: 'Vanaf € 89,- per maand' }),
]);

// ---------------------------------------------------------------- GGZ
org({ name: 'MindWell', alt: 'MindWell Basis GGZ', place: 'Centrum', street: 'Stationsweg 22',
  desc: 'Gecontracteerde basis-GGZ en particuliere psychologenpraktijk. Mental health, made accessible.' }, [
  svc('Basis GGZ – kortdurende behandeling', 'Behandeling van angst, paniek, somberheid en depressie door GZ-psychologen. Combinatie van gesprekken op de praktijk en online modules.', ['psychische-klachten'], {
    apply: 'Verwijzing van de huisarts nodig.', fees: 'Vergoed uit de basisverzekering; eigen risico van toepassing.' }),
  svc('MindWell Online', 'Begeleide zelfhulp en videotherapie, wanneer het jou uitkomt. Ideaal voor drukke professionals.', ['psychische-klachten', 'burnout'], { online: true }),
  svc('Therapy in English', 'Short-term psychological treatment for internationals and expats, in English, by a licensed psychologist. Anxiety, low mood, adjustment and relationship issues.', ['psychische-klachten', 'expats'], {
    lang: ['en'], apply: 'GP referral required for reimbursement.' }),
]);

org({ name: 'GGZ Heuvelmark', place: 'Lindenhaeghe', street: 'Parkweg 100',
  desc: 'Specialistische geestelijke gezondheidszorg voor de regio Heuvelmark.' }, [
  svc('Specialistische GGZ volwassenen', 'Diagnostiek en behandeling bij complexe psychische problematiek, zoals ernstige depressie, bipolaire stoornis, psychose en persoonlijkheidsproblematiek.', ['ggz-specialistisch', 'psychische-klachten'], {
    apply: 'Verwijzing huisarts.', area: REGIO }),
  svc('FACT-team Bloemstede', 'Outreachende behandeling en begeleiding thuis voor mensen met een ernstige psychiatrische aandoening (EPA).', ['ggz-specialistisch'], { area: REGIO }),
  svc('Balans in Voeding – centrum eetstoornissen', 'Behandeling van anorexia nervosa, boulimia nervosa en eetbuistoornis bij jongeren vanaf 12 jaar en volwassenen. Ook ouderbegeleiding.', ['eetproblemen', 'ggz-specialistisch'], {
    apply: 'Verwijzing huisarts of jeugdteam.', area: REGIO }),
  svc('GGZ Heuvelmark Jeugd', 'Specialistische behandeling voor kinderen en jongeren tot 18 jaar met psychische problemen, zoals angst, depressie, trauma of ADHD.', ['jeugdhulp', 'jongeren-stress', 'psychische-klachten', 'autisme-adhd'], {
    apply: 'Verwijzing via huisarts of Ouder & Kind Flow.', area: REGIO }),
]);

org({ name: 'Herstelhuis Bloemstede', alt: 'Herstelacademie', place: 'Weidevaart', street: 'Molenpad 9',
  desc: 'Van, voor en door mensen met ervaring. Herstellen doe je zelf, maar niet alleen.' }, [
  svc('Herstelacademie – cursussen en workshops', 'Cursussen als "Omgaan met spanning", "WRAP" en "Je eigen verhaal" onder leiding van ervaringsdeskundigen. Open voor iedereen die werkt aan mentaal herstel.', ['herstel-lotgenoten', 'psychische-klachten'], {
    fees: 'Gratis', apply: 'Geen verwijzing of diagnose nodig.' }),
  svc('Inloop Herstelhuis', 'Open huiskamer met een ervaringsdeskundige gastheer of -vrouw. Koffie, contact en rust.', ['herstel-lotgenoten', 'ontmoeting-activiteiten'], { hours: 'Ma, wo, vr 11.00-15.00 uur' }),
]);

org({ name: 'Reset Coaching', place: 'Kasteelpark', street: 'Parklaan 30',
  desc: 'Reset Coaching begeleidt ambitieuze professionals die hun energie kwijt zijn terug naar balans en werkplezier.' }, [
  svc('Reset Coaching – terug naar balans', 'Voel je je opgebrand, prikkelbaar of leeg? In een traject van 8-12 sessies werken we aan herstel van energie, grenzen en werk-privébalans. Ook re-integratiebegeleiding in overleg met je werkgever.', ['burnout', 'werk'], {
    fees: '€ 135,- per sessie, vaak vergoed door werkgever.' }),
  svc('Executive Balance retreat', 'Driedaagse retreat in de bossen rond Bloemstede: mindfulness, wandelcoaching en leefstijlscan voor leidinggevenden.', ['burnout'], { fees: '€ 1.450,-' }),
]);

org({ name: 'Praktijk Adem & Ruimte', place: 'De Wildhoeve', street: 'Hoevepad 4',
  desc: 'Psychosomatische therapie en mindfulness (MBSR).' }, [
  svc('Mindfulnesstraining MBSR', 'Achtweekse training in aandacht en ontspanning, bewezen effectief bij stress, piekeren en terugkerende somberheid.', ['burnout', 'psychische-klachten'], { fees: '€ 395,-' }),
]);

org({ name: 'Mentaal Vangnet Heuvelmark', place: 'Lindenhaeghe', street: 'Kloosterhof 6',
  desc: 'Stichting die suïcidepreventie in de regio een gezicht geeft. Praten over zelfdoding helpt.' }, [
  svc('Zie de signalen – gatekeepertraining', 'Training van een dagdeel voor professionals, vrijwilligers, werkgevers en betrokken inwoners: hoe herken je signalen van suïcidale gedachten en hoe ga je het gesprek aan?', ['suicidepreventie'], {
    fees: 'Gratis voor inwoners en vrijwilligers uit de regio.', area: REGIO }),
  svc('Gastles mentale gezondheid', 'Interactieve gastles voor het voortgezet onderwijs over stress, somberheid, hulp zoeken en het bespreekbaar maken van suïcide.', ['suicidepreventie', 'jongeren-stress'], { area: REGIO }),
]);

// ---------------------------------------------------------------- jeugd & gezin
org({ name: 'Youth Hub Bloemstede', place: 'Ruysdaelkwartier', street: 'Ruysdaelplein 1',
  desc: 'Dé plek voor jongeren van 12 tot 23 in Bloemstede. Chill, create, connect.' }, [
  svc('The Spot', 'Jongerenhuis met gamehoek, studio, huiswerkplekken en een jongerenwerker om mee te sparren. Gewoon binnenlopen.', ['jongerenwerk', 'ontmoeting-activiteiten'], {
    hours: 'Wo 14.00-18.00, vr 19.00-23.00, za 14.00-18.00 uur' }),
  svc('Head Space – jongerencoaching', 'Prestatiedruk, stress over school, twijfels over wie je bent of gewoon even niet lekker in je vel? Onze jongerencoaches gaan een paar keer met je in gesprek. Gratis en je ouders hoeven het niet te weten.', ['jongeren-stress', 'jongerenwerk'], {
    elig: '12 tot 23 jaar', fees: 'Gratis' }),
  svc('Chat met Youth Hub', 'Anoniem chatten met een jongerenwerker over alles wat je bezighoudt.', ['jongeren-stress', 'jongerenwerk'], { online: true, phone: false, hours: 'Ma-do 19.00-22.00 uur' }),
]);

org({ name: 'Teen Talk Praktijk', place: 'Kasteelpark', street: 'Parklaan 18',
  desc: 'Particuliere praktijk voor kinder- en jeugdpsychologie.' }, [
  svc('Teen Talk', 'Psychologische begeleiding voor tieners bij faalangst, perfectionisme, somberheid, eet- en lichaamsbeeldproblemen. Korte wachttijd.', ['jongeren-stress', 'psychische-klachten', 'eetproblemen'], {
    fees: 'Particulier tarief € 110,-; met verwijzing via de gemeente vergoed.' }),
]);

org({ name: 'Food & Feelings', place: 'Ruysdaelkwartier', street: 'Ruysdaellaan 12',
  desc: 'Voedingspraktijk gespecialiseerd in een gezonde relatie met eten.' }, [
  svc('Food & Feelings – eetcoaching', 'Diëtist en eetcoach voor jongeren en volwassenen die worstelen met eetbuien, lijnen, emotie-eten of een verstoord eetpatroon. In samenwerking met behandelaars.', ['eetproblemen', 'dieet-voeding'], {
    fees: 'Drie uur per jaar vergoed uit de basisverzekering.' }),
]);

org({ name: 'Centrum voor Jeugd en Gezin Bloemstede', alt: 'CJG', place: 'Centrum', street: 'Kerkplein 7',
  desc: 'Jeugdgezondheidszorg en opvoedinformatie van -9 maanden tot 18 jaar.' }, [
  svc('Consultatiebureau', 'Volg de groei en ontwikkeling van je baby of peuter. Met vaccinaties, een luisterend oor van de jeugdverpleegkundige en tips over voeding en slapen.', ['zwangerschap-baby'], {
    elig: 'Kinderen van 0 tot 4 jaar', fees: 'Gratis' }),
  svc('Happy Parenting – opvoedspreekuur', 'Vragen over slapen, eten, zindelijkheid, puberteit, schermtijd of grenzen stellen? Stel ze aan een pedagoog, op het spreekuur of via de app.', ['opvoeden'], { fees: 'Gratis' }),
  svc('Jeugdarts & jeugdverpleegkundige op school', 'Gezondheidsonderzoek in groep 2, groep 7 en klas 2. Ook voor vragen over gezondheid, gewicht, mentaal welzijn en ziekteverzuim.', ['jongeren-stress', 'school-leerplicht', 'eetproblemen'], {}),
]);

org({ name: 'Mindful Moms', place: 'Kasteelpark', street: 'Parklaan 6',
  desc: 'Holistic support for (future) moms. Nurture yourself, nurture your baby.' }, [
  svc('Mindful Moms Circle', 'Wekelijkse groep voor zwangeren en moeders met baby: yoga, ademwerk en ervaringen delen. Voor wie zich na de bevalling overweldigd, somber of onzeker voelt is er ook individuele coaching door een perinataal psycholoog.', ['postnatale-klachten', 'zwangerschap-baby'], {
    fees: '€ 22,50 per sessie', lang: ['nl', 'en'] }),
]);

org({ name: 'Verloskundigenpraktijk De Wieg', place: 'Oud-Bloemstede', street: 'Kerkstraat 21',
  desc: 'Verloskundige zorg met persoonlijke aandacht.' }, [
  svc('Verloskundige zorg', 'Begeleiding tijdens zwangerschap, bevalling en kraamtijd. Ook preconceptiezorg en CenteringZwangerschap in groepen.', ['zwangerschap-baby'], {}),
]);

org({ name: 'Nestwarmte Kraamzorg', place: 'De Wildhoeve', street: 'Bedrijvenpark Wildhoeve 2',
  desc: 'Kraamzorg met een warm hart.' }, [
  svc('Kraamzorg', 'Een kraamverzorgende ondersteunt je in de eerste dagen na de bevalling: zorg voor moeder en baby, borstvoeding en rust in huis.', ['zwangerschap-baby'], { apply: 'Inschrijven vóór de 16e week.' }),
]);

org({ name: 'Fair Split Mediation', place: 'Centrum', street: 'Stationsweg 60',
  desc: 'Uit elkaar gaan met respect. MfN-registermediators en familierechtadvocaten.' }, [
  svc('Scheidingsmediation', 'Samen afspraken maken over kinderen, huis en pensioen, inclusief ouderschapsplan en convenant. Ook online.', ['scheiding', 'juridisch'], {
    fees: 'Vanaf € 2.950,-; toevoeging mogelijk bij laag inkomen.' }),
  svc('KidsFirst – kindergroep', 'Groepstraining voor kinderen van 8 tot 12 jaar van wie de ouders gescheiden zijn.', ['scheiding', 'jeugdhulp'], { alt: 'KIES' }),
]);

org({ name: 'Relatiepraktijk Verbinding', place: 'Villapark Hoogduin', street: 'Hoogduinseweg 50',
  desc: 'Relatietherapie voor stellen die weer contact willen maken.' }, [
  svc('Couples Reconnect', 'Relatietherapie bij ruzies, vervreemding, ontrouw of een kinderwens. Emotionally Focused Therapy (EFT).', ['relatie'], { fees: '€ 125,- per sessie; niet vergoed.' }),
]);

// ---------------------------------------------------------------- verslaving, geweld, opvang
org({ name: 'Verslavingszorg Heuvelmark', place: 'Lindenhaeghe', street: 'Parkweg 88',
  desc: 'Hulp bij middelengebruik en gedragsverslaving.' }, [
  svc('Clear Mind – alcohol & drugs', 'Twijfel je over je drinkgedrag of gebruik? Of maak je je zorgen om een naaste? Bij Clear Mind krijg je advies en behandeling, ook ambulant naast je werk.', ['verslaving'], { area: REGIO }),
  svc('Gokken & gamen – online hulp', 'Anonieme online zelfhulp en chat voor wie minder wil gokken of gamen.', ['verslaving'], { online: true }),
]);

org({ name: 'Sober Curious Circle', place: 'Centrum', street: 'Kerkplein 3',
  desc: 'Lotgenoteninitiatief voor mensen die bewuster willen omgaan met alcohol.' }, [
  svc('Sober Curious Circle', 'Tweewekelijkse bijeenkomst zonder oordeel, voor wie minder of niet meer wil drinken. Geïnspireerd op de twaalf stappen.', ['verslaving', 'herstel-lotgenoten'], { fees: 'Vrijwillige bijdrage', phone: false }),
]);

org({ name: 'Stichting Veilige Haven', place: 'Lindenhaeghe', street: 'Geheim', secretAddress: true,
  desc: 'Opvang en ambulante hulp bij huiselijk geweld.' }, [
  svc('Safe Space opvang', 'Tijdelijk veilig onderdak voor vrouwen, mannen en kinderen die thuis niet veilig zijn. Met begeleiding naar een nieuwe toekomst.', ['huiselijk-geweld', 'dakloosheid'], { area: REGIO, hours: '24/7 bereikbaar' }),
  svc('Ambulante hulp relationele veiligheid', 'Begeleiding thuis of op locatie om geweld te stoppen en veiligheid op te bouwen, ook bij ouderenmishandeling of financiële uitbuiting.', ['huiselijk-geweld'], { area: REGIO }),
]);

org({ name: 'Stichting Onderdak Heuvelmark', place: 'Lindenhaeghe', street: 'Havenstraat 5',
  desc: 'Maatschappelijke opvang en begeleid wonen.' }, [
  svc('Nachtopvang & dagopvang', 'Een bed, een douche en een maaltijd voor wie geen dak boven het hoofd heeft. Overdag inloop en begeleiding.', ['dakloosheid'], { area: REGIO }),
  svc('Housing First', 'Eerst een eigen woning, dan verder werken aan herstel, met intensieve begeleiding.', ['dakloosheid', 'wonen'], { area: REGIO }),
]);

org({ name: 'Woonstede', alt: 'Woningcorporatie Woonstede', place: 'Weidevaart', street: 'Weidevaartplein 20',
  desc: 'De woningcorporatie van Bloemstede. Thuis in Bloemstede.' }, [
  svc('Woonconsulent – huurachterstand', 'Loopt de huur achter of zie je het niet meer zitten met de betalingen? Neem vroeg contact op; samen maken we een betalingsregeling en kijken we naar hulp.', ['woonproblemen', 'schulden'], {}),
  svc('Huurdersservice & reparaties', 'Meld een reparatie, vocht of schimmel, of ga in gesprek over overlast.', ['woonproblemen'], { online: true }),
]);

org({ name: 'Goede Buren Bloemstede', place: 'Weidevaart', street: 'Molenpad 9',
  desc: 'Buurtbemiddeling door getrainde vrijwilligers.' }, [
  svc('Goede Buren – buurtbemiddeling', 'Last van geluid, een boom, parkeren of een conflict met de buren? Onze onpartijdige bemiddelaars helpen om weer met elkaar in gesprek te komen.', ['buurtbemiddeling'], { fees: 'Gratis' }),
]);

// ---------------------------------------------------------------- recht, werk, inkomen
org({ name: 'Legal Desk Bloemstede', alt: 'Sociaal Raadslieden', place: 'Centrum', street: 'Raadhuisplein 1',
  desc: 'Gratis juridisch en sociaal advies.' }, [
  svc('Sociaal raadslieden', 'Hulp bij brieven van het UWV, de Belastingdienst of het CJIB, bezwaarschriften, toeslagen, huurrecht en arbeidsrecht.', ['juridisch', 'inkomensregelingen', 'administratie'], {
    fees: 'Gratis', hours: 'Inloopspreekuur maandag en woensdag 9.00-12.00 uur' }),
]);

org({ name: 'Van Dalen & Partners Advocaten', place: 'Kasteelpark', street: 'Slotlaan 10',
  desc: 'Advocatuur voor particulieren en ondernemers.' }, [
  svc('Familierecht & erfrecht', 'Specialisten in echtscheiding, alimentatie, erfenissen en bewind/mentorschap.', ['juridisch', 'scheiding'], {}),
]);

org({ name: 'Werkplein Heuvelmark', place: 'Lindenhaeghe', street: 'Stationsplein 1',
  desc: 'Werk en inkomen voor Bloemstede en Lindenhaeghe.' }, [
  svc('Bijstand & uitkering', 'Heb je onvoldoende inkomen om van rond te komen? Vraag een bijstandsuitkering aan. Wij helpen je ook bij de stap naar werk.', ['inkomensregelingen', 'werk'], { area: REGIO }),
  svc('Next Step – re-integratie', 'Persoonlijke werkcoaching, sollicitatietraining en werkervaringsplekken voor inwoners met een uitkering of zonder werk.', ['werk'], { area: REGIO }),
]);

org({ name: 'Career Switch', place: 'Centrum', street: 'Stationsweg 60',
  desc: 'Loopbaancoaching voor professionals.' }, [
  svc('Career Switch – loopbaancoaching', 'Vastgelopen in je werk of toe aan een nieuwe richting? Loopbaantests, coaching en outplacement.', ['werk'], { fees: 'Vanaf € 950,-' }),
]);

// ---------------------------------------------------------------- taal, digitaal, nieuwkomers
org({ name: 'Bibliotheek Bloemstede', alt: 'Taalhuis', place: 'Centrum', street: 'Kerkplein 1',
  desc: 'Inspiratie, informatie en ontmoeting. De bieb is van iedereen.' }, [
  svc('Taalhuis', 'Beter leren lezen, schrijven of rekenen? In het Taalhuis vind je cursussen en een taalvrijwilliger die bij jou past. Ook voor Nederlanders.', ['laaggeletterdheid', 'taal'], { fees: 'Gratis' }),
  svc('Taalcafé', 'Oefen Nederlands in een ontspannen sfeer met andere nieuwkomers en vrijwilligers.', ['taal', 'ontmoeting-activiteiten'], { hours: 'Donderdag 10.00-11.30 uur' }),
  svc('Klik & Tik – digitale vaardigheden', 'Leer omgaan met de computer, tablet en smartphone in kleine groepen. Van e-mailen tot videobellen met de kleinkinderen.', ['digitaal'], { fees: 'Gratis' }),
  svc('Informatiepunt Digitale Overheid', 'Hulp bij DigiD aanvragen, inloggen bij Mijn Overheid, toeslagen of je belastingaangifte online.', ['digitaal', 'administratie'], {}),
]);

org({ name: 'Senior Tech Tutors', place: 'Villapark Hoogduin', street: 'Duinroosweg 30',
  desc: 'Geduldige techhulp aan huis.' }, [
  svc('Tech Tutor aan huis', 'Een tutor komt bij u thuis om uw nieuwe telefoon, iPad of laptop in te stellen en uit te leggen. Ook installeren van bankieren-apps.', ['digitaal'], { fees: '€ 55,- per uur' }),
]);

org({ name: 'International Welcome Desk Heuvelmark', place: 'Centrum', street: 'Raadhuisplein 1',
  desc: 'Your first point of contact as an international in Bloemstede and Lindenhaeghe.' }, [
  svc('International Newcomers Desk', 'Help with registration (BSN), finding a GP, health insurance, schooling for your children and other practical questions when settling in. We also guide you to local care and support services.', ['expats'], {
    lang: ['en'], hours: 'Tue & Thu 9.00-13.00', area: REGIO }),
  svc('Expat Partner Circle', 'Monthly meet-up for accompanying partners: coffee, walks and workshops. A place to build your network and feel at home.', ['expats', 'eenzaamheid', 'ontmoeting-activiteiten'], { lang: ['en'] }),
]);

org({ name: 'Nieuwe Start Bloemstede', place: 'Weidevaart', street: 'Molenpad 11',
  desc: 'Begeleiding van statushouders en nieuwkomers.' }, [
  svc('Maatschappelijke begeleiding statushouders', 'Ondersteuning in het eerste jaar: huis inrichten, zorgverzekering, school, gemeente en inburgering.', ['statushouders', 'taal'], { lang: ['nl', 'ar', 'ti', 'uk'] }),
  svc('Taalmaatje', 'Een vrijwilliger oefent wekelijks Nederlands met je, thuis of in de bibliotheek.', ['taal', 'statushouders'], {}),
]);

// ---------------------------------------------------------------- beperking, clientondersteuning
org({ name: 'Eigen Kracht Begeleiding', place: 'De Wildhoeve', street: 'Hoevepad 10',
  desc: 'Ambulante begeleiding en dagbesteding voor mensen met een beperking.' }, [
  svc('Ambulante begeleiding', 'Begeleiding thuis bij dagstructuur, huishouden, geldzaken en sociale contacten, voor mensen met een licht verstandelijke beperking, NAH of psychische kwetsbaarheid.', ['beperking', 'ggz-specialistisch'], {
    elig: 'Met Wmo-indicatie of pgb.' }),
  svc('Atelier De Hoeve', 'Dagbesteding met houtwerkplaats, tuin en kantine voor volwassenen met een beperking.', ['dagbesteding', 'beperking'], {}),
]);

org({ name: 'NeuroFlow', place: 'Ruysdaelkwartier', street: 'Ruysdaellaan 80',
  desc: 'Coaching voor neurodivergente volwassenen en jongeren.' }, [
  svc('NeuroFlow coaching', 'Coaching voor mensen met autisme of AD(H)D: planning, prikkels, werk en relaties. Ook psycho-educatie voor ouders.', ['autisme-adhd'], { fees: '€ 90,- per uur; ook met pgb.' }),
  svc('Autisme Café Bloemstede', 'Maandelijkse ontmoeting voor volwassenen met autisme en hun naasten.', ['autisme-adhd', 'ontmoeting-activiteiten'], {}),
]);

org({ name: 'Onafhankelijke Cliëntondersteuning Heuvelmark', alt: 'MEE', place: 'Lindenhaeghe', street: 'Stationsplein 5',
  desc: 'Onafhankelijk en gratis. Wij staan naast u.' }, [
  svc('Cliëntondersteuning', 'Een cliëntondersteuner helpt u bij het voorbereiden van het gesprek met de gemeente, het aanvragen van Wmo, Wlz of jeugdhulp, en bij bezwaar. Voor iedereen, ook voor mensen met een beperking.', ['clientondersteuning', 'beperking'], { fees: 'Gratis', area: REGIO }),
]);

org({ name: 'PGB Proof', place: 'Villapark Hoogduin', street: 'Hoogduinseweg 8',
  desc: 'Zorgeloos administreren van uw persoonsgebonden budget.' }, [
  svc('PGB Proof – budgetbeheer', 'Wij nemen de administratie van uw pgb uit handen: zorgovereenkomsten, declaraties bij de SVB en verantwoording.', ['pgb', 'administratie'], { fees: '€ 45,- per maand' }),
]);

// ---------------------------------------------------------------- overig
org({ name: 'Proud Bloemstede', place: 'Centrum', street: 'Kerkplein 3',
  desc: 'Roze netwerk van Bloemstede.' }, [
  svc('Proud Meet-up', 'Maandelijkse borrel en jongerenavond voor LHBTIQ+ inwoners en hun vrienden. Ook voorlichting op scholen.', ['lhbti', 'ontmoeting-activiteiten'], {}),
]);

org({ name: 'Diaconie Dorpskerk Bloemstede', place: 'Oud-Bloemstede', street: 'Kerkstraat 1',
  desc: 'Omzien naar elkaar.' }, [
  svc('Diaconaal spreekuur', 'Een luisterend oor en waar nodig een helpende hand: een bezoekje, een bijdrage in de kosten of een doorverwijzing. Voor iedereen, gelovig of niet.', ['eenzaamheid', 'inkomensregelingen', 'zingeving'], { phone: false }),
]);

org({ name: 'Hair & Care aan huis', place: 'Vennebroek', street: 'Brink 9',
  desc: 'Kapper en pedicure aan huis.' }, [
  svc('Kapper & pedicure aan huis', 'Voor wie niet meer gemakkelijk de deur uit komt: wij knippen, föhnen en verzorgen voeten bij u thuis of in het verzorgingshuis.', ['ouderen-thuis'], { fees: 'Knippen vanaf € 29,-' }),
]);

org({ name: 'Landgoed Vennebroek', place: 'Vennebroek', street: 'Vennebroekseweg 2',
  desc: 'Zorgboerderij en theeschenkerij.' }, [
  svc('Zorgboerderij Vennebroek', 'Dagbesteding tussen de dieren en in de moestuin, voor ouderen met dementie, jongeren die thuiszitten en volwassenen met een beperking.', ['dagbesteding', 'dementie', 'beperking'], {}),
  svc('Theeschenkerij', 'Geopend van april tot oktober voor wandelaars en fietsers.', ['ontmoeting-activiteiten'], { status: 'inactive' }),
]);
