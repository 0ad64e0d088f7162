// Akkerveld: a made-up gemeente of about 55,000, formed in 2019 by merging the industrial town
// Ruwenbroek (its Vulcaan steel-wire factory closed in 2022) with four farming villages:
// Hoogakker, Lindeweerd, Zandstee and Oude Kamp. Many shift workers, older homeowners in the
// villages, a new housing estate (De Klaverhof) on the north side of Ruwenbroek.
// Publisher style: a "Wmo-portaal" built by an IT supplier as a product catalogue. Every service
// is a product: a category path ("Zorg > Thuis > Huishouden"), a product code ("PRD-0142"), a
// short marketing blurb and tick-box lines; the provider appears only as the organisation.
// Everything is fictional; postal codes 0450-0489 only, phones from the generator (0000-…).
import { addingTo, svc } from '../write-directory.mjs';

export const TOPICS = {
  huisarts: 'huisartsenzorg overdag: spreekuur, inschrijven bij een huisarts, lichamelijke klachten',
  huisartsenpost: 'huisartsenpost: dringende medische hulp buiten kantooruren (avond, nacht, weekend)',
  'poh-ggz': 'praktijkondersteuner GGZ bij de huisarts: korte begeleiding bij psychische klachten',
  'ggz-basis': 'basis-GGZ en psychologische behandeling (psycholoog, lichte tot matige klachten)',
  'ggz-specialistisch': 'specialistische GGZ en langdurige psychiatrische zorg, herstel, beschermd wonen, zorgmijders',
  somberheid: 'lichte psychische klachten: stress, somberheid, piekeren, burn-out, zelfhulp en preventie',
  suicidepreventie: 'suïcidepreventie zonder acuut gevaar: training, voorlichting, nazorg en steun rond suïcide',
  rouw: 'rouw en verlies: rouwverwerking, nabestaanden, lotgenoten',
  eenzaamheid: 'eenzaamheid: maatjes, bezoek, contact leggen, niemand hebben om mee te praten',
  ontmoeting: 'ontmoeten en meedoen: inloop, buurthuis, activiteiten, soos, koffieochtend',
  vrijwilligerswerk: 'vrijwilligerswerk vinden of doen',
  mantelzorg: 'ondersteuning van mantelzorgers: advies, lotgenoten, waardering, overbelasting',
  respijtzorg: 'respijtzorg: tijdelijke overname van zorg zodat de mantelzorger even vrij is (logeren, oppas)',
  dementie: 'dementie en geheugenproblemen: casemanagement, informatie, activiteiten voor mensen met dementie en naasten',
  dagbesteding: 'dagbesteding en dagactiviteiten met begeleiding (ouderen, mensen met een beperking)',
  'huishoudelijke-hulp': 'hulp in de huishouding: schoonmaken, was, huishoudelijke ondersteuning (Wmo of particulier)',
  wijkverpleging: 'wijkverpleging en thuiszorg: verpleging en persoonlijke verzorging thuis (wassen, aankleden, medicijnen)',
  hulpmiddelen: 'hulpmiddelen: rolstoel, scootmobiel, rollator en andere mobiliteitshulpmiddelen',
  woningaanpassing: 'woningaanpassing: traplift, drempels weg, badkamer aanpassen',
  vervoer: 'vervoer: Wmo-vervoer, regiotaxi, vrijwillige chauffeurs, leerlingenvervoer',
  maaltijden: 'maaltijdvoorziening: warme maaltijden aan huis of samen eten',
  'praktische-hulp': 'praktische hulp thuis: klusjes, boodschappen, tuin, kleine reparaties',
  alarmering: 'personenalarmering: alarmknop voor wie alleen woont',
  valpreventie: 'valpreventie: vallen voorkomen, balans, valrisicotest',
  bewegen: 'bewegen en sport, ook voor ouderen, chronisch zieken en mensen met een beperking',
  ouderenadvies: 'ouderenadvies: langer zelfstandig thuis wonen, advies en huisbezoek voor ouderen',
  'wmo-aanvraag': 'een Wmo-voorziening aanvragen: melding, keukentafelgesprek, beschikking',
  clientondersteuning: 'onafhankelijke cliëntondersteuning: iemand die meegaat naar gesprekken en helpt kiezen',
  wijkteam: 'sociaal (wijk)team of dorpsondersteuner: eerste aanspreekpunt voor allerlei vragen thuis',
  schulden: 'schulden: schuldhulpverlening, schuldregeling, budgetbeheer, bewind',
  geldzorgen: 'geldzorgen en administratie: rondkomen, budgetcoaching, post en formulieren op orde',
  inkomen: 'inkomensondersteuning: bijstand, toeslagen, minimaregelingen, kwijtschelding, bijzondere bijstand',
  voedselhulp: 'voedsel- en kledinghulp voor wie te weinig geld heeft (voedselbank, kledingbank)',
  werk: 'werk vinden, re-integratie, omscholing, beschut werk',
  wonen: 'wonen: een woning zoeken, urgentie, huurachterstand, woonproblemen',
  dakloos: 'dakloosheid: nachtopvang, maatschappelijke opvang, geen vaste woonplek',
  juridisch: 'juridisch advies: rechten, brieven van instanties, bezwaar, huurrecht, sociaal raadslieden',
  taal: 'Nederlands leren als tweede taal (NT2), taalles, taalcafé',
  laaggeletterdheid: 'moeite met lezen, schrijven of rekenen voor wie Nederlands als moedertaal heeft',
  digitaal: 'digitale vaardigheden: hulp met computer, smartphone, DigiD, online formulieren',
  verslaving: 'verslaving: alcohol, drugs, gokken, hulp en lotgenoten',
  'huiselijk-geweld': 'huiselijk geweld en ouderenmishandeling: advies, hulp en begeleiding (geen acute crisis)',
  vrouwenopvang: 'opvang op een geheim adres bij huiselijk geweld',
  opvoeding: 'opvoeden: opvoedvragen, opvoedcursus, ouderschap',
  jeugdhulp: 'jeugdhulp: hulp voor kinderen en jongeren met problemen en hun gezin',
  jongerenwerk: 'jongerenwerk: plek en begeleiding voor jongeren 12-23',
  jgz: 'jeugdgezondheidszorg: consultatiebureau, jeugdarts, jeugdverpleegkundige, vaccinaties kinderen',
  zwangerschap: 'zwangerschap en kraamtijd: verloskundige, kraamzorg',
  scheiding: 'scheiding: begeleiding en mediation bij uit elkaar gaan, kinderen en scheiding',
  beperking: 'ondersteuning voor mensen met een verstandelijke of lichamelijke beperking of autisme',
  'chronisch-ziek': 'leven met een chronische ziekte: lotgenoten, zelfmanagement (diabetes, COPD, reuma)',
  palliatief: 'palliatieve en terminale zorg: hospice, zorg in de laatste levensfase',
  nieuwkomers: 'nieuwkomers, statushouders en expats: inburgering, wegwijs, maatjes',
  lhbti: 'LHBTI+: ontmoeting en steun rond seksuele oriëntatie en genderidentiteit',
  'seksuele-gezondheid': 'seksuele gezondheid: soa-test, anticonceptie, seksualiteitsvragen',
  tandarts: 'mondzorg: tandarts, mondhygiëne',
  fysiotherapie: 'fysiotherapie: klachten aan spieren en gewrichten, revalidatie',
  leefstijl: 'leefstijl: gezonder eten, afvallen, overgewicht, leefstijlcoach, GLI, stoppen met roken',
  apotheek: 'apotheek: medicijnen ophalen, medicatieadvies',
  energie: 'energie: hoge energierekening, energie besparen, energiecoach',
  buurtbemiddeling: 'buurtbemiddeling: ruzie of overlast met buren oplossen',
  slachtofferhulp: 'hulp voor slachtoffers van een misdrijf of ongeval (inbraak, oplichting, mishandeling)',
  ondernemers: 'ondernemers en zzp\'ers (ook boeren) in financiële of persoonlijke problemen',
  kindregelingen: 'regelingen zodat kinderen uit gezinnen met weinig geld mee kunnen doen (sport, school, cultuur)',
  slaap: 'slaapproblemen, ook door ploegendienst en nachtwerk',
};

export const places = {
  Ruwenbroek: { gemeente: 'Akkerveld', pc: '0452' },
  'De Klaverhof': { gemeente: 'Akkerveld', pc: '0456' },
  Hoogakker: { gemeente: 'Akkerveld', pc: '0463' },
  Lindeweerd: { gemeente: 'Akkerveld', pc: '0468' },
  Zandstee: { gemeente: 'Akkerveld', pc: '0474' },
  'Oude Kamp': { gemeente: 'Akkerveld', pc: '0479' },
  Dorrestad: { gemeente: 'Dorrestad', pc: '0486' },
};

export const organizations = [];
const org = addingTo(organizations);

// The portal's catalogue frame: category path and product code, then blurb and text.
const p = (path, code, text) => `${path} · ${code}\n${text}`;
const DORPEN = ['Akkerveld'];
const REGIO = ['Akkerveld', 'Dorrestad'];

org({ name: 'Gemeente Akkerveld', alt: 'Wmo-loket', place: 'Ruwenbroek', street: 'Raadhuisplein 1', desc: 'Leverancier LEV-001. Gemeentelijke producten in het Wmo-portaal Akkerveld.' }, [
  svc('Maatwerkvoorziening Aanvragen', p('Zorg > Aanvragen > Melding', 'PRD-0100', 'Snel geregeld! Doe een melding en wij plannen binnen 2 weken een keukentafelgesprek. Na het onderzoek ontvangt u een beschikking. ✓ Gratis gesprek ✓ Zonder verwijzing ✓ Ook telefonisch'), ['wmo-aanvraag'], { apply: 'Melding via het portaal (DigiD) of telefonisch.', hours: 'ma-vr 8.30-17.00' }),
  svc('Huishoudelijke Ondersteuning HO1/HO2', p('Zorg > Thuis > Huishouden', 'PRD-0142', 'Zorgeloos thuis. Een schoon en leefbaar huis als u dat zelf niet meer kunt. HO1: schoonhouden. HO2: ook regie op het huishouden. ✓ Met beschikking ✓ Eigen bijdrage (abonnementstarief)'), ['huishoudelijke-hulp'], { fees: 'Wmo-abonnementstarief per maand.', elig: 'Na keukentafelgesprek en beschikking.' }),
  svc('Mobiliteit Pakket', p('Zorg > Thuis > Mobiliteit', 'PRD-0150', 'Blijf in beweging! Rolstoel, scootmobiel of driewielfiets in bruikleen. ✓ Bruikleen ✓ Onderhoud inbegrepen'), ['hulpmiddelen'], { elig: 'Na onderzoek door de gemeente.' }),
  svc('Woonvoorziening', p('Zorg > Wonen > Aanpassen', 'PRD-0151', 'Veilig thuis. Traplift, drempelhulp, douchezitje of verhoogd toilet. Grote aanpassingen na advies ergotherapeut. ✓ Met beschikking'), ['woningaanpassing']),
  svc('AkkerRit Vervoerpas', p('Zorg > Vervoer > Collectief', 'PRD-0160', 'Van deur tot deur. Met de pas reist u met de regiotaxi binnen Akkerveld en 25 km daarbuiten tegen een zone-tarief. ✓ Met pas ✓ Ook rolstoel'), ['vervoer'], { area: REGIO }),
  svc('Leerlingenvervoer', p('Jeugd > School > Vervoer', 'PRD-0165', 'Veilig naar school. Aangepast vervoer of vergoeding voor leerlingen die niet zelfstandig kunnen reizen. ✓ Aanvragen voor 1 mei'), ['vervoer', 'beperking']),
  svc('Levensonderhoud Basis', p('Geld > Inkomen > Uitkering', 'PRD-0200', 'Geen inkomen? Vraag een bijstandsuitkering (Participatiewet) aan. ✓ Vanaf 18 jaar ✓ Met DigiD'), ['inkomen'], { apply: 'Online aanvragen via werk.akkerveld.example.org' }),
  svc('Extra Kosten Regeling', p('Geld > Inkomen > Bijzonder', 'PRD-0210', 'Onverwachte kosten? Bijzondere bijstand voor noodzakelijke uitgaven die u niet zelf kunt betalen, zoals een wasmachine of bewindvoeringskosten. ✓ Inkomenstoets'), ['inkomen']),
  svc('Kwijtschelding Lokale Heffingen', p('Geld > Belastingen', 'PRD-0215', 'Minder betalen. Kwijtschelding van afvalstoffenheffing en rioolheffing bij een laag inkomen. ✓ Jaarlijks automatisch mogelijk'), ['inkomen']),
  svc('AkkerPas', p('Geld > Minima > Meedoen', 'PRD-0220', 'Meedoen voor minder! Korting op zwembad, bibliotheek, cursussen en een kindbudget voor schoolspullen en zwemles. ✓ Tot 120% sociaal minimum ✓ Hele gezin'), ['inkomen', 'kindregelingen']),
  svc('Mantelzorgcompliment', p('Welzijn > Mantelzorg > Waardering', 'PRD-0300', 'Bedankt! Eens per jaar een waardering voor wie zorgt voor een naaste in Akkerveld. ✓ Aanvragen t/m 15 november'), ['mantelzorg']),
  svc('Inburgering Route', p('Meedoen > Nieuw in Akkerveld', 'PRD-0400', 'Welkom! Persoonlijk plan inburgering en participatie (PIP), taalroute B1, Z-route of onderwijsroute. ✓ Voor inburgeringsplichtigen'), ['nieuwkomers', 'taal']),
  svc('Ondernemers Inkomen (Bbz)', p('Geld > Ondernemen', 'PRD-0230', 'Ondernemer in zwaar weer? Tijdelijke inkomensaanvulling of bedrijfskrediet voor zelfstandigen en agrariërs (Bbz). ✓ Levensvatbaarheidsonderzoek'), ['ondernemers', 'inkomen']),
  svc('Meldpunt Zorg & Overlast', p('Veiligheid > Melden', 'PRD-0500', 'Zorgen om iemand? Meld een buurtbewoner die verward lijkt of zichzelf verwaarloost. Een team gaat langs (bemoeizorg). ✓ Anoniem melden mogelijk ✓ Geen spoed'), ['ggz-specialistisch', 'wijkteam']),
  svc('Woonurgentie', p('Wonen > Urgentie', 'PRD-0600', 'Met voorrang een woning. Alleen in noodsituaties, zoals na een scheiding met kinderen of bij medische noodzaak. ✓ Beoordeling door commissie'), ['wonen', 'scheiding']),
]);

org({ name: 'Sociaal Team Akkerveld', alt: 'STA', place: 'Ruwenbroek', street: 'Fabriekslaan 14', desc: 'Leverancier LEV-004. Het sociale team van de gemeente, met teams in de kern en de dorpen.' }, [
  svc('Vraagwijzer Inloop', p('Welzijn > Vragen > Algemeen', 'PRD-0010', 'Eén loket voor alles. Loop binnen met uw vraag over zorg, geld, werk of wonen. ✓ Gratis ✓ Zonder afspraak ✓ Zonder verwijzing'), ['wijkteam', 'wmo-aanvraag'], { hours: 'di en do 9.00-12.00' }),
  svc('Dorpsondersteuning', p('Welzijn > Vragen > Dorpen', 'PRD-0011', 'Dichtbij! Vaste dorpsondersteuner in Hoogakker, Lindeweerd, Zandstee en Oude Kamp. Komt bij u thuis voor een kop koffie en kijkt mee. ✓ Gratis ✓ Huisbezoek'), ['wijkteam', 'ouderenadvies'], { at: { name: 'Dorpshuis Zandstee', street: 'Kerkstraat 3', place: 'Zandstee' } }),
  svc('Gezin Plus', p('Jeugd > Gezin > Ondersteuning', 'PRD-0700', 'Grip op het gezin. Jeugd- en gezinscoach bij zorgen over opvoeden, gedrag, schoolverzuim of een scheiding. Kan doorverwijzen naar jeugdhulp. ✓ Gratis ✓ Zonder verwijzing'), ['jeugdhulp', 'opvoeding', 'scheiding']),
  svc('Maatwerk Module 3', p('Zorg > Begeleiding > Individueel', 'PRD-0171', 'Structuur in uw week. Individuele begeleiding thuis bij plannen, administratie en dagritme. ✓ Met beschikking'), ['beperking', 'geldzorgen', 'ggz-specialistisch']),
]);

org({ name: 'Stichting Welzijn Akkerveld', alt: 'WelAk', place: 'Ruwenbroek', street: 'Smidsstraat 22', desc: 'Leverancier LEV-010. Welzijnsproducten voor alle inwoners.' }, [
  svc('Seniorenadvies Aan Huis', p('Welzijn > Ouderen > Advies', 'PRD-0310', 'Zorgeloos ouder worden! Een ouderenadviseur komt langs en denkt mee over wonen, zorg, geld en contact. ✓ Gratis ✓ 65+'), ['ouderenadvies']),
  svc('Samen Op Pad', p('Welzijn > Contact > Maatje', 'PRD-0320', 'Nooit meer alleen. Een vrijwilliger komt wekelijks langs voor een wandeling, spelletje of gewoon een praatje. ✓ Gratis ✓ Zonder verwijzing'), ['eenzaamheid']),
  svc('Huiskamer De Schakel', p('Welzijn > Ontmoeten > Inloop', 'PRD-0321', 'Kom erbij! Open huiskamer met koffie, krant en gezelligheid. Op donderdag samen eten voor €4. ✓ Gratis inloop'), ['ontmoeting', 'eenzaamheid', 'maaltijden'], { hours: 'ma-vr 10.00-16.00' }),
  svc('Vrijwilligersvacaturebank', p('Meedoen > Vrijwilligerswerk', 'PRD-0330', 'Doe mee! Zoek vrijwilligerswerk dat bij u past. Ook maatschappelijke stage. ✓ Gratis'), ['vrijwilligerswerk']),
  svc('Mantelzorgsteunpunt', p('Welzijn > Mantelzorg > Steun', 'PRD-0301', 'Zorg ook voor uzelf. Advies, lotgenotenavonden en een luisterend oor voor mantelzorgers, ook jonge mantelzorgers. Regelt ook vervangende zorg. ✓ Gratis'), ['mantelzorg', 'respijtzorg']),
  svc('Jongerenwerk', p('Jeugd > Jongeren > Vrije tijd', 'PRD-0710', 'Chillen, praten, meedoen. Jongerenwerkers op straat en in de soos, voor jongeren van 12 tot 23. ✓ Gratis'), ['jongerenwerk']),
  svc('Thuisadministratie', p('Geld > Administratie', 'PRD-0240', 'Overzicht in uw papieren! Een getrainde vrijwilliger helpt u de post te ordenen en rekeningen op tijd te betalen. ✓ Gratis ✓ Zonder verwijzing'), ['geldzorgen']),
  svc('Klus & Boodschap', p('Zorg > Thuis > Praktisch', 'PRD-0322', 'Even een handje. Vrijwilligers voor kleine klussen, boodschappen of de tuin. ✓ Kleine vergoeding materiaal'), ['praktische-hulp']),
  svc('Buurtbemiddeling', p('Wonen > Buren', 'PRD-0610', 'Samen uitpraten. Getrainde bemiddelaars helpen bij geluidsoverlast, erfgrens- of parkeerruzie. ✓ Gratis ✓ Vertrouwelijk'), ['buurtbemiddeling']),
  svc('Sociaal Raadslieden', p('Geld > Recht > Advies', 'PRD-0250', 'Brief niet begrepen? Hulp bij formulieren, toeslagen, bezwaar en vragen over uw rechten. ✓ Gratis ✓ Spreekuur'), ['juridisch', 'inkomen', 'geldzorgen'], { hours: 'wo 13.30-16.00' }),
  svc('Zilveren Zondag', p('Welzijn > Ontmoeten > Ouderen', 'PRD-0323', 'Gezellige zondagmiddag voor ouderen met muziek en high tea. (Product tijdelijk niet beschikbaar.)'), ['ontmoeting', 'eenzaamheid'], { status: 'inactive' }),
  svc('Welzijn op Recept', p('Welzijn > Gezondheid > Recept', 'PRD-0324', 'Beter in je vel! Uw huisarts verwijst, een welzijnscoach zoekt met u een activiteit die energie geeft. ✓ Gratis ✓ Via huisarts of POH'), ['somberheid', 'eenzaamheid', 'ontmoeting']),
]);

org({ name: 'Bibliotheek Akkerveld', place: 'Ruwenbroek', street: 'Marktplein 5', desc: 'Leverancier LEV-012. Bibliotheek met vestigingen in Ruwenbroek en Hoogakker.' }, [
  svc('Digi-Hulp Balie', p('Meedoen > Digitaal > Hulp', 'PRD-0800', 'Digitaal? Makkelijk! Hulp bij DigiD, mijn-omgevingen, online afspraak maken en uw telefoon. ✓ Gratis ✓ Zonder afspraak'), ['digitaal'], { hours: 'di 10.00-12.00, za 10.00-12.00' }),
  svc('Klik & Tik', p('Meedoen > Digitaal > Cursus', 'PRD-0801', 'Leer in je eigen tempo werken met de computer. ✓ Gratis ✓ 8 lessen'), ['digitaal']),
  svc('Taalpunt', p('Meedoen > Taal > Lezen', 'PRD-0810', 'Beter lezen en schrijven. Voor iedereen die moeite heeft met lezen, schrijven of rekenen. Ook hulp met brieven. ✓ Gratis ✓ Vertrouwelijk'), ['laaggeletterdheid', 'taal']),
  svc('Praatcafé Nederlands', p('Meedoen > Taal > Oefenen', 'PRD-0811', 'Oefen Nederlands praten in een gezellige groep. Alle niveaus. ✓ Gratis ✓ Elke woensdag'), ['taal', 'nieuwkomers', 'ontmoeting'], { at: { name: 'Bibliotheek Hoogakker', street: 'Brink 9', place: 'Hoogakker' } }),
]);

org({ name: 'Kredietbank Kleiland-Oost', alt: 'KKO', place: 'Ruwenbroek', street: 'Stationsweg 40', desc: 'Leverancier LEV-020. Regionale kredietbank voor de gemeenten Akkerveld en Dorrestad.' }, [
  svc('Financiële Hulp Intake', p('Geld > Schulden > Hulp', 'PRD-0260', 'Weer grip op geld. Eerste gesprek binnen 3 werkdagen, daarna een plan: stabilisatie, schuldregeling of saneringskrediet. ✓ Gratis ✓ Zonder verwijzing'), ['schulden'], { area: REGIO }),
  svc('Budgetbeheer Plus', p('Geld > Schulden > Beheer', 'PRD-0261', 'Zorgeloos betalen. Wij betalen uw vaste lasten vanuit uw inkomen. ✓ Met beschikking'), ['schulden', 'geldzorgen'], { area: REGIO }),
  svc('Vroeg Erop Af', p('Geld > Schulden > Vroegsignalering', 'PRD-0262', 'Achterstand bij huur, energie of zorgverzekering? Wij bellen aan of bellen u op, voordat het groter wordt. ✓ Gratis'), ['schulden', 'wonen'], { area: REGIO }),
]);

org({ name: 'Stroomlijn Bewindvoering B.V.', place: 'Dorrestad', street: 'Handelskade 7', desc: 'Leverancier LEV-077. Commercieel bewindvoerderskantoor.' }, [
  svc('Beschermingsbewind', p('Geld > Schulden > Bewind', 'PRD-0263', 'Uw financiën uit handen. Bewindvoering via de kantonrechter. ✓ Kosten vaak vergoed via bijzondere bijstand'), ['schulden', 'geldzorgen'], { area: REGIO }),
  svc('Budgetcoaching Particulier', p('Geld > Administratie > Coaching', 'PRD-0264', 'Slim met geld! Coaching aan huis in 5 sessies. ✓ Betaald product'), ['geldzorgen'], { area: REGIO, fees: '€ 65 per sessie' }),
]);

org({ name: 'Stichting Schuldmaatje Kleiland', place: 'Hoogakker', street: 'Molenweg 2', desc: 'Leverancier LEV-021. Vrijwillige schuldhulpmaatjes.' }, [
  svc('Schuldmaatje', p('Geld > Schulden > Maatje', 'PRD-0265', 'Niet alleen met je schulden. Een maatje gaat met je mee naar de kredietbank en helpt daarna om het vol te houden. ✓ Gratis ✓ Zonder verwijzing'), ['schulden', 'geldzorgen']),
]);

org({ name: 'Voedselbank Akkerveld', place: 'Ruwenbroek', street: 'Loodsweg 8', desc: 'Leverancier LEV-030. Vrijwilligersorganisatie.' }, [
  svc('Voedselpakket', p('Geld > Rondkomen > Voedsel', 'PRD-0270', 'Wekelijks een pakket met boodschappen. ✓ Gratis ✓ Met verwijzing sociaal team of kredietbank'), ['voedselhulp'], { hours: 'vr 13.00-16.00' }),
  svc('Kledingpunt De Tweede Ronde', p('Geld > Rondkomen > Kleding', 'PRD-0271', 'Kleding en speelgoed voor wie krap zit. ✓ Gratis ✓ Met AkkerPas'), ['voedselhulp', 'kindregelingen']),
]);

org({ name: 'Werkplein Kleiland-Oost', place: 'Ruwenbroek', street: 'Industrieweg 1', desc: 'Leverancier LEV-040. Werk en inkomen voor de regio.' }, [
  svc('Werkfit Traject', p('Werk > Re-integratie', 'PRD-0900', 'Aan de slag! Een werkcoach helpt met cv, sollicitatie en een werkervaringsplek. ✓ Voor uitkeringsgerechtigden'), ['werk'], { area: REGIO }),
  svc('Omscholingsloket Vulcaan', p('Werk > Omscholing', 'PRD-0901', 'Nieuwe baan, nieuwe kansen. Scholingsbudget en loopbaanadvies voor oud-medewerkers van de Vulcaan draadfabriek en andere ploegendienstwerkers. ✓ Gratis loopbaangesprek'), ['werk'], { area: REGIO }),
  svc('Vulcaan Mobiliteitscentrum', p('Werk > Van werk naar werk', 'PRD-0902', 'Van-werk-naar-werk begeleiding bij de sluiting van de fabriek. (Product beëindigd.)'), ['werk'], { status: 'inactive' }),
  svc('Jongeren Aan Het Werk', p('Werk > Jongeren', 'PRD-0903', 'Geen school, geen werk? Samen zoeken we een opleiding of baan. ✓ 16-27 jaar ✓ Gratis'), ['werk', 'jongerenwerk'], { area: REGIO }),
]);

org({ name: 'Akkerwerk', alt: 'Sociaal werkbedrijf', place: 'Ruwenbroek', street: 'Draadtrekkerij 3', desc: 'Leverancier LEV-041. Sociaal ontwikkelbedrijf.' }, [
  svc('Beschut Werk', p('Werk > Beschut', 'PRD-0910', 'Werken waar het kan. Aangepaste werkplek met begeleiding. ✓ Met indicatie beschut werk'), ['werk', 'beperking']),
]);

org({ name: 'FlexPunt Uitzendbureau', place: 'Ruwenbroek', street: 'Stationsweg 12', desc: 'Leverancier LEV-078. Commerciële partner.' }, [
  svc('Productiewerk 2- en 3-ploegen', p('Werk > Vacatures', 'PRD-0920', 'Direct aan de slag in productie en logistiek! ✓ Weekloon ✓ Ploegentoeslag'), ['werk'], { area: REGIO }),
]);

org({ name: 'Stichting Zelfstandig Verder', place: 'Lindeweerd', street: 'Dijkweg 41', desc: 'Leverancier LEV-045. Vrijwillige adviseurs voor ondernemers.' }, [
  svc('Ondernemers Klankbord', p('Werk > Ondernemen > Advies', 'PRD-0931', 'Zorgen over je zaak? Ervaren oud-ondernemers kijken gratis mee bij schulden, stoppen of doorstarten. ✓ Gratis ✓ Discreet'), ['ondernemers', 'schulden']),
  svc('Erf & Zorg', p('Werk > Ondernemen > Agrarisch', 'PRD-0932', 'Boer en het even niet meer zien zitten? Gesprek aan de keukentafel met een erfbetreder die de sector kent: over geld, opvolging en stress. ✓ Gratis ✓ Vertrouwelijk'), ['ondernemers', 'somberheid', 'geldzorgen'], { area: DORPEN }),
]);

org({ name: 'Gezondheidscentrum Ruwenbroek', place: 'Ruwenbroek', street: 'Lindelaan 30', desc: 'Leverancier LEV-050. Huisartsen, POH, fysiotherapie en diëtetiek onder één dak.' }, [
  svc('Huisartsenzorg Ruwenbroek', p('Gezondheid > Huisarts', 'PRD-1000', 'Uw huisarts dichtbij. Spreekuur op afspraak, telefonisch consult en e-consult. ✓ Inschrijven mogelijk'), ['huisarts'], { hours: 'ma-vr 8.00-17.00' }),
  svc('POH-GGZ', p('Gezondheid > Huisarts > Psychisch', 'PRD-1001', 'Even niet lekker in je hoofd? Maximaal 8 gesprekken met de praktijkondersteuner bij stress, somberheid, angst of slaapproblemen. ✓ Gratis (geen eigen risico) ✓ Via huisarts'), ['poh-ggz', 'somberheid', 'slaap']),
  svc('Fysio Ruwenbroek', p('Gezondheid > Bewegen > Fysio', 'PRD-1002', 'Pijnvrij bewegen. Fysiotherapie, manuele therapie en oefentherapie. ✓ Direct toegankelijk'), ['fysiotherapie']),
  svc('Diëtist', p('Gezondheid > Voeding', 'PRD-1003', 'Gezond eten zonder gedoe. Advies bij overgewicht, diabetes of voedselallergie. ✓ 3 uur per jaar vergoed'), ['leefstijl', 'chronisch-ziek']),
]);

org({ name: 'Huisartsenpraktijk Hoogakker', place: 'Hoogakker', street: 'Brink 2', desc: 'Leverancier LEV-051. Dorpspraktijk.' }, [
  svc('Huisarts Dorp', p('Gezondheid > Huisarts', 'PRD-1010', 'De huisarts van Hoogakker, Lindeweerd en Oude Kamp. Met medicijnafhaalpunt. ✓ Spreekuur op afspraak'), ['huisarts', 'apotheek'], { area: DORPEN }),
]);

org({ name: 'Huisartsen De Klaverhof', place: 'De Klaverhof', street: 'Klaverhoflaan 1', desc: 'Leverancier LEV-052. Nieuwe praktijk in de nieuwbouwwijk.' }, [
  svc('Nieuwe Patiënten', p('Gezondheid > Huisarts > Inschrijven', 'PRD-1011', 'Net verhuisd? Schrijf je in! Wij nemen nieuwe patiënten aan uit De Klaverhof en Ruwenbroek-Noord. ✓ Online inschrijven'), ['huisarts']),
  svc('Leefstijl Programma (GLI)', p('Gezondheid > Leefstijl', 'PRD-1012', 'Fitter in 2 jaar. Gecombineerde leefstijlinterventie met leefstijlcoach: voeding, bewegen, slapen. ✓ Vergoed uit basisverzekering ✓ Via huisarts'), ['leefstijl']),
]);

org({ name: 'Huisartsenpost Dorrestad', alt: 'HAP', place: 'Dorrestad', street: 'Ziekenhuisweg 10', desc: 'Leverancier LEV-053. Dienst voor avond, nacht en weekend.' }, [
  svc('Spoedzorg Buiten Kantoortijd', p('Gezondheid > Spoed', 'PRD-1020', 'Altijd eerst bellen. Voor dringende medische zorg die niet kan wachten tot de volgende werkdag. ✓ Avond, nacht, weekend'), ['huisartsenpost'], { area: REGIO, hours: 'ma-vr 17.00-8.00, weekend en feestdagen 24 uur' }),
]);

org({ name: 'Apotheek De Vijzel', place: 'Ruwenbroek', street: 'Marktstraat 18', desc: 'Leverancier LEV-054.' }, [
  svc('Medicijnservice', p('Gezondheid > Medicijnen', 'PRD-1030', 'Medicijnen thuisbezorgd of in de afhaalkluis. Ook baxterrol en medicatiecheck. ✓ Bezorging gratis'), ['apotheek']),
]);

org({ name: 'Tandartsenpraktijk Lindeweerd', place: 'Lindeweerd', street: 'Dijkweg 5', desc: 'Leverancier LEV-055.' }, [
  svc('Mondzorg Totaal', p('Gezondheid > Mond', 'PRD-1040', 'Stralend lachen! Controle, mondhygiënist en spoedbehandeling. ✓ Nieuwe patiënten welkom ✓ Kinderen gratis (basisverzekering)'), ['tandarts']),
]);

org({ name: 'Verloskundigen Wieg & Weide', place: 'De Klaverhof', street: 'Zaailingstraat 4', desc: 'Leverancier LEV-056.' }, [
  svc('Zwangerschapsbegeleiding', p('Jeugd > Zwanger > Verloskundige', 'PRD-1050', 'Zorgeloos zwanger. Controles, echo en bevalling thuis of in het ziekenhuis. Groepsbijeenkomsten CenteringZwangerschap. ✓ Zonder verwijzing'), ['zwangerschap']),
]);

org({ name: 'Kraamzorg Kleiland B.V.', place: 'Dorrestad', street: 'Handelskade 20', desc: 'Leverancier LEV-079. Commerciële kraamzorgorganisatie.' }, [
  svc('Kraampakket Comfort', p('Jeugd > Zwanger > Kraamzorg', 'PRD-1051', 'Rustig genieten van je baby. Kraamzorg aan huis na de bevalling. ✓ Aanmelden vóór week 16'), ['zwangerschap'], { area: REGIO }),
]);

org({ name: 'GGD Kleiland', place: 'Dorrestad', street: 'Gezondheidsplein 1', desc: 'Leverancier LEV-060. Publieke gezondheid voor de regio.' }, [
  svc('Consultatiebureau 0-4', p('Jeugd > Gezondheid > Baby', 'PRD-1100', 'Zorgeloos groeien. Wegen, meten, vaccineren en al uw vragen over voeding en slapen van uw baby. ✓ Gratis'), ['jgz', 'opvoeding'], { at: { name: 'Consultatiebureau Ruwenbroek', street: 'Lindelaan 32', place: 'Ruwenbroek' } }),
  svc('Jeugdarts & Jeugdverpleegkundige 4-18', p('Jeugd > Gezondheid > School', 'PRD-1101', 'Gezond op school. Onderzoek op school, spreekuur over groei, gewicht, gedrag of ziekteverzuim. ✓ Gratis'), ['jgz'], { area: REGIO }),
  svc('Sense Spreekuur', p('Gezondheid > Seksualiteit', 'PRD-1102', 'Vragen over seks, soa of anticonceptie? Gratis soa-test voor jongeren tot 25. ✓ Anoniem ✓ Op afspraak'), ['seksuele-gezondheid'], { area: REGIO }),
  svc('Ploeg & Gezond', p('Gezondheid > Werk > Nachtdienst', 'PRD-1103', 'Uitgerust in elke dienst! Online programma en workshop over slapen, eten en bewegen bij ploegendienst en nachtwerk. ✓ Gratis ✓ Ook voor partners'), ['slaap', 'leefstijl'], { online: true, area: REGIO }),
  svc('Valtest 65+', p('Zorg > Ouderen > Vallen', 'PRD-1104', 'Sterk op de benen. Doe de valrisicotest en krijg advies over oefengroepen in uw dorp. ✓ Gratis'), ['valpreventie'], { area: REGIO }),
]);

org({ name: 'Zorggroep Akkerland', place: 'Ruwenbroek', street: 'Boomgaardlaan 2', desc: 'Leverancier LEV-061. Ouderenzorg, thuiszorg en wonen met zorg.' }, [
  svc('Wijkverpleging', p('Zorg > Thuis > Verpleging', 'PRD-0180', 'Zorg aan huis, dag en nacht. Wassen, aankleden, steunkousen, wondzorg en medicijnen. ✓ Vergoed uit basisverzekering ✓ Zonder verwijzing'), ['wijkverpleging'], { area: REGIO }),
  svc('Dagbesteding De Boomgaard', p('Zorg > Overdag > Ouderen', 'PRD-0190', 'Een zinvolle dag. Dagprogramma met begeleiding voor ouderen, ook met geheugenproblemen. Vervoer mogelijk. ✓ Met beschikking'), ['dagbesteding', 'dementie']),
  svc('Alarmknop Thuis', p('Zorg > Thuis > Veiligheid', 'PRD-0181', 'Veilig alleen wonen. Halsalarm of polsknop met 24/7 opvolging door een zorgcentrale. ✓ Vanaf € 14,95 p/m'), ['alarmering'], { fees: '€ 14,95 per maand' }),
  svc('Warme Hap', p('Zorg > Thuis > Maaltijden', 'PRD-0182', 'Elke dag vers! Warme of gekoelde maaltijden aan huis, ook dieet. ✓ Zonder indicatie'), ['maaltijden'], { area: DORPEN }),
  svc('Logeerhuis De Linde', p('Zorg > Mantelzorg > Logeren', 'PRD-0191', 'Even ademhalen. Uw naaste logeert een weekend of week, u heeft tijd voor uzelf. ✓ Met beschikking of Wlz'), ['respijtzorg', 'dementie', 'mantelzorg'], { at: { name: 'De Linde', street: 'Lindeweg 12', place: 'Lindeweerd' } }),
  svc('In Balans Groep', p('Zorg > Ouderen > Vallen', 'PRD-0192', 'Stevig staan. 10 weken oefengroep om vallen te voorkomen. ✓ Eigen bijdrage € 25'), ['valpreventie', 'bewegen'], { at: { name: 'Dorpshuis Oude Kamp', street: 'Schoolstraat 1', place: 'Oude Kamp' } }),
]);

org({ name: 'ZorgGemak Thuis B.V.', place: 'De Klaverhof', street: 'Zaailingstraat 30', desc: 'Leverancier LEV-080. Particuliere thuishulp.' }, [
  svc('Zorgeloos Thuis Pakket', p('Zorg > Thuis > Particulier', 'PRD-0143', 'Zorgeloos thuis! Huishoudelijke hulp zonder wachtlijst en zonder indicatie, per uur of abonnement. ✓ Binnen 1 week ✓ Betaald'), ['huishoudelijke-hulp'], { area: REGIO, fees: '€ 31 per uur' }),
  svc('Gezelschap & Ondersteuning', p('Zorg > Thuis > Particulier', 'PRD-0144', 'Een vertrouwd gezicht. Gezelschap, boodschappen en wandelen met een vaste hulp. ✓ Betaald'), ['praktische-hulp', 'eenzaamheid'], { area: REGIO, fees: '€ 29 per uur' }),
]);

org({ name: 'Geheugenpunt Kleiland', place: 'Ruwenbroek', street: 'Boomgaardlaan 4', desc: 'Leverancier LEV-062. Netwerk dementie.' }, [
  svc('Casemanagement Dementie', p('Zorg > Geheugen > Casemanager', 'PRD-0195', 'Eén vast aanspreekpunt vanaf de diagnose. Voor de persoon met dementie én de naaste. ✓ Vergoed ✓ Via huisarts'), ['dementie', 'mantelzorg'], { area: REGIO }),
  svc('Geheugencafé', p('Zorg > Geheugen > Ontmoeten', 'PRD-0196', 'Praten over vergeetachtigheid en dementie, met een gast-spreker. Elke 3e dinsdag. ✓ Gratis ✓ Zonder aanmelden'), ['dementie', 'ontmoeting', 'mantelzorg']),
]);

org({ name: 'Hospice De Overkant', place: 'Zandstee', street: 'Polderweg 17', desc: 'Leverancier LEV-063.' }, [
  svc('Hospicezorg', p('Zorg > Levenseinde > Hospice', 'PRD-0199', 'Een huiselijke plek voor de laatste levensfase, met 24-uurs zorg. ✓ Via huisarts'), ['palliatief'], { area: REGIO }),
  svc('Waken Aan Huis', p('Zorg > Levenseinde > Thuis', 'PRD-0198', 'Vrijwilligers waken of zijn aanwezig bij een zieke thuis, zodat de mantelzorger kan rusten. ✓ Gratis'), ['palliatief', 'respijtzorg', 'mantelzorg'], { area: REGIO }),
]);

org({ name: 'GGZ Kleiland-Oost', place: 'Dorrestad', street: 'Parklaan 50', desc: 'Leverancier LEV-070. Geestelijke gezondheidszorg.' }, [
  svc('Basis GGZ Kort', p('Gezondheid > Psychisch > Basis', 'PRD-1200', 'Korte behandeling bij angst, depressie of trauma. ✓ Met verwijzing huisarts ✓ Eigen risico'), ['ggz-basis'], { area: REGIO }),
  svc('FACT Akkerveld', p('Gezondheid > Psychisch > Langdurig', 'PRD-1201', 'Behandeling en begeleiding aan huis bij ernstige psychiatrische aandoeningen. ✓ Via verwijzing'), ['ggz-specialistisch'], { at: { name: 'Team Akkerveld', street: 'Lindelaan 34', place: 'Ruwenbroek' } }),
  svc('Herstelhuis', p('Gezondheid > Psychisch > Herstel', 'PRD-1202', 'Leren van ervaringsdeskundigen. Cursussen over herstel, omgaan met stemmen of angst. ✓ Gratis ✓ Zonder verwijzing'), ['ggz-specialistisch', 'somberheid', 'ontmoeting'], { at: { name: 'Herstelhuis', street: 'Smidsstraat 30', place: 'Ruwenbroek' } }),
  svc('Gatekeeper Training', p('Gezondheid > Psychisch > Training', 'PRD-1203', 'Signaleren en het gesprek aangaan over zelfdoding. Voor professionals, vrijwilligers, docenten en werkgevers. ✓ Gratis voor Akkervelders ✓ 1 dagdeel'), ['suicidepreventie'], { area: REGIO }),
  svc('Beschermd Wonen De Kade', p('Wonen > Begeleid', 'PRD-1204', 'Wonen met 24-uurs begeleiding. ✓ Via centrale toegang'), ['ggz-specialistisch', 'wonen'], { area: REGIO }),
]);

org({ name: 'MindFit Psychologen', place: 'De Klaverhof', street: 'Klaverhoflaan 9', desc: 'Leverancier LEV-081. Vrijgevestigde psychologenpraktijk.' }, [
  svc('Psycholoog Zonder Wachtlijst', p('Gezondheid > Psychisch > Basis', 'PRD-1210', 'Snel geholpen! Binnen 2 weken een intake. Ook avond. ✓ Met verwijzing vergoed ✓ Zonder verwijzing particulier'), ['ggz-basis', 'somberheid'], { area: REGIO }),
  svc('Burn-out Coaching', p('Gezondheid > Psychisch > Coaching', 'PRD-1211', 'Weer energie. 6 sessies coaching bij stress en overspannenheid. ✓ Vaak vergoed door werkgever'), ['somberheid']),
]);

org({ name: 'Mentaal Online', place: 'Dorrestad', street: 'Handelskade 1', desc: 'Leverancier LEV-082. Digitale zelfhulp.' }, [
  svc('Zelfhulpmodules', p('Gezondheid > Psychisch > Online', 'PRD-1220', 'Anoniem aan de slag met piekeren, somberheid, slecht slapen of stress. ✓ Gratis ✓ 24/7 ✓ Zonder verwijzing'), ['somberheid', 'slaap'], { online: true, phone: false, area: REGIO }),
]);

org({ name: 'Stichting Verder Na Verlies', place: 'Hoogakker', street: 'Kerkpad 6', desc: 'Leverancier LEV-090.' }, [
  svc('Rouwgroep', p('Welzijn > Verlies > Groep', 'PRD-0340', 'Verdriet delen. 8 avonden met anderen die een dierbare verloren. ✓ Gratis'), ['rouw']),
  svc('Nabestaanden Zelfdoding', p('Welzijn > Verlies > Lotgenoten', 'PRD-0341', 'Voor wie iemand verloor door suïcide, ook als het lang geleden is. Maandelijks lotgenotencontact. ✓ Gratis ✓ Vertrouwelijk'), ['rouw', 'suicidepreventie']),
  svc('Kinderrouw', p('Jeugd > Verlies', 'PRD-0342', 'Kinderen rouwen anders. Groep voor kinderen 6-12 van wie een ouder, broer of zus overleed. ✓ Gratis'), ['rouw', 'jeugdhulp']),
]);

org({ name: 'Kompas Verslavingszorg', place: 'Dorrestad', street: 'Parklaan 60', desc: 'Leverancier LEV-071.' }, [
  svc('Middelen Check', p('Gezondheid > Verslaving > Advies', 'PRD-1300', 'Drink of gebruik je te veel? Anoniem adviesgesprek, ook voor naasten. ✓ Gratis ✓ Zonder verwijzing'), ['verslaving'], { at: { name: 'Kompas spreekkamer', street: 'Lindelaan 34', place: 'Ruwenbroek' } }),
  svc('Gok Stop', p('Gezondheid > Verslaving > Gokken', 'PRD-1301', 'Grip op gokken. Behandeling bij gokproblemen, samen met schuldhulp. ✓ Vergoed'), ['verslaving', 'schulden'], { area: REGIO }),
  svc('Vrijdagavondgroep', p('Gezondheid > Verslaving > Zelfhulp', 'PRD-1302', 'Zelfhulpgroep voor mensen die willen stoppen met drinken (12 stappen). ✓ Gratis ✓ Anoniem'), ['verslaving']),
]);

org({ name: 'Steunpunt Relatiegeweld Kleiland', place: 'Dorrestad', street: 'Postbus 11', secretAddress: true, desc: 'Leverancier LEV-072. Hulp bij geweld in huis.' }, [
  svc('Advies & Begeleiding Thuis', p('Veiligheid > Thuis > Hulp', 'PRD-0510', 'Ruzie die uit de hand loopt? Vertrouwelijk advies en begeleiding voor slachtoffers, plegers en kinderen. ✓ Gratis'), ['huiselijk-geweld'], { area: REGIO }),
  svc('Opvang Geheim Adres', p('Veiligheid > Thuis > Opvang', 'PRD-0511', 'Veilig onderdak voor vrouwen, mannen en kinderen die thuis niet veilig zijn. ✓ Aanmelding via hulpverlener'), ['vrouwenopvang', 'huiselijk-geweld'], { area: REGIO }),
  svc('Oudermishandeling Consult', p('Veiligheid > Ouderen', 'PRD-0512', 'Signalen dat een oudere wordt uitgebuit of verwaarloosd? Consult voor professionals en familie. ✓ Gratis'), ['huiselijk-geweld'], { area: REGIO }),
]);

org({ name: 'Stichting Onderdak Kleiland', place: 'Ruwenbroek', street: 'Havenstraat 2', desc: 'Leverancier LEV-073.' }, [
  svc('Nachtopvang De Haven', p('Wonen > Opvang > Nacht', 'PRD-0620', 'Een bed, douche en ontbijt. ✓ Inloop vanaf 21.00'), ['dakloos'], { area: REGIO, hours: 'dagelijks 21.00-9.00' }),
  svc('Dagloket Dak', p('Wonen > Opvang > Dag', 'PRD-0621', 'Postadres, advies en hulp bij een briefadres aanvragen. ✓ Gratis'), ['dakloos', 'wonen']),
]);

org({ name: 'Woonstichting Akkerhuis', place: 'Ruwenbroek', street: 'Stationsweg 2', desc: 'Leverancier LEV-074. Woningcorporatie.' }, [
  svc('Woning Zoeken', p('Wonen > Huren', 'PRD-0630', 'Inschrijven en reageren op huurwoningen. ✓ Inschrijving € 25'), ['wonen']),
  svc('Huurbetaalhulp', p('Wonen > Huren > Achterstand', 'PRD-0631', 'Huur niet betaald? Bel ons op tijd. Samen maken we een betalingsregeling en voorkomen we ontruiming. ✓ Gratis'), ['wonen', 'schulden']),
  svc('Seniorenlabel Woningen', p('Wonen > Ouderen', 'PRD-0632', 'Gelijkvloers wonen in uw eigen dorp. Voorrang voor 65+ uit Hoogakker, Lindeweerd, Zandstee en Oude Kamp. ✓ 65+'), ['wonen', 'ouderenadvies'], { area: DORPEN }),
]);

org({ name: 'Huurteam Kleiland', place: 'Ruwenbroek', street: 'Smidsstraat 24', desc: 'Leverancier LEV-091.' }, [
  svc('Huurcheck', p('Wonen > Recht', 'PRD-0640', 'Te veel huur? Schimmel? Wij checken uw huur en helpen bij de Huurcommissie. ✓ Gratis'), ['juridisch', 'wonen']),
]);

org({ name: 'Advocatencollectief Dorrestad', place: 'Dorrestad', street: 'Raadhuisstraat 5', desc: 'Leverancier LEV-083. Sociale advocatuur.' }, [
  svc('Rechtshulp Spreekuur', p('Geld > Recht > Advocaat', 'PRD-0251', 'Juridisch probleem? Gratis half uur advies; daarna eventueel toevoeging. ✓ Arbeidsrecht, familierecht, huurrecht'), ['juridisch'], { area: REGIO }),
  svc('Scheidingsmediation', p('Jeugd > Gezin > Scheiding', 'PRD-0252', 'Samen uit elkaar. Mediator voor ouderschapsplan en verdeling. ✓ Soms gesubsidieerd'), ['scheiding', 'juridisch'], { area: REGIO }),
]);

org({ name: 'Slachtofferondersteuning Kleiland', place: 'Dorrestad', street: 'Raadhuisstraat 9', desc: 'Leverancier LEV-084.' }, [
  svc('Na Een Misdrijf', p('Veiligheid > Slachtoffer', 'PRD-0520', 'Inbraak, oplichting of mishandeling meegemaakt? Emotionele steun, hulp bij aangifte en schadevergoeding. ✓ Gratis'), ['slachtofferhulp', 'juridisch'], { area: REGIO }),
]);

org({ name: 'VluchtelingenSteun Akkerveld', place: 'Ruwenbroek', street: 'Havenstraat 10', desc: 'Leverancier LEV-092.' }, [
  svc('Taalmaatje', p('Meedoen > Nieuw in Akkerveld > Maatje', 'PRD-0410', 'Samen Nederlands oefenen en de weg vinden in Akkerveld. ✓ Gratis'), ['nieuwkomers', 'taal', 'eenzaamheid']),
  svc('Newcomer Help Desk', p('Meedoen > New in Akkerveld', 'PRD-0411', 'Welcome! Just arrived for work or with your family? We explain registration, healthcare, insurance, schools and benefits in English. ✓ Free ✓ Walk-in Monday 14.00-17.00'), ['nieuwkomers'], { lang: ['en', 'nl'] }),
]);

org({ name: 'Roze Akkerveld', place: 'Ruwenbroek', street: 'Smidsstraat 30', desc: 'Leverancier LEV-093. Vrijwilligersvereniging.' }, [
  svc('Regenboogcafé', p('Meedoen > Ontmoeten > Regenboog', 'PRD-0350', 'Ben jezelf! Maandelijkse borrel voor lhbti+ en vrienden. Ook jongerengroep 14-21. ✓ Gratis'), ['lhbti', 'ontmoeting']),
]);

org({ name: 'Stichting Naast U', place: 'Ruwenbroek', street: 'Fabriekslaan 16', desc: 'Leverancier LEV-094. Onafhankelijke cliëntondersteuning.' }, [
  svc('Cliëntondersteuning', p('Zorg > Aanvragen > Ondersteuning', 'PRD-0110', 'Sterker aan tafel. Een onafhankelijke ondersteuner bereidt het keukentafelgesprek met u voor en gaat mee. ✓ Gratis ✓ Niet van de gemeente'), ['clientondersteuning', 'wmo-aanvraag']),
  svc('Levensloop Begeleiding', p('Zorg > Begeleiding > Beperking', 'PRD-0111', 'Voor mensen met een licht verstandelijke beperking of autisme: hulp bij wonen, werk en regels. ✓ Gratis'), ['beperking', 'clientondersteuning']),
]);

org({ name: 'Zorgboerderij De Hoeve', place: 'Oude Kamp', street: 'Hoeveweg 8', desc: 'Leverancier LEV-095.' }, [
  svc('Boerderij Dagbesteding', p('Zorg > Overdag > Boerderij', 'PRD-0193', 'Lekker buiten bezig. Werken met dieren en in de moestuin, voor volwassenen met een beperking of dementie. ✓ Met beschikking of pgb'), ['dagbesteding', 'beperking', 'dementie']),
  svc('Logeerweekend Kids', p('Zorg > Mantelzorg > Logeren', 'PRD-0194', 'Even opladen voor ouders. Kinderen met een beperking logeren een weekend op de boerderij. ✓ Met beschikking'), ['respijtzorg', 'beperking']),
]);

org({ name: 'Autisme Netwerk Akkerveld', place: 'De Klaverhof', street: 'Zaailingstraat 12', desc: 'Leverancier LEV-096. Ouderinitiatief.' }, [
  svc('Prikkelarme Middag', p('Meedoen > Ontmoeten > Autisme', 'PRD-0351', 'Contact zonder drukte, voor volwassenen met autisme. Ook oudergroep. ✓ Gratis'), ['beperking', 'ontmoeting']),
]);

org({ name: 'Patiëntenplatform Kleiland', place: 'Dorrestad', street: 'Parklaan 12', desc: 'Leverancier LEV-097.' }, [
  svc('Lotgenoten Chronisch', p('Gezondheid > Chronisch > Lotgenoten', 'PRD-1400', 'Leven met diabetes, COPD, reuma of hartfalen. Lotgenoten en cursus Zelf Regie. ✓ Gratis'), ['chronisch-ziek'], { area: REGIO }),
  svc('Long Fit', p('Gezondheid > Chronisch > Bewegen', 'PRD-1401', 'Samen bewegen met een longziekte onder begeleiding. ✓ € 5 per keer'), ['chronisch-ziek', 'bewegen']),
]);

org({ name: 'Sportbedrijf Akkerveld', place: 'Ruwenbroek', street: 'Sportlaan 1', desc: 'Leverancier LEV-098.' }, [
  svc('Fit 55+', p('Meedoen > Sport > Senioren', 'PRD-0360', 'Elke week bewegen op muziek, jeu de boules of wandelvoetbal. In alle dorpen. ✓ € 3 per les'), ['bewegen', 'ontmoeting'], { area: DORPEN }),
  svc('Aangepast Sporten', p('Meedoen > Sport > Aangepast', 'PRD-0361', 'Sporten met een beperking: rolstoelbasketbal, zwemmen, G-voetbal. ✓ Proefles gratis'), ['bewegen', 'beperking']),
  svc('Kindfonds Meedoen', p('Jeugd > Meedoen > Sport & Cultuur', 'PRD-0362', 'Elk kind op sport of muziekles! Contributie en spullen betaald voor kinderen uit gezinnen met weinig geld. ✓ Aanvraag via school of sociaal team'), ['kindregelingen']),
]);

org({ name: 'Bowlingcentrum De Strike', place: 'Ruwenbroek', street: 'Industrieweg 22', desc: 'Leverancier LEV-085. Horeca & recreatie.' }, [
  svc('Ochtendbowlen', p('Meedoen > Vrije tijd', 'PRD-0370', 'Strike! Dinsdagochtend bowlen met koffie voor 55+. ✓ € 6 incl. koffie'), ['ontmoeting', 'bewegen']),
]);

org({ name: 'MobiCenter Kleiland', place: 'Ruwenbroek', street: 'Industrieweg 30', desc: 'Leverancier LEV-086. Winkel in hulpmiddelen.' }, [
  svc('Scootmobiel & Rollator Shop', p('Zorg > Thuis > Mobiliteit > Kopen', 'PRD-0152', 'Vandaag besteld, morgen rijden! Koop, huur of reparatie van scootmobielen, rollators en rolstoelen. ✓ Proefrit aan huis'), ['hulpmiddelen'], { area: REGIO }),
]);

org({ name: 'Energieloket Akkerveld', place: 'Ruwenbroek', street: 'Raadhuisplein 3', desc: 'Leverancier LEV-099.' }, [
  svc('Energiecoach Aan Huis', p('Wonen > Energie > Besparen', 'PRD-0650', 'Lagere energierekening! Een energiecoach komt langs met tips en gratis tochtstrips en ledlampen. ✓ Gratis'), ['energie', 'geldzorgen']),
  svc('Noodfonds Energie 2023', p('Wonen > Energie > Toeslag', 'PRD-0651', 'Eenmalige tegemoetkoming energiekosten. (Product gesloten.)'), ['energie', 'inkomen'], { status: 'inactive' }),
]);

org({ name: 'Centrum Jong Akkerveld', alt: 'CJA', place: 'De Klaverhof', street: 'Speelweide 2', desc: 'Leverancier LEV-100. Opvoed- en jeugdhulp.' }, [
  svc('Opvoedspreekuur', p('Jeugd > Opvoeden > Advies', 'PRD-0720', 'Slapen, eten, driftbuien, puberteit, schermtijd. Stel uw vraag aan een pedagoog. ✓ Gratis ✓ Ook via chat'), ['opvoeding']),
  svc('Positief Opvoeden Groep', p('Jeugd > Opvoeden > Cursus', 'PRD-0721', 'Minder ruzie, meer plezier. Cursus van 5 avonden (Triple P). ✓ Gratis'), ['opvoeding']),
  svc('Kinderen Uit Elkaar', p('Jeugd > Gezin > Scheiding', 'PRD-0722', 'Groep voor kinderen van 8-12 met gescheiden ouders. ✓ Gratis'), ['scheiding', 'jeugdhulp']),
  svc('Jeugdhulp Ambulant', p('Jeugd > Hulp > Ambulant', 'PRD-0730', 'Hulp aan huis bij gedragsproblemen, angst of ADHD. ✓ Met verwijzing sociaal team, huisarts of jeugdarts'), ['jeugdhulp']),
  svc('Parenting in Akkerveld (English)', p('Youth > Parenting', 'PRD-0723', 'Raising children in a new country? Free parenting talks in English for international families, with child care. ✓ Free'), ['opvoeding', 'nieuwkomers'], { lang: ['en'] }),
]);

org({ name: 'Jongerencentrum De Loods', place: 'Ruwenbroek', street: 'Loodsweg 2', desc: 'Leverancier LEV-101.' }, [
  svc('Open Loods', p('Jeugd > Jongeren > Ontmoeten', 'PRD-0711', 'Games, muziekstudio, huiswerkhulp. Praat met een jongerenwerker als het thuis of op school niet lekker gaat. ✓ Gratis'), ['jongerenwerk', 'ontmoeting']),
]);

org({ name: 'Dorpshuis Lindeweerd', place: 'Lindeweerd', street: 'Dorpsstraat 20', desc: 'Leverancier LEV-102. Vereniging.' }, [
  svc('Soos & Koffie', p('Welzijn > Ontmoeten > Dorp', 'PRD-0325', 'Dinsdag koffieochtend, donderdag klaverjassen. ✓ Iedereen welkom'), ['ontmoeting', 'eenzaamheid']),
  svc('Belbus Oude Kamp-Lindeweerd', p('Zorg > Vervoer > Vrijwillig', 'PRD-0161', 'Vrijwillige chauffeurs rijden u naar de huisarts, winkel of het ziekenhuis. ✓ € 0,35 per km ✓ 1 dag vooraf bellen'), ['vervoer'], { area: DORPEN }),
]);

org({ name: 'Stichting Jong en Zorgzaam', place: 'Zandstee', street: 'Polderweg 19', desc: 'Leverancier LEV-103. Vrijwilligers voor jonge mantelzorgers.' }, [
  svc('Jonge Mantelzorgers Club', p('Jeugd > Mantelzorg', 'PRD-0302', 'Zorg jij thuis voor een zieke ouder, broer of zus? Leuke uitjes en praten met anderen. ✓ 8-18 jaar ✓ Gratis'), ['mantelzorg', 'jongerenwerk']),
]);

org({ name: 'Welzijn Digitaal Akkerveld', place: 'Hoogakker', street: 'Brink 9', desc: 'Leverancier LEV-104.' }, [
  svc('Tablet Thuis', p('Meedoen > Digitaal > Aan huis', 'PRD-0802', 'Een vrijwilliger leert u thuis videobellen met de kleinkinderen. ✓ Gratis ✓ Leen-tablet'), ['digitaal', 'eenzaamheid'], { area: DORPEN }),
]);

org({ name: 'Health Navigator Kleiland', place: 'Dorrestad', street: 'Handelskade 3', desc: 'Leverancier LEV-087. Service voor internationale werknemers.' }, [
  svc('Expat Healthcare Guide', p('Health > Navigation', 'PRD-1500', 'New to Dutch healthcare? We help you register with a GP (huisarts), understand your insurance and find a dentist or mental health care. ✓ Paid by many employers'), ['nieuwkomers', 'huisarts'], { lang: ['en'], area: REGIO }),
]);
