// SAMPLE DATA, FICTIONAL: the sociale kaart of the made-up new town Brakelveen (about 95,000
// residents, built 1980-2005 on reclaimed land). Published as the "Vraagwijzer" of the Sociaal
// Wijkteam: the wijkteam's own services are written as answers to fixed questions ("Waarmee helpen
// we? … Voor wie? … Wat kost het? … Hoe kom je bij ons?"), partners write their own plainer texts.
// Every name, street, postal code (0350-0389) and phone number is invented.
import { svc, addingTo } from '../write-directory.mjs';

export const TOPICS = {
  'algemene-toegang': 'een eerste plek voor elke vraag over zorg, welzijn, geld of wonen als je niet weet waar je moet beginnen',
  huisarts: 'huisartsenzorg overdag: medische klachten, inschrijven bij een huisarts',
  huisartsenpost: 'dringende medische zorg buiten kantoortijden, avond, nacht en weekend',
  'poh-ggz': 'praktijkondersteuner ggz bij de huisarts: een paar gesprekken bij psychische klachten',
  'ggz-basis': 'basis-ggz en psychologen: behandeling van lichte tot matige psychische klachten',
  'ggz-specialistisch': 'specialistische ggz en psychiatrie voor ernstige of langdurige psychische problemen',
  'ggz-crisisdienst': 'het lokale ggz-crisisteam dat bij een acute psychische crisis komt (via huisarts of huisartsenpost)',
  somberheid: 'lichte psychische klachten: somber, stress, angstig, overbelast, slecht slapen, niet lekker in je vel',
  'herstel-peers': 'herstel met ervaringsdeskundigen en lotgenoten: herstelwerkplaats, zelfhulpgroepen',
  suicidepreventie: 'voorlichting, training en nazorg rond zelfdoding en suïcidale gedachten',
  verslaving: 'alcohol, drugs, gokken of gamen: hulp, behandeling, voorlichting en zelfhulp',
  jeugdhulp: 'hulp voor kinderen en jongeren met problemen: gedrag, emoties, pesten, thuis',
  opvoedsteun: 'vragen over opvoeden en opgroeien, steun voor ouders',
  jgz: 'jeugdgezondheidszorg: consultatiebureau, jeugdarts en jeugdverpleegkundige 0-18',
  zwangerschap: 'zwangerschap, verloskunde, kraamzorg en een goede start na de geboorte',
  'alleenstaande-ouder': 'steun voor ouders die er alleen voor staan',
  kinderopvang: 'kinderopvang, gastouders, buitenschoolse opvang en oppas',
  jongerenwerk: 'jongerenwerk: plekken, activiteiten en een aanspreekpunt voor jongeren 12-23',
  onderwijs: 'school en leren: schoolverzuim, leerplicht, huiswerkbegeleiding, schoolmaatschappelijk werk',
  'ouderen-welzijn': 'welzijn en activiteiten voor ouderen, huisbezoek, ouderenadvies',
  valpreventie: 'vallen voorkomen bij ouderen: valtest, beweeggroepen, balanstraining',
  thuiszorg: 'wijkverpleging en persoonlijke verzorging thuis',
  'huishoudelijke-hulp': 'hulp bij het huishouden, schoonmaken',
  'wmo-voorzieningen': 'Wmo: hulpmiddelen, woningaanpassing, scootmobiel, rolstoel, maatwerkvoorziening',
  vervoer: 'vervoer voor wie niet zelf kan reizen: regiotaxi, plusbus, rijdende vrijwilligers',
  'boodschappen-klussen': 'praktische hulp van vrijwilligers thuis: boodschappen, klusjes, tuin',
  mantelzorg: 'steun en advies voor mantelzorgers, ook jonge mantelzorgers',
  respijtzorg: 'de zorg even overdragen: logeeropvang, oppas aan huis, respijtzorg',
  dementie: 'dementie en geheugenproblemen: casemanager, ontmoeting, advies voor naasten',
  palliatief: 'zorg in de laatste levensfase: palliatieve zorg, hospice, vrijwilligers terminale thuiszorg',
  beperking: 'mensen met een lichamelijke of verstandelijke beperking, autisme of NAH',
  dagbesteding: 'dagbesteding: een zinvolle dag met begeleiding',
  clientondersteuning: 'onafhankelijke cliëntondersteuning: iemand die met je meegaat naar gemeente, CIZ of zorgaanbieder',
  schulden: 'schuldhulp, schuldregeling, beschermingsbewind',
  geldzorgen: 'rondkomen, budgetteren, geld tekort, grip op je geld',
  administratie: 'hulp bij post, brieven, formulieren en je papieren',
  'inkomen-toeslagen': 'uitkering, toeslagen, bijzondere bijstand, minimaregelingen en fondsen',
  energie: 'energierekening omlaag, energiecoach, energiearmoede',
  voedselbank: 'voedselhulp: voedselbank, gratis eten',
  'kleding-spullen': 'gratis of goedkope kleding, meubels, speelgoed en spullen',
  werk: 'werk zoeken, re-integratie, solliciteren, leerwerkplekken',
  vrijwilligerswerk: 'vrijwilligerswerk vinden of doen',
  wonen: 'huisvesting: woning zoeken, urgentie, huurachterstand, dreigende uitzetting',
  dakloosheid: 'dakloos of geen vaste plek: nachtopvang, maatschappelijke opvang',
  burenruzie: 'ruzie of overlast met buren: buurtbemiddeling',
  'huiselijk-geweld': 'huiselijk geweld en kindermishandeling: hulp, opvang, advies',
  juridisch: 'juridisch advies en rechtshulp',
  scheiding: 'scheiden: ouderschapsplan, omgang, mediation, kinderen bij scheiding',
  taal: 'Nederlands leren als tweede taal, taalcafé, oefenen met spreken',
  laaggeletterdheid: 'beter leren lezen, schrijven en rekenen',
  digitaal: 'digitale vaardigheden: computer, smartphone, DigiD, online formulieren',
  nieuwkomers: 'statushouders, nieuwkomers en inburgering, wegwijs in Nederland',
  'eigen-taal-cultuur': 'steun van en in de eigen gemeenschap of taal (Surinaams, Antilliaans, Ghanees)',
  eenzaamheid: 'eenzaamheid: een maatje, bezoek, contact met anderen',
  ontmoeting: 'ontmoeting en activiteiten in de buurt: buurthuis, inloop, koffieochtend',
  rouw: 'rouw en verlies: rouwbegeleiding, lotgenoten, uitvaart',
  zingeving: 'levensvragen, geloof en pastorale zorg',
  bewegen: 'sport en bewegen, buurtsportcoach, sporten met weinig geld',
  leefstijl: 'gezonde leefstijl, overgewicht, GLI, diëtist',
  fysiotherapie: 'fysiotherapie en oefentherapie',
  apotheek: 'apotheek: medicijnen, medicatiegesprek',
  mondzorg: 'tandarts en mondzorg',
  'chronische-ziekte': 'leven met een chronische ziekte: diabetes, COPD, hart en vaten',
  'seksuele-gezondheid': 'seksuele gezondheid: soa-test, anticonceptie, ongewenst zwanger',
  lhbti: 'lhbti+: ontmoeting en steun voor lesbische, homo, bi, trans en queer mensen',
  'ehbo-cursus': 'cursussen eerste hulp en reanimatie',
};

export const places = {
  Centrum: { gemeente: 'Brakelveen', pc: '0350' },
  Polderhart: { gemeente: 'Brakelveen', pc: '0354' },
  'De Slikken': { gemeente: 'Brakelveen', pc: '0358' },
  Kreekrug: { gemeente: 'Brakelveen', pc: '0362' },
  Zuidkavel: { gemeente: 'Brakelveen', pc: '0367' },
  Noorderbraak: { gemeente: 'Brakelveen', pc: '0372' },
  Dijkzicht: { gemeente: 'Brakelveen', pc: '0377' },
  Ouderhoek: { gemeente: 'Ouderhoek', pc: '0385' },
};

export const organizations = [];
const org = addingTo(organizations);

/** The Vraagwijzer's fixed shape: four questions, each answered in a line or a few " - " points. */
const qa = (waarmee, voorWie, kost, hoe, extra) =>
  `Waarmee helpen we? ${waarmee} Voor wie? ${voorWie} Wat kost het? ${kost} Hoe kom je bij ons? ${hoe}${extra ? ` Goed om te weten: ${extra}` : ''}`;
const GRATIS = 'Niks, het is gratis.';
const REGIO = ['Brakelveen', 'Ouderhoek'];

// ---------------------------------------------------------------- the wijkteam (Vraagwijzer style)

org(
  {
    name: 'Sociaal Wijkteam Brakelveen',
    alt: 'Vraagwijzer',
    place: 'Centrum',
    street: 'Havenplein 4',
    desc: 'Het Sociaal Wijkteam is er voor al je vragen over zorg, geld, wonen, werk en opvoeden. In de Vraagwijzer staat wat wij doen en wat onze partners doen. Niet gevonden wat je zoekt? Loop binnen of bel ons, we denken met je mee.',
  },
  [
    svc(
      'Waar moet ik beginnen?',
      qa(
        'Je zit ergens mee en je weet niet bij wie je moet zijn. - We luisteren naar je verhaal - We kijken samen wat je nodig hebt - We regelen het zelf of we brengen je naar de juiste plek.',
        'Alle inwoners van Brakelveen, jong en oud.',
        GRATIS,
        'Loop binnen op het Havenplein of in een van de wijkposten, of bel ons. Je hoeft geen afspraak te maken.',
      ),
      ['algemene-toegang'],
      { hours: 'maandag t/m vrijdag 9.00-17.00, inloop 9.00-12.00' },
    ),
    svc(
      'Rood staan?',
      qa(
        'Kom je elke maand geld tekort, of staat je rekening in de min? - Samen maken we een overzicht van wat er binnenkomt en wat eruit gaat - We kijken of je geld laat liggen - Zijn er achterstanden, dan pakken we die meteen op.',
        'Iedereen in Brakelveen die zich zorgen maakt over geld. Ook als je werkt.',
        GRATIS,
        'Bel ons of loop binnen. Neem je bankafschriften en de brieven die je hebt mee.',
      ),
      ['geldzorgen', 'schulden'],
    ),
    svc(
      'Hulp bij je post',
      qa(
        'Ligt er een stapel brieven die je niet open durft te maken? Blauwe enveloppen, aanmaningen, formulieren van de gemeente? - Een vrijwilliger leest met je mee - Samen maken we de stapel klein - We helpen je met invullen en terugsturen.',
        'Iedereen die moeite heeft met papieren, ook als lezen lastig is.',
        GRATIS,
        'Kom naar het Postspreekuur in de wijkpost bij jou in de buurt, of vraag om een vrijwilliger aan huis.',
      ),
      ['administratie'],
      { alt: 'Postspreekuur', hours: 'dinsdag en donderdag 13.30-16.00' },
    ),
    svc(
      'Kom je er niet meer uit met je schulden?',
      qa(
        'Als de schulden te hoog zijn opgelopen, helpt de gemeentelijke schuldhulpverlening. - We brengen al je schulden in kaart - We zorgen voor rust met schuldeisers - Daarna volgt een schuldregeling, budgetbeheer of de Wsnp.',
        'Inwoners van 18 jaar en ouder met problematische schulden. Ook zzp\'ers kunnen zich melden.',
        'Gratis. Budgetbeheer is gratis bij een laag inkomen.',
        'Meld je aan via het wijkteam. Je krijgt binnen 3 werkdagen een eerste gesprek.',
      ),
      ['schulden'],
      { alt: 'Schuldhulpverlening' },
    ),
    svc(
      'Even niet meer?',
      qa(
        'Voel je je moe, somber of opgejaagd, en loopt alles je boven het hoofd? - Een paar gesprekken met een wijkteammedewerker - Samen zoeken we wat je rust geeft en wie je kan helpen - Is meer nodig, dan gaan we samen naar de huisarts.',
        'Volwassenen die vastlopen door stress, zorgen of verdriet.',
        GRATIS,
        'Bel of app ons. Je kunt ook afspreken op een rustige plek buiten het kantoor, bijvoorbeeld een wandeling.',
      ),
      ['somberheid'],
    ),
    svc(
      'Hulp in huis nodig?',
      qa(
        'Lukt het schoonmaken, wassen of koken niet meer door ziekte, ouderdom of een beperking? - We komen bij je thuis voor een keukentafelgesprek - We kijken wat je zelf kunt en wat je netwerk kan doen - Waar nodig zetten we huishoudelijke hulp of een hulpmiddel in (Wmo).',
        'Inwoners die thuis willen blijven wonen maar hulp nodig hebben.',
        'Voor een Wmo-voorziening betaal je een eigen bijdrage via het CAK, maximaal € 21,80 per maand.',
        'Bel ons, dan plannen we een gesprek bij jou thuis. Iemand uit je omgeving mag erbij zijn.',
      ),
      ['huishoudelijke-hulp', 'wmo-voorzieningen'],
    ),
    svc(
      'Aanpassing in je huis?',
      qa(
        'Kom je de trap niet meer op of is douchen onveilig? - Traplift, douchestoel, drempelhulp of een verhoogd toilet - Een rolstoel of scootmobiel - Advies van een ergotherapeut.',
        'Mensen met een beperking of ouderen in Brakelveen.',
        'Eigen bijdrage via het CAK. Kleine hulpmiddelen kun je vaak lenen bij de thuiszorgwinkel.',
        'Via het keukentafelgesprek met het wijkteam.',
      ),
      ['wmo-voorzieningen'],
    ),
    svc(
      'Samen naar het gesprek?',
      qa(
        'Moet je naar een gesprek bij de gemeente, het CIZ of een zorgaanbieder en zie je daar tegenop? Een onafhankelijke cliëntondersteuner - bereidt het gesprek met je voor - gaat met je mee - let erop dat jouw wensen op papier komen.',
        'Iedereen die een aanvraag doet voor Wmo, Jeugdwet, Participatiewet of Wlz.',
        GRATIS,
        'Vraag ernaar bij het wijkteam. De cliëntondersteuner werkt niet voor de afdeling die beslist.',
      ),
      ['clientondersteuning'],
    ),
    svc(
      'Geen dak boven je hoofd?',
      qa(
        'Heb je geen eigen plek meer, slaap je bij vrienden of in je auto? - We zoeken met je naar een slaapplek voor vannacht - We helpen je met een briefadres zodat je uitkering doorloopt - Samen werken we aan een eigen woonplek.',
        'Inwoners van 18 jaar en ouder zonder vaste woonplek.',
        GRATIS,
        'Kom langs op het Havenplein. Na 17.00 uur kun je direct naar de nachtopvang De Steiger.',
      ),
      ['dakloosheid', 'wonen'],
    ),
    svc(
      'Bang je huis kwijt te raken?',
      qa(
        'Heb je een huurachterstand, een brief van de deurwaarder of een datum voor ontruiming? - We bellen met de verhuurder - We maken een betalingsregeling - We kijken naar de oorzaak, zodat het niet opnieuw gebeurt.',
        'Huurders in Brakelveen, bij Polderwonen of een particuliere verhuurder.',
        GRATIS,
        'Bel ons zo snel mogelijk. Hoe eerder, hoe meer we kunnen doen.',
      ),
      ['wonen', 'schulden'],
    ),
    svc(
      'Gedoe met de buren?',
      qa(
        'Last van geluid, rommel, een hond die blaft of ruzie over de schutting? - Twee getrainde buurtbemiddelaars praten eerst met jou - Daarna met je buren - Dan zitten jullie samen aan tafel en maken jullie afspraken.',
        'Buren in Brakelveen die er samen uit willen komen.',
        GRATIS,
        'Meld je aan bij het wijkteam. De bemiddelaars zijn vrijwilligers en kiezen geen kant.',
      ),
      ['burenruzie'],
      { alt: 'Buurtbemiddeling' },
    ),
    svc(
      'Thuis niet veilig?',
      qa(
        'Wordt er thuis geschreeuwd, gedreigd of geslagen? Controleert je partner je telefoon en je geld? Maak je je zorgen om een kind in je omgeving? - Je praat met een medewerker die veel weet van huiselijk geweld - Samen maken we een plan voor jouw veiligheid - Ook de pleger kan bij ons terecht.',
        'Slachtoffers, kinderen, plegers en omstanders.',
        GRATIS,
        'Bel ons en vraag naar de aandachtsfunctionaris. Is er nu direct gevaar, bel dan 112.',
      ),
      ['huiselijk-geweld'],
    ),
    svc(
      'Nieuw in Brakelveen?',
      qa(
        'Ben je net verhuisd of heb je een verblijfsvergunning gekregen? - We helpen je wegwijs maken: huisarts, school, bank, zorgverzekering - We zoeken een taalcursus of taalmaatje - We verwijzen je naar de inburgering.',
        'Nieuwe inwoners en statushouders.',
        GRATIS,
        'Loop binnen op het Havenplein. Een tolk kan erbij, ook via de telefoon.',
      ),
      ['nieuwkomers', 'algemene-toegang'],
      { lang: ['nl', 'en', 'ar', 'ti'] },
    ),
    svc(
      'New in town? Ask the wijkteam',
      'What do we help with? Any question about care, money, housing, work or your children, when you do not know where to go. - We listen - We sort out what you need - We help you fill in Dutch forms. Who is it for? Everyone living in Brakelveen, including expats and international workers. What does it cost? Nothing. How to reach us? Walk in at Havenplein 4 or call us. We speak English.',
      ['algemene-toegang', 'nieuwkomers'],
      { lang: ['en'] },
    ),
    svc(
      'Chat met de Vraagwijzer',
      qa(
        'Je vraag stellen zonder de deur uit te gaan. Een medewerker van het wijkteam chat met je en zoekt het voor je uit.',
        'Iedereen in Brakelveen, ook anoniem.',
        GRATIS,
        'Via de chatknop op de website, op werkdagen van 9.00 tot 21.00 uur.',
      ),
      ['algemene-toegang'],
      { online: true, phone: false },
    ),
    svc(
      'Spreekuur wijkpost Dijkzicht',
      'Dit spreekuur is tijdelijk gestopt door de verbouwing van MFC Dijkzicht. Je kunt terecht op het Havenplein.',
      ['algemene-toegang'],
      { status: 'inactive', at: { name: 'MFC Dijkzicht', street: 'Zeewering 12', place: 'Dijkzicht' } },
    ),
  ],
);

org(
  {
    name: 'Jeugd- en Gezinsteam Brakelveen',
    alt: 'JGT',
    place: 'Polderhart',
    street: 'Kreekpad 20',
    desc: 'Het Jeugd- en Gezinsteam is het deel van het Sociaal Wijkteam voor kinderen, jongeren en ouders. Je vindt ons in elke wijk en op alle basisscholen.',
  },
  [
    svc(
      'Vragen over opvoeden?',
      qa(
        'Driftbuien, slapen, eten, schermtijd of puberteit: opvoeden is niet altijd makkelijk. - Een gesprek met een gezinscoach - Tips die passen bij jouw gezin - Een oudercursus als je dat wilt.',
        'Ouders en verzorgers van kinderen van 0 tot 18 jaar.',
        GRATIS,
        'Spreek een gezinscoach aan op school of bel ons. Geen verwijzing nodig.',
      ),
      ['opvoedsteun'],
    ),
    svc(
      'Zit je kind niet lekker in z\'n vel?',
      qa(
        'Is je kind vaak boos, bang of verdrietig, wordt het gepest of loopt het vast op school? - We praten met jou en je kind - We zoeken samen naar oplossingen - Is er meer hulp nodig, dan regelen we jeugdhulp en geven we een verwijzing.',
        'Kinderen en jongeren tot 18 jaar en hun ouders.',
        GRATIS,
        'Bel ons of vraag de leerkracht om contact te leggen.',
      ),
      ['jeugdhulp'],
    ),
    svc(
      'Alles alleen doen?',
      qa(
        'Je staat er alleen voor met de kinderen, het werk en het geld. - Solo-ouderkring: elke maand samen eten en praten met andere alleenstaande ouders - Oppas voor de kinderen tijdens de avond - Hulp bij geld en regelingen voor eenoudergezinnen.',
        'Moeders en vaders die hun kinderen (grotendeels) alleen opvoeden.',
        'Gratis, het eten ook.',
        'Meld je aan bij het Jeugd- en Gezinsteam of kom gewoon een keer langs.',
      ),
      ['alleenstaande-ouder', 'opvoedsteun'],
      { alt: 'Solo-ouderkring', hours: 'elke eerste donderdag van de maand 17.30-20.00' },
    ),
    svc(
      'Uit elkaar met kinderen?',
      qa(
        'Jullie gaan scheiden en willen het goed doen voor de kinderen. - Hulp bij het ouderschapsplan en afspraken over omgang - Kinderen praten in een groep met andere kinderen van gescheiden ouders - Gesprekken als de ruzie hoog oploopt.',
        'Ouders die uit elkaar gaan of al gescheiden zijn, en hun kinderen.',
        GRATIS,
        'Bel ons. Je kunt ook alleen komen als je ex niet mee wil.',
      ),
      ['scheiding', 'opvoedsteun'],
    ),
    svc(
      'Zwanger en veel aan je hoofd?',
      qa(
        'Je bent zwanger en er speelt veel: geld, wonen, een relatie die niet goed gaat, of je twijfelt. - Een vaste coach vanaf de zwangerschap tot je kind 2 jaar is (Kansrijke Start) - Samen met verloskundige en consultatiebureau - Hulp bij babyspullen.',
        'Aanstaande ouders in Brakelveen, ook tienermoeders.',
        GRATIS,
        'Meld je zelf aan, of vraag je verloskundige om dat te doen.',
      ),
      ['zwangerschap', 'opvoedsteun'],
    ),
    svc(
      'Zorg jij thuis mee?',
      qa(
        'Is je moeder, vader, broer of zus ziek, verslaafd of heeft die een beperking, en help jij veel mee? - Uitjes met andere jonge mantelzorgers - Iemand om mee te praten - Hulp om school en zorg te combineren.',
        'Jongeren van 8 tot 24 jaar.',
        GRATIS,
        'App ons of vraag je mentor.',
      ),
      ['mantelzorg', 'jeugdhulp'],
      { alt: 'Jonge mantelzorgers' },
    ),
  ],
);

org(
  {
    name: 'Geldpunt Brakelveen',
    place: 'Centrum',
    street: 'Havenplein 4',
    desc: 'Het Geldpunt is het geldloket van het Sociaal Wijkteam. Wij helpen je overzicht te krijgen en te houden.',
  },
  [
    svc(
      'Hoe kom ik rond?',
      qa(
        'Je wilt grip op je geld. - Samen maken we een begroting - Je leert werken met potjes en een kasboek - Een vrijwillige thuisadministrateur komt een paar maanden bij je langs.',
        'Iedereen die wil leren budgetteren.',
        GRATIS,
        'Meld je aan bij het Geldpunt of kom naar het inloopspreekuur.',
      ),
      ['geldzorgen'],
      { alt: 'Budgetcoaching', hours: 'inloop woensdag 9.30-12.00' },
    ),
    svc(
      'Heb ik recht op meer?',
      qa(
        'Veel mensen in Brakelveen krijgen niet alles waar ze recht op hebben. - Check op zorgtoeslag, huurtoeslag en kinderopvangtoeslag - Bijzondere bijstand en kwijtschelding gemeentelijke belastingen - De BrakelPas voor korting op sport, cultuur en zwemles.',
        'Inwoners met een laag inkomen.',
        GRATIS,
        'Maak een afspraak. Neem je loonstrook of uitkeringsspecificatie mee.',
      ),
      ['inkomen-toeslagen'],
      { alt: 'Geldcheck' },
    ),
    svc(
      'Energierekening te hoog?',
      qa(
        'Schrik je van het voorschot of de jaarafrekening? - Een energiecoach komt langs - Je krijgt gratis tochtstrips, ledlampen en een radiatorfolie - Uitleg over je contract en je meterstanden.',
        'Huurders en huiseigenaren in Brakelveen.',
        GRATIS,
        'Vraag een bezoek aan bij het Geldpunt.',
      ),
      ['energie', 'geldzorgen'],
    ),
    svc(
      'Jong en in de min?',
      qa(
        'Telefoonabonnement, studieschuld, boetes of een achterstand bij je zorgverzekering? - Een coach van je eigen leeftijd - We maken een plan en bellen samen de schuldeisers - Hulp bij werk of een opleiding zodat er meer binnenkomt.',
        'Jongeren van 18 tot 27 jaar.',
        GRATIS,
        'App of Instagram, of kom naar het jongerenspreekuur in De Loods.',
      ),
      ['schulden', 'geldzorgen'],
    ),
    svc(
      'Kan je kind niet mee?',
      qa(
        'Geen geld voor een schoolreisje, een laptop, de voetbalclub of een verjaardagsfeestje? - Het Kindpakket: een tegoed per kind per jaar - Aanvullen via het Jeugdfonds Sport & Cultuur.',
        'Gezinnen met een inkomen tot 130% van het sociaal minimum.',
        GRATIS,
        'Aanvragen via het Geldpunt, ook via de intern begeleider op school.',
      ),
      ['inkomen-toeslagen'],
      { alt: 'Kindpakket' },
    ),
  ],
);

org(
  {
    name: 'Mantelzorgpunt Brakelveen',
    place: 'Kreekrug',
    street: 'Getijdenlaan 3',
    desc: 'Het Mantelzorgpunt hoort bij het Sociaal Wijkteam en is er voor iedereen die zorgt voor een ander.',
  },
  [
    svc(
      'Zorg je voor iemand?',
      qa(
        'Je zorgt voor je partner, ouder, kind of buur en het wordt veel. - Een gesprek over hoe het met jou gaat - Informatie over regelingen en het mantelzorgcompliment - Lotgenotengroepen en cursussen.',
        'Mantelzorgers van alle leeftijden.',
        GRATIS,
        'Bel of mail het Mantelzorgpunt.',
      ),
      ['mantelzorg'],
    ),
    svc(
      'Even vrij van zorgen?',
      qa(
        'Je wilt een dag of een weekend weg, of gewoon een middag voor jezelf. - Een vrijwilliger neemt de zorg thuis over - Logeeropvang in zorgcentrum De Schor - Vakantie met zorg.',
        'Mantelzorgers die de zorg even willen overdragen.',
        'Vrijwillige oppas is gratis. Voor logeeropvang kan een eigen bijdrage gelden.',
        'Via je mantelzorgconsulent.',
      ),
      ['respijtzorg', 'mantelzorg'],
    ),
    svc(
      'Zorg je voor iemand die vergeetachtig wordt?',
      qa(
        'Je partner of ouder vergeet steeds meer en je weet niet goed hoe je ermee om moet gaan. - Cursus omgaan met dementie - Een gesprek met de mantelzorgconsulent - Samen met de casemanager dementie van de thuiszorg.',
        'Naasten van mensen met (beginnende) dementie.',
        GRATIS,
        'Meld je aan bij het Mantelzorgpunt.',
      ),
      ['dementie', 'mantelzorg'],
    ),
  ],
);

org(
  {
    name: 'Welzijn Brakelveen',
    alt: 'Buurtkamers',
    place: 'Polderhart',
    street: 'Slenkweg 41',
    desc: 'Welzijn Brakelveen runt de buurtkamers en het vrijwilligerswerk, in opdracht van en samen met het Sociaal Wijkteam.',
  },
  [
    svc(
      'Zin in koffie en een praatje?',
      qa(
        'In elke wijk is een buurtkamer: binnenlopen, koffie drinken, een spelletje, samen eten op vrijdag. - Koffieochtend - Handwerkclub - Kookclub en eettafel.',
        'Iedereen uit de buurt.',
        'De koffie is gratis, de maaltijd kost € 4.',
        'Loop binnen, je hoeft je niet aan te melden.',
      ),
      ['ontmoeting', 'eenzaamheid'],
      { alt: 'Buurtkamer', hours: 'maandag t/m vrijdag 10.00-15.00' },
    ),
    svc(
      'Een maatje?',
      qa(
        'Mis je iemand om mee te praten, te wandelen of eens de stad in te gaan? - We koppelen je aan een vrijwilliger die bij je past - Jullie zien elkaar een keer per week - Zo lang als jullie dat samen willen.',
        'Volwassenen die zich alleen voelen of weinig mensen om zich heen hebben.',
        GRATIS,
        'Bel ons, dan komt een coördinator kennismaken.',
      ),
      ['eenzaamheid'],
      { alt: 'Maatjesproject' },
    ),
    svc(
      'Boodschappen lukt niet meer?',
      qa(
        'Kun je even niet zelf naar de winkel, of is een klusje te zwaar? - Boodschappen doen - Een lamp ophangen of de tuin bijhouden - Even samen naar de apotheek.',
        'Ouderen en mensen die ziek zijn of herstellen, zonder hulp om zich heen.',
        'Gratis, je betaalt alleen de boodschappen.',
        'Bel de Burenhulplijn van Welzijn Brakelveen.',
      ),
      ['boodschappen-klussen'],
      { alt: 'Burenhulp' },
    ),
    svc(
      'Iets doen voor een ander?',
      qa(
        'Je hebt tijd en wilt iets betekenen. - De vacaturebank met meer dan 200 plekken - Een gesprek over wat bij je past - Vrijwilligerswerk met taalondersteuning.',
        'Iedereen vanaf 14 jaar, ook met een uitkering.',
        GRATIS,
        'Kom naar het Vrijwilligerspunt of kijk in de vacaturebank.',
      ),
      ['vrijwilligerswerk'],
      { alt: 'Vrijwilligerspunt' },
    ),
    svc(
      'Briefje van de huisarts gekregen?',
      qa(
        'Je huisarts of POH heeft je doorgestuurd voor Welzijn op Recept. - Een welzijnscoach luistert wat jou energie geeft - Samen zoeken jullie een activiteit: wandelgroep, tuinieren, schilderen, vrijwilligerswerk - De coach gaat de eerste keer mee.',
        'Volwassenen met klachten als somberheid, eenzaamheid of stress zonder medische oorzaak.',
        GRATIS,
        'Via de huisarts, POH of het wijkteam.',
      ),
      ['somberheid', 'eenzaamheid', 'ontmoeting'],
      { alt: 'Welzijn op Recept' },
    ),
    svc(
      'Mee met de Plusbus?',
      qa(
        'Even naar de markt, het ziekenhuis in Ouderhoek of op bezoek? - Vrijwillige chauffeurs halen je thuis op - Ook met rollator.',
        'Inwoners van 65+ en mensen die slecht ter been zijn.',
        '€ 1,50 per rit binnen Brakelveen, € 3 naar Ouderhoek. Lidmaatschap € 15 per jaar.',
        'Bel een dag van tevoren vóór 12.00 uur.',
      ),
      ['vervoer', 'ouderen-welzijn'],
      { area: REGIO },
    ),
    svc(
      'Stevig op je benen?',
      qa(
        'Ben je weleens gevallen of ben je bang om te vallen? - Doe de valtest in de buurtkamer - Beweeggroep "In Balans": 10 weken oefenen met balans en kracht - Tips voor een veilig huis.',
        'Thuiswonende ouderen vanaf 65 jaar.',
        '€ 25 voor 10 lessen, met BrakelPas gratis.',
        'Meld je aan bij de buurtkamer of via je fysiotherapeut.',
      ),
      ['valpreventie', 'bewegen', 'ouderen-welzijn'],
      { alt: 'In Balans' },
    ),
    svc(
      'Word je 75?',
      qa(
        'Iedereen die 75 wordt krijgt een bezoek van een vrijwillige ouderenadviseur. - Een gesprek over hoe het gaat met wonen, gezondheid en contacten - Informatie over activiteiten en hulp in de buurt.',
        'Inwoners van 75 jaar en ouder.',
        GRATIS,
        'Je krijgt vanzelf een brief. Liever eerder? Bel de ouderenadviseur.',
      ),
      ['ouderen-welzijn', 'eenzaamheid'],
      { alt: 'Ouderenadvies' },
    ),
  ],
);

org(
  {
    name: 'Jongerenwerk Brakelveen',
    alt: 'De Loods',
    place: 'Zuidkavel',
    street: 'Sluisdok 2',
    desc: 'Het jongerenwerk hoort bij Welzijn Brakelveen. Jongerencentrum De Loods en ambulante jongerenwerkers op straat.',
  },
  [
    svc(
      'Chill plek nodig?',
      qa(
        'De Loods is jouw plek: - gamen, pool, muziek maken in de studio - dansen en sporten - gewoon hangen met vrienden.',
        'Jongeren van 12 tot 23 jaar.',
        GRATIS,
        'Gewoon binnenlopen. Check Insta voor het programma.',
      ),
      ['jongerenwerk', 'ontmoeting'],
      { hours: 'di-vr 15.00-22.00, za 14.00-23.00' },
    ),
    svc(
      'Praten met iemand die je snapt?',
      qa(
        'Gedoe thuis, op school, met geld of met politie? - Een jongerenwerker luistert en denkt mee - Zonder dat je ouders het hoeven te weten - Samen naar de juiste hulp als dat nodig is.',
        'Jongeren van 12 tot 23 jaar.',
        GRATIS,
        'App je jongerenwerker of spreek iemand aan op straat of in De Loods.',
      ),
      ['jongerenwerk', 'jeugdhulp'],
    ),
  ],
);

// ---------------------------------------------------------------- partners with their own texts

org(
  { name: 'Huisartsenpraktijk De Slikken', place: 'De Slikken', street: 'Wadstraat 7', desc: 'Huisartsenpraktijk met drie huisartsen, praktijkondersteuners en een doktersassistente.' },
  [
    svc('Huisartsenzorg', 'Spreekuur op afspraak, telefonisch consult en huisbezoek. Nieuwe patiënten uit De Slikken en Kreekrug kunnen zich inschrijven. Herhaalrecepten via de receptenlijn.', ['huisarts'], { hours: 'ma-vr 8.00-17.00' }),
    svc('POH-GGZ', 'De praktijkondersteuner GGZ biedt kortdurende begeleiding bij psychische klachten zoals angst, somberheid, rouw en burn-out. Maximaal 8 gesprekken, ook e-health modules. Na verwijzing door uw huisarts.', ['poh-ggz', 'somberheid'], { fees: 'Vergoed uit de basisverzekering, geen eigen risico.' }),
    svc('Spreekuur diabetes, astma en COPD', 'Controles door de praktijkverpleegkundige voor patiënten met diabetes mellitus type 2, astma, COPD of een verhoogd risico op hart- en vaatziekten (CVRM).', ['chronische-ziekte']),
  ],
);

org(
  { name: 'Gezondheidscentrum Kreekrug', place: 'Kreekrug', street: 'Getijdenlaan 11', desc: 'Gezondheidscentrum met huisartsen, apotheek, fysiotherapie, diëtist en verloskundigen onder één dak.' },
  [
    svc('Huisarts', 'Let op: patiëntenstop voor nieuwe inschrijvingen tot nader bericht, behalve voor pasgeborenen en gezinsleden van ingeschreven patiënten.', ['huisarts']),
    svc('Apotheek Kreekrug', 'Medicijnen ophalen, baxterrol, medicatiebeoordeling en uitleg over uw medicijnen. Bezorgservice voor ouderen.', ['apotheek'], { hours: 'ma-vr 8.00-18.00, za 10.00-12.00' }),
    svc('Fysiotherapie en oefentherapie', 'Behandeling van rug-, nek- en schouderklachten, revalidatie na een operatie, valpreventietraining voor ouderen en bekkenfysiotherapie.', ['fysiotherapie', 'valpreventie']),
    svc('Gecombineerde leefstijlinterventie (GLI)', 'Twee jaar begeleiding door een leefstijlcoach bij overgewicht: gezonder eten, meer bewegen, beter slapen. In groepen en individueel. Verwijzing huisarts nodig. Ook diëtetiek.', ['leefstijl'], { fees: 'Vergoed uit de basisverzekering, zonder eigen risico.' }),
  ],
);

org(
  { name: 'Huisartsenpost Polderland', alt: 'HAP', place: 'Ouderhoek', street: 'Ziekenhuisweg 1', desc: 'Huisartsenpost bij Ziekenhuis Polderland in Ouderhoek, voor Brakelveen en Ouderhoek.' },
  [
    svc('Huisartsenpost (avond, nacht, weekend)', 'Voor dringende medische hulp die niet kan wachten tot uw eigen huisarts weer open is. Altijd eerst bellen. Bij levensgevaar: 112.', ['huisartsenpost'], { hours: 'ma-vr 17.00-8.00, weekend en feestdagen de hele dag', area: REGIO }),
  ],
);

org(
  { name: 'Tandartsenpraktijk Dijkzicht', place: 'Dijkzicht', street: 'Zeewering 30', desc: 'Tandarts en mondhygiëniste.' },
  [svc('Tandarts en mondhygiëne', 'Controle, vullingen, gebitsreiniging. Kinderen tot 18 jaar gratis via de basisverzekering. Wij nemen nieuwe patiënten aan.', ['mondzorg'])],
);

org(
  { name: 'GGZ Polderstroom', place: 'Ouderhoek', street: 'Lage Dijk 50', desc: 'Regionale instelling voor geestelijke gezondheidszorg in Brakelveen en Ouderhoek.' },
  [
    svc('Basis GGZ', 'Kortdurende behandeling bij depressie, angststoornissen, trauma (EMDR) en burn-out. Aanmelden met verwijsbrief van de huisarts. Wachttijd aanmelding-intake ca. 6 weken.', ['ggz-basis', 'somberheid'], { at: { name: 'GGZ Polderstroom locatie Brakelveen', street: 'Kreekpad 44', place: 'Polderhart' } }),
    svc('Specialistische GGZ', 'Behandeling voor mensen met ernstige psychiatrische problematiek zoals psychose, bipolaire stoornis, persoonlijkheidsstoornissen en EPA. FACT-team aan huis.', ['ggz-specialistisch'], { area: REGIO }),
    svc('Crisisdienst', 'De crisisdienst beoordeelt mensen in een acute psychiatrische crisis, 24 uur per dag. Alleen bereikbaar voor verwijzers: huisarts, huisartsenpost, politie.', ['ggz-crisisdienst'], { area: REGIO, phone: false }),
    svc('Herstelwerkplaats', 'Cursussen en werkgroepen door en voor mensen met psychische kwetsbaarheid, gegeven door ervaringsdeskundigen. Onder andere WRAP, Herstellen doe je zelf, en een wekelijkse inloop. Geen verwijzing nodig.', ['herstel-peers'], { at: { name: 'Herstelwerkplaats De Kade', street: 'Slenkweg 9', place: 'Polderhart' } }),
  ],
);

org(
  { name: 'Praktijk MindPolder', place: 'Centrum', street: 'Havenkade 18', desc: 'Particuliere praktijk voor psychologie en coaching.' },
  [
    svc('Psycholoog (basis-GGZ)', 'Behandeling bij angst, somberheid, stress en relatieproblemen. Contracten met de meeste zorgverzekeraars. Korte wachttijd.', ['ggz-basis', 'somberheid']),
    svc('Therapy in English', 'Counselling and psychological treatment in English for internationals: anxiety, depression, stress, adjusting to life in the Netherlands. Referral letter from your GP needed for insurance coverage.', ['ggz-basis', 'somberheid'], { lang: ['en'] }),
    svc('Loopbaancoaching', 'Coaching bij een nieuwe stap in je loopbaan of na een burn-out. Niet vergoed.', ['werk'], { fees: '€ 95 per sessie' }),
  ],
);

org(
  { name: 'Kompas Verslavingszorg', place: 'Noorderbraak', street: 'Dwarsvaart 5', desc: 'Hulp bij problemen met alcohol, drugs, medicijnen, gokken en gamen.' },
  [
    svc('Behandeling verslaving', 'Ambulante behandeling en begeleiding bij middelengebruik. Voor de behandeling heeft u een verwijzing van de huisarts nodig.', ['verslaving']),
    svc('Anoniem advies en zelftest', 'Online zelftest en anoniem chatten over je eigen gebruik of dat van een naaste. Ook voor ouders van jongeren die blowen of drinken.', ['verslaving'], { online: true }),
    svc('Voorlichting op scholen', 'Lessen over alcohol, vapen, lachgas en gokken voor het voortgezet onderwijs, en ouderavonden.', ['verslaving', 'onderwijs']),
  ],
);

org(
  { name: 'AA Brakelveen', place: 'Centrum', street: 'Kerkplein 2', desc: 'Anonieme Alcoholisten, zelfhulpgroep.' },
  [svc('AA-bijeenkomst', 'Open meeting elke dinsdagavond 20.00 uur in het zaaltje achter De Ark. Iedereen met de wens om te stoppen met drinken is welkom.', ['verslaving', 'herstel-peers'], { phone: false })],
);

org(
  { name: 'GGD Polderland', place: 'Polderhart', street: 'Kreekpad 30', desc: 'Gemeentelijke gezondheidsdienst voor Brakelveen en Ouderhoek.' },
  [
    svc('Consultatiebureau', 'Jeugdgezondheidszorg voor kinderen van 0 tot 4 jaar: groei en ontwikkeling, vaccinaties, vragen over voeding en slapen.', ['jgz'], { at: { name: 'Consultatiebureau Polderhart', street: 'Kreekpad 30', place: 'Polderhart' } }),
    svc('Jeugdarts en jeugdverpleegkundige op school', 'Onderzoek en spreekuur voor kinderen en jongeren van 4 tot 18 jaar, ook bij veel ziekteverzuim.', ['jgz', 'onderwijs']),
    svc('Stevig Ouderschap', 'Huisbezoeken door een jeugdverpleegkundige voor ouders die zich zorgen maken over de eerste jaren met hun baby.', ['zwangerschap', 'opvoedsteun', 'jgz']),
    svc('Soa-poli en Sense spreekuur', 'Gratis soa-test voor jongeren tot 25 en risicogroepen, vragen over seks, anticonceptie en de morning-afterpil.', ['seksuele-gezondheid'], { area: REGIO }),
    svc('Training Signaleren van suïcidaliteit', 'Training voor professionals, vrijwilligers en sleutelfiguren: zelfmoordgedachten herkennen, het gesprek aangaan en doorverwijzen (gatekeepertraining). Twee dagdelen.', ['suicidepreventie']),
  ],
);

org(
  { name: 'Verloskundigenpraktijk Eb & Vloed', place: 'Kreekrug', street: 'Getijdenlaan 11', desc: 'Verloskundige zorg voor Brakelveen.' },
  [svc('Verloskundige zorg', 'Controles tijdens de zwangerschap, bevalling thuis of in het ziekenhuis en nazorg. Ook CenteringZwangerschap in groepen en preconceptiespreekuur. U kunt zich direct aanmelden, een verwijzing is niet nodig.', ['zwangerschap'])],
);

org(
  { name: 'Kraamzorg Wiegje B.V.', place: 'Ouderhoek', street: 'Industrieweg 14', desc: 'Kraamzorgorganisatie.' },
  [svc('Kraamzorg aan huis', 'Bel ons vóór week 16 van je zwangerschap. Onze kraamverzorgenden helpen in de eerste 8 dagen na de bevalling.', ['zwangerschap'], { fees: 'Eigen bijdrage volgens uw zorgverzekeraar, ca. € 5 per uur.', area: REGIO })],
);

org(
  { name: 'Kinderopvang Kwetternest', place: 'Zuidkavel', street: 'Baggerkade 8', desc: 'Kinderdagverblijf en bso.' },
  [
    svc('Dagopvang 0-4 jaar', 'Kinderdagverblijf met verticale groepen. Open van 7.00 tot 19.00 uur, handig voor forenzen.', ['kinderopvang'], { fees: 'Uurtarief € 10,40; kinderopvangtoeslag mogelijk.' }),
    svc('Buitenschoolse opvang', 'BSO voor kinderen van 4 tot 12 jaar, halen bij alle basisscholen in Zuidkavel en Polderhart.', ['kinderopvang']),
  ],
);

org(
  { name: 'Gastouderbureau De Knuffel', place: 'Noorderbraak', street: 'Dwarsvaart 19', desc: 'Bemiddeling tussen ouders en gastouders.' },
  [svc('Gastouderopvang', 'Opvang bij een gastouder thuis of bij u thuis, flexibele uren, ook vroeg in de ochtend en in het weekend.', ['kinderopvang'])],
);

org(
  { name: 'Zorggroep Dijkzicht', place: 'Dijkzicht', street: 'Zeewering 2', desc: 'Wijkverpleging, zorgcentrum De Schor en dagbesteding voor ouderen.' },
  [
    svc('Wijkverpleging', 'Verpleging en persoonlijke verzorging thuis: wassen en aankleden, steunkousen, wondzorg, medicijnen. Zonder verwijzing; de wijkverpleegkundige stelt de indicatie.', ['thuiszorg'], { fees: 'Vergoed uit de basisverzekering, geen eigen risico.' }),
    svc('Casemanager dementie', 'Begeleiding van mensen met dementie en hun naasten, vanaf de diagnose tot opname. Verwijzing via de huisarts.', ['dementie']),
    svc('Dagbesteding De Schor', 'Dagbesteding voor ouderen met geheugenproblemen of lichamelijke beperkingen. Met vervoer.', ['dagbesteding', 'dementie', 'ouderen-welzijn'], { at: { name: 'Zorgcentrum De Schor', street: 'Zeewering 4', place: 'Dijkzicht' } }),
    svc('Palliatieve thuiszorg', 'Zorg in de laatste levensfase thuis, in overleg met huisarts, met 24-uursbereikbaarheid.', ['palliatief', 'thuiszorg']),
    svc('Thuiszorgwinkel', 'Uitleen en verkoop van hulpmiddelen: krukken, rollators, douchestoelen, hoog-laagbedden.', ['wmo-voorzieningen']),
  ],
);

org(
  { name: 'Schoon & Fris Thuishulp', place: 'Ouderhoek', street: 'Industrieweg 40', desc: 'Commerciële schoonmaakdienst voor particulieren.' },
  [svc('Huishoudelijke hulp particulier', 'Vaste hulp voor het schoonmaken van uw woning, wekelijks of tweewekelijks. Geen wachtlijst, geen indicatie nodig.', ['huishoudelijke-hulp'], { fees: 'Vanaf € 29,50 per uur.', area: REGIO })],
);

org(
  { name: 'Hospice Het Baken', place: 'Noorderbraak', street: 'Dwarsvaart 60', desc: 'Bijna-thuis-huis met vier kamers.' },
  [
    svc('Verblijf in het hospice', 'Mensen met een levensverwachting van minder dan drie maanden kunnen hier de laatste fase doorbrengen, met hun naasten dichtbij.', ['palliatief']),
    svc('Vrijwilligers terminale zorg thuis', 'Getrainde vrijwilligers waken of zijn aanwezig zodat de mantelzorger even kan rusten.', ['palliatief', 'respijtzorg']),
  ],
);

org(
  { name: 'Alzheimer Café Brakelveen', place: 'Kreekrug', street: 'Getijdenlaan 3', desc: 'Maandelijkse bijeenkomst over dementie.' },
  [svc('Alzheimer Café', 'Elke derde woensdag van de maand: een thema, een gast en napraten met koffie. Voor mensen met dementie, partners, kinderen en andere belangstellenden.', ['dementie', 'mantelzorg', 'ontmoeting'], { phone: false })],
);

org(
  { name: 'Stichting Schuilhaven', place: 'Centrum', street: '-', secretAddress: true, desc: 'Opvang en hulp bij huiselijk geweld in Brakelveen en Ouderhoek.' },
  [
    svc('Vrouwenopvang', 'Veilige opvang op een geheim adres voor vrouwen (met kinderen) die thuis niet veilig zijn. Dag en nacht bereikbaar.', ['huiselijk-geweld'], { area: REGIO }),
    svc('Ambulante hulp na geweld', 'Begeleiding thuis bij huiselijk geweld, ook voor mannen, en groepen voor kinderen die geweld hebben meegemaakt.', ['huiselijk-geweld']),
  ],
);

org(
  { name: 'Nachtopvang De Steiger', place: 'Centrum', street: 'Havenkade 2', desc: 'Maatschappelijke opvang voor dak- en thuislozen.' },
  [
    svc('Nachtopvang', 'Bed, douche en ontbijt voor mensen zonder slaapplek. Melden tussen 20.00 en 22.00 uur.', ['dakloosheid'], { fees: '€ 3 per nacht.' }),
    svc('Dagopvang en inloop', 'Overdag een warme plek, maaltijd en post ophalen.', ['dakloosheid']),
  ],
);

org(
  { name: 'Voedselbank Brakelveen', place: 'Noorderbraak', street: 'Dwarsvaart 33', desc: 'Voedselhulp aan huishoudens die onder de norm zitten.' },
  [svc('Voedselpakket', 'Wekelijks een pakket met boodschappen. Aanmelden via een hulpverlener (wijkteam, schuldhulp, maatschappelijk werk); die kijkt of je onder de norm valt.', ['voedselbank'], { hours: 'uitgifte vrijdag 13.00-16.00' })],
);

org(
  { name: 'Weggeefwinkel Brakelveen', place: 'Zuidkavel', street: 'Sluisdok 16', desc: 'Vrijwilligersinitiatief.' },
  [svc('Weggeefwinkel', 'Gratis kleding, babyspullen, speelgoed en huisraad. Drie stuks per week per persoon. Iedereen welkom.', ['kleding-spullen'], { phone: false })],
);

org(
  { name: 'Kringloop De Tweede Ronde', place: 'Noorderbraak', street: 'Dwarsvaart 70', desc: 'Kringloopwinkel.' },
  [svc('Kringloopwinkel', 'Tweedehands meubels, witgoed, fietsen en kleding. Gratis ophalen van uw spullen. Wij bieden ook leerwerkplekken.', ['kleding-spullen', 'werk'])],
);

org(
  { name: 'Sociaal Raadslieden Brakelveen', place: 'Centrum', street: 'Havenplein 6', desc: 'Gratis juridisch en financieel advies.' },
  [
    svc('Spreekuur sociaal raadslieden', 'Advies over regelingen, bezwaar maken, toeslagen terugbetalen, brieven van instanties, huurrecht en arbeidsrecht.', ['juridisch', 'inkomen-toeslagen', 'administratie'], { hours: 'inloop maandag en donderdag 9.00-12.00' }),
    svc('Belastingaangifte', 'Hulp bij de aangifte inkomstenbelasting en het aanvragen van toeslagen voor mensen met een laag inkomen. Februari tot mei.', ['administratie', 'inkomen-toeslagen']),
  ],
);

org(
  { name: 'Advocatenkantoor Dijkstra & Mahabier', place: 'Centrum', street: 'Havenkade 25', desc: 'Advocaten familierecht, huurrecht en sociale zekerheid.' },
  [
    svc('Familierecht en echtscheiding', 'Echtscheiding, alimentatie, gezag en omgang. Gefinancierde rechtsbijstand (toevoeging) mogelijk.', ['scheiding', 'juridisch']),
    svc('Scheidingsmediation', 'Samen met een mediator afspraken maken over kinderen, huis en geld. MfN-registermediator.', ['scheiding']),
  ],
);

org(
  { name: 'Bewindvoering Polder B.V.', place: 'Ouderhoek', street: 'Industrieweg 22', desc: 'Professioneel bewindvoerder en budgetbeheer.' },
  [svc('Beschermingsbewind', 'Wij beheren uw geld en betalen uw rekeningen als u dat zelf (even) niet kunt. Aanvraag via de kantonrechter. Kosten worden bij een laag inkomen vaak vergoed via bijzondere bijstand.', ['schulden', 'administratie'], { area: REGIO })],
);

org(
  { name: 'Polderwonen', place: 'Centrum', street: 'Havenkade 40', desc: 'Woningcorporatie met 14.000 huurwoningen in Brakelveen.' },
  [
    svc('Woning zoeken', 'Inschrijven als woningzoekende via WoonPolder. Informatie over urgentie bij medische of sociale noodzaak.', ['wonen']),
    svc('Betalingsproblemen huur', 'Loopt u achter met de huur? Neem direct contact op met onze huurincasso-consulent. Wij werken samen met het wijkteam.', ['wonen', 'schulden']),
  ],
);

org(
  { name: 'Werkplein Brakelveen', place: 'Centrum', street: 'Havenplein 8', desc: 'Gemeente en UWV: werk en inkomen.' },
  [
    svc('Bijstandsuitkering aanvragen', 'Uitkering op grond van de Participatiewet aanvragen, ook voorschot. Inkomstenformulier maandelijks.', ['inkomen-toeslagen']),
    svc('Werkfit', 'Begeleiding naar betaald werk: sollicitatietraining, werkervaringsplek, jobcoach en taal op de werkvloer.', ['werk']),
    svc('Beschut werk en participatie', 'Werk met begeleiding voor mensen met een arbeidsbeperking, banenafspraak.', ['werk', 'beperking']),
  ],
);

org(
  { name: 'FlexPolder Uitzendbureau', place: 'Ouderhoek', street: 'Industrieweg 3', desc: 'Uitzendbureau voor logistiek en productie.' },
  [svc('Vacatures en uitzendwerk', 'Direct aan de slag in de distributiecentra rond Ouderhoek. Ook parttime en in ploegendienst. Polish and English spoken.', ['werk'], { lang: ['nl', 'en', 'pl'], area: REGIO })],
);

org(
  { name: 'Bibliotheek Brakelveen', place: 'Centrum', street: 'Havenplein 1', desc: 'Openbare bibliotheek met Taalhuis en Informatiepunt Digitale Overheid.' },
  [
    svc('Taalhuis', 'Beter leren lezen, schrijven en rekenen met een taalvrijwilliger. Ook Nederlands als tweede taal. Gratis en zonder lidmaatschap.', ['laaggeletterdheid', 'taal']),
    svc('Informatiepunt Digitale Overheid', 'Hulp bij DigiD aanvragen, de app van de Belastingdienst, Mijn Toeslagen en andere overheidswebsites.', ['digitaal', 'administratie']),
    svc('Klik & Tik cursus', 'Beginnerscursus computer, tablet en smartphone: mailen, appen, videobellen, veilig internetten.', ['digitaal']),
    svc('VoorleesExpress', 'Een vrijwilliger komt 20 weken voorlezen bij gezinnen thuis, om taal en leesplezier te stimuleren.', ['laaggeletterdheid', 'opvoedsteun']),
    svc('Opvoedspreekuur in de bieb', 'Gestopt per 1 januari. Voor opvoedvragen: zie het Jeugd- en Gezinsteam.', ['opvoedsteun'], { status: 'inactive' }),
  ],
);

org(
  { name: 'Taalcafé De Brug', place: 'De Slikken', street: 'Wadstraat 22', desc: 'Vrijwilligersinitiatief.' },
  [svc('Taalcafé', 'Elke zaterdagochtend Nederlands oefenen in een ontspannen sfeer, aan tafels per niveau. Met koffie en taalmaatjes.', ['taal', 'ontmoeting'], { phone: false })],
);

org(
  { name: 'Stichting Nieuwland', place: 'Polderhart', street: 'Slenkweg 60', desc: 'Begeleiding van statushouders en nieuwkomers.' },
  [
    svc('Maatschappelijke begeleiding statushouders', 'Begeleiding in het eerste jaar: huis inrichten, zorgverzekering, bankrekening, school voor de kinderen. Ondersteuning bij het inburgeringstraject en gezinshereniging.', ['nieuwkomers', 'juridisch'], { lang: ['nl', 'en', 'ar', 'ti'] }),
    svc('Spreekuur asiel en gezinshereniging', 'Juridisch spreekuur over verblijfsvergunningen en nareis.', ['nieuwkomers', 'juridisch']),
  ],
);

org(
  { name: 'Stichting Kwakoe Brakelveen', place: 'Zuidkavel', street: 'Sluisdok 30', desc: 'Surinaamse zelforganisatie.' },
  [
    svc('Seniorensociëteit Kwakoe', 'Wekelijkse middag voor Surinaamse en Antilliaanse ouderen: bingo, muziek, gezondheidsvoorlichting en een warme maaltijd. Ook huisbezoek bij wie niet meer kan komen.', ['ouderen-welzijn', 'eigen-taal-cultuur', 'eenzaamheid'], { lang: ['nl', 'srn'] }),
    svc('Huiswerkklas', 'Huiswerkbegeleiding en bijles voor kinderen in groep 6 tot en met klas 3, door studenten.', ['onderwijs']),
    svc('Keti Koti-comité', 'Organisatie van de jaarlijkse herdenking en viering op 1 juli.', ['eigen-taal-cultuur', 'ontmoeting'], { phone: false }),
  ],
);

org(
  { name: 'Stichting Bon Bini Brakelveen', place: 'Noorderbraak', street: 'Dwarsvaart 48', desc: 'Voor en door de Caribische gemeenschap.' },
  [
    svc('Yudansa - hulp bij papieren in het Papiaments', 'Vrijwilligers helpen met brieven, DUO, toeslagen en zorgverzekering, in het Papiamentu of Nederlands. Veel nieuwkomers van Curaçao en Aruba.', ['administratie', 'eigen-taal-cultuur', 'nieuwkomers'], { lang: ['nl', 'pap'] }),
    svc('Coaching jonge moeders', 'Steun voor jonge Caribische moeders: opvoeding, school afmaken, geld.', ['alleenstaande-ouder', 'opvoedsteun', 'eigen-taal-cultuur'], { lang: ['nl', 'pap'] }),
  ],
);

org(
  { name: 'Ghana Union Brakelveen', place: 'De Slikken', street: 'Wadstraat 50', desc: 'Association of Ghanaians in Brakelveen.' },
  [svc('Community support desk', 'Information and help for Ghanaian families: residence, finding work, Dutch letters, funerals. Meetings in English and Twi.', ['eigen-taal-cultuur', 'nieuwkomers', 'administratie'], { lang: ['en', 'tw'] })],
);

org(
  { name: 'Christ Apostolic Church Brakelveen', place: 'Noorderbraak', street: 'Dwarsvaart 90', desc: 'Ghanaian Pentecostal church.' },
  [svc('Welfare and pastoral care', 'Prayer, pastoral visits to the sick and bereaved, and a welfare fund for members in need. Services on Sunday in English and Twi.', ['zingeving', 'eigen-taal-cultuur', 'rouw'], { lang: ['en', 'tw'] })],
);

org(
  { name: 'Evangelische Broedergemeente Brakelveen', place: 'Zuidkavel', street: 'Sluisdok 55', desc: 'Hernhutter gemeente.' },
  [svc('Pastoraat en diaconie', 'Bezoek aan zieken en ouderen, gesprekken over geloof en leven, en een diaconaal fonds voor mensen die in de knel zitten.', ['zingeving', 'inkomen-toeslagen'], { lang: ['nl', 'srn'] })],
);

org(
  { name: 'Protestantse Gemeente De Ark', place: 'Centrum', street: 'Kerkplein 2', desc: 'Protestantse kerk in het centrum.' },
  [
    svc('Rouwgroep', 'Zes avonden met lotgenoten over het verlies van een dierbare, begeleid door een predikant en een rouwtherapeut. Voor iedereen, gelovig of niet.', ['rouw']),
    svc('Open Ark', 'Stilteplek en koffie elke werkdag. Gesprek met een pastor mogelijk.', ['zingeving', 'ontmoeting']),
  ],
);

org(
  { name: 'Stichting Na Zelfdoding Polderland', place: 'Polderhart', street: 'Slenkweg 9', desc: 'Lotgenotencontact voor nabestaanden.' },
  [svc('Lotgenotengroep nabestaanden na suïcide', 'Maandelijkse bijeenkomst voor mensen die een dierbare door zelfdoding hebben verloren, ook jaren geleden.', ['rouw', 'suicidepreventie', 'herstel-peers'], { phone: false })],
);

org(
  { name: 'Uitvaartzorg Brakel', place: 'Kreekrug', street: 'Getijdenlaan 70', desc: 'Uitvaartonderneming.' },
  [svc('Uitvaartverzorging', 'Dag en nacht bereikbaar bij overlijden. Ook uitvaarten volgens Surinaamse en Ghanese tradities en repatriëring.', ['rouw'], { area: REGIO })],
);

org(
  { name: 'EHBO-vereniging Brakelveen', place: 'De Slikken', street: 'Wadstraat 80', desc: 'Vereniging voor eerste hulp.' },
  [
    svc('Cursus EHBO', 'Diploma Eerste Hulp in zes avonden, en herhalingslessen.', ['ehbo-cursus'], { fees: '€ 145' }),
    svc('Reanimatie en AED', 'Cursus reanimeren en AED bedienen in één avond. Word daarna burgerhulpverlener.', ['ehbo-cursus']),
    svc('Kinder-EHBO', 'Eerste hulp bij kinderen voor ouders, oppassen en pedagogisch medewerkers.', ['ehbo-cursus']),
  ],
);

org(
  { name: 'Sportbedrijf Brakelveen', place: 'Kreekrug', street: 'Sportlaan 1', desc: 'Sporthallen, zwembad De Kreek en de buurtsportcoaches.' },
  [
    svc('Buurtsportcoach', 'Sporten en bewegen in de wijk: gratis sportinstuif voor kinderen, wandelvoetbal, beweegtuin voor ouderen, aangepast sporten.', ['bewegen']),
    svc('Zwemles voor volwassenen', 'Leren zwemmen als volwassene, in kleine groepen. Ook dameszwemmen.', ['bewegen']),
    svc('Kind naar Gezonder Gewicht', 'Een vaste coach voor kinderen met overgewicht en hun gezin, samen met de jeugdverpleegkundige.', ['leefstijl', 'jgz']),
  ],
);

org(
  { name: 'Stichting Onbeperkt Polderland', place: 'Polderhart', street: 'Slenkweg 70', desc: 'Voor mensen met een beperking.' },
  [
    svc('Cliëntondersteuning bij een beperking', 'Onafhankelijke cliëntondersteuning voor mensen met een verstandelijke beperking, autisme of niet-aangeboren hersenletsel: wonen, werk, geld, Wlz-aanvraag.', ['beperking', 'clientondersteuning']),
    svc('Autisme-inloop', 'Elke donderdagavond ontmoeting voor volwassenen met autisme.', ['beperking', 'ontmoeting']),
    svc('Dagbesteding De Werkplaats', 'Werken in de houtwerkplaats, de fietsenmakerij of het café met begeleiding. Met Wmo-indicatie of Wlz.', ['dagbesteding', 'beperking']),
  ],
);

org(
  { name: 'Bureau Leerplicht Brakelveen', place: 'Centrum', street: 'Havenplein 8', desc: 'Afdeling leerplicht van de gemeente.' },
  [svc('Leerplichtambtenaar', 'Bij schoolverzuim, thuiszitten of vrijstelling. Ook voor jongeren tot 23 zonder startkwalificatie (RMC).', ['onderwijs'])],
);

org(
  { name: 'Schoolmaatschappelijk werk Brakelveen', place: 'Zuidkavel', street: 'Baggerkade 30', desc: 'Maatschappelijk werk op de scholen voor voortgezet onderwijs.' },
  [svc('Schoolmaatschappelijk werk', 'Leerlingen kunnen bij de schoolmaatschappelijk werker terecht met problemen thuis, pesten, faalangst of somberheid.', ['jeugdhulp', 'onderwijs'])],
);

org(
  { name: 'Kinderpraktijk Polderkind', place: 'Kreekrug', street: 'Getijdenlaan 90', desc: 'Jeugd-GGZ praktijk.' },
  [svc('Jeugd-GGZ', 'Diagnostiek en behandeling voor kinderen en jongeren met ADHD, angst, trauma en hechtingsproblemen. Verwijzing huisarts of wijkteam nodig.', ['jeugdhulp', 'ggz-basis'])],
);

org(
  { name: 'Roze Polder', place: 'Centrum', street: 'Havenkade 9', desc: 'Lhbtiq+ vereniging.' },
  [svc('Roze Café en jongerengroep', 'Maandelijkse borrel en een groep voor queer jongeren 14-23 (Polder Pride Jong). Steun bij uit de kast komen.', ['lhbti', 'ontmoeting'], { phone: false })],
);
