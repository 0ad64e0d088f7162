// Zorgnetwerk Bremvoorde (FICTIEF): the hand-written source of a made-up care-network directory,
// the "Netwerkkaart Bremvoorde", kept together by a GP cooperative (Huisartsencoöperatie
// Bremland) and a welzijn organisation (Stichting Welzijn Bremland), written as a held-out test
// directory for the search benchmark. Every organisation, person, street and gemeente here is
// invented; postal codes start with 09 (no Dutch postal code starts with 0) and every phone number
// is 0000-… (make.mjs numbers them). Nothing here is contact data of a real organisation, and the
// national help lines are deliberately not listed: the product supplies those itself.
//
// The publisher is a care network, not a municipality: service names are often long and carry
// the jargon professionals use with each other ("Praktijkondersteuner GGZ (POH-GGZ)",
// "Ambulante woonbegeleiding"), descriptions swing between professional language and plain B1
// Dutch, some are one line ("Zie website."), some are in English for internationals. Some
// services are no longer offered (status inactive).
//
// `topics` is the judge's key: what a service really offers, filed the way a professional would
// file it, whatever words its description uses. make.mjs keeps the topics out of the HSDS export
// and writes them to answers.json.
//
// Gemeenten (provincie Veenmark): Bremvoorde (wijken Centrum, Kanaalzijde, Molenakker,
// Ganzenweide), Ellerholt (with the kern Zandvenne), Aschwolde (with the kernen Klaverdijk and
// Beekweer) and Ruigeveld. Together they are called "regio Bremvoorde"; several organisations
// use "Bremland" as their brand.
import { addingTo, svc } from '../write-directory.mjs';

/** The topics, one line each: a service carries a topic when it answers that question. */
export const TOPICS = {
  huisarts: 'huisarts: spreekuur, visite, inschrijven als patiënt, verwijzing',
  huisartsenpost: 'huisartsenpost: dringende huisartsenzorg op avond, nacht, weekend en feestdagen',
  apotheek: 'apotheek: medicijnen, medicatieadvies, dienstapotheek, bezorgen',
  fysiotherapie: 'fysiotherapie en oefentherapie',
  'poh-ggz': 'praktijkondersteuner ggz (POH-GGZ) of POH-jeugd bij de huisarts',
  'basis-ggz': 'psycholoog of generalistische basis-ggz voor volwassenen (ook een verkennend gesprek)',
  'specialistische-ggz': 'specialistische ggz: psychiater, FACT-team, behandeling van ernstige of langdurige psychische problemen, acute psychiatrie via de huisarts',
  somberheid: 'hulp bij somberheid, neerslachtigheid en depressie',
  angst: 'hulp bij angst, paniek, fobie en piekeren',
  stress: 'hulp bij stress, overspannenheid en burn-out',
  trauma: 'behandeling of steun na een schokkende gebeurtenis (trauma, PTSS)',
  herstel: 'herstel bij psychische kwetsbaarheid: herstelacademie, ervaringsdeskundigen, zelfhulpgroep, inloophuis en atelier',
  bemoeizorg: 'OGGZ en bemoeizorg: melden van zorgwekkend gedrag of verwaarlozing van iemand die zelf geen hulp zoekt',
  verslaving: 'verslaving bij volwassenen: alcohol, drugs, medicijnen, gokken, gamen (behandeling, online hulp, zelfhulp)',
  'verslaving-naasten': 'steun voor partners, ouders en familie van iemand met een verslaving',
  'verslaving-jeugd': 'alcohol, blowen, drugs en gamen bij jongeren en vragen van hun ouders',
  wijkverpleging: 'wijkverpleging: verpleging en persoonlijke verzorging thuis (wassen, aankleden, wondzorg, medicijnen)',
  'huishoudelijke-hulp': 'hulp bij het huishouden: schoonmaken, was',
  maaltijden: 'maaltijden: warme maaltijd aan huis of samen eten',
  alarmering: 'personenalarmering: alarmknop met opvolging',
  'praktische-hulp': 'praktische hulp van vrijwilligers of de buurt: boodschappen, klusjes, tuin',
  mantelzorg: 'ondersteuning voor mantelzorgers: advies, lotgenoten, waardering, regelhulp',
  'jonge-mantelzorg': 'jonge mantelzorgers: kinderen en jongeren die thuis zorgen voor een ouder, broer of zus',
  respijt: 'respijtzorg: logeeropvang of oppas zodat de mantelzorger even vrij is',
  dagbesteding: 'dagbesteding (ouderen, dementie, psychische kwetsbaarheid, beperking, NAH)',
  dementie: 'dementie en geheugenproblemen: diagnose, ontmoeting, informatie, ook voor naasten',
  'casemanagement-dementie': 'casemanager dementie: vaste begeleider voor iemand met dementie en de familie',
  wlz: 'Wet langdurige zorg: CIZ-indicatie, verpleeghuis, zorg met verblijf, zorgkantoor',
  pgb: 'persoonsgebonden budget (pgb): uitleg, aanvragen, beheren',
  wmo: 'Wmo-loket van de gemeente: melding, keukentafelgesprek, voorzieningen aanvragen',
  wijkteam: 'sociaal (wijk)team, dorpsteam of algemeen maatschappelijk werk: eerste plek voor elke vraag, ook als er veel tegelijk speelt',
  clientondersteuning: 'onafhankelijke cliëntondersteuning: iemand die naast u staat bij het aanvragen van zorg',
  hulpmiddelen: 'hulpmiddelen: rolstoel, rollator, scootmobiel, uitleen en advies (ergotherapie)',
  woningaanpassing: 'aanpassing van de woning: traplift, drempels, badkamer',
  vervoer: 'vervoer: regiotaxi, rolstoeltaxi, vrijwillige chauffeurs',
  eenzaamheid: 'eenzaamheid: bezoek, maatje, telefooncirkel, iemand om mee te praten',
  ontmoeting: 'ontmoeting en activiteiten: buurthuis, inloop, koffieochtend, club',
  vrijwilligerswerk: 'vrijwilligerswerk vinden of doen',
  ouderenadvies: 'ouderenadviseur of POH-ouderen: advies voor ouderen over wonen, zorg, welzijn en geld',
  valpreventie: 'valpreventie: vallen voorkomen, valrisico testen, balanstraining',
  leefstijl: 'leefstijl en gewicht: leefstijlcoach (GLI), diëtist, gezond eten',
  'stoppen-roken': 'stoppen met roken',
  bewegen: 'sporten en bewegen: buurtsportcoach, beweeggroepen, aangepast sporten',
  'sport-minima': 'sport, zwemles en cultuur betaald of met korting voor mensen met een laag inkomen',
  palliatief: 'palliatieve zorg, hospice, waken en steun in de laatste levensfase',
  rouw: 'rouw en verlies: rouwgroep, rouwbegeleiding, nabestaanden (ook na zelfdoding, ook kinderen)',
  zwangerschap: 'zwangerschap en bevalling: verloskundige, kraamzorg, zwangerschapsgroep',
  jgz: 'jeugdgezondheidszorg: consultatiebureau, jeugdarts, jeugdverpleegkundige, Kansrijke Start',
  opvoeden: 'opvoedvragen en opvoedsteun: spreekuur, cursus, gezinscoach (CJG)',
  jeugdhulp: 'jeugdhulp en gezinsbegeleiding bij problemen met kinderen of in het gezin',
  'jeugd-ggz': 'psychische hulp voor kinderen en jongeren (jeugd-ggz, POH-jeugd)',
  jongerenwerk: 'jongerenwerk: jongerencentrum, straatwerk, jongerencoach (12-27)',
  pleegzorg: 'pleegzorg: pleegouder worden, steunouder, pleegkind',
  onderwijs: 'school en leerplicht: verzuim, thuiszitters, schoolmaatschappelijk werk, RMC',
  echtscheiding: 'scheiden: hulp voor ouders en kinderen bij een scheiding',
  schulden: 'schuldhulpverlening en betalingsachterstanden, ook huurachterstand en huisuitzetting voorkomen',
  geldzorgen: 'geldzorgen en rondkomen: budgetcursus, geldmaatje, noodfonds, overzicht in geldzaken',
  bewindvoering: 'beschermingsbewind, budgetbeheer, mentorschap en curatele',
  uitkering: 'uitkering: bijstand (Participatiewet) aanvragen en vragen over uw uitkering',
  minima: 'minimaregelingen: bijzondere bijstand, stadspas, inkomenstoeslag, kindregelingen',
  formulierenhulp: 'hulp bij formulieren, post, toeslagen en belastingaangifte',
  juridisch: 'juridisch advies: sociaal raadslieden, rechtswinkel, huurteam',
  'huiselijk-geweld': 'huiselijk geweld en mishandeling (ook ouderen, kinderen, plegers): advies en hulp in de regio',
  vrouwenopvang: 'vrouwenopvang en opvang bij huiselijk geweld (geheim adres)',
  'meldcode-training': 'trainingen over huiselijk geweld en de meldcode voor beroepskrachten',
  dakloos: 'dak- en thuisloosheid: nachtopvang, dagopvang, briefadres, Housing First',
  woningzoeken: 'een (huur)woning zoeken: inschrijven, urgentie, seniorenwoning',
  'ambulante-begeleiding': 'begeleiding thuis (ambulante woonbegeleiding, individuele begeleiding)',
  'beschermd-wonen': 'beschermd wonen bij psychische problemen (wonen met begeleiding)',
  lvb: 'licht verstandelijke beperking (LVB): steunpunt, begeleiding, uitleg in makkelijke taal',
  beperking: 'gehandicaptenzorg voor mensen met een verstandelijke of lichamelijke beperking (wonen, logeren, ondersteuning)',
  autisme: 'autisme: informatie, lotgenoten, begeleiding, diagnostiek',
  nah: 'niet-aangeboren hersenletsel (NAH): na een beroerte, ongeluk of hersenletsel',
  taal: 'Nederlands leren of oefenen: NT2, taalmaatje, taalcafé, Taalhuis',
  laaggeletterdheid: 'beter leren lezen, schrijven en rekenen voor volwassenen (laaggeletterdheid)',
  digitaal: 'hulp met computer, smartphone, DigiD en de digitale overheid',
  inburgering: 'inburgering, statushouders, vluchtelingen en nieuwkomers',
  werk: 'werk zoeken, re-integratie, jobcoach, leerwerkplek',
  zelfstandigen: 'ondernemers en zzp-ers in geldnood (Bbz, hulp bij het bedrijf)',
  voedselbank: 'voedselbank, voedselpakket, sociale supermarkt',
  kledingbank: 'kledingbank: gratis kleding voor volwassenen, kinderen en baby’s',
  lhbti: 'lhbti+ (homo, lesbisch, bi, trans, queer): ontmoeting en steun',
  discriminatie: 'discriminatie melden en advies',
  internationals: 'for internationals: expats, their partners, international students and other English-speaking newcomers',
  studenten: 'studenten: studentenarts, studentpsycholoog, decaan',
  'training-suicidepreventie': 'trainingen suïcidepreventie en mentale eerste hulp voor vrijwilligers, naasten en professionals',
  ehbo: 'EHBO-, reanimatie- en AED-cursussen',
  voorlichting: 'voorlichting en gastlessen op scholen (alcohol, drugs, relaties, discriminatie)',
  'seksuele-gezondheid': 'seksuele gezondheid: soa-test, anticonceptie, vragen over seks',
  buurtbemiddeling: 'buurtbemiddeling bij burenruzie en overlast',
};

export const places = {
  Centrum: { gemeente: 'Bremvoorde', pc: '0911' },
  Kanaalzijde: { gemeente: 'Bremvoorde', pc: '0913' },
  Molenakker: { gemeente: 'Bremvoorde', pc: '0915' },
  Ganzenweide: { gemeente: 'Bremvoorde', pc: '0917' },
  Ellerholt: { gemeente: 'Ellerholt', pc: '0931' },
  Zandvenne: { gemeente: 'Ellerholt', pc: '0934' },
  Aschwolde: { gemeente: 'Aschwolde', pc: '0941' },
  Klaverdijk: { gemeente: 'Aschwolde', pc: '0945' },
  Beekweer: { gemeente: 'Aschwolde', pc: '0947' },
  Ruigeveld: { gemeente: 'Ruigeveld', pc: '0951' },
};

export const organizations = [];
const org = addingTo(organizations);
const REGIO = ['Bremvoorde', 'Ellerholt', 'Aschwolde', 'Ruigeveld'];
const DORPEN = ['Ellerholt', 'Aschwolde', 'Ruigeveld'];
const GRATIS = 'Gratis, geen verwijzing nodig.';
const VERZEKERD = 'Vergoed uit de basisverzekering; het eigen risico geldt.';
const VIA_HA = 'Met een verwijzing van de huisarts.';

// ——— Gemeenten en Werkplein —————————————————————————————————————————————————
org({ name: 'Gemeente Bremvoorde', place: 'Centrum', street: 'Stadhuisplein 1', desc: 'De gemeente Bremvoorde, met de wijken Centrum, Kanaalzijde, Molenakker en Ganzenweide. Hieronder de gemeentelijke loketten voor zorg, inkomen, wonen en inburgering.' }, [
  svc('Loket Zorg & Ondersteuning (Wmo-melding)', 'Voor een melding op grond van de Wet maatschappelijke ondersteuning 2015. Na uw melding volgt binnen zes weken het onderzoek (het zogenaamde keukentafelgesprek) en ontvangt u een verslag. Denk aan: begeleiding, hulp bij het huishouden, hulpmiddelen, woningaanpassing, vervoersvoorziening of kortdurend verblijf. U heeft recht op gratis onafhankelijke cliëntondersteuning.', ['wmo'], { fees: 'Eigen bijdrage volgens het abonnementstarief, geïnd door het CAK.', apply: 'Meldingsformulier op de website of telefonisch; wij bellen u binnen vijf werkdagen terug.', hours: 'Ma t/m vr 8.30-12.30 uur telefonisch.' }),
  svc('Hulp bij het huishouden (algemene voorziening Schoon Thuis)', 'Kunt u door ziekte, ouderdom of een beperking uw huis niet meer zelf schoonhouden? Via de gemeente krijgt u hulp van een vaste huishoudelijk medewerker. U betaalt een vast bedrag per uur.', ['huishoudelijke-hulp', 'wmo'], { fees: '€ 21,- per maand (abonnementstarief).' }),
  svc('Woonvoorzieningen: traplift, drempels, aangepaste badkamer', 'Woningaanpassing via de Wmo. De gemeente kijkt eerst of verhuizen naar een geschikte woning een betere oplossing is. Voor grote aanpassingen komt een ergotherapeut bij u thuis.', ['woningaanpassing', 'wmo'], { phone: false }),
  svc('Rolstoel, scootmobiel en andere Wmo-hulpmiddelen', 'Vervoers- en rolstoelvoorzieningen worden in bruikleen verstrekt. Korter dan zes maanden nodig? Kijk dan bij het Uitleenpunt Zorghulpmiddelen.', ['hulpmiddelen', 'wmo']),
  svc('Levensonderhoud (Participatiewet)', 'Bijstandsuitkering voor inwoners van 18 tot de AOW-leeftijd die niet genoeg inkomen of vermogen hebben. Aanvragen kan vanaf de eerste dag dat u zich meldt. Heeft u hulp nodig bij het invullen? De Formulierenbrigade helpt.', ['uitkering'], { elig: 'Woonachtig in de gemeente Bremvoorde, 18 jaar of ouder, rechtmatig in Nederland.', apply: 'Digitaal met DigiD of op afspraak aan de balie.' }),
  svc('Team Geldzaken (schuldhulpverlening)', 'Loopt het u boven het hoofd met rekeningen, aanmaningen of deurwaarders? Team Geldzaken maakt samen met u een overzicht, neemt contact op met schuldeisers en zoekt een oplossing: een betalingsregeling, budgetbeheer of een minnelijk schuldtraject. Lukt dat niet, dan begeleiden we u naar de WSNP.', ['schulden'], { fees: 'Gratis.', apply: 'Aanmelden kan telefonisch, via de website of via uw wijkteam. Binnen drie werkdagen een eerste gesprek.' }),
  svc('Vroegsignalering betalingsachterstanden', 'Zie website.', ['schulden'], { phone: false }),
  svc('Bremvoorde Pas', 'De Bremvoorde Pas geeft korting of een vergoeding voor sport, zwemmen, cultuur, de bibliotheek en een dagje uit, voor volwassenen en kinderen. U krijgt de pas als uw inkomen niet hoger is dan 125% van het sociaal minimum.', ['minima', 'sport-minima'], { apply: 'Aanvragen met het formulier op de website; neem een bankafschrift mee.' }),
  svc('Bijzondere bijstand en individuele inkomenstoeslag', 'Vergoeding voor noodzakelijke kosten die u niet zelf kunt betalen, zoals een bril, de eigen bijdrage van bewindvoering, een kapotte koelkast of reiskosten naar het ziekenhuis. Woont u al drie jaar of langer van een laag inkomen? Dan krijgt u misschien één keer per jaar de inkomenstoeslag.', ['minima']),
  svc('Besluit bijstandverlening zelfstandigen (Bbz)', "Voor zelfstandig ondernemers en zzp'ers die tijdelijk niet rond kunnen komen, die willen stoppen met hun bedrijf of die een bedrijfskrediet nodig hebben. Een adviseur bekijkt ook of uw onderneming levensvatbaar is.", ['zelfstandigen', 'uitkering'], { area: REGIO }),
  svc('Urgentieverklaring woonruimte', 'In uitzonderlijke situaties kunt u voorrang krijgen op een sociale huurwoning, bijvoorbeeld bij een medische noodzaak of als u na opvang zelfstandig gaat wonen. Een dakloosheid die u zelf had kunnen voorkomen is geen reden voor urgentie.', ['woningzoeken'], { fees: 'Leges € 52,-, terug bij toekenning.' }),
  svc('Inburgering: Persoonlijk Plan Inburgering en Participatie (PIP)', 'Voor statushouders en gezinsmigranten die onder de Wet inburgering 2021 vallen. De regisseur inburgering maakt met u een plan (B1-route, onderwijsroute of Z-route) en regelt de eerste maanden uw vaste lasten (ontzorgen).', ['inburgering'], { lang: ['nl', 'en', 'ar'] }),
  svc('Energietoeslag lage inkomens', 'Eenmalige energietoeslag. Deze regeling is beëindigd; aanvragen is niet meer mogelijk.', ['minima'], { status: 'inactive' }),
]);
org({ name: 'Gemeente Ellerholt', place: 'Ellerholt', street: 'Raadhuisstraat 3', desc: 'Gemeente Ellerholt, met de kernen Ellerholt en Zandvenne.' }, [
  svc('Zorgloket Ellerholt-Zandvenne', 'Het Zorgloket voor Wmo, jeugdhulp en mantelzorg. Inloop zonder afspraak op dinsdagochtend; op andere dagen komen wij bij u thuis.', ['wmo'], { hours: 'Inloop dinsdag 9.00-12.00 uur.' }),
  svc('Werk, inkomen en minimaregelingen', 'Bijstand aanvragen, vragen over uw uitkering, de Meedoenregeling voor sport en cultuur en bijzondere bijstand.', ['uitkering', 'minima', 'sport-minima']),
  svc('Schuldhulpverlening Ellerholt', 'Schuldhulp voor inwoners van Ellerholt en Zandvenne. De gemeente heeft de uitvoering belegd bij Stichting Rond met Geld; aanmelden kan bij het Zorgloket.', ['schulden'], { phone: false }),
]);
org({ name: 'Gemeente Aschwolde', place: 'Aschwolde', street: 'Brink 1', desc: 'Gemeente Aschwolde: de kernen Aschwolde, Klaverdijk en Beekweer.' }, [
  svc('Sociaal Plein Aschwolde', 'Eén plek voor al uw vragen over zorg, jeugd, werk, geld en wonen. De medewerkers van het Sociaal Plein werken samen met het dorpsteam, de huisartsen en de woningstichting.', ['wmo', 'wijkteam'], { hours: 'Ma, wo en vr 9.00-16.00 uur.' }),
  svc('Inkomensondersteuning en schuldhulp Aschwolde', 'Uitkering, bijzondere bijstand, kindregelingen en schuldhulpverlening.', ['uitkering', 'minima', 'schulden']),
]);
org({ name: 'Gemeente Ruigeveld', place: 'Ruigeveld', street: 'Kerkpad 2', desc: 'Gemeente Ruigeveld.' }, [
  svc('Wmo-consulent Ruigeveld', 'Onze Wmo-consulent komt bij u thuis voor een gesprek over wat u nodig heeft om zelfstandig te blijven wonen.', ['wmo']),
  svc('Bijstand en minimaregelingen Ruigeveld', 'Zie website.', ['uitkering', 'minima']),
]);
org({ name: 'Werkplein Bremvoorde', alt: 'Werkplein', place: 'Centrum', street: 'Stationsweg 14', desc: 'Het regionale Werkplein van de vier gemeenten: re-integratie, werkgeversdienstverlening en de uitvoering van de Participatiewet voor Ellerholt, Aschwolde en Ruigeveld.' }, [
  svc('Werkfit-traject (re-integratie Participatiewet)', 'Een traject van zes maanden voor mensen met een uitkering die weer aan het werk willen. Met een werkcoach, sollicitatietraining, werkervaringsplaats en zo nodig scholing.', ['werk'], { area: REGIO }),
  svc('Jobcoaching en garantiebanen', 'Voor mensen uit het doelgroepregister banenafspraak. Een jobcoach begeleidt u en uw werkgever op de werkplek.', ['werk'], { area: REGIO }),
  svc('Taal op de werkvloer (NT2 en werk)', 'Combinatie van werken en Nederlands leren, voor statushouders en andere anderstaligen met een uitkering.', ['taal', 'werk', 'inburgering'], { area: REGIO, lang: ['nl', 'ar', 'ti'] }),
]);
org({ name: 'Bremwerk', place: 'Molenakker', street: 'Industrieweg 40', desc: 'Sociaal ontwikkelbedrijf van de regio Bremvoorde (voorheen sociale werkvoorziening).' }, [
  svc('Leerwerkplekken groen, schoonmaak en techniek', 'Werken met begeleiding in een echt bedrijf. U leert een vak en krijgt een branchecertificaat. Voor mensen met een afstand tot de arbeidsmarkt.', ['werk'], { area: REGIO }),
  svc('Arbeidsmatige dagbesteding (ADB)', 'Zinvol bezig zijn in de werkplaats of de kringloopwinkel, zonder productiedruk. Met Wmo-indicatie.', ['dagbesteding'], { area: REGIO }),
]);
org({ name: 'Regionaal Bureau Leerplicht Bremvoorde', alt: 'RBL', place: 'Centrum', street: 'Schoolstraat 9', desc: 'Leerplicht en RMC voor de vier gemeenten.' }, [
  svc('Leerplicht en schoolverzuim', 'De leerplichtambtenaar komt in actie bij ongeoorloofd verzuim, maar denkt vooral mee: waarom gaat een kind niet naar school en wat is er nodig? Ook voor vrijstelling en verlof buiten de schoolvakanties.', ['onderwijs'], { area: REGIO }),
  svc('RMC-trajectbegeleiding voortijdig schoolverlaters (18-23 jaar)', 'Voor jongeren tot 23 jaar zonder startkwalificatie (havo, vwo of mbo-2). We helpen je terug naar school of naar werk met perspectief.', ['onderwijs'], { area: REGIO }),
]);
org({ name: 'Samenwerkingsverband Passend Onderwijs Bremvoorde', place: 'Kanaalzijde', street: 'Sluiskade 61', desc: 'Samenwerkingsverband van de basisscholen en scholen voor voortgezet onderwijs in de regio.' }, [
  svc('Onderwijsconsulent en thuiszittersaanpak', 'Thuiszitter of dreigt uw kind uit te vallen? De onafhankelijke onderwijsconsulent helpt ouders en school om een passende plek te vinden, zo nodig in het speciaal onderwijs.', ['onderwijs'], { area: REGIO }),
]);

// ——— Welzijn en wijkteams ———————————————————————————————————————————————————
org({ name: 'Stichting Welzijn Bremland', alt: 'WeBrem', place: 'Centrum', street: 'Kerkstraat 22', desc: 'Welzijnsorganisatie voor de regio Bremvoorde en samen met de huisartsencoöperatie beheerder van deze netwerkkaart. Sociaal werk, ouderenwerk, buurtbemiddeling en welzijn op recept.' }, [
  svc('Sociaal Team Centrum', 'Het sociaal team is de voordeur voor alle vragen over welzijn, zorg, geld, opvoeden en wonen. Een generalist luistert naar uw hele verhaal en maakt met u een plan. Eén gezin, één plan, één contactpersoon.', ['wijkteam'], { area: ['Bremvoorde-Centrum'], hours: 'Inloop ma en do 9.00-11.30 uur.' }),
  svc('Sociaal Team Kanaalzijde', 'Het team zit in Buurthuis De Kandelaar. Binnenlopen mag altijd, ook met een kleine vraag.', ['wijkteam'], { area: ['Bremvoorde-Kanaalzijde'], at: { name: 'Buurthuis De Kandelaar', street: 'Schippersstraat 2', place: 'Kanaalzijde' } }),
  svc('Sociaal Team Molenakker-Ganzenweide', 'Voor inwoners van Molenakker en Ganzenweide. Spreekuur in de bibliotheek Molenakker en in het wijkcentrum.', ['wijkteam'], { area: ['Bremvoorde-Molenakker', 'Bremvoorde-Ganzenweide'], at: { name: 'Wijkcentrum De Molensteen', street: 'Akkerweg 19', place: 'Molenakker' } }),
  svc('Algemeen Maatschappelijk Werk (AMW)', 'Kortdurende psychosociale hulpverlening bij relatieproblemen, verlies, opvoedingsvragen, financiële problemen en problemen met instanties. De maatschappelijk werker helpt u het overzicht terug te krijgen.', ['wijkteam'], { area: REGIO, fees: GRATIS }),
  svc('Welzijn op Recept', 'Zit u niet lekker in uw vel, voelt u zich alleen of somber, en helpt een pil daar niet bij? Uw huisarts of POH kan u doorverwijzen naar een welzijnscoach. Samen zoekt u een activiteit die energie geeft: een wandelgroep, een moestuin, vrijwilligerswerk, een schilderclub.', ['eenzaamheid', 'ontmoeting', 'somberheid'], { area: REGIO, apply: 'Via de huisarts of POH, of meld u zelf aan.' }),
  svc('Buurtbemiddeling Bremland', 'Last van de buren? Geluid, stank, een schutting of kinderen op straat? Twee getrainde vrijwillige bemiddelaars helpen u en uw buren om samen tot afspraken te komen. Neutraal en vertrouwelijk.', ['buurtbemiddeling'], { area: REGIO }),
  svc('Formulierenbrigade', 'Vrijwilligers helpen bij het invullen van formulieren van de gemeente, het UWV, de Belastingdienst of de zorgverzekeraar. Ook voor toeslagen (huurtoeslag, zorgtoeslag, kinderopvangtoeslag).', ['formulierenhulp'], { area: REGIO, fees: 'Gratis.', hours: 'Spreekuur woensdag 13.30-16.00 uur in de bibliotheek.' }),
  svc('Ouderenadviseur', 'De ouderenadviseur komt bij 75-plussers thuis voor een gesprek over hoe het gaat. Over wonen, vallen, geld, eenzaamheid, mantelzorg en wat er allemaal te regelen valt als je ouder wordt.', ['ouderenadvies'], { area: REGIO }),
  svc('Preventief huisbezoek 80-jarigen', 'Deze activiteit is gestopt. Ouderen kunnen terecht bij de ouderenadviseur.', ['ouderenadvies'], { status: 'inactive' }),
]);
org({ name: 'Jongerenwerk Bremvoorde', alt: 'WeBrem Jongerenwerk', place: 'Kanaalzijde', street: 'Havenweg 8', desc: 'Het jongerenwerk van Stichting Welzijn Bremland, voor jongeren van 12 tot 27 jaar.' }, [
  svc('Jongerencentrum The Spot', 'Chillen, gamen, muziek maken of gewoon je verhaal kwijt kunnen. The Spot is open voor alle jongeren vanaf 12 jaar. De jongerenwerkers zijn er altijd en je kunt met alles bij ze terecht.', ['jongerenwerk'], { hours: 'Di t/m vr 15.00-21.00 uur, za 14.00-22.00 uur.' }),
  svc('Straatwerk (ambulant jongerenwerk)', 'Jongerenwerkers gaan de wijk in en zoeken jongeren op waar ze zijn: op pleintjes, bij de snackbar, bij het skatepark. Ook bij overlast.', ['jongerenwerk'], { phone: false }),
  svc('Jongerencoach 16-27', 'Een coach die met je meedenkt over school, werk, geld, wonen of je toekomst. Niet verplicht, geen wachtlijst.', ['jongerenwerk'], { area: REGIO }),
  svc('Online jongerenwerk', 'App of DM ons: de jongerenwerkers zijn online te bereiken via Instagram, Snapchat en WhatsApp. Anoniem vragen stellen kan ook.', ['jongerenwerk'], { online: true, area: REGIO }),
  svc('Jongerenwerk dorpen (Aschwolde, Ellerholt, Ruigeveld)', 'Jongerenwerk in de dorpen, ook in de keten en bij de voetbalkantine.', ['jongerenwerk'], { area: DORPEN, at: { name: 'Dorpshuis De Spil', street: 'Veldweg 1', place: 'Zandvenne' } }),
]);
org({ name: 'Vrijwilligerscentrale Bremland', place: 'Centrum', street: 'Kerkstraat 24', desc: 'Makelaar in vrijwilligerswerk en maatjesprojecten.' }, [
  svc('Vacaturebank vrijwilligerswerk', 'Meer dan 300 vacatures: van voorlezen en chauffeur tot bestuurslid of gastvrouw in het hospice. Een consulent helpt u kiezen.', ['vrijwilligerswerk'], { area: REGIO }),
  svc('Vrijwilligerswerk met een steuntje in de rug', 'Voor mensen die graag iets willen doen maar wat extra begeleiding nodig hebben, bijvoorbeeld na een burn-out, met een beperking of als stap richting werk.', ['vrijwilligerswerk'], { area: REGIO }),
  svc('Maatjesproject Samen Op Stap', 'Een vrijwillig maatje komt eens per week of twee weken langs voor een wandeling, een kop koffie of een uitje. Voor mensen die weinig contacten hebben.', ['eenzaamheid'], { area: REGIO }),
]);
org({ name: 'Mantelzorgsteunpunt Bremland', place: 'Centrum', street: 'Gasthuisstraat 11', desc: 'Steunpunt voor mantelzorgers van alle leeftijden in de regio Bremvoorde, onderdeel van WeBrem.' }, [
  svc('Mantelzorgconsulent (individuele mantelzorgondersteuning)', 'Zorgt u voor een partner, ouder, kind of buur? De mantelzorgconsulent kijkt samen met u hoe u het volhoudt, wat u kunt regelen en waar u recht op heeft. Ook bij overbelasting.', ['mantelzorg'], { area: REGIO, fees: GRATIS }),
  svc('Mantelzorgwaardering', 'Eén keer per jaar een attentie of waardebon voor mantelzorgers. Aanvragen tot 1 november.', ['mantelzorg'], { area: REGIO }),
  svc('Lotgenotengroep partners van mensen met dementie', 'Eens per maand praten met anderen die hetzelfde meemaken, onder leiding van een mantelzorgconsulent.', ['mantelzorg', 'dementie'], { area: REGIO }),
  svc('Jonge Mantelzorgers (JMZ) Bremland', 'Voor kinderen en jongeren van 8 tot 24 jaar die thuis zorgen of een zieke ouder, broer of zus hebben. Leuke uitjes, een groepje met anderen die het snappen en een coach als je het even niet meer weet.', ['jonge-mantelzorg'], { area: REGIO }),
  svc('Respijtwijzer: even vrij van de zorg', 'Wie neemt de zorg even over als u op vakantie wilt of gewoon een middag vrij? Wij zoeken mee: logeeropvang, oppas aan huis, dagbesteding of een vrijwilliger.', ['respijt', 'mantelzorg'], { area: REGIO }),
  svc('Mantelzorg en werk (werkgeversaanpak)', 'Pilotproject, beëindigd.', ['mantelzorg'], { status: 'inactive' }),
]);
org({ name: 'Mantelzorgmakelaar Veenmark', place: 'Molenakker', street: 'Akkerweg 101', desc: 'Zelfstandig mantelzorgmakelaar.' }, [
  svc('Mantelzorgmakelaar: regelwerk uit handen', 'Een mantelzorgmakelaar neemt regeltaken over: indicaties aanvragen, zorg inkopen, bezwaar maken, de verhuizing naar een verpleeghuis. Soms vergoed door de aanvullende verzekering of de werkgever.', ['mantelzorg'], { area: REGIO, fees: 'Eerste gesprek gratis; daarna uurtarief.' }),
]);
org({ name: 'Dorpszorg Ellerholt', place: 'Ellerholt', street: 'Dorpsstraat 18', desc: 'Dorpsondersteuning en vrijwillige hulp in Ellerholt en Zandvenne.' }, [
  svc('Dorpsondersteuner Ellerholt en Zandvenne', 'De dorpsondersteuner kent iedereen en weet de weg. Heeft u een vraag over zorg, eenzaamheid, geld of hulp in huis? Bel of spreek haar aan op de markt.', ['wijkteam'], { area: ['Ellerholt'] }),
  svc('Ellerholt Rijdt (vrijwillige chauffeurs)', 'Vrijwilligers rijden u met hun eigen auto naar de huisarts, het ziekenhuis, de kapper of familie. U betaalt een kilometervergoeding.', ['vervoer'], { area: ['Ellerholt'], fees: '€ 0,35 per kilometer.' }),
  svc('Bezoekdienst 75+', 'Een vrijwilliger komt eens per twee weken op bezoek voor een praatje.', ['eenzaamheid'], { area: ['Ellerholt'], phone: false }),
]);
org({ name: 'Stichting Zorgzaam Aschwolde', place: 'Aschwolde', street: 'Kerkstraat 5', desc: 'Burgerinitiatief in Aschwolde, Klaverdijk en Beekweer: dorpsgenoten helpen dorpsgenoten.' }, [
  svc('Dorpsteam Klaverdijk-Beekweer', 'Het dorpsteam (een sociaal werker en een wijkverpleegkundige) houdt elke donderdagochtend spreekuur in het dorpshuis van Klaverdijk.', ['wijkteam'], { area: ['Aschwolde'], at: { name: 'Dorpshuis Klaverdijk', street: 'Klaverstraat 1', place: 'Klaverdijk' } }),
  svc('Boodschappen- en klussendienst', 'Lukt boodschappen doen even niet, moet er een lamp vervangen of de heg geknipt? Een vrijwilliger uit het dorp helpt.', ['praktische-hulp'], { area: ['Aschwolde'] }),
  svc('Buurtauto Aschwolde', 'Vervoer met de elektrische buurtauto voor inwoners zonder eigen vervoer. Reserveren een dag van tevoren.', ['vervoer'], { area: ['Aschwolde'], fees: '€ 2,50 per rit binnen de gemeente.' }),
]);
org({ name: 'Noaberhulp Ruigeveld', place: 'Ruigeveld', street: 'Kerkpad 7', desc: 'Vrijwilligersinitiatief: noaberschap in Ruigeveld.' }, [
  svc('Noaberhulp', 'Hulp van dorpsgenoten: een boodschap, een ritje naar de dokter, een klusje of een oogje in het zeil.', ['praktische-hulp', 'vervoer'], { area: ['Ruigeveld'] }),
  svc('Koffieochtend in de kerkzaal', 'Elke woensdag koffie, een praatje en soms een spelletje. Iedereen welkom.', ['ontmoeting', 'eenzaamheid'], { area: ['Ruigeveld'], phone: false, hours: 'Woensdag 10.00-12.00 uur.' }),
]);

// ——— Huisartsenzorg ——————————————————————————————————————————————————————————
org({ name: 'Huisartsencoöperatie Bremland', alt: 'HCB', place: 'Centrum', street: 'Gasthuislaan 5', desc: 'Coöperatie van de huisartsen in de regio Bremvoorde; organiseert de POH-GGZ, de ketenzorg en de huisartsenpost en beheert samen met WeBrem deze netwerkkaart.' }, [
  svc('Praktijkzoeker: inschrijven bij een huisarts', 'Nieuw in de regio en nog geen huisarts? Veel praktijken hebben een patiëntenstop. De praktijkzoeker van de coöperatie weet welke praktijken in uw postcodegebied nog ruimte hebben en helpt bij het inschrijven.', ['huisarts'], { area: REGIO }),
  svc('Praktijkondersteuner GGZ (POH-GGZ) voor aangesloten praktijken', 'De POH-GGZ is de eerste stap bij psychische klachten zoals somberheid, angst, spanning, rouw of slaapproblemen. In 4 tot 8 gesprekken brengt u de klachten in kaart en werkt u eraan; zo nodig volgt verwijzing naar de basis- of specialistische ggz. Ook e-health modules.', ['poh-ggz', 'somberheid', 'angst', 'stress'], { area: REGIO, fees: 'Geen eigen risico.', apply: 'Via uw eigen huisarts.' }),
  svc('Verkennend gesprek Netwerk Mentale Gezondheid', 'Een of twee gesprekken met een ervaren ggz-professional (psycholoog of psychiater) in de huisartsenpraktijk, om samen te kijken welke hulp echt past. Vaak blijkt een verwijzing naar de ggz niet nodig; dan helpen we u naar de juiste plek in de wijk.', ['basis-ggz', 'somberheid', 'angst', 'stress'], { area: REGIO, apply: VIA_HA }),
  svc('POH-Ouderen en proactieve zorgplanning', 'De praktijkondersteuner ouderenzorg bezoekt kwetsbare ouderen thuis, bespreekt wensen voor de toekomst (ook de laatste levensfase) en stemt af met wijkverpleging en welzijn.', ['ouderenadvies', 'huisarts'], { area: REGIO }),
  svc('Ketenzorg diabetes, COPD en hart- en vaatziekten', 'Gestructureerde zorg door de praktijkondersteuner somatiek volgens de zorgstandaard: controles, leefstijladvies, voetonderzoek.', ['huisarts'], { area: REGIO, phone: false }),
  svc('Huisartsenzorg voor onverzekerden en ongedocumenteerden', 'Iedereen heeft recht op medisch noodzakelijke zorg, ook zonder verzekering of verblijfsvergunning. Deze praktijken in de regio zien u; de kosten worden via een landelijke regeling vergoed. Wij vragen geen papieren.', ['huisarts'], { area: REGIO, lang: ['nl', 'en', 'fr'] }),
]);
org({ name: 'Huisartsenpost Bremvoorde e.o.', alt: 'HAP', place: 'Ganzenweide', street: 'Ziekenhuislaan 2', desc: 'De huisartsenpost naast de spoedeisende hulp van Ziekenhuis Bremvoorde.' }, [
  svc('Huisartsenpost (avond, nacht, weekend en feestdagen)', 'Voor dringende medische zorg die niet kan wachten tot uw eigen huisarts weer open is. Altijd eerst bellen: de triagist beoordeelt of u moet komen, of een arts langskomt of dat het kan wachten. Ook voor acute psychische nood buiten kantoortijd.', ['huisartsenpost'], { area: REGIO, hours: 'Werkdagen 17.00-8.00 uur, weekend en feestdagen 24 uur.', apply: 'Bel eerst, kom niet zonder afspraak.' }),
  svc('Dienstapotheek', 'Apotheek bij de huisartsenpost voor medicijnen die u buiten de openingstijden van uw eigen apotheek nodig heeft.', ['apotheek'], { area: REGIO, hours: 'Tijdens de openingstijden van de huisartsenpost.' }),
]);
org({ name: 'Huisartsenpraktijk De Brink', place: 'Centrum', street: 'Brinkstraat 7', desc: 'Huisartsenpraktijk in het centrum van Bremvoorde. Huisartsen A. Tjalsma en R. Boelhouwer.' }, [
  svc('Spreekuur en visites', 'Afspraak maken via de assistente of de patiëntenapp. Voor jonge kinderen en ouderen die niet kunnen komen, doen we visites.', ['huisarts'], { area: ['Bremvoorde-Centrum'], hours: 'Ma t/m vr 8.00-17.00 uur.' }),
  svc('POH-GGZ De Brink', 'Gesprekken met de praktijkondersteuner ggz. Ook via beeldbellen.', ['poh-ggz', 'somberheid', 'angst', 'stress'], { apply: VIA_HA }),
  svc('Stoppen-met-rokenbegeleiding door de POH', 'Individuele begeleiding door de praktijkondersteuner, eventueel met medicatie of nicotinevervangers.', ['stoppen-roken'], { fees: 'Vergoed, buiten het eigen risico.' }),
]);
org({ name: 'Gezondheidscentrum Kanaalzijde', place: 'Kanaalzijde', street: 'Sluiskade 30', desc: 'Gezondheidscentrum met drie huisartsenpraktijken, fysiotherapie, een diëtist en een verloskundige. Samenwerkingspartner van het Sociaal Team Kanaalzijde.' }, [
  svc('Huisartsen Kanaalzijde', 'Drie huisartsenpraktijken onder één dak. Spoed tijdens kantoortijd: bel en kies optie 1.', ['huisarts'], { hours: 'Ma t/m vr 8.00-17.00 uur.' }),
  svc('Praktijkondersteuner GGZ (POH-GGZ) en POH-Jeugd', 'Voor volwassenen met psychische klachten en, op woensdag, voor kinderen en jongeren tot 18 jaar en hun ouders (POH-Jeugd): bij piekeren, faalangst, somberheid, boze buien of moeite met slapen.', ['poh-ggz', 'jeugd-ggz', 'somberheid', 'angst', 'stress'], { apply: VIA_HA }),
  svc('Fysiotherapie Kanaalzijde', 'Algemene fysiotherapie, sportfysiotherapie en dry needling. Directe toegang: u heeft geen verwijzing nodig.', ['fysiotherapie']),
  svc('Diëtist (dinsdag)', 'Dieetadvies bij overgewicht, diabetes, darmklachten, allergie of ondervoeding. Drie uur per jaar vergoed uit de basisverzekering.', ['leefstijl'], { fees: VERZEKERD }),
  svc('Verloskundig spreekuur Kanaalzijde', 'Dependance van Verloskundigenpraktijk De Wieg: controles tijdens de zwangerschap op donderdag.', ['zwangerschap'], { phone: false }),
]);
org({ name: 'Huisartsenpraktijk Molenakker', place: 'Molenakker', street: 'Molenweg 88', desc: 'Huisartsen H. Veenstra en M. Oudshoorn.' }, [
  svc('Huisartsenzorg (beperkte inschrijving)', 'Wegens drukte nemen wij alleen nieuwe patiënten aan die in Molenakker wonen, en gezinsleden van huidige patiënten. Zie de Praktijkzoeker van de HCB.', ['huisarts'], { area: ['Bremvoorde-Molenakker'] }),
]);
org({ name: 'Huisartsen Ganzenweide', place: 'Ganzenweide', street: 'Weidelaan 15', desc: 'Huisartsenpraktijk in Ganzenweide, vlak bij de campus. We also see international patients.' }, [
  svc('General practice / huisartsenpraktijk (English spoken)', 'GP practice for residents of Ganzenweide and the campus area. All our doctors speak English. Register online with your BSN and insurance details. Consultations by appointment; phone consultations in the morning.', ['huisarts', 'internationals'], { lang: ['nl', 'en', 'de'] }),
  svc('Praktijkondersteuner GGZ / mental health nurse', 'Short-term support for stress, anxiety, low mood or homesickness, in Dutch or English. Referral by your GP.', ['poh-ggz', 'somberheid', 'angst', 'stress', 'internationals'], { lang: ['nl', 'en'] }),
]);
org({ name: 'Dokterspraktijk Ellerholt', place: 'Ellerholt', street: 'Dorpsstraat 40', desc: 'Apotheekhoudende huisartsenpraktijk voor Ellerholt, Zandvenne en omgeving.' }, [
  svc('Huisartsenzorg Ellerholt', 'Spreekuur op afspraak, visites, kleine chirurgie en ketenzorg.', ['huisarts'], { area: ['Ellerholt'] }),
  svc('Apotheek van de huisarts (apotheekhoudende praktijk)', 'Omdat er in het dorp geen apotheek is, levert de praktijk zelf uw medicijnen. Herhaalrecepten via de app of de receptenlijn.', ['apotheek'], { area: ['Ellerholt'] }),
  svc('Nevenvestiging Zandvenne', 'Spreekuur in Zandvenne op maandag- en donderdagochtend.', ['huisarts'], { area: ['Ellerholt'], at: { name: 'Dorpshuis De Spil', street: 'Veldweg 1', place: 'Zandvenne' }, phone: false }),
]);
org({ name: 'Huisartsenpraktijk Aschwolde', place: 'Aschwolde', street: 'Brinkweg 4', desc: 'Huisartsenpraktijk met vestigingen in Aschwolde en Klaverdijk.' }, [
  svc('Huisartsenzorg Aschwolde', 'Spreekuur, visites, POH-somatiek en ouderenzorg.', ['huisarts']),
  svc('POH-GGZ Aschwolde', 'Onze praktijkondersteuner ggz helpt bij stress, somberheid, angst en problemen thuis of op het werk.', ['poh-ggz', 'somberheid', 'angst', 'stress']),
  svc('Vestiging Klaverdijk', 'Spreekuur dinsdag en vrijdag.', ['huisarts'], { at: { name: 'Gezondheidspost Klaverdijk', street: 'Klaverstraat 12', place: 'Klaverdijk' } }),
]);
org({ name: 'Huisartsenpraktijk Ruigeveld', place: 'Ruigeveld', street: 'Esweg 3', desc: 'Huisarts L. Brakel.' }, [
  svc('Spreekuur, visites en praktijkondersteuning', 'Kleine dorpspraktijk. Ook POH-somatiek en POH-GGZ (één dag per week).', ['huisarts', 'poh-ggz']),
]);
org({ name: 'Huisartsenpraktijk Beekweer', place: 'Beekweer', street: 'Molenbeek 2', desc: 'Huisartsenpraktijk.' }, [
  svc('Huisarts Beekweer', 'Zie website.', ['huisarts']),
]);
org({ name: 'Studentenartsen Campus Bremvoorde', place: 'Ganzenweide', street: 'Campuslaan 4', desc: 'Student GP practice on the campus of Hogeschool Bremland. Huisartsenpraktijk voor studenten.' }, [
  svc('Student GP (huisarts voor studenten)', 'GP care for students registered at Hogeschool Bremland, including international students. Sexual health consultations, travel advice, and referral to the student psychologist.', ['huisarts', 'studenten', 'internationals'], { lang: ['en', 'nl'], elig: 'Students of Hogeschool Bremland, living in the region.' }),
]);
org({ name: 'Ziekenhuis Bremvoorde', place: 'Ganzenweide', street: 'Ziekenhuislaan 1', desc: 'Algemeen ziekenhuis voor de regio.' }, [
  svc('Geheugenpolikliniek', 'Onderzoek bij geheugenklachten en vermoeden van dementie: gesprek, neuropsychologisch onderzoek en zo nodig een scan. Met uw naaste erbij.', ['dementie'], { area: REGIO, apply: VIA_HA }),
  svc('Valpolikliniek', 'Bent u het afgelopen jaar meer dan eens gevallen? Op de valpoli onderzoeken de geriater, fysiotherapeut en verpleegkundige waarom, en wat u eraan kunt doen.', ['valpreventie'], { area: REGIO, apply: VIA_HA }),
]);

// ——— Apotheek, fysio, leefstijl, tandarts ————————————————————————————————————
org({ name: 'Apotheek De Vijzel', place: 'Centrum', street: 'Markt 12', desc: 'Openbare apotheek in het centrum.' }, [
  svc('Receptgeneesmiddelen en medicatiebewaking', 'Wij leveren uw geneesmiddelen en controleren of ze goed samengaan. Met een baxterrol (medicijnen per innamemoment verpakt) als u veel medicijnen gebruikt.', ['apotheek'], { hours: 'Ma t/m vr 8.00-18.00 uur, za 10.00-13.00 uur.' }),
  svc('Medicijnen thuisbezorgd', 'Kunt u niet naar de apotheek komen? Wij bezorgen uw medicijnen gratis in Bremvoorde, Ellerholt en Ruigeveld.', ['apotheek'], { area: ['Bremvoorde', 'Ellerholt', 'Ruigeveld'], phone: false }),
]);
org({ name: 'Apotheek Kanaalzijde', place: 'Kanaalzijde', street: 'Sluiskade 32', desc: 'Apotheek naast het gezondheidscentrum.' }, [
  svc('Openbare apotheek Kanaalzijde', 'Zie website.', ['apotheek']),
]);
org({ name: 'Apotheek Aschwolde', place: 'Aschwolde', street: 'Dorpsstraat 9', desc: 'Apotheek voor Aschwolde, Klaverdijk en Beekweer.' }, [
  svc('Apotheek en afhaalkluis', 'Medicijnen ophalen, ook 24/7 uit de afhaalkluis. Wij geven advies over zelfzorgmiddelen.', ['apotheek'], { area: ['Aschwolde'] }),
  svc('Stoppen met roken: begeleiding in de apotheek', 'Een programma van acht weken met de apothekersassistent en hulpmiddelen. Vergoed uit de basisverzekering.', ['stoppen-roken'], { area: ['Aschwolde'], fees: VERZEKERD }),
]);
org({ name: 'FysioBrem', place: 'Molenakker', street: 'Sportlaan 12', desc: 'Praktijk voor fysiotherapie en manuele therapie.' }, [
  svc('Fysiotherapie en manuele therapie', 'Klachten aan rug, nek, schouder of knie, revalidatie na een operatie. Directe toegang zonder verwijzing.', ['fysiotherapie'], { fees: 'Vergoeding afhankelijk van uw aanvullende verzekering; bij chronische aandoeningen vanaf de 21e behandeling uit de basisverzekering.' }),
  svc('Valpreventiecursus Sterk op je Benen', 'Tien weken groepstraining voor 65-plussers die bang zijn om te vallen of weleens gevallen zijn. Met een valrisicotest bij de start.', ['valpreventie', 'bewegen'], { area: REGIO }),
  svc('Beweeggroep Parkinson', 'Wekelijkse oefengroep onder begeleiding van een fysiotherapeut die veel weet van de ziekte van Parkinson.', ['fysiotherapie', 'bewegen']),
]);
org({ name: 'Fysio & Beweeg Ellerholt', place: 'Ellerholt', street: 'Molenstraat 6', desc: 'Fysiotherapie en leefstijlbegeleiding.' }, [
  svc('Fysiotherapie aan huis', 'Voor wie niet naar de praktijk kan komen, bijvoorbeeld na een heupoperatie of bij ernstige COPD.', ['fysiotherapie'], { area: DORPEN }),
  svc('GLI - Gecombineerde Leefstijlinterventie (CooL)', 'Twee jaar lang met een leefstijlcoach werken aan gezonder eten, meer bewegen, beter slapen en minder stress. Voor volwassenen met (ernstig) overgewicht. Vergoed uit de basisverzekering zonder eigen risico.', ['leefstijl'], { area: DORPEN, apply: VIA_HA }),
]);
org({ name: 'Oefentherapie Heidepad', place: 'Ganzenweide', street: 'Heidepad 21', desc: 'Oefentherapie Cesar en Mensendieck.' }, [
  svc('Oefentherapie voor houding en beweging', 'Bij rug- en nekklachten, spanningsklachten, hyperventilatie en voor kinderen met een motorische achterstand.', ['fysiotherapie']),
]);
org({ name: 'Diëtistenpraktijk Smaakvol', place: 'Centrum', street: 'Lindelaan 3', desc: 'Diëtisten en leefstijlcoaches.' }, [
  svc('Dieetadvisering', 'Persoonlijk voedingsadvies bij diabetes, hoog cholesterol, nierziekte, darmklachten of ondervoeding.', ['leefstijl'], { fees: VERZEKERD }),
  svc('Kind naar Gezonder Gewicht: centrale zorgverlener', 'Voor gezinnen met een kind (0-18) met overgewicht. Eén vaste zorgverlener kijkt naar het hele gezin: eten, bewegen, slapen, stress, geld, en maakt met jullie één plan.', ['leefstijl'], { area: REGIO }),
]);

// ——— Zwangerschap, jeugd en gezin ————————————————————————————————————————————
org({ name: 'Verloskundigenpraktijk De Wieg', place: 'Centrum', street: 'Torenstraat 14', desc: 'Verloskundigen voor Bremvoorde en de dorpen.' }, [
  svc('Verloskundige zorg', 'Controles tijdens de zwangerschap, de bevalling thuis of in het ziekenhuis en nazorg in de kraamweek. Meld je aan zodra je weet dat je zwanger bent.', ['zwangerschap'], { area: REGIO }),
  svc('Centering Zwangerschap (groepszorg)', 'Je zwangerschapscontroles in een groep van 8-12 vrouwen die rond dezelfde tijd uitgerekend zijn. Je meet zelf je bloeddruk en gewicht en je leert veel van elkaar.', ['zwangerschap'], { area: REGIO }),
  svc('Prenatal care in English', 'Midwife care for expats and international students: check-ups, birth planning and explanation of the Dutch system (home birth, kraamzorg, consultatiebureau).', ['zwangerschap', 'internationals'], { area: REGIO, lang: ['en'] }),
]);
org({ name: 'Kraamzorg Bremland', place: 'Molenakker', street: 'Wiegstraat 2', desc: 'Kraamzorgorganisatie.' }, [
  svc('Kraamzorg thuis', 'Een kraamverzorgende helpt de eerste 8 tot 10 dagen na de bevalling: verzorging van moeder en baby, borstvoeding en uitleg. Inschrijven voor de 16e week van de zwangerschap.', ['zwangerschap'], { area: REGIO }),
  svc('Kraamzorg met tolk voor nieuwkomers', 'Extra uren kraamzorg en een tolk voor moeders die net in Nederland zijn.', ['zwangerschap', 'inburgering'], { area: REGIO, lang: ['ar', 'ti', 'fa', 'uk'] }),
]);
org({ name: 'GGD Veenmark', alt: 'GGD', place: 'Centrum', street: 'Gezondheidsplein 1', desc: 'Gemeentelijke gezondheidsdienst voor de provincie Veenmark: jeugdgezondheidszorg, infectieziekten, seksuele gezondheid en OGGZ.' }, [
  svc('Consultatiebureau (JGZ 0-4 jaar)', 'Je kind wegen en meten, vaccinaties, en al je vragen over voeding, slapen, huilen, zindelijkheid en ontwikkeling. De afspraken krijg je vanzelf.', ['jgz'], { area: REGIO }),
  svc('Jeugdarts en jeugdverpleegkundige (JGZ 4-18 jaar)', 'Op de basisschool en middelbare school zien we alle kinderen een paar keer. Je kunt ook zelf een afspraak maken, bijvoorbeeld bij vragen over groei, gedrag, ziekteverzuim of pesten.', ['jgz'], { area: REGIO }),
  svc('Stevig Ouderschap (Kansrijke Start)', 'Extra huisbezoeken door een jeugdverpleegkundige in de eerste anderhalf jaar, voor ouders die het zwaar hebben of veel meemaken.', ['jgz', 'opvoeden'], { area: REGIO }),
  svc('Spreekuur seksuele gezondheid', 'Gratis en anoniem soa-test, hiv-test of anticonceptie (tot 25 jaar), vragen over seks en relaties. Ook voor sekswerkers.', ['seksuele-gezondheid'], { area: REGIO, fees: 'Gratis tot 25 jaar en voor risicogroepen.' }),
  svc('Meldpunt Zorgwekkend Gedrag (OGGZ)', 'Maakt u zich zorgen om een buurtbewoner of familielid die verward is, zichzelf verwaarloost, het huis laat vervuilen of geen hulp wil? Meld het. Een bemoeizorgteam gaat op bezoek.', ['bemoeizorg'], { area: REGIO }),
  svc('Rookvrije Start', 'Stoppen met roken tijdens de zwangerschap, voor de aanstaande moeder en haar partner.', ['stoppen-roken', 'zwangerschap'], { area: REGIO }),
  svc('Gezonde School: lessen in de klas', 'Lesprogramma’s over alcohol, roken, relaties en seksualiteit, weerbaarheid en mediawijsheid voor scholen.', ['voorlichting'], { area: REGIO, phone: false }),
]);
org({ name: 'Centrum voor Jeugd en Gezin Bremvoorde', alt: 'CJG', place: 'Molenakker', street: 'Speelweg 6', desc: 'Het CJG: voor alle vragen over opgroeien en opvoeden, van zwangerschap tot 23 jaar. Samenwerking van GGD, WeBrem en de gemeenten.' }, [
  svc('Opvoedspreekuur', 'Huilt je baby veel, zijn de driftbuien niet te harden, of weet je niet hoe je met je puber moet praten? Een pedagoog denkt met je mee. Eén tot vijf gesprekken.', ['opvoeden'], { area: REGIO, fees: GRATIS }),
  svc('Oudercursus Positief Opvoeden', 'Cursus van vijf avonden voor ouders van kinderen van 2 tot 12 jaar: minder ruzie, meer plezier.', ['opvoeden'], { area: REGIO }),
  svc('Jeugd- en gezinscoach', 'Bij zorgen over je kind of over de sfeer thuis. De coach komt bij jullie thuis, kijkt wat er speelt en regelt zo nodig specialistische jeugdhulp.', ['jeugdhulp', 'opvoeden'], { area: REGIO }),
  svc('Scheiden met kinderen: ouderspreekuur en KIES-groep', 'Voor ouders die gaan scheiden: hoe vertel je het de kinderen, hoe maak je een ouderschapsplan? Voor kinderen van 6-12 jaar de groep KIES (Kinderen In EchtScheidingsSituatie).', ['echtscheiding'], { area: REGIO }),
  svc('Opvoedchat', 'Chat anoniem met een pedagoog van het CJG.', ['opvoeden'], { online: true, area: REGIO, hours: 'Ma t/m do 19.00-21.00 uur.' }),
  svc('Schoolmaatschappelijk werk', 'Op alle scholen in de regio: voor leerlingen die vastlopen, ouders met zorgen en leerkrachten.', ['onderwijs', 'jeugdhulp'], { area: REGIO, phone: false }),
]);
org({ name: 'Stichting Wending Jeugd & Gezin', place: 'Kanaalzijde', street: 'Dokweg 14', desc: 'Jeugdhulpaanbieder (ambulant en residentieel).' }, [
  svc('Ambulante gezinsbegeleiding', 'Een gezinsbegeleider komt wekelijks thuis en werkt met ouders en kinderen aan opvoeding, structuur en veiligheid. Met beschikking van de gemeente.', ['jeugdhulp'], { area: REGIO }),
  svc('Intensieve Ambulante Gezinsbehandeling (IAG)', 'Intensieve behandeling thuis bij ernstige opvoedproblemen of dreigende uithuisplaatsing.', ['jeugdhulp'], { area: REGIO }),
  svc('Kamertraining (16-23 jaar)', 'Zelfstandig leren wonen met begeleiding, voor jongeren die niet meer thuis kunnen wonen.', ['jeugdhulp'], { area: REGIO }),
]);
org({ name: 'Pleegzorg Veenmark', place: 'Centrum', street: 'Weverstraat 30', desc: 'Pleegzorgorganisatie.' }, [
  svc('Pleegouder worden: informatieavond', 'Elke eerste dinsdag van de maand vertellen pleegouders en medewerkers wat pleegzorg inhoudt: crisisopvang, weekendpleegzorg of langdurig.', ['pleegzorg'], { area: REGIO }),
  svc('Netwerkpleegzorg', 'Zorgt u al voor een kind uit uw familie of kennissenkring dat niet thuis kan wonen? Dan kunt u netwerkpleegouder worden, met begeleiding en een vergoeding.', ['pleegzorg'], { area: REGIO }),
]);
org({ name: 'Kinder- en Jeugdpsychologen De Kompasroos', place: 'Centrum', street: 'Lindelaan 9', desc: 'Praktijk voor kinder- en jeugdpsychologie.' }, [
  svc('Behandeling angst, somberheid en gedragsproblemen bij kinderen', 'Kortdurende behandeling voor kinderen en jongeren tot 18 jaar met onder andere angst, somberheid, ADHD, faalangst of problemen na een nare gebeurtenis.', ['jeugd-ggz'], { area: REGIO, apply: 'Verwijzing via huisarts, jeugdarts of wijkteam.' }),
]);
org({ name: 'Jeugd-GGZ De Boog', place: 'Ganzenweide', street: 'Parklaan 104', desc: 'Specialistische jeugd-ggz, onderdeel van GGZ Veenmark.' }, [
  svc('Specialistische jeugd-ggz', 'Diagnostiek en behandeling bij complexe psychische problemen van kinderen en jongeren, zoals ernstige depressie, eetstoornissen, psychose, zelfbeschadiging en autisme met bijkomende problemen.', ['jeugd-ggz'], { area: REGIO, apply: 'Verwijzing via huisarts, jeugdarts of gemeente.' }),
  svc('Crisisinterventie jeugd', 'Voor acute situaties bij kinderen en jongeren die al in behandeling zijn of via de huisartsenpost worden aangemeld.', ['jeugd-ggz'], { area: REGIO, phone: false }),
]);

// ——— Ggz, herstel en verslaving ———————————————————————————————————————————————
org({ name: 'GGZ Veenmark', place: 'Ganzenweide', street: 'Parklaan 100', desc: 'Instelling voor specialistische geestelijke gezondheidszorg in de provincie Veenmark. Polikliniek, FACT-teams, klinische opname en acute psychiatrie.' }, [
  svc('FACT-team Bremvoorde (Flexible Assertive Community Treatment)', 'Multidisciplinair team (psychiater, verpleegkundigen, ervaringsdeskundige, IPS-trajectbegeleider) voor mensen met een ernstige psychische aandoening (EPA). Behandeling en begeleiding vooral thuis, ook bij terugval en als iemand zelf weinig hulpvraag heeft.', ['specialistische-ggz'], { area: REGIO, apply: 'Verwijzing via de huisarts.' }),
  svc('Polikliniek stemmings- en angststoornissen', 'Specialistische behandeling van depressie, bipolaire stoornis, angst- en paniekstoornissen en dwang, wanneer behandeling in de basis-ggz niet voldoende is.', ['specialistische-ggz', 'somberheid', 'angst'], { area: REGIO, apply: 'Verwijzing via de huisarts.' }),
  svc('Acute psychiatrie (crisisdienst via huisarts of huisartsenpost)', 'De crisisdienst beoordeelt mensen in een acute psychiatrische crisis, 24 uur per dag. Niet rechtstreeks bereikbaar voor burgers: de huisarts, de huisartsenpost, de politie of de spoedeisende hulp schakelt de crisisdienst in. Bent u al in behandeling bij GGZ Veenmark, bel dan uw eigen behandelaar of de crisislijn op uw signaleringsplan.', ['specialistische-ggz'], { area: REGIO, phone: false }),
  svc('Ouderenpsychiatrie', 'Voor 65-plussers met psychische problemen, zoals een depressie op latere leeftijd, angst, achterdocht of gedragsproblemen bij dementie.', ['specialistische-ggz'], { area: REGIO }),
  svc('Vroege Interventie Psychose (VIP-team)', 'Voor jongeren en jongvolwassenen (15-35) die voor het eerst psychotische klachten hebben: stemmen horen, dingen zien die er niet zijn, achterdocht. Snelle behandeling helpt.', ['specialistische-ggz'], { area: REGIO }),
  svc('Psychotraumacentrum', 'Behandeling van posttraumatische stressstoornis (PTSS) en complex trauma, onder andere met EMDR en imaginaire exposure. Ook voor vluchtelingen, met tolk.', ['trauma', 'specialistische-ggz'], { area: REGIO, lang: ['nl', 'en', 'ar', 'ti'] }),
  svc('Autismepoli volwassenen', 'Diagnostiek en behandeling voor volwassenen bij wie autisme wordt vermoed of die met autisme vastlopen.', ['autisme', 'specialistische-ggz'], { area: REGIO }),
  svc('Naastenspreekuur', 'Voor partners, ouders, kinderen en vrienden van iemand met psychische problemen. U mag ook komen als uw naaste (nog) geen behandeling wil.', ['mantelzorg'], { area: REGIO }),
]);
org({ name: 'Psychologenpraktijk Ruimte', place: 'Centrum', street: 'Oude Gracht 44', desc: 'GZ-psychologen en psychotherapeut. Generalistische basis-ggz en specialistische ggz.' }, [
  svc('Generalistische Basis GGZ (GB-GGZ)', 'Kortdurende behandeling bij lichte tot matige psychische klachten: depressieve klachten, angst, burn-out, rouw die vastloopt. Gemiddeld acht tot twaalf gesprekken, op basis van cognitieve gedragstherapie en ACT.', ['basis-ggz', 'somberheid', 'angst', 'stress'], { apply: 'Verwijzing van de huisarts met vermoeden van een DSM-stoornis.', fees: VERZEKERD }),
  svc('Therapy in English', 'Psychologist sessions in English for expats, international students and their partners: anxiety, depression, burnout, cultural adjustment. Covered by Dutch basic insurance with a GP referral.', ['basis-ggz', 'internationals', 'somberheid', 'angst', 'stress'], { lang: ['en'] }),
  svc('EMDR bij nare ervaringen', 'Traumabehandeling met EMDR, bijvoorbeeld na een ongeluk, overval, geweld of een bevalling die niet goed ging.', ['trauma', 'basis-ggz']),
]);
org({ name: 'Psychologiepraktijk Het Veldpad', place: 'Ellerholt', street: 'Veldpad 2', desc: 'Eerstelijnspsycholoog in Ellerholt.' }, [
  svc('Basis-ggz kort traject', 'Een paar gesprekken als het even niet gaat: spanning, somberheid, piekeren, verlies. Ook met online oefeningen tussendoor.', ['basis-ggz', 'somberheid', 'angst', 'stress'], { area: DORPEN, apply: VIA_HA }),
  svc('Burn-outcoaching (niet vergoed)', 'Coaching bij overspannenheid en burn-out, in overleg met uw bedrijfsarts. Soms betaalt de werkgever.', ['stress'], { area: DORPEN, fees: '€ 95,- per gesprek.' }),
]);
org({ name: 'Lichter Online', place: 'Centrum', street: 'Oude Gracht 44', desc: 'Online zelfhulp en anonieme chat, aangeboden door de huisartsencoöperatie en GGZ Veenmark voor inwoners van de regio.' }, [
  svc('Online cursus Lichter Leven (somberheid)', 'Gratis online cursus van zes weken voor mensen met sombere gevoelens. In uw eigen tempo, met wekelijkse feedback van een coach. Also available in English.', ['somberheid'], { online: true, area: REGIO, lang: ['nl', 'en'], fees: 'Gratis.' }),
  svc('Anonieme chat met een psycholoog', 'Zit je ergens mee en wil je het eerst anoniem kwijt? Chat met een psycholoog. Geen wachtlijst, geen verwijzing.', ['somberheid', 'angst', 'stress'], { online: true, area: REGIO, hours: 'Ma t/m vr 19.00-22.00 uur.' }),
  svc('Slaapcursus online', 'Tijdelijk niet beschikbaar.', ['stress'], { online: true, status: 'inactive' }),
]);
org({ name: 'Herstelacademie Bremvoorde', place: 'Kanaalzijde', street: 'Pakhuisstraat 5', desc: 'Leren van en met ervaringsdeskundigen. Vrij toegankelijk, geen indicatie of diagnose nodig.' }, [
  svc('Herstelcursussen (WRAP, Herstellen Doe Je Zelf)', 'Cursussen en workshops over je eigen herstel, gegeven door mensen die zelf psychische problemen of verslaving hebben meegemaakt. Je bent student, geen patiënt.', ['herstel'], { area: REGIO, fees: 'Gratis voor inwoners van de regio.' }),
  svc('Ervaringsdeskundige inloop', 'Elke maandagmiddag: binnenlopen voor koffie en een gesprek met een ervaringsdeskundige.', ['herstel'], { area: REGIO, hours: 'Maandag 13.00-16.00 uur.' }),
  svc('Recovery College in English (pilot)', 'English-language recovery workshops for internationals. The pilot has ended.', ['herstel', 'internationals'], { status: 'inactive', lang: ['en'] }),
]);
org({ name: 'Inloophuis De Lantaarn', place: 'Kanaalzijde', street: 'Vissersstraat 17', desc: 'Inloophuis voor mensen met psychische kwetsbaarheid en iedereen die behoefte heeft aan een plek om even te zijn.' }, [
  svc('Inloop en gezamenlijke maaltijd', 'Even weg van huis, een kop koffie, een spelletje of een gesprek. Op dinsdag en vrijdag koken we samen. Geen indicatie nodig.', ['herstel', 'ontmoeting', 'maaltijden'], { fees: 'Maaltijd € 3,-.', hours: 'Di t/m vr 10.00-16.00 uur.' }),
  svc('Creatief atelier', 'Schilderen, boetseren en schrijven onder begeleiding van een kunstenaar met ervaringsdeskundigheid.', ['herstel'], { phone: false }),
]);
org({ name: 'Zelfhulpgroep Donkere Dagen', place: 'Centrum', street: 'Kerkstraat 22', desc: 'Lotgenotengroep voor mensen met (terugkerende) depressie, zonder professionele begeleiding.' }, [
  svc('Lotgenotengroep depressie', 'Tweewekelijkse bijeenkomst van mensen die weten hoe een depressie voelt. Je hoeft niets uit te leggen.', ['somberheid', 'herstel'], { phone: false, hours: 'Om de week donderdagavond.' }),
]);
org({ name: 'Stichting Samen Verder Wonen', place: 'Molenakker', street: 'Wilgenlaan 8', desc: 'Beschermd wonen en ambulante begeleiding voor mensen met psychiatrische problemen (regionale centrumgemeente Bremvoorde).' }, [
  svc('Beschermd wonen', 'Wonen in een groep of een eigen appartement met 24-uurs bereikbare begeleiding, voor mensen die door psychische problemen (nog) niet zelfstandig kunnen wonen. Toegang via de centrumgemeente Bremvoorde.', ['beschermd-wonen'], { area: REGIO }),
  svc('Ambulante woonbegeleiding', 'Een begeleider komt bij u thuis en helpt met structuur, huishouden, post, geld, contacten en afspraken, zodat u zelfstandig kunt blijven wonen. Wmo-maatwerkvoorziening.', ['ambulante-begeleiding'], { area: REGIO }),
]);
org({ name: 'Thuisbegeleiding Ambulant Plus', place: 'Ganzenweide', street: 'Heidepad 40', desc: 'Zorgaanbieder voor individuele begeleiding (Wmo en pgb).' }, [
  svc('Individuele begeleiding thuis', 'Begeleiding bij dagelijkse dingen voor mensen met psychische problemen, een licht verstandelijke beperking of autisme. Ook te betalen uit een pgb.', ['ambulante-begeleiding', 'lvb', 'autisme'], { area: REGIO }),
]);
org({ name: 'Verslavingszorg Kering', place: 'Kanaalzijde', street: 'Schippersstraat 11', desc: 'Regionale instelling voor verslavingszorg en preventie.' }, [
  svc('Ambulante behandeling alcohol en drugs', 'Behandeling bij problemen met alcohol, cannabis, cocaïne, slaap- en kalmeringsmiddelen of andere middelen. Individueel of in een groep, ook in de avond. Een verwijzing van de huisarts is nodig.', ['verslaving'], { area: REGIO, apply: VIA_HA }),
  svc('Gok- en gameproblemen', 'Hulp als gokken of gamen uw leven bepaalt: schulden, liegen, ruzie thuis. Ook voor naasten.', ['verslaving', 'verslaving-naasten'], { area: REGIO }),
  svc('Jongerenspreekuur middelengebruik (12-23)', 'Voor jongeren die zich zorgen maken over hun blowen, drinken, lachgas of gamen, en voor hun ouders. Zonder verwijzing, gratis.', ['verslaving-jeugd'], { area: REGIO, fees: 'Gratis.' }),
  svc('CRAFT-training voor naasten', 'Training voor familie en partners van iemand met een verslaving: hoe ga je ermee om, hoe zorg je voor jezelf en hoe vergroot je de kans dat je naaste hulp zoekt.', ['verslaving-naasten'], { area: REGIO }),
  svc('Minder Drinken online', 'Anoniem online programma met een coach om te minderen of te stoppen met drinken.', ['verslaving'], { online: true, area: REGIO, lang: ['nl', 'en'] }),
  svc('Preventie en voorlichting op scholen', 'Lessen en ouderavonden over alcohol, drugs, lachgas en gamen.', ['voorlichting'], { area: REGIO, phone: false }),
]);
org({ name: 'Zelfhulpgroep Nuchter Samen', place: 'Molenakker', street: 'Kapelweg 3', desc: 'Zelfhulpgroepen rond alcohol en drugs, georganiseerd door ervaringsdeskundigen.' }, [
  svc('Wekelijkse groep voor mensen met een alcohol- of drugsprobleem', 'Anoniem, gratis, zonder aanmelding. Elke maandagavond.', ['verslaving'], { phone: false }),
  svc('Groep voor partners en familie', 'Voor wie leeft met iemand die drinkt of gebruikt.', ['verslaving-naasten'], { phone: false }),
]);

// ——— Thuiszorg, ouderen en dementie ————————————————————————————————————————————
org({ name: 'Heidezorg', place: 'Molenakker', street: 'Heidelaan 3', desc: 'Organisatie voor wijkverpleging, thuiszorg en casemanagement dementie (VVT) in de regio Bremvoorde.' }, [
  svc('Wijkverpleging team Bremvoorde-Noord', 'Verpleging en persoonlijke verzorging thuis: wassen, aankleden, steunkousen, medicijnen, wondzorg, injecties. De wijkverpleegkundige stelt de indicatie; u heeft geen verwijzing nodig.', ['wijkverpleging'], { area: ['Bremvoorde-Centrum', 'Bremvoorde-Kanaalzijde'], fees: 'Basisverzekering, geen eigen risico.' }),
  svc('Wijkverpleging team Bremvoorde-Zuid', 'Team voor Molenakker en Ganzenweide.', ['wijkverpleging'], { area: ['Bremvoorde-Molenakker', 'Bremvoorde-Ganzenweide'] }),
  svc('Wijkverpleging dorpen', 'Wijkverpleegkundigen voor Ellerholt, Zandvenne en Ruigeveld. Ook nachtelijke zorg op afroep.', ['wijkverpleging'], { area: ['Ellerholt', 'Ruigeveld'], at: { name: 'Steunpunt Heidezorg Ellerholt', street: 'Molenstraat 8', place: 'Ellerholt' } }),
  svc('Casemanagement dementie', 'Na de diagnose dementie krijgt u een vaste casemanager. Die begeleidt u en uw naasten tot het einde: uitleg over de ziekte, hulp bij regelzaken, ondersteuning van de mantelzorger en afstemming met huisarts en dagbesteding. Ook bij vermoeden van dementie zonder diagnose.', ['casemanagement-dementie', 'dementie'], { area: REGIO, fees: 'Basisverzekering, geen eigen risico.' }),
  svc('Palliatieve thuiszorg en nachtzorg', 'Gespecialiseerde verpleegkundigen voor thuis sterven: pijnbestrijding, comfortzorg, waken in de nacht samen met de VPTZ.', ['palliatief', 'wijkverpleging'], { area: REGIO }),
  svc('Personenalarmering met opvolging', 'Alarmknop om de pols of hals. Bij een alarm belt de meldkamer uw contactpersonen of komt een zorgmedewerker van Heidezorg.', ['alarmering'], { area: REGIO, fees: 'Vanaf € 19,- per maand.' }),
]);
org({ name: 'Zorgcoöperatie Aschwolde Zorgt', place: 'Beekweer', street: 'Molenbeek 10', desc: 'Coöperatie van inwoners en zorgverleners in Aschwolde, Klaverdijk en Beekweer.' }, [
  svc('Zorg thuis in de dorpen', 'Wijkverpleging, persoonlijke verzorging en huishoudelijke hulp door een klein, vast team uit de eigen dorpen.', ['wijkverpleging', 'huishoudelijke-hulp'], { area: ['Aschwolde'] }),
  svc('Huiskamer Beekweer', 'Dagbesteding in een huiskamer voor ouderen die niet de hele dag alleen willen of kunnen zijn.', ['dagbesteding', 'ontmoeting'], { area: ['Aschwolde'] }),
]);
org({ name: 'Schoon & Thuis', place: 'Kanaalzijde', street: 'Dokweg 2', desc: 'Aanbieder van huishoudelijke ondersteuning.' }, [
  svc('Huishoudelijke ondersteuning (Wmo)', 'Uitvoering van de Wmo-voorziening hulp bij het huishouden in Bremvoorde en Ellerholt.', ['huishoudelijke-hulp'], { area: ['Bremvoorde', 'Ellerholt'] }),
]);
org({ name: 'Maaltijdservice De Warme Pan', place: 'Molenakker', street: 'Industrieweg 12', desc: 'Maaltijdservice.' }, [
  svc('Warme maaltijden aan huis', 'Elke dag een verse warme maaltijd thuisbezorgd, ook dieetmaaltijden (zoutarm, diabetes, gemalen). De bezorger maakt even een praatje en slaat alarm als er niet wordt opengedaan.', ['maaltijden'], { area: REGIO, fees: '€ 8,25 per maaltijd.' }),
]);
org({ name: 'Zorggroep Bremerhof', place: 'Ganzenweide', street: 'Bremerhoflaan 1', desc: 'Woonzorgcentrum en verpleeghuis met dagbesteding en een ontmoetingscentrum.' }, [
  svc('Verpleeghuiszorg (Wlz)', 'Wonen met 24-uurs zorg voor mensen met dementie of ernstige lichamelijke beperkingen. U heeft een indicatie van het CIZ nodig. Wachtlijstbemiddeling via het zorgkantoor.', ['wlz'], { area: REGIO }),
  svc('Ontmoetingscentrum Het Trefpunt (dementie)', 'Drie dagen per week een gezellig en zinvol programma voor thuiswonende mensen met beginnende dementie, en bijeenkomsten en consulten voor hun mantelzorgers.', ['dementie', 'dagbesteding', 'mantelzorg'], { area: REGIO }),
  svc('Logeeropvang (respijtzorg)', 'Iemand met dementie of een grote zorgvraag kan een paar dagen tot twee weken bij ons logeren, zodat de mantelzorger op adem kan komen.', ['respijt'], { area: REGIO, apply: 'Via de Wmo of de Wlz; vraag de Respijtwijzer van het Mantelzorgsteunpunt om hulp.' }),
  svc('Dagbesteding ouderen', 'Dagbesteding met een programma van bewegen, muziek, koken en uitstapjes. Vervoer kan geregeld worden.', ['dagbesteding'], { area: ['Bremvoorde'] }),
  svc('Restaurant De Hof: mee-eten', 'Voor buurtbewoners dagelijks een driegangenmenu tussen de middag. Gezellig samen eten.', ['maaltijden', 'ontmoeting'], { fees: '€ 7,50.' }),
]);
org({ name: 'Stichting Geheugensteun Bremvoorde', place: 'Centrum', street: 'Gasthuisstraat 11', desc: 'Vrijwilligersorganisatie rond dementie.' }, [
  svc('Alzheimer Café Bremvoorde', 'Elke derde dinsdag van de maand: een avond met een onderwerp (diagnose, omgaan met gedrag, wilsverklaring), een deskundige en ruimte voor vragen. Voor mensen met dementie, hun naasten en belangstellenden.', ['dementie', 'mantelzorg'], { at: { name: 'Wijkcentrum De Molensteen', street: 'Akkerweg 19', place: 'Molenakker' } }),
  svc('Alzheimer Café Aschwolde', 'Elke tweede woensdag in het dorpshuis.', ['dementie', 'mantelzorg'], { area: ['Aschwolde'], at: { name: 'Dorpshuis Aschwolde', street: 'Brink 7', place: 'Aschwolde' }, phone: false }),
]);
org({ name: 'Ontmoetingscentrum De Lindeboom', place: 'Ellerholt', street: 'Lindeplein 1', desc: 'Ontmoetingscentrum voor mensen met geheugenproblemen en hun mantelzorgers in de dorpen.' }, [
  svc('Ontmoetingsprogramma geheugenproblemen', 'Een warme plek voor mensen met (beginnende) dementie, met activiteiten, beweging en contact. De mantelzorger kan aansluiten bij gespreksgroepen.', ['dementie', 'dagbesteding', 'mantelzorg'], { area: DORPEN }),
]);
org({ name: 'Ouderenvereniging Bremvoorde', place: 'Centrum', street: 'Bagijnenstraat 6', desc: 'Vereniging van en voor senioren.' }, [
  svc('Vrijwillige ouderenadviseur (VOA)', 'Een getrainde vrijwilliger komt bij u thuis om mee te denken over wonen, zorg, geld en welzijn.', ['ouderenadvies'], { area: REGIO }),
  svc('Belastingservice voor ouderen', 'Hulp bij de belastingaangifte en toeslagen voor leden met een laag of middeninkomen.', ['formulierenhulp'], { area: REGIO, fees: 'Gratis voor leden.' }),
  svc('Soos en uitstapjes', 'Kaarten, sjoelen, lezingen en elk voorjaar een busreis.', ['ontmoeting'], { phone: false }),
]);
org({ name: 'Belcirkel Bremvoorde', place: 'Centrum', street: 'Kerkstraat 22', desc: 'Telefooncirkel voor alleenwonenden.' }, [
  svc('Belcirkel: elke ochtend een telefoontje', 'Deelnemers bellen elkaar elke ochtend in een vaste volgorde. Neemt iemand niet op, dan gaat een contactpersoon kijken. Veilig en gezellig.', ['eenzaamheid'], { area: REGIO, fees: 'Gratis.' }),
]);
org({ name: 'Hospice Ruisend Riet', place: 'Zandvenne', street: 'Rietlanden 4', desc: 'Bijna-thuis-huis met vier kamers voor mensen in de laatste levensfase.' }, [
  svc('Hospicezorg', 'Wanneer thuis sterven niet mogelijk of niet gewenst is, kunt u hier de laatste weken doorbrengen in een huiselijke omgeving, met zorg van vrijwilligers, verpleegkundigen en uw eigen huisarts.', ['palliatief'], { area: REGIO, apply: 'Levensverwachting minder dan drie maanden; aanmelden via de huisarts of uzelf.' }),
  svc('Vrijwilligers voor het hospice gezocht', 'Wij zoeken mensen voor zorg, keuken, tuin en gastvrouw/gastheer. Met een introductietraining.', ['vrijwilligerswerk'], { area: REGIO }),
]);
org({ name: 'VPTZ Bremvoorde e.o.', alt: 'Vrijwilligers Palliatieve Terminale Zorg', place: 'Centrum', street: 'Gasthuisstraat 13', desc: 'Getrainde vrijwilligers die thuis waken en ondersteunen in de laatste levensfase.' }, [
  svc('Vrijwillige terminale thuiszorg', 'Vrijwilligers waken ’s nachts of zijn overdag aanwezig zodat de mantelzorger kan rusten of boodschappen doen. Aanvullend op de professionele zorg.', ['palliatief', 'respijt'], { area: REGIO, fees: 'Gratis.' }),
]);
org({ name: 'Netwerk Palliatieve Zorg Bremvoorde', place: 'Ganzenweide', street: 'Ziekenhuislaan 1', desc: 'Samenwerkingsverband van zorgaanbieders in de palliatieve zorg.' }, [
  svc('Informatiepunt palliatieve zorg', 'Voor patiënten, naasten en zorgverleners: welke mogelijkheden zijn er als genezing niet meer kan? Over thuis sterven, hospice, euthanasie en ondersteuning van naasten.', ['palliatief'], { area: REGIO }),
  svc('Consultatieteam palliatieve zorg (voor professionals)', 'Advies voor huisartsen en verpleegkundigen bij complexe palliatieve situaties.', ['palliatief'], { area: REGIO, elig: 'Alleen voor zorgverleners.' }),
]);
org({ name: 'Stichting Rouwkring Bremvoorde', place: 'Molenakker', street: 'Kapelweg 3', desc: 'Rouwgroepen en rouwbegeleiding door getrainde vrijwilligers en een rouwtherapeut.' }, [
  svc('Rouwgroep volwassenen', 'Acht bijeenkomsten voor mensen die een partner, kind, ouder of ander dierbaar iemand hebben verloren. Ook als het overlijden al langer geleden is.', ['rouw'], { area: REGIO }),
  svc('Kinderrouwgroep Vlinders', 'Voor kinderen van 6 tot 12 jaar van wie een ouder, broer, zus of opa of oma is overleden. Met spel, tekenen en praten.', ['rouw'], { area: REGIO }),
  svc('Rouwwandeling', 'Maandelijkse wandeling met anderen die iemand missen. Samen lopen, praten hoeft niet.', ['rouw', 'ontmoeting'], { area: REGIO, phone: false }),
]);
org({ name: 'Praktijk voor Rouw en Verlies De Overkant', place: 'Aschwolde', street: 'Beukenlaan 2', desc: 'Rouwtherapeut.' }, [
  svc('Rouwbegeleiding individueel', 'Zie website.', ['rouw'], { area: REGIO }),
]);
org({ name: 'Stichting Levensmoed Veenmark', place: 'Centrum', street: 'Torenstraat 2', desc: 'Regionale stichting voor suïcidepreventie en nazorg voor nabestaanden.' }, [
  svc('Lotgenotengroep nabestaanden na zelfdoding', 'Voor ouders, partners, kinderen, broers, zussen en vrienden van iemand die uit het leven is gestapt, ook als dat jaren geleden is. Begeleid door een ervaringsdeskundige en een rouwtherapeut.', ['rouw'], { area: REGIO }),
  svc('Gatekeepertraining suïcidepreventie', 'Training van een dagdeel voor mensen die in hun werk of vrijwilligerswerk met kwetsbare mensen te maken hebben: signalen herkennen, het gesprek over zelfdoding aangaan en doorverwijzen. Ook voor teams van scholen, kerken en sportclubs.', ['training-suicidepreventie'], { area: REGIO, fees: 'Gratis voor organisaties in de regio.' }),
  svc('Mental Health First Aid (MHFA)', 'Cursus van vier avonden: eerste hulp bij psychische problemen, zoals bij paniek, depressie, psychose en suïcidale gedachten. Voor iedereen vanaf 18 jaar. Also in English on request.', ['training-suicidepreventie'], { area: REGIO, lang: ['nl', 'en'] }),
]);
org({ name: 'EHBO-vereniging Bremvoorde', place: 'Molenakker', street: 'Sportlaan 2', desc: 'EHBO-vereniging.' }, [
  svc('EHBO-diplomacursus', 'Opleiding voor het EHBO-diploma met de vaardigheden voor eerste hulp bij ongelukken, inclusief reanimatie.', ['ehbo'], { area: REGIO }),
  svc('Reanimatie- en AED-cursus', 'Eén avond leren reanimeren en de AED gebruiken. Word daarna burgerhulpverlener.', ['ehbo'], { area: REGIO, fees: '€ 25,-' }),
  svc('EHBO aan baby’s en kinderen', 'Cursus voor ouders, grootouders en gastouders.', ['ehbo'], { area: REGIO }),
]);

// ——— Beperking, respijt, dagbesteding, toegang tot zorg ——————————————————————
org({ name: 'Stichting Sterk Wonen', place: 'Molenakker', street: 'Wilgenlaan 30', desc: 'Gehandicaptenzorg voor kinderen en volwassenen met een verstandelijke beperking (VG) of meervoudige beperking.' }, [
  svc('Wonen met zorg voor mensen met een verstandelijke beperking', 'Kleinschalige woongroepen met begeleiding dag en nacht, met Wlz-indicatie (VG-profiel).', ['beperking', 'wlz'], { area: REGIO }),
  svc('Ambulante begeleiding LVB', 'Begeleiding thuis voor jongeren en volwassenen met een licht verstandelijke beperking: plannen, geld, werk, relaties. In eenvoudige taal en met veel uitleg.', ['lvb', 'ambulante-begeleiding'], { area: REGIO }),
  svc('Logeren en naschoolse opvang voor kinderen met een beperking', 'Logeerweekenden en opvang na school, zodat ouders even kunnen bijtanken.', ['beperking', 'respijt'], { area: REGIO }),
]);
org({ name: 'Logeerhuis De Zwaluw', place: 'Klaverdijk', street: 'Zwaluwweg 3', desc: 'Logeerhuis voor volwassenen met een beperking, NAH of dementie.' }, [
  svc('Logeren voor volwassenen (respijtzorg)', 'Een weekend of een week logeren in een gastvrij huis, zodat uw mantelzorger er even tussenuit kan.', ['respijt', 'beperking'], { area: REGIO }),
]);
org({ name: 'Stichting Even Vrij', place: 'Ruigeveld', street: 'Esweg 11', desc: 'Vrijwillige thuisoppas voor mantelzorgers.' }, [
  svc('Vrijwillige oppas bij u thuis', 'Een vrijwilliger blijft een dagdeel bij uw naaste, zodat u zelf naar de kapper, een verjaardag of gewoon even weg kunt.', ['respijt', 'mantelzorg'], { area: REGIO, fees: 'Gratis.' }),
]);
org({ name: 'Zorgboerderij De Klaverhoeve', place: 'Klaverdijk', street: 'Hoevepad 7', desc: 'Zorgboerderij met dagbesteding voor ouderen, mensen met een beperking en jongeren.' }, [
  svc('Dagbesteding op de boerderij', 'Werken met de dieren, in de moestuin of in de werkplaats. Voor ouderen, mensen met dementie en volwassenen met een beperking.', ['dagbesteding'], { area: REGIO, apply: 'Met een Wmo-indicatie, Wlz-indicatie of pgb.' }),
  svc('Dagbesteding jongeren met LVB of autisme', 'Een rustige plek met duidelijke structuur voor jongeren van 16 tot 27 die (nog) niet naar school of werk kunnen.', ['dagbesteding', 'lvb', 'autisme'], { area: REGIO }),
]);
org({ name: 'Dagactiviteitencentrum Het Ankerpunt', place: 'Kanaalzijde', street: 'Werfstraat 9', desc: 'Dagbesteding voor volwassenen met psychische kwetsbaarheid.' }, [
  svc('Dagbesteding ggz', 'Houtbewerking, koken, fietsenmaken en computerwerk. Structuur in de week, met begeleiders die weten wat psychische kwetsbaarheid betekent.', ['dagbesteding'], { area: REGIO }),
]);
org({ name: 'Stichting Zo Gezegd', place: 'Centrum', street: 'Weverstraat 4', desc: 'Steunpunt voor mensen met een licht verstandelijke beperking en hun omgeving.' }, [
  svc('Spreekuur LVB: uitleg in makkelijke taal', 'Snap je een brief niet? Weet je niet waar je heen moet met een vraag? Kom langs. We leggen het rustig uit en gaan zo nodig met je mee.', ['lvb'], { area: REGIO }),
  svc('Budgettraining in makkelijke taal', 'Leren omgaan met geld in kleine stappen, met plaatjes en oefeningen.', ['lvb', 'geldzorgen'], { area: REGIO }),
]);
org({ name: 'Cliëntondersteuning Veenmark', alt: 'CoV', place: 'Centrum', street: 'Weverstraat 6', desc: 'Onafhankelijke cliëntondersteuning voor alle inwoners van de regio, los van gemeente en zorgaanbieders.' }, [
  svc('Onafhankelijke cliëntondersteuning (Wmo, Jeugdwet, Wlz)', 'Een cliëntondersteuner staat naast u: bereidt het keukentafelgesprek met u voor, gaat mee, helpt bij een bezwaarschrift en denkt mee over zorg, wonen, werk en inkomen. Gratis en onafhankelijk.', ['clientondersteuning'], { area: REGIO, fees: 'Gratis.' }),
  svc('Levensloopbegeleiding bij een beperking', 'Voor mensen met een verstandelijke of lichamelijke beperking, autisme of NAH en hun ouders: een vaste cliëntondersteuner voor alle levensfasen (school, werk, wonen, Wlz).', ['clientondersteuning', 'beperking', 'autisme', 'nah'], { area: REGIO }),
]);
org({ name: 'PGB Steunpunt Bremvoorde', place: 'Ganzenweide', street: 'Heidepad 5', desc: 'Vrijwilligers en budgethouders die elkaar helpen met het pgb.' }, [
  svc('Pgb-spreekuur', 'Vragen over het persoonsgebonden budget: aanvragen, zorgovereenkomsten, de SVB, declareren, verantwoorden.', ['pgb'], { area: REGIO }),
  svc('Cursus budgethouder worden', 'Twee avonden over wat er komt kijken bij een pgb (Wmo, Jeugdwet, Wlz of Zvw).', ['pgb'], { area: REGIO }),
]);
org({ name: 'Zorgkantoor Veenmark', place: 'Centrum', street: 'Stationsweg 40', desc: 'Zorgkantoor voor de Wet langdurige zorg in de provincie Veenmark.' }, [
  svc('Informatie Wlz en zorgbemiddeling', 'Heeft u een Wlz-indicatie van het CIZ? Het zorgkantoor helpt bij het kiezen van een verpleeghuis of instelling, bij wachtlijsten en bij het regelen van zorg thuis (volledig pakket thuis of modulair pakket thuis).', ['wlz'], { area: REGIO }),
  svc('Wlz-pgb', 'Zorg uit de Wlz zelf inkopen met een persoonsgebonden budget.', ['wlz', 'pgb'], { area: REGIO, phone: false }),
]);
org({ name: 'Autisme Netwerk Bremland', place: 'Ganzenweide', street: 'Heidepad 5', desc: 'Vereniging van mensen met autisme, ouders en professionals.' }, [
  svc('Autismecafé', 'Elke tweede zaterdag: ontmoeting en informatie voor volwassenen met autisme en hun naasten. Prikkelarm ingericht.', ['autisme', 'ontmoeting'], { area: REGIO }),
  svc('Oudergroep: kind met autisme', 'Ervaringen delen met andere ouders van kinderen met (een vermoeden van) autisme.', ['autisme', 'opvoeden'], { area: REGIO }),
]);
org({ name: 'Hersenletsel Steunpunt Veenmark', place: 'Molenakker', street: 'Akkerweg 21', desc: 'Steunpunt voor mensen met niet-aangeboren hersenletsel (NAH) en hun naasten.' }, [
  svc('NAH-inloop', 'Na een beroerte, hersenbloeding, ongeluk of hersentumor is alles anders. In de inloop praat u met mensen die dat kennen. Partners zijn ook welkom.', ['nah', 'ontmoeting'], { area: REGIO }),
  svc('Dagbesteding NAH', 'Dagbesteding voor volwassenen met hersenletsel, gericht op het oefenen van vaardigheden en het omgaan met vermoeidheid.', ['nah', 'dagbesteding'], { area: REGIO }),
  svc('Ambulante begeleiding NAH', 'Begeleiding thuis door een NAH-deskundige: structuur, planning en overzicht.', ['nah', 'ambulante-begeleiding'], { area: REGIO }),
]);
org({ name: 'Uitleenpunt Zorghulpmiddelen Bremvoorde', place: 'Kanaalzijde', street: 'Dokweg 20', desc: 'Uitleen van hulpmiddelen.' }, [
  svc('Uitleen hulpmiddelen', 'Krukken, rolstoel, rollator, douchestoel of hoog-laagbed te leen voor maximaal 26 weken, bijvoorbeeld na een operatie. Vaak vergoed door uw zorgverzekeraar.', ['hulpmiddelen'], { area: REGIO, hours: 'Ma t/m vr 9.00-17.00 uur.' }),
]);
org({ name: 'Ergotherapie Bremvoorde', place: 'Centrum', street: 'Lindelaan 11', desc: 'Ergotherapiepraktijk.' }, [
  svc('Ergotherapie aan huis', 'Advies over hulpmiddelen en handige oplossingen zodat u dagelijkse dingen weer zelf kunt: aankleden, koken, douchen, traplopen. Tien uur per jaar vergoed.', ['hulpmiddelen', 'woningaanpassing'], { area: REGIO, fees: VERZEKERD }),
]);
org({ name: 'Regiotaxi Veenmark', place: 'Centrum', street: 'Stationsweg 2', desc: 'Vraagafhankelijk vervoer in de provincie Veenmark.' }, [
  svc('Regiotaxi (Wmo-vervoer)', 'Deur-tot-deurvervoer in een gedeelde taxi. Met een Wmo-vervoerspas reist u tegen een lager tarief. Rolstoel en rollator kunnen mee. Een uur van tevoren reserveren.', ['vervoer'], { area: REGIO, fees: 'Met Wmo-pas € 1,10 per zone.' }),
  svc('Rolstoeltaxi voor ziekenhuisbezoek', 'Vervoer in de eigen rolstoel naar ziekenhuis of revalidatiecentrum; soms vergoed door de zorgverzekeraar.', ['vervoer'], { area: REGIO }),
]);

// ——— Wonen, dakloosheid en veiligheid ———————————————————————————————————————
org({ name: 'Woonstichting Brem & Veld', place: 'Centrum', street: 'Veldstraat 1', desc: 'Woningcorporatie met sociale huurwoningen in de vier gemeenten.' }, [
  svc('Huurwoning zoeken', 'Ons aanbod staat op WoonWijzer Veenmark. Een woonconsulent legt uit hoe het werkt, bijvoorbeeld als u voor het eerst zoekt of met spoed moet verhuizen.', ['woningzoeken'], { area: REGIO }),
  svc('Huurachterstand? Bel ons op tijd', 'Kunt u de huur niet betalen? Neem meteen contact op. Samen maken we een betalingsregeling en we verwijzen naar schuldhulp. Zo voorkomen we samen een ontruiming.', ['schulden'], { area: REGIO }),
  svc('Seniorenwoningen en verhuiscoach', 'Is uw huis te groot of heeft het te veel trappen? Een verhuiscoach helpt u bij het zoeken naar een gelijkvloerse woning en bij de verhuizing.', ['woningzoeken'], { area: REGIO }),
  svc('Aanpassingen in uw huurwoning', 'Kleine aanpassingen zoals beugels, een verhoogd toilet of een extra trapleuning doen wij zelf. Grotere via de Wmo.', ['woningaanpassing'], { area: REGIO }),
]);
org({ name: 'WoonWijzer Veenmark', place: 'Centrum', street: 'Veldstraat 1', desc: 'Regionaal woonruimteverdeelsysteem.' }, [
  svc('Inschrijven als woningzoekende', 'Schrijf u online in om te reageren op sociale huurwoningen in de regio. Hoe langer u ingeschreven staat, hoe meer kans.', ['woningzoeken'], { online: true, area: REGIO, fees: '€ 15,- per jaar.' }),
]);
org({ name: 'Huurteam Bremvoorde', place: 'Ganzenweide', street: 'Campuslaan 9', desc: 'Gratis advies voor huurders. Free advice for tenants.' }, [
  svc('Huurteam: advies bij problemen met de verhuurder', 'Te hoge huur, achterstallig onderhoud, schimmel, borg niet terug of een huurverhoging die niet klopt? Het huurteam rekent het na en helpt u, zo nodig tot bij de huurcommissie. For students and internationals too.', ['juridisch', 'studenten', 'internationals'], { area: REGIO, lang: ['nl', 'en'] }),
]);
org({ name: 'Stichting Onderdak Bremvoorde', place: 'Kanaalzijde', street: 'Lijnbaan 3', desc: 'Maatschappelijke opvang voor dak- en thuislozen in de regio (centrumgemeente Bremvoorde).' }, [
  svc('Nachtopvang De Haven', 'Een slaapplaats voor de nacht voor mensen zonder dak boven het hoofd. Inloop vanaf 21.00 uur, ontbijt tot 8.30 uur. Zonder aanmelding; bij de eerste nacht volgt een gesprek.', ['dakloos'], { area: REGIO, hours: 'Dagelijks 21.00-9.00 uur.' }),
  svc('Dagopvang en douche', 'Overdag warm zitten, douchen, kleren wassen, een maaltijd en een gesprek met een maatschappelijk werker.', ['dakloos'], { area: REGIO }),
  svc('Postadres voor dak- en thuislozen', 'Zonder woonadres heeft u een briefadres nodig voor uw uitkering en zorgverzekering. U kunt uw post hier laten bezorgen.', ['dakloos'], { area: REGIO, phone: false }),
  svc('Housing First', 'Eerst een eigen woning, dan verder: voor dakloze mensen met meerdere problemen, met intensieve begeleiding thuis.', ['dakloos', 'ambulante-begeleiding'], { area: REGIO }),
  svc('Straatteam (outreach)', 'Het straatteam zoekt mensen op die buiten slapen of in hun auto wonen, en mensen die dreigen dakloos te raken.', ['dakloos', 'bemoeizorg'], { area: REGIO }),
]);
org({ name: 'Vrouwenopvang De Schuilhaven', place: 'Centrum', street: 'Onbekend 1', secretAddress: true, desc: 'Opvang en hulp voor vrouwen, mannen en kinderen die thuis niet veilig zijn. Het adres is geheim.' }, [
  svc('Opvang op een geheim adres', 'Als u thuis niet veilig bent door geweld van uw partner, ex of familie, kunt u met uw kinderen tijdelijk bij ons wonen. U werkt met een hulpverlener aan veiligheid en een nieuw begin.', ['vrouwenopvang', 'huiselijk-geweld'], { area: REGIO }),
  svc('Ambulante hulp na huiselijk geweld', 'Hulp aan huis of op kantoor voor wie niet (meer) in de opvang woont: veiligheidsplan, traumaverwerking, praktische zaken.', ['huiselijk-geweld'], { area: REGIO }),
  svc('Safe shelter for internationals', 'If you are not safe at home and you are new to the Netherlands, we can help in English. Your residence permit does not have to stop you from getting help.', ['vrouwenopvang', 'huiselijk-geweld', 'internationals'], { area: REGIO, lang: ['en', 'pl'] }),
]);
org({ name: 'Steunpunt Huiselijk Geweld Bremvoorde', place: 'Centrum', street: 'Raadhuisplein 4', desc: 'Regionaal steunpunt voor de aanpak van huiselijk geweld en kindermishandeling.' }, [
  svc('Advies en hulp bij huiselijk geweld', 'Voor iedereen die thuis wordt bedreigd, geslagen, vernederd of gecontroleerd, en voor wie zich zorgen maakt om een ander. Wij luisteren, adviseren en zoeken samen naar veiligheid, ook voor de kinderen.', ['huiselijk-geweld'], { area: REGIO }),
  svc('Hulp voor plegers: Stop het geweld', 'Voor mannen en vrouwen die thuis geweld gebruiken of bang zijn dat te doen en willen veranderen. Groepstraining en individuele gesprekken.', ['huiselijk-geweld'], { area: REGIO }),
  svc('Ouderenmishandeling: advies voor familie en buren', 'Wordt een oudere in uw omgeving financieel uitgebuit, verwaarloosd of mishandeld? Wij denken mee over wat u kunt doen.', ['huiselijk-geweld'], { area: REGIO }),
  svc('Training meldcode huiselijk geweld en kindermishandeling', 'Voor beroepskrachten in zorg, onderwijs en kinderopvang: werken met de vijf stappen van de meldcode en het afwegingskader.', ['meldcode-training'], { area: REGIO, elig: 'Voor professionals.' }),
]);

// ——— Geld en bestaanszekerheid ——————————————————————————————————————————————————
org({ name: 'Geldmaatjes Bremvoorde', place: 'Molenakker', street: 'Akkerweg 19', desc: 'Getrainde vrijwilligers die mensen helpen hun geldzaken op orde te brengen.' }, [
  svc('Een geldmaatje aan je zijde', 'Stapels ongeopende post? Geen idee wat er binnenkomt en wat eruit gaat? Een geldmaatje komt een jaar lang bij je thuis en helpt je overzicht te maken, rekeningen te ordenen en te voorkomen dat het erger wordt. Geen oordeel.', ['geldzorgen'], { area: REGIO, fees: 'Gratis.' }),
]);
org({ name: 'Stichting Rond met Geld', place: 'Ellerholt', street: 'Kerkweg 4', desc: 'Financiële hulpverlening; voert de schuldhulp uit voor de gemeente Ellerholt.' }, [
  svc('Budgetcursus Rondkomen', 'Vier ochtenden over inkomsten en uitgaven, besparen op vaste lasten, toeslagen en kopen op afbetaling. In een kleine groep.', ['geldzorgen'], { area: REGIO }),
  svc('Thuisadministratie', 'Een vrijwilliger helpt u thuis met het ordenen van uw post en administratie.', ['formulierenhulp', 'geldzorgen'], { area: REGIO }),
  svc('Schuldhulpverlening (uitvoering voor Ellerholt)', 'Schuldregeling en begeleiding voor inwoners van Ellerholt en Zandvenne; aanmelden via het Zorgloket.', ['schulden'], { area: ['Ellerholt'] }),
]);
org({ name: 'Bewindvoerderskantoor Zekerheid', place: 'Aschwolde', street: 'Stationsstraat 8', desc: 'Professioneel bewindvoerder, mentor en curator (aangesloten bij een branchevereniging).' }, [
  svc('Beschermingsbewind', 'Als u uw geldzaken niet (meer) zelf kunt regelen door schulden, ziekte of een beperking, kan de kantonrechter een bewindvoerder benoemen. Wij beheren uw inkomen en betalen de vaste lasten.', ['bewindvoering'], { area: REGIO, fees: 'Tarieven volgens de landelijke regeling; vaak via bijzondere bijstand.' }),
  svc('Mentorschap en curatele', 'Voor mensen die ook in zorgbeslissingen ondersteuning nodig hebben.', ['bewindvoering'], { area: REGIO, phone: false }),
]);
org({ name: 'Stichting Noodfonds Bremvoorde', place: 'Centrum', street: 'Kerkstraat 22', desc: 'Fonds van kerken en particulieren.' }, [
  svc('Noodfonds: eenmalige hulp in acute geldnood', 'Als er echt geen andere regeling is en u morgen geen eten kunt kopen of het gas wordt afgesloten, kan het noodfonds eenmalig helpen. Alleen via een hulpverlener aan te vragen.', ['geldzorgen'], { area: REGIO, apply: 'Via het sociaal team, maatschappelijk werk of schuldhulp.' }),
]);
org({ name: 'Ondernemersnetwerk In Zwaar Weer', place: 'Ganzenweide', street: 'Handelsweg 3', desc: 'Gepensioneerde ondernemers die collega-ondernemers helpen.' }, [
  svc('Gratis hulp voor ondernemers met geldzorgen', "Vrijwillige coaches (oud-ondernemers, accountants) helpen zzp'ers en kleine ondernemers die in de problemen zitten: schulden bij de Belastingdienst, te weinig opdrachten, stoppen of doorstarten.", ['zelfstandigen'], { area: REGIO, fees: 'Gratis.' }),
]);
org({ name: 'Voedselbank Bremvoorde', place: 'Molenakker', street: 'Industrieweg 44', desc: 'Voedselhulp voor huishoudens die (tijdelijk) niet genoeg geld hebben voor eten.' }, [
  svc('Voedselpakket', 'Wekelijks een pakket met levensmiddelen. U heeft een verwijzing nodig van een hulpverlener; wij toetsen uw inkomen en uitgaven.', ['voedselbank'], { area: REGIO, apply: 'Via sociaal team, maatschappelijk werk, schuldhulp of Nieuw Thuis.' }),
  svc('Uitgiftepunt Aschwolde', 'Uitgifte op vrijdagmiddag in het dorpshuis.', ['voedselbank'], { area: ['Aschwolde'], at: { name: 'Dorpshuis Aschwolde', street: 'Brink 7', place: 'Aschwolde' }, phone: false }),
]);
org({ name: 'Sociale Supermarkt De Schaal', place: 'Kanaalzijde', street: 'Havenweg 20', desc: 'Winkel voor mensen met een laag inkomen.' }, [
  svc('Boodschappen met korting', 'Met een klantenpas koopt u boodschappen voor een fractie van de prijs. De pas krijgt u als u een Bremvoorde Pas heeft.', ['voedselbank'], { area: ['Bremvoorde'] }),
]);
org({ name: 'Kledingbank De Jas', place: 'Ganzenweide', street: 'Weidelaan 60', desc: 'Kledingbank.' }, [
  svc('Gratis kleding', 'Vier keer per jaar gratis nette, schone kleding en schoenen uitzoeken voor het hele gezin.', ['kledingbank'], { area: REGIO, apply: 'Met een verwijsbrief of uw Bremvoorde Pas.' }),
  svc('Babybank', 'Babykleding, een kinderwagen, badje en box voor ouders die het niet kunnen betalen.', ['kledingbank'], { area: REGIO }),
]);
org({ name: 'Stichting Meedoen Bremvoorde', place: 'Molenakker', street: 'Sportlaan 1', desc: 'Fonds dat de contributie voor sport en cultuur betaalt voor kinderen uit gezinnen met een laag inkomen.' }, [
  svc('Sport- en cultuurfonds voor kinderen', 'Voetbal, dansles, muziekles of scouting, ook als het geld er niet is. De intermediair (leerkracht, wijkteam, jongerenwerker) vraagt het voor je aan; wij betalen rechtstreeks aan de club.', ['sport-minima'], { area: REGIO, elig: 'Kinderen van 4 tot 18 jaar.' }),
  svc('Zwemles voor ieder kind', 'Ieder kind moet kunnen zwemmen. Wij betalen de zwemles voor het A- en B-diploma.', ['sport-minima'], { area: REGIO }),
]);
org({ name: 'Raadsliedenwerk Bremvoorde', place: 'Centrum', street: 'Kerkstraat 26', desc: 'Sociaal raadslieden: gratis juridisch en financieel advies voor particulieren.' }, [
  svc('Sociaal raadslieden', 'Juridische en administratieve hulp bij belastingen, toeslagen, uitkeringen, huur, arbeid, consumentenzaken, vreemdelingenrecht en bezwaarschriften. U hoeft geen advocaat te betalen.', ['juridisch', 'formulierenhulp'], { area: REGIO, fees: 'Gratis.', hours: 'Spreekuur zonder afspraak: di en do 9.00-12.00 uur.' }),
]);
org({ name: 'Rechtswinkel Bremvoorde', place: 'Ganzenweide', street: 'Campuslaan 9', desc: 'Gratis juridisch spreekuur door rechtenstudenten onder toezicht van advocaten.' }, [
  svc('Gratis juridisch spreekuur', 'Een juridisch probleem met werk, huur, een aankoop, scheiding of een boete? Rechtenstudenten zoeken het voor u uit.', ['juridisch'], { area: REGIO, fees: 'Gratis.' }),
  svc('Free legal advice for internationals and students', 'Questions about your employment contract, housing, visa or a fine? Free consultations in English.', ['juridisch', 'internationals', 'studenten'], { area: REGIO, lang: ['en'] }),
]);

// ——— Taal, digitaal, inburgering, internationals ——————————————————————————————
org({ name: 'Bibliotheek Bremland', place: 'Centrum', street: 'Markt 2', desc: 'Openbare bibliotheek met vestigingen in Bremvoorde-Centrum, Molenakker en Aschwolde.' }, [
  svc('Taalhuis', 'Wilt u beter Nederlands spreken, lezen of schrijven? Het Taalhuis zoekt samen met u een cursus, een taalmaatje of een oefengroep die bij u past. Ook voor mensen die Nederlands als moedertaal hebben en moeite hebben met lezen.', ['taal', 'laaggeletterdheid'], { area: REGIO }),
  svc('Informatiepunt Digitale Overheid', 'Hulp bij DigiD, MijnOverheid, de Belastingdienst en andere overheidswebsites. Ook als u geen computer heeft.', ['digitaal'], { area: REGIO, fees: 'Gratis, ook voor niet-leden.' }),
  svc('Klik & Tik: cursus internet voor beginners', 'Leer in je eigen tempo werken met de computer, e-mail en internet.', ['digitaal'], { area: REGIO }),
  svc('Taalcafé', 'Elke zaterdagochtend Nederlands oefenen in een ontspannen sfeer met vrijwilligers en andere leerders.', ['taal', 'ontmoeting'], { area: REGIO }),
]);
org({ name: 'Stichting Taalkracht', place: 'Molenakker', street: 'Akkerweg 19', desc: 'Vrijwilligersorganisatie voor taal en basisvaardigheden.' }, [
  svc('Taalmaatje', 'Een vrijwilliger oefent een jaar lang elke week met u Nederlands, over de dingen die u in het dagelijks leven nodig heeft.', ['taal'], { area: REGIO }),
  svc('Lezen en schrijven voor volwassenen', 'Kleine groep voor mensen die in Nederland naar school zijn gegaan en toch moeite hebben met lezen, schrijven of formulieren. Niemand hoeft het te weten.', ['laaggeletterdheid'], { area: REGIO }),
  svc('Rekenen en geld', 'Oefenen met rekenen in het dagelijks leven: prijzen vergelijken, een begroting, pinnen.', ['laaggeletterdheid'], { area: REGIO, phone: false }),
]);
org({ name: 'Volwassenenonderwijs Veenmark', place: 'Ganzenweide', street: 'Onderwijslaan 10', desc: 'Opleidingen voor volwassenen (onderdeel van het regionale mbo).' }, [
  svc('NT2-cursus (Nederlands als tweede taal)', 'Nederlands leren op niveau A1 tot B2, in de ochtend of de avond. Geschikt voor inburgering en voor werk. Also for expats who want to learn Dutch.', ['taal', 'inburgering', 'internationals'], { area: REGIO, lang: ['nl', 'en'], fees: 'Gratis voor inburgeraars; anders cursusgeld.' }),
  svc('Basisvaardigheden taal en rekenen', 'Voor volwassenen die hun Nederlands, rekenen en digitale vaardigheden willen verbeteren; vaak gratis via de gemeente.', ['laaggeletterdheid', 'digitaal'], { area: REGIO }),
]);
org({ name: 'DigiHulp Senioren Bremvoorde', place: 'Centrum', street: 'Bagijnenstraat 6', desc: 'Vrijwilligers helpen ouderen met computer en telefoon.' }, [
  svc('Computerhulp aan huis', 'Loopt uw computer vast, lukt videobellen met de kleinkinderen niet, of moet u iets met DigiD? Een vrijwilliger komt langs.', ['digitaal'], { area: REGIO, fees: '€ 5,- per bezoek.' }),
  svc('Smartphone-inloop', 'Elke donderdagmiddag vragen stellen over uw telefoon of tablet.', ['digitaal'], { area: ['Bremvoorde'], phone: false }),
]);
org({ name: 'Stichting Nieuw Thuis Bremvoorde', place: 'Kanaalzijde', street: 'Havenweg 31', desc: 'Begeleiding van vluchtelingen en nieuwkomers in de regio.' }, [
  svc('Maatschappelijke begeleiding statushouders', 'Het eerste jaar in uw nieuwe gemeente: hulp bij huis, bank, zorgverzekering, huisarts, school voor de kinderen en post.', ['inburgering'], { area: REGIO, lang: ['nl', 'en', 'ar', 'ti', 'fa'] }),
  svc('Spreekuur voor nieuwkomers met tolk', 'Vragen over brieven, gezinshereniging, inburgering of geld? Kom langs. Er is een tolk Arabisch, Tigrinya of Dari.', ['inburgering', 'formulierenhulp'], { area: REGIO, lang: ['ar', 'ti', 'fa'] }),
  svc('Support for Ukrainian refugees', 'Help with registration, living allowance, work and school for people from Ukraine. Допомога українцям.', ['inburgering'], { area: REGIO, lang: ['uk', 'en'] }),
  svc('Vrouwengroep Samen Sterk', 'Wekelijkse groep voor vrouwen die nieuw zijn in Nederland: Nederlands oefenen, koken, gezondheid, opvoeden.', ['inburgering', 'ontmoeting'], { area: REGIO }),
]);
org({ name: 'International Welcome Point Bremvoorde', place: 'Centrum', street: 'Stationsplein 6', desc: 'Information centre for internationals, knowledge migrants, expats and their families in the Bremvoorde region.' }, [
  svc('Welcome desk: registration, BSN and first steps', 'Just moved here? Register with the municipality, get your BSN, open a bank account, choose health insurance and find a GP and school. We explain how things work in the Netherlands.', ['internationals'], { area: REGIO, lang: ['en'] }),
  svc('Partner career programme', 'Workshops and networking for partners of international employees who want to find work in the region.', ['internationals', 'werk'], { area: REGIO, lang: ['en'] }),
]);
org({ name: 'Expat Spouse Network Bremvoorde', place: 'Ganzenweide', street: 'Weidelaan 2', desc: 'Volunteer-run network for internationals.' }, [
  svc('Coffee mornings and newcomer meet-ups', 'Feeling a bit lost or lonely in a new country? Join our weekly coffee mornings, walks and family picnics. All nationalities welcome.', ['internationals', 'ontmoeting', 'eenzaamheid'], { area: REGIO, lang: ['en'], phone: false }),
]);
org({ name: 'Hogeschool Bremland', place: 'Ganzenweide', street: 'Campuslaan 1', desc: 'University of applied sciences. Student services for Dutch and international students.' }, [
  svc('Studentpsycholoog / student psychologist', 'Short-term counselling for students with stress, low mood, fear of failure or study problems. Kortdurende begeleiding voor studenten.', ['studenten', 'stress', 'somberheid', 'angst'], { lang: ['nl', 'en'], elig: 'Ingeschreven studenten.' }),
  svc('Studentendecaan', 'Advies bij studievertraging door ziekte, mantelzorg of een beperking, financiële ondersteuning uit het profileringsfonds en studiekeuze.', ['studenten'] ),
  svc('International Student Buddy Programme', 'Get matched with a senior student who helps you settle in: housing, bike, GP, and finding friends.', ['studenten', 'internationals', 'ontmoeting'], { lang: ['en'] }),
]);
org({ name: 'Re-integratiebureau Op Koers', place: 'Centrum', street: 'Stationsweg 22', desc: 'Re-integratie en loopbaanbegeleiding.' }, [
  svc('Loopbaancoaching en sollicitatietraining', 'Een cv maken, solliciteren via LinkedIn, een sollicitatiegesprek oefenen. Voor werkzoekenden met of zonder uitkering.', ['werk'], { area: REGIO }),
  svc('IPS: werk vinden met psychische problemen', 'Individuele Plaatsing en Steun: een trajectbegeleider helpt u aan betaald werk, samen met uw behandelaar.', ['werk'], { area: REGIO }),
]);

// ——— Ontmoeting, sport en meedoen ——————————————————————————————————————————————
org({ name: 'Buurthuis De Kandelaar', place: 'Kanaalzijde', street: 'Schippersstraat 2', desc: 'Buurthuis in Kanaalzijde, gerund door bewoners met ondersteuning van WeBrem.' }, [
  svc('Open inloop met koffie', 'Elke ochtend staat de koffie klaar. Voor een praatje, de krant of een spelletje.', ['ontmoeting', 'eenzaamheid'], { hours: 'Ma t/m vr 9.30-12.00 uur.' }),
  svc('Eettafel op donderdag', 'Samen eten voor een klein bedrag. Opgeven tot woensdag.', ['maaltijden', 'ontmoeting'], { fees: '€ 4,50.' }),
]);
org({ name: 'Dorpshuis De Spil', place: 'Zandvenne', street: 'Veldweg 1', desc: 'Dorpshuis van Zandvenne.' }, [
  svc('Koffieochtend en biljart', 'Zie website.', ['ontmoeting'], { area: ['Ellerholt'] }),
]);
org({ name: 'Sportbedrijf Bremvoorde', place: 'Molenakker', street: 'Sportlaan 10', desc: 'Sportaccommodaties en buurtsportcoaches.' }, [
  svc('Buurtsportcoach', 'De buurtsportcoach helpt je een sport of beweeggroep te vinden die bij je past, ook als je lang niet hebt gesport, een beperking hebt of weinig geld.', ['bewegen'], { area: REGIO }),
  svc('Meer Bewegen voor Ouderen (MBvO)', 'Gymnastiek en balansoefeningen voor 55-plussers in buurthuizen en dorpshuizen.', ['bewegen', 'valpreventie'], { area: REGIO }),
  svc('Aangepast sporten (G-sport)', 'Sporten voor mensen met een lichamelijke of verstandelijke beperking: zwemmen, voetbal, boccia.', ['bewegen', 'beperking'], { area: REGIO }),
  svc('Sportkorting met de Bremvoorde Pas', 'Korting op zwemmen en fitness in de gemeentelijke accommodaties voor pashouders.', ['sport-minima'], { area: ['Bremvoorde'] }),
]);
org({ name: 'Roze Kring Bremland', place: 'Centrum', street: 'Torenstraat 20', desc: 'Vereniging voor lhbti+ mensen in de regio.' }, [
  svc('Roze Café', 'Maandelijkse ontmoetingsavond voor lesbiennes, homo’s, biseksuelen, transgender personen en iedereen die zich queer voelt.', ['lhbti', 'ontmoeting'], { area: REGIO }),
  svc('Jongerengroep Queer & Co (14-24)', 'Veilige plek voor lhbti+ jongeren. Ook als je nog twijfelt of niet uit de kast bent.', ['lhbti'], { area: REGIO, phone: false }),
  svc('Coming-out spreekuur', 'Een gesprek met een ervaren vrijwilliger over uit de kast komen, ook voor ouders.', ['lhbti'], { area: REGIO }),
]);
org({ name: 'Antidiscriminatievoorziening Veenmark', place: 'Centrum', street: 'Raadhuisplein 4', desc: 'Meld- en adviespunt discriminatie.' }, [
  svc('Discriminatie melden', 'Bent u gediscrimineerd op straat, op het werk, bij het zoeken naar een woning of door een instantie? Meld het. Wij registreren, adviseren en kunnen bemiddelen of helpen met een klacht. Reporting in English is possible.', ['discriminatie'], { area: REGIO, lang: ['nl', 'en'] }),
  svc('Workshops op scholen', 'Gastlessen over vooroordelen en discriminatie.', ['voorlichting', 'discriminatie'], { area: REGIO, phone: false }),
]);
