// Oosterbeemd Wegwijs: the fictional sociale kaart of the made-up university town Oosterbeemd
// (about 80,000 residents), written for the benchmark and held out of tuning. SAMPLE DATA,
// FICTIONAL: every name, street, postal code (0500-0539) and phone number is invented.
// Publisher style: an app-like "wegwijs" site run by the municipality's youth and student team
// (Team Jong Oosterbeemd): short upbeat blurbs in je-form, Dutch with English words (check,
// support, buddy, walk-in), hip brand names, some services fully in English for internationals;
// the ordinary adult and elderly services get plain, brief texts; a few only a name and a line.
import { addingTo, svc } from '../write-directory.mjs';

export const TOPICS = {
  huisarts: 'Huisartsenzorg overdag: een huisarts of studentenarts, inschrijven, spreekuur.',
  huisartsenpost: 'Dringende huisartsenzorg buiten kantoortijd (avond, nacht, weekend), niet levensbedreigend.',
  'poh-ggz': 'Praktijkondersteuner GGZ bij de huisarts: korte begeleiding bij psychische klachten.',
  'ggz-behandeling': 'Behandeling door een psycholoog of GGZ-instelling (basis- of specialistische GGZ), met verwijzing.',
  'ggz-crisis': 'Acute psychiatrische hulp via huisarts of huisartsenpost (lokaal crisisteam), geen landelijke lijn.',
  'mentale-gezondheid': 'Laagdrempelige steun bij stress, somberheid, piekeren, angst of burn-out, zonder verwijzing.',
  'jongeren-mentaal': 'Mental-health support speciaal voor jongeren en jongvolwassenen (12-27): inloop, praten, coaching.',
  studentenwelzijn: 'Support voor studenten: studentpsycholoog, studieadviseur, studiestress, uitval, studentendecaan.',
  suicidepreventie: 'Training en voorlichting over het herkennen van suïcidale signalen en erover praten (gatekeeper).',
  nabestaanden: 'Steun voor nabestaanden na zelfdoding of een plotseling overlijden.',
  rouw: 'Rouwverwerking en steun bij verlies van een dierbare.',
  verslaving: 'Hulp bij problemen met alcohol, drugs, gokken of gamen (ambulante verslavingszorg).',
  drugsvoorlichting: 'Voorlichting over alcohol en drugs, veilig uitgaan, pillen laten testen, preventie.',
  eenzaamheid: 'Hulp bij eenzaamheid: maatjes, buddy, bezoekdiensten, contact leggen.',
  ontmoeting: 'Ontmoetingsplekken en activiteiten in de buurt: buurthuis, koffie-inloop, samen eten.',
  vrijwilligerswerk: 'Vrijwilligerswerk vinden of vrijwilligers zoeken.',
  'huiselijk-geweld': 'Lokale hulp bij huiselijk geweld, partnergeweld, kindermishandeling, ouderenmishandeling.',
  vrouwenopvang: 'Veilige opvang (blijf-van-mijn-lijfhuis) voor wie thuis niet veilig is.',
  'seksueel-geweld': 'Steun na seksueel geweld, grensoverschrijdend gedrag, sexting of aanranding.',
  'seksuele-gezondheid': 'Soa-test, anticonceptie, seksualiteit, vragen over seks en relaties.',
  lhbtiq: 'Support en ontmoeting voor lhbtiq+ personen (queer, trans, coming-out).',
  jeugdhulp: 'Jeugdhulp voor kinderen en jongeren (0-18) via het wijkteam: gedrag, ontwikkeling, thuisproblemen.',
  opvoeden: 'Opvoedondersteuning en advies voor ouders: opvoedvragen, puberteit, opvoedcursus.',
  consultatiebureau: 'Jeugdgezondheidszorg 0-4: consultatiebureau, groei, vaccinaties, borstvoeding.',
  zwangerschap: 'Zwangerschap en kraamtijd: verloskundige, kraamzorg, (onbedoeld) zwanger.',
  jongerenwerk: 'Jongerenwerk: activiteiten, een plek om te chillen, een jongerenwerker om mee te praten.',
  pesten: 'Hulp bij pesten, op school of online.',
  scheiding: 'Hulp bij scheiding: ouderschapsplan, kinderen bij scheiding, mediation.',
  'sociaal-wijkteam': 'Het sociaal wijkteam: algemene eerste hulp bij vragen over zorg, geld, welzijn, relaties.',
  ouderenadvies: 'Ouderenadviseur en ondersteuning van ouderen om thuis te blijven wonen.',
  wijkverpleging: 'Wijkverpleging en thuiszorg: verpleging en persoonlijke verzorging thuis.',
  'huishoudelijke-hulp': 'Hulp bij het huishouden (Wmo of particulier).',
  wmo: 'Wmo-loket: voorzieningen aanvragen bij de gemeente, keukentafelgesprek, pgb.',
  hulpmiddelen: 'Hulpmiddelen en aanpassingen: rolstoel, scootmobiel, traplift, woningaanpassing.',
  vervoer: 'Vervoer voor wie niet zelf kan reizen: deeltaxi, Wmo-vervoer, vrijwillige chauffeurs.',
  maaltijden: 'Maaltijdvoorziening thuis of samen eten voor ouderen of zieken.',
  valpreventie: 'Valpreventie: vallen voorkomen, balanstraining, valrisicotest.',
  dementie: 'Dementie: casemanager, geheugenproblemen, Alzheimer Café, steun voor naasten.',
  mantelzorg: 'Ondersteuning van mantelzorgers, ook jonge mantelzorgers: advies, lotgenoten, waardering.',
  respijtzorg: 'Respijtzorg: even vrij als mantelzorger, logeeropvang, vervangende zorg.',
  dagbesteding: 'Dagbesteding voor ouderen, mensen met dementie of een beperking.',
  beperking: 'Ondersteuning voor mensen met een (licht) verstandelijke of lichamelijke beperking.',
  'autisme-adhd': 'Support bij autisme of ADHD: coaching, lotgenoten, begeleiding.',
  clientondersteuning: 'Onafhankelijke cliëntondersteuning: iemand die meegaat naar gesprekken met gemeente of zorg.',
  schulden: 'Schuldhulpverlening: hulp bij schulden, betalingsachterstanden, deurwaarders.',
  geldzorgen: 'Hulp bij geldzorgen en budgetteren: geldcoach, administratie op orde, rondkomen.',
  inkomensregelingen: 'Bijstand, toeslagen en minimaregelingen: uitkering, kwijtschelding, meedoenregeling.',
  voedselhulp: 'Voedselbank en andere hulp met eten en spullen voor wie weinig geld heeft.',
  'post-formulieren': 'Hulp bij brieven, post en formulieren, belastingaangifte, toeslagen aanvragen.',
  werk: 'Werk vinden, re-integratie, sollicitatiehulp, (bij)baan, werkervaringsplek.',
  woningzoeken: 'Woning of kamer zoeken, urgentie, wonen voor starters en studenten.',
  huurproblemen: 'Problemen met huur of verhuurder: huurteam, te hoge huur, achterstallig onderhoud, borg.',
  dakloosheid: 'Dakloosheid: nachtopvang, daklozenopvang, dreigende huisuitzetting, briefadres.',
  juridisch: 'Gratis of goedkoop juridisch advies: sociaal raadslieden, rechtshulp, advocaat.',
  'taal-nt2': 'Nederlands leren als tweede taal: taalles, taalcafé, taalmaatje.',
  laaggeletterdheid: 'Beter leren lezen, schrijven en rekenen voor volwassenen (Taalhuis).',
  digitaal: 'Hulp met computer, smartphone, DigiD en internet, digitale vaardigheden.',
  nieuwkomers: 'Nieuwkomers en statushouders: inburgering, vluchtelingenwerk, begeleiding na aankomst.',
  internationals: 'Internationals (expats, internationale studenten): info in English, registratie, BSN, zorgverzekering, wegwijs.',
  bewegen: 'Sporten en bewegen: buurtsportcoach, beweegactiviteiten, sportfonds.',
  leefstijl: 'Leefstijlcoaching en GLI: gezonder eten, afvallen, overgewicht (ook kinderen).',
  palliatief: 'Palliatieve zorg en terminale zorg: hospice, vrijwilligers in de laatste levensfase.',
  herstel: 'Herstel en ervaringsdeskundigheid: herstelacademie, peer support, lotgenoten bij psychische klachten.',
  'chronisch-ziek': 'Leven met een chronische ziekte of niet-aangeboren hersenletsel: begeleiding, lotgenoten.',
  fysiotherapie: 'Fysiotherapie en revalidatie bij klachten aan spieren en gewrichten.',
  mondzorg: 'Tandarts en mondzorg.',
  vaccinatie: 'Vaccinaties voor reizen, griep of corona, buiten het Rijksvaccinatieprogramma voor kinderen.',
};

export const places = {
  Binnenstad: { gemeente: 'Oosterbeemd', pc: '0501' },
  Stationskwartier: { gemeente: 'Oosterbeemd', pc: '0503' },
  Molenwijk: { gemeente: 'Oosterbeemd', pc: '0507' },
  Campus: { gemeente: 'Oosterbeemd', pc: '0512' },
  Kanaalzone: { gemeente: 'Oosterbeemd', pc: '0516' },
  Beemdhoven: { gemeente: 'Oosterbeemd', pc: '0521' },
  'Beemdhoven-Oost': { gemeente: 'Oosterbeemd', pc: '0524' },
  Westerbeemd: { gemeente: 'Oosterbeemd', pc: '0531' },
  Lindeloo: { gemeente: 'Oosterbeemd', pc: '0537' },
};

export const organizations = [];
const org = addingTo(organizations);

// ——— Gemeente and wijkteams ———
org(
  {
    name: 'Gemeente Oosterbeemd',
    place: 'Binnenstad',
    street: 'Raadhuisplein 1',
    desc: 'De gemeente. Voor Wmo, inkomen, schulden en alles wat je bij het stadhuis regelt.',
  },
  [
    svc(
      'Wmo-loket',
      'Hulp nodig om thuis te kunnen blijven wonen? Bij het Wmo-loket vraag je een voorziening aan, zoals huishoudelijke hulp, een scootmobiel of begeleiding. Eerst is er een gesprek (keukentafelgesprek). Een pgb kan ook.',
      ['wmo', 'huishoudelijke-hulp', 'hulpmiddelen'],
      { apply: 'Bel of vul het formulier in op de site.', fees: 'Eigen bijdrage volgens landelijke regels.', hours: 'ma-vr 9.00-12.30' },
    ),
    svc(
      'Inkomen & Regelingen',
      'Uitkering aanvragen, kwijtschelding gemeentelijke belastingen, de MeedoenPas. Weinig geld? Check wat je kunt krijgen.',
      ['inkomensregelingen'],
      { elig: 'Inwoners van Oosterbeemd met een laag inkomen.' },
    ),
    svc(
      'MoneyMatters',
      'Geld stress? Schulden die groeien? MoneyMatters is de schuldhulp van de gemeente. Je krijgt een vaste geldcoach die met je meekijkt, met schuldeisers belt en samen met jou een plan maakt. Gratis en no judgement.',
      ['schulden', 'geldzorgen'],
      { alt: 'Schuldhulpverlening', fees: 'Gratis.', apply: 'Meld je aan via de app of loop binnen bij het stadhuis.' },
    ),
    svc(
      'Leerplicht & RMC',
      'Zit je thuis en ga je niet meer naar school? De leerplichtambtenaar denkt met je mee over een plek die wel past.',
      ['jongerenwerk', 'werk'],
      { elig: 'Jongeren tot 23 jaar zonder startkwalificatie.' },
    ),
    svc(
      'Werkplein Oosterbeemd',
      'Op zoek naar werk? Het Werkplein helpt met solliciteren, een werkervaringsplek of een opleiding. Ook als je een uitkering hebt.',
      ['werk'],
      { at: { name: 'Werkplein', street: 'Spoorstraat 14', place: 'Stationskwartier' } },
    ),
    svc(
      'Woonurgentie',
      'Urgentie aanvragen voor een woning bij een noodsituatie.',
      ['woningzoeken'],
      { phone: false },
    ),
  ],
);

org(
  {
    name: 'Wijkteam Oosterbeemd',
    alt: 'WTO',
    place: 'Molenwijk',
    street: 'Molenerf 22',
    desc: 'Het sociaal wijkteam: één plek voor al je vragen over zorg, opvoeden, geld en meedoen.',
  },
  [
    svc(
      'Wijkteam: vraag het ons',
      'Loop je ergens tegenaan en weet je niet bij wie je moet zijn? Het wijkteam luistert, kijkt wat er speelt en helpt je verder. Denk aan geld, opvoeden, relaties, zorg of eenzaamheid. Gratis, zonder verwijzing.',
      ['sociaal-wijkteam', 'geldzorgen', 'opvoeden', 'eenzaamheid'],
      { hours: 'Walk-in ma/wo/vr 9-12', fees: 'Gratis' },
    ),
    svc(
      'Wijkteam Jeugd & Gezin',
      'Zorgen over je kind of thuis loopt het vast? De jeugdprofessional van het wijkteam helpt en regelt zo nodig jeugdhulp.',
      ['jeugdhulp', 'opvoeden', 'scheiding'],
      { elig: 'Gezinnen met kinderen van 0-18 jaar.' },
    ),
    svc(
      'Wijkteam Beemdhoven',
      'Wijkteam voor Beemdhoven en Beemdhoven-Oost. Spreekuur in de brede school.',
      ['sociaal-wijkteam', 'jeugdhulp'],
      { at: { name: 'Brede School De Vlonder', street: 'Vlonderpad 3', place: 'Beemdhoven' } },
    ),
    svc(
      'Wijkteam Westerbeemd & Lindeloo',
      'Het wijkteam in de dorpen. Afspraak bij je thuis kan ook.',
      ['sociaal-wijkteam', 'ouderenadvies'],
      { at: { name: 'Dorpshuis Westerbeemd', street: 'Dorpsstraat 40', place: 'Westerbeemd' } },
    ),
  ],
);

org(
  {
    name: 'Team Jong Oosterbeemd',
    place: 'Binnenstad',
    street: 'Raadhuisplein 1',
    desc: 'Het jongeren- en studententeam van de gemeente. Wij maken deze wegwijs-app. Vragen? Slide in onze DM.',
  },
  [
    svc(
      'Jongerencoach 18-27',
      'Even alles te veel? Geen idee hoe het verder moet met school, werk, geld of wonen? Je jongerencoach checkt met je wat je nodig hebt en gaat desnoods mee. Geen wachtlijst, geen gedoe.',
      ['jongeren-mentaal', 'werk', 'geldzorgen', 'woningzoeken'],
      { elig: '18 tot 27 jaar.', apply: 'App of WhatsApp ons.' },
    ),
    svc(
      'Wegwijs Internationals Desk',
      'New in Oosterbeemd? We help you with registration at the town hall, your BSN, health insurance, finding a GP and everything in between. In English, free, walk-in every Tuesday.',
      ['internationals'],
      { lang: ['en', 'nl'], hours: 'Tuesday 13.00-17.00', fees: 'Free' },
    ),
  ],
);

// ——— GGZ, mental health ———
org(
  {
    name: "De Kamer",
    place: 'Binnenstad',
    street: 'Lange Beemdstraat 88',
    desc: "Headspace-achtige plek 'De Kamer' voor iedereen van 12 tot 27. Binnenlopen, koffie, praten. Geen doorverwijzing nodig.",
  },
  [
    svc(
      'De Kamer walk-in',
      'Zit je ergens mee? Piekeren, somber, stress, ruzie thuis, of weet je het gewoon even niet? Loop binnen bij De Kamer. Je praat met een jongerenwerker of psycholoog, anoniem als je wilt. Free coffee.',
      ['jongeren-mentaal', 'mentale-gezondheid'],
      { elig: '12-27 jaar', hours: 'di t/m za 13.00-20.00', fees: 'Gratis' },
    ),
    svc(
      'Chill & Talk',
      'Elke donderdag: Chill & Talk. Een avond met een groepje leeftijdsgenoten praten over mental health, zonder dat het zwaar hoeft. Met pizza.',
      ['jongeren-mentaal', 'eenzaamheid', 'herstel'],
      { hours: 'do 19.00-21.00' },
    ),
    svc(
      'De Kamer Online',
      'Liever chatten? Onze chat is elke avond open. Typ wat je dwarszit.',
      ['jongeren-mentaal', 'mentale-gezondheid'],
      { online: true, hours: 'dagelijks 19.00-23.00' },
    ),
    svc(
      'Safe Space Training',
      'Voor docenten, trainers en jongerenwerkers: leer signalen van suïcidale gedachten bij jongeren herkennen en het gesprek aangaan. Een workshop van een dagdeel.',
      ['suicidepreventie'],
      { elig: 'Professionals en vrijwilligers die met jongeren werken.' },
    ),
  ],
);

org(
  {
    name: 'Beemd GGZ',
    place: 'Kanaalzone',
    street: 'Kanaalweg 210',
    desc: 'GGZ-instelling voor volwassenen: basis- en specialistische ggz.',
  },
  [
    svc(
      'Basis GGZ',
      'Kortdurende behandeling bij angst, depressie en spanningsklachten. Verwijzing van de huisarts nodig.',
      ['ggz-behandeling'],
      { apply: 'Verwijzing huisarts.', fees: 'Valt onder de basisverzekering; eigen risico.' },
    ),
    svc(
      'Specialistische GGZ',
      'Behandeling bij ernstige of complexe psychische problemen, zoals psychose, bipolaire stoornis of persoonlijkheidsproblematiek.',
      ['ggz-behandeling'],
      { apply: 'Verwijzing huisarts of psychiater.' },
    ),
    svc(
      'Acuut Team',
      'Bij een acute psychiatrische crisis. Alleen bereikbaar via de huisarts of huisartsenpost.',
      ['ggz-crisis'],
      { hours: '24/7 via huisarts', phone: false },
    ),
    svc(
      'FACT-team Oosterbeemd',
      'Langdurige zorg en begeleiding thuis bij ernstige psychiatrische aandoeningen (EPA).',
      ['ggz-behandeling', 'herstel'],
    ),
  ],
);

org(
  {
    name: 'MindLab Psychologen',
    place: 'Stationskwartier',
    street: 'Perronlaan 5',
    desc: 'Vrijgevestigde psychologenpraktijk. Ook in het Engels.',
  },
  [
    svc(
      'Psychologische behandeling',
      'Therapie bij angst, somberheid, burn-out, trauma (EMDR). Sessions in English possible.',
      ['ggz-behandeling'],
      { lang: ['nl', 'en'], apply: 'Met verwijsbrief van je huisarts.' },
    ),
    svc(
      'Burn-out coaching (zelf betalen)',
      'Coaching bij stress en werkdruk. Niet vergoed.',
      ['mentale-gezondheid'],
      { fees: '€ 95 per sessie' },
    ),
  ],
);

org(
  {
    name: 'Herstelhuis De Boog',
    place: 'Molenwijk',
    street: 'Boogstraat 9',
    desc: 'Herstelacademie door en voor mensen met psychische kwetsbaarheid.',
  },
  [
    svc(
      'Herstelacademie',
      'Cursussen en workshops over herstel, gegeven door ervaringsdeskundigen. Zonder indicatie, gratis.',
      ['herstel', 'mentale-gezondheid'],
    ),
    svc(
      'Inloop De Boog',
      'Open inloop met koffie en een praatje voor wie psychische klachten heeft of had.',
      ['herstel', 'ontmoeting'],
      { hours: 'ma-do 10-16' },
    ),
  ],
);

org(
  {
    name: 'Stichting Leven Na',
    place: 'Binnenstad',
    street: 'Kloosterhof 3',
    desc: 'Voor nabestaanden na zelfdoding.',
  },
  [
    svc(
      'Lotgenotengroep nabestaanden',
      'Iemand verloren door zelfdoding? In deze groep praat je met anderen die hetzelfde meemaakten. Ook als het al jaren geleden is.',
      ['nabestaanden', 'rouw'],
    ),
    svc(
      'Voorlichting op scholen',
      'Gastles over zelfdoding, rouw en praten over gevoelens, voor het voortgezet onderwijs.',
      ['suicidepreventie'],
      { phone: false },
    ),
  ],
);

org(
  {
    name: 'Samen Rouwen',
    place: 'Lindeloo',
    street: 'Kerkpad 2',
    desc: 'Rouwbegeleiding.',
  },
  [
    svc('Rouwcafé', 'Maandelijks samenzijn voor wie een dierbare heeft verloren.', ['rouw', 'ontmoeting']),
    svc(
      'Rouwgroep jongeren',
      'Je vader, moeder, broer of vriend(in) verloren? Praat met anderen van je leeftijd. Ook online.',
      ['rouw', 'jongeren-mentaal'],
      { elig: '14-25 jaar' },
    ),
  ],
);

// ——— Students ———
org(
  {
    name: 'Hogeschool Oosterbeemd',
    alt: 'HSO',
    place: 'Campus',
    street: 'Campuslaan 1',
    desc: 'Hogeschool met 14.000 studenten.',
  },
  [
    svc(
      'Studentendecanen',
      'Vertraging door ziekte, een beperking of persoonlijke omstandigheden? De decaan helpt met regelingen, financiële ondersteuning en je studieplan.',
      ['studentenwelzijn', 'beperking'],
      { elig: 'Studenten van de HSO.' },
    ),
    svc(
      'Studentpsychologen',
      'Kortdurende gesprekken bij studiestress, faalangst, uitstelgedrag of somberheid. Ook groepstrainingen.',
      ['studentenwelzijn', 'mentale-gezondheid'],
      { lang: ['nl', 'en'] },
    ),
    svc(
      'Student Wellbeing Hub',
      'For international students: buddy programme, wellbeing workshops and a drop-in when you feel homesick or overwhelmed. Everything in English.',
      ['studentenwelzijn', 'internationals', 'eenzaamheid'],
      { lang: ['en'], hours: 'Mon-Thu 10.00-16.00' },
    ),
  ],
);

org(
  {
    name: 'Universiteit van Oosterbeemd',
    alt: 'UvO',
    place: 'Campus',
    street: 'Academieplein 10',
    desc: 'Universiteit.',
  },
  [
    svc(
      'Student Support Services',
      'Student advisers, student psychologists and the student doctor, together in one building. Support with study delay, stress, finances and wellbeing. Dutch and English.',
      ['studentenwelzijn', 'mentale-gezondheid'],
      { lang: ['en', 'nl'] },
    ),
    svc(
      'Studentenhuisarts UvO',
      'Huisartspraktijk voor studenten. Inschrijven kan bij start van je studie. Also for international students.',
      ['huisarts', 'seksuele-gezondheid'],
      { lang: ['nl', 'en'], at: { name: 'Gezondheidscentrum Campus', street: 'Campuslaan 30', place: 'Campus' } },
    ),
  ],
);

org(
  {
    name: 'StudentBuddy Oosterbeemd',
    place: 'Campus',
    street: 'Campuslaan 30',
    desc: 'Studenten voor studenten.',
  },
  [
    svc(
      'StudentBuddy',
      'Voel je je alleen in je kamer? Je wordt gematcht met een buddy: samen koffie, sporten of gewoon kletsen. Match binnen 2 weken.',
      ['eenzaamheid', 'studentenwelzijn'],
      { online: true },
    ),
    svc(
      'Buddy for Internationals',
      'Just arrived? A local student shows you around town, helps with Dutch apps and takes you to student events.',
      ['internationals', 'eenzaamheid'],
      { online: true, lang: ['en'] },
    ),
  ],
);

// ——— Health ———
org(
  {
    name: 'Gezondheidscentrum De Beemd',
    place: 'Beemdhoven',
    street: 'Beemdplein 1',
    desc: 'Huisartsen, POH, fysio, verloskundigen onder één dak.',
  },
  [
    svc(
      'Huisartsenpraktijk De Beemd',
      'Huisartsenpraktijk. Nieuwe patiënten uit Beemdhoven welkom.',
      ['huisarts'],
      { hours: 'ma-vr 8.00-17.00' },
    ),
    svc(
      'POH-GGZ',
      'De praktijkondersteuner ggz helpt bij psychische klachten, zoals somberheid, stress of angst. Een paar gesprekken via je huisarts.',
      ['poh-ggz', 'mentale-gezondheid'],
      { apply: 'Via je huisarts.' },
    ),
    svc(
      'Fysio Beemdhoven',
      'Fysiotherapie, ook bekkenfysiotherapie en fysio na je bevalling.',
      ['fysiotherapie'],
    ),
    svc(
      'Leefstijlcoach GLI',
      'Gezonder eten, meer bewegen, afvallen: twee jaar begeleiding door een leefstijlcoach. Vergoed uit de basisverzekering met verwijzing.',
      ['leefstijl', 'bewegen'],
      { apply: 'Verwijzing huisarts.' },
    ),
  ],
);

org(
  {
    name: 'Huisartsen Binnenstad',
    place: 'Binnenstad',
    street: 'Vismarkt 12',
    desc: 'Praktijk in het centrum.',
  },
  [
    svc('Huisartsenpraktijk Binnenstad', 'Huisarts. Tijdelijk patiëntenstop.', ['huisarts']),
    svc(
      'Praktijkondersteuner GGZ',
      'Spreekuur POH-GGZ op dinsdag en donderdag.',
      ['poh-ggz'],
    ),
  ],
);

org(
  {
    name: 'Huisartsenpost Oosterbeemd',
    alt: 'HAP',
    place: 'Kanaalzone',
    street: 'Ziekenhuislaan 2',
    desc: 'Voor dringende zorg als je huisarts dicht is.',
  },
  [
    svc(
      'Huisartsenpost',
      "Spoed die niet kan wachten tot je eigen huisarts weer open is? Bel de huisartsenpost. 's Avonds, 's nachts en in het weekend. Altijd eerst bellen.",
      ['huisartsenpost'],
      { hours: 'ma-vr 17.00-8.00, weekend en feestdagen de hele dag' },
    ),
  ],
);

org(
  {
    name: 'Verloskundigen Oosterbeemd',
    place: 'Beemdhoven-Oost',
    street: 'Kievitlaan 17',
    desc: 'Verloskundigenpraktijk.',
  },
  [
    svc(
      'Verloskundige zorg',
      'Zwanger? Meld je aan in je eerste weken. Controles, echo en de bevalling thuis of in het ziekenhuis. Ook Centering-groepen.',
      ['zwangerschap'],
    ),
  ],
);

org(
  {
    name: 'Kraamzorg Bolleboos',
    place: 'Beemdhoven-Oost',
    street: 'Kievitlaan 19',
    desc: 'Kraamzorg in de hele regio.',
  },
  [svc('Kraamzorg', 'Een kraamverzorgende na de bevalling, thuis. Meld je voor week 16 aan.', ['zwangerschap'])],
);

org(
  {
    name: 'JGZ Oosterbeemd',
    alt: 'Jeugdgezondheidszorg',
    place: 'Beemdhoven',
    street: 'Vlonderpad 5',
    desc: 'Jeugdgezondheidszorg van 0 tot 18.',
  },
  [
    svc(
      'Consultatiebureau',
      'Wegen, meten, vaccinaties en al je vragen over je baby of peuter. Over slapen, huilen, voeding of borstvoeding.',
      ['consultatiebureau', 'opvoeden'],
      { elig: '0-4 jaar' },
    ),
    svc(
      'Jeugdverpleegkundige op school',
      'Op de middelbare school kun je terecht bij de jeugdverpleegkundige. Over je lijf, je gevoel, pesten of thuis.',
      ['jongeren-mentaal', 'pesten', 'seksuele-gezondheid'],
    ),
    svc(
      'Stevig Ouderschap',
      'Extra steun bij je eerste kindje, met huisbezoeken van een jeugdverpleegkundige. Ook al tijdens de zwangerschap.',
      ['zwangerschap', 'opvoeden', 'consultatiebureau'],
    ),
  ],
);

org(
  {
    name: 'GGD Oostland',
    place: 'Kanaalzone',
    street: 'Kanaalweg 180',
    desc: 'Gemeentelijke gezondheidsdienst.',
  },
  [
    svc(
      'Sense Spreekuur',
      'Vragen over seks, anticonceptie, soa of zwangerschap? Of wil je je laten testen? Gratis en anoniem tot je 25e.',
      ['seksuele-gezondheid'],
      { elig: 'Jongeren tot 25 jaar; soa-test ook voor risicogroepen.' },
    ),
    svc(
      'Sexual Health Clinic (English)',
      'Free STI testing and contraception advice for people under 25. Appointments in English.',
      ['seksuele-gezondheid', 'internationals'],
      { lang: ['en'] },
    ),
    svc(
      'Reizigersvaccinatie',
      'Vaccinaties en advies als je op reis gaat.',
      ['vaccinatie'],
      { fees: 'Je betaalt zelf.' },
    ),
  ],
);

// ——— Drugs, alcohol ———
org(
  {
    name: 'Brijder Oost',
    place: 'Stationskwartier',
    street: 'Spoorstraat 60',
    desc: 'Verslavingszorg.',
  },
  [
    svc(
      'Ambulante verslavingszorg',
      'Hulp als alcohol, drugs, gokken of gamen je leven beheersen. Ook voor naasten.',
      ['verslaving'],
      { apply: 'Zelf aanmelden of via de huisarts.' },
    ),
    svc(
      'Party Check',
      'Ga je uit? Check wat er in je pil zit: anoniem laten testen bij het testmoment. Plus tips voor safe partying.',
      ['drugsvoorlichting'],
      { hours: 'vr 16.00-19.00' },
    ),
    svc(
      'Jouw Drank Check',
      'Online zelftest en chat: drink jij te veel? Anoniem.',
      ['verslaving', 'drugsvoorlichting'],
      { online: true },
    ),
  ],
);

org(
  {
    name: 'AA Oosterbeemd',
    place: 'Molenwijk',
    street: 'Kerkstraat 7',
    desc: 'Zelfhulpgroep.',
  },
  [svc('AA-meeting', 'Anonieme Alcoholisten, elke woensdagavond.', ['verslaving', 'herstel'], { phone: false })],
);

// ——— Welzijn, meeting, loneliness ———
org(
  {
    name: 'Welzijn Oosterbeemd',
    alt: 'WeO',
    place: 'Molenwijk',
    street: 'Molenerf 20',
    desc: 'Welzijnsorganisatie: buurthuizen, ouderenwerk, mantelzorg en vrijwilligers.',
  },
  [
    svc(
      'Buurthuis De Molen',
      'Koffie-inloop, samen eten op donderdag, bingo en creatieve middagen. Iedereen welkom.',
      ['ontmoeting', 'maaltijden'],
    ),
    svc(
      'Ouderenadviseur',
      'Bent u 65+ en heeft u vragen over wonen, zorg, geld of vervoer? De ouderenadviseur komt bij u thuis.',
      ['ouderenadvies', 'clientondersteuning'],
      { elig: '65 jaar en ouder' },
    ),
    svc(
      'Steunpunt Mantelzorg',
      'Zorg je voor een naaste? Het Steunpunt geeft advies, luistert en regelt respijt. Ook voor jonge mantelzorgers (Young Carers).',
      ['mantelzorg', 'respijtzorg'],
    ),
    svc(
      'Maatjesproject Samen Op Pad',
      'Een vrijwilliger die u regelmatig bezoekt of met u een wandeling maakt.',
      ['eenzaamheid'],
    ),
    svc(
      'Vrijwilligerscentrale',
      'Vrijwilligerswerk zoeken? Kijk in de vacaturebank of kom langs.',
      ['vrijwilligerswerk'],
    ),
    svc(
      'Welzijn op Recept',
      'Via je huisarts naar een welzijnscoach. Samen zoek je een activiteit die je goed doet.',
      ['mentale-gezondheid', 'eenzaamheid', 'ontmoeting'],
      { apply: 'Via huisarts of POH.' },
    ),
    svc(
      'Formulierenhulp',
      'Hulp bij brieven en formulieren. Iedere dinsdag inloop.',
      ['post-formulieren'],
      { hours: 'di 9.30-11.30' },
    ),
    svc(
      'Telefooncirkel',
      'Elke ochtend een belletje.',
      ['eenzaamheid'],
      { status: 'inactive' },
    ),
  ],
);

org(
  {
    name: 'Jongerenwerk Oosterbeemd',
    alt: 'JWO',
    place: 'Kanaalzone',
    street: 'Havenkade 4',
    desc: 'Jongerenwerk in alle wijken.',
  },
  [
    svc(
      'The Spot',
      'Jongerencentrum: chillen, gamen, muziek maken, een studio. Jongerenwerkers zijn er altijd om mee te praten.',
      ['jongerenwerk', 'ontmoeting'],
      { elig: '12-23 jaar', hours: 'wo-za 14-22' },
    ),
    svc(
      'Ambulant jongerenwerk',
      'De jongerenwerkers zijn op straat en in de parken. Spreek ze aan!',
      ['jongerenwerk'],
      { online: true },
    ),
    svc(
      'Anti-pest buddy',
      'Word je gepest, op school of online? Een getrainde buddy helpt je om het bespreekbaar te maken.',
      ['pesten', 'jongeren-mentaal'],
    ),
  ],
);

org(
  {
    name: 'Pride Oosterbeemd',
    place: 'Binnenstad',
    street: 'Lange Beemdstraat 88',
    desc: 'Voor lhbtiq+ mensen en iedereen die wil meedoen.',
  },
  [
    svc(
      'Queer Café',
      'Gezellige avond voor lhbtiq+ mensen. Ook voor jongeren die nog zoekende zijn. English-friendly.',
      ['lhbtiq', 'ontmoeting'],
      { lang: ['nl', 'en'] },
    ),
    svc(
      'Trans Support Group',
      'Peer group for trans and non-binary people, in English and Dutch.',
      ['lhbtiq', 'herstel'],
      { lang: ['en', 'nl'] },
    ),
  ],
);

org(
  {
    name: 'Buurtcirkel Lindeloo',
    place: 'Lindeloo',
    street: 'Dorpsplein 1',
    desc: 'Bewonersinitiatief.',
  },
  [svc('Soep & Praat', 'Woensdag om 12 uur soep eten in het dorpshuis.', ['ontmoeting', 'maaltijden', 'eenzaamheid'])],
);

// ——— Elderly, care at home ———
org(
  {
    name: 'Thuiszorg Beemdland',
    place: 'Molenwijk',
    street: 'Zorgweg 5',
    desc: 'Thuiszorg en wijkverpleging.',
  },
  [
    svc(
      'Wijkverpleging',
      'Verpleging en verzorging thuis: wassen, aankleden, medicijnen, wondzorg. Zonder verwijzing aanmelden.',
      ['wijkverpleging'],
      { fees: 'Vergoed door de zorgverzekeraar, geen eigen risico.' },
    ),
    svc(
      'Casemanager dementie',
      'Vaste begeleider voor mensen met dementie en hun naasten. Van de diagnose tot de verhuizing naar een verpleeghuis.',
      ['dementie', 'mantelzorg'],
    ),
    svc(
      'Valpreventie In Balans',
      'Bang om te vallen? In 10 weken werkt u aan evenwicht en kracht in een kleine groep.',
      ['valpreventie', 'bewegen'],
      { elig: '65+' },
    ),
    svc('Maaltijdservice', 'Warme maaltijd aan huis, ook dieetmaaltijden.', ['maaltijden'], { fees: '€ 8,50 per maaltijd' }),
  ],
);

org(
  {
    name: 'HulpThuis BV',
    place: 'Stationskwartier',
    street: 'Perronlaan 22',
    desc: 'Particuliere huishoudelijke hulp.',
  },
  [svc('Schoonmaakhulp', 'Betrouwbare hulp in huis. Ook met pgb.', ['huishoudelijke-hulp'], { fees: 'Vanaf € 28 per uur' })],
);

org(
  {
    name: 'Zorgcentrum Beemdstaete',
    place: 'Westerbeemd',
    street: 'Staetelaan 1',
    desc: 'Woonzorgcentrum en verpleeghuis.',
  },
  [
    svc(
      'Dagbesteding Beemdstaete',
      'Dagbesteding voor ouderen en mensen met dementie. Met vervoer.',
      ['dagbesteding', 'dementie', 'respijtzorg'],
      { apply: 'Met Wmo-indicatie.' },
    ),
    svc(
      'Logeerkamer',
      'Even een paar dagen logeren, zodat de mantelzorger op adem komt.',
      ['respijtzorg'],
    ),
    svc('Alzheimer Café', 'Elke derde dinsdag: uitleg en gesprek over dementie.', ['dementie', 'mantelzorg']),
  ],
);

org(
  {
    name: 'Hospice De Linde',
    place: 'Lindeloo',
    street: 'Lindelaan 44',
    desc: 'Hospice.',
  },
  [
    svc(
      'Hospice',
      'Een huiselijke plek voor de laatste levensfase. Vrijwilligers en verpleging 24 uur per dag.',
      ['palliatief'],
    ),
    svc('VPTZ Oosterbeemd', 'Vrijwilligers die thuis waken bij iemand die gaat sterven.', ['palliatief', 'mantelzorg']),
  ],
);

org(
  {
    name: 'Vervoersdienst Beemdrit',
    place: 'Kanaalzone',
    street: 'Remiseweg 3',
    desc: 'Vervoer.',
  },
  [
    svc('Beemdrit Wmo-taxi', 'Deur-tot-deurvervoer met Wmo-pas.', ['vervoer'], { apply: 'Pas aanvragen bij het Wmo-loket.' }),
    svc('ANBO Automaatje', 'Vrijwillige chauffeurs rijden u voor een kleine vergoeding naar de dokter of familie.', ['vervoer', 'eenzaamheid']),
  ],
);

org(
  {
    name: 'Hulpmiddelenwinkel MediPoint',
    place: 'Stationskwartier',
    street: 'Spoorstraat 2',
    desc: 'Winkel in zorghulpmiddelen.',
  },
  [svc('Uitleen en verkoop', 'Rollators, krukken, douchestoelen. Uitlenen kan ook.', ['hulpmiddelen'])],
);

org(
  {
    name: 'MEE Oostland',
    place: 'Kanaalzone',
    street: 'Kanaalweg 150',
    desc: 'Ondersteuning bij leven met een beperking.',
  },
  [
    svc(
      'Onafhankelijke cliëntondersteuning',
      'Iemand die naast u staat bij gesprekken met de gemeente, het zorgkantoor of school. Gratis en onafhankelijk.',
      ['clientondersteuning', 'wmo'],
    ),
    svc(
      'Begeleiding LVB',
      'Ondersteuning voor mensen met een licht verstandelijke beperking: geld, wonen, werk.',
      ['beperking', 'geldzorgen'],
    ),
    svc(
      'Autisme Netwerk',
      'Lotgenotencontact en coaching voor volwassenen met autisme.',
      ['autisme-adhd', 'herstel'],
    ),
  ],
);

org(
  {
    name: 'ADHD Lab',
    place: 'Campus',
    street: 'Campuslaan 40',
    desc: 'Coaching voor studenten.',
  },
  [
    svc(
      'Focus Coaching',
      'Druk in je hoofd, plannen lukt niet, deadlines missen? Coaching voor studenten met (vermoeden van) ADHD of autisme. Also in English.',
      ['autisme-adhd', 'studentenwelzijn'],
      { lang: ['nl', 'en'], fees: 'Eerste gesprek gratis' },
    ),
  ],
);

org(
  {
    name: 'Hersenletsel Oostland',
    place: 'Westerbeemd',
    street: 'Staetelaan 3',
    desc: 'Voor mensen met hersenletsel.',
  },
  [svc('NAH-inloop', 'Na een beroerte of ongeluk: lotgenoten en een vaste begeleider.', ['chronisch-ziek', 'beperking'])],
);

org(
  {
    name: 'Reuma & Co',
    place: 'Binnenstad',
    street: 'Vismarkt 3',
    desc: 'Patiëntenvereniging.',
  },
  [svc('Beweeggroep chronische pijn', 'Samen bewegen met reuma, artrose of fibromyalgie.', ['chronisch-ziek', 'bewegen'])],
);

// ——— Money ———
org(
  {
    name: 'Voedselbank Oosterbeemd',
    place: 'Kanaalzone',
    street: 'Loodsweg 11',
    desc: 'Voedselbank.',
  },
  [
    svc(
      'Voedselpakket',
      'Wekelijks een pakket met eten voor huishoudens met een laag inkomen.',
      ['voedselhulp'],
      { apply: 'Aanmelden via het wijkteam of MoneyMatters.' },
    ),
    svc('Kledingbank', 'Gratis kleding voor volwassenen en kinderen.', ['voedselhulp'], { status: 'inactive' }),
  ],
);

org(
  {
    name: 'Stichting Geldfit Oosterbeemd',
    place: 'Molenwijk',
    street: 'Molenerf 24',
    desc: 'Vrijwillige thuisadministratie.',
  },
  [
    svc(
      'Thuisadministratie',
      'Een vrijwilliger helpt je thuis je papieren te ordenen, je post te openen en je rekeningen op tijd te betalen.',
      ['post-formulieren', 'geldzorgen'],
    ),
    svc(
      'Belastingspreekuur',
      'Gratis hulp bij aangifte inkomstenbelasting en toeslagen. Maart t/m mei.',
      ['post-formulieren', 'inkomensregelingen'],
      { hours: 'maart-mei, za 10-13' },
    ),
  ],
);

org(
  {
    name: 'Student Money Check',
    place: 'Campus',
    street: 'Campuslaan 30',
    desc: 'Geld-app voor studenten.',
  },
  [
    svc(
      'Student Money Check',
      'Studiefinanciering, zorgtoeslag, huurtoeslag, bijbaan: check in 10 minuten of je alles krijgt waar je recht op hebt. En tips als je rood staat.',
      ['geldzorgen', 'inkomensregelingen', 'studentenwelzijn'],
      { online: true },
    ),
  ],
);

org(
  {
    name: 'Budgetcoach Plus',
    place: 'Stationskwartier',
    street: 'Perronlaan 40',
    desc: 'Particulier bureau voor budgetcoaching.',
  },
  [svc('Budgetcoaching aan huis', 'Grip op je uitgaven met een persoonlijke coach. Ook voor zzp-ers.', ['geldzorgen'], { fees: '€ 65 per uur' })],
);

// ——— Work, housing, legal ———
org(
  {
    name: 'Huurteam Oosterbeemd',
    place: 'Binnenstad',
    street: 'Kloosterhof 8',
    desc: 'Gratis hulp voor huurders.',
  },
  [
    svc(
      'Huurcheck',
      'Betaal je te veel voor je kamer? Krijg je je borg niet terug? Schimmel die niet wordt gemaakt? Het Huurteam checkt je huur en gaat met je verhuurder in gesprek. Free for tenants.',
      ['huurproblemen', 'juridisch'],
      { lang: ['nl', 'en'] },
    ),
    svc(
      'Tenant Rights for Internationals',
      'Renting a room in Oosterbeemd? Learn your rights: rent, deposits, contracts, and what to do when your landlord does not respond. Workshops in English.',
      ['huurproblemen', 'internationals'],
      { lang: ['en'] },
    ),
  ],
);

org(
  {
    name: 'Beemd Wonen',
    place: 'Stationskwartier',
    street: 'Spoorstraat 30',
    desc: 'Woningcorporatie.',
  },
  [
    svc('Woning zoeken', 'Inschrijven voor een sociale huurwoning.', ['woningzoeken']),
    svc(
      'Betalingsregeling huur',
      'Achter met de huur? Neem snel contact op, dan zoeken we samen een oplossing en voorkomen we een huisuitzetting.',
      ['huurproblemen', 'schulden', 'dakloosheid'],
    ),
  ],
);

org(
  {
    name: 'Kamerbaas',
    place: 'Campus',
    street: 'Campuslaan 55',
    desc: 'Kamers voor studenten.',
  },
  [svc('Studentenkamers', 'Short stay and long stay rooms for students. Wachtlijst.', ['woningzoeken'], { lang: ['nl', 'en'] })],
);

org(
  {
    name: 'De Haven Opvang',
    place: 'Kanaalzone',
    street: 'Havenkade 30',
    desc: 'Maatschappelijke opvang.',
  },
  [
    svc(
      'Nachtopvang',
      'Een bed voor de nacht voor wie geen dak boven het hoofd heeft.',
      ['dakloosheid'],
      { hours: 'dagelijks 21.00-9.00' },
    ),
    svc('Briefadres en dagopvang', 'Postadres, douche en ontbijt, en hulp om weer een woning te vinden.', ['dakloosheid']),
    svc('Jongerenopvang Stap', 'Opvang en begeleiding voor dakloze jongeren tot 23.', ['dakloosheid', 'jongerenwerk']),
  ],
);

org(
  {
    name: 'Sociaal Raadslieden Oosterbeemd',
    place: 'Molenwijk',
    street: 'Molenerf 20',
    desc: 'Gratis advies over recht en regels.',
  },
  [
    svc(
      'Sociaal raadslieden',
      'Vragen over een boete, uitkering, toeslagen, ontslag of een brief die je niet begrijpt? Gratis advies.',
      ['juridisch', 'post-formulieren', 'inkomensregelingen'],
    ),
  ],
);

org(
  {
    name: 'Advocatenkantoor Van Beemd & Partners',
    place: 'Binnenstad',
    street: 'Vismarkt 30',
    desc: 'Advocatenkantoor.',
  },
  [
    svc('Familierecht en scheiding', 'Advocaat en mediator bij scheiding, alimentatie en omgang.', ['scheiding', 'juridisch'], { fees: 'Toevoeging mogelijk.' }),
    svc('Arbeidsrecht', 'Ontslag, arbeidsconflict.', ['juridisch', 'werk']),
  ],
);

org(
  {
    name: 'Scheidingspunt',
    place: 'Beemdhoven',
    street: 'Beemdplein 9',
    desc: 'Hulp bij scheiding voor ouders en kinderen.',
  },
  [
    svc(
      'KIES-groep',
      'Kinderen In Echtscheidings Situatie: groep voor kinderen van 8-12 jaar van wie de ouders uit elkaar gaan.',
      ['scheiding', 'jeugdhulp'],
    ),
    svc('Ouderschapsplan hulp', 'Samen afspraken maken over de kinderen.', ['scheiding', 'opvoeden']),
  ],
);

org(
  {
    name: 'Jobhub 040',
    place: 'Stationskwartier',
    street: 'Perronlaan 1',
    desc: 'Uitzendbureau.',
  },
  [svc('Bijbanen & uitzendwerk', 'Bijbaan naast je studie? Find a side job, English-speaking jobs too.', ['werk'], { lang: ['nl', 'en'] })],
);

org(
  {
    name: 'Werkstage Oosterbeemd',
    place: 'Kanaalzone',
    street: 'Havenkade 12',
    desc: 'Re-integratie.',
  },
  [svc('Werkervaringsplek', 'Leer werken in de kringloopwinkel, fietsenmakerij of keuken.', ['werk', 'beperking'])],
);

// ——— Violence, safety ———
org(
  {
    name: 'Veilig Oosterbeemd',
    place: 'Binnenstad',
    street: 'Kloosterhof 12',
    desc: 'Lokale aanpak huiselijk geweld.',
  },
  [
    svc(
      'Steunpunt huiselijk geweld',
      'Is het thuis niet veilig, of maak je je zorgen over iemand? Praat met een hulpverlener van het lokale steunpunt. Ook over ouderenmishandeling.',
      ['huiselijk-geweld'],
    ),
    svc(
      'Training signalen herkennen',
      'Training voor professionals: huiselijk geweld en kindermishandeling herkennen volgens de meldcode.',
      ['huiselijk-geweld'],
      { elig: 'Professionals' },
    ),
    svc(
      'Not OK? Chat',
      'Grensoverschrijdend gedrag, sexting of een date die uit de hand liep? Chat anoniem met iemand die luistert.',
      ['seksueel-geweld', 'jongeren-mentaal'],
      { online: true },
    ),
  ],
);

org(
  {
    name: 'Vrouwenopvang Oostland',
    place: 'Binnenstad',
    street: 'geheim',
    secretAddress: true,
    desc: 'Veilige opvang.',
  },
  [
    svc('Blijf-opvang', 'Een veilige plek voor vrouwen en kinderen die thuis niet veilig zijn.', ['vrouwenopvang', 'huiselijk-geweld']),
    svc('Ambulante hulp na geweld', 'Begeleiding thuis na geweld, ook voor mannen.', ['huiselijk-geweld', 'seksueel-geweld']),
  ],
);

// ——— Language, digital, newcomers ———
org(
  {
    name: 'Bibliotheek Oosterbeemd',
    place: 'Binnenstad',
    street: 'Bibliotheekplein 1',
    desc: 'De bieb.',
  },
  [
    svc(
      'Taalhuis',
      'Beter leren lezen, schrijven of rekenen? In het Taalhuis oefen je op je eigen niveau, met een vrijwilliger.',
      ['laaggeletterdheid', 'taal-nt2'],
    ),
    svc(
      'Digicafé',
      'Hulp met je telefoon, tablet, DigiD of de app van de bank. Elke maandag.',
      ['digitaal'],
      { hours: 'ma 10-12' },
    ),
    svc('Taalcafé', 'Oefen Nederlands praten in een ontspannen sfeer.', ['taal-nt2', 'ontmoeting']),
    svc(
      'Dutch Conversation Club',
      'Practice your Dutch with other internationals and Dutch volunteers. All levels.',
      ['taal-nt2', 'internationals'],
      { lang: ['en', 'nl'] },
    ),
    svc('Informatiepunt Digitale Overheid', 'Vragen over overheidszaken online.', ['digitaal', 'post-formulieren']),
  ],
);

org(
  {
    name: 'VluchtelingenWerk Oosterbeemd',
    place: 'Molenwijk',
    street: 'Kerkstraat 15',
    desc: 'Begeleiding van vluchtelingen.',
  },
  [
    svc(
      'Begeleiding statushouders',
      'Hulp na aankomst in Oosterbeemd: inburgering, gezinshereniging, regelzaken.',
      ['nieuwkomers'],
      { lang: ['nl', 'ar', 'uk', 'en'] },
    ),
    svc('Taalmaatje', 'Een vrijwilliger die samen met jou Nederlands oefent.', ['taal-nt2', 'nieuwkomers']),
  ],
);

org(
  {
    name: 'Inburgeringsloket',
    place: 'Binnenstad',
    street: 'Raadhuisplein 1',
    desc: 'Gemeente.',
  },
  [svc('Inburgering', 'Inburgeringsplicht en het persoonlijk plan inburgering.', ['nieuwkomers'])],
);

org(
  {
    name: 'International Welcome Center Oostland',
    alt: 'IWCO',
    place: 'Stationskwartier',
    street: 'Stationsplein 8',
    desc: 'For internationals living and working in the region.',
  },
  [
    svc(
      'Expat Welcome Desk',
      'One-stop desk for expats and their families: municipal registration, BSN, 30% ruling info, schools for your children and finding a GP.',
      ['internationals'],
      { lang: ['en'] },
    ),
    svc(
      'Partners & Spouses Network',
      'Meet other international partners, join coffee mornings, and get career support in the Netherlands.',
      ['internationals', 'eenzaamheid', 'werk'],
      { lang: ['en'] },
    ),
  ],
);

// ——— Sport, lifestyle ———
org(
  {
    name: 'Beemd Beweegt',
    place: 'Beemdhoven',
    street: 'Sportlaan 2',
    desc: 'Sport en bewegen in de wijk.',
  },
  [
    svc(
      'Buurtsportcoach',
      'Meer bewegen maar weet je niet hoe? De buurtsportcoach zoekt met je naar iets wat bij je past. Ook voor kids.',
      ['bewegen'],
    ),
    svc('Jeugdsportfonds', 'Geen geld voor de sportclub? Het fonds betaalt de contributie.', ['bewegen', 'inkomensregelingen'], { elig: '4-18 jaar' }),
    svc('Kids Fit', 'Kinderen met overgewicht bewegen en leren gezond eten, samen met hun ouders.', ['leefstijl', 'bewegen'], { elig: '6-12 jaar' }),
    svc('Ommetje 60+', 'Wandelen in een groep, elke vrijdag.', ['bewegen', 'ontmoeting']),
  ],
);

org(
  {
    name: 'FitLife Gym',
    place: 'Stationskwartier',
    street: 'Perronlaan 70',
    desc: 'Sportschool.',
  },
  [svc('Student membership', 'Train 24/7. Student deal.', ['bewegen'], { fees: '€ 19,99 p/m' })],
);

// ——— Parenting ———
org(
  {
    name: 'Ouder & Kind Punt',
    place: 'Beemdhoven-Oost',
    street: 'Kievitlaan 21',
    desc: 'Opvoedsteun voor jonge gezinnen.',
  },
  [
    svc(
      'Opvoedspreekuur',
      'Driftbuien, slapen, grenzen stellen, schermtijd: stel je vraag aan een pedagoog. Zonder afspraak.',
      ['opvoeden'],
      { hours: 'wo 9-11' },
    ),
    svc('Cursus Puber in Huis', 'Vier avonden voor ouders van tieners.', ['opvoeden']),
    svc('Jonge Ouders Groep', 'Voor ouders onder de 23: koffie, kletsen, tips.', ['opvoeden', 'ontmoeting', 'zwangerschap']),
  ],
);

org(
  {
    name: 'Homestart Oosterbeemd',
    place: 'Beemdhoven',
    street: 'Beemdplein 9',
    desc: 'Vrijwilligers voor gezinnen.',
  },
  [svc('Home-Start', 'Een ervaren ouder komt wekelijks bij je thuis als steun.', ['opvoeden', 'eenzaamheid'])],
);

org(
  {
    name: 'Speel-o-theek De Knikker',
    place: 'Molenwijk',
    street: 'Molenerf 30',
    desc: 'Speelgoed lenen.',
  },
  [svc('Speel-o-theek', 'Speelgoed lenen voor weinig geld.', ['opvoeden'], { status: 'inactive' })],
);

// ——— Misc, apps ———
org(
  {
    name: 'Mantelzorg Jong',
    place: 'Binnenstad',
    street: 'Lange Beemdstraat 88',
    desc: 'Voor young carers.',
  },
  [
    svc(
      'Young Carers Club',
      'Zorg jij voor je moeder, vader, broer of zus? Hier ontmoet je anderen die dat ook doen. Uitjes, chill-avonden en iemand die snapt hoe het is.',
      ['mantelzorg', 'jongeren-mentaal'],
      { elig: '12-24 jaar' },
    ),
  ],
);

org(
  {
    name: 'Headfirst App',
    place: 'Binnenstad',
    street: 'Lange Beemdstraat 88',
    desc: 'Mental health app.',
  },
  [
    svc(
      'Headfirst',
      'Zelfhulp-app met oefeningen tegen stress en slaapproblemen. Made in Oosterbeemd.',
      ['mentale-gezondheid'],
      { online: true },
    ),
  ],
);

org(
  {
    name: 'Tandartspraktijk Smile',
    place: 'Binnenstad',
    street: 'Vismarkt 20',
    desc: 'Tandarts.',
  },
  [
    svc('Tandarts', 'Nieuwe patiënten welkom.', ['mondzorg'], { status: 'inactive' }),
    svc('Tandarts spoed', 'Kiespijn in het weekend? Bel de dienstdoende tandarts.', ['mondzorg']),
  ],
);
