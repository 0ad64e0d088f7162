// Gemeente Zandhoeve (FICTIEF): the hand-written source of a made-up "Sociale Kaart Zandhoeve",
// written for the Wijkwijzer search benchmark only. Zandhoeve is an invented commuter town of about
// 45,000 inhabitants with three kernen: Zandhoeve (the town itself, wijken Centrum and Noord),
// Bremdonk and Ter Leede. Every organisation, person, street and place here is invented; postal codes
// run 0860-0889 (no Dutch postal code starts with 0) and every phone number is 0000-… (make.mjs
// numbers them). The national help lines (113, Veilig Thuis, 112 …) are deliberately not listed.
//
// Publisher style: the gemeente buys its sociale kaart from a commercial vendor; the export comes
// from that vendor's CMS. Every service is squeezed into one rigid template: a RUBRIEK line in
// capitals, then "Wat:", "Voor wie:", "Kosten:" and "Aanmelden:" lines inside the description,
// and the same boilerplate footer pasted under many entries. Organisations filled in the fields
// themselves, so lengths and tone vary; a few entries are outdated and marked inactive.
//
// `topics` is the judge's key: what a social worker would say the service really answers.
import { addingTo, svc } from '../write-directory.mjs';

export const TOPICS = {
  huisarts: 'huisartsenpraktijk: spreekuur, visite, verwijzing',
  hap: 'huisartsenpost: de huisarts buiten kantoortijd (avond, nacht, weekend)',
  'poh-ggz': 'praktijkondersteuner ggz (POH-GGZ) bij de huisarts',
  ggz: 'psychische hulp door een professional voor volwassenen: POH-GGZ, psycholoog, basis- of specialistische ggz, FACT',
  'jeugd-ggz': 'psychische hulp voor kinderen en jongeren',
  wijkteam: 'sociaal team / wijkteam: eerste plek voor alle vragen over zorg, welzijn, geld en opvoeden',
  wmo: 'Wmo-loket van de gemeente: voorzieningen aanvragen (hulpmiddelen, huishoudelijke hulp, vervoer, begeleiding)',
  clientondersteuning: 'onafhankelijke cliëntondersteuning bij aanvragen en keukentafelgesprek',
  parkeerkaart: 'gehandicaptenparkeerkaart en -parkeerplaats',
  pgb: 'persoonsgebonden budget (pgb): uitleg en hulp bij beheer',
  hulpmiddelen: 'hulpmiddelen: rolstoel, rollator, scootmobiel, uitleen',
  woningaanpassing: 'aanpassingen in huis (traplift, douche, drempels)',
  'huishoudelijke-hulp': 'hulp bij het huishouden',
  vervoer: 'vervoer: Wmo-taxi, buurtbus, vrijwillige chauffeurs',
  wijkverpleging: 'wijkverpleging: verpleging en persoonlijke verzorging thuis',
  mantelzorg: 'steun voor mantelzorgers: advies, lotgenoten, waardering',
  respijt: 'respijtzorg: de zorg tijdelijk overnemen zodat de mantelzorger rust heeft',
  'jonge-mantelzorg': 'jonge mantelzorgers (kinderen en jongeren die thuis zorgen)',
  dementie: 'dementie en geheugenproblemen, ook steun voor naasten',
  nah: 'niet-aangeboren hersenletsel (NAH), bv. na een beroerte of ongeluk',
  dagbesteding: 'dagbesteding (ouderen, dementie, ggz, beperking)',
  alarmering: 'personenalarmering',
  maaltijden: 'maaltijden aan huis of samen eten',
  ouderenadvies: 'ouderenadviseur / seniorenvoorlichter: vragen van ouderen over wonen, zorg en geld',
  eenzaamheid: 'eenzaamheid: bezoek, maatje, telefooncirkel, contact met anderen',
  buurthuis: 'buurthuis / dorpshuis: vrije inloop en activiteiten',
  palliatief: 'palliatieve zorg, hospice, laatste levensfase',
  rouw: 'rouw en verlies bij volwassenen: rouwgroep, rouwbegeleiding',
  'rouw-kinderen': 'rouw bij kinderen en jongeren',
  schulden: 'schuldhulpverlening',
  geldzorgen: 'geldzorgen: rondkomen, budgetcoach, geldmaatje',
  bewindvoering: 'beschermingsbewind en budgetbeheer',
  administratie: 'hulp bij post, formulieren en belastingaangifte',
  toeslagen: 'hulp bij toeslagen (zorgtoeslag, huurtoeslag, kinderopvangtoeslag)',
  minima: 'regelingen voor een laag inkomen: bijzondere bijstand, meedoenregeling, kindpakket, sport voor minima',
  voedselbank: 'voedselbank en andere voedselhulp',
  kledingbank: 'gratis of goedkope kleding en spullen',
  uitkering: 'bijstand / uitkering aanvragen en vragen erover',
  werk: 'werk zoeken, re-integratie, jobcoach, participatie',
  vrijwilligerswerk: 'vrijwilligerswerk vinden',
  taal: 'Nederlands leren: NT2, taalmaatje, taalcafé, lezen en schrijven',
  digitaal: 'hulp met computer, smartphone, DigiD',
  juridisch: 'juridisch advies (sociaal raadslieden, juridisch loket, advocaat)',
  statushouders: 'statushouders en nieuwkomers: inburgering, begeleiding, internationals',
  internationals: 'internationals en expats: wegwijs na verhuizing naar Nederland (Engelstalig)',
  woningzoeken: 'woning zoeken: inschrijven, urgentie',
  huurachterstand: 'huurachterstand en huisuitzetting voorkomen',
  dakloos: 'dak- en thuislozen: opvang, nachtopvang, briefadres',
  buurtbemiddeling: 'burenruzie en buurtbemiddeling',
  opvoeden: 'opvoedsteun en vragen over kinderen',
  jgz: 'jeugdgezondheidszorg: consultatiebureau, jeugdarts, jeugdverpleegkundige',
  jeugdhulp: 'jeugdhulp en gezinsbegeleiding',
  jongeren: 'jongerenwerk en jongerencoaches (12-23)',
  onderwijs: 'school en leerplicht: leerplichtambtenaar, schoolmaatschappelijk werk, RMC',
  zwangerschap: 'zwanger: verloskundige, kraamzorg',
  'seksuele-gezondheid': 'seksuele gezondheid: soa-test, anticonceptie, vragen over seks',
  leefstijl: 'gezonde leefstijl, gewicht, diëtist, stoppen met roken',
  roken: 'stoppen met roken',
  bewegen: 'sport en bewegen, buurtsportcoach',
  verslaving: 'verslaving bij volwassenen: alcohol, drugs, gokken (hulp en lotgenoten)',
  'verslaving-jongeren': 'alcohol, blowen, drugs en gamen bij jongeren (ook voor ouders)',
  gokken: 'gokproblemen',
  'huiselijk-geweld': 'huiselijk geweld: hulp, advies en opvang',
  lvb: 'licht verstandelijke beperking (LVB)',
  autisme: 'autisme: begeleiding, lotgenoten, informatie',
  'ambulante-begeleiding': 'begeleiding thuis door een begeleider (ambulante begeleiding, beschermd wonen-thuis)',
  'beschermd-wonen': 'beschermd wonen bij psychische problemen',
  ehbo: 'EHBO- en reanimatiecursussen',
  'training-suicidepreventie': 'trainingen suïcidepreventie en mentale EHBO voor vrijwilligers, professionals en naasten',
  'lotgenoten-ggz': 'herstel en lotgenoten bij psychische kwetsbaarheid (ervaringsdeskundigen, herstelgroep)',
};

export const places = {
  'Zandhoeve-Centrum': { gemeente: 'Zandhoeve', pc: '0861' },
  'Zandhoeve-Noord': { gemeente: 'Zandhoeve', pc: '0866' },
  Bremdonk: { gemeente: 'Zandhoeve', pc: '0877' },
  'Ter Leede': { gemeente: 'Zandhoeve', pc: '0884' },
};

export const organizations = [];
const org = addingTo(organizations);

// The vendor's template: RUBRIEK line, then Wat / Voor wie / Kosten / Aanmelden, then the footer.
const FOOTER = 'Deze informatie is door de organisatie zelf aangeleverd. Klopt er iets niet? Geef het door aan de redactie van de Sociale Kaart Zandhoeve.';
const FOOTER2 = 'Let op: de Sociale Kaart is een wegwijzer. Aan deze informatie kunnen geen rechten worden ontleend.';
function t(rubriek, wat, voorWie, kosten, aanmelden, { extra, footer = 1 } = {}) {
  const lines = [rubriek, `Wat: ${wat}`, `Voor wie: ${voorWie}`, `Kosten: ${kosten}`, `Aanmelden: ${aanmelden}`];
  if (extra) lines.push(extra);
  if (footer === 1) lines.push(FOOTER);
  if (footer === 2) lines.push(FOOTER2);
  return lines.join('\n');
}
const GRATIS = 'gratis';
const ZVW = 'vergoed uit de basisverzekering (eigen risico kan gelden)';
const ZELF = 'zelf bellen of mailen, een verwijzing is niet nodig';

// ---------- GEZONDHEID ----------
org({ name: 'Gezondheidscentrum De Hoeve', place: 'Zandhoeve-Centrum', street: 'Marktveld 4', desc: 'Gezondheidscentrum met huisartsen, praktijkondersteuners, fysiotherapie en apotheek.' }, [
  svc('Huisartsenpraktijk De Hoeve', t('GEZONDHEID & MEDISCH', 'drie huisartsen met spreekuur op afspraak, visites aan huis voor wie niet kan komen, kleine verrichtingen (hechten, uitstrijkje, wratten).', 'ingeschreven patiënten uit Zandhoeve-Centrum en Noord. Inschrijven kan zolang er plek is.', ZVW.replace(' (eigen risico kan gelden)', '; de huisarts valt niet onder het eigen risico'), 'bellen tussen 8.00 en 10.00 voor een afspraak, herhaalrecepten via de app.'), ['huisarts'], { hours: 'ma-vr 8.00-17.00' }),
  svc('POH-GGZ De Hoeve', t('GEZONDHEID & MEDISCH', 'de praktijkondersteuner GGZ voert 5 tot 8 gesprekken bij psychische klachten zoals somberheid, angst, stress, slecht slapen of rouw. Zo nodig verwijst zij door naar een psycholoog.', 'patiënten van de huisartsen in het centrum, vanaf 18 jaar.', 'gratis, geen eigen risico', 'via uw huisarts.'), ['poh-ggz', 'ggz'], { hours: 'di, wo, do' }),
  svc('Stoppen met roken begeleiding', t('GEZONDHEID & MEDISCH', 'persoonlijke begeleiding door de praktijkverpleegkundige om te stoppen met roken of vapen, eventueel met hulpmiddelen (pleisters, medicatie).', 'rokers en vapers vanaf 18 jaar.', 'één programma per jaar vergoed, zonder eigen risico', 'afspraak maken bij de assistente.'), ['roken', 'leefstijl']),
]);
org({ name: 'Huisartsen Bremdonk & Ter Leede', place: 'Bremdonk', street: 'Kerkstraat 12', desc: 'Huisartsenpraktijk voor de twee dorpen, met een dependance in Ter Leede.' }, [
  svc('Huisartsenpraktijk Bremdonk', t('GEZONDHEID & MEDISCH', 'huisartsenzorg voor de dorpen Bremdonk en Ter Leede. Op dinsdag en donderdag spreekuur in Ter Leede (dorpshuis). Ook ouderenzorg door de praktijkverpleegkundige.', 'inwoners van Bremdonk en Ter Leede.', ZVW, 'bel de praktijk, spoed: toets 1.'), ['huisarts'], { hours: 'ma-vr 8.00-17.00' }),
  svc('Praktijkondersteuner GGZ Bremdonk', t('GEZONDHEID & MEDISCH', 'kortdurende begeleiding bij psychische klachten. Ook kinderen en jongeren kunnen bij de POH-GGZ Jeugd terecht (woensdag).', 'patiënten van de praktijk.', GRATIS, 'via de huisarts.'), ['poh-ggz', 'ggz', 'jeugd-ggz']),
]);
org({ name: 'Huisartsenpost Zandhoeve e.o.', alt: 'HAP', place: 'Zandhoeve-Noord', street: 'Ziekenhuisweg 1', desc: 'Huisartsenpost naast de polikliniek.' }, [
  svc('Huisartsenpost (avond, nacht, weekend)', t('GEZONDHEID & MEDISCH', 'voor dringende medische zorg die niet kan wachten tot de eigen huisarts weer open is.', 'alle inwoners van Zandhoeve, Bremdonk en Ter Leede, ook toeristen.', ZVW, 'altijd eerst bellen, niet zonder afspraak langskomen.', { footer: 2 }), ['hap'], { hours: 'werkdagen 17.00-8.00, weekend en feestdagen de hele dag' }),
]);
org({ name: 'Verloskundigenpraktijk Moeder Aarde', place: 'Zandhoeve-Centrum', street: 'Lindelaan 30', desc: 'Verloskundigen voor zwangerschap, bevalling en kraamtijd.' }, [
  svc('Verloskundige zorg', t('GEZONDHEID & MEDISCH', 'controles tijdens de zwangerschap, echo\'s, bevalling thuis of in het ziekenhuis en nazorg. Ook een inloop voor vragen over zwanger worden.', 'zwangere vrouwen en hun partners.', ZVW.replace(' (eigen risico kan gelden)', '; geen eigen risico'), 'zo snel mogelijk na een positieve test zelf bellen.'), ['zwangerschap']),
  svc('Kraamzorg aanvragen - informatie', t('GEZONDHEID & MEDISCH', 'uitleg over het aanvragen van kraamzorg bij uw zorgverzekeraar en het intakegesprek.', 'zwangeren vanaf 16 weken.', 'eigen bijdrage per uur volgens uw verzekeraar', 'via de verloskundige.'), ['zwangerschap'], { status: 'inactive' }),
]);
org({ name: 'GGD Zandland', place: 'Zandhoeve-Noord', street: 'Ziekenhuisweg 5', desc: 'Regionale GGD.' }, [
  svc('Consultatiebureau Zandhoeve', t('JEUGD & GEZIN', 'het consultatiebureau volgt de groei en ontwikkeling van uw kind van 0 tot 4 jaar, geeft vaccinaties en beantwoordt vragen over voeding, slapen en opvoeden.', 'ouders met kinderen van 0-4 jaar.', GRATIS, 'u krijgt vanzelf een uitnodiging na de geboorte.'), ['jgz', 'opvoeden'], { at: { name: 'Consultatiebureau', street: 'Schoolpad 2', place: 'Zandhoeve-Centrum' } }),
  svc('Jeugdarts en jeugdverpleegkundige op school', t('JEUGD & GEZIN', 'onderzoek op school (groep 2 en 7, klas 2), spreekuur voor leerlingen en ouders over gezondheid, ziekteverzuim, gedrag.', 'kinderen en jongeren 4-18 jaar.', GRATIS, 'via school of zelf bellen.'), ['jgz']),
  svc('Sense spreekuur seksuele gezondheid', t('GEZONDHEID & MEDISCH', 'soa-test, hiv-test, anticonceptie, morning-afterpil en vragen over seks, verliefdheid of gender. Anoniem als je wilt.', 'jongeren tot 25 jaar; soa-test ook voor risicogroepen van alle leeftijden.', 'gratis tot 25 jaar', 'online afspraak maken.'), ['seksuele-gezondheid']),
  svc('EHBO en reanimatie voor ouders', t('GEZONDHEID & MEDISCH', 'cursusavond eerste hulp bij kinderongelukken en reanimatie van baby\'s en kinderen.', 'ouders, opa\'s en oma\'s, gastouders.', '€25 per persoon', 'inschrijven via de website.'), ['ehbo']),
]);

// ---------- PSYCHISCHE GEZONDHEID ----------
org({ name: 'Psychologenpraktijk Zandhoeve', place: 'Zandhoeve-Centrum', street: 'Stationsplein 7', desc: 'Vrijgevestigde psychologen (basis-ggz).' }, [
  svc('Basis GGZ behandeling', t('PSYCHISCHE GEZONDHEID', 'behandeling van lichte tot matige psychische klachten: depressie, angst- en paniekklachten, burn-out, trauma (EMDR).', 'volwassenen vanaf 18 jaar.', 'basisverzekering, eigen risico geldt', 'verwijzing van de huisarts nodig. Wachttijd: ca. 8 weken.'), ['ggz']),
]);
org({ name: 'GGZ Zandland', place: 'Zandhoeve-Noord', street: 'Parkweg 40', desc: 'Specialistische geestelijke gezondheidszorg voor de regio.' }, [
  svc('Specialistische GGZ volwassenen', t('PSYCHISCHE GEZONDHEID', 'diagnostiek en behandeling bij ernstige of complexe psychische problemen, zoals bipolaire stoornis, psychose, persoonlijkheidsproblematiek, ernstige depressie.', '18+ met verwijzing.', 'basisverzekering, eigen risico', 'verwijzing huisarts of POH-GGZ.'), ['ggz']),
  svc('FACT-team Zandhoeve', t('PSYCHISCHE GEZONDHEID', 'een vast team (psychiater, verpleegkundigen, ervaringsdeskundige) komt bij u thuis en helpt met behandeling én het dagelijks leven: wonen, geld, werk.', 'mensen met een ernstige psychische aandoening (EPA) die langdurig zorg nodig hebben.', 'basisverzekering', 'via de behandelaar of huisarts.'), ['ggz', 'ambulante-begeleiding']),
  svc('Jeugd GGZ Zandland', t('PSYCHISCHE GEZONDHEID', 'behandeling van kinderen en jongeren met bijvoorbeeld ADHD, angst, depressie, eetproblemen of trauma. Ouders worden betrokken.', '0-18 jaar.', 'valt onder de Jeugdwet, geen kosten voor ouders', 'verwijzing van huisarts, jeugdarts of Sociaal Team.'), ['jeugd-ggz']),
  svc('Herstelwerkplaats', t('PSYCHISCHE GEZONDHEID', 'cursussen en lotgenotengroepen onder leiding van ervaringsdeskundigen: werken aan je eigen herstel, omgaan met stemmen horen, WRAP.', 'iedereen met psychische kwetsbaarheid, ook zonder behandeling.', GRATIS, ZELF), ['lotgenoten-ggz'], { hours: 'inloop do 13.00-16.00' }),
  svc('Cursus Mentale EHBO', t('PSYCHISCHE GEZONDHEID', 'tweedaagse training: herken signalen van psychische problemen en suïcidale gedachten bij een ander en weet wat je kunt doen.', 'vrijwilligers, mantelzorgers, docenten, werkgevers, iedereen.', '€95, gratis voor vrijwilligers in Zandhoeve', 'via de website.', { footer: 2 }), ['training-suicidepreventie']),
]);
org({ name: 'Beschermd Wonen De Linde', place: 'Ter Leede', street: 'Dorpsstraat 77', desc: 'Beschermd wonen en begeleiding thuis.' }, [
  svc('Beschermd Wonen', t('WONEN', 'een kamer met 24-uurs begeleiding voor mensen die door psychische problemen (nog) niet zelfstandig kunnen wonen.', 'volwassenen met een indicatie beschermd wonen.', 'eigen bijdrage via CAK', 'via de gemeente (Wmo-loket).'), ['beschermd-wonen']),
  svc('Begeleiding thuis (BW-thuis)', t('WONEN', 'een vaste begeleider komt bij u thuis en helpt met dagstructuur, huishouden, geld en contacten.', 'volwassenen met psychische problemen of LVB die zelfstandig wonen.', 'Wmo, eigen bijdrage kan gelden', 'via het Sociaal Team.'), ['ambulante-begeleiding', 'lvb']),
]);

// ---------- SOCIAAL TEAM / GEMEENTE ----------
org({ name: 'Sociaal Team Zandhoeve', place: 'Zandhoeve-Centrum', street: 'Raadhuisplein 1', desc: 'Het Sociaal Team is het centrale loket voor zorg en welzijn van de gemeente Zandhoeve.' }, [
  svc('Sociaal Team - algemeen', t('ZORG & WELZIJN', 'één plek voor alle vragen: over zorg, opvoeden, geld, wonen, werk of als u het even niet meer overziet. Een medewerker komt bij u thuis voor een gesprek (het keukentafelgesprek).', 'alle inwoners van Zandhoeve, Bremdonk en Ter Leede.', GRATIS, 'bellen of binnenlopen, ook via het contactformulier.'), ['wijkteam'], { hours: 'ma-vr 9.00-17.00, inloop di en do ochtend' }),
  svc('Sociaal Team - spreekuur Bremdonk en Ter Leede', t('ZORG & WELZIJN', 'wekelijks spreekuur van het Sociaal Team in de dorpen.', 'inwoners van Bremdonk en Ter Leede.', GRATIS, 'vrije inloop.'), ['wijkteam'], { at: { name: 'Dorpshuis De Brem', street: 'Brink 3', place: 'Bremdonk' }, hours: 'wo 9.30-11.30' }),
  svc('Wmo-loket', t('ZORG & WELZIJN', 'aanvragen van voorzieningen uit de Wet maatschappelijke ondersteuning: hulp bij het huishouden, hulpmiddelen zoals een scootmobiel of rolstoel, woningaanpassingen, Wmo-vervoer, begeleiding en dagbesteding.', 'inwoners die door ziekte, beperking of ouderdom niet goed meer zelf redden.', 'eigen bijdrage max. €21 per 4 weken (abonnementstarief)', 'melding doen bij het Sociaal Team.'), ['wmo', 'huishoudelijke-hulp', 'hulpmiddelen', 'woningaanpassing', 'vervoer']),
  svc('Jeugd en Gezin - Sociaal Team', t('JEUGD & GEZIN', 'gezinscoaches helpen bij opvoedvragen, problemen thuis, scheiding en gedrag van kinderen. Zij kunnen ook jeugdhulp inzetten.', 'gezinnen met kinderen 0-23 jaar.', GRATIS, 'bel het Sociaal Team.'), ['opvoeden', 'jeugdhulp']),
  svc('Schuldhulpverlening gemeente', t('GELD & SCHULDEN', 'als u uw rekeningen niet meer kunt betalen of schulden heeft: we brengen alles in kaart, helpen met een budgetplan en proberen een regeling met schuldeisers te treffen (schuldregeling, saneringskrediet).', 'inwoners met (dreigende) schulden. Ook ondernemers.', GRATIS, 'aanmelden via het Sociaal Team, binnen 3 werkdagen een eerste gesprek.'), ['schulden', 'geldzorgen']),
  svc('Bijstand en inkomensondersteuning', t('WERK & INKOMEN', 'aanvragen van een bijstandsuitkering, bijzondere bijstand, individuele inkomenstoeslag en de Zandhoeve-pas.', 'inwoners met geen of een laag inkomen.', GRATIS, 'online aanvragen met DigiD of afspraak maken.'), ['uitkering', 'minima']),
  svc('Zandhoeve-pas (meedoenregeling)', t('GELD & SCHULDEN', 'met de pas krijgt u korting of vergoeding voor sport, cultuur, zwemles, schoolreisje en de bibliotheek. Voor kinderen is er een extra kindpakket (fiets, laptop, schoolspullen).', 'huishoudens met een inkomen tot 130% van het sociaal minimum.', GRATIS, 'aanvragen via het formulier op de website.'), ['minima']),
  svc('Leerplicht en RMC', t('ONDERWIJS', 'de leerplichtambtenaar houdt toezicht op schoolverzuim en zoekt samen met ouders en school naar een oplossing. RMC helpt jongeren tot 23 zonder diploma terug naar school of werk.', 'leerplichtige kinderen, jongeren 16-23 zonder startkwalificatie, ouders.', GRATIS, 'via school of zelf bellen.'), ['onderwijs', 'jongeren']),
  svc('Gehandicaptenparkeerkaart', t('ZORG & WELZIJN', 'aanvraag van een gehandicaptenparkeerkaart of eigen parkeerplaats.', 'mensen die niet ver kunnen lopen.', '€95 leges', 'formulier via de website; medische keuring volgt.'), ['parkeerkaart']),
]);
org({ name: 'Werkplein Zandland', place: 'Zandhoeve-Noord', street: 'Industrieweg 22', desc: 'Werk en re-integratie voor de regio.' }, [
  svc('Werkcoach en re-integratie', t('WERK & INKOMEN', 'hulp bij het vinden van werk: sollicitatietraining, werkervaringsplaats, jobcoach, beschut werk en leerwerktrajecten.', 'mensen met een uitkering of een afstand tot de arbeidsmarkt.', GRATIS, 'via uw klantmanager.'), ['werk']),
  svc('Jongerenloket werk', t('WERK & INKOMEN', 'jongerencoaches helpen bij werk, opleiding of een uitkering voor jongeren zonder baan of school.', '16-27 jaar.', GRATIS, 'inloop woensdagmiddag.'), ['werk', 'jongeren'], { hours: 'wo 13.00-16.00' }),
  svc('Participatieplekken Groenwerk', t('WERK & INKOMEN', 'Dagelijks buiten werken in het groen als stap naar werk.', 'uitkeringsgerechtigden.', GRATIS, 'via klantmanager.'), ['werk'], { status: 'inactive' }),
]);
org({ name: 'MEE Zandland', place: 'Zandhoeve-Centrum', street: 'Stationsplein 9', desc: 'Ondersteuning bij leven met een beperking.' }, [
  svc('Onafhankelijke cliëntondersteuning', t('ZORG & WELZIJN', 'een onafhankelijk cliëntondersteuner gaat mee naar het keukentafelgesprek, helpt met aanvragen bij de gemeente, het CIZ of de zorgverzekeraar en denkt mee bij bezwaar.', 'iedereen die zorg of ondersteuning nodig heeft, ook mantelzorgers.', GRATIS, ZELF), ['clientondersteuning']),
  svc('Begeleiding bij LVB', t('ZORG & WELZIJN', 'praktische hulp en uitleg voor mensen met een licht verstandelijke beperking: brieven, afspraken, geld, werk. We leggen het eenvoudig uit.', 'mensen met een LVB en hun familie.', GRATIS, ZELF), ['lvb']),
  svc('Autisme Infopunt', t('ZORG & WELZIJN', 'informatie, lotgenotencontact en cursussen over autisme voor volwassenen en ouders van kinderen met autisme.', 'mensen met (een vermoeden van) autisme en hun naasten.', GRATIS, 'mailen of bellen.'), ['autisme']),
  svc('PGB-spreekuur', t('ZORG & WELZIJN', 'uitleg over het persoonsgebonden budget: wat mag wel en niet, zorgovereenkomsten, verantwoording aan de SVB.', 'budgethouders en mensen die een pgb overwegen.', GRATIS, 'op afspraak.'), ['pgb']),
]);

// ---------- OUDEREN / THUIS WONEN ----------
org({ name: 'Stichting Welzijn Zandhoeve', alt: 'SWZ', place: 'Zandhoeve-Centrum', street: 'Kloosterhof 15', desc: 'Welzijnsorganisatie voor ouderen, mantelzorgers, vrijwilligers en buurten.' }, [
  svc('Ouderenadviseur', t('OUDEREN', 'de ouderenadviseur komt bij u thuis voor vragen over wonen, zorg, geld en vervoer en helpt met het aanvragen van voorzieningen.', '65-plussers en hun familie.', GRATIS, ZELF), ['ouderenadvies']),
  svc('Steunpunt Mantelzorg', t('MANTELZORG', 'advies en een luisterend oor voor wie zorgt voor een zieke partner, ouder of kind. Cursussen, lotgenotengroepen, mantelzorgwaardering en hulp bij het regelen van respijt.', 'mantelzorgers van alle leeftijden.', GRATIS, ZELF), ['mantelzorg', 'respijt']),
  svc('Jonge Mantelzorgers Zandhoeve', t('MANTELZORG', 'uitjes, een groep en een coach voor kinderen en jongeren die thuis zorgen voor een ouder, broer of zus met een ziekte, beperking of verslaving.', '8-24 jaar.', GRATIS, 'jij of je ouders kunnen bellen of appen.'), ['jonge-mantelzorg']),
  svc('Vrijwillige Thuishulp (respijt)', t('MANTELZORG', 'een getrainde vrijwilliger neemt een dagdeel per week de zorg over, zodat u even weg kunt.', 'mantelzorgers.', GRATIS, 'via het Steunpunt Mantelzorg.'), ['respijt', 'mantelzorg']),
  svc('Maatjesproject Samen Op Pad', t('ONTMOETING', 'een vrijwilliger komt regelmatig op bezoek, gaat mee wandelen of een kopje koffie drinken.', 'mensen die zich eenzaam voelen of weinig contacten hebben.', GRATIS, ZELF), ['eenzaamheid']),
  svc('Telefooncirkel', t('ONTMOETING', 'elke ochtend word je gebeld door een andere deelnemer. Wordt er niet opgenomen, dan wordt je contactpersoon gewaarschuwd.', 'alleenwonende ouderen.', GRATIS, ZELF), ['eenzaamheid', 'alarmering']),
  svc('Vrijwilligerscentrale', t('VRIJWILLIGERSWERK', 'vacaturebank met vrijwilligerswerk in Zandhoeve; ook maatschappelijke stages en hulp voor mensen die met begeleiding vrijwilligerswerk willen doen.', 'iedereen die iets wil doen voor een ander.', GRATIS, 'online of spreekuur maandag.'), ['vrijwilligerswerk']),
  svc('Boodschappenbus en vrijwillige chauffeurs', t('VERVOER', 'vrijwilligers rijden u naar het ziekenhuis, de huisarts of de supermarkt. Elke vrijdag rijdt de boodschappenbus vanuit Bremdonk en Ter Leede.', 'ouderen en mensen die niet zelf kunnen rijden.', '€0,35 per km', 'twee werkdagen van tevoren bellen.'), ['vervoer']),
  svc('Seniorenvoorlichting', t('OUDEREN', 'Voorlichters geven informatie aan huis.', '75+.', GRATIS, 'bellen.'), ['ouderenadvies'], { status: 'inactive' }),
  svc('Buurtbemiddeling Zandhoeve', t('WONEN', 'getrainde vrijwilligers helpen buren om een conflict (geluid, tuin, parkeren, kinderen) samen op te lossen.', 'alle inwoners; beide partijen doen vrijwillig mee.', GRATIS, 'zelf aanmelden of via woningcorporatie of wijkagent.'), ['buurtbemiddeling']),
  svc('Maaltijdservice Tafeltje Dekje', t('OUDEREN', 'warme maaltijd aan huis gebracht door vrijwilligers, ook diëten.', 'ouderen en zieken die niet zelf kunnen koken.', '€8,50 per maaltijd', 'bellen voor 10.00 voor de volgende dag.'), ['maaltijden']),
]);
org({ name: 'Thuiszorg Zandland', place: 'Zandhoeve-Noord', street: 'Parkweg 12', desc: 'Wijkverpleging, huishoudelijke hulp en alarmering.' }, [
  svc('Wijkverpleging', t('ZORG THUIS', 'verpleging en verzorging thuis: wassen, aankleden, steunkousen, wondzorg, medicijnen, injecties. Ook palliatieve zorg thuis.', 'iedereen die thuis verpleging of verzorging nodig heeft.', 'basisverzekering, geen eigen risico', 'zelf bellen; de wijkverpleegkundige stelt de indicatie.'), ['wijkverpleging', 'palliatief'], { hours: '24/7 bereikbaar' }),
  svc('Huishoudelijke ondersteuning', t('ZORG THUIS', 'schoonmaken, was en strijk, orde in huis.', 'inwoners met een Wmo-indicatie, of particulier.', 'Wmo-abonnementstarief of €32 per uur particulier', 'via het Wmo-loket of particulier bellen.'), ['huishoudelijke-hulp']),
  svc('Personenalarmering', t('ZORG THUIS', 'alarmknop om de hals of pols. Bij een val of onwel worden drukt u op de knop en krijgt u contact met de meldkamer, die uw contactpersoon of een zorgverlener stuurt.', 'ouderen en mensen die alleen wonen.', 'vanaf €19,95 per maand, soms vergoed door de aanvullende verzekering', 'online of telefonisch.'), ['alarmering']),
  svc('Geheugenpoli thuis', t('ZORG THUIS', 'Onderzoek naar geheugenproblemen aan huis.', '65+', ZVW, 'via huisarts.'), ['dementie'], { status: 'inactive' }),
]);
org({ name: 'Zorgcentrum Het Zandhof', place: 'Zandhoeve-Noord', street: 'Hofweg 2', desc: 'Woonzorgcentrum met verpleeghuiszorg, dagbesteding en restaurant.' }, [
  svc('Dagbesteding Het Zandhof', t('OUDEREN', 'een gezellige, zinvolle dag met activiteiten, warme maaltijd en begeleiding. Ook voor mensen met dementie. Vervoer kan geregeld worden.', 'ouderen en mensen met geheugenproblemen die thuis wonen.', 'Wmo-indicatie, eigen bijdrage', 'via Sociaal Team of casemanager.'), ['dagbesteding', 'dementie', 'respijt']),
  svc('Restaurant De Ontmoeting', t('OUDEREN', 'elke middag een driegangenmenu in het restaurant van het Zandhof. Buurtbewoners zijn welkom.', 'ouderen uit de buurt.', '€9,50', 'reserveren een dag van tevoren.'), ['maaltijden', 'eenzaamheid']),
  svc('Logeerkamer voor respijt', t('MANTELZORG', 'uw naaste kan een paar dagen of een week logeren in het Zandhof, zodat u als mantelzorger kunt uitrusten.', 'mantelzorgers van ouderen en mensen met dementie.', 'via Wmo of Wlz', 'via Sociaal Team.'), ['respijt']),
  svc('Hospice-kamer Het Zandhof', t('OUDEREN', 'twee hospicekamers voor mensen in de laatste levensfase, met vrijwilligers en wijkverpleging.', 'terminaal zieken met een levensverwachting korter dan 3 maanden.', 'eigen bijdrage €30 per dag', 'via huisarts.'), ['palliatief']),
]);
org({ name: 'Alzheimer Café Zandhoeve', place: 'Zandhoeve-Centrum', street: 'Kloosterhof 15', desc: 'Ontmoeting over dementie.' }, [
  svc('Alzheimer Café', t('DEMENTIE', 'iedere derde dinsdag van de maand een avond met uitleg en gesprek over leven met dementie.', 'mensen met dementie, partners, kinderen, vrienden.', GRATIS, 'gewoon binnenlopen.'), ['dementie', 'mantelzorg']),
  svc('Casemanager dementie', t('DEMENTIE', 'na de diagnose begeleidt een vaste casemanager u en uw naaste: uitleg, regelen van zorg en dagbesteding, steun voor de mantelzorger.', 'mensen met (een vermoeden van) dementie en hun mantelzorgers.', 'basisverzekering, geen eigen risico', 'via huisarts.'), ['dementie', 'mantelzorg']),
]);
org({ name: 'Hulpmiddelenwinkel Zandhoeve', place: 'Zandhoeve-Noord', street: 'Industrieweg 5', desc: 'Uitleen en verkoop van hulpmiddelen.' }, [
  svc('Uitleen hulpmiddelen', t('ZORG THUIS', 'tijdelijk lenen van krukken, rolstoel, rollator, douchestoel of hoog-laagbed, bijvoorbeeld na een operatie.', 'iedereen.', 'eerste 26 weken gratis via de meeste verzekeraars', 'gewoon langskomen met legitimatie.'), ['hulpmiddelen']),
]);
org({ name: 'NAH Netwerk Zandland', place: 'Zandhoeve-Noord', street: 'Parkweg 40', desc: 'Netwerk voor mensen met hersenletsel.' }, [
  svc('NAH-consulent en lotgenotengroep', t('ZORG & WELZIJN', 'na een beroerte, hersenbloeding, hersenschudding of ongeluk verandert er veel. De NAH-consulent helpt met uitleg en begeleiding, er is een maandelijkse lotgenotengroep en een partnergroep.', 'mensen met niet-aangeboren hersenletsel en hun naasten.', GRATIS, ZELF), ['nah', 'mantelzorg']),
]);

// ---------- ONTMOETING ----------
org({ name: 'Dorpshuis De Brem', place: 'Bremdonk', street: 'Brink 3', desc: 'Dorpshuis van Bremdonk.' }, [
  svc('Dorpshuis De Brem - inloop en activiteiten', t('ONTMOETING', 'koffieochtend, biljart, koersbal, handwerkclub, repair café en een gezamenlijke maaltijd op vrijdag.', 'alle inwoners van Bremdonk.', 'de meeste activiteiten gratis, maaltijd €6', 'gewoon binnenlopen.'), ['buurthuis', 'eenzaamheid', 'maaltijden'], { hours: 'ma-vr 9.00-17.00' }),
]);
org({ name: 'Buurthuis De Schakel', place: 'Zandhoeve-Noord', street: 'Meidoornplein 6', desc: 'Buurthuis voor Zandhoeve-Noord.' }, [
  svc('Buurthuis De Schakel', t('ONTMOETING', 'een open huis voor iedereen: inloop, taalcafé, kookclub, kinderactiviteiten en het spreekuur van de formulierenbrigade.', 'buurtbewoners.', GRATIS, 'vrije inloop.'), ['buurthuis', 'eenzaamheid']),
  svc('Digicafé De Schakel', t('ONTMOETING', 'hulp met je telefoon, tablet of laptop; DigiD aanvragen, mail, online bankieren, afspraak maken bij de huisarts via de app.', 'iedereen die moeite heeft met computers, vooral ouderen.', GRATIS, 'inloop dinsdagmiddag.'), ['digitaal'], { hours: 'di 13.30-15.30' }),
]);
org({ name: 'Dorpshuis Ter Leede', place: 'Ter Leede', street: 'Dorpsstraat 20', desc: 'Dorpshuis van Ter Leede.' }, [
  svc('Dorpshuis Ter Leede', t('ONTMOETING', 'soos voor 60+, gymnastiek voor ouderen, jeugdsoos op vrijdag.', 'inwoners van Ter Leede.', 'kleine bijdrage', 'binnenlopen.'), ['buurthuis', 'bewegen']),
]);

// ---------- GELD ----------
org({ name: 'Formulierenbrigade Zandhoeve', place: 'Zandhoeve-Noord', street: 'Meidoornplein 6', desc: 'Vrijwilligers die helpen met formulieren.' }, [
  svc('Formulierenbrigade', t('GELD & SCHULDEN', 'hulp bij het invullen van formulieren, brieven van instanties begrijpen, toeslagen aanvragen of terugbetalen, belastingaangifte (tot een bepaald inkomen).', 'inwoners met een laag inkomen of die het lastig vinden.', GRATIS, 'spreekuur in De Schakel of bellen voor een huisbezoek.'), ['administratie', 'toeslagen']),
]);
org({ name: 'SchuldHulpMaatje Zandhoeve', place: 'Zandhoeve-Centrum', street: 'Kerkplein 2', desc: 'Vrijwillige maatjes bij geldzorgen.' }, [
  svc('SchuldHulpMaatje', t('GELD & SCHULDEN', 'een getraind maatje helpt u om uw administratie op orde te krijgen, overzicht te maken en schulden aan te pakken, samen met de schuldhulpverlening.', 'iedereen met geldzorgen of schulden.', GRATIS, ZELF), ['geldzorgen', 'schulden', 'administratie']),
  svc('Cursus Omgaan met geld', t('GELD & SCHULDEN', 'vier avonden over budgetteren, sparen, verleidingen en post ordenen.', 'iedereen die beter wil rondkomen.', GRATIS, 'inschrijven via de website.'), ['geldzorgen']),
]);
org({ name: 'Bewindvoering Zandland BV', place: 'Zandhoeve-Centrum', street: 'Stationsplein 11', desc: 'Beschermingsbewind en budgetbeheer.' }, [
  svc('Beschermingsbewind', t('GELD & SCHULDEN', 'wij beheren uw geld en betalen uw vaste lasten, na uitspraak van de kantonrechter.', 'mensen die door schulden, ziekte of beperking hun financiën niet zelf kunnen regelen.', 'vergoed via bijzondere bijstand bij laag inkomen', 'intakegesprek aanvragen.'), ['bewindvoering']),
]);
org({ name: 'Voedselbank Zandhoeve', place: 'Zandhoeve-Noord', street: 'Industrieweg 30', desc: 'Voedselhulp voor huishoudens met te weinig geld.' }, [
  svc('Voedselpakket', t('GELD & SCHULDEN', 'wekelijks een pakket met boodschappen: brood, groente, zuivel en houdbare producten.', 'huishoudens die onder de normen van Voedselbanken Nederland blijven, na verwijzing.', GRATIS, 'via Sociaal Team, schuldhulp of maatschappelijk werk.'), ['voedselbank'], { hours: 'uitgifte vr 14.00-16.00' }),
  svc('Sociale Kruidenier De Mand', t('GELD & SCHULDEN', 'winkel waar u met een pasje goedkoop boodschappen doet.', 'minima.', 'lage prijzen', 'pasje via Sociaal Team.'), ['voedselbank'], { status: 'inactive' }),
]);
org({ name: 'Kledingbank Zandhoeve', place: 'Bremdonk', street: 'Molenweg 8', desc: 'Gratis kleding.' }, [
  svc('Kledingbank en Speelgoedbank', t('GELD & SCHULDEN', 'gratis kleding, schoenen en speelgoed, 4 keer per jaar.', 'huishoudens met een laag inkomen.', GRATIS, 'verwijsbrief nodig van een hulpverlener.'), ['kledingbank']),
  svc('Kringloop Zandhoeve', t('GELD & SCHULDEN', 'tweedehands meubels, kleding en huisraad, met korting op vertoon van de Zandhoeve-pas.', 'iedereen.', 'lage prijzen', 'gewoon langskomen.', { footer: 0 }), ['kledingbank']),
]);
org({ name: 'Energiecoaches Zandhoeve', place: 'Zandhoeve-Centrum', street: 'Kloosterhof 15', desc: 'Vrijwillige energiecoaches.' }, [
  svc('Energiecoach aan huis', t('GELD & SCHULDEN', 'een vrijwilliger bekijkt uw energierekening en geeft tips en gratis spullen (ledlampen, tochtstrips) om te besparen.', 'huurders en huiseigenaren met een hoge energierekening.', GRATIS, 'online afspraak.'), ['geldzorgen']),
]);

// ---------- JURIDISCH ----------
org({ name: 'Sociaal Raadslieden Zandhoeve', place: 'Zandhoeve-Centrum', street: 'Raadhuisplein 3', desc: 'Gratis juridisch en sociaal advies.' }, [
  svc('Sociaal raadslieden', t('JURIDISCH', 'uitleg en advies bij problemen met uitkering, toeslagen, belastingdienst, huur, werk of consumentenzaken; hulp bij bezwaar maken.', 'inwoners van Zandhoeve.', GRATIS, 'spreekuur of afspraak.'), ['juridisch', 'toeslagen', 'administratie']),
]);
org({ name: 'Advocatenkantoor Van Dongen & Zand', place: 'Zandhoeve-Centrum', street: 'Lindelaan 2', desc: 'Advocatenkantoor met sociaal advocatuur.' }, [
  svc('Gratis inloopspreekuur advocaat', t('JURIDISCH', 'gratis eerste advies over familierecht (scheiding, omgang), arbeidsrecht, huurrecht en strafrecht. Wij werken ook op toevoeging (gesubsidieerde rechtsbijstand).', 'iedereen.', 'eerste half uur gratis', 'inloop donderdagavond.'), ['juridisch']),
]);

// ---------- WONEN ----------
org({ name: 'Woonstichting Zandhoeve', place: 'Zandhoeve-Centrum', street: 'Stationsplein 1', desc: 'Woningcorporatie.' }, [
  svc('Woning zoeken en urgentie', t('WONEN', 'inschrijven voor een huurwoning via WoonZand; urgentie aanvragen bij medische of sociale noodsituatie.', 'woningzoekenden 18+.', 'inschrijfgeld €15', 'online inschrijven.'), ['woningzoeken']),
  svc('Vroeg Eropaf huurachterstand', t('WONEN', 'heeft u een huurachterstand? Onze woonconsulent komt langs om samen een betalingsregeling te maken en zo nodig schuldhulp in te schakelen, zodat u uw huis niet kwijtraakt.', 'huurders van Woonstichting Zandhoeve.', GRATIS, 'bel de woonconsulent of reageer op onze brief.'), ['huurachterstand', 'schulden']),
]);
org({ name: 'Stichting Onderdak Zandland', place: 'Zandhoeve-Noord', street: 'Spoorlaan 18', desc: 'Opvang voor dak- en thuislozen.' }, [
  svc('Nachtopvang De Haven', t('WONEN', 'slaapplek voor één nacht, douche, avondeten en ontbijt.', 'dakloze volwassenen.', '€4 per nacht', 'aanmelden tussen 20.00 en 22.00 aan de deur.'), ['dakloos'], { hours: 'dagelijks 20.00-9.00' }),
  svc('Centrale toegang maatschappelijke opvang', t('WONEN', 'als u (bijna) dakloos bent: we kijken samen naar een slaapplek, briefadres en hulp om weer een woning te krijgen.', 'volwassenen zonder vaste woonplek, ook bank-slapers.', GRATIS, 'bellen of langskomen.'), ['dakloos']),
]);

// ---------- JEUGD & GEZIN ----------
org({ name: 'Jongerenwerk Zandhoeve', place: 'Zandhoeve-Centrum', street: 'Sportlaan 10', desc: 'Jongerenwerk.' }, [
  svc('Jongerenwerk & jongerencentrum The Spot', t('JEUGD & GEZIN', 'een plek om te chillen, gamen, muziek maken en praten met een jongerenwerker over school, thuis, geld of relaties.', 'jongeren 12-23.', GRATIS, 'gewoon binnenlopen of appen.'), ['jongeren'], { hours: 'wo, vr en za middag en avond' }),
  svc('Jongerencoach Jij Doet Mee', t('JEUGD & GEZIN', 'een coach helpt je een plan te maken als het op school, thuis of met werk even niet lekker loopt.', '16-23 jaar.', GRATIS, 'app de coach.'), ['jongeren', 'onderwijs']),
]);
org({ name: 'Opvoedpunt Zandhoeve', place: 'Zandhoeve-Centrum', street: 'Schoolpad 2', desc: 'Opvoedondersteuning.' }, [
  svc('Opvoedspreekuur en oudercursussen', t('JEUGD & GEZIN', 'spreekuur met een pedagoog over slapen, driftbuien, pesten, puberteit, schermtijd. Cursussen "Positief opvoeden" en "Gescheiden ouders, samen ouders blijven".', 'ouders en opvoeders.', GRATIS, ZELF), ['opvoeden']),
  svc('KIES - kinderen in een echtscheiding', t('JEUGD & GEZIN', 'groep van 8 bijeenkomsten voor kinderen van gescheiden ouders.', 'kinderen 8-12 jaar.', GRATIS, 'ouders melden aan.'), ['opvoeden', 'jeugdhulp']),
]);
org({ name: 'Jeugdzorg Zandland', place: 'Zandhoeve-Noord', street: 'Parkweg 50', desc: 'Jeugdhulp.' }, [
  svc('Ambulante gezinsbegeleiding', t('JEUGD & GEZIN', 'een gezinsbegeleider komt bij u thuis om te werken aan opvoeding, structuur en veiligheid.', 'gezinnen met opgroei- of opvoedproblemen.', GRATIS, 'beschikking via Sociaal Team of verwijzing huisarts.'), ['jeugdhulp']),
]);
org({ name: 'Schoolmaatschappelijk Werk Zandhoeve', place: 'Zandhoeve-Centrum', street: 'Schoolpad 4', desc: 'Schoolmaatschappelijk werk.' }, [
  svc('Schoolmaatschappelijk werk', t('ONDERWIJS', 'op elke school is een schoolmaatschappelijk werker voor leerlingen en ouders bij problemen thuis, pesten of vaak ziek zijn.', 'leerlingen basis- en voortgezet onderwijs.', GRATIS, 'via de intern begeleider of mentor.'), ['onderwijs', 'jeugdhulp']),
]);

// ---------- VERSLAVING ----------
org({ name: 'Verslavingszorg Zandland', place: 'Zandhoeve-Noord', street: 'Spoorlaan 30', desc: 'Verslavingszorg voor de regio.' }, [
  svc('Poli verslavingszorg', t('VERSLAVING', 'behandeling bij problemen met alcohol, drugs, medicijnen, gokken of gamen. Ambulant, in groepen of via deeltijd.', 'volwassenen.', 'basisverzekering', 'zelf aanmelden kan, verwijzing volgt via huisarts.'), ['verslaving', 'gokken']),
  svc('Jongeren en middelen - Jeugdpreventie', t('VERSLAVING', 'gesprekken met jongeren die veel blowen, drinken of gamen, en een ouderspreekuur. Ook voorlichting op school.', 'jongeren 12-23 en hun ouders.', GRATIS, ZELF), ['verslaving-jongeren']),
  svc('Online hulp gokken', t('VERSLAVING', 'anoniem chatten met een hulpverlener over gokken en online casino\'s; zelftest en e-health programma.', 'gokkers en hun naasten.', GRATIS, 'via de website.'), ['gokken'], { online: true }),
]);
org({ name: 'AA en Al-Anon Zandhoeve', place: 'Zandhoeve-Centrum', street: 'Kerkplein 2', desc: 'Zelfhulpgroepen.' }, [
  svc('AA-meeting en Al-Anon', t('VERSLAVING', 'anonieme zelfhulpgroep voor mensen met een drankprobleem; Al-Anon voor familie en vrienden.', 'iedereen met een alcoholprobleem of een naaste.', 'vrijwillige bijdrage', 'kom gewoon.', { footer: 0 }), ['verslaving'], { hours: 'ma 20.00' }),
]);

// ---------- HUISELIJK GEWELD ----------
org({ name: 'Stichting Veilig Huis Zandland', place: 'Zandhoeve-Noord', street: 'Postbus', secretAddress: true, desc: 'Opvang en hulp bij huiselijk geweld.' }, [
  svc('Vrouwenopvang en crisisopvang', t('VEILIGHEID', 'een veilige plek voor vrouwen (en hun kinderen) die thuis te maken hebben met geweld of bedreiging.', 'vrouwen en kinderen.', GRATIS, 'dag en nacht bereikbaar.'), ['huiselijk-geweld']),
  svc('Ambulante hulp huiselijk geweld', t('VEILIGHEID', 'hulp thuis om geweld in het gezin te stoppen, met slachtoffer én pleger. Ook een training voor mensen die hun boosheid niet onder controle hebben.', 'gezinnen, partners en ex-partners.', GRATIS, 'via Sociaal Team of zelf bellen.'), ['huiselijk-geweld']),
]);

// ---------- ROUW ----------
org({ name: 'Rouwcentrum Lichtpunt', place: 'Ter Leede', street: 'Dorpsstraat 5', desc: 'Rouwbegeleiding.' }, [
  svc('Rouwbegeleiding en rouwgroep', t('ROUW & VERLIES', 'individuele gesprekken en een rouwgroep voor wie een partner, kind of ouder heeft verloren, ook na zelfdoding.', 'volwassenen.', 'individueel €65 per gesprek, groep gratis', ZELF), ['rouw']),
  svc('Kindergroep Vlindertuin', t('ROUW & VERLIES', 'rouwgroep voor kinderen die een ouder, broertje of zusje hebben verloren.', 'kinderen 6-12 jaar.', GRATIS, 'ouders melden aan.'), ['rouw-kinderen', 'jeugdhulp']),
]);

// ---------- TAAL / NIEUWKOMERS ----------
org({ name: 'Bibliotheek Zandhoeve', place: 'Zandhoeve-Centrum', street: 'Marktveld 10', desc: 'Openbare bibliotheek met Taalhuis en Informatiepunt Digitale Overheid.' }, [
  svc('Taalhuis', t('TAAL & DIGITAAL', 'Nederlands leren, beter lezen en schrijven, taalcafé, taalmaatje.', 'anderstaligen en Nederlanders die moeite hebben met lezen en schrijven.', GRATIS, 'inloop of bellen.'), ['taal']),
  svc('Informatiepunt Digitale Overheid', t('TAAL & DIGITAAL', 'hulp bij DigiD, websites van de overheid, toeslagen en belastingaangifte online.', 'iedereen.', GRATIS, 'inloop.'), ['digitaal', 'administratie', 'toeslagen']),
  svc('Klik & Tik cursus', t('TAAL & DIGITAAL', 'basiscursus computer voor beginners.', 'volwassenen.', GRATIS, 'aanmelden bij de balie.'), ['digitaal']),
]);
org({ name: 'VluchtelingenWerk Zandhoeve', place: 'Zandhoeve-Centrum', street: 'Kloosterhof 20', desc: 'Begeleiding van statushouders.' }, [
  svc('Begeleiding statushouders', t('NIEUWKOMERS', 'maatschappelijke begeleiding na vestiging in Zandhoeve: inburgering, gezinshereniging, post, zorg, school.', 'statushouders.', GRATIS, 'u wordt automatisch aangemeld.'), ['statushouders']),
  svc('Newcomers desk Zandhoeve (English)', 'NEWCOMERS\nWhat: help and information for international residents, expats and their families who recently moved to Zandhoeve: registering at the town hall, finding a GP, health insurance, schools, taxes and allowances, learning Dutch.\nFor whom: internationals and newcomers of all nationalities.\nCosts: free\nHow to apply: walk in on Thursday or email us.', ['internationals', 'administratie'], { lang: ['en'] }),
  svc('Taalmaatjes VluchtelingenWerk', t('NIEUWKOMERS', 'oefenen met Nederlands praten met een vrijwilliger.', 'nieuwkomers.', GRATIS, 'via je begeleider.'), ['taal', 'statushouders']),
]);

// ---------- SPORT ----------
org({ name: 'Sportbedrijf Zandhoeve', place: 'Zandhoeve-Centrum', street: 'Sportlaan 1', desc: 'Sport en bewegen.' }, [
  svc('Buurtsportcoach', t('SPORT & BEWEGEN', 'de buurtsportcoach helpt u een sport of beweegactiviteit te vinden die bij u past; ook beweegaanbod voor ouderen en mensen met een beperking. Met de Zandhoeve-pas is contributie vaak vergoed.', 'alle inwoners, jong en oud.', GRATIS, ZELF), ['bewegen']),
  svc('Gecombineerde leefstijlinterventie (GLI)', t('SPORT & BEWEGEN', 'twee jaar begeleiding door een leefstijlcoach bij overgewicht: gezond eten, meer bewegen, beter slapen.', 'volwassenen met overgewicht.', 'basisverzekering, geen eigen risico', 'verwijzing huisarts.'), ['leefstijl']),
  svc('Jeugdsportfonds Zandhoeve', t('SPORT & BEWEGEN', 'contributie en sportspullen betaald voor kinderen uit gezinnen met weinig geld.', '4-18 jaar.', GRATIS, 'aanvraag door een intermediair.'), ['minima', 'bewegen']),
  svc('Reanimatiecursus', t('SPORT & BEWEGEN', 'reanimatie en AED-bediening in één avond.', 'iedereen vanaf 16.', '€20', 'online.'), ['ehbo']),
]);
