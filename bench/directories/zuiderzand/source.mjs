// Regio Zuiderzand (FICTIEF): the hand-written source of a made-up municipal sociale kaart
// ("Wegwijs Zuiderzand"), kept by the gemeenten of the regio for the search benchmark only.
// Every organisation, person, street and gemeente here is invented; postal codes start with 08
// (no Dutch postal code starts with 0) and every phone number is 0000-… (make.mjs numbers them).
// Nothing here is contact data of a real organisation, and the national help lines (113, Veilig
// Thuis, 112 …) are deliberately not listed: the product supplies those itself.
//
// The publisher is a municipality, not a care network: service names are short and plain
// ("Schuldhulp", "Taalcafé"), descriptions are B1 Dutch of very different lengths, and there is
// no taxonomy at all. Some practical facts sit in the fields a municipal CMS exports
// (eligibility, fees, how to apply, opening hours).
//
// `topics` is the judge's key, written with the text: what a service really offers, as a
// professional would file it, whatever words its description happens to use. make.mjs keeps the
// topics out of the HSDS export and writes them to answers.json.
//
// Gemeenten: Zuiderzand (wijken Centrum, Havenkwartier, Duinzicht, De Vloed), Helmduinen,
// Oostermade (with the kern Schelpenhoek) and Kreekmonde.
import { addingTo, svc } from '../write-directory.mjs';

/** The topics, each in one line: a service carries a topic when it answers that question. */
export const TOPICS = {
  huisarts: 'huisartsenpraktijk: spreekuur, visite, verwijzing',
  hap: 'huisartsenpost: de huisarts buiten kantoortijd (avond, nacht, weekend)',
  'poh-ggz': 'praktijkondersteuner ggz (POH-GGZ) bij de huisarts',
  ggz: 'psychische hulp door een professional: POH-GGZ, psycholoog, basis- of specialistische ggz',
  'jeugd-ggz': 'psychische hulp voor kinderen en jongeren',
  somberheid: 'hulp bij somberheid en depressie',
  angst: 'hulp bij angst, paniek en piekeren',
  stress: 'hulp bij stress, overspannenheid en burn-out',
  slapen: 'hulp bij slecht slapen',
  trauma: 'behandeling na een schokkende gebeurtenis (trauma, PTSS) voor volwassenen',
  apotheek: 'apotheek en medicijnen',
  fysiotherapie: 'fysiotherapie',
  zwangerschap: 'zwanger: verloskundige, kraamzorg, zwangerschapsgroep',
  jgz: 'jeugdgezondheidszorg: consultatiebureau, jeugdarts, jeugdverpleegkundige',
  'seksuele-gezondheid': 'seksuele gezondheid: soa-test, anticonceptie, vragen over seks',
  roken: 'stoppen met roken',
  leefstijl: 'gezonde leefstijl en gewicht: leefstijlcoach (GLI), diëtist',
  rouw: 'rouw en verlies bij volwassenen: rouwgroep, rouwbegeleiding, gesprekken',
  'rouw-kinderen': 'rouw bij kinderen en jongeren',
  'nabestaanden-suicide': 'steun voor nabestaanden na zelfdoding',
  eenzaamheid: 'eenzaamheid: bezoek, maatje, bellen, contact met anderen',
  ontmoeting: 'ontmoeting en activiteiten voor mensen die anderen willen treffen (buurthuis, lotgenoten-inloop, clubs)',
  buurthuis: 'buurthuis, wijkcentrum, dorpshuis of buurtkamer: vrije inloop en activiteiten voor iedereen',
  herstel: 'herstel en lotgenoten bij psychische kwetsbaarheid (herstelacademie, ervaringsdeskundigen)',
  epa: 'ernstige psychische aandoening: FACT-team, langdurige ggz-begeleiding',
  'beschermd-wonen': 'beschermd wonen: wonen met 24-uurs begeleiding bij psychische problemen',
  'wonen-met-begeleiding': 'wonen met begeleiding in een groep of trainingshuis (beschermd wonen, woongroep)',
  'ambulante-begeleiding': 'begeleiding thuis (ambulante / individuele begeleiding) door een begeleider',
  verslaving: 'verslaving bij volwassenen: alcohol, drugs, gokken, gamen (hulp en lotgenoten)',
  'verslaving-jongeren': 'alcohol, blowen en drugs bij jongeren (ook voor hun ouders)',
  'gokken-gamen': 'gokken en gamen uit de hand',
  'alcohol-drugs': 'te veel drinken of drugs gebruiken (volwassenen): hulp en lotgenoten',
  lvb: 'voor mensen met een licht verstandelijke beperking (LVB)',
  autisme: 'autisme: begeleiding, lotgenoten, informatie',
  nah: 'niet-aangeboren hersenletsel (NAH), bijvoorbeeld na een beroerte of ongeluk',
  dementie: 'dementie en geheugenproblemen, ook voor naasten',
  mantelzorg: 'steun voor mantelzorgers in het algemeen: advies, lotgenoten, waardering, even vrij',
  'jonge-mantelzorg': 'jonge mantelzorgers (kinderen en jongeren die thuis zorgen)',
  respijt: 'respijtzorg: de zorg tijdelijk overnemen zodat de mantelzorger rust heeft',
  dagbesteding: 'dagbesteding (ouderen, dementie, ggz, beperking)',
  'dagbesteding-ouderen': 'dagbesteding voor ouderen en mensen met dementie',
  wmo: 'Wmo-loket / zorgloket van de gemeente: hulp en voorzieningen aanvragen',
  wijkteam: 'sociaal wijkteam: eerste plek voor alle vragen, ook bij meerdere problemen tegelijk',
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
  palliatief: 'palliatieve zorg, hospice, laatste levensfase',
  bewegen: 'sport en bewegen, buurtsportcoach',
  opvoeden: 'opvoedsteun en vragen over kinderen',
  jeugdhulp: 'jeugdhulp en gezinsbegeleiding',
  jongeren: 'jongerenwerk en jongerencoaches: een plek en een vertrouwd persoon voor jongeren van 12-23',
  onderwijs: 'school en leerplicht: leerplichtambtenaar, schoolmaatschappelijk werk, RMC, voortijdig schoolverlaten',
  kinderopvang: 'kinderopvang, peuteropvang, buitenschoolse opvang, gastouder',
  echtscheiding: 'scheiding: hulp voor ouders en kinderen',
  'huiselijk-geweld': 'huiselijk geweld: hulp, advies en opvang voor wie het meemaakt of ziet',
  kindermishandeling: 'kindermishandeling en kinderen die thuis geweld meemaken',
  ouderenmishandeling: 'ouderenmishandeling en misbruik van ouderen',
  agressie: 'hulp bij boosheid en agressie (ook voor plegers van huiselijk geweld)',
  'training-huiselijk-geweld': 'trainingen over huiselijk geweld en de meldcode voor professionals',
  'training-suicidepreventie': 'trainingen suïcidepreventie (gatekeeper, mentale EHBO) voor professionals, vrijwilligers en naasten',
  ehbo: 'EHBO- en reanimatiecursussen',
  gastles: 'voorlichting en gastlessen op scholen (mentale gezondheid, alcohol en drugs, relaties)',
  geldzorgen: 'geldzorgen: rondkomen, budgetcoach, geldmaatje, noodhulp',
  schulden: 'schuldhulp',
  bewindvoering: 'beschermingsbewind en budgetbeheer',
  voedselbank: 'voedselbank en andere voedselhulp',
  kledingbank: 'gratis of goedkope kleding',
  minima: 'regelingen voor een laag inkomen: bijzondere bijstand, meedoenpas, kindpakket, fondsen',
  energie: 'energierekening en energiecoach',
  administratie: 'hulp bij post, brieven, formulieren en belastingaangifte',
  toeslagen: 'hulp bij toeslagen (zorgtoeslag, huurtoeslag, kinderopvangtoeslag)',
  zorgverzekering: 'zorgverzekering: collectieve verzekering van de gemeente, hulp bij kiezen',
  juridisch: 'juridisch advies (sociaal raadslieden, rechtswinkel, advocaat)',
  uitkering: 'uitkering: bijstand aanvragen, vragen over uw uitkering',
  werk: 'werk zoeken, re-integratie, jobcoach',
  'werk-internationals': 'werk zoeken voor internationals en hun partners',
  vrijwilligerswerk: 'vrijwilligerswerk vinden',
  ondernemers: 'ondernemers en zzp-ers met geldproblemen (Bbz)',
  woningzoeken: 'een woning zoeken: inschrijven, urgentie, verhuizen',
  huurproblemen: 'problemen met huur of verhuurder: onderhoud, schimmel, huurverhoging',
  huurachterstand: 'huurachterstand en huisuitzetting voorkomen',
  dakloos: 'dak- en thuislozen: opvang, nachtopvang, briefadres',
  buurtbemiddeling: 'burenruzie en buurtbemiddeling',
  taal: 'Nederlands leren en oefenen: NT2-les, taalmaatje, taalcafé',
  'taal-kinderen': 'taalontwikkeling van jonge kinderen (voorlezen, peuteropvang met taal)',
  laaggeletterdheid: 'beter leren lezen, schrijven en rekenen (laaggeletterdheid)',
  digitaal: 'hulp met computer, smartphone, internet en DigiD',
  inburgering: 'inburgering en hulp voor statushouders en nieuwkomers',
  english: 'services offered in English',
  internationals: 'for expats, international students and other internationals',
  'welcome-internationals': 'first stop for new internationals: registration, BSN, insurance, GP, schools',
  studenten: 'voor studenten',
  studentenhuisvesting: 'huurproblemen van studenten (kamer, verhuurder)',
  studentenwelzijn: 'steun voor studenten die vastlopen: studentpsycholoog, studentendecaan, buddy',
  'internationals-contact': 'meeting people and making friends as an international',
  lhbti: 'lhbti+: ontmoeting en steun',
  discriminatie: 'discriminatie melden en advies',
};

export const places = {
  Centrum: { gemeente: 'Zuiderzand', pc: '0811' },
  Havenkwartier: { gemeente: 'Zuiderzand', pc: '0813' },
  Duinzicht: { gemeente: 'Zuiderzand', pc: '0815' },
  'De Vloed': { gemeente: 'Zuiderzand', pc: '0817' },
  Helmduinen: { gemeente: 'Helmduinen', pc: '0831' },
  Oostermade: { gemeente: 'Oostermade', pc: '0841' },
  Schelpenhoek: { gemeente: 'Oostermade', pc: '0845' },
  Kreekmonde: { gemeente: 'Kreekmonde', pc: '0851' },
};

export const organizations = [];
const org = addingTo(organizations);
const REGIO = ['Regio Zuiderzand'];
const ZZ = ['Zuiderzand'];
const ALL4 = ['Zuiderzand', 'Helmduinen', 'Oostermade', 'Kreekmonde'];
const FREE = 'Gratis.';

// ——— Gemeenten ——————————————————————————————————————————————————————————————
org({ name: 'Gemeente Zuiderzand', place: 'Centrum', street: 'Raadhuisplein 1', desc: 'De gemeente Zuiderzand. Op deze sociale kaart vindt u de loketten van de gemeente voor zorg, werk, inkomen en wonen.' }, [
  svc('Zorgloket', 'Heeft u hulp nodig in en om het huis? Bijvoorbeeld hulp bij het schoonmaken, een rolstoel, vervoer of begeleiding? Neem contact op met het Zorgloket. Een consulent maakt een afspraak en komt bij u thuis voor een gesprek. Samen kijken we wat u nodig heeft en wat u zelf of met hulp van familie kunt doen.', ['wmo'], { fees: 'Voor de meeste Wmo-voorzieningen betaalt u een eigen bijdrage via het CAK.', apply: 'Bel het Zorgloket of vul het meldingsformulier in op de website.', hours: 'Maandag t/m vrijdag 9.00-12.30 uur telefonisch bereikbaar.' }),
  svc('Woningaanpassing', 'Kunt u door een beperking niet goed meer de trap op of douchen? Soms betaalt de gemeente mee aan een aanpassing, zoals een traplift, een douchestoel of het weghalen van drempels. U meldt dit bij het Zorgloket.', ['woningaanpassing', 'wmo'], { phone: false }),
  svc('Gehandicaptenparkeerkaart', 'U kunt de kaart aanvragen als u niet ver kunt lopen. Een arts van de gemeente beoordeelt uw aanvraag. Soms kunt u ook een eigen parkeerplaats bij uw huis krijgen.', ['parkeerkaart'], { fees: 'Leges € 117,-' }),
  svc('Bijstand', 'Heeft u geen werk en te weinig geld om van te leven? Dan kunt u misschien een bijstandsuitkering krijgen. U vraagt het aan op de website met uw DigiD. Lukt dat niet? Maak een afspraak, dan helpen wij u.', ['uitkering'], { elig: 'Voor inwoners van 18 jaar en ouder die in de gemeente Zuiderzand wonen.' }),
  svc('Werk & Inkomen: werkcoach', 'Heeft u een uitkering van de gemeente? Dan krijgt u een werkcoach. De werkcoach helpt u om weer aan het werk te gaan, bijvoorbeeld met een opleiding, een proefplaats of vrijwilligerswerk als eerste stap.', ['werk']),
  svc('Bijzondere bijstand', 'Een extra vergoeding voor onverwachte kosten die u niet zelf kunt betalen. Bijvoorbeeld een nieuwe wasmachine, een bril of de eigen bijdrage voor bewind.', ['minima']),
  svc('Meedoenpas', 'Met de Meedoenpas krijgt u korting op sport, zwemmen, de bibliotheek, cultuur en uitjes. Ook voor uw kinderen. U kunt de pas krijgen als uw inkomen niet hoger is dan 120% van het sociaal minimum.', ['minima'], { apply: 'Aanvragen via de website of met het papieren formulier van het Zorgloket.' }),
  svc('Kindpakket', 'Voor kinderen in gezinnen met weinig geld: een bijdrage voor schoolspullen, een laptop, een fiets, zwemles of een schoolreis.', ['minima']),
  svc('Collectieve zorgverzekering', 'De gemeente heeft afspraken gemaakt met een zorgverzekeraar. Inwoners met een laag inkomen kunnen zich goedkoper en beter verzekeren, ook voor de eigen bijdrage en tandarts.', ['zorgverzekering', 'minima']),
  svc('Schuldhulpverlening', 'Heeft u schulden of kunt u uw rekeningen niet meer betalen? Meld u zo snel mogelijk. Wij kijken samen met u naar uw inkomsten en uitgaven. Daarna maken we een plan: een betalingsregeling, budgetbeheer of een schuldregeling. Hoe eerder u komt, hoe meer we kunnen doen.', ['schulden'], { fees: FREE, apply: 'Bel of meld u aan via de website. Binnen 3 werkdagen hoort u van ons.' }),
  svc('Op tijd erbij', 'Heeft u achterstand bij de huur, energie, water of zorgverzekering? Dan krijgen wij een seintje. Een medewerker belt u of komt langs om te helpen voordat het erger wordt.', ['huurachterstand', 'schulden', 'geldzorgen'], { phone: false }),
  svc('Budgetbeheer', 'De gemeente betaalt uw vaste lasten, zoals huur en energie, van uw inkomen. U houdt leefgeld over voor de boodschappen. Zo ontstaan er geen nieuwe schulden.', ['bewindvoering', 'schulden']),
  svc('Leerplicht', 'Gaat uw kind niet naar school of verzuimt het veel? De leerplichtambtenaar zoekt samen met ouders, kind en school naar een oplossing. Ook voor vrijstelling en extra verlof.', ['onderwijs']),
  svc('Urgentie', 'In een noodsituatie kunt u soms sneller een huurwoning krijgen, bijvoorbeeld na een scheiding met kinderen of bij medische problemen. Een commissie beslist over uw aanvraag.', ['woningzoeken'], { fees: 'Leges € 45,-' }),
  svc('Inburgering', 'Bent u statushouder of komt u naar Nederland voor gezinshereniging? De gemeente maakt samen met u een plan (PIP) voor taal, werk en meedoen. U krijgt een vaste contactpersoon.', ['inburgering']),
  svc('Briefadres', 'Heeft u geen vast woonadres? Voor een uitkering en post heeft u toch een adres nodig. U kunt een briefadres aanvragen bij de gemeente.', ['dakloos']),
  svc('Energietoeslag 2023', 'Eenmalige toeslag voor huishoudens met een laag inkomen voor de hoge energierekening. Deze regeling is gestopt.', ['energie', 'minima'], { status: 'inactive' }),
  svc('Bbz voor ondernemers', "Bent u zelfstandig ondernemer of zzp'er en is uw inkomen te laag? Dan kunt u misschien tijdelijk een aanvulling op uw inkomen krijgen (Bbz) of een lening voor uw bedrijf.", ['ondernemers']),
]);
org({ name: 'Gemeente Helmduinen', place: 'Helmduinen', street: 'Dorpsplein 2', desc: 'Gemeentehuis van Helmduinen.' }, [
  svc('Loket Wonen, Welzijn en Zorg', 'Voor vragen over zorg en ondersteuning thuis (Wmo), minimaregelingen en mantelzorg. U kunt zonder afspraak binnenlopen.', ['wmo', 'minima'], { hours: 'Dinsdag en donderdag 9.00-12.00 uur inloop.' }),
  svc('Werk en inkomen', 'Uitkering aanvragen, vragen over uw uitkering en hulp bij het vinden van werk.', ['uitkering', 'werk']),
  svc('Leerplicht en RMC', 'De leerplichtambtenaar en de RMC-consulent helpen jongeren tot 23 jaar die niet naar school gaan of zonder diploma zijn gestopt.', ['onderwijs']),
]);
org({ name: 'Gemeente Oostermade', place: 'Oostermade', street: 'Markt 10', desc: 'Gemeente Oostermade, met de kernen Oostermade en Schelpenhoek.' }, [
  svc('Sociaal Loket', 'Eén loket voor zorg, jeugd, werk en inkomen. Wij helpen u verder of verwijzen u naar de juiste plek.', ['wmo', 'wijkteam'], { area: ['Oostermade', 'Schelpenhoek'] }),
  svc('Geldzaken', 'Komt u niet rond? Heeft u rekeningen die blijven liggen? Bel ons. Wij helpen met een overzicht, regelingen en schulden.', ['geldzorgen', 'schulden', 'minima'], { area: ['Oostermade', 'Schelpenhoek'] }),
  svc('Gehandicaptenparkeerkaart Oostermade', 'Aanvragen van een parkeerkaart voor mensen met een handicap.', ['parkeerkaart'], { phone: false, area: ['Oostermade', 'Schelpenhoek'] }),
]);
org({ name: 'Gemeente Kreekmonde', place: 'Kreekmonde', street: 'Havenstraat 1', desc: 'De gemeente Kreekmonde.' }, [
  svc('Wmo-consulent', 'Een gesprek over wat u nodig heeft om thuis te blijven wonen en mee te doen.', ['wmo']),
  svc('Uitkering', 'Bijstand, IOAW en vragen over inkomen.', ['uitkering']),
  svc('Minimaregelingen Kreekmonde', 'Tegemoetkoming in de kosten voor sport, cultuur en school voor volwassenen en kinderen met een laag inkomen. Ook de collectieve zorgverzekering.', ['minima', 'zorgverzekering']),
]);

// ——— Wijkteams ——————————————————————————————————————————————————————————————
org({ name: 'Sociaal Team Zuiderzand', place: 'Centrum', street: 'Lange Strandstraat 40', desc: 'De sociale wijkteams van Zuiderzand. Voor iedereen met een vraag over zorg, geld, opvoeden, wonen of werk.' }, [
  svc('Wijkteam Centrum', 'Loop binnen met uw vraag. Wij luisteren, denken mee en helpen u verder. Ook als er veel tegelijk speelt.', ['wijkteam'], { area: ['Zuiderzand-Centrum'], hours: 'Inloop maandag en woensdag 9.00-11.00 uur.' }),
  svc('Wijkteam Havenkwartier', 'Het wijkteam in het Havenkwartier. Maatschappelijk werkers, een wijkverpleegkundige en jeugd- en gezinswerkers werken hier samen.', ['wijkteam'], { area: ['Zuiderzand-Havenkwartier'], at: { name: 'Wijkcentrum Het Baken', street: 'Loodsstraat 3', place: 'Havenkwartier' } }),
  svc('Wijkteam Duinzicht en De Vloed', 'Voor bewoners van Duinzicht en De Vloed. Bel voor een afspraak of kom naar het spreekuur in de bibliotheek.', ['wijkteam'], { area: ['Zuiderzand-Duinzicht', 'Zuiderzand-De Vloed'], at: { name: 'Steunpunt Duinzicht', street: 'Helmgrasweg 12', place: 'Duinzicht' } }),
  svc('Jeugd- en gezinsteam', 'Vragen over opvoeden, ruzie thuis, gedrag of hoe het met uw kind gaat? Het jeugd- en gezinsteam helpt ouders, kinderen en jongeren. Zo nodig regelen wij jeugdhulp.', ['jeugdhulp', 'opvoeden']),
  svc('Maatschappelijk werk', 'Gesprekken als het u even niet lukt. Bijvoorbeeld bij problemen in de relatie, na een verlies, bij geldzorgen of als u zich alleen voelt. Kortdurend en gratis.', ['maatschappelijk-werk', 'rouw'], { fees: FREE }),
  svc('Schoolmaatschappelijk werk', 'Op alle basisscholen en middelbare scholen is een schoolmaatschappelijk werker. Voor kinderen, ouders en leraren.', ['onderwijs', 'jeugdhulp'], { phone: false }),
  svc('Huiselijk geweld aanpak', 'Is er geweld in uw gezin, of bent u bang voor uw partner of ex? Of ziet u het bij iemand anders? Het wijkteam heeft medewerkers die hier veel van weten. Wij zoeken samen naar veiligheid, ook voor de kinderen.', ['huiselijk-geweld', 'kindermishandeling'], { phone: false }),
]);
org({ name: 'Dorpsteam Helmduinen', place: 'Helmduinen', street: 'Kerkstraat 8', desc: 'Het sociaal team van Helmduinen.' }, [
  svc('Dorpsteam', 'Het dorpsteam is er voor alle inwoners van Helmduinen met vragen over zorg, jeugd, geld of samenleven. Wij komen ook bij u thuis.', ['wijkteam', 'jeugdhulp']),
  svc('Maatschappelijk werk Helmduinen', 'Hulp bij persoonlijke problemen, relatieproblemen en geldzorgen.', ['maatschappelijk-werk']),
]);
org({ name: 'Kernteam Kreekmonde', place: 'Kreekmonde', street: 'Sluisweg 14', desc: 'Sociaal team voor Kreekmonde.' }, [
  svc('Kernteam', 'Bij het kernteam kunt u terecht met alle vragen over meedoen, zorg, opvoeden en geld. Aanmelden kan telefonisch of via de huisarts.', ['wijkteam', 'opvoeden']),
]);

// ——— Huisartsen en eerstelijn ————————————————————————————————————————————————
org({ name: 'Huisartsenpraktijk Strandweg', place: 'Centrum', street: 'Strandweg 21', desc: 'Huisartsenpraktijk met drie huisartsen in het centrum.' }, [
  svc('Huisarts', 'Bel voor een afspraak tussen 8.00 en 10.00 uur. Herhaalrecepten via de website.', ['huisarts']),
  svc('POH-GGZ', 'Heeft u last van somberheid, angst, stress of slaapt u slecht? U kunt een paar gesprekken hebben met de praktijkondersteuner. Vraag uw huisarts.', ['poh-ggz', 'ggz', 'somberheid', 'angst', 'stress', 'slapen']),
  svc('Thuisbezoek ouderen', 'De praktijkverpleegkundige komt bij ouderen thuis die kwetsbaar zijn. Zij kijkt mee naar vallen, geheugen en medicijnen.', ['valpreventie', 'dementie']),
]);
org({ name: 'Huisartsen Havenkwartier', place: 'Havenkwartier', street: 'Kaaiplein 5', desc: 'Huisartsenpraktijk in het Havenkwartier.' }, [
  svc('Huisartsenpraktijk', 'Spreekuur op afspraak. Onze huisartsen spreken ook Engels. We also see patients in English.', ['huisarts', 'english'], { lang: ['nl', 'en'] }),
  svc('Ondersteuning bij psychische klachten', 'Loopt het even niet? Piekert u veel of voelt u zich gespannen? De praktijkondersteuner GGZ heeft tijd voor u.', ['poh-ggz', 'ggz', 'angst', 'stress']),
  svc('Stoppen met roken', 'Begeleiding door de praktijkondersteuner, met of zonder nicotinepleisters. Vergoed door de zorgverzekering.', ['roken']),
]);
org({ name: 'Medisch Centrum Duinzicht', place: 'Duinzicht', street: 'Zeereep 2', desc: 'Huisartsen, fysiotherapie, diëtist en apotheek onder één dak.' }, [
  svc('Huisarts Duinzicht', 'Let op: wij hebben een patiëntenstop. Nieuwe patiënten kunnen zich alleen inschrijven als zij in Duinzicht wonen en er net zijn komen wonen.', ['huisarts']),
  svc('Fysiotherapie Duinzicht', 'Voor klachten aan rug, nek, schouder of knie. U kunt zonder verwijzing komen.', ['fysiotherapie']),
  svc('Diëtist', 'Advies over eten bij overgewicht, diabetes of darmklachten.', ['leefstijl']),
  svc('Apotheek Duinzicht', 'Uw medicijnen ophalen of laten bezorgen.', ['apotheek']),
]);
org({ name: 'Huisartsenpraktijk Helmduinen', place: 'Helmduinen', street: 'Kerkstraat 2', desc: 'De huisartsenpraktijk van het dorp.' }, [
  svc('Huisarts Helmduinen', 'Spreekuur elke ochtend. Visites in de middag voor wie niet kan komen.', ['huisarts']),
  svc('Praktijkondersteuner GGZ', 'Kortdurende hulp bij psychische klachten zoals somberheid, spanning, rouw of een burn-out. Ook voor jongeren vanaf 16 jaar.', ['poh-ggz', 'ggz', 'somberheid', 'stress', 'rouw']),
]);
org({ name: 'Dokterspraktijk Oostermade', place: 'Oostermade', street: 'Molenweg 6', desc: 'Apotheekhoudende huisartsenpraktijk voor Oostermade en Schelpenhoek.' }, [
  svc('Spreekuur huisarts', 'Spreekuur op afspraak. U haalt uw medicijnen bij ons in de praktijk.', ['huisarts', 'apotheek'], { area: ['Oostermade', 'Schelpenhoek'] }),
]);
org({ name: 'Huisartsen Kreekmonde', place: 'Kreekmonde', street: 'Schorweg 30', desc: 'Huisartsenpraktijk in Kreekmonde.' }, [
  svc('Huisartsenzorg', 'Wij zijn er voor alle lichamelijke en psychische klachten. Bel voor een afspraak.', ['huisarts']),
  svc('POH-jeugd', 'Kinderen en jongeren met bijvoorbeeld angst, somberheid of problemen thuis of op school kunnen een paar gesprekken hebben. Ouders kunnen ook komen. Via de huisarts.', ['jeugd-ggz', 'opvoeden'], { alt: 'Praktijkondersteuner jeugd' }),
]);
org({ name: 'Huisartsenpost Kustland', place: 'De Vloed', street: 'Ziekenhuislaan 1', desc: 'De huisartsenpost voor de regio Zuiderzand.' }, [
  svc('Huisartsenpost', 'Heeft u ’s avonds, ’s nachts of in het weekend dringend een huisarts nodig en kan het niet wachten tot de praktijk weer open is? Bel altijd eerst. De assistent vraagt wat er aan de hand is en zegt of u kunt komen. Bij levensgevaar belt u 112.', ['hap'], { area: REGIO, at: { name: 'Ziekenhuis Kustland', street: 'Ziekenhuislaan 1', place: 'De Vloed' }, hours: 'Op werkdagen van 17.00 tot 8.00 uur, in het weekend en op feestdagen de hele dag.' }),
  svc('Huisartsenpost Helmduinen', 'De post in Helmduinen is gesloten. U kunt terecht bij de huisartsenpost in Zuiderzand.', ['hap'], { status: 'inactive', area: ['Helmduinen'], at: { name: 'Gezondheidscentrum Helmduinen', street: 'Kerkstraat 2', place: 'Helmduinen' } }),
]);
org({ name: 'Apotheek De Zeester', place: 'De Vloed', street: 'Vloedlaan 77', desc: 'Apotheek in De Vloed.' }, [
  svc('Apotheek', 'Recepten, zelfzorgmiddelen en advies over medicijnen.', ['apotheek']),
  svc('Medicijnen aan huis', 'Kunt u niet naar de apotheek komen? Wij brengen uw medicijnen thuis, gratis.', ['apotheek']),
]);
org({ name: 'Fysio Kreekmonde', place: 'Kreekmonde', street: 'Dijkweg 11', desc: 'Fysiotherapiepraktijk.' }, [
  svc('Fysiotherapie', 'Behandeling en oefeningen bij pijn, na een operatie of bij een blessure.', ['fysiotherapie']),
  svc('In Balans', 'Groepstraining voor 65-plussers die bang zijn om te vallen of al eens gevallen zijn. U oefent kracht en evenwicht. 10 weken.', ['valpreventie', 'bewegen'], { fees: 'Eigen bijdrage € 25,-' }),
]);
org({ name: 'Verloskundigenpraktijk Het Getij', place: 'Havenkwartier', street: 'Getijdenpad 9', desc: 'Verloskundigen voor Zuiderzand en omgeving.' }, [
  svc('Verloskundige', 'Zwanger? Meld u aan zodra u het weet. Wij begeleiden u tijdens de zwangerschap, de bevalling en de eerste week.', ['zwangerschap'], { area: ALL4 }),
  svc('Samen zwanger', 'Controles in een groep met andere zwangeren die rond dezelfde tijd uitgerekend zijn. Tien bijeenkomsten.', ['zwangerschap']),
]);
org({ name: 'Kraamzorg Zeebries', place: 'Helmduinen', street: 'Bosrand 4', desc: 'Kraamzorgorganisatie in de regio.' }, [
  svc('Kraamzorg', 'Een kraamverzorgende helpt u thuis in de eerste dagen na de bevalling. Inschrijven rond de vierde maand van de zwangerschap.', ['zwangerschap'], { area: REGIO }),
]);
org({ name: 'GGD Kustland', place: 'Centrum', street: 'Gezondheidsplein 3', desc: 'De GGD zorgt voor de gezondheid van alle inwoners van de regio.' }, [
  svc('Consultatiebureau', 'Op het consultatiebureau volgen we de groei en ontwikkeling van uw kind van 0 tot 4 jaar. U krijgt ook de vaccinaties. Vragen over voeding, slapen of huilen? Stel ze gerust.', ['jgz'], { area: REGIO, fees: FREE }),
  svc('Jeugdarts en jeugdverpleegkundige', 'Voor kinderen van 4 tot 18 jaar. Op school krijgt uw kind een paar keer een onderzoek. U kunt ook zelf een afspraak maken bij vragen over gezondheid, gedrag of ontwikkeling.', ['jgz'], { area: REGIO }),
  svc('Seksuele gezondheid', 'Gratis en anoniem een soa-test, als u jonger bent dan 25 of risico heeft gelopen. Ook vragen over anticonceptie, de morning-afterpil of seks.', ['seksuele-gezondheid'], { area: REGIO }),
  svc('Gastlessen', 'Voor scholen: lessen over mentale gezondheid, alcohol en drugs, social media en relaties. Voor groep 7-8 en het voortgezet onderwijs.', ['gastles'], { area: REGIO }),
  svc('Training meldcode', 'Voor professionals in zorg, onderwijs en kinderopvang: hoe herken je signalen van huiselijk geweld en kindermishandeling, en wat doe je dan? Met de vijf stappen van de meldcode.', ['training-huiselijk-geweld'], { area: REGIO, fees: 'Gratis voor organisaties in de regio.' }),
  svc('Gatekeepertraining', 'Leer signalen herkennen als iemand aan zelfdoding denkt, het gesprek aangaan en doorverwijzen. Voor professionals, vrijwilligers en sleutelfiguren. Een dagdeel.', ['training-suicidepreventie'], { area: REGIO }),
]);
org({ name: 'Praktijk voor Psychologie Duinrand', place: 'Duinzicht', street: 'Duinrandweg 50', desc: 'Psychologenpraktijk (basis-ggz).' }, [
  svc('Psycholoog', 'Behandeling bij depressie, angst, burn-out en problemen met zelfbeeld. Verwijzing van de huisarts nodig. Wachttijd ongeveer 8 weken.', ['ggz', 'somberheid', 'angst', 'stress']),
  svc('Traumabehandeling', 'EMDR en andere behandeling na een schokkende gebeurtenis, zoals een ongeluk, geweld of een overval.', ['ggz', 'trauma']),
]);
org({ name: 'Kustland GGZ', place: 'De Vloed', street: 'Zeedijk 101', desc: 'Specialistische ggz voor volwassenen, kinderen en jongeren.' }, [
  svc('Volwassenen', 'Behandeling bij ernstige of langdurige psychische klachten, zoals depressie, angststoornissen, bipolaire stoornis of psychose. Aanmelden via de huisarts.', ['ggz', 'somberheid', 'angst'], { area: REGIO }),
  svc('FACT-team', 'Mensen met een ernstige psychische aandoening krijgen hulp thuis van een vast team: behandeling, begeleiding en hulp bij wonen, werk en geld.', ['epa', 'ggz'], { area: REGIO }),
  svc('Kinderen en jeugd', 'Onderzoek en behandeling voor kinderen en jongeren tot 18 jaar met bijvoorbeeld ADHD, autisme, angst, depressie of eetproblemen.', ['jeugd-ggz', 'autisme'], { area: REGIO }),
  svc('Vroege psychose', 'Voor jongeren en jongvolwassenen (16-35) die voor het eerst een psychose hebben gehad.', ['ggz', 'epa', 'jeugd-ggz'], { area: REGIO }),
]);
org({ name: 'Coastline Counselling', place: 'Havenkwartier', street: 'Kaaiplein 18', desc: 'Private counselling practice for internationals. All sessions in English.' }, [
  svc('Counselling in English', 'Short-term counselling for adults who feel stressed, anxious, low or homesick. Sessions in English, in person or online. Not covered by Dutch basic insurance; ask about a sliding scale.', ['ggz', 'english', 'internationals', 'stress', 'angst', 'somberheid'], { lang: ['en'] }),
]);
org({ name: 'Verslavingszorg Kustland', place: 'De Vloed', street: 'Zeedijk 99', desc: 'Hulp bij alcohol, drugs, gokken en gamen.' }, [
  svc('Alcohol en drugs', 'Drinkt u te veel of gebruikt u drugs en wilt u minderen of stoppen? Meld u zelf aan of via de huisarts. Ook naasten kunnen bij ons terecht.', ['verslaving', 'alcohol-drugs'], { area: REGIO }),
  svc('Gokken en gamen', 'Hulp als gokken of gamen uw leven gaat bepalen. Ook online, anoniem.', ['verslaving', 'gokken-gamen'], { area: REGIO, online: true }),
  svc('Jongeren en middelen', 'Voor jongeren tot 23 die blowen, drinken of andere middelen gebruiken, en voor hun ouders.', ['verslaving-jongeren'], { area: REGIO }),
]);
org({ name: 'Stichting Nuchter', place: 'Centrum', street: 'Visserssteeg 6', desc: 'Zelfhulpgroepen voor mensen die willen stoppen met drinken.' }, [
  svc('Lotgenotengroep', 'Elke donderdagavond. Praten met mensen die weten hoe het is. Je hoeft je niet aan te melden.', ['verslaving', 'alcohol-drugs'], { phone: false, hours: 'Donderdag 19.30 uur.' }),
  svc('Sober Sundays', 'English-speaking peer support meeting for anyone who wants to stop drinking or using. Every Sunday at 11:00. No sign-up needed.', ['verslaving', 'alcohol-drugs', 'english'], { phone: false, lang: ['en'] }),
]);
org({ name: 'Herstelacademie De Vuurtoren', place: 'Havenkwartier', street: 'Vuurtorenpad 1', desc: 'Leren over herstel, van en met ervaringsdeskundigen.' }, [
  svc('Cursussen', 'Cursussen en werkgroepen over omgaan met psychische kwetsbaarheid, je eigen verhaal, grenzen stellen en weer meedoen. Gegeven door ervaringsdeskundigen. Geen verwijzing nodig.', ['herstel'], { fees: FREE }),
  svc('Inloop De Vuurtoren', 'Koffie, een praatje en rust. Voor iedereen die psychisch wat kwetsbaar is.', ['herstel', 'ontmoeting'], { hours: 'Maandag t/m vrijdag 10.00-16.00 uur.' }),
]);
org({ name: 'Stichting Kustwonen', place: 'Duinzicht', street: 'Duinpanweg 8', desc: 'Wonen met begeleiding voor mensen met psychische problemen.' }, [
  svc('De Duinpan', 'Een woonvoorziening met 24-uurs begeleiding voor volwassenen die (nog) niet zelfstandig kunnen wonen door psychische problemen. Toegang via de gemeente (beschermd wonen).', ['beschermd-wonen', 'wonen-met-begeleiding', 'epa'], { area: REGIO }),
  svc('Trainingshuis', 'Jongeren van 18 tot 25 leren hier zelfstandig wonen, met begeleiders in huis.', ['beschermd-wonen', 'wonen-met-begeleiding'], { area: REGIO }),
  svc('Begeleiding thuis', 'Een begeleider komt bij u thuis en helpt u met structuur, uw post, huishouden en contact met anderen.', ['ambulante-begeleiding'], { area: REGIO }),
]);
org({ name: 'Thuis in Balans', place: 'Centrum', street: 'Schelpenlaan 15', desc: 'Zorgaanbieder voor ambulante begeleiding.' }, [
  svc('Individuele begeleiding', 'Wij helpen volwassenen die moeite hebben met het dagelijks leven. Bijvoorbeeld met plannen, geld, afspraken of het huishouden. U heeft een beschikking van de gemeente nodig.', ['ambulante-begeleiding'], { area: ALL4 }),
  svc('Autismebegeleiding', 'Begeleiding door mensen die autisme goed kennen. Voor jongeren en volwassenen, thuis of op het werk.', ['autisme', 'ambulante-begeleiding'], { area: ALL4 }),
]);
org({ name: 'Stichting Kompasnaald', place: 'Kreekmonde', street: 'Kompasweg 3', desc: 'Ondersteuning voor mensen met een licht verstandelijke beperking.' }, [
  svc('Ambulante ondersteuning', 'Voor mensen met een lichte verstandelijke beperking die zelfstandig wonen. Wij helpen met geld, post, contacten en wat u moeilijk vindt.', ['lvb', 'ambulante-begeleiding'], { area: REGIO }),
  svc('Woongroep De Kaap', 'Wonen met begeleiding in een kleine groep. Voor volwassenen met een licht verstandelijke beperking.', ['lvb', 'wonen-met-begeleiding'], { area: REGIO }),
  svc('De Werkplaats', 'Dagbesteding met houtbewerking, fietsen maken en een winkeltje.', ['dagbesteding', 'lvb'], { area: REGIO }),
  svc('Vrijetijdsclub', 'Elke vrijdagavond samen iets leuks doen: bowlen, koken of een film. Voor mensen met een beperking.', ['lvb', 'ontmoeting'], { area: REGIO, phone: false }),
]);
org({ name: 'Stichting Naast', place: 'Centrum', street: 'Bakkerstraat 19', desc: 'Onafhankelijke cliëntondersteuning in de regio.' }, [
  svc('Cliëntondersteuning', 'Moet u met de gemeente praten over zorg of ondersteuning? Een cliëntondersteuner kan mee naar het gesprek en helpt u uw vraag duidelijk te maken. Wij zijn onafhankelijk en gratis.', ['clientondersteuning'], { area: REGIO, fees: FREE }),
  svc('Ondersteuning bij een beperking', 'Advies en hulp voor mensen met een verstandelijke beperking of autisme en hun familie, bij school, werk, wonen en geld.', ['clientondersteuning', 'lvb', 'autisme'], { area: REGIO }),
  svc('Pgb-spreekuur', 'Uitleg over het persoonsgebonden budget: wat mag wel en niet, hoe houdt u de administratie bij, en hoe maakt u een zorgovereenkomst.', ['pgb'], { area: REGIO, hours: 'Eerste dinsdag van de maand.' }),
]);
org({ name: 'Autismecafé Zuiderzand', place: 'Havenkwartier', street: 'Loodsstraat 3', desc: 'Vrijwilligersinitiatief.' }, [
  svc('Autismecafé', 'Een avond per maand voor mensen met autisme, ouders en partners. Een korte lezing en daarna tijd om te praten.', ['autisme', 'ontmoeting'], { phone: false }),
]);
org({ name: 'Hersenletselteam Kust', place: 'De Vloed', street: 'Ziekenhuislaan 5', desc: 'Netwerk voor mensen met niet-aangeboren hersenletsel.' }, [
  svc('NAH-consulent', 'Na een beroerte, hersenbloeding of ongeluk kan uw leven veranderen. Vermoeidheid, vergeetachtigheid, sneller boos. Een consulent helpt u en uw naasten de weg te vinden.', ['nah'], { area: REGIO }),
  svc('Inloop Hersenletsel', 'Lotgenoten ontmoeten bij een kop koffie. Eens per twee weken.', ['nah', 'ontmoeting'], { area: REGIO }),
]);

// ——— Thuiszorg, ouderen, dementie ——————————————————————————————————————————
org({ name: 'Thuiszorg Golfslag', place: 'Havenkwartier', street: 'Golfslagweg 20', desc: 'Thuiszorg in Zuiderzand, Oostermade en Kreekmonde.' }, [
  svc('Wijkverpleging', 'De wijkverpleegkundige helpt bij wassen, aankleden, steunkousen, medicijnen en wondverzorging. U heeft geen verwijzing nodig. Wij komen eerst bij u kennismaken.', ['wijkverpleging'], { area: ['Zuiderzand', 'Oostermade', 'Kreekmonde'] }),
  svc('Huishoudelijke hulp', 'Hulp bij het schoonmaken van uw huis als u dit zelf niet meer kunt. Met een indicatie van de gemeente of betaald.', ['huishoudelijke-hulp'], { area: ['Zuiderzand', 'Oostermade', 'Kreekmonde'] }),
  svc('Personenalarmering', 'Een knop om uw hals of pols. Valt u of voelt u zich niet goed, dan drukt u op de knop en krijgt u hulp.', ['alarmering'], { area: REGIO, fees: 'Vanaf € 19,- per maand.' }),
  svc('Nachtzorg', 'Zorg op afspraak in de avond en nacht, bijvoorbeeld helpen naar bed gaan of verschonen.', ['wijkverpleging'], { area: ZZ }),
]);
org({ name: 'Zorggroep Duinroos', place: 'Duinzicht', street: 'Duinroosplein 1', desc: 'Ouderenzorg: thuis, in de wijk en in het verpleeghuis.' }, [
  svc('Thuiszorg', 'Verpleging en verzorging bij u thuis. Bijvoorbeeld hulp bij douchen, insuline prikken of na een ziekenhuisopname.', ['wijkverpleging'], { area: ['Zuiderzand', 'Helmduinen'] }),
  svc('Verpleeghuis De Helm', 'Wonen met 24 uur zorg voor ouderen met dementie of lichamelijke problemen. U heeft een indicatie van het CIZ nodig (Wlz).', ['wlz', 'dementie'], { at: { name: 'De Helm', street: 'Helmweg 40', place: 'Helmduinen' } }),
  svc('Dagbesteding De Zandloper', 'Overdag samen activiteiten doen, een warme maaltijd en gezelschap. Voor ouderen die thuis wonen, ook met geheugenproblemen. Vervoer kan geregeld worden.', ['dagbesteding', 'dagbesteding-ouderen', 'dementie']),
  svc('Logeren', 'Uw naaste kan een paar dagen of een weekend bij ons logeren. Zo kunt u als mantelzorger even bijkomen.', ['respijt']),
  svc('Casemanager dementie', 'Na de diagnose dementie krijgt u een vaste casemanager. Zij helpt u en uw familie met alles wat op u afkomt, nu en later.', ['dementie'], { area: REGIO }),
  svc('Eerstelijnsverblijf', 'Tijdelijk opname als u na een ziekenhuisopname of val nog niet naar huis kunt. Op verwijzing van huisarts of ziekenhuis.', ['wijkverpleging'], { status: 'inactive' }),
]);
org({ name: 'Thuishulp Kreekmonde', place: 'Kreekmonde', street: 'Kreekpad 4', desc: 'Huishoudelijke hulp.' }, [
  svc('Hulp in huis', 'Stofzuigen, dweilen, de badkamer en de was. Vaste hulp, vaste dag.', ['huishoudelijke-hulp'], { area: ['Kreekmonde'] }),
]);
org({ name: 'Schoon & Fijn', place: 'Helmduinen', street: 'Ambachtsweg 12', desc: 'Schoonmaakbedrijf met Wmo-contract.' }, [
  svc('Huishoudelijke ondersteuning', 'Wij maken uw huis schoon als u dit zelf niet meer kunt door ziekte, ouderdom of een beperking.', ['huishoudelijke-hulp'], { area: ['Helmduinen'] }),
]);
org({ name: 'Hospice De Vloedlijn', place: 'De Vloed', street: 'Vloedlijn 2', desc: 'Bijna-thuis-huis met vier kamers.' }, [
  svc('Hospice', 'Voor mensen die niet lang meer te leven hebben en niet thuis kunnen of willen sterven. Vrijwilligers en de eigen huisarts zorgen samen voor rust en aandacht.', ['palliatief'], { area: REGIO }),
  svc('Vrijwilligers thuis', 'Getrainde vrijwilligers waken en zijn aanwezig bij iemand die thuis ernstig ziek is, zodat de familie kan slapen of even weg kan.', ['palliatief', 'respijt'], { area: REGIO }),
]);
org({ name: 'Stichting Geheugensteun', place: 'Centrum', street: 'Kerkplein 4', desc: 'Vrijwilligers voor mensen met dementie en hun naasten.' }, [
  svc('Geheugencafé', 'Eens per maand. Voor mensen met dementie, hun partners en kinderen. Informatie, vragen stellen en elkaar ontmoeten.', ['dementie', 'ontmoeting'], { phone: false, at: { name: 'Wijkcentrum Het Baken', street: 'Loodsstraat 3', place: 'Havenkwartier' } }),
  svc('Wandelmaatje', 'Een vrijwilliger gaat elke week wandelen met iemand met geheugenproblemen. Zo heeft de partner ook even tijd voor zichzelf.', ['dementie', 'respijt']),
]);
org({ name: 'Mantelzorgpunt Kustland', place: 'Centrum', street: 'Bakkerstraat 21', desc: 'Voor iedereen die zorgt voor een ziek familielid, partner, kind of vriend.' }, [
  svc('Mantelzorgconsulent', 'Zorgt u voor iemand en wordt het u soms te veel? De consulent luistert, geeft advies en helpt u met regelen. Zodat u het vol kunt houden.', ['mantelzorg'], { area: REGIO, fees: FREE }),
  svc('Jonge mantelzorgers', 'Voor kinderen en jongeren tot 25 die thuis zorgen voor een ouder, broer of zus. Uitjes, contact met andere jongeren en iemand om mee te praten.', ['jonge-mantelzorg'], { area: REGIO }),
  svc('Mantelzorgwaardering', 'Eens per jaar een waardering van de gemeente voor mantelzorgers. Aanmelden vóór 1 november.', ['mantelzorg'], { area: ALL4, phone: false }),
  svc('Even Vrij', 'Een vrijwilliger neemt een paar uur per week de zorg van u over. U kunt dan boodschappen doen, sporten of gewoon rusten.', ['respijt', 'mantelzorg'], { area: REGIO }),
]);
org({ name: 'Hulpmiddelencentrum Kust', place: 'De Vloed', street: 'Industrieweg 33', desc: 'Levert hulpmiddelen namens de gemeenten.' }, [
  svc('Rolstoelen en scootmobielen', 'Heeft u van de gemeente een rolstoel of scootmobiel gekregen? Wij leveren, repareren en onderhouden hem.', ['hulpmiddelen'], { area: REGIO }),
  svc('Uitleen', 'Tijdelijk een rollator, krukken, een douchestoel of een hoog-laagbed nodig? Leen het bij ons.', ['hulpmiddelen'], { area: REGIO, fees: 'De eerste 26 weken gratis met uw zorgverzekering.' }),
]);
org({ name: 'Regiotaxi Kustland', place: 'De Vloed', street: 'Industrieweg 40', desc: 'Vervoer op afroep in de regio.' }, [
  svc('Regiotaxi', 'Deur-tot-deur vervoer in de regio voor iedereen. Met een Wmo-pas reist u voor een lager tarief. Bestel uw rit minstens een uur van tevoren.', ['vervoer'], { area: REGIO }),
  svc('Rolstoeltaxi', 'Vervoer voor wie in een rolstoel zit, bijvoorbeeld naar het ziekenhuis of familie.', ['vervoer'], { area: REGIO }),
]);
org({ name: 'Rijdende Buren Helmduinen', place: 'Helmduinen', street: 'Kerkstraat 8', desc: 'Vrijwilligers rijden dorpsgenoten.' }, [
  svc('Rijdende Buren', 'Vrijwilligers brengen u met hun eigen auto naar de dokter, het ziekenhuis, de kapper of op visite. U betaalt een kleine vergoeding per kilometer.', ['vervoer'], { area: ['Helmduinen'], apply: 'Bel twee dagen van tevoren.' }),
]);
org({ name: 'Oostermade Onderweg', place: 'Schelpenhoek', street: 'Schelpenweg 1', desc: 'Vrijwilligersvervoer.' }, [
  svc('Belbus', 'Een busje met vrijwillige chauffeurs voor ouderen en mensen die slecht ter been zijn. Naar de markt, de dokter of familie in de buurt.', ['vervoer'], { area: ['Oostermade', 'Schelpenhoek'] }),
]);
org({ name: 'Welzijn Zandwaarts', place: 'Centrum', street: 'Lange Strandstraat 44', desc: 'Welzijnsorganisatie van Zuiderzand: ouderenwerk, jongerenwerk, vrijwilligers en buurtactiviteiten.' }, [
  svc('Ouderenadviseur', 'Voor 65-plussers met vragen over wonen, zorg, geld, vervoer of vrije tijd. De ouderenadviseur komt ook bij u thuis.', ['ouderenadvies'], { area: ZZ, fees: FREE }),
  svc('Maatjes', 'Een vrijwilliger die regelmatig langskomt voor een praatje, een wandeling of een kop koffie. Voor iedereen die weinig mensen om zich heen heeft.', ['eenzaamheid'], { area: ZZ }),
  svc('Klussendienst', 'Een lamp ophangen, een kraan die lekt, de heg knippen. Vrijwilligers helpen bij kleine klusjes. U betaalt alleen de materialen.', ['klussen'], { area: ZZ }),
  svc('Boodschappenbus', 'Elke dinsdag haalt de bus u thuis op en brengt u naar de supermarkt. Daarna samen koffie drinken.', ['boodschappen', 'ontmoeting'], { area: ZZ }),
  svc('Formulierenhulp', 'Vrijwilligers helpen bij het invullen van formulieren, het lezen van brieven en het aanvragen van toeslagen.', ['administratie', 'toeslagen'], { area: ZZ, hours: 'Woensdag 13.00-15.00 uur in de bibliotheek.' }),
  svc('Thuisadministratie', 'Een vrijwilliger komt bij u thuis en helpt u orde te scheppen in uw papieren en post.', ['administratie', 'geldzorgen'], { area: ZZ }),
  svc('Welzijn op recept', 'Voelt u zich somber, gestrest of alleen, en helpt een pil niet? Via de huisarts komt u bij een welzijnscoach. Samen zoekt u een activiteit die u energie geeft.', ['eenzaamheid', 'stress', 'somberheid'], { area: ZZ }),
  svc('Vrijwilligerscentrale', 'Wilt u vrijwilligerswerk doen? Wij hebben meer dan 300 vacatures bij clubs, zorg en buurthuizen.', ['vrijwilligerswerk'], { area: ZZ }),
  svc('Sociaal raadslieden', 'Gratis advies bij vragen over wetten, regels, uitkeringen, toeslagen en brieven van instanties. Wij helpen ook met bezwaar maken.', ['juridisch', 'toeslagen', 'administratie'], { area: ZZ, fees: FREE }),
  svc('Boodschappenhulp aan huis', 'Vrijwilligers deden boodschappen voor mensen in quarantaine.', ['boodschappen'], { status: 'inactive', area: ZZ }),
  svc('Hulp bij de belastingaangifte', 'In maart en april helpen vrijwilligers inwoners met een laag inkomen bij de aangifte inkomstenbelasting en het aanvragen of stopzetten van toeslagen.', ['administratie', 'toeslagen'], { area: ZZ }),
]);
org({ name: 'Welzijn Helmduinen', place: 'Helmduinen', street: 'Dorpsplein 6', desc: 'Welzijnswerk voor jong en oud in Helmduinen.' }, [
  svc('Ouderenwerk', 'Huisbezoek aan 75-plussers, informatie en activiteiten.', ['ouderenadvies'], { area: ['Helmduinen'] }),
  svc('Mantelzorgsteun Helmduinen', 'Advies en koffieochtenden voor mantelzorgers in het dorp.', ['mantelzorg'], { area: ['Helmduinen'] }),
  svc('Klusjesman', 'Voor oudere inwoners die een klein klusje niet zelf kunnen doen.', ['klussen'], { area: ['Helmduinen'], phone: false }),
]);
org({ name: 'Stichting Samen Oostermade', place: 'Oostermade', street: 'Markt 12', desc: 'Welzijn in Oostermade en Schelpenhoek.' }, [
  svc('Ouderenconsulent', 'Een ouderenconsulent helpt u met vragen over ouder worden: zorg, wonen, eenzaamheid, geld of vervoer.', ['ouderenadvies'], { area: ['Oostermade', 'Schelpenhoek'] }),
  svc('Open Tafel', 'Elke woensdag een driegangenmenu voor € 6,- in het dorpshuis. Samen eten is gezelliger.', ['maaltijden', 'ontmoeting', 'eenzaamheid'], { at: { name: 'Dorpshuis De Schelp', street: 'Schelpenweg 3', place: 'Schelpenhoek' } }),
  svc('Taalcafé Schelpenhoek', 'Nederlands oefenen met vrijwilligers. Gestopt wegens te weinig deelnemers.', ['taal'], { status: 'inactive', at: { name: 'Dorpshuis De Schelp', street: 'Schelpenweg 3', place: 'Schelpenhoek' } }),
  svc('Vrijwilligerspunt', 'Vacatures voor vrijwilligers in Oostermade en Schelpenhoek.', ['vrijwilligerswerk'], { phone: false }),
]);
org({ name: 'Welzijn Kreekmonde', place: 'Kreekmonde', street: 'Sluisweg 16', desc: 'Welzijnsorganisatie.' }, [
  svc('Huisbezoek 75+', 'Een vrijwilliger komt langs bij alle inwoners die 75 worden. Voor een gesprek over hoe het gaat en wat er te doen is.', ['ouderenadvies'], { area: ['Kreekmonde'] }),
  svc('Mantelzorg Kreekmonde', 'Informatie, een luisterend oor en de jaarlijkse mantelzorgdag.', ['mantelzorg'], { area: ['Kreekmonde'] }),
  svc('Digitaal Spreekuur', 'Vragen over uw telefoon, tablet, e-mail, DigiD of de app van de bank? Kom langs.', ['digitaal'], { area: ['Kreekmonde'], hours: 'Vrijdag 10.00-12.00 uur.' }),
]);
org({ name: 'Maaltijdservice De Kustkeuken', place: 'Havenkwartier', street: 'Visafslag 2', desc: 'Maaltijden aan huis.' }, [
  svc('Maaltijd aan huis', 'Elke dag een verse warme maaltijd thuisbezorgd. Ook dieetmaaltijden. U kunt per week bestellen.', ['maaltijden'], { area: REGIO, fees: '€ 8,75 per maaltijd.' }),
]);
org({ name: 'Het Kookpunt', place: 'De Vloed', street: 'Vloedlaan 30', desc: 'Buurtrestaurant van vrijwilligers.' }, [
  svc('Buurtrestaurant', 'Voor weinig geld samen eten met buurtbewoners. Koks zijn vrijwilligers en mensen die hier werkervaring opdoen.', ['maaltijden', 'ontmoeting'], { hours: 'Dinsdag en donderdag 17.30 uur.' }),
]);

// ——— Eenzaamheid en ontmoeting ——————————————————————————————————————————————
org({ name: 'Praatpunt Zuiderzand', place: 'Centrum', street: 'Lange Strandstraat 44', desc: 'Een telefoonlijn van vrijwilligers uit Zuiderzand.' }, [
  svc('Bel-een-praatje', 'Wilt u gewoon even iemand spreken? Bel ons voor een praatje. Vrijwilligers nemen de tijd voor u. Wilt u zelf vrijwilliger worden? U krijgt eerst een training.', ['eenzaamheid', 'vrijwilligerswerk'], { area: REGIO, hours: 'Elke dag van 10.00 tot 20.00 uur.' }),
]);
org({ name: 'Telefooncirkel Kreekmonde', place: 'Kreekmonde', street: 'Sluisweg 16', desc: 'Deelnemers bellen elkaar elke ochtend.' }, [
  svc('Telefooncirkel', 'Elke ochtend belt u de volgende in de cirkel. Zo weet iedereen dat het goed gaat. Neemt iemand niet op, dan komt er iemand kijken.', ['eenzaamheid'], { area: ['Kreekmonde'] }),
]);
org({ name: 'Buurthuis De Kaap', place: 'Havenkwartier', street: 'Kaapstraat 10', desc: 'Buurthuis in het Havenkwartier.' }, [
  svc('Inloop', 'Elke ochtend staat de koffie klaar. Kom binnen voor een praatje, de krant of een spelletje.', ['ontmoeting', 'eenzaamheid', 'buurthuis'], { hours: 'Maandag t/m vrijdag 9.30-12.00 uur.' }),
  svc('Repair Café', 'Kapotte lamp, fiets of broek? Vrijwilligers repareren het samen met u.', ['ontmoeting', 'klussen', 'buurthuis'], { hours: 'Elke tweede zaterdag van de maand.' }),
  svc('Kidsclub', 'Knutselen, koken en spelen voor kinderen van 6 tot 12 jaar. Woensdagmiddag.', ['ontmoeting'], { phone: false }),
]);
org({ name: 'Wijkcentrum Het Baken', place: 'Havenkwartier', street: 'Loodsstraat 3', desc: 'Ontmoeten, leren en meedoen in de wijk.' }, [
  svc('Activiteiten', 'Koersbal, bingo, schilderen, yoga op de stoel en een computercursus. Zie het programmaboekje.', ['ontmoeting', 'bewegen', 'buurthuis']),
  svc('Vrouwenochtend', 'Vrouwen uit de wijk drinken samen thee, praten en doen activiteiten. Nieuwkomers zijn welkom. Kinderopvang aanwezig.', ['ontmoeting', 'buurthuis']),
]);
org({ name: 'Dorpshuis De Schelp', place: 'Schelpenhoek', street: 'Schelpenweg 3', desc: 'Het dorpshuis van Schelpenhoek.' }, [
  svc('Koffieochtend', 'Elke donderdagochtend. Iedereen is welkom.', ['ontmoeting', 'eenzaamheid', 'buurthuis'], { phone: false }),
  svc('Dorpshuis', 'Zalen voor clubs, feesten en bijeenkomsten. Ook biljart en een bibliotheekhoek.', ['ontmoeting', 'buurthuis']),
]);
org({ name: 'Ontmoetingscentrum Helmduinen', place: 'Helmduinen', street: 'Helmweg 38', desc: 'Ontmoetingscentrum naast De Helm.' }, [
  svc('De Kletskop', 'Weinig contact met anderen, of mist u iemand om mee te praten? Kom naar De Kletskop: gezellig samen zijn, spelletjes en af en toe een uitje.', ['eenzaamheid', 'ontmoeting']),
  svc('Ontmoetingsgroep geheugen', 'Dagprogramma voor thuiswonende mensen met beginnende dementie. Mantelzorgers krijgen advies en kunnen naar gespreksgroepen.', ['dagbesteding', 'dagbesteding-ouderen', 'dementie']),
]);
org({ name: 'Bezoekdienst Kreekmonde', place: 'Kreekmonde', street: 'Kerkweg 2', desc: 'Vrijwilligers van de kerken in Kreekmonde.' }, [
  svc('Bezoekdienst', 'Wij komen op bezoek bij mensen die ziek, oud of alleen zijn, of die iemand verloren hebben. U hoeft niet gelovig te zijn.', ['eenzaamheid', 'rouw'], { area: ['Kreekmonde'] }),
]);
org({ name: 'Zorgboerderij De Kreekhoeve', place: 'Kreekmonde', street: 'Polderdijk 7', desc: 'Zorgboerderij.' }, [
  svc('Dagbesteding op de boerderij', 'Werken met dieren, in de moestuin en in de kaasmakerij. Voor volwassenen met een beperking, psychische problemen of dementie.', ['dagbesteding', 'dagbesteding-ouderen'], { area: REGIO }),
]);
org({ name: 'Atelier Aanloop', place: 'Centrum', street: 'Pakhuisstraat 7', desc: 'Creatieve werkplaats.' }, [
  svc('Atelier', 'Schilderen, keramiek en houtwerk onder begeleiding. Voor mensen die (nog) niet kunnen werken door psychische problemen. Dagbesteding met een indicatie, of vrije inloop.', ['dagbesteding', 'herstel']),
]);

// ——— Rouw ——————————————————————————————————————————————————————————————————
org({ name: 'Rouwcentrum Getijde', place: 'Duinzicht', street: 'Zeereep 14', desc: 'Begeleiding bij verlies.' }, [
  svc('Rouwgroep', 'Acht avonden met mensen die ook iemand verloren hebben. Met twee begeleiders.', ['rouw']),
  svc('Doorgaan', 'Een gesprek of een paar gesprekken na het overlijden van uw partner, kind, ouder of vriend. Ook als het lang geleden is.', ['rouw']),
  svc('Kinderen en verlies', 'Voor kinderen en tieners die iemand kwijt zijn: een groep met lotgenoten en tips voor ouders.', ['rouw-kinderen']),
]);
org({ name: 'Achterblijvers', place: 'Centrum', street: 'Kerkplein 4', desc: 'Lotgenotengroep voor nabestaanden na zelfdoding.' }, [
  svc('Lotgenotengroep na zelfdoding', 'Heeft u iemand verloren door zelfdoding? In deze groep praat u met anderen die hetzelfde hebben meegemaakt. Ook voor wie het jaren geleden is overkomen.', ['nabestaanden-suicide'], { area: REGIO, phone: false }),
]);
org({ name: 'Rouwcafé Helmduinen', place: 'Helmduinen', street: 'Dorpsplein 6', desc: 'Vrijwilligers.' }, [
  svc('Rouwcafé', 'Eerste maandag van de maand. Praten, luisteren of alleen een kop koffie. Iedereen die een dierbare mist is welkom.', ['rouw', 'ontmoeting'], { phone: false }),
]);

// ——— Bewegen en leefstijl —————————————————————————————————————————————————————
org({ name: 'Sportservice Zuiderzand', place: 'Duinzicht', street: 'Sportlaan 1', desc: 'Sport en bewegen in Zuiderzand.' }, [
  svc('Buurtsportcoach', 'De buurtsportcoach helpt u een sport of beweegactiviteit te vinden die bij u past. Ook voor mensen die weinig geld hebben of een beperking.', ['bewegen'], { area: ZZ }),
  svc('Bewegen voor ouderen', 'Gymles voor 65-plussers in het buurthuis. Op uw eigen tempo.', ['bewegen', 'valpreventie'], { area: ZZ }),
  svc('Sportfonds', 'Kinderen uit gezinnen met weinig geld kunnen lid worden van een sportclub. Het fonds betaalt de contributie en sportkleding.', ['minima'], { area: ALL4 }),
  svc('Samen Fit', 'Een programma van twee jaar met een leefstijlcoach voor mensen met overgewicht. Samen werken aan gezond eten, meer bewegen en beter slapen. Verwijzing van de huisarts nodig; vergoed door de zorgverzekeraar.', ['leefstijl']),
  svc('Zwemmen voor volwassenen', 'Zwemles voor volwassenen die niet of slecht kunnen zwemmen.', ['bewegen']),
  svc('Ouderengym De Vloed', 'Gym voor ouderen. Deze les is gestopt.', ['bewegen'], { status: 'inactive' }),
]);
org({ name: 'Leefstijlpraktijk Helmduinen', place: 'Helmduinen', street: 'Bosrand 10', desc: 'Leefstijlcoaching.' }, [
  svc('Leefstijlcoach', 'Wilt u afvallen, fitter worden of gezonder leven? De leefstijlcoach begeleidt u in een groep of alleen. Via de huisarts.', ['leefstijl']),
]);
org({ name: 'Wandelclub De Duinlopers', place: 'Duinzicht', street: 'Sportlaan 1', desc: 'Wandelclub.' }, [
  svc('Wandelen', 'Elke zaterdag een wandeling van 5 of 10 km door de duinen. Gratis meedoen.', ['bewegen', 'ontmoeting'], { phone: false }),
]);

// ——— Jeugd en gezin ——————————————————————————————————————————————————————————
org({ name: 'Jongerenwerk De Branding', place: 'De Vloed', street: 'Branding 2', desc: 'Jongerenwerk in Zuiderzand.' }, [
  svc('Jongerencentrum', 'Chillen, gamen, muziek maken of gewoon praten. Voor jongeren van 12 tot 23. Je kunt ook bij de jongerenwerker terecht met vragen over school, thuis of geld.', ['jongeren', 'ontmoeting'], { hours: 'Di-vr 15.00-22.00 uur.' }),
  svc('Jongerencoach', 'Zit je even vast? Met school, werk, thuis of geld? Een coach helpt je een plan te maken. Appen mag ook.', ['jongeren']),
  svc('Meidenclub', 'Voor meiden van 12-16: praten over dingen die jullie bezighouden, samen koken en uitjes.', ['jongeren']),
  svc('Straatwerk', 'Jongerenwerkers zijn op straat en op pleinen waar jongeren rondhangen. Ze maken contact en helpen als het nodig is.', ['jongeren'], { phone: false }),
]);
org({ name: 'Jongerenloket Kust', place: 'Centrum', street: 'Stationsplein 5', desc: 'Voor jongeren van 16 tot 27 zonder werk of school.' }, [
  svc('Jongerenloket', 'Geen school, geen werk, geen startkwalificatie? Wij helpen je met een opleiding, een baan of een uitkering. Je krijgt een eigen consulent.', ['jongeren', 'onderwijs'], { area: REGIO }),
]);
org({ name: 'Opvoedpunt Kust', place: 'Centrum', street: 'Gezondheidsplein 3', desc: 'Steun bij opvoeden en opgroeien.' }, [
  svc('Opvoedspreekuur', 'Heeft u een vraag over slapen, eten, driftbuien, pesten of puberteit? Bel of kom langs bij een pedagoog.', ['opvoeden'], { area: REGIO }),
  svc('Cursus Rustig Opvoeden', 'Vijf avonden voor ouders: hoe houdt u het rustig thuis, hoe stelt u grenzen en hoe beloont u goed gedrag.', ['opvoeden'], { area: REGIO, fees: FREE }),
  svc('Ouders en scheiden', 'Gaat u uit elkaar? In deze training leert u hoe u uw kinderen het beste kunt helpen en hoe u als ouders samen afspraken maakt.', ['echtscheiding'], { area: REGIO }),
  svc('Kinderen uit elkaar', 'Een groep voor kinderen van 8 tot 12 jaar van wie de ouders gescheiden zijn.', ['echtscheiding'], { area: REGIO }),
  svc('Papa-café', 'Vaders van jonge kinderen praten met elkaar over het vaderschap.', ['ontmoeting'], { phone: false }),
]);
org({ name: 'Jeugdhulp Kust', place: 'Havenkwartier', street: 'Golfslagweg 40', desc: 'Jeugdhulp voor gezinnen in de regio.' }, [
  svc('Gezinsbegeleiding', 'Een gezinsbegeleider komt bij u thuis als het opvoeden niet meer vanzelf gaat. Bijvoorbeeld bij veel ruzie, gedragsproblemen of als u het als ouder niet meer trekt.', ['jeugdhulp', 'opvoeden'], { area: REGIO }),
  svc('Pleegzorg', 'Kinderen die tijdelijk niet thuis kunnen wonen, gaan naar een pleeggezin. Wilt u pleegouder worden? Kom naar een informatieavond.', ['jeugdhulp'], { area: REGIO }),
  svc('Intensieve gezinsbehandeling', 'Hulp aan huis voor gezinnen waar veel problemen tegelijk spelen, zodat kinderen veilig thuis kunnen blijven wonen.', ['jeugdhulp'], { area: REGIO }),
  svc('Weerbaar', 'Groep voor kinderen en jongeren die thuis geweld hebben meegemaakt of gezien.', ['kindermishandeling', 'jeugdhulp'], { area: REGIO }),
]);
org({ name: 'Kinderopvang Zeepaardje', place: 'Duinzicht', street: 'Helmgrasweg 30', desc: 'Kinderdagverblijf en BSO.' }, [
  svc('Kinderdagverblijf', 'Opvang voor kinderen van 0 tot 4 jaar, van 7.30 tot 18.30 uur.', ['kinderopvang']),
  svc('BSO', 'Na school en in de vakanties. Wij halen de kinderen op van school.', ['kinderopvang']),
]);
org({ name: 'Peuterspeelzaal De Kleine Kreek', place: 'Kreekmonde', street: 'Schoolstraat 3', desc: 'Peuteropvang.' }, [
  svc('Peuteropvang', 'Twee ochtenden per week spelen en leren met andere peuters van 2 tot 4 jaar. Met extra aandacht voor taal. Ouders met een laag inkomen betalen weinig.', ['kinderopvang', 'taal-kinderen']),
]);
org({ name: 'Gastouderbureau Kust', place: 'Helmduinen', street: 'Bosrand 16', desc: 'Gastouderopvang.' }, [
  svc('Gastouder', 'Opvang in een gezin, bij de gastouder thuis of bij u thuis. Flexibel en kleinschalig.', ['kinderopvang'], { area: REGIO }),
]);

// ——— Geld en schulden ————————————————————————————————————————————————————————
org({ name: 'Geldmaatjes Zuiderzand', place: 'Centrum', street: 'Bakkerstraat 19', desc: 'Getrainde vrijwilligers helpen met geld.' }, [
  svc('Geldmaatje', 'Liggen er brieven die u niet openmaakt? Komt u steeds geld tekort? Een geldmaatje helpt u een jaar lang om overzicht te krijgen en schulden aan te pakken, samen met de schuldhulp van de gemeente.', ['geldzorgen', 'schulden', 'administratie'], { area: ALL4, fees: FREE }),
  svc('Cursus Rondkomen', 'Drie ochtenden: hoe maak ik een begroting, waar kan ik op besparen, welke regelingen zijn er.', ['geldzorgen'], { area: ZZ }),
]);
org({ name: 'Voedselbank Kust', place: 'Havenkwartier', street: 'Visafslag 6', desc: 'De voedselbank voor de regio.' }, [
  svc('Voedselpakket', 'Heeft u na het betalen van uw vaste lasten te weinig geld over voor eten? Dan kunt u misschien een wekelijks pakket krijgen. Aanmelden gaat via het wijkteam, maatschappelijk werk of schuldhulp.', ['voedselbank'], { area: REGIO }),
  svc('Uitgiftepunt Helmduinen', 'Ophalen van het pakket op vrijdagmiddag.', ['voedselbank'], { area: ['Helmduinen'], at: { name: 'Kerkzaal De Bron', street: 'Kerkstraat 12', place: 'Helmduinen' } }),
]);
org({ name: 'Sociale Supermarkt Oostermade', place: 'Oostermade', street: 'Markt 20', desc: 'Supermarkt voor mensen met een smalle beurs.' }, [
  svc('Sociale supermarkt', 'Hier doet u boodschappen met korting als u weinig geld heeft. U heeft een pasje nodig van het Sociaal Loket.', ['voedselbank', 'minima'], { area: ['Oostermade', 'Schelpenhoek'] }),
]);
org({ name: 'Kledingbank De Kast', place: 'De Vloed', street: 'Vloedlaan 32', desc: 'Gratis kleding.' }, [
  svc('De Kast', 'Gratis kleding, schoenen en beddengoed voor volwassenen en kinderen als u weinig te besteden heeft. Drie keer per jaar.', ['kledingbank'], { area: ZZ, hours: 'Woensdag 13.00-16.00 uur.' }),
]);
org({ name: 'Kringloop Helmduinen', place: 'Helmduinen', street: 'Ambachtsweg 2', desc: 'Kringloopwinkel.' }, [
  svc('Kringloopwinkel', 'Tweedehands meubels, kleding en spullen voor weinig geld. Met een minimapas krijgt u 50% korting.', ['kledingbank', 'minima']),
]);
org({ name: 'Fonds Kansrijk Kind', place: 'Centrum', street: 'Bakkerstraat 19', desc: 'Fonds voor kinderen in gezinnen met weinig geld.' }, [
  svc('Aanvraag voor uw kind', 'Voor schoolspullen, een verjaardagsfeestje, zwemles of een schoolkamp. Een intermediair vraagt het voor u aan.', ['minima'], { area: ALL4, phone: false }),
  svc('Speelgoedbank', 'Gratis speelgoed voor kinderen bij verjaardagen en Sinterklaas.', ['minima']),
]);
org({ name: 'Diaconie Helmduinen', place: 'Helmduinen', street: 'Kerkstraat 12', desc: 'Diaconie van de kerken.' }, [
  svc('Noodhulp', 'In acute geldnood kan de diaconie eenmalig helpen met boodschappen of een rekening. Vertrouwelijk.', ['geldzorgen'], { area: ['Helmduinen'] }),
]);
org({ name: 'Bewindvoering Kustlijn', place: 'Havenkwartier', street: 'Kaaiplein 30', desc: 'Kantoor voor beschermingsbewind.' }, [
  svc('Beschermingsbewind', 'De bewindvoerder beheert uw geld en betaalt uw rekeningen, als u dat zelf niet meer kunt. De kantonrechter moet dit goedkeuren.', ['bewindvoering'], { area: REGIO, fees: 'Kosten worden vaak betaald uit bijzondere bijstand.' }),
]);
org({ name: 'Ondernemers in Zwaar Weer', place: 'Centrum', street: 'Stationsplein 9', desc: 'Vrijwilligers met ondernemerservaring.' }, [
  svc('Hulp voor ondernemers', 'Loopt uw bedrijf niet goed en heeft u schulden of geldzorgen? Ervaren (oud-)ondernemers denken vertrouwelijk met u mee.', ['ondernemers'], { area: REGIO }),
]);
org({ name: 'Energiecoaches Zuiderzand', place: 'Centrum', street: 'Pakhuisstraat 11', desc: 'Vrijwillige energiecoaches.' }, [
  svc('Energiecoach', 'Een energiecoach komt gratis bij u thuis. Hij kijkt waar u kunt besparen en brengt tochtstrips, ledlampen en een radiatorfolie mee.', ['energie'], { area: ALL4, fees: FREE }),
  svc('Hoge energierekening?', 'Kunt u de energierekening niet betalen? Bel ons. Wij helpen met een betalingsregeling en kijken naar regelingen.', ['energie', 'geldzorgen'], { area: ALL4 }),
]);

// ——— Juridisch, wonen ————————————————————————————————————————————————————————
org({ name: 'Rechtswinkel Zuiderzand', place: 'Centrum', street: 'Raadhuisstraat 8', desc: 'Gratis juridisch advies door rechtenstudenten.' }, [
  svc('Rechtswinkel', 'Heeft u een probleem met uw werkgever, verhuurder, een winkel of de overheid? Wij geven gratis advies en helpen met een brief.', ['juridisch'], { hours: 'Donderdagavond 19.00-20.30 uur.', fees: FREE }),
]);
org({ name: 'Advocatenkantoor Duinstra', place: 'Centrum', street: 'Raadhuisstraat 14', desc: 'Advocaten voor sociaal recht, familierecht en huurrecht. Ook met toevoeging.' }, [
  svc('Advocaat met toevoeging', 'Heeft u weinig inkomen? Dan betaalt de overheid een groot deel van de kosten van een advocaat. Wij doen zaken over scheiding, ontslag, uitkering en huur.', ['juridisch', 'echtscheiding']),
]);
org({ name: 'Woonstichting Zandhaven', place: 'Centrum', street: 'Havenkade 1', desc: 'Woningcorporatie in Zuiderzand en Helmduinen.' }, [
  svc('Woning zoeken', 'Op zoek naar een sociale huurwoning? Schrijf u in via de website. Hoe langer u ingeschreven staat, hoe meer kans.', ['woningzoeken'], { area: ['Zuiderzand', 'Helmduinen'] }),
  svc('Reparatieverzoek', 'Lekkage, schimmel, een kapotte cv-ketel? Meld het bij ons.', ['huurproblemen'], { area: ['Zuiderzand', 'Helmduinen'] }),
  svc('Huur niet betaald?', 'Lukt het niet om de huur te betalen? Neem snel contact op. Dan maken we samen een regeling, zodat u in uw huis kunt blijven.', ['huurachterstand'], { area: ['Zuiderzand', 'Helmduinen'] }),
  svc('Woonconsulent senioren', 'Wordt uw huis te groot of is de trap lastig? De woonconsulent helpt ouderen bij het zoeken naar een gelijkvloerse woning.', ['woningzoeken', 'ouderenadvies'], { area: ['Zuiderzand', 'Helmduinen'] }),
]);
org({ name: 'Woonpartners Kreek', place: 'Kreekmonde', street: 'Havenstraat 9', desc: 'Woningcorporatie voor Oostermade en Kreekmonde.' }, [
  svc('Huurwoning', 'Inschrijven voor een huurwoning in Oostermade, Schelpenhoek of Kreekmonde.', ['woningzoeken'], { area: ['Oostermade', 'Schelpenhoek', 'Kreekmonde'] }),
  svc('Betalingsregeling huur', 'Achterstand met de huur? Wij nemen zelf contact met u op en zoeken een oplossing.', ['huurachterstand'], { area: ['Oostermade', 'Schelpenhoek', 'Kreekmonde'] }),
]);
org({ name: 'Huurteam Kust', place: 'Centrum', street: 'Pakhuisstraat 11', desc: 'Onafhankelijk advies voor huurders.' }, [
  svc('Huurteam', 'Betaalt u te veel huur? Doet uw verhuurder niets aan schimmel of achterstallig onderhoud? Het huurteam checkt gratis uw huur en helpt u naar de Huurcommissie.', ['huurproblemen'], { area: REGIO, fees: FREE }),
]);
org({ name: 'Stichting De Haven', place: 'De Vloed', street: 'Havenweg 50', desc: 'Opvang en begeleiding voor dak- en thuislozen.' }, [
  svc('Nachtopvang', 'Een bed, een douche en ontbijt voor mensen die op straat slapen. Binnenkomen tussen 21.00 en 23.00 uur.', ['dakloos'], { area: REGIO }),
  svc('Dagopvang', 'Overdag binnen zitten, warm eten, kleren wassen en iemand spreken.', ['dakloos']),
  svc('Centrale toegang opvang', 'Dakloos of bijna dakloos? Hier meldt u zich aan voor opvang of begeleid wonen. Wij kijken samen naar wat u nodig heeft.', ['dakloos'], { area: REGIO }),
  svc('Housing First', 'Een eigen woning met intensieve begeleiding, voor mensen die lang op straat hebben geleefd.', ['dakloos', 'ambulante-begeleiding'], { area: REGIO }),
]);
org({ name: 'Buurtbemiddeling Kust', place: 'Centrum', street: 'Lange Strandstraat 44', desc: 'Bemiddeling bij problemen tussen buren.' }, [
  svc('Buurtbemiddeling', 'Last van harde muziek, een blaffende hond of ruzie over de schutting? Getrainde vrijwilligers helpen u en uw buren om er samen uit te komen.', ['buurtbemiddeling'], { area: REGIO, fees: FREE }),
]);

// ——— Huiselijk geweld en veiligheid —————————————————————————————————————————————
org({ name: 'Vrouwenopvang De Schuilhaven', secretAddress: true, place: 'Centrum', street: '-', desc: 'Opvang voor vrouwen en kinderen die thuis niet veilig zijn.' }, [
  svc('Opvang', 'Een veilige plek om tijdelijk te wonen voor vrouwen (met kinderen) die thuis te maken hebben met geweld. Het adres is geheim.', ['huiselijk-geweld'], { area: REGIO }),
  svc('Ambulante hulp na geweld', 'Begeleiding thuis nadat u uit een gewelddadige relatie bent gegaan, of als u nog samenwoont en het veiliger wilt maken.', ['huiselijk-geweld'], { area: REGIO }),
]);
org({ name: 'Steunpunt Geweld in Huis', place: 'Havenkwartier', street: 'Golfslagweg 42', desc: 'Advies en hulp bij huiselijk geweld in de regio Zuiderzand.' }, [
  svc('Advies en hulp', 'Wordt u thuis geslagen, bedreigd, gecontroleerd of vernederd? Of maakt u zich zorgen over iemand anders, bijvoorbeeld een kind of een oudere? Wij luisteren en helpen u verder. U kunt anoniem bellen.', ['huiselijk-geweld', 'kindermishandeling', 'ouderenmishandeling'], { area: REGIO }),
  svc('Ouderenmishandeling', 'Wordt een oudere in uw omgeving verwaarloosd, financieel uitgebuit of slecht behandeld? Wij geven advies aan familie, buren en hulpverleners.', ['ouderenmishandeling'], { area: REGIO }),
  svc('Beheers je', 'Training voor mensen die snel boos worden en thuis weleens slaan, schreeuwen of dreigen en daarmee willen stoppen.', ['agressie'], { area: REGIO }),
]);
org({ name: 'Meldpunt Discriminatie Kust', place: 'Centrum', street: 'Raadhuisstraat 8', desc: 'Antidiscriminatievoorziening.' }, [
  svc('Discriminatie melden', 'Bent u anders behandeld door uw afkomst, geloof, handicap, leeftijd of seksuele voorkeur? Bij het zoeken naar werk of een huis, op straat of online? Meld het. Wij registreren het en helpen als u dat wilt.', ['discriminatie'], { area: REGIO }),
]);
org({ name: 'Roze Kust', place: 'Havenkwartier', street: 'Kaapstraat 10', desc: 'Vereniging voor lhbti+ mensen in de regio.' }, [
  svc('Roze soos', 'Elke derde vrijdag van de maand een avond in het buurthuis voor lesbo, homo, bi, trans en queer mensen en vrienden.', ['lhbti', 'ontmoeting'], { phone: false }),
  svc('Jongerengroep', 'Voor queer jongeren tot 23. Je bent welkom, ook als je nog twijfelt.', ['lhbti', 'jongeren'], { phone: false }),
]);

// ——— EHBO en cursussen ——————————————————————————————————————————————————————
org({ name: 'EHBO-vereniging Zuiderzand', place: 'Duinzicht', street: 'Sportlaan 3', desc: 'EHBO-vereniging.' }, [
  svc('Cursus EHBO', 'Leer wat je moet doen bij een ongeluk, verstikking, brandwonden of als iemand onwel wordt. Met diploma.', ['ehbo']),
  svc('Reanimatie en AED', 'Een avond leren reanimeren en de AED gebruiken.', ['ehbo']),
  svc('Mentale EHBO', 'Een cursus van vier avonden: hoe help je iemand met psychische problemen, zoals paniek, een depressie of gedachten aan zelfdoding, tot er professionele hulp is.', ['training-suicidepreventie']),
]);

// ——— Taal, digitaal, inburgering —————————————————————————————————————————————
org({ name: 'Bibliotheek Zuiderzand', place: 'Centrum', street: 'Bibliotheekplein 1', desc: 'De bibliotheek.' }, [
  svc('Taalhuis', 'Wilt u beter leren lezen, schrijven of rekenen? Of Nederlands leren? In het Taalhuis zoeken we met u een cursus of een taalvrijwilliger.', ['taal', 'laaggeletterdheid'], { area: ZZ }),
  svc('Digicafé', 'Hulp bij uw laptop, tablet of smartphone. Stel uw vraag aan een vrijwilliger.', ['digitaal'], { hours: 'Dinsdag 10.00-12.00 uur.' }),
  svc('Informatiepunt Digitale Overheid', 'Hulp bij DigiD, de belastingdienst, toeslagen en andere websites van de overheid.', ['digitaal', 'toeslagen', 'administratie']),
  svc('Taalcafé', 'Nederlands praten met andere mensen, in een gezellige groep. Voor iedereen die Nederlands leert.', ['taal', 'ontmoeting'], { hours: 'Zaterdag 10.30 uur.' }),
  svc('Voorlezen thuis', 'Een vrijwilliger leest twintig weken voor bij gezinnen met jonge kinderen. Goed voor de taal van uw kind.', ['taal-kinderen']),
]);
org({ name: 'Bibliotheek Helmduinen', place: 'Helmduinen', street: 'Dorpsplein 4', desc: 'Bibliotheekvestiging.' }, [
  svc('Cursus Overheid Online', 'Leer werken met de websites van de overheid. Vier lessen in een kleine groep.', ['digitaal']),
  svc('Lees- en schrijfgroep', 'Vindt u lezen en schrijven moeilijk? U bent niet de enige. Oefen in een kleine groep, in uw eigen tempo.', ['laaggeletterdheid']),
]);
org({ name: 'ROC Kustland', place: 'De Vloed', street: 'Onderwijsweg 2', desc: 'Opleidingen voor volwassenen.' }, [
  svc('Nederlands als tweede taal', 'Lessen Nederlands (NT2) op niveau A1 tot B2, ook voor inburgering.', ['taal', 'inburgering']),
  svc('Basisvaardigheden', 'Lessen lezen, schrijven, rekenen en computer voor volwassenen.', ['laaggeletterdheid', 'digitaal']),
]);
org({ name: 'Stichting Nieuw Thuis', place: 'Havenkwartier', street: 'Loodsstraat 9', desc: 'Begeleiding van vluchtelingen en nieuwkomers.' }, [
  svc('Begeleiding statushouders', 'Net een verblijfsvergunning en een huis in de regio? Een vrijwilliger helpt u in het eerste jaar met brieven, de bank, de huisarts, school en de buurt. Wij spreken ook Engels, Arabisch en Tigrinya.', ['inburgering', 'english'], { area: REGIO, lang: ['nl', 'en', 'ar', 'ti'] }),
  svc('Taalmaatje', 'Eén keer per week Nederlands oefenen met een vrijwilliger. Praten over gewone dingen.', ['taal', 'inburgering'], { area: REGIO }),
  svc('Spreekuur gezinshereniging', 'Vragen over het laten overkomen van uw gezin, over uw verblijfsvergunning of naturalisatie.', ['inburgering'], { area: REGIO }),
  svc('Welcome support for newcomers', 'Newly arrived as a refugee? We help you find your way: letters, banking, your doctor, your children’s school. We speak English, Arabic and Tigrinya.', ['inburgering', 'english'], { area: REGIO, lang: ['en', 'ar', 'ti'] }),
]);
org({ name: 'International Welcome Centre Zuiderzand', place: 'Centrum', street: 'Stationsplein 11', desc: 'Information and support for internationals who live or work in the region.' }, [
  svc('Welcome desk', 'New in the region? Ask us about registering at the town hall, getting a BSN, health insurance, finding a GP and schools. Free for all internationals and their families.', ['internationals', 'english', 'welcome-internationals'], { area: REGIO, lang: ['en'] }),
  svc('Dutch conversation group', 'Practise your Dutch in a relaxed group with volunteers. All levels welcome.', ['taal', 'internationals', 'internationals-contact', 'english'], { area: REGIO, lang: ['en', 'nl'] }),
  svc('International parents', 'Monthly meet-up for parents from abroad with young children. Share tips about Dutch schools, childcare and parenting far from family.', ['internationals', 'internationals-contact', 'english', 'ontmoeting'], { area: REGIO, lang: ['en'], phone: false }),
  svc('Partner career support', 'For accompanying partners who want to work in the Netherlands: CV workshops, networking, and advice on Dutch job applications.', ['internationals', 'english', 'werk-internationals'], { area: REGIO, lang: ['en'] }),
]);
org({ name: 'Hogeschool Kustland', place: 'Havenkwartier', street: 'Campus 1', desc: 'Hogeschool met een campus in het Havenkwartier.' }, [
  svc('Studentpsycholoog', 'Last van stress, faalangst, somberheid of heimwee? Studenten kunnen gratis een paar gesprekken hebben met de studentpsycholoog. Sessions also in English.', ['studenten', 'studentenwelzijn', 'english'], { lang: ['nl', 'en'] }),
  svc('Studentendecaan', 'Vragen over studievertraging, ziekte, geld of een beperking tijdens je studie.', ['studenten', 'studentenwelzijn']),
  svc('Buddy programme', 'International students get a buddy: a senior student who helps you settle in and shows you around. Feeling lonely is normal in the first months – you do not have to do it alone.', ['studenten', 'studentenwelzijn', 'internationals', 'internationals-contact', 'english'], { lang: ['en'] }),
  svc('Student housing desk', 'Problems with your landlord, a high rent or a room that is too cold or damp? Bring your contract; we check it and explain your rights as a tenant. English and Dutch.', ['studenten', 'studentenhuisvesting', 'internationals', 'english'], { lang: ['en', 'nl'] }),
]);
org({ name: 'Huisartsenpraktijk Campus', place: 'Havenkwartier', street: 'Campus 3', desc: 'General practice for students and staff; English spoken.' }, [
  svc('GP for students', 'General practitioner for students and internationals. Register online; consultations in English or Dutch.', ['studenten', 'internationals', 'english'], { lang: ['en', 'nl'] }),
]);

// ——— Werk en vrijwilligerswerk ——————————————————————————————————————————————————
org({ name: 'Werkplein Kust', place: 'De Vloed', street: 'Industrieweg 20', desc: 'Werk en re-integratie voor de vier gemeenten.' }, [
  svc('Vacatures en sollicitatiehulp', 'Hulp bij uw cv, sollicitatiebrief en het vinden van vacatures. Ook als u geen uitkering heeft.', ['werk'], { area: ALL4 }),
  svc('Jobcoach', 'Een jobcoach begeleidt u op uw werk als u door een ziekte of beperking extra hulp nodig heeft.', ['werk'], { area: ALL4 }),
  svc('Kustbedrijf', 'Werken in een beschutte omgeving: in de groenvoorziening, de inpakafdeling of de kantine. Voor mensen die niet zomaar bij een gewone werkgever kunnen werken.', ['werk'], { area: ALL4 }),
  svc('Taal en werk', 'Een traject voor nieuwkomers: Nederlands leren op de werkvloer, met een stage.', ['inburgering', 'taal'], { area: ALL4 }),
]);
org({ name: 'Stichting Proefdraaien', place: 'Kreekmonde', street: 'Havenstraat 22', desc: 'Werkervaringsplekken.' }, [
  svc('Werkervaringsplek', 'Lang thuis gezeten? Wen weer aan werken in een fietsenwerkplaats of een kringloopwinkel, met een begeleider die meekijkt.', ['werk']),
]);

// ——— Extra lokale initiatieven —————————————————————————————————————————————————
org({ name: 'Buurtkamer Duinzicht', place: 'Duinzicht', street: 'Helmgrasweg 14', desc: 'Huiskamer in de wijk, gerund door buurtbewoners.' }, [
  svc('Buurtkamer', 'Een huiskamer in de wijk waar u zonder afspraak binnen kunt lopen. Koffie, een praatje, samen een puzzel. Soms lunch.', ['ontmoeting', 'eenzaamheid', 'buurthuis'], { hours: 'Dinsdag t/m donderdag 10.00-15.00 uur.' }),
  svc('Moestuin', 'Samen tuinieren in de buurtmoestuin. Geen ervaring nodig.', ['ontmoeting']),
]);
org({ name: 'Zorgcoöperatie Schelpenhoek', place: 'Schelpenhoek', street: 'Schelpenweg 5', desc: 'Inwoners helpen elkaar.' }, [
  svc('Dorpsondersteuner', 'Een vast aanspreekpunt in het dorp voor vragen over zorg, welzijn en wonen. Zij kent iedereen en weet de weg.', ['wijkteam', 'ouderenadvies'], { area: ['Schelpenhoek'] }),
  svc('Burenhulp', 'Dorpsgenoten helpen elkaar: boodschappen, de hond uitlaten, een ritje naar de dokter of een klusje.', ['boodschappen', 'klussen', 'vervoer'], { area: ['Schelpenhoek'] }),
]);
org({ name: 'Stichting Thuis Sterven', place: 'Helmduinen', street: 'Bosrand 2', desc: 'Palliatieve zorg thuis.' }, [
  svc('Palliatief team', 'Verpleegkundigen met extra kennis van de laatste levensfase. Zij helpen de huisarts en de familie bij pijn, benauwdheid of onrust.', ['palliatief'], { area: REGIO }),
]);
org({ name: 'Zorgkantoor Kustland', place: 'De Vloed', street: 'Zeedijk 80', desc: 'Regelt de langdurige zorg (Wlz) in de regio.' }, [
  svc('Informatie langdurige zorg', 'Heeft u of uw naaste blijvend 24 uur per dag zorg of toezicht nodig? Dan valt u misschien onder de Wet langdurige zorg. Wij leggen uit hoe u een indicatie aanvraagt bij het CIZ en hoe u een verpleeghuis of zorg thuis kiest.', ['wlz'], { area: REGIO }),
  svc('Pgb Wlz', 'Wilt u uw langdurige zorg zelf inkopen met een pgb? Wij helpen met de aanvraag en het budgetplan.', ['pgb', 'wlz'], { area: REGIO }),
]);
org({ name: 'Hulphond Kust', place: 'Kreekmonde', street: 'Polderdijk 12', desc: 'Vrijwilligersorganisatie.' }, [
  svc('Maatje met hond', 'Een vrijwilliger met een rustige hond komt op bezoek bij ouderen die alleen wonen.', ['eenzaamheid']),
]);
org({ name: 'Mind Buddies Zuiderzand', place: 'Centrum', street: 'Pakhuisstraat 7', desc: 'Ervaringsdeskundigen voor jongeren.' }, [
  svc('Praat met een ervaringsdeskundige', 'Zit je niet lekker in je vel, ben je vaak down of heb je last van paniekaanvallen? Praat met een jongere die het zelf heeft meegemaakt. Via de app of in het echt.', ['jongeren', 'herstel'], { area: REGIO, online: true }),
]);
org({ name: 'Stichting Slaapwel', place: 'Duinzicht', street: 'Duinrandweg 52', desc: 'Slaapcursussen.' }, [
  svc('Cursus Beter Slapen', 'Ligt u vaak wakker of wordt u moe wakker? In zes lessen leert u hoe u beter slaapt, zonder slaappillen.', ['slapen'], { area: REGIO }),
]);
org({ name: 'Gezondheidscentrum Helmduinen', place: 'Helmduinen', street: 'Kerkstraat 2', desc: 'Eerstelijnszorg in Helmduinen.' }, [
  svc('Fysiotherapie Helmduinen', 'Fysiotherapie, ook aan huis voor wie niet kan komen.', ['fysiotherapie']),
  svc('Apotheek Helmduinen', 'Apotheek in het gezondheidscentrum.', ['apotheek']),
]);
org({ name: 'Burn-out Café', place: 'Duinzicht', street: 'Zeereep 14', desc: 'Initiatief van ervaringsdeskundigen.' }, [
  svc('Burn-out Café', 'Thuis met een burn-out of overspannen? Praat met anderen die het kennen. Eens per maand op woensdagavond.', ['stress', 'herstel'], { phone: false }),
]);
org({ name: 'Kwetsbare Ouderen Team Oostermade', place: 'Oostermade', street: 'Molenweg 6', desc: 'Samenwerking van huisarts, wijkverpleging en ouderenconsulent.' }, [
  svc('Ouderenteam', 'Voor ouderen die thuis wonen en het moeilijker krijgen. Het team maakt samen met u een plan, zodat u veilig thuis kunt blijven.', ['ouderenadvies'], { area: ['Oostermade', 'Schelpenhoek'] }),
]);
org({ name: 'Stichting Helpende Handen Kreekmonde', place: 'Kreekmonde', street: 'Kerkweg 4', desc: 'Vrijwilligerswerk voor het dorp.' }, [
  svc('Boodschappendienst', 'Vrijwilligers doen boodschappen voor wie dat niet zelf kan. Eén keer per week.', ['boodschappen'], { area: ['Kreekmonde'] }),
  svc('Zomeractiviteiten', 'Uitjes voor ouderen in de zomervakantie. Dit jaar geen programma.', ['ontmoeting'], { status: 'inactive' }),
]);
org({ name: 'Jeugdpraktijk De Duinvogel', place: 'Duinzicht', street: 'Duinrandweg 60', desc: 'Jeugd-ggz praktijk.' }, [
  svc('Kinderpsycholoog', 'Voor kinderen en jongeren met angst, somberheid, ADHD, trauma of problemen na een scheiding. Met verwijzing van de huisarts of het jeugd- en gezinsteam.', ['jeugd-ggz'], { area: REGIO }),
]);
org({ name: 'Scheidingsloket Kust', place: 'Centrum', street: 'Raadhuisstraat 20', desc: 'Mediators en advies bij scheiding.' }, [
  svc('Mediation bij scheiding', 'Samen uit elkaar gaan zonder ruzie. Een mediator helpt u afspraken te maken over de kinderen, het huis en geld. Met een laag inkomen betaalt u weinig.', ['echtscheiding']),
]);
org({ name: 'Thuiszorg Zilt', place: 'Kreekmonde', street: 'Schorweg 2', desc: 'Kleinschalige thuiszorg.' }, [
  svc('Verzorging thuis', 'Hulp bij wassen en aankleden, steunkousen en medicijnen. Ook in het weekend.', ['wijkverpleging'], { area: ['Kreekmonde', 'Oostermade'] }),
]);
org({ name: 'Stichting Samen Koken', place: 'Duinzicht', street: 'Helmgrasweg 14', desc: 'Kookinitiatief.' }, [
  svc('Aanschuiftafel', 'Op vrijdag kookt een groep buurtbewoners voor wie graag mee-eet. Voor een vrijwillige bijdrage.', ['maaltijden', 'ontmoeting', 'eenzaamheid']),
]);
