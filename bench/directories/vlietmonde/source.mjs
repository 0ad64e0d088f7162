// Regio Vlietmonde (FICTIEF): the hand-written source of a made-up municipal sociale kaart
// ("Vlietwijzer"), kept by the gemeenten of the regio for the search benchmark only. Every
// organisation, person, street and gemeente here is invented; postal codes start with 07 (no
// Dutch postal code starts with 0) and every phone number is 0000-… (make.mjs numbers them).
// Nothing here is contact data of a real organisation, and the national help lines (113, 112,
// the national domestic-violence line …) are deliberately not listed: the product supplies those.
//
// Each organisation writes its own entries: the gemeente in loket language, the welfare
// foundations warm and short, the care providers with their own professional words. Names are
// terse ("Buurtkamer Rietkamp", "Spreekuur"); descriptions are B1 Dutch of very different lengths;
// there is no taxonomy. Practical facts sit in the fields a municipal CMS exports (eligibility,
// fees, how to apply, opening hours).
//
// `topics` is the judge's key, written with the text: what a service really offers, as a
// professional would file it, whatever words its description happens to use. make.mjs keeps the
// topics out of the HSDS export and writes them to answers.json.
//
// Gemeenten: Vlietmonde (wijken Binnenstad, Schependom, Rietkamp, De Kooi), Gansdorp (with the
// kern Weerlo), Lindewaal and Tjalmerveen (with the kern Oosterzijl).
import { addingTo, svc } from '../write-directory.mjs';

/** The topics, each in one line: a service carries a topic when it answers that question. */
export const TOPICS = {
  huisarts: 'huisartsenpraktijk: spreekuur, visite, verwijzing',
  hap: 'huisartsenpost: de huisarts buiten kantoortijd (avond, nacht, weekend)',
  'poh-ggz': 'praktijkondersteuner ggz (POH-GGZ) bij de huisarts',
  ggz: 'psychische hulp voor volwassenen door een professional: POH-GGZ, psycholoog, basis- of specialistische ggz',
  'ggz-crisis': 'acute psychiatrische hulp: de crisisdienst van de ggz',
  'jeugd-ggz': 'psychische hulp voor kinderen en jongeren (ook ADHD, angst, somberheid bij jeugd)',
  somberheid: 'hulp bij somberheid en depressie',
  angst: 'hulp bij angst, paniek en piekeren',
  stress: 'hulp bij stress, overspannenheid en burn-out',
  slapen: 'hulp bij slecht slapen',
  trauma: 'behandeling na een schokkende gebeurtenis (trauma, PTSS)',
  eetstoornis: 'eetstoornissen (anorexia, boulimia, eetbuien)',
  apotheek: 'apotheek en medicijnen, ook buiten openingstijd',
  fysiotherapie: 'fysiotherapie',
  tandarts: 'tandarts, ook spoed en tandzorg voor wie weinig geld heeft',
  'tandarts-spoed': 'tandarts met spoed buiten openingstijd (avond, weekend)',
  zwangerschap: 'zwanger en bevallen: verloskundige, kraamzorg, zwangerschapsgroep',
  verloskunde: 'verloskundige: controles in de zwangerschap en de bevalling',
  jgz: 'jeugdgezondheidszorg: consultatiebureau, jeugdarts, jeugdverpleegkundige',
  'seksuele-gezondheid': 'seksuele gezondheid: soa-test, anticonceptie, vragen over seks',
  roken: 'stoppen met roken',
  leefstijl: 'gezonde leefstijl en gewicht: leefstijlcoach (GLI), diëtist',
  rouw: 'rouw en verlies bij volwassenen: rouwgroep, rouwbegeleiding, gesprekken',
  'rouw-kinderen': 'rouw bij kinderen en jongeren',
  'nabestaanden-suicide': 'steun voor nabestaanden na zelfdoding',
  studenten: 'voor studenten: studentpsycholoog, studentendecaan',
  eenzaamheid: 'eenzaamheid: bezoek, maatje, bellen, contact met anderen',
  ontmoeting: 'ontmoeting voor iedereen die anderen wil treffen (buurthuis, eettafel, soos, wandelgroep)',
  buurthuis: 'buurthuis, buurtkamer of dorpshuis: vrije inloop en activiteiten voor iedereen',
  herstel: 'herstel en lotgenoten bij psychische kwetsbaarheid (herstelacademie, ervaringsdeskundigen)',
  epa: 'ernstige psychische aandoening: FACT-team, langdurige ggz-begeleiding',
  'beschermd-wonen': 'beschermd wonen of wonen met begeleiding in een groep (psychisch of verstandelijk)',
  'ambulante-begeleiding': 'begeleiding thuis (ambulante / individuele begeleiding) door een begeleider',
  verslaving: 'verslaving bij volwassenen: alcohol, drugs, gokken, gamen (hulp en lotgenoten)',
  alcohol: 'te veel drinken: hulp en lotgenoten',
  drugs: 'drugsgebruik bij volwassenen: hulp, inloop voor gebruikers',
  'gokken-gamen': 'gokken en gamen uit de hand',
  'verslaving-jongeren': 'alcohol, blowen, drugs en gamen bij jongeren (ook voor hun ouders)',
  'verslaving-naasten': 'steun voor familie en partners van iemand met een verslaving',
  lvb: 'voor mensen met een licht verstandelijke beperking (LVB)',
  autisme: 'autisme: begeleiding, lotgenoten, informatie',
  'autisme-ouders': 'steun voor ouders van een kind met autisme',
  nah: 'niet-aangeboren hersenletsel (NAH), bijvoorbeeld na een beroerte of ongeluk',
  slechtziend: 'slechtziend of blind: advies, hulpmiddelen, training',
  slechthorend: 'slechthorend of doof: advies, hulpmiddelen, tolk',
  beperking: 'leven met een lichamelijke of verstandelijke beperking: informatie, ondersteuning, dagbesteding',
  'aangepast-sporten': 'sporten met een beperking (aangepast sporten, G-sport)',
  dementie: 'dementie en geheugenproblemen, ook steun en ontmoeting voor naasten',
  'casemanager-dementie': 'casemanager dementie: vaste begeleider voor iemand met dementie en het gezin',
  mantelzorg: 'steun voor mantelzorgers: advies, lotgenoten, waardering, even vrij',
  'jonge-mantelzorg': 'jonge mantelzorgers (kinderen en jongeren die thuis zorgen)',
  respijt: 'respijtzorg: de zorg tijdelijk overnemen zodat de mantelzorger rust heeft (logeren, oppas)',
  dagbesteding: 'dagbesteding (ouderen, dementie, ggz, beperking)',
  'dagbesteding-ouderen': 'dagbesteding voor ouderen en mensen met dementie',
  wmo: 'Wmo-loket / zorgloket van de gemeente: hulp en voorzieningen aanvragen',
  wijkteam: 'sociaal wijkteam / buurtteam: eerste plek voor alle vragen, ook bij meerdere problemen tegelijk',
  'maatschappelijk-werk': 'algemeen maatschappelijk werk',
  clientondersteuning: 'onafhankelijke cliëntondersteuning',
  pgb: 'persoonsgebonden budget (pgb): uitleg, aanvraag, beheer',
  wlz: 'Wet langdurige zorg: CIZ-indicatie, verpleeghuis, zorg met verblijf',
  wijkverpleging: 'wijkverpleging: verpleging en persoonlijke verzorging thuis',
  'huishoudelijke-hulp': 'hulp bij het huishouden (schoonmaken)',
  maaltijden: 'maaltijden: eten aan huis bezorgd of samen eten',
  alarmering: 'personenalarmering',
  hulpmiddelen: 'hulpmiddelen: rolstoel, rollator, scootmobiel, uitleen',
  woningaanpassing: 'aanpassingen in huis (traplift, drempels, douche)',
  vervoer: 'vervoer: regiotaxi, vrijwillige chauffeurs, rolstoelvervoer',
  parkeerkaart: 'gehandicaptenparkeerkaart en -parkeerplaats',
  boodschappen: 'hulp bij boodschappen doen',
  klussen: 'kleine klussen in en om huis',
  ouderenadvies: 'ouderenadviseur: vragen van ouderen over wonen, zorg en geld',
  valpreventie: 'vallen voorkomen',
  palliatief: 'palliatieve zorg, hospice, waken en steun in de laatste levensfase',
  bewegen: 'sport en bewegen, buurtsportcoach',
  opvoeden: 'opvoedsteun en vragen over kinderen',
  jeugdhulp: 'jeugdhulp en gezinsbegeleiding',
  pleegzorg: 'pleegzorg: pleegouder worden of een pleegkind',
  jongerenwerk: 'jongerenwerk en jongerencoaches: een plek en een vertrouwd persoon voor jongeren van 12-23',
  onderwijs: 'school en leerplicht: leerplichtambtenaar, schoolmaatschappelijk werk, RMC, voortijdig schoolverlaten',
  huiswerk: 'huiswerkbegeleiding en bijles',
  faalangst: 'faalangst en examenvrees bij kinderen en jongeren',
  kinderopvang: 'kinderopvang, peuteropvang, buitenschoolse opvang, gastouder',
  echtscheiding: 'scheiding: hulp voor ouders en kinderen',
  'huiselijk-geweld': 'huiselijk geweld: hulp, advies en opvang voor wie het meemaakt of ziet',
  vrouwenopvang: 'opvang op een geheim adres voor wie thuis niet veilig is',
  kindermishandeling: 'kindermishandeling en kinderen die thuis geweld meemaken',
  ouderenmishandeling: 'ouderenmishandeling en financieel misbruik van ouderen',
  agressie: 'hulp bij boosheid en agressie (ook voor plegers van huiselijk geweld)',
  'seksueel-geweld': 'hulp na aanranding, verkrachting of ander seksueel geweld',
  slachtofferhulp: 'steun voor slachtoffers van een misdrijf of verkeersongeluk',
  'training-huiselijk-geweld': 'trainingen over huiselijk geweld en de meldcode voor professionals',
  'training-suicidepreventie': 'trainingen suïcidepreventie (gatekeeper, mentale EHBO) voor professionals, vrijwilligers en naasten',
  ehbo: 'EHBO- en reanimatiecursussen',
  'voorlichting-middelen': 'voorlichting en gastlessen over alcohol, roken, drugs en gamen (scholen, ouders)',
  'gastles-weerbaarheid': 'gastlessen over relaties, grenzen en online veiligheid',
  geldzorgen: 'geldzorgen: rondkomen en overzicht houden (budgetcursus, geldmaatje, thuisadministratie, budgetbeheer)',
  schulden: 'schuldhulp',
  'schulden-jongeren': 'schulden bij jongeren (18-27)',
  bewindvoering: 'beschermingsbewind, budgetbeheer, mentorschap en curatele',
  voedselbank: 'voedselbank en andere voedselhulp',
  kledingbank: 'gratis of goedkope kleding (ook voor baby en kind)',
  spullen: 'gratis of goedkope spullen en meubels: kringloop, inrichting, babyspullen',
  minima: 'regelingen voor een laag inkomen: bijzondere bijstand, stadspas, kindregeling, fondsen, noodhulp',
  meedoen: 'meedoen met weinig geld: korting of vergoeding voor sport, cultuur, school en uitjes (ook voor kinderen)',
  energie: 'energierekening en energiecoach',
  administratie: 'hulp bij post, brieven, formulieren en belastingaangifte',
  toeslagen: 'hulp bij toeslagen (zorgtoeslag, huurtoeslag, kinderopvangtoeslag)',
  zorgverzekering: 'zorgverzekering: collectieve verzekering van de gemeente, hulp bij kiezen',
  juridisch: 'juridisch advies (sociaal raadslieden, rechtswinkel, advocaat)',
  uitkering: 'uitkering: bijstand aanvragen, vragen over uw uitkering',
  werk: 'werk zoeken, re-integratie, jobcoach',
  'jongeren-school-werk': 'jongeren (16-27) zonder school of werk terug naar een opleiding of baan',
  'beschut-werk': 'beschut werk en werken met begeleiding (sociale werkplaats, werkervaringsplek)',
  vrijwilligerswerk: 'vrijwilligerswerk vinden',
  ondernemers: 'ondernemers en zzp-ers met geldproblemen (Bbz)',
  woningzoeken: 'een woning zoeken: inschrijven, urgentie, verhuizen',
  huurproblemen: 'problemen met huur of verhuurder: onderhoud, schimmel, huurverhoging',
  huurrecht: 'advies over uw rechten tegenover de verhuurder (huurcommissie, borg, huurprijs)',
  huurachterstand: 'huurachterstand en huisuitzetting voorkomen',
  dakloos: 'dak- en thuislozen: opvang, nachtopvang, briefadres',
  'dakloos-jongeren': 'jongeren zonder vaste woonplek: opvang en begeleiding',
  buurtbemiddeling: 'burenruzie, overlast en buurtbemiddeling',
  taal: 'Nederlands leren en oefenen: NT2-les, taalmaatje, taalcafé',
  'taal-kinderen': 'taalontwikkeling van jonge kinderen (voorlezen, peuteropvang met taal)',
  laaggeletterdheid: 'beter leren lezen, schrijven en rekenen (laaggeletterdheid)',
  digitaal: 'hulp met computer, smartphone, internet en DigiD',
  inburgering: 'inburgering en hulp voor statushouders en nieuwkomers',
  asiel: 'juridische hulp bij asiel, verblijfsvergunning en gezinshereniging',
  english: 'services offered in English',
  'english-ggz': 'psychological help in English (psychologist, counsellor)',
  'english-gp': 'a GP practice that sees patients in English',
  internationals: 'for expats, international students and other internationals',
  'welcome-internationals': 'first stop for new internationals: registration, BSN, insurance, GP, schools',
  'werk-internationals': 'finding work as an international or as the partner of one',
  'internationals-contact': 'meeting people and making friends as an international',
  lhbti: 'lhbti+: ontmoeting en steun',
  discriminatie: 'discriminatie melden en advies',
};

export const places = {
  Binnenstad: { gemeente: 'Vlietmonde', pc: '0711' },
  Schependom: { gemeente: 'Vlietmonde', pc: '0713' },
  Rietkamp: { gemeente: 'Vlietmonde', pc: '0715' },
  'De Kooi': { gemeente: 'Vlietmonde', pc: '0717' },
  Gansdorp: { gemeente: 'Gansdorp', pc: '0731' },
  Weerlo: { gemeente: 'Gansdorp', pc: '0735' },
  Lindewaal: { gemeente: 'Lindewaal', pc: '0741' },
  Tjalmerveen: { gemeente: 'Tjalmerveen', pc: '0751' },
  Oosterzijl: { gemeente: 'Tjalmerveen', pc: '0755' },
};

export const organizations = [];
const org = addingTo(organizations);
const REGIO = ['Regio Vlietmonde'];
const ALL4 = ['Vlietmonde', 'Gansdorp', 'Lindewaal', 'Tjalmerveen'];
const GANS = ['Gansdorp', 'Weerlo'];
const TJAL = ['Tjalmerveen', 'Oosterzijl'];
const FREE = 'Gratis.';

// ——— Gemeenten ——————————————————————————————————————————————————————————————
org({ name: 'Gemeente Vlietmonde', place: 'Binnenstad', street: 'Stadhuisplein 1', desc: 'De gemeente Vlietmonde. Hier vindt u de loketten van de gemeente voor zorg, inkomen, werk, wonen en jeugd.' }, [
  svc('Loket Zorg en Ondersteuning', 'Lukt het niet meer om alles zelf te doen? Bijvoorbeeld het huishouden, vervoer of uw dag invullen? Meld uw vraag bij het Loket Zorg en Ondersteuning. Een consulent komt bij u thuis voor een keukentafelgesprek. Daarna hoort u welke maatwerkvoorziening u kunt krijgen.', ['wmo'], { fees: 'Voor de meeste voorzieningen betaalt u een eigen bijdrage via het CAK.', apply: 'Bellen of het meldformulier op de website invullen. Een familielid mag voor u bellen.', hours: 'Telefonisch bereikbaar op werkdagen van 8.30 tot 12.30 uur.' }),
  svc('Woonvoorzieningen', 'Een traplift, een verhoogd toilet, een drempelhulp of een inloopdouche: als u door ziekte of handicap niet goed meer in uw huis kunt wonen, betaalt de gemeente soms mee. Eerst kijkt een ergotherapeut met u mee.', ['woningaanpassing', 'wmo'], { phone: false }),
  svc('Gehandicaptenparkeerkaart', 'Kunt u maar een klein stukje lopen? Dan kunt u een gehandicaptenparkeerkaart aanvragen. Een onafhankelijke arts keurt u. Met de kaart mag u op speciale plaatsen parkeren.', ['parkeerkaart'], { fees: 'Leges € 135,- (de keuring is inbegrepen).' }),
  svc('Bijstandsuitkering', 'Geen inkomen of te weinig om van te leven? Vraag een bijstandsuitkering aan. Dat kan online met DigiD. Wij kijken ook naar uw vermogen en dat van uw partner.', ['uitkering'], { elig: 'Inwoners van de gemeente Vlietmonde van 18 jaar en ouder.', apply: 'Online via het digitale loket. Hulp nodig bij het invullen? Maak een afspraak.' }),
  svc('Bijzondere bijstand', 'Kosten die u niet had verwacht en niet kunt betalen? Denk aan een kapotte koelkast, de eigen bijdrage voor een bewindvoerder of reiskosten naar het ziekenhuis. Soms krijgt u een vergoeding.', ['minima']),
  svc('Stadspas Vlietmonde', 'Met de Stadspas krijgt u korting op het zwembad, de sportclub, de bieb, de film en een dagje uit. Kinderen krijgen ook een eigen pas. De pas is voor huishoudens met een laag inkomen.', ['minima', 'meedoen'], { elig: 'Inkomen tot 125% van het sociaal minimum.', apply: 'Aanvragen via de website of met het formulier uit de bibliotheek.' }),
  svc('Kindregeling', 'Voor ouders met weinig geld: een bijdrage voor schoolspullen, een fiets, een laptop, zwemles of een schoolreisje.', ['meedoen']),
  svc('Individuele inkomenstoeslag', 'Heeft u al drie jaar of langer een laag inkomen en weinig kans op meer? Dan kunt u één keer per jaar een extra bedrag krijgen.', ['minima', 'uitkering']),
  svc('Collectieve zorgverzekering VlietZorg', 'Een goede zorgverzekering voor minder geld. De eigen bijdrage en de tandarts zijn beter verzekerd. Alleen voor inwoners met een laag inkomen.', ['zorgverzekering', 'minima']),
  svc('Leerplicht', 'Spijbelt uw kind of zit het thuis zonder school? De leerplichtambtenaar gaat met u, uw kind en school in gesprek. Ook voor vragen over verlof en vrijstelling.', ['onderwijs']),
  svc('Urgentieverklaring', 'In een noodsituatie kunt u soms met voorrang een huurwoning krijgen. Bijvoorbeeld als u door een scheiding met kinderen zonder woning zit, of als uw huis medisch niet meer gaat. Een commissie beoordeelt uw aanvraag.', ['woningzoeken'], { fees: 'Leges € 52,-' }),
  svc('Briefadres aanvragen', 'Geen vast woonadres, maar wel post, een uitkering of een zorgverzekering nodig? Vraag een briefadres aan. Dat kan ook als u tijdelijk bij vrienden slaapt.', ['dakloos']),
  svc('Inburgering', 'Statushouders en gezinsmigranten maken met de gemeente een plan inburgering en participatie (PIP). U krijgt een vaste regisseur die helpt met taal, werk en meedoen.', ['inburgering']),
  svc('Persoonsgebonden budget (pgb)', 'Wilt u uw ondersteuning zelf inkopen en regelen? Dan kunt u soms een pgb krijgen in plaats van zorg in natura. U moet een budgetplan maken en het pgb zelf beheren, of iemand die dat voor u doet.', ['pgb', 'wmo']),
  svc('Energietoeslag 2023', 'Eenmalige toeslag voor de hoge energierekening. Deze regeling is gestopt.', ['energie', 'minima'], { status: 'inactive' }),
  svc('Bbz zelfstandigen', "Bent u ondernemer of zzp'er en komt u niet meer rond van uw bedrijf? Met het Bbz krijgt u misschien tijdelijk een aanvulling op uw inkomen of een bedrijfskrediet.", ['ondernemers']),
]);
org({ name: 'Gemeente Gansdorp', place: 'Gansdorp', street: 'Brink 3', desc: 'Gemeentehuis Gansdorp, voor de inwoners van Gansdorp en Weerlo.' }, [
  svc('Zorgloket', 'Voor al uw vragen over hulp in het huishouden, hulpmiddelen, vervoer en begeleiding. Spreekuur zonder afspraak.', ['wmo'], { area: GANS, hours: 'Maandag en donderdag 9.00-11.30 uur inloop.' }),
  svc('Werk en inkomen Gansdorp', 'Uitkering aanvragen, wijzigingen doorgeven en hulp bij het vinden van werk.', ['uitkering', 'werk'], { area: GANS }),
  svc('Minimaregelingen', 'Weinig geld? Kijk welke regelingen er zijn: bijzondere bijstand, de meedoenbijdrage voor sport en cultuur, en de collectieve zorgverzekering.', ['minima', 'meedoen', 'zorgverzekering'], { area: GANS }),
  svc('Leerplicht en RMC Gansdorp', 'Jongeren tot 23 jaar zonder diploma of zonder school: de RMC-consulent zoekt met je naar een opleiding of werk.', ['onderwijs'], { area: GANS, phone: false }),
]);
org({ name: 'Gemeente Lindewaal', place: 'Lindewaal', street: 'Raadhuisstraat 12', desc: 'Gemeente Lindewaal.' }, [
  svc('Sociaal Plein Lindewaal', 'Eén plek voor zorg, jeugd, werk en geld. U kunt bellen, mailen of langskomen. Wij helpen u zelf of brengen u in contact met de juiste hulp.', ['wmo', 'wijkteam']),
  svc('Participatie en inkomen', 'Bijstand, IOAW en vragen over uw uitkering. Ook begeleiding naar werk.', ['uitkering', 'werk']),
  svc('Parkeerkaart voor gehandicapten', 'Aanvragen van een parkeerkaart of een eigen gehandicaptenparkeerplaats bij uw woning.', ['parkeerkaart'], { phone: false }),
]);
org({ name: 'Gemeente Tjalmerveen', place: 'Tjalmerveen', street: 'Veenplein 1', desc: 'De gemeente Tjalmerveen met de kernen Tjalmerveen en Oosterzijl.' }, [
  svc('Wmo-consulent', 'Een gesprek over wat u nodig heeft om zelfstandig thuis te blijven wonen en mee te blijven doen.', ['wmo'], { area: TJAL }),
  svc('Uitkering Tjalmerveen', 'Bijstand aanvragen en vragen over uw inkomen.', ['uitkering'], { area: TJAL }),
  svc('Meedoenregeling', 'Een vergoeding voor contributie, zwemles, muziekles of een museumkaart als uw inkomen laag is. Ook voor volwassenen.', ['minima', 'meedoen'], { area: TJAL }),
]);

// ——— Buurtteams ——————————————————————————————————————————————————————————————
org({ name: 'Buurtteams Vlietmonde', place: 'Schependom', street: 'Schepenlaan 44', desc: 'De buurtteams van Vlietmonde. Voor alle inwoners met vragen over zorg, geld, opvoeden, relaties, wonen of werk. Gratis en zonder verwijzing.' }, [
  svc('Buurtteam Binnenstad', 'Kom langs met uw vraag, ook als u niet weet waar u moet beginnen. Wij kijken samen wat er speelt en wie kan helpen.', ['wijkteam'], { area: ['Vlietmonde-Binnenstad'], at: { name: 'Buurtkamer De Gracht', street: 'Grachtstraat 9', place: 'Binnenstad' }, hours: 'Inloop dinsdag en vrijdag 9.30-11.30 uur.' }),
  svc('Buurtteam Schependom', 'Het buurtteam voor Schependom. Maatschappelijk werkers, een wijkverpleegkundige en jeugdconsulenten werken hier samen.', ['wijkteam'], { area: ['Vlietmonde-Schependom'] }),
  svc('Buurtteam Rietkamp', 'Voor bewoners van Rietkamp. Bel voor een afspraak of kom naar ons spreekuur in de buurtkamer.', ['wijkteam'], { area: ['Vlietmonde-Rietkamp'], at: { name: 'Buurtkamer Rietkamp', street: 'Lisdoddeplein 2', place: 'Rietkamp' } }),
  svc('Buurtteam De Kooi', 'Ook als er veel tegelijk misgaat: geld, gezondheid, de kinderen. Eén buurtteammedewerker houdt het overzicht.', ['wijkteam'], { area: ['Vlietmonde-De Kooi'], at: { name: 'Wijkpost De Kooi', street: 'Eendenkooiweg 60', place: 'De Kooi' } }),
  svc('Gezinsteam', 'Zorgen over je kind of over het gezin? Ruzie, gedrag, school, een moeilijke puber? Het gezinsteam praat met ouders en kinderen en regelt zo nodig jeugdhulp.', ['jeugdhulp', 'opvoeden']),
  svc('Algemeen maatschappelijk werk', 'Een paar gesprekken als het even niet gaat. Bij relatieproblemen, geldzorgen, na een verlies of als u vastloopt met instanties.', ['maatschappelijk-werk'], { fees: FREE }),
  svc('Schoolmaatschappelijk werk', 'Op elke school in Vlietmonde werkt een schoolmaatschappelijk werker. Leerlingen, ouders en leerkrachten kunnen bij haar terecht.', ['onderwijs', 'jeugdhulp'], { phone: false }),
  svc('Aanpak huiselijk geweld', 'Is het thuis niet veilig? Slaat, scheldt of bedreigt iemand u of de kinderen? Of maakt u zich zorgen over iemand anders? Onze specialisten helpen u verder, ook als u (nog) niet weg wilt.', ['huiselijk-geweld', 'kindermishandeling'], { phone: false }),
]);
org({ name: 'Sociaal Team Gansdorp', place: 'Gansdorp', street: 'Kerkpad 7', desc: 'Het sociaal team van Gansdorp en Weerlo.' }, [
  svc('Sociaal team', 'Wij zijn er voor iedereen in Gansdorp en Weerlo met vragen over zorg, opvoeden, geld of meedoen. We komen ook thuis.', ['wijkteam', 'opvoeden'], { area: GANS }),
  svc('Maatschappelijk werk Gansdorp', 'Persoonlijke problemen, spanningen in huis of met geld: praat erover met een maatschappelijk werker.', ['maatschappelijk-werk'], { area: GANS }),
]);
org({ name: 'Dorpsteam Tjalmerveen', place: 'Oosterzijl', street: 'Zijlweg 5', desc: 'Dorpsteam voor Tjalmerveen en Oosterzijl.' }, [
  svc('Dorpsteam', 'Heeft u een vraag over zorg, jeugd, geld of wonen? Het dorpsteam helpt. Aanmelden kan ook via de huisarts of school.', ['wijkteam', 'jeugdhulp'], { area: TJAL }),
]);

// ——— Welzijn, ontmoeting en vrijwillige hulp ——————————————————————————————————
org({ name: 'Samen Vliet', place: 'Binnenstad', street: 'Gasthuisstraat 18', desc: 'Welzijnsorganisatie in Vlietmonde: buurtkamers, ouderenwerk, vrijwillige hulp en maatjes.' }, [
  svc('Buurtkamer De Gracht', 'Even een kop koffie en een praatje? De buurtkamer is open voor iedereen. Er is elke week een spelletjesmiddag en een creatieve ochtend.', ['buurthuis', 'ontmoeting', 'eenzaamheid'], { area: ['Vlietmonde-Binnenstad'], at: { name: 'Buurtkamer De Gracht', street: 'Grachtstraat 9', place: 'Binnenstad' }, hours: 'Maandag t/m donderdag 10.00-16.00 uur.' }),
  svc('Buurtkamer Schependom', 'Een huiskamer in de wijk waar u zonder afspraak binnenloopt. Koffie, kranten, een luisterend oor en soms een gezamenlijke lunch.', ['buurthuis', 'ontmoeting', 'eenzaamheid'], { area: ['Vlietmonde-Schependom'], at: { name: 'Buurtkamer Schependom', street: 'Schepenlaan 46', place: 'Schependom' } }),
  svc('Buurtkamer Rietkamp', 'Inloop, koffie en activiteiten voor buurtbewoners. Op woensdag samen koken.', ['buurthuis', 'ontmoeting', 'eenzaamheid', 'maaltijden'], { area: ['Vlietmonde-Rietkamp'], at: { name: 'Buurtkamer Rietkamp', street: 'Lisdoddeplein 2', place: 'Rietkamp' } }),
  svc('Buurtkamer De Kooi', 'Open huiskamer met koffie, handwerken en een wekelijkse bingo. Iedereen is welkom.', ['buurthuis', 'ontmoeting', 'eenzaamheid'], { area: ['Vlietmonde-De Kooi'], at: { name: 'Wijkpost De Kooi', street: 'Eendenkooiweg 60', place: 'De Kooi' } }),
  svc('Ouderenadviseur', 'Vragen over ouder worden? Over langer thuis wonen, zorg regelen, uw geldzaken of een seniorenwoning? De ouderenadviseur komt bij u thuis en zoekt het met u uit.', ['ouderenadvies'], { elig: 'Voor inwoners van 65 jaar en ouder en hun familie.' }),
  svc('Maatjesproject Samen op Pad', 'Zit u veel alleen en mist u iemand om mee te wandelen, te praten of naar de markt te gaan? Wij koppelen u aan een vrijwilliger die één keer per week langskomt.', ['eenzaamheid']),
  svc('Belcirkel', 'Elke ochtend een telefoontje: hoe gaat het met u? Deelnemers bellen elkaar in een vaste volgorde. Neemt iemand niet op, dan gaat er iemand kijken.', ['eenzaamheid', 'alarmering'], { phone: false }),
  svc('Vrijwillige Thuishulp', 'Voor kleine klusjes in huis zoals een lamp ophangen, een gordijnrail of een kapotte kraan, en voor boodschappen als u zelf niet kunt. Vrijwilligers doen het met plezier.', ['klussen', 'boodschappen'], { fees: 'U betaalt alleen de materialen.' }),
  svc('Formulierenbrigade', 'Brieven van de Belastingdienst, het CAK of de gemeente die u niet snapt? Een vrijwilliger helpt u met lezen, invullen en ordenen.', ['administratie', 'toeslagen'], { hours: 'Woensdag 13.30-15.30 uur in Buurtkamer De Gracht.', at: { name: 'Buurtkamer De Gracht', street: 'Grachtstraat 9', place: 'Binnenstad' } }),
  svc('Rouwgroep Na het Verlies', 'Acht bijeenkomsten voor volwassenen die een dierbare hebben verloren. Met een begeleider praat u met anderen die hetzelfde meemaken.', ['rouw'], { fees: '€ 15,- voor alle bijeenkomsten.' }),
  svc('Eettafel Samen Aan Tafel', 'Twee keer per week een warme maaltijd in de buurtkamer. Lekker eten en gezelschap.', ['maaltijden', 'ontmoeting', 'eenzaamheid'], { fees: '€ 6,50 per maaltijd.', area: ['Vlietmonde'], at: { name: 'Buurtkamer Schependom', street: 'Schepenlaan 46', place: 'Schependom' } }),
]);
org({ name: 'Welzijn Lindewaal', place: 'Lindewaal', street: 'Lindeplein 4', desc: 'Stichting voor welzijn, ouderenwerk en vrijwilligers in Lindewaal.' }, [
  svc('Dorpshuis De Linde', 'Het dorpshuis van Lindewaal. Koffie-inloop, biljarten, de breiclub, yoga voor senioren en elke maand een muziekmiddag.', ['buurthuis', 'ontmoeting']),
  svc('Ouderenwerk Lindewaal', 'Huisbezoek bij 75-plussers, advies over wonen en zorg, en hulp bij het aanvragen van voorzieningen.', ['ouderenadvies']),
  svc('Hulpdienst Lindewaal', 'Vrijwilligers rijden u naar de dokter of het ziekenhuis, doen een boodschap of helpen met een klusje.', ['vervoer', 'boodschappen', 'klussen'], { fees: '€ 0,35 per kilometer.' }),
  svc('Mantelzorgsteun Lindewaal', 'Zorgt u voor uw man, vrouw, kind of ouder? Onze ouderenwerker luistert, regelt een vrijwilliger voor een vrije middag en kent de regelingen.', ['mantelzorg', 'respijt'], { phone: false }),
  svc('Open Tafel', 'Op dinsdag en vrijdag kunt u aanschuiven voor de lunch in het dorpshuis. Aanmelden een dag van tevoren.', ['maaltijden', 'ontmoeting', 'eenzaamheid'], { at: { name: 'Dorpshuis De Linde', street: 'Lindeplein 4', place: 'Lindewaal' } }),
]);
org({ name: 'Stichting Omzien', place: 'Weerlo', street: 'Molenweg 2', desc: 'Vrijwilligers uit Gansdorp en Weerlo die naar elkaar omkijken.' }, [
  svc('Koffieochtend Weerlo', 'Elke donderdagochtend koffie in het oude schoolgebouw. Gewoon gezellig, voor jong en oud.', ['ontmoeting', 'eenzaamheid', 'buurthuis'], { phone: false }),
  svc('Bezoekdienst', 'Een vrijwilliger komt regelmatig bij u op bezoek voor een praatje, een spelletje of een wandeling.', ['eenzaamheid'], { area: GANS }),
  svc('Thuisadministratie', 'Stapels post en geen overzicht meer? Een getrainde vrijwilliger helpt u thuis om uw papieren te ordenen en rekeningen op tijd te betalen.', ['administratie', 'geldzorgen'], { area: GANS }),
  svc('Buurtbus Gansdorp', 'De buurtbus rijdt op werkdagen tussen Weerlo, Gansdorp en het station van Vlietmonde. Vrijwillige chauffeurs.', ['vervoer'], { area: GANS, phone: false }),
]);
org({ name: "Dorpshuis 't Veenhuys", place: 'Tjalmerveen', street: 'Turfstraat 1', desc: 'Het dorpshuis van Tjalmerveen.' }, [
  svc('Inloop en activiteiten', 'Koffie, de kaartclub, volksdansen en de soos voor 55-plussers. Kijk op het prikbord wat er deze week is.', ['buurthuis', 'ontmoeting'], { area: TJAL }),
  svc('Computerhulp in het dorpshuis', 'Vragen over uw tablet, mobiel of laptop? Neem hem mee op maandagmiddag. Vrijwilligers helpen u met mailen, appen en inloggen met DigiD.', ['digitaal'], { area: TJAL, phone: false }),
]);

// ——— Mantelzorg en vrijwilligers ——————————————————————————————————————————————
org({ name: 'Mantelzorgpunt Vlietmonde', place: 'Schependom', street: 'Schepenlaan 48', desc: 'Steunpunt voor iedereen die zorgt voor een naaste: een partner, ouder, kind of buur.' }, [
  svc('Mantelzorgconsulent', 'Zorgt u voor iemand die ziek is, oud of een beperking heeft? En kost dat veel energie? Praat met onze consulent. Zij helpt u om de zorg vol te houden en zoekt met u naar ondersteuning.', ['mantelzorg'], { area: ALL4 }),
  svc('Mantelzorgcafé', 'Eens per maand een avond met mantelzorgers onder elkaar, soms met een spreker. Over grenzen stellen, regelen en schuldgevoel.', ['mantelzorg'], { area: ALL4 }),
  svc('Jonge Zorgers', 'Heb jij thuis een broer, zus of ouder die ziek is, verslaafd of een beperking heeft? Bij Jonge Zorgers doe je leuke dingen met andere jongeren die dat ook kennen. En je kunt praten met een coach.', ['jonge-mantelzorg'], { elig: 'Voor jongeren van 8 tot 24 jaar.', area: ALL4 }),
  svc('Even Vrij', 'Een getrainde vrijwilliger neemt een dagdeel per week de zorg van u over. Zo kunt u even weg zonder zorgen.', ['respijt', 'mantelzorg'], { area: ALL4 }),
  svc('Mantelzorgwaardering', 'Eén keer per jaar een blijk van waardering: een cadeaubon of een uitje. Aanmelden voor 1 november.', ['mantelzorg'], { area: ['Vlietmonde'], phone: false }),
  svc('Cursus Zorgen voor jezelf', 'Online cursus van vier weken voor mantelzorgers die op hun tandvlees lopen. In je eigen tempo, met een coach die meeleest.', ['mantelzorg'], { area: REGIO, online: true, phone: false }),
]);
org({ name: 'Logeerhuis De Ankerplaats', place: 'Rietkamp', street: 'Kalmoesweg 30', desc: 'Logeerhuis voor mensen met dementie of een beperking.' }, [
  svc('Logeren', 'Uw partner of ouder logeert een weekend of een week bij ons. U kunt bijkomen, op vakantie of naar een bruiloft. Dag en nacht is er begeleiding.', ['respijt', 'dementie'], { area: REGIO, fees: 'Vergoed via de Wmo of de Wlz; anders € 95,- per etmaal.' }),
]);
org({ name: 'Vrijwilligerscentrale Vlietmonde', place: 'Binnenstad', street: 'Oudegracht 71', desc: 'Vraag en aanbod van vrijwilligerswerk in de regio.' }, [
  svc('Vacaturebank', 'Meer dan 300 vacatures voor vrijwilligers: in de zorg, de sport, de natuur of bij het taalcafé. Wij helpen u kiezen.', ['vrijwilligerswerk'], { area: REGIO }),
  svc('Vrijwilligerswerk op maat', 'Wilt u vrijwilligerswerk doen maar heeft u een beperking, psychische klachten of spreekt u nog weinig Nederlands? Wij zoeken met u een plek die past en begeleiden de start.', ['vrijwilligerswerk', 'beschut-werk'], { area: REGIO }),
]);
org({ name: 'Gezinsmaatjes Vlietland', place: 'De Kooi', street: 'Kooikersweg 12', desc: 'Vrijwillige ondersteuning voor gezinnen met jonge kinderen.' }, [
  svc('Gezinsmaatje', 'Een ervaren moeder of vader komt een dagdeel per week bij u thuis. Voor een praatje, hulp met de kinderen of om samen dingen uit te zoeken. Voor gezinnen met minstens één kind onder de 7.', ['opvoeden'], { area: ALL4 }),
]);

// ——— Geld, schulden en rechten ————————————————————————————————————————————————
org({ name: 'Schuldhulp Vlietmonde', place: 'Binnenstad', street: 'Stadhuisplein 3', desc: 'Schuldhulpverlening voor de vier gemeenten van de regio, in opdracht van de gemeenten.' }, [
  svc('Schuldhulpverlening', 'Rekeningen stapelen zich op en u ziet het niet meer zitten? Meld u aan. Samen maken we een overzicht van uw schulden, inkomsten en uitgaven. Daarna kijken we wat nodig is: een betalingsregeling, een schuldregeling of eerst rust met een moratorium.', ['schulden'], { area: ALL4, fees: FREE, apply: 'Bel, mail of loop binnen. U krijgt binnen drie werkdagen een eerste gesprek.' }),
  svc('Vroeg Eropaf', 'Loopt u achter met de huur, de energie of de zorgverzekering? Dan krijgen wij daarover een signaal. We bellen aan om te helpen voordat de problemen groot worden.', ['schulden', 'huurachterstand'], { area: ALL4, phone: false }),
  svc('Cursus Grip op je Geld', 'In vijf avonden leert u een budget maken, besparen en omgaan met post en rekeningen.', ['geldzorgen'], { area: ALL4, fees: FREE }),
  svc('Nieuwe Start', 'Jongeren van 18 tot 27 met schulden krijgen een coach, hulp bij werk of school, en de gemeente regelt de schulden. Jij houdt je aan de afspraken.', ['schulden-jongeren', 'schulden'], { area: ALL4 }),
  svc('Ondernemers in geldnood', "Loopt uw zaak vast of kunt u uw rekeningen niet meer betalen als zzp'er? Een adviseur met verstand van ondernemen kijkt met u mee, ook naar stoppen of doorstarten.", ['ondernemers'], { area: ALL4 }),
]);
org({ name: 'Geldmaatjes Vlietland', place: 'Rietkamp', street: 'Lisdoddeplein 2', desc: 'Getrainde vrijwilligers die een jaar lang meegaan met mensen met geldzorgen.' }, [
  svc('Geldmaatje', 'Moeite om rond te komen of bang voor de brievenbus? Een geldmaatje helpt u een jaar lang om overzicht te krijgen en te houden. Vertrouwelijk en gratis.', ['geldzorgen', 'administratie'], { area: ALL4, fees: FREE }),
  svc('Belastingspreekuur', 'Hulp bij uw aangifte inkomstenbelasting en bij het aanvragen of wijzigen van toeslagen. Neem uw DigiD-gegevens mee.', ['administratie', 'toeslagen'], { hours: 'Maart t/m mei, zaterdag 10.00-13.00 uur.' }),
]);
org({ name: 'Balans Bewind', place: 'Gansdorp', street: 'Stationsweg 19', desc: 'Kantoor voor beschermingsbewind en budgetbeheer.' }, [
  svc('Beschermingsbewind', 'Lukt het niet om zelf uw geldzaken te regelen, door schulden, ziekte of een beperking? De kantonrechter kan ons als bewindvoerder aanwijzen. Wij beheren dan uw inkomen en betalen uw vaste lasten.', ['bewindvoering'], { area: REGIO, fees: 'De kosten worden vaak vergoed via bijzondere bijstand.' }),
  svc('Budgetbeheer', 'Wij betalen uw huur, energie en verzekeringen op tijd. U krijgt elke week leefgeld. Zonder rechter, u kunt zelf stoppen.', ['bewindvoering', 'geldzorgen'], { area: REGIO }),
]);
org({ name: 'Bureau Ter Horst', place: 'Binnenstad', street: 'Hoogstraat 33', desc: 'Mentorschap, curatele en bewind.' }, [
  svc('Mentorschap', 'Kan iemand door dementie, een verstandelijke beperking of psychische ziekte geen beslissingen meer nemen over zorg en behandeling? Een mentor doet dat samen met of namens hem of haar.', ['bewindvoering', 'lvb'], { area: REGIO }),
  svc('Curatele', 'De zwaarste maatregel: de curator regelt zowel geld als persoonlijke zaken. Alleen als lichtere maatregelen niet genoeg zijn.', ['bewindvoering'], { area: REGIO, phone: false }),
]);
org({ name: 'Voedselbank Vlietmonde', place: 'De Kooi', street: 'Industrieweg 8', desc: 'Voedselhulp voor huishoudens die tijdelijk niet genoeg geld hebben voor eten.' }, [
  svc('Voedselpakket', 'Elke week een pakket met houdbaar eten, groente, brood en zuivel. Een hulpverlener meldt u aan; wij kijken of u onder de norm valt.', ['voedselbank'], { area: ['Vlietmonde', 'Lindewaal'], apply: 'Aanmelden via het buurtteam, maatschappelijk werk of schuldhulp.' }),
  svc('Uitgiftepunt Gansdorp', 'Ophalen van het voedselpakket op vrijdagmiddag in de zaal van de Dorpskerk.', ['voedselbank'], { area: GANS, at: { name: 'Dorpskerk Gansdorp', street: 'Brink 9', place: 'Gansdorp' } }),
  svc('Uitgiftepunt Tjalmerveen', 'Pakketten voor inwoners van Tjalmerveen en Oosterzijl, op donderdag.', ['voedselbank'], { area: TJAL, at: { name: "Dorpshuis 't Veenhuys", street: 'Turfstraat 1', place: 'Tjalmerveen' }, phone: false }),
]);
org({ name: 'De Kledingkast', place: 'Schependom', street: 'Ambachtsweg 21', desc: 'Winkel met gratis kleding voor mensen met een smalle beurs.' }, [
  svc('Kledingkast', 'Gratis kleding, schoenen en beddengoed voor volwassenen en kinderen. U mag vier keer per jaar komen met een verwijzing.', ['kledingbank'], { hours: 'Dinsdag en zaterdag 10.00-13.00 uur.' }),
  svc('Babykamer', 'Kinderwagens, babykleding, een bedje en een box voor aanstaande ouders die het zelf niet kunnen kopen.', ['spullen', 'kledingbank'], { phone: false }),
]);
org({ name: 'Noodfonds Vlietland', place: 'Binnenstad', street: 'Kerkplein 2', desc: 'Fonds van kerken en particulieren voor mensen in financiële nood.' }, [
  svc('Noodhulp', 'Een acuut geldprobleem dat niemand anders oplost? Denk aan een afgesloten energieaansluiting of geen geld voor de begrafenis. Alleen via een hulpverlener aan te vragen.', ['minima'], { area: REGIO, phone: false }),
]);
org({ name: 'Raadslieden Vlietmonde', place: 'Binnenstad', street: 'Oudegracht 71', desc: 'Sociaal raadslieden: gratis advies over regels, rechten en instanties.' }, [
  svc('Sociaal raadslieden', 'Een brief van het UWV die u niet begrijpt? Een boete, een ontslag of een conflict met een instantie? Een sociaal raadsman legt uit wat uw rechten zijn en helpt met bezwaar maken.', ['juridisch', 'administratie', 'uitkering'], { area: ALL4, fees: FREE, hours: 'Spreekuur maandag, woensdag en vrijdag 9.00-12.00 uur.' }),
  svc('Toeslagenspreekuur', 'Moet u toeslagen terugbetalen of weet u niet waar u recht op heeft? Wij rekenen het met u uit en helpen met de aanvraag.', ['toeslagen'], { area: ALL4 }),
]);
org({ name: 'Rechtswinkel Vlietmonde', place: 'Binnenstad', street: 'Hoogstraat 4', desc: 'Rechtenstudenten geven gratis juridisch advies.' }, [
  svc('Gratis rechtshulp', 'Vragen over huur, werk, consumentenzaken of familierecht? Studenten van de rechtenfaculteit zoeken het voor u uit, onder toezicht van een advocaat.', ['juridisch'], { area: REGIO, fees: FREE, phone: false }),
]);
org({ name: 'Advocatenkollektief Vliet', place: 'Schependom', street: 'Kanaalkade 17', desc: 'Sociale advocatuur.' }, [
  svc('Advocaat met toevoeging', 'Wij werken voor mensen met een laag inkomen, met een toevoeging van de Raad voor Rechtsbijstand. Onder meer vreemdelingenrecht, familierecht, huurrecht en sociale zekerheid.', ['juridisch', 'asiel'], { area: REGIO, fees: 'Met toevoeging betaalt u een eigen bijdrage naar inkomen.' }),
]);
org({ name: 'Energiecoaches Vlietmonde', place: 'Rietkamp', street: 'Kalmoesweg 2', desc: 'Vrijwillige energiecoaches.' }, [
  svc('Energiecoach aan huis', 'Hoge energierekening? Een energiecoach komt bij u thuis, kijkt naar uw meter en uw apparaten en geeft tips om te besparen. U krijgt gratis tochtstrips en ledlampen.', ['energie'], { area: ALL4, fees: FREE }),
  svc('Fixteam', 'Vrijwilligers plaatsen radiatorfolie, tochtstrips en een waterbesparende douchekop. Voor huurders en eigenaren met een klein inkomen.', ['energie', 'klussen'], { area: ['Vlietmonde'], phone: false }),
]);

// ——— Wonen en dakloosheid ————————————————————————————————————————————————————
org({ name: 'Woonstede Vliet', place: 'Binnenstad', street: 'Stationsplein 5', desc: 'Woningcorporatie met 9.000 huurwoningen in de regio Vlietmonde.' }, [
  svc('Inschrijven als woningzoekende', 'Schrijf u in om te reageren op huurwoningen. Hoe langer u ingeschreven staat, hoe meer kans. Er zijn ook woningen voor ouderen en jongeren.', ['woningzoeken'], { area: REGIO, fees: 'Inschrijfgeld € 20,-' }),
  svc('Betaalproblemen huur', 'Kunt u de huur deze maand niet betalen? Bel ons meteen. We maken een betalingsregeling en wijzen u de weg naar hulp. Zo voorkomen we een ontruiming.', ['huurachterstand'], { area: REGIO }),
  svc('Reparatieverzoek', 'Lekkage, schimmel, een kapotte cv-ketel of een deur die niet sluit? Geef het door. Wij komen het repareren.', ['huurproblemen'], { area: REGIO, phone: false }),
  svc('Woonconsulent', 'Last van overlast door buren of zorgen over een buurman die verwaarloost? De woonconsulent praat met iedereen en schakelt hulp in.', ['buurtbemiddeling'], { area: REGIO }),
]);
org({ name: 'Huurdersteunpunt Vlietland', place: 'Schependom', street: 'Kanaalkade 9', desc: 'Onafhankelijk advies voor huurders.' }, [
  svc('Huurspreekuur', 'Problemen met uw verhuurder? Te hoge huur, achterstallig onderhoud, schimmel of een huurverhoging die niet klopt? Wij helpen u gratis, ook bij de huurcommissie.', ['huurproblemen', 'huurrecht', 'juridisch'], { area: REGIO, fees: FREE }),
]);
org({ name: 'Buurtbemiddeling Vlietmonde', place: 'Rietkamp', street: 'Lisdoddeplein 2', desc: 'Vrijwillige bemiddelaars bij burenconflicten.' }, [
  svc('Buurtbemiddeling', 'Ruzie met de buren over lawaai, de tuin of de kinderen? Twee bemiddelaars praten eerst met u, dan met de buren, en daarna samen. Ze kiezen geen kant.', ['buurtbemiddeling'], { area: ALL4, fees: FREE }),
]);
org({ name: 'Stichting Onderdak Vliet', place: 'De Kooi', street: 'Havenweg 40', desc: 'Maatschappelijke opvang en begeleiding voor mensen zonder thuis.' }, [
  svc('Centrale toegang', 'Geen plek om te slapen of binnenkort op straat? Meld u bij de centrale toegang. We kijken samen welke opvang past en wat u nodig heeft om weer een huis te vinden.', ['dakloos'], { area: REGIO, hours: 'Elke dag bereikbaar van 9.00 tot 21.00 uur.' }),
  svc('Nachtopvang De Haven', 'Een bed, een douche en een ontbijt. Binnen vanaf 21.00 uur, vertrek om 9.00 uur.', ['dakloos'], { area: REGIO, fees: '€ 4,- per nacht.', apply: 'Via de centrale toegang.' }),
  svc('Dagopvang Het Anker', 'Overdag kunt u hier terecht voor koffie, een maaltijd, de wasmachine en een praatje met een begeleider. Ook postadres.', ['dakloos'], { area: REGIO, hours: 'Dagelijks 9.00-17.00 uur.' }),
  svc('Jongerenopvang Het Plein', 'Voor jongeren van 18 tot 23 die nergens kunnen wonen of van bank naar bank gaan. Een kamer, een mentor en hulp bij school, werk en geld.', ['dakloos-jongeren', 'dakloos'], { area: REGIO }),
  svc('Housing First', 'Eerst een eigen huis, dan de rest. Voor mensen die lang dakloos waren en veel problemen hebben. Een begeleider komt aan huis zo vaak als nodig.', ['dakloos', 'ambulante-begeleiding'], { area: REGIO, phone: false }),
]);

// ——— Veiligheid en geweld ————————————————————————————————————————————————————
org({ name: 'Stichting Veilige Haven', secretAddress: true, place: 'Binnenstad', street: '-', desc: 'Opvang voor vrouwen, mannen en kinderen die thuis niet veilig zijn.' }, [
  svc('Crisisopvang', 'Kunt u niet meer thuis blijven omdat u daar niet veilig bent? In de crisisopvang kunt u direct terecht, met uw kinderen. Het adres is geheim.', ['vrouwenopvang', 'huiselijk-geweld'], { area: REGIO, hours: 'Dag en nacht bereikbaar.' }),
  svc('Opvang voor mannen', 'Ook mannen worden thuis mishandeld of bedreigd. Wij hebben een aparte opvang voor mannen, ook met kinderen.', ['vrouwenopvang', 'huiselijk-geweld'], { area: REGIO }),
]);
org({ name: 'Steunpunt Huiselijk Geweld Vlietland', alt: 'SHG Vlietland', place: 'Schependom', street: 'Kanaalkade 30', desc: 'Advies- en meldpunt voor huiselijk geweld en kindermishandeling in de regio Vlietmonde.' }, [
  svc('Advies en melding', 'Vermoedt u dat een kind, een partner of een oudere thuis mishandeld wordt? Of gebeurt het bij u? U kunt anoniem advies vragen of een melding doen. Wij onderzoeken de situatie en zorgen dat er hulp komt.', ['huiselijk-geweld', 'kindermishandeling', 'ouderenmishandeling'], { area: REGIO, hours: '24 uur per dag, 7 dagen per week.' }),
  svc('Ouderen in de knel', 'Wordt een oudere onder druk gezet om geld te geven, verwaarloosd of uitgescholden door familie of een verzorger? Wij denken mee, ook met professionals.', ['ouderenmishandeling'], { area: REGIO }),
  svc('Training meldcode', 'Training voor medewerkers van scholen, zorg en welzijn: signalen herkennen, in gesprek gaan en de stappen van de meldcode zetten.', ['training-huiselijk-geweld'], { area: REGIO, fees: '€ 145,- per deelnemer.' }),
  svc('Stop de Spiraal', 'Loopt een ruzie vaak uit de hand en wordt u dan handtastelijk of dreigend? In deze groepstraining leert u uw boosheid eerder herkennen en anders reageren.', ['agressie', 'huiselijk-geweld'], { area: REGIO }),
]);
org({ name: 'Centrum na Seksueel Geweld Vlietland', place: 'Binnenstad', street: 'Ziekenhuislaan 1', desc: 'Hulp na verkrachting, aanranding of ander seksueel geweld, in het ziekenhuis van Vlietmonde.' }, [
  svc('Acute hulp na seksueel geweld', 'Is het minder dan een week geleden? Kom dan zo snel mogelijk. Een arts en een verpleegkundige zorgen voor medisch onderzoek, medicijnen tegen zwangerschap en soa, en sporenonderzoek als u dat wilt.', ['seksueel-geweld'], { area: REGIO, hours: 'Dag en nacht.' }),
  svc('Nazorg en gesprekken', 'Ook als het langer geleden is kunt u bij ons terecht voor gesprekken en traumabehandeling.', ['seksueel-geweld'], { area: REGIO }),
]);
org({ name: 'Slachtofferloket Vlietland', place: 'Schependom', street: 'Kanaalkade 30', desc: 'Steun voor slachtoffers van misdrijven en verkeersongevallen.' }, [
  svc('Slachtofferhulp', 'Bent u beroofd, bedreigd, mishandeld of betrokken geweest bij een verkeersongeluk? Een medewerker helpt met aangifte, schadevergoeding, de rechtszaak en de emoties.', ['slachtofferhulp'], { area: REGIO, fees: FREE }),
]);

// ——— GGZ, herstel en verslaving ——————————————————————————————————————————————
org({ name: 'GGZ Vlietstroom', place: 'Schependom', street: 'Parklaan 100', desc: 'Geestelijke gezondheidszorg voor volwassenen en ouderen in de regio Vlietmonde. U heeft een verwijzing van de huisarts nodig.' }, [
  svc('Basis GGZ', 'Kortdurende behandeling bij lichte tot matige klachten, zoals een depressie, een angststoornis of aanhoudende spanning. Gesprekken met een psycholoog, soms online.', ['ggz', 'somberheid', 'angst', 'stress'], { area: REGIO, apply: 'Met een verwijsbrief van de huisarts.' }),
  svc('Behandelcentrum Stemming en Angst', 'Specialistische behandeling als de klachten ernstig zijn of lang duren: cognitieve gedragstherapie, medicatie en groepstherapie.', ['ggz', 'somberheid', 'angst'], { area: REGIO }),
  svc('Traumacentrum', 'Herbelevingen, nachtmerries, schrikken van geluiden? Na een schokkende gebeurtenis kan PTSS ontstaan. Wij behandelen met EMDR en imaginaire exposure.', ['trauma', 'ggz'], { area: REGIO }),
  svc('FACT Vlietmonde', 'Een team van psychiater, verpleegkundigen, ervaringsdeskundige en woonbegeleider voor mensen met een ernstige psychiatrische aandoening, zoals psychose of bipolaire stoornis. We komen bij u thuis.', ['epa', 'ggz'], { area: ['Vlietmonde'] }),
  svc('FACT Gansdorp-Lindewaal-Tjalmerveen', 'Ambulant team voor langdurende psychiatrische zorg in de kleine kernen. Ook bij verward gedrag en zorgmijding.', ['epa', 'ggz'], { area: ['Gansdorp', 'Lindewaal', 'Tjalmerveen'] }),
  svc('Crisisdienst', 'Acute psychiatrische hulp, dag en nacht. Alleen bereikbaar via de huisarts, de huisartsenpost of de politie.', ['ggz-crisis'], { area: REGIO, phone: false }),
  svc('Ouderenpsychiatrie', 'Voor 65-plussers met psychische klachten, zoals depressie op latere leeftijd, angst of achterdocht. Ook onderzoek bij twijfel over dementie.', ['ggz', 'somberheid', 'dementie'], { area: REGIO }),
  svc('Eetstoornissen', 'Behandeling voor volwassenen met anorexia, boulimia of eetbuistoornis. Ook voor naasten.', ['eetstoornis', 'ggz'], { area: REGIO }),
]);
org({ name: 'Psychologenpraktijk Lindenhof', place: 'Lindewaal', street: 'Kerkstraat 22', desc: 'Vrijgevestigde psychologen.' }, [
  svc('Psycholoog', 'Hulp bij somberheid, angst, burn-out en problemen in relaties. Wachttijd ongeveer zes weken.', ['ggz', 'somberheid', 'angst', 'stress'], { area: ['Lindewaal', 'Tjalmerveen', 'Gansdorp'] }),
]);
org({ name: 'Mindwell Psychology', place: 'Binnenstad', street: 'Kaasmarkt 8', desc: 'English-speaking psychologists in Vlietmonde.' }, [
  svc('Therapy in English', 'Feeling anxious, low, burnt out or struggling to settle in the Netherlands? Our psychologists work in English with adults and couples. Covered by Dutch health insurance with a GP referral.', ['english-ggz', 'english', 'internationals'], { area: REGIO, lang: ['en'] }),
]);
org({ name: 'Mentaal Online', place: 'Binnenstad', street: 'Parklaan 100', desc: 'Gratis online programma’s van GGZ Vlietstroom en de gemeenten, zonder verwijzing.' }, [
  svc('Minder piekeren', 'Online programma van zes weken. Je leert je zorgen te herkennen en er anders mee om te gaan. Met korte filmpjes en oefeningen.', ['angst'], { area: REGIO, online: true, phone: false }),
  svc('Beter slapen', 'Lig je wakker of word je steeds vroeg wakker? Deze online slaapcursus helpt je je slaapritme te herstellen, met een slaapdagboek en ontspanningsoefeningen.', ['slapen'], { area: REGIO, online: true, phone: false }),
  svc('Chat met een ervaringsdeskundige', 'Anoniem chatten met iemand die zelf psychische problemen heeft gehad. Niet voor acute nood.', ['herstel'], { area: REGIO, online: true, phone: false, hours: 'Elke avond 19.00-23.00 uur.' }),
]);
org({ name: 'Herstelhuis De Oever', place: 'Rietkamp', street: 'Kalmoesweg 14', desc: 'Herstelacademie en inloop, gerund door ervaringsdeskundigen.' }, [
  svc('Herstelacademie', 'Cursussen en werkgroepen over leven met psychische kwetsbaarheid: herstellen, je verhaal vertellen, omgaan met stemmen. Door en voor mensen met ervaring.', ['herstel'], { area: REGIO, fees: FREE }),
  svc('Inloop De Oever', 'Een plek om te zijn, koffie te drinken en mensen te ontmoeten die het snappen. Geen indicatie nodig.', ['herstel'], { area: REGIO, hours: 'Dinsdag t/m vrijdag 11.00-16.00 uur.' }),
]);
org({ name: 'Stichting Thuisbasis', place: 'Rietkamp', street: 'Kalmoesweg 40', desc: 'Wonen en begeleiding voor mensen met psychische problemen of een verstandelijke beperking.' }, [
  svc('Beschermd wonen De Rietkraag', 'Een eigen kamer in een woonvorm met 24 uur per dag begeleiding. Voor volwassenen die door psychische problemen (nog) niet zelfstandig kunnen wonen.', ['beschermd-wonen'], { area: REGIO, apply: 'U heeft een indicatie beschermd wonen van de gemeente Vlietmonde nodig.' }),
  svc('Ambulante woonbegeleiding', 'Een vaste begeleider komt bij u thuis. Samen werkt u aan uw huishouden, geld, dagritme en contacten. Voor mensen met psychische problemen of een licht verstandelijke beperking.', ['ambulante-begeleiding', 'lvb'], { area: REGIO, apply: 'Met een Wmo-beschikking of pgb.' }),
  svc('Trainingshuis', 'Jongvolwassenen van 18 tot 25 oefenen in een trainingshuis met zelfstandig wonen: koken, geld, werk en school.', ['beschermd-wonen', 'lvb'], { area: REGIO }),
]);
org({ name: 'Kompas Verslavingszorg', place: 'De Kooi', street: 'Havenweg 12', desc: 'Hulp bij verslaving aan alcohol, drugs, gokken en gamen, voor gebruikers en hun omgeving.' }, [
  svc('Alcohol- en drugspoli', 'Drinkt u meer dan u wilt, of gebruikt u drugs en lukt minderen niet? Wij bieden gesprekken, detox en behandeling. Aanmelden kan zonder verwijzing.', ['verslaving', 'alcohol', 'drugs'], { area: REGIO }),
  svc('Gokken en gamen', 'Gaat uw geld op aan gokken of bepaalt gamen uw dag? Behandeling en online hulp, ook anoniem.', ['gokken-gamen', 'verslaving'], { area: REGIO, online: true }),
  svc('Jong & Middelen', 'Voor jongeren tot 23 die veel blowen, drinken of andere middelen gebruiken, en voor hun ouders. Een paar gesprekken of een training.', ['verslaving-jongeren'], { area: REGIO }),
  svc('Naastengroep', 'Is uw partner, kind of ouder verslaafd? In de naastengroep krijgt u steun en leert u hoe u voor uzelf zorgt.', ['verslaving-naasten'], { area: REGIO }),
  svc('Huiskamer Havenweg', 'Inloop voor mensen die drugs of alcohol gebruiken. Koffie, een maaltijd, schone spullen en medische zorg.', ['drugs'], { area: REGIO, hours: 'Maandag t/m zaterdag 10.00-15.00 uur.' }),
  svc('Voorlichting op school', 'Gastlessen over alcohol, roken, blowen en gamen voor groep 8 en de middelbare school. Ook ouderavonden.', ['voorlichting-middelen'], { area: REGIO, phone: false }),
]);
org({ name: 'Zelfhulpgroep Nuchter', place: 'Binnenstad', street: 'Kerkplein 2', desc: 'Lotgenotengroep voor mensen die willen stoppen met drinken.' }, [
  svc('Nuchter', 'Elke maandagavond een bijeenkomst voor mensen die willen stoppen met drinken. Anoniem, gratis, geen aanmelding nodig.', ['alcohol', 'verslaving'], { phone: false, hours: 'Maandag 20.00 uur in het zaaltje achter de kerk.' }),
  svc('Sober Circle', 'English-speaking meeting for anyone who wants to quit drinking. Thursdays 19:30, no sign-up.', ['alcohol', 'verslaving', 'english'], { phone: false, lang: ['en'] }),
]);

// ——— Dementie, ouderenzorg en thuiszorg ———————————————————————————————————————
org({ name: 'Dementienetwerk Vlietmonde', place: 'Schependom', street: 'Parklaan 60', desc: 'Samenwerking van zorg en welzijn voor mensen met dementie en hun naasten.' }, [
  svc('Casemanagement dementie', 'Als de diagnose dementie is gesteld, krijgt u een vaste casemanager. Die helpt met alle vragen, regelt zorg op tijd en steunt de partner of kinderen. Ook als er nog geen diagnose is maar wel zorgen.', ['casemanager-dementie', 'dementie'], { area: REGIO, apply: 'Via de huisarts.' }),
  svc('Ontmoetingscafé Dementie', 'Eén keer per maand een avond voor mensen met dementie, hun partners, kinderen en vrienden. Een deskundige vertelt over een thema, daarna is er tijd voor vragen en een drankje.', ['dementie'], { area: REGIO, fees: FREE }),
  svc('Ontmoetingscentrum De Wilg', 'Dagprogramma voor thuiswonende mensen met geheugenproblemen: bewegen, koken, muziek. De mantelzorger kan meedoen aan gespreksgroepen.', ['dagbesteding-ouderen', 'dagbesteding', 'dementie'], { area: ['Vlietmonde'] }),
  svc('Cursus Omgaan met Dementie', 'Vier bijeenkomsten voor familie: wat gebeurt er in het hoofd, hoe reageer je op verwardheid en onrust, en hoe houd je het zelf vol.', ['dementie'], { area: REGIO }),
]);
org({ name: 'Zorggroep Vlietheem', place: 'Binnenstad', street: 'Gasthuisstraat 50', desc: 'Wonen, zorg en welzijn voor ouderen in de regio Vlietmonde.' }, [
  svc('Thuiszorg Binnenstad en Schependom', 'Onze wijkverpleegkundigen helpen bij wassen, aankleden, wondzorg, medicijnen en injecties. Ook ’s nachts bereikbaar.', ['wijkverpleging'], { area: ['Vlietmonde-Binnenstad', 'Vlietmonde-Schependom'] }),
  svc('Thuiszorg Rietkamp en De Kooi', 'Wijkverpleging in Rietkamp en De Kooi: persoonlijke verzorging, steunkousen, stomazorg.', ['wijkverpleging'], { area: ['Vlietmonde-Rietkamp', 'Vlietmonde-De Kooi'] }),
  svc('Dagbesteding De Vlinder', 'Voor ouderen die overdag niet alleen thuis kunnen of willen zijn. Samen eten, wandelen, geheugentraining. Vervoer kan geregeld worden.', ['dagbesteding-ouderen', 'dagbesteding'], { area: ['Vlietmonde'], apply: 'Met een Wmo-indicatie van de gemeente.' }),
  svc('Verpleeghuis Vlietheem', 'Wonen met 24-uurs zorg voor mensen met dementie of een lichamelijke aandoening die niet meer thuis kunnen wonen. U heeft een Wlz-indicatie nodig.', ['wlz'], { area: REGIO }),
  svc('Kortdurend verblijf', 'Even niet thuis kunnen zijn, bijvoorbeeld na een ziekenhuisopname of als de mantelzorger op vakantie gaat? U kunt een paar weken bij ons logeren.', ['respijt'], { area: REGIO }),
  svc('Alarmering', 'Een halszender of polsknop. Valt u of voelt u zich niet goed, dan drukt u op de knop en krijgt u direct contact met de meldkamer. Wij sturen iemand langs.', ['alarmering'], { area: REGIO, fees: '€ 19,95 per maand.' }),
  svc('Warme maaltijd thuis', 'Elke dag een verse warme maaltijd aan huis, ook dieetmaaltijden. U kunt per week bestellen.', ['maaltijden'], { area: ['Vlietmonde', 'Gansdorp'], fees: '€ 8,25 per maaltijd.' }),
  svc('Adviseur Wlz', 'Uitleg over de Wet langdurige zorg: wanneer vraag je een indicatie bij het CIZ aan, wat is een volledig pakket thuis en hoe werkt de wachtlijst?', ['wlz'], { area: REGIO }),
]);
org({ name: 'Thuiszorg De Zilverreiger', place: 'Gansdorp', street: 'Reigerlaan 3', desc: 'Kleinschalige thuiszorg in Gansdorp, Lindewaal en Tjalmerveen.' }, [
  svc('Wijkverpleging Gansdorp en Weerlo', 'Vaste gezichten aan uw bed: verpleging en verzorging thuis door een klein team.', ['wijkverpleging'], { area: GANS }),
  svc('Wijkverpleging Lindewaal en Tjalmerveen', 'Verzorging en verpleging thuis, ook palliatieve zorg in de laatste fase.', ['wijkverpleging', 'palliatief'], { area: ['Lindewaal', 'Tjalmerveen', 'Oosterzijl'] }),
  svc('Hulp in de huishouding', 'Stofzuigen, dweilen, de badkamer en het bed verschonen: onze huishoudelijk medewerkers komen wekelijks of om de week.', ['huishoudelijke-hulp'], { area: [...GANS, 'Lindewaal', ...TJAL] }),
]);
org({ name: 'Schoon & Thuis', place: 'De Kooi', street: 'Industrieweg 30', desc: 'Hulp bij het huishouden.' }, [
  svc('Huishoudelijke hulp', 'Een vaste hulp maakt uw huis schoon, doet de was en verschoont het bed. Via de Wmo of als particulier.', ['huishoudelijke-hulp'], { area: ALL4 }),
]);
org({ name: 'Hulpmiddelendepot Vlietland', place: 'De Kooi', street: 'Industrieweg 34', desc: 'Uitleen en levering van hulpmiddelen.' }, [
  svc('Uitleen', 'Krukken, een rolstoel, een douchestoel of een toiletverhoger nodig na een operatie? U kunt ze bij ons lenen, tot zes maanden.', ['hulpmiddelen'], { area: REGIO, fees: 'Lenen is gratis voor leden van de meeste zorgverzekeraars.' }),
  svc('Scootmobiel en rolstoel via de Wmo', 'Heeft u via de gemeente een scootmobiel, rolstoel of driewielfiets gekregen? Wij leveren, passen aan en repareren.', ['hulpmiddelen'], { area: ALL4 }),
]);
org({ name: 'Regiotaxi Vlietland', place: 'Schependom', street: 'Vervoerderweg 1', desc: 'Vervoer op maat voor de vier gemeenten.' }, [
  svc('Regiotaxi', 'Deur-tot-deur vervoer met een taxi of busje, ook met rolstoel. Met een Wmo-pas reist u voor een laag tarief.', ['vervoer'], { area: ALL4, apply: 'Reserveer minstens een uur van tevoren.' }),
]);
org({ name: 'Rijdende Buren', place: 'Lindewaal', street: 'Lindeplein 4', desc: 'Vrijwilligers met een eigen auto.' }, [
  svc('Rijdende Buren', 'Kunt u niet zelf rijden en is de bus lastig? Een vrijwilliger brengt u met zijn eigen auto naar de kapper, de fysio of een verjaardag.', ['vervoer'], { area: ['Lindewaal', 'Tjalmerveen', 'Gansdorp'], fees: 'Kilometervergoeding voor de chauffeur.' }),
]);

// ——— Laatste levensfase en rouw ————————————————————————————————————————————————
org({ name: 'Hospice De Overkant', place: 'Schependom', street: 'Parklaan 2', desc: 'Bijna-thuis-huis voor mensen in hun laatste levensfase.' }, [
  svc('Hospice', 'Als thuis sterven niet lukt: zes kamers met een warme, huiselijke sfeer. Uw eigen huisarts blijft betrokken. Familie is altijd welkom.', ['palliatief'], { area: REGIO }),
]);
org({ name: 'VPTZ Vlietland', alt: 'Vrijwilligers Palliatieve Terminale Zorg', place: 'Schependom', street: 'Parklaan 2', desc: 'Vrijwilligers in de laatste levensfase.' }, [
  svc('Waken en bijstaan', 'Getrainde vrijwilligers waken bij iemand die thuis gaat overlijden, zodat de familie kan slapen of even weg kan.', ['palliatief'], { area: REGIO, fees: FREE }),
]);
org({ name: 'Stichting Kleine Verliezen', place: 'Gansdorp', street: 'Schoolstraat 6', desc: 'Steun voor kinderen en jongeren bij verlies.' }, [
  svc('Rouwgroep kinderen', 'Is je vader, moeder, broer of opa overleden? In deze groep praat je met andere kinderen die hetzelfde meemaken. Er is ook een ouderavond.', ['rouw-kinderen'], { area: REGIO, elig: 'Voor kinderen van 6 tot 12 jaar.' }),
  svc('Verliesbegeleiding tieners', 'Individuele gesprekken voor jongeren van 12 tot 20 die iemand verloren hebben, ook na een zelfdoding in de familie.', ['rouw-kinderen'], { area: REGIO }),
]);

// ——— Huisartsen en eerstelijnszorg ——————————————————————————————————————————————
org({ name: 'Gezondheidscentrum Schependom', place: 'Schependom', street: 'Schepenlaan 2', desc: 'Huisartsen, praktijkondersteuners, fysiotherapie en apotheek onder één dak.' }, [
  svc('Huisartsenpraktijk', 'Vier huisartsen. Bel voor een afspraak tussen 8.00 en 10.30 uur, of stel uw vraag via de app. Visites voor wie niet naar de praktijk kan komen.', ['huisarts'], { area: ['Vlietmonde'] }),
  svc('POH-GGZ', 'Loopt u vast door somberheid, spanning, slecht slapen of piekeren? De praktijkondersteuner ggz heeft vijf tot acht gesprekken met u. Uw huisarts verwijst u.', ['poh-ggz', 'ggz', 'somberheid', 'angst', 'stress', 'slapen'], { area: ['Vlietmonde'] }),
  svc('Fysiotherapie Schependom', 'Rugpijn, een stijve schouder of revalideren na een operatie? Onze fysiotherapeuten behandelen u, ook zonder verwijzing.', ['fysiotherapie'], { area: ['Vlietmonde'] }),
  svc('Apotheek Schependom', 'Uw medicijnen en herhaalrecepten, ook met een medicijnrol voor thuis.', ['apotheek'], { area: ['Vlietmonde'] }),
]);
org({ name: 'Huisartsenpraktijk De Kooi', place: 'De Kooi', street: 'Eendenkooiweg 14', desc: 'Huisartsenpraktijk in De Kooi.' }, [
  svc('Huisarts', 'Spreekuur op afspraak. Wij spreken ook Engels en een beetje Arabisch. We also see patients in English.', ['huisarts', 'english', 'english-gp'], { area: ['Vlietmonde-De Kooi', 'Vlietmonde-Rietkamp'], lang: ['nl', 'en', 'ar'] }),
  svc('Praktijkondersteuner ggz', 'Kortdurende begeleiding bij psychische klachten, zoals stress, rouw of somberheid.', ['poh-ggz', 'ggz', 'stress', 'somberheid', 'rouw'], { area: ['Vlietmonde-De Kooi', 'Vlietmonde-Rietkamp'] }),
  svc('Ouderenzorg in de praktijk', 'De praktijkverpleegkundige bezoekt kwetsbare ouderen thuis. Zij kijkt naar medicijnen, geheugen, vallen en of u goed rondkomt met de zorg.', ['valpreventie', 'dementie', 'ouderenadvies'], { area: ['Vlietmonde-De Kooi', 'Vlietmonde-Rietkamp'] }),
]);
org({ name: 'Huisartsen aan de Gracht', place: 'Binnenstad', street: 'Grachtstraat 40', desc: 'Huisartsenpraktijk in de binnenstad.' }, [
  svc('Huisartsenpraktijk', 'Nieuwe patiënten uit de Binnenstad zijn welkom. Inschrijven via de website.', ['huisarts'], { area: ['Vlietmonde-Binnenstad'] }),
  svc('Stoppen met roken', 'Wilt u stoppen met roken? De praktijkondersteuner begeleidt u met gesprekken en zo nodig medicijnen. Vergoed door de basisverzekering.', ['roken'], { area: ['Vlietmonde-Binnenstad'] }),
]);
org({ name: 'Huisartsenpraktijk Weerlo', place: 'Weerlo', street: 'Molenweg 11', desc: 'Dorpspraktijk met apotheekhoudende huisarts.' }, [
  svc('Huisarts en apotheek', 'Huisarts met eigen apotheek voor Weerlo en omstreken. Medicijnen haalt u na het spreekuur direct op.', ['huisarts', 'apotheek'], { area: GANS }),
]);
org({ name: 'Medisch Centrum Gansdorp', place: 'Gansdorp', street: 'Stationsweg 2', desc: 'Huisartsen en paramedici in Gansdorp.' }, [
  svc('Huisartsen Gansdorp', 'Drie huisartsen. Spoed overdag: kies optie 1.', ['huisarts'], { area: GANS }),
  svc('POH-GGZ Gansdorp', 'Gesprekken bij psychische klachten, zonder lange wachtlijst.', ['poh-ggz', 'ggz'], { area: GANS, phone: false }),
  svc('Diëtist', 'Advies over gezond eten bij diabetes, overgewicht, allergie of slikproblemen. Drie uur per jaar vergoed.', ['leefstijl'], { area: GANS }),
]);
org({ name: 'Huisartsen Lindewaal', place: 'Lindewaal', street: 'Kerkstraat 20', desc: 'Huisartsenpraktijk in Lindewaal.' }, [
  svc('Huisarts Lindewaal', 'Spreekuur, visites en kleine ingrepen. Wij werken samen met de wijkverpleging en het Sociaal Plein.', ['huisarts'], { area: ['Lindewaal'] }),
]);
org({ name: 'Huisartspraktijk Tjalmerveen', place: 'Tjalmerveen', street: 'Turfstraat 18', desc: 'Huisarts in Tjalmerveen, ook voor Oosterzijl.' }, [
  svc('Huisarts', 'Spreekuur elke ochtend. Op woensdagmiddag spreekuur in Oosterzijl.', ['huisarts'], { area: TJAL }),
]);
org({ name: 'Huisartsenpost Vlietland', alt: 'HAP Vlietland', place: 'Binnenstad', street: 'Ziekenhuislaan 1', desc: 'Spoedzorg van de huisarts buiten kantoortijd, bij het ziekenhuis.' }, [
  svc('Huisartsenpost', 'Dringende medische zorg die niet kan wachten tot uw eigen huisarts weer open is. Altijd eerst bellen, niet zomaar langskomen.', ['hap'], { area: REGIO, hours: 'Werkdagen 17.00-8.00 uur, weekend en feestdagen de hele dag.' }),
]);
org({ name: 'Dienstapotheek Vlietmonde', place: 'Binnenstad', street: 'Ziekenhuislaan 1', desc: 'Apotheek voor avond, nacht en weekend.' }, [
  svc('Avond- en weekendapotheek', 'Medicijnen nodig na een bezoek aan de huisartsenpost? De dienstapotheek is open als de andere apotheken dicht zijn.', ['apotheek'], { area: REGIO, hours: 'Dagelijks 17.00-8.00 uur en in het weekend.' }),
]);
org({ name: 'Fysio & Beweeg Gansdorp', place: 'Gansdorp', street: 'Sportlaan 5', desc: 'Fysiotherapie en oefentherapie.' }, [
  svc('Fysiotherapie', 'Klachten aan rug, nek, knie of schouder, sportblessures en revalidatie na een nieuwe heup. Ook behandeling aan huis.', ['fysiotherapie'], { area: [...GANS, 'Lindewaal'] }),
  svc('Valtraining In Balans', 'Tien weken oefenen in een groep: sterker worden, beter balanceren en leren wat je kunt doen als je toch valt.', ['valpreventie', 'bewegen'], { area: [...GANS, 'Lindewaal'], fees: 'Soms vergoed via de aanvullende verzekering.' }),
]);
org({ name: 'Fysiotherapie Rietkamp', place: 'Rietkamp', street: 'Biezenstraat 3', desc: 'Praktijk voor fysiotherapie.' }, [
  svc('Fysiotherapie Rietkamp', 'Behandeling van pijn en beperkingen in het bewegen. Gespecialiseerd in bekkenfysiotherapie en oedeem.', ['fysiotherapie'], { area: ['Vlietmonde'] }),
]);
org({ name: 'Tandartspraktijk De Gracht', place: 'Binnenstad', street: 'Grachtstraat 55', desc: 'Tandartsen en mondhygiënisten.' }, [
  svc('Tandarts', 'Controle, vullingen, kronen en een mondhygiënist. We hebben ruimte voor nieuwe patiënten, ook kinderen.', ['tandarts'], { area: ['Vlietmonde'] }),
  svc('Angstspreekuur', 'Bang voor de tandarts? We nemen extra tijd, leggen alles uit en u bepaalt het tempo.', ['tandarts'], { area: ['Vlietmonde'], phone: false }),
]);
org({ name: 'Tandartsen Lindewaal', place: 'Lindewaal', street: 'Dorpsstraat 9', desc: 'Tandartspraktijk.' }, [
  svc('Tandartspraktijk', 'Gezinspraktijk voor tandheelkunde in Lindewaal.', ['tandarts'], { area: ['Lindewaal', 'Tjalmerveen'] }),
]);
org({ name: 'Tandartsendienst Vlietland', place: 'Binnenstad', street: 'Ziekenhuislaan 1', desc: 'Spoedtandarts in het weekend.' }, [
  svc('Spoedtandarts weekend', 'Hevige kiespijn, een gebroken tand of een bloeding na een trekking in het weekend? Bel de dienstdoende tandarts.', ['tandarts', 'tandarts-spoed'], { area: REGIO, hours: 'Zaterdag, zondag en feestdagen 10.00-14.00 uur.' }),
]);
org({ name: 'Stichting Tandzorg Dichtbij', place: 'De Kooi', street: 'Havenweg 40', desc: 'Vrijwillige tandartsen.' }, [
  svc('Gratis tandzorg', 'Voor mensen zonder (aanvullende) verzekering of zonder geld: een vrijwillige tandarts trekt, vult en behandelt pijn. Eens per maand.', ['tandarts', 'minima'], { area: REGIO, fees: FREE, phone: false, at: { name: 'Dagopvang Het Anker', street: 'Havenweg 40', place: 'De Kooi' } }),
]);
org({ name: 'Verloskundigenpraktijk De Wieg', place: 'Rietkamp', street: 'Biezenstraat 10', desc: 'Verloskundigen voor Vlietmonde en Lindewaal.' }, [
  svc('Verloskundige zorg', 'Zwanger? Bel ons als u 6 à 7 weken zwanger bent. Wij begeleiden u tijdens de zwangerschap, bij de bevalling thuis of in het ziekenhuis en in de kraamweek.', ['zwangerschap', 'verloskunde'], { area: ['Vlietmonde', 'Lindewaal'] }),
  svc('Centering Zwangerschap', 'Zwangerschapscontroles in een groep van acht tot twaalf vrouwen die ongeveer even ver zijn. Met tijd voor vragen en elkaar.', ['zwangerschap', 'verloskunde'], { area: ['Vlietmonde', 'Lindewaal'], phone: false }),
]);
org({ name: 'Verloskunde Gansdorp', place: 'Gansdorp', street: 'Schoolstraat 14', desc: 'Verloskundigenpraktijk.' }, [
  svc('Verloskundigen', 'Controles, echo’s en bevallingen, voor Gansdorp, Weerlo en Tjalmerveen. Bij twijfel: altijd bellen, dag en nacht.', ['zwangerschap', 'verloskunde'], { area: [...GANS, ...TJAL] }),
]);
org({ name: 'Kraamzorg Vliet', place: 'Schependom', street: 'Kanaalkade 50', desc: 'Kraamzorgorganisatie.' }, [
  svc('Kraamzorg', 'Na de bevalling komt een kraamverzorgende bij u thuis. Zij zorgt voor moeder en baby en helpt met voeden. Schrijf u in voor week 16 van de zwangerschap.', ['zwangerschap'], { area: REGIO }),
]);
org({ name: 'JGZ Vlietland', place: 'Binnenstad', street: 'Gasthuisstraat 70', desc: 'Jeugdgezondheidszorg voor kinderen van 0 tot 18 jaar.' }, [
  svc('Consultatiebureau Binnenstad', 'Uw baby en peuter worden gewogen, gemeten en ingeënt. U kunt al uw vragen kwijt over voeding, slapen, huilen en groeien.', ['jgz'], { area: ['Vlietmonde'] }),
  svc('Consultatiebureau Gansdorp', 'Het consultatiebureau voor Gansdorp, Weerlo en Lindewaal.', ['jgz'], { area: [...GANS, 'Lindewaal'], at: { name: 'Medisch Centrum Gansdorp', street: 'Stationsweg 2', place: 'Gansdorp' } }),
  svc('Consultatiebureau Tjalmerveen', 'Consultatiebureau op dinsdag in het dorpshuis.', ['jgz'], { area: TJAL, at: { name: "Dorpshuis 't Veenhuys", street: 'Turfstraat 1', place: 'Tjalmerveen' }, phone: false }),
  svc('Jeugdarts en jeugdverpleegkundige', 'Op de basisschool en de middelbare school zien kinderen de jeugdverpleegkundige. Zorgen over groei, gedrag, pesten of veel ziekteverzuim? Maak een afspraak.', ['jgz'], { area: REGIO }),
  svc('Huilbabyspreekuur', 'Huilt uw baby heel veel en raakt u uitgeput? Samen zoeken we naar rust, voor uw kind en voor u.', ['jgz'], { area: REGIO }),
  svc('Stevig Ouderschap', 'Extra huisbezoeken door een jeugdverpleegkundige voor ouders die het moeilijk hebben tijdens de eerste anderhalf jaar.', ['jgz'], { area: REGIO, phone: false }),
]);
org({ name: 'GGD Vlietland', place: 'Schependom', street: 'Kanaalkade 70', desc: 'Gemeentelijke gezondheidsdienst van de regio Vlietmonde.' }, [
  svc('Soa-poli', 'Gratis en anoniem een soa-test als u onder de 25 bent, een klacht heeft of gewaarschuwd bent door een partner. Ook voor een hiv-test.', ['seksuele-gezondheid'], { area: REGIO }),
  svc('Seks & Zo spreekuur', 'Jongeren tot 25 kunnen gratis terecht met vragen over anticonceptie, de morning-afterpil, verliefdheid, seks en grenzen.', ['seksuele-gezondheid'], { area: REGIO, phone: false }),
  svc('Gatekeepertraining', 'Leer signalen van suïcidale gedachten herkennen en het gesprek erover aangaan. Voor professionals, vrijwilligers en iedereen die het wil leren. Eén dagdeel.', ['training-suicidepreventie'], { area: REGIO, fees: FREE }),
  svc('Mentale EHBO', 'Tweedaagse cursus: eerste hulp bij psychische problemen bij iemand in je omgeving, zoals een paniekaanval of een psychose.', ['training-suicidepreventie'], { area: REGIO, fees: '€ 75,-' }),
  svc('Gastles Weerbaar', 'Gastlessen voor middelbare scholen over relaties, grenzen, sexting en online veiligheid.', ['gastles-weerbaarheid'], { area: REGIO, phone: false }),
]);
org({ name: 'Leefstijlpunt Vlietmonde', place: 'Rietkamp', street: 'Biezenstraat 1', desc: 'Leefstijlcoaches en diëtisten.' }, [
  svc('Gecombineerde leefstijlinterventie', 'Twee jaar begeleiding in een groep om gezonder te eten, meer te bewegen en beter te slapen. Vergoed als u overgewicht heeft en een verwijzing van de huisarts.', ['leefstijl'], { area: REGIO }),
  svc('Diëtistenpraktijk', 'Persoonlijk voedingsadvies, ook voor kinderen en bij eetproblemen.', ['leefstijl'], { area: REGIO, phone: false }),
]);

// ——— Jeugd, gezin en school ——————————————————————————————————————————————————
org({ name: 'Jong Vliet', place: 'Rietkamp', street: 'Lisdoddeplein 10', desc: 'Jongerenwerk in Vlietmonde.' }, [
  svc('Jongerencentrum The Spot', 'Chillen, gamen, muziek maken of gewoon even praten. Voor iedereen van 12 tot 23. De jongerenwerkers zijn er altijd.', ['jongerenwerk'], { area: ['Vlietmonde'], hours: 'Woensdag t/m zaterdag 15.00-22.00 uur.' }),
  svc('Jongerenwerk op straat', 'Onze straatwerkers zijn op pleinen en in parken. Ze kennen de jongeren, horen wat er speelt en helpen bij problemen met school, werk, geld of thuis.', ['jongerenwerk'], { area: ['Vlietmonde'], phone: false }),
  svc('Jongerencoach', 'Zit je vast? Geen zin meer in school, ruzie thuis, schulden of weet je niet wat je wil? Een coach denkt met je mee en gaat met je mee naar afspraken.', ['jongerenwerk', 'onderwijs'], { area: ['Vlietmonde'] }),
  svc('Meidenclub', 'Elke dinsdag een avond voor meiden van 12 tot 16: praten, koken, sporten en workshops over wat jullie bezighoudt.', ['jongerenwerk'], { area: ['Vlietmonde-Rietkamp', 'Vlietmonde-De Kooi'] }),
]);
org({ name: 'Jeugdwerk Gansdorp', place: 'Gansdorp', street: 'Sportlaan 1', desc: 'Jongerenwerk en tienerinloop.' }, [
  svc('Tienerinloop', 'Voor tieners van 10 tot 15 in Gansdorp en Weerlo: spelletjes, tafeltennis, knutselen en een jongerenwerker om mee te praten.', ['jongerenwerk'], { area: GANS }),
]);
org({ name: 'Horizon Jeugd en Gezin', place: 'Schependom', street: 'Parklaan 80', desc: 'Jeugdhulp en jeugd-ggz in de regio Vlietmonde.' }, [
  svc('Gezinsbehandeling thuis', 'Veel ruzie, een kind dat niet luistert of ontspoort, ouders die het niet meer weten? Een gezinsbehandelaar komt een paar keer per week thuis.', ['jeugdhulp', 'opvoeden'], { area: REGIO, apply: 'Met een verwijzing van het buurtteam, de huisarts of de jeugdarts.' }),
  svc('Jeugd-ggz', 'Onderzoek en behandeling voor kinderen en jongeren met angst, somberheid, ADHD, trauma of autisme.', ['jeugd-ggz', 'autisme'], { area: REGIO }),
  svc('Pleegzorg', 'Kinderen die tijdelijk niet thuis kunnen wonen, groeien op in een pleeggezin. Wilt u pleegouder worden? Kom naar een informatieavond.', ['pleegzorg'], { area: REGIO }),
  svc('Kamertraining', 'Jongeren van 16 tot 21 die niet meer thuis kunnen wonen, leren op een trainingskamer zelfstandig te worden.', ['dakloos-jongeren'], { area: REGIO, phone: false }),
]);
org({ name: 'Kinderpraktijk De Vlieger', place: 'Lindewaal', street: 'Kerkstraat 30', desc: 'Kinder- en jeugdpsychologen.' }, [
  svc('Kinderpsycholoog', 'Piekert uw kind veel, is het vaak boos of verdrietig, of gaat het niet goed op school? Onze psychologen onderzoeken en behandelen kinderen van 4 tot 18.', ['jeugd-ggz'], { area: REGIO }),
  svc('Faalangsttraining', 'Training in een kleine groep voor kinderen die bang zijn om fouten te maken of te falen bij toetsen.', ['faalangst'], { area: REGIO, phone: false }),
]);
org({ name: 'Chat met Stip', place: 'Binnenstad', street: 'Gasthuisstraat 70', desc: 'Online hulp voor jongeren van JGZ Vlietland en Jong Vliet.' }, [
  svc('Chat met Stip', 'Wil je anoniem praten over wat je dwarszit? Over thuis, school, verliefdheid, je lijf of je gevoel? Chat met een professional. Je hoeft je naam niet te zeggen.', ['jongerenwerk'], { area: REGIO, online: true, phone: false, hours: 'Maandag t/m vrijdag 14.00-21.00 uur.' }),
]);
org({ name: 'Scheidingspunt Vlietmonde', place: 'Binnenstad', street: 'Oudegracht 20', desc: 'Steun bij scheiden voor ouders en kinderen.' }, [
  svc('Scheidingsspreekuur', 'Gaat u uit elkaar? Bij het spreekuur hoort u wat u moet regelen: het ouderschapsplan, het huis, alimentatie en hoe u het de kinderen vertelt.', ['echtscheiding'], { area: ALL4, fees: FREE }),
  svc('Kinderen in de Knoop', 'Groep van acht bijeenkomsten voor kinderen van 8 tot 12 van wie de ouders gescheiden zijn. Praten, tekenen en merken dat je niet de enige bent.', ['echtscheiding'], { area: ALL4 }),
  svc('Ouderschapsbemiddeling', 'Komt u er samen niet uit over de kinderen na de scheiding? Een bemiddelaar helpt bij afspraken over omgang en zorg.', ['echtscheiding'], { area: ALL4, fees: 'Eigen bijdrage naar inkomen.' }),
]);
org({ name: 'Kinderopvang De Speelboot', place: 'Schependom', street: 'Schepenlaan 70', desc: 'Kinderopvang in Vlietmonde en Gansdorp.' }, [
  svc('Kinderdagverblijf', 'Opvang voor kinderen van 0 tot 4 jaar, hele of halve dagen.', ['kinderopvang'], { area: ['Vlietmonde', 'Gansdorp'] }),
  svc('Peuteropvang met VVE', 'Twee ochtenden per week spelen en leren met andere peuters. Voor peuters met een taalachterstand zijn er extra uren via het consultatiebureau.', ['kinderopvang', 'taal-kinderen'], { area: ['Vlietmonde', 'Gansdorp'] }),
  svc('Buitenschoolse opvang', 'BSO na school en in de vakanties, voor kinderen van 4 tot 12.', ['kinderopvang'], { area: ['Vlietmonde', 'Gansdorp'], phone: false }),
]);
org({ name: 'Gastouderbureau Tjalmerveen', place: 'Oosterzijl', street: 'Zijlweg 20', desc: 'Bemiddeling van gastouders.' }, [
  svc('Gastouder', 'Uw kind wordt opgevangen bij een gastouder thuis, in een kleine groep. Ook op onregelmatige tijden.', ['kinderopvang'], { area: [...TJAL, 'Lindewaal'] }),
]);
org({ name: 'Studiehuis Vliet', place: 'Binnenstad', street: 'Hoogstraat 60', desc: 'Huiswerkbegeleiding en bijles.' }, [
  svc('Huiswerkbegeleiding', 'Na schooltijd samen huiswerk maken, plannen en leren voor toetsen. Voor leerlingen van groep 7 tot en met de bovenbouw.', ['huiswerk'], { area: ['Vlietmonde'], fees: 'Met de Stadspas gratis.' }),
  svc('Bijles rekenen en taal', 'Eén-op-één bijles door studenten van de lerarenopleiding.', ['huiswerk'], { area: ['Vlietmonde'], phone: false }),
]);
org({ name: 'Jongerenloket Vlietland', place: 'Binnenstad', street: 'Stadhuisplein 5', desc: 'Loket voor jongeren van 16 tot 27 zonder school of werk.' }, [
  svc('Jongerenloket', 'Gestopt met school, geen diploma en geen baan? Het Jongerenloket helpt je terug naar een opleiding of aan het werk, en kijkt mee naar geld en wonen.', ['onderwijs', 'jongeren-school-werk'], { area: REGIO }),
]);

// ——— Taal, lezen en digitaal —————————————————————————————————————————————————
org({ name: 'Bibliotheek Vlietmonde', place: 'Binnenstad', street: 'Oudegracht 80', desc: 'De bibliotheek voor de regio Vlietmonde, met vestigingen in Gansdorp en Lindewaal.' }, [
  svc('Taalhuis', 'Moeite met lezen, schrijven of rekenen? In het Taalhuis kunt u gratis oefenen, in een groep of met een vrijwilliger. Niemand hoeft het te weten.', ['laaggeletterdheid', 'taal'], { area: REGIO, fees: FREE }),
  svc('Taalcafé', 'Nederlands oefenen door te praten. Elke week een ander onderwerp. Voor iedereen die Nederlands leert.', ['taal'], { area: REGIO, hours: 'Donderdag 14.00-15.30 uur.' }),
  svc('Digicafé', 'Vragen over uw telefoon, tablet of computer? Over DigiD, internetbankieren of een afspraak maken bij de huisarts via de app? Vrijwilligers helpen u verder.', ['digitaal'], { area: REGIO, hours: 'Dinsdag 10.00-12.00 uur.' }),
  svc('Cursus Klik & Tik', 'Beginnen met de computer: muis, toetsenbord, internet en e-mail. In uw eigen tempo.', ['digitaal'], { area: REGIO, phone: false }),
  svc('Informatiepunt Digitale Overheid', 'Hulp bij websites van de overheid: DigiD aanvragen, toeslagen, uw pensioen of uw zorgverzekering online.', ['digitaal', 'administratie'], { area: REGIO }),
  svc('Voorleesmaatjes', 'Een vrijwilliger leest twintig weken lang bij u thuis voor aan uw kinderen. Goed voor de taal van uw kind en leuk voor het hele gezin.', ['taal-kinderen'], { area: ['Vlietmonde', 'Gansdorp'], phone: false }),
  svc('Bibliotheek Gansdorp', 'Boeken lenen, krant lezen, huiswerkplek en elke vrijdag het spreekuur van het sociaal team.', ['digitaal'], { area: GANS, at: { name: 'Bibliotheek Gansdorp', street: 'Brink 5', place: 'Gansdorp' } }),
]);
org({ name: 'Taalmaatjes Vlietmonde', place: 'Schependom', street: 'Schepenlaan 48', desc: 'Vrijwilligers die met nieuwkomers Nederlands oefenen.' }, [
  svc('Taalmaatje', 'Een vrijwilliger oefent een uur per week Nederlands met u. Praten over gewone dingen: de buren, de dokter, de school van uw kind.', ['taal', 'inburgering'], { area: ALL4 }),
]);
org({ name: 'Taalschool Vlietland', place: 'De Kooi', street: 'Industrieweg 50', desc: 'Erkende taalschool voor inburgering en NT2.' }, [
  svc('Inburgeringscursus', 'Lessen Nederlands op B1-niveau voor inburgeraars, met KNM en voorbereiding op het examen.', ['taal', 'inburgering'], { area: REGIO }),
  svc('NT2 voor hoogopgeleiden', 'Snel Nederlands leren voor wie in het buitenland heeft gestudeerd, tot niveau B2 of C1.', ['taal'], { area: REGIO, phone: false }),
  svc('Dutch for beginners', 'Evening course in Dutch for internationals, taught in English. Ten weeks, A1 level. Small groups.', ['taal', 'english', 'internationals'], { area: REGIO, lang: ['en'], fees: '€ 295,-' }),
]);
org({ name: 'Digihulp Vlietmonde', place: 'Binnenstad', street: 'Gasthuisstraat 18', desc: 'Vrijwilligers helpen senioren met digitale vragen.' }, [
  svc('Digihulp aan huis', 'Lukt het niet met de nieuwe telefoon, WhatsApp, beeldbellen met de kleinkinderen of de app van de bank? Een vrijwilliger komt bij u thuis.', ['digitaal'], { area: ['Vlietmonde'], fees: '€ 5,- per bezoek.' }),
]);

// ——— Nieuwkomers en internationals ——————————————————————————————————————————
org({ name: 'VluchtelingenSteun Vlietland', place: 'Schependom', street: 'Kanaalkade 44', desc: 'Begeleiding en juridische hulp voor vluchtelingen en statushouders.' }, [
  svc('Maatschappelijke begeleiding statushouders', 'Net een huis gekregen in de regio? Wij helpen u in de eerste twee jaar met brieven, de bank, de huisarts, school en de buurt.', ['inburgering'], { area: REGIO, lang: ['nl', 'en', 'ar', 'ti'] }),
  svc('Juridisch spreekuur', 'Vragen over uw asielprocedure, uw verblijfsvergunning of gezinshereniging? Onze juristen geven gratis advies.', ['asiel', 'juridisch'], { area: REGIO, fees: FREE, lang: ['nl', 'en', 'ar'] }),
  svc('Newcomers help desk', 'Recently arrived as a refugee? Ask us about letters, your residence permit, bringing your family and finding your way in town. We speak English, Arabic and Tigrinya.', ['inburgering', 'asiel', 'english'], { area: REGIO, lang: ['en', 'ar', 'ti'] }),
]);
org({ name: 'International Welcome Desk Vlietland', place: 'Binnenstad', street: 'Stationsplein 1', desc: 'Practical help for internationals in the region.' }, [
  svc('Welcome desk', 'New in the region? We help with registering at the town hall, your BSN, health insurance, finding a GP and a school for your children. Free.', ['internationals', 'welcome-internationals', 'english'], { area: REGIO, lang: ['en'] }),
  svc('Coffee mornings', 'Meet other internationals over coffee, every first Saturday of the month. Newcomers and partners very welcome.', ['internationals-contact', 'internationals', 'english'], { area: REGIO, lang: ['en'], phone: false }),
  svc('Job search for partners', 'Came here with a partner who works in the region? Career workshops, CV checks and a network of local employers.', ['werk-internationals', 'internationals', 'english'], { area: REGIO, lang: ['en'] }),
]);
org({ name: 'Expat Parents Vlietmonde', place: 'Schependom', street: 'Schepenlaan 46', desc: 'Parent-and-child group for English-speaking families.' }, [
  svc('Playgroup', 'English-speaking playgroup for babies and toddlers with their parents. Tuesday mornings in the Schependom neighbourhood room.', ['internationals-contact', 'english'], { area: ['Vlietmonde'], lang: ['en'], phone: false }),
]);

// ——— Werk en dagbesteding ————————————————————————————————————————————————————
org({ name: 'Werkplein Vlietland', place: 'Binnenstad', street: 'Stationsplein 9', desc: 'Werkgeversservicepunt en werkcoaches van de vier gemeenten.' }, [
  svc('Werkcoach', 'Heeft u een uitkering en wilt u weer aan het werk? Uw werkcoach kijkt naar wat u kunt en zoekt mee naar een baan, een opleiding of een proefplaatsing.', ['werk'], { area: ALL4 }),
  svc('Sollicitatietraining', 'In vier ochtenden: een goed cv, een sterke motivatiebrief en oefenen met sollicitatiegesprekken.', ['werk'], { area: ALL4, fees: FREE }),
  svc('Jobcoach', 'Heeft u een beperking of ziekte en werkt u bij een gewone werkgever? Een jobcoach begeleidt u op de werkplek.', ['werk', 'beperking'], { area: ALL4, phone: false }),
]);
org({ name: 'Vlietwerk', place: 'De Kooi', street: 'Industrieweg 70', desc: 'Sociaal werkbedrijf van de regio.' }, [
  svc('Beschut werk', 'Werken in een aangepaste omgeving met begeleiding, voor mensen die door een beperking niet bij een gewone werkgever kunnen werken. In de groenvoorziening, de inpak of de kantine.', ['beschut-werk', 'beperking'], { area: ALL4 }),
  svc('Werkervaringsplek', 'Zes maanden meedraaien in ons bedrijf om werkritme op te bouwen, met een vaste begeleider.', ['beschut-werk', 'werk'], { area: ALL4 }),
]);
org({ name: 'Dagcentrum De Werkplaats', place: 'Schependom', street: 'Ambachtsweg 3', desc: 'Dagbesteding met zinvol werk.' }, [
  svc('Dagbesteding De Werkplaats', 'Houtbewerking, een fietsenmakerij en een kringloopwinkel. Voor volwassenen met psychische problemen, een verstandelijke beperking of niet-aangeboren hersenletsel die hun dag zinvol willen invullen.', ['dagbesteding', 'lvb', 'nah'], { area: ALL4, apply: 'Met een Wmo-indicatie of pgb.' }),
]);
org({ name: 'Zorgboerderij De Kievit', place: 'Oosterzijl', street: 'Polderweg 7', desc: 'Zorgboerderij met dagbesteding.' }, [
  svc('Dagbesteding op de boerderij', 'Werken met de dieren, in de moestuin en op het erf. Voor ouderen, mensen met dementie en mensen met een beperking. Vervoer kan geregeld worden.', ['dagbesteding', 'dagbesteding-ouderen', 'beperking'], { area: [...TJAL, 'Lindewaal'] }),
]);

// ——— Beperking, chronisch ziek en sport ———————————————————————————————————————
org({ name: 'Cliëntondersteuning Vlietland', place: 'Schependom', street: 'Kanaalkade 44', desc: 'Onafhankelijke cliëntondersteuning, vooral voor mensen met een beperking.' }, [
  svc('Onafhankelijke cliëntondersteuning', 'Heeft u een gesprek met de gemeente, het CIZ of de zorgverzekeraar? Een cliëntondersteuner bereidt het met u voor en gaat mee. Zij staat aan uw kant, niet aan die van de gemeente.', ['clientondersteuning'], { area: REGIO, fees: FREE }),
  svc('Steun bij een licht verstandelijke beperking', 'Begrijpt u brieven niet goed of is plannen lastig? Wij leggen het eenvoudig uit en helpen met regelen: geld, werk, wonen, zorg.', ['lvb', 'clientondersteuning'], { area: REGIO }),
  svc('Pgb-spreekuur', 'Hulp bij het aanvragen en beheren van een persoonsgebonden budget: het budgetplan, zorgovereenkomsten en verantwoording bij de SVB.', ['pgb'], { area: REGIO }),
]);
org({ name: 'Autisme Netwerk Vlietmonde', place: 'Binnenstad', street: 'Oudegracht 20', desc: 'Vereniging van en voor mensen met autisme en hun naasten.' }, [
  svc('Autisme-café', 'Volwassenen met autisme en hun partners ontmoeten elkaar in een rustige ruimte. Eens per maand, met een thema.', ['autisme'], { area: REGIO, phone: false }),
  svc('Ouders van kinderen met autisme', 'Gespreksgroep voor ouders van een kind met autisme. Ervaringen delen en tips uitwisselen.', ['autisme', 'autisme-ouders'], { area: REGIO, phone: false }),
]);
org({ name: 'NAH Trefpunt Vlietland', place: 'Rietkamp', street: 'Kalmoesweg 14', desc: 'Ontmoeting en informatie bij niet-aangeboren hersenletsel.' }, [
  svc('NAH Trefpunt', 'Na een beroerte, hersenbloeding of ongeluk is er vaak veel veranderd. Moe, snel overprikkeld, vergeetachtig. Hier ontmoet u lotgenoten en krijgt u informatie.', ['nah'], { area: REGIO }),
]);
org({ name: 'Zintuigloket Vlietland', place: 'Binnenstad', street: 'Ziekenhuislaan 3', desc: 'Voor mensen die slecht zien of slecht horen.' }, [
  svc('Slechtziend of blind', 'Advies over loeplampen, voorleesapparatuur, braille en de taststok. Ook mobiliteitstraining op straat.', ['slechtziend'], { area: REGIO }),
  svc('Slechthorend of doof', 'Hulp bij hoortoestellen, de tolk gebarentaal en andere hulpmiddelen. Ook informatie over tinnitus.', ['slechthorend'], { area: REGIO, phone: false }),
]);
org({ name: 'Woonvorm Ons Erf', place: 'Lindewaal', street: 'Erfweg 1', desc: 'Wonen met begeleiding voor volwassenen met een verstandelijke beperking.' }, [
  svc('Wonen met begeleiding', 'Een eigen appartement met gezamenlijke woonkamer en begeleiding dag en nacht. Voor volwassenen met een verstandelijke beperking.', ['beschermd-wonen', 'lvb', 'beperking', 'wlz'], { area: REGIO, apply: 'Met een Wlz-indicatie of pgb.' }),
]);
org({ name: 'Sportief Vlietmonde', place: 'Gansdorp', street: 'Sportlaan 10', desc: 'Buurtsportcoaches van de vier gemeenten.' }, [
  svc('Buurtsportcoach', 'Wil je meer bewegen maar weet je niet hoe of waar? De buurtsportcoach zoekt met je een sport die past, ook met weinig geld.', ['bewegen'], { area: ALL4 }),
  svc('Bewegen voor ouderen', 'Gymnastiek, stoelyoga en wandelen in een groep, op een rustig tempo. In elk buurthuis.', ['bewegen', 'ontmoeting', 'valpreventie'], { area: ALL4, fees: '€ 3,- per les.' }),
  svc('Aangepast sporten', 'Sporten met een beperking: G-voetbal, rolstoelbasketbal, zwemmen en boccia. We helpen je een club te vinden.', ['aangepast-sporten', 'beperking', 'bewegen'], { area: ALL4 }),
  svc('Wandelgroep Blijf in Beweging', 'Elke zaterdag een wandeling van een uur vanaf het station, met daarna koffie. Goed tegen stress en alleen zijn.', ['bewegen', 'eenzaamheid', 'ontmoeting'], { area: ['Vlietmonde'], phone: false }),
]);

// ——— Overig ————————————————————————————————————————————————————————————————
org({ name: 'Roze Vliet', place: 'Binnenstad', street: 'Hoogstraat 12', desc: 'Voor lhbti+ mensen in de regio Vlietmonde.' }, [
  svc('Roze Inloop', 'Elke vrijdagavond een inloop voor lhbti+ mensen en iedereen die nog zoekt wie hij, zij of hen is. Ook een groep voor jongeren onder de 23.', ['lhbti'], { area: REGIO }),
  svc('Coming-out maatje', 'Een vrijwilliger die het zelf heeft meegemaakt, praat met je over uit de kast komen, thuis of op het werk.', ['lhbti'], { area: REGIO, phone: false }),
]);
org({ name: 'Meldpunt Discriminatie Vlietland', place: 'Schependom', street: 'Kanaalkade 30', desc: 'Onafhankelijk meldpunt.' }, [
  svc('Discriminatie melden', 'Bent u uitgescholden, geweigerd bij een baan of woning, of anders behandeld om uw afkomst, geloof, geslacht, beperking of geaardheid? Meld het. Wij registreren uw melding en helpen als u dat wilt.', ['discriminatie'], { area: REGIO }),
]);
org({ name: 'EHBO-vereniging Vlietmonde', place: 'Schependom', street: 'Sportlaan 40', desc: 'Vereniging voor eerste hulp.' }, [
  svc('Cursus EHBO', 'Leer wat je doet bij een wond, een brandwond, verslikking of een flauwte. Met diploma.', ['ehbo'], { area: ALL4, fees: '€ 185,-' }),
  svc('Reanimatie en AED', 'In één avond leer je reanimeren en de AED gebruiken. Daarna kun je je aanmelden als burgerhulpverlener.', ['ehbo'], { area: ALL4, fees: '€ 35,-' }),
  svc('Kinder-EHBO', 'Eerste hulp bij baby’s en kinderen: koorts, vallen, verslikken, vergiftiging.', ['ehbo'], { area: ALL4, phone: false }),
]);
org({ name: 'Seniorenvereniging Vlietmonde', place: 'Binnenstad', street: 'Gasthuisstraat 22', desc: 'Vereniging voor 50-plussers.' }, [
  svc('Belastinginvullers', 'Vrijwilligers vullen thuis uw belastingaangifte in en vragen zorg- en huurtoeslag aan. Voor leden met een klein inkomen.', ['administratie', 'toeslagen'], { area: ALL4 }),
  svc('Soos en uitstapjes', 'Kaarten, lezingen, een jaarlijkse busreis en een kerstdiner. Kom eens kijken.', ['ontmoeting', 'eenzaamheid'], { area: ['Vlietmonde'], phone: false }),
]);
org({ name: 'Hogeschool Vlietland Studentenwelzijn', place: 'Rietkamp', street: 'Campuslaan 1', desc: 'Studentendecanen en studentpsychologen.' }, [
  svc('Studentpsycholoog', 'Loop je vast met je studie door stress, somberheid of faalangst? Een paar gesprekken met een studentpsycholoog. Also in English.', ['studenten', 'english-ggz', 'english'], { area: REGIO, lang: ['nl', 'en'], elig: 'Voor studenten van Hogeschool Vlietland.' }),
]);
org({ name: 'Kringloop De Tweede Ronde', place: 'De Kooi', street: 'Industrieweg 12', desc: 'Kringloopwinkel en leerwerkplek.' }, [
  svc('Kringloopwinkel', 'Tweedehands meubels, kleding, huisraad en speelgoed voor een klein prijsje. Met de Stadspas krijgt u 25% korting.', ['kledingbank', 'spullen'], { area: REGIO }),
  svc('Inrichtingspakket', 'Net een huis na een periode zonder woning of na de opvang? Via uw begeleider krijgt u gratis een bed, een tafel, stoelen en keukenspullen.', ['spullen'], { area: REGIO, phone: false }),
]);
org({ name: 'Jeugdfonds Sport en Cultuur Vlietland', place: 'Gansdorp', street: 'Sportlaan 10', desc: 'Fonds dat de contributie betaalt voor kinderen uit gezinnen met weinig geld.' }, [
  svc('Contributie voor sport of muziek', 'Wil je kind op voetbal, dansen, muziekles of theater en is daar geen geld voor? Het fonds betaalt de contributie en soms de kleding. Aanvragen gaat via school, het buurtteam of de buurtsportcoach.', ['meedoen', 'bewegen'], { area: ALL4, phone: false }),
]);
org({ name: 'Stichting Doorleven', place: 'Lindewaal', street: 'Kerkstraat 24', desc: 'Lotgenotencontact na verlies door zelfdoding.' }, [
  svc('Gespreksgroep nabestaanden', 'Voor wie een partner, kind, ouder, broer of zus verloor door zelfdoding. Zes avonden met anderen die hetzelfde hebben meegemaakt, begeleid door een ervaren rouwbegeleider.', ['nabestaanden-suicide'], { area: REGIO }),
]);
org({ name: 'Hogeschool Vlietland Housing Desk', place: 'Rietkamp', street: 'Campuslaan 1', desc: 'Help with rooms and landlords for students.' }, [
  svc('Student housing help', 'Problems with your room or landlord? Rent too high, deposit not returned, no contract, mould? We explain your rights and help you write to your landlord or go to the rent tribunal. Nederlands en English.', ['huurproblemen', 'huurrecht', 'studenten', 'english', 'internationals'], { area: REGIO, lang: ['nl', 'en'] }),
]);
