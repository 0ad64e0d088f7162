// Regio Valkenmeer (FICTIEF): the hand-written source of a made-up regional sociale kaart, the
// "Sociale Kaart Zorgnetwerk Valkenmeer", kept for the Wijkwijzer search benchmark only.
// Every organisation, person, street and gemeente here is invented; postal codes are 0101-0189
// (no Dutch postal code starts with 0) and every phone number is 0000-… (make.mjs numbers them).
// Nothing here is contact data of a real organisation, and the national help lines (113, Veilig
// Thuis, 112 …) are deliberately not listed: the product supplies those itself.
//
// The publisher is a regional care network (Zorgnetwerk Valkenmeer: huisartsen, ggz, welzijn,
// wijkteams, thuiszorg), and its sociale kaart is written by professionals for professionals and
// residents at once: formal service names ("Ambulante begeleiding volwassenen", "Basis-GGZ
// behandeling"), longer descriptions in which professional vocabulary (indicatie, verwijzing,
// doelgroep, beschikking, zorgpad) sits next to a B1 sentence or two, and organisations with brand
// names that say nothing about what they do ("De Schakel", "Kompaan", "Stichting Lichtpunt").
// A handful of services are written in English for expats and international students.
//
// `topics` is the judge's key, written with the text: what a service really offers, as a
// social worker would file it, whatever words its description happens to use. make.mjs keeps the
// topics out of the HSDS export and writes them to answers.json.
//
// Gemeenten: Valkenmeer (wijken Centrum, Oude Haven, Molenkamp, Rietveld, Westerpolder),
// Brakelveen (kernen Brakelveen and Ter Horst), Heerdijk (kernen Heerdijk and Sluiswaard) and
// Ooster-Lier (kernen Ooster-Lier, Lierhoven and Kolkwijk). Brakelveen, Heerdijk and Ooster-Lier
// share one Wmo-loket and one sociaal team as "de Lierstreek".
import { addingTo, svc } from '../write-directory.mjs';

/** The topics, each in one line: a service carries a topic when it answers that question. */
export const TOPICS = {
  huisarts: 'huisartsenpraktijk: spreekuur, visite, verwijzing, inschrijven bij een huisarts',
  hap: 'huisartsenpost: dringende huisartsenzorg buiten kantoortijd (avond, nacht, weekend)',
  'poh-ggz': 'praktijkondersteuner ggz (POH-GGZ) bij de huisarts',
  ggz: 'psychische hulp door een professional: POH-GGZ, psycholoog, basis- of specialistische ggz',
  'jeugd-ggz': 'psychische hulp en behandeling voor kinderen en jongeren',
  'psychische-klachten': 'hulp bij somberheid, angst, paniek, stress, burn-out of slecht slapen (behandeling, cursus of online)',
  epa: 'ernstige psychische aandoening: FACT-team, langdurige ggz-begeleiding, psychose',
  herstel: 'herstel en lotgenoten bij psychische kwetsbaarheid (herstelacademie, ervaringsdeskundigen, inloop)',
  'ambulante-begeleiding': 'begeleiding thuis (ambulante / individuele begeleiding) door een begeleider',
  'beschermd-wonen': 'beschermd wonen of wonen met begeleiding (24-uurs, woongroep, trainingshuis)',
  wijkteam: 'sociaal (wijk)team of algemeen maatschappelijk werk: eerste plek voor alle vragen, ook bij meerdere problemen tegelijk',
  wmo: 'Wmo-loket van de gemeente: hulp en voorzieningen aanvragen (keukentafelgesprek, beschikking)',
  clientondersteuning: 'onafhankelijke cliëntondersteuning: iemand die meegaat en helpt bij het aanvragen van zorg',
  pgb: 'persoonsgebonden budget (pgb): uitleg, aanvraag, beheer',
  wijkverpleging: 'wijkverpleging: verpleging en persoonlijke verzorging thuis',
  'huishoudelijke-hulp': 'hulp bij het huishouden (schoonmaken, wassen)',
  hulpmiddelen: 'hulpmiddelen: rolstoel, rollator, scootmobiel, uitleen',
  woningaanpassing: 'aanpassingen in huis (traplift, drempels, douche, badkamer)',
  vervoer: 'vervoer: regiotaxi, vrijwillige chauffeurs, rolstoelvervoer, vervoer naar ziekenhuis',
  parkeerkaart: 'gehandicaptenparkeerkaart en -parkeerplaats',
  alarmering: 'personenalarmering: een alarmknop om hulp te roepen',
  maaltijden: 'maaltijden: eten aan huis bezorgd of samen eten',
  'praktische-hulp': 'praktische hulp van vrijwilligers: boodschappen, kleine klusjes, even helpen in huis',
  dagbesteding: 'dagbesteding (ouderen, dementie, NAH, ggz, beperking)',
  dementie: 'dementie en geheugenproblemen, ook voor naasten (casemanagement, Alzheimer Café)',
  nah: 'niet-aangeboren hersenletsel (NAH), bijvoorbeeld na een beroerte of ongeluk',
  mantelzorg: 'steun voor mantelzorgers: advies, lotgenoten, waardering, even vrij',
  respijt: 'respijtzorg: de zorg tijdelijk overnemen zodat de mantelzorger rust heeft (logeren, oppas)',
  'jonge-mantelzorg': 'jonge mantelzorgers (kinderen en jongeren die thuis zorgen voor een ziek gezinslid)',
  eenzaamheid: 'eenzaamheid: bezoek, maatje, telefooncirkel, contact met anderen',
  buurthuis: 'buurthuis, wijkcentrum of dorpshuis: vrije inloop, ontmoeting en activiteiten',
  ouderenadvies: 'ouderenadviseur: vragen van ouderen over wonen, zorg, geld en regelen',
  palliatief: 'palliatieve zorg, hospice, terminale zorg thuis, laatste levensfase',
  schulden: 'schuldhulpverlening en schuldregeling',
  geldzorgen: 'geldzorgen en rondkomen: budgetcoach, geldmaatje, inzicht in uitgaven',
  administratie: 'hulp bij post, brieven, formulieren, belastingaangifte en toeslagen',
  bewindvoering: 'beschermingsbewind, budgetbeheer, mentorschap',
  minima: 'regelingen voor een laag inkomen: bijzondere bijstand, meedoenregeling, kindpakket, fondsen',
  voedselbank: 'voedselbank en andere voedselhulp',
  kleding: 'gratis of goedkope kleding en spullen (kledingbank, kringloop)',
  uitkering: 'uitkering: bijstand aanvragen, vragen over uw uitkering',
  werk: 'werk zoeken, re-integratie, jobcoach, beschut werk, participatie',
  vrijwilligerswerk: 'vrijwilligerswerk vinden of doen',
  taal: 'Nederlands leren en oefenen: taalles, NT2, taalmaatje, taalcafé',
  laaggeletterdheid: 'beter leren lezen, schrijven en rekenen (laaggeletterdheid)',
  digitaal: 'hulp met computer, smartphone, DigiD en digitale overheid',
  woningzoeken: 'een woning zoeken: inschrijven, urgentie, verhuizen',
  huurachterstand: 'huurachterstand, problemen met de huur, huisuitzetting voorkomen',
  dakloos: 'dak- en thuislozen: nachtopvang, dagopvang, briefadres, Housing First',
  opvoeden: 'opvoedsteun en vragen over opvoeding en kinderen',
  jeugdhulp: 'jeugdhulp en gezinsbegeleiding',
  jgz: 'jeugdgezondheidszorg: consultatiebureau, jeugdarts, jeugdverpleegkundige',
  onderwijs: 'school en leerplicht: leerplichtambtenaar, schoolmaatschappelijk werk, RMC, schoolverzuim',
  jongeren: 'jongerenwerk en jongerencoaches: een plek en een vertrouwd persoon voor jongeren',
  echtscheiding: 'scheiding: hulp voor ouders en kinderen',
  verslaving: 'verslaving bij volwassenen: alcohol, drugs, medicijnen (behandeling en lotgenoten)',
  'verslaving-jongeren': 'alcohol, blowen en drugs bij jongeren (ook voor hun ouders)',
  gokken: 'gokken en gamen uit de hand',
  'huiselijk-geweld': 'huiselijk geweld: hulp, advies en opvang voor wie het meemaakt, ook voor plegers',
  rouw: 'rouw en verlies: rouwgroep, rouwbegeleiding, ook voor kinderen en nabestaanden na zelfdoding',
  zwangerschap: 'zwanger: verloskundige, kraamzorg, zwangerschapsgroep, ongewenst zwanger',
  'seksuele-gezondheid': 'seksuele gezondheid: soa-test, anticonceptie, vragen over seks en relaties',
  leefstijl: 'gezonde leefstijl en gewicht: leefstijlcoach (GLI), diëtist, gezond eten',
  roken: 'stoppen met roken',
  bewegen: 'sport en bewegen, buurtsportcoach, sporten met een laag inkomen',
  juridisch: 'juridisch advies (sociaal raadslieden, rechtshulp, advocaat)',
  statushouders: 'nieuwkomers, statushouders en migranten: inburgering, begeleiding, wegwijs in Nederland',
  internationals: 'wegwijs voor expats en internationale nieuwkomers: inschrijven bij de gemeente, BSN, zorgverzekering, huisvesting',
  'werk-internationals': 'werk zoeken voor internationals en hun partners',
  studenten: 'hulp voor studenten van de hogeschool: studentenpsycholoog, studentendecaan, studentenmaatschappelijk werk',
  lvb: 'voor mensen met een licht verstandelijke beperking (LVB)',
  autisme: 'autisme: begeleiding, lotgenoten, informatie',
  buurtbemiddeling: 'burenruzie en buurtbemiddeling',
  ehbo: 'EHBO-, reanimatie- en mentale EHBO-cursussen voor inwoners',
  'training-professionals': 'trainingen voor professionals en vrijwilligers (suïcidepreventie, meldcode huiselijk geweld)',
};

/** Place → gemeente and the two-digit-plus postal-code start (0101-0189). */
export const places = {
  Centrum: { gemeente: 'Valkenmeer', pc: '0101' },
  'Oude Haven': { gemeente: 'Valkenmeer', pc: '0104' },
  Molenkamp: { gemeente: 'Valkenmeer', pc: '0112' },
  Rietveld: { gemeente: 'Valkenmeer', pc: '0118' },
  Westerpolder: { gemeente: 'Valkenmeer', pc: '0123' },
  Brakelveen: { gemeente: 'Brakelveen', pc: '0141' },
  'Ter Horst': { gemeente: 'Brakelveen', pc: '0146' },
  Heerdijk: { gemeente: 'Heerdijk', pc: '0155' },
  Sluiswaard: { gemeente: 'Heerdijk', pc: '0158' },
  'Ooster-Lier': { gemeente: 'Ooster-Lier', pc: '0171' },
  Lierhoven: { gemeente: 'Ooster-Lier', pc: '0176' },
  Kolkwijk: { gemeente: 'Ooster-Lier', pc: '0189' },
};

const ALL = ['Valkenmeer', 'Brakelveen', 'Heerdijk', 'Ooster-Lier'];
const LIERSTREEK = ['Brakelveen', 'Heerdijk', 'Ooster-Lier'];

export const organizations = [];
const org = addingTo(organizations);

// ── Eerstelijnszorg ─────────────────────────────────────────────────────────────────────────

org(
  { name: 'Huisartsenpraktijk De Linde', place: 'Molenkamp', street: 'Lindelaan 14', desc: 'Huisartsenpraktijk met vier huisartsen, praktijkondersteuners en een doktersassistente-team in de wijk Molenkamp. Aangesloten bij Zorgnetwerk Valkenmeer.' },
  [
    svc(
      'Huisartsenzorg',
      'Reguliere huisartsgeneeskundige zorg voor ingeschreven patiënten: spreekuur op afspraak, telefonisch consult, visites bij patiënten die niet naar de praktijk kunnen komen en verwijzing naar de tweede lijn. Nieuwe patiënten uit Molenkamp, Rietveld en Centrum kunnen zich inschrijven zolang er ruimte is (inschrijfstop wordt op de website gemeld). Voor een afspraak belt u \'s ochtends tussen 8.00 en 10.00 uur.',
      ['huisarts'],
      { hours: 'Maandag t/m vrijdag 8.00-17.00 uur. Telefonisch spreekuur assistente 8.00-10.00 uur.', apply: 'Inschrijven met het inschrijfformulier op de website en een kopie van uw zorgpas.' },
    ),
    svc(
      'Praktijkondersteuning GGZ',
      'De POH-GGZ ondersteunt patiënten met psychische klachten zoals somberheid, angst, spanning of slaapproblemen. In maximaal acht gesprekken brengen we samen de klachten in kaart, werken we aan een eerste behandeldoel en bekijken we of verwijzing naar de basis-GGZ nodig is. Ook e-health-modules zijn mogelijk. Kosten vallen niet onder het eigen risico.',
      ['poh-ggz', 'ggz', 'psychische-klachten'],
      { elig: 'Voor patiënten van de praktijk, na overleg met de eigen huisarts.', fees: 'Geen eigen bijdrage, geen eigen risico.' },
    ),
  ],
);

org(
  { name: 'Gezondheidscentrum Rietveld', alt: 'GC Rietveld', place: 'Rietveld', street: 'Rietkade 2', desc: 'Multidisciplinair gezondheidscentrum: huisartsen, praktijkondersteuners, fysiotherapie, diëtetiek en apotheek onder één dak.' },
  [
    svc(
      'Huisartsenpraktijk Rietveld',
      'Drie huisartsenpraktijken werken samen in het gezondheidscentrum. U kunt terecht voor spreekuur, chronische zorg (diabetes, COPD, hart- en vaatziekten), kleine verrichtingen en visites. Inschrijving staat open voor bewoners van Rietveld en Westerpolder.',
      ['huisarts'],
      { hours: 'Werkdagen 8.00-17.00 uur.' },
    ),
    svc(
      'Stoppen met roken-begeleiding',
      'Individueel begeleidingstraject door de praktijkondersteuner somatiek, eventueel ondersteund met medicatie of nicotinevervangers. U stelt een stopdatum en krijgt zes tot acht contactmomenten. Het traject wordt eenmaal per jaar vergoed uit de basisverzekering.',
      ['roken'],
      { fees: 'Vergoed uit de basisverzekering, valt niet onder het eigen risico.', elig: 'Ook voor niet-ingeschreven patiënten met verwijzing van de eigen huisarts.' },
    ),
    svc(
      'Gecombineerde Leefstijlinterventie (GLI)',
      'Tweejarig programma voor volwassenen met overgewicht en een verhoogd gezondheidsrisico. In groepsbijeenkomsten en individuele gesprekken met een leefstijlcoach werkt u aan gezonder eten, meer bewegen, beter slapen en omgaan met stress. Samen met de diëtist van het centrum.',
      ['leefstijl'],
      { elig: 'Verwijzing door huisarts of medisch specialist. BMI vanaf 25 met risicofactoren of vanaf 30.', fees: 'Vergoed uit de basisverzekering.' },
    ),
    svc(
      'English-speaking patients',
      'Newcomers to Valkenmeer can register with a GP at Rietveld Health Centre. Our GPs and assistants speak English. Please bring your passport, your Dutch health insurance card and your BSN. We explain how the Dutch GP system works: the GP is your first stop for all health problems, and you need a referral for a hospital or psychologist.',
      ['huisarts'],
      { lang: ['en'], apply: 'Register online via the registration form or at the front desk.' },
    ),
  ],
);

org(
  { name: 'Huisartsen Lierstreek', place: 'Lierhoven', street: 'Dorpsstraat 61', desc: 'Samenwerkende huisartsen in Ooster-Lier, Lierhoven en Kolkwijk, met een dependance in Heerdijk.' },
  [
    svc(
      'Huisartsenzorg Ooster-Lier en Heerdijk',
      'Huisartsenzorg dichtbij voor de dorpen van de Lierstreek. Spreekuur in Lierhoven en twee dagen per week in Heerdijk. Patiënten die slecht ter been zijn krijgen een visite aan huis. Medicijnen kunt u ophalen bij de apotheekhoudende praktijk in Lierhoven.',
      ['huisarts'],
      { area: ['Heerdijk', 'Ooster-Lier'], hours: 'Lierhoven: werkdagen 8.00-17.00. Heerdijk: dinsdag en donderdag 8.30-12.30.' },
    ),
    svc(
      'POH-GGZ jeugd',
      'Voor kinderen en jongeren tot 18 jaar met lichte psychische of gedragsproblemen, zoals piekeren, faalangst, somberheid of problemen thuis. Kortdurende begeleiding in de huisartsenpraktijk, samen met ouders. Waar nodig volgt doorverwijzing naar jeugd-ggz via het sociaal team.',
      ['poh-ggz', 'jeugd-ggz'],
      { area: LIERSTREEK, elig: 'Kinderen en jongeren van 0-18 jaar die ingeschreven zijn bij een huisarts in de Lierstreek.' },
    ),
  ],
);

org(
  { name: 'Huisartsenpost Valkenmeer', alt: 'HAP Valkenmeer', place: 'Centrum', street: 'Gasthuisplein 1', desc: 'Huisartsenpost voor de hele regio, naast de spoedeisende hulp van het Meergasthuis.' },
  [
    svc(
      'Spoedzorg huisarts buiten kantooruren',
      'Voor dringende medische zorg die niet kan wachten tot de volgende werkdag. Bel altijd eerst: de triagist beoordeelt uw klacht en maakt zo nodig een afspraak op de post of regelt een visite. Niet voor herhaalrecepten of uitslagen. Bij levensgevaar belt u het alarmnummer.',
      ['hap'],
      { area: ALL, hours: 'Werkdagen 17.00-8.00 uur, weekend en feestdagen de hele dag.', apply: 'Alleen op afspraak na telefonische triage.' },
    ),
  ],
);

// ── GGZ ─────────────────────────────────────────────────────────────────────────────────────

org(
  { name: 'Stichting Lichtpunt', place: 'Centrum', street: 'Havenstraat 33', desc: 'Lichtpunt biedt generalistische basis-GGZ en kortdurende behandeling voor volwassenen in de regio Valkenmeer, dicht bij huis en in nauwe samenwerking met huisartsen en POH-GGZ.' },
  [
    svc(
      'Basis-GGZ behandeling',
      'Kortdurende, gestructureerde behandeling bij lichte tot matige psychische klachten zoals depressieve klachten, angst- en paniekklachten, burn-out en aanpassingsproblemen. Een GZ-psycholoog of basispsycholoog stelt na de intake een behandelplan op; de behandeling bestaat uit gemiddeld 5 tot 12 gesprekken, al dan niet aangevuld met online modules (blended). Aanmelden kan alleen met een verwijzing van de huisarts. Actuele wachttijd aanmelding-intake: circa 6 weken.',
      ['ggz', 'psychische-klachten'],
      { area: ALL, elig: 'Volwassenen vanaf 18 jaar met een verwijsbrief van de huisarts.', fees: 'Vergoed door de zorgverzekeraar; het eigen risico is van toepassing.' },
    ),
    svc(
      'Cursus Grip op je dip',
      'Groepscursus van acht bijeenkomsten voor volwassenen met sombere gevoelens. U leert negatieve gedachten herkennen, meer plezierige activiteiten te ondernemen en uw stemming te verbeteren. Preventief aanbod: er is geen diagnose nodig.',
      ['psychische-klachten'],
      { area: ALL, fees: 'Gratis voor inwoners van de regio.' },
    ),
    svc(
      'Lichtpunt Online',
      'Anonieme online cursussen en chatbegeleiding door een psycholoog bij stress, piekeren, slecht slapen en somberheid. U werkt in uw eigen tempo via de website en krijgt wekelijks feedback.',
      ['psychische-klachten', 'ggz'],
      { area: ALL, online: true, phone: false, apply: 'Aanmelden via de website, zonder verwijzing.' },
    ),
  ],
);

org(
  { name: 'Meerzicht GGZ', place: 'Westerpolder', street: 'Polderweg 120', desc: 'Instelling voor specialistische geestelijke gezondheidszorg in de regio Valkenmeer en de Lierstreek.' },
  [
    svc(
      'Specialistische GGZ volwassenen',
      'Diagnostiek en behandeling van complexe of ernstige psychische stoornissen, zoals ernstige depressie, persoonlijkheidsproblematiek, trauma en PTSS en bipolaire stoornis. Behandeling door een multidisciplinair team (psychiater, klinisch psycholoog, verpleegkundig specialist). Verwijzing door de huisarts of een basis-GGZ-aanbieder is vereist.',
      ['ggz'],
      { area: ALL, elig: 'Volwassenen met een verwijzing naar de specialistische ggz.', fees: 'Verzekerde zorg; eigen risico van toepassing.' },
    ),
    svc(
      'FACT-team Valkenmeer',
      'Flexible Assertive Community Treatment: outreachende behandeling en begeleiding voor mensen met een ernstige psychische aandoening (EPA), zoals een psychotische stoornis. Het FACT-team komt bij cliënten thuis, houdt contact ook als het minder goed gaat en schaalt bij terugval op. In het team werken o.a. een psychiater, verpleegkundigen, een ervaringsdeskundige en een IPS-trajectbegeleider voor werk.',
      ['epa'],
      { area: ALL, elig: 'Verwijzing via huisarts, ggz-behandelaar of sociaal team.' },
    ),
    svc(
      'Vroege Interventie Psychose',
      'Voor jongeren en jongvolwassenen (16-35 jaar) die voor het eerst een psychose doormaken of bij wie een verhoogd risico bestaat. Snelle beoordeling, behandeling en gezinsgesprekken.',
      ['epa'],
      { area: ALL },
    ),
  ],
);

org(
  { name: 'Northlight Psychology', place: 'Oude Haven', street: 'Kademuur 9', desc: 'Independent psychology practice for internationals, expats and their families.' },
  [
    svc(
      'Therapy in English',
      'Short-term psychological treatment in English for adults who struggle with anxiety, low mood, stress, burnout or the challenges of living abroad (homesickness, culture shock, relationship strain). Our psychologists are registered in the Netherlands and work within the basic mental health care (basis-GGZ). A GP referral is needed for reimbursement by your Dutch health insurance.',
      ['ggz', 'psychische-klachten'],
      { area: ALL, lang: ['en'], fees: 'Covered by Dutch basic health insurance with a GP referral; your deductible (eigen risico) applies.' },
    ),
  ],
);

org(
  { name: 'Bloei', alt: 'Bloei jeugd en gezin', place: 'Molenkamp', street: 'Kamperfoelie 4', desc: 'Bloei biedt jeugd-ggz en behandeling voor kinderen, jongeren en hun gezin.' },
  [
    svc(
      'Jeugd-GGZ behandeling',
      'Diagnostiek en behandeling van kinderen en jongeren (0-18 jaar) met bijvoorbeeld ADHD, angst, depressie, trauma, eetproblemen of hechtingsproblematiek. Ouders worden altijd betrokken. Toegang via verwijzing van huisarts, jeugdarts of sociaal team (jeugdhulp valt onder de Jeugdwet). Behandelaars zijn SKJ- of BIG-geregistreerd.',
      ['jeugd-ggz'],
      { area: ALL, elig: 'Kinderen en jongeren tot 18 jaar, met verwijzing.', fees: 'Geen kosten voor ouders (Jeugdwet).' },
    ),
    svc(
      'Bloei Jongerenlijn',
      'Chat met een hulpverlener van Bloei als je tussen de 12 en 23 bent en ergens mee zit: stress over school, je niet goed voelen, problemen thuis of met vrienden. Anoniem en gratis. Als het nodig is helpen we je verder naar hulp in de buurt.',
      ['jeugd-ggz', 'jongeren'],
      { area: ALL, online: true, phone: false, hours: 'Maandag t/m vrijdag 15.00-21.00 uur.' },
    ),
  ],
);

org(
  { name: 'De Lantaarn', alt: 'Herstelhuis De Lantaarn', place: 'Oude Haven', street: 'Zeilmakersgang 5', desc: 'Herstelhuis gerund door ervaringsdeskundigen: een plek voor mensen met psychische kwetsbaarheid om te werken aan hun herstel.' },
  [
    svc(
      'Herstelacademie',
      'Cursussen en werkgroepen over herstel, gegeven door en voor mensen met ervaring met psychische problemen: WRAP, Herstellen doe je zelf, omgaan met stemmen horen, zelfstigma. Iedereen is welkom, met of zonder diagnose of behandelaar. U hoeft zich niet te laten verwijzen.',
      ['herstel'],
      { area: ALL, fees: 'Gratis.' },
    ),
    svc(
      'Inloop De Lantaarn',
      'Laagdrempelige inloop voor mensen met psychische kwetsbaarheid en hun naasten. Koffie, een luisterend oor, samen koken op donderdag. Ervaringsdeskundigen zijn aanwezig.',
      ['herstel'],
      { hours: 'Dinsdag, donderdag en zaterdag 11.00-16.00 uur.' },
    ),
  ],
);

// ── Toegang: sociaal team, gemeenten, cliëntondersteuning ──────────────────────────────────

org(
  { name: 'De Schakel', place: 'Centrum', street: 'Raadhuisstraat 18', desc: 'De Schakel voert in opdracht van de gemeente Valkenmeer de sociale wijkteams en het algemeen maatschappelijk werk uit.' },
  [
    svc(
      'Sociaal wijkteam Oude Haven en Centrum',
      'Het sociaal wijkteam is de toegang tot ondersteuning vanuit de Wmo en de Jeugdwet en het eerste aanspreekpunt voor inwoners met vragen over zorg, welzijn, opvoeden, geld, wonen of werk. Generalisten van het team voeren een keukentafelgesprek, stellen samen met u een ondersteuningsplan op en schakelen waar nodig specialistische hulp in. Ook als er meerdere problemen tegelijk spelen. U kunt zonder afspraak binnenlopen of bellen.',
      ['wijkteam', 'wmo', 'jeugdhulp'],
      { area: ['Valkenmeer'], hours: 'Inloop maandag, woensdag en vrijdag 9.00-12.00 uur.' },
    ),
    svc(
      'Sociaal wijkteam Molenkamp, Rietveld en Westerpolder',
      'Voor alle vragen op het gebied van zorg, welzijn en ondersteuning in de wijken Molenkamp, Rietveld en Westerpolder. Het team werkt outreachend: we komen ook bij u thuis. Onderdeel van het team zijn een jeugd- en gezinscoach, een wijkverpleegkundige en een schuldhulpconsulent.',
      ['wijkteam', 'wmo', 'jeugdhulp'],
      { area: ['Valkenmeer'], at: { name: 'Wijkcentrum De Molen', street: 'Molenstraat 80', place: 'Molenkamp' } },
    ),
    svc(
      'Algemeen maatschappelijk werk',
      'Kortdurende psychosociale hulpverlening bij persoonlijke problemen, zoals relatieproblemen, rouw, spanningen in het gezin, geldzorgen of een ingrijpende gebeurtenis. Een maatschappelijk werker helpt u overzicht te krijgen en zelf weer verder te kunnen. Gratis en zonder verwijzing.',
      ['wijkteam', 'rouw'],
      { area: ['Valkenmeer'] },
    ),
    svc(
      'Schoolmaatschappelijk werk',
      'Op alle basisscholen en vo-scholen in Valkenmeer is een schoolmaatschappelijk werker. Leerlingen, ouders en leerkrachten kunnen bij haar terecht met zorgen over een kind: thuissituatie, pesten, gedrag, verzuim of niet lekker in je vel zitten.',
      ['onderwijs', 'opvoeden'],
      { area: ['Valkenmeer'] },
    ),
  ],
);

org(
  { name: 'Sociaal Team Lierstreek', place: 'Ooster-Lier', street: 'Kerkplein 3', desc: 'Gezamenlijk sociaal team van de gemeenten Brakelveen, Heerdijk en Ooster-Lier.' },
  [
    svc(
      'Sociaal team Lierstreek',
      'Integrale toegang tot zorg en ondersteuning (Wmo, Jeugdwet en Participatiewet) voor inwoners van Brakelveen, Ter Horst, Heerdijk, Sluiswaard, Ooster-Lier, Lierhoven en Kolkwijk. Eén contactpersoon voor het hele huishouden. Spreekuren in alle dorpshuizen.',
      ['wijkteam', 'wmo', 'jeugdhulp'],
      { area: LIERSTREEK, hours: 'Bereikbaar op werkdagen 8.30-17.00 uur. Spreekuren: zie website.' },
    ),
    svc(
      'Gezinscoach',
      'Een gezinscoach ondersteunt ouders bij opvoedvragen en problemen in het gezin, bijvoorbeeld na een scheiding, bij ruzie, of als een kind niet meer naar school wil. Kortdurend en in uw eigen huis.',
      ['jeugdhulp', 'opvoeden', 'echtscheiding'],
      { area: LIERSTREEK },
    ),
  ],
);

org(
  { name: 'Gemeente Valkenmeer', place: 'Centrum', street: 'Raadhuisstraat 1', desc: 'De gemeente Valkenmeer: loketten voor Wmo, werk en inkomen, leerplicht en minimaregelingen.' },
  [
    svc(
      'Wmo-loket Valkenmeer',
      'Aanvragen van maatwerkvoorzieningen op grond van de Wet maatschappelijke ondersteuning, zoals huishoudelijke ondersteuning, begeleiding, dagbesteding, een woonvoorziening, vervoersvoorziening of rolstoel. Na een melding volgt binnen zes weken een onderzoek (keukentafelgesprek) en daarna een beschikking. U heeft recht op gratis onafhankelijke cliëntondersteuning. Voorzieningen kunnen in natura of als persoonsgebonden budget (pgb) worden verstrekt.',
      ['wmo', 'pgb'],
      { area: ['Valkenmeer'], fees: 'Voor de meeste maatwerkvoorzieningen geldt een eigen bijdrage via het CAK (abonnementstarief).', apply: 'Melding via het online formulier, telefonisch of via het sociaal wijkteam.' },
    ),
    svc(
      'Bijstandsuitkering aanvragen',
      'Heeft u geen of te weinig inkomen en geen recht op een andere uitkering? Dan kunt u een bijstandsuitkering (Participatiewet) aanvragen. U meldt zich eerst via werk.nl en maakt daarna een afspraak bij het team Werk & Inkomen. Neem bankafschriften, een identiteitsbewijs en uw huurcontract mee.',
      ['uitkering'],
      { area: ['Valkenmeer'] },
    ),
    svc(
      'Valkenmeerpas en bijzondere bijstand',
      'Met een inkomen tot 130% van het sociaal minimum komt u in aanmerking voor de Valkenmeerpas (korting op sport, cultuur en zwemles voor kinderen), het kindpakket (schoolspullen, laptop, fiets) en de collectieve zorgverzekering. Voor noodzakelijke, onvoorziene kosten kunt u bijzondere bijstand aanvragen.',
      ['minima'],
      { area: ['Valkenmeer'], elig: 'Inwoners van Valkenmeer met een laag inkomen en weinig vermogen.' },
    ),
    svc(
      'Leerplicht en RMC',
      'De leerplichtambtenaar ziet toe op naleving van de Leerplichtwet en zoekt samen met leerling, ouders en school naar oplossingen bij schoolverzuim. Het RMC-team helpt jongeren tot 23 jaar zonder startkwalificatie om weer naar school of aan het werk te gaan.',
      ['onderwijs'],
      { area: ALL },
    ),
    svc(
      'Briefadres',
      'Heeft u geen vast woonadres, dan kunt u bij de gemeente een briefadres aanvragen, zodat u post kunt ontvangen en uw uitkering en zorgverzekering doorlopen. Meestal via de dak- en thuislozenopvang.',
      ['dakloos'],
      { area: ['Valkenmeer'], phone: false },
    ),
    svc(
      'Gehandicaptenparkeerkaart',
      'Aanvraag van een gehandicaptenparkeerkaart en eventueel een eigen parkeerplaats voor mensen die door een aandoening niet ver kunnen lopen. Een onafhankelijk arts beoordeelt de aanvraag.',
      ['parkeerkaart'],
      { area: ['Valkenmeer'], fees: 'Leges: zie website.' },
    ),
  ],
);

org(
  { name: 'Loket Lierstreek', alt: 'Wmo-loket Brakelveen, Heerdijk en Ooster-Lier', place: 'Brakelveen', street: 'Marktveld 2', desc: 'Gezamenlijk loket Wonen, Welzijn en Zorg van drie plattelandsgemeenten.' },
  [
    svc(
      'Wmo-voorzieningen Lierstreek',
      'Voor het aanvragen van Wmo-maatwerkvoorzieningen, zoals een traplift of andere woningaanpassing, een scootmobiel, huishoudelijke hulp of begeleiding. Ook informatie over pgb en de eigen bijdrage.',
      ['wmo', 'pgb', 'woningaanpassing'],
      { area: LIERSTREEK },
    ),
    svc(
      'Werk, inkomen en minimaregelingen Lierstreek',
      'Uitkeringen (bijstand, IOAW), bijzondere bijstand, de meedoenregeling voor kinderen en kwijtschelding van gemeentelijke belastingen voor inwoners van Brakelveen, Heerdijk en Ooster-Lier.',
      ['uitkering', 'minima'],
      { area: LIERSTREEK },
    ),
  ],
);

org(
  { name: 'Wegmaat', place: 'Rietveld', street: 'Biezenlaan 27', desc: 'Wegmaat biedt onafhankelijke cliëntondersteuning en ondersteuning aan mensen met een beperking en hun netwerk.' },
  [
    svc(
      'Onafhankelijke cliëntondersteuning',
      'Een cliëntondersteuner denkt met u mee, bereidt het gesprek met gemeente, zorgkantoor of CIZ voor en gaat desgewenst mee. Onafhankelijk van de gemeente en van zorgaanbieders. Ook bij vragen over Wlz-indicatie, pgb en bezwaar tegen een beschikking.',
      ['clientondersteuning', 'pgb'],
      { area: ALL, fees: 'Gratis.' },
    ),
    svc(
      'Ondersteuning bij licht verstandelijke beperking',
      'Voor jongeren en volwassenen met een licht verstandelijke beperking (LVB) of moeite met leren en begrijpen. We helpen bij het regelen van zaken, het begrijpen van brieven, contacten met instanties en het vinden van passende begeleiding of dagbesteding.',
      ['lvb', 'clientondersteuning'],
      { area: ALL },
    ),
    svc(
      'Pgb-spreekuur',
      'Spreekuur voor budgethouders en wie een persoonsgebonden budget overweegt: zorgovereenkomsten, declareren bij de SVB, verantwoording en de rol van een pgb-vertegenwoordiger.',
      ['pgb'],
      { area: ALL, hours: 'Eerste woensdag van de maand 13.30-15.30 uur.' },
    ),
  ],
);

// ── Zorg thuis, ouderen, dementie, NAH ──────────────────────────────────────────────────────

org(
  { name: 'Vitalis Thuiszorg', place: 'Westerpolder', street: 'Industrieweg 44', desc: 'Thuiszorgorganisatie voor wijkverpleging en huishoudelijke ondersteuning in de hele regio.' },
  [
    svc(
      'Wijkverpleging',
      'Verpleging en persoonlijke verzorging thuis door wijkverpleegkundigen en verzorgenden: hulp bij wassen en aankleden, steunkousen, medicatie, wondzorg, stomazorg en zorg na ziekenhuisopname. De wijkverpleegkundige stelt de indicatie (Zvw). Ook 24 uur per dag oproepbaar voor cliënten.',
      ['wijkverpleging'],
      { area: ALL, fees: 'Vergoed uit de basisverzekering, geen eigen risico.', apply: 'Direct aanmelden of via huisarts of ziekenhuis.' },
    ),
    svc(
      'Huishoudelijke ondersteuning',
      'Hulp bij het schoonhouden van uw woning, de was en het strijken, als u dat zelf niet meer kunt. Via een Wmo-beschikking van de gemeente of als particuliere dienst.',
      ['huishoudelijke-hulp'],
      { area: ALL, fees: 'Wmo: eigen bijdrage via het CAK. Particulier: uurtarief, zie website.' },
    ),
    svc(
      'Personenalarmering Vitalis',
      'Een alarmknop om uw hals of pols waarmee u 24 uur per dag hulp kunt inschakelen als u bent gevallen of onwel wordt. De meldkamer belt uw contactpersonen of stuurt een zorgverlener.',
      ['alarmering'],
      { area: ALL, fees: 'Vanaf € 21,50 per maand. Sommige zorgverzekeraars vergoeden een deel.' },
    ),
  ],
);

org(
  { name: 'Zorggroep Meerhof', place: 'Molenkamp', street: 'Meerhoflaan 1', desc: 'Ouderenzorg met woonzorgcentra, dagbesteding en verpleeghuiszorg in Valkenmeer en de Lierstreek.' },
  [
    svc(
      'Dagbesteding ouderen en mensen met dementie',
      'Gestructureerde dagbesteding in een kleine groep voor thuiswonende ouderen met een somatische aandoening of dementie. Zinvolle activiteiten, bewegen, een warme maaltijd en contact met anderen; het geeft mantelzorgers ook lucht. Vervoer van en naar huis kan worden geregeld.',
      ['dagbesteding', 'dementie', 'respijt'],
      { area: ALL, elig: 'Met een Wmo-indicatie of Wlz-indicatie.' },
    ),
    svc(
      'Logeerhuis De Waterlelie',
      'Kortdurend verblijf (van een weekend tot enkele weken) voor mensen die thuis zorg krijgen van een mantelzorger. Zo kan de mantelzorger op vakantie of bijkomen. 24-uurs zorg aanwezig.',
      ['respijt', 'mantelzorg'],
      { area: ALL, at: { name: 'De Waterlelie', street: 'Lelieweg 7', place: 'Brakelveen' } },
    ),
    svc(
      'Maaltijdservice Meerhof',
      'Dagelijks een verse warme maaltijd aan huis, ook dieetmaaltijden (zoutarm, diabetes, gemalen). Of schuif aan in het restaurant van een van onze locaties.',
      ['maaltijden'],
      { area: ALL, fees: 'Vanaf € 8,95 per maaltijd.' },
    ),
    svc(
      'Verpleeghuiszorg en Wlz',
      'Wonen met 24-uurs zorg voor mensen met een Wlz-indicatie (CIZ), bijvoorbeeld bij gevorderde dementie of ernstige lichamelijke beperkingen. Ook Wlz-zorg thuis (volledig pakket thuis).',
      ['dementie', 'wijkverpleging'],
      { area: ALL, elig: 'Wlz-indicatie van het CIZ.' },
    ),
  ],
);

org(
  { name: 'Dementienetwerk Lier en Meer', place: 'Centrum', street: 'Gasthuisplein 6', desc: 'Netwerk van zorgaanbieders, huisartsen en welzijn rond mensen met dementie en hun naasten.' },
  [
    svc(
      'Casemanagement dementie',
      'Na de diagnose dementie krijgt u een vaste casemanager die u en uw naasten begeleidt in alle fasen: uitleg over de ziekte, het regelen van zorg, omgaan met gedragsveranderingen en plannen voor later. Ook bij een vermoeden van dementie, voordat er een diagnose is.',
      ['dementie'],
      { area: ALL, fees: 'Vergoed uit de basisverzekering (wijkverpleging), geen eigen risico.' },
    ),
    svc(
      'Alzheimer Café Valkenmeer',
      'Maandelijkse avond voor mensen met geheugenproblemen, hun partners, kinderen en andere belangstellenden. Een gespreksleider en een deskundige praten over een thema; daarna is er ruimte voor vragen en napraten.',
      ['dementie'],
      { area: ALL, hours: 'Derde dinsdag van de maand, 19.30-21.30 uur.', at: { name: 'Wijkcentrum De Molen', street: 'Molenstraat 80', place: 'Molenkamp' } },
    ),
    svc(
      'Ontmoetingscentrum Heerdijk',
      'Ontmoetingsgroep drie dagen per week voor mensen met beginnende dementie uit de Lierstreek, met een gesprekgroep voor mantelzorgers eens per maand. Tot 2026 aangeboden; de groep is opgegaan in de dagbesteding van Zorggroep Meerhof.',
      ['dementie', 'dagbesteding'],
      { area: LIERSTREEK, status: 'inactive', at: { name: 'Dorpshuis De Dijk', street: 'Dijkweg 12', place: 'Heerdijk' } },
    ),
  ],
);

org(
  { name: 'Brein in Balans', place: 'Rietveld', street: 'Rietkade 40', desc: 'Expertisecentrum voor mensen met niet-aangeboren hersenletsel en hun omgeving.' },
  [
    svc(
      'Ambulante begeleiding bij NAH',
      'Na een beroerte, hersenbloeding, ongeluk of hersentumor kan het leven ingrijpend veranderen: vermoeidheid, prikkelgevoeligheid, geheugen- en concentratieproblemen. Onze begeleiders helpen u en uw gezin om met de gevolgen om te gaan en de draad weer op te pakken: dagstructuur, werk, relaties, energieverdeling.',
      ['nah', 'ambulante-begeleiding'],
      { area: ALL, elig: 'Wmo-indicatie of Zvw-vergoeding (via revalidatiearts).' },
    ),
    svc(
      'Dagbesteding NAH Het Atelier',
      'Dagbesteding voor volwassenen met hersenletsel: creatief werk, bewegen, cognitieve training en lotgenotencontact in een prikkelarme omgeving.',
      ['nah', 'dagbesteding'],
      { area: ALL },
    ),
    svc(
      'NAH-café',
      'Maandelijkse ontmoeting voor mensen met hersenletsel en hun naasten. Lotgenotencontact en informatie.',
      ['nah'],
      { area: ALL, hours: 'Laatste donderdag van de maand, 14.00-16.00 uur.', phone: false },
    ),
  ],
);

org(
  { name: 'Hospice De Wilg', place: 'Sluiswaard', street: 'Wilgenlaan 3', desc: 'Hospice met vier kamers en een vrijwilligersdienst voor terminale zorg thuis.' },
  [
    svc(
      'Hospicezorg',
      'Een huiselijke plek voor mensen in de laatste levensfase (levensverwachting korter dan drie maanden) als thuis sterven niet mogelijk of niet gewenst is. Verpleegkundigen en getrainde vrijwilligers zorgen dag en nacht; de eigen huisarts blijft behandelaar. Naasten zijn altijd welkom.',
      ['palliatief'],
      { area: ALL, fees: 'Eigen bijdrage € 40 per dag; de zorg wordt vergoed.' },
    ),
    svc(
      'Vrijwilligers Palliatieve Terminale Zorg thuis',
      'Getrainde VPTZ-vrijwilligers waken \'s nachts of zijn overdag aanwezig bij iemand die thuis wil sterven, zodat de mantelzorger kan rusten.',
      ['palliatief'],
      { area: ALL, fees: 'Gratis.' },
    ),
  ],
);

org(
  { name: 'Zorgmaat Hulpmiddelen', place: 'Westerpolder', street: 'Industrieweg 9', desc: 'Leverancier van Wmo-hulpmiddelen en uitleenpunt voor de regio.' },
  [
    svc(
      'Uitleen van hulpmiddelen',
      'Tijdelijk nodig na een operatie of ongeval? Leen een rollator, rolstoel, krukken, douchestoel, toiletverhoger of hoog-laagbed. Uitleen tot drie maanden; daarna kunt u een hulpmiddel huren of via uw zorgverzekeraar of de Wmo aanvragen.',
      ['hulpmiddelen'],
      { area: ALL, hours: 'Werkdagen 9.00-16.30 uur.', fees: 'Voor leden van een thuiszorgvereniging gratis, anders een kleine vergoeding.' },
    ),
    svc(
      'Scootmobiel en rolstoel via de Wmo',
      'Heeft u van de gemeente een scootmobiel, rolstoel of driewielfiets toegekend gekregen, dan levert, past en onderhoudt Zorgmaat die. Ook voor reparaties en storingen.',
      ['hulpmiddelen'],
      { area: ALL, elig: 'Alleen met een Wmo-beschikking.' },
    ),
  ],
);

org(
  { name: 'Lierrit', place: 'Heerdijk', street: 'Stationsweg 2', desc: 'Regionaal Wmo- en doelgroepenvervoer.' },
  [
    svc(
      'Wmo-vervoer Lierrit',
      'Deur-tot-deurvervoer in de regio voor mensen die niet zelfstandig met het openbaar vervoer kunnen reizen. U reist met een Lierritpas tegen een gereduceerd tarief, eventueel met begeleider. Rolstoelvervoer mogelijk. Ritten minimaal een uur van tevoren boeken.',
      ['vervoer'],
      { area: ALL, elig: 'Met een Lierritpas (via het Wmo-loket).', hours: 'Dagelijks 6.00-0.30 uur.' },
    ),
  ],
);

// ── Welzijn, mantelzorg, begeleiding ───────────────────────────────────────────────────────

org(
  { name: 'Kompaan', alt: 'Kompaan welzijn', place: 'Molenkamp', street: 'Molenstraat 80', desc: 'Kompaan is de welzijnsorganisatie voor Valkenmeer en de Lierstreek: buurtwerk, ouderenwerk, jongerenwerk en vrijwilligerswerk.' },
  [
    svc(
      'Wijkcentrum De Molen',
      'Ontmoetingsplek voor alle bewoners van Molenkamp en omgeving. Dagelijks open inloop met koffie, een leestafel en wifi, daarnaast koersbal, handwerkclub, een repair café en een wekelijkse buurtmaaltijd op woensdag (€ 4,50). Bewoners kunnen zelf activiteiten organiseren.',
      ['buurthuis', 'eenzaamheid', 'maaltijden'],
      { area: ['Valkenmeer'], hours: 'Maandag t/m vrijdag 9.00-21.00 uur, zaterdag 10.00-14.00 uur.' },
    ),
    svc(
      'Dorpshuizen Lierstreek',
      'In Ter Horst, Sluiswaard en Kolkwijk beheert Kompaan samen met vrijwilligers de dorpshuizen: ontmoeting, soos voor ouderen, kinderactiviteiten en spreekuren van het sociaal team.',
      ['buurthuis'],
      { area: LIERSTREEK, at: { name: 'Dorpshuis Het Veer', street: 'Veerstraat 1', place: 'Kolkwijk' } },
    ),
    svc(
      'Ouderenadvies',
      'De ouderenadviseur is er voor 65-plussers en hun familie met vragen over zelfstandig blijven wonen, zorg en ondersteuning, geldzaken, voorzieningen en vervoer. Op verzoek een huisbezoek. Ook voor het preventieve huisbezoek aan 75-plussers.',
      ['ouderenadvies'],
      { area: ALL },
    ),
    svc(
      'Maatjesproject Samen Verder',
      'Voelt u zich alleen, bent u weinig onder de mensen of mist u iemand om mee te praten? Een vrijwillig maatje komt eens per week of per twee weken langs voor een kop koffie, een wandeling of samen iets ondernemen. We zoeken een maatje dat bij u past.',
      ['eenzaamheid'],
      { area: ALL, fees: 'Gratis.' },
    ),
    svc(
      'Telefooncirkel Heerdijk',
      'Elke ochtend belt een deelnemer de volgende in de kring. Zo weet u dat er iemand aan u denkt, en wordt er alarm geslagen als iemand niet opneemt.',
      ['eenzaamheid'],
      { area: ['Heerdijk'], phone: false },
    ),
    svc(
      'Vrijwillige Hulpdienst',
      'Vrijwilligers helpen ouderen en mensen met een beperking met kleine, praktische klussen die u zelf niet meer kunt en waarvoor geen familie beschikbaar is: een lamp ophangen, boodschappen, meerijden naar het ziekenhuis of de tuin opknappen.',
      ['praktische-hulp', 'vervoer'],
      { area: ALL, fees: 'Gratis; voor vervoer een kilometervergoeding van € 0,35.' },
    ),
    svc(
      'Vrijwilligerspunt',
      'Wilt u vrijwilligerswerk doen? Het Vrijwilligerspunt heeft ruim 300 vacatures bij organisaties in de regio en helpt u iets te vinden dat bij u past, ook als u wilt re-integreren of Nederlands wilt oefenen. Organisaties kunnen hier terecht voor advies over vrijwilligersbeleid.',
      ['vrijwilligerswerk'],
      { area: ALL },
    ),
    svc(
      'Jongerenwerk',
      'Jongerenwerkers zijn te vinden op straat, in jongerencentrum The Spot en online. Voor jongeren van 12 tot 23 jaar die een plek zoeken om te chillen, iets willen organiseren of met iemand willen praten over school, thuis, geld of werk.',
      ['jongeren'],
      { area: ALL, at: { name: 'Jongerencentrum The Spot', street: 'Havenhoofd 12', place: 'Oude Haven' } },
    ),
    svc(
      'Buurtbemiddeling',
      'Last van de buren door geluid, rommel, kinderen, huisdieren of een conflict over de schutting? Twee getrainde vrijwillige bemiddelaars helpen u en uw buren om samen tot afspraken te komen. Neutraal en vertrouwelijk.',
      ['buurtbemiddeling'],
      { area: ALL },
    ),
    svc(
      'Buurtsportcoach',
      'De buurtsportcoaches organiseren laagdrempelig sport- en beweegaanbod voor jeugd, volwassenen en ouderen, zoals wandelvoetbal, Meer Bewegen voor Ouderen en sport op het schoolplein. Ze helpen u ook een sportvereniging te vinden en wijzen op de regelingen als sporten te duur is.',
      ['bewegen'],
      { area: ALL },
    ),
  ],
);

org(
  { name: 'Het Anker', alt: 'Steunpunt mantelzorg Het Anker', place: 'Centrum', street: 'Nieuwe Markt 11', desc: 'Het Anker ondersteunt mantelzorgers in Valkenmeer en de Lierstreek.' },
  [
    svc(
      'Mantelzorgconsulent',
      'Zorgt u langdurig voor een naaste met een ziekte, beperking of ouderdomsklachten? De mantelzorgconsulent biedt een luisterend oor, informatie en advies over regelingen en respijtzorg, en helpt overbelasting te voorkomen. Ook gesprekken met het hele gezin mogelijk.',
      ['mantelzorg'],
      { area: ALL },
    ),
    svc(
      'Even Weg: vrijwillige inzet thuis',
      'Een vrijwilliger neemt een dagdeel per week de zorg over, zodat u even weg kunt: boodschappen doen, naar de kapper of gewoon tijd voor uzelf.',
      ['respijt', 'mantelzorg'],
      { area: ALL, fees: 'Gratis.' },
    ),
    svc(
      'Jonge mantelzorgers (JMZ)',
      'Voor kinderen en jongeren van 8 tot 24 jaar die opgroeien met een ouder, broer of zus met een ziekte, verslaving, psychische problemen of beperking. Uitjes, lotgenotengroepen en een coach bij wie je je verhaal kwijt kunt. We werken samen met scholen.',
      ['jonge-mantelzorg'],
      { area: ALL },
    ),
    svc(
      'Mantelzorgsalon',
      'Maandelijkse ontmoeting met een thema voor mantelzorgers. Wegens te weinig aanmeldingen gestopt per 1 januari 2025.',
      ['mantelzorg'],
      { area: ALL, status: 'inactive', phone: false },
    ),
    svc(
      'Mantelzorgwaardering',
      'Eén keer per jaar kunnen mantelzorgers een waardering aanvragen: een cadeaubon van € 50 of een uitnodiging voor de Dag van de Mantelzorg.',
      ['mantelzorg'],
      { area: ['Valkenmeer'], apply: 'Aanvragen vóór 1 november via het online formulier.' },
    ),
  ],
);

org(
  { name: 'Kernkracht', place: 'Oude Haven', street: 'Lijnbaan 21', desc: 'Kernkracht biedt begeleiding en wonen voor volwassenen met psychische, psychosociale of verstandelijke beperkingen.' },
  [
    svc(
      'Ambulante begeleiding volwassenen',
      'Individuele begeleiding aan huis voor volwassenen die door psychische problemen, een verstandelijke beperking of een combinatie van problemen moeite hebben om hun leven op orde te houden. Denk aan structuur in de dag, huishouden, administratie, contacten met instanties en sociale contacten. Doel is zoveel mogelijk zelfredzaamheid. Toegang via het sociaal (wijk)team.',
      ['ambulante-begeleiding', 'lvb'],
      { area: ALL, elig: 'Met een Wmo-beschikking begeleiding of via pgb.' },
    ),
    svc(
      'Beschermd Wonen Het Baken',
      'Wonen met 24-uurs toezicht en begeleiding voor volwassenen met een ernstige psychische aandoening die (nog) niet zelfstandig kunnen wonen. Iedere bewoner heeft een eigen studio; gezamenlijke woonkamer. Gericht op herstel en doorstroom naar zelfstandig wonen. Indicatie via de centrumgemeente Valkenmeer.',
      ['beschermd-wonen', 'epa'],
      { area: ALL },
    ),
    svc(
      'Trainingshuis',
      'Jongvolwassenen van 18 tot 27 jaar (o.a. LVB, autisme, na jeugdzorg) leren in een trainingshuis zelfstandig wonen: koken, geld, plannen en werk. Begeleiding overdag aanwezig.',
      ['beschermd-wonen', 'lvb', 'autisme'],
      { area: ALL, at: { name: 'Trainingshuis De Steiger', street: 'Steigerweg 8', place: 'Westerpolder' } },
    ),
  ],
);

org(
  { name: 'Spectrum Plus', place: 'Brakelveen', street: 'Brink 4', desc: 'Spectrum Plus is gespecialiseerd in begeleiding van mensen met autisme (ASS) van alle leeftijden.' },
  [
    svc(
      'Autismebegeleiding',
      'Begeleiding thuis en op het werk voor kinderen, jongeren en volwassenen met autisme. We werken aan voorspelbaarheid, omgaan met prikkels en communicatie, en geven psycho-educatie aan het gezin of de werkgever.',
      ['autisme', 'ambulante-begeleiding'],
      { area: ALL },
    ),
    svc(
      'Auti-Soos',
      'Tweewekelijkse ontmoetingsavond voor volwassenen met autisme. Spelletjes, praten of gewoon aanwezig zijn. Geen verplichtingen.',
      ['autisme'],
      { area: ALL, hours: 'Om de week op vrijdag 19.30-22.00 uur.' },
    ),
  ],
);

// ── Geld, recht, bestaanszekerheid ─────────────────────────────────────────────────────────

org(
  { name: 'Mercurius', alt: 'Mercurius schuldhulp en bewind', place: 'Centrum', street: 'Beursplein 7', desc: 'Mercurius voert in opdracht van de vier gemeenten de schuldhulpverlening uit en biedt beschermingsbewind.' },
  [
    svc(
      'Schuldhulpverlening',
      'Integrale schuldhulpverlening conform de Wet gemeentelijke schuldhulpverlening. Na aanmelding volgt binnen drie werkdagen een eerste gesprek; bij een dreigende huisuitzetting, afsluiting van energie of beslag binnen drie dagen. We brengen de schuldensituatie in kaart, stabiliseren (aflossingsvrije periode, budgetbeheer) en werken toe naar een minnelijke schuldregeling of, als dat niet lukt, de Wsnp.',
      ['schulden'],
      { area: ALL, fees: 'Kosteloos voor inwoners.', apply: 'Aanmelden via het online formulier, telefonisch of via het sociaal team.' },
    ),
    svc(
      'Beschermingsbewind',
      'Kunt u door schulden, een verslaving, psychische problemen of een verstandelijke beperking uw financiën tijdelijk niet zelf regelen? Dan kan de kantonrechter een bewindvoerder aanstellen. Mercurius beheert uw inkomen, betaalt vaste lasten en geeft leefgeld.',
      ['bewindvoering'],
      { area: ALL, fees: 'Tarieven volgens de kantonrechter; bij een laag inkomen via bijzondere bijstand vergoed.' },
    ),
    svc(
      'Vroegsignalering betalingsachterstanden',
      'Woningcorporaties, zorgverzekeraars, energie- en drinkwaterbedrijven geven betalingsachterstanden door aan Mercurius. Een medewerker neemt binnen twee weken contact met u op en komt langs om samen te kijken hoe de achterstand kan worden opgelost, voordat de problemen groter worden.',
      ['schulden', 'huurachterstand', 'geldzorgen'],
      { area: ALL, phone: false },
    ),
  ],
);

org(
  { name: 'Stichting Naast', place: 'Rietveld', street: 'Biezenlaan 3', desc: 'Stichting Naast zet getrainde vrijwilligers in op thuisadministratie, geldzaken en formulieren.' },
  [
    svc(
      'Thuisadministratie',
      'Een vrijwilliger komt bij u thuis en helpt u overzicht te krijgen in uw papieren: post openen en ordenen, een map opzetten, rekeningen betalen en afspraken maken met schuldeisers. Het doel is dat u het daarna (weer) zelf kunt.',
      ['administratie', 'geldzorgen'],
      { area: ALL, fees: 'Gratis.' },
    ),
    svc(
      'Geldmaatje',
      'Een geldmaatje helpt u een jaar lang om rond te komen: een budgetplan maken, besparen op vaste lasten, toeslagen controleren. Voor iedereen die moeite heeft de eindjes aan elkaar te knopen, met of zonder schulden.',
      ['geldzorgen'],
      { area: ALL },
    ),
    svc(
      'Formulierenspreekuur',
      'Hulp bij het invullen van formulieren en het begrijpen van brieven van instanties, zoals de Belastingdienst, UWV, SVB, DUO, de gemeente en de zorgverzekeraar. Ook hulp bij het aanvragen of wijzigen van toeslagen (huurtoeslag, zorgtoeslag, kinderopvangtoeslag) en bij de belastingaangifte voor mensen met een laag inkomen.',
      ['administratie'],
      { area: ALL, hours: 'Dinsdag 9.30-12.00 in de bibliotheek Centrum, donderdag 13.30-16.00 in Wijkcentrum De Molen.', phone: false },
    ),
  ],
);

org(
  { name: 'Advieshuys', alt: 'Advieshuys sociaal raadslieden', place: 'Centrum', street: 'Raadhuisstraat 20', desc: 'Het Advieshuys biedt gratis sociaal-juridische dienstverlening aan inwoners van de regio.' },
  [
    svc(
      'Sociaal raadslieden',
      'De sociaal raadsman of -vrouw geeft gratis advies en hulp bij juridische en financiële vragen, bijvoorbeeld over uitkeringen, toeslagen, belastingen, huur, arbeidsrecht, consumentenzaken en familierecht. We helpen met bezwaarschriften en brieven en verwijzen zo nodig naar een advocaat.',
      ['juridisch', 'administratie'],
      { area: ALL, elig: 'Voor inwoners met een inkomen tot 150% van het sociaal minimum.' },
    ),
    svc(
      'Rechtshulpspreekuur',
      'Wekelijks gratis inloopspreekuur met een advocaat of juridisch medewerker voor een eerste advies over uw juridische probleem: ontslag, scheiding, huurconflict, boete of een conflict met een bedrijf. Zo nodig regelen we een toevoeging (gesubsidieerde rechtsbijstand).',
      ['juridisch'],
      { area: ALL, hours: 'Woensdag 17.00-19.00 uur, zonder afspraak.' },
    ),
  ],
);

org(
  { name: 'Voedselbank Lier en Meer', place: 'Westerpolder', street: 'Havenweg 77', desc: 'Vrijwilligersorganisatie die voedselpakketten verstrekt aan huishoudens onder de bestaansgrens.' },
  [
    svc(
      'Voedselpakket',
      'Huishoudens die tijdelijk niet genoeg geld hebben voor eten kunnen wekelijks een voedselpakket ophalen. Toelating op basis van de landelijke toelatingscriteria (besteedbaar leefgeld). Aanmelding via een hulpverlener: sociaal team, schuldhulp of maatschappelijk werk. Uitgiftepunten in Westerpolder en Ooster-Lier.',
      ['voedselbank'],
      { area: ALL, hours: 'Uitgifte vrijdag 13.00-16.00 uur.', elig: 'Aanmelding via een verwijzer; toelating voor maximaal drie jaar.' },
    ),
  ],
);

org(
  { name: 'De Ommekeer', alt: 'Kringloop De Ommekeer', place: 'Westerpolder', street: 'Havenweg 80', desc: 'Kringloopbedrijf met een sociale werkplaats voor mensen met afstand tot de arbeidsmarkt.' },
  [
    svc(
      'Kledingpunt',
      'Gratis kleding, schoenen en beddengoed voor huishoudens met een minimuminkomen, eens per maand. Neem de Valkenmeerpas of een verwijzing mee.',
      ['kleding'],
      { area: ALL, elig: 'Met Valkenmeerpas, voedselbankpas of verwijzing.' },
    ),
    svc(
      'Kringloopwinkel',
      'Tweedehands meubels, witgoed, kleding en huisraad tegen lage prijzen. Ophalen en bezorgen mogelijk.',
      ['kleding'],
      { area: ALL, hours: 'Dinsdag t/m zaterdag 10.00-17.00 uur.' },
    ),
    svc(
      'Werkervaringsplaatsen',
      'Leer-werkplekken in de winkel, het magazijn, de fietsenwerkplaats en op de vrachtwagen voor mensen met een uitkering of afstand tot de arbeidsmarkt. Met begeleiding van een werkleider en de mogelijkheid een praktijkverklaring te halen.',
      ['werk'],
      { area: ALL },
    ),
  ],
);

org(
  { name: 'Aventa', place: 'Westerpolder', street: 'Industrieweg 30', desc: 'Aventa is het regionale werkbedrijf van de vier gemeenten.' },
  [
    svc(
      'Re-integratie en jobcoaching',
      'Ondersteuning naar betaald werk voor inwoners met een bijstandsuitkering of zonder uitkering (nuggers): loopbaangesprekken, sollicitatietraining, proefplaatsing, loonkostensubsidie en jobcoaching op de werkplek. Ook voor mensen uit het doelgroepenregister.',
      ['werk'],
      { area: ALL },
    ),
    svc(
      'Beschut werk en participatie',
      'Voor wie (nog) niet op de reguliere arbeidsmarkt kan werken: beschut werk in de eigen werkbedrijven (inpak, groen, schoonmaak) of participatieplekken met begeleiding.',
      ['werk'],
      { area: ALL, elig: 'Advies beschut werk via UWV, of indicatie van de gemeente.' },
    ),
  ],
);

org(
  { name: 'Bibliotheek Meerland', place: 'Centrum', street: 'Nieuwe Markt 1', desc: 'Openbare bibliotheek met vestigingen in Valkenmeer, Brakelveen en Ooster-Lier.' },
  [
    svc(
      'Taalhuis',
      'In het Taalhuis kunt u terecht als u beter wilt leren lezen, schrijven of rekenen, of als u Nederlands wilt leren of oefenen. Een taalconsulent kijkt welke cursus of welk taalmaatje bij u past. Er is ook een wekelijks taalcafé om gewoon te praten.',
      ['taal', 'laaggeletterdheid'],
      { area: ALL, hours: 'Taalcafé zaterdag 10.30-12.00 uur.', fees: 'Gratis.' },
    ),
    svc(
      'Digitaal Hulpplein',
      'Hulp bij vragen over uw computer, tablet of smartphone en bij digitale zaken met de overheid: DigiD aanvragen, Mijn Belastingdienst, Mijn Toeslagen, de app van uw zorgverzekeraar of een e-mail sturen. Ook de cursus Klik & Tik.',
      ['digitaal'],
      { area: ALL, hours: 'Dinsdag en donderdag 10.00-12.00 uur, zonder afspraak.' },
    ),
  ],
);

org(
  { name: 'Wereldwijs', place: 'Oude Haven', street: 'Kademuur 30', desc: 'Wereldwijs begeleidt statushouders en andere nieuwkomers in de regio.' },
  [
    svc(
      'Maatschappelijke begeleiding statushouders',
      'Statushouders die in een van de gemeenten komen wonen, krijgen het eerste jaar maatschappelijke begeleiding: inschrijven bij de gemeente, huisarts en school, bankrekening, toeslagen, zorgverzekering, en wegwijs in de buurt. Daarnaast ondersteuning bij het inburgeringstraject (Wet inburgering 2021).',
      ['statushouders'],
      { area: ALL, lang: ['nl', 'ar', 'ti', 'uk'] },
    ),
    svc(
      'Taalmaatjes',
      'Een vrijwillig taalmaatje oefent wekelijks Nederlands met u in het dagelijks leven: praten, boodschappen doen, een brief lezen. Voor nieuwkomers en andere anderstaligen.',
      ['taal', 'statushouders'],
      { area: ALL },
    ),
    svc(
      'Spreekuur gezinshereniging',
      'Spreekuur over nareis en gezinshereniging. Tijdelijk gestopt; vragen kunt u stellen bij de maatschappelijk begeleider.',
      ['statushouders'],
      { area: ALL, status: 'inactive', phone: false },
    ),
  ],
);

// ── Wonen en opvang ─────────────────────────────────────────────────────────────────────────

org(
  { name: 'Meerwonen', place: 'Centrum', street: 'Stationsplein 5', desc: 'Woningcorporatie met ruim 9.000 sociale huurwoningen in Valkenmeer en de Lierstreek.' },
  [
    svc(
      'Woonruimte zoeken via WoonMeer',
      'Sociale huurwoningen worden aangeboden via het woonruimteverdeelsysteem WoonMeer. Schrijf u in om inschrijfduur op te bouwen en reageer op het aanbod. In acute situaties (bijvoorbeeld na huiselijk geweld of bij uitstroom uit een instelling) kunt u een urgentieverklaring aanvragen bij de gemeente.',
      ['woningzoeken'],
      { area: ALL, fees: 'Inschrijfkosten € 25, jaarlijks € 10.' },
    ),
    svc(
      'Woonconsulent bij huurachterstand',
      'Loopt u achter met de huur? Neem zo snel mogelijk contact op. De woonconsulent maakt een betalingsregeling en schakelt met uw toestemming schuldhulp of het sociaal team in. Zo voorkomen we een ontruiming.',
      ['huurachterstand'],
      { area: ALL },
    ),
    svc(
      'Seniorenlabel en woningaanpassing',
      'Kleine aanpassingen zoals beugels, een verhoogd toilet of drempelhulpen voert Meerwonen zelf uit. Voor een senioren- of gelijkvloerse woning kunt u voorrang krijgen bij verhuizing vanuit een grote eengezinswoning.',
      ['woningaanpassing'],
      { area: ALL },
    ),
  ],
);

org(
  { name: 'De Herberg', place: 'Oude Haven', street: 'Lijnbaan 2', desc: 'Maatschappelijke opvang en begeleiding voor dak- en thuislozen in de regio Valkenmeer.' },
  [
    svc(
      'Nachtopvang',
      'Een slaapplaats, douche, avondeten en ontbijt voor mensen die op straat slapen. Aanmelden bij de Centrale Toegang Opvang (overdag) of \'s avonds aan de deur bij plaats. Regiobinding wordt achteraf beoordeeld.',
      ['dakloos'],
      { area: ALL, hours: 'Dagelijks 21.00-9.00 uur.', fees: '€ 3,50 per nacht.' },
    ),
    svc(
      'Dagopvang en Centrale Toegang',
      'Inloop overdag met koffie, lunch, wasmachine en postadres. Hier meldt u zich voor maatschappelijke opvang, Housing First en begeleiding naar een eigen woonplek.',
      ['dakloos'],
      { area: ALL, hours: 'Werkdagen 9.00-16.00 uur.' },
    ),
    svc(
      'Housing First',
      'Voor langdurig dakloze mensen met complexe problematiek (verslaving, psychiatrie): eerst een eigen woning, met intensieve begeleiding die blijft zolang nodig.',
      ['dakloos', 'ambulante-begeleiding'],
      { area: ALL, phone: false },
    ),
  ],
);

// ── Jeugd, gezin, onderwijs ────────────────────────────────────────────────────────────────

org(
  { name: 'Jong Meerland', alt: 'JGZ Jong Meerland', place: 'Rietveld', street: 'Rietkade 18', desc: 'Jeugdgezondheidszorg (0-18 jaar) voor de regio Valkenmeer, in opdracht van de gemeenten.' },
  [
    svc(
      'Consultatiebureau',
      'Uw kind wordt van 0 tot 4 jaar regelmatig gezien door de jeugdarts en jeugdverpleegkundige: groei en ontwikkeling, vaccinaties uit het Rijksvaccinatieprogramma, en al uw vragen over voeding, slapen, huilen en opvoeden.',
      ['jgz', 'opvoeden'],
      { area: ALL },
    ),
    svc(
      'Jeugdverpleegkundige voor schoolkinderen en tieners',
      'Op de basisschool en in de brugklas zien we alle kinderen voor een gezondheidsonderzoek. Daarnaast kunnen ouders en jongeren zelf een afspraak maken met vragen over gezondheid, gewicht, bedplassen, puberteit, pesten of stemming.',
      ['jgz', 'opvoeden'],
      { area: ALL },
    ),
    svc(
      'Stevig Ouderschap',
      'Preventief huisbezoekprogramma voor (aanstaande) ouders die het ouderschap spannend vinden of het zelf moeilijk hebben gehad in hun jeugd. Een jeugdverpleegkundige komt tot anderhalf jaar na de geboorte regelmatig thuis.',
      ['jgz', 'zwangerschap', 'opvoeden'],
      { area: ALL },
    ),
    svc(
      'Opvoedspreekuur',
      'Heeft u een vraag over de opvoeding, over driftbuien, zindelijkheid, slapen, grenzen stellen of schermtijd? Op het opvoedspreekuur of de opvoedchat denkt een pedagoog met u mee. Ook cursussen zoals Positief Opvoeden (Triple P) en Puberteit: Kiezen voor contact.',
      ['opvoeden'],
      { area: ALL, hours: 'Opvoedchat maandag t/m donderdag 19.00-21.00 uur.' },
    ),
  ],
);

org(
  { name: 'Het Palet', place: 'Molenkamp', street: 'Kamperfoelie 10', desc: 'Aanbieder van ambulante jeugdhulp en gezinsbegeleiding.' },
  [
    svc(
      'Ambulante gezinsbegeleiding',
      'Intensieve begeleiding aan huis voor gezinnen waarin de opvoeding (tijdelijk) vastloopt, bijvoorbeeld door gedragsproblemen van een kind, conflicten, verslaving of psychische problemen van een ouder. De gezinsbegeleider werkt met het hele systeem en het netwerk. Inzet na beschikking jeugdhulp van de gemeente.',
      ['jeugdhulp', 'opvoeden'],
      { area: ALL },
    ),
    svc(
      'Kinderen en scheiding',
      'Groepstraining voor kinderen van 8 tot 12 jaar van wie de ouders gescheiden zijn, plus een ouderbijeenkomst over ouderschap na scheiding. Ook begeleide omgang en ouderschapsbemiddeling bij een vechtscheiding.',
      ['echtscheiding', 'jeugdhulp'],
      { area: ALL },
    ),
  ],
);

org(
  { name: 'Vroedvrouwen Meerland', place: 'Centrum', street: 'Gasthuisplein 9', desc: 'Verloskundigenpraktijk met zes verloskundigen.' },
  [
    svc(
      'Verloskundige zorg',
      'Begeleiding tijdens zwangerschap, bevalling en kraamtijd: controles, echo\'s, voorlichting, bevalling thuis, in het geboortecentrum of in het ziekenhuis. Meld u zo vroeg mogelijk in de zwangerschap aan. We bieden ook CenteringZwangerschap: controles in een groep met andere zwangeren.',
      ['zwangerschap'],
      { area: ALL, fees: 'Vergoed uit de basisverzekering, geen eigen risico.' },
    ),
  ],
);

org(
  { name: 'GGD Lierstreek', place: 'Westerpolder', street: 'Polderweg 2', desc: 'Gemeentelijke gezondheidsdienst voor de regio.' },
  [
    svc(
      'Centrum Seksuele Gezondheid',
      'Gratis en anoniem soa-onderzoek (ook hiv) voor mensen met een verhoogd risico, zoals jongeren onder de 25, mannen die seks hebben met mannen en sekswerkers. Ook spreekuur over anticonceptie, seksualiteit, ongewenste zwangerschap en seksueel geweld.',
      ['seksuele-gezondheid'],
      { area: ALL, apply: 'Alleen op afspraak, online of telefonisch.' },
    ),
    svc(
      'Sexual health clinic (English)',
      'Free STI testing and advice on contraception for young people and international students. Consultations in English on appointment.',
      ['seksuele-gezondheid'],
      { area: ALL, lang: ['en'] },
    ),
  ],
);

org(
  { name: 'Fonds Meedoen Valkenmeer', place: 'Centrum', street: 'Nieuwe Markt 11', desc: 'Lokaal fonds dat kinderen uit gezinnen met weinig geld laat meedoen aan sport en cultuur.' },
  [
    svc(
      'Sport en cultuur voor kinderen',
      'Via de intermediair (school, wijkteam, jeugdverpleegkundige) vraagt u een bijdrage aan voor contributie en kleding van een sportclub, of lessen muziek, dans of theater. Voor kinderen van 4 tot 18 jaar.',
      ['minima', 'bewegen'],
      { area: ALL, elig: 'Gezinnen met een inkomen tot 130% van het sociaal minimum.', phone: false },
    ),
  ],
);

// ── Verslaving, huiselijk geweld, rouw ─────────────────────────────────────────────────────

org(
  { name: 'Keerpunt', alt: 'Keerpunt verslavingszorg', place: 'Oude Haven', street: 'Zeilmakersgang 22', desc: 'Keerpunt biedt preventie, behandeling en begeleiding bij verslaving in Valkenmeer en de Lierstreek.' },
  [
    svc(
      'Ambulante verslavingsbehandeling',
      'Behandeling bij problematisch gebruik van alcohol, drugs (cocaïne, cannabis, GHB) of medicijnen. Na de intake volgt een behandeltraject van individuele gesprekken (CGT, motiverende gespreksvoering), zo nodig met medicatie of begeleide detox. Naasten kunnen deelnemen aan gezinsgesprekken. Verwijzing van de huisarts is nodig voor vergoeding.',
      ['verslaving'],
      { area: ALL, fees: 'Verzekerde zorg; eigen risico van toepassing.' },
    ),
    svc(
      'Jongeren en middelen',
      'Voor jongeren tot 23 jaar die blowen, drinken of andere middelen gebruiken en voor hun ouders die zich zorgen maken. Een preventiewerker geeft advies, een paar gesprekken of een cursus. Ook voorlichting op scholen over alcohol, vapen en drugs.',
      ['verslaving-jongeren'],
      { area: ALL, fees: 'Gratis.' },
    ),
    svc(
      'Hulp bij gok- en gameproblemen',
      'Gokt u meer dan u wilt, online of in de speelhal, of kan uw kind niet meer stoppen met gamen? Keerpunt biedt een anoniem adviesgesprek, online zelfhulp en behandeling. Ook voor partners en ouders.',
      ['gokken'],
      { area: ALL },
    ),
    svc(
      'Lotgenotengroep Anders Leven',
      'Wekelijkse lotgenotengroep voor mensen die gestopt zijn of willen stoppen met drinken of gebruiken, begeleid door een ervaringsdeskundige.',
      ['verslaving', 'herstel'],
      { area: ALL, hours: 'Maandagavond 19.30 uur.', phone: false },
    ),
  ],
);

org(
  { name: 'Stichting Anemoon', place: 'Centrum', street: 'geheim', secretAddress: true, desc: 'Stichting Anemoon biedt opvang en ambulante hulp bij huiselijk geweld en geweld in afhankelijkheidsrelaties.' },
  [
    svc(
      'Vrouwen- en gezinsopvang',
      'Veilige, tijdelijke opvang op een geheim adres voor vrouwen (en hun kinderen) en mannen die thuis niet veilig zijn door partnergeweld, eergerelateerd geweld of mensenhandel. Plaatsing gebeurt na overleg met een hulpverlener; 24 uur per dag bereikbaar voor verwijzers.',
      ['huiselijk-geweld'],
      { area: ALL },
    ),
    svc(
      'Ambulante hulp huiselijk geweld',
      'Begeleiding thuis voor gezinnen en partners waar sprake is (geweest) van huiselijk geweld, zodat het geweld stopt en iedereen veilig is. Systeemgericht: met slachtoffer, pleger en kinderen. Ook nazorg na opvang.',
      ['huiselijk-geweld'],
      { area: ALL },
    ),
    svc(
      'Training Stop het geweld',
      'Groepstraining voor mannen en vrouwen die thuis agressief zijn of zijn geweest tegen hun partner of kinderen en willen leren hun boosheid te beheersen. Vrijwillig of in een justitieel kader.',
      ['huiselijk-geweld'],
      { area: ALL, online: true },
    ),
  ],
);

org(
  { name: 'Stichting Doorgang', place: 'Sluiswaard', street: 'Kerkweg 14', desc: 'Vrijwilligersorganisatie voor rouwbegeleiding en nabestaandenzorg.' },
  [
    svc(
      'Rouwgroep volwassenen',
      'Een groep van acht bijeenkomsten voor volwassenen die een partner, kind, ouder of ander dierbaar persoon hebben verloren. Onder begeleiding van een rouwbegeleider deelt u ervaringen met lotgenoten. Er is ook een aparte groep voor nabestaanden na zelfdoding.',
      ['rouw'],
      { area: ALL, fees: 'Vrijwillige bijdrage.' },
    ),
    svc(
      'Kinderrouw De Vlinder',
      'Creatieve rouwgroep en individuele begeleiding voor kinderen en jongeren (6-18 jaar) van wie een ouder, broertje, zusje of ander dierbaar iemand is overleden. Met een ouderavond.',
      ['rouw'],
      { area: ALL },
    ),
  ],
);

// ── Internationals ─────────────────────────────────────────────────────────────────────────

org(
  { name: 'Harbour', alt: 'Harbour International Welcome Desk', place: 'Oude Haven', street: 'Havenhoofd 1', desc: 'Welcome centre for international newcomers in the Valkenmeer region, run with the municipality and local employers.' },
  [
    svc(
      'International Welcome Desk',
      'One stop for international employees, students and their families: registering with the municipality and getting your BSN, finding a GP and dentist, Dutch health insurance, housing, schools and childcare. We answer in English and refer you to the right local service.',
      ['internationals'],
      { area: ALL, lang: ['en'], hours: 'Monday to Thursday 9.00-17.00.' },
    ),
    svc(
      'Dutch for internationals',
      'Evening courses in Dutch at levels A0 to B1 for expats and their partners, taught in English. Small groups, 12 weeks.',
      ['taal'],
      { area: ALL, lang: ['en'], fees: '€ 295 per course.' },
    ),
    svc(
      'Partner career support',
      'Workshops and one-to-one coaching for accompanying partners of international employees looking for a job or volunteer work in the Netherlands: CV, LinkedIn, Dutch job market.',
      ['werk-internationals'],
      { area: ALL, lang: ['en'] },
    ),
  ],
);

org(
  { name: 'Hogeschool Valkenmeer', alt: 'HVM', place: 'Westerpolder', street: 'Campuslaan 1', desc: 'University of applied sciences with 6.000 students, of whom about 900 international.' },
  [
    svc(
      'Student Wellbeing Desk',
      'Student psychologists and counsellors for HVM students who feel stressed, anxious, lonely or stuck in their studies. Short-term counselling, group trainings (fear of failure, procrastination, mindfulness) and referral to a GP or psychologist when needed. Dutch and English.',
      ['psychische-klachten', 'studenten'],
      { area: ['Valkenmeer'], lang: ['nl', 'en'], elig: 'Enrolled HVM students.' },
    ),
    svc(
      'Studentenmaatschappelijk werk',
      'Studentendecaan en maatschappelijk werker voor studenten met persoonlijke problemen, geldzorgen, studievertraging door ziekte of mantelzorg, of vragen over DUO en het profileringsfonds.',
      ['studenten'],
      { area: ['Valkenmeer'], elig: 'Ingeschreven studenten van HVM.' },
    ),
  ],
);

// ── Cursussen en trainingen ────────────────────────────────────────────────────────────────

org(
  { name: 'EHBO-vereniging Valkenmeer', place: 'Rietveld', street: 'Sportlaan 3', desc: 'Vereniging voor eerste hulp met ruim 200 leden.' },
  [
    svc(
      'Cursus EHBO en reanimatie',
      'Erkende cursus Eerste Hulp (diploma) in zes avonden, en een losse cursus reanimatie met AED-bediening. Ook EHBO aan kinderen voor ouders en gastouders.',
      ['ehbo'],
      { area: ALL, fees: 'EHBO € 175, reanimatie/AED € 45.' },
    ),
    svc(
      'Mentale EHBO',
      'Leer in vier bijeenkomsten hoe u iemand helpt die psychische problemen heeft of in een psychische crisis raakt: signalen herkennen, het gesprek aangaan, ook over suïcidale gedachten, en de weg naar hulp wijzen.',
      ['ehbo'],
      { area: ALL, fees: '€ 60.' },
    ),
  ],
);

org(
  { name: 'Zorgnetwerk Valkenmeer', place: 'Centrum', street: 'Gasthuisplein 6', desc: 'Regionaal netwerk van huisartsen, ggz, wijkteams, thuiszorg en welzijn. Beheerder van deze sociale kaart.' },
  [
    svc(
      'Netwerkacademie: suïcidepreventie en meldcode',
      'Scholing voor professionals en vrijwilligers in zorg en welzijn: gatekeepertraining suïcidepreventie (signaleren en bespreekbaar maken van suïcidaliteit), training Meldcode huiselijk geweld en kindermishandeling, en bijeenkomsten over samenwerking in de wijk. Accreditatie aangevraagd voor V&VN en SKJ.',
      ['training-professionals'],
      { area: ALL, elig: 'Professionals en vrijwilligers in de regio.' },
    ),
    svc(
      'Zorgwijzer-telefoon',
      'Weet u niet waar u met uw vraag over zorg of ondersteuning terecht kunt? Medewerkers van de Zorgwijzer-telefoon zoeken het met u uit en verbinden u door met de juiste organisatie in het netwerk. Voor inwoners en professionals.',
      ['wijkteam'],
      { area: ALL, hours: 'Werkdagen 9.00-17.00 uur.' },
    ),
  ],
);
