// Hazelhorst (FICTIEF): the hand-written source of a made-up "Dorpenwijzer Hazelhorst", the
// sociale kaart of a rural gemeente of eight villages, for the Wijkwijzer search benchmark only.
// Every organisation, person, street and village here is invented; postal codes run 0034-0066
// (no Dutch postal code starts with 0) and every phone number is 0000-… (make.mjs numbers them).
// The national help lines (113, Veilig Thuis, 112 …) are deliberately not listed: the product
// supplies those itself.
//
// The publisher is not the municipality but volunteers: the Dorpenwijzer is kept by Stichting
// Welzijn Hazelhorst together with the diaconieën of the churches. Descriptions are long, warm and
// chatty, use everyday words ("een luisterend oor", "een steuntje in de rug", "even bijkletsen")
// rather than official terms, and volunteer initiatives (maaltijden, rijdiensten, maatjes, repair
// café, rouwgroep) stand beside the professional services (huisarts, wijkteam, ggz, Wmo-loket).
//
// `topics` is the judge's key: what a service really offers, as a social worker would file it,
// whatever words its description happens to use. make.mjs keeps it out of the HSDS export.
//
// Gemeente Hazelhorst, villages: Hazelhorst (the main village), Eikenrade, Molenvliet, Ter Heggen,
// Klaverdonk, Schaapsdijk, Oudewaal and Linderveld.
import { addingTo, svc } from '../write-directory.mjs';

/** The topics, each in one line: a service carries a topic when it answers that question. */
export const TOPICS = {
  huisarts: 'huisartsenpraktijk: spreekuur, visite, verwijzing',
  hap: 'huisartsenpost: de dokter buiten kantoortijd (avond, nacht, weekend)',
  'poh-ggz': 'praktijkondersteuner ggz (POH-GGZ) bij de huisarts',
  ggz: 'psychische hulp door een professional: POH-GGZ, psycholoog, basis- of specialistische ggz',
  'jeugd-ggz': 'psychische hulp voor kinderen en jongeren',
  stress: 'hulp bij stress, spanning, overspannenheid en burn-out',
  somberheid: 'hulp bij somberheid, depressie en piekeren',
  epa: 'langdurige psychische kwetsbaarheid: FACT-team, begeleiding, herstel',
  wijkteam: 'sociaal team / wijkteam: eerste plek voor alle vragen, ook bij meerdere problemen tegelijk',
  wmo: 'Wmo-loket van de gemeente: hulp en voorzieningen aanvragen',
  clientondersteuning: 'onafhankelijke cliëntondersteuning: iemand die meegaat naar gesprekken met gemeente of zorg',
  hulpmiddelen: 'hulpmiddelen: rolstoel, rollator, scootmobiel, uitleen',
  woningaanpassing: 'aanpassingen in huis (traplift, douche, drempels)',
  'huishoudelijke-hulp': 'hulp bij het huishouden',
  vervoer: 'vervoer: regiotaxi, vrijwillige chauffeurs, rijdienst naar dokter of ziekenhuis',
  wijkverpleging: 'wijkverpleging en persoonlijke verzorging thuis',
  mantelzorg: 'steun voor mantelzorgers: advies, lotgenoten, waardering, luisterend oor',
  respijt: 'respijtzorg: de zorg even overnemen zodat de mantelzorger rust heeft',
  'jonge-mantelzorg': 'jonge mantelzorgers (kinderen en jongeren die thuis zorgen)',
  dementie: 'dementie en geheugenproblemen, ook voor naasten',
  nah: 'niet-aangeboren hersenletsel (NAH), bijvoorbeeld na een beroerte',
  alarmering: 'personenalarmering',
  maaltijden: 'maaltijden: eten aan huis of samen eten',
  dagbesteding: 'dagbesteding (ouderen, dementie, beperking, ggz)',
  ouderenadvies: 'ouderenadviseur: vragen van ouderen over wonen, zorg en geld',
  palliatief: 'palliatieve zorg, thuiswaken, hospice, laatste levensfase',
  eenzaamheid: 'eenzaamheid: bezoek, maatje, bellen, contact met anderen',
  ontmoeting: 'ontmoeting en activiteiten: dorpshuis, koffie-inloop, clubs, open tafel',
  zingeving: 'zingeving en levensvragen: pastoraal gesprek, geestelijk verzorger',
  rouw: 'rouw en verlies: rouwgroep, rouwbegeleiding, gesprekken',
  vrijwilligerswerk: 'vrijwilligerswerk vinden',
  klussen: 'kleine klussen en reparaties: klussendienst, repair café',
  geldzorgen: 'geldzorgen: rondkomen, budgetcoach, geldmaatje, noodhulp',
  schulden: 'schuldhulp en schuldsanering',
  administratie: 'hulp bij post, formulieren, belastingaangifte en toeslagen',
  minima: 'regelingen voor een laag inkomen: bijzondere bijstand, meedoenregeling, fondsen, kindpakket',
  uitkering: 'uitkering: bijstand aanvragen, vragen over uw uitkering',
  werk: 'werk zoeken, re-integratie, participatie, jobcoach',
  juridisch: 'juridisch advies: sociaal raadslieden, juridisch loket, advocaat',
  taal: 'Nederlands leren en oefenen: taalles, taalmaatje, taalcafé, lezen en schrijven',
  digitaal: 'hulp met computer, smartphone en DigiD',
  woningzoeken: 'woning zoeken: inschrijven, urgentie, kleiner wonen',
  huurachterstand: 'huurachterstand en huisuitzetting voorkomen',
  dakloos: 'geen dak boven het hoofd: opvang, nachtopvang, briefadres',
  voedselbank: 'voedselbank en andere voedselhulp',
  kledingbank: 'gratis of goedkope kleding en spullen',
  opvoeden: 'opvoedsteun en vragen over kinderen',
  jeugdhulp: 'jeugdhulp en gezinsbegeleiding',
  jgz: 'jeugdgezondheidszorg: consultatiebureau, jeugdarts, jeugdverpleegkundige',
  onderwijs: 'school en leerplicht: leerplichtambtenaar, schoolmaatschappelijk werk, thuiszitters',
  jongeren: 'jongerenwerk: een plek en een vertrouwd persoon voor jongeren',
  verslaving: 'verslaving bij volwassenen: alcohol, drugs, medicijnen (hulp en lotgenoten)',
  'verslaving-jongeren': 'alcohol, blowen en drugs bij jongeren (ook voor hun ouders)',
  gokken: 'gokken en gamen uit de hand',
  'huiselijk-geweld': 'huiselijk geweld: hulp, advies en opvang voor wie het meemaakt of ziet',
  zwangerschap: 'zwanger: verloskundige, kraamzorg, zwangerschapsgroep',
  'seksuele-gezondheid': 'seksuele gezondheid: soa-test, anticonceptie, vragen over seks',
  leefstijl: 'gezonde leefstijl, bewegen en gewicht: leefstijlcoach, diëtist, beweeggroep',
  roken: 'stoppen met roken',
  'sport-minima': 'sporten of op een club als het geld er niet is (jeugdfonds, sportfonds)',
  migranten: 'statushouders en arbeidsmigranten: begeleiding, uitleg, vragen over wonen en werk',
  lvb: 'voor mensen met een licht verstandelijke beperking (LVB)',
  autisme: 'autisme: begeleiding, lotgenoten, informatie',
  boeren: 'boeren en tuinders in de knel: bedrijf, geld, stress, opvolging, erfbetreders',
  ehbo: 'EHBO- en reanimatiecursussen',
};

/** Place → gemeente and the first four digits of its postal codes (0034-0066: no Dutch code starts with 0). */
export const places = {
  Hazelhorst: { gemeente: 'Hazelhorst', pc: '0034' },
  Eikenrade: { gemeente: 'Hazelhorst', pc: '0039' },
  Molenvliet: { gemeente: 'Hazelhorst', pc: '0043' },
  'Ter Heggen': { gemeente: 'Hazelhorst', pc: '0047' },
  Klaverdonk: { gemeente: 'Hazelhorst', pc: '0051' },
  Schaapsdijk: { gemeente: 'Hazelhorst', pc: '0055' },
  Oudewaal: { gemeente: 'Hazelhorst', pc: '0060' },
  Linderveld: { gemeente: 'Hazelhorst', pc: '0066' },
};

export const organizations = [];
const org = addingTo(organizations);

// ---- Huisartsen en zorg in de dorpen ----
org({ name: 'Huisartsenpraktijk De Linde', place: 'Hazelhorst', street: 'Kerkstraat 12', desc: 'De huisartsenpraktijk voor Hazelhorst, Eikenrade en Ter Heggen. Dokter Verbeek, dokter Hamstra en hun assistentes kennen de meeste mensen hier al jaren.' }, [
  svc('Spreekuur en visites', 'Voor alles waar u mee naar de dokter wilt, kunt u bij ons terecht. Bel ’s ochtends voor een afspraak; kunt u zelf niet komen, dan komt de dokter bij u thuis langs. Voor herhaalrecepten belt u de receptenlijn of gebruikt u de app. We nemen de tijd voor u, ook als het even niet zo goed gaat met u.', ['huisarts'], { hours: 'Maandag t/m vrijdag 8.00-17.00 uur. Spoed: de hele dag bellen, kies 1.', apply: 'Bel de praktijk. Nieuwe patiënten die in de gemeente wonen zijn welkom.' }),
  svc('Praktijkondersteuner GGZ (Marleen)', 'Zit u niet lekker in uw vel? Slaapt u slecht, maakt u zich veel zorgen of zit u er doorheen? Marleen is praktijkondersteuner ggz bij ons. U praat met haar een paar keer, zonder wachtlijst en zonder eigen risico. Samen kijkt u wat u helpt, en of er meer hulp nodig is. Ook boeren en tuinders die met de spanning van het bedrijf rondlopen komen bij haar, ze weet hoe het op een erf gaat.', ['poh-ggz', 'ggz', 'stress', 'somberheid'], { fees: 'Gratis, valt niet onder het eigen risico.', apply: 'Vraag de huisarts of de assistente om een afspraak.' }),
  svc('Ouderenconsulent praktijk', 'Onze praktijkverpleegkundige ouderenzorg, zuster Anja, komt bij 75-plussers thuis om te kijken hoe het gaat. Met vallen, met vergeten, met de pillen, met alleen zijn. Ze kent de mensen van het sociaal team en van de kerken en brengt u graag met hen in contact.', ['huisarts', 'ouderenadvies', 'dementie'], { elig: 'Patiënten van de praktijk van 75 jaar en ouder, of jonger als het thuis niet meer zo goed gaat.' }),
]);

org({ name: 'Gezondheidscentrum Molenvliet', place: 'Molenvliet', street: 'Molenweg 3', desc: 'Huisartsen, fysio, diëtist en verloskundige onder één dak, voor Molenvliet, Klaverdonk, Schaapsdijk, Oudewaal en Linderveld.' }, [
  svc('Huisartsen Molenvliet', 'Dokter Koster en dokter El Idrissi houden spreekuur in Molenvliet en op dinsdag ook in het dorpshuis van Linderveld. Wie slecht ter been is, krijgt een visite. English spoken: seasonal workers registered with an employer can also visit as temporary patients.', ['huisarts'], { hours: 'Werkdagen 8.00-17.00 uur; dinsdagmiddag spreekuur in Linderveld.', lang: ['nl', 'en'] }),
  svc('POH-GGZ en e-health', 'Voor mensen met somberheid, angst, stress of slaapproblemen. Gesprekken met de praktijkondersteuner, soms aangevuld met een online programma dat u thuis op de tablet kunt doen.', ['poh-ggz', 'ggz', 'stress', 'somberheid']),
  svc('Leefstijlcoach en diëtist', 'Wilt u gezonder eten, wat afvallen of meer bewegen, maar lukt het alleen niet? Onze leefstijlcoach begeleidt u twee jaar lang in een groepje (GLI, vergoed uit de basisverzekering). De diëtist helpt bij suikerziekte, hoge bloeddruk of ondergewicht.', ['leefstijl'], { fees: 'GLI en diëtist (3 uur per jaar) uit de basisverzekering, wel eigen risico voor de diëtist.' }),
  svc('Stoppen met roken', 'Al zo vaak geprobeerd? Met begeleiding lukt het veel vaker. Vijf gesprekken met de praktijkondersteuner en zo nodig hulpmiddelen zoals pleisters.', ['roken', 'leefstijl'], { fees: 'Vergoed uit de basisverzekering, zonder eigen risico.' }),
]);

org({ name: 'Huisartsenpost Laakland', place: 'Hazelhorst', street: 'Ziekenhuislaan 1', desc: 'De huisartsenpost bij het streekziekenhuis, voor de hele regio.' }, [
  svc('Huisartsenpost (avond, nacht, weekend)', 'Als uw eigen huisarts dicht is en het kan niet wachten tot de volgende werkdag, belt u eerst de huisartsenpost. Een triagist vraagt wat er aan de hand is. U komt langs of de dokter komt bij u. Kom niet zonder te bellen.', ['hap'], { hours: 'Werkdagen 17.00-8.00 uur, weekend en feestdagen de hele dag.', apply: 'Altijd eerst bellen.', area: ['Hazelhorst', 'Regio Laakland'] }),
]);

org({ name: 'Verloskundigen De Wieg', place: 'Eikenrade', street: 'Stationsweg 22', desc: 'Verloskundigenpraktijk voor alle acht dorpen.' }, [
  svc('Verloskundige zorg', 'Zwanger, of denkt u het te zijn? Bel ons gerust. We begeleiden u de hele zwangerschap, bij de bevalling thuis of in het ziekenhuis, en de eerste week daarna. Samen met de kraamzorg. We spreken ook Engels en helpen vrouwen die hier voor het seizoenswerk zijn.', ['zwangerschap'], { lang: ['nl', 'en'] }),
  svc('Centering zwangerschapsgroep', 'Samen met acht tot tien andere zwangere vrouwen komt u tien keer bij elkaar. De controles doen we in de groep, en daarna praten we over van alles: voeding, bevallen, borstvoeding, slapen. Een fijne manier om ook andere jonge moeders uit de dorpen te leren kennen.', ['zwangerschap', 'ontmoeting']),
]);

org({ name: 'Thuiszorg Hazelhorst', place: 'Hazelhorst', street: 'Brink 7', desc: 'Wijkverpleging en huishoudelijke hulp, door zusters en helpenden uit de eigen dorpen.' }, [
  svc('Wijkverpleging', 'De wijkverpleegkundige komt bij u thuis voor wondzorg, insuline, steunkousen, wassen en aankleden. Ze kijkt met u wat u nog zelf kunt en wat er nodig is. Ook bij de laatste levensfase zijn we er, dag en nacht.', ['wijkverpleging', 'palliatief'], { fees: 'Uit de basisverzekering, geen eigen risico.', apply: 'Bel zelf, of via de huisarts of het ziekenhuis.' }),
  svc('Hulp bij het huishouden', 'Lukt het schoonmaken niet meer, bijvoorbeeld na een operatie of omdat u ouder wordt? Onze helpenden doen het zware werk. Dit loopt via het Wmo-loket van de gemeente, of u betaalt het zelf.', ['huishoudelijke-hulp'], { fees: 'Via de Wmo: eigen bijdrage van het CAK. Particulier: € 31 per uur.' }),
  svc('Personenalarmering', 'Een knop om uw hals of pols. Valt u of wordt u onwel, dan drukt u en krijgt u meteen iemand aan de lijn. Die belt uw buren of familie, of stuurt onze nachtzuster. Geeft veel rust, ook voor de kinderen.', ['alarmering'], { fees: '€ 21 per maand, soms vergoed door uw aanvullende verzekering.' }),
]);

// ---- GGZ ----
org({ name: 'GGZ Laakland', place: 'Hazelhorst', street: 'Ziekenhuislaan 5', desc: 'Geestelijke gezondheidszorg voor volwassenen en jeugd in de regio Laakland, met een steunpunt in Hazelhorst.' }, [
  svc('Basis ggz', 'Voor wie meer nodig heeft dan een paar gesprekken bij de huisarts: behandeling bij een psycholoog, bijvoorbeeld bij een depressie, angst- of paniekklachten of als u na iets ergs niet meer goed slaapt. De wachttijd is nu ongeveer acht weken.', ['ggz', 'somberheid', 'stress'], { apply: 'Met een verwijsbrief van de huisarts.', fees: 'Basisverzekering, eigen risico.' }),
  svc('FACT-team Laakland', 'Voor mensen die al langer met ernstige psychische problemen leven, zoals een psychose of bipolaire stoornis. Het team komt bij u thuis en helpt met medicijnen, wonen, geld en contacten. Ook als het even slecht gaat, blijven we naast u staan.', ['epa', 'ggz'], { apply: 'Via de huisarts of de psychiater.' }),
  svc('Jeugd-ggz', 'Voor kinderen en jongeren tot 18 jaar met angst, somberheid, ADHD, autisme of eetproblemen. We werken samen met school en ouders.', ['jeugd-ggz', 'autisme'], { apply: 'Verwijzing van huisarts, jeugdarts of het sociaal team.' }),
  svc('Herstelcafé De Overkant', 'Eens in de twee weken op donderdagmiddag drinken mensen die zelf psychische problemen hebben (gehad) samen koffie. Er zijn ervaringsdeskundigen bij. Geen hulpverlening, wel herkenning: hier hoeft niemand iets uit te leggen.', ['epa', 'ontmoeting'], { hours: 'Om de week donderdag 14.00-16.00 uur.' }),
  svc('Online cursus Grip op je dip', 'Deze online groepscursus voor jongeren van 16 tot 25 jaar met sombere gevoelens stopt per 1 januari. We zoeken naar een vervanger.', ['jeugd-ggz', 'somberheid'], { status: 'inactive', online: true, phone: false }),
]);

org({ name: 'Boerenlijn Laakland', place: 'Klaverdonk', street: 'Hoeveweg 40', desc: 'Een vrijwillig netwerk van (oud-)boeren, dominees en pastores, dierenartsen en erfbetreders die een oogje in het zeil houden op de boerderijen.' }, [
  svc('Luisterlijn voor boeren en tuinders', 'Boer zijn is mooi, maar het kan je ook opbreken. Regels die steeds veranderen, de bank die belt, een opvolger die er niet is, ruzie in de familie, en maar doorwerken. Aan de andere kant van de lijn zit iemand die het boerenbedrijf van binnenuit kent en gewoon luistert. Anoniem als u wilt. Waar nodig brengen we u in contact met de huisarts of met een bedrijfsadviseur.', ['boeren', 'stress', 'eenzaamheid'], { hours: 'Elke avond 19.00-22.00 uur.' }),
  svc('Erfbetreders-netwerk', 'Dierenartsen, voerleveranciers en loonwerkers komen op veel erven. Zij hebben bij ons geleerd signalen op te pikken, zoals een boer die zich terugtrekt of rekeningen die blijven liggen, en kunnen hem of haar op een goede manier doorverwijzen. Wilt u meedoen als erfbetreder? Meld u aan voor de training.', ['boeren', 'vrijwilligerswerk']),
  svc('Geldcoach voor agrariërs', 'Een vrijwillige oud-accountant kijkt samen met u naar de cijfers van het bedrijf en de privé-uitgaven. Als er schulden zijn, gaat hij mee naar de bank of naar de schuldhulp van de gemeente. Het Bbz (bijstand voor zelfstandigen) kan soms ook een uitweg zijn.', ['boeren', 'schulden', 'geldzorgen']),
]);

// ---- Gemeente en sociaal team ----
org({ name: 'Sociaal Team Hazelhorst', place: 'Hazelhorst', street: 'Raadhuisplein 1', desc: 'Het sociaal team van de gemeente: maatschappelijk werkers, jeugdconsulenten en Wmo-consulenten die u verder helpen als het even niet gaat.' }, [
  svc('Sociaal team: voor al uw vragen', 'Loopt u ergens tegenaan en weet u niet waar u moet beginnen? Geldzorgen, zorgen om uw kind, het huis dat te groot wordt, ruzie thuis of gewoon te veel tegelijk? Bel of loop binnen bij het sociaal team. Een vaste consulent komt bij u thuis op de koffie, kijkt met u naar het hele plaatje en zoekt samen met u wie kan helpen. Ook met de kerken en vrijwilligers uit uw dorp werken we goed samen.', ['wijkteam'], { hours: 'Werkdagen 9.00-17.00 uur. Inloop: dinsdagochtend in het gemeentehuis, donderdagochtend in dorpshuis De Schaapskooi.' }),
  svc('Wmo-loket', 'Hier vraagt u een maatwerkvoorziening aan: hulp bij het huishouden, een scootmobiel, een traplift, begeleiding of dagbesteding. Eerst doen we samen een keukentafelgesprek. U kunt een cliëntondersteuner meenemen.', ['wmo', 'huishoudelijke-hulp', 'hulpmiddelen', 'woningaanpassing'], { apply: 'Bel het sociaal team of vul het meldingsformulier in op de website.', fees: 'Eigen bijdrage van maximaal € 21 per maand (CAK).' }),
  svc('Jeugd en gezin', 'De jeugdconsulenten helpen ouders en kinderen: bij opvoedvragen, problemen op school, een scheiding of als uw kind hulp nodig heeft die de gemeente regelt (jeugdhulp). Zij geven ook de beschikking af.', ['jeugdhulp', 'opvoeden'], { elig: 'Gezinnen met kinderen tot 18 jaar (soms tot 23).' }),
  svc('Schuldhulpverlening', 'Zijn de rekeningen u boven het hoofd gegroeid? Wacht er niet mee. Binnen drie werkdagen hebt u een eerste gesprek. We maken alles op een rij, praten met schuldeisers en zoeken naar een regeling. Soms gaat u naar een schuldsanering of krijgt u een bewindvoerder.', ['schulden', 'geldzorgen'], { fees: 'Gratis.' }),
  svc('Werk en inkomen', 'Aanvragen van bijstand, vragen over uw uitkering en hulp bij werk zoeken of meedoen (participatie). Een werkcoach gaat met u op zoek naar iets wat bij u past, ook als betaald werk nog een stap te ver is.', ['uitkering', 'werk'], { apply: 'Bijstand aanvragen via werk.nl, daarna maken we een afspraak.' }),
  svc('Meedoenregeling en bijzondere bijstand', 'Weinig geld? Dan kunt u misschien een bijdrage krijgen voor sport, cultuur of school van de kinderen, een tegemoetkoming in de zorgkosten of bijzondere bijstand voor een kapotte wasmachine. De collectieve zorgverzekering voor minima vraagt u ook hier aan.', ['minima', 'sport-minima'], { elig: 'Inkomen tot 130% van het sociaal minimum.' }),
  svc('Leerplicht', 'De leerplichtambtenaar let erop dat kinderen naar school gaan. Zit uw kind thuis, of verzuimt het veel? Dan zoekt hij samen met u en school naar een oplossing, en niet meteen naar een boete.', ['onderwijs']),
  svc('Woonurgentie', 'Moet u echt snel een andere woning hebben, bijvoorbeeld omdat uw huis niet meer geschikt is door een ziekte? Dan kunt u urgentie aanvragen. De regels zijn streng; laat u goed voorlichten.', ['woningzoeken'], { elig: 'Alleen bij een noodsituatie die u niet zelf kunt oplossen.' }),
]);

org({ name: 'MEE Laakland', place: 'Eikenrade', street: 'Dorpsstraat 88', desc: 'Onafhankelijke cliëntondersteuning en hulp voor mensen met een beperking.' }, [
  svc('Cliëntondersteuning', 'Wij staan naast u, niet aan de kant van de gemeente of de zorg. Wij helpen u uw vraag op papier te zetten, gaan mee naar het keukentafelgesprek en helpen bij bezwaar of een pgb. Voor iedereen, met of zonder beperking.', ['clientondersteuning'], { fees: 'Gratis.' }),
  svc('Begeleiding bij een licht verstandelijke beperking', 'Brieven lezen is lastig, geld loopt door je vingers, of je wordt snel beetgenomen? Een begeleider helpt je met wat jij moeilijk vindt, in makkelijke taal.', ['lvb', 'administratie']),
  svc('Autisme-inloop', 'Elke eerste maandag van de maand een rustige avond voor volwassenen met autisme en hun naasten. Uitleg, herkenning en tips.', ['autisme', 'ontmoeting'], { hours: 'Eerste maandag van de maand 19.30-21.30 uur.' }),
  svc('NAH-steunpunt', 'Na een beroerte, hersenbloeding of ongeluk is het leven anders. Onze consulent hersenletsel helpt u en uw gezin met de gevolgen: vermoeidheid, vergeten, boosheid, werk. Ook een lotgenotengroep in Hazelhorst.', ['nah']),
]);

// ---- Welzijn (de uitgever) ----
org({ name: 'Stichting Welzijn Hazelhorst', alt: 'Welzijn Hazelhorst', place: 'Hazelhorst', street: 'Brink 2', desc: 'De welzijnsstichting van de acht dorpen. Wij houden samen met de diaconieën deze Dorpenwijzer bij. Onze beroepskrachten en ruim driehonderd vrijwilligers zijn er voor jong en oud.' }, [
  svc('Ouderenadviseur', 'Wordt het huis te groot, of wilt u weten waar u recht op hebt? Onze ouderenadviseur Gerda komt bij u thuis voor een goed gesprek. Over wonen, zorg, geld, alleen zijn en wat u nog graag wilt. Ze weet de weg in alle regelingen en neemt u die zorg een beetje uit handen.', ['ouderenadvies', 'woningzoeken'], { elig: 'Inwoners van 65 jaar en ouder.' }),
  svc('Steunpunt Mantelzorg', 'Zorgt u voor uw man, vrouw, kind, ouder of buurman? Dan bent u mantelzorger, ook als u dat woord zelf nooit gebruikt. Het is mooi werk, maar het kan zwaar worden. Bij het steunpunt vindt u een luisterend oor, praktische tips, lotgenotencontact en een verwenmoment met de Dag van de Mantelzorg. En als u er echt even uit moet, zoeken we samen naar iemand die het overneemt.', ['mantelzorg', 'respijt']),
  svc('Jonge mantelzorgers', 'Heb jij thuis een moeder, vader, broer of zus die ziek is, een beperking heeft of verslaafd is? Dan doe jij waarschijnlijk meer dan je leeftijdgenoten. Bij ons kun je je verhaal kwijt en doe je leuke dingen met jongeren die hetzelfde meemaken. Van 8 tot 24 jaar.', ['jonge-mantelzorg']),
  svc('Maatjesproject Samen Op Pad', 'Een maatje is een vrijwilliger die eens per week of twee weken bij u komt. Om samen koffie te drinken, een stukje te wandelen, naar de markt te gaan of gewoon bij te kletsen. Voor als de dagen lang worden en de telefoon stil blijft.', ['eenzaamheid']),
  svc('Formulierenhulp en belastingspreekuur', 'Snapt u niets van die brief van de Belastingdienst, of moet er een formulier worden ingevuld voor de huurtoeslag of de zorgtoeslag? Onze vrijwilligers helpen u, ook met de aangifte inkomstenbelasting. Neem uw DigiD en de post mee.', ['administratie', 'digitaal'], { hours: 'Maandag en woensdag 9.30-11.30 uur in het Brinkhuis; in maart en april extra avonden voor de belastingaangifte.', fees: 'Gratis voor mensen met een klein inkomen.' }),
  svc('Thuisadministratie', 'Een vrijwilliger komt een paar maanden bij u thuis om samen de papieren op orde te brengen: mappen maken, betalingen regelen, overzicht krijgen. Zo houdt u grip op uw geld.', ['administratie', 'geldzorgen']),
  svc('Buurtsportcoach', 'Bewegen is goed voor lijf en hoofd. Onze buurtsportcoach organiseert wandelgroepen, gymnastiek voor ouderen in de dorpshuizen, walking football en zorgt dat kinderen uit gezinnen met weinig geld ook op een club kunnen via het Jeugdfonds Sport.', ['leefstijl', 'sport-minima']),
  svc('Jongerenwerk', 'Onze jongerenwerkers zijn te vinden bij de hangplek, in de jongerenkeet van Schaapsdijk en online. Voor een praatje, een activiteit of als je ergens mee zit: thuis, school, drank, blowen of geld. Vanaf 12 jaar.', ['jongeren', 'verslaving-jongeren']),
  svc('Vrijwilligerscentrale', 'Wilt u iets doen voor een ander? Er is altijd werk: chauffeur bij de rijdienst, maatje, taalvrijwilliger, helpen in het dorpshuis of bij de voedselbank. Kom langs, dan zoeken we iets wat bij u past.', ['vrijwilligerswerk']),
  svc('Digicafé', 'Hulp met uw telefoon, tablet, DigiD, internetbankieren of videobellen met de kleinkinderen. Vrijwilligers met veel geduld.', ['digitaal'], { hours: 'Woensdagmiddag in de bibliotheek, vrijdagochtend in De Schaapskooi.' }),
]);

org({ name: 'Rijdienst De Zonnewijzer', place: 'Molenvliet', street: 'Molenweg 10', desc: 'Vrijwillige chauffeurs met hun eigen auto, voor wie niet meer zelf kan rijden of fietsen.' }, [
  svc('Rijdienst voor ouderen en mensen zonder vervoer', 'De bus komt nog maar twee keer per dag in de kleine kernen. Moet u naar de dokter, het ziekenhuis, de kapper of op visite? Bel twee dagen van tevoren, dan rijdt een van onze vrijwilligers u. Ze wachten op u en helpen met in- en uitstappen.', ['vervoer'], { fees: '€ 0,35 per kilometer, aan de chauffeur.', apply: 'Bel de coördinator op werkdagen tussen 9 en 11 uur.' }),
]);

org({ name: 'Regiotaxi Laakland', place: 'Hazelhorst', street: 'Stationsplein 1', desc: 'Deur-tot-deurvervoer in de regio.' }, [
  svc('Regiotaxi en Wmo-vervoer', 'Met de regiotaxi reist u van deur tot deur, ook met rolstoel of scootmobiel. Met een Wmo-vervoerspas reist u voor een lager tarief. De pas vraagt u aan bij het Wmo-loket.', ['vervoer'], { apply: 'Reserveer minstens een uur van tevoren.' }),
]);

// ---- Kerken en diaconie ----
org({ name: 'Diaconaal Platform Hazelhorst', place: 'Hazelhorst', street: 'Kerkstraat 14', desc: 'Samenwerking van de diaconieën en parochiële caritas van de kerken in de acht dorpen. Samen met Welzijn Hazelhorst houden we deze Dorpenwijzer bij.' }, [
  svc('Noodfonds van de kerken', 'Soms is er gewoon geen geld meer, en kan het niet wachten tot de gemeente iets heeft geregeld. Een lege koelkast, een afgesloten meter, een schoolreisje dat niet betaald kan worden. Het noodfonds springt snel bij met een gift of een voorschot, zonder veel papierwerk. En we kijken samen hoe het verder kan. U hoeft niet naar de kerk te gaan om geholpen te worden.', ['geldzorgen', 'minima'], { apply: 'Via het sociaal team, de huisarts, of bel de diaken van uw dorp.' }),
  svc('SchuldHulpMaatje', 'Een getraind maatje van de kerken gaat naast u zitten als de schulden zich opstapelen. Samen openen we de enveloppen, maken een plan en gaan mee naar de schuldhulp van de gemeente. Geen oordeel, wel een steuntje in de rug, zolang het nodig is.', ['schulden', 'geldzorgen', 'administratie']),
  svc('Bezoekwerk', 'Bezoekers van de kerken komen langs bij ouderen, zieken en mensen die alleen zijn. Gewoon voor een praatje en een kop koffie, of als u dat wilt voor een gebed. Ook als u geen lid bent van de kerk.', ['eenzaamheid']),
  svc('Pastoraal gesprek', 'Zit u met vragen waar geen dokter een antwoord op heeft? Over ziekte, schuld, vergeving, de dood of de zin van het leven? De dominees en pastores van de dorpen maken graag tijd voor een gesprek, bij u thuis of in de pastorie.', ['zingeving', 'rouw']),
  svc('Rouwgroep Na het Afscheid', 'Voor mensen die hun man, vrouw, kind of ouder hebben verloren. Zeven avonden praten we met elkaar over het gemis, de eerste feestdagen zonder, de stilte in huis. Begeleid door een pastor en een rouwbegeleider. Ook voor wie het verlies al langer geleden meemaakte.', ['rouw'], { hours: 'Start in het voorjaar en in het najaar, dinsdagavond.' }),
  svc('Kerstpakkettenactie', 'Elk jaar in december brengen vrijwilligers een kerstpakket naar gezinnen en alleenstaanden die het krap hebben. Opgeven via de diaken of het sociaal team.', ['voedselbank', 'minima'], { hours: 'Alleen in december.' }),
]);

org({ name: 'Parochie H. Willibrordus', place: 'Klaverdonk', street: 'Kerkplein 1', desc: 'Rooms-katholieke parochie van Klaverdonk, Oudewaal en Linderveld, met een actieve caritas.' }, [
  svc('Open tafel op zaterdag', 'Iedere laatste zaterdag van de maand koken vrijwilligers een driegangenmenu in het parochiehuis. Iedereen is welkom, of u nu alleen woont, krap bij kas zit of gewoon gezellig met anderen wilt eten.', ['maaltijden', 'ontmoeting', 'eenzaamheid'], { fees: 'Vrije gift.', hours: 'Laatste zaterdag van de maand 17.30 uur.' }),
  svc('Thuiswaken', 'Als iemand thuis wil sterven, kan de familie het niet altijd alleen. Onze getrainde vrijwilligers waken ’s nachts of overdag bij uw dierbare, zodat u even kunt slapen. Ook in het verpleeghuis.', ['palliatief', 'respijt', 'mantelzorg']),
  svc('Caritas: hulp voor arbeidsmigranten', 'Many people from Poland, Romania and Bulgaria work on the farms and in the greenhouses here. The caritas helps when you have trouble with housing, your employer, a doctor or money. We speak English and Polish. Free, confidential, you do not need to be Catholic.', ['migranten', 'juridisch'], { lang: ['en', 'pl'] }),
]);

// ---- Dorpshuizen en ontmoeting ----
org({ name: 'Dorpshuis De Schaapskooi', place: 'Schaapsdijk', street: 'Dijkweg 31', desc: 'Het dorpshuis van Schaapsdijk, gedragen door vrijwilligers.' }, [
  svc('Koffie-inloop De Kooi', 'Elke dinsdag- en vrijdagochtend staat de koffie klaar. Een krantje lezen, een kaartje leggen, bijkletsen over het dorp. Loop gewoon binnen, niemand hoeft iets.', ['ontmoeting', 'eenzaamheid'], { hours: 'Dinsdag en vrijdag 10.00-12.00 uur.' }),
  svc('Repair Café Schaapsdijk', 'Is uw broodrooster kapot, uw fietsband lek of zit er een gat in uw jas? Gooi het niet weg! Onze handige vrijwilligers repareren het samen met u, onder het genot van een kop koffie. Alleen de onderdelen betaalt u zelf.', ['klussen', 'ontmoeting'], { hours: 'Tweede zaterdag van de maand 10.00-13.00 uur.' }),
  svc('Samen Eten Schaapsdijk', 'Op donderdag schuift u aan voor een warme maaltijd met andere dorpsgenoten. Wie niet kan lopen wordt opgehaald.', ['maaltijden', 'ontmoeting'], { fees: '€ 8 per maaltijd.' }),
]);

org({ name: 'Dorpshuis ’t Anker', place: 'Oudewaal', street: 'Waalkade 4', desc: 'Klein dorpshuis aan de kade van Oudewaal.' }, [
  svc('Soos voor 55-plussers', 'Sjoelen, biljarten, bingo en een gezellige middag. Voor wie na het overlijden van een partner of na het stoppen met werken weer onder de mensen wil.', ['ontmoeting', 'eenzaamheid']),
  svc('Klussendienst Oudewaal', 'Een lamp ophangen, een lekkende kraan, de dakgoot schoonmaken: kleine klusjes waar u zelf niet meer aan toekomt. Gepensioneerde vakmensen doen het voor een kleine vergoeding.', ['klussen']),
]);

org({ name: 'Bibliotheek Hazelhorst', place: 'Hazelhorst', street: 'Brink 5', desc: 'De bibliotheek op de Brink, met de bibliobus voor de kleine dorpen.' }, [
  svc('Taalhuis', 'Moeite met lezen, schrijven of rekenen? Of wilt u beter Nederlands spreken? In het Taalhuis leert u het in kleine groepjes of met een taalmaatje. Niemand hoeft zich te schamen: in Nederland hebben heel veel mensen er moeite mee.', ['taal']),
  svc('Taalcafé (Dutch conversation)', 'Practice your Dutch over a cup of coffee, every Thursday evening. For newcomers, seasonal workers and anyone who wants to talk Dutch with local volunteers. Beginners welcome.', ['taal', 'ontmoeting'], { lang: ['nl', 'en'], hours: 'Donderdag 19.00-20.30 uur.' }),
  svc('Klik & Tik', 'Leren werken met de computer en de overheid online (DigiD, Mijn Overheid), stap voor stap.', ['digitaal']),
]);

// ---- Ouderen, dementie en respijt ----
org({ name: 'Zorgcentrum De Hazelaar', place: 'Hazelhorst', street: 'Hazelaarlaan 20', desc: 'Woonzorgcentrum en verpleeghuis met dagbesteding.' }, [
  svc('Dagbesteding De Boomgaard', 'Een paar dagen per week gezellig onder de mensen, met een warme maaltijd, een wandeling in de boomgaard, zingen en handwerken. Voor ouderen die thuis wonen, ook met beginnende dementie. Zo heeft de mantelzorger ook even tijd voor zichzelf.', ['dagbesteding', 'dementie', 'respijt'], { apply: 'Via het Wmo-loket (indicatie) of met een Wlz-indicatie.' }),
  svc('Tafeltje-dek-je', 'Elke middag een warme maaltijd uit onze keuken, aan huis gebracht door vrijwilligers. Gewoon eten, zoals vroeger, en soms een dieetmaaltijd.', ['maaltijden'], { fees: '€ 9,50 per maaltijd.' }),
  svc('Logeerkamer', 'Gaat u als mantelzorger op vakantie of bent u zelf even ziek? Uw partner of ouder kan een paar dagen of weken bij ons logeren.', ['respijt', 'mantelzorg'], { apply: 'Via het Wmo-loket of met een Wlz-indicatie.' }),
]);

org({ name: 'Alzheimer Café Laakland', place: 'Eikenrade', street: 'Dorpsstraat 1', desc: 'Vrijwilligers van de afdeling Laakland.', }, [
  svc('Alzheimer Café', 'Eens per maand een avond over leven met dementie: een gast vertelt over een onderwerp (vergeetachtigheid, omgaan met veranderend gedrag, verhuizen naar een verpleeghuis) en daarna is er tijd voor elkaar. Voor mensen met dementie, hun partners, kinderen en iedereen die het wil weten.', ['dementie', 'mantelzorg', 'ontmoeting'], { hours: 'Derde woensdag van de maand 19.30 uur, in De Wingerd, Eikenrade.' }),
  svc('Casemanager dementie', 'Als de diagnose dementie is gesteld, krijgt u een vaste casemanager. Zij begeleidt u en uw familie de hele weg, van de eerste vragen tot het moment dat thuis wonen niet meer gaat.', ['dementie', 'mantelzorg'], { apply: 'Via de huisarts.' }),
]);

org({ name: 'Thuiszorgwinkel Laakland', place: 'Hazelhorst', street: 'Marktstraat 9', desc: 'Verkoop en uitleen van hulpmiddelen.' }, [
  svc('Uitleen hulpmiddelen', 'Een rollator, krukken, een douchestoel of een hoog-laagbed nodig na een val of operatie? U leent het bij ons voor een paar maanden. Voor een scootmobiel of rolstoel voor langere tijd gaat u naar het Wmo-loket.', ['hulpmiddelen']),
]);

org({ name: 'Hospice De Herberg', place: 'Linderveld', street: 'Lindelaan 2', desc: 'Een bijna-thuis-huis met vier kamers, gedragen door 80 vrijwilligers.' }, [
  svc('Hospice', 'Als genezen niet meer kan en thuis sterven niet lukt, bent u welkom in onze Herberg. Uw familie kan blijven zo vaak en zo lang als zij willen. De huisarts blijft uw dokter.', ['palliatief']),
  svc('Rouwwandeling', 'Eens per maand wandelen nabestaanden samen door de landerijen rond Linderveld. Wandelen en praten, of gewoon zwijgen samen.', ['rouw', 'ontmoeting']),
]);

// ---- Geld, voedsel, kleding ----
org({ name: 'Voedselbank Hazelhorst', place: 'Eikenrade', street: 'Industrieweg 6', desc: 'Uitgiftepunt van de voedselbank, helemaal door vrijwilligers.' }, [
  svc('Voedselpakket', 'Elke vrijdag kunnen gezinnen en alleenstaanden die te weinig overhouden om eten te kopen een pakket halen. Er wordt eerst gekeken of u recht hebt; vaak gaat dat via het sociaal team of de schuldhulp. Kunt u niet komen, dan brengt een vrijwilliger het.', ['voedselbank'], { hours: 'Vrijdag 14.00-16.00 uur.', elig: 'Na aftrek van vaste lasten minder dan het leefgeld volgens de norm van de voedselbank.' }),
]);

org({ name: 'Kledingbank De Kapstok', place: 'Molenvliet', street: 'Kerkpad 2', desc: 'Tweedehands kleding en speelgoed, gratis voor wie het krap heeft.' }, [
  svc('Kledingbank', 'Winterjassen, schoenen, kinderkleding en babyspullen, netjes en schoon. Mensen met een verwijzing mogen vier keer per jaar gratis uitzoeken.', ['kledingbank'], { hours: 'Woensdag 13.00-16.00 uur.' }),
  svc('Speelgoedbank', 'De speelgoedbank bij De Kapstok is gesloten. Speelgoed kunt u nu vinden bij de kledingbank zelf.', ['kledingbank'], { status: 'inactive' }),
]);

org({ name: 'Geldloket Laakland', place: 'Hazelhorst', street: 'Raadhuisplein 3', desc: 'Vrijwillige budgetmaatjes en sociaal raadslieden.' }, [
  svc('Budgetmaatje', 'Komt u elke maand net tekort? Een budgetmaatje maakt samen met u een overzicht van wat er binnenkomt en wat eruit gaat, en helpt met slimme keuzes. Zo voorkomt u dat er schulden komen.', ['geldzorgen']),
  svc('Sociaal raadslieden', 'Gratis advies over wetten en regels: een boete, een conflict met de werkgever, problemen met een uitkering of toeslag, een bezwaarschrift schrijven. De raadsman of -vrouw zoekt het voor u uit.', ['juridisch', 'administratie', 'uitkering']),
  svc('Energiecoach', 'Een vrijwilliger kijkt bij u thuis hoe u minder gas en stroom kunt gebruiken, legt tochtstrips en ledlampen en helpt met de energierekening.', ['geldzorgen']),
]);

org({ name: 'Juridisch Loket', place: 'Hazelhorst', street: 'Raadhuisplein 1', desc: 'Landelijk juridisch advies, met een spreekuur in het gemeentehuis.' }, [
  svc('Juridisch spreekuur', 'Vragen over huur, werk, scheiding of schulden? Eén keer per maand zit een jurist in het gemeentehuis. Daarnaast kunt u altijd bellen.', ['juridisch'], { hours: 'Eerste donderdag van de maand 13.00-16.00 uur.' }),
]);

// ---- Wonen ----
org({ name: 'Woonstichting Hazelhorst', place: 'Hazelhorst', street: 'Marktstraat 1', desc: 'De woningcorporatie van de acht dorpen.' }, [
  svc('Huurachterstand: praat op tijd met ons', 'Lukt het een maand niet om de huur te betalen? Bel ons zo snel mogelijk. Onze huurconsulent maakt een betalingsregeling en vraagt, als u dat goed vindt, het sociaal team om mee te kijken. Zo voorkomen we samen dat u uw huis kwijtraakt.', ['huurachterstand', 'geldzorgen']),
  svc('Woning zoeken', 'Inschrijven als woningzoekende, seniorenwoningen in de dorpen, en de regeling Van Groot naar Beter voor ouderen die kleiner willen wonen.', ['woningzoeken']),
  svc('Woningaanpassing voor huurders', 'Een extra trapleuning, een verhoogd toilet of een douchestoel aan de wand: kleine aanpassingen regelt de woonstichting. Voor grotere aanpassingen (traplift, douche op de begane grond) gaat u naar het Wmo-loket.', ['woningaanpassing']),
]);

org({ name: 'Stichting Onderdak Laakland', place: 'Hazelhorst', street: 'Spoorstraat 14', desc: 'Opvang en begeleiding voor dak- en thuislozen in de regio.' }, [
  svc('Nachtopvang en briefadres', 'Geen plek om te slapen? In de stad is een nachtopvang. Wie geen woonadres heeft, kan bij ons een briefadres aanvragen zodat de post en de uitkering doorgaan. Een medewerker helpt daarna met een plan voor wonen.', ['dakloos'], { area: ['Hazelhorst', 'Regio Laakland'] }),
  svc('Begeleid wonen De Stek', 'Kleine woonvorm waar jongvolwassenen die dakloos zijn geweest leren zelfstandig te wonen, met begeleiding.', ['dakloos', 'jongeren']),
]);

// ---- Jeugd en gezin ----
org({ name: 'GGD Laakland', place: 'Hazelhorst', street: 'Ziekenhuislaan 9', desc: 'De GGD van de regio: jeugdgezondheidszorg, seksuele gezondheid en infectieziekten.' }, [
  svc('Consultatiebureau', 'Op het consultatiebureau volgen de jeugdarts en jeugdverpleegkundige hoe uw baby of peuter groeit. Wegen, meten, prikken, en al uw vragen over slapen, eten en huilen. Er is ook een inloopspreekuur zonder afspraak.', ['jgz', 'opvoeden'], { elig: 'Kinderen van 0 tot 4 jaar.' }),
  svc('Jeugdarts en jeugdverpleegkundige op school', 'Op de basisschool en het voortgezet onderwijs ziet de jeugdverpleegkundige alle kinderen een paar keer. Ook bij ziekteverzuim, pesten of vragen over de puberteit.', ['jgz', 'onderwijs']),
  svc('Sense-spreekuur', 'Soa-test, vragen over anticonceptie, seks, verliefdheid of je gevoelens? Jongeren tot 25 jaar kunnen gratis en anoniem bij ons terecht.', ['seksuele-gezondheid'], { fees: 'Gratis tot 25 jaar.' }),
  svc('Soa-poli', 'Testing for STIs for adults, also in English. Free if you are under 25, had contact with someone with an STI, or have symptoms.', ['seksuele-gezondheid'], { lang: ['nl', 'en'] }),
]);

org({ name: 'Opvoedpunt Hazelhorst', place: 'Ter Heggen', street: 'Heggenlaan 6', desc: 'Opvoedondersteuning voor ouders in de dorpen.' }, [
  svc('Opvoedspreekuur', 'Slaapt uw kind slecht, zijn er driftbuien of ruzies aan tafel? Of botst u met uw puber? Een pedagoog denkt met u mee. Niemand hoeft het alleen uit te zoeken: opvoeden doe je samen.', ['opvoeden']),
  svc('Cursus Kinderen in scheiding', 'Voor kinderen van 8 tot 12 jaar van wie de ouders uit elkaar gaan. In een groepje praten, tekenen en ervaren dat ze niet de enige zijn. Ouders krijgen een ouderavond.', ['jeugdhulp', 'opvoeden']),
  svc('Gezinscoach', 'Een gezinscoach komt een tijdje bij u thuis als het even niet loopt: veel ruzie, een kind dat niet naar school wil, of ouders die het allemaal niet meer trekken.', ['jeugdhulp', 'opvoeden'], { apply: 'Via het sociaal team.' }),
]);

org({ name: 'Schoolmaatschappelijk werk Laakland', place: 'Eikenrade', street: 'Schoolstraat 3', desc: 'Maatschappelijk werkers op de scholen.' }, [
  svc('Schoolmaatschappelijk werk', 'Zit uw kind niet lekker in zijn vel, wordt het gepest of gaat het thuis niet goed? De schoolmaatschappelijk werker praat met het kind en met u, en werkt samen met school en de leerplichtambtenaar.', ['onderwijs', 'jeugdhulp']),
]);

// ---- Verslaving en geweld ----
org({ name: 'Verslavingszorg Laakland', place: 'Hazelhorst', street: 'Spoorstraat 20', desc: 'Hulp bij verslaving voor jong en oud.' }, [
  svc('Hulp bij alcohol, drugs en medicijnen', 'Drinkt u meer dan u wilt? Kunt u niet meer zonder slaappillen? Of gebruikt u drugs? Bij ons praat u eerst met een verslavingsarts of behandelaar, daarna kiest u samen wat past: gesprekken, een behandeling thuis of een opname.', ['verslaving'], { apply: 'Zonder verwijzing voor een eerste gesprek; voor behandeling via de huisarts.' }),
  svc('Gokken en gamen', 'Het begon als ontspanning, maar nu kost het u geld, slaap of uw relatie? Gokken en gamen kunnen verslavend zijn. Online of in gesprek op locatie, ook voor partners en ouders.', ['gokken']),
  svc('Jongeren en middelen', 'Voor jongeren die veel blowen, drinken of pillen slikken, en voor hun ouders die zich zorgen maken. Ook voorlichting op scholen en in de jongerenketen.', ['verslaving-jongeren']),
  svc('AA-groep Hazelhorst', 'Anonieme Alcoholisten komen elke woensdagavond bij elkaar in het achterzaaltje van de Dorpskerk. Iedereen die wil stoppen met drinken is welkom.', ['verslaving', 'ontmoeting'], { phone: false, hours: 'Woensdag 20.00 uur.' }),
]);

org({ name: 'Stichting Schuilplaats Laakland', alt: 'Hulp bij huiselijk geweld Laakland', place: 'Hazelhorst', street: 'Geheim', secretAddress: true, desc: 'Opvang en ambulante hulp bij huiselijk geweld in de regio.' }, [
  svc('Vrouwenopvang', 'Als het thuis niet meer veilig is voor u en uw kinderen, kunt u bij ons terecht op een geheim adres. We helpen met een nieuwe start.', ['huiselijk-geweld', 'dakloos']),
  svc('Ambulante hulp bij geweld in het gezin', 'Wordt er thuis geslagen, gescholden, gedreigd of wordt u gecontroleerd door uw partner? Onze hulpverlener komt bij u thuis of spreekt ergens veilig met u af. Ook als u de pleger bent en wilt stoppen.', ['huiselijk-geweld']),
]);

// ---- Nieuwkomers en werk ----
org({ name: 'Vluchtelingenhulp Hazelhorst', place: 'Molenvliet', street: 'Molenweg 15', desc: 'Vrijwilligers die statushouders in de dorpen op weg helpen.' }, [
  svc('Begeleiding statushouders', 'Wie als vluchteling een huis krijgt in een van onze dorpen, krijgt een vrijwillige begeleider. Die helpt met de post, de bank, de huisarts, de school van de kinderen en de inburgering. En vooral: welkom heten in het dorp.', ['migranten', 'administratie'], { lang: ['nl', 'en', 'ar'] }),
  svc('Vrouwengroep Thee & Taal', 'Elke maandagochtend drinken nieuwe en oude Hazelhorsters samen thee en praten Nederlands. Kinderopvang is aanwezig.', ['taal', 'ontmoeting']),
]);

org({ name: 'Seasonal Workers Desk Laakland', place: 'Klaverdonk', street: 'Hoeveweg 2', desc: 'Information point for labour migrants, run by the municipalities of the region with volunteers.' }, [
  svc('Information for seasonal and migrant workers', 'Do you work in agriculture or horticulture in our region? Questions about your contract, wages, housing from your agency, health insurance, registering with the municipality (BSN) or seeing a doctor? Come to the desk or send a message. We speak English, Polish and Romanian and we help for free.', ['migranten', 'juridisch', 'werk'], { lang: ['en', 'pl', 'ro'], hours: 'Saturday 10.00-14.00; WhatsApp all week.' }),
  svc('Health insurance help for migrant workers', 'Not sure if you are insured in the Netherlands, or got a big bill from the hospital? We check your situation with you and help you apply for the right insurance. Online, via video call.', ['migranten', 'administratie'], { lang: ['en', 'pl'], online: true }),
]);

org({ name: 'Werkbedrijf Laakland', place: 'Eikenrade', street: 'Industrieweg 12', desc: 'Sociaal werkbedrijf voor mensen met een afstand tot de arbeidsmarkt.' }, [
  svc('Werkfit-traject', 'Een half jaar werken in onze kwekerij, de fietsenmakerij of de schoonmaak, met een jobcoach die naast u staat. Daarna zoeken we samen een baan bij een werkgever in de buurt.', ['werk'], { elig: 'Mensen met een bijstandsuitkering, Wajong of indicatie beschut werk.' }),
  svc('Dagbesteding in de kwekerij', 'Voor mensen met een verstandelijke beperking, autisme of psychische problemen die niet (meer) betaald kunnen werken maar wel nuttig bezig willen zijn.', ['dagbesteding', 'lvb', 'epa']),
]);

org({ name: 'Zorgboerderij De Hoge Hof', place: 'Linderveld', street: 'Hofweg 8', desc: 'Zorgboerderij met koeien, kippen en een moestuin.' }, [
  svc('Dagbesteding op de boerderij', 'Buiten bezig zijn, de dieren voeren, in de moestuin werken en samen de koffie. Voor ouderen met geheugenproblemen en voor mensen met niet-aangeboren hersenletsel. Veel van onze deelnemers zijn zelf van de boerderij.', ['dagbesteding', 'dementie', 'nah'], { apply: 'Met een Wmo- of Wlz-indicatie, of pgb.' }),
  svc('Logeerweekend voor jongeren met autisme', 'Een weekend per maand op de boerderij, zodat ouders even op adem kunnen komen.', ['autisme', 'respijt']),
]);

// ---- EHBO en overig ----
org({ name: 'EHBO-vereniging Hazelhorst', place: 'Hazelhorst', street: 'Sportlaan 1', desc: 'Vrijwillige EHBO-vereniging, ook bij evenementen en de kermis.' }, [
  svc('Cursus EHBO en reanimatie', 'Leer wat u moet doen bij een ongeluk, een hartstilstand of een verslikking. Ook cursus AED en kinder-EHBO.', ['ehbo'], { fees: '€ 95 voor de basiscursus, veel verzekeraars vergoeden.' }),
]);

org({ name: 'Humanitas Laakland', place: 'Hazelhorst', street: 'Brink 11', desc: 'Vrijwilligers die naast mensen staan in moeilijke tijden.' }, [
  svc('Thuisadministratie Humanitas', 'Deze dienst is overgegaan naar Welzijn Hazelhorst (Thuisadministratie).', ['administratie'], { status: 'inactive' }),
  svc('Steun bij rouw', 'Een getrainde vrijwilliger komt een aantal keren bij u thuis om over uw verlies te praten, in uw eigen tempo. Ook na een scheiding of verlies van werk.', ['rouw']),
  svc('Online lotgenotengroep voor rouwende jongeren', 'Jongeren van 15 tot 25 die een ouder, broer, zus of vriend hebben verloren praten online met elkaar, begeleid door een vrijwilliger.', ['rouw', 'jongeren'], { online: true, phone: false }),
]);

// ---- Meer vrijwilligers en kleine praktijken ----
org({ name: 'Stichting Even Op Adem', place: 'Ter Heggen', street: 'Kerkweg 19', desc: 'Vrijwillige vervanging van mantelzorgers, opgezet door de diaconie.' }, [
  svc('Vrijwillige mantelzorgvervanging', 'Wanneer was u voor het laatst een middag weg zonder u zorgen te maken? Een van onze vrijwilligers blijft bij uw man, vrouw of kind, zodat u naar de kapper, een verjaardag of gewoon even de dijk op kunt. Een paar uur per week, of een keer een weekend.', ['respijt', 'mantelzorg'], { fees: 'Gratis.' }),
]);

org({ name: 'Stichting Leergeld Laakland', place: 'Molenvliet', street: 'Kerkpad 4', desc: 'Zodat alle kinderen mee kunnen doen.' }, [
  svc('Meedoen voor kinderen', 'Een fiets om naar de middelbare school te fietsen, de contributie van de voetbalclub, zwemles of een laptop voor school: als ouders het niet kunnen betalen, springen wij bij. Een vrijwilliger komt bij u thuis om te kijken wat nodig is.', ['minima', 'sport-minima'], { elig: 'Gezinnen met kinderen van 4 tot 18 jaar en een inkomen tot 130% van het minimum.' }),
]);

org({ name: 'Dorpsondersteuners Hazelhorst', place: 'Klaverdonk', street: 'Dorpsstraat 5', desc: 'In vijf van de acht dorpen is een dorpsondersteuner: een vertrouwd gezicht uit het dorp zelf.' }, [
  svc('Dorpsondersteuner', 'Ans in Klaverdonk, Henk in Oudewaal, Marieke in Linderveld: zij wonen zelf in het dorp en weten wat er speelt. Met elke vraag kunt u bij hen aankloppen, klein of groot. Zij regelen het zelf met de buren, of brengen u bij het sociaal team, de ouderenadviseur of de dokter. Een steuntje in de rug, dicht bij huis.', ['wijkteam', 'ouderenadvies', 'eenzaamheid'], { area: ['Klaverdonk', 'Oudewaal', 'Linderveld', 'Schaapsdijk', 'Ter Heggen'] }),
]);

org({ name: 'Belcirkel Oudewaal', place: 'Oudewaal', street: 'Waalkade 4', desc: 'Vrijwilligers van dorpshuis ’t Anker.' }, [
  svc('Belcirkel', 'Elke ochtend rond half tien gaat bij u de telefoon: een dorpsgenoot vraagt hoe het gaat. Neemt u niet op, dan gaat er iemand kijken. Voor alleenwonende ouderen die zich veiliger willen voelen en graag een praatje maken.', ['eenzaamheid', 'alarmering'], { fees: 'Gratis.' }),
]);

org({ name: 'Psychologenpraktijk Ruimte', place: 'Eikenrade', street: 'Stationsweg 9', desc: 'Vrijgevestigde GZ-psychologen.' }, [
  svc('Psychologische behandeling', 'Behandeling bij angst, somberheid, burn-out, rouw die vastloopt en na nare gebeurtenissen. Korte wachttijd, ook avondafspraken voor wie overdag op het land of in de stal staat.', ['ggz', 'somberheid', 'stress'], { apply: 'Verwijsbrief van de huisarts.' }),
]);

org({ name: 'Kraamzorg Laakland', place: 'Hazelhorst', street: 'Marktstraat 22', desc: 'Kraamverzorgenden in de dorpen.' }, [
  svc('Kraamzorg', 'Na de bevalling komt een kraamverzorgende een week lang bij u thuis. Ze let op moeder en baby, helpt met de voeding en doet wat licht huishoudelijk werk. Meld u aan rond de vierde maand van de zwangerschap.', ['zwangerschap']),
]);

org({ name: 'Agrarisch Steunpunt Laakland', place: 'Schaapsdijk', street: 'Polderweg 17', desc: 'Onafhankelijke bedrijfsadviseurs voor boerengezinnen in zwaar weer.' }, [
  svc('Boerderij in zwaar weer', 'Als het bedrijf er financieel slecht voor staat, er een ziekte of ongeval is, of de overname door de kinderen vastloopt, komt een adviseur op het erf. Samen met het gezin maken we een plan: doorgaan, omschakelen of stoppen. Ook over de emoties die daarbij horen.', ['boeren', 'schulden']),
]);

org({ name: 'Jeugdhonk De Zolder', place: 'Eikenrade', street: 'Dorpsstraat 60', desc: 'Jongerensoos op de zolder van dorpshuis De Wingerd.' }, [
  svc('Jongerensoos', 'Vrijdag- en zaterdagavond open voor jongeren van 12 tot 18. Poolen, gamen, muziek, en een jongerenwerker die altijd tijd heeft voor een praatje.', ['jongeren', 'ontmoeting'], { hours: 'Vrijdag en zaterdag 19.30-23.00 uur.' }),
]);

org({ name: 'Dorpshuis De Wingerd', place: 'Eikenrade', street: 'Dorpsstraat 60', desc: 'Het dorpshuis van Eikenrade.' }, [
  svc('Eetpunt De Wingerd', 'Op maandag en woensdag kookt de vrijwillige keukenploeg voor wie niet graag alleen eet. Ook voor mantelzorgers die een keertje niet hoeven te koken.', ['maaltijden', 'ontmoeting'], { fees: '€ 7,50.' }),
  svc('Valpreventie: In Balans', 'Een beweegcursus van tien weken voor ouderen die bang zijn om te vallen, met een fysiotherapeut.', ['leefstijl'], { fees: '€ 30 voor de hele cursus.' }),
]);
