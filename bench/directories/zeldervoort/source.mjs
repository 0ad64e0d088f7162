// Zeldervoort: a fictional gemeente (about 38,000 residents) in a river landscape: the market town
// Zeldervoort and three dyke villages (Varikhoven, Bommeldijk, Ooijerwaard). Everything is made up:
// names, streets, postal codes (0250-0289, which no Dutch code uses), phone numbers (0000-).
// Publisher style: the directory is generated from the gemeente's "regelingenbank". Municipal
// entries are written by policy officers: named after the regulation, described by legal basis,
// doelgroep, voorwaarden, aanvraagprocedure, beslistermijn and bezwaar, seldom saying in plain
// words what the help is. Non-municipal providers were added by Stichting Welzijn Zeldervoort in
// short, plainer texts.
import { addingTo, svc } from '../write-directory.mjs';

export const TOPICS = {
  huisarts: 'huisartsenzorg overdag: spreekuur, verwijzing, medische klachten',
  huisartsenpost: 'huisartsenzorg buiten kantoortijd: avond, nacht, weekend (spoed, niet levensbedreigend)',
  'poh-ggz': 'praktijkondersteuner ggz bij de huisarts: korte begeleiding bij psychische klachten',
  ggz: 'geestelijke gezondheidszorg: basis- en specialistische ggz-behandeling, psychiater, psycholoog',
  'psychische-klachten': 'lichte psychische klachten: stress, somberheid, angst, burn-out, piekeren, zelfhulp',
  'herstel-lotgenoten': 'herstel, ervaringsdeskundigheid en lotgenotencontact bij psychische kwetsbaarheid',
  wijkverpleging: 'verpleging en persoonlijke verzorging thuis (wassen, aankleden, wondzorg, medicatie)',
  fysiotherapie: 'fysiotherapie en oefentherapie',
  leefstijl: 'gezonde leefstijl: bewegen, sporten, overgewicht, voeding, diëtist, stoppen met roken',
  apotheek: 'apotheek en medicijnen',
  jgz: 'jeugdgezondheidszorg: consultatiebureau, vaccinaties, groei en ontwikkeling van kinderen',
  zwangerschap: 'zwangerschap, bevalling en kraamtijd: verloskundige, kraamzorg',
  kinderopvang: 'kinderopvang, peuteropvang en buitenschoolse opvang',
  opvoeden: 'opvoedvragen en ondersteuning van ouders bij de opvoeding',
  jeugdhulp: 'jeugdhulp: hulp voor kinderen en jongeren met problemen en hun gezin',
  jongeren: 'jongerenwerk en ondersteuning voor jongeren (12-23): vrije tijd, vragen, meedoen',
  'onderwijs-leerplicht': 'school, leerplicht, schoolverzuim, passend onderwijs en leerlingenvervoer',
  ouderen: 'ondersteuning en advies voor ouderen die thuis wonen (ouderenadviseur, huisbezoek)',
  dagbesteding: 'dagbesteding en begeleiding overdag',
  'huishoudelijke-hulp': 'hulp bij het huishouden: schoonmaken, was, huishouding',
  woningaanpassing: 'aanpassing van de woning: traplift, douche, drempels, verhuisvergoeding',
  hulpmiddelen: 'hulpmiddelen: rolstoel, scootmobiel, rollator, uitleen en verkoop',
  vervoer: 'vervoer voor wie niet zelfstandig kan reizen: Wmo-vervoer, vrijwillige chauffeurs, leerlingenvervoer',
  maaltijden: 'maaltijdvoorziening: warme maaltijden aan huis, samen eten',
  mantelzorg: 'ondersteuning van mantelzorgers (ook jonge mantelzorgers)',
  respijtzorg: 'respijtzorg: tijdelijke overname van mantelzorg, logeeropvang',
  dementie: 'dementie en geheugenproblemen: casemanager, lotgenoten, ontmoeting',
  'wonen-met-zorg': 'wonen met zorg: verpleeghuis, verzorgingshuis, woonzorgcentrum, Wlz',
  beperking: 'ondersteuning bij een verstandelijke, lichamelijke of zintuiglijke beperking, autisme, NAH',
  clientondersteuning: 'onafhankelijke cliëntondersteuning: iemand die meegaat en meedenkt bij aanvraag of gesprek',
  pgb: 'persoonsgebonden budget (pgb)',
  'wmo-aanvraag': 'melding, keukentafelgesprek en aanvraag van Wmo-ondersteuning bij de gemeente',
  'sociaal-team': 'sociaal (wijk)team: één loket voor vragen over zorg, welzijn, jeugd, werk en inkomen',
  'maatschappelijk-werk': 'algemeen maatschappelijk werk: hulp bij persoonlijke en praktische problemen',
  schulden: 'schuldhulpverlening: hulp bij schulden, betalingsachterstanden, huurachterstand',
  geldzorgen: 'geldzaken op orde: budgetcoaching, thuisadministratie, formulieren, post',
  inkomensondersteuning: 'inkomensondersteuning voor lage inkomens: toeslagen, bijzondere bijstand, minimaregelingen, kwijtschelding',
  bijstand: 'bijstandsuitkering en uitkering voor levensonderhoud',
  voedselhulp: 'voedselbank en andere voedselhulp',
  werk: 'werk vinden, re-integratie, jobcoaching, beschut werk',
  vrijwilligerswerk: 'vrijwilligerswerk vinden of doen',
  huisvesting: 'woning zoeken, urgentie, huurwoning, woningcorporatie',
  dakloosheid: 'dakloosheid: nachtopvang, maatschappelijke opvang, beschermd wonen',
  juridisch: 'juridisch advies en rechtshulp: sociaal raadslieden, advocaat, brieven van instanties',
  echtscheiding: 'scheiding: mediation, omgangsregeling, kinderen en scheiding',
  taal: 'taal leren: Nederlands als tweede taal, laaggeletterdheid, lezen en schrijven',
  digitaal: 'digitale vaardigheden: DigiD, computer, smartphone, online zaken met de overheid',
  inburgering: 'inburgering en begeleiding van statushouders (nieuwkomers met verblijfsvergunning)',
  asielzoekers: 'asielzoekers in de opvang (azc De Hoge Waard) en informatie voor omwonenden',
  verslaving: 'verslaving: alcohol, drugs, gokken, roken als verslaving; hulp en lotgenoten',
  'huiselijk-geweld': 'huiselijk geweld en kindermishandeling: hulp, opvang, advies (niet acuut)',
  eenzaamheid: 'eenzaamheid: maatjes, bezoek, sociaal contact',
  ontmoeting: 'ontmoeting en activiteiten: buurthuis, inloop, koffieochtend, repair café',
  rouw: 'rouw en verlies: rouwverwerking, nabestaanden, uitvaart',
  palliatief: 'palliatieve en terminale zorg: hospice, vrijwilligers in de laatste levensfase',
  suicidepreventie: 'suïcidepreventie: training, voorlichting en gesprek over zelfdoding (niet acuut)',
  ehbo: 'EHBO-, reanimatie- en eerste-hulpcursussen',
  valpreventie: 'valpreventie voor ouderen: cursus, beweegprogramma, woningcheck',
  buurtbemiddeling: 'buurtbemiddeling bij burenruzie en overlast',
  lhbti: 'LHBTI+: ontmoeting en steun voor lesbische, homo, bi, trans en queer mensen',
  'seksuele-gezondheid': 'seksuele gezondheid: soa-test, anticonceptie, seksualiteit',
};

export const places = {
  Zeldervoort: { gemeente: 'Zeldervoort', pc: '0252' },
  'Zeldervoort-Oost': { gemeente: 'Zeldervoort', pc: '0256' },
  Varikhoven: { gemeente: 'Zeldervoort', pc: '0271' },
  Bommeldijk: { gemeente: 'Zeldervoort', pc: '0276' },
  Ooijerwaard: { gemeente: 'Zeldervoort', pc: '0283' },
  Maasterhout: { gemeente: 'Maasterhout', pc: '0288' },
};

export const organizations = [];
const org = addingTo(organizations);

// The regelingenbank template the policy officers fill in.
const AWB = 'Het college beslist binnen acht weken na ontvangst van de volledige aanvraag (art. 4:13 Awb); deze termijn kan eenmaal worden verdaagd.';
const BEZWAAR = 'Tegen het besluit kan binnen zes weken na de dag van bekendmaking een bezwaarschrift worden ingediend bij het college van burgemeester en wethouders (art. 6:7 Awb).';
const regeling = ({ grondslag, doelgroep, voorwaarden, procedure, termijn = AWB, bezwaar = BEZWAAR, slot = '' }) =>
  `Grondslag: ${grondslag}. Doelgroep: ${doelgroep} Voorwaarden: ${voorwaarden} Aanvraagprocedure: ${procedure} Beslistermijn: ${termijn} Bezwaar: ${bezwaar}${slot ? ` ${slot}` : ''}`;
const GZ = 'Gemeente Zeldervoort – ';
const WMO_PROC = 'Een melding kan worden gedaan via het digitale meldformulier, schriftelijk of telefonisch bij het Sociaal Team. Na de melding vindt binnen zes weken het onderzoek plaats (art. 2.3.2 Wmo 2015), waarna de cliënt een aanvraag kan indienen.';
const WMO_TERMIJN = 'Het college beslist binnen twee weken na ontvangst van de aanvraag (art. 2.3.5 lid 1 Wmo 2015).';
const WMO_GRONDSLAG = (art) => `${art} Wet maatschappelijke ondersteuning 2015 jo. Verordening maatschappelijke ondersteuning gemeente Zeldervoort 2023 en de Nadere regels maatschappelijke ondersteuning Zeldervoort 2024`;

// ---------------------------------------------------------------- municipal (regelingenbank)
org(
  {
    name: 'Gemeente Zeldervoort',
    alt: 'Regelingenbank Sociaal Domein',
    place: 'Zeldervoort',
    street: 'Markt 1',
    desc: 'Regelingenbank van de gemeente Zeldervoort. Dit overzicht bevat de regelingen en voorzieningen in het sociaal domein waarover het college van burgemeester en wethouders besluit. Aan de inhoud van deze pagina kunnen geen rechten worden ontleend; de tekst van de verordening is leidend.',
  },
  [
    svc(
      `${GZ}Maatwerkvoorziening hulp bij het huishouden (Wmo 2015)`,
      regeling({
        grondslag: WMO_GRONDSLAG('artikel 2.3.5 lid 3'),
        doelgroep: 'Ingezetenen van de gemeente Zeldervoort die niet op eigen kracht, met gebruikelijke hulp, mantelzorg of met gebruikmaking van algemene voorzieningen kunnen komen tot het voeren van een gestructureerd huishouden.',
        voorwaarden: 'Het college stelt vast welk resultaat (een schoon en leefbaar huis, beschikken over schone kleding, beschikken over primaire levensbehoeften) niet kan worden bereikt. Gebruikelijke hulp door huisgenoten wordt in aanmerking genomen conform het normenkader Zeldervoort.',
        procedure: WMO_PROC,
        termijn: WMO_TERMIJN,
      }),
      ['huishoudelijke-hulp'],
      { alt: 'Hbh', fees: 'Abonnementstarief eigen bijdrage conform het Uitvoeringsbesluit Wmo 2015 (per maand).', elig: 'Ingezetene van Zeldervoort; zie voorwaarden.' },
    ),
    svc(
      `${GZ}Maatwerkvoorziening woonvoorziening (art. 2.3.5 Wmo 2015)`,
      regeling({
        grondslag: WMO_GRONDSLAG('artikel 2.3.5'),
        doelgroep: 'Ingezetenen die als gevolg van een langdurige beperking belemmeringen ondervinden bij het normale gebruik van de woning.',
        voorwaarden: 'Primaat van verhuizen is van toepassing indien verhuizing naar een geschikte woning goedkoper en adequaat is (verhuis- en inrichtingskostenvergoeding). Woningaanpassingen boven het in de Nadere regels bepaalde bedrag worden getoetst door een onafhankelijk adviseur. Voorzieningen die algemeen gebruikelijk zijn worden niet verstrekt.',
        procedure: WMO_PROC,
        termijn: WMO_TERMIJN,
      }),
      ['woningaanpassing'],
      { fees: 'Eigen bijdrage volgens het abonnementstarief, met uitzondering van woningaanpassingen voor minderjarigen.' },
    ),
    svc(
      `${GZ}Maatwerkvoorziening hulpmiddelen ten behoeve van het verplaatsen in en om de woning`,
      regeling({
        grondslag: WMO_GRONDSLAG('artikel 2.3.5'),
        doelgroep: 'Ingezetenen met een langdurige beperking in de mobiliteit.',
        voorwaarden: 'De voorziening wordt in de regel in natura (in bruikleen) verstrekt via de door de gemeente gecontracteerde leverancier. Rolstoelen worden verstrekt zonder eigen bijdrage (art. 2.1.4a lid 5 Wmo 2015). Voor een scootmobiel geldt dat aannemelijk moet zijn dat deze veilig kan worden bediend.',
        procedure: WMO_PROC,
        termijn: WMO_TERMIJN,
      }),
      ['hulpmiddelen'],
    ),
    svc(
      `${GZ}Collectief vraagafhankelijk vervoer (Wmo-vervoer)`,
      regeling({
        grondslag: WMO_GRONDSLAG('artikel 2.3.5') + ' en de Beleidsregels vervoersvoorzieningen Zeldervoort',
        doelgroep: 'Ingezetenen die vanwege beperkingen geen gebruik kunnen maken van het openbaar vervoer en die zich binnen een straal van 25 kilometer willen verplaatsen ten behoeve van het deelnemen aan het maatschappelijk verkeer.',
        voorwaarden: 'Het collectief vervoer is primair ten opzichte van een individuele vervoersvoorziening. Het kilometerbudget wordt per kalenderjaar vastgesteld. Meereizen van een begeleider is mogelijk indien medisch noodzakelijk.',
        procedure: WMO_PROC + ' Na toekenning ontvangt de cliënt een vervoerspas.',
        termijn: WMO_TERMIJN,
      }),
      ['vervoer'],
      { alt: 'Regiotaxi Rivierenland', fees: 'Per rit een opstaptarief en kilometertarief vergelijkbaar met het openbaar vervoer.' },
    ),
    svc(
      `${GZ}Maatwerkvoorziening begeleiding individueel en begeleiding groep (Wmo 2015)`,
      regeling({
        grondslag: WMO_GRONDSLAG('artikel 1.1.1 en 2.3.5'),
        doelgroep: 'Ingezetenen met beperkingen in de zelfredzaamheid of participatie als gevolg van psychische, psychogeriatrische, verstandelijke of lichamelijke problematiek.',
        voorwaarden: 'Begeleiding groep (dagbesteding) wordt ingezet ter bevordering van de participatie en ter ontlasting van de mantelzorger. Er is geen aanspraak indien de cliënt een indicatie heeft op grond van de Wet langdurige zorg.',
        procedure: WMO_PROC,
        termijn: WMO_TERMIJN,
      }),
      ['dagbesteding', 'beperking'],
      { alt: 'Dagbesteding / BG' },
    ),
    svc(
      `${GZ}Persoonsgebonden budget (art. 2.3.6 Wmo 2015 en art. 8.1.1 Jeugdwet)`,
      regeling({
        grondslag: 'artikel 2.3.6 Wmo 2015, artikel 8.1.1 Jeugdwet en hoofdstuk 5 van de Verordening maatschappelijke ondersteuning Zeldervoort 2023',
        doelgroep: 'Cliënten aan wie een maatwerkvoorziening of individuele voorziening wordt toegekend.',
        voorwaarden: 'De cliënt motiveert in een budgetplan waarom hij de voorziening in de vorm van een pgb wenst, is naar het oordeel van het college in staat de aan een pgb verbonden taken op verantwoorde wijze uit te voeren (pgb-vaardigheid) en de diensten worden kwalitatief verantwoord geleverd. Betalingen verlopen via de trekkingsrechtsystematiek van de Sociale Verzekeringsbank.',
        procedure: 'De wens tot een pgb wordt kenbaar gemaakt tijdens het onderzoek en vastgelegd in het verslag. Het budgetplan wordt bij de aanvraag gevoegd.',
        termijn: WMO_TERMIJN,
      }),
      ['pgb'],
      { alt: 'pgb' },
    ),
    svc(
      `${GZ}Melding en onderzoek maatschappelijke ondersteuning (art. 2.3.2 Wmo 2015)`,
      regeling({
        grondslag: WMO_GRONDSLAG('artikel 2.3.2 en 2.3.4'),
        doelgroep: 'Ingezetenen, of personen namens hen, die behoefte hebben aan maatschappelijke ondersteuning.',
        voorwaarden: 'Het college bevestigt de melding schriftelijk. Voorafgaand aan het onderzoek kan de cliënt een persoonlijk plan overleggen. Het college wijst op de mogelijkheid van gratis onafhankelijke cliëntondersteuning.',
        procedure: 'Melding via het digitale meldformulier (DigiD), telefonisch of aan de balie van het Sociaal Team. Het onderzoek vindt plaats in een gesprek, in de regel bij de cliënt thuis.',
        termijn: 'Het onderzoek wordt binnen zes weken na de melding afgerond (art. 2.3.2 lid 1 Wmo 2015).',
        bezwaar: 'Het verslag van het onderzoek is geen besluit in de zin van de Awb; bezwaar staat open tegen het besluit op de aanvraag.',
      }),
      ['wmo-aanvraag'],
      { alt: 'Wmo-melding (keukentafelgesprek)' },
    ),
    svc(
      `${GZ}Mantelzorgwaardering (art. 2.1.6 Wmo 2015)`,
      regeling({
        grondslag: 'artikel 2.1.6 Wmo 2015 jo. artikel 12 Verordening maatschappelijke ondersteuning Zeldervoort 2023 en de Beleidsregel mantelzorgwaardering 2025',
        doelgroep: 'Mantelzorgers die gedurende ten minste drie maanden minimaal acht uur per week mantelzorg verlenen aan een ingezetene van Zeldervoort.',
        voorwaarden: 'Per verzorgde wordt eenmaal per kalenderjaar een waardering verstrekt. De mantelzorger hoeft zelf geen ingezetene van de gemeente te zijn.',
        procedure: 'Aanmelding tussen 1 september en 1 november via het Steunpunt Mantelzorg van Stichting Welzijn Zeldervoort, dat namens het college uitvoert.',
        termijn: 'Uitbetaling in december van het lopende jaar.',
      }),
      ['mantelzorg'],
      { fees: 'Geen kosten.' },
    ),
    svc(
      `${GZ}Kortdurend verblijf ter ontlasting van de mantelzorger (Wmo 2015)`,
      regeling({
        grondslag: WMO_GRONDSLAG('artikel 1.1.1 (kortdurend verblijf) en 2.3.5'),
        doelgroep: 'Ingezetenen die permanent toezicht nodig hebben en bij wie de mantelzorger tijdelijk ontlast moet worden.',
        voorwaarden: 'Maximaal drie etmalen per week. Kortdurend verblijf op grond van de Zorgverzekeringswet of de Wlz gaat voor.',
        procedure: WMO_PROC,
        termijn: WMO_TERMIJN,
      }),
      ['respijtzorg', 'mantelzorg'],
      { alt: 'Logeervoorziening' },
    ),
    svc(
      `${GZ}Mantelzorgcompliment 2023 (vervallen)`,
      'Grondslag: Beleidsregel mantelzorgcompliment 2023. Deze regeling is per 1 januari 2025 ingetrokken en vervangen door de regeling Mantelzorgwaardering (art. 2.1.6 Wmo 2015). Aanvragen worden niet meer in behandeling genomen.',
      ['mantelzorg'],
      { status: 'inactive', phone: false },
    ),
    svc(
      `${GZ}Informatiepunt Digitale Overheid`,
      'Grondslag: Bestuursovereenkomst Informatiepunten Digitale Overheid. Doelgroep: inwoners die ondersteuning behoeven bij het elektronisch verkeer met overheidsorganisaties. Voorwaarden: geen. Het informatiepunt verleent geen inhoudelijk advies over individuele aanvragen en voert geen handelingen uit met de DigiD van de inwoner. Aanvraagprocedure: vrije inloop in de Bibliotheek Rivierenland, vestiging Zeldervoort. Beslistermijn: niet van toepassing. Bezwaar: niet van toepassing.',
      ['digitaal'],
      { alt: 'IDO', at: { name: 'Bibliotheek Rivierenland, vestiging Zeldervoort', street: 'Kerkstraat 14', place: 'Zeldervoort' }, hours: 'dinsdag en donderdag 10.00-12.00 uur' },
    ),
    svc(
      `${GZ}Preventief huisbezoek 75-plussers`,
      regeling({
        grondslag: 'artikel 2.1.2 Wmo 2015 (algemene voorzieningen) en het Uitvoeringsprogramma Vitaal Ouder Worden Zeldervoort 2024-2027',
        doelgroep: 'Zelfstandig wonende ingezetenen die in het kalenderjaar de leeftijd van 75 jaar bereiken.',
        voorwaarden: 'Deelname is vrijwillig. Het bezoek wordt uitgevoerd door getrainde vrijwilligers onder regie van de ouderenadviseur van Stichting Welzijn Zeldervoort. Signalen worden met toestemming van de ingezetene doorgeleid naar het Sociaal Team.',
        procedure: 'Ingezetenen ontvangen een uitnodigingsbrief. Een aanvraag is niet vereist.',
        termijn: 'Niet van toepassing.',
        bezwaar: 'Niet van toepassing (feitelijk handelen).',
      }),
      ['ouderen', 'eenzaamheid'],
    ),
    svc(
      `${GZ}Buurtsportcoach en beweegaanbod (Brede Regeling Combinatiefuncties)`,
      'Grondslag: Brede Regeling Combinatiefuncties en het Lokaal Sport- en Preventieakkoord Zeldervoort. Doelgroep: ingezetenen met een beweegachterstand, in het bijzonder jeugd, ouderen en inwoners met een beperking. Voorwaarden: geen. De buurtsportcoach leidt toe naar het reguliere sport- en beweegaanbod en voert de gecombineerde leefstijlinterventie uit in samenwerking met de eerstelijnszorg. Aanvraagprocedure: aanmelding bij de buurtsportcoach of via de huisarts. Beslistermijn en bezwaar: niet van toepassing.',
      ['leefstijl'],
    ),
    svc(
      `${GZ}Aanpak huiselijk geweld en kindermishandeling (art. 2.4.1 Wmo 2015)`,
      'Grondslag: artikel 2.4.1 Wmo 2015, de Wet tijdelijk huisverbod en het Regionaal Beleidskader Geweld in Afhankelijkheidsrelaties Rivierenland. Doelgroep: ingezetenen die te maken hebben met geweld in afhankelijkheidsrelaties. Voorwaarden: geen. Het college draagt zorg voor de toegang tot opvang en ondersteuning. De burgemeester kan een tijdelijk huisverbod opleggen. Aanvraagprocedure: via het Sociaal Team of het regionale advies- en meldpunt. Beslistermijn: niet van toepassing. Bezwaar: tegen een huisverbod staat beroep open bij de bestuursrechter.',
      ['huiselijk-geweld'],
    ),
  ],
);

org(
  {
    name: 'Gemeente Zeldervoort, team Werk en Inkomen',
    alt: 'W&I',
    place: 'Zeldervoort',
    street: 'Markt 1',
    desc: 'Team Werk en Inkomen voert namens het college de Participatiewet, de IOAW, de IOAZ, het Bbz 2004 en het gemeentelijk minimabeleid uit.',
  },
  [
    svc(
      'Algemene bijstand ter voorziening in de kosten van levensonderhoud (art. 19 Participatiewet)',
      regeling({
        grondslag: 'artikelen 11, 19 en 21 Participatiewet',
        doelgroep: 'Nederlanders en daarmee gelijkgestelde vreemdelingen, woonachtig in Zeldervoort, die in zodanige omstandigheden verkeren dat zij niet over de middelen beschikken om in de noodzakelijke kosten van het bestaan te voorzien.',
        voorwaarden: 'Het vermogen ligt onder de vermogensgrens (art. 34 Participatiewet). Belanghebbende is verplicht naar vermogen algemeen geaccepteerde arbeid te verkrijgen en te aanvaarden (art. 9). Voor jongeren tot 27 jaar geldt een zoektermijn van vier weken (art. 41 lid 4).',
        procedure: 'Melding via werk.nl, gevolgd door een aanvraaggesprek waarbij de gevraagde bewijsstukken worden overgelegd.',
      }),
      ['bijstand'],
      { alt: 'Bijstandsuitkering' },
    ),
    svc(
      'Individuele inkomenstoeslag (art. 36 Participatiewet)',
      regeling({
        grondslag: 'artikel 36 Participatiewet jo. Verordening individuele inkomenstoeslag Zeldervoort 2022',
        doelgroep: 'Personen van 21 jaar tot de pensioengerechtigde leeftijd die langdurig (ten minste 36 maanden) een laag inkomen hebben en geen uitzicht op inkomensverbetering.',
        voorwaarden: 'Het inkomen bedraagt niet meer dan 110% van de toepasselijke bijstandsnorm. Bij de beoordeling van het uitzicht op inkomensverbetering worden de krachten en bekwaamheden en de inspanningen om tot inkomensverbetering te komen betrokken.',
        procedure: 'Schriftelijke aanvraag met het aanvraagformulier individuele inkomenstoeslag.',
      }),
      ['inkomensondersteuning'],
    ),
    svc(
      'Bijzondere bijstand (art. 35 Participatiewet)',
      regeling({
        grondslag: 'artikel 35 Participatiewet jo. Beleidsregels bijzondere bijstand Zeldervoort 2024',
        doelgroep: 'Personen met een inkomen tot 120% van de bijstandsnorm die worden geconfronteerd met noodzakelijke kosten van het bestaan die voortvloeien uit bijzondere omstandigheden.',
        voorwaarden: 'De kosten zijn noodzakelijk, vloeien voort uit bijzondere omstandigheden en kunnen niet worden voldaan uit de draagkracht of een voorliggende voorziening (zoals de zorgverzekering of de Wmo). Aanvragen worden in beginsel vóór het maken van de kosten ingediend.',
        procedure: 'Schriftelijke aanvraag, met offerte of nota.',
      }),
      ['inkomensondersteuning'],
    ),
    svc(
      'Kwijtschelding gemeentelijke belastingen en heffingen',
      regeling({
        grondslag: 'artikel 255 Gemeentewet, artikel 26 Invorderingswet 1990 en de Uitvoeringsregeling Invorderingswet 1990; Leidraad invordering Zeldervoort',
        doelgroep: 'Belastingplichtigen die niet in staat zijn de aanslag afvalstoffenheffing en rioolheffing te voldoen.',
        voorwaarden: 'Er is geen vermogen boven de vrijstelling en de betalingscapaciteit wordt berekend op basis van 100% van de kosten van bestaan. Kwijtschelding van onroerendezaakbelasting is uitgesloten.',
        procedure: 'Verzoek binnen drie maanden na dagtekening van het aanslagbiljet, bij de belastingsamenwerking Rivierenland. Geautomatiseerde toetsing bij het Inlichtingenbureau is mogelijk.',
        termijn: 'Binnen acht weken.',
        bezwaar: 'Tegen een afwijzing staat administratief beroep open bij de invorderingsambtenaar, binnen één maand.',
      }),
      ['inkomensondersteuning', 'schulden'],
    ),
    svc(
      'Meedoenregeling Zeldervoort (kindpakket en participatiebijdrage)',
      regeling({
        grondslag: 'artikel 35 Participatiewet en de Beleidsregel Meedoen Zeldervoort 2025',
        doelgroep: 'Huishoudens met een inkomen tot 130% van de toepasselijke bijstandsnorm, alsmede de tot het huishouden behorende kinderen tot 18 jaar.',
        voorwaarden: 'De bijdrage is bestemd voor kosten van maatschappelijke participatie, zoals contributie sportvereniging, muziekles, schoolreis, zwemles en een computer of laptop voor schoolgaande kinderen (kindpakket).',
        procedure: 'Aanvraag eenmaal per kalenderjaar met het formulier Meedoenregeling.',
      }),
      ['inkomensondersteuning'],
      { alt: 'Kindpakket' },
    ),
    svc(
      'Collectieve zorgverzekering minima (Gemeentepolis Rivierenland)',
      'Grondslag: artikel 35 Participatiewet en de raamovereenkomst collectieve zorgverzekering. Doelgroep: ingezetenen met een inkomen tot 130% van de bijstandsnorm. Voorwaarden: aanvullende dekking voor onder meer het eigen risico, tandarts, brillen en eigen bijdragen Wmo. Aanvraagprocedure: aanmelding via de zorgverzekeraar met een inkomensverklaring. Beslistermijn: niet van toepassing. Bezwaar: niet van toepassing.',
      ['inkomensondersteuning'],
      { alt: 'Gemeentepolis' },
    ),
    svc(
      'Re-integratievoorzieningen, loonkostensubsidie en beschut werk (art. 10, 10d en 10b Participatiewet)',
      regeling({
        grondslag: 'artikelen 7, 10, 10b en 10d Participatiewet jo. Re-integratieverordening Participatiewet Zeldervoort',
        doelgroep: 'Personen behorend tot de doelgroep van de Participatiewet, niet-uitkeringsgerechtigden en Anw-ers.',
        voorwaarden: 'Het college kan voorzieningen aanbieden die naar zijn oordeel noodzakelijk zijn voor arbeidsinschakeling, zoals een participatieplaats, een werkstage, jobcoaching, scholing of loonkostensubsidie bij een werkgever. Voor beschut werk is een advies van het UWV vereist.',
        procedure: 'Aanvraag bij de klantmanager of via het Werkgeversservicepunt Rivierenland.',
      }),
      ['werk'],
    ),
    svc(
      'Besluit bijstandverlening zelfstandigen 2004 (Bbz)',
      regeling({
        grondslag: 'Besluit bijstandverlening zelfstandigen 2004',
        doelgroep: 'Gevestigde en startende zelfstandigen die tijdelijk onvoldoende inkomsten hebben.',
        voorwaarden: 'Levensvatbaarheid van het bedrijf wordt beoordeeld door een extern adviesbureau. Bijstand kan worden verleend als uitkering, als lening of in de vorm van bedrijfskapitaal.',
        procedure: 'Aanvraag bij het Regionaal Bureau Zelfstandigen.',
        termijn: 'Dertien weken (art. 44 Bbz 2004).',
      }),
      ['bijstand', 'werk'],
      { alt: 'Bbz' },
    ),
  ],
);

org(
  {
    name: 'Gemeente Zeldervoort, Schulddienstverlening',
    place: 'Zeldervoort',
    street: 'Markt 1',
    desc: 'Uitvoering van de Wet gemeentelijke schuldhulpverlening (Wgs) en het Beleidsplan schulddienstverlening Zeldervoort 2025-2028.',
  },
  [
    svc(
      'Schulddienstverlening (Wet gemeentelijke schuldhulpverlening)',
      regeling({
        grondslag: 'artikelen 2, 3 en 4a Wet gemeentelijke schuldhulpverlening jo. Beleidsplan schulddienstverlening Zeldervoort 2025-2028',
        doelgroep: 'Ingezetenen van 18 jaar en ouder met problematische schulden of een dreigende problematische schuldsituatie, alsmede ondernemers.',
        voorwaarden: 'Het college kan een verzoek weigeren bij recidive of fraudeschulden (art. 4a Wgs). Tijdens het traject kan een schuldregeling, saneringskrediet, budgetbeheer of doorverwijzing naar de Wsnp-rechter aan de orde zijn. Een moratorium en stabilisatieovereenkomst behoren tot de mogelijkheden.',
        procedure: 'Na aanmelding vindt binnen drie werkdagen (bij dreigende ontruiming of afsluiting van energie) of binnen vier weken een eerste gesprek plaats (art. 4 Wgs).',
        termijn: 'Beschikking over de toelating tot een schuldhulpverleningstraject binnen acht weken.',
      }),
      ['schulden'],
      { alt: 'Schuldhulpverlening (Wgs)' },
    ),
    svc(
      'Vroegsignalering betalingsachterstanden (art. 3 lid 2 Wgs)',
      'Grondslag: artikel 3 lid 2 en artikel 4b Wet gemeentelijke schuldhulpverlening en het Besluit gemeentelijke schuldhulpverlening. Doelgroep: ingezetenen bij wie een vaste-lastenpartner (woningcorporatie, energieleverancier, zorgverzekeraar, drinkwaterbedrijf) een betalingsachterstand heeft gemeld. Voorwaarden: het college doet binnen vier weken na de signalering een aanbod tot ondersteuning; het aanbod is vrijblijvend. Aanvraagprocedure: niet van toepassing. Bezwaar: niet van toepassing.',
      ['schulden', 'geldzorgen'],
    ),
  ],
);

org(
  {
    name: 'Sociaal Team Zeldervoort',
    place: 'Zeldervoort',
    street: 'Havenstraat 3',
    desc: 'Het Sociaal Team is de integrale toegang tot het sociaal domein van de gemeente Zeldervoort (Wmo 2015, Jeugdwet, Participatiewet) en werkt in de kernen Zeldervoort, Varikhoven, Bommeldijk en Ooijerwaard.',
  },
  [
    svc(
      'Sociaal Team Zeldervoort – integrale toegang sociaal domein',
      regeling({
        grondslag: 'artikel 2.2.1 en 2.3.2 Wmo 2015, artikel 2.6 Jeugdwet en het Inrichtingsplan toegang sociaal domein Zeldervoort',
        doelgroep: 'Alle ingezetenen met een ondersteuningsvraag op het gebied van zorg, welzijn, jeugd, werk en inkomen.',
        voorwaarden: 'Geen. Het Sociaal Team werkt volgens het principe één huishouden, één plan, één regisseur.',
        procedure: 'Inloopspreekuur in de kernen of telefonisch contact. Wijkspreekuur Varikhoven: Dorpshuis De Kribbe; Bommeldijk en Ooijerwaard: op afspraak.',
        termijn: 'Niet van toepassing.',
        bezwaar: 'Niet van toepassing.',
      }),
      ['sociaal-team', 'wmo-aanvraag'],
      { hours: 'ma t/m vr 9.00-12.30 uur inloop' },
    ),
    svc(
      'Algemeen maatschappelijk werk (algemene voorziening, art. 1.1.1 Wmo 2015)',
      'Grondslag: artikel 1.1.1 en 2.1.2 Wmo 2015. Doelgroep: ingezetenen van 18 jaar en ouder met psychosociale of praktische problemen die de zelfredzaamheid bedreigen. Voorwaarden: kortdurend, maximaal twaalf contacten; geen beschikking vereist. Aanvraagprocedure: rechtstreeks aanmelden of via huisarts. Beslistermijn: niet van toepassing. Bezwaar: niet van toepassing.',
      ['maatschappelijk-werk'],
      { alt: 'AMW' },
    ),
    svc(
      'Onafhankelijke cliëntondersteuning (art. 2.2.4 Wmo 2015)',
      'Grondslag: artikel 2.2.4 lid 1 Wmo 2015 en artikel 2.6 lid 1 onder g Jeugdwet. Doelgroep: ingezetenen en hun vertegenwoordigers die ondersteuning wensen bij het verkrijgen van een maatwerkvoorziening of bij het voorbereiden van het onderzoek. Voorwaarden: de ondersteuning is kosteloos en onafhankelijk van de indicerende functie. Aanvraagprocedure: rechtstreeks of via het Sociaal Team. Beslistermijn en bezwaar: niet van toepassing.',
      ['clientondersteuning'],
    ),
    svc(
      'Jeugd- en gezinscoach (algemene voorziening, art. 2.6 Jeugdwet)',
      'Grondslag: artikel 2.6 Jeugdwet jo. Verordening jeugdhulp Zeldervoort 2023. Doelgroep: jeugdigen van 0 tot 18 jaar en hun ouders met vragen over opgroeien en opvoeden. Voorwaarden: vrij toegankelijk, geen beschikking. Aanvraagprocedure: aanmelding door ouders, jeugdige, school of huisarts. Beslistermijn en bezwaar: niet van toepassing.',
      ['opvoeden', 'jeugdhulp'],
    ),
  ],
);

org(
  {
    name: 'Gemeente Zeldervoort, Jeugd en Onderwijs',
    place: 'Zeldervoort',
    street: 'Markt 1',
    desc: 'Uitvoering Jeugdwet, Leerplichtwet 1969 en Verordening leerlingenvervoer.',
  },
  [
    svc(
      `${GZ}Individuele voorziening jeugdhulp (art. 2.3 Jeugdwet)`,
      regeling({
        grondslag: 'artikel 2.3 Jeugdwet jo. Verordening jeugdhulp Zeldervoort 2023',
        doelgroep: 'Jeugdigen tot 18 jaar (in voorkomende gevallen tot 23 jaar) en hun ouders, woonachtig in Zeldervoort.',
        voorwaarden: 'Het college beoordeelt of de eigen kracht, het netwerk, een algemene voorziening of een voorliggende voorziening ontoereikend is. Verwijzing door huisarts, jeugdarts of medisch specialist geldt eveneens als toegang (art. 2.6 lid 1 onder e Jeugdwet).',
        procedure: 'Via het Sociaal Team; de jeugd- en gezinscoach stelt met het gezin een ondersteuningsplan op.',
      }),
      ['jeugdhulp'],
    ),
    svc(
      `${GZ}Leerplicht en RMC-functie (Leerplichtwet 1969)`,
      'Grondslag: Leerplichtwet 1969 en de RMC-wetgeving (Wet educatie en beroepsonderwijs). Doelgroep: leerplichtige en kwalificatieplichtige jongeren tot 23 jaar zonder startkwalificatie, hun ouders en scholen. Voorwaarden: de leerplichtambtenaar behandelt meldingen van ongeoorloofd verzuim en verzoeken om vrijstelling of extra verlof. Aanvraagprocedure: verlof boven tien dagen wordt aangevraagd bij de leerplichtambtenaar. Beslistermijn: zes weken. Bezwaar: conform de Awb.',
      ['onderwijs-leerplicht'],
      { alt: 'Bureau Leerplicht' },
    ),
    svc(
      `${GZ}Leerlingenvervoer (Verordening leerlingenvervoer Zeldervoort 2021)`,
      regeling({
        grondslag: 'artikel 4 Wet op het primair onderwijs, artikel 4 Wet op de expertisecentra en de Verordening leerlingenvervoer Zeldervoort 2021',
        doelgroep: 'Ouders van leerlingen die de dichtstbijzijnde toegankelijke school bezoeken op een afstand van meer dan zes kilometer, of die vanwege een handicap niet zelfstandig kunnen reizen.',
        voorwaarden: 'Een drempelbedrag kan van toepassing zijn. Aangepast vervoer wordt verstrekt indien vervoer per openbaar vervoer of fiets niet mogelijk is.',
        procedure: 'Aanvraag vóór 1 mei voorafgaand aan het schooljaar.',
      }),
      ['onderwijs-leerplicht', 'vervoer'],
    ),
  ],
);

org(
  {
    name: 'Gemeente Zeldervoort, Wonen en Inburgering',
    place: 'Zeldervoort',
    street: 'Markt 1',
    desc: 'Uitvoering van de Huisvestingsverordening Zeldervoort 2022 en de Wet inburgering 2021.',
  },
  [
    svc(
      'Urgentieverklaring woonruimte (Huisvestingsverordening Zeldervoort 2022)',
      regeling({
        grondslag: 'artikel 12 Huisvestingswet 2014 jo. hoofdstuk 4 Huisvestingsverordening Zeldervoort 2022',
        doelgroep: 'Woningzoekenden die ten minste twee jaar onafgebroken ingezetene zijn en in een acute noodsituatie verkeren die niet op eigen kracht kan worden opgelost.',
        voorwaarden: 'Urgentiegronden: medische of sociale noodsituatie, uitstroom uit een instelling voor maatschappelijke opvang of vrouwenopvang, mantelzorg. Financiële problemen en overlast vormen geen urgentiegrond. Er wordt een leges geheven.',
        procedure: 'Aanvraag via de urgentiecommissie Rivierenland.',
      }),
      ['huisvesting'],
      { fees: 'Leges € 50,-' },
    ),
    svc(
      'Inburgering op grond van de Wet inburgering 2021 (PIP)',
      regeling({
        grondslag: 'Wet inburgering 2021 jo. Verordening inburgering Zeldervoort 2022',
        doelgroep: 'Inburgeringsplichtigen (asielstatushouders en gezinsmigranten) die in Zeldervoort zijn gehuisvest.',
        voorwaarden: 'Na de brede intake stelt het college een persoonlijk plan inburgering en participatie (PIP) vast met een leerroute (B1-route, onderwijsroute of Z-route) en de module arbeidsmarkt en participatie.',
        procedure: 'De brede intake wordt door het college gestart; een aanvraag is niet nodig.',
      }),
      ['inburgering', 'taal'],
      { alt: 'PIP / brede intake' },
    ),
    svc(
      'Ontzorgen en maatschappelijke begeleiding statushouders',
      'Grondslag: artikel 13 en 14 Wet inburgering 2021. Doelgroep: asielstatushouders in de eerste zes maanden van het verblijf in de gemeente. Voorwaarden: het college voldoet uit de bijstandsuitkering gedurende ten minste zes maanden de huur, energie en zorgverzekering (ontzorgen) en biedt een financieel ontzorgingstraject aan. Aanvraagprocedure: ambtshalve. Beslistermijn en bezwaar: conform de Awb.',
      ['inburgering', 'geldzorgen'],
    ),
    svc(
      'Huisvesting vergunninghouders (taakstelling)',
      'Grondslag: artikel 28 Huisvestingswet 2014. Het college draagt zorg voor de huisvesting van het aantal vergunninghouders dat halfjaarlijks wordt vastgesteld. Toewijzing geschiedt in overleg met Woonstichting Dijkwonen. Deze pagina bevat geen individuele aanvraagmogelijkheid.',
      ['inburgering', 'huisvesting'],
      { phone: false },
    ),
    svc(
      'Maatschappelijke opvang en beschermd wonen (centrumgemeente Maasterhout)',
      'Grondslag: artikel 1.1.1 en 2.3.5 Wmo 2015; de gemeente Maasterhout treedt op als centrumgemeente voor de regio Rivierenland. Doelgroep: personen die de thuissituatie hebben verlaten en niet in staat zijn zich op eigen kracht te handhaven in de samenleving. Voorwaarden: landelijke toegankelijkheid; regiobinding is geen voorwaarde. Aanvraagprocedure: via het Centraal Onthaal Maasterhout. Beslistermijn: conform Wmo 2015. Bezwaar: bij het college van Maasterhout.',
      ['dakloosheid'],
      { area: ['Zeldervoort', 'Maasterhout'], at: { name: 'Centraal Onthaal Maasterhout', street: 'Stationsweg 40', place: 'Maasterhout' } },
    ),
  ],
);

// ------------------------------------------------- non-municipal, added by Welzijn Zeldervoort
const ADDED = 'Toegevoegd door Stichting Welzijn Zeldervoort.';

org(
  {
    name: 'Stichting Welzijn Zeldervoort',
    alt: 'WZ',
    place: 'Zeldervoort',
    street: 'Havenstraat 5',
    desc: 'Welzijnsorganisatie voor alle inwoners van Zeldervoort, Varikhoven, Bommeldijk en Ooijerwaard. Wij beheren ook het aanbod van andere organisaties in deze sociale kaart.',
  },
  [
    svc('Ouderenadviseur', 'Voor 65-plussers en hun familie. De ouderenadviseur komt bij u thuis en denkt mee over wonen, geld, gezondheid, hulp in huis en contacten. Gratis.', ['ouderen'], { fees: 'Gratis' }),
    svc('Steunpunt Mantelzorg', 'Zorgt u voor een zieke partner, ouder, kind of buur? Het steunpunt geeft advies, een luisterend oor, cursussen en organiseert lotgenotengroepen. Ook aanvragen mantelzorgwaardering.', ['mantelzorg'], { fees: 'Gratis' }),
    svc('Jonge Mantelzorgers Rivierenland (JMZ)', 'Voor jongeren van 8 tot 23 jaar die thuis zorgen voor een ouder, broer of zus met een ziekte, beperking of verslaving. Uitjes, een chatgroep en een vaste coach.', ['mantelzorg', 'jongeren'], { elig: '8-23 jaar' }),
    svc('Jongerenwerk', 'Jongerenwerkers zijn te vinden in de jongerenruimte De Loods en op straat. Je kan bij ons terecht met vragen over school, thuis, geld, relaties of gewoon om te chillen.', ['jongeren'], { at: { name: 'Jongerenruimte De Loods', street: 'Veerweg 2', place: 'Zeldervoort' }, hours: 'wo, vr 15-21 uur; za 19-23 uur' }),
    svc('Dorpshuis De Kribbe', 'Ontmoetingsplek in Varikhoven. Koffie-inloop, biljarten, samen eten op donderdag, spreekuur Sociaal Team.', ['ontmoeting', 'eenzaamheid', 'maaltijden'], { at: { name: 'Dorpshuis De Kribbe', street: 'Dijkstraat 22', place: 'Varikhoven' } }),
    svc('Buurtkamer Bommeldijk', 'Huiskamer in het oude schoolgebouw. Elke dinsdag en vrijdag open voor koffie en een praatje.', ['ontmoeting', 'eenzaamheid'], { at: { name: 'Oude School', street: 'Kerkpad 1', place: 'Bommeldijk' } }),
    svc('Maatjesproject Samen Op Stap', 'Een vrijwilliger die regelmatig bij u langskomt voor een wandeling, koffie of een uitje. Voor mensen die weinig contacten hebben.', ['eenzaamheid'], {}),
    svc('Thuisadministratie en formulierenhulp', 'Vrijwilligers helpen u uw papieren te ordenen, post te begrijpen en formulieren in te vullen (toeslagen, belasting). Geen schuldhulp.', ['geldzorgen'], { alt: 'Formulierenbrigade' }),
    svc('Buurtbemiddeling Zeldervoort', 'Problemen met de buren? Geluid, parkeren, kinderen, tuin. Twee getrainde vrijwilligers helpen u het gesprek aan te gaan.', ['buurtbemiddeling'], {}),
    svc('Vrijwilligerscentrale Zeldervoort', 'Zoekt u vrijwilligerswerk? Bekijk de vacaturebank of kom langs voor een gesprek.', ['vrijwilligerswerk'], {}),
    svc('Vrijwillige Hulpdienst', 'Vrijwilligers voor kleine klusjes, boodschappen en vervoer naar ziekenhuis of huisarts. Kleine vergoeding per kilometer.', ['vervoer', 'ouderen'], { fees: '€ 0,35 per km' }),
    svc('Cursus In Balans (valpreventie)', 'Tien lessen oefenen met evenwicht en kracht voor 65-plussers die bang zijn om te vallen. Met woningcheck door de ergotherapeut.', ['valpreventie', 'leefstijl'], {}),
    svc('Rouwcafé De Overkant', 'Eens per maand een avond voor mensen die iemand hebben verloren. Ook voor nabestaanden na zelfdoding.', ['rouw'], { at: { name: 'Dorpshuis De Kribbe', street: 'Dijkstraat 22', place: 'Varikhoven' } }),
    svc('Voorlichting Signalen van huiselijk geweld', 'Gratis voorlichting voor scholen, sportclubs en vrijwilligers: hoe herken je huiselijk geweld en kindermishandeling en wat kun je doen?', ['huiselijk-geweld'], {}),
    svc('Praatgroep Kinderen en Scheiding', 'Groep voor kinderen van 8-12 jaar van wie de ouders gescheiden zijn. 8 bijeenkomsten op school.', ['echtscheiding', 'jeugdhulp'], {}),
    svc('Welcome Coffee – Hoge Waard', 'For residents of the reception centre De Hoge Waard and people from the villages. Coffee, Dutch practice, games and questions about daily life. Every Wednesday morning. Everyone welcome.', ['asielzoekers', 'ontmoeting'], { lang: ['en', 'nl'], at: { name: 'Dorpshuis Ooijerwaard', street: 'Waalbandijk 8', place: 'Ooijerwaard' } }),
  ],
);

org({ name: 'Gezondheidscentrum Zeldervoort', place: 'Zeldervoort', street: 'Molenweg 20', desc: `Huisartsen, praktijkondersteuners, fysiotherapie en diëtetiek onder één dak. ${ADDED}` }, [
  svc('Huisartsenpraktijk Molenweg', 'Vier huisartsen. Spreekuur op afspraak, bel voor 10 uur. Patiëntenstop voor nieuwe inschrijvingen buiten de kern Zeldervoort.', ['huisarts']),
  svc('POH-GGZ', 'Praktijkondersteuner voor klachten als stress, somberheid, angst of slapeloosheid. Via uw huisarts. Maximaal 8 gesprekken.', ['poh-ggz', 'psychische-klachten']),
  svc('Fysiotherapie Molenweg', 'Fysiotherapie, oefentherapie en beweeggroepen bij rug-, nek- en gewrichtsklachten.', ['fysiotherapie']),
  svc('Diëtist', 'Advies over voeding bij overgewicht, diabetes, darmklachten. Vergoed uit de basisverzekering (3 uur per jaar).', ['leefstijl']),
]);
org({ name: 'Huisartsenpraktijk De Dijk', place: 'Varikhoven', street: 'Dijkstraat 40', desc: `Huisartsenpraktijk voor Varikhoven en Ooijerwaard. ${ADDED}` }, [
  svc('Huisarts Varikhoven', 'Huisarts en doktersassistente. Ook spreekuur in Ooijerwaard op donderdagochtend.', ['huisarts']),
  svc('Praktijkondersteuner GGZ', 'Gesprekken bij psychische klachten. Ook voor jongeren vanaf 12 jaar.', ['poh-ggz', 'psychische-klachten']),
]);
org({ name: 'Huisartsenpraktijk Bommeldijk', place: 'Bommeldijk', street: 'Voorstraat 9', desc: ADDED }, [svc('Huisartsenpraktijk Bommeldijk', 'Eenmanspraktijk met apotheekhoudende huisarts.', ['huisarts', 'apotheek'])]);
org({ name: 'Huisartsenpost Rivierenland', place: 'Maasterhout', street: 'Ziekenhuislaan 1', desc: `Spoedzorg van de huisarts buiten kantoortijden. ${ADDED}` }, [
  svc('Huisartsenpost Rivierenland', "Voor dringende medische zorg die niet kan wachten tot de volgende werkdag: 's avonds, 's nachts en in het weekend. Altijd eerst bellen.", ['huisartsenpost'], { hours: 'werkdagen 17.00-8.00 uur, weekend en feestdagen', area: ['Zeldervoort', 'Maasterhout'] }),
]);
org({ name: 'Apotheek Marktplein', place: 'Zeldervoort', street: 'Markt 7', desc: ADDED }, [
  svc('Apotheek Marktplein', 'Medicijnen, medicatiebeoordeling, baxterrollen. Bezorgen aan huis in de dorpen.', ['apotheek']),
]);
org({ name: 'GGZ Rivierduin', place: 'Maasterhout', street: 'Parklaan 12', desc: `Geestelijke gezondheidszorg voor volwassenen en jeugd in de regio. ${ADDED}` }, [
  svc('Basis-ggz en specialistische ggz volwassenen', 'Behandeling bij depressie, angststoornissen, trauma, persoonlijkheidsproblemen. Verwijzing huisarts nodig. Wachttijd ca. 10 weken.', ['ggz'], { area: ['Zeldervoort', 'Maasterhout'] }),
  svc('Jeugd-ggz Rivierduin', 'Behandeling voor kinderen en jongeren tot 18 met bv. ADHD, angst, depressie of eetproblemen. Verwijzing via huisarts of Sociaal Team.', ['ggz', 'jeugdhulp'], { area: ['Zeldervoort', 'Maasterhout'] }),
  svc('Training Signalen herkennen – suïcidepreventie', 'Gratis training van 2,5 uur voor vrijwilligers, docenten, sportcoaches en iedereen die wil leren praten over zelfdoding en weet hoe je iemand doorverwijst.', ['suicidepreventie'], { area: ['Zeldervoort', 'Maasterhout'] }),
]);
org({ name: 'Herstelplek De Waard', place: 'Zeldervoort', street: 'Havenstraat 11', desc: `Herstelacademie door en voor ervaringsdeskundigen. ${ADDED}` }, [
  svc('Herstelplek De Waard', 'Cursussen, inloop en lotgenotengroepen voor mensen met psychische kwetsbaarheid. Zonder verwijzing, gratis.', ['herstel-lotgenoten', 'psychische-klachten']),
]);
org({ name: 'Thuiszorg Rivierenland', place: 'Zeldervoort-Oost', street: 'Industrieweg 30', desc: ADDED }, [
  svc('Wijkverpleging', 'Verpleging en verzorging thuis: wassen, aankleden, steunkousen, wondzorg, medicijnen. Zonder verwijzing, indicatie door de wijkverpleegkundige.', ['wijkverpleging']),
  svc('Casemanagement dementie', 'Een vaste casemanager voor mensen met (een vermoeden van) dementie en hun naasten.', ['dementie', 'mantelzorg']),
  svc('Nachtzorg en palliatieve thuiszorg', 'Zorg in de laatste levensfase thuis, ook ’s nachts.', ['palliatief', 'wijkverpleging']),
]);
org({ name: 'Zorggroep Rivierduinen', place: 'Bommeldijk', street: 'Wielenweg 2', desc: `Ouderenzorg in Zeldervoort en Bommeldijk. Let op: Huize De Wielen sluit in 2025; bewoners verhuizen naar Het Veerhuis. ${ADDED}` }, [
  svc('Huize De Wielen – verzorgingshuis Bommeldijk', 'Verzorgingshuis met 48 appartementen. Gesloten voor nieuwe opnames; locatie sluit.', ['wonen-met-zorg'], { status: 'inactive' }),
  svc('Dagverzorging De Wielen', 'Dagverzorging voor ouderen in Bommeldijk. Verhuisd naar Het Veerhuis.', ['dagbesteding'], { status: 'inactive' }),
  svc('Verhuisbegeleiding bewoners De Wielen', 'Een vaste contactpersoon helpt bewoners en familie bij de verhuizing naar een andere plek: kiezen van een woning, inpakken, afscheid nemen.', ['wonen-met-zorg', 'ouderen']),
  svc('Woonzorgcentrum Het Veerhuis', 'Verpleeghuiszorg en wonen met zorg met Wlz-indicatie. Afdeling voor mensen met dementie.', ['wonen-met-zorg', 'dementie'], { at: { name: 'Het Veerhuis', street: 'Veerweg 30', place: 'Zeldervoort' } }),
  svc('Dagbesteding Het Veerhuis', 'Dagbesteding voor ouderen met geheugenproblemen. Met Wmo-indicatie.', ['dagbesteding', 'dementie'], { at: { name: 'Het Veerhuis', street: 'Veerweg 30', place: 'Zeldervoort' } }),
  svc('Maaltijdservice Het Veerhuis', 'Warme maaltijd aan huis, zeven dagen per week, ook dieetmaaltijden.', ['maaltijden'], { fees: '€ 8,95 per maaltijd' }),
]);
org({ name: 'Alzheimer Café Zeldervoort', place: 'Zeldervoort', street: 'Veerweg 30', desc: ADDED }, [
  svc('Alzheimer Café', 'Elke derde dinsdag van de maand: informatie en gesprek voor mensen met dementie, hun partners en kinderen.', ['dementie', 'mantelzorg', 'ontmoeting']),
]);
org({ name: 'Ontmoetingshuis Het Geheugenpaleis', place: 'Varikhoven', street: 'Kerkstraat 3', desc: ADDED }, [
  svc('Ontmoetingshuis Het Geheugenpaleis', 'Vrij toegankelijke inloop voor mensen met beginnende geheugenproblemen en hun mantelzorgers. Zonder indicatie.', ['dementie', 'ontmoeting', 'mantelzorg']),
]);
org({ name: 'GGD Rivierenland', place: 'Maasterhout', street: 'Gezondheidsplein 1', desc: ADDED }, [
  svc('Consultatiebureau Zeldervoort', 'Jeugdgezondheidszorg 0-4 jaar: wegen, meten, vaccinaties, vragen over voeding en slapen.', ['jgz'], { at: { name: 'Gezondheidscentrum Zeldervoort', street: 'Molenweg 20', place: 'Zeldervoort' } }),
  svc('Jeugdarts en jeugdverpleegkundige op school', 'Voor kinderen 4-18 jaar. Onderzoek in groep 2 en 7, spreekuur op school.', ['jgz', 'onderwijs-leerplicht']),
  svc('Opvoedspreekuur', 'Vragen over driftbuien, zindelijkheid, pesten, puberteit? Maak een afspraak met de jeugdverpleegkundige.', ['opvoeden', 'jgz']),
  svc('Spreekuur seksuele gezondheid jongeren', 'Gratis en anoniem voor jongeren tot 25: soa-test, anticonceptie, vragen over seks.', ['seksuele-gezondheid'], { elig: 'tot 25 jaar' }),
]);
org({ name: 'Verloskundigenpraktijk De Uiterwaard', place: 'Zeldervoort', street: 'Molenweg 22', desc: ADDED }, [
  svc('Verloskundige zorg', 'Controles tijdens zwangerschap, bevalling thuis of in het ziekenhuis en nazorg.', ['zwangerschap']),
]);
org({ name: 'Kraamzorg Het Nest BV', place: 'Maasterhout', street: 'Handelsweg 5', desc: 'Commerciële kraamzorgorganisatie.' }, [
  svc('Kraamzorg', 'Kraamverzorgende aan huis na de bevalling. Inschrijven voor week 16.', ['zwangerschap'], { area: ['Zeldervoort', 'Maasterhout'] }),
]);
org({ name: 'Kinderopvang Het Rivierhuisje', place: 'Zeldervoort-Oost', street: 'Kastanjelaan 4', desc: 'Kinderdagverblijf en BSO.' }, [
  svc('Kinderdagverblijf en BSO Het Rivierhuisje', 'Dagopvang 0-4 jaar, peuteropvang en buitenschoolse opvang. Kinderopvangtoeslag mogelijk.', ['kinderopvang']),
]);
org({ name: 'Jeugdhulp Rivierland', place: 'Maasterhout', street: 'Parklaan 14', desc: ADDED }, [
  svc('Ambulante gezinsbegeleiding', 'Gezinsbegeleider komt thuis bij problemen in de opvoeding, ruzies of gedrag. Met beschikking van de gemeente.', ['jeugdhulp', 'opvoeden'], { area: ['Zeldervoort', 'Maasterhout'] }),
  svc('Schoolmaatschappelijk werk', 'Op alle scholen in Zeldervoort. Voor leerlingen en ouders bij problemen thuis of op school.', ['jeugdhulp', 'onderwijs-leerplicht']),
]);
org({ name: 'Gezinsmaatjes Rivierenland', place: 'Zeldervoort', street: 'Havenstraat 5', desc: ADDED }, [
  svc('Gezinsmaatjes', 'Een ervaren ouder als vrijwilliger die een paar uur per week meehelpt in gezinnen met jonge kinderen die het even zwaar hebben.', ['opvoeden']),
]);
org({ name: 'Stichting Steunpunt Beperking Rivierenland', place: 'Maasterhout', street: 'Stationsweg 12', desc: ADDED }, [
  svc('Cliëntondersteuning bij beperking', 'Voor mensen met een verstandelijke beperking, autisme of NAH en hun ouders. Hulp bij aanvragen en regelzaken.', ['beperking', 'clientondersteuning'], { area: ['Zeldervoort', 'Maasterhout'] }),
  svc('Autisme Ontmoetingsavond', 'Ontmoeting voor volwassenen met autisme.', ['beperking', 'ontmoeting'], { area: ['Zeldervoort', 'Maasterhout'] }),
]);
org({ name: 'Logeerhuis De Zandplaat', place: 'Ooijerwaard', street: 'Uiterwaardweg 3', desc: ADDED }, [
  svc('Logeerweekenden', 'Kinderen en jongeren met een beperking kunnen een weekend logeren, zodat ouders op adem kunnen komen.', ['respijtzorg', 'beperking']),
]);
org({ name: 'Voedselbank Zeldervoort', place: 'Zeldervoort-Oost', street: 'Industrieweg 8', desc: ADDED }, [
  svc('Voedselbank Zeldervoort', 'Wekelijks een voedselpakket voor huishoudens met weinig geld. Aanmelden via Sociaal Team of Schuldhulpmaatje.', ['voedselhulp'], { hours: 'uitgifte vrijdag 14-16 uur' }),
]);
org({ name: 'Diaconie Protestantse Gemeente Zeldervoort', place: 'Zeldervoort', street: 'Kerkplein 2', desc: ADDED }, [
  svc('Noodhulp diaconie', 'Eenmalige hulp in geld of boodschappenbonnen als er echt niets meer is.', ['inkomensondersteuning', 'voedselhulp'], { phone: false }),
]);
org({ name: 'Schuldhulpmaatje Zeldervoort', place: 'Zeldervoort', street: 'Kerkplein 2', desc: ADDED }, [
  svc('Schuldhulpmaatje', 'Getrainde vrijwilliger die naast je staat als je schulden hebt of je geld niet rond krijgt. Gratis en vertrouwelijk.', ['schulden', 'geldzorgen']),
]);
org({ name: 'Stichting Kansrijk Kind Zeldervoort', place: 'Zeldervoort', street: 'Kerkplein 2', desc: ADDED }, [
  svc('Kansrijk Kind', 'Fiets, sportkleding, schoolspullen voor kinderen uit gezinnen met een laag inkomen.', ['inkomensondersteuning']),
]);
org({ name: 'Sociaal Raadsliedenwerk Rivierenland', place: 'Zeldervoort', street: 'Havenstraat 3', desc: ADDED }, [
  svc('Sociaal raadslieden', 'Gratis advies over wetten en regels: toeslagen, belastingdienst, uitkering, huur, brieven van instanties. Ook bezwaar maken.', ['juridisch', 'geldzorgen']),
]);
org({ name: 'Advocatenkantoor Van Oosterwijk & Wiersma', place: 'Zeldervoort', street: 'Markt 19', desc: 'Advocatenkantoor.' }, [
  svc('Familierecht en arbeidsrecht', 'Echtscheiding, alimentatie, omgang, ontslag. Gesubsidieerde rechtsbijstand mogelijk.', ['juridisch', 'echtscheiding']),
]);
org({ name: 'Mediationpraktijk Tussen Twee', place: 'Zeldervoort-Oost', street: 'Kastanjelaan 19', desc: 'Mediation.' }, [
  svc('Scheidingsmediation', 'Samen afspraken maken over de kinderen, het huis en geld. Ouderschapsplan.', ['echtscheiding']),
]);
org({ name: 'Bibliotheek Rivierenland', place: 'Zeldervoort', street: 'Kerkstraat 14', desc: ADDED }, [
  svc('Taalhuis', 'Beter leren lezen, schrijven of rekenen? Of Nederlands oefenen? Gratis, met vrijwilligers. Ook voor Nederlanders.', ['taal']),
  svc('Digicafé', 'Hulp bij je telefoon, tablet of computer. Ook cursus Klik & Tik en werken met DigiD.', ['digitaal']),
  svc('Taalmaatje', 'Oefen Nederlands met een vrijwilliger, 1 uur per week.', ['taal', 'inburgering']),
]);
org({ name: 'Volwassenenonderwijs Rivierland', place: 'Maasterhout', street: 'Schoolweg 1', desc: ADDED }, [
  svc('NT2-lessen', 'Nederlands als tweede taal, niveau A1 tot B1, overdag en avond.', ['taal', 'inburgering'], { area: ['Zeldervoort', 'Maasterhout'] }),
]);
org({ name: 'Stichting Nieuwkomers Rivierenland', place: 'Zeldervoort', street: 'Havenstraat 5', desc: ADDED }, [
  svc('Begeleiding statushouders', 'Vrijwilligers begeleiden nieuwkomers het eerste jaar: post, school, dokter, gemeente.', ['inburgering']),
  svc('Spreekuur asiel en gezinshereniging', 'Vragen over de asielprocedure en gezinshereniging. Ook voor bewoners van azc De Hoge Waard.', ['asielzoekers', 'juridisch', 'inburgering']),
]);
org({ name: 'Stichting Opvang Rivierenland – locatie De Hoge Waard', place: 'Ooijerwaard', street: 'Hoge Waard 1', desc: 'Asielopvang.' }, [
  svc('Informatie voor omwonenden azc De Hoge Waard', 'Buurtavonden, klankbordgroep en contactpersoon voor vragen van omwonenden.', ['asielzoekers']),
  svc('Resident Desk (reception centre)', 'For residents: help with appointments, the doctor, school for children and activities. Open on weekdays.', ['asielzoekers'], { lang: ['en', 'ar', 'ti'] }),
]);
org({ name: 'Verslavingszorg Het Kompas', place: 'Maasterhout', street: 'Parklaan 20', desc: ADDED }, [
  svc('Ambulante verslavingszorg', 'Hulp bij problemen met alcohol, drugs, medicijnen of gokken. Ook voor naasten.', ['verslaving'], { area: ['Zeldervoort', 'Maasterhout'] }),
  svc('Preventie en voorlichting op scholen', 'Lessen over alcohol, vapen en drugs.', ['verslaving', 'jongeren']),
]);
org({ name: 'AA Zeldervoort', place: 'Zeldervoort', street: 'Kerkplein 2', desc: ADDED }, [
  svc('AA-groep dinsdagavond', 'Anonieme bijeenkomst voor mensen die willen stoppen met drinken.', ['verslaving'], { phone: false }),
]);
org({ name: 'Vrouwenopvang Rivierenland', place: 'Maasterhout', street: '-', secretAddress: true, desc: ADDED }, [
  svc('Opvang en ambulante hulp bij huiselijk geweld', 'Tijdelijk veilig wonen of hulp thuis voor vrouwen, mannen en kinderen.', ['huiselijk-geweld', 'dakloosheid'], { area: ['Zeldervoort', 'Maasterhout'] }),
]);
org({ name: 'Nachtopvang De Overtoom', place: 'Maasterhout', street: 'Stationsweg 44', desc: ADDED }, [
  svc('Nachtopvang', 'Bed, douche en ontbijt voor dak- en thuislozen. Vanaf 21 uur.', ['dakloosheid'], { area: ['Zeldervoort', 'Maasterhout'] }),
]);
org({ name: 'Woonstichting Dijkwonen', place: 'Zeldervoort', street: 'Havenstraat 1', desc: 'Woningcorporatie.' }, [
  svc('Huurwoning zoeken', 'Inschrijven als woningzoekende voor een sociale huurwoning in Zeldervoort en de dorpen.', ['huisvesting']),
  svc('Spreekuur huurachterstand', 'Loopt u achter met de huur? Neem snel contact op, dan maken we een betalingsregeling.', ['schulden']),
]);
org({ name: 'Hospice De Oversteek', place: 'Varikhoven', street: 'Dijkstraat 60', desc: ADDED }, [
  svc('Hospice', 'Vier kamers voor mensen in de laatste levensfase. Vrijwilligers en huisarts.', ['palliatief']),
  svc('Vrijwilligers terminale zorg thuis', 'Vrijwilligers waken of zijn er overdag zodat de mantelzorger even weg kan.', ['palliatief', 'mantelzorg', 'respijtzorg']),
]);
org({ name: 'Uitvaartverzorging Rivierland', place: 'Zeldervoort', street: 'Molenweg 50', desc: 'Uitvaartonderneming.' }, [
  svc('Uitvaart en nazorg', 'Dag en nacht bereikbaar bij overlijden. Nazorggesprek voor nabestaanden.', ['rouw']),
]);
org({ name: 'EHBO-vereniging Zeldervoort', place: 'Zeldervoort', street: 'Sportlaan 4', desc: ADDED }, [
  svc('Cursus EHBO en reanimatie (AED)', 'Diplomacursus eerste hulp, herhalingslessen en reanimatie met AED. Ook EHBO aan kinderen.', ['ehbo']),
]);
org({ name: 'Roze Rivier', place: 'Zeldervoort', street: 'Havenstraat 5', desc: ADDED }, [
  svc('Roze Rivier – ontmoeting LHBTI+', 'Maandelijkse borrel en jongerengroep voor lhbti+ mensen en hun vrienden.', ['lhbti', 'ontmoeting']),
]);
org({ name: 'FitDijk Sportschool', place: 'Zeldervoort-Oost', street: 'Sportlaan 10', desc: 'Sportschool.' }, [
  svc('Fit 55+', 'Groepslessen bewegen voor 55-plussers. Eerste maand gratis.', ['leefstijl'], { fees: '€ 29 per maand' }),
]);
org({ name: 'PC-Dokter Zeldervoort', place: 'Zeldervoort', street: 'Markt 25', desc: 'Computerwinkel en reparatie.' }, [
  svc('Computerhulp aan huis', 'Reparatie, installatie en uitleg bij u thuis. Voorrijkosten.', ['digitaal'], { fees: '€ 45 per uur' }),
]);
org({ name: 'Thuiszorgwinkel Van Dam', place: 'Zeldervoort-Oost', street: 'Industrieweg 14', desc: 'Winkel in hulpmiddelen.' }, [
  svc('Verkoop en verhuur hulpmiddelen', 'Rollators, krukken, douchestoelen, bedden. Ook uitleen via de zorgverzekering.', ['hulpmiddelen']),
]);
org({ name: 'Werkbedrijf Rivierland', place: 'Zeldervoort-Oost', street: 'Industrieweg 40', desc: ADDED }, [
  svc('Beschut werk en leerwerkplekken', 'Werkplekken in groen, montage en schoonmaak voor mensen met een afstand tot de arbeidsmarkt.', ['werk', 'beperking']),
]);
org({ name: 'Mantelzorgmakelaar Rivierenland', place: 'Maasterhout', street: 'Handelsweg 9', desc: 'Zelfstandig mantelzorgmakelaar.' }, [
  svc('Mantelzorgmakelaar', 'Neemt regeltaken over: aanvragen, indicaties, verhuizing naar verpleeghuis. Soms vergoed door werkgever of aanvullende verzekering.', ['mantelzorg', 'clientondersteuning']),
]);
org({ name: 'Repair Café De Dijk', place: 'Bommeldijk', street: 'Kerkpad 1', desc: ADDED }, [
  svc('Repair Café', 'Elke eerste zaterdag samen spullen repareren met koffie.', ['ontmoeting'], { phone: false }),
]);
