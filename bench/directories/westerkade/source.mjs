// Westerkade: a fictional big-city port district (about 70,000 residents) of the made-up gemeente
// Rijnmonde. SAMPLE DATA, FICTIONAL: every name, street, postal code (0540-0579) and number is
// invented. Publisher: the "Buurtgids Westerkade", kept by the district's community workers
// (opbouwwerk): street-level, direct, informal "je"-language, lots of informal initiatives, and
// professional services described in the same plain way. Some entries are in English, Polish or
// Bulgarian, as the people who run them wrote them.
import { addingTo, svc } from '../write-directory.mjs';

export const TOPICS = {
  huisarts: 'Huisartsenpraktijk: eerste dokter voor lichamelijke en psychische klachten, inschrijven bij een huisarts.',
  huisartsenpost: 'Dokter buiten kantoortijd: huisartsenpost in de avond, nacht en het weekend voor zorg die niet kan wachten.',
  'poh-ggz': 'Praktijkondersteuner GGZ bij de huisarts: korte begeleiding bij lichte psychische klachten.',
  'ggz-behandeling': 'Behandeling in de (basis- of specialistische) GGZ: psycholoog, psychiater, wijk-GGZ-team.',
  'somberheid-stress': 'Lichte psychische klachten: somber, gestrest, angstig, piekeren, slecht slapen; praten, zelfhulp, cursus.',
  suicidepreventie: 'Suïcidepreventie: training, voorlichting en steun rond zelfdoding (geen acute hulp).',
  rouw: 'Rouw en verlies: steun na het overlijden van een naaste, rouwgroep, uitvaart.',
  verslaving: 'Alcohol, drugs, gokken, gamen: verslavingszorg en hulp bij minderen of stoppen.',
  'herstel-lotgenoten': 'Herstel en lotgenoten: ervaringsdeskundigen, zelfhulpgroepen, herstelwerkplaats.',
  jongerenwerk: 'Jongerenwerk: plek, activiteiten en een vertrouwde volwassene voor jongeren (ca. 12-23).',
  'jongeren-risico': 'Jongeren die afglijden: straatcoaching, criminaliteitspreventie, ronselen, overlast.',
  huiswerkbegeleiding: 'Huiswerkbegeleiding en bijles voor kinderen en jongeren.',
  schooluitval: 'Jongeren zonder school, diploma of werk: terug naar school of aan het werk (RMC/jongerenloket).',
  opvoedsteun: 'Opvoedvragen en steun aan ouders: opvoedadvies, oudergroepen, buurtmoeders.',
  jgz: 'Jeugdgezondheidszorg 0-18: consultatiebureau, groei, vaccinaties, jeugdarts/-verpleegkundige.',
  zwangerschap: 'Zwangerschap en kraamtijd: verloskundige, zwangerschapscursus, kraamzorg.',
  jeugdhulp: 'Jeugdhulp: hulp bij problemen van een kind of gezin, via wijkteam of jeugdteam.',
  kinderactiviteiten: 'Activiteiten en speelplekken voor kinderen, ook gratis mee kunnen doen aan sport en cultuur.',
  wijkteam: 'Wijkteam/sociaal team: één plek voor allerlei vragen over zorg, geld, wonen en opvoeden.',
  schulden: 'Schulden: schuldhulpverlening, schuldregeling, bewind, hulp bij betalingsachterstanden.',
  geldzorgen: 'Geldzorgen en rondkomen: budgetcoaching, overzicht in geldzaken, toeslagen, geldloket.',
  minimaregelingen: 'Regelingen voor mensen met een laag inkomen: meedoenpas, bijzondere bijstand, kwijtschelding, fondsen.',
  voedselhulp: 'Voedselhulp: voedselbank, gratis of goedkope maaltijden, voedselpakketten.',
  'kleding-spullen': 'Gratis of goedkope kleding, meubels en spullen: kledingbank, kringloop, weggeefwinkel.',
  'formulieren-hulp': 'Hulp bij post, brieven, formulieren en administratie (lezen, invullen, regelen).',
  'werk-zoeken': 'Werk zoeken en aan het werk komen: re-integratie, sollicitatiehulp, werkervaring.',
  'inkomen-uitkering': 'Uitkering aanvragen en inkomen: bijstand, werkplein, gesprekken over uitkering.',
  vrijwilligerswerk: 'Vrijwilligerswerk vinden of doen.',
  huisvesting: 'Een woning zoeken of urgentie aanvragen; woonruimte voor jongeren.',
  huurproblemen: 'Problemen met de huur of de verhuurder: huurachterstand, gebreken, schimmel, huurrecht, uitzetting.',
  dakloosheid: 'Dak- en thuisloos: nachtopvang, dagopvang, postadres, hulp als je geen huis hebt.',
  'juridisch-advies': 'Juridisch advies: sociaal raadslieden, rechtshulp, advocaat, bezwaar maken.',
  'migratie-verblijf': 'Verblijfsrecht en migratie: verblijfsvergunning, asiel, naturalisatie, gezinshereniging.',
  inburgering: 'Inburgering en begeleiding van statushouders.',
  'migranten-ondersteuning': 'Steun voor migranten en nieuwkomers in hun eigen taal of gemeenschap: wegwijs, zelforganisaties.',
  arbeidsmigranten: 'Arbeidsmigranten (o.a. uit Polen en Bulgarije): rechten op het werk, uitbuiting, wegwijs.',
  ongedocumenteerden: 'Mensen zonder verblijfspapieren: zorg, opvang en advies voor ongedocumenteerden.',
  'taal-nederlands': 'Nederlands leren en oefenen: taalles, taalcafé, taalmaatje.',
  laaggeletterdheid: 'Beter leren lezen, schrijven en rekenen (laaggeletterdheid), taalhuis.',
  'digitale-hulp': 'Hulp met computer, smartphone, internet, DigiD en online zaken.',
  'ouderen-ondersteuning': 'Ondersteuning voor ouderen thuis: ouderenwerk, ouderenadviseur, huisbezoek.',
  wijkverpleging: 'Wijkverpleging en persoonlijke verzorging thuis (wassen, aankleden, medicijnen, wonden).',
  'huishoudelijke-hulp': 'Huishoudelijke hulp: hulp bij schoonmaken en het huishouden.',
  'wmo-voorzieningen': 'Wmo-voorzieningen: hulpmiddelen, woningaanpassing, vervoer, rolstoel, aanvraag bij de gemeente.',
  dagbesteding: 'Dagbesteding en zinvolle dagbesteding voor ouderen, mensen met een beperking of psychische klachten.',
  mantelzorg: 'Steun voor mantelzorgers: advies, respijt, lotgenoten, ook jonge mantelzorgers.',
  dementie: 'Dementie en geheugenproblemen: casemanager, Alzheimer Café, steun voor naasten.',
  eenzaamheid: 'Eenzaamheid: maatjes, bezoekjes, contact met anderen.',
  ontmoeting: 'Ontmoeting en activiteiten in de buurt: buurthuis, koffie-inloop, clubs.',
  beperking: 'Mensen met een (licht verstandelijke, lichamelijke) beperking: cliëntondersteuning, begeleiding.',
  'huiselijk-geweld': 'Huiselijk geweld en kindermishandeling: hulp, advies, opvang, vrouwenopvang.',
  buurtbemiddeling: 'Burenruzie en overlast: buurtbemiddeling.',
  'sport-bewegen': 'Sporten en bewegen: buurtsport, sportclubs, beweeggroepen.',
  valpreventie: 'Vallen voorkomen bij ouderen: valrisicotest, balanstraining.',
  leefstijl: 'Gezonde leefstijl en overgewicht: leefstijlcoach, GLI, diëtist, gezond eten.',
  fysiotherapie: 'Fysiotherapie en oefentherapie.',
  apotheek: 'Apotheek en medicijnen: ophalen, uitleg, medicijnrol, bezorging.',
  tandarts: 'Tandarts en mondzorg.',
  zorgverzekering: 'Zorgverzekering: geen of te dure verzekering, premie-achterstand, zorg zonder verzekering.',
  'seksuele-gezondheid': 'Seksuele gezondheid: soa-test, anticonceptie, onbedoeld zwanger, vragen over seks.',
  lhbti: 'LHBTI+: steun, ontmoeting en voorlichting voor lhbti+ mensen.',
  energiearmoede: 'Hoge energierekening en energiearmoede: energiecoach, besparen, noodfonds.',
  discriminatie: 'Discriminatie melden en advies daarover.',
  'palliatieve-zorg': 'Zorg in de laatste levensfase: hospice, terminale thuiszorg, vrijwilligers.',
  'chronische-ziekte': 'Leven met een chronische ziekte (diabetes, hart, COPD): lotgenoten, voorlichting, begeleiding.',
  'justitie-nazorg': 'Na detentie of met justitie in aanraking: nazorg ex-gedetineerden, reclassering.',
};

const GEMEENTE = 'Rijnmonde';
export const places = {
  'Oude Haven': { gemeente: GEMEENTE, pc: '0541' },
  Kadebuurt: { gemeente: GEMEENTE, pc: '0544' },
  Dokzicht: { gemeente: GEMEENTE, pc: '0548' },
  Torenwijk: { gemeente: GEMEENTE, pc: '0552' },
  Zoutkeet: { gemeente: GEMEENTE, pc: '0557' },
  Visserseiland: { gemeente: GEMEENTE, pc: '0561' },
  'Westerkade-Noord': { gemeente: GEMEENTE, pc: '0566' },
  Pieremolen: { gemeente: GEMEENTE, pc: '0571' },
  Stadshart: { gemeente: GEMEENTE, pc: '0577' },
};

export const organizations = [];
const org = addingTo(organizations);
const WK = ['Westerkade'];

// ——— Wijkteam en gemeente ———
org({ name: 'Wijkteam Westerkade', place: 'Kadebuurt', street: 'Touwslagersstraat 14', desc: 'Het wijkteam. Voor alle vragen waar je zelf niet uitkomt: geld, zorg, opvoeden, wonen. Sociaal werkers, jeugd- en gezinswerkers en Wmo-consulenten onder één dak.' }, [
  svc('Inloop wijkteam', 'Geen gedoe, gewoon binnenlopen. Je zit niet goed in je vel, de rekeningen stapelen op, je weet niet waar je moet beginnen? Wij kijken samen met je wat er nodig is en regelen de rest. Ook als je alleen een vraag hebt.', ['wijkteam', 'formulieren-hulp', 'geldzorgen'], { hours: 'ma t/m vr 9.00-12.00 inloop, middag op afspraak', fees: 'Gratis', lang: ['nl', 'en', 'ar', 'tr'] }),
  svc('Jeugd & Gezin (wijkteam)', 'Zorgen om je kind, ruzie thuis, school belt steeds? De gezinswerkers van het wijkteam komen bij je thuis en denken mee. Als er meer nodig is regelen zij jeugdhulp, zonder dat je zelf moet gaan zoeken.', ['jeugdhulp', 'opvoedsteun', 'wijkteam'], { elig: 'Gezinnen met kinderen 0-18 in Westerkade', fees: 'Gratis, geen verwijzing nodig' }),
  svc('Wmo-consulent', 'Moeite met lopen, traplopen, douchen of het huishouden? Dan kun je bij ons een Wmo-melding doen. De consulent komt langs voor een keukentafelgesprek en kijkt naar hulp in huis, hulpmiddelen, een scootmobiel of aanpassingen aan je woning.', ['wmo-voorzieningen', 'huishoudelijke-hulp'], { apply: 'Bellen of binnenlopen bij de inloop. Na de melding binnen 6 weken een gesprek.', fees: 'Eigen bijdrage mogelijk (CAK)' }),
  svc('Cliëntondersteuning', 'Iemand naast je die onafhankelijk meedenkt als je met de gemeente, de zorgverzekeraar of het zorgkantoor moet praten. Ook voor mensen met een beperking of hun familie.', ['beperking', 'wmo-voorzieningen', 'wijkteam'], { fees: 'Gratis' }),
]);

org({ name: 'Gemeente Rijnmonde – Werkplein West', alt: 'Werkplein', place: 'Stadshart', street: 'Havenbeursplein 1', desc: 'Het werkplein van de gemeente voor uitkering, werk en inkomen.' }, [
  svc('Bijstand aanvragen', 'Geen inkomen of te weinig? Hier vraag je een bijstandsuitkering (Participatiewet) aan. Lukt het digitaal niet, neem dan je papieren mee naar het spreekuur.', ['inkomen-uitkering'], { apply: 'Online met DigiD of op het spreekuur', hours: 'di en do 9.00-12.00' }),
  svc('Werkcoaches Westerkade', 'Met een werkcoach naar werk, een opleiding of een werkervaringsplek. Voor mensen met een uitkering, maar ook als je zonder uitkering zit.', ['werk-zoeken'], { elig: '18+' }),
  svc('Meedoenpas & minimaregelingen', 'Met een laag inkomen krijg je met de Meedoenpas korting op sport, zwemmen, cultuur en de bieb. Ook voor bijzondere bijstand en kwijtschelding van gemeentebelasting kun je hier terecht.', ['minimaregelingen', 'geldzorgen'], { elig: 'Inkomen tot 120% van het sociaal minimum' }),
  svc('Schuldhulpverlening gemeente', 'Kom je er met je schulden niet meer uit? De gemeente helpt met een schuldregeling of verwijst naar bewind. Hoe eerder je komt, hoe meer we kunnen doen. Je krijgt binnen 3 werkdagen een eerste gesprek.', ['schulden'], { fees: 'Gratis', apply: 'Aanmelden via het Geldloket of het wijkteam' }),
]);

// ——— Gezondheid ———
org({ name: 'Gezondheidscentrum De Kaap', place: 'Dokzicht', street: 'Kaapstanderweg 2', desc: 'Huisartsen, POH, fysio, diëtist en apotheek in één gebouw aan het Dokplein.' }, [
  svc('Huisartsen De Kaap', 'Drie huisartsen, ook voor nieuwe patiënten uit Dokzicht en Torenwijk. Bel voor 10.00 uur voor een afspraak dezelfde dag. Dokter Mendes spreekt Portugees en Kaapverdiaans.', ['huisarts'], { hours: 'ma-vr 8.00-17.00', lang: ['nl', 'pt', 'kea'] }),
  svc('POH-GGZ De Kaap', 'Loop je vast, slaap je slecht, pieker je veel? Via je huisarts kun je een paar gesprekken hebben met de praktijkondersteuner GGZ. Kort, dichtbij, en het kost je niks.', ['poh-ggz', 'somberheid-stress'], { apply: 'Via je huisarts', fees: 'Vergoed, geen eigen risico' }),
  svc('Fysio Dokplein', 'Fysiotherapie en oefengroepen voor rug, nek en knie. Ook oefentherapie voor mensen met COPD.', ['fysiotherapie', 'chronische-ziekte'], { fees: 'Aanvullende verzekering of zelf betalen' }),
  svc('Leefstijlcoach (GLI)', 'Twee jaar lang samen werken aan gezonder eten, meer bewegen en beter slapen, in een groep met buurtgenoten. Vergoed vanuit de basisverzekering als je huisarts je doorstuurt (BMI 30 of hoger, of 25+ met risico).', ['leefstijl'], { apply: 'Verwijzing huisarts', fees: 'Basisverzekering' }),
]);

org({ name: 'Huisartsenpraktijk Torenwijk', alt: 'dokter Amrani', place: 'Torenwijk', street: 'Torenflat C, plint', desc: 'Huisartspraktijk onderin flat C.' }, [
  svc('Huisartspraktijk Amrani & Kowalski', 'Huisartsen in de Torenwijk. Patiëntenstop voor nieuwe patiënten van buiten de Torenwijk. Arabisch, Berbers en Pools gesproken.', ['huisarts'], { lang: ['nl', 'ar', 'pl'] }),
  svc('Diabetesspreekuur', 'Praktijkverpleegkundige voor mensen met suikerziekte: controle, voeten, ogen, uitleg over eten. Ook groepsvoorlichting tijdens de ramadan.', ['chronische-ziekte'], { elig: 'Patiënten van de praktijk' }),
]);

org({ name: 'Huisartsenpraktijk Zoutkeet', place: 'Zoutkeet', street: 'Zoutkeetsgracht 40', desc: 'Per 1 maart gesloten. Patiënten zijn overgeschreven naar De Kaap.' }, [
  svc('Huisartsenpraktijk Zoutkeet (gesloten)', 'Deze praktijk is gesloten. Patiënten kunnen terecht bij Gezondheidscentrum De Kaap.', ['huisarts'], { status: 'inactive' }),
]);

org({ name: 'Huisartsenpost Rijnmonde-West', alt: 'HAP West', place: 'Stadshart', street: 'Gasthuislaan 5', desc: 'Dokter nodig als je eigen huisarts dicht is.' }, [
  svc('Huisartsenpost avond, nacht en weekend', 'Is je huisarts dicht en kan het niet wachten tot morgen? Bel eerst de huisartsenpost. Niet zomaar langskomen, altijd eerst bellen.', ['huisartsenpost'], { hours: 'ma-vr 17.00-8.00, weekend en feestdagen hele dag' }),
]);

org({ name: 'Apotheek Oude Haven', place: 'Oude Haven', street: 'Havenstraat 88', desc: 'Apotheek in de Oude Haven.' }, [
  svc('Apotheek Oude Haven', 'Medicijnen ophalen, uitleg over je medicijnen, ook herhaalrecept. Bezorgen aan huis voor wie slecht ter been is.', ['apotheek'], { hours: 'ma-vr 8.00-18.00, za 10.00-13.00' }),
  svc('Medicijnrol', 'Veel pillen? Wij zetten ze per dag en tijdstip in een rol, zodat je niks vergeet.', ['apotheek', 'ouderen-ondersteuning'], { phone: false }),
]);

org({ name: 'Tandartspraktijk Smile Westerkade', place: 'Stadshart', street: 'Kadeboulevard 210', desc: 'Moderne tandartspraktijk. Bleken, implantaten en algemene tandheelkunde.' }, [
  svc('Tandarts – nieuwe patiënten welkom', 'Algemene tandheelkunde, mondhygiëne en cosmetische behandelingen. Online afspraak maken. Kinderen tot 18 gratis via de basisverzekering.', ['tandarts'], { fees: 'Volgens NZa-tarieven' }),
]);

org({ name: 'Dokters van de Haven', place: 'Oude Haven', street: 'Lijnbaanskade 3', desc: 'Vrijwillige artsen en tandartsen voor wie nergens anders terecht kan.' }, [
  svc('Spreekuur zonder papieren of verzekering', 'Geen verblijfspapieren, geen zorgverzekering, of dakloos en nergens ingeschreven? Je kunt bij ons een arts spreken. We vragen niet naar papieren en geven niets door.', ['ongedocumenteerden', 'zorgverzekering', 'huisarts', 'dakloosheid'], { hours: 'wo 13.00-16.00', fees: 'Gratis', lang: ['nl', 'en', 'fr', 'ar'] }),
  svc('Noodtandarts voor onverzekerden', 'Kiespijn en geen geld of verzekering voor de tandarts? Eens per maand behandelt een vrijwillige tandarts de ergste pijn.', ['tandarts', 'zorgverzekering', 'ongedocumenteerden'], { hours: 'eerste za van de maand' }),
]);

org({ name: 'Verloskundigen Ankerplaats', place: 'Kadebuurt', street: 'Ankerplaats 9', desc: 'Verloskundigenpraktijk.' }, [
  svc('Verloskundige zorg', 'Zwanger? Meld je zo vroeg mogelijk bij ons aan, je hebt geen verwijzing nodig. Controles, echo, bevalling thuis of in het ziekenhuis.', ['zwangerschap'], { fees: 'Basisverzekering, geen eigen risico' }),
  svc('Centering Zwangerschap', 'De controles in een groep met 8-12 andere zwangere vrouwen uit de buurt. Je leert van elkaar en er is tijd voor vragen. Groepen ook in het Engels.', ['zwangerschap', 'opvoedsteun'], { lang: ['nl', 'en'] }),
]);

org({ name: 'JGZ Westerkade', alt: 'consultatiebureau', place: 'Visserseiland', street: 'Netboetersstraat 12', desc: 'Jeugdgezondheidszorg van de GGD voor kinderen van 0 tot 18.' }, [
  svc('Consultatiebureau Visserseiland', 'Wegen, meten, prikken en al je vragen over voeding, slapen en huilen. Je krijgt vanzelf een uitnodiging na de geboorte.', ['jgz', 'opvoedsteun'], { fees: 'Gratis' }),
  svc('Jeugdverpleegkundige op school', 'Op elke basis- en middelbare school in Westerkade is er een jeugdverpleegkundige voor vragen over gezondheid, pesten, puberteit en thuis.', ['jgz', 'jeugdhulp'], { phone: false }),
]);

org({ name: 'GGD Rijnmonde', place: 'Stadshart', street: 'Gasthuislaan 11', desc: 'Publieke gezondheid.' }, [
  svc('Soa-poli', 'Gratis en anoniem testen op soa en hiv als je jonger bent dan 25, of bij klachten. Ook vragen over anticonceptie en de morning-afterpil.', ['seksuele-gezondheid'], { fees: 'Gratis voor de doelgroep' }),
  svc('Training "Vraag het gewoon" (suïcidepreventie)', 'Gratis training van 2,5 uur voor buurtwerkers, sleutelfiguren, docenten en iedereen die het wil leren: hoe herken je dat iemand aan zelfdoding denkt, hoe vraag je ernaar en waar verwijs je naar.', ['suicidepreventie'], { fees: 'Gratis', apply: 'Aanmelden via de website' }),
]);

// ——— GGZ ———
org({ name: 'GGZ Havenkwartier', place: 'Westerkade-Noord', street: 'Scheepmakerslaan 60', desc: 'Geestelijke gezondheidszorg voor volwassenen in Westerkade en omgeving.' }, [
  svc('Basis GGZ', 'Kortdurende behandeling bij depressie, angst, trauma en PTSS. Alleen met verwijzing van je huisarts. Wachttijd: zie website.', ['ggz-behandeling'], { apply: 'Verwijzing huisarts nodig', fees: 'Basisverzekering, eigen risico' }),
  svc('Wijk-GGZ team (FACT)', 'Voor mensen met langdurige ernstige psychische problemen. Het team komt bij je thuis en helpt met behandeling, wonen, geld en dagbesteding.', ['ggz-behandeling', 'herstel-lotgenoten'], { apply: 'Via huisarts of wijkteam' }),
  svc('Herstelwerkplaats De Boei', 'Cursussen en groepen gegeven door ervaringsdeskundigen. Over herstel, je eigen verhaal, omgaan met stemmen, weer grip krijgen. Iedereen welkom, je hoeft geen cliënt te zijn.', ['herstel-lotgenoten', 'somberheid-stress'], { fees: 'Gratis', hours: 'ma t/m do, zie programma' }),
]);

org({ name: 'Mind Dock', place: 'Stadshart', street: 'Kadeboulevard 15', desc: 'Online and in-person support for internationals.' }, [
  svc('Mind Dock – mental health support for internationals', 'Feeling stressed, down or lost since you moved here? Short-term counselling in English with a psychologist, and free peer groups for expats, students and international workers. No referral needed for the peer groups.', ['somberheid-stress', 'ggz-behandeling', 'migranten-ondersteuning'], { lang: ['en'], fees: 'Peer groups free; counselling €75 per session or via your insurer with GP referral' }),
]);

org({ name: 'Nabestaandengroep Na de Stilte', place: 'Oude Haven', street: 'Kerkstraat 4 (Havenkerk)', desc: 'Voor mensen die iemand hebben verloren door zelfdoding.' }, [
  svc('Lotgenotengroep na zelfdoding', 'Iemand verloren door zelfdoding, kort geleden of jaren terug? Eens per maand zitten we met lotgenoten bij elkaar. Je hoeft niks te zeggen als je dat niet wilt.', ['rouw', 'suicidepreventie', 'herstel-lotgenoten'], { hours: 'elke 2e dinsdag 19.30' }),
]);

org({ name: 'Verslavingszorg Kade', alt: 'VZK', place: 'Westerkade-Noord', street: 'Scheepmakerslaan 64', desc: 'Hulp bij alcohol, drugs, gokken en gamen.' }, [
  svc('Inloopspreekuur verslaving', 'Drink, blow of gebruik je meer dan je wilt? Of gok je je geld weg? Kom langs, ook zonder verwijzing. Ook familie kan hier terecht.', ['verslaving'], { hours: 'wo 14.00-17.00', fees: 'Eerste gesprek gratis' }),
  svc('Behandeling verslaving', 'Ambulante behandeling en dagbehandeling bij verslaving aan alcohol, cannabis, cocaïne, lachgas of gokken.', ['verslaving'], { apply: 'Verwijzing huisarts' }),
  svc('Gokhulp jongeren', 'Voor jongeren tot 25 die vastlopen met online gokken, sportweddenschappen of gamen. Chat of afspraak.', ['verslaving', 'jongerenwerk'], { online: true }),
]);

org({ name: 'AA Westerkade', place: 'Oude Haven', street: 'Kerkstraat 4 (Havenkerk)', desc: 'Anonieme Alcoholisten.' }, [
  svc('AA meeting (English speaking)', 'Open AA meeting in English every Thursday. Anyone with a desire to stop drinking is welcome. No sign-up, no costs.', ['verslaving', 'herstel-lotgenoten'], { lang: ['en'], hours: 'Thursdays 20.00', phone: false }),
]);

// ——— Jeugd en jongeren ———
org({ name: 'Buurtmoeders Westerkade', place: 'Torenwijk', street: 'Torenflat A, ontmoetingsruimte', desc: 'Moeders uit de buurt die andere moeders helpen.' }, [
  svc('Buurtmoeders', 'Moeders uit de Torenwijk en de Kadebuurt die andere moeders op weg helpen. Over opvoeden, school, het consultatiebureau of gewoon even praten. In je eigen taal: Arabisch, Turks, Berbers, Kaapverdiaans, Papiaments.', ['opvoedsteun', 'migranten-ondersteuning', 'eenzaamheid'], { lang: ['nl', 'ar', 'tr', 'kea'], fees: 'Gratis' }),
  svc('Moederochtend met kinderopvang', 'Elke woensdagochtend koffie, thee en een thema (slapen, schermtijd, puberteit) terwijl de kleintjes spelen.', ['opvoedsteun', 'ontmoeting'], { hours: 'wo 9.30-11.30' }),
]);

org({ name: 'Straatcoaches Westerkade', place: 'Torenwijk', street: 'Torenplein 1 (container)', desc: 'Straatcoaches en jongerenwerkers die op straat zijn.' }, [
  svc('Straatcoaches', 'Wij lopen elke avond door de wijk. We kennen de jongens en meiden op de pleinen, spreken ze aan, en helpen ze weg van overlast, ronselen en de verkeerde vrienden. Ouders kunnen ons ook bellen.', ['jongeren-risico', 'jongerenwerk'], { hours: 'dagelijks 16.00-24.00' }),
]);

org({ name: 'Jongerenwerk Westerkade', alt: 'JW', place: 'Zoutkeet', street: 'Zoutkeetsgracht 2', desc: 'Jongerenwerk voor 12-23 jaar.' }, [
  svc('Jongerencentrum De Loods', 'Chillen, muziek maken, gamen, studio, en een jongerenwerker als je ergens mee zit. Voor iedereen van 12 tot 23.', ['jongerenwerk'], { hours: 'di-za 15.00-22.00' }),
  svc('Meidenclub', 'Alleen voor meiden, 12-18. Koken, praten over alles, uitjes.', ['jongerenwerk'], { hours: 'vr 16.00-19.00' }),
  svc('Jonge mantelzorgers club', 'Zorg jij thuis voor je moeder, vader, broertje of zus? Eens per maand iets leuks doen met jongeren die hetzelfde meemaken.', ['mantelzorg', 'jongerenwerk'], { elig: '10-23 jaar' }),
]);

org({ name: 'Boksschool Atlas', place: 'Visserseiland', street: 'Vismarkt 17', desc: 'Boks- en kickboksschool. Ook jongerenwerk en trainingen voor buurtkinderen.' }, [
  svc('Boksen met Karim – voor jongeren', 'Gratis trainen voor jongens en meiden van 10-18 uit Westerkade. Discipline, respect, en na de training even praten. Karim en zijn trainers kennen de straat en helpen je als het misgaat met school of politie.', ['sport-bewegen', 'jongerenwerk', 'jongeren-risico'], { fees: 'Gratis met Meedoenpas', hours: 'ma, wo, vr 17.00-18.30' }),
  svc('Kickboksen volwassenen', 'Lessen voor volwassenen, alle niveaus. Abonnement vanaf €35 per maand.', ['sport-bewegen'], { fees: 'Vanaf €35 p/m' }),
]);

org({ name: 'Moskee Al-Fath', place: 'Kadebuurt', street: 'Zeilmakersstraat 30', desc: 'Moskee en sociaal-culturele vereniging.' }, [
  svc('Huiswerkklas Al-Fath', 'Huiswerkbegeleiding voor kinderen van groep 6 tot en met de brugklas, door studenten en vrijwilligers. Ook Cito-training. Voor alle kinderen, niet alleen van de moskee.', ['huiswerkbegeleiding'], { hours: 'ma-do 16.00-18.00', fees: '€5 per maand, niet kunnen betalen is geen probleem' }),
  svc('Vrouwenochtend Al-Fath', 'Ontmoeting voor vrouwen met thee, voorlichting (gezondheid, geld, opvoeden) en Nederlandse les.', ['ontmoeting', 'taal-nederlands', 'eenzaamheid'], { hours: 'di 10.00-12.00' }),
]);

org({ name: 'Huiswerkhuis Kadebuurt', place: 'Kadebuurt', street: 'Touwslagersstraat 18', desc: 'Bijles en studieruimte.' }, [
  svc('Studieplek & bijles', 'Rustige plek om te leren, met studenten die bijles geven in wiskunde, Engels en Nederlands. Voor middelbare scholieren.', ['huiswerkbegeleiding'], { fees: 'Gratis' }),
]);

org({ name: 'Jongerenloket Rijnmonde', place: 'Stadshart', street: 'Havenbeursplein 1', desc: 'Voor jongeren 16-27 zonder school of werk.' }, [
  svc('Jongerenloket 16-27', 'Gestopt met school, geen diploma, geen werk? Bij het jongerenloket kijken we samen of je terug naar school kunt, een baan zoekt of een uitkering nodig hebt. Ook hulp met geld en wonen.', ['schooluitval', 'werk-zoeken', 'inkomen-uitkering'], { elig: '16-27 jaar' }),
]);

org({ name: 'Speeltuin De Walvis', place: 'Visserseiland', street: 'Walvisstraat 1', desc: 'Speeltuinvereniging.' }, [
  svc('Speeltuin De Walvis', 'Omheinde speeltuin met een klein gebouw. Woensdagmiddag knutselen en in de vakanties kinderactiviteiten. Lid worden kost €10 per jaar.', ['kinderactiviteiten'], { hours: 'apr-okt dagelijks 13.00-18.00' }),
]);

org({ name: 'Jeugdfonds Sport & Cultuur Rijnmonde', place: 'Stadshart', street: 'Postbus 540', desc: 'Betaalt contributie voor kinderen uit gezinnen met weinig geld.' }, [
  svc('Jeugdfonds: sport en cultuur betaald', 'Wil je kind op voetbal, dansen of muziekles maar is er geen geld? Via school, wijkteam of jongerenwerker vraag je een bijdrage aan. Het geld gaat rechtstreeks naar de club.', ['kinderactiviteiten', 'minimaregelingen', 'sport-bewegen'], { apply: 'Via een intermediair (school, wijkteam, jongerenwerk)', online: true }),
]);

// ——— Geld en schulden ———
org({ name: 'Geldloket De Kade', place: 'Kadebuurt', street: 'Touwslagersstraat 14', desc: 'Geldloket in het gebouw van het wijkteam.' }, [
  svc('Geldloket', 'Post die je niet durft open te maken? Toeslagen terugbetalen? Aanmaningen? Neem je tas met papieren mee. We zoeken het samen uit, zonder oordeel. We kijken ook of je recht hebt op toeslagen of regelingen.', ['geldzorgen', 'schulden', 'formulieren-hulp', 'minimaregelingen'], { hours: 'ma, wo, vr 9.00-12.00', fees: 'Gratis' }),
  svc('Belastingspreekuur', 'Hulp bij je belastingaangifte en toeslagen (zorgtoeslag, huurtoeslag, kinderopvangtoeslag). Neem je DigiD mee.', ['formulieren-hulp', 'geldzorgen'], { hours: 'mrt-mei, do 13.00-16.00' }),
]);

org({ name: 'SchuldHulpMaatje Westerkade', place: 'Oude Haven', street: 'Kerkstraat 4 (Havenkerk)', desc: 'Vrijwillige maatjes voor mensen met schulden.' }, [
  svc('Schuldhulpmaatje', 'Een getrainde vrijwilliger die naast je staat: samen je post en administratie op orde, een plan maken, mee naar de schuldhulp. Zo lang als nodig.', ['schulden', 'geldzorgen', 'formulieren-hulp'], { fees: 'Gratis' }),
]);

org({ name: 'Kadebewind B.V.', place: 'Stadshart', street: 'Kadeboulevard 301', desc: 'Professioneel beschermingsbewind en budgetbeheer.' }, [
  svc('Beschermingsbewind en budgetbeheer', 'Wij nemen je financiële administratie over: vaste lasten betalen, leefgeld, contact met schuldeisers. Bewind wordt aangevraagd bij de kantonrechter. Kosten worden bij laag inkomen vaak vergoed via bijzondere bijstand.', ['schulden', 'geldzorgen'], { fees: 'Tarieven volgens de Regeling beloning curatoren, beschermingsbewindvoerders en mentoren' }),
]);

org({ name: 'Energiecoaches Westerkade', place: 'Pieremolen', street: 'Molenwerf 6', desc: 'Vrijwilligers die je helpen energie te besparen.' }, [
  svc('Energiecoach aan huis', 'Energierekening te hoog, koud huis, schimmel? Een energiecoach komt langs, kijkt waar het lekt en brengt gratis tochtstrips, led-lampen en radiatorfolie mee. Ook hulp bij het energiecontract.', ['energiearmoede', 'geldzorgen'], { fees: 'Gratis' }),
]);

// ——— Voedsel, spullen ———
org({ name: 'Voedselbank Westerkade', place: 'Zoutkeet', street: 'Pakhuisstraat 22', desc: 'Voedselpakketten voor huishoudens die het even niet redden.' }, [
  svc('Voedselbank uitgiftepunt Zoutkeet', 'Wekelijks een pakket met eten en verzorgingsproducten. Je hebt een intake nodig: die doet het wijkteam of het Geldloket.', ['voedselhulp'], { apply: 'Intake via wijkteam of Geldloket', hours: 'vr 13.00-16.00' }),
]);

org({ name: 'Bethelkerk Westerkade', alt: 'Evangelische Gemeente Bethel', place: 'Pieremolen', street: 'Molenstraat 51', desc: 'Evangelische kerk met veel leden uit Suriname, Ghana en Kaapverdië.' }, [
  svc('Voedseluitdeling Bethel', 'Elke zaterdag delen we eten uit: brood, groente, rijst, wat er binnenkomt. Geen papieren, geen vragen. Op is op.', ['voedselhulp'], { hours: 'za 11.00-13.00', fees: 'Gratis' }),
  svc('Kledingkamer Bethel', 'Gratis kleding voor volwassenen en kinderen, ook schooluniformen en winterjassen. Spullen brengen mag ook.', ['kleding-spullen'], { hours: 'za 11.00-13.00' }),
]);

org({ name: 'Buurtrestaurant De Kombuis', place: 'Oude Haven', street: 'Havenstraat 12', desc: 'Buurthuis en buurtrestaurant.' }, [
  svc('Eten voor €3,50', 'Dinsdag en donderdag koken vrijwilligers een driegangenmenu voor €3,50. Samen aan lange tafels. Met Meedoenpas €1.', ['voedselhulp', 'eenzaamheid', 'ontmoeting'], { hours: 'di en do 17.30' }),
  svc('Buurthuis De Kombuis', 'Koffie-inloop, bingo, naaiclub, kinderclub op woensdag, en ruimte voor je eigen idee. Iedereen welkom.', ['ontmoeting', 'kinderactiviteiten'], { hours: 'ma-vr 10.00-17.00' }),
]);

org({ name: 'Kringloop De Tweede Ronde', place: 'Dokzicht', street: 'Loswal 40', desc: 'Kringloopwinkel en leer-werkbedrijf.' }, [
  svc('Kringloopwinkel', 'Meubels, kleding, witgoed en huisraad voor weinig. Bezorgen kan. Met een verwijzing van het wijkteam krijg je een waardebon.', ['kleding-spullen'], { hours: 'di-za 10.00-17.00' }),
  svc('Werkervaring in de kringloop', 'Werken in de winkel, het magazijn of op de bus om weer ritme te krijgen. Ook als vrijwilliger.', ['werk-zoeken', 'vrijwilligerswerk'], { phone: false }),
]);

// ——— Hulp bij papieren, taal en digitaal ———
org({ name: 'Bij Fatima', place: 'Torenwijk', street: 'Torenflat B, huisnummer 1', desc: 'Fatima en haar vrijwilligers in de plint van flat B.' }, [
  svc('Bij Fatima – brieven en koffie', 'Snap je een brief niet? Moet er een formulier in? Kom even langs bij Fatima. Koffie staat klaar. Ze spreekt Arabisch, Berbers en Nederlands, en haar buurvrouw Turks.', ['formulieren-hulp', 'migranten-ondersteuning', 'eenzaamheid'], { hours: 'ma-do 10.00-13.00', lang: ['nl', 'ar', 'tr'], phone: false }),
]);

org({ name: 'Bibliotheek Westerkade', place: 'Stadshart', street: 'Kadeboulevard 100', desc: 'De bieb. Boeken, maar ook het Taalhuis en digitale hulp.' }, [
  svc('Taalhuis', 'Beter leren lezen, schrijven of rekenen? Of Nederlands leren? In het Taalhuis vind je een cursus of een taalmaatje dat bij je past. Niemand hoeft te weten dat je komt.', ['laaggeletterdheid', 'taal-nederlands'], { fees: 'Gratis' }),
  svc('Taalcafé', 'Nederlands oefenen door gewoon te praten, met koffie. Alle niveaus.', ['taal-nederlands', 'ontmoeting'], { hours: 'za 10.30-12.00', phone: false }),
  svc('Digi-spreekuur', 'Hulp met DigiD, je telefoon, mail, online afspraak maken of de app van je bank. Neem je eigen telefoon of laptop mee.', ['digitale-hulp'], { hours: 'di 14.00-16.00' }),
  svc('Informatiepunt Digitale Overheid', 'Vragen over websites van de overheid: toeslagen, belasting, DUO, UWV, Mijn Overheid.', ['digitale-hulp', 'formulieren-hulp'], { phone: false }),
]);

org({ name: 'Inburgering Rijnmonde', place: 'Stadshart', street: 'Havenbeursplein 1', desc: 'Inburgering en begeleiding van statushouders.' }, [
  svc('Begeleiding statushouders', 'Net een verblijfsvergunning en een huis in Westerkade? Je inburgeringsconsulent helpt met je leerroute, taalschool, werk en de eerste maanden regelen.', ['inburgering', 'taal-nederlands'], { lang: ['nl', 'en', 'ar', 'ti'] }),
]);

org({ name: 'Steunpunt Nieuwkomers Westerkade', place: 'Dokzicht', street: 'Loswal 8', desc: 'Hulp voor nieuwkomers, ook in het Engels.' }, [
  svc('Newcomers Help Desk', 'New in Westerkade? We help you with registration at the municipality, health insurance, finding a GP, opening a bank account and understanding Dutch letters. Walk in, no appointment needed.', ['migranten-ondersteuning', 'formulieren-hulp', 'zorgverzekering'], { lang: ['en', 'nl', 'es'], hours: 'Mon & Wed 13.00-16.00' }),
  svc('Spreekuur verblijfsrecht', 'Vragen over je verblijfsvergunning, gezinshereniging, naturalisatie of een brief van de IND? Een vrijwillige jurist kijkt met je mee.', ['migratie-verblijf', 'juridisch-advies'], { hours: 'do 14.00-16.00' }),
]);

org({ name: 'Kade Zonder Papieren', place: 'Oude Haven', street: 'Lijnbaanskade 5', desc: 'Inloop voor ongedocumenteerden.' }, [
  svc('Inloop ongedocumenteerden', 'Voor mensen zonder papieren: een warme plek, eten, advies over je procedure en hulp bij zorg. Vertrouwelijk.', ['ongedocumenteerden', 'migratie-verblijf', 'voedselhulp'], { lang: ['nl', 'en', 'fr', 'ar'], hours: 'di en vr 11.00-15.00' }),
]);

org({ name: 'Associação Cabo-Verdiana Westerkade', alt: 'Kaapverdiaanse vereniging', place: 'Pieremolen', street: 'Molenwerf 18', desc: 'Vereniging van Kaapverdianen in Westerkade, sinds 1972.' }, [
  svc('Spreekuur in het Kaapverdiaans', 'Hulp met brieven, de gemeente en instanties in het Kaapverdiaans (Kriolu) en Portugees. Ook voor ouderen die nooit goed Nederlands hebben geleerd.', ['migranten-ondersteuning', 'formulieren-hulp'], { lang: ['kea', 'pt', 'nl'], hours: 'za 10.00-13.00' }),
  svc('Morna & koffie – ouderenmiddag', 'Muziek, kaarten en cachupa voor de oudere generatie. Niemand hoeft alleen thuis te zitten.', ['ontmoeting', 'eenzaamheid', 'ouderen-ondersteuning'], { hours: 'zo 14.00-18.00' }),
]);

org({ name: 'Punkt Polonia Westerkade', place: 'Dokzicht', street: 'Loswal 8', desc: 'Punkt informacyjny dla Polaków w Westerkade.' }, [
  svc('Punkt Informacyjny dla Polaków', 'Pomagamy w sprawach urzędowych: rejestracja w gminie (BSN), ubezpieczenie zdrowotne, zasiłki, podatki, umowa o pracę. Problem z pracodawcą lub agencją pracy? Przyjdź, pomożemy. Bez umawiania się.', ['arbeidsmigranten', 'migranten-ondersteuning', 'formulieren-hulp'], { lang: ['pl', 'nl'], hours: 'wt. 17.00-20.00' }),
]);

org({ name: 'Българска общност Вестеркаде', alt: 'Bulgaarse gemeenschap Westerkade', place: 'Pieremolen', street: 'Molenstraat 9', desc: 'Сдружение на българите в Вестеркаде.' }, [
  svc('Консултации на български език', 'Помагаме с писма от общината, здравна застраховка, заплата, договор за работа и жилище. Ако работодателят не ви плаща или ви взема документите, елате при нас. Безплатно.', ['arbeidsmigranten', 'migranten-ondersteuning', 'formulieren-hulp'], { lang: ['bg', 'tr'], hours: 'събота 11.00-14.00', fees: 'Безплатно' }),
]);

org({ name: 'Steunpunt Arbeidsmigranten Haven', place: 'Dokzicht', street: 'Loswal 10', desc: 'Voor arbeidsmigranten in de haven en de distributiecentra.' }, [
  svc('Spreekuur arbeidsrechten', 'Te weinig loon, geen loonstrook, te hoge huur via het uitzendbureau, paspoort afgepakt? Wij kennen je rechten en helpen je, ook anoniem. Signalen van uitbuiting nemen we heel serieus.', ['arbeidsmigranten', 'juridisch-advies'], { lang: ['nl', 'en', 'pl', 'bg', 'ro'] }),
]);

// ——— Juridisch en wonen ———
org({ name: 'Sociaal Raadslieden Westerkade', place: 'Kadebuurt', street: 'Touwslagersstraat 14', desc: 'Gratis juridisch en sociaal advies.' }, [
  svc('Sociaal raadslieden', 'Bezwaar maken tegen een besluit, een boete, ruzie met een instantie of een ingewikkelde brief? De sociaal raadslieden geven gratis advies en schrijven mee.', ['juridisch-advies', 'formulieren-hulp'], { fees: 'Gratis' }),
]);

org({ name: 'Advocatenkantoor Van der Kade & Bakkal', place: 'Stadshart', street: 'Kadeboulevard 77', desc: 'Advocaten in sociaal recht, vreemdelingenrecht, familierecht en strafrecht.' }, [
  svc('Advocaat op toevoeging', 'Rechtsbijstand in familierecht (scheiding, omgang), vreemdelingenrecht en strafrecht. Bij laag inkomen via een toevoeging (gesubsidieerde rechtsbijstand).', ['juridisch-advies', 'migratie-verblijf'], { fees: 'Eigen bijdrage afhankelijk van inkomen' }),
]);

org({ name: 'Huurteam Westerkade', place: 'Oude Haven', street: 'Havenstraat 12', desc: 'Voor huurders.' }, [
  svc('Huurteam', 'Schimmel, lekkage, een huisbaas die niks doet, te hoge huur of servicekosten? Het huurteam helpt je gratis om je recht te halen. Ook voor kamerhuurders en arbeidsmigranten.', ['huurproblemen', 'juridisch-advies'], { fees: 'Gratis', lang: ['nl', 'en', 'pl'] }),
]);

org({ name: 'Havenwoningen', place: 'Westerkade-Noord', street: 'Scheepmakerslaan 1', desc: 'Woningcorporatie met ruim 12.000 woningen in Westerkade.' }, [
  svc('Huurachterstand? Bel ons', 'Lukt het niet om de huur te betalen? Bel ons meteen. Hoe eerder, hoe makkelijker we een regeling kunnen treffen en erger voorkomen.', ['huurproblemen', 'schulden'], {}),
  svc('Woonconsulent', 'Voor huurders van Havenwoningen: vragen over je woning, overlast, woningruil of urgentie.', ['huisvesting', 'huurproblemen'], { phone: false }),
]);

org({ name: 'Woonloket Rijnmonde', place: 'Stadshart', street: 'Havenbeursplein 1', desc: 'Inschrijven voor een sociale huurwoning en urgentie.' }, [
  svc('Woonloket – inschrijven en urgentie', 'Inschrijven voor een sociale huurwoning, hulp met reageren op woningen en urgentie aanvragen bij bijvoorbeeld geweld, scheiding of medische redenen.', ['huisvesting'], {}),
]);

org({ name: 'Jongerenhuisvesting Het Platform', place: 'Westerkade-Noord', street: 'Spoorkade 3', desc: 'Begeleid wonen voor jongeren 18-23.' }, [
  svc('Het Platform – kamer met begeleiding', 'Kamer voor jongeren van 18-23 die niet meer thuis kunnen wonen, met een coach die helpt met geld, school en zelfstandig worden.', ['huisvesting', 'dakloosheid', 'jongerenwerk'], { elig: '18-23 jaar, aanmelding via wijkteam of jongerenloket' }),
]);

// ——— Dakloos ———
org({ name: 'Stichting De Steiger', place: 'Zoutkeet', street: 'Pakhuisstraat 5', desc: 'Opvang voor dak- en thuislozen.' }, [
  svc('Nachtopvang De Steiger', 'Een bed, een douche en ontbijt als je geen dak boven je hoofd hebt. Melden vanaf 20.00 uur.', ['dakloosheid'], { hours: 'dagelijks 20.00-9.00' }),
  svc('Dagopvang Het Dek', 'Overdag binnen zitten, koffie, lunch, wassen en kleren wassen. Maatschappelijk werkers helpen je met een postadres, uitkering en een plek.', ['dakloosheid', 'voedselhulp'], { hours: 'dagelijks 9.00-17.00' }),
  svc('Postadres voor daklozen', 'Geen vast adres? Hier kun je een briefadres krijgen zodat je een uitkering en zorgverzekering houdt.', ['dakloosheid', 'inkomen-uitkering'], { phone: false }),
  svc('Winteropvang (seizoen)', 'Extra bedden bij vorst. Alleen in de winter open, nu gesloten.', ['dakloosheid'], { status: 'inactive' }),
]);

// ——— Veiligheid ———
org({ name: 'Vrouwenopvang Rijnmonde', place: 'Stadshart', street: 'geheim adres', secretAddress: true, desc: 'Opvang en hulp voor vrouwen en kinderen die thuis niet veilig zijn.' }, [
  svc('Vrouwenopvang', 'Niet veilig thuis door geweld van je partner of familie? Samen met je kinderen kun je tijdelijk op een geheim adres wonen. Ook bij eergerelateerd geweld.', ['huiselijk-geweld'], { hours: 'Aanmelden 24/7' }),
  svc('Ambulante hulp huiselijk geweld', 'Hulp thuis als je niet weg wilt of kunt: plannen voor veiligheid, gesprekken, ook met je partner als dat kan.', ['huiselijk-geweld'], {}),
]);

org({ name: 'Buurtbemiddeling Westerkade', place: 'Kadebuurt', street: 'Touwslagersstraat 14', desc: 'Getrainde vrijwilligers bemiddelen bij burenruzies.' }, [
  svc('Buurtbemiddeling', 'Last van de buren? Geluid, stank, kinderen, parkeren? Onze bemiddelaars praten met beide kanten en helpen jullie er samen uit te komen.', ['buurtbemiddeling'], { fees: 'Gratis' }),
]);

org({ name: 'Meldpunt Discriminatie Rijnmonde', place: 'Stadshart', street: 'Kadeboulevard 100', desc: 'Meld discriminatie.' }, [
  svc('Meldpunt discriminatie', 'Gediscrimineerd bij werk, woning, in de kroeg of op straat? Meld het. We luisteren, registreren en helpen je als je verder wilt.', ['discriminatie'], { online: true }),
]);

org({ name: 'Nieuwe Start Westerkade', place: 'Zoutkeet', street: 'Pakhuisstraat 9', desc: 'Nazorg voor mensen die uit detentie komen.' }, [
  svc('Nazorg na detentie', 'Net vrij? Wij helpen met ID, uitkering, onderdak, schulden en werk, en een coach die zelf ook heeft vastgezeten.', ['justitie-nazorg', 'werk-zoeken', 'herstel-lotgenoten'], {}),
]);

// ——— Ouderen, mantelzorg, dementie ———
org({ name: 'Ouderenwerk Westerkade', place: 'Oude Haven', street: 'Havenstraat 12', desc: 'Ouderenadviseurs en activiteiten voor 65+.' }, [
  svc('Ouderenadviseur', 'Ouder worden in Westerkade: de ouderenadviseur komt bij je thuis om te kijken wat je nodig hebt om thuis te blijven wonen. Hulp in huis, aanpassingen, eenzaamheid, formulieren.', ['ouderen-ondersteuning', 'wmo-voorzieningen', 'eenzaamheid'], { elig: '65+' }),
  svc('Maatjes Samen op Pad', 'Een vrijwilliger die elke week komt voor een praatje, een wandeling of boodschappen.', ['eenzaamheid', 'ouderen-ondersteuning'], {}),
  svc('In Balans – valpreventie', 'Tien weken bewegen in een groep om sterker en stabieler te worden, zodat je minder snel valt. Begint met een valtest.', ['valpreventie', 'sport-bewegen'], { fees: '€20 voor 10 lessen', elig: '65+' }),
]);

org({ name: 'Turks Ouderencentrum Lale', place: 'Pieremolen', street: 'Molenstraat 33', desc: 'Ontmoeting voor Turkse ouderen.' }, [
  svc('Lale – Türk yaşlılar buluşması', 'Turkse ouderen drinken hier thee, doen activiteiten en krijgen hulp met brieven en de huisarts. Türkçe konuşulur.', ['ontmoeting', 'ouderen-ondersteuning', 'migranten-ondersteuning'], { lang: ['tr', 'nl'] }),
]);

org({ name: 'Seniorenclub Sranan Kondre', place: 'Torenwijk', street: 'Torenflat D, ontmoetingsruimte', desc: 'Surinaamse ouderenvereniging.' }, [
  svc('Seniorenclub Sranan Kondre', 'Samen koken, zingen, gym op de stoel en uitjes. Voor Surinaamse en Antilliaanse ouderen, maar iedereen is welkom.', ['ontmoeting', 'eenzaamheid', 'sport-bewegen'], { lang: ['nl', 'srn'] }),
]);

org({ name: 'Kadezorg Thuiszorg', place: 'Westerkade-Noord', street: 'Scheepmakerslaan 20', desc: 'Wijkverpleging en thuiszorg.' }, [
  svc('Wijkverpleging', 'Verpleegkundigen en verzorgenden die thuis helpen met wassen, aankleden, steunkousen, medicijnen en wondzorg. De wijkverpleegkundige kijkt eerst wat je nodig hebt.', ['wijkverpleging'], { fees: 'Basisverzekering, geen eigen risico' }),
  svc('Terminale zorg thuis', 'Verpleging thuis in de laatste levensfase, dag en nacht, samen met de huisarts.', ['palliatieve-zorg', 'wijkverpleging'], {}),
]);

org({ name: 'HomeClean Westerkade', place: 'Dokzicht', street: 'Loswal 61', desc: 'Schoonmaakbedrijf voor particulieren en bedrijven.' }, [
  svc('Huishoudelijke hulp (Wmo en particulier)', 'Wij leveren huishoudelijke hulp via de Wmo van de gemeente Rijnmonde, en particulier vanaf €29 per uur. Ook glazenwassen en verhuisschoonmaak.', ['huishoudelijke-hulp'], { fees: 'Wmo: eigen bijdrage; particulier vanaf €29/uur' }),
]);

org({ name: 'Mantelzorgpunt Westerkade', place: 'Oude Haven', street: 'Havenstraat 12', desc: 'Voor iedereen die zorgt voor een ander.' }, [
  svc('Mantelzorgconsulent', 'Zorg je voor je moeder, partner of kind en is het je soms te veel? Praat met een mantelzorgconsulent. Over regelingen, vervanging zodat je even vrij bent, en jezelf niet vergeten.', ['mantelzorg'], { fees: 'Gratis' }),
  svc('Respijt aan huis', 'Een vrijwilliger neemt een dagdeel de zorg van je over, zodat jij even iets voor jezelf kunt doen.', ['mantelzorg', 'dementie'], {}),
]);

org({ name: 'Alzheimer Café Westerkade', place: 'Oude Haven', street: 'Havenstraat 12', desc: 'Maandelijkse bijeenkomst over dementie.' }, [
  svc('Alzheimer Café', 'Elke derde woensdag van de maand: een gesprek over een thema rond dementie, met koffie. Voor mensen met dementie, hun partners, kinderen en buren.', ['dementie', 'mantelzorg'], { hours: '3e woensdag 19.30', phone: false }),
]);

org({ name: 'Geheugenteam Rijnmonde-West', place: 'Westerkade-Noord', street: 'Scheepmakerslaan 20', desc: 'Casemanagers dementie.' }, [
  svc('Casemanager dementie', 'Na de diagnose dementie krijg je een vaste casemanager. Die helpt jou en je familie met alles wat komt: zorg regelen, vragen, en het zwaar hebben.', ['dementie'], { apply: 'Via huisarts of geheugenpoli' }),
]);

org({ name: 'Dagcentrum De Werf', place: 'Visserseiland', street: 'Scheepswerfstraat 2', desc: 'Dagbesteding voor ouderen en mensen met een beperking.' }, [
  svc('Dagbesteding De Werf', 'Een zinvolle dag met houtbewerking, koken, tuin en uitjes. Voor ouderen met geheugenproblemen en volwassenen met een (licht verstandelijke) beperking. Vervoer kan geregeld worden.', ['dagbesteding', 'dementie', 'beperking'], { apply: 'Wmo-indicatie via het wijkteam' }),
]);

org({ name: 'Steunpunt Beperkt Kade', place: 'Zoutkeet', street: 'Pakhuisstraat 30', desc: 'Begeleiding voor mensen met een licht verstandelijke beperking (LVB).' }, [
  svc('Begeleiding thuis (LVB)', 'Hulp met plannen, geld, post en huishouden voor mensen met een licht verstandelijke beperking. In gewone taal, zo vaak als nodig.', ['beperking', 'formulieren-hulp'], { apply: 'Wmo-indicatie' }),
]);

org({ name: 'Hospice De Vuurtoren', place: 'Visserseiland', street: 'Vuurtorenpad 1', desc: 'Bijna-thuis-huis.' }, [
  svc('Hospice De Vuurtoren', 'Vier kamers voor mensen in hun laatste levensfase die niet thuis kunnen of willen sterven. Familie mag altijd komen.', ['palliatieve-zorg'], {}),
  svc('Rouwgroep Samen Verder', 'Na het overlijden van je partner, kind of ouder: zes avonden met anderen die hetzelfde meemaken.', ['rouw'], { fees: 'Gratis' }),
]);

org({ name: 'Uitvaartverzorging Van Dam', place: 'Stadshart', street: 'Gasthuislaan 30', desc: 'Uitvaarten voor alle culturen en geloven. Dag en nacht bereikbaar.' }, [
  svc('Uitvaart regelen', 'Wij regelen begrafenis of crematie, ook islamitische en hindoeïstische uitvaarten en repatriëring naar Marokko, Turkije, Kaapverdië en Suriname.', ['rouw'], {}),
]);

// ——— Sport, vrije tijd, ontmoeting ———
org({ name: 'Buurtsport Westerkade', place: 'Westerkade-Noord', street: 'Sportlaan 4', desc: 'Buurtsportcoaches van de gemeente.' }, [
  svc('Buurtsportcoach', 'Wil je meer bewegen maar weet je niet hoe? De buurtsportcoach zoekt iets bij je in de buurt: wandelvoetbal, zwemmen voor vrouwen, stoelyoga. Ook voor mensen met een beperking.', ['sport-bewegen', 'beperking'], { fees: 'Gratis advies' }),
  svc('Pleinsport', 'Elke middag na school sport op de pleinen in de Torenwijk en Visserseiland. Gratis, gewoon aansluiten.', ['sport-bewegen', 'kinderactiviteiten'], { hours: 'ma-vr 15.00-17.00', phone: false }),
]);

org({ name: 'Fitness Planet Westerkade', place: 'Stadshart', street: 'Kadeboulevard 400', desc: '24/7 gym.' }, [
  svc('Fitness Planet', '24/7 sportschool met cardio, krachtzone en groepslessen. Studentenkorting. Eerste maand €9,99.', ['sport-bewegen'], { fees: 'Vanaf €24,99 p/m' }),
]);

org({ name: 'Roze Kade', place: 'Oude Haven', street: 'Havenstraat 50', desc: 'LHBTI+ ontmoeting en voorlichting.' }, [
  svc('Roze Kade – queer meet-up', 'Voor lhbti+ mensen en iedereen die twijfelt. Maandelijkse borrel, een jongerengroep (16-25) en een groep voor lhbti+ nieuwkomers. Ook voorlichting op scholen.', ['lhbti', 'ontmoeting'], { lang: ['nl', 'en'] }),
]);

org({ name: 'Vrijwilligerspunt Westerkade', place: 'Stadshart', street: 'Kadeboulevard 100', desc: 'Vacaturebank voor vrijwilligerswerk.' }, [
  svc('Vrijwilligerswerk vinden', 'Iets doen voor de buurt? Bij de voedselbank, het buurthuis, als taalmaatje of bij de sportclub. We zoeken samen wat bij je past.', ['vrijwilligerswerk'], {}),
]);

org({ name: 'Stichting Hart van de Kade', place: 'Oude Haven', street: 'Havenstraat 1', desc: 'Organiseert het Kadefestival en de jaarlijkse botenparade.' }, [
  svc('Kadefestival', 'Muziek, eten uit alle landen en een kindermarkt op de kade, elk jaar in juni. Vrijwilligers gezocht.', ['ontmoeting', 'vrijwilligerswerk'], { phone: false }),
]);

org({ name: 'Uitzendbureau FlexHaven', place: 'Dokzicht', street: 'Loswal 70', desc: 'Uitzendbureau voor logistiek en haven.' }, [
  svc('Werk in de haven en logistiek', 'Orderpicker, heftruckchauffeur, productie. Direct aan de slag, huisvesting mogelijk. Praca dla Polaków. Работа за българи.', ['werk-zoeken'], { lang: ['nl', 'pl', 'bg', 'en'] }),
]);

org({ name: 'Praatgroep Kop Op', place: 'Kadebuurt', street: 'Touwslagersstraat 14', desc: 'Praatgroep van het wijkteam.' }, [
  svc('Kop Op – praatgroep bij somberheid', 'Zit je al een tijd niet lekker in je vel? Somber, moe, geen zin? In deze groep van 8 avonden leer je met anderen hoe je er weer uit komt. Kop Op wordt geleid door een sociaal werker.', ['somberheid-stress', 'herstel-lotgenoten'], { fees: 'Gratis' }),
]);

org({ name: 'Chatlijn Kadejeugd', place: 'Zoutkeet', street: 'Zoutkeetsgracht 2', desc: 'Anonieme chat voor jongeren uit Westerkade.' }, [
  svc('Chat met een jongerenwerker', 'Ergens mee zitten en er liever niet over praten met je ouders? Chat anoniem met een jongerenwerker over stress, thuis, school, liefde of geld. Geen hulplijn voor noodsituaties.', ['jongerenwerk', 'somberheid-stress'], { online: true, hours: 'ma-vr 16.00-21.00' }),
]);

org({ name: 'Zorgverzekeringsspreekuur', alt: 'Zorgverzekering voor iedereen', place: 'Kadebuurt', street: 'Touwslagersstraat 14', desc: 'Spreekuur van het Geldloket en de gemeentepolis.' }, [
  svc('Hulp bij je zorgverzekering', 'Premieachterstand bij je zorgverzekeraar, of geen verzekering? We helpen je een betaalregeling te maken of je aan te melden voor de gemeentepolis.', ['zorgverzekering', 'schulden'], { hours: 'wo 13.00-15.00' }),
]);

org({ name: 'Stichting Sterk Thuis', place: 'Westerkade-Noord', street: 'Spoorkade 11', desc: 'Gezinscoaching bij zware opvoedsituaties.' }, [
  svc('Gezinscoach Sterk Thuis', 'Intensieve gezinscoaching als het thuis niet meer gaat: veel ruzie, een kind dat niet meer naar school gaat, of zorgen over veiligheid. De coach komt een paar keer per week.', ['jeugdhulp', 'opvoedsteun', 'huiselijk-geweld'], { apply: 'Via het wijkteam' }),
]);
