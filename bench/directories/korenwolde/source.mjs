// Korenwolde: a FICTIONAL gemeente of about 36,000 on the northern clay (the made-up province
// Noorderklei): the small town Korenwolde and five terp villages (Hamrewier, Sibbelum,
// Tjuchterwerd, Oldenwierum, Marswerd). Shrinking and ageing population, houses damaged by
// earthquakes from gas extraction, Eastern European labour migrants on farms and in the
// food-processing plants, and many residents who speak the regional dialect.
//
// Publisher style: a spreadsheet export from the regional "Zorg & Welzijn Noorderklei" platform,
// where every provider typed the same few fields themselves (name, omschrijving, doelgroep,
// kosten, aanmelden). So the entries are very uneven: some services have only a name and one
// keyword-like line ("Huishoudelijke hulp. Wmo."), others paste whole brochure texts; names are
// often capitalised or abbreviated ("WMO LOKET", "SWT Korenwolde", "GGZ-NN"); some services were
// entered twice by different people with slightly different wording; a few regional words
// ("kovvie", "olle lu", "mitnkander", "Buurhoes") slip in. Everything here is invented: names,
// streets, postal codes (0580-0599 and 0650-0669, which no real Dutch code uses) and numbers.
import { addingTo, svc } from '../write-directory.mjs';

export const TOPICS = {
  huisarts: 'huisartsenpraktijk: medische klachten overdag, verwijzing, POH',
  huisartsenpost: 'huisartsenpost: dringende medische zorg buiten kantoortijd (avond, nacht, weekend)',
  'poh-ggz': 'praktijkondersteuner GGZ bij de huisarts: kortdurende gesprekken bij psychische klachten',
  ggz: 'geestelijke gezondheidszorg: behandeling door psycholoog, psychiater, basis- of specialistische GGZ',
  'ggz-acuut': 'acute psychiatrie / crisisdienst GGZ (via huisarts of huisartsenpost)',
  'psychische-klachten-licht': 'laagdrempelige steun bij somberheid, stress, piekeren, burn-out, zonder behandeling (praatgroep, herstel, coaching)',
  'welzijn-op-recept': 'Welzijn op Recept: huisarts verwijst naar een welzijnscoach en activiteiten',
  wijkverpleging: 'wijkverpleging en persoonlijke verzorging thuis (wassen, aankleden, wondzorg, medicatie)',
  'huishoudelijke-hulp': 'huishoudelijke hulp / schoonmaakhulp thuis (Wmo of particulier)',
  fysiotherapie: 'fysiotherapie en oefentherapie',
  apotheek: 'apotheek: medicijnen, medicatiegesprek',
  leefstijl: 'gezond eten en gewicht: diëtist, leefstijlcoach, GLI, stoppen met roken',
  valpreventie: 'valpreventie: valtest, cursus om vallen te voorkomen, balans',
  bewegen: 'sport en bewegen: beweeggroepen, buurtsportcoach, sporten met een beperking',
  jgz: 'jeugdgezondheidszorg: consultatiebureau, jeugdarts, jeugdverpleegkundige, vaccinaties kinderen',
  zwangerschap: 'zwangerschap en geboorte: verloskundige, kraamzorg, Kansrijke Start',
  opvoeden: 'opvoedondersteuning: vragen over opvoeden en opgroeien, oudercursussen',
  jeugdhulp: 'jeugdhulp: hulp voor kinderen en gezinnen met problemen (gezinscoach, ambulante hulp, pleegzorg)',
  jongeren: 'jongerenwerk en plekken/activiteiten voor jongeren',
  'onderwijs-zorg': 'school en zorg: leerplicht, schoolmaatschappelijk werk, thuiszitters, schoolverzuim',
  'sociaal-team': 'sociaal (wijk)team / algemeen maatschappelijk werk: eerste ingang voor alle vragen over zorg, welzijn, geld en gezin',
  'wmo-voorzieningen': 'Wmo-loket: voorzieningen aanvragen, keukentafelgesprek, indicatie',
  hulpmiddelen: 'hulpmiddelen: rolstoel, rollator, scootmobiel, uitleen',
  woningaanpassing: 'woningaanpassing: traplift, douche aanpassen, drempels, verhuizen naar aangepaste woning',
  vervoer: 'vervoer: regiotaxi, vrijwillige vervoersdienst, ouderenvervoer',
  maaltijden: 'maaltijdservice, warme maaltijden aan huis, samen eten',
  dagbesteding: 'dagbesteding voor ouderen, mensen met dementie of een beperking',
  'ouderen-advies': 'ouderenadviseur, welzijn voor ouderen, huisbezoek aan ouderen',
  mantelzorg: 'ondersteuning van mantelzorgers (ook jonge mantelzorgers)',
  respijtzorg: 'respijtzorg: zorg tijdelijk overnemen zodat de mantelzorger rust krijgt (logeren, oppas)',
  dementie: 'dementie en geheugenproblemen: casemanager, Alzheimer Café, dagbesteding',
  clientondersteuning: 'onafhankelijke cliëntondersteuning: iemand die meegaat naar gesprekken en helpt bij aanvragen',
  beperking: 'mensen met een verstandelijke, lichamelijke beperking, LVB, autisme, NAH',
  'langdurige-zorg': 'langdurige zorg: Wlz, verpleeghuis, verzorgingshuis, wonen met zorg',
  palliatief: 'palliatieve en terminale zorg: hospice, vrijwilligers terminale zorg',
  schulden: 'schulden: schuldhulpverlening, schuldhulpmaatje, betalingsachterstanden',
  administratie: 'hulp bij post, formulieren, thuisadministratie en belastingaangifte',
  inkomen: 'inkomen: bijstand, toeslagen, bijzondere bijstand, minimaregelingen, fonds voor kinderen',
  voedselhulp: 'voedselbank, kledingbank, gratis of goedkope spullen',
  werk: 'werk zoeken, re-integratie, participatie, leerwerkplek',
  vrijwilligerswerk: 'vrijwilligerswerk vinden of doen',
  taal: 'Nederlands leren als tweede taal: NT2, inburgering, taalcafé',
  laaggeletterdheid: 'beter lezen, schrijven en rekenen voor Nederlandstaligen (Taalhuis)',
  digitaal: 'digitale vaardigheden: computer, smartphone, DigiD, online regelen',
  juridisch: 'juridisch advies: rechtswinkel, sociaal raadslieden, advocaat, bezwaar',
  wonen: 'wonen: huurproblemen, woning zoeken, huurachterstand, woningcorporatie',
  dakloosheid: 'dakloos of dreigend dakloos: opvang, nachtopvang, beschermd wonen',
  aardbevingsschade: 'aardbevingsschade aan huizen: schade melden, versterking, onafhankelijk advies, steun voor bewoners',
  energie: 'energie: hoge energierekening, energiearmoede, energiecoach, isoleren',
  verslaving: 'verslaving en middelengebruik: alcohol, drugs, gokken, zelfhulpgroepen, preventie',
  'huiselijk-geweld': 'huiselijk geweld, kindermishandeling, ouderenmishandeling: hulp, opvang, advies',
  eenzaamheid: 'eenzaamheid: maatje, bezoekdienst, telefooncirkel',
  ontmoeting: 'ontmoeting en activiteiten: buurthuis, dorpshuis, inloop, koffieochtend',
  rouw: 'rouw en verlies: rouwbegeleiding, lotgenoten, uitvaart',
  suicidepreventie: 'suïcidepreventie: training signaleren, voorlichting, steun voor nabestaanden na zelfdoding',
  arbeidsmigranten: 'arbeidsmigranten (EU): informatie over werk, huisvesting, zorgverzekering, uitbuiting',
  statushouders: 'vluchtelingen en statushouders: begeleiding, maatschappelijke ondersteuning',
  burenruzie: 'burenruzie: buurtbemiddeling, conflict met buren',
  'seksuele-gezondheid': 'seksuele gezondheid: soa-test, anticonceptie, seksualiteit, lhbti+',
  echtscheiding: 'scheiding: ouderschapsplan, omgang, kinderen bij scheiding',
  agrarisch: 'boeren en agrarische gezinnen: steun bij zorgen, stress, bedrijfsoverdracht, financiële problemen',
  'veilig-thuis-wonen': 'veilig thuis blijven wonen: personenalarmering, thuistechnologie, brandveiligheid',
  klusjes: 'klussen en praktische diensten aan huis: klussendienst, tuin, kapper of boodschappen aan huis',
  slachtofferhulp: 'steun voor slachtoffers van een misdrijf, inbraak of ongeval',
  'cursus-ehbo': 'EHBO- en reanimatiecursussen',
};

export const places = {
  Korenwolde: { gemeente: 'Korenwolde', pc: '0581' },
  Hamrewier: { gemeente: 'Korenwolde', pc: '0586' },
  Sibbelum: { gemeente: 'Korenwolde', pc: '0592' },
  Tjuchterwerd: { gemeente: 'Korenwolde', pc: '0597' },
  Oldenwierum: { gemeente: 'Korenwolde', pc: '0653' },
  Marswerd: { gemeente: 'Korenwolde', pc: '0658' },
  Noordstad: { gemeente: 'Noordstad', pc: '0665' },
};

export const organizations = [];
const org = addingTo(organizations);
const REGIO = ['Korenwolde', 'Noordstad', 'Regio Noorderklei'];

// ---------------------------------------------------------------- gemeente
org({ name: 'Gemeente Korenwolde', place: 'Korenwolde', street: 'Raadhuisplein 1', desc: 'Gemeente Korenwolde. Balie open ma-vr ochtend.' }, [
  svc('WMO LOKET', 'Wmo. Hulp thuis, hulpmiddelen, woningaanpassing, vervoer. Bel voor afspraak.', ['wmo-voorzieningen', 'hulpmiddelen', 'woningaanpassing', 'vervoer', 'huishoudelijke-hulp']),
  svc('Wmo-loket gemeente Korenwolde', 'Loket voor de Wet maatschappelijke ondersteuning (Wmo). Heeft u hulp nodig om thuis te kunnen blijven wonen? Denk aan hulp in het huishouden, een scootmobiel of rolstoel, een traplift of aanpassing in de badkamer, of vervoer met de regiotaxi. Na uw melding komt een consulent bij u thuis voor een gesprek (keukentafelgesprek). U kunt gratis een onafhankelijke cliëntondersteuner meenemen.', ['wmo-voorzieningen', 'hulpmiddelen', 'woningaanpassing', 'vervoer', 'huishoudelijke-hulp'], { hours: 'ma t/m vr 9.00-12.00 uur telefonisch', apply: 'Bellen of melding doen via het formulier op de website.' }),
  svc('Bijz. bijstand / minimaregelingen', 'Bijzondere bijstand, individuele inkomenstoeslag, kwijtschelding gemeentelijke belastingen, collectieve zorgverzekering minima. Inkomen tot 120% bijstandsnorm.', ['inkomen'], { elig: 'Inwoners met een laag inkomen (tot 120% van de bijstandsnorm).' }),
  svc('Team Werk & Inkomen', 'Uitkering aanvragen (Participatiewet / bijstand), IOAW, hulp naar werk. Aanvragen via werk.nl, daarna gesprek met consulent.', ['inkomen', 'werk']),
  svc('LEERPLICHT', 'Leerplichtambtenaar. Verzuim, vrijstelling, thuiszitters 5-18 jr (kwalificatieplicht tot 18).', ['onderwijs-zorg']),
  svc('Schuldhulpverlening gemeente Korenwolde', 'Schuldhulpverlening. Deze pagina wordt niet meer bijgewerkt, zie SCHULDHULP Korenwolde.', ['schulden'], { status: 'inactive' }),
]);

org({ name: 'SWT Korenwolde', alt: 'Sociaal Wijkteam Korenwolde', place: 'Korenwolde', street: 'Kerkstraat 14', desc: 'Sociaal wijkteam van de gemeente.' }, [
  svc('SWT Korenwolde', 'Voor al uw vragen over zorg, welzijn, opvoeden, geld en werk. Gratis. Geen verwijzing nodig.', ['sociaal-team'], { hours: 'ma-vr 8.30-17.00' }),
  svc('SWT spreekuur in de dorpen', 'Inloopspreekuur sociaal team: di Buurhoes Hamrewier, do dorpshuis Sibbelum, om de week Tjuchterwerd, Oldenwierum en Marswerd. Kom gerust met al je vragen, ook in het Grunnegs.', ['sociaal-team'], { at: { name: 'Buurhoes Hamrewier', street: 'Wierdeweg 3', place: 'Hamrewier' } }),
  svc('Gezinscoach', 'Gezinscoach van het SWT. Bij zorgen over uw kind of als het thuis niet lekker loopt. Samen een plan, één gezin één plan.', ['jeugdhulp', 'opvoeden']),
  svc('SCHULDHULP Korenwolde', 'Schulden? Rekeningen stapelen zich op? Het SWT helpt. Aanmelden via SWT, binnen 3 werkdagen een gesprek. Ook stabilisatie, budgetbeheer en schuldregeling (Wsnp-verzoek).', ['schulden']),
  svc('Schuldhulp', 'Schuldhulpverlening. Wij helpen bij betalingsachterstanden, geldzorgen, schulden. Aanmelden: SWT.', ['schulden']),
]);

// ---------------------------------------------------------------- huisarts, GGZ
org({ name: 'Huisartsen Korenwolde', alt: 'HAK', place: 'Korenwolde', street: 'Molenweg 22', desc: 'Gezondheidscentrum Molenweg. 4 huisartsen.' }, [
  svc('Huisartsenzorg', 'Spreekuur op afspraak. Bel voor 10.00 uur. Herhaalrecepten via portaal.', ['huisarts'], { hours: 'ma-vr 8.00-17.00' }),
  svc('POH-GGZ', 'POH-GGZ. Via huisarts.', ['poh-ggz', 'psychische-klachten-licht']),
  svc('POH ouderen', 'Praktijkondersteuner ouderenzorg: huisbezoek bij kwetsbare ouderen 75+, geheugen, vallen, medicatie.', ['huisarts', 'ouderen-advies', 'dementie', 'valpreventie']),
]);
org({ name: 'Huisartsenpraktijk De Wierde', place: 'Hamrewier', street: 'Pastorielaan 2', desc: 'Huisarts voor Hamrewier, Sibbelum en omstreken.' }, [
  svc('Huisartsenpraktijk De Wierde', 'Huisarts. LET OP: patiëntenstop, alleen nieuwe inwoners van Hamrewier en Sibbelum. Apotheekhoudend.', ['huisarts', 'apotheek']),
]);
org({ name: 'HAP Noorderklei', alt: 'Huisartsenpost Noorderklei', place: 'Noordstad', street: 'Ziekenhuislaan 1', desc: 'Huisartsenpost.' }, [
  svc('HAP Noorderklei', 'Huisartsenpost. Avond, nacht, weekend en feestdagen. Altijd eerst bellen. Bij levensgevaar 112.', ['huisartsenpost'], { hours: 'ma-vr 17.00-8.00, weekend en feestdagen hele dag', area: REGIO }),
]);
org({ name: 'GGZ-NN', alt: 'GGZ Noorderklei Noord', place: 'Noordstad', street: 'Dijkstraat 40', desc: 'Geestelijke gezondheidszorg in de regio.' }, [
  svc('GGZ-NN Basis GGZ', 'Kortdurende behandeling bij angst, depressie, trauma. Verwijzing huisarts nodig. Wachttijd zie website.', ['ggz'], { at: { name: 'GGZ-NN poli Korenwolde', street: 'Molenweg 24', place: 'Korenwolde' }, area: REGIO }),
  svc('GGZ-NN SGGZ / FACT', 'Specialistische ggz en FACT-team voor mensen met ernstige psychiatrische aandoeningen (EPA). Behandeling en begeleiding thuis. Via huisarts of medisch specialist.', ['ggz'], { area: REGIO }),
  svc('GGZ-NN Acute Dienst', 'Acute psychiatrie 24/7. Alleen voor verwijzers (huisarts, HAP, politie). Niet rechtstreeks.', ['ggz-acuut'], { area: REGIO }),
  svc('GGZ-NN Herstelwerkplaats', 'Herstelwerkplaats voor en door ervaringsdeskundigen. Cursussen zoals Herstellen doe je zelf, WRAP, omgaan met somberheid. Zonder verwijzing, gratis. Je hoeft geen cliënt te zijn.', ['psychische-klachten-licht'], { at: { name: 'De Pakhuzen', street: 'Havenkade 5', place: 'Korenwolde' } }),
]);
org({ name: 'Praktijk Psychologie Terpenland', place: 'Korenwolde', street: 'Hoofdstraat 81', desc: 'Vrijgevestigde psychologen (GZ-psycholoog, psychotherapeut).' }, [
  svc('Psychologische behandeling', 'GZ-psychologen en psychotherapeut. Angst, somberheid, burn-out, rouw, trauma (EMDR). Ook behandeling in het Engels. Basis ggz, vergoed met verwijsbrief van de huisarts. Wachttijd ca. 8 weken.', ['ggz'], { lang: ['nl', 'en'] }),
]);
org({ name: 'MindWell Online', place: 'Noordstad', street: 'Stationsplein 9', desc: 'Online counselling company.' }, [
  svc('Online counselling in English', 'Feeling stressed, low or homesick? Short online counselling sessions with English-speaking coaches, within a week. Not covered by Dutch basic insurance; from €65 per session. Not for emergencies.', ['psychische-klachten-licht'], { online: true, lang: ['en', 'pl'], fees: '€65 per session', area: ['Nederland'] }),
]);

// ---------------------------------------------------------------- welzijn
org({ name: 'Welzijn Terpenland', alt: 'WTL', place: 'Korenwolde', street: 'Kerkstraat 16', desc: 'Welzijnsorganisatie voor Korenwolde en de dorpen. Ouderenwerk, jongerenwerk, vrijwilligers, dorpshuizen.' }, [
  svc('Ouderenadviseur', 'De ouderenadviseur komt bij u thuis voor een gesprek over wonen, zorg, geld, eenzaamheid. Ook hulp bij formulieren. Gratis voor 65+.', ['ouderen-advies', 'administratie'], { elig: '65+' }),
  svc('Ouderenadviseur WTL', 'Huisbezoeken olle lu 75+. Informatie en advies.', ['ouderen-advies']),
  svc('Maatjesproject Mitnkander', 'Mitnkander (samen): een vrijwilliger komt wekelijks op bezoek, voor een wandeling, kovvie of een praatje. Voor wie weinig mensen ziet of zich alleen voelt.', ['eenzaamheid']),
  svc('Telefooncirkel', 'Elke ochtend een telefoontje. Voor alleenwonenden.', ['eenzaamheid', 'veilig-thuis-wonen']),
  svc('Welzijn op Recept', 'Uw huisarts of POH verwijst u naar de welzijnscoach. Samen zoeken we een activiteit die u energie geeft: wandelgroep, creatief, vrijwilligerswerk. Voor mensen met psychosociale klachten zoals somberheid, stress of eenzaamheid.', ['welzijn-op-recept', 'psychische-klachten-licht', 'eenzaamheid']),
  svc('JOT jongerenwerk', 'Jongerenwerk. Jongerenhonk, ambulant jongerenwerk, 12-23 jr. Insta: @jot.korenwolde', ['jongeren']),
  svc('Klussendienst WTL', 'Kleine klusjes door vrijwilligers: lamp ophangen, gordijnrails, tuintje. Voor 65+ en mensen met een beperking, kleine vergoeding.', ['klusjes'], { fees: '€5 per klus + materiaal' }),
  svc('Vervoersdienst / Automaatje', 'Vrijwillige chauffeurs rijden u naar de huisarts, ziekenhuis of familie. €0,35 per km.', ['vervoer']),
  svc('Vrijwilligerscentrale', 'Vacaturebank vrijwilligerswerk, ook maatschappelijke stage (MaS).', ['vrijwilligerswerk']),
  svc('Kovvie-inloop', 'Kovvie-inloop elke woensdag 10-12 in de dorpshuizen. Iedereen welkom.', ['ontmoeting', 'eenzaamheid']),
  svc('Ouderensoos De Zonnebloem', 'Soos voor ouderen elke donderdagmiddag. GESTOPT per 1 januari.', ['ontmoeting'], { status: 'inactive' }),
]);
org({ name: 'Buurhoes Hamrewier', place: 'Hamrewier', street: 'Wierdeweg 3', desc: 'Dorpshuis en ontmoetingsplek Hamrewier.' }, [
  svc('Buurhoes', 'Dorpshuis. Kovvie, biljart, kaarten, eetclub op vrijdag (€6), bieb-hoek. Beheerd door vrijwilligers.', ['ontmoeting', 'maaltijden']),
]);
org({ name: 'Dorpshuis De Terp Sibbelum', place: 'Sibbelum', street: 'Terpweg 1', desc: 'Dorpshuis.' }, [
  svc('Dorpshuis De Terp', 'Activiteiten voor jong en oud. Zie agenda in het dorpsblad.', ['ontmoeting']),
]);
org({ name: 'Vrouwen van de Klei', place: 'Tjuchterwerd', street: 'Meedenweg 8', desc: 'Vereniging.' }, [
  svc('Vrouwen van de Klei', 'Vereniging voor vrouwen op het platteland. Lezingen, excursies, handwerken. Contributie €30/jr.', ['ontmoeting']),
]);
org({ name: 'Steunpunt Mantelzorg Korenwolde', alt: 'MANTELZORG', place: 'Korenwolde', street: 'Kerkstraat 16', desc: 'Steunpunt voor mantelzorgers.' }, [
  svc('MANTELZORG STEUNPUNT', 'Zorgt u voor een naaste? Advies, lotgenotencontact, mantelzorgwaardering, cursussen.', ['mantelzorg']),
  svc('Mantelzorgondersteuning', 'Mantelzorgers kunnen bij ons terecht voor een luisterend oor, advies over regelingen en respijt. Zorgt u voor uw partner, ouder, kind of buur? Dan bent u mantelzorger.', ['mantelzorg', 'respijtzorg']),
  svc('JMZ – jonge mantelzorgers', 'Voor jongeren 8-24 die thuis zorgen voor een ouder, broer of zus met een ziekte, beperking of verslaving. Uitjes en iemand om mee te praten.', ['mantelzorg', 'jongeren']),
  svc('Respijt aan huis', 'Vrijwilliger neemt de zorg een dagdeel over zodat u er even uit kunt.', ['respijtzorg', 'mantelzorg']),
]);
org({ name: "Logeerhuis 't Olle Hoes", place: 'Oldenwierum', street: 'Kloosterlaan 12', desc: 'Logeerhuis.' }, [
  svc("Logeerhuis 't Olle Hoes", 'Logeren voor ouderen en mensen met dementie, een paar dagen tot 2 weken, zodat de mantelzorger op adem kan komen. Met Wmo-indicatie of particulier.', ['respijtzorg', 'dementie']),
]);

// ---------------------------------------------------------------- thuiszorg, ouderen
org({ name: 'Zorggroep Noorderklei', alt: 'ZGN', place: 'Korenwolde', street: 'Meeuwenlaan 2', desc: 'Thuiszorg, wijkverpleging, verpleeghuiszorg in Korenwolde en omstreken.' }, [
  svc('Wijkverpleging ZGN', 'Wijkverpleging 24/7: persoonlijke verzorging, wondzorg, injecties, steunkousen. Via huisarts of rechtstreeks, indicatie door de wijkverpleegkundige. Zorgverzekeringswet, geen eigen risico.', ['wijkverpleging']),
  svc('Thuiszorg ZGN', 'Thuiszorg. Verzorging, verpleging. Bel ons.', ['wijkverpleging']),
  svc('Casemanagement dementie', 'Casemanager dementie begeleidt mensen met (beginnende) dementie en hun naasten vanaf de diagnose. Verwijzing huisarts.', ['dementie', 'mantelzorg']),
  svc('Verpleeghuis De Meeuwenhof', 'Wonen met 24-uurs zorg (Wlz), psychogeriatrie en somatiek. Ook eerstelijnsverblijf (ELV) en kortdurende revalidatie.', ['langdurige-zorg', 'dementie']),
  svc('Dagbesteding De Meeuwenhof', 'Dagbesteding voor ouderen met geheugenproblemen of lichamelijke beperking. Met vervoer. Wmo-indicatie.', ['dagbesteding', 'dementie']),
  svc('Maaltijdservice ZGN', 'Warme maaltijd of diepvries aan huis. Ook dieet.', ['maaltijden']),
  svc('Personenalarmering', 'Alarmknop om de hals of pols, 24/7 opvolging door wijkverpleging. Vanaf €19,50/mnd.', ['veilig-thuis-wonen'], { fees: 'vanaf €19,50 per maand' }),
  svc('Uitleenpunt hulpmiddelen', 'Kortdurend lenen: rolstoel, rollator, krukken, douchestoel, hoog-laagbed. Max 26 weken.', ['hulpmiddelen'], { at: { name: 'Uitleenpunt ZGN', street: 'Meeuwenlaan 4', place: 'Korenwolde' } }),
]);
org({ name: 'Thuiszorg Plus BV', place: 'Noordstad', street: 'Industrieweg 12', desc: 'Particuliere thuiszorg.' }, [
  svc('Particuliere thuiszorg & 24-uurszorg', 'Thuiszorg Plus BV levert particuliere zorg aan huis: verzorging, huishouden, oppas, 24-uurs inwonende zorg. Snel beschikbaar, geen wachtlijst. Ook met pgb. Tarieven op aanvraag.', ['wijkverpleging', 'huishoudelijke-hulp', 'respijtzorg'], { area: REGIO }),
]);
org({ name: 'Glans & Co Schoonmaak', place: 'Korenwolde', street: 'Industrieweg 4', desc: 'Schoonmaakbedrijf.' }, [
  svc('Huishoudelijke hulp', 'Huishoudelijke hulp. Wmo.', ['huishoudelijke-hulp']),
]);
org({ name: 'HH Noord', place: 'Noordstad', street: 'Kanaalweg 30', desc: 'Huishoudelijke hulp.' }, [
  svc('HH Noord', 'Huishoudelijke hulp. Wmo en particulier.', ['huishoudelijke-hulp'], { area: REGIO }),
]);
org({ name: 'Kapper aan huis Riemke', place: 'Marswerd', street: 'Dijkweg 7', desc: 'Kapsalon aan huis.' }, [
  svc('Kapper aan huis', 'Knippen, watergolven, permanent bij u thuis of in het verzorgingshuis. Ook pedicure op afspraak.', ['klusjes']),
]);
org({ name: 'Regiotaxi Noorderklei', place: 'Noordstad', street: 'Busstation 1', desc: 'Vervoer.' }, [
  svc('Regiotaxi', 'Deur tot deur vervoer. Met Wmo-pas goedkoper. 1 uur van tevoren bellen.', ['vervoer'], { area: REGIO }),
]);
org({ name: 'Fysio Korenwolde', place: 'Korenwolde', street: 'Molenweg 22', desc: 'Fysiotherapie.' }, [
  svc('Fysiotherapie', 'Fysiotherapie, manuele therapie, bekkenfysiotherapie. Ook aan huis.', ['fysiotherapie']),
  svc('In Balans (valcursus)', 'Cursus In Balans voor 65+ die bang zijn om te vallen of al eens gevallen zijn. 10 lessen, valtest vooraf. Deels vergoed.', ['valpreventie', 'bewegen', 'fysiotherapie']),
]);
org({ name: 'Apotheek Korenwolde', place: 'Korenwolde', street: 'Molenweg 20', desc: 'Apotheek.' }, [
  svc('Apotheek', 'Apotheek. Medicijnen, baxterrol, bezorging in de dorpen.', ['apotheek']),
  svc('Apotheek Korenwolde - servicepunt Tjuchterwerd', 'Afhaalpunt medicijnen in de Spar, di en vr.', ['apotheek'], { at: { name: 'Spar Tjuchterwerd', street: 'Hoofdweg 12', place: 'Tjuchterwerd' } }),
]);
org({ name: 'Diëtistenpraktijk Klei & Kost', place: 'Korenwolde', street: 'Hoofdstraat 40', desc: 'Diëtist en leefstijlcoach.' }, [
  svc('Diëtist', 'Diëtist bij diabetes, overgewicht, ondervoeding, allergie. 3 uur per jaar vergoed.', ['leefstijl']),
  svc('GLI - Gecombineerde Leefstijl Interventie', 'GLI (CooL). 2 jaar programma met leefstijlcoach: gezond eten, bewegen, slapen. BMI 30+ of 25+ met risico. Verwijzing huisarts, vergoed uit basisverzekering.', ['leefstijl']),
]);
org({ name: 'Sportbedrijf Korenwolde', place: 'Korenwolde', street: 'Sportlaan 1', desc: 'Buurtsportcoaches, sporthal, zwembad.' }, [
  svc('Buurtsportcoach', 'Buurtsportcoaches organiseren sport en bewegen in alle dorpen: na schooltijd, aangepast sporten, ouderengym. Ook hulp bij vinden van een club.', ['bewegen', 'jongeren']),
  svc('MBvO', 'Meer Bewegen voor Ouderen. Gym op de stoel in de dorpshuizen.', ['bewegen', 'valpreventie']),
]);

// ---------------------------------------------------------------- jeugd en gezin
org({ name: 'GGD Noorderklei', place: 'Noordstad', street: 'Gezondheidsplein 3', desc: 'Publieke gezondheid voor de gemeenten in Noorderklei.' }, [
  svc('JGZ / consultatiebureau', 'Jeugdgezondheidszorg 0-18. Consultatiebureau, inentingen, groei, voeding, slapen. Ook vragen over opvoeden.', ['jgz', 'opvoeden'], { at: { name: 'Consultatiebureau Korenwolde', street: 'Molenweg 26', place: 'Korenwolde' } }),
  svc('Kansrijke Start', 'Extra steun tijdens zwangerschap en eerste jaren voor ouders die het zwaar hebben (geld, stress, weinig netwerk). Huisbezoeken jeugdverpleegkundige, VoorZorg.', ['zwangerschap', 'opvoeden', 'jgz']),
  svc('Seksuele gezondheid', 'Soa-test en seksualiteitsspreekuur tot 25 jaar gratis. Anticonceptie, zwanger worden, lhbti vragen. Anoniem mogelijk.', ['seksuele-gezondheid'], { area: REGIO }),
  svc('Meldpunt Zorg & Overlast (OGGZ)', 'Zorgen om iemand die verward is, vervuild woont of zorg mijdt? Meld het. Bemoeizorg gaat op huisbezoek. Niet voor acute situaties.', ['ggz', 'dakloosheid', 'sociaal-team']),
  svc('Training Signaleren suïcidaal gedrag (Gatekeeper)', 'Gratis training van 2,5 uur voor sleutelfiguren, docenten, vrijwilligers, boeren-netwerken: hoe herken je signalen van suïcidale gedachten en hoe vraag je ernaar.', ['suicidepreventie'], { area: REGIO }),
  svc('Voorlichting alcohol en drugs scholen', 'Lessen genotmiddelen voor basis- en middelbare scholen en ouderavonden.', ['verslaving', 'jongeren']),
]);
org({ name: 'Verloskundigenpraktijk De Terp', place: 'Korenwolde', street: 'Molenweg 26', desc: 'Verloskundigen.' }, [
  svc('Verloskundige zorg', 'Zwangerschapscontroles, echo, bevalling thuis of in het ziekenhuis, nazorg. Ook Centering Zwangerschap (groepsconsulten).', ['zwangerschap']),
]);
org({ name: 'Kraamzorg Noord', place: 'Noordstad', street: 'Kanaalweg 12', desc: 'Kraamzorg.' }, [
  svc('Kraamzorg', 'Kraamzorg. Inschrijven voor week 16.', ['zwangerschap'], { area: REGIO }),
]);
org({ name: 'CJG Korenwolde', alt: 'Centrum voor Jeugd en Gezin', place: 'Korenwolde', street: 'Kerkstraat 14', desc: 'CJG.' }, [
  svc('Opvoedspreekuur', 'Vragen over opvoeden, driftbuien, slapen, puberteit, social media? Bel, mail of kom langs. Pedagoog.', ['opvoeden']),
  svc('Cursus Omgaan met pubers', '4 avonden voor ouders van kinderen 11-16. Gratis.', ['opvoeden']),
  svc('KIES (Kinderen In Echtscheiding Situatie)', 'Groep voor kinderen 8-12 van gescheiden ouders. Ook ouderavond. Info via CJG.', ['echtscheiding', 'jeugdhulp']),
  svc('Scheidingsloket', 'Informatie over scheiden met kinderen: ouderschapsplan, omgangsregeling, mediation. Gratis eerste gesprek.', ['echtscheiding']),
]);
org({ name: 'Jeugdhulp Noorderklei', alt: 'JHN', place: 'Noordstad', street: 'Dijkstraat 18', desc: 'Jeugdhulp.' }, [
  svc('Ambulante jeugdhulp', 'Ambulante hulp thuis bij gedragsproblemen, angst, trauma, gezinsproblemen. Verwijzing via SWT, huisarts of jeugdarts.', ['jeugdhulp'], { area: REGIO }),
  svc('Pleegzorg JHN', 'Pleegzorg. Wij zoeken pleegouders in de regio! Ook weekend- en vakantiepleegzorg.', ['jeugdhulp'], { area: REGIO }),
]);
org({ name: 'SMW Korenwolde', alt: 'Schoolmaatschappelijk werk', place: 'Korenwolde', street: 'Schoolstraat 3', desc: 'Schoolmaatschappelijk werk.' }, [
  svc('SMW', 'SMW op alle basisscholen en het Terpencollege. Voor leerlingen, ouders en leerkrachten.', ['onderwijs-zorg', 'jeugdhulp']),
]);
org({ name: 'Stichting Meedoen Kinderen Korenwolde', place: 'Korenwolde', street: 'Postbus 12', desc: 'Fonds.' }, [
  svc('Meedoen-fonds kinderen', 'Betaalt sportclub, zwemles, muziekles, schoolreis, fiets of laptop voor kinderen 4-18 uit gezinnen met een laag inkomen. Aanvraag via intermediair (SWT, school).', ['inkomen', 'jongeren']),
]);

// ---------------------------------------------------------------- geld, werk
org({ name: 'Geldmaatjes Terpenland', place: 'Korenwolde', street: 'Kerkstraat 16', desc: 'Vrijwilligers helpen bij geldzaken.' }, [
  svc('Geldmaatje', 'Een getraind maatje helpt u uit de geldzorgen: overzicht maken, post sorteren, contact met schuldeisers, samen naar schuldhulp. Gratis, vertrouwelijk, geen oordeel.', ['schulden', 'administratie']),
  svc('Thuisadministratie', 'Hulp bij thuisadministratie: ordenen, formulieren, toeslagen aanvragen, belastingaangifte (ook voor ouderen). Vrijwilligers.', ['administratie', 'inkomen']),
  svc('Thuisadministratie vrijwilligers', 'Thuisadministratie. Hulp bij post en papieren.', ['administratie']),
]);
org({ name: 'Sociaal Raadslieden Noorderklei', place: 'Korenwolde', street: 'Raadhuisplein 3', desc: 'Sociaal raadslieden.' }, [
  svc('Sociaal raadslieden', 'Gratis advies over toeslagen, uitkering, bezwaar maken, brieven van instanties, huurrecht, consumentenzaken. Spreekuur zonder afspraak do-ochtend.', ['juridisch', 'administratie', 'inkomen']),
]);
org({ name: 'Rechtswinkel Korenwolde', place: 'Korenwolde', street: 'Raadhuisplein 3', desc: 'Rechtswinkel.' }, [
  svc('Rechtswinkel', 'Gratis juridisch advies door rechtenstudenten. Arbeid, huur, familierecht, ontslag. Om de 2 weken op dinsdagavond.', ['juridisch']),
]);
org({ name: 'Voedselbank Korenwolde', place: 'Korenwolde', street: 'Industrieweg 9', desc: 'Voedselbank.' }, [
  svc('Voedselbank', 'Voedselpakket elke vrijdag. Aanmelden via SWT of hulpverlener, toets op inkomen.', ['voedselhulp']),
  svc('Voedselbank Korenwolde uitgifte', 'Uitgifte voedselpakketten. Ook uitdeelpunt in Marswerd (kerk). Aanmelding via intermediair.', ['voedselhulp']),
]);
org({ name: 'Kringloop De Oude Schuur', place: 'Sibbelum', street: 'Schuurlaan 2', desc: 'Kringloopwinkel.' }, [
  svc('Kringloop & kledingbank', 'Kringloopwinkel met meubels, kleding en huisraad. Op vertoon van een verwijsbrief gratis kleding uit de kledingbank.', ['voedselhulp']),
]);
org({ name: 'Werkplein Noorderklei', place: 'Noordstad', street: 'Stationsplein 2', desc: 'Werk en re-integratie.' }, [
  svc('Werkplein', 'Werkzoekenden met een uitkering: re-integratie, sollicitatietraining, werkfit. Beschut werk, Banenafspraak.', ['werk'], { area: REGIO }),
  svc('Leerwerkplekken Groen', 'Leerwerkplekken in groenonderhoud en op de zorgboerderij voor mensen met afstand tot de arbeidsmarkt.', ['werk', 'beperking'], { at: { name: 'Werkplaats Korenwolde', street: 'Industrieweg 6', place: 'Korenwolde' } }),
]);
org({ name: 'Energieloket Korenwolde', place: 'Korenwolde', street: 'Raadhuisplein 1', desc: 'Energie.' }, [
  svc('Energiecoach aan huis', 'Hoge energierekening? Een vrijwillige energiecoach komt langs met tips en gratis radiatorfolie, tochtstrips en ledlampen. Ook hulp bij het energiefonds.', ['energie']),
  svc('FIXteam', 'Het FIXteam plaatst gratis kleine energiebesparende maatregelen bij huurders en eigenaren met een laag inkomen.', ['energie', 'klusjes']),
]);

// ---------------------------------------------------------------- taal, digitaal, migranten
org({ name: 'Bibliotheek Noorderklei', alt: 'BNK', place: 'Korenwolde', street: 'Marktplein 4', desc: 'Bibliotheek met vestigingen en bibliobus in de dorpen.' }, [
  svc('Taalhuis', 'Beter leren lezen, schrijven en rekenen. Ook Nederlands als tweede taal (NT2) en taalcafé. Met taalvrijwilligers.', ['laaggeletterdheid', 'taal']),
  svc('Klik & Tik / Digi-spreekuur', 'Leren werken met computer, tablet en smartphone. Digi-spreekuur elke maandag: hulp met DigiD, e-mail, apps.', ['digitaal']),
  svc('IDO (Informatiepunt Digitale Overheid)', 'IDO. Hulp bij online zaken van de overheid: DigiD, toeslagen, belastingdienst, UWV, pensioen.', ['digitaal', 'administratie']),
]);
org({ name: 'Lingua Noord taalschool', place: 'Noordstad', street: 'Kanaalweg 50', desc: 'Taalschool.' }, [
  svc('Inburgeringscursus / NT2', 'Erkende taalschool (Blik op Werk). Inburgering A2/B1, staatsexamen NT2, Dutch for expats and labour migrants. Evening classes.', ['taal'], { area: REGIO, lang: ['nl', 'en'] }),
]);
org({ name: 'Stichting Nieuw Thuis Noord', place: 'Korenwolde', street: 'Kerkstraat 30', desc: 'Begeleiding statushouders.' }, [
  svc('Maatschappelijke begeleiding statushouders', 'Begeleiding van statushouders in het eerste jaar: huis inrichten, brieven, zorgverzekering, school kinderen. Vrijwilligers en taalmaatjes.', ['statushouders', 'taal', 'administratie']),
]);
org({ name: 'Migrant Info Point Noorderklei', place: 'Korenwolde', street: 'Havenkade 11', desc: 'Information for labour migrants.' }, [
  svc('Migrant Info Point', 'Free information for EU labour migrants working in the region (agriculture, food industry, logistics): registration (BRP/BSN), health insurance, finding a GP, housing rights, wages and contracts. Walk-in on Saturday, help in English, Polish, Romanian and Bulgarian.', ['arbeidsmigranten'], { lang: ['en', 'pl', 'ro', 'bg'], hours: 'Saturday 10.00-14.00' }),
  svc('Meldpunt uitbuiting arbeidsmigranten', 'Too little wage, passport taken, bad housing from your employer? Report it confidentially. Wij helpen ook bij melding bij de Arbeidsinspectie.', ['arbeidsmigranten', 'juridisch']),
]);

// ---------------------------------------------------------------- wonen, dakloosheid
org({ name: 'Wierde Wonen', place: 'Korenwolde', street: 'Marktplein 10', desc: 'Woningcorporatie.' }, [
  svc('Huurdersloket', 'Woning zoeken, reparatieverzoek, huur opzeggen. Woningzoekenden inschrijven via woonnet-noorderklei.', ['wonen']),
  svc('Huurachterstand? Bel ons', 'Loopt u achter met de huur? Neem vroeg contact op, samen maken we een betalingsregeling. Met toestemming schakelen we het SWT in.', ['wonen', 'schulden']),
  svc('Woonconsulent senioren', 'Wilt u kleiner of gelijkvloers wonen? De woonconsulent kijkt met u naar passende woningen en kleine aanpassingen.', ['wonen', 'woningaanpassing', 'ouderen-advies']),
]);
org({ name: 'Opvang De Kade', place: 'Korenwolde', street: 'Havenkade 20', desc: 'Maatschappelijke opvang.' }, [
  svc('Nachtopvang De Kade', 'Nachtopvang voor dak- en thuislozen. Inloop vanaf 21.00.', ['dakloosheid'], { area: REGIO }),
  svc('Beschermd wonen / begeleid wonen', 'Beschermd en begeleid wonen voor mensen met psychische of verslavingsproblemen. Via Centrale Toegang.', ['dakloosheid', 'ggz', 'verslaving'], { area: REGIO }),
]);

// ---------------------------------------------------------------- aardbevingen
org({ name: 'Loket Bevingsschade Noorderklei', alt: 'LBN', place: 'Korenwolde', street: 'Havenkade 1', desc: 'Onafhankelijk loket voor schade door aardbevingen (gaswinning).' }, [
  svc('SCHADEMELDING AARDBEVING', 'Schade aan uw huis door een aardbeving? Scheuren in de muur? Meld het bij LBN. Een deskundige komt kijken.', ['aardbevingsschade']),
  svc('Schade melden bevingsschade', 'Schade door de gaswinning melden. Scheuren, verzakking, schade aan boerderij of schuur. Ook herbeoordeling en versterkingsopname.', ['aardbevingsschade']),
  svc('Versterking woningen informatiepunt', 'Uw huis wordt versterkt of gesloopt en nieuw gebouwd? Wij leggen uit wat er gaat gebeuren, wisselwoning, planning. Spreekuur elke donderdag in de dorpen.', ['aardbevingsschade', 'wonen']),
]);
org({ name: 'Bewoners Bouwkundig Advies', place: 'Hamrewier', street: 'Wierdeweg 20', desc: 'Onafhankelijke bouwkundige en juridisch adviseur voor bewoners.' }, [
  svc('Onafhankelijk adviseur bewoners', 'Gratis eigen bouwkundige en jurist aan uw kant bij bevingsschade, versterking en bezwaar tegen een schadebesluit.', ['aardbevingsschade', 'juridisch']),
]);
org({ name: 'Terp & Trilling', place: 'Sibbelum', street: 'Terpweg 1', desc: 'Praatpunt voor mensen in het bevingsgebied.' }, [
  svc('Praatpunt Terp & Trilling', 'Al jaren gedoe met de schade, slaapt u slecht, maakt u zich zorgen over uw huis? Praten helpt. Vrijwilligers uit de dorpen luisteren, ook in het Grunnegs. Bij meer nodig verwijzen we naar huisarts of SWT.', ['aardbevingsschade', 'psychische-klachten-licht']),
]);

// ---------------------------------------------------------------- verslaving, geweld, rouw
org({ name: 'VZN Verslavingszorg Noord', alt: 'VZN', place: 'Noordstad', street: 'Dijkstraat 60', desc: 'Verslavingszorg.' }, [
  svc('VZN', 'Verslavingszorg: alcohol, drugs, gokken, gamen. Ook voor naasten. Poli in Korenwolde op woensdag.', ['verslaving'], { area: REGIO, at: { name: 'VZN poli Korenwolde', street: 'Molenweg 24', place: 'Korenwolde' } }),
  svc('VZN Online anoniem', 'Anonieme online hulp bij alcohol, cannabis of gokken. Chat of zelfhulpmodule.', ['verslaving'], { online: true, area: ['Nederland'] }),
]);
org({ name: 'AA Korenwolde', place: 'Korenwolde', street: 'Kerkstraat 2', desc: 'Zelfhulpgroep.' }, [
  svc('AA-groep', 'Anonieme Alcoholisten. Dinsdag 20.00 uur, achteringang kerk.', ['verslaving']),
]);
org({ name: 'Vrouwenopvang Noorderklei', place: 'Noordstad', street: '-', secretAddress: true, desc: 'Opvang en hulp bij huiselijk geweld.' }, [
  svc('Vrouwenopvang / Blijf-van-m\'n-lijfhuis', 'Opvang op geheim adres voor vrouwen (en hun kinderen) die thuis niet veilig zijn. Ook ambulante hulp.', ['huiselijk-geweld'], { area: REGIO }),
  svc('Ambulante hulp huiselijk geweld', 'Hulp thuis bij geweld in het gezin, ook voor plegers. Ook hulp bij ouderenmishandeling. Aanmelden via SWT.', ['huiselijk-geweld'], { area: REGIO }),
]);
org({ name: 'Steunpunt Verlies Noord', place: 'Korenwolde', street: 'Kerkstraat 30', desc: 'Rouw en verlies.' }, [
  svc('Rouwgroep', 'Lotgenotengroep voor mensen die iemand verloren hebben. 8 bijeenkomsten. Ook individuele rouwbegeleiding.', ['rouw']),
  svc('Nabestaanden na zelfdoding', 'Groep voor nabestaanden van iemand die door zelfdoding is overleden, ook als het lang geleden is.', ['rouw', 'suicidepreventie']),
]);
org({ name: 'Uitvaartverzorging Terpstra', place: 'Korenwolde', street: 'Hoofdstraat 101', desc: 'Uitvaartonderneming sinds 1921.' }, [
  svc('Uitvaartverzorging', 'Dag en nacht bereikbaar. Begrafenis, crematie, uitvaart in de eigen dorpskerk. Nazorg voor nabestaanden.', ['rouw']),
]);
org({ name: 'Hospice De Wierde', place: 'Oldenwierum', street: 'Kloosterlaan 14', desc: 'Hospice en VPTZ.' }, [
  svc('Hospice De Wierde', 'Bijna-thuis-huis voor mensen in de laatste levensfase. 4 kamers.', ['palliatief']),
  svc('VPTZ Noorderklei', 'Vrijwilligers palliatieve terminale zorg thuis: waken, aanwezig zijn, mantelzorger ontlasten.', ['palliatief', 'respijtzorg']),
]);
org({ name: 'Slachtofferondersteuning Noorderklei', place: 'Noordstad', street: 'Stationsplein 5', desc: 'Steun na misdrijf.' }, [
  svc('Slachtofferondersteuning', 'Inbraak, mishandeling, verkeersongeval of oplichting meegemaakt? Gratis steun, hulp bij aangifte en schadevergoeding.', ['slachtofferhulp', 'juridisch'], { area: REGIO }),
]);

// ---------------------------------------------------------------- beperking, dementie, overig
org({ name: 'MEE Noorderklei', place: 'Korenwolde', street: 'Kerkstraat 14', desc: 'Ondersteuning bij leven met een beperking.' }, [
  svc('OCO - onafhankelijke clientondersteuning', 'Onafhankelijke cliëntondersteuning. Gratis. Wij gaan mee naar het keukentafelgesprek, helpen bij Wmo, Wlz of pgb aanvragen.', ['clientondersteuning', 'wmo-voorzieningen']),
  svc('Clientondersteuning MEE', 'Ondersteuning voor mensen met een beperking (verstandelijk, lichamelijk, autisme, NAH) en hun ouders. Levensloopbegeleiding.', ['clientondersteuning', 'beperking']),
  svc('Autisme-inloop', 'Maandelijkse inloop voor volwassenen met autisme. Kovvie en lotgenoten.', ['beperking', 'ontmoeting']),
]);
org({ name: "Zorgboerderij 't Klaverblad", place: 'Marswerd', street: 'Kleiweg 15', desc: 'Zorgboerderij.' }, [
  svc("Zorgboerderij 't Klaverblad", 'Dagbesteding op de boerderij voor mensen met een verstandelijke beperking, NAH, dementie of psychische problemen. Dieren, moestuin, houtwerk. Wmo, Wlz of pgb.', ['dagbesteding', 'beperking', 'dementie']),
]);
org({ name: 'Alzheimer Café Korenwolde', place: 'Korenwolde', street: 'Meeuwenlaan 2', desc: 'Alzheimer Café.' }, [
  svc('Alzheimer Café', 'Elke 3e dinsdag van de maand voor mensen met dementie, mantelzorgers en belangstellenden. Thema-avond met gast.', ['dementie', 'mantelzorg']),
]);
org({ name: 'Steunpunt Agrarisch Noorderklei', alt: 'Zorgen op de Boerderij', place: 'Tjuchterwerd', street: 'Meedenweg 20', desc: 'Voor boeren en tuinders.' }, [
  svc('Erfbetreders-netwerk / Zorgen op de Boerderij', 'Zit je als boer of boerin klem door geld, stress, regels, bedrijfsopvolging of ruzie in de familie? Een vertrouwenspersoon die het boerenleven kent komt op het erf. Vertrouwelijk, gratis.', ['agrarisch', 'psychische-klachten-licht', 'schulden']),
]);
org({ name: 'Buurtbemiddeling Korenwolde', place: 'Korenwolde', street: 'Kerkstraat 16', desc: 'Buurtbemiddeling.' }, [
  svc('Buurtbemiddeling', 'Ruzie of ergernis met de buren (geluid, tuin, parkeren)? Getrainde vrijwilligers helpen bij een gesprek. Gratis.', ['burenruzie']),
]);
org({ name: 'Roze Klei', place: 'Noordstad', street: 'Havenstraat 3', desc: 'Lhbti+ vereniging.' }, [
  svc('Roze Klei', 'Ontmoeting en steun voor lhbti+ in Noorderklei. Jongerengroep, coming-out gesprekken.', ['seksuele-gezondheid', 'ontmoeting'], { area: REGIO }),
]);
org({ name: 'EHBO-vereniging Korenwolde', place: 'Korenwolde', street: 'Sportlaan 3', desc: 'EHBO.' }, [
  svc('EHBO & reanimatiecursus', 'Cursus EHBO, reanimatie en AED, ook kinder-EHBO. Herhalingslessen.', ['cursus-ehbo']),
]);
org({ name: 'SlimWonen Domotica', place: 'Noordstad', street: 'Industrieweg 40', desc: 'Installatiebedrijf.' }, [
  svc('Slimme deurbel, sensoren en valdetectie', 'Thuistechnologie voor senioren: valdetectie, leefstijlmonitoring, slimme rookmelders. Gratis advies aan huis, installatie vanaf €299.', ['veilig-thuis-wonen'], { area: REGIO }),
]);
