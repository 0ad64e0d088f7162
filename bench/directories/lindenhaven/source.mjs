// Lindenhaven (FICTIEF): the hand-written source of a made-up sociale kaart, the "Gezinsgids
// Lindenhaven", published by the Centrum Jong (the CJG's of the gemeente Lindenhaven) for the search
// benchmark only. The guide is written for families and young people first: JGZ, opvoedsteun,
// jeugdteams, jongerenwerk, school, kinderopvang, jeugd-ggz, jongeren en geld, pleegzorg, scheiding
// and jonge mantelzorgers are prominent, but it also lists what every resident needs (huisarts,
// huisartsenpost, ggz, wijkteam, Wmo, schuldhulp, mantelzorg, ouderen, verslaving). Texts are friendly
// and modern ("je" for young people, "u" for some adult services); some services talk to teens in
// their own style. Huiselijk geweld appears only through the publisher's own services.
// Every organisation, person, street and gemeente is invented; postal codes start with 06 (no
// Dutch postal code starts with 0) and every phone number is 0000-… (make.mjs numbers them).
// National help lines (113, Veilig Thuis, 112 …) are deliberately not listed.
//
// Gemeenten: Lindenhaven (wijken Centrum, Lindenhaven-Zuid, De Beemden, Havenkwartier, Nieuw-Linde)
// and Elsmere (with the kern Oudeweer).
import { addingTo, svc } from '../write-directory.mjs';

/** The topics, each in one line: a service carries a topic when it answers that question. */
export const TOPICS = {
  huisarts: 'huisartsenpraktijk: spreekuur, visite, verwijzing',
  hap: 'huisartsenpost: de huisarts buiten kantoortijd',
  'poh-ggz': 'praktijkondersteuner ggz bij de huisarts',
  ggz: 'psychische hulp voor volwassenen door een professional (POH-GGZ, psycholoog, basis- of specialistische ggz)',
  'jeugd-ggz': 'psychische hulp voor kinderen en jongeren',
  somberheid: 'hulp bij somberheid, depressie, angst of stress',
  epa: 'langdurige ggz-begeleiding bij ernstige psychische aandoeningen (FACT)',
  verslaving: 'verslaving bij volwassenen: alcohol, drugs, medicijnen',
  'verslaving-jongeren': 'alcohol, blowen, vapen en drugs bij jongeren (ook voor hun ouders)',
  'gokken-gamen': 'gokken en gamen uit de hand',
  jgz: 'jeugdgezondheidszorg: consultatiebureau, jeugdarts, jeugdverpleegkundige (0-18)',
  zwangerschap: 'zwanger: verloskundige, kraamzorg, zwangerschapscursus, ongepland zwanger',
  'seksuele-gezondheid': 'seksuele gezondheid: soa-test, anticonceptie, vragen over seks, relaties en gender',
  leefstijl: 'gezond eten, gewicht, bewegen (leefstijlcoach, diëtist) en stoppen met roken',
  rouw: 'rouw en verlies bij volwassenen',
  'rouw-kinderen': 'rouw bij kinderen en jongeren',
  eenzaamheid: 'eenzaamheid: maatje, bezoek, contact met anderen',
  buurthuis: 'buurthuis, wijkcentrum: inloop en activiteiten',
  wijkteam: 'sociaal wijkteam: eerste plek voor alle vragen van volwassenen, ook bij meerdere problemen',
  jeugdteam: 'jeugd- en gezinsteam van de gemeente: toegang tot jeugdhulp, gezinsvragen',
  opvoeden: 'opvoedsteun: vragen over opvoeden, cursussen voor ouders, CJG-spreekuur',
  jeugdhulp: 'jeugdhulp en gezinsbegeleiding (ambulant)',
  jongerenwerk: 'jongerenwerk en jongerencoaches: plek en vertrouwd persoon voor jongeren 12-23',
  onderwijs: 'school: schoolmaatschappelijk werk, passend onderwijs, problemen op school, pesten',
  leerplicht: 'leerplicht en RMC: verzuim, thuiszitten, voortijdig schoolverlaten, startkwalificatie',
  kinderopvang: 'kinderopvang, peuteropvang, BSO, gastouder',
  echtscheiding: 'scheiding: hulp voor ouders en kinderen',
  pleegzorg: 'pleegzorg: pleegouder worden of pleegkind zijn',
  'jonge-mantelzorg': 'jonge mantelzorgers (kinderen en jongeren die thuis zorgen)',
  mantelzorg: 'steun voor mantelzorgers: advies, lotgenoten, waardering',
  respijt: 'respijtzorg: zorg tijdelijk overnemen zodat de mantelzorger rust heeft',
  dementie: 'dementie en geheugenproblemen, ook voor naasten',
  nah: 'niet-aangeboren hersenletsel',
  ouderen: 'ouderenadvies en steun voor ouderen thuis (ouderenadviseur, seniorenvoorlichting)',
  alarmering: 'personenalarmering',
  maaltijden: 'maaltijden aan huis of samen eten',
  dagbesteding: 'dagbesteding (ouderen, dementie, ggz, beperking)',
  wmo: 'Wmo-loket van de gemeente: voorzieningen aanvragen',
  hulpmiddelen: 'hulpmiddelen: rolstoel, rollator, scootmobiel',
  woningaanpassing: 'aanpassingen in huis (traplift, douche, drempels)',
  'huishoudelijke-hulp': 'hulp bij het huishouden',
  vervoer: 'vervoer: regiotaxi, vrijwillige chauffeurs',
  wijkverpleging: 'wijkverpleging en verzorging thuis',
  schulden: 'schuldhulp en schuldsanering',
  geldzorgen: 'geldzorgen: rondkomen, budgetcoach, geldmaatje',
  'jongeren-geld': 'jongeren en geld: schulden, eerste zorgverzekering, 18 worden, geld leren beheren',
  administratie: 'hulp bij post, formulieren, belastingaangifte en toeslagen',
  minima: 'regelingen voor een laag inkomen: bijzondere bijstand, kindpakket, fondsen',
  'meedoen-kinderen': 'sport, muziek, cultuur en schoolspullen voor kinderen uit gezinnen met weinig geld',
  sport: 'sport en bewegen voor iedereen, buurtsportcoach',
  voedselbank: 'voedselbank en voedselhulp',
  kledingbank: 'gratis kleding, speelgoed en spullen voor kinderen',
  werk: 'werk zoeken, re-integratie, jobcoach, stage voor jongeren',
  uitkering: 'uitkering en bijstand aanvragen',
  taal: 'Nederlands leren, taalmaatje, voorlezen thuis',
  digitaal: 'hulp met computer, telefoon en DigiD',
  dakloos: 'dakloos of zonder vaste woonplek: opvang, briefadres, jongerenopvang',
  huurachterstand: 'huurachterstand en huisuitzetting voorkomen; woningzoeken met urgentie',
  'huiselijk-geweld': 'huiselijk geweld en kindermishandeling: advies, hulp en opvang via de gemeente',
  juridisch: 'juridisch advies (sociaal raadslieden, juridisch loket)',
  statushouders: 'nieuwkomers, statushouders en expats: inburgering, wegwijs',
  lvb: 'licht verstandelijke beperking',
  autisme: 'autisme en ADHD: begeleiding, lotgenoten, ouders',
  vrijwilligerswerk: 'vrijwilligerswerk vinden',
  cursus: 'cursussen en trainingen over veiligheid en gezondheid (EHBO, mentale EHBO, signaleren) voor inwoners en professionals',
  gastles: 'voorlichting en gastlessen op scholen',
};

/** Place → gemeente and the first four digits of its postal codes (made up: 06xx). */
export const places = {
  'Lindenhaven-Centrum': { gemeente: 'Lindenhaven', pc: '0601' },
  'Lindenhaven-Zuid': { gemeente: 'Lindenhaven', pc: '0612' },
  'De Beemden': { gemeente: 'Lindenhaven', pc: '0623' },
  Havenkwartier: { gemeente: 'Lindenhaven', pc: '0634' },
  'Nieuw-Linde': { gemeente: 'Lindenhaven', pc: '0645' },
  Elsmere: { gemeente: 'Elsmere', pc: '0671' },
  Oudeweer: { gemeente: 'Elsmere', pc: '0676' },
};

export const organizations = [];
const org = addingTo(organizations);
const BOTH = ['Lindenhaven', 'Elsmere'];

org({ name: 'Centrum Jong Lindenhaven', alt: 'CJG Lindenhaven', place: 'Lindenhaven-Centrum', street: 'Lindeplein 4', desc: 'Centrum Jong is hét adres voor alle vragen over opgroeien en opvoeden, van zwanger zijn tot je 23e. Wij maken ook deze Gezinsgids.' }, [
  svc('Consultatiebureau', 'Je kind groeit snel. Op het consultatiebureau kijken de jeugdverpleegkundige en jeugdarts mee: groei, ontwikkeling, vaccinaties en al je vragen over voeding, slapen en huilen. Je krijgt vanzelf een uitnodiging na de geboorte.', ['jgz'], { elig: 'Kinderen van 0 tot 4 jaar en hun ouders', fees: 'Gratis', hours: 'Ma t/m vr 8.30-17.00 op afspraak', area: BOTH }),
  svc('Jeugdarts en jeugdverpleegkundige 4-18', 'Ook als je kind naar school gaat, blijven wij in beeld. We zien kinderen in groep 2 en groep 7 en in de tweede klas. Zorgen over gewicht, zindelijkheid, horen, zien, vaak ziek thuis van school? Maak een afspraak.', ['jgz', 'onderwijs'], { area: BOTH }),
  svc('Opvoedspreekuur', 'Driftbuien, niet willen eten, ruzie tussen broertjes, schermtijd… Opvoeden is leuk maar soms ook gewoon zwaar. Loop binnen bij ons opvoedspreekuur of bel een pedagoog. Geen wachtlijst, geen verwijzing nodig.', ['opvoeden'], { hours: 'Woensdag 9.00-11.30 inloop, daarnaast op afspraak', fees: 'Gratis' }),
  svc('Cursus Positief Opvoeden', 'In vijf avonden leer je met andere ouders hoe je rustig grenzen stelt en goed gedrag beloont. Er is ook een versie voor ouders van pubers ("Tieners en hun ouders").', ['opvoeden'], { apply: 'Aanmelden via de website of bij het consultatiebureau', fees: 'Gratis voor inwoners van Lindenhaven en Elsmere' }),
  svc('Stevig Ouderschap', 'Extra steun in de eerste anderhalf jaar voor ouders die het moeilijk hebben: een jeugdverpleegkundige komt thuis en denkt mee over stress, weinig hulp om je heen of een zware zwangerschap.', ['jgz', 'opvoeden', 'zwangerschap']),
  svc('Parenting in Lindenhaven (English)', 'New in town with young children? Our nurses run the well-baby clinic in English on Thursday mornings and answer questions about vaccinations, Dutch schools, childcare and parenting. Expat parents welcome.', ['jgz', 'opvoeden', 'statushouders'], { lang: ['en'], hours: 'Thursday 9.00-12.00 by appointment' }),
  svc('Voorlezen aan huis (Voorleesmaatje)', 'Een vrijwilliger komt twintig weken lang één keer per week voorlezen bij jullie thuis. Goed voor de taal van je kind, en ouders krijgen tips.', ['taal'], { elig: 'Gezinnen met kinderen van 2 tot 8 jaar' }),
]);

org({ name: 'Jeugd- en Gezinsteam Lindenhaven', alt: 'JGT', place: 'De Beemden', street: 'Beemdenlaan 18', desc: 'Het jeugd- en gezinsteam is de toegang tot jeugdhulp in Lindenhaven. Wij werken in elke wijk en op scholen.' }, [
  svc('Jeugd- en gezinsteam', 'Loopt het thuis vast? Maak je je zorgen over je kind, of over jezelf als je jong bent? Een gezinscoach van het jeugdteam praat met jullie, helpt zelf of regelt passende jeugdhulp (de beschikking). Alle medewerkers zijn SKJ-geregistreerd.', ['jeugdteam', 'jeugdhulp', 'opvoeden'], { hours: 'Ma t/m vr 9.00-17.00' }),
  svc('Gezinsbegeleiding thuis', 'Intensieve begeleiding bij jullie thuis als er veel tegelijk speelt: opvoeding, structuur, spanningen tussen ouders en kinderen.', ['jeugdhulp'], { elig: 'Na een gesprek met het jeugd- en gezinsteam' }),
  svc('Scheiden met kinderen', 'Uit elkaar gaan en toch samen ouder blijven. Wij helpen met het ouderschapsplan, bieden de groep "Kinderen uit de knel" bij vechtscheidingen en de kindergroep KIES voor kinderen van gescheiden ouders.', ['echtscheiding']),
  svc('Veilig Opgroeien in de wijk', 'Zorgen over geweld, ruzie of verwaarlozing in een gezin? Onze aandachtsfunctionaris huiselijk geweld denkt met je mee, ook anoniem, en helpt het gezin zelf of samen met de politie.', ['huiselijk-geweld']),
]);

org({ name: 'Sociaal Wijkteam Lindenhaven', place: 'Havenkwartier', street: 'Kademuur 7', desc: 'Het wijkteam helpt volwassenen met vragen over zorg, geld, wonen en meedoen.' }, [
  svc('Wijkteam', 'Met één vraag of met tien tegelijk: u kunt bij het wijkteam terecht. Wij kijken samen wat er nodig is en regelen de rest. Er is in elke wijk een spreekuur.', ['wijkteam'], { hours: 'Inloop ma/di/do 9.00-12.00 in elk wijkcentrum' }),
  svc('Maatschappelijk werk', 'Gesprekken als u vastloopt: relatie, geld, verlies van werk, eenzaamheid. Kort en praktisch.', ['wijkteam', 'rouw', 'eenzaamheid']),
  svc('Wmo-loket Lindenhaven', 'Hulp bij het huishouden, een scootmobiel, traplift, begeleiding of vervoer nodig? Via het Wmo-loket vraagt u een maatwerkvoorziening aan. Eerst komt er een keukentafelgesprek.', ['wmo', 'hulpmiddelen', 'woningaanpassing', 'huishoudelijke-hulp'], { apply: 'Melding doen via het formulier of telefonisch', elig: 'Inwoners van Lindenhaven' }),
  svc('Cliëntondersteuning', 'Een onafhankelijke cliëntondersteuner gaat met u mee naar het keukentafelgesprek en helpt bij bezwaar. Gratis.', ['wmo', 'juridisch']),
]);

org({ name: 'Gemeente Elsmere', place: 'Elsmere', street: 'Raadhuisstraat 1', desc: 'Zorg, werk en inkomen in Elsmere.' }, [
  svc('Zorgloket Elsmere', 'Het sociaal team van Elsmere helpt bij alles rondom zorg thuis, Wmo, jeugd en geld. Ook voor inwoners van Oudeweer.', ['wmo', 'wijkteam', 'jeugdteam'], { area: ['Elsmere'] }),
  svc('Regiotaxi Lindenhaven-Elsmere', 'Deur-tot-deur-vervoer voor mensen die niet zelf kunnen reizen. Met Wmo-pas rijdt u tegen het tarief van de bus.', ['vervoer'], { area: BOTH, online: true }),
]);

org({ name: 'Werk en Inkomen Lindenhaven', place: 'Lindenhaven-Centrum', street: 'Stadhuisplein 2', desc: 'Gemeentelijke dienst voor bijstand, regelingen en werk.' }, [
  svc('Bijstand aanvragen', 'Heeft u te weinig geld om van te leven en geen ander inkomen? Vraag bijstand aan. Jongeren onder 27 zoeken eerst vier weken naar werk of school.', ['uitkering'], { apply: 'Online met DigiD' }),
  svc('Minimaregelingen en Kindpakket', 'Met een laag inkomen kunt u bijzondere bijstand krijgen, en uw kinderen het Kindpakket: geld voor een fiets, laptop, schoolreis en zwemles.', ['minima', 'meedoen-kinderen'], { elig: 'Inkomen tot 125% van het sociaal minimum' }),
  svc('Werkgeversservicepunt en jobcoach', 'Begeleiding naar werk, een proefplaatsing of werkervaringsplek. Ook voor mensen met een beperking.', ['werk']),
  svc('Leerplicht en RMC', 'Je kind zit thuis, spijbelt of wil stoppen met school? De leerplichtambtenaar zoekt samen met school en ouders naar een oplossing. Jongeren tot 23 zonder diploma (startkwalificatie) helpen wij terug naar school of werk.', ['leerplicht'], { area: BOTH }),
  svc('Schuldhulpverlening', 'Betalingsachterstanden, incasso, deurwaarders? Meld u zo vroeg mogelijk. Wij maken een overzicht, regelen een stabilisatie en zo nodig een schuldregeling.', ['schulden']),
]);

org({ name: 'Geldpunt Lindenhaven', place: 'Nieuw-Linde', street: 'Lindelaan 55', desc: 'Vrijwilligers en budgetcoaches helpen met geld en papieren.' }, [
  svc('Geldmaatje', 'Een getrainde vrijwilliger helpt u een jaar lang om grip te krijgen op uw geld en post.', ['geldzorgen', 'administratie']),
  svc('Formulierenbrigade', 'Hulp bij formulieren, toeslagen, belastingaangifte en brieven van instanties. Neem uw post mee.', ['administratie'], { hours: 'Dinsdag en donderdag 13.30-16.00' }),
  svc('Money Matters (voor jongeren)', 'Bijna 18? Dan moet je zelf een zorgverzekering regelen, zorgtoeslag aanvragen en betalen voor je ov. Schulden bij Klarna of je telefoonabonnement? Wij helpen je zonder gedoe of preek. App ons gewoon.', ['jongeren-geld', 'schulden'], { elig: '16 tot 27 jaar' }),
  svc('Budgetcursus Rondkomen', 'Vier ochtenden over geld indelen en besparen. Met koffie.', ['geldzorgen'], { status: 'inactive' }),
]);

org({ name: 'Voedselbank Lindenhaven-Elsmere', place: 'Havenkwartier', street: 'Loodsweg 12', desc: 'Voedselpakketten voor huishoudens met te weinig geld.' }, [
  svc('Voedselpakket', 'Wekelijks een pakket met boodschappen. U heeft een verwijzing nodig van het wijkteam of schuldhulp.', ['voedselbank'], { area: BOTH, hours: 'Vrijdag 13.00-16.00' }),
  svc('Kinderkledingbank De Wissel', 'Gratis kinderkleding, schoenen, speelgoed en babyspullen voor gezinnen met weinig geld.', ['kledingbank'], { at: { name: 'De Wissel', street: 'Zuidsingel 3', place: 'Lindenhaven-Zuid' } }),
]);

org({ name: 'Huisartsenpraktijk De Linde', place: 'Lindenhaven-Centrum', street: 'Kerkstraat 21', desc: 'Huisartsenpraktijk met drie huisartsen.' }, [
  svc('Huisarts', 'Spreekuur op afspraak, visites voor wie niet kan komen. Nieuwe patiënten uit het centrum en Havenkwartier welkom.', ['huisarts'], { hours: 'Ma t/m vr 8.00-17.00' }),
  svc('POH-GGZ', 'Voelt u zich somber, angstig of gestrest? De praktijkondersteuner ggz heeft kortdurende gesprekken, zonder eigen risico.', ['poh-ggz', 'ggz', 'somberheid']),
]);
org({ name: 'Gezondheidscentrum De Beemden', place: 'De Beemden', street: 'Weidepad 2', desc: 'Huisartsen, fysiotherapie en diëtist onder één dak.' }, [
  svc('Huisartsen De Beemden', 'Huisartsenzorg voor De Beemden en Nieuw-Linde. Ook jongerenspreekuur zonder ouders.', ['huisarts']),
  svc('Leefstijlcoach en diëtist', 'Gezonder eten, afvallen of stoppen met roken of vapen? Samen met de leefstijlcoach (GLI) werkt u twee jaar aan kleine stappen.', ['leefstijl'], { fees: 'Vergoed uit de basisverzekering' }),
]);
org({ name: 'Huisartsenpost Lindenhaven', place: 'Lindenhaven-Zuid', street: 'Ziekenhuislaan 1', desc: 'Spoedzorg van de huisarts buiten kantooruren, bij het ziekenhuis.' }, [
  svc('Huisartsenpost', "Heeft u 's avonds, 's nachts of in het weekend dringend een huisarts nodig en kan het niet wachten? Bel eerst de huisartsenpost.", ['hap'], { hours: 'Avond, nacht, weekend en feestdagen', area: BOTH }),
]);

org({ name: 'Kompas GGZ', place: 'Lindenhaven-Zuid', street: 'Parkweg 40', desc: 'Geestelijke gezondheidszorg voor volwassenen.' }, [
  svc('Basis-ggz', 'Kortdurende behandeling bij depressie, angst, burn-out of trauma. Met verwijzing van de huisarts.', ['ggz', 'somberheid'], { apply: 'Verwijzing huisarts' }),
  svc('FACT-team', 'Langdurige behandeling en begeleiding thuis voor mensen met een ernstige psychische aandoening, zoals psychose of bipolaire stoornis.', ['epa', 'ggz']),
  svc('Online therapie (Kompas Online)', 'Behandeling via de app en videobellen. Ook in het Engels (online treatment in English for anxiety and depression).', ['ggz', 'somberheid'], { online: true, lang: ['nl', 'en'] }),
]);
org({ name: 'Het Uitzicht jeugd-ggz', place: 'Nieuw-Linde', street: 'Horizonweg 9', desc: 'Jeugd-ggz voor kinderen en jongeren tot 18.' }, [
  svc('Jeugd-ggz behandeling', 'Voor kinderen en jongeren met angst, depressie, trauma, eetproblemen of ADHD. Met verwijzing van huisarts of jeugdteam.', ['jeugd-ggz', 'autisme']),
  svc('Praat Ff inloop', 'Zit je ergens mee? Loop binnen, gratis en anoniem, en praat met iemand van je eigen leeftijd of een professional. Geen ouders, geen dossier.', ['jeugd-ggz', 'jongerenwerk'], { elig: '12 tot 25 jaar', hours: 'Woensdag en vrijdag 15.00-19.00' }),
  svc('Autismegroep voor ouders', 'Lotgenotengroep voor ouders van kinderen met autisme of ADHD.', ['autisme', 'opvoeden']),
]);

org({ name: 'Stichting Jongerenwerk Linde', alt: 'JWL', place: 'Havenkwartier', street: 'Dokstraat 30', desc: 'Jongerenwerk in alle wijken. Chillen, praten, dingen doen.' }, [
  svc('Jongerencentrum De Loods', 'Gewoon langskomen na school. Gamen, muziek maken, koken, of praten met een jongerenwerker als je ergens mee zit (thuis, school, liefde, geld, whatever).', ['jongerenwerk'], { elig: '12-23 jaar', hours: 'Di-vr 15.00-22.00, za 14.00-23.00' }),
  svc('Jongerencoach', 'Stuck met school, werk of thuis? Een jongerencoach helpt je een plan te maken. Je kiest zelf waar je afspreekt.', ['jongerenwerk', 'werk', 'leerplicht']),
  svc('Jonge Mantelzorgers Club', 'Zorg jij thuis voor je moeder, vader, broer of zus die ziek is of een beperking heeft? Bij de JMZ-club ben je gewoon even jezelf. Uitjes, praatgroep en hulp als het te veel wordt.', ['jonge-mantelzorg'], { elig: '8-24 jaar' }),
  svc('Sportief Linde (straatsport)', 'Voetbal, basketbal en boksen op pleinen in de wijk, gratis. Samen met de buurtsportcoach.', ['sport', 'jongerenwerk']),
]);

org({ name: 'Stichting Kansrijk Opgroeien', place: 'Lindenhaven-Zuid', street: 'Meidoornstraat 8', desc: 'Fondsen voor kinderen in gezinnen met een laag inkomen.' }, [
  svc('Kansfonds Sport & Cultuur', 'Geen geld voor voetbal, dansles of muziekles? Het Kansfonds betaalt de contributie. Aanvragen gaat via school, het jeugdteam of het wijkteam.', ['meedoen-kinderen'], { elig: '4-18 jaar, laag inkomen' }),
]);

org({ name: 'Samen Opvoeden Pleegzorg', place: 'Elsmere', street: 'Stationsweg 14', desc: 'Pleegzorg in de regio.' }, [
  svc('Pleegouder worden', 'Kun jij een kind een tijdje een thuis geven? Kom naar een informatieavond. Er is ook weekendpleegzorg.', ['pleegzorg'], { area: BOTH }),
  svc('Steun voor pleegjongeren', 'Voor jongeren die in een pleeggezin wonen: een eigen begeleider en een groep met andere pleegkinderen.', ['pleegzorg', 'jeugdhulp']),
]);

org({ name: 'Kinderopvang Lindekids', place: 'De Beemden', street: 'Speelweide 5', desc: 'Kinderdagverblijf, peuteropvang en BSO.' }, [
  svc('Kinderdagverblijf en BSO', 'Opvang voor kinderen van 0-12. Peuteropvang met VVE voor peuters die extra taalsteun nodig hebben.', ['kinderopvang', 'taal']),
  svc('Gastouderbureau Lindekids', 'Opvang in een kleine groep bij een gastouder thuis.', ['kinderopvang']),
]);

org({ name: 'Onderwijsloket Lindenhaven', place: 'Lindenhaven-Centrum', street: 'Schoolstraat 11', desc: 'Samenwerkingsverband passend onderwijs.' }, [
  svc('Schoolmaatschappelijk werk', 'Op elke basisschool en middelbare school kunnen leerlingen en ouders terecht bij de schoolmaatschappelijk werker: pesten, problemen thuis, schoolstress.', ['onderwijs', 'jeugdhulp']),
  svc('Onderwijsconsulent passend onderwijs', 'Loopt het niet op school omdat je kind extra ondersteuning nodig heeft, of zit hij thuis zonder school? De onderwijsconsulent zoekt mee naar een passende plek.', ['onderwijs', 'leerplicht']),
]);

org({ name: 'Lief & Zo', place: 'Lindenhaven-Centrum', street: 'Lindeplein 4', desc: 'Seksuele gezondheid voor jongeren.' }, [
  svc('Lief & Zo-spreekuur', 'Vragen over seks, soa, de pil, zwanger (of bang dat je het bent), verliefd op iemand van hetzelfde geslacht? Gratis en anoniem tot 25 jaar.', ['seksuele-gezondheid', 'zwangerschap'], { elig: 'Tot 25 jaar' }),
  svc('Soa-poli GGD', 'Gratis soa-test voor mensen met een verhoogd risico.', ['seksuele-gezondheid'], { area: BOTH }),
]);
org({ name: 'Verloskundigenpraktijk Lindenhaven', place: 'Lindenhaven-Zuid', street: 'Wiegstraat 3', desc: 'Verloskundige zorg.' }, [
  svc('Verloskundige', 'Zwanger? Bel ons zodra de test positief is. Controles, echo, bevalling thuis of in het ziekenhuis.', ['zwangerschap']),
  svc('Centering Zwangerschap', 'Controles in een groep met andere zwangeren, met veel tijd voor vragen.', ['zwangerschap'], { status: 'inactive' }),
]);

org({ name: 'Verslavingszorg Linde', place: 'Havenkwartier', street: 'Haventerrein 22', desc: 'Verslavingszorg.' }, [
  svc('Verslavingszorg volwassenen', 'Hulp als alcohol, drugs of medicijnen uw leven bepalen. Ambulant of met opname.', ['verslaving']),
  svc('Jongeren & Middelen', 'Blowen, snuiven, lachgas, vapen? Geen oordeel, wel eerlijke info. Ook ouders die zich zorgen maken kunnen bellen.', ['verslaving-jongeren']),
  svc('Gok- en gamespreekuur', 'Gokken of gamen uit de hand? Voor spelers en hun naasten.', ['gokken-gamen', 'verslaving']),
]);

org({ name: 'Steunpunt Mantelzorg Lindenhaven', place: 'Nieuw-Linde', street: 'Lindelaan 57', desc: 'Voor iedereen die zorgt voor een naaste.' }, [
  svc('Mantelzorgconsulent', 'U zorgt voor uw partner, ouder of kind. Een consulent denkt mee en regelt de jaarlijkse mantelzorgwaardering.', ['mantelzorg']),
  svc('Respijt: even vrij', 'Een vrijwilliger neemt een dagdeel de zorg over, of uw naaste logeert een weekend in het logeerhuis.', ['respijt', 'mantelzorg']),
  svc('Alzheimer Café Lindenhaven', 'Elke maand een avond over leven met dementie, voor mensen met dementie en hun naasten.', ['dementie', 'mantelzorg']),
]);

org({ name: 'Welzijn Lindenhaven', place: 'De Beemden', street: 'Beemdenlaan 20', desc: 'Buurthuizen, ouderenwerk en vrijwilligers.' }, [
  svc('Buurthuis De Beemden', 'Koffie, biljart, creatief, de huiswerkklas en het repair café. Iedereen welkom.', ['buurthuis']),
  svc('Ouderenadviseur', 'Voor 65-plussers: vragen over wonen, zorg, geld en formulieren. Komt ook thuis.', ['ouderen']),
  svc('Maatjesproject Samen', 'Een vrijwilliger komt wekelijks op bezoek, voor een wandeling of een kop koffie.', ['eenzaamheid', 'ouderen']),
  svc('Vrijwilligerscentrale', 'Zin om iets te doen voor een ander? Bekijk de vacaturebank.', ['vrijwilligerswerk'], { online: true }),
  svc('Digicafé', 'Hulp met je telefoon, DigiD, mail en internetbankieren.', ['digitaal'], { hours: 'Maandag 10.00-12.00' }),
  svc('Taalcafé', 'Nederlands oefenen in een gezellige groep.', ['taal', 'statushouders']),
  svc('Rouwgroep', 'Acht bijeenkomsten voor mensen die iemand hebben verloren.', ['rouw']),
  svc('Kinderrouwgroep Vlinder', 'Voor kinderen van 6-12 die iemand verloren hebben.', ['rouw-kinderen']),
]);

org({ name: 'Thuiszorg De Linde', place: 'Lindenhaven-Zuid', street: 'Zorgpad 6', desc: 'Wijkverpleging, alarmering en maaltijden.' }, [
  svc('Wijkverpleging', 'Hulp bij wassen, aankleden, wondzorg of medicijnen thuis. Zonder eigen risico.', ['wijkverpleging']),
  svc('Personenalarmering', 'Een alarmknop om uw hals of pols. Bij een val krijgt u meteen contact.', ['alarmering']),
  svc('Warme maaltijd aan huis', 'Elke dag een verse maaltijd thuisbezorgd.', ['maaltijden']),
  svc('Dagbesteding De Lindeboom', 'Dagbesteding voor ouderen met dementie of NAH.', ['dagbesteding', 'dementie', 'nah']),
]);

org({ name: 'Stichting Wonen Lindenhaven', place: 'Havenkwartier', street: 'Kademuur 15', desc: 'Opvang en wonen.' }, [
  svc('Daklozenloket en nachtopvang', 'Geen plek om te slapen? Meld u bij het daklozenloket. Ook briefadres.', ['dakloos']),
  svc('Jongerenopvang Kwartier', 'Voor jongeren 18-23 die op straat dreigen te komen of bij vrienden op de bank slapen.', ['dakloos', 'jongerenwerk']),
  svc('Vroegsignalering huurachterstand', 'Huurachterstand? Woningcorporatie en gemeente helpen samen om uitzetting te voorkomen.', ['huurachterstand', 'schulden']),
]);

org({ name: 'Juridisch Loket Lindenhaven', place: 'Lindenhaven-Centrum', street: 'Stadhuisplein 6', desc: 'Gratis juridisch advies.' }, [
  svc('Sociaal raadslieden', 'Juridisch advies bij huur, werk, uitkering en bezwaar.', ['juridisch']),
]);

org({ name: 'Nieuwkomerspunt Lindenhaven', place: 'Nieuw-Linde', street: 'Lindelaan 60', desc: 'Voor nieuwkomers.' }, [
  svc('Begeleiding statushouders', 'Hulp bij inburgering, papieren en wegwijs in Lindenhaven.', ['statushouders', 'administratie'], { lang: ['nl', 'en', 'ar'] }),
]);

org({ name: 'Stichting De Brug LVB', place: 'Elsmere', street: 'Brugstraat 4', desc: 'Ondersteuning bij een licht verstandelijke beperking.' }, [
  svc('Ambulante begeleiding LVB', 'Begeleiding thuis bij geld, wonen en werk voor mensen met een LVB.', ['lvb'], { area: BOTH }),
  svc('Hersenletsel Steunpunt', 'Voor mensen met NAH en hun naasten.', ['nah']),
]);

org({ name: 'GGD Lindenhaven Preventie', place: 'Lindenhaven-Centrum', street: 'Lindeplein 6', desc: 'Cursussen en gastlessen.' }, [
  svc('Mentale EHBO en EHBO-cursus', 'Leer herkennen wanneer iemand psychische problemen heeft, en wat je doet bij een ongeluk. Voor ouders, leerkrachten en vrijwilligers.', ['cursus']),
  svc('Training meldcode voor professionals', 'Training huiselijk geweld en kindermishandeling signaleren, voor leerkrachten en kinderopvang.', ['cursus', 'huiselijk-geweld']),
  svc('Gastlessen op school', 'Gastlessen over alcohol, drugs, seks en mentale gezondheid.', ['gastles']),
]);
