// Waterlinde (FICTIEF): the hand-written source of a made-up sociale kaart, the "Wijkwijzer
// Waterlinde", kept together by the five wijkteams of the gemeente Waterlinde (about 90,000
// inhabitants) and the welfare organisation Stichting Welzijn Lindestroom, written for the search
// benchmark only. Every organisation, person, street and wijk here is invented; postal codes run
// 0610-0649 (no Dutch postal code starts with 0) and every phone number is 0000-… (make.mjs
// numbers them). The national help lines (113, Veilig Thuis, 112 …) are deliberately not listed:
// the product supplies those itself.
//
// Publisher style: the entries are written by many hands. Wijkteams and the gemeente write formal
// texts; migrant self-organisations, the mosque, churches and volunteer groups send in their own
// short texts in simple Dutch, sometimes with spelling slips, which the editors left as they were.
// Some services are offered in Arabic, Turkish, Tigrinya, Polish or English (languages listed).
//
// `topics` is the judge's key: what a social worker would say a service really answers, whatever
// words its text uses. make.mjs keeps the topics out of the HSDS export and writes answers.json.
//
// Gemeente: Waterlinde, with the wijken Oude Stad, Kanaalzijde, De Lindehof, Molenveld and Rietwijk.
import { addingTo, svc } from '../write-directory.mjs';

/** The topics, each in one line: a service carries a topic when it answers that question. */
export const TOPICS = {
  huisarts: 'huisartsenpraktijk: spreekuur, inschrijven, verwijzing',
  hap: 'huisartsenpost: de huisarts buiten kantoortijd (avond, nacht, weekend)',
  'poh-ggz': 'praktijkondersteuner ggz (POH-GGZ) bij de huisarts',
  ggz: 'psychische hulp door een professional: POH-GGZ, psycholoog, basis- of specialistische ggz',
  'jeugd-ggz': 'psychische hulp voor kinderen en jongeren',
  trauma: 'hulp na oorlog, vlucht of een schokkende gebeurtenis (trauma, PTSS)',
  epa: 'ernstige psychische aandoening: FACT-team, langdurige begeleiding',
  wijkteam: 'wijkteam / sociaal team: eerste plek voor alle vragen, ook bij meerdere problemen tegelijk',
  wmo: 'Wmo-loket van de gemeente: hulp en voorzieningen aanvragen',
  clientondersteuning: 'onafhankelijke cliëntondersteuning',
  'maatschappelijk-werk': 'algemeen maatschappelijk werk',
  hulpmiddelen: 'hulpmiddelen: rolstoel, rollator, scootmobiel, uitleen',
  woningaanpassing: 'aanpassingen in huis (traplift, douche, drempels)',
  'huishoudelijke-hulp': 'hulp bij het huishouden (schoonmaken)',
  vervoer: 'vervoer: regiotaxi, vrijwillige chauffeurs, rolstoelvervoer',
  wijkverpleging: 'wijkverpleging: verpleging en persoonlijke verzorging thuis',
  pgb: 'persoonsgebonden budget (pgb): uitleg, aanvraag, beheer',
  mantelzorg: 'steun voor mantelzorgers: advies, lotgenoten, waardering',
  'jonge-mantelzorg': 'jonge mantelzorgers (kinderen en jongeren die thuis zorgen)',
  respijt: 'respijtzorg: de zorg tijdelijk overnemen zodat de mantelzorger rust heeft',
  dementie: 'dementie en geheugenproblemen, ook voor naasten',
  nah: 'niet-aangeboren hersenletsel (NAH), bijvoorbeeld na een beroerte of ongeluk',
  alarmering: 'personenalarmering',
  maaltijden: 'maaltijden aan huis of samen eten',
  dagbesteding: 'dagbesteding (ouderen, dementie, ggz, beperking)',
  ouderen: 'ouderenadvies en activiteiten voor ouderen (ook oudere migranten)',
  eenzaamheid: 'eenzaamheid: bezoek, maatje, bellen, contact met anderen',
  ontmoeting: 'ontmoeting: buurthuis, inloop, vrouwengroep, koffieochtend, clubs',
  schulden: 'schuldhulp en geldzorgen: budgetcoach, schuldhulpverlening, noodhulp',
  administratie: 'hulp bij post, brieven, formulieren en belastingaangifte',
  toeslagen: 'hulp bij toeslagen (zorgtoeslag, huurtoeslag, kinderopvangtoeslag)',
  minima: 'regelingen voor een laag inkomen: bijzondere bijstand, meedoenpas, kindpakket, fondsen',
  voedselbank: 'voedselbank en andere voedselhulp',
  kledingbank: 'gratis of goedkope kleding en spullen',
  uitkering: 'uitkering: bijstand aanvragen, vragen over uitkering',
  werk: 'werk zoeken, re-integratie, jobcoach, participatie',
  vrijwilligerswerk: 'vrijwilligerswerk vinden',
  taal: 'Nederlands leren en oefenen: NT2-les, taalmaatje, taalcafé, inburgering-taal',
  digitaal: 'hulp met computer, telefoon, DigiD en digitale zaken',
  woningzoeken: 'een woning zoeken: inschrijven, urgentie',
  huurachterstand: 'huurachterstand en huisuitzetting voorkomen',
  huurproblemen: 'problemen met verhuurder of woning: schimmel, onderhoud, huur',
  dakloos: 'dak- en thuislozen: opvang, nachtopvang, briefadres',
  buurtbemiddeling: 'burenruzie en buurtbemiddeling',
  opvoeden: 'opvoedsteun en vragen over kinderen',
  jeugdhulp: 'jeugdhulp en gezinsbegeleiding',
  jgz: 'jeugdgezondheidszorg: consultatiebureau, jeugdarts, jeugdverpleegkundige',
  jongeren: 'jongerenwerk en jongerencoaches: plek en vertrouwd persoon voor jongeren',
  onderwijs: 'school en leerplicht: leerplichtambtenaar, schoolmaatschappelijk werk, huiswerk, RMC',
  verslaving: 'verslaving bij volwassenen: alcohol, drugs, medicijnen (hulp en lotgenoten)',
  'verslaving-jongeren': 'alcohol, blowen, lachgas en drugs bij jongeren (ook voor ouders)',
  gokken: 'gokken en gamen uit de hand',
  'huiselijk-geweld': 'huiselijk geweld: hulp, advies en opvang voor wie het meemaakt',
  'eergerelateerd-geweld': 'eergerelateerd geweld, gedwongen huwelijk, achterlating',
  rouw: 'rouw en verlies: rouwgroep, gesprekken',
  zwangerschap: 'zwanger: verloskundige, kraamzorg, zwangerschapsgroep',
  'seksuele-gezondheid': 'seksuele gezondheid: soa-test, anticonceptie, vragen over seks en relaties',
  roken: 'stoppen met roken',
  leefstijl: 'gezonde leefstijl, gewicht, diabetes-voorlichting, diëtist',
  bewegen: 'sport en bewegen, buurtsportcoach, sportfonds voor minima',
  juridisch: 'juridisch advies (sociaal raadslieden, juridisch loket, advocaat)',
  statushouders: 'statushouders en nieuwkomers: begeleiding, inburgering, gezinshereniging',
  migranten: 'migrantenorganisaties en zelforganisaties: steun in eigen taal, ontmoeting',
  lvb: 'voor mensen met een licht verstandelijke beperking (LVB)',
  autisme: 'autisme: begeleiding, lotgenoten, informatie',
  'ambulante-begeleiding': 'begeleiding thuis door een begeleider',
  palliatief: 'palliatieve zorg, hospice, laatste levensfase',
  zingeving: 'geestelijke verzorging en zingeving: imam, pastor, moskee, kerk als steun',
  ehbo: 'EHBO- en reanimatiecursussen',
  'training-suicidepreventie': 'trainingen suïcidepreventie en mentale EHBO voor vrijwilligers, sleutelfiguren en naasten',
};

/** Wijken of Waterlinde, each with its own postal-code digits. */
export const places = {
  'Oude Stad': { gemeente: 'Waterlinde', pc: '0612' },
  Kanaalzijde: { gemeente: 'Waterlinde', pc: '0621' },
  'De Lindehof': { gemeente: 'Waterlinde', pc: '0628' },
  Molenveld: { gemeente: 'Waterlinde', pc: '0634' },
  Rietwijk: { gemeente: 'Waterlinde', pc: '0643' },
};

export const organizations = [];
const org = addingTo(organizations);

// ---------------------------------------------------------------- wijkteams en gemeente
org({ name: 'Wijkteams Waterlinde', place: 'Oude Stad', street: 'Stadhuisplein 4', desc: 'De vijf wijkteams van Waterlinde: generalisten van de gemeente, het maatschappelijk werk en de jeugdhulp samen. U kunt met elke vraag bij ons terecht.' }, [
  svc('Wijkteam Oude Stad', 'Heeft u vragen over zorg, geld, opvoeden, wonen of meedoen? Het wijkteam kijkt samen met u wat er nodig is. Een vaste medewerker komt bij u thuis als dat beter is. Wij werken samen met de huisarts, de woningcorporatie en vrijwilligers.', ['wijkteam', 'maatschappelijk-werk', 'wmo'], { hours: 'Maandag t/m vrijdag 9.00-17.00 uur; inloop dinsdag 9.30-11.30 uur', apply: 'Bel, mail of loop binnen tijdens de inloop.', fees: 'Gratis' }),
  svc('Wijkteam Kanaalzijde', 'Het wijkteam Kanaalzijde helpt bewoners met vragen over zorg, opvoeding, geldzorgen en wonen. In ons team werken collega\'s die Turks en Arabisch spreken.', ['wijkteam', 'maatschappelijk-werk', 'wmo'], { at: { name: 'Wijkpunt Kanaalzijde', street: 'Sluiswachterstraat 18', place: 'Kanaalzijde' }, lang: ['nl', 'tr', 'ar'], hours: 'Ma-vr 9.00-17.00 uur; inloop woensdag 13.30-15.30 uur' }),
  svc('Wijkteam De Lindehof', 'Vragen over zorg, geld, opvoeden of wonen? Het wijkteam De Lindehof denkt met u mee en regelt hulp. Ook voor ouderen en mantelzorgers.', ['wijkteam', 'maatschappelijk-werk', 'wmo'], { at: { name: 'Wijkpunt De Lindehof', street: 'Lindeplein 2', place: 'De Lindehof' } }),
  svc('Wijkteam Molenveld', 'Wijkteam voor Molenveld. Eén aanspreekpunt voor gezinnen met meerdere vragen tegelijk: school, geld, opvoeding en gezondheid.', ['wijkteam', 'maatschappelijk-werk', 'jeugdhulp', 'wmo'], { at: { name: 'Wijkpunt Molenveld', street: 'Wiekenlaan 40', place: 'Molenveld' } }),
  svc('Wijkteam Rietwijk', 'Het wijkteam Rietwijk is er voor alle inwoners van Rietwijk. Wij helpen bij vragen over zorg, werk, geld en gezin, en werken nauw samen met de Eritrese en Syrische sleutelfiguren in de wijk.', ['wijkteam', 'maatschappelijk-werk', 'wmo'], { at: { name: 'Wijkpunt Rietwijk', street: 'Biezenhof 7', place: 'Rietwijk' }, lang: ['nl', 'en', 'ti'] }),
  svc('Jeugd- en gezinsteam', 'Gezinsbegeleiding, hulp bij gedragsproblemen en opvoedvragen waar meer voor nodig is dan een gesprek. Ook verwijzing naar specialistische jeugdhulp. Aanmelden via het wijkteam, de huisarts of zelf.', ['jeugdhulp', 'opvoeden'], { elig: 'Gezinnen met kinderen van 0 tot 18 jaar in Waterlinde.' }),
]);

org({ name: 'Gemeente Waterlinde', place: 'Oude Stad', street: 'Stadhuisplein 1', desc: 'Het stadhuis van Waterlinde.' }, [
  svc('Wmo-loket', 'Hulp bij het huishouden, een scootmobiel, aanpassing van uw woning of begeleiding? Dit regelt u via de Wet maatschappelijke ondersteuning (Wmo). Na uw melding volgt binnen 6 weken een keukentafelgesprek. U kunt zich laten bijstaan door een onafhankelijk cliëntondersteuner.', ['wmo', 'hulpmiddelen', 'woningaanpassing', 'huishoudelijke-hulp'], { apply: 'Melding doen via het formulier op de website of telefonisch.', fees: 'Voor de meeste voorzieningen betaalt u een eigen bijdrage van maximaal €21,80 per maand.' }),
  svc('Persoonsgebonden budget (pgb)', 'Wilt u uw Wmo-ondersteuning of jeugdhulp zelf inkopen? Dan kunt u een pgb aanvragen. U moet een budgetplan maken en de administratie zelf doen (of door een vertegenwoordiger). De SVB betaalt uw zorgverleners uit.', ['pgb'], { elig: 'U heeft een indicatie voor Wmo of Jeugdwet en kunt het budget zelf of met hulp beheren.' }),
  svc('Bijstand aanvragen', 'Heeft u geen of te weinig inkomen om van te leven? Dan kunt u misschien een bijstandsuitkering (Participatiewet) krijgen. Wij kijken ook naar werk of een opleiding.', ['uitkering'], { apply: 'Aanvragen met DigiD op werk.nl, daarna een gesprek met de consulent.' }),
  svc('Meedoenregeling en kindpakket', 'Met een laag inkomen kunt u de Linde-pas krijgen: korting op sport, zwemmen, bibliotheek en cultuur. Kinderen krijgen een kindpakket met schoolspullen, een fiets of laptop. Ook bijzondere bijstand voor onverwachte kosten.', ['minima', 'bewegen'], { elig: 'Inkomen tot 130% van het sociaal minimum.', alt: 'Linde-pas' }),
  svc('Leerplicht en RMC', 'De leerplichtambtenaar let erop dat kinderen naar school gaan en helpt bij verzuim of als een kind thuis zit zonder school. Het RMC helpt jongeren tot 23 zonder diploma een opleiding of werk te vinden.', ['onderwijs']),
  svc('Werkplein Waterlinde', 'Begeleiding naar werk voor mensen met een uitkering: sollicitatietraining, werkervaringsplek, jobcoach en taal op de werkvloer.', ['werk'], { at: { name: 'Werkplein', street: 'Havenkade 55', place: 'Kanaalzijde' } }),
  svc('Schuldhulpverlening', 'Heeft u schulden of kunt u uw rekeningen niet meer betalen? Meld u bij Schuldhulp Waterlinde. Binnen 3 werkdagen heeft u een eerste gesprek. Wij maken een overzicht, nemen contact op met schuldeisers en kijken naar een schuldregeling.', ['schulden'], { fees: 'Gratis', hours: 'Telefonisch bereikbaar ma-do 9.00-12.30 uur' }),
  svc('Urgentie aanvragen', 'In een noodsituatie kunt u met voorrang een woning krijgen (urgentie). De voorwaarden zijn streng; de woonconsulent kijkt eerst naar andere oplossingen.', ['woningzoeken']),
]);

// ---------------------------------------------------------------- welzijn
org({ name: 'Stichting Welzijn Lindestroom', alt: 'Lindestroom', place: 'De Lindehof', street: 'Lindeplein 6', desc: 'Welzijnsorganisatie van Waterlinde: buurthuizen, ouderenwerk, mantelzorgsteun, jongerenwerk en vrijwilligers. Samen met de wijkteams maken wij de Wijkwijzer.' }, [
  svc('Steunpunt Mantelzorg', 'Zorgt u voor een zieke partner, ouder of kind? Wij geven advies, luisteren en helpen zoeken naar vervanging als u even weg wilt. Elke maand een mantelzorgcafé. Ook de jaarlijkse mantelzorgwaardering vraagt u bij ons aan.', ['mantelzorg', 'respijt'], { hours: 'Ma, di en do 9.00-16.00 uur' }),
  svc('Mantelzorg voor jongeren (JMZ-club)', 'Ben je tussen 10 en 24 en zorg je thuis voor je moeder, vader, broer of zus? Bij de JMZ-club doe je leuke dingen met jongeren die hetzelfde meemaken. Of praat even met onze jongerencoach.', ['jonge-mantelzorg'], { elig: '10-24 jaar' }),
  svc('Logeerzorg en vervangende zorg', 'Vrijwilligers nemen een dagdeel per week de zorg van u over, zodat u even tijd voor uzelf heeft. Ook kortdurend logeren van uw naaste in het logeerhuis De Zwaluw.', ['respijt', 'mantelzorg']),
  svc('Ouderenadviseur', 'Wat moet ik regelen nu ik ouder word? De ouderenadviseur komt op huisbezoek en helpt met vragen over wonen, zorg, geld en veiligheid. Ook voor oudere migranten, met tolk.', ['ouderen', 'wijkteam'], { elig: 'Inwoners vanaf 65 jaar' }),
  svc('Maatjesproject Samen Op Stap', 'Voelt u zich alleen? Een vrijwilliger komt elke week bij u langs voor een praatje, een wandeling of een kop koffie.', ['eenzaamheid'], { fees: 'Gratis' }),
  svc('Buurthuis De Sluis', 'Buurthuis in Kanaalzijde met koffie-inloop, naaiatelier, Turkse vrouwengroep, huiswerkklas en een gratis maaltijd op vrijdag.', ['ontmoeting', 'eenzaamheid', 'maaltijden'], { at: { name: 'Buurthuis De Sluis', street: 'Sluiswachterstraat 22', place: 'Kanaalzijde' }, hours: 'Ma-vr 9.00-21.00 uur' }),
  svc('Wijkcentrum Het Molenhuis', 'Iedereen welkom. Koffie, biljart, handwerkclub, computerhulp op woensdag, zondagmiddag muziek. Ook de Poolse ouders-koffieochtend is hier.', ['ontmoeting', 'eenzaamheid'], { at: { name: 'Het Molenhuis', street: 'Wiekenlaan 12', place: 'Molenveld' } }),
  svc('Buurtkamer Rietwijk', 'Kleine buurtkamer in de flat. Vrijwilligers zetten koffie en thee, je kan gewoon binnen lopen. Ook hulp met brieven op donderdag.', ['ontmoeting', 'eenzaamheid', 'administratie'], { at: { name: 'Buurtkamer Rietwijk', street: 'Lisdoddeflat 1', place: 'Rietwijk' } }),
  svc('Samen eten in De Lindehof', 'Elke dinsdag en donderdag een warme maaltijd voor ouderen in het wijkcentrum, voor €6,50. Vervoer kan geregeld worden.', ['maaltijden', 'ouderen', 'eenzaamheid'], { fees: '€6,50 per maaltijd' }),
  svc('Jongerenwerk Lindestroom', 'Jongerenwerkers in alle wijken. Chillen in de jongerenruimte, sport, muziekstudio, en hulp als het thuis of op school niet lekker loopt. Je kan ook appen.', ['jongeren'], { elig: '12-23 jaar', hours: 'Jongerenruimte open di-za 15.00-22.00 uur' }),
  svc('Vrijwilligerscentrale Waterlinde', 'Zoek je vrijwilligerswerk? Wij hebben meer dan 300 vacatures: taalmaatje, chauffeur, buurthuis, sport. Ook voor mensen die nog Nederlands leren of met een uitkering.', ['vrijwilligerswerk']),
  svc('Buurtbemiddeling', 'Last van de buren door geluid, rommel of ruzie? Twee getrainde vrijwilligers praten met beide kanten en helpen afspraken maken.', ['buurtbemiddeling'], { fees: 'Gratis' }),
  svc('Vrijwillige vervoersdienst De Rijdende Linde', 'Vrijwilligers rijden ouderen en mensen met een beperking naar het ziekenhuis, de huisarts of familie. U betaalt een kleine kilometervergoeding.', ['vervoer', 'ouderen'], { fees: '€0,35 per km', apply: 'Twee werkdagen van tevoren bellen.' }),
  svc('Computerhulp voor 55+', 'Cursus tablet en smartphone, hulp met DigiD, WhatsApp en internetbankieren. Kleine groepen, rustig tempo.', ['digitaal', 'ouderen']),
  svc('Vriendschappelijk huisbezoek (gestopt)', 'Dit project is gestopt per 1 januari. Kijk bij het Maatjesproject Samen Op Stap.', ['eenzaamheid'], { status: 'inactive', phone: false }),
]);

// ---------------------------------------------------------------- zelforganisaties en religie
org({ name: 'Turks Cultureel Centrum Kanaalzijde', alt: 'TCC Kanaalzijde', place: 'Kanaalzijde', street: 'Veerstraat 31', desc: 'Vereniging voor Turkse Waterlinders sinds 1982.' }, [
  svc('Spreekuur in het Turks', 'Elke woensdag helpen vrijwilligers met brieven van belasting, toeslagen, gemeente. Wij spreken Turks en Nederlands. Neem uw brieven mee en uw DigiD.', ['administratie', 'toeslagen', 'migranten'], { lang: ['tr', 'nl'], hours: 'Woensdag 10.00-13.00 uur' }),
  svc('Ouderensoos Huzur', 'Voor Turkse ouderen: thee, kaarten, uitleg over gezondheid (suiker, bloeddruk) en gezamelijk uitstapjes. Mannen en vrouwen hebben eigen middag.', ['ouderen', 'ontmoeting', 'migranten', 'eenzaamheid'], { lang: ['tr'] }),
  svc('Mantelzorg in de Turkse familie', 'Gespreksgroep voor vrouwen die voor schoonouders of ouders zorgen. Veel mensen zeggen niet dat het zwaar is. Hier mag het. Samen met Steunpunt Mantelzorg.', ['mantelzorg', 'migranten'], { lang: ['tr'] }),
]);

org({ name: 'Marokkaanse Vereniging Al Amal', place: 'Molenveld', street: 'Korenmaat 9', desc: 'Zelforganisatie van en voor Marokkaanse Nederlanders in Waterlinde.' }, [
  svc('Vaders in gesprek', 'Maandelijks avond voor vaders over opvoeding, school, social media en de straat. In het Arabisch, Tamazight en Nederlands. Thee staat klaar.', ['opvoeden', 'migranten'], { lang: ['ar', 'nl'] }),
  svc('Huiswerkbegeleiding Al Amal', 'Kinderen groep 5 tot en met de brugklas krijgen hulp bij huiswerk door studenten. Ma en do na school.', ['onderwijs'], { fees: '€5 per maand' }),
  svc('Informatieavonden over dementie', 'Veel oudere Marokkanen krijgen dementie maar er wordt niet over gepraat. In samenwerking met Alzheimer Waterlinde organiseren wij avonden in eigen taal voor de familie.', ['dementie', 'migranten', 'mantelzorg'], { lang: ['ar'] }),
]);

org({ name: 'Eritrese Gemeenschap Waterlinde', place: 'Rietwijk', street: 'Kalmoesweg 3', desc: 'Eritrese gemeenschap. Wij helpen nieuwkomers hun weg te vinden.' }, [
  svc('Sleutelfiguren Eritrese gemeenschap', 'Onze sleutelfiguren spreken Tigrinya en Nederlands. Zij gaan mee naar afspraken, leggen brieven uit en helpen bij vragen van school of wijkteam. Ook als je niet goed slapt of veel zorgen hebt kun je praten.', ['statushouders', 'migranten', 'administratie'], { lang: ['ti', 'nl', 'en'] }),
  svc('Eritrese vrouwengroep', 'Vrouwen komen samen op zaterdag, koffieceremonie, praten over gezondheid en opvoeding. Kinderopvang is er.', ['ontmoeting', 'migranten'], { lang: ['ti'] }),
]);

org({ name: 'Syrische Stichting Jasmijn', place: 'Rietwijk', street: 'Biezenhof 30', desc: 'Stichting van Syrische Nederlanders in Waterlinde.' }, [
  svc('Arabisch spreekuur nieuwkomers', 'Hulp voor nieuwe mensen uit Syrie en andere Arabische landen: uitleg over regels, brieven, zorgverzekering, inburgering en gezinshereniging. Wij verwijzen naar het wijkteam als meer nodig is.', ['statushouders', 'migranten', 'administratie'], { lang: ['ar', 'nl'] }),
  svc('Psychosociale groep "Na de oorlog"', 'Groepsbijeenkomsten voor volwassenen die veel hebben meegemaakt in oorlog en vlucht. Begeleid door een Arabisch sprekende psycholoog van GGZ Waterland. Acht bijeenkomsten.', ['trauma', 'ggz', 'statushouders'], { lang: ['ar'] }),
]);

org({ name: 'Polska Waterlinde', place: 'Molenveld', street: 'Molensteeg 14', desc: 'Stowarzyszenie Polaków. Vereniging voor Poolse werknemers en gezinnen.' }, [
  svc('Poradnia dla pracowników – spreekuur arbeidsmigranten', 'Advies voor Poolse en andere Oost-Europese werknemers: arbeidscontract, uitzendbureau, huisvesting bij de werkgever, ziek worden en uitkering. In het Pools en Nederlands.', ['juridisch', 'migranten', 'werk'], { lang: ['pl', 'nl'], hours: 'Zaterdag 11.00-14.00 uur' }),
]);

org({ name: 'Moskee Al-Fath', place: 'Kanaalzijde', street: 'Dokweg 2', desc: 'Moskee in Kanaalzijde.' }, [
  svc('Imam spreekuur en pastorale zorg', 'De imam luistert naar zorgen over familie, huwelijk, verlies en geloof. Ook bezoek in het ziekenhuis of bij ziekte thuis. Vrouwen kunnen ook met een vrouwelijke vrijwilliger praten.', ['zingeving', 'rouw'], { lang: ['ar', 'tr', 'nl'] }),
  svc('Voedselpakketten Ramadan en daarna', 'De moskee deelt pakketten uit aan gezinnen die het moeilijk hebben, ook na de ramadan elke eerste zaterdag. Iedereen mag komen, geloof maakt niet uit.', ['voedselbank']),
]);

org({ name: 'Protestantse Gemeente Waterlinde', alt: 'De Lindekerk', place: 'Oude Stad', street: 'Kerkhof 1', desc: 'Protestantse kerk in de Oude Stad.' }, [
  svc('Diaconaal Noodfonds', 'Voor mensen die even geen geld hebben voor eten, energie of een dringende rekening en nergens anders terecht kunnen. Ook geldmaatjes die een tijd meelopen met uw administratie.', ['schulden', 'minima', 'administratie']),
  svc('Open kerk en gesprek', 'Elke dag van 11 tot 15 uur open. Een kaarsje aansteken, even stil zijn of een gesprek met een pastor.', ['zingeving', 'eenzaamheid', 'rouw']),
]);

org({ name: 'Parochie Sint-Lidwina', place: 'Molenveld', street: 'Lidwinaplein 5', desc: 'Katholieke parochie, ook Poolse en Engelstalige vieringen.' }, [
  svc('Kledingkamer Sint-Lidwina', 'Gratis kleding, schoenen en beddengoed voor wie het nodig heeft. Alle maten, ook baby. Geen verwijsbrief nodig.', ['kledingbank'], { hours: 'Dinsdag en zaterdag 10.00-12.00 uur' }),
  svc('International Church Meeting', 'English-language service and coffee every Sunday for internationals, students and newcomers. A place to meet people and ask for practical help.', ['ontmoeting', 'zingeving', 'migranten'], { lang: ['en', 'pl'] }),
]);

org({ name: 'VluchtelingenWerk Waterlinde', place: 'Rietwijk', street: 'Biezenhof 9', desc: 'Maatschappelijke begeleiding van statushouders.' }, [
  svc('Maatschappelijke begeleiding statushouders', 'Na het krijgen van een huis in Waterlinde begeleiden wij u het eerste anderhalf jaar: gemeente, bank, verzekering, school van de kinderen, inburgering.', ['statushouders'], { lang: ['nl', 'ar', 'ti', 'en'] }),
  svc('Gezinshereniging', 'Juridische hulp en informatie als u uw gezin naar Nederland wilt halen.', ['statushouders', 'juridisch']),
  svc('Newcomers info desk', 'Information for newcomers in English: registering at the municipality, finding a GP, health insurance, schools and Dutch classes.', ['statushouders', 'migranten'], { lang: ['en'] }),
]);

// ---------------------------------------------------------------- gezondheid en ggz
org({ name: 'Gezondheidscentrum Kanaalzijde', place: 'Kanaalzijde', street: 'Havenkade 12', desc: 'Huisartsen, praktijkondersteuners, fysiotherapie en apotheek onder één dak.' }, [
  svc('Huisartsenpraktijk Kanaalzijde', 'Vier huisartsen. Spreekuur op afspraak, bel voor 10 uur. Nieuwe patiënten uit Kanaalzijde en Oude Stad welkom. Tolk via de tolkentelefoon.', ['huisarts'], { hours: 'Ma-vr 8.00-17.00 uur' }),
  svc('POH-GGZ', 'Heeft u last van somberheid, angst, stress of slecht slapen? De praktijkondersteuner GGZ helpt met een paar gesprekken. U heeft een verwijzing van uw huisarts nodig.', ['poh-ggz', 'ggz'], { fees: 'Geen eigen risico' }),
  svc('Diabetesvoorlichting in eigen taal', 'Groepsvoorlichting over suiker, eten en bewegen, in het Turks en Arabisch, door de praktijkverpleegkundige en een diëtist.', ['leefstijl', 'migranten'], { lang: ['tr', 'ar', 'nl'] }),
]);

org({ name: 'Huisartsenpraktijk De Linde', place: 'De Lindehof', street: 'Beukenlaan 3', desc: 'Huisartsenpraktijk in De Lindehof.' }, [
  svc('Huisartsenpraktijk De Linde', 'Huisarts voor De Lindehof en Molenveld. Ook spreekuur over stoppen met roken door de praktijkverpleegkundige.', ['huisarts', 'roken']),
  svc('Stoppen met roken', 'Individuele begeleiding door de praktijkondersteuner. Vergoed vanuit de basisverzekering, zonder eigen risico.', ['roken'], { online: true, phone: false, status: 'inactive' }),
]);

org({ name: 'Huisartsenpost Waterlinde', alt: 'HAP', place: 'Oude Stad', street: 'Gasthuisweg 100', desc: 'Voor dringende zorg buiten kantoortijd.' }, [
  svc('Huisartsenpost', 'Dringende medische vragen in de avond, nacht en het weekend die niet kunnen wachten tot uw eigen huisarts weer open is. Altijd eerst bellen.', ['hap'], { hours: 'Werkdagen 17.00-8.00 uur, weekend en feestdagen de hele dag' }),
]);

org({ name: 'GGZ Waterland', place: 'Oude Stad', street: 'Gasthuisweg 80', desc: 'Basis- en specialistische ggz voor volwassenen, kinderen en jongeren in Waterlinde.' }, [
  svc('Basis GGZ volwassenen', 'Kortdurende behandeling bij depressie, angst- en paniekklachten, burn-out of rouw die vastloopt. Met verwijzing van de huisarts.', ['ggz'], { apply: 'Verwijzing huisarts nodig. Wachttijd ongeveer 7 weken.' }),
  svc('Specialistische GGZ en traumabehandeling', 'Behandeling voor complexe problemen zoals PTSS, persoonlijkheidsproblematiek en bipolaire stoornis. Wij werken met tolken.', ['ggz', 'trauma']),
  svc('FACT-team Waterlinde', 'Het FACT-team begeleidt mensen met ernstige psychische aandoeningen (EPA) in hun eigen wijk, met psychiater, verpleegkundigen en ervaringsdeskundige.', ['epa', 'ggz']),
  svc('Jeugd GGZ', 'Hulp voor kinderen en jongeren tot 18 met angst, depressie, ADHD, eetproblemen of trauma. Ouders worden altijd betrokken.', ['jeugd-ggz'], { apply: 'Verwijzing via huisarts of jeugd- en gezinsteam.' }),
  svc('Mentaal Fit online (English available)', 'Online self-help courses for stress, worry and low mood, with a coach who replies within 3 days. Ook in het Nederlands.', ['ggz'], { online: true, lang: ['en', 'nl'] }),
]);

org({ name: 'Verslavingszorg Rivierland', place: 'Kanaalzijde', street: 'Havenkade 70', desc: 'Verslavingszorg voor de regio.' }, [
  svc('Polikliniek verslaving', 'Hulp bij problemen met alcohol, drugs, slaap- of pijnmedicatie. Gesprekken, behandeling en als het nodig is detox.', ['verslaving']),
  svc('Gokken en gamen', 'Gokt u online of gamet u zo veel dat het geld of uw relatie eronder lijdt? Wij helpen, ook anoniem via chat.', ['gokken'], { online: true }),
  svc('Preventie jongeren en ouders', 'Voorlichting en gesprekken voor jongeren en ouders over blowen, lachgas, alcohol en drugs. Ook gastlessen.', ['verslaving-jongeren']),
]);

org({ name: 'AA Waterlinde', place: 'Oude Stad', street: 'Kerkhof 1', desc: 'Anonieme Alcoholisten, groep Waterlinde.' }, [
  svc('AA meeting', 'Zelfhulpgroep voor mensen die willen stoppen met drinken. Dinsdagavond 20.00 uur in de zaal van de Lindekerk. Ook English meeting on Fridays.', ['verslaving'], { lang: ['nl', 'en'], phone: false }),
]);

org({ name: 'JGZ Waterlinde', alt: 'Consultatiebureau', place: 'Molenveld', street: 'Wiekenlaan 44', desc: 'Jeugdgezondheidszorg van de GGD voor kinderen van 0 tot 18 jaar.' }, [
  svc('Consultatiebureau', 'Wegen en meten, vaccinaties en vragen over voeding, slapen en ontwikkeling van uw baby of peuter. Er zijn tolken voor Arabisch, Turks en Tigrinya.', ['jgz', 'opvoeden'], { lang: ['nl', 'ar', 'tr', 'ti'] }),
  svc('Jeugdarts en jeugdverpleegkundige op school', 'Onderzoek op school, vragen over groei, ziekteverzuim en hoe uw kind zich voelt. Jongeren kunnen ook zelf een afspraak maken.', ['jgz', 'onderwijs']),
  svc('Sense spreekuur', 'Vragen over seks, verliefdheid, anticonceptie of soa? Jongeren tot 25 kunnen gratis en anoniem langskomen.', ['seksuele-gezondheid'], { elig: 'Tot 25 jaar', fees: 'Gratis' }),
]);

org({ name: 'Verloskundigenpraktijk Het Nest', place: 'De Lindehof', street: 'Beukenlaan 21', desc: 'Verloskundigen voor heel Waterlinde.' }, [
  svc('Verloskundige zorg', 'Begeleiding tijdens zwangerschap, bevalling en kraamtijd. Ook Centering Pregnancy: controles in een groep met andere zwangeren. Wij werken met tolken.', ['zwangerschap']),
]);

org({ name: 'Thuiszorg Waterlinde', place: 'Molenveld', street: 'Molensteeg 60', desc: 'Wijkverpleging en huishoudelijke hulp.' }, [
  svc('Wijkverpleging', 'Hulp bij wassen en aankleden, wondzorg, medicijnen en steunkousen. U heeft geen verwijzing nodig: onze wijkverpleegkundige komt langs voor een indicatie.', ['wijkverpleging'], { hours: '24 uur per dag bereikbaar' }),
  svc('Huishoudelijke hulp', 'Schoonmaken, bedden verschonen en de was. Via een Wmo-indicatie of particulier.', ['huishoudelijke-hulp']),
  svc('Personenalarmering', 'Een halsknop of polsband waarmee u hulp inschakelt als u valt. Onze alarmcentrale is altijd bereikbaar.', ['alarmering', 'ouderen'], { fees: 'Vanaf €19,95 per maand' }),
  svc('Maaltijdservice', 'Dagelijks een warme of gekoelde maaltijd aan huis. Ook halal en diabetes-maaltijd.', ['maaltijden']),
]);

org({ name: 'Hospice De Lindeboom', place: 'De Lindehof', street: 'Lindelaan 88', desc: 'Hospice met vier kamers.' }, [
  svc('Hospice De Lindeboom', 'Een thuis voor de laatste levensfase, met verpleging en vrijwilligers. Familie kan blijven slapen.', ['palliatief']),
  svc('Vrijwilligers Palliatieve Terminale Zorg', 'Vrijwilligers waken bij u thuis bij iemand die gaat overlijden, zodat de mantelzorger kan slapen.', ['palliatief', 'respijt']),
]);

org({ name: 'Alzheimer Waterlinde', place: 'Oude Stad', street: 'Stadhuisplein 4', desc: 'Afdeling van Alzheimer Nederland.' }, [
  svc('Alzheimer Café', 'Elke derde dinsdag een avond voor mensen met dementie, hun partners en kinderen. Uitleg en elkaar ontmoeten.', ['dementie', 'mantelzorg']),
  svc('Casemanager dementie', 'Na de diagnose dementie krijgt u een vaste casemanager die u en uw familie begeleidt tot aan opname.', ['dementie']),
]);

org({ name: 'Dagcentrum De Kanaaltuin', place: 'Kanaalzijde', street: 'Jaagpad 5', desc: 'Dagbesteding voor ouderen en mensen met een beperking.' }, [
  svc('Dagbesteding ouderen en dementie', 'Een of meer dagen per week een zinvolle dag met tuinieren, koken en bewegen. Er is een groep waar Turks en Arabisch wordt gesproken. Vervoer kan.', ['dagbesteding', 'dementie', 'ouderen'], { lang: ['nl', 'tr', 'ar'] }),
  svc('Dagbesteding NAH', 'Voor mensen met hersenletsel na een beroerte of ongeluk. Werken in onze fietsenwerkplaats of tuin, in eigen tempo.', ['dagbesteding', 'nah']),
]);

org({ name: 'Hersenletsel Waterlinde', place: 'Molenveld', street: 'Wiekenlaan 12', desc: 'Vrijwilligers voor mensen met NAH.' }, [
  svc('NAH-inloop', 'Een ochtend in de maand voor mensen met hersenletsel en hun partner. Koffie en verhalen delen.', ['nah', 'ontmoeting'], { at: { name: 'Het Molenhuis', street: 'Wiekenlaan 12', place: 'Molenveld' } }),
]);

// ---------------------------------------------------------------- geld, recht, wonen
org({ name: 'Voedselbank Waterlinde', place: 'Kanaalzijde', street: 'Loswal 8', desc: 'Voedselbank voor Waterlinde.' }, [
  svc('Voedselpakket', 'Elke week een pakket met boodschappen voor gezinnen die te weinig overhouden. Aanmelden via het wijkteam of schuldhulp, zij kijken of u in aanmerking komt. Ook halal producten.', ['voedselbank'], { elig: 'Na aftrek van vaste lasten minder dan €300 leefgeld per maand (+€100 per gezinslid).', hours: 'Uitgifte vrijdag 13.00-16.00 uur' }),
  svc('Sociale supermarkt De Schep (tijdelijk dicht)', 'Goedkope boodschappen voor minima. Tijdelijk dicht wegens verbouwing.', ['voedselbank', 'minima'], { status: 'inactive' }),
]);

org({ name: 'Sociaal Raadslieden Waterlinde', place: 'Oude Stad', street: 'Stadhuisplein 4', desc: 'Gratis advies over regels, brieven en rechten.' }, [
  svc('Sociaal raadslieden', 'Wij helpen bij ingewikkelde brieven en formulieren, bezwaar maken tegen een besluit, toeslagen en de belastingaangifte. Onafhankelijk en gratis.', ['juridisch', 'administratie', 'toeslagen']),
  svc('Belastingspreekuur', 'Hulp met de aangifte inkomstenbelasting en het aanvragen of stoppen van toeslagen. Februari tot en met juni.', ['administratie', 'toeslagen'], { hours: 'Feb-jun, maandag 13.00-16.00 uur' }),
]);

org({ name: 'Juridisch Loket Waterlinde', place: 'Oude Stad', street: 'Marktstraat 17', desc: 'Gratis juridisch advies.' }, [
  svc('Juridisch spreekuur', 'Advies over huur, werk, scheiding, schulden en verblijfsrecht. Als het nodig is verwijzen wij naar een advocaat met toevoeging.', ['juridisch'], { hours: 'Dinsdag 9.00-12.00 uur' }),
]);

org({ name: 'Geldfit Waterlinde', place: 'De Lindehof', street: 'Lindeplein 6', desc: 'Vrijwilligers die helpen bij geld en papieren.' }, [
  svc('Thuisadministratie', 'Een getrainde vrijwilliger komt bij u thuis en helpt de post ordenen, rekeningen betalen en een overzicht maken. Ook als u de taal nog niet zo goed kent.', ['administratie', 'schulden']),
  svc('Budgetcursus "Rond komen"', 'Cursus van 4 avonden: hoe houd ik mijn geld bij, besparen op vaste lasten, wat te doen bij schulden.', ['schulden']),
  svc('Online geldcheck', 'Check in 10 minuten of u recht heeft op toeslagen en regelingen die u nog niet krijgt.', ['minima', 'toeslagen'], { online: true, phone: false }),
]);

org({ name: 'Woonstichting Linde Wonen', place: 'Oude Stad', street: 'Marktstraat 40', desc: 'Woningcorporatie met 11.000 huurwoningen in Waterlinde.' }, [
  svc('Huurachterstand? Bel ons op tijd', 'Kunt u de huur niet betalen? Neem meteen contact op. Wij maken een betalingsregeling en schakelen als het nodig is schuldhulp of het wijkteam in, zodat u niet uit huis hoeft.', ['huurachterstand']),
  svc('Reparaties en schimmel', 'Meld kapotte dingen, lekkage of schimmel in uw huurwoning. Een vakman komt langs.', ['huurproblemen']),
  svc('Woningzoekenden inschrijven', 'Inschrijven als woningzoekende, reageren op woningen en uitleg over wachttijd.', ['woningzoeken']),
]);

org({ name: 'Huurteam Waterlinde', place: 'Kanaalzijde', street: 'Sluiswachterstraat 18', desc: 'Gratis hulp voor huurders, ook bij particuliere verhuurders.' }, [
  svc('Huurteam', 'Te hoge huur, te hoge servicekosten, onderhoud dat niet gebeurt of een huisbaas die dreigt? Wij helpen huurders gratis, ook arbeidsmigranten die via de werkgever huren.', ['huurproblemen', 'juridisch'], { lang: ['nl', 'en', 'pl'] }),
]);

org({ name: 'Stichting Onderdak Waterlinde', place: 'Oude Stad', street: 'Gasthuisweg 12', desc: 'Opvang voor dak- en thuislozen.' }, [
  svc('Nachtopvang De Haven', 'Slaapplaats, douche en ontbijt voor mensen zonder huis. Binnen vanaf 21.00 uur.', ['dakloos'], { hours: 'Elke nacht 21.00-9.00 uur' }),
  svc('Centrale toegang maatschappelijke opvang', 'Geen woonplek meer? Wij kijken samen met u naar opvang, een briefadres en een plan voor een eigen plek.', ['dakloos']),
]);

org({ name: 'Vrouwenopvang Waterlinde', place: 'Oude Stad', street: 'Onbekend', secretAddress: true, desc: 'Hulp en opvang bij huiselijk geweld.' }, [
  svc('Opvang en advies bij huiselijk geweld', 'Wordt u thuis bedreigd, geslagen of gecontroleerd door uw partner of familie? Wij bieden advies, ambulante hulp en een veilige opvangplek. Ook voor mannen.', ['huiselijk-geweld']),
  svc('Steunpunt eergerelateerd geweld', 'Hulp bij dreiging om eer, gedwongen huwelijk of achterlating in het buitenland. Aandachtsfunctionaris werkt samen met sleutelfiguren uit de gemeenschappen.', ['eergerelateerd-geweld', 'huiselijk-geweld'], { lang: ['nl', 'ar', 'tr', 'en'] }),
]);

org({ name: 'Wijkteam Thuis Veilig', place: 'Molenveld', street: 'Wiekenlaan 40', desc: 'Specialisten huiselijk geweld binnen de wijkteams.' }, [
  svc('Aanpak huiselijk geweld in het gezin', 'Als er thuis ruzie is met slaan of schreeuwen, ook tussen ouders waar kinderen bij zijn, begeleiden wij het hele gezin, ook de pleger. Training "Sterk zonder geweld" voor wie zijn boosheid niet kan beheersen.', ['huiselijk-geweld', 'jeugdhulp']),
]);

// ---------------------------------------------------------------- taal, werk, beperking, jeugd, overig
org({ name: 'Bibliotheek Waterlinde', place: 'Oude Stad', street: 'Marktstraat 2', desc: 'Openbare bibliotheek met vestigingen in Kanaalzijde en Rietwijk.' }, [
  svc('Taalhuis', 'Wil je beter Nederlands lezen, schrijven of spreken? In het Taalhuis vind je een taalmaatje, taalcafé en oefenen op de computer. Ook voor mensen die in Nederland geboren zijn.', ['taal']),
  svc('Informatiepunt Digitale Overheid', 'Hulp bij DigiD, Mijn Belastingdienst, online formulieren van de gemeente en het UWV.', ['digitaal', 'administratie']),
  svc('Taalcafé English-Dutch', 'Practise your Dutch in an informal conversation group. For expats, students and anybody who wants to speak Dutch. Thursday evenings.', ['taal'], { lang: ['en', 'nl'], at: { name: 'Bibliotheek Rietwijk', street: 'Kalmoesweg 20', place: 'Rietwijk' } }),
  svc('Voorlezen aan peuters (Boekenbabbel)', 'Voorleesochtend voor ouders en peuters. Ook in het Arabisch.', ['opvoeden', 'taal'], { lang: ['nl', 'ar'] }),
]);

org({ name: 'Taalschool De Brug', place: 'Kanaalzijde', street: 'Veerstraat 50', desc: 'Taalschool voor inburgering en NT2.' }, [
  svc('Inburgeringscursus en NT2', 'Lessen Nederlands voor inburgeraars (B1-route en Z-route) en voor mensen die zelf willen leren. Ook vrouwen met kleine kinderen: er is oppas.', ['taal', 'statushouders']),
]);

org({ name: 'MEE Waterlinde', place: 'De Lindehof', street: 'Lindeplein 8', desc: 'Ondersteuning bij leven met een beperking.' }, [
  svc('Onafhankelijke cliëntondersteuning', 'Een cliëntondersteuner gaat mee naar het keukentafelgesprek of helpt bij een aanvraag Wmo, Jeugdwet of Wlz. Onafhankelijk van de gemeente en gratis.', ['clientondersteuning', 'wmo']),
  svc('Begeleiding bij een licht verstandelijke beperking', 'Hulp bij geld, wonen, werk en vriendschappen voor mensen met een LVB. Wij leggen dingen uit in makkelijke taal.', ['lvb', 'ambulante-begeleiding']),
  svc('Autisme-netwerk', 'Informatie, een lotgenotengroep voor volwassenen met autisme en een ouderavond voor ouders van kinderen met autisme.', ['autisme']),
]);

org({ name: 'Begeleidingsdienst Thuis in de Wijk', place: 'Rietwijk', street: 'Biezenhof 44', desc: 'Ambulante begeleiding voor volwassenen.' }, [
  svc('Ambulante begeleiding', 'Een vaste begeleider komt 1 of 2 keer in de week om te helpen met structuur, post, huishouden en afspraken. Voor mensen met psychische problemen, autisme of LVB. Met Wmo-indicatie.', ['ambulante-begeleiding', 'autisme', 'lvb']),
]);

org({ name: 'Hulpmiddelenuitleen Waterlinde', place: 'Molenveld', street: 'Molensteeg 60', desc: 'Uitleen van hulpmiddelen.' }, [
  svc('Uitleen rolstoel, rollator en krukken', 'Tijdelijk een rolstoel, rollator, douchestoel of krukken nodig na een operatie? Leen het bij ons, tot 26 weken.', ['hulpmiddelen']),
]);

org({ name: 'Regiotaxi Waterland', place: 'Oude Stad', street: 'Stationsplein 3', desc: 'Vervoer op afroep.' }, [
  svc('Wmo-vervoer', 'Deur-tot-deur vervoer voor mensen die niet met het gewone openbaar vervoer kunnen reizen. Met een Wmo-vervoerspas betaalt u een lager tarief. Rolstoel kan mee.', ['vervoer'], { apply: 'Vervoerspas aanvragen via het Wmo-loket. Rit een uur van tevoren bellen.' }),
]);

org({ name: 'Sportbedrijf Waterlinde', place: 'Molenveld', street: 'Sportlaan 1', desc: 'Buurtsportcoaches en sportaccommodaties.' }, [
  svc('Buurtsportcoach', 'Gratis sporten in de buurt: bootcamp in het park, vrouwenzwemmen, walking football voor 60+. De buurtsportcoach helpt ook kinderen uit gezinnen met weinig geld een club vinden via het Jeugdfonds Sport.', ['bewegen', 'minima']),
  svc('Beweegprogramma diabetes en overgewicht', 'Gecombineerde leefstijlinterventie (GLI): twee jaar begeleiding bij bewegen, eten en gewicht. Vergoed uit de basisverzekering.', ['leefstijl', 'bewegen']),
]);

org({ name: 'EHBO Vereniging Waterlinde', place: 'De Lindehof', street: 'Beukenlaan 50', desc: 'EHBO-vereniging.' }, [
  svc('EHBO- en reanimatiecursus', 'Leer eerste hulp en reanimeren met AED. Ook EHBO aan kinderen voor ouders en oppas. Cursus in het Engels op aanvraag.', ['ehbo'], { fees: '€45 reanimatie, €175 volledig EHBO-diploma' }),
]);

org({ name: 'Samen Alert Waterlinde', place: 'Oude Stad', street: 'Stadhuisplein 4', desc: 'Netwerk voor suïcidepreventie van gemeente, GGZ Waterland en welzijn.' }, [
  svc('Training "Praat erover"', 'Gratis training van 3 uur voor vrijwilligers, sleutelfiguren, docenten en familie: hoe herken je dat iemand aan zelfdoding denkt en hoe vraag je ernaar. Ook voor imams en pastores.', ['training-suicidepreventie']),
  svc('Mental Health First Aid', 'Leer in 4 bijeenkomsten eerste hulp bij psychische problemen. Voor buurtbewoners, ondernemers en studenten.', ['training-suicidepreventie', 'ehbo']),
]);

org({ name: 'Rouwcentrum Na Verlies', place: 'Rietwijk', street: 'Kalmoesweg 9', desc: 'Vrijwilligersorganisatie voor rouwende mensen.' }, [
  svc('Rouwgroep volwassenen', 'Acht avonden met mensen die ook iemand verloren hebben, door ziekte, ongeluk of zelfdoding. Begeleid door ervaren vrijwilligers.', ['rouw']),
  svc('Rouwverwerking kinderen', 'Speelse groep voor kinderen van 6 tot 12 jaar die een ouder, broer of zus zijn verloren.', ['rouw'], { elig: '6-12 jaar' }),
]);

org({ name: 'Kinderopvang en Ouderpunt Rietwijk', place: 'Rietwijk', street: 'Biezenhof 50', desc: 'Ouder- en kindcentrum.' }, [
  svc('Opvoedspreekuur', 'Vragen over slapen, driftbuien, grenzen stellen, puberteit? Loop binnen bij de pedagoog. Ook in het Engels en Arabisch.', ['opvoeden'], { lang: ['nl', 'en', 'ar'] }),
  svc('Moeders van de wereld', 'Groep voor moeders uit verschillende landen. Praten over opvoeden in Nederland, school, en je eigen gezondheid. Kinderen spelen naast.', ['opvoeden', 'ontmoeting', 'migranten']),
]);

org({ name: 'Schoolmaatschappelijk Werk Waterlinde', place: 'Molenveld', street: 'Wiekenlaan 40', desc: 'Schoolmaatschappelijk werk voor basis- en voortgezet onderwijs.' }, [
  svc('Schoolmaatschappelijk werk', 'Gaat het niet goed met uw kind op school, door pesten, spijbelen of zorgen thuis? De schoolmaatschappelijk werker praat met kind en ouders en zoekt hulp.', ['onderwijs', 'jeugdhulp']),
]);

org({ name: 'Jongerenpunt Waterlinde', alt: 'JP', place: 'Oude Stad', street: 'Marktstraat 9', desc: 'Voor jongeren van 16 tot 27.' }, [
  svc('Jongerenloket', 'Voor jongeren van 16 tot 27 zonder school, werk of geld. Hulp met je eerste huis, schulden, uitkering en werk. Je kan ook gewoon appen.', ['jongeren', 'werk', 'schulden', 'onderwijs'], { elig: '16-27 jaar' }),
  svc('Chat met een coach (English too)', 'Anonymous chat for young people about stress, relationships, money or drugs. A youth worker answers within a day.', ['jongeren'], { online: true, lang: ['en', 'nl'] }),
]);

org({ name: 'Expat Centre Waterlinde', place: 'Oude Stad', street: 'Stationsplein 1', desc: 'For international employees and their families.' }, [
  svc('Expat desk', 'Help for international workers and their partners: registration, BSN, finding a GP, housing, schools and work for partners. English-language service.', ['migranten', 'werk'], { lang: ['en'] }),
]);
