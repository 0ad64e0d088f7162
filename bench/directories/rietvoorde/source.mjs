// Regio Rietvoorde (FICTIEF): the hand-written source of a made-up regional sociale kaart, the
// "Zorgzoeker" of GGD Uiterwaarden, exported as HSDS for the Wijkwijzer search benchmark only.
// Every organisation, person, street and gemeente here is invented; postal codes lie in 0000-0033
// (no Dutch postal code starts with 0) and every phone number is 0000-… (make.mjs numbers them).
// The national help lines (113, Veilig Thuis, 112 …) are deliberately not listed: the product
// supplies those itself.
//
// The publisher is a GGD keeping a database, not a writer of web pages: entries are terse and
// form-like, full of abbreviations (HA, doelgr., aanm., i.o.m., ca., wk, ma-vr), some have almost no
// description ("Zie website."), and the fields doelgroep/aanmelding/kosten are filled the way a
// database form asks for them. A few services for expats and students are in English.
//
// `topics` is the judge's key: what a service really answers, as a social worker would file it,
// whatever words its text uses. make.mjs keeps the topics out of the HSDS export.
//
// Gemeenten: Rietvoorde (the town, wijken Centrum, De Biezen, Molenwaard and Waterkant, plus the
// village Oeverlo) and Lingeweerd (the villages Grebbenhoek and Zandwaarde).
import { addingTo, svc } from '../write-directory.mjs';

/** The topics, each in one line: a service carries a topic when it answers that question. */
export const TOPICS = {
  huisarts: 'huisarts overdag: spreekuur, visite, verwijzing',
  hap: 'huisartsenpost: dokter buiten kantoortijd (avond, nacht, weekend, feestdagen)',
  'poh-ggz': 'praktijkondersteuner ggz bij de huisarts',
  'psychische-klachten': 'hulp bij psychische klachten zoals somberheid, angst, stress, burn-out, slecht slapen',
  'ggz-basis': 'basis-ggz: kortdurende behandeling door psycholoog (ook online)',
  'ggz-specialistisch': 'specialistische ggz voor volwassenen met complexe of ernstige klachten',
  epa: 'ernstige psychische aandoening: FACT, langdurige begeleiding, herstel',
  'jeugd-ggz': 'psychische hulp voor kinderen en jongeren tot 18',
  herstel: 'herstel en lotgenoten met ervaringsdeskundigen bij psychische kwetsbaarheid',
  fysiotherapie: 'fysiotherapie',
  wijkteam: 'sociaal (wijk)team: eerste vraagbaak voor alle vragen over zorg, geld, opvoeden, meerdere problemen',
  wmo: 'Wmo-loket: een voorziening of ondersteuning bij de gemeente aanvragen',
  'maatschappelijk-werk': 'algemeen maatschappelijk werk',
  clientondersteuning: 'onafhankelijke cliëntondersteuning bij aanvragen en keukentafelgesprek',
  pgb: 'persoonsgebonden budget: uitleg, aanvraag, administratie',
  hulpmiddelen: 'hulpmiddelen: rolstoel, rollator, scootmobiel, uitleen',
  woningaanpassing: 'aanpassing van de woning: traplift, douche, drempels',
  'huishoudelijke-hulp': 'hulp bij het huishouden',
  vervoer: 'vervoer voor wie niet zelf kan reizen: regiotaxi, vrijwillige chauffeurs',
  wijkverpleging: 'wijkverpleging en persoonlijke verzorging thuis',
  alarmering: 'personenalarmering',
  maaltijden: 'maaltijden aan huis of samen eten',
  'boodschappen-klussen': 'hulp bij boodschappen en kleine klussen in huis',
  ouderenadvies: 'ouderenadviseur: vragen van ouderen over wonen, zorg, geld en regelingen',
  dagbesteding: 'dagbesteding voor ouderen, dementie, NAH of beperking',
  dementie: 'dementie en geheugenproblemen, ook steun voor naasten',
  nah: 'niet-aangeboren hersenletsel (na beroerte, ongeluk)',
  mantelzorg: 'steun voor mantelzorgers: advies, lotgenoten, waardering',
  respijt: 'respijtzorg: zorg tijdelijk overnemen zodat de mantelzorger even vrij is',
  'jonge-mantelzorg': 'jonge mantelzorgers (kinderen/jongeren die thuis zorgen)',
  palliatief: 'palliatieve zorg, hospice, laatste levensfase',
  eenzaamheid: 'eenzaamheid: maatje, bezoek, telefooncirkel, contact',
  buurthuis: 'buurthuis of dorpshuis: inloop, activiteiten, ontmoeting',
  schulden: 'schuldhulp: schulden regelen, schuldhulpverlening, schuldhulpmaatje',
  geldzorgen: 'geldzorgen en rondkomen: budgetteren, geldcafé, vroegsignalering',
  bewindvoering: 'beschermingsbewind en budgetbeheer',
  administratie: 'hulp bij post, formulieren en belastingaangifte',
  toeslagen: 'hulp bij toeslagen aanvragen of terugbetalen',
  minima: 'regelingen laag inkomen: bijzondere bijstand, meedoenregeling, kwijtschelding',
  uitkering: 'bijstandsuitkering aanvragen en vragen over uitkering',
  werk: 'werk zoeken, re-integratie, participatie, beschut werk',
  vrijwilligerswerk: 'vrijwilligerswerk vinden',
  taal: 'Nederlands leren, taalhuis, taalmaatje, laaggeletterdheid',
  digitaal: 'hulp met computer, smartphone, DigiD en internet',
  woningzoeken: 'woning zoeken, inschrijven, urgentie',
  huurachterstand: 'huurachterstand, dreigende uitzetting',
  dakloos: 'dakloos: nachtopvang, dagopvang, briefadres',
  voedselbank: 'voedselbank en voedselhulp',
  kledingbank: 'kledingbank en gratis spullen',
  opvoeden: 'opvoedvragen en opvoedsteun voor ouders',
  jeugdhulp: 'jeugdhulp en gezinsbegeleiding',
  jgz: 'jeugdgezondheidszorg: consultatiebureau, jeugdarts, jeugdverpleegkundige',
  onderwijs: 'school en leerplicht, schoolverzuim, schoolmaatschappelijk werk',
  jongerenwerk: 'jongerenwerk: plek en vertrouwd persoon voor jongeren',
  echtscheiding: 'scheiding: hulp voor ouders en kinderen',
  verslaving: 'verslaving volwassenen aan alcohol of drugs: behandeling en lotgenoten',
  'verslaving-jongeren': 'alcohol, blowen, drugs bij jongeren en hun ouders',
  gokken: 'gokproblemen',
  'huiselijk-geweld': 'huiselijk geweld: hulp, opvang en advies voor wie het meemaakt',
  agressie: 'hulp voor wie zelf agressief of gewelddadig is (plegerhulp)',
  rouw: 'rouw en verlies bij volwassenen: rouwcafé, rouwbegeleiding',
  'rouw-jongeren': 'rouw bij jongeren na overlijden van een naaste',
  zwangerschap: 'zwangerschap: verloskundige, kraamzorg',
  'seksuele-gezondheid': 'seksuele gezondheid: soa-test, anticonceptie, vragen over seks',
  roken: 'stoppen met roken',
  leefstijl: 'gezonde leefstijl, overgewicht, diëtist, leefstijlcoach',
  bewegen: 'sporten en bewegen, buurtsportcoach',
  'sport-minima': 'sport en cultuur voor kinderen/gezinnen met laag inkomen (fonds)',
  juridisch: 'juridisch advies: sociaal raadslieden, juridisch loket',
  statushouders: 'statushouders, vluchtelingen en nieuwkomers: begeleiding en inburgering',
  expats: 'information desk for expats and internationals: registering, finding a GP, insurance, BSN',
  lvb: 'licht verstandelijke beperking: begeleiding en ondersteuning',
  autisme: 'autisme: begeleiding, lotgenoten, informatie',
  ehbo: 'EHBO- en reanimatiecursus',
  'training-suicidepreventie': 'training over suïcidepreventie voor vrijwilligers, professionals, naasten',
};

/** Place → gemeente and the first four digits of its postal codes (0000-0033). */
export const places = {
  'Rietvoorde-Centrum': { gemeente: 'Rietvoorde', pc: '0004' },
  'De Biezen': { gemeente: 'Rietvoorde', pc: '0008' },
  Molenwaard: { gemeente: 'Rietvoorde', pc: '0011' },
  Waterkant: { gemeente: 'Rietvoorde', pc: '0015' },
  Oeverlo: { gemeente: 'Rietvoorde', pc: '0021' },
  Grebbenhoek: { gemeente: 'Lingeweerd', pc: '0026' },
  Zandwaarde: { gemeente: 'Lingeweerd', pc: '0031' },
};

export const organizations = [];
const org = addingTo(organizations);
const both = ['Rietvoorde', 'Lingeweerd'];

org({ name: 'Huisartsenpraktijk De Biezen', place: 'De Biezen', street: 'Lisdoddelaan 4', desc: 'Huisartsenpraktijk, 4 HA. Nieuwe patiënten: alleen wonend in postcodegebied 0008.' }, [
  svc('Huisartsenzorg', 'Spreekuur op afspraak, visites, kleine verrichtingen. Spoed: bel optie 1.', ['huisarts'], { hours: 'ma-vr 8.00-17.00', apply: 'Inschrijven via formulier op website.' }),
  svc('POH-GGZ', 'POH-GGZ. Max. ca. 8 gespr. bij lichte psych. klachten (stemming, angst, stress, slaap). Evt. e-health module.', ['poh-ggz', 'psychische-klachten'], { apply: 'Via eigen HA.', fees: 'Geen eigen risico.', elig: 'Alleen patiënten v.d. praktijk.' }),
]);

org({ name: 'Gezondheidscentrum Oeverlo', place: 'Oeverlo', street: 'Dijkstraat 22', desc: 'GC met HA, fysio, POH, apotheekhoudend.' }, [
  svc('Huisarts Oeverlo', 'Apotheekhoudende huisartsenpraktijk. Spreekuur, visites, herhaalrecepten.', ['huisarts'], { hours: 'ma-vr 8.00-17.00' }),
  svc('POH-GGZ Oeverlo', 'Kortdurende begeleiding psych. klachten, ook jeugd 12+ i.o.m. ouders.', ['poh-ggz', 'psychische-klachten'], { apply: 'Verwijzing HA.' }),
  svc('Fysiotherapie De Dijk', 'Alg. fysio, oefentherapie, valpreventie groep 65+.', ['fysiotherapie'], { fees: 'Aanv. verz.; evt. zelf betalen.', apply: 'Direct toegankelijk (zonder verwijzing).' }),
]);

org({ name: 'Huisartsenpraktijk Grebbenhoek', place: 'Grebbenhoek', street: 'Kerkepad 1', desc: 'Solopraktijk.' }, [
  svc('Huisartsenpraktijk Grebbenhoek', 'Zie website.', ['huisarts'], { hours: 'ma-vr 8.00-12.00 en 13.30-17.00' }),
]);

org({ name: 'Huisartsenpost Rivierland', alt: 'HAP Rivierland', place: 'Rietvoorde-Centrum', street: 'Gasthuisplein 1', desc: 'Spoedzorg huisarts buiten kantoortijd, locatie naast SEH ziekenhuis.' }, [
  svc('Huisartsenpost (avond/nacht/weekend)', 'Voor dringende medische zorg die niet kan wachten tot de eigen HA weer open is. Altijd eerst bellen, niet zonder afspraak komen.', ['hap'], { hours: 'ma-vr 17.00-8.00, za/zo en feestdagen 24 uur', area: both, apply: 'Eerst bellen.' }),
]);

org({ name: 'GGZ Uiterwaard', place: 'Molenwaard', street: 'Wilgenhof 10', desc: 'Aanbieder basis-GGZ en S-GGZ, volw. en jeugd.' }, [
  svc('Basis GGZ volwassenen', 'BGGZ: kortdurende behandeling (kort/middel/intensief) bij depressie, angststoornis, burn-out e.d. Wachttijd aanm. ca. 6 wk.', ['ggz-basis', 'psychische-klachten'], { elig: 'Doelgr.: 18+', apply: 'Verwijsbrief HA vereist.', fees: 'Verzekerde zorg, eigen risico van toepassing.', area: both }),
  svc('Specialistische GGZ', 'S-GGZ bij complexe problematiek: persoonlijkheidsprobl., bipolair, psychose, trauma (PTSS). Diagnostiek + behandeling.', ['ggz-specialistisch'], { apply: 'Verwijzing HA of specialist.', fees: 'Eigen risico.', area: both }),
  svc('FACT-team Rivierland', 'Outreachend team voor mensen met EPA. Behandeling + begeleiding thuis, ook bij wonen/geld/werk. Bemoeizorg mogelijk.', ['epa', 'ggz-specialistisch'], { elig: 'Doelgr.: 18+ met ernstige psych. aandoening', apply: 'Via HA, wijkteam of huidige behandelaar.', area: both }),
  svc('Jeugd GGZ Uiterwaard', 'Diagnostiek/behandeling kinderen 0-18: ADHD, angst, somberheid, trauma, eetprobl.', ['jeugd-ggz'], { apply: 'Verwijzing HA, jeugdarts of sociaal team.', fees: 'Geen kosten (Jeugdwet).', area: both }),
]);

org({ name: 'Psychologenpraktijk Waterkant', place: 'Waterkant', street: 'Kadestraat 31', desc: 'Vrijgevestigde GZ-psychologen.' }, [
  svc('Psycholoog BGGZ', 'Behandeling van o.a. angst, paniek, somberheid, piekeren, rouw, relatieprobl. (CGT, EMDR).', ['ggz-basis', 'psychische-klachten'], { apply: 'Met verwijsbrief HA.', fees: 'Eigen risico; relatietherapie niet vergoed.' }),
  svc('Therapy in English', 'Psychologist for internationals and expats: stress, anxiety, low mood, adjustment to life in NL. Sessions in English, in person or video.', ['ggz-basis', 'psychische-klachten'], { lang: ['en'], apply: 'Referral letter from your GP (huisarts) needed for insurance cover.', fees: 'Covered by Dutch basic insurance, deductible (eigen risico) applies.' }),
]);

org({ name: 'MindRivier Online', place: 'Rietvoorde-Centrum', street: 'Postbus 12', desc: 'Online zelfhulp.' }, [
  svc('Online cursus Grip op je dip', 'Anonieme online zelfhulpcursus bij lichte somberheid, 8 lessen, optioneel chatcoach.', ['psychische-klachten'], { online: true, phone: false, fees: 'Gratis.', elig: '16+' }),
]);

org({ name: 'Herstelhuis De Oever', place: 'Waterkant', street: 'Kadestraat 2', desc: 'Herstel- en ontmoetingsplek door en voor ervaringsdeskundigen.' }, [
  svc('Herstelwerkplaats', 'Cursussen en werkgroepen (WRAP, Herstellen doe je zelf). Door ervaringsdesk. Geen diagnose/verwijzing nodig.', ['herstel'], { fees: 'Gratis', hours: 'di, do 10-16 u.' }),
  svc('Inloop De Oever', 'Vrije inloop, koffie, samen koken vr.', ['herstel', 'buurthuis', 'eenzaamheid'], { hours: 'ma t/m vr 10.00-15.00' }),
]);

org({ name: 'Sociaal Team Rietvoorde', alt: 'STR', place: 'Rietvoorde-Centrum', street: 'Raadhuisplein 1', desc: 'Gemeentelijk sociaal team, toegang Wmo en Jeugdwet gemeente Rietvoorde.' }, [
  svc('Sociaal Team', 'Voor alle vragen op gebied van zorg, welzijn, opvoeden, geld, werk. Bij meerdere probl. 1 vast contactpersoon. Ook huisbezoek.', ['wijkteam', 'maatschappelijk-werk'], { hours: 'ma-vr 9-17 u., inloop di 9-12 u. wijkpost De Biezen', fees: 'Gratis', apply: 'Bellen, mailen of binnenlopen.' }),
  svc('Wmo-melding', 'Melding Wmo-voorz. (hulpmiddel, woonvoorz., HO, begeleiding, dagbesteding, vervoer). Na melding keukentafelgesprek binnen 6 wk.', ['wmo'], { apply: 'Meldingsformulier online of tel.', fees: 'Eigen bijdrage CAK mogelijk (abonnementstarief).' }),
  svc('Huishoudelijke ondersteuning (HO)', 'Hulp bij schoonhouden woning als u dit zelf niet (meer) kunt. Via Wmo, zorg in natura of pgb.', ['huishoudelijke-hulp'], { elig: 'Na onderzoek Sociaal Team.', fees: 'Eigen bijdrage max. € 21,80 p/4 wk.' }),
  svc('Woonvoorzieningen', 'Traplift, douchestoel, verwijderen drempels, aanpassing badkamer. Eerst onderzoek of verhuizen mogelijk is.', ['woningaanpassing']),
  svc('Begeleiding (Wmo)', 'Individuele begeleiding thuis bij structuur, administratie, dagritme. O.a. voor LVB, GGZ, NAH.', ['lvb', 'nah'], { apply: 'Via Wmo-melding.' }),
  svc('Jeugdhulp toegang', 'Toegang jeugdhulp (0-18 jr): gezinscoach, jeugdhulp, indicatie JGGZ.', ['jeugdhulp', 'opvoeden'], { elig: 'Gezinnen gem. Rietvoorde' }),
]);

org({ name: 'Gemeente Rietvoorde', place: 'Rietvoorde-Centrum', street: 'Raadhuisplein 1', desc: 'Gemeente.' }, [
  svc('Bijstand (Participatiewet)', 'Aanvraag bijstandsuitkering. Meld u eerst via werk.nl, daarna aanvraag gemeente.', ['uitkering'], { elig: '18+, onvoldoende inkomen/vermogen', apply: 'Via werk.nl en daarna intake.' }),
  svc('Werkcoaching', 'Re-integratie voor mensen met bijstand: jobcoach, sollicitatietraining, participatieplek.', ['werk'], { elig: 'Uitkeringsgerechtigden PW' }),
  svc('Meedoenregeling', 'Vergoeding max. € 250 p.p./jr voor sport, cultuur, computer, zwemles.', ['minima', 'sport-minima'], { elig: 'Inkomen tot 120% WSM', apply: 'Online aanvragen met DigiD.' }),
  svc('Bijzondere bijstand', 'Voor noodzakelijke kosten die u niet zelf kunt betalen, bijv. bewindvoering, wasmachine, eigen bijdrage.', ['minima'], { elig: 'Laag inkomen; kosten moeten bijzonder en noodzakelijk zijn.' }),
  svc('Schuldhulpverlening (SHV)', 'Intake binnen 3 wkd. Stabiliseren, budgetbeheer, minnelijk traject, verwijzing WSNP.', ['schulden', 'geldzorgen'], { fees: 'Gratis', apply: 'Bel of via Sociaal Team.' }),
  svc('Vroegsignalering', 'Bij melding betaalachterstand (huur, energie, water, zorgverz.) neemt consulent contact met u op / huisbezoek.', ['huurachterstand', 'geldzorgen'], { phone: false }),
  svc('Leerplicht en RMC', 'Leerplichtambtenaar: bij verzuim, vrijstelling, verlof buiten schoolvakanties. RMC: jongeren 18-23 zonder startkwalificatie.', ['onderwijs'], { area: both }),
  svc('Kwijtschelding gemeentelijke belastingen', '-', ['minima'], { status: 'inactive' }),
  svc('Inburgering', 'Regie inburgering Wet inburgering 2021: PIP, taaltraject B1, onderwijsroute, Z-route.', ['statushouders', 'taal'], { elig: 'Inburgeringsplichtigen' }),
]);

org({ name: 'Loket Lingeweerd', place: 'Grebbenhoek', street: 'Marktveld 3', desc: 'Zorg- en welzijnsloket van de gemeente Lingeweerd.' }, [
  svc('Zorgloket Lingeweerd', 'Alle vragen over Wmo, jeugd, werk en inkomen. Ook voor meervoudige vragen.', ['wijkteam', 'wmo'], { hours: 'ma, wo, do 9.00-12.30', apply: 'Binnenlopen of bellen.' }),
  svc('Sociale zaken Lingeweerd', 'Uitkering, bijz. bijstand, minimaregelingen.', ['uitkering', 'minima']),
  svc('Schuldhulp Lingeweerd', 'Zie SHV gem. Rietvoorde (uitvoering via regeling).', ['schulden'], { status: 'inactive' }),
]);

org({ name: 'Regiotaxi Rivierland', place: 'Molenwaard', street: 'Transportweg 8', desc: 'Collectief vraagafhankelijk vervoer.' }, [
  svc('Regiotaxi (Wmo-vervoer)', 'Deur-tot-deur vervoer in de regio, ook met rolstoel. Reis 1 uur van tevoren reserveren.', ['vervoer'], { elig: 'Wmo-pas of 75+ (OV-tarief zonder pas).', fees: 'Per zone, ca. € 1,05', area: both, hours: 'dagelijks 6.00-0.30' }),
]);

org({ name: 'Stichting Vervoer Dorpen', place: 'Zandwaarde', street: 'Veerweg 5', desc: 'Vrijwilligers rijden ouderen.' }, [
  svc('Automaatje Lingeweerd', 'Vrijw. chauffeurs rijden minder mobiele inwoners naar ziekenhuis, kapper, familie. 2 werkd. van tevoren bellen.', ['vervoer', 'boodschappen-klussen'], { fees: '€ 0,35/km', area: ['Lingeweerd'] }),
]);

org({ name: 'Hulpmiddelenwinkel Rivierland', place: 'Molenwaard', street: 'Transportweg 12', desc: 'Uitleen, verkoop, Wmo-hulpmiddelen.' }, [
  svc('Uitleen hulpmiddelen', 'Kortdurend lenen: rolstoel, krukken, rollator, douchestoel, hoog-laagbed. Max. 26 wk.', ['hulpmiddelen'], { fees: 'Uitleen via zorgverz. meestal gratis; borg', hours: 'ma-za 9-17' }),
  svc('Scootmobiel/rolstoel (Wmo)', 'Verstrekking en onderhoud Wmo-scootmobielen/rolstoelen na indicatie gemeente.', ['hulpmiddelen'], { apply: 'Eerst Wmo-melding bij gemeente.' }),
]);

org({ name: 'Rivierzorg Thuiszorg', place: 'De Biezen', street: 'Lisdoddelaan 50', desc: 'Thuiszorg, wijkverpleging, alarmering, maaltijden.' }, [
  svc('Wijkverpleging', 'Verpleging en persoonlijke verzorging thuis (wassen, aankleden, steunkousen, wondzorg, medicatie). Indicatie door wijkverpleegkundige.', ['wijkverpleging'], { fees: 'Basisverzekering, geen eigen risico.', area: both, hours: '24/7 bereikbaar' }),
  svc('Personenalarmering', 'Alarmknop om pols/nek. Opvolging door mantelzorger of zorgcentrale.', ['alarmering'], { fees: 'Vanaf € 20 p/mnd; soms vergoed aanv. verz.', area: both }),
  svc('Maaltijdservice', 'Warme of gekoelde maaltijden thuisbezorgd, ook dieet.', ['maaltijden'], { fees: 'ca. € 8 per maaltijd', area: both }),
  svc('Casemanagement dementie', 'Casemanager dementie begeleidt persoon met (vermoeden) dementie en mantelzorger vanaf diagnose.', ['dementie'], { apply: 'Verwijzing HA (diagnose nodig).', fees: 'Basisverzekering', area: both }),
]);

org({ name: 'Stichting Welzijn Rietvoorde', alt: 'SWR', place: 'Rietvoorde-Centrum', street: 'Smidsstraat 7', desc: 'Welzijnsorganisatie: ouderenwerk, jongerenwerk, vrijwilligers, AMW.' }, [
  svc('Ouderenadviseur', 'Info/advies 65+ over wonen, zorg, regelingen, toekomstplannen. Ook huisbezoek.', ['ouderenadvies'], { fees: 'Gratis' }),
  svc('Maatjesproject Samen1', 'Vrijw. maatje voor wekelijks contact: wandelen, koffie. Voor wie weinig mensen om zich heen heeft.', ['eenzaamheid'], { elig: 'Alle leeftijden 18+' }),
  svc('Telefooncirkel', 'Elke ochtend gebeld door een andere deelnemer. Neemt u niet op, dan komt er iemand kijken.', ['eenzaamheid'], { fees: 'Gratis', elig: 'Alleenwonenden' }),
  svc('Klussendienst / boodschappenhulp', 'Vrijw. voor kleine klussen (lamp, gordijnrails) en wekelijkse boodschappen.', ['boodschappen-klussen'], { fees: '€ 5 per klus + materiaal' }),
  svc('Formulierenbrigade', 'Hulp bij invullen formulieren, brieven van instanties, aanvragen toeslagen, DigiD.', ['administratie', 'toeslagen', 'digitaal'], { hours: 'wo 13-16 u. bieb', fees: 'Gratis' }),
  svc('Belastingservice', 'Invullen aangifte IB en toeslagen door vrijw. (feb-mei).', ['administratie', 'toeslagen'], { elig: 'Inkomen < € 30.000 (alleenst.)' }),
  svc('Algemeen Maatschappelijk Werk (AMW)', 'Kortdurende hulp bij persoonlijke probl., relatie, rouw, geld, opvoeden. Gratis.', ['maatschappelijk-werk', 'rouw'], { apply: 'Zelf aanmelden.' }),
  svc('Vrijwilligerscentrale', 'Vacaturebank vrijwilligerswerk + advies. Ook voor nieuwkomers en mensen met uitkering.', ['vrijwilligerswerk'], { area: both }),
  svc('Jongerenwerk', 'Jongerenwerkers op straat en in JOC De Schuur (12-23 jr). Ook individuele coaching.', ['jongerenwerk'], { hours: 'JOC wo/vr/za 15-22 u.' }),
  svc('Buurtsportcoach', 'Beweegaanbod in de wijk: ouderengym, walking football, sportinstuif kids.', ['bewegen'], { fees: 'Meestal gratis of € 2' }),
]);

org({ name: 'Mantelzorgpunt Rivierland', place: 'Rietvoorde-Centrum', street: 'Smidsstraat 9', desc: 'Ondersteuning mantelzorgers gem. Rietvoorde en Lingeweerd.' }, [
  svc('Mantelzorgconsulent', 'Advies en luisterend oor voor mantelzorgers. Regelen van vervangende zorg, lotgenotengroepen.', ['mantelzorg'], { area: both, fees: 'Gratis' }),
  svc('Jonge Mantelzorgers (JMZ)', 'Voor kinderen/jongeren 8-24 die zorgen voor ouder/broer/zus: uitjes, lotgenoten, steun op school.', ['jonge-mantelzorg', 'mantelzorg'], { area: both }),
  svc('Mantelzorgwaardering', 'Jaarlijkse waardering (cadeaubon) aanvragen.', ['mantelzorg'], { apply: 'Aanvragen okt-dec.', area: both }),
  svc('Respijt aan huis', 'Vrijw. neemt een dagdeel de zorg over zodat u even weg kunt.', ['respijt', 'mantelzorg'], { fees: 'Gratis', area: both }),
]);

org({ name: 'Logeerhuis De Wilgen', place: 'Oeverlo', street: 'Wilgenweg 3', desc: 'Logeerhuis voor ouderen.' }, [
  svc('Logeeropvang', 'Ouderen (ook met dementie) logeren 1-14 dagen zodat mantelzorger kan bijtanken.', ['respijt', 'dementie'], { apply: 'Indicatie Wmo of Wlz.', area: both }),
]);

org({ name: 'Hospice Rietland', place: 'Oeverlo', street: 'Wilgenweg 5', desc: 'Bijna-thuis-huis met 4 kamers.' }, [
  svc('Hospice', 'Verblijf in laatste levensfase (levensverwachting < 3 mnd).', ['palliatief'], { apply: 'Via HA of ziekenhuis.', fees: 'Eigen bijdrage € 35 per dag', area: both }),
  svc('VPTZ thuis', 'Vrijw. palliatieve terminale zorg thuis: waken, aanwezig zijn, ontlasten naasten.', ['palliatief', 'respijt'], { fees: 'Gratis', area: both }),
]);

org({ name: 'Alzheimer Café Rivierland', place: 'Waterkant', street: 'Kadestraat 18', desc: 'Vrijwilligers.' }, [
  svc('Alzheimer Café', 'Maandelijkse avond met thema + gesprek voor mensen met dementie, partners, kinderen.', ['dementie', 'mantelzorg'], { hours: '3e di v.d. maand 19.30 u.', fees: 'Gratis' }),
]);

org({ name: 'Dagcentrum De Meander', place: 'Molenwaard', street: 'Meanderpad 2', desc: 'Dagbesteding.' }, [
  svc('Dagbesteding ouderen', 'Groepsdagbesteding kwetsbare ouderen en dementie. Vervoer geregeld.', ['dagbesteding', 'dementie'], { apply: 'Wmo-indicatie of Wlz.', hours: 'ma-vr 9.30-16.00' }),
  svc('Dagbesteding NAH', 'Werkplaats en groep voor volw. met hersenletsel (CVA, ongeval).', ['dagbesteding', 'nah'], { apply: 'Wmo-indicatie.' }),
  svc('Ontmoetingscentrum', '-', ['dagbesteding', 'dementie'], { status: 'inactive' }),
]);

org({ name: 'Hersenletselnetwerk Rivierland', place: 'Rietvoorde-Centrum', street: 'Gasthuisplein 4', desc: 'Samenwerking zorgaanbieders NAH.' }, [
  svc('NAH-consulent', 'Casemanagement na ontslag ziekenhuis/revalidatie: uitleg gevolgen hersenletsel, werk, relatie, vermoeidheid.', ['nah'], { area: both, fees: 'Gratis' }),
  svc('Lotgenotengroep NAH', 'Ontmoeting voor mensen met hersenletsel en partners.', ['nah'], { hours: '1e do v.d. mnd' }),
]);

org({ name: 'Buurthuis De Kade', place: 'Waterkant', street: 'Kadestraat 40', desc: 'Wijkcentrum Waterkant.' }, [
  svc('Inloop De Kade', 'Koffie-inloop, biljart, handwerkclub, bingo.', ['buurthuis', 'eenzaamheid'], { hours: 'ma-vr 9.30-16.30' }),
  svc('Samen eten', 'Elke do 3-gangen maaltijd samen met buurtgenoten.', ['maaltijden', 'eenzaamheid'], { fees: '€ 6,50', apply: 'Opgeven vóór di.' }),
  svc('Repair Café', 'Samen spullen repareren met vrijwilligers.', ['buurthuis'], { hours: '2e za v.d. mnd 10-13 u.' }),
]);

org({ name: 'Dorpshuis Oeverlo', alt: "'t Veerhuys", place: 'Oeverlo', street: 'Dijkstraat 1', desc: 'Dorpshuis.' }, [
  svc("Dorpshuis 't Veerhuys", 'Activiteiten, verenigingen, soos 55+.', ['buurthuis']),
  svc('Digicafé Oeverlo', 'Vragen over tablet, smartphone, WhatsApp, DigiD? Vrijw. helpen.', ['digitaal'], { hours: 'vr 10-12 u.', fees: 'Gratis' }),
]);

org({ name: 'Dorpshuis De Hoeve Zandwaarde', place: 'Zandwaarde', street: 'Brink 9', desc: 'Dorpshuis met huiskamer.' }, [
  svc('Huiskamer Zandwaarde', 'Ontmoeting voor dorpsgenoten, koffieochtend, samen lunch 1x p/mnd.', ['buurthuis', 'eenzaamheid'], { hours: 'di en do 10-12' }),
]);

org({ name: 'Bibliotheek Rivierland', place: 'Rietvoorde-Centrum', street: 'Boterstraat 2', desc: 'Openbare bibliotheek, vestigingen Rietvoorde en Grebbenhoek.' }, [
  svc('Taalhuis', 'Beter leren lezen, schrijven, rekenen. NT1 en NT2. Taalmaatjes, oefengroepen, Taalcafé.', ['taal'], { fees: 'Gratis', area: both }),
  svc('Informatiepunt Digitale Overheid (IDO)', 'Hulp bij DigiD, Mijn Overheid, toeslagen, belastingdienst online.', ['digitaal', 'administratie', 'toeslagen'], { hours: 'di 14-16, za 10-12' }),
  svc('Klik & Tik cursus', 'Cursus basisvaardigheden computer voor beginners.', ['digitaal'], { fees: 'Gratis' }),
]);

org({ name: 'SchuldHulpMaatje Rivierland', place: 'Rietvoorde-Centrum', street: 'Smidsstraat 7', desc: 'Vrijwillige schuldhulpmaatjes (kerken).' }, [
  svc('SchuldHulpMaatje', 'Getrainde vrijw. helpt bij overzicht schulden, post ordenen, contact schuldeisers, naar SHV.', ['schulden', 'geldzorgen', 'administratie'], { area: both, fees: 'Gratis' }),
  svc('Geldcafé', 'Inloop met vragen over rondkomen, rekeningen, budgetteren. Anoniem.', ['geldzorgen'], { hours: 'ma 13.30-15.30' }),
]);

org({ name: 'Bewindskantoor Rietzicht', place: 'Molenwaard', street: 'Industrieweg 3', desc: 'Beschermingsbewind, mentorschap.' }, [
  svc('Beschermingsbewind', 'Bewindvoerder beheert uw inkomen en betalingen, ook bij problematische schulden. Via kantonrechter.', ['bewindvoering'], { fees: 'Tarief volgens Besluit kosten bewind; vaak vergoed bijz. bijstand.', area: both }),
]);

org({ name: 'Voedselbank Rietvoorde e.o.', place: 'Molenwaard', street: 'Industrieweg 11', desc: 'Voedselhulp.' }, [
  svc('Voedselpakket', 'Wekelijks pakket na toetsing. Max. 3 jr.', ['voedselbank'], { apply: 'Verwijzing via Sociaal Team, SWR of SHV.', hours: 'uitgifte vr 13-16 u.', area: both }),
]);

org({ name: 'Kledingbank De Hanger', place: 'De Biezen', street: 'Biezenplein 6', desc: 'Gratis kleding voor minima.' }, [
  svc('Kledingbank', 'Gratis kleding, schoenen, babyspullen. Max 4x p/jr.', ['kledingbank'], { apply: 'Verwijsbrief hulpverlener.', hours: 'wo 10-14' }),
  svc('Sinterklaasactie speelgoed', 'Speelgoedpakket voor kinderen.', ['kledingbank', 'minima'], { status: 'inactive' }),
]);

org({ name: 'Rivierwonen', place: 'Rietvoorde-Centrum', street: 'Havenstraat 20', desc: 'Woningcorporatie.' }, [
  svc('Inschrijving woningzoekenden', 'Inschrijven als woningzoekende, reageren op aanbod.', ['woningzoeken'], { fees: '€ 25 inschr.', online: true, area: both }),
  svc('Urgentie', 'Voorrang bij medische of sociale noodsituatie. Strikte criteria.', ['woningzoeken'], { apply: 'Aanvraag via formulier, advies onafh. bureau.' }),
  svc('Huurincasso / betalingsregeling', 'Achterstand met huur? Neem z.s.m. contact op voor betalingsregeling. Bij 2 mnd achterstand melding gemeente.', ['huurachterstand'], { area: both }),
]);

org({ name: 'Stichting Onderdak Rivierland', place: 'Rietvoorde-Centrum', street: 'Stationsweg 14', desc: 'Maatschappelijke opvang.' }, [
  svc('Nachtopvang', 'Slaapplek voor dakloze volw.', ['dakloos'], { hours: 'dagelijks 21.00-9.00', elig: '18+, regiobinding' }),
  svc('Centrale toegang MO / briefadres', 'Aanmelding maatschappelijke opvang, briefadres, doorstroom naar woonbegeleiding.', ['dakloos'], { hours: 'ma-vr 10-12' }),
]);

org({ name: 'Blijf Rivierland', place: 'Rietvoorde-Centrum', street: 'geheim', desc: 'Vrouwen- en gezinsopvang, ambulante hulp huiselijk geweld.', secretAddress: true }, [
  svc('Opvang bij huiselijk geweld', 'Veilige opvang voor vrouwen (en kinderen) die thuis niet veilig zijn.', ['huiselijk-geweld'], { area: both, hours: '24/7' }),
  svc('Ambulante hulpverlening HG', 'Hulp thuis bij relatiegeweld, ex-partner stalking, kindermishandeling in gezin. Ook voor mannen.', ['huiselijk-geweld'], { area: both, online: true }),
  svc('Training Grip op agressie', 'Groepstraining voor plegers van huiselijk geweld.', ['agressie'], { online: true, elig: '18+, vrijwillig of via reclassering' }),
]);

org({ name: 'Centrum Jeugd en Gezin Rietvoorde', alt: 'CJG', place: 'De Biezen', street: 'Biezenplein 2', desc: 'JGZ 0-18 + opvoedondersteuning. Uitvoering GGD Uiterwaarden.' }, [
  svc('Consultatiebureau', 'Groei, ontwikkeling, vaccinaties 0-4 jr.', ['jgz'], { area: both, fees: 'Gratis' }),
  svc('JGZ 4-18', 'Jeugdarts/jeugdverpleegkundige op school: onderzoeken gr 2 en 7, klas 2. Spreekuur.', ['jgz'], { area: both }),
  svc('Opvoedspreekuur', 'Vragen over slapen, eten, driftbuien, puberteit. Ook Triple P cursus.', ['opvoeden'], { hours: 'do 9-11 u. inloop' }),
  svc('KIES', 'Kinderen In EchtScheidingsSituatie, groep 8-12 jr.', ['echtscheiding'], { fees: 'Gratis' }),
]);

org({ name: 'Jeugdhulp Rivierland', place: 'Molenwaard', street: 'Wilgenhof 14', desc: 'Ambulante jeugdhulp.' }, [
  svc('Gezinsbegeleiding', 'Ambulante hulp thuis bij opvoedproblemen, gedragsprobl., multiprobleemgezinnen.', ['jeugdhulp', 'opvoeden'], { apply: 'Beschikking via Sociaal Team of verwijzing HA.' }),
  svc('Ouderschap na scheiding', 'Begeleiding ex-partners bij co-ouderschap, conflictscheiding.', ['echtscheiding'], {}),
]);

org({ name: 'Schoolmaatschappelijk Werk Rivierland', place: 'Rietvoorde-Centrum', street: 'Scholenlaan 1', desc: 'SMW PO en VO.' }, [
  svc('Schoolmaatschappelijk werk', 'SMW op school: bij zorgen thuis, pesten, verzuim, gedrag.', ['onderwijs', 'jeugdhulp'], { area: both }),
]);

org({ name: 'GGD Uiterwaarden', place: 'Rietvoorde-Centrum', street: 'Gasthuisplein 8', desc: 'GGD, beheerder Zorgzoeker.' }, [
  svc('Soa-poli', 'Soa-test en behandeling, gratis voor <25 jr en risicogroepen. Ook PrEP info.', ['seksuele-gezondheid'], { apply: 'Op afspraak.', area: both }),
  svc('Sense spreekuur', 'Vragen over seks, anticonceptie, onbedoelde zwangerschap, tot 25 jr.', ['seksuele-gezondheid'], { area: both }),
  svc('Stoppen met roken', 'Individuele begeleiding + evt. medicatie via HA.', ['roken'], { fees: 'Vergoed basisverzekering.' }),
  svc('Gatekeepertraining', 'Training suïcidepreventie: signalen herkennen, vragen naar suïcidegedachten, doorverwijzen. Voor vrijw., docenten, sleutelfiguren.', ['training-suicidepreventie'], { fees: 'Gratis' }),
  svc('Stoppen met roken groepstraining', 'Groepstraining 7 bijeenkomsten. Vervallen per 2025, zie individuele begeleiding.', ['roken'], { status: 'inactive' }),
  svc('Expat Health Desk', 'Information for internationals on the Dutch healthcare system: registering with a GP (huisarts), health insurance, out-of-hours care.', ['expats'], { lang: ['en'], online: true }),
]);

org({ name: 'Verloskundigenpraktijk De Ooievaar', place: 'Waterkant', street: 'Kadestraat 60', desc: '5 verloskundigen.' }, [
  svc('Verloskundige zorg', 'Controles zwangerschap, bevalling thuis of poli, kraamweek. Echo.', ['zwangerschap'], { area: both }),
  svc('CenteringZwangerschap', 'Groepsgewijze zwangerschapscontroles.', ['zwangerschap']),
]);

org({ name: 'Kraamzorg Uiterwaard', place: 'Molenwaard', street: 'Transportweg 2', desc: 'Kraamzorg.' }, [
  svc('Kraamzorg', 'Inschrijven vóór 16 wk zwangerschap.', ['zwangerschap'], { area: both }),
]);

org({ name: 'Verslavingszorg Rivierstroom', alt: 'VZR', place: 'Molenwaard', street: 'Wilgenhof 20', desc: 'Ambulante verslavingszorg.' }, [
  svc('Behandeling alcohol/drugs', 'Ambulante behandeling bij problematisch middelengebruik, ook medicatie (detox via kliniek).', ['verslaving'], { apply: 'Verwijzing HA.', area: both }),
  svc('Jongeren & Middelen', 'Voor jongeren 12-23 die blowen, drinken, xtc etc. + oudergesprekken.', ['verslaving-jongeren'], { fees: 'Gratis', apply: 'Zelf aanmelden, anoniem mogelijk.', area: both }),
  svc('Gokhulp', 'Hulp bij gokproblemen (online casino, sportweddenschappen). Ook voor naasten.', ['gokken'], { online: true }),
  svc('Preventie & voorlichting', 'Voorlichting op scholen over alcohol en drugs.', ['verslaving-jongeren'], { status: 'inactive' }),
]);

org({ name: 'AA Rietvoorde', place: 'Waterkant', street: 'Kadestraat 40', desc: 'Zelfhulpgroep.' }, [
  svc('AA-meeting', 'Anonieme Alcoholisten. Wekelijkse bijeenkomst.', ['verslaving'], { hours: 'ma 20.00 u.', phone: false }),
]);

org({ name: 'Rouwcafé Rietvoorde', place: 'Rietvoorde-Centrum', street: 'Kerkstraat 3', desc: '' }, [
  svc('Rouwcafé', 'Voor iedereen die een dierbare verloor.', ['rouw'], { hours: '1x p/mnd zo 14-16' }),
  svc('Rouwgroep jongeren', 'Voor jongeren 12-18 na overlijden ouder/broer/zus.', ['rouw-jongeren'], {}),
]);

org({ name: 'Diëtistenpraktijk Vitaal', place: 'Grebbenhoek', street: 'Marktveld 10', desc: '' }, [
  svc('Diëtist', 'Voedingsadvies bij overgewicht, diabetes, darmklachten.', ['leefstijl'], { fees: '3 uur p/jr basisverz.' }),
  svc('GLI', 'Gecombineerde leefstijlinterventie (2 jr) bij overgewicht.', ['leefstijl', 'bewegen'], { apply: 'Verwijzing HA.', elig: 'BMI ≥ 25 + risico' }),
]);

org({ name: 'Jeugdfonds Sport & Cultuur Rivierland', place: 'Rietvoorde-Centrum', street: 'Smidsstraat 7', desc: 'Fonds.' }, [
  svc('Jeugdfonds Sport', 'Betaalt contributie + attributen voor kinderen 4-18 uit gezinnen met weinig geld.', ['sport-minima'], { apply: 'Aanvraag via intermediair (school, wijkteam).', area: both }),
]);

org({ name: 'Sociaal Raadslieden Rivierland', place: 'Rietvoorde-Centrum', street: 'Raadhuisplein 5', desc: '' }, [
  svc('Sociaal raadslieden', 'Gratis advies bij juridische en financiële vragen: bezwaar, UWV, huur, consumentenzaken, brieven instanties.', ['juridisch', 'administratie'], { hours: 'inloop ma/do 9-12', area: both }),
  svc('Juridisch spreekuur', 'Advocaat, gratis 20 min. advies. Scheiding, arbeid, huur.', ['juridisch'], { hours: 'om de week di 19-20' }),
]);

org({ name: 'VluchtelingenWerk Rivierland', place: 'De Biezen', street: 'Biezenplein 12', desc: '' }, [
  svc('Maatschappelijke begeleiding statushouders', 'Begeleiding eerste 1-2 jr: huis, zorgverz., toeslagen, gezinshereniging.', ['statushouders'], { lang: ['nl', 'en', 'ar', 'ti'], area: both }),
  svc('Taalmaatje nieuwkomers', 'Vrijw. oefent NL in het dagelijks leven.', ['taal', 'statushouders']),
]);

org({ name: 'International Desk Rietvoorde', place: 'Rietvoorde-Centrum', street: 'Havenstraat 2', desc: 'Welcome point for international newcomers and knowledge migrants.' }, [
  svc('Expat Welcome Point', 'Help with BSN registration, finding a GP, housing, schools, Dutch lessons for partners.', ['expats'], { lang: ['en'], hours: 'Mon-Thu 10-16', area: both }),
  svc('Dutch for partners', 'Informal Dutch conversation group in English/Dutch.', ['taal'], { lang: ['en', 'nl'] }),
]);

org({ name: 'Hogeschool Rivierland', place: 'Molenwaard', street: 'Campuslaan 1', desc: 'Student services.' }, [
  svc('Student counsellor', 'Confidential talks for students: study stress, homesickness, low mood, money worries. International students welcome.', ['psychische-klachten'], { lang: ['en', 'nl'], elig: 'Enrolled students' }),
]);

org({ name: 'MEE Uiterwaarden', place: 'Molenwaard', street: 'Wilgenhof 1', desc: 'Ondersteuning bij beperking.' }, [
  svc('Cliëntondersteuning', 'Onafh. ondersteuning bij keukentafelgesprek, aanvraag Wmo/Wlz/Jeugd, bezwaar.', ['clientondersteuning'], { fees: 'Gratis', area: both }),
  svc('Pgb-spreekuur', 'Uitleg over pgb: aanvraag, budgetplan, zorgovereenkomst, SVB.', ['pgb', 'clientondersteuning'], { area: both }),
  svc('Begeleiding LVB', 'Begeleiding van jongeren en volw. met LVB bij wonen, geld, werk. Ook netwerkcoaching.', ['lvb'], { apply: 'Wmo-indicatie.' }),
  svc('Autisme-café', 'Ontmoeting en info voor volw. met autisme en naasten.', ['autisme'], { hours: 'laatste wo v.d. mnd' }),
]);

org({ name: 'Autismecoaching Rivier', place: 'Grebbenhoek', street: 'Molenweg 2', desc: '' }, [
  svc('Autismecoach', 'Coaching thuis/op werk voor mensen met ASS.', ['autisme'], { fees: 'Via Wmo/pgb of zelf betalen.' }),
]);

org({ name: 'Werkbedrijf Uiterwaard', place: 'Molenwaard', street: 'Industrieweg 20', desc: 'Sociaal werkbedrijf.' }, [
  svc('Beschut werk / participatieplek', 'Werk in aangepaste omgeving voor mensen met afstand tot de arbeidsmarkt.', ['werk'], { apply: 'Indicatie UWV/gemeente.' }),
  svc('Leerwerktraject', 'Werken + diploma (entree/mbo-1) logistiek, groen.', ['werk'], {}),
]);

org({ name: 'EHBO-vereniging Rietvoorde', place: 'De Biezen', street: 'Biezenplein 20', desc: 'Vereniging.' }, [
  svc('Cursus EHBO / reanimatie', 'Diploma EHBO, reanimatie + AED, EHBO aan kinderen.', ['ehbo'], { fees: 'v.a. € 45' }),
]);

org({ name: 'Stichting Steunpunt GGZ Naasten', place: 'Waterkant', street: 'Kadestraat 31', desc: '' }, [
  svc('Naastengroep psychiatrie', 'Lotgenoten voor familie van iemand met psych. ziekte.', ['mantelzorg'], {}),
]);
