// Regio Dijkwaard (FICTIEF): the hand-written source of a made-up referral guide, the
// "Verwijsgids Eerstelijn Dijkwaard", kept by the (invented) huisartsencoöperatie HCD
// (Huisartsen Coöperatie Dijkwaard) for its huisartsen, praktijkondersteuners, doktersassistenten
// and, on the public side, their patients. Written for the Wijkwijzer search benchmark only.
// Every organisation, person, street and gemeente is invented; postal codes start with 03 (no
// Dutch postal code starts with 0) and every phone number is 0000-… (make.mjs numbers them).
// The national help lines (113, Veilig Thuis, 112 …) are deliberately not listed: the product
// supplies those itself.
//
// Publisher style: a GP network's referral guide. Service names are terse and full of
// professional shorthand ("SMW spreekuur", "GLI CooL", "POH-GGZ Jeugd", "BGGZ kort"); the
// descriptions mix referral facts for the practice ("verw. via HA", "indicatie gemeente",
// "ZN-verwijsbrief") with a sentence or two for patients. The welzijn and municipal services a
// GP refers to (wijkteam, schuldhulp, mantelzorg, maatjes, voedselbank) are in it too, and a few
// services are in English for the expats around the Havenrijk port.
//
// `topics` is the judge's key, written with the text: what a service really answers, as a
// social worker would file it, whatever words its description happens to use.
//
// Gemeenten: Dijkwaard (wijken Centrum, Havenrijk, Kerkebuurt, Polderzicht, Oude Dijk),
// Nieuw-Amstelbroek (with the kern Broekerhaven), Sluyswijk (with Kolkhoeve) and Ooltgenveld
// (with Heesterdijk and Ganzewei).
import { addingTo, svc } from '../write-directory.mjs';

/** The topics, each in one line: a service carries a topic when it answers that question. */
export const TOPICS = {
  huisarts: 'huisartsenpraktijk: spreekuur, visite, inschrijven bij een huisarts',
  ketenzorg: 'chronische ziekte (diabetes, COPD, hart en vaten): begeleiding door de praktijk',
  hap: 'huisartsenpost: de huisarts buiten kantoortijd (avond, nacht, weekend)',
  'poh-ggz': 'praktijkondersteuner ggz (POH-GGZ) bij de huisarts, ook voor jeugd',
  ggz: 'psychische hulp door een professional: POH-GGZ, psycholoog, basis- of specialistische ggz',
  'psychische-klachten': 'hulp bij somberheid, angst, piekeren, stress of burn-out',
  'jeugd-ggz': 'psychische hulp voor kinderen en jongeren',
  eetstoornissen: 'eetstoornissen (anorexia, boulimia) bij jongeren',
  epa: 'ernstige psychische aandoening: FACT-team, langdurige ggz-begeleiding',
  herstel: 'herstel en lotgenoten bij psychische kwetsbaarheid (ervaringsdeskundigen, herstelwerkplaats)',
  'beschermd-wonen': 'beschermd wonen of wonen met begeleiding in een groep',
  'ambulante-begeleiding': 'begeleiding thuis (ambulante / individuele begeleiding) door een begeleider',
  verslaving: 'verslaving bij volwassenen: alcohol, drugs, medicijnen (hulp en lotgenoten)',
  'verslaving-jongeren': 'alcohol, blowen en drugs bij jongeren (ook voor hun ouders)',
  gokken: 'gokken en gamen uit de hand',
  fysiotherapie: 'fysiotherapie en oefentherapie',
  zwangerschap: 'zwanger: verloskundige, kraamzorg, zwangerschapscursus, ongewenst zwanger',
  jgz: 'jeugdgezondheidszorg: consultatiebureau, jeugdarts, jeugdverpleegkundige',
  'seksuele-gezondheid': 'seksuele gezondheid: soa-test, anticonceptie, vragen over seks',
  roken: 'stoppen met roken',
  leefstijl: 'gezonde leefstijl en gewicht: gecombineerde leefstijlinterventie (GLI), diëtist',
  rouw: 'rouw en verlies: rouwgroep, rouwbegeleiding, ook voor kinderen en na zelfdoding',
  eenzaamheid: 'eenzaamheid: bezoek, maatje, bellen, contact met anderen',
  ontmoeting: 'ontmoeting en activiteiten: buurthuis, inloop, samen koffie, clubs',
  lvb: 'voor mensen met een licht verstandelijke beperking (LVB)',
  autisme: 'autisme: begeleiding, lotgenoten, informatie',
  nah: 'niet-aangeboren hersenletsel (NAH), bijvoorbeeld na een beroerte of ongeluk',
  dementie: 'dementie en geheugenproblemen, ook voor naasten (casemanager, Alzheimer Café)',
  mantelzorg: 'steun voor mantelzorgers: advies, lotgenoten, waardering',
  'jonge-mantelzorg': 'jonge mantelzorgers (kinderen en jongeren die thuis zorgen)',
  respijt: 'respijtzorg: de zorg tijdelijk overnemen zodat de mantelzorger rust heeft',
  dagbesteding: 'dagbesteding (ouderen, dementie, ggz, beperking)',
  wmo: 'Wmo-loket van de gemeente: voorzieningen en hulp aanvragen (Wmo-consulent, keukentafelgesprek)',
  wijkteam: 'sociaal wijkteam: eerste plek voor alle vragen, ook bij meerdere problemen tegelijk',
  'maatschappelijk-werk': 'algemeen maatschappelijk werk (SMW)',
  clientondersteuning: 'onafhankelijke cliëntondersteuning',
  pgb: 'persoonsgebonden budget (pgb): uitleg, aanvraag, beheer',
  wijkverpleging: 'wijkverpleging: verpleging en persoonlijke verzorging thuis',
  'huishoudelijke-hulp': 'hulp bij het huishouden (schoonmaken)',
  maaltijden: 'maaltijden: eten aan huis bezorgd of samen eten',
  alarmering: 'personenalarmering',
  hulpmiddelen: 'hulpmiddelen: rolstoel, rollator, scootmobiel, uitleen',
  woningaanpassing: 'aanpassingen in huis (traplift, douche, drempels)',
  vervoer: 'vervoer: regiotaxi, Wmo-vervoer, vrijwillige chauffeurs',
  boodschappen: 'hulp bij boodschappen en kleine klussen in en om huis',
  ouderenadvies: 'ouderenadviseur / seniorenconsulent: vragen van ouderen over wonen, zorg en geld',
  valpreventie: 'vallen voorkomen (valpreventie, balanstraining)',
  palliatief: 'palliatieve zorg, hospice, laatste levensfase',
  bewegen: 'sport en bewegen, ook met korting bij een laag inkomen',
  opvoeden: 'opvoedsteun en vragen over kinderen en pubers',
  jeugdhulp: 'jeugdhulp en gezinsbegeleiding',
  jongeren: 'jongerenwerk: een plek en een vertrouwd persoon voor jongeren',
  onderwijs: 'school en leerplicht: leerplichtambtenaar, schoolmaatschappelijk werk, thuiszitters',
  'huiselijk-geweld': 'huiselijk geweld en kindermishandeling: hulp, advies en opvang',
  agressie: 'hulp bij boosheid en agressie, ook voor plegers van huiselijk geweld',
  meldcode: 'meldcode en signalen van huiselijk geweld en (ouder)mishandeling, voor professionals',
  'training-suicidepreventie': 'trainingen suïcidepreventie en mentale EHBO voor professionals, vrijwilligers en naasten',
  ehbo: 'EHBO- en reanimatiecursussen',
  geldzorgen: 'geldzorgen: rondkomen, budgetcoach, geldmaatje',
  schulden: 'schuldhulp en schuldsanering',
  bewindvoering: 'beschermingsbewind en budgetbeheer',
  voedselbank: 'voedselbank en andere voedselhulp',
  kledingbank: 'gratis of goedkope kleding en spullen',
  minima: 'regelingen voor een laag inkomen: bijzondere bijstand, meedoenregeling, fondsen',
  administratie: 'hulp bij post, brieven, formulieren en belastingaangifte',
  toeslagen: 'hulp bij toeslagen (zorgtoeslag, huurtoeslag, kinderopvangtoeslag)',
  juridisch: 'juridisch advies (sociaal raadslieden, juridisch loket, advocaat)',
  uitkering: 'uitkering: bijstand aanvragen, vragen over uw uitkering',
  werk: 'werk zoeken, re-integratie, participatie, jobcoach',
  vrijwilligerswerk: 'vrijwilligerswerk vinden',
  woningzoeken: 'een woning zoeken: inschrijven, urgentie',
  huurproblemen: 'problemen met huurwoning of verhuurder: onderhoud, schimmel, reparaties',
  huurachterstand: 'huurachterstand en huisuitzetting voorkomen',
  dakloos: 'dak- en thuislozen: opvang, nachtopvang, briefadres',
  buurtbemiddeling: 'burenruzie en buurtbemiddeling',
  taal: 'Nederlands leren en oefenen: NT2, taalmaatje, taalcafé, laaggeletterdheid',
  digitaal: 'hulp met computer, telefoon, DigiD en internet',
  statushouders: 'statushouders, vluchtelingen en nieuwkomers: begeleiding, inburgering',
  internationals: 'wegwijs voor expats en internationals: inschrijving, BSN, huisarts vinden, verzekering (Engelstalig)',
};

/** Place → gemeente and the first four digits of its postal codes (03xx, fictional). */
export const places = {
  Centrum: { gemeente: 'Dijkwaard', pc: '0301' },
  Havenrijk: { gemeente: 'Dijkwaard', pc: '0303' },
  Kerkebuurt: { gemeente: 'Dijkwaard', pc: '0305' },
  Polderzicht: { gemeente: 'Dijkwaard', pc: '0308' },
  'Oude Dijk': { gemeente: 'Dijkwaard', pc: '0311' },
  'Nieuw-Amstelbroek': { gemeente: 'Nieuw-Amstelbroek', pc: '0331' },
  Broekerhaven: { gemeente: 'Nieuw-Amstelbroek', pc: '0336' },
  Sluyswijk: { gemeente: 'Sluyswijk', pc: '0351' },
  Kolkhoeve: { gemeente: 'Sluyswijk', pc: '0357' },
  Ooltgenveld: { gemeente: 'Ooltgenveld', pc: '0371' },
  Heesterdijk: { gemeente: 'Ooltgenveld', pc: '0378' },
  Ganzewei: { gemeente: 'Ooltgenveld', pc: '0385' },
};

const ALL = ['Dijkwaard', 'Nieuw-Amstelbroek', 'Sluyswijk', 'Ooltgenveld'];

export const organizations = [];
const org = addingTo(organizations);

// ---------- Huisartsen en acute zorg ----------

org({ name: 'Huisartsen Coöperatie Dijkwaard', alt: 'HCD', place: 'Centrum', street: 'Waagplein 4', desc: 'Coöperatie van 38 huisartsen in de regio Dijkwaard. Uitgever van deze verwijsgids; organiseert POH-GGZ, ketenzorg en de HAP.' }, [
  svc('HAP Dijkwaard', 'Huisartsenpost. Avond, nacht, weekend en feestdagen. Altijd eerst bellen, niet zonder afspraak komen. Voor patiënten: heeft u dringend een dokter nodig en is uw eigen huisarts dicht? Bel de HAP. Bij levensgevaar: 112.', ['hap'], { alt: 'Huisartsenpost', hours: 'Ma-vr 17.00-08.00, za-zo en feestdagen 24 uur', at: { name: 'HAP Dijkwaard (bij Ziekenhuis De Waard)', street: 'Ziekenhuislaan 2', place: 'Polderzicht' }, area: ALL }),
  svc('POH-GGZ volw.', 'POH-GGZ in alle aangesloten praktijken. Max. 8 consulten, geen eigen risico. Verw.: HA, intern. Voor patiënten: last van somberheid, stress, angst of slecht slapen? Uw huisarts kan u een afspraak geven bij de praktijkondersteuner.', ['poh-ggz', 'ggz', 'psychische-klachten'], { elig: 'Ingeschreven bij een HCD-praktijk, 18+.', fees: 'Vergoed uit basisverzekering, geen eigen risico.', apply: 'Via eigen huisarts.', online: true, area: ALL }),
  svc('POH-GGZ Jeugd', 'POH-GGZ Jeugd (0-18) in de praktijken in Dijkwaard en Sluyswijk. Kortdurend, max. 5 gesprekken, ouders kunnen mee. Bij complexe problematiek verw. naar jeugd-GGZ via HA (gemeentelijke verwijzing). Voor ouders: maakt u zich zorgen over hoe het met uw kind gaat? Vraag de huisarts naar de POH Jeugd.', ['poh-ggz', 'jeugd-ggz', 'ggz'], { elig: '0-18 jaar.', apply: 'Verwijzing door HA.', online: true, area: ['Dijkwaard', 'Sluyswijk'] }),
  svc('Stoppen met roken (POH-S)', 'Stoppen-met-rokenprogramma bij de POH-somatiek: intake, 5-7 begeleidingscontacten, zo nodig medicatie (varenicline/NVV). Vergoed buiten eigen risico. Patiënt kan zichzelf aanmelden bij de assistente.', ['roken'], { alt: 'SMR', apply: 'Bel uw eigen praktijk en vraag naar stoppen met roken.', online: true, area: ALL }),
  svc('Ketenzorg DM/COPD/CVRM', 'Ketenzorgprogramma\'s diabetes, COPD/astma en hart- en vaatziekten via de POH-S. Alleen voor ingeschreven patiënten. Info voor praktijken: zie ketenprotocol HCD 2025.', ['ketenzorg'], { online: true, area: ALL }),
]);

org({ name: 'Gezondheidscentrum Havenrijk', alt: 'GC Havenrijk', place: 'Havenrijk', street: 'Kadestraat 18', desc: 'Gezondheidscentrum met huisartsen, POH, fysio, apotheek en SMW onder één dak.' }, [
  svc('Huisartsen Havenrijk', 'Huisartsenpraktijk (5 HA). Nieuwe patiënten welkom uit 0303 en 0304. Inschrijven kan online of aan de balie met ID. English spoken: new patients welcome, bring your ID and insurance card.', ['huisarts', 'internationals'], { hours: 'Ma-vr 08.00-17.00, telefonisch spreekuur 08.00-10.00', lang: ['nl', 'en'] }),
  svc('SMW spreekuur', 'Inloopspreekuur sociaal maatschappelijk werk (SMW) in het GC. Voor vragen over geld, relatie, werk, opvoeding of als alles even te veel is. Zonder verwijzing; HA/POH kan warm overdragen.', ['maatschappelijk-werk'], { hours: 'Di en do 09.00-11.00 inloop' }),
  svc('Fysio & Oefen Havenrijk', 'Fysiotherapie, oefentherapie Cesar, bekkenfysio en claudicatio (ChIP). Directe toegang, verwijzing niet nodig. Let op: aanvullende verzekering nodig voor de eerste 20 behandelingen.', ['fysiotherapie'], { fees: 'Vergoeding afhankelijk van aanvullende verzekering.' }),
]);

org({ name: 'Huisartsenpraktijk De Kolk', place: 'Kolkhoeve', street: 'Kolkweg 3', desc: 'Dorpspraktijk in Kolkhoeve met apotheekhoudend huisarts.' }, [
  svc('Praktijk De Kolk', 'Huisarts, POH en apotheekhoudende praktijk voor Kolkhoeve en omgeving. Visites voor ouderen die niet naar de praktijk kunnen. Spoed overdag: kies 1.', ['huisarts'], { hours: 'Ma-vr 08.00-17.00' }),
  svc('Ouderenspreekuur (POH-O)', 'Praktijkondersteuner ouderenzorg: huisbezoek bij kwetsbare 75-plussers, screening op vallen, geheugen en eenzaamheid. Verwijst door naar casemanager dementie, wijkverpleging of seniorenconsulent.', ['ouderenadvies', 'valpreventie'], { alt: 'POH Ouderen' }),
]);

org({ name: 'Huisartsenpraktijk Ooltgenveld', place: 'Ooltgenveld', street: 'Brink 22', desc: 'Groepspraktijk voor Ooltgenveld, Heesterdijk en Ganzewei.' }, [
  svc('HA-praktijk Ooltgenveld', 'Groepspraktijk (4 HA) met POH-S, POH-GGZ en doktersassistenten. Patiëntenstop per 1-9: alleen nieuwe inwoners van Ganzewei en Heesterdijk.', ['huisarts'], { hours: 'Ma-vr 08.00-17.00' }),
]);

// ---------- GGZ ----------

org({ name: 'Zeedijk GGZ', place: 'Polderzicht', street: 'Dijkgraafweg 110', desc: 'Basis- en specialistische ggz voor volwassenen in de regio Dijkwaard.' }, [
  svc('BGGZ kort / middel', 'Generalistische basis-GGZ (GBGGZ), productvarianten kort en middel. Voor lichte tot matige klachten: depressie, angst, paniek, burn-out. Verw.: HA met vermoeden DSM-stoornis. Wachttijd aanmelding-intake ca. 6 wk (juni). Voor patiënten: gesprekken met een psycholoog, meestal 5 tot 12 keer.', ['ggz', 'psychische-klachten'], { alt: 'GBGGZ', apply: 'Verwijsbrief HA via ZorgDomein.', fees: 'Basisverzekering, eigen risico geldt.' }),
  svc('SGGZ volw.', 'Specialistische GGZ: persoonlijkheidsproblematiek, complexe trauma (EMDR/IE), bipolair, eetstoornissen. Verw. via HA of BGGZ. Treeknorm overschreden: ca. 14 wk tot behandeling.', ['ggz'], { elig: '18+, ernstige of complexe klachten.', apply: 'ZorgDomein, verwijzing HA/medisch specialist.' }),
  svc('FACT Dijkwaard-Zuid', 'FACT-team voor mensen met EPA (psychose, langdurige ernstige klachten). Behandeling, begeleiding en zorg in de wijk; opschalen bij crisis. Verw. via HA/SGGZ, ook signalen van wijkteam.', ['epa', 'ggz'], { area: ['Dijkwaard', 'Sluyswijk'] }),
  svc('Online zelfhulp Mentaal Fit', 'Online zelfhulpmodules (piekeren, slapen, somberheid) met korte begeleiding door een POH of psycholoog. Kan ook in de wachttijd.', ['psychische-klachten', 'ggz'], { online: true, area: ALL }),
  svc('Psychosociale hulp rouw', 'Rouwbehandeling bij gecompliceerde rouw (RCT). Alleen met verwijzing HA; voor gewone rouw liever naar welzijn.', ['rouw', 'ggz'], { status: 'inactive' }),
]);

org({ name: 'Kinder- en Jeugdpsychiatrie De Branding', alt: 'KJP De Branding', place: 'Centrum', street: 'Lindelaan 7', desc: 'Jeugd-GGZ voor 0-18 jaar.' }, [
  svc('Jeugd-GGZ basis & specialistisch', 'Diagnostiek en behandeling bij angst, somberheid, ADHD, ASS, trauma, eetproblemen. Verw. HA, jeugdarts of wijkteam (beschikking jeugdhulp). Voor ouders en jongeren: praten met een psycholoog als het thuis of op school niet goed gaat in je hoofd.', ['jeugd-ggz', 'autisme'], { elig: '0-18 jaar (soms tot 23).', apply: 'Verwijzing HA, jeugdarts of wijkteam.', area: ALL }),
  svc('Eetstoornissen jeugd', 'Gespecialiseerde behandeling anorexia, boulimia, ARFID bij jongeren. Verwijzing + somatische screening HA vooraf.', ['eetstoornissen'], { area: ALL }),
]);

org({ name: 'Herstelwerkplaats De Steiger', place: 'Kerkebuurt', street: 'Kosterstraat 12', desc: 'Door ervaringsdeskundigen gerunde inloop en herstelcursussen.' }, [
  svc('Herstelwerkplaats', 'Cursussen (WRAP, Herstellen doe je zelf) en vrije inloop door ervaringsdeskundigen. Geen verwijzing, geen indicatie. Voor wie psychische problemen heeft (gehad) en weer zijn eigen weg wil vinden.', ['herstel'], { hours: 'Ma t/m do 10.00-16.00' }),
  svc('Lotgenotengroep depressie', 'Tweewekelijkse lotgenotengroep voor mensen met (terugkerende) depressie. Gratis, aanmelden niet nodig.', ['herstel', 'psychische-klachten'], { hours: 'Om de week wo 19.30' }),
]);

org({ name: 'Stichting Onderdak Dijkwaard', place: 'Oude Dijk', street: 'Schuttersdijk 40', desc: 'Beschermd wonen en ambulante begeleiding voor mensen met psychische kwetsbaarheid.' }, [
  svc('BW / beschermd wonen', 'Beschermd wonen (24/7) en begeleid wonen in groepen. Toegang via de centrumgemeente: indicatie BW via Wmo-loket Dijkwaard. Verwijzers: meld vroegtijdig, wachtlijst ca. 9 mnd.', ['beschermd-wonen', 'epa'], { alt: 'Begeleid wonen', apply: 'Indicatie gemeente (centrumgemeente Dijkwaard).', area: ALL }),
  svc('IBB / ambulante begeleiding', 'Individuele begeleiding thuis: structuur in de dag, post, huishouden, afspraken nakomen. Wmo-maatwerk of pgb. Voor cliënten: een vaste begeleider komt bij u thuis.', ['ambulante-begeleiding'], { alt: 'Ambulante begeleiding', apply: 'Indicatie gemeente via wijkteam.', area: ALL }),
]);

// ---------- Verslaving ----------

org({ name: 'Verslavingszorg Delta-Noord', place: 'Centrum', street: 'Veerstraat 55', desc: 'Ambulante verslavingszorg en preventie.' }, [
  svc('Ambulante verslavingszorg', 'Behandeling alcohol, drugs, medicatie (benzo\'s, opiaten). Intake binnen 3 wk. Verw. HA. Voor patiënten: drinkt of gebruikt u meer dan u wilt? U hoeft het niet alleen te doen.', ['verslaving'], { apply: 'Verwijzing HA of zelf aanmelden voor adviesgesprek.', area: ALL }),
  svc('Preventie jeugd & ouders', 'Voorlichting en adviesgesprekken voor jongeren (12-23) die blowen, drinken of XTC/lachgas gebruiken, en voor hun ouders. Ook gastlessen op scholen.', ['verslaving-jongeren'], { area: ALL }),
  svc('Gokken & gamen spreekuur', 'Online en telefonisch spreekuur bij problematisch gokken (ook online casino, sportweddenschappen) en gamen. Anoniem mogelijk.', ['gokken'], { online: true, area: ALL, hours: 'Ma-do 19.00-21.00' }),
  svc('Alcohol Anonymous meeting (English)', 'English-speaking AA-style meeting for internationals who struggle with drinking. Open, free, anonymous. Hosted in our building on Thursdays.', ['verslaving'], { lang: ['en'], hours: 'Thursday 20.00', phone: false }),
]);

// ---------- Wijkteams en welzijn ----------

org({ name: 'Sociaal Wijkteam Dijkwaard', alt: 'SWT', place: 'Kerkebuurt', street: 'Kerkstraat 30', desc: 'Wijkteams van de gemeente Dijkwaard voor zorg, welzijn, jeugd, geld en wonen.' }, [
  svc('Wijkteam Havenrijk', 'Generalisten voor volwassenen en gezinnen in Havenrijk. Eén plan bij meerdere problemen (geld, wonen, opvoeden, psychisch). Toegang Wmo en jeugdhulp. HA: meld aan via Zorgdomein "wijkteam" of bel het huisartsenlijntje.', ['wijkteam', 'wmo', 'jeugdhulp'], { at: { name: 'Wijkpost Havenrijk', street: 'Loodsenplein 1', place: 'Havenrijk' }, hours: 'Ma-vr 09.00-17.00, inloop wo 13.00-15.00' }),
  svc('Wijkteam Kerkebuurt/Centrum', 'Zie Wijkteam Havenrijk. Spreekuur in de bibliotheek op dinsdag. Voor bewoners: met al uw vragen kunt u hier terecht, ook als u niet weet waar u moet beginnen.', ['wijkteam', 'wmo', 'jeugdhulp']),
  svc('Wijkteam Polderzicht/Oude Dijk', 'Wijkteam voor Polderzicht en Oude Dijk. Ook schuldhulp-intake en jongerencoach in het team.', ['wijkteam', 'wmo', 'jeugdhulp', 'schulden'], { at: { name: 'MFC De Polder', street: 'Slootlaan 9', place: 'Polderzicht' } }),
]);

org({ name: 'Gemeente Dijkwaard', place: 'Centrum', street: 'Stadhuisplein 1', desc: 'Gemeente Dijkwaard: Wmo, Jeugdwet, Participatiewet en minimaregelingen.' }, [
  svc('Wmo-consulent (keukentafel)', 'Wmo-melding en keukentafelgesprek: huishoudelijke ondersteuning, begeleiding, hulpmiddelen, woningaanpassing, vervoer. Beschikking binnen 6 wk na melding. Eigen bijdrage via CAK (abonnementstarief). Voor inwoners: lukt het thuis niet meer goed? Meld u bij de Wmo.', ['wmo', 'hulpmiddelen', 'woningaanpassing', 'huishoudelijke-hulp'], { alt: 'Wmo-loket', fees: 'Eigen bijdrage CAK, max. € 21,80 per maand.', apply: 'Melding via telefoon, formulier of wijkteam.' }),
  svc('Bijstand & Werk', 'Aanvraag levensonderhoud (Participatiewet) en re-integratie. Aanvraag via werk.nl, daarna gesprek met klantmanager. Inwoners met een bijstandsuitkering krijgen een werkcoach.', ['uitkering', 'werk'], { apply: 'Eerst inschrijven op werk.nl, dan aanvraag via Mijn Dijkwaard.' }),
  svc('Minimaregelingen / Dijkwaardpas', 'Bijzondere bijstand, individuele inkomenstoeslag, Dijkwaardpas (korting sport, cultuur, zwemles), collectieve zorgverzekering. Inkomen tot 130% WSM.', ['minima', 'bewegen'], { elig: 'Inkomen tot 130% van het sociaal minimum, inwoner gemeente Dijkwaard.', apply: 'Online aanvragen of met hulp van het wijkteam.' }),
  svc('Leerplicht / RMC', 'Leerplichtambtenaren en RMC-trajectbegeleiders: verzuim, thuiszitters, vrijstelling, jongeren 18-23 zonder startkwalificatie.', ['onderwijs'], { area: ['Dijkwaard', 'Nieuw-Amstelbroek'] }),
  svc('Woonurgentie', 'Urgentieaanvraag bij medische of sociale noodzaak. Let op: strenge criteria, mantelzorg-urgentie alleen met verklaring. Eerst inschrijven bij WoonDijk.', ['woningzoeken'], { elig: 'Minimaal 2 jaar ingeschreven in de regio.' }),
  svc('Schuldhulp Dijkwaard (GKB)', 'Integrale schuldhulp via de Gemeentelijke Kredietbank: stabilisatie, budgetbeheer, schuldregeling, WSNP-aanvraag. Intake binnen 3 werkdagen, bij dreigende uithuiszetting binnen 3 dagen contact.', ['schulden', 'bewindvoering', 'huurachterstand'], { alt: 'GKB', area: ['Dijkwaard', 'Nieuw-Amstelbroek'] }),
]);

org({ name: 'Gemeente Sluyswijk', place: 'Sluyswijk', street: 'Raadhuisstraat 2', desc: 'Gemeente Sluyswijk.' }, [
  svc('Zorgloket Sluyswijk', 'Wmo en Jeugd in één loket, ook voor Kolkhoeve. Bel voor een afspraak of kom naar het inloopspreekuur. Cliëntondersteuning kan mee.', ['wmo', 'jeugdhulp', 'wijkteam'], { area: ['Sluyswijk'], hours: 'Ma, wo, vr 09.00-12.00' }),
  svc('Sociaal team Sluyswijk (oud)', 'Vervallen per 1-1: opgegaan in Zorgloket Sluyswijk.', ['wijkteam'], { status: 'inactive', area: ['Sluyswijk'] }),
]);

org({ name: 'Gemeente Ooltgenveld', place: 'Ooltgenveld', street: 'Brink 1', desc: 'Gemeente Ooltgenveld (Ooltgenveld, Heesterdijk, Ganzewei).' }, [
  svc('Sociaal Team Ooltgenveld', 'Sociaal team voor alle kernen. Huisbezoek mogelijk. Wmo, jeugd, schulden-intake en mantelzorgondersteuning. Voor inwoners: bel gerust, ook met een kleine vraag.', ['wijkteam', 'wmo', 'jeugdhulp', 'mantelzorg'], { area: ['Ooltgenveld'] }),
  svc('Regiotaxi / Wmo-vervoer', 'Collectief vraagafhankelijk vervoer voor Wmo-pashouders in alle vier gemeenten. Rit minimaal 1 uur van tevoren boeken. Rolstoel mee mogelijk.', ['vervoer'], { area: ALL, fees: 'Zone-tarief, ongeveer € 1 per zone.' }),
]);

org({ name: 'Gemeente Nieuw-Amstelbroek', place: 'Nieuw-Amstelbroek', street: 'Amstelplein 1', desc: 'Gemeente Nieuw-Amstelbroek met Broekerhaven.' }, [
  svc('Loket Wonen Welzijn Zorg', 'Wmo-loket en informatiepunt. Ook hulp bij aanvraag gehandicaptenparkeerkaart en scootmobiel. Gemeente werkt met kleine sociaal team van 4 consulenten.', ['wmo', 'wijkteam', 'hulpmiddelen'], { area: ['Nieuw-Amstelbroek'] }),
  svc('Statushouders begeleiding', 'Maatschappelijke begeleiding eerste 18 mnd: inschrijving, zorgverzekering, huisarts, school, inburgering (Wi2021, PVT/ PIP). Met tolken Arabisch en Tigrinya.', ['statushouders', 'taal'], { lang: ['nl', 'ar', 'ti'], area: ['Nieuw-Amstelbroek', 'Sluyswijk'] }),
]);

org({ name: 'Welzijn Dijkwaard', alt: 'WDW', place: 'Kerkebuurt', street: 'Oranjelaan 15', desc: 'Welzijnsorganisatie: ouderenwerk, buurthuizen, vrijwilligers, mantelzorg, maatjes.' }, [
  svc('Seniorenconsulent', 'Huisbezoek aan 75+ en vragen over wonen, zorg, geld, vervoer en eenzaamheid. Veel verwijzingen vanuit POH-O. Voor ouderen: wij komen gewoon bij u thuis om te praten over wat u nodig heeft.', ['ouderenadvies', 'eenzaamheid'], { alt: 'Ouderenadviseur', area: ['Dijkwaard', 'Nieuw-Amstelbroek'] }),
  svc('Maatjesproject Samen Eén', 'Vrijwillig maatje voor wie eenzaam is of weinig contacten heeft: wandelen, koffie, samen naar buurthuis. Wachttijd koppeling ca. 2 mnd.', ['eenzaamheid'], { alt: 'Maatjes' }),
  svc('Steunpunt Mantelzorg', 'Mantelzorgconsulent, lotgenotengroepen, mantelzorgwaardering (Dag vd Mantelzorg), advies over regelingen. Ook vervangende zorg via vrijwilligers (respijt).', ['mantelzorg', 'respijt'], { area: ALL }),
  svc('JMZ Dijkwaard', 'Jonge mantelzorgers (8-24) die thuis zorgen voor een ouder, broer of zus met ziekte, verslaving of beperking. Uitjes, lotgenoten, steun op school.', ['jonge-mantelzorg'], { alt: 'Jonge mantelzorgers', area: ALL }),
  svc('Buurthuis De Loods', 'Buurthuis Havenrijk: dagelijks koffie-inloop, eettafel wo, kaartclub, taalcafé en kinderactiviteiten. Iedereen welkom.', ['ontmoeting', 'eenzaamheid', 'maaltijden'], { at: { name: 'Buurthuis De Loods', street: 'Loodsenplein 3', place: 'Havenrijk' }, hours: 'Ma-vr 09.30-16.30' }),
  svc('Vrijwilligerscentrale', 'Vacaturebank vrijwilligerswerk en matching. Ook voor mensen met afstand tot werk (participatieplekken).', ['vrijwilligerswerk'], { area: ALL }),
  svc('Telefooncirkel', 'Ouderen bellen elkaar elke ochtend in een vaste kring. Neemt iemand niet op, dan komt er iemand kijken.', ['eenzaamheid'], { online: true, area: ['Dijkwaard'] }),
  svc('Jongerenwerk DIJK', 'Ambulant jongerenwerk en jongerencentrum "De Kade". Chillen, talentprojecten, hulp bij school/werk/geld. 12-23 jr.', ['jongeren'], { at: { name: 'Jongerencentrum De Kade', street: 'Havenhoofd 2', place: 'Havenrijk' } }),
]);

org({ name: 'Welzijn Buiten', place: 'Heesterdijk', street: 'Dorpsstraat 8', desc: 'Welzijnswerk voor de kleine kernen van Ooltgenveld en Sluyswijk.' }, [
  svc('Dorpshuis Ganzewei', 'Dorpshuis met koffieochtend, gym voor 55+, biljart en eettafel (2x per maand). Vrijwilligers halen u op als u niet kunt lopen.', ['ontmoeting', 'maaltijden', 'eenzaamheid'], { at: { name: 'Dorpshuis De Gans', street: 'Kerkepad 1', place: 'Ganzewei' } }),
  svc('Vrijwillige vervoersdienst', 'Vrijwillige chauffeurs voor ritjes naar HA, ziekenhuis, kapper. € 0,35 per km. Minimaal 2 dagen van tevoren bellen.', ['vervoer'], { area: ['Ooltgenveld', 'Sluyswijk'], fees: '€ 0,35 per km' }),
  svc('Boodschappen- en klussendienst', 'Vrijwilligers doen boodschappen of kleine klusjes voor ouderen en zieken in de dorpen.', ['boodschappen'], { area: ['Ooltgenveld', 'Sluyswijk'] }),
  svc('Mantelzorgcafé Sluyswijk', 'Maandelijkse bijeenkomst voor mantelzorgers: even bijpraten, thema-avonden (pgb, dementie, rouw).', ['mantelzorg'], { at: { name: 'Café De Sluis', street: 'Sluisplein 4', place: 'Sluyswijk' }, hours: 'Eerste maandag van de maand 19.30' }),
]);

// ---------- Ouderen, dementie, thuiszorg ----------

org({ name: 'Thuiszorg Waardland', place: 'Polderzicht', street: 'Dijkgraafweg 60', desc: 'Wijkverpleging, huishoudelijke hulp, alarmering en maaltijdservice.' }, [
  svc('Wijkverpleging (Zvw)', 'Wijkverpleging en persoonlijke verzorging: wassen, aankleden, steunkousen, wondzorg, medicatie. Indicatie door eigen wijkverpleegkundige, geen verwijzing HA nodig. 24/7 bereikbaar voor cliënten.', ['wijkverpleging'], { area: ALL, fees: 'Vergoed uit basisverzekering, geen eigen risico.' }),
  svc('HH1/HH2', 'Huishoudelijke hulp via Wmo (indicatie gemeente) of particulier. Schoonmaken, was, bed verschonen.', ['huishoudelijke-hulp'], { alt: 'Huishoudelijke ondersteuning', area: ALL }),
  svc('Personenalarmering', 'Alarmknop om de hals of pols, gekoppeld aan meldkamer en (mantelzorg)contactpersonen. Ook met valdetectie. Soms vergoed via aanvullende verzekering.', ['alarmering'], { area: ALL, fees: 'Vanaf € 19,50 per maand.' }),
  svc('Tafeltje-dek-je', 'Warme of koelverse maaltijden aan huis, ook diëten (zoutarm, diabetes). Bestellen per week.', ['maaltijden'], { area: ALL, fees: '€ 8,25 per maaltijd.' }),
  svc('Valpreventie IBB', 'In Balans Blijven (IBB) en Otago: valpreventieve beweegtraining in groep, 10 wk. Na valrisicoscreening door HA/POH-O of fysio. Voor ouderen: leer hoe u sterker en stabieler wordt zodat u minder snel valt.', ['valpreventie', 'bewegen'], { at: { name: 'MFC De Polder', street: 'Slootlaan 9', place: 'Polderzicht' } }),
]);

org({ name: 'Netwerk Dementie Dijkwaard', place: 'Centrum', street: 'Lindelaan 2', desc: 'Ketenpartners dementiezorg: casemanagers, Alzheimer Café, Odensehuis.' }, [
  svc('Casemanagement dementie', 'Casemanager dementie (Zvw) vanaf vermoeden/diagnose, tot opname. Verw. HA, geriater of POH-O. Ook voor de partner/mantelzorger.', ['dementie'], { area: ALL, apply: 'Verwijzing HA of geheugenpolikliniek.' }),
  svc('Alzheimer Café', 'Maandelijkse avond met uitleg en gesprek voor mensen met dementie en hun naasten. Vrije inloop, gratis.', ['dementie'], { at: { name: 'Bibliotheek Dijkwaard', street: 'Marktstraat 20', place: 'Centrum' }, hours: 'Derde dinsdag van de maand 19.30' }),
  svc('Odensehuis De Waag', 'Inloophuis voor thuiswonende mensen met beginnende dementie: samen koken, tuinieren, wandelen. Zonder indicatie.', ['dementie', 'dagbesteding'], { at: { name: 'Odensehuis De Waag', street: 'Waagplein 9', place: 'Centrum' } }),
]);

org({ name: 'Zorggroep De Dijkhoeve', place: 'Oude Dijk', street: 'Hoeveweg 1', desc: 'Ouderenzorg: dagbesteding, respijt, verpleeghuis en hospice.' }, [
  svc('Dagbesteding ouderen (Wmo)', 'Dagbesteding voor ouderen met dementie of lichamelijke beperking, 1-5 dagen/wk, incl. vervoer en lunch. Indicatie Wmo of Wlz.', ['dagbesteding', 'dementie'], { apply: 'Indicatie via Wmo-consulent of wijkteam.', area: ALL }),
  svc('Logeerhuis / respijt', 'Logeeropvang (weekend of 1-2 wk) voor ouderen zodat mantelzorger op adem kan komen.', ['respijt', 'mantelzorg'], { area: ALL }),
  svc('Hospice De Overkant', 'Bijna-thuis-huis, 5 bedden. Laatste levensfase (levensverwachting < 3 mnd), verw. HA. Vrijwilligers, palliatief team.', ['palliatief'], { at: { name: 'Hospice De Overkant', street: 'Overkantsweg 4', place: 'Oude Dijk' }, area: ALL }),
  svc('VPTZ Dijkwaard', 'Vrijwilligers Palliatieve Terminale Zorg: waken en aanwezig zijn thuis, zodat de mantelzorger even kan rusten.', ['palliatief', 'respijt'], { area: ALL }),
]);

org({ name: 'Hulpmiddelencentrum Dijkwaard', place: 'Polderzicht', street: 'Industrieweg 14', desc: 'Uitleen en verkoop van hulpmiddelen.' }, [
  svc('Uitleen hulpmiddelen', 'Kortdurende uitleen (max. 26 wk): krukken, rolstoel, rollator, douchestoel, hoog-laagbed. Afhalen met zorgpas + ID.', ['hulpmiddelen'], { area: ALL }),
  svc('Woonadvies / WVG', 'Ergotherapeutisch woonadvies en uitvoering woningaanpassingen (traplift, drempelhulp, douche) na Wmo-beschikking.', ['woningaanpassing'], { area: ALL }),
]);

org({ name: 'Stichting Hersenletsel Waard', place: 'Kerkebuurt', street: 'Gasthuisstraat 5', desc: 'Ondersteuning bij niet-aangeboren hersenletsel.' }, [
  svc('NAH-consulent', 'Na CVA, hersenletsel, hersentumor: coördinatie nazorg, uitleg over vermoeidheid/prikkels, begeleiding weer aan het werk, gezinsondersteuning. Verw. HA, revalidatiearts, zelfmelding mogelijk.', ['nah'], { area: ALL }),
  svc('NAH-inloop', 'Ontmoetingsmiddag voor mensen met hersenletsel en partners.', ['nah'], { hours: 'Elke 2e vrijdag 14.00' }),
]);

// ---------- LVB / autisme ----------

org({ name: 'MEE Waardland', place: 'Centrum', street: 'Veerstraat 12', desc: 'Cliëntondersteuning en begeleiding bij een beperking.' }, [
  svc('Cliëntondersteuning', 'Onafhankelijke cliëntondersteuner: gaat mee naar keukentafelgesprek, helpt bij Wlz/Wmo/Jeugdwet-aanvragen en bezwaar. Gratis.', ['clientondersteuning'], { area: ALL }),
  svc('LVB-coaching', 'Begeleiding voor volwassenen met een licht verstandelijke beperking: geld, post, wonen, relaties. Uitleg in eenvoudige taal.', ['lvb', 'ambulante-begeleiding'], { area: ALL }),
  svc('Autismecafé & ASS-coach', 'Maandelijks autismecafé (lotgenoten) en individuele ASS-coaching voor volwassenen. Diagnose niet verplicht voor het café.', ['autisme'], { area: ALL }),
  svc('Pgb-spreekuur', 'Uitleg over pgb (Wmo, Jeugdwet, Wlz): zorgplan, budgetplan, SVB, verantwoording. Voor budgethouders en aanvragers.', ['pgb', 'clientondersteuning'], { online: true, area: ALL }),
]);

// ---------- Jeugd & gezin ----------

org({ name: 'JGZ Waardland', place: 'Kerkebuurt', street: 'Kerkstraat 44', desc: 'Jeugdgezondheidszorg 0-18.' }, [
  svc('Consultatiebureau', 'CB: groei, ontwikkeling, vaccinaties (RVP) 0-4 jr. Afspraken volgens schema; ook vragen over voeding, huilen, slapen.', ['jgz', 'opvoeden'], { area: ALL }),
  svc('Jeugdarts / JVK 4-18', 'Jeugdarts en jeugdverpleegkundige op school: gezondheidsonderzoek, verzuim (M@ZL), vragen van ouders en jongeren.', ['jgz', 'onderwijs'], { area: ALL }),
  svc('Opvoedspreekuur', 'Praten met een pedagoog over driftbuien, slapen, zindelijkheid, puberteit, schermtijd. Ook online chat.', ['opvoeden'], { area: ALL }),
]);

org({ name: 'Verloskundigenpraktijk Waterkant', place: 'Havenrijk', street: 'Kadestraat 2', desc: 'Eerstelijns verloskunde.' }, [
  svc('Verloskundige zorg', 'Controles zwangerschap, bevalling thuis of poliklinisch, kraambezoek. Zelf aanmelden vanaf positieve test. We also see expat women in English.', ['zwangerschap'], { lang: ['nl', 'en'] }),
  svc('CenteringZwangerschap', 'Groepsconsulten met 8-12 zwangeren, gelijke uitgerekende datum.', ['zwangerschap'], { phone: false }),
  svc('Keuzehulpgesprek ongewenste zwangerschap', 'Onbedoeld zwanger en twijfel? Een keuzehulpgesprek met een getrainde verloskundige, gratis en vertrouwelijk.', ['zwangerschap'] ),
]);

org({ name: 'Gezin op Koers', place: 'Sluyswijk', street: 'Sluisweg 17', desc: 'Jeugdhulp en gezinsbegeleiding.' }, [
  svc('Ambulante gezinsbegeleiding', 'Gezinscoach thuis bij opvoedproblemen, scheiding, multiproblematiek. Beschikking jeugdhulp gemeente nodig (of verw. HA).', ['jeugdhulp', 'opvoeden'], { area: ALL }),
  svc('KIES / scheidingsgroep kinderen', 'Groepje voor kinderen (6-12) van gescheiden ouders. Praten, tekenen, spelen.', ['jeugdhulp'], { area: ALL }),
  svc('Schoolmaatschappelijk werk', 'SMW op alle PO en VO in Sluyswijk/Ooltgenveld: gesprekken met leerling en ouders, verzuim, thuiszitten, pesten.', ['onderwijs', 'jeugdhulp'], { area: ['Sluyswijk', 'Ooltgenveld'] }),
]);

// ---------- Geld, administratie, juridisch ----------

org({ name: 'Raadslieden Waardland', place: 'Centrum', street: 'Marktstraat 3', desc: 'Sociaal raadslieden en formulierenhulp.' }, [
  svc('Sociaal raadslieden', 'Gratis juridisch advies: toeslagen, belastingen, uitkering, huur, bezwaar maken. Spreekuur op afspraak.', ['juridisch', 'toeslagen', 'administratie', 'huurproblemen'], { area: ALL }),
  svc('Formulierenbrigade', 'Vrijwilligers helpen met formulieren, post ordenen, belastingaangifte en toeslagen. Neem uw DigiD en post mee.', ['administratie', 'toeslagen'], { hours: 'Ma en do 13.30-16.00 inloop', area: ALL }),
  svc('Tax return help (English)', 'Help with your Dutch tax return (M-form for newcomers) and allowances (toeslagen). Volunteers, for low incomes only.', ['administratie', 'toeslagen'], { lang: ['en'], status: 'inactive' }),
]);

org({ name: 'Juridisch Loket Dijkwaard', place: 'Centrum', street: 'Marktstraat 5', desc: 'Gratis juridisch advies.' }, [
  svc('Juridisch loket', 'Gratis eerste juridisch advies (arbeid, huur, familie, schulden). Verwijst zo nodig naar advocaat met toevoeging.', ['juridisch', 'huurproblemen'], { area: ALL }),
]);

org({ name: 'SchuldHulpMaatje Dijkwaard', place: 'Kerkebuurt', street: 'Kosterstraat 4', desc: 'Vrijwillige schuldhulpmaatjes.' }, [
  svc('SchuldHulpMaatje', 'Getraind vrijwilliger helpt u overzicht krijgen in uw geld, post en schulden, en gaat mee naar de schuldhulp van de gemeente.', ['schulden', 'geldzorgen', 'administratie'], { alt: 'Geldmaatje', area: ALL }),
  svc('Budgetcursus Rondkomen', 'Cursus van 4 avonden: begroting maken, besparen, vaste lasten. Gratis.', ['geldzorgen'], { area: ALL }),
]);

org({ name: 'Bewindvoering Dijkwaard BV', place: 'Polderzicht', street: 'Industrieweg 2', desc: 'Beschermingsbewind en inkomensbeheer.' }, [
  svc('Beschermingsbewind', 'Bewind bij problematische schulden of als iemand het zelf niet kan (verstandelijke beperking, dementie, verslaving). Via kantonrechter; kosten vaak vergoed via bijzondere bijstand.', ['bewindvoering', 'schulden'], { area: ALL }),
]);

org({ name: 'Voedselbank Dijkwaard e.o.', place: 'Havenrijk', street: 'Pakhuisstraat 11', desc: 'Voedselbank voor de hele regio.' }, [
  svc('Voedselbank', 'Wekelijks voedselpakket. Aanmelding via verwijzer (wijkteam, SMW, schuldhulp). Toetsing op leefgeld.', ['voedselbank'], { elig: 'Leefgeld onder de norm van de Voedselbanken.', apply: 'Via hulpverlener.', area: ALL, hours: 'Uitgifte vr 13.00-16.00' }),
  svc('Uitdeelpunt Sluyswijk', 'Uitgiftepunt voedselbank in Sluyswijk voor Sluyswijk en Kolkhoeve.', ['voedselbank'], { at: { name: 'Kerkzaal De Sluis', street: 'Sluisplein 6', place: 'Sluyswijk' }, area: ['Sluyswijk'] }),
]);

org({ name: 'Kringloop & Kledingbank Het Tweede Leven', place: 'Oude Dijk', street: 'Schuttersdijk 2', desc: 'Kringloopwinkel met kledingbank.' }, [
  svc('Kledingbank', 'Gratis kleding voor volwassenen en kinderen, 4x per jaar, met verwijsbrief. Ook babyspullen.', ['kledingbank'], { area: ALL }),
  svc('Kringloopwinkel', 'Tweedehands meubels en huisraad. Met Dijkwaardpas 25% korting.', ['kledingbank'], { area: ALL }),
]);

org({ name: 'Stichting Leergeld Waardland', place: 'Nieuw-Amstelbroek', street: 'Schoolstraat 9', desc: 'Meedoen voor kinderen uit gezinnen met weinig geld.' }, [
  svc('Leergeld', 'Vergoeding schoolspullen, laptop, zwemles, sportclub, schoolreis voor kinderen 4-18 bij laag inkomen. Intermediair komt thuis.', ['minima', 'bewegen'], { area: ALL }),
  svc('Jeugdfonds Sport & Cultuur', 'Contributie sportclub of muziekles betaald voor kinderen uit gezinnen met een laag inkomen. Aanvraag via intermediair (school, wijkteam, JGZ).', ['minima', 'bewegen'], { area: ALL }),
]);

// ---------- Werk ----------

org({ name: 'WerkPunt Waardland', place: 'Polderzicht', street: 'Industrieweg 30', desc: 'Werkbedrijf van de vier gemeenten.' }, [
  svc('Re-integratie & jobcoach', 'Trajecten naar werk voor bijstandsgerechtigden en niet-uitkeringsgerechtigden (nugger). Beschut werk, loonkostensubsidie, jobcoaching.', ['werk'], { area: ALL }),
  svc('Participatieplaatsen', 'Dagbesteding-achtige werkplekken (groen, houtwerk, kantine) voor wie (nog) niet kan werken. Ook voor mensen met ggz-achtergrond.', ['werk', 'dagbesteding'], { area: ALL }),
]);

// ---------- Wonen ----------

org({ name: 'WoonDijk', place: 'Centrum', street: 'Havenstraat 70', desc: 'Woningcorporatie in Dijkwaard en Nieuw-Amstelbroek.' }, [
  svc('Inschrijven woningzoekende', 'Inschrijven voor een sociale huurwoning via WoonDijk-portaal. € 25 inschrijfgeld. Seniorenwoningen met voorrang 65+.', ['woningzoeken'], { online: true, area: ['Dijkwaard', 'Nieuw-Amstelbroek'] }),
  svc('Vroegsignalering huur', 'Bij 1 maand huurachterstand belt een consulent; samen regeling afspreken of doorverwijzen naar schuldhulp. Voorkom een ontruiming: neem zelf contact op.', ['huurachterstand'], { area: ['Dijkwaard', 'Nieuw-Amstelbroek'] }),
  svc('Reparatieverzoek', 'Lekkage, schimmel, kapotte cv of deur? Meld een reparatie online of telefonisch. Bij gezondheidsklachten door vocht kan de HA een verklaring meegeven.', ['huurproblemen'], { online: true, area: ['Dijkwaard', 'Nieuw-Amstelbroek'] }),
  svc('Buurtbemiddeling', 'Getrainde vrijwilligers bemiddelen bij burenruzie: geluid, honden, parkeren, tuin. Gratis en neutraal.', ['buurtbemiddeling'], { area: ALL }),
]);

org({ name: 'Het Baken Maatschappelijke Opvang', place: 'Havenrijk', street: 'Havenhoofd 20', desc: 'Opvang voor dak- en thuislozen.' }, [
  svc('Nachtopvang & centrale toegang MO', 'Nachtopvang (18.00-09.00), centrale toegang maatschappelijke opvang en briefadres. Regiobinding wordt getoetst.', ['dakloos'], { hours: 'Nachtopvang dagelijks 18.00-09.00', area: ALL }),
  svc('Vrouwenopvang Het Baken', 'Opvang en begeleiding voor vrouwen (en kinderen) die thuis niet veilig zijn door huiselijk geweld. Ambulant advies ook mogelijk zonder opname.', ['huiselijk-geweld'], { area: ALL }),
  svc('Zwerfjongeren 18-', 'Jongerenopvang en begeleide kamers voor dakloze jongeren 16-23.', ['dakloos'], { area: ALL }),
]);

// ---------- Huiselijk geweld ----------

org({ name: 'Team Veilig Waardland', place: 'Centrum', street: 'Lindelaan 30', desc: 'Regionaal team huiselijk geweld en kindermishandeling (aanpak na melding, ambulante hulp).' }, [
  svc('Ambulante hulp HG', 'Hulp voor gezinnen na huiselijk geweld of kindermishandeling: veiligheidsplan, systeemgerichte hulp. Ook voor plegers (agressieregulatie).', ['huiselijk-geweld', 'agressie'], { area: ALL }),
  svc('Meldcode-consult voor professionals', 'Consult voor huisartsen en POH over de meldcode en signalen van (ouder)mishandeling. Ook scholing voor praktijkteams.', ['meldcode'], { area: ALL, online: true }),
]);

// ---------- Taal, digitaal ----------

org({ name: 'Bibliotheek Dijkwaard', place: 'Centrum', street: 'Marktstraat 20', desc: 'Bibliotheek met Taalhuis en Informatiepunt Digitale Overheid.' }, [
  svc('Taalhuis', 'Beter leren lezen, schrijven en rekenen; NT2 oefenen met taalvrijwilliger. Ook taalcafé op zaterdag.', ['taal'], { area: ALL }),
  svc('IDO / Klik & Tik', 'Informatiepunt Digitale Overheid: hulp bij DigiD, Mijn Overheid, toeslagen online. Klik & Tik cursus voor computer- en smartphonebeginners.', ['digitaal', 'administratie'], { alt: 'Digihulp', area: ALL }),
  svc('Dutch conversation group', 'Practise your Dutch in a relaxed group for expats and international students. Beginners welcome, free.', ['taal'], { lang: ['en', 'nl'], hours: 'Wednesday 18.30-20.00' }),
]);

org({ name: 'VluchtelingenWerk Waardland', place: 'Sluyswijk', street: 'Sluisweg 3', desc: 'Begeleiding van vluchtelingen.' }, [
  svc('Maatschappelijke begeleiding nieuwkomers', 'Begeleiding statushouders bij wonen, geld, gezondheid. Spreekuur voor asielrechtelijke vragen en gezinshereniging.', ['statushouders', 'juridisch'], { lang: ['nl', 'ar', 'ti', 'en'], area: ['Dijkwaard', 'Ooltgenveld'] }),
]);

org({ name: 'Dijkwaard International Desk', place: 'Havenrijk', street: 'Port Avenue 1', desc: 'Welcome desk for internationals working at the port and university campus.' }, [
  svc('International Welcome Desk', 'Registration (BSN), finding a GP, health insurance, housing and schools in English. Partners: career and social events.', ['internationals'], { lang: ['en'], area: ALL }),
  svc('Expat mental health (English)', 'Short-term counselling in English for internationals: stress, homesickness, relationship problems. GP referral recommended but not required. Fee for self-payers.', ['ggz', 'psychische-klachten'], { lang: ['en'], fees: '€ 85 per session unless referred under basic insurance.', area: ALL }),
]);

// ---------- Leefstijl, seksuele gezondheid ----------

org({ name: 'Gezond Waardland', place: 'Polderzicht', street: 'Slootlaan 11', desc: 'Leefstijl en preventie.' }, [
  svc('GLI CooL', 'Gecombineerde leefstijlinterventie CooL: 2 jr, groep + individueel, voeding, bewegen, slapen, stress. Voor BMI ≥ 25 met risicofactor of BMI ≥ 30. Verw. HA. Vergoed buiten eigen risico.', ['leefstijl'], { alt: 'Leefstijlcoach', apply: 'Verwijzing HA/POH.', area: ALL }),
  svc('Diëtistenpraktijk', 'Diëtist, 3 uur per jaar vergoed uit basisverzekering. Ook voor kinderen en bij diabetes (ketenzorg).', ['leefstijl'], { area: ALL }),
  svc('Buurtsportcoach', 'Sport en bewegen in de wijk voor jong en oud, ook beweegmaatje en walking football 60+. Meestal gratis of met Dijkwaardpas.', ['bewegen'], { area: ALL }),
]);

org({ name: 'Sense Waardland (GGD)', place: 'Centrum', street: 'Lindelaan 30', desc: 'Seksuele gezondheid onder 25 en soa-poli GGD.' }, [
  svc('Sense spreekuur <25', 'Gratis en anoniem spreekuur voor jongeren tot 25: anticonceptie, soa, seks, gender, ongewenste ervaringen.', ['seksuele-gezondheid'], { elig: 'Tot 25 jaar.' }),
  svc('Soa-poli GGD', 'Gratis soa-test voor risicogroepen (na waarschuwing door partner, klachten, MSM, sekswerkers). Anders via HA.', ['seksuele-gezondheid'], { area: ALL }),
]);

// ---------- Rouw, zingeving ----------

org({ name: 'Rouwcentrum Het Anker', place: 'Kerkebuurt', street: 'Kosterstraat 20', desc: 'Rouw- en verliesbegeleiding.' }, [
  svc('Rouwgroep volwassenen', 'Lotgenotengroep 8 bijeenkomsten na overlijden partner, kind of ouder. Ook groep nabestaanden na zelfdoding.', ['rouw'], { area: ALL }),
  svc('Kinderrouwgroep Vlinder', 'Voor kinderen (6-12) en tieners die iemand verloren hebben. Gratis.', ['rouw'], { area: ALL }),
  svc('Levensvragen / geestelijk verzorger thuis', 'Geestelijk verzorger (Centrum voor Levensvragen) aan huis, gratis voor 50+ en palliatieve patiënten. Verw. HA of zelf.', ['palliatief', 'rouw'], { area: ALL }),
]);

// ---------- Scholing ----------

org({ name: 'Academie Eerstelijn Dijkwaard', place: 'Centrum', street: 'Waagplein 4', desc: 'Scholingsaanbod voor praktijkmedewerkers, vrijwilligers en inwoners.' }, [
  svc('Gatekeeper-training suïcidepreventie', 'Herkennen en bespreekbaar maken van suïcidale gedachten. Voor doktersassistenten, wijkteam, vrijwilligers. 3 uur, accreditatie aangevraagd.', ['training-suicidepreventie']),
  svc('MHFA / Mentale EHBO', 'Mental Health First Aid cursus voor inwoners en naasten: hoe help je iemand met psychische problemen. 4 dagdelen.', ['training-suicidepreventie']),
  svc('EHBO & reanimatie (BLS/AED)', 'Basiscursus EHBO, reanimatie en AED, ook EHBO aan kinderen. Voor inwoners en praktijkmedewerkers.', ['ehbo'], { fees: '€ 45 (reanimatie), € 120 (EHBO-diploma)' }),
]);

// ---------- Aanvullingen (welzijn, kraam, fysio in de kernen) ----------

org({ name: 'Humanitas Waardland', place: 'Kerkebuurt', street: 'Gasthuisstraat 11', desc: 'Vrijwilligersorganisatie: thuisadministratie, huisbezoek, rouw.' }, [
  svc('Thuisadministratie', 'Een vrijwilliger komt bij u thuis en helpt een jaar lang de papieren op orde te krijgen: post openen, mappen, betalingen, regelingen aanvragen. Doel: daarna zelf kunnen. Gratis.', ['administratie', 'geldzorgen'], { area: ALL }),
  svc('Vriendschappelijk huisbezoek', 'Vaste vrijwilliger komt eens per week op de koffie bij wie weinig mensen ziet. Ook na verhuizing naar verpleeghuis.', ['eenzaamheid'], { area: ['Dijkwaard', 'Sluyswijk'] }),
]);

org({ name: 'Kraamzorg De Wieg', place: 'Polderzicht', street: 'Slootlaan 22', desc: 'Kraamzorgorganisatie voor de regio.' }, [
  svc('Kraamzorg', 'Kraamverzorgende thuis 8-10 dagen na de bevalling. Inschrijven vóór week 16 van de zwangerschap. Eigen bijdrage per uur (zorgverzekeraar).', ['zwangerschap'], { apply: 'Online inschrijven of via verloskundige.', area: ALL }),
  svc('Borstvoedingsspreekuur', 'Lactatiekundige, inloop op het consultatiebureau Kerkebuurt. Ook na de kraamweek.', ['zwangerschap', 'jgz'], { at: { name: 'Consultatiebureau Kerkebuurt', street: 'Kerkstraat 44', place: 'Kerkebuurt' }, hours: 'Vr 09.30-11.30' }),
]);

org({ name: 'Inloophuis De Bron', place: 'Sluyswijk', street: 'Kerkpad 7', desc: 'Kerkelijk inloophuis, open voor iedereen.' }, [
  svc('Inloop & soep', 'Koffie, een praatje en op donderdag gratis soep met brood. Niemand vraagt wie u bent. Ook een luisterend oor van pastoraal vrijwilliger.', ['ontmoeting', 'eenzaamheid', 'maaltijden'], { hours: 'Di en do 10.00-14.00', phone: false }),
]);

org({ name: 'Fysiotherapie Sluyswijk-Kolkhoeve', place: 'Kolkhoeve', street: 'Kolkweg 9', desc: 'Fysiotherapie in de kleine kernen, ook aan huis.' }, [
  svc('Fysio aan huis', 'Behandeling aan huis voor wie niet naar de praktijk kan (na operatie, COPD, ouderdom). Met verwijzing HA of specialist.', ['fysiotherapie'], { area: ['Sluyswijk', 'Ooltgenveld'] }),
  svc('Beweeggroep 65+', 'Wekelijkse beweeggroep voor ouderen: kracht en balans, minder kans om te vallen. Eerste les gratis.', ['valpreventie', 'bewegen'], { fees: '€ 6 per les' }),
]);
