// The fictional Lisselmonde directory, by hand: a coastal gemeente of about 42,000 (the town, the
// seaside resort Lisselstrand with holiday park De Duinpieper, and the polder villages Vlaskerke,
// Zoutepolder and Griendijk). Published by the regional public health service, GGD Westmare: its
// own programmes are written out in prevention language, other providers are short entries with the
// GGD's standard footer. SAMPLE DATA, FICTIONAL. `topics` per service = what it really answers.
import { addingTo, svc } from '../write-directory.mjs';

export const TOPICS = {
  huisarts: 'huisarts, huisartsenpost en medische zorg dichtbij (ook voor toeristen)',
  'poh-ggz': 'praktijkondersteuner GGZ bij de huisarts: kortdurende hulp bij psychische klachten',
  ggz: 'behandeling van psychische problemen: basis-GGZ, specialistische GGZ, psycholoog, jeugd-GGZ',
  'mentale-weerbaarheid': 'preventie en lichte hulp bij stress, somberheid, piekeren; mentale weerbaarheid, online zelfhulp',
  suicidepreventie: 'voorlichting en training over suïcidepreventie (gatekeepertraining), niet acute hulp',
  verslaving: 'hulp, preventie en zelfhulp bij alcohol, drugs, gokken en andere verslaving',
  'stoppen-roken': 'hulp bij stoppen met roken of vapen, rookvrije omgeving',
  consultatiebureau: 'jeugdgezondheidszorg 0-4 jaar: consultatiebureau, groei en ontwikkeling van baby en peuter',
  'jgz-school': 'jeugdgezondheidszorg 4-18: jeugdarts/jeugdverpleegkundige op school, schoolverzuim, gezonde school',
  vaccinatie: 'vaccinaties: Rijksvaccinatieprogramma, HPV, griep/corona, reizigersvaccinatie',
  zwangerschap: 'zwangerschap, verloskundige, bevalling, kraamzorg en borstvoeding',
  opvoeden: 'opvoedvragen en opvoedsteun voor ouders (lichte ondersteuning, advies, vrijwilligers thuis)',
  jeugdhulp: 'jeugdhulp en gezinsondersteuning bij zorgen over een kind of gezin (jeugd- en gezinsteam, schoolmaatschappelijk werk)',
  jongeren: 'jongerenwerk en plekken/activiteiten voor tieners en jongeren',
  'seksuele-gezondheid': 'soa-test, anticonceptie, seksualiteit en relaties, seksuele gezondheid',
  'kinderopvang-vve': 'kinderopvang, peuteropvang, voorschoolse educatie (VVE), toezicht op kinderopvang',
  ouderen: 'welzijn en advies voor ouderen: ouderenadviseur, seniorenactiviteiten, zelfstandig thuis wonen',
  valpreventie: 'vallen voorkomen bij ouderen: valpreventie, balans- en krachttraining',
  dementie: 'dementie en geheugenproblemen: casemanagement, alzheimercafé, zorg',
  mantelzorg: 'ondersteuning van mantelzorgers, ook jonge mantelzorgers, respijt en logeeropvang',
  dagbesteding: 'dagbesteding en dagopvang (ouderen, beperking, GGZ), zinvolle daginvulling',
  thuiszorg: 'wijkverpleging, persoonlijke verzorging en verpleging thuis',
  'huishoudelijke-hulp': 'hulp bij het huishouden (Wmo of particulier)',
  'wmo-toegang': 'Wmo-loket van de gemeente: aanvraag ondersteuning, keukentafelgesprek, maatwerkvoorziening',
  hulpmiddelen: 'hulpmiddelen en woningaanpassing: rolstoel, scootmobiel, traplift, aanpassingen',
  vervoer: 'vervoer: regiotaxi, vrijwillige chauffeurs, vervoer naar ziekenhuis of dagbesteding',
  maaltijden: 'maaltijdservice en samen eten, warme maaltijd thuis',
  beperking: 'ondersteuning voor mensen met een verstandelijke, lichamelijke of zintuiglijke beperking of autisme',
  clientondersteuning: 'onafhankelijke cliëntondersteuning: iemand die meegaat en helpt de weg te vinden in zorg en regelingen',
  schulden: 'schuldhulpverlening, schulden, betalingsachterstanden, aanmaningen en deurwaarders',
  geldbeheer: 'hulp bij administratie en geldbeheer: post, formulieren, budgetcoaching, bewindvoering',
  inkomen: 'inkomen en regelingen: bijstand, toeslagen, minimaregelingen, bijzondere bijstand, fondsen',
  voedselhulp: 'voedselbank en andere hulp aan eten voor wie te weinig geld heeft',
  'kleding-spullen': 'kledingbank, kringloop, gratis of goedkope spullen en meubels',
  werk: 'werk zoeken, re-integratie, seizoenswerk, leerwerkplekken',
  vrijwilligerswerk: 'vrijwilligerswerk vinden of vrijwilligers zoeken',
  wonen: 'woning zoeken, huurproblemen, urgentie, permanente bewoning vakantiepark',
  dakloosheid: 'dakloosheid: nachtopvang, maatschappelijke opvang, geen vaste woon- of verblijfplaats',
  juridisch: 'juridisch advies en rechtshulp, sociaal raadslieden, bezwaar maken',
  taal: 'taal leren: Nederlands leren (NT2), laaggeletterdheid, lezen en schrijven, taalmaatje',
  digitaal: 'digitale vaardigheden: computer, smartphone, DigiD, online formulieren',
  inburgering: 'inburgering, statushouders, nieuwkomers en internationale inwoners wegwijs maken',
  arbeidsmigranten: 'arbeidsmigranten en seizoenswerkers uit de EU: informatie, rechten, huisvesting, zorg',
  'huiselijk-geweld': 'huiselijk geweld en kindermishandeling: opvang en hulp (niet de landelijke lijn)',
  'relatie-scheiding': 'relatieproblemen, scheiding, ouderschapsplan, mediation, maatschappelijk werk bij gezinsproblemen',
  eenzaamheid: 'eenzaamheid, sociaal contact, maatjes, ontmoetingsplekken en inloop',
  rouw: 'rouw en verlies: rouwbegeleiding, lotgenoten, nabestaanden',
  leefstijl: 'gezonde leefstijl: overgewicht, gezond eten, diëtist, gecombineerde leefstijlinterventie (GLI)',
  bewegen: 'sport en bewegen: beweegaanbod, buurtsportcoach, bewegen voor ouderen of chronisch zieken',
  fysiotherapie: 'fysiotherapie en oefentherapie',
  mondzorg: 'tandarts en mondzorg',
  apotheek: 'apotheek, medicijnen, medicijngebruik',
  infectieziekten: 'infectieziekten: tbc, besmettelijke ziekten, hygiëne, melding infectieziekte',
  'milieu-gezondheid': 'milieu en gezondheid: schimmel, vocht, binnenlucht, hitte, geur, lawaai',
  burenoverlast: 'burenruzie en overlast: buurtbemiddeling',
  palliatief: 'palliatieve zorg in de laatste levensfase: hospice, vrijwilligers terminale zorg',
  'wonen-met-zorg': 'wonen met zorg: verpleeghuis, beschermd/begeleid wonen, logeren met zorg',
  'herstel-lotgenoten': 'herstel en lotgenotencontact: ervaringsdeskundigen, herstelwerkplaats, zelfhulpgroepen',
  bemoeizorg: 'zorgen over iemand die zelf geen hulp vraagt: meldpunt zorgwekkend gedrag, bemoeizorg, OGGZ',
  'chronische-ziekte': 'leven met een chronische ziekte: diabetes, COPD, hart- en vaatziekten, begeleiding',
  energie: 'energiekosten en energiebesparing: energiecoach, energiearmoede',
  lhbti: 'lhbti+: ontmoeting en steun voor lesbische, homo, bi, trans en queer inwoners',
  'ehbo-reanimatie': 'EHBO- en reanimatiecursus, AED, burgerhulpverlening',
  gezondheidsvaardigheden: 'gezondheidsinformatie begrijpen: brieven van de dokter, bijsluiters, samen beslissen met zorgverlener',
};

export const places = {
  Lisselmonde: { gemeente: 'Lisselmonde', pc: '0951' },
  'Lisselmonde-Noord': { gemeente: 'Lisselmonde', pc: '0954' },
  Lisselstrand: { gemeente: 'Lisselmonde', pc: '0962' },
  Vlaskerke: { gemeente: 'Lisselmonde', pc: '0971' },
  Zoutepolder: { gemeente: 'Lisselmonde', pc: '0976' },
  Griendijk: { gemeente: 'Lisselmonde', pc: '0979' },
  Marewijk: { gemeente: 'Marewijk', pc: '0985' },
};

const REGIO = ['Lisselmonde', 'Marewijk', 'Hollerzand', 'Oostkreek'];
const GEMEENTE = ['Lisselmonde'];
const POLDER = ['Vlaskerke', 'Zoutepolder', 'Griendijk'];

// The GGD's standard footer under every entry of another provider.
const FOOT =
  ' | Dit aanbod is van een externe aanbieder en opgenomen in de sociale kaart van de GGD-regio Westmare. De GGD is niet verantwoordelijk voor inhoud, wachttijden en kosten. Controleer actuele informatie bij de aanbieder.';
const ext = (text) => `${text}${FOOT}`;

export const organizations = [];
const org = addingTo(organizations);

// ---------------------------------------------------------------- GGD Westmare: own programmes

org(
  {
    name: 'GGD Westmare - Jeugdgezondheidszorg',
    alt: 'JGZ Westmare',
    place: 'Lisselmonde',
    street: 'Ankerstraat 4',
    desc: 'De Jeugdgezondheidszorg (JGZ) van GGD Westmare volgt de gezondheid, groei en ontwikkeling van alle kinderen en jongeren van 0 tot 18 jaar in de GGD-regio. Wij zetten in op preventie, vroegsignalering en het versterken van de eigen kracht en zelfregie van gezinnen.',
  },
  [
    svc(
      'JGZ 0-4 jaar: consultatiebureau Lisselmonde',
      'Op het consultatiebureau volgen de jeugdverpleegkundige en de jeugdarts de groei en ontwikkeling van uw kind van 0 tot 4 jaar. Tijdens de contactmomenten is er aandacht voor voeding, slapen, huilen, taalontwikkeling en opvoeding, en krijgt uw kind de vaccinaties uit het Rijksvaccinatieprogramma. Vroegsignalering staat centraal: samen met ouders kijken we wat een kind nodig heeft om gezond op te groeien. Het consultatiebureau draagt bij aan de gezondheidsvaardigheden van ouders en aan een kansrijke start voor ieder kind.',
      ['consultatiebureau', 'vaccinatie', 'opvoeden'],
      { elig: 'Voor alle ouders met kinderen van 0-4 jaar in de GGD-regio. U krijgt automatisch een uitnodiging na de geboorteaangifte.', fees: 'Kosteloos.', hours: 'ma t/m vr 8.30-17.00 uur op afspraak' },
    ),
    svc(
      'JGZ-inloop Vlaskerke',
      'Inloopspreekuur van de jeugdverpleegkundige in het dorpshuis, voor wegen en meten en vragen over uw baby of peuter. Laagdrempelig aanbod voor gezinnen in de polderdorpen.',
      ['consultatiebureau'],
      { hours: 'dinsdag 9.00-11.30 uur (niet in schoolvakanties)', at: { name: 'Dorpshuis De Meekrap', street: 'Kerkring 12', place: 'Vlaskerke' }, area: POLDER },
    ),
    svc(
      'JGZ 4-18 jaar: jeugdarts en jeugdverpleegkundige op school',
      'De JGZ ziet alle kinderen in groep 2 en groep 7 en jongeren in klas 2 en 4 van het voortgezet onderwijs voor een gezondheidsonderzoek. Daarnaast kunnen leerlingen, ouders en school terecht met vragen over gezondheid, leefstijl, pesten, mentale gezondheid en schoolverzuim (medische advisering bij ziekteverzuim). Zo signaleren we vroeg en versterken we de weerbaarheid van jongeren.',
      ['jgz-school', 'opvoeden'],
      { elig: 'Leerlingen van scholen in de GGD-regio en hun ouders.', fees: 'Kosteloos.' },
    ),
    svc(
      'Stevig Ouderschap',
      'Preventief huisbezoekprogramma voor (aanstaande) ouders die een extra steuntje in de rug kunnen gebruiken, bijvoorbeeld bij weinig steun uit de omgeving, spanningen of een zware eigen jeugd. Een speciaal getrainde jeugdverpleegkundige komt 6 tot 8 keer thuis tot het kind 18 maanden is. Doel: versterken van de ouder-kindrelatie en de zelfregie van het gezin.',
      ['opvoeden', 'consultatiebureau', 'zwangerschap'],
      { apply: 'Via uw jeugdverpleegkundige, verloskundige of huisarts, of meld u zelf aan.' },
    ),
    svc(
      'Voorlichting Rijksvaccinatieprogramma en HPV-vaccinatie',
      'Informatie en vaccinatiemomenten voor kinderen en jongeren: DKTP, BMR, meningokokken en de HPV-vaccinatie (vanaf 10 jaar, inhaalprik tot 27 jaar). Voor ouders met twijfels is er een gesprek met de jeugdarts over de werking en bijwerkingen van vaccins. Zo maken ouders een geïnformeerde keuze.',
      ['vaccinatie'],
      { fees: 'Kosteloos.' },
    ),
    svc(
      'Opvoedspreekuur JGZ (telefonisch en via chat)',
      'Heeft u een vraag over slapen, eten, driftbuien, zindelijkheid, schermgebruik of puberteit? Bel of chat met een jeugdverpleegkundige. Kort advies, zo nodig een afspraak of een verwijzing.',
      ['opvoeden'],
      { online: true, hours: 'ma t/m vr 9.00-12.00 en 13.00-16.00 uur' },
    ),
    svc(
      'VVE-indicatie voor peuters',
      'De jeugdverpleegkundige beoordeelt of een peuter extra ondersteuning in de taal- of sociaal-emotionele ontwikkeling nodig heeft en geeft dan een indicatie voor voor- en vroegschoolse educatie (VVE) op een peuteropvang. Ouders met een VVE-indicatie betalen een lagere bijdrage.',
      ['kinderopvang-vve', 'consultatiebureau'],
    ),
  ],
);

org(
  {
    name: 'GGD Westmare - Infectieziektebestrijding',
    place: 'Marewijk',
    street: 'Kustweg 200',
    desc: 'De afdeling Infectieziektebestrijding beschermt de inwoners van de GGD-regio Westmare tegen besmettelijke ziekten, met bron- en contactonderzoek, vaccinatie, seksuele gezondheid en advies over hygiëne.',
  },
  [
    svc(
      'Tuberculosebestrijding (tbc)',
      'Screening, onderzoek en begeleiding bij tuberculose. Wij doen contactonderzoek rond mensen met tbc en screenen risicogroepen, waaronder nieuwkomers en arbeidsmigranten uit landen waar tbc veel voorkomt. Behandeling gebeurt in nauwe samenwerking met de longarts.',
      ['infectieziekten', 'arbeidsmigranten'],
      { area: REGIO, lang: ['nl', 'en', 'pl', 'ro'] },
    ),
    svc(
      'Reizigersadvies en reizigersvaccinatie',
      'Persoonlijk advies over vaccinaties en malariapreventie voor uw reis. Consult met een reisverpleegkundige, waarna u de benodigde vaccinaties direct kunt krijgen.',
      ['vaccinatie'],
      { fees: 'Consult € 25, vaccinaties volgens tarievenlijst. Soms vergoed via aanvullende verzekering.', area: REGIO },
    ),
    svc(
      'Centrum Seksuele Gezondheid: soa-spreekuur',
      'Gratis en anoniem soa- en hiv-onderzoek voor mensen met een verhoogd risico: jongeren tot 25 jaar, mannen die seks hebben met mannen, sekswerkers en mensen met klachten of een waarschuwing van een partner. Ook PrEP-begeleiding. We also offer consultations in English.',
      ['seksuele-gezondheid', 'lhbti'],
      { area: REGIO, lang: ['nl', 'en'], apply: 'Alleen op afspraak via telefoon of website.' },
    ),
    svc(
      'Sense-spreekuur jongeren',
      'Voor jongeren tot en met 24 jaar met vragen over seks, verliefdheid, anticonceptie, de morning-afterpil, zwangerschap of seksuele grenzen. Vertrouwelijk en gratis, je ouders hoeven het niet te weten.',
      ['seksuele-gezondheid', 'jongeren'],
      { area: REGIO },
    ),
    svc(
      'Hygiëne en infectiepreventie voor instellingen',
      'Advies en inspectie op het gebied van hygiëne voor kinderopvang, scholen, zorginstellingen, tatoeëerders en evenementen. Ook advies bij uitbraken zoals buikgriep, schurft of hoofdluis in een instelling.',
      ['infectieziekten'],
      { area: REGIO },
    ),
    svc(
      'Priklocatie Strandhal (corona en griep)',
      'Tijdelijke vaccinatielocatie voor de najaarsronde corona- en griepprik. Deze locatie is gesloten; kijk voor de griepprik bij uw huisarts.',
      ['vaccinatie'],
      { status: 'inactive', at: { name: 'Strandhal', street: 'Boulevard Zeezijde 1', place: 'Lisselstrand' } },
    ),
  ],
);

org(
  {
    name: 'GGD Westmare - Gezondheidsbevordering',
    place: 'Lisselmonde',
    street: 'Ankerstraat 4',
    desc: 'Gezondheidsbevordering ondersteunt gemeenten, scholen en inwoners bij een gezonde leefstijl en het versterken van gezondheidsvaardigheden, met extra aandacht voor inwoners met een kwetsbare gezondheid en gezondheidsachterstanden.',
  },
  [
    svc(
      'Gezonde Leefstijl Lisselmonde (integrale aanpak)',
      'Binnen deze integrale aanpak werken GGD, huisartsen, buurtsportcoaches en diëtisten samen aan een gezonde leefstijl voor alle inwoners. Aandachtspunten zijn overgewicht, bewegen, gezonde voeding, slaap en ontspanning. Inwoners met overgewicht kunnen via de huisarts deelnemen aan de gecombineerde leefstijlinterventie (GLI). Het programma sluit aan bij de regionale preventieagenda van de GGD-regio.',
      ['leefstijl', 'bewegen'],
    ),
    svc(
      'Snap je gezondheid: workshop gezondheidsvaardigheden',
      'Begrijpt u niet altijd wat de dokter zegt of wat er in een brief van het ziekenhuis of in een bijsluiter staat? In deze workshop van drie bijeenkomsten oefenen we met het lezen van gezondheidsinformatie, het voorbereiden van een gesprek met een zorgverlener en het stellen van vragen (de 3 goede vragen). Speciaal voor inwoners met beperkte gezondheidsvaardigheden of laaggeletterdheid. In samenwerking met het Taalhuis.',
      ['gezondheidsvaardigheden', 'taal'],
      { at: { name: 'Bibliotheek Kust, vestiging Lisselmonde', street: 'Marktplein 9', place: 'Lisselmonde' }, fees: 'Gratis.' },
    ),
    svc(
      'Stoppen met roken en vapen: begeleiding en Rookvrije Generatie',
      'Wilt u stoppen met roken of vapen? De GGD verwijst naar bewezen effectieve stoppen-met-rokenprogramma’s bij de huisarts of online, en ondersteunt sportclubs, speeltuinen en scholen op weg naar een rookvrije omgeving. Voor zwangeren en ouders van jonge kinderen is er extra begeleiding via het consultatiebureau.',
      ['stoppen-roken'],
    ),
    svc(
      'Sterk in je hoofd: cursus mentale weerbaarheid voor jongeren',
      'Groepstraining van zes bijeenkomsten voor jongeren van 12 tot 18 jaar die last hebben van stress, faalangst, somberheid of piekeren. Jongeren leren hun gedachten en gevoelens te herkennen en krijgen handvatten om weerbaarder te worden. Vroegsignalering en preventie van psychische klachten staan centraal.',
      ['mentale-weerbaarheid', 'jongeren'],
      { elig: 'Jongeren 12-18 jaar, aanmelding via de jeugdverpleegkundige, school of zelf.' },
    ),
    svc(
      'In Balans: valpreventie voor thuiswonende ouderen',
      'Eén op de drie 65-plussers valt minstens één keer per jaar. Met de valrisicotest en het beweegprogramma In Balans werken ouderen aan kracht, evenwicht en zelfvertrouwen. Ook krijgt u tips voor een veilige woning. Uitgevoerd met fysiotherapeuten en buurtsportcoaches.',
      ['valpreventie', 'bewegen', 'ouderen'],
      { elig: 'Thuiswonende inwoners van 65 jaar en ouder met (angst voor) vallen.', fees: 'Eigen bijdrage € 20 voor 10 lessen.' },
    ),
    svc(
      'Helder op school: alcohol- en middelenpreventie',
      'Lessen, ouderavonden en advies aan scholen over alcohol, roken, vapen, lachgas en drugs. Ouders krijgen tips om met hun kind in gesprek te gaan en duidelijke afspraken te maken.',
      ['verslaving', 'jgz-school', 'jongeren'],
    ),
    svc(
      'Gezonde School-advies',
      'Advies voor scholen die werken aan het vignet Gezonde School (voeding, bewegen, welbevinden, relaties en seksualiteit, middelengebruik).',
      ['jgz-school', 'leefstijl'],
      { phone: false },
    ),
    svc(
      'Zien, vragen, handelen: gatekeepertraining suïcidepreventie',
      'Training voor professionals, vrijwilligers en sleutelfiguren (zoals docenten, jongerenwerkers, huisartsassistenten en mensen in de visserij) die willen leren signalen van suïcidale gedachten te herkennen, het gesprek aan te gaan en door te verwijzen. Onderdeel van de regionale aanpak suïcidepreventie van de GGD-regio. Let op: dit is geen hulplijn.',
      ['suicidepreventie'],
      { area: REGIO, fees: 'Gratis voor deelnemers uit de GGD-regio.' },
    ),
  ],
);

org(
  {
    name: 'GGD Westmare - Medische Milieukunde',
    place: 'Marewijk',
    street: 'Kustweg 200',
    desc: 'Medische Milieukunde adviseert inwoners en gemeenten over de invloed van de leefomgeving op de gezondheid.',
  },
  [
    svc(
      'Binnenmilieu-advies: vocht, schimmel en ventilatie',
      'Heeft u last van vocht of schimmel in huis, of twijfelt u of uw klachten te maken hebben met de binnenlucht? Een milieugezondheidskundige geeft telefonisch advies en komt zo nodig langs. Bij huurwoningen adviseren we ook over het gesprek met de verhuurder. Veel voorkomend in stacaravans en chalets.',
      ['milieu-gezondheid', 'wonen'],
      { area: REGIO },
    ),
    svc(
      'Hitte, UV en zwemwater: gezondheidsadvies',
      'Advies over hitte, zonbescherming en zwemwaterkwaliteit aan de kust, voor inwoners, zorginstellingen en evenementen. Tijdens hitteperiodes extra aandacht voor kwetsbare ouderen.',
      ['milieu-gezondheid'],
      { area: REGIO, phone: false },
    ),
    svc(
      'Meldpunt geur en geluid',
      'Meld geurhinder (bijvoorbeeld van visverwerking of mest) of geluidsoverlast waarvan u gezondheidsklachten heeft. Wij onderzoeken en adviseren de gemeente.',
      ['milieu-gezondheid'],
      { area: REGIO },
    ),
  ],
);

org(
  {
    name: 'GGD Westmare - Bijzondere Zorg (OGGZ)',
    place: 'Lisselmonde',
    street: 'Ankerstraat 4',
    desc: 'Openbare geestelijke gezondheidszorg (OGGZ): de GGD signaleert en ondersteunt inwoners in kwetsbare situaties die zelf geen hulp vragen, en houdt toezicht op kinderopvang.',
  },
  [
    svc(
      'Meldpunt Zorg en Overlast',
      'Maakt u zich zorgen over een buurman, familielid of klant die verwaarloosd lijkt, verward is, zijn huis laat vervuilen of geen hulp accepteert? Meld dit bij het Meldpunt Zorg en Overlast. Een medewerker gaat zo nodig op huisbezoek en zoekt samen met de persoon naar passende zorg. Melden kan ook anoniem. Bij acuut gevaar belt u de hulpdiensten.',
      ['bemoeizorg'],
      { hours: 'ma t/m vr 9.00-17.00 uur' },
    ),
    svc(
      'Bemoeizorgteam Kust',
      'Outreachend team van sociaal psychiatrisch verpleegkundigen en maatschappelijk werkers dat actief op mensen afgaat die zorg mijden: mensen met psychische problemen, verslaving, vervuiling of dreigende huisuitzetting. Werkt samen met wijkteam, politie en woningcorporatie.',
      ['bemoeizorg', 'dakloosheid'],
      { area: REGIO },
    ),
    svc(
      'Aanpak permanente bewoning Vakantiepark De Duinpieper',
      'Op vakantiepark De Duinpieper wonen veel mensen permanent, vaak zonder inschrijving en in kwetsbare omstandigheden. GGD, gemeente en welzijn houden wekelijks spreekuur op het park voor vragen over inschrijving in de BRP, zorgverzekering, geld, gezondheid en woningzoeken. Vroegsignalering en het versterken van zelfregie staan centraal.',
      ['wonen', 'bemoeizorg', 'geldbeheer'],
      { hours: 'woensdag 13.00-16.00 uur', at: { name: 'Parkhuis De Duinpieper', street: 'Duinpieperlaan 1', place: 'Lisselstrand' } },
    ),
    svc(
      'Toezicht kinderopvang',
      'De GGD inspecteert in opdracht van de gemeente alle kinderdagverblijven, bso’s, peuteropvang en gastouders op kwaliteit en veiligheid. Inspectierapporten zijn openbaar.',
      ['kinderopvang-vve'],
      { area: REGIO, phone: false },
    ),
    svc(
      'Psychosociale hulp na rampen en incidenten',
      'Na een ingrijpende gebeurtenis in de regio (zoals een scheepsramp, brand of ernstig ongeval) coördineert de GGD psychosociale ondersteuning voor getroffenen, nabestaanden en omstanders: informatie, opvang en nazorg.',
      ['rouw', 'mentale-weerbaarheid'],
      { area: REGIO },
    ),
  ],
);

// ---------------------------------------------------------------- gemeente

org(
  {
    name: 'Gemeente Lisselmonde',
    place: 'Lisselmonde',
    street: 'Raadhuisplein 1',
    desc: 'De gemeente Lisselmonde: loket voor Wmo, werk en inkomen, jeugd en wonen.',
  },
  [
    svc(
      'Zorgloket (Wmo)',
      ext('Aanvragen van ondersteuning uit de Wmo, zoals huishoudelijke hulp, hulpmiddelen, woningaanpassing, begeleiding of dagbesteding. Na uw melding volgt een keukentafelgesprek.'),
      ['wmo-toegang', 'huishoudelijke-hulp', 'hulpmiddelen', 'dagbesteding'],
      { hours: 'ma t/m do 9.00-12.30 uur' },
    ),
    svc(
      'Werk en Inkomen',
      ext('Bijstandsuitkering, bijzondere bijstand, individuele inkomenstoeslag en ondersteuning naar werk.'),
      ['inkomen', 'werk'],
    ),
    svc(
      'Schuldhulpverlening gemeente Lisselmonde',
      ext('Hulp bij problematische schulden: intake, stabilisatie, schuldregeling of doorverwijzing. Ook vroegsignalering van betalingsachterstanden bij huur en energie.'),
      ['schulden'],
      { apply: 'Aanmelden via het Zorgloket of online formulier.' },
    ),
    svc('Meedoenpas en minimaregelingen', ext('Korting op sport, cultuur en zwemles voor huishoudens met een laag inkomen. Ook collectieve zorgverzekering voor minima.'), ['inkomen']),
    svc('Jeugd- en Gezinsteam Lisselmonde', ext('Voor ouders, kinderen en jongeren met vragen over opvoeden en opgroeien. Toegang tot jeugdhulp.'), ['jeugdhulp', 'opvoeden']),
    svc('Leerplicht', ext('Leerplichtambtenaar bij schoolverzuim en thuiszitten.'), ['jgz-school'], { phone: false }),
    svc(
      'Inloop schuldhulp Griendijk',
      ext('Maandelijks inloopspreekuur in Griendijk. Opgeheven per 1 januari; kom naar het Zorgloket in Lisselmonde.'),
      ['schulden'],
      { status: 'inactive', at: { name: 'Dorpshuis Griendijk', street: 'Dijkstraat 30', place: 'Griendijk' } },
    ),
    svc('Urgentie en huisvesting', ext('Aanvraag urgentieverklaring, informatie over woningtoewijzing en permanente bewoning van recreatiewoningen.'), ['wonen']),
  ],
);

// ---------------------------------------------------------------- eerstelijn (huisarts, apotheek, paramedisch)

org(
  { name: 'Huisartsenpraktijk De Zeereep', place: 'Lisselmonde', street: 'Zeereep 22', desc: 'Huisartsenpraktijk met drie huisartsen, POH-somatiek en POH-GGZ.' },
  [
    svc('Huisartsenzorg', ext('Spreekuur op afspraak, visites, kleine verrichtingen.'), ['huisarts']),
    svc('POH-GGZ spreekuur', ext('Kortdurende begeleiding bij psychische klachten zoals stress, somberheid, angst of slaapproblemen, na verwijzing van uw huisarts.'), ['poh-ggz', 'mentale-weerbaarheid']),
    svc('Ketenzorg diabetes, COPD en CVRM', ext('Controles en begeleiding door de praktijkondersteuner somatiek.'), ['chronische-ziekte']),
  ],
);

org(
  { name: 'Gezondheidscentrum Polderhart', place: 'Zoutepolder', street: 'Polderweg 3', desc: 'Huisartsen, apotheekhoudend, fysiotherapie en wijkverpleging onder één dak voor de polderdorpen.' },
  [
    svc('Huisartsen Polderhart', ext('Apotheekhoudende huisartsenpraktijk voor Zoutepolder, Vlaskerke en Griendijk.'), ['huisarts', 'apotheek'], { area: POLDER }),
    svc('Fysiotherapie Polderhart', ext('Fysiotherapie, manuele therapie en oefengroepen.'), ['fysiotherapie'], { area: POLDER }),
    svc('Medicatiebezorging polderdorpen', ext('Bezorging van uw medicijnen aan huis op dinsdag en vrijdag.'), ['apotheek'], { area: POLDER, phone: false }),
  ],
);

org(
  { name: 'Huisartsenpost Kust en Polder', place: 'Marewijk', street: 'Ziekenhuislaan 5', desc: 'Huisartsenspoedpost bij Ziekenhuis Westmare.' },
  [svc('Huisartsenpost (avond, nacht en weekend)', ext('Voor dringende medische zorg die niet kan wachten tot de eigen huisarts weer open is. Altijd eerst bellen.'), ['huisarts'], { area: REGIO, hours: 'werkdagen 17.00-8.00 uur, weekend en feestdagen 24 uur' })],
);

org(
  { name: 'Beach Medical Lisselstrand', place: 'Lisselstrand', street: 'Badhuisplein 6', desc: 'Seasonal GP practice for tourists and visitors.' },
  [
    svc(
      'Medical care for tourists and visitors',
      ext('Summer GP surgery for holidaymakers, seasonal workers and visitors without a Dutch GP: minor injuries, jellyfish stings, sunburn, prescriptions. Walk-in, bring your insurance card (EHIC).'),
      ['huisarts', 'arbeidsmigranten'],
      { lang: ['en', 'de', 'nl'], hours: '1 May - 30 September, daily 9.00-13.00', fees: 'Insurance or payment on site.' },
    ),
  ],
);

org(
  { name: 'Apotheek Havenkade', place: 'Lisselmonde', street: 'Havenkade 17', desc: 'Openbare apotheek.' },
  [
    svc('Apotheek Havenkade', ext('Medicijnen, advies over medicijngebruik, medicatiebeoordeling voor ouderen.'), ['apotheek']),
    svc('Medicijnrol en baxter', ext('Uw medicijnen per innamemoment verpakt, ook bezorging aan huis.'), ['apotheek', 'ouderen']),
  ],
);

org(
  { name: 'Tandartsenpraktijk Schelpenpad', place: 'Lisselmonde', street: 'Schelpenpad 2', desc: 'Algemene tandartspraktijk.' },
  [
    svc('Tandarts en mondhygiënist', ext('Controle, behandeling en mondhygiëne. Nieuwe patiënten welkom (wachtlijst).'), ['mondzorg']),
    svc('Mondzorg aan huis', ext('Tandheelkundige zorg thuis of in het verpleeghuis voor wie niet naar de praktijk kan komen.'), ['mondzorg', 'ouderen']),
  ],
);

org(
  { name: 'Fysio & Fit Lisselstrand', place: 'Lisselstrand', street: 'Duinweg 40', desc: 'Fysiotherapie, bekkenfysiotherapie en fitness.' },
  [
    svc('Fysiotherapie en bekkenfysiotherapie', ext('Behandeling van klachten aan spieren en gewrichten; bekkenbodemtraining.'), ['fysiotherapie']),
    svc('Fit na je 55e', ext('Begeleide training in kleine groepen voor 55-plussers. Abonnement.'), ['bewegen', 'ouderen'], { fees: '€ 34,50 per maand.' }),
  ],
);

org(
  { name: 'Diëtistenpraktijk Zilt', place: 'Lisselmonde-Noord', street: 'Zilvermeeuwlaan 8', desc: 'Diëtisten en leefstijlcoaches.' },
  [svc('Diëtist en GLI-leefstijlcoach', ext('Voedingsadvies bij overgewicht, diabetes, darmklachten en ondervoeding. Uitvoerder van de gecombineerde leefstijlinterventie (GLI) Samen Gezond Op Gewicht.'), ['leefstijl', 'chronische-ziekte'])],
);

org(
  { name: 'Verloskundigenpraktijk Golfslag', place: 'Lisselmonde', street: 'Loodsweg 11', desc: 'Verloskundigen voor Lisselmonde en de polderdorpen.' },
  [
    svc('Verloskundige zorg', ext('Controles tijdens de zwangerschap, bevalling thuis of in het ziekenhuis en nacontrole.'), ['zwangerschap']),
    svc('Zwangerschapscursus en echo’s', ext('Zwangerschapsgym, informatieavonden over bevallen en borstvoeding, pretecho’s.'), ['zwangerschap'], { fees: 'Cursus € 95. Pretecho € 45.' }),
  ],
);

org(
  { name: 'Kraamzorg Vloedlijn BV', place: 'Lisselmonde-Noord', street: 'Eb en Vloedstraat 2', desc: 'Kraamzorgorganisatie.' },
  [svc('Kraamzorg', ext('Kraamverzorgende in de eerste 8 dagen na de bevalling. Inschrijven vóór week 16 van de zwangerschap.'), ['zwangerschap'])],
);

// ---------------------------------------------------------------- GGZ en verslaving

org(
  { name: 'GGZ Westmare', place: 'Marewijk', street: 'Duinzichtlaan 50', desc: 'Specialistische geestelijke gezondheidszorg voor de kustregio.' },
  [
    svc('Specialistische GGZ volwassenen', ext('Diagnostiek en behandeling bij ernstige of complexe psychische problemen zoals depressie, angststoornissen, trauma, bipolaire stoornis en psychose. Verwijzing huisarts nodig.'), ['ggz'], { area: REGIO }),
    svc('FACT-team Kust', ext('Langdurige ambulante behandeling en begeleiding thuis voor mensen met een ernstige psychiatrische aandoening (EPA).'), ['ggz', 'bemoeizorg'], { area: REGIO }),
    svc('Herstelwerkplaats De Branding', ext('Inloop, herstelcursussen en lotgenotencontact onder leiding van ervaringsdeskundigen. Geen verwijzing nodig.'), ['herstel-lotgenoten', 'mentale-weerbaarheid'], { at: { name: 'De Branding', street: 'Havenkade 41', place: 'Lisselmonde' } }),
    svc('KOPP/KVO-groep', ext('Groep voor kinderen en jongeren van ouders met psychische of verslavingsproblemen.'), ['jeugdhulp', 'mentale-weerbaarheid'], { area: REGIO }),
  ],
);

org(
  { name: 'Psychologenpraktijk Meeuwenduin', place: 'Lisselstrand', street: 'Meeuwenduin 5', desc: 'Vrijgevestigde praktijk voor basis-GGZ.' },
  [svc('Generalistische basis-GGZ', ext('Kortdurende behandeling door GZ-psycholoog bij angst, depressie, burn-out en rouw. Wachttijd circa 10 weken.'), ['ggz'])],
);

org(
  { name: 'Kinderduin Jeugd-GGZ', place: 'Lisselmonde', street: 'Molenpad 14', desc: 'Praktijk voor kinder- en jeugdpsychologie.' },
  [svc('Jeugd-GGZ behandeling', ext('Onderzoek en behandeling van kinderen en jongeren met angst, ADHD, autisme, somberheid of trauma. Met verwijzing.'), ['ggz', 'jeugdhulp'])],
);

org(
  { name: 'MentaalFit Online', place: 'Marewijk', street: 'Kustweg 210', desc: 'eHealth-aanbieder (commercieel), ingekocht door de gemeenten in de GGD-regio.' },
  [
    svc(
      'Online zelfhulp bij stress en somberheid',
      ext('Anonieme online cursussen bij stress, piekeren, slecht slapen en somberheid, met een coach via chat. Also available in English.'),
      ['mentale-weerbaarheid'],
      { online: true, area: REGIO, lang: ['nl', 'en'], fees: 'Gratis voor inwoners van de GGD-regio.' },
    ),
  ],
);

org(
  { name: 'Verslavingszorg Tij', place: 'Lisselmonde', street: 'Visserslaan 60', desc: 'Verslavingszorg in de kustregio.' },
  [
    svc('Ambulante verslavingszorg', ext('Behandeling bij problemen met alcohol, drugs, medicijnen of gokken. Ook voor naasten.'), ['verslaving'], { area: REGIO }),
    svc('Anoniem spreekuur alcohol en drugs', ext('Gratis en anoniem advies over uw eigen gebruik of dat van een ander.'), ['verslaving'], { area: REGIO, online: true }),
  ],
);

org(
  { name: 'AA Lisselmonde', place: 'Lisselmonde', street: 'Kerkplein 3', desc: 'Zelfhulpgroep Anonieme Alcoholisten.' },
  [svc('AA-bijeenkomst', ext('Wekelijkse bijeenkomst voor mensen die willen stoppen met drinken.'), ['verslaving', 'herstel-lotgenoten'], { hours: 'donderdag 20.00 uur', phone: false })],
);

// ---------------------------------------------------------------- jeugd en gezin

org(
  { name: 'Stichting Kustwelzijn', place: 'Lisselmonde', street: 'Visserslaan 2', desc: 'Welzijnsorganisatie voor Lisselmonde: jongerenwerk, ouderenwerk, mantelzorg, maatschappelijk werk en vrijwilligers.' },
  [
    svc('Jongerenwerk Lisselmonde en Lisselstrand', ext('Jongerencentrum De Boei, ambulant jongerenwerk op straat en het strand, hulp bij vragen over school, werk en thuis.'), ['jongeren']),
    svc('Jongerenwerk polderdorpen', ext('Rijdend jongerenwerk met de Jongerenbus in Vlaskerke, Zoutepolder en Griendijk.'), ['jongeren'], { area: POLDER }),
    svc('Schoolmaatschappelijk werk', ext('Maatschappelijk werker op basis- en voortgezet onderwijs voor leerlingen en ouders.'), ['jeugdhulp', 'jgz-school']),
    svc('Ouderenadviseur', ext('Huisbezoek en advies voor 65-plussers over wonen, zorg, geld en welzijn.'), ['ouderen', 'clientondersteuning']),
    svc('Steunpunt Mantelzorg Lisselmonde', ext('Informatie, advies, lotgenotengroepen en respijtmogelijkheden voor mantelzorgers. Ook de jaarlijkse mantelzorgwaardering.'), ['mantelzorg']),
    svc('Jonge Mantelzorgers', ext('Activiteiten en een luisterend oor voor kinderen en jongeren die zorgen voor een ziek gezinslid.'), ['mantelzorg', 'jongeren']),
    svc('Maatjesproject Aanspraak', ext('Een vrijwillig maatje voor wie weinig contacten heeft: samen wandelen, koffie drinken of iets ondernemen.'), ['eenzaamheid']),
    svc('Algemeen maatschappelijk werk', ext('Hulp bij problemen met relaties, scheiding, geld, opvoeding of huiselijk geweld.'), ['relatie-scheiding', 'geldbeheer', 'huiselijk-geweld']),
    svc('Vrijwilligerscentrale', ext('Vacaturebank voor vrijwilligerswerk en ondersteuning van vrijwilligersorganisaties.'), ['vrijwilligerswerk']),
    svc('Buurtbemiddeling', ext('Getrainde vrijwilligers helpen buren om ruzies en overlast samen op te lossen.'), ['burenoverlast']),
    svc('Formulierenspreekuur', ext('Hulp bij het invullen van formulieren en het begrijpen van brieven van instanties.'), ['geldbeheer', 'gezondheidsvaardigheden'], { hours: 'maandag en donderdag 9.30-11.30 uur' }),
    svc('Sociaal raadslieden', ext('Gratis advies over toeslagen, uitkeringen, belastingen, bezwaarschriften en juridische vragen.'), ['juridisch', 'inkomen']),
    svc('Koffie-inloop De Netboetster', ext('Wekelijkse inloop in de oude visafslag, opgezet door vrouwen uit vissersfamilies. Iedereen welkom.'), ['eenzaamheid', 'ouderen'], { at: { name: 'Oude Visafslag', street: 'Noorderhaven 1', place: 'Lisselmonde' } }),
    svc('Nieuw aan Zee: welkomstgroep', ext('Ontmoetingsgroep voor 55-plussers die (na hun pensioen) in Lisselmonde zijn komen wonen en nog weinig mensen kennen.'), ['eenzaamheid', 'ouderen']),
  ],
);

org(
  { name: 'Home-Start Westkust', place: 'Lisselmonde', street: 'Visserslaan 2', desc: 'Vrijwillige gezinsondersteuning.' },
  [svc('Home-Start', ext('Een getrainde vrijwilliger komt wekelijks bij gezinnen met jonge kinderen voor steun, een luisterend oor en praktische hulp.'), ['opvoeden'])],
);

org(
  { name: 'Kinderopvang De Zandkorrel', place: 'Lisselmonde-Noord', street: 'Helmgras 10', desc: 'Kinderopvangorganisatie (commercieel).' },
  [
    svc('Peuteropvang met VVE', ext('Peutergroepen voor 2- tot 4-jarigen, met voorschoolse educatie.'), ['kinderopvang-vve']),
    svc('Kinderdagverblijf en bso', ext('Dagopvang 0-4 en buitenschoolse opvang 4-12 jaar.'), ['kinderopvang-vve'], { fees: 'Volgens uurtarief, kinderopvangtoeslag mogelijk.' }),
  ],
);

org(
  { name: 'Stichting Leergeld Westmare', place: 'Lisselmonde', street: 'Kerkplein 3', desc: 'Helpt kinderen uit gezinnen met een laag inkomen meedoen.' },
  [svc('Leergeld: meedoen op school en sport', ext('Vergoeding voor schoolspullen, laptop, fiets, zwemles of contributie voor kinderen van 4 tot 18 jaar.'), ['inkomen'], { elig: 'Inkomen tot 130% van het sociaal minimum.' })],
);

// ---------------------------------------------------------------- ouderen, zorg, mantelzorg

org(
  { name: 'Kust Thuiszorg', place: 'Lisselmonde', street: 'Dijkstraat 80', desc: 'Wijkverpleging en thuiszorg.' },
  [
    svc('Wijkverpleging', ext('Verpleging en persoonlijke verzorging thuis, zoals wassen, aankleden, steunkousen en wondzorg. Geen verwijzing nodig.'), ['thuiszorg']),
    svc('Huishoudelijke ondersteuning (Wmo)', ext('Hulp bij het schoonhouden van uw huis, met indicatie van de gemeente.'), ['huishoudelijke-hulp']),
  ],
);

org(
  { name: 'SchoonThuis Service BV', place: 'Lisselmonde-Noord', street: 'Industrieweg 7', desc: 'Particuliere huishoudelijke dienstverlening.' },
  [svc('Particuliere schoonmaakhulp', ext('Vaste hulp aan huis vanaf 2 uur per week, ook voor vakantiewoningen.'), ['huishoudelijke-hulp'], { fees: '€ 29,95 per uur.' })],
);

org(
  { name: 'Zorgcentrum De Kwelder', place: 'Lisselmonde', street: 'Kwelderweg 100', desc: 'Verpleeghuis, kleinschalig wonen en dagbesteding.' },
  [
    svc('Verpleeghuiszorg en kleinschalig wonen', ext('Wonen met 24-uurszorg voor mensen met dementie of een lichamelijke aandoening. Indicatie Wlz nodig.'), ['wonen-met-zorg', 'dementie']),
    svc('Dagbesteding ouderen', ext('Dagprogramma voor thuiswonende ouderen, ook met geheugenproblemen, met vervoer.'), ['dagbesteding', 'dementie', 'ouderen']),
    svc('Logeerhuis De Kwelder', ext('Kortdurend logeren zodat de mantelzorger even op adem kan komen.'), ['mantelzorg', 'wonen-met-zorg']),
  ],
);

org(
  { name: 'Alzheimer Westmare', place: 'Lisselmonde', street: 'Kwelderweg 100', desc: 'Vrijwilligersafdeling.' },
  [
    svc('Alzheimer Café Lisselmonde', ext('Maandelijkse avond met informatie en gesprek voor mensen met dementie, hun naasten en belangstellenden.'), ['dementie', 'mantelzorg'], { phone: false }),
    svc('Casemanagement dementie', ext('Vaste casemanager vanaf de diagnose, voor de persoon met dementie en mantelzorger.'), ['dementie', 'clientondersteuning']),
  ],
);

org(
  { name: 'Hospice Het Getij', place: 'Griendijk', street: 'Slikweg 4', desc: 'Bijna-thuishuis met vier kamers.' },
  [
    svc('Hospice', ext('Zorg en aandacht in de laatste levensfase.'), ['palliatief']),
    svc('VPTZ Kust: vrijwilligers terminale zorg thuis', ext('Vrijwilligers waken en ondersteunen thuis, zodat de mantelzorger kan rusten.'), ['palliatief', 'mantelzorg']),
  ],
);

org(
  { name: 'Automaatje Lisselmonde', place: 'Lisselmonde', street: 'Visserslaan 2', desc: 'Vrijwillige chauffeurs.' },
  [svc('Automaatje', ext('Vrijwilligers rijden u in hun eigen auto naar de dokter, het ziekenhuis of familie. Kleine kilometervergoeding.'), ['vervoer', 'ouderen'], { fees: '€ 0,35 per km.' })],
);

org(
  { name: 'Regiotaxi Westmare', place: 'Marewijk', street: 'Stationsplein 2', desc: 'Collectief vraagafhankelijk vervoer.' },
  [svc('Regiotaxi', ext('Deur-tot-deurvervoer in de regio. Met Wmo-pas tegen gereduceerd tarief.'), ['vervoer', 'hulpmiddelen'], { area: REGIO })],
);

org(
  { name: 'Maaltijdservice Zeewind', place: 'Lisselmonde-Noord', street: 'Industrieweg 12', desc: 'Commerciële maaltijdservice.' },
  [svc('Verse maaltijden aan huis', ext('Dagelijks een verse of diepvriesmaaltijd bezorgd, ook diëten.'), ['maaltijden'], { fees: 'Vanaf € 8,95 per maaltijd.' })],
);

org(
  { name: 'Samen aan Tafel Polderdorpen', place: 'Vlaskerke', street: 'Kerkring 12', desc: 'Vrijwilligersinitiatief.' },
  [svc('Samen aan Tafel', ext('Elke vrijdag samen een warme maaltijd in het dorpshuis, voor wie niet graag alleen eet.'), ['maaltijden', 'eenzaamheid'], { area: POLDER, fees: '€ 6,50.' })],
);

org(
  { name: 'Medipunt Hulpmiddelen', place: 'Lisselmonde-Noord', street: 'Industrieweg 3', desc: 'Winkel in zorghulpmiddelen (commercieel).' },
  [svc('Hulpmiddelen kopen en lenen', ext('Rollators, krukken, douchestoelen en rolstoelen: te koop, te huur of tijdelijk te leen.'), ['hulpmiddelen'])],
);

org(
  { name: 'Seniorenvereniging De Zilvermeeuw', place: 'Lisselmonde', street: 'Kerkplein 3', desc: 'Belangenvereniging voor senioren.' },
  [
    svc('Activiteiten en belastinghulp senioren', ext('Koersbal, uitstapjes, lezingen en hulp bij belastingaangifte door vrijwilligers.'), ['ouderen', 'eenzaamheid', 'geldbeheer']),
    svc('Ouderengym Vlaskerke', ext('Gestopt wegens gebrek aan vrijwilligers.'), ['bewegen', 'ouderen'], { status: 'inactive', phone: false }),
  ],
);

// ---------------------------------------------------------------- beperking en cliëntondersteuning

org(
  { name: 'Stichting Duinroos', place: 'Lisselmonde-Noord', street: 'Duinroosweg 1', desc: 'Zorg voor mensen met een verstandelijke beperking.' },
  [
    svc('Begeleid wonen Duinroos', ext('Wonen met begeleiding voor volwassenen met een (licht) verstandelijke beperking of autisme.'), ['beperking', 'wonen-met-zorg']),
    svc('Dagbesteding De Zeester', ext('Werkplaats, strandcafé en creatieve groep voor mensen met een beperking.'), ['dagbesteding', 'beperking']),
    svc('Ambulante begeleiding thuis', ext('Begeleiding bij dagstructuur, geld en huishouden voor mensen met een beperking die zelfstandig wonen.'), ['beperking', 'geldbeheer']),
  ],
);

org(
  { name: 'Wegwijzer Cliëntondersteuning Westmare', place: 'Lisselmonde', street: 'Raadhuisplein 5', desc: 'Onafhankelijke cliëntondersteuning.' },
  [
    svc('Onafhankelijke cliëntondersteuning', ext('Gratis ondersteuner die meedenkt, meegaat naar het keukentafelgesprek en helpt bij Wmo, Wlz, Jeugdwet of Participatiewet.'), ['clientondersteuning', 'wmo-toegang']),
    svc('Cliëntondersteuning bij beperking en autisme', ext('Voor mensen met een beperking, autisme of een chronische ziekte en hun ouders: van school tot werk en wonen.'), ['clientondersteuning', 'beperking']),
  ],
);

org(
  { name: 'Stichting Horen en Zien aan Zee', place: 'Lisselmonde', street: 'Marktplein 9', desc: 'Vrijwilligers voor slechthorenden en slechtzienden.' },
  [svc('Hoorspreekuur en hulpmiddelen voor slechtzienden', ext('Maandelijks spreekuur over hoortoestellen, ringleiding en loepen.'), ['beperking', 'hulpmiddelen'], { phone: false })],
);

// ---------------------------------------------------------------- geld, werk, wonen

org(
  { name: 'SchuldHulpMaatje Lisselmonde', place: 'Lisselmonde', street: 'Kerkplein 3', desc: 'Vrijwillige schuldhulpmaatjes.' },
  [svc('SchuldHulpMaatje', ext('Een getraind maatje helpt u uw schulden op een rij te zetten, post te ordenen en contact te leggen met schuldeisers.'), ['schulden', 'geldbeheer'])],
);

org(
  { name: 'Budgetbureau Kustlijn BV', place: 'Marewijk', street: 'Kustweg 88', desc: 'Bewindvoering en budgetbeheer (commercieel).' },
  [svc('Beschermingsbewind en budgetbeheer', ext('Professionele bewindvoerder beheert uw inkomsten en betaalt vaste lasten. Via de kantonrechter.'), ['geldbeheer', 'schulden'], { area: REGIO, fees: 'Volgens landelijke tarieven; vaak via bijzondere bijstand vergoed.' })],
);

org(
  { name: 'Voedselbank Lisselmonde', place: 'Lisselmonde-Noord', street: 'Industrieweg 20', desc: 'Voedselhulp.' },
  [svc('Voedselpakket', ext('Wekelijks een voedselpakket voor huishoudens onder de norm. Aanmelden via een hulpverlener.'), ['voedselhulp'], { hours: 'vrijdag 13.00-15.00 uur' })],
);

org(
  { name: 'Kringloop Het Wrakhout', place: 'Lisselmonde-Noord', street: 'Industrieweg 22', desc: 'Kringloopwinkel en leerwerkbedrijf.' },
  [
    svc('Kringloopwinkel en kledingbank', ext('Tweedehands meubels, huisraad en kleding. Met een verwijsbrief gratis kleding.'), ['kleding-spullen']),
    svc('Leerwerkplekken', ext('Werkervaring opdoen in winkel, transport of werkplaats, met begeleiding.'), ['werk', 'dagbesteding']),
  ],
);

org(
  { name: 'Energieloket Westmare', place: 'Lisselmonde', street: 'Raadhuisplein 1', desc: 'Energieadvies.' },
  [svc('Energiecoach aan huis', ext('Een vrijwillige energiecoach geeft tips om energie en geld te besparen en brengt gratis tochtstrips en ledlampen mee.'), ['energie'])],
);

org(
  { name: 'Rechtshulppunt Westmare', place: 'Marewijk', street: 'Gerechtsplein 1', desc: 'Gratis juridisch advies.' },
  [svc('Juridisch spreekuur', ext('Advies over huur, arbeid, uitkering, schulden, scheiding en consumentenzaken.'), ['juridisch'], { area: REGIO })],
);

org(
  { name: 'Werkplein Westmare', place: 'Marewijk', street: 'Stationsplein 4', desc: 'Regionaal werkgeversservicepunt en re-integratie.' },
  [svc('Werkplein', ext('Hulp bij het vinden van werk, sollicitatietraining, jobcoaching en banen in het toerisme.'), ['werk'], { area: REGIO })],
);

org(
  { name: 'Strand & Horeca Flex', place: 'Lisselstrand', street: 'Boulevard Zeezijde 30', desc: 'Uitzendbureau (commercieel).' },
  [svc('Seizoensbanen', ext('Vacatures in strandpaviljoens, hotels en campings. Seasonal jobs, English spoken.'), ['werk'], { lang: ['nl', 'en'] })],
);

org(
  { name: 'Woonstichting Duin & Dijk', place: 'Lisselmonde', street: 'Havenkade 50', desc: 'Woningcorporatie.' },
  [
    svc('Woningzoekenden en huurders', ext('Inschrijven als woningzoekende, reparaties en vragen over uw huur.'), ['wonen']),
    svc('Vroeg Eropaf bij huurachterstand', ext('Bij huurachterstand komen we langs om samen een oplossing te vinden en huisuitzetting te voorkomen.'), ['schulden', 'wonen']),
  ],
);

org(
  { name: 'De Vuurtoren Opvang', place: 'Lisselmonde', street: 'Reddingsweg 9', desc: 'Maatschappelijke opvang.' },
  [
    svc('Nachtopvang De Vuurtoren', ext('Slaapplaats, douche en ontbijt voor dak- en thuislozen.'), ['dakloosheid'], { hours: 'dagelijks 21.00-9.00 uur' }),
    svc('Centrale toegang opvang en beschermd wonen', ext('Aanmelding voor maatschappelijke opvang en beschermd wonen in de regio.'), ['dakloosheid', 'wonen-met-zorg'], { area: REGIO }),
  ],
);

org(
  {
    name: 'Blijf-Huis Westmare',
    place: 'Marewijk',
    street: 'Geheim',
    desc: 'Opvang en hulp bij huiselijk geweld.',
    secretAddress: true,
  },
  [
    svc('Vrouwenopvang en opvang bij huiselijk geweld', ext('Veilige opvang voor vrouwen, mannen en kinderen die thuis niet veilig zijn.'), ['huiselijk-geweld', 'dakloosheid'], { area: REGIO }),
    svc('Ambulante hulp huiselijk geweld', ext('Begeleiding thuis bij huiselijk geweld, voor slachtoffers, plegers en kinderen.'), ['huiselijk-geweld', 'relatie-scheiding'], { area: REGIO }),
  ],
);

org(
  { name: 'Mediation Kustlijn', place: 'Lisselmonde', street: 'Zeereep 40', desc: 'Scheidingsbemiddelaar (commercieel).' },
  [svc('Scheidingsmediation en ouderschapsplan', ext('Samen afspraken maken over kinderen, huis en geld bij scheiding.'), ['relatie-scheiding'], { fees: 'Vanaf € 125 per uur; toevoeging mogelijk.' })],
);

// ---------------------------------------------------------------- taal, digitaal, nieuwkomers

org(
  { name: 'Bibliotheek Kust', place: 'Lisselmonde', street: 'Marktplein 9', desc: 'Openbare bibliotheek met vestigingen in Lisselmonde en Lisselstrand.' },
  [
    svc('Taalhuis Lisselmonde', ext('Beter leren lezen, schrijven of rekenen, of Nederlands leren als tweede taal. Met vrijwillige taalcoaches.'), ['taal']),
    svc('Klik & Tik en digitaal spreekuur', ext('Hulp bij computer, tablet en smartphone, DigiD, e-mail en online formulieren.'), ['digitaal'], { hours: 'dinsdag 10.00-12.00 uur' }),
    svc('Welcome desk for international residents', ext('Information for new international residents: registration, health insurance, finding a GP, Dutch classes and local clubs.'), ['inburgering', 'arbeidsmigranten'], { lang: ['en', 'nl', 'pl'] }),
  ],
);

org(
  { name: 'Stichting Nieuwe Buren Westmare', place: 'Lisselmonde', street: 'Ankerstraat 20', desc: 'Begeleiding van statushouders.' },
  [
    svc('Maatschappelijke begeleiding statushouders', ext('Begeleiding bij huisvesting, inburgering, gezondheid en participatie in het eerste jaar.'), ['inburgering']),
    svc('Taalmaatjes', ext('Een vrijwilliger oefent wekelijks Nederlands met u in de praktijk.'), ['taal', 'inburgering', 'eenzaamheid']),
  ],
);

org(
  { name: 'Seasonal Workers Info Point Westmare', place: 'Lisselstrand', street: 'Campingweg 3', desc: 'Information point for EU labour migrants.' },
  [
    svc(
      'Information and advice for seasonal workers',
      ext('Free information for labour migrants about contracts, wages, housing, health insurance and registration. Help in Polish, Romanian, Bulgarian and English.'),
      ['arbeidsmigranten', 'juridisch'],
      { area: REGIO, lang: ['en', 'pl', 'ro', 'bg'], hours: 'Mon and Thu 17.00-20.00' },
    ),
    svc('Meldpunt huisvesting arbeidsmigranten', ext('Meld slechte of overvolle huisvesting van arbeidsmigranten.'), ['arbeidsmigranten', 'wonen'], { area: REGIO }),
  ],
);

// ---------------------------------------------------------------- rouw, lotgenoten, ontmoeting, overig

org(
  { name: 'Stichting Rouw aan Zee', place: 'Lisselmonde', street: 'Kerkplein 3', desc: 'Vrijwillige rouwbegeleiding.' },
  [
    svc('Rouwgroep na verlies', ext('Acht bijeenkomsten voor volwassenen die een dierbare verloren, ook op zee.'), ['rouw']),
    svc('Lotgenotengroep nabestaanden na zelfdoding', ext('Gespreksgroep voor wie een naaste verloor door suïcide.'), ['rouw', 'herstel-lotgenoten']),
  ],
);

org(
  { name: 'Uitvaartzorg Van der Slik', place: 'Griendijk', street: 'Dijkstraat 5', desc: 'Uitvaartonderneming (commercieel).' },
  [svc('Nazorg en rouwcafé', ext('Maandelijks rouwcafé, open voor iedereen, ook als wij de uitvaart niet verzorgden.'), ['rouw'])],
);

org(
  { name: 'Vissersfonds Lisselmonde', place: 'Lisselmonde', street: 'Noorderhaven 3', desc: 'Fonds voor vissers en hun gezinnen.' },
  [svc('Steun voor vissersgezinnen', ext('Financiële noodhulp en een bezoek van een vrijwilliger bij ziekte, ongeval of overlijden van een visser.'), ['inkomen', 'rouw'])],
);

org(
  { name: 'Buurtsport Lisselmonde', place: 'Lisselmonde', street: 'Sportlaan 1', desc: 'Buurtsportcoaches van de gemeente.' },
  [
    svc('Buurtsportcoach', ext('Helpt inwoners een passende sport of beweegactiviteit te vinden, ook bij een beperking of chronische ziekte.'), ['bewegen', 'leefstijl', 'chronische-ziekte']),
    svc('Beweeggroep longen en hart', ext('Wekelijks bewegen onder begeleiding voor mensen met COPD of hartproblemen.'), ['bewegen', 'chronische-ziekte']),
  ],
);

org(
  { name: 'Zwembad De Golfbreker', place: 'Lisselmonde', street: 'Sportlaan 5', desc: 'Gemeentelijk zwembad (geëxploiteerd door een bv).' },
  [svc('Aquajogging en therapeutisch zwemmen', ext('Zwemmen in warm water voor senioren, reuma- en rugpatiënten.'), ['bewegen'], { fees: '€ 6,20 per keer.' })],
);

org(
  { name: 'Roze Kust', place: 'Lisselstrand', street: 'Boulevard Zeezijde 14', desc: 'Lhbti+ vrijwilligersgroep.' },
  [svc('Roze Kust ontmoeting', ext('Maandelijkse borrel en jongerengroep voor lhbti+ inwoners en vrienden.'), ['lhbti', 'eenzaamheid'], { phone: false })],
);

org(
  { name: 'EHBO-vereniging Lisselmonde', place: 'Lisselmonde', street: 'Sportlaan 3', desc: 'EHBO-vereniging.' },
  [
    svc('EHBO-cursus en kinder-EHBO', ext('Diploma EHBO en cursus eerste hulp aan kinderen.'), ['ehbo-reanimatie'], { fees: '€ 150 (diploma).' }),
    svc('Reanimatie- en AED-cursus', ext('Leer reanimeren en de AED gebruiken; daarna aanmelden als burgerhulpverlener.'), ['ehbo-reanimatie'], { fees: '€ 35.' }),
  ],
);

org(
  { name: 'Vrijwillige Thuisadministratie Kust', place: 'Lisselmonde', street: 'Visserslaan 2', desc: 'Vrijwilligersproject.' },
  [svc('Thuisadministratie', ext('Een vrijwilliger helpt thuis uw post en papieren te ordenen en rekeningen op tijd te betalen.'), ['geldbeheer'])],
);
