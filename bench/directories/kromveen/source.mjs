// Regio Kromveen (FICTIEF): the hand-written source of a made-up rural sociale kaart, the
// "Dorpswijzer Kromveen", kept together by the gemeenten Kromveen, Oud-Heeswold, Brakelo and
// Ter Wemde and the dorpsteams of their kernen, for the search benchmark only. Every organisation,
// person, street, village and gemeente here is invented; postal codes start with 05 (no Dutch
// postal code starts with 0) and every phone number is 0000-… (make.mjs numbers them). Nothing
// here is contact data of a real organisation, and the national help lines (113, Veilig Thuis,
// 112 …) are deliberately not listed: the product supplies those itself.
//
// The publisher is a rural Dorpswijzer: entries are written by dorpsondersteuners, dorpshuis
// volunteers, the kerkelijke diaconie, the boerenbond and the professional providers, so the
// quality is mixed. Some entries are one line, some are long; village names sit in service names
// ("Dorpsondersteuner Aalsloot", "Eettafel Veldhoeve"); the regional hospital and the
// huisartsenpost are far away in Dalstede. A few entries are in English (seasonal workers), some
// are online only and some are no longer running (status inactive).
//
// `topics` is the judge's key, written with the text: what a service really offers, as a social
// worker would file it, whatever words its description uses. make.mjs keeps the topics out of the
// HSDS export and writes them to answers.json.
//
// Gemeenten and kernen: Kromveen (Kromveen, Aalsloot, Veldhoeve, Zandwijk, buurtschap Het Loo),
// Oud-Heeswold (Oud-Heeswold, Heeswolderveen, Lutkezijl), Brakelo (Brakelo, Brakelerbroek,
// Westerhaar), Ter Wemde (Ter Wemde, Wemderdiep, Oosteresch, De Horst). Dalstede (the town with the
// streekziekenhuis, HAP and opvang) lies outside the region.
import { addingTo, svc } from '../write-directory.mjs';

/** The topics, each in one line: a service carries a topic when it answers that question. */
export const TOPICS = {
  huisarts: 'huisarts: spreekuur, visite, verwijzing (ook apotheekhoudende praktijken)',
  hap: 'huisartsenpost: dokter buiten kantoortijd (avond, nacht, weekend)',
  apotheek: 'apotheek, medicijnen ophalen of laten bezorgen',
  ziekenhuis: 'ziekenhuis en poliklinieken (streekziekenhuis)',
  'poh-ggz': 'praktijkondersteuner ggz bij de huisarts',
  ggz: 'psychische hulp door een professional (POH-GGZ, psycholoog, basis- of specialistische ggz)',
  'jeugd-ggz': 'psychische hulp voor kinderen en jongeren',
  epa: 'ernstige psychische aandoening: FACT-team, langdurige ggz-begeleiding',
  somberheid: 'somberheid, depressie, niet lekker in je vel',
  stress: 'stress, overspannenheid, burn-out, piekeren',
  boeren: 'agrariërs onder druk: zorgen om het bedrijf, geld, stress of spanning op de boerderij',
  'sociaal-team': 'dorpsondersteuner of sociaal team: eerste plek voor alle vragen, ook meerdere tegelijk',
  wmo: 'Wmo-loket van de gemeente: hulp en voorzieningen aanvragen, keukentafelgesprek',
  hulpmiddelen: 'hulpmiddelen: rolstoel, rollator, scootmobiel, uitleen',
  woningaanpassing: 'aanpassingen in huis: traplift, douche, drempels',
  'huishoudelijke-hulp': 'hulp bij het huishouden (schoonmaken)',
  vervoer: 'vervoer: buurtbus, regiotaxi, vrijwillige chauffeurs',
  mantelzorg: 'steun voor mantelzorgers: advies, lotgenoten, waardering',
  respijt: 'respijtzorg: de zorg even overnemen zodat de mantelzorger rust krijgt',
  'jonge-mantelzorg': 'jonge mantelzorgers (kinderen en jongeren die thuis zorgen)',
  dementie: 'dementie en geheugenproblemen, ook voor naasten',
  nah: 'niet-aangeboren hersenletsel (na beroerte, ongeluk)',
  alarmering: 'personenalarmering',
  maaltijden: 'maaltijden aan huis of samen eten',
  dagbesteding: 'dagbesteding (ouderen, dementie, beperking, ggz), ook op de zorgboerderij',
  wijkverpleging: 'wijkverpleging: verpleging en persoonlijke verzorging thuis',
  palliatief: 'laatste levensfase: palliatieve zorg, hospice, vrijwilligers bij de stervende',
  eenzaamheid: 'eenzaamheid: bezoek, maatje, contact met anderen',
  dorpshuis: 'dorpshuis of ontmoetingsplek: inloop en activiteiten voor iedereen',
  ouderenadvies: 'ouderenadviseur: vragen van ouderen over wonen, zorg, geld',
  schulden: 'schuldhulp en schulden regelen',
  geldzorgen: 'geldzorgen: rondkomen, budget, noodhulp in geld',
  administratie: 'hulp bij post, formulieren, belastingaangifte',
  toeslagen: 'hulp bij toeslagen (zorgtoeslag, huurtoeslag)',
  minima: 'regelingen bij een laag inkomen: bijzondere bijstand, meedoenregeling, fondsen',
  voedselbank: 'voedselbank en voedselhulp',
  kleding: 'gratis of goedkope kleding',
  werk: 'werk zoeken, re-integratie, jobcoach, participatie',
  uitkering: 'bijstand of andere uitkering aanvragen',
  vrijwilligerswerk: 'vrijwilligerswerk vinden',
  taal: 'Nederlands leren, taalmaatje, beter lezen en schrijven',
  digitaal: 'hulp met computer, telefoon, DigiD, online zaken',
  bibliotheek: 'bibliotheek en bibliobus: boeken lenen in de kern',
  wonen: 'woning zoeken, huurwoning, ouderenwoning, urgentie',
  huurachterstand: 'huurachterstand en uitzetting voorkomen',
  dakloos: 'dakloos of geen vaste woonplek: opvang, briefadres',
  opvoeden: 'vragen over opvoeden en opgroeien',
  jeugdhulp: 'jeugdhulp en gezinsbegeleiding',
  jgz: 'jeugdgezondheidszorg: consultatiebureau, jeugdarts, jeugdverpleegkundige',
  jongeren: 'jongerenwerk: plek en vertrouwd persoon voor jongeren',
  onderwijs: 'leerplicht, schoolverzuim, voortijdig schoolverlaten (RMC)',
  verslaving: 'verslaving bij volwassenen: alcohol, drugs, medicijnen',
  'verslaving-jongeren': 'alcohol, blowen en drugs bij jongeren (ook voor ouders)',
  gokken: 'gokken of gamen uit de hand',
  'huiselijk-geweld': 'huiselijk geweld: hulp, advies, opvang',
  rouw: 'rouw en verlies: rouwgroep, gesprekken',
  zwangerschap: 'zwanger: verloskundige, kraamzorg',
  'seksuele-gezondheid': 'seksuele gezondheid: soa-test, anticonceptie',
  roken: 'stoppen met roken',
  leefstijl: 'gezonde leefstijl, gewicht, diëtist, leefstijlcoach',
  bewegen: 'sport en bewegen, buurtsportcoach, sport voor kinderen met weinig geld',
  juridisch: 'juridisch advies: sociaal raadslieden, juridisch loket',
  statushouders: 'statushouders en vluchtelingen: begeleiding, inburgering',
  arbeidsmigranten: 'arbeidsmigranten en seizoenwerkers: informatie en hulp (ook in het Engels)',
  lvb: 'licht verstandelijke beperking (LVB): begeleiding en steun',
  autisme: 'autisme: begeleiding, lotgenoten',
  clientondersteuning: 'onafhankelijke cliëntondersteuning',
  pgb: 'persoonsgebonden budget (pgb)',
  'training-suicidepreventie': 'trainingen en voorlichting suïcidepreventie voor vrijwilligers, naasten en professionals',
  ehbo: 'EHBO- en reanimatiecursus',
};

/** place → gemeente and postal-code digits (05xx, fictional range). */
export const places = {
  Kromveen: { gemeente: 'Kromveen', pc: '0501' },
  Aalsloot: { gemeente: 'Kromveen', pc: '0504' },
  Veldhoeve: { gemeente: 'Kromveen', pc: '0507' },
  Zandwijk: { gemeente: 'Kromveen', pc: '0509' },
  'Het Loo': { gemeente: 'Kromveen', pc: '0511' },
  'Oud-Heeswold': { gemeente: 'Oud-Heeswold', pc: '0520' },
  Heeswolderveen: { gemeente: 'Oud-Heeswold', pc: '0523' },
  Lutkezijl: { gemeente: 'Oud-Heeswold', pc: '0526' },
  Brakelo: { gemeente: 'Brakelo', pc: '0540' },
  Brakelerbroek: { gemeente: 'Brakelo', pc: '0543' },
  Westerhaar: { gemeente: 'Brakelo', pc: '0546' },
  'Ter Wemde': { gemeente: 'Ter Wemde', pc: '0560' },
  Wemderdiep: { gemeente: 'Ter Wemde', pc: '0563' },
  Oosteresch: { gemeente: 'Ter Wemde', pc: '0566' },
  'De Horst': { gemeente: 'Ter Wemde', pc: '0569' },
  Dalstede: { gemeente: 'Dalstede', pc: '0589' },
};

const REGIO = ['Kromveen', 'Oud-Heeswold', 'Brakelo', 'Ter Wemde'];

export const organizations = [];
const org = addingTo(organizations);

// ---------- Gemeenten ----------
org({ name: 'Gemeente Kromveen', place: 'Kromveen', street: 'Brink 1', desc: 'Gemeentehuis Kromveen. Voor Aalsloot, Veldhoeve, Zandwijk, Het Loo en Kromveen zelf.' }, [
  svc('Zorgloket Kromveen (Wmo)', 'Heeft u hulp nodig om thuis te kunnen blijven wonen? Bel het zorgloket. Een consulent komt bij u aan de keukentafel om te kijken wat u nodig heeft. Dat kan een hulpmiddel zijn, hulp in het huishouden, vervoer of begeleiding. U mag iemand meenemen bij het gesprek.', ['wmo', 'hulpmiddelen', 'huishoudelijke-hulp', 'vervoer'], { apply: 'Bellen of het meldformulier invullen op de website. Binnen 6 weken een besluit.', hours: 'Ma t/m vr 9.00-12.00 telefonisch' }),
  svc('Woningaanpassing en traplift', 'Vergoeding voor aanpassingen aan uw huis als u door ziekte of handicap niet meer goed uit de voeten kunt: traplift, douchestoel, drempelhulpen, verhoogd toilet. Eerst melden bij het zorgloket.', ['woningaanpassing', 'wmo'], { fees: 'Eigen bijdrage volgens het landelijke abonnementstarief.' }),
  svc('Bijzondere bijstand en Meedoenregeling', 'Heeft u een laag inkomen? Dan kunt u soms geld krijgen voor onverwachte kosten (bijvoorbeeld een kapotte wasmachine of een bril) of voor meedoen: contributie sportclub, zwemles, muziekles van de kinderen. Ook de collectieve zorgverzekering loopt hier.', ['minima', 'geldzorgen', 'bewegen'], { elig: 'Inkomen tot 120% van het sociaal minimum.' }),
  svc('Werk en Inkomen Kromveen', 'Bijstand aanvragen, vragen over uw uitkering, of hulp bij het vinden van werk. Werkconsulenten werken samen met het Werkplein Veenstreek.', ['uitkering', 'werk'], { apply: 'Eerst inschrijven bij werk.nl, dan afspraak.' }),
]);

org({ name: 'Gemeente Oud-Heeswold', place: 'Oud-Heeswold', street: 'Raadhuisplein 3', desc: 'Gemeente Oud-Heeswold, met de kernen Heeswolderveen en Lutkezijl.' }, [
  svc('Loket Wonen, Zorg en Welzijn', 'Voor een aanvraag Wmo (huishoudelijke ondersteuning, scootmobiel, rolstoel, regiotaxipas, begeleiding) en voor een pgb. U krijgt eerst een gesprek met een consulent van het loket. Wilt u liever zelf zorg inkopen? Vraag naar het persoonsgebonden budget.', ['wmo', 'hulpmiddelen', 'pgb', 'huishoudelijke-hulp'], { hours: 'Di en do 9.00-16.00 inloop' }),
  svc('Schuldhulpverlening Oud-Heeswold', 'Schulden? Hoe eerder u komt, hoe beter. Wij maken samen een overzicht, praten met schuldeisers en kijken of een schuldregeling mogelijk is. Ook voor ondernemers en agrariërs.', ['schulden', 'geldzorgen', 'boeren'], { fees: 'Gratis' }),
  svc('Kwijtschelding gemeentelijke belastingen', 'Kunt u de afvalstoffenheffing of rioolheffing niet betalen? Vraag kwijtschelding aan.', ['minima'], { phone: false }),
]);

org({ name: 'Gemeente Brakelo', place: 'Brakelo', street: 'Kerkstraat 22', desc: 'Gemeente Brakelo (Brakelo, Brakelerbroek, Westerhaar).' }, [
  svc('Wmo Brakelo', 'Melding maken voor ondersteuning vanuit de Wmo.', ['wmo'], {}),
  svc('Gehandicaptenparkeerkaart', 'Aanvraag van een parkeerkaart voor mensen die slecht ter been zijn. Er volgt een medische keuring.', ['wmo', 'vervoer'], { fees: '€ 95 leges' }),
  svc('Regiotaxi Veenstreek pas', 'Met een Wmo-pas rijdt u met de regiotaxi van deur tot deur in de hele regio en naar het ziekenhuis in Dalstede. Reserveren minimaal 1 uur van tevoren.', ['vervoer', 'wmo'], { area: REGIO, fees: 'Eigen bijdrage per zone' }),
]);

org({ name: 'Gemeente Ter Wemde', place: 'Ter Wemde', street: 'Markt 8', desc: 'Gemeente Ter Wemde met Wemderdiep, Oosteresch en De Horst.' }, [
  svc('Sociaal Loket Ter Wemde', 'Het Sociaal Loket is voor alle vragen over zorg, werk, inkomen en jeugd. Ook Wmo-aanvragen en jeugdhulp lopen via het loket.', ['wmo', 'sociaal-team', 'jeugdhulp'], {}),
  svc('Woonurgentie', 'Moet u met spoed verhuizen, bijvoorbeeld door scheiding of gezondheid? Onder voorwaarden krijgt u voorrang op een huurwoning in de regio. De aanvraag loopt via de gemeente.', ['wonen'], { elig: 'Minimaal 2 jaar in de regio wonen.' }),
]);

// ---------- Dorpsteams ----------
org({ name: 'Stichting Dorpsteams Kromveen', alt: 'Dorpsteams', place: 'Kromveen', street: 'Molenweg 4', desc: 'In elk dorp een bekend gezicht. De dorpsondersteuners helpen inwoners met alle vragen over zorg, welzijn en meedoen, en brengen mensen bij elkaar.' }, [
  svc('Dorpsondersteuner Aalsloot', 'Anneke is er voor iedereen in Aalsloot en Het Loo. Weet u niet waar u moet beginnen? Zorgen over een buurman, moeite met post, alleen geworden? Bel of kom langs in het dorpshuis. Anneke kent de weg en gaat met u mee als dat nodig is.', ['sociaal-team', 'eenzaamheid', 'administratie'], { at: { name: 'Dorpshuis De Aalhof', street: 'Schoolstraat 2', place: 'Aalsloot' }, hours: 'Dinsdagochtend spreekuur in De Aalhof' }),
  svc('Dorpsondersteuner Veldhoeve en Zandwijk', 'Vraagbaak voor Veldhoeve en Zandwijk. Ook huisbezoek.', ['sociaal-team'], { at: { name: 'Dorpshuis De Veldhoeve', street: 'Hoofdweg 41', place: 'Veldhoeve' } }),
  svc('Dorpsondersteuner Kromveen-kern', 'Voor inwoners van Kromveen-dorp. Samen zoeken we uit wat er nodig is: hulp van buren, vrijwilligers of een professional. Bij meerdere problemen tegelijk (geld, gezondheid, gezin) maken we één plan met het sociaal team.', ['sociaal-team', 'geldzorgen'], {}),
  svc('Ouderenbezoek kleine kernen', 'Vrijwilligers van de dorpsteams gaan op bezoek bij ouderen (75+) in de buurtschappen en kleine kernen. Een praatje, een kop koffie, even kijken hoe het gaat. Er wordt ook gekeken of iemand hulp nodig heeft met bijvoorbeeld vervoer of boodschappen.', ['eenzaamheid', 'ouderenadvies'], { area: ['Kromveen'] }),
]);

org({ name: 'Sociaal Team Oud-Heeswold', place: 'Oud-Heeswold', street: 'Raadhuisplein 3', desc: 'Maatschappelijk werkers, jeugd- en gezinscoaches en een dorpsondersteuner voor Heeswolderveen en Lutkezijl.' }, [
  svc('Sociaal Team Oud-Heeswold', 'Vastgelopen? Met geld, opvoeding, relatie, werk of gezondheid? Het sociaal team helpt gratis. Wij kijken naar het hele gezin. Ook voor hulp bij huiselijk geweld: u kunt vertrouwelijk met ons praten.', ['sociaal-team', 'opvoeden', 'huiselijk-geweld'], {}),
  svc('Maatschappelijk werk', 'Gesprekken met een maatschappelijk werker bij persoonlijke problemen, bijvoorbeeld na een scheiding, bij spanning in huis of bij rouw.', ['sociaal-team', 'rouw', 'stress'], {}),
  svc('Dorpsondersteuner Heeswolderveen/Lutkezijl', 'elke 2e woensdag spreekuur in t Lutke Hoes. Bel gerust.', ['sociaal-team'], { at: { name: "Dorpshuis 't Lutke Hoes", street: 'Dijkje 7', place: 'Lutkezijl' } }),
]);

org({ name: 'Welzijn De Brink', alt: 'Stichting Welzijn Brakelo-Ter Wemde', place: 'Brakelo', street: 'Esweg 10', desc: 'Welzijnsorganisatie voor de gemeenten Brakelo en Ter Wemde: ouderenwerk, jongerenwerk, mantelzorg, vrijwilligers en het sociaal team.' }, [
  svc('Sociaal Team Brakelo - Ter Wemde', 'Eén plek voor alle vragen. Een vaste medewerker helpt u verder, ook als u meerdere problemen tegelijk heeft.', ['sociaal-team'], { area: ['Brakelo', 'Ter Wemde'] }),
  svc('Ouderenadviseur', 'De ouderenadviseur komt bij u thuis voor vragen over wonen, zorg, geld en welzijn. Bijvoorbeeld: kan ik in mijn huis blijven wonen, welke hulp is er, hoe vraag ik een alarmknop aan? Gratis voor 65-plussers.', ['ouderenadvies', 'alarmering'], { area: ['Brakelo', 'Ter Wemde'] }),
  svc('Maatjesproject Samen op Pad', 'Een vrijwilliger die een keer per week of per twee weken met u wandelt, koffie drinkt of een uitje maakt. Voor mensen die weinig contacten hebben.', ['eenzaamheid'], { area: ['Brakelo', 'Ter Wemde'] }),
  svc('Jongerenwerk Brakelo', 'Jongerenwerkers zijn te vinden in de JOP, op het schoolplein en op Instagram. Jongerenhonk open op vrijdagavond. Voor een praatje, gezeur thuis, school, geld of gewoon chillen.', ['jongeren'], { hours: 'Vr 19.00-23.00 Jongerenhonk Brakelo' }),
  svc('Vrijwilligersvacaturebank', 'Zoekt u vrijwilligerswerk? Bekijk de vacatures of kom langs voor een gesprekje. Van chauffeur op de buurtbus tot voorlezen op school.', ['vrijwilligerswerk'], { online: true }),
  svc('Boodschappenhulp', 'Vrijwilligers die boodschappen doen voor wie tijdelijk niet kan.', ['eenzaamheid'], { status: 'inactive' }),
]);

// ---------- Huisartsen, apotheek, HAP, ziekenhuis ----------
org({ name: 'Huisartsenpraktijk Aalsloot', place: 'Aalsloot', street: 'Kerkpad 5', desc: 'Apotheekhoudende huisartsenpraktijk voor Aalsloot, Veldhoeve, Zandwijk en Het Loo. Dokter De Wit en dokter Jongsma.' }, [
  svc('Spreekuur huisarts Aalsloot', 'Afspraak maken tussen 8.00 en 10.00 uur. Visites na het spreekuur. Voor spoed bel de spoedlijn (keuze 1).', ['huisarts'], { hours: 'Ma t/m vr 8.00-17.00' }),
  svc('Apotheek in de praktijk', 'Omdat er geen apotheek in de buurt is, geeft de praktijk zelf medicijnen mee. Herhaalrecepten voor 11 uur besteld, volgende dag ophalen. Bezorging aan huis voor wie niet mobiel is.', ['apotheek'], {}),
  svc('POH-GGZ', 'Praat met onze praktijkondersteuner GGZ bij klachten als somberheid, angst, stress of slecht slapen. Meestal 5 tot 8 gesprekken. Via de huisarts.', ['poh-ggz', 'ggz', 'somberheid', 'stress'], { fees: 'Geen eigen risico' }),
  svc('Ouderenzorg in de praktijk', 'Onze POH ouderen komt thuis bij kwetsbare ouderen, let op vallen, geheugen en medicijnen en werkt samen met de wijkverpleging.', ['huisarts', 'dementie'], {}),
]);

org({ name: 'Huisartsen Ter Wemde', place: 'Ter Wemde', street: 'Dokterslaan 3', desc: 'Huisartsenpraktijk met drie huisartsen.' }, [
  svc('Huisarts Ter Wemde', 'Spreekuur op afspraak. Wij zijn ook apotheekhoudend voor Oosteresch en De Horst.', ['huisarts', 'apotheek'], {}),
  svc('Praktijkondersteuner GGZ Ter Wemde', 'Voor psychische klachten. Ook voor jongeren vanaf 16 jaar.', ['poh-ggz', 'ggz'], {}),
  svc('Stoppen met roken-begeleiding', 'Onze POH begeleidt u bij stoppen met roken, eventueel met medicijnen. Vergoed vanuit de basisverzekering.', ['roken'], {}),
]);

org({ name: 'Gezondheidscentrum Brakelo', place: 'Brakelo', street: 'Esweg 14', desc: 'Huisartsen, fysiotherapie, diëtist en verloskundige onder één dak.' }, [
  svc('Huisartsen Gezondheidscentrum Brakelo', 'Spreekuur, visites, kleine verrichtingen, diabetes- en longzorg.', ['huisarts'], {}),
  svc('Diëtist en leefstijlcoach', 'Hulp bij afvallen, diabetes, gezonder eten en meer bewegen. Het programma Gecombineerde Leefstijl Interventie (GLI) duurt 2 jaar en wordt vergoed.', ['leefstijl', 'bewegen'], {}),
  svc('General practitioner - English', 'Our GPs also see patients in English. Registration is needed if you live or work in Brakelo for more than a few months, also seasonal workers.', ['huisarts', 'arbeidsmigranten'], { lang: ['en'] }),
]);

org({ name: 'Apotheek Brakelo', place: 'Brakelo', street: 'Marktstraat 6', desc: 'Apotheek voor Brakelo en Ter Wemde.' }, [
  svc('Apotheek Brakelo', 'Medicijnen, advies, medicijnrol (baxter). Bezorgdienst in de kleine kernen op dinsdag en vrijdag.', ['apotheek'], { hours: 'Ma-vr 8.30-18.00, za 10-12' }),
]);

org({ name: 'Huisartsenpost Dalstede', alt: 'HAP', place: 'Dalstede', street: 'Ziekenhuisweg 1', desc: 'Huisartsenpost bij het streekziekenhuis Dalstede. Voor de hele regio Kromveen.' }, [
  svc('Huisartsenpost (avond, nacht, weekend)', 'Dringende medische zorg die niet kan wachten tot uw eigen huisarts weer open is. Altijd eerst bellen. Het is ongeveer 35 minuten rijden vanaf Kromveen; bij geen vervoer kan de dokter soms naar u toe komen.', ['hap'], { area: REGIO, hours: 'Werkdagen 17.00-8.00, weekend en feestdagen 24 uur' }),
]);

org({ name: 'Streekziekenhuis Dalstede', place: 'Dalstede', street: 'Ziekenhuisweg 1', desc: 'Het streekziekenhuis voor Kromveen en omstreken.' }, [
  svc('Poliklinieken Streekziekenhuis', 'Afspraken bij de specialist na verwijzing door de huisarts. Buslijn 71 stopt voor de deur; uit de kleine kernen kunt u de regiotaxi of vrijwilligersvervoer gebruiken.', ['ziekenhuis'], { area: REGIO }),
  svc('Geheugenpolikliniek', 'Onderzoek bij geheugenklachten en vermoeden van dementie. Met uitleg en nazorg voor patiënt en partner.', ['dementie', 'ziekenhuis'], { area: REGIO }),
  svc('Medisch maatschappelijk werk', 'Voor patiënten en familie die vastlopen door ziekte of opname.', ['ziekenhuis', 'stress'], { area: REGIO }),
]);

// ---------- GGZ ----------
org({ name: 'GGZ Veenstreek', place: 'Ter Wemde', street: 'Parklaan 20', desc: 'Geestelijke gezondheidszorg voor volwassenen in de regio Kromveen. Polikliniek in Ter Wemde, spreekkamers in Brakelo en Kromveen.' }, [
  svc('Basis GGZ', 'Kortdurende behandeling bij depressie, angst, burn-out of rouw die niet overgaat. Verwijzing van de huisarts nodig. Wachttijd ongeveer 8 weken.', ['ggz', 'somberheid', 'stress'], { area: REGIO }),
  svc('Specialistische GGZ', 'Behandeling bij complexe of ernstige psychische problemen, zoals trauma, persoonlijkheidsproblematiek of psychose.', ['ggz', 'epa'], { area: REGIO }),
  svc('FACT-team Veenstreek', 'Het FACT-team begeleidt mensen met langdurige ernstige psychische problemen thuis in hun eigen dorp. Psychiater, verpleegkundige, ervaringsdeskundige en trajectbegeleider werken samen.', ['epa', 'ggz'], { area: REGIO }),
  svc('Training Herken de signalen (suïcidepreventie)', 'Avondtraining van 3 uur voor vrijwilligers, dorpsondersteuners, erfbetreders, leraren en familie: hoe herken je dat iemand aan zelfdoding denkt en hoe vraag je ernaar? Gratis.', ['training-suicidepreventie'], { area: REGIO }),
]);

org({ name: 'Praktijk Het Diep', place: 'Wemderdiep', street: 'Diepswal 11', desc: 'Vrijgevestigde psychologenpraktijk.' }, [
  svc('Psycholoog Wemderdiep', 'Gesprekken bij somberheid, angsten, onzekerheid, werkstress. Ook online.', ['ggz', 'somberheid', 'stress'], {}),
  svc('Therapy in English', 'Counselling and short-term therapy in English for people living or working in the Veenstreek region. Referral by a GP is needed for insurance cover.', ['ggz', 'arbeidsmigranten'], { lang: ['en'], area: REGIO }),
]);

org({ name: 'De Kiem Jeugdhulp', place: 'Kromveen', street: 'Stationsweg 9', desc: 'Jeugdhulp en jeugd-ggz voor kinderen en gezinnen in de regio Kromveen.' }, [
  svc('Jeugd-GGZ De Kiem', 'Behandeling voor kinderen en jongeren tot 18 jaar met angst, somberheid, ADHD, autisme of trauma. Met verwijzing van huisarts of sociaal team.', ['jeugd-ggz', 'autisme'], { area: REGIO }),
  svc('Gezinsbegeleiding aan huis', 'Een gezinsbegeleider komt bij u thuis als het opvoeden zwaar is, bij veel ruzie of als een kind niet meer naar school gaat.', ['jeugdhulp', 'opvoeden'], { area: REGIO }),
]);

// ---------- Boeren ----------
org({ name: 'Stichting Erf & Zorg', place: 'Heeswolderveen', street: 'Veenkade 30', desc: 'Vrijwilligers met een boerenachtergrond die luisteren naar boeren en tuinders die het moeilijk hebben.' }, [
  svc('Erfbetreders', 'Zorgen over de toekomst van het bedrijf, financiële druk, stikstof, ruzie over de opvolging, of gewoon op? Een erfbetreder komt bij u op het erf, kent de sector en praat met u. Vertrouwelijk. Samen kijken we wie u verder kan helpen: een financieel adviseur, de huisarts of het sociaal team.', ['boeren', 'stress', 'geldzorgen'], { area: REGIO }),
  svc('Lotgenotengroep boerinnen', 'Boerinnen onder elkaar. Praten over werk, gezin en zorgen op de boerderij. Eens per maand.', ['boeren', 'eenzaamheid'], { area: REGIO }),
  svc('Telefonische hulplijn boeren', 'Werd vervangen door de erfbetreders.', ['boeren'], { status: 'inactive' }),
]);

org({ name: 'Boerenbond Kromveen', alt: 'Agrarische Belangenvereniging Kromveen', place: 'Veldhoeve', street: 'Boerenweg 2', desc: 'Afdeling van de boerenbond voor de vier gemeenten.' }, [
  svc('Financieel keukentafelgesprek agrariërs', 'Gratis gesprek met een onafhankelijke agrarisch financieel adviseur als het bedrijf in de problemen komt: betalingsachterstand bij de bank of de leverancier, schulden, bedrijfsbeëindiging. Ook informatie over Bbz voor zelfstandigen.', ['boeren', 'schulden', 'geldzorgen'], { area: REGIO }),
  svc('Vertrouwenspersoon', 'Ons lid-vertrouwenspersoon luistert bij psychische druk, conflicten binnen de familie of met de opvolger.', ['boeren', 'stress'], {}),
]);

// ---------- Kerken ----------
org({ name: 'Diaconie Protestantse Gemeente Oud-Heeswold', place: 'Oud-Heeswold', street: 'Kerkring 1', desc: 'De diaconie helpt mensen in nood, of zij nu lid van de kerk zijn of niet.' }, [
  svc('Noodhulp diaconie', 'Een rekening die niet betaald kan worden, de koelkast leeg? De diaconie kan soms snel bijspringen met een gift of boodschappenbon, altijd in overleg met de dorpsondersteuner of het sociaal team.', ['geldzorgen', 'voedselbank'], {}),
  svc('Bezoekwerk', 'Bezoekdames en -heren komen langs bij ouderen, zieken en mensen die alleen zijn.', ['eenzaamheid'], {}),
]);

org({ name: 'Parochie H. Willibrord Brakelo', place: 'Brakelo', street: 'Kerkplein 4', desc: 'Rooms-katholieke parochie met Caritas en werkgroep rouwverwerking.' }, [
  svc('Caritas Brakelo', 'PCI/Caritas helpt met geld of goederen als andere hulp niet (snel genoeg) komt.', ['geldzorgen'], {}),
  svc('Rouwgroep Na het afscheid', 'Acht avonden voor mensen die een partner, kind of ouder hebben verloren. Onder begeleiding van een pastoraal werker en een vrijwilliger. Iedereen welkom, gelovig of niet.', ['rouw'], { area: ['Brakelo', 'Ter Wemde'] }),
]);

// ---------- Dorpshuizen ----------
org({ name: 'Dorpshuis De Veldhoeve', place: 'Veldhoeve', street: 'Hoofdweg 41', desc: 'Het hart van Veldhoeve: koffie, biljart, gym, vergaderzaal.' }, [
  svc('Koffie-inloop Veldhoeve', 'Elke dinsdag- en donderdagochtend koffie, krant en een praatje. Gewoon binnenlopen.', ['dorpshuis', 'eenzaamheid'], { hours: 'Di en do 10.00-12.00' }),
  svc('Eettafel Veldhoeve', 'Samen eten in het dorpshuis, voor € 7,50 een driegangenmenu gekookt door vrijwilligers. Opgeven uiterlijk maandag. Vervoer kan geregeld worden.', ['maaltijden', 'eenzaamheid'], { fees: '€ 7,50' }),
]);

org({ name: "Dorpshuis 't Lutke Hoes", place: 'Lutkezijl', street: 'Dijkje 7', desc: 'Klein dorpshuis in Lutkezijl.' }, [
  svc("Digi-spreekuur 't Lutke Hoes", 'Vragen over je telefoon, tablet, DigiD of de app van de bank? Vrijwilligers helpen je. Breng je apparaat mee.', ['digitaal'], { hours: '1e en 3e maandag 14.00-16.00' }),
  svc('Soos Lutkezijl', 'Kaarten, sjoelen en bingo voor ouderen.', ['dorpshuis', 'eenzaamheid'], {}),
]);

org({ name: 'MFA De Wemde', alt: 'Multifunctionele accommodatie De Wemde', place: 'Ter Wemde', street: 'Sportlaan 1', desc: 'Dorpshuis, sporthal, bibliotheekpunt en peuteropvang in één gebouw.' }, [
  svc('Dorpshuis De Wemde', 'Open huiskamer, cursussen, repair café en activiteiten voor alle leeftijden in Ter Wemde.', ['dorpshuis'], {}),
  svc('Meer bewegen voor ouderen (MBVO)', 'Gymles op de stoel en wandelgroep met rollator. Voor 65+. Ook prettig om andere mensen te zien.', ['bewegen', 'eenzaamheid'], {}),
]);

org({ name: 'Dorpshuis De Aalhof', place: 'Aalsloot', street: 'Schoolstraat 2', desc: 'Dorpshuis van Aalsloot.' }, [
  svc('Mantelzorgcafé Aalsloot', 'Eens in de zes weken voor iedereen die voor een ander zorgt.', ['mantelzorg'], {}),
]);

// ---------- Vervoer ----------
org({ name: 'Buurtbusvereniging Kromveen-Brakelo', place: 'Kromveen', street: 'Stationsweg 1', desc: 'Vrijwillige chauffeurs rijden de buurtbus tussen de dorpen.' }, [
  svc('Buurtbus lijn 571', 'De buurtbus rijdt elk uur van Zandwijk via Aalsloot, Kromveen en Brakelerbroek naar station Brakelo. Instappen met ov-chipkaart of bankpas. Rolstoel en rollator kunnen mee (vraag de chauffeur).', ['vervoer'], { area: ['Kromveen', 'Brakelo'], hours: 'Ma t/m vr 7.00-19.00, za 9.00-17.00' }),
]);

org({ name: 'Vrijwilligersvervoer De Rijdende Buur', place: 'Oud-Heeswold', street: 'Raadhuisplein 3', desc: 'Vrijwilligers met eigen auto die ouderen en mensen zonder vervoer rijden.' }, [
  svc('Vrijwillige chauffeurs Oud-Heeswold', 'Naar de huisarts, het ziekenhuis in Dalstede, de kapper of op familiebezoek. De chauffeur wacht en helpt u in en uit de auto. U betaalt alleen een kilometervergoeding. Minstens 2 dagen van tevoren bellen.', ['vervoer'], { fees: '€ 0,35 per km', area: ['Oud-Heeswold', 'Kromveen'] }),
]);

org({ name: 'Rijdende Vrienden Ter Wemde', place: 'Oosteresch', street: 'Esstraat 19', desc: 'Vervoer door vrijwilligers.' }, [
  svc('Rijdende Vrienden', 'vervoer voor ouderen in Ter Wemde, Oosteresch, De Horst, Wemderdiep. bellen op werkdagen tussen 9 en 11', ['vervoer'], { area: ['Ter Wemde'] }),
]);

// ---------- Bibliotheek ----------
org({ name: 'Bibliotheek Veenstreek', place: 'Brakelo', street: 'Marktstraat 1', desc: 'Bibliotheek met vestiging in Brakelo, bibliotheekpunten in de MFA\'s en de bibliobus voor de kleine kernen.' }, [
  svc('Bibliobus', 'De mobiele bibliotheek komt elke week in Aalsloot, Veldhoeve, Lutkezijl, Westerhaar, Oosteresch en De Horst. Boeken lenen, grootletterboeken en luisterboeken, en een praatje met de chauffeur-bibliothecaris. Aan huis bezorgen kan ook (Bibliotheek aan Huis).', ['bibliotheek', 'eenzaamheid'], { area: REGIO }),
  svc('Taalhuis', 'Beter leren lezen, schrijven of rekenen? Of Nederlands leren als je een andere taal spreekt? In het Taalhuis helpen vrijwilligers je. Er is ook een taalcafé.', ['taal'], { area: REGIO }),
  svc('Klik & Tik en Digisterker', 'Cursussen om te leren omgaan met de computer en de overheid online: DigiD, mijnoverheid, zorgverzekering online.', ['digitaal'], { area: REGIO }),
  svc('Belastingaangifte-spreekuur', 'In maart en april helpen vrijwilligers u in de bibliotheek met uw belastingaangifte en toeslagen.', ['administratie', 'toeslagen'], { hours: 'Maart en april, woensdagmiddag' }),
]);

// ---------- Thuiszorg en ouderen ----------
org({ name: 'Thuiszorg Veenstreek', place: 'Heeswolderveen', street: 'Zorgweg 5', desc: 'Wijkverpleging, huishoudelijke hulp en alarmering in de hele regio.' }, [
  svc('Wijkverpleging', 'Verpleging en verzorging bij u thuis: wassen, aankleden, steunkousen, wondzorg, insuline. De wijkverpleegkundige bepaalt samen met u wat nodig is. Geen verwijzing nodig.', ['wijkverpleging'], { area: REGIO }),
  svc('Huishoudelijke hulp', 'Schoonmaakhulp via de Wmo of particulier.', ['huishoudelijke-hulp'], { area: REGIO }),
  svc('Personenalarmering', 'Alarmknop om uw nek of pols. Bij een val drukt u en krijgt u direct contact met de meldkamer. Er komt een zorgverlener of een van uw contactpersonen.', ['alarmering'], { area: REGIO, fees: 'Vanaf € 19 per maand' }),
  svc('Tafeltje-dek-je', 'Warme of gekoelde maaltijden thuisbezorgd.', ['maaltijden'], { area: REGIO }),
  svc('Palliatieve thuiszorg', 'Gespecialiseerde verpleegkundigen voor mensen die thuis willen sterven, ook \'s nachts.', ['palliatief', 'wijkverpleging'], { area: REGIO }),
]);

org({ name: 'Zorgcentrum Heeswold Hof', place: 'Oud-Heeswold', street: 'Hofweg 12', desc: 'Verpleeghuis en woonzorgcentrum.' }, [
  svc('Dagbesteding Heeswold Hof', 'Dagbesteding voor ouderen met geheugenproblemen of lichamelijke beperkingen. Samen koffie, bewegen, koken, uitstapjes. Met vervoer van huis.', ['dagbesteding', 'dementie'], { elig: 'Met Wmo-indicatie' }),
  svc('Logeerkamer', 'Uw naaste kan een paar dagen of een week logeren, zodat u als mantelzorger even op adem komt.', ['respijt', 'mantelzorg'], {}),
  svc('Verpleeghuiszorg', 'Wonen met 24-uurs zorg voor mensen met dementie of zware lichamelijke zorg, met een Wlz-indicatie.', ['dementie'], {}),
]);

org({ name: 'Zorgboerderij De Kromme Akker', place: 'Het Loo', street: 'Akkerweg 8', desc: 'Zorgboerderij in buurtschap Het Loo.' }, [
  svc('Dagbesteding op de boerderij', 'Werken met dieren, in de moestuin of in de werkplaats. Voor ouderen, mensen met dementie, mensen met een verstandelijke beperking of niet-aangeboren hersenletsel. Een dag met zinvol werk en gezelligheid, buiten in de frisse lucht.', ['dagbesteding', 'dementie', 'lvb', 'nah'], { elig: 'Wmo-indicatie, Wlz of pgb' }),
  svc('Logeerweekend', 'Logeerweekenden voor kinderen en jongeren met een beperking.', ['respijt'], {}),
]);

org({ name: 'Ontmoetingscentrum Dementie Kromveen', alt: 'Alzheimer Café Kromveen', place: 'Kromveen', street: 'Molenweg 4', desc: 'Voor mensen met dementie en hun partners en kinderen.' }, [
  svc('Alzheimer Café Kromveen', 'Iedere derde donderdag van de maand: een avond met uitleg over dementie en tijd om ervaringen te delen. Vrij toegankelijk.', ['dementie', 'mantelzorg'], {}),
  svc('Casemanager dementie', 'Na de diagnose dementie krijgt u een vaste casemanager die u en uw familie begeleidt, tot aan de opname.', ['dementie'], { area: REGIO }),
]);

org({ name: 'Hersenletsel Veenstreek', place: 'Brakelo', street: 'Esweg 10', desc: 'Vrijwilligersgroep voor mensen met hersenletsel en hun naasten.' }, [
  svc('NAH-inloop', 'Maandelijkse bijeenkomst na een beroerte, hersenbloeding of hersenletsel door een ongeluk. Praten met mensen die het ook meemaken.', ['nah'], {}),
]);

org({ name: 'Hospice De Esch', place: 'Oosteresch', street: 'Eschweg 2', desc: 'Bijna-thuis-huis met drie kamers.' }, [
  svc('Hospice De Esch', 'Een plek om te sterven in een huiselijke omgeving als het thuis niet meer gaat. Familie kan altijd blijven.', ['palliatief'], { area: REGIO }),
  svc('Vrijwilligers Terminale Zorg (VPTZ)', 'Vrijwilligers waken bij mensen in de laatste levensfase thuis, zodat de familie even kan slapen.', ['palliatief', 'respijt'], { area: REGIO }),
]);

// ---------- Mantelzorg ----------
org({ name: 'Mantelzorgsteunpunt Kromveen', place: 'Kromveen', street: 'Molenweg 4', desc: 'Steunpunt voor mantelzorgers in de gemeenten Kromveen en Oud-Heeswold.' }, [
  svc('Mantelzorgconsulent', 'Zorgt u voor uw partner, ouder, kind of buur? De consulent luistert, geeft informatie over regelingen en helpt u de zorg vol te houden. Ook de jaarlijkse Mantelzorgwaardering.', ['mantelzorg'], { area: ['Kromveen', 'Oud-Heeswold'] }),
  svc('Jonge Mantelzorgers', 'Voor kinderen en jongeren (8-24) die opgroeien met een zieke of gehandicapte ouder, broer of zus. Leuke uitjes, steun en iemand om mee te praten.', ['jonge-mantelzorg'], { area: REGIO }),
  svc('Respijt aan huis', 'Een vrijwilliger neemt een dagdeel de zorg thuis over, zodat u even weg kunt.', ['respijt', 'mantelzorg'], {}),
]);

// ---------- Geld ----------
org({ name: 'Geldhulp Veenstreek', alt: 'SchuldHulpMaatje Veenstreek', place: 'Ter Wemde', street: 'Markt 14', desc: 'Getrainde vrijwilligers die helpen met geldzaken.' }, [
  svc('SchuldHulpMaatje', 'Een maatje helpt u uit de schulden en overzicht te krijgen. Samen openen we de post, maken we een budget en gaan we naar de schuldhulpverlening van de gemeente.', ['schulden', 'geldzorgen', 'administratie'], { area: REGIO }),
  svc('Thuisadministratie', 'Vrijwilligers helpen met het ordenen van post, rekeningen betalen en formulieren invullen, bijvoorbeeld voor toeslagen.', ['administratie', 'toeslagen'], { area: REGIO }),
  svc('Geldcursus Rondkomen', 'Cursus van 4 avonden: hoe houd ik mijn geld bij en kom ik rond?', ['geldzorgen'], { status: 'inactive' }),
]);

org({ name: 'Ouderenbond afdeling Brakelo', place: 'Brakelo', street: 'Kerkstraat 40', desc: 'Vereniging voor 50-plussers.' }, [
  svc('Belastingservice', 'Belastinginvullers van de ouderenbond vullen bij u thuis de aangifte inkomstenbelasting en toeslagen in. Voor leden en niet-leden met een laag inkomen.', ['administratie', 'toeslagen'], {}),
  svc('Ledenadviseurs', 'Ledenadviseurs denken mee over wonen, zorg en regelingen.', ['ouderenadvies'], {}),
]);

org({ name: 'Voedselbank Veenstreek', place: 'Brakelo', street: 'Industrieweg 12', desc: 'Voedselbank voor de regio Kromveen.' }, [
  svc('Voedselpakket', 'Wekelijks een pakket met eten en verzorgingsproducten. Aanmelden via het sociaal team, de dorpsondersteuner of maatschappelijk werk. Uitgiftepunten in Brakelo en Kromveen.', ['voedselbank'], { area: REGIO, hours: 'Uitgifte vrijdag 13.00-15.00' }),
]);

org({ name: 'Kringloop & Kledingpunt De Schuur', place: 'Westerhaar', street: 'Schuurweg 3', desc: 'Kringloopwinkel met gratis kledingpunt.' }, [
  svc('Kledingpunt', 'Gratis kleding voor volwassenen en kinderen met een verwijzing van het sociaal team of de voedselbank. Verder tweedehands meubels en spullen voor weinig geld.', ['kleding'], {}),
]);

org({ name: 'Stichting Leergeld Veenstreek', place: 'Kromveen', street: 'Stationsweg 9', desc: 'Zodat alle kinderen mee kunnen doen.' }, [
  svc('Leergeld', 'Voor kinderen van 4 tot 18 in gezinnen met weinig geld: fiets om naar school te gaan, laptop, zwemles, sportclub, schoolreisje.', ['minima', 'bewegen'], { area: REGIO }),
]);

org({ name: 'Juridisch Spreekuur Veenstreek', alt: 'Sociaal raadslieden', place: 'Ter Wemde', street: 'Markt 8', desc: 'Gratis hulp bij juridische en financiële vragen.' }, [
  svc('Sociaal raadslieden', 'Hulp bij brieven van instanties, bezwaar maken, problemen met uitkering, huur, werk of scheiding.', ['juridisch', 'administratie'], { area: REGIO }),
  svc('Spreekuur advocaat', 'Eerste gratis advies van een advocaat, één keer per maand.', ['juridisch'], {}),
]);

// ---------- Werk ----------
org({ name: 'Werkplein Veenstreek', place: 'Brakelo', street: 'Stationsplein 2', desc: 'Werkgeversservicepunt en re-integratie voor de vier gemeenten.' }, [
  svc('Jobcoach en re-integratie', 'Hulp bij het vinden van werk dat bij u past, ook als u lang thuis heeft gezeten of een beperking heeft. Proefplaatsing, sollicitatietraining, begeleiding op het werk.', ['werk'], { area: REGIO }),
  svc('Participatieplaatsen', 'Vrijwilligerswerk of werkervaringsplek met behoud van uitkering.', ['werk', 'vrijwilligerswerk'], { area: REGIO }),
]);

org({ name: 'Seasonal Workers Info Point Veenstreek', place: 'Brakelo', street: 'Stationsplein 2', desc: 'Information and help for labour migrants and seasonal workers in the fields, greenhouses and meat industry of the Veenstreek.' }, [
  svc('Info Point for seasonal workers', 'Problems with your housing, wages, contract, insurance or registration (BSN)? We explain your rights and help you in English, Polish, Romanian and Bulgarian. Walk-in on Saturday morning, when most people are free.', ['arbeidsmigranten', 'juridisch'], { lang: ['en', 'pl', 'ro', 'bg'], area: REGIO, hours: 'Sat 9.00-12.00' }),
  svc('Dutch lessons for workers', 'Free evening class in basic Dutch for people working in the region.', ['taal', 'arbeidsmigranten'], { lang: ['en'], area: REGIO }),
]);

// ---------- Wonen ----------
org({ name: 'Woningstichting Veenland', place: 'Kromveen', street: 'Stationsweg 20', desc: 'Woningcorporatie met huurwoningen in alle kernen.' }, [
  svc('Huurwoning zoeken', 'Inschrijven voor een huurwoning. In de kleine kernen gaat een deel van de woningen eerst naar mensen uit het dorp zelf. Ook levensloopbestendige ouderenwoningen.', ['wonen'], { area: REGIO, online: true }),
  svc('Huurachterstand? Bel ons', 'Loopt u achter met de huur? Neem zo snel mogelijk contact op. Wij maken een betalingsregeling en kunnen u in contact brengen met schuldhulp, zodat u uw huis niet kwijtraakt.', ['huurachterstand', 'schulden'], { area: REGIO }),
]);

org({ name: 'Regionale Opvang Dalstede', place: 'Dalstede', street: 'Havenstraat 5', desc: 'Maatschappelijke opvang voor de regio.' }, [
  svc('Nachtopvang en daklozenloket', 'Geen dak boven je hoofd? Meld je bij het daklozenloket in Dalstede. Er is nachtopvang, een briefadres en hulp naar een woning. Uit de regio Kromveen eerst bellen; het sociaal team kan vervoer regelen.', ['dakloos'], { area: REGIO }),
]);

// ---------- Jeugd ----------
org({ name: 'CJG Veenstreek', alt: 'Centrum voor Jeugd en Gezin', place: 'Brakelo', street: 'Esweg 14', desc: 'Jeugdgezondheidszorg en opvoedondersteuning voor alle gezinnen.' }, [
  svc('Consultatiebureau', 'Voor baby\'s en peuters tot 4 jaar: groei, voeding, vaccinaties. In Kromveen, Brakelo, Oud-Heeswold en Ter Wemde; in de kleine kernen rijdt eens per maand de consultatiebus.', ['jgz'], { area: REGIO }),
  svc('Jeugdverpleegkundige op school', 'De jeugdverpleegkundige ziet alle kinderen in groep 2 en 7 en in klas 2. Ouders en jongeren kunnen ook zelf een afspraak maken.', ['jgz', 'opvoeden'], { area: REGIO }),
  svc('Opvoedspreekuur', 'Vragen over slapen, eten, driftbuien, puberteit of scheiden? Bel of app met een pedagoog.', ['opvoeden'], { area: REGIO, online: true }),
]);

org({ name: 'Regionaal Bureau Leerplicht Veenstreek', place: 'Ter Wemde', street: 'Markt 8', desc: 'Leerplicht en RMC voor de vier gemeenten.' }, [
  svc('Leerplicht', 'Verzuimt uw kind veel of zit het thuis? De leerplichtambtenaar zoekt samen met ouders en school naar een oplossing.', ['onderwijs'], { area: REGIO }),
  svc('RMC - jongeren zonder diploma', 'Ben je tussen 18 en 23 en gestopt met school zonder diploma? Wij helpen je aan een opleiding of werk.', ['onderwijs', 'werk', 'jongeren'], { area: REGIO }),
]);

// ---------- Verslaving ----------
org({ name: 'Verslavingszorg Noord-Veen', place: 'Ter Wemde', street: 'Parklaan 24', desc: 'Verslavingszorg voor volwassenen en jongeren.' }, [
  svc('Ambulante verslavingszorg', 'Hulp bij te veel drinken, drugs of verslaving aan slaap- en pijnmedicijnen. Gesprekken dichtbij huis of online.', ['verslaving'], { area: REGIO }),
  svc('Jongeren & Middelen', 'Voor jongeren die veel blowen, drinken of drugs gebruiken, en voor ouders die zich zorgen maken. Ook voorlichting op school.', ['verslaving-jongeren'], { area: REGIO }),
  svc('Gok- en gameverslaving online', 'Online behandeling en zelftest als gokken of gamen uit de hand loopt.', ['gokken'], { area: REGIO, online: true }),
  svc('AA-groep Kromveen', 'Anonieme Alcoholisten, iedere maandagavond in het dorpshuis.', ['verslaving'], { at: { name: 'Dorpshuis De Veldhoeve', street: 'Hoofdweg 41', place: 'Veldhoeve' }, phone: false }),
]);

// ---------- Huiselijk geweld ----------
org({ name: 'Stichting Veilig Erf', place: 'Dalstede', street: 'onbekend', desc: 'Vrouwen- en gezinsopvang op een geheim adres, en ambulante hulp bij huiselijk geweld.', secretAddress: true }, [
  svc('Opvang bij huiselijk geweld', 'Is het thuis niet veilig voor u en uw kinderen? Wij bieden een tijdelijke veilige plek op een geheim adres en helpen bij de stappen daarna.', ['huiselijk-geweld'], { area: REGIO }),
  svc('Ambulante hulp huiselijk geweld', 'Gesprekken met slachtoffers, plegers en kinderen om het geweld te stoppen, bij u thuis of op kantoor.', ['huiselijk-geweld'], { area: REGIO }),
]);

// ---------- Zwangerschap, seksuele gezondheid, GGD ----------
org({ name: 'Verloskundigen Veenstreek', place: 'Brakelo', street: 'Esweg 14', desc: 'Verloskundigenpraktijk met spreekuren in Brakelo, Kromveen en Ter Wemde.' }, [
  svc('Verloskundige zorg', 'Controles tijdens de zwangerschap, bevalling thuis of in het ziekenhuis en nazorg. Meld u aan zodra u weet dat u zwanger bent.', ['zwangerschap'], { area: REGIO }),
  svc('Kraamzorg Veenstreek', 'Kraamverzorgende bij u thuis in de eerste week na de bevalling.', ['zwangerschap'], { area: REGIO }),
]);

org({ name: 'GGD Veenstreek', place: 'Dalstede', street: 'Gezondheidsplein 1', desc: 'Publieke gezondheid.' }, [
  svc('Soa-spreekuur en Sense', 'Gratis soa-test voor jongeren tot 25 en voor mensen met risico. Vragen over seks, anticonceptie of zwangerschap? Ook anoniem via chat.', ['seksuele-gezondheid'], { area: REGIO }),
  svc('Sexual health clinic (English)', 'STI testing and contraception advice in English.', ['seksuele-gezondheid', 'arbeidsmigranten'], { area: REGIO, lang: ['en'] }),
]);

org({ name: 'EHBO-vereniging Brakelo-Ter Wemde', place: 'Brakelo', street: 'Sportlaan 5', desc: 'EHBO-vereniging.' }, [
  svc('EHBO- en reanimatiecursus', 'Leer eerste hulp en reanimeren met AED. Ook voor het erf: EHBO bij landbouwongevallen.', ['ehbo'], {}),
]);

// ---------- Statushouders, LVB, autisme, cliëntondersteuning ----------
org({ name: 'VluchtelingenWerk Veenstreek', place: 'Ter Wemde', street: 'Markt 14', desc: 'Begeleiding van statushouders in de regio.' }, [
  svc('Begeleiding statushouders', 'Hulp bij inburgering, post, gemeente, school van de kinderen en het vinden van je weg in het dorp.', ['statushouders', 'administratie'], { area: REGIO, lang: ['nl', 'en', 'ar', 'ti'] }),
  svc('Taalmaatje', 'Een vrijwilliger die wekelijks Nederlands met je oefent.', ['taal', 'statushouders'], { area: REGIO }),
]);

org({ name: 'MEE Veenstreek', place: 'Kromveen', street: 'Stationsweg 9', desc: 'Ondersteuning van mensen met een beperking.' }, [
  svc('Onafhankelijke cliëntondersteuning', 'Een cliëntondersteuner gaat mee naar het gesprek met de gemeente of het zorgkantoor en helpt bij de aanvraag van Wmo, Wlz, jeugdhulp of pgb. Gratis en onafhankelijk.', ['clientondersteuning', 'pgb'], { area: REGIO }),
  svc('Begeleiding bij licht verstandelijke beperking', 'Praktische hulp thuis voor mensen die moeite hebben met lezen, geld, plannen of regels begrijpen.', ['lvb', 'administratie'], { area: REGIO }),
  svc('Autisme Cafe Veenstreek', 'Ontmoeting en informatie voor volwassenen met autisme en naasten.', ['autisme'], { area: REGIO }),
]);
