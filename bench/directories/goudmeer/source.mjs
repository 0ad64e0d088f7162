// Gemeente Goudmeer (FICTIEF): the hand-written source of a made-up municipal sociale kaart, the
// "Wegwijzer Zorg en Welzijn" of the gemeente Goudmeer, written for the search benchmark only.
// Goudmeer is an invented, fast-growing suburban town: new-build wijken full of young families
// (De Rietlanden, Meerzicht, Polderpark) around an older centre (Oude Kern, Gouden Hof) and one
// village, Kievitsveld. Every organisation, person, street and address is invented; postal codes
// run 0067-0099 (no Dutch postal code starts with 0) and every phone number is 0000-… (make.mjs
// numbers them). The national help lines (113, Veilig Thuis, 112 …) are deliberately not listed:
// the product supplies those itself.
//
// Publisher style: the communications department writes in B1 language, in the "u"-form, with
// question-shaped service names ("Hulp nodig bij uw geldzaken?") and FAQ-like descriptions
// ("Wat kunt u verwachten?"). Much is referred on to the Sociaal Team and the Wmo-loket; some
// services are run by commercial providers (kinderopvang, thuiszorg, fysiotherapie).
//
// `topics` is the judge's key: what a service really answers, as a social worker would file it.
import { addingTo, svc } from '../write-directory.mjs';

export const TOPICS = {
  huisarts: 'huisartsenpraktijk: spreekuur, visite, verwijzing',
  hap: 'huisartsenpost: de huisarts buiten kantoortijd (avond, nacht, weekend)',
  'poh-ggz': 'praktijkondersteuner ggz (POH-GGZ) bij de huisarts',
  ggz: 'psychische hulp door een professional: POH-GGZ, psycholoog, basis- of specialistische ggz',
  'jeugd-ggz': 'psychische hulp voor kinderen en jongeren',
  stress: 'hulp bij stress, somberheid, angst, overspannenheid en burn-out',
  epa: 'ernstige psychische aandoening: FACT-team, langdurige ggz-begeleiding, herstel',
  fysiotherapie: 'fysiotherapie',
  zwangerschap: 'zwanger: verloskundige, kraamzorg, zwangerschapscursus',
  jgz: 'jeugdgezondheidszorg: consultatiebureau, jeugdarts, jeugdverpleegkundige',
  'seksuele-gezondheid': 'seksuele gezondheid: soa-test, anticonceptie, vragen over seks en relaties',
  leefstijl: 'gezonde leefstijl, gewicht, stoppen met roken',
  rouw: 'rouw en verlies: rouwgroep, rouwbegeleiding',
  eenzaamheid: 'eenzaamheid: bezoek, maatje, contact met anderen',
  buurthuis: 'buurthuis, wijkcentrum of ontmoetingsplek met vrije inloop en activiteiten',
  verslaving: 'verslaving bij volwassenen: alcohol, drugs, gokken (hulp en lotgenoten)',
  'verslaving-jongeren': 'alcohol, blowen, drugs en gamen bij jongeren (ook voor hun ouders)',
  lvb: 'voor mensen met een licht verstandelijke beperking (LVB)',
  autisme: 'autisme: begeleiding, lotgenoten, informatie',
  nah: 'niet-aangeboren hersenletsel (NAH), bijvoorbeeld na een beroerte of ongeluk',
  dementie: 'dementie en geheugenproblemen, ook voor naasten',
  mantelzorg: 'steun voor mantelzorgers: advies, lotgenoten, waardering',
  'jonge-mantelzorg': 'jonge mantelzorgers (kinderen en jongeren die thuis zorgen)',
  respijt: 'respijtzorg: de zorg tijdelijk overnemen zodat de mantelzorger rust heeft',
  dagbesteding: 'dagbesteding (ouderen, dementie, ggz, beperking)',
  wmo: 'Wmo-loket van de gemeente: hulp en voorzieningen aanvragen',
  'sociaal-team': 'sociaal team: eerste plek voor alle vragen, ook bij meerdere problemen tegelijk',
  clientondersteuning: 'onafhankelijke cliëntondersteuning',
  pgb: 'persoonsgebonden budget (pgb)',
  thuiszorg: 'thuiszorg en wijkverpleging: verpleging en persoonlijke verzorging thuis',
  'huishoudelijke-hulp': 'hulp bij het huishouden (schoonmaken)',
  maaltijden: 'maaltijden aan huis of samen eten',
  alarmering: 'personenalarmering',
  hulpmiddelen: 'hulpmiddelen: rolstoel, rollator, scootmobiel, uitleen',
  woningaanpassing: 'aanpassingen in huis (traplift, drempels, douche)',
  vervoer: 'vervoer: regiotaxi, vrijwillige chauffeurs, Wmo-vervoer',
  ouderenadvies: 'ouderenadviseur: vragen van ouderen over wonen, zorg en geld',
  bewegen: 'sport en bewegen, buurtsportcoach, sportfonds voor minima',
  opvoeden: 'opvoedsteun en vragen over kinderen',
  jeugdhulp: 'jeugdhulp en gezinsbegeleiding',
  jongeren: 'jongerenwerk: een plek en een vertrouwd persoon voor jongeren',
  onderwijs: 'school en leerplicht: leerplichtambtenaar, schoolmaatschappelijk werk, voortijdig schoolverlaten',
  kinderopvang: 'kinderopvang, peuteropvang, buitenschoolse opvang, gastouder',
  echtscheiding: 'scheiding: hulp voor ouders en kinderen',
  'huiselijk-geweld': 'huiselijk geweld en kindermishandeling: hulp, advies en opvang',
  ehbo: 'EHBO- en reanimatiecursussen en trainingen (ook mentale EHBO, suïcidepreventie)',
  geldzorgen: 'geldzorgen en schulden: rondkomen, budgetcoach, schuldhulp',
  bewindvoering: 'beschermingsbewind en budgetbeheer',
  voedselbank: 'voedselbank, kledingbank en andere noodhulp in natura',
  minima: 'regelingen voor een laag inkomen: bijzondere bijstand, meedoenpas, kindpakket',
  administratie: 'hulp bij post, formulieren, belastingaangifte en toeslagen',
  juridisch: 'juridisch advies (sociaal raadslieden, juridisch loket)',
  uitkering: 'uitkering: bijstand aanvragen, vragen over uw uitkering',
  werk: 'werk zoeken, re-integratie, participatie, jobcoach',
  vrijwilligerswerk: 'vrijwilligerswerk vinden',
  woningzoeken: 'een woning zoeken: inschrijven, urgentie',
  huurachterstand: 'huurachterstand en huisuitzetting voorkomen',
  dakloos: 'dak- en thuislozen: opvang, nachtopvang, briefadres',
  buurtbemiddeling: 'burenruzie en buurtbemiddeling',
  taal: 'Nederlands leren en oefenen: NT2, taalmaatje, taalcafé',
  digitaal: 'hulp met de computer, smartphone en DigiD',
  nieuwkomers: 'nieuwkomers (statushouders, migranten, internationals): wegwijs, inburgering, maatschappelijke begeleiding',
  palliatief: 'palliatieve zorg, hospice, laatste levensfase',
};

export const places = {
  'Oude Kern': { gemeente: 'Goudmeer', pc: '0067' },
  'Gouden Hof': { gemeente: 'Goudmeer', pc: '0071' },
  'De Rietlanden': { gemeente: 'Goudmeer', pc: '0078' },
  Meerzicht: { gemeente: 'Goudmeer', pc: '0083' },
  Polderpark: { gemeente: 'Goudmeer', pc: '0089' },
  Kievitsveld: { gemeente: 'Goudmeer', pc: '0096' },
};

export const organizations = [];
const org = addingTo(organizations);

const ST = 'Bel het Sociaal Team of loop binnen bij het inlooppunt in uw wijk.';

org({ name: 'Sociaal Team Goudmeer', place: 'Oude Kern', street: 'Raadhuisplein 1', desc: 'Het Sociaal Team is er voor alle inwoners van Goudmeer met vragen over zorg, geld, opvoeden, wonen of meedoen. Eén vraag of een heleboel tegelijk: u begint bij ons.' }, [
  svc('Weet u niet waar u moet beginnen?', 'Soms loopt alles door elkaar. Geldzorgen, ruzie thuis, een kind dat niet naar school wil, een ouder die zorg nodig heeft. Het Sociaal Team luistert eerst naar uw hele verhaal. Samen met u maken we een plan. Wat kunt u verwachten? Een vaste contactpersoon, een gesprek bij u thuis als u dat wilt, en hulp die bij u past. Het kost niets.', ['sociaal-team'], { apply: 'Bel ons of kom langs. U hoeft geen verwijzing te hebben.', hours: 'Maandag t/m vrijdag 8.30-17.00 uur' }),
  svc('Inloopspreekuur Sociaal Team in uw wijk', 'Elke week zit iemand van het Sociaal Team in de wijk. U kunt zonder afspraak binnenlopen met een brief die u niet snapt, een zorg over uw buurman of een vraag over hulp thuis.', ['sociaal-team', 'administratie'], { hours: 'De Rietlanden: dinsdag 9.00-11.00 (MFA De Kreek). Meerzicht: donderdag 13.30-15.30 (Het Anker). Oude Kern: vrijdag 9.30-11.30 (Raadhuis).', at: { name: 'MFA De Kreek', street: 'Rietzanger 40', place: 'De Rietlanden' } }),
  svc('Maakt u zich zorgen over een gezin in uw buurt?', 'Denkt u dat het in een gezin niet goed gaat? Bijvoorbeeld omdat u vaak harde ruzie hoort of kinderen er verwaarloosd uitzien? Bespreek het met het Sociaal Team. We denken met u mee over wat u kunt doen. U kunt ook anoniem advies vragen. Is er direct gevaar? Bel dan 112.', ['huiselijk-geweld', 'sociaal-team']),
  svc('Hulp nodig bij uw geldzaken?', 'Lukt het niet meer om rond te komen? Heeft u rekeningen die blijven liggen? Hoe eerder u hulp vraagt, hoe beter. De geldcoach van het Sociaal Team kijkt met u naar uw inkomsten en uitgaven, maakt een plan en regelt zo nodig schuldhulpverlening. Ook als u een eigen bedrijf heeft.', ['geldzorgen', 'sociaal-team'], { alt: 'Schuldhulpverlening', apply: 'Bel het Sociaal Team en vraag naar de geldcoach. Binnen 3 werkdagen heeft u een eerste gesprek.', fees: 'Gratis' }),
  svc('Zorgt u voor iemand en wordt het u te veel?', 'U zorgt voor uw partner, kind, ouder of buur. Dat doet u met liefde, maar het kan zwaar worden. De mantelzorgconsulent van het Sociaal Team helpt u. We kijken samen of u af en toe vrij kunt nemen (respijtzorg), welke hulp er nog meer is en hoe u het volhoudt.', ['mantelzorg', 'respijt', 'sociaal-team']),
  svc('Zorgen om uw kind of over opvoeden?', 'Uw kind slaapt slecht, heeft driftbuien of trekt zich terug? Of wilt u gewoon eens praten over opvoeden? De gezinscoach van het Sociaal Team denkt met u mee. Soms is een paar gesprekken genoeg, soms regelen we jeugdhulp. Voor ouders van kinderen van 0 tot 18 jaar.', ['opvoeden', 'jeugdhulp', 'sociaal-team']),
  svc('Voor jonge mantelzorgers: JIMM-club', 'Heb jij een broer, zus of ouder die ziek is of een beperking heeft? Dan doe jij vaak meer thuis dan je vrienden. Bij de JIMM-club (Jong, In de Maling, Mantelzorger) ontmoet je jongeren van 10-18 die dat ook kennen. We doen leuke dingen en je kunt praten als je wilt.', ['jonge-mantelzorg'], { hours: 'Elke 2e woensdag van de maand, 14.00-16.30 uur' }),
]);

org({ name: 'Gemeente Goudmeer - Wmo-loket', alt: 'Wmo-loket', place: 'Oude Kern', street: 'Raadhuisplein 1', desc: 'Via het Wmo-loket vraagt u voorzieningen aan op grond van de Wet maatschappelijke ondersteuning.' }, [
  svc('Hoe vraag ik hulp aan via de Wmo?', 'Heeft u hulp nodig om thuis te kunnen blijven wonen of om mee te doen? Dan meldt u zich bij het Wmo-loket. Daarna volgt een gesprek, het keukentafelgesprek. U mag iemand meenemen, bijvoorbeeld een familielid of een onafhankelijke cliëntondersteuner. Binnen 6 weken krijgt u een advies. Let op: voor sommige voorzieningen betaalt u een eigen bijdrage.', ['wmo'], { apply: 'Meld u via het formulier op de website of bel het Wmo-loket.', fees: 'Eigen bijdrage: maximaal € 21,80 per maand (2026).' }),
  svc('Moeite met lopen? Rolstoel, rollator of scootmobiel', 'Kunt u niet meer goed lopen of fietsen? Dan kunt u via de Wmo een scootmobiel of rolstoel krijgen. Een rollator koopt u meestal zelf, of u leent er een bij de uitleenservice. Wat is handig om te weten? Eerst volgt een gesprek, soms komt een ergotherapeut bij u langs.', ['hulpmiddelen', 'wmo']),
  svc('Is uw huis niet meer handig?', 'Komt u de trap niet meer op of is de douche lastig? Misschien kan uw woning worden aangepast. Denk aan een traplift, een douchestoel of drempels weghalen. Soms is verhuizen naar een gelijkvloerse woning een betere oplossing. Het Wmo-loket bekijkt dit met u.', ['woningaanpassing', 'wmo']),
  svc('Hulp bij het schoonhouden van uw huis', 'Kunt u uw huis niet meer zelf schoonhouden door ziekte, ouderdom of een beperking? Dan kunt u huishoudelijke hulp aanvragen. De hulp komt van een zorgaanbieder waar de gemeente afspraken mee heeft, zoals Thuiszorg Zonnedauw.', ['huishoudelijke-hulp', 'wmo'], { fees: 'Eigen bijdrage volgens de Wmo-regels.' }),
  svc('Vervoer met de Meertaxi', 'Kunt u niet met de bus reizen? Met een Meertaxi-pas reist u voor een klein bedrag van deur tot deur in de regio. U moet de rit minimaal een uur van tevoren bestellen.', ['vervoer', 'wmo'], { fees: '€ 1,10 per zone' }),
  svc('Wat is een pgb?', 'Met een persoonsgebonden budget (pgb) koopt u zelf zorg in, bijvoorbeeld begeleiding of huishoudelijke hulp. U beslist zelf wie de zorg geeft. Maar u moet ook zelf de administratie doen. Het Wmo-loket legt uit of een pgb bij u past en wat u moet regelen.', ['pgb', 'wmo']),
  svc('Begeleiding of dagbesteding aanvragen', 'Heeft u iemand nodig die u helpt de dag te structureren, of zoekt u een zinvolle plek voor overdag? Via de Wmo kunt u begeleiding thuis of dagbesteding krijgen. Voor mensen met dementie, psychische problemen, NAH of een verstandelijke beperking.', ['dagbesteding', 'wmo']),
]);

org({ name: 'MEE Goudmeer', place: 'Gouden Hof', street: 'Lindelaan 12', desc: 'Onafhankelijke cliëntondersteuning en begeleiding voor mensen met een beperking.' }, [
  svc('Wilt u iemand naast u bij het gesprek met de gemeente?', 'Een cliëntondersteuner van MEE is onafhankelijk: wij werken niet voor de gemeente. We bereiden het keukentafelgesprek met u voor, gaan mee en helpen bij bezwaar. Gratis, voor iedereen.', ['clientondersteuning']),
  svc('Ondersteuning bij een licht verstandelijke beperking', 'Snapt u brieven vaak niet, of vindt u het lastig om dingen te regelen? MEE helpt mensen met een licht verstandelijke beperking (LVB) en hun familie. Met uitleg in makkelijke taal, hulp bij werk en wonen, en een vast aanspreekpunt.', ['lvb']),
  svc('Autisme-café Goudmeer', 'Eén keer per maand praten volwassenen met autisme en hun naasten over een thema. Rustige ruimte, geen drukte, koffie en thee staan klaar.', ['autisme'], { hours: 'Laatste maandag van de maand, 19.30-21.30 uur', at: { name: 'Het Anker', street: 'Havenkade 3', place: 'Meerzicht' } }),
  svc('Leven met hersenletsel', 'Na een beroerte, hersenbloeding of ongeluk kan uw leven veranderen. U bent sneller moe, vergeetachtig of prikkelbaar. De NAH-consulent van MEE helpt u en uw gezin om ermee om te gaan.', ['nah']),
]);

org({ name: 'Huisartsenpraktijk De Meerhoek', place: 'De Rietlanden', street: 'Rietzanger 44', desc: 'Huisartsenpraktijk in gezondheidscentrum De Kreek.' }, [
  svc('Nieuw in Goudmeer? Inschrijven bij de huisarts', 'Bent u net verhuisd naar De Rietlanden, Meerzicht of Polderpark? Schrijf u dan op tijd in. Let op: we hebben soms een wachtlijst. U kunt bellen voor een afspraak of een e-consult sturen via de app.', ['huisarts'], { hours: 'Ma-vr 8.00-17.00. Voor spoed buiten deze tijden: Huisartsenpost Meerland.' }),
  svc('Praktijkondersteuner GGZ', 'Voelt u zich somber, gestrest of angstig? De POH-GGZ heeft tijd voor een paar gesprekken. U heeft wel eerst een afspraak met uw huisarts nodig. Geen eigen risico.', ['poh-ggz', 'ggz', 'stress']),
  svc('Leefstijlspreekuur', 'Wilt u afvallen, stoppen met roken of meer bewegen? De praktijkverpleegkundige helpt u op weg, bijvoorbeeld met het programma Samen Fit (GLI).', ['leefstijl']),
]);

org({ name: 'Gezondheidscentrum Oude Kern', place: 'Oude Kern', street: 'Kerkstraat 8', desc: 'Huisartsen, apotheek en praktijkondersteuners in het centrum.' }, [
  svc('Huisartsen Oude Kern', 'Drie huisartsen voor inwoners van Oude Kern en Gouden Hof. Visites bij ouderen die niet naar de praktijk kunnen komen. Spreekuur op afspraak.', ['huisarts']),
  svc('Ouderenzorg in de huisartsenpraktijk', 'Bent u 75 jaar of ouder? De praktijkverpleegkundige ouderenzorg komt bij u thuis en kijkt hoe het gaat: valt u vaak, gaat het geheugen achteruit, redt u het nog alleen?', ['huisarts', 'ouderenadvies', 'dementie']),
]);

org({ name: 'Huisartsenpost Meerland', place: 'Polderpark', street: 'Ziekenhuisweg 2', desc: 'Spoedzorg van de huisarts buiten kantoortijd.' }, [
  svc('Huisarts nodig in de avond of het weekend?', 'Heeft u dringend een huisarts nodig en is uw eigen praktijk dicht? Bel dan eerst de huisartsenpost. Kom niet zonder afspraak. Bij levensgevaar belt u 112.', ['hap'], { hours: "Ma-vr 17.00-8.00, weekend en feestdagen de hele dag" }),
]);

org({ name: 'Psychologenpraktijk Meerzicht', place: 'Meerzicht', street: 'Waterlelie 7', desc: 'Basis-ggz voor volwassenen en jongeren (commerciële praktijk met contracten bij alle zorgverzekeraars).' }, [
  svc('Kortdurende behandeling bij psychische klachten', 'Gaat het al een tijd niet goed? Bij somberheid, angst, paniek, burn-out of rouw kunt u bij ons terecht met een verwijzing van de huisarts. Ook online behandeling.', ['ggz', 'stress'], { elig: 'Verwijzing van de huisarts nodig. Eigen risico geldt.' }),
  svc('Therapy in English', 'Our psychologists also treat expats and international students in English. Referral by your GP (huisarts) required; covered by Dutch basic health insurance after the deductible (eigen risico).', ['ggz', 'stress'], { lang: ['en'] }),
]);

org({ name: 'GGZ Meerland', place: 'Polderpark', street: 'Ziekenhuisweg 10', desc: 'Specialistische geestelijke gezondheidszorg voor de regio.' }, [
  svc('FACT-team Goudmeer', 'Het FACT-team begeleidt mensen met een ernstige psychische aandoening, zoals psychose of bipolaire stoornis, in hun eigen omgeving. Psychiater, verpleegkundige en ervaringsdeskundige werken samen.', ['epa']),
  svc('Jeugd-GGZ Meerland', 'Behandeling voor kinderen en jongeren tot 18 jaar bij bijvoorbeeld ADHD, angst, depressie of eetproblemen. Met verwijzing van huisarts, jeugdarts of Sociaal Team.', ['jeugd-ggz', 'jeugdhulp']),
  svc('Herstelwerkplaats', 'Werken aan uw herstel samen met ervaringsdeskundigen. Cursussen en een inloop. Geen verwijzing nodig.', ['epa']),
  svc('Verslavingszorg: hulp bij alcohol, drugs en gokken', 'Drinkt u meer dan u wilt, gebruikt u drugs of gokt u? Praat erover met een consulent van de verslavingszorg. Ook naasten zijn welkom. Anoniem kan.', ['verslaving']),
]);

org({ name: 'Jeugdgezondheidszorg GGD Meerland', alt: 'Consultatiebureau', place: 'De Rietlanden', street: 'Rietzanger 40', desc: 'Consultatiebureau en jeugdarts voor kinderen van 0-18 jaar.' }, [
  svc('Het consultatiebureau: wanneer gaat u?', 'U komt met uw baby of peuter regelmatig naar het consultatiebureau. We wegen en meten, geven vaccinaties en beantwoorden uw vragen over voeding, slapen en huilen. Gratis. U krijgt vanzelf een uitnodiging na de geboorte.', ['jgz'], { hours: 'Op afspraak. Locaties: MFA De Kreek en Polderpark Kindcentrum.' }),
  svc('Vraag het de jeugdverpleegkundige (chat)', 'Heeft u een vraag over uw kind maar geen zin om te bellen? Chat met een jeugdverpleegkundige. Ook tieners kunnen zelf chatten over puberteit, pesten of gezondheid.', ['jgz', 'opvoeden'], { online: true, phone: false }),
  svc('Jeugdarts op school', 'In groep 2 en groep 7 en in de tweede klas ziet de jeugdarts of jeugdverpleegkundige alle kinderen. Ook bij veel ziekteverzuim.', ['jgz', 'onderwijs']),
]);

org({ name: 'Verloskundigenpraktijk Het Nest', place: 'Meerzicht', street: 'Waterlelie 15', desc: 'Verloskundigen voor Goudmeer.' }, [
  svc('Zwanger? Meld u aan bij de verloskundige', 'Bent u zwanger? Neem dan contact op rond week 6 tot 8. Wij begeleiden uw zwangerschap, bevalling en de eerste week na de geboorte. Ook zwangerschapsyoga en een informatieavond over bevallen.', ['zwangerschap']),
  svc('Pregnant and new in the Netherlands?', 'We explain how pregnancy care works here: the midwife, kraamzorg and the consultatiebureau. English-speaking midwives available.', ['zwangerschap'], { lang: ['en'] }),
]);

org({ name: 'Kraamzorg Wiegje', place: 'Polderpark', street: 'Akkerweg 30', desc: 'Commerciële kraamzorgorganisatie.' }, [
  svc('Kraamzorg aanvragen', 'Regel kraamzorg vóór week 16 van uw zwangerschap. De kraamverzorgende helpt u de eerste dagen na de bevalling thuis. Vergoed door uw zorgverzekeraar, eigen bijdrage per uur.', ['zwangerschap']),
]);

org({ name: 'Kinderopvang Kiekeboe', place: 'De Rietlanden', street: 'Rietzanger 52', desc: 'Kinderdagverblijf, peuteropvang en bso (commerciële aanbieder).' }, [
  svc('Kinderdagverblijf en bso in De Rietlanden en Polderpark', 'Opvang voor kinderen van 0 tot 12 jaar. Lange dagen open, handig voor ouders die in de stad werken. Er is een wachtlijst, schrijf uw kind op tijd in. U kunt kinderopvangtoeslag aanvragen bij de Belastingdienst.', ['kinderopvang'], { hours: 'Ma-vr 7.00-18.30' }),
  svc('Peuterspeelgroep met extra taal', 'Twee ochtenden per week spelen peuters van 2 tot 4 jaar samen. Kinderen die extra hulp bij taal nodig hebben, krijgen een indicatie van het consultatiebureau (VVE). Voor ouders zonder toeslag betaalt de gemeente mee.', ['kinderopvang', 'taal']),
]);

org({ name: 'Gastouderbureau Goudmeer', place: 'Gouden Hof', street: 'Beukenlaan 4', desc: 'Bemiddeling tussen ouders en gastouders.' }, [
  svc('Opvang bij een gastouder', 'Liever kleinschalig? Een gastouder vangt uw kind op in een huiselijke omgeving. Wij zoeken een gastouder bij u in de buurt.', ['kinderopvang']),
  svc('Gastouder worden', 'Wilt u zelf gastouder worden? Wij helpen u met de opleiding en de registratie. Deze dienst is tijdelijk gestopt.', ['kinderopvang'], { status: 'inactive' }),
]);

org({ name: 'Thuiszorg Zonnedauw', place: 'Gouden Hof', street: 'Lindelaan 30', desc: 'Commerciële thuiszorgorganisatie met wijkverpleging en huishoudelijke hulp.' }, [
  svc('Wijkverpleging en verzorging thuis', 'Hulp bij wassen, aankleden, steunkousen of medicijnen? Of wondzorg na een ziekenhuisopname? De wijkverpleegkundige komt bij u thuis. Geen verwijzing nodig; u belt ons zelf. Vergoed uit het basispakket.', ['thuiszorg']),
  svc('Huishoudelijke hulp (particulier of via Wmo)', 'Onze hulpen maken uw huis schoon. Heeft u een Wmo-indicatie, dan regelen wij het met de gemeente. Zonder indicatie kunt u ook particulier hulp inkopen.', ['huishoudelijke-hulp']),
  svc('Alarmknop voor thuis', 'Een alarmknop om uw pols of nek. Valt u of voelt u zich niet goed, dan drukt u op de knop. Een centrale belt dan uw contactpersoon of stuurt iemand.', ['alarmering'], { fees: 'Vanaf € 17,50 per maand' }),
  svc('Zorg in de laatste levensfase', 'Wilt u thuis sterven? Onze verpleegkundigen palliatieve zorg helpen u en uw familie, ook ’s nachts.', ['palliatief', 'thuiszorg']),
]);

org({ name: 'Fysiotherapie Meerzicht', place: 'Meerzicht', street: 'Waterlelie 20', desc: 'Fysiotherapiepraktijk (commercieel).' }, [
  svc('Last van rug, nek of knie?', 'Kom langs bij de fysiotherapeut. U heeft geen verwijzing nodig. Ook bekkenfysiotherapie na de zwangerschap en kinderfysiotherapie.', ['fysiotherapie']),
  svc('Beweeggroep Fit 65+', 'Veilig bewegen in een groep voor ouderen. Ook goed om vallen te voorkomen.', ['bewegen', 'fysiotherapie'], { at: { name: 'Wijkcentrum De Hof', street: 'Kerkstraat 22', place: 'Oude Kern' } }),
]);

org({ name: 'Welzijn Goudmeer', place: 'Oude Kern', street: 'Kerkstraat 22', desc: 'Welzijnsorganisatie: buurthuizen, ouderenwerk, jongerenwerk en vrijwilligers.' }, [
  svc('Wijkcentrum De Hof', 'Het wijkcentrum in het oude centrum. Elke ochtend koffie-inloop, daarnaast biljarten, handwerken, klaverjassen en een computercursus. Iedereen is welkom.', ['buurthuis'], { hours: 'Ma-vr 9.00-16.30' }),
  svc('Buurtkamer Polderpark', 'Nieuw in de wijk en nog niemand kennen? In de Buurtkamer ontmoet u buren. Met een speelhoek, dus neem de kinderen gerust mee.', ['buurthuis', 'eenzaamheid'], { at: { name: 'Polderpark Kindcentrum', street: 'Akkerweg 2', place: 'Polderpark' } }),
  svc('Voelt u zich weleens alleen?', 'Iedereen voelt zich weleens eenzaam. Heeft u daar vaak last van? Een vrijwilliger komt bij u op bezoek, gaat mee wandelen of belt u elke week. Ook voor jongere mensen.', ['eenzaamheid']),
  svc('Ouderenadviseur', 'Vragen over langer thuis wonen, verhuizen, zorg of geld? De ouderenadviseur komt bij u thuis en zoekt het met u uit.', ['ouderenadvies']),
  svc('Samen eten in De Hof', 'Elke dinsdag en donderdag kookt een team van vrijwilligers een warme maaltijd. Gezellig samen eten voor € 6,50. Ook maaltijden aan huis via Tafeltje Dekje.', ['maaltijden', 'eenzaamheid'], { fees: '€ 6,50 per maaltijd' }),
  svc('Jongerenwerk The Spot', 'Hangen, chillen, gamen of gewoon praten. The Spot is de plek voor jongeren van 12 tot 23 jaar. De jongerenwerkers helpen je ook als je ergens mee zit: thuis, school, geld of werk.', ['jongeren'], { at: { name: 'The Spot', street: 'Stationsstraat 5', place: 'Meerzicht' }, hours: 'Wo 14.00-21.00, vr 19.00-23.00, za 14.00-18.00' }),
  svc('Vrijwilligerscentrale Goudmeer', 'Wilt u iets doen voor een ander? Wij helpen u een vrijwilligersplek te vinden die bij u past. Ook voor nieuwkomers die Nederlands willen oefenen.', ['vrijwilligerswerk']),
  svc('Digicafé', 'Moeite met uw telefoon, DigiD of de app van de bank? Vrijwilligers helpen u. Neem uw eigen telefoon of laptop mee.', ['digitaal'], { hours: 'Woensdag 10.00-12.00 in de bibliotheek' }),
  svc('Klussendienst', 'Een lamp ophangen of de dakgoot schoonmaken? Voor ouderen met een klein inkomen. Deze dienst is gestopt per 1 juli 2026.', ['ouderenadvies'], { status: 'inactive' }),
  svc('Buurtbemiddeling', 'Last van de buren door geluid, parkeren of de heg? Twee getrainde vrijwilligers helpen u om er samen uit te komen. Gratis.', ['buurtbemiddeling']),
  svc('Buurtsportcoach', 'Sporten voor een klein budget? De buurtsportcoach helpt kinderen en volwassenen een sport te vinden. Met het Jeugdfonds Sport betaalt u soms niets voor de contributie.', ['bewegen', 'minima']),
]);

org({ name: 'Mantelzorgpunt Goudmeer', place: 'Gouden Hof', street: 'Lindelaan 12', desc: 'Steunpunt voor mantelzorgers.' }, [
  svc('Even er tussenuit als mantelzorger?', 'Een vrijwilliger neemt een dagdeel per week de zorg van u over, zodat u even naar de kapper kunt of rust kunt nemen. Ook logeeropvang voor uw naaste is mogelijk.', ['respijt', 'mantelzorg']),
  svc('Mantelzorgwaardering en lotgenotengroep', 'Eén keer per jaar krijgt u als mantelzorger een waardering van de gemeente. Ook is er een maandelijkse koffieochtend met andere mantelzorgers.', ['mantelzorg']),
]);

org({ name: 'Alzheimer Café Goudmeer', place: 'Oude Kern', street: 'Kerkstraat 22', desc: 'Informatie en ontmoeting rond dementie.' }, [
  svc('Alzheimer Café', 'Voor mensen met dementie, hun partners, kinderen en andere belangstellenden. Elke maand een ander thema, zoals "De diagnose: en nu?" of "Wanneer verpleeghuis?".', ['dementie', 'mantelzorg']),
  svc('Casemanager dementie', 'Heeft u of uw naaste de diagnose dementie? Een casemanager begeleidt u tijdens het hele ziekteproces. Vergoed door de zorgverzekeraar.', ['dementie'], { at: { name: 'Thuiszorg Zonnedauw', street: 'Lindelaan 30', place: 'Gouden Hof' } }),
]);

org({ name: 'Zorgboerderij De Kievit', place: 'Kievitsveld', street: 'Kievitsweg 9', desc: 'Dagbesteding op een boerderij.' }, [
  svc('Dagbesteding op de boerderij', 'Buiten zijn, de dieren verzorgen, samen koffie drinken. Dagbesteding voor ouderen met dementie en voor volwassenen met NAH of een verstandelijke beperking. Met vervoer.', ['dagbesteding', 'dementie', 'nah', 'lvb'], { elig: 'Met een Wmo-beschikking of Wlz-indicatie.' }),
]);

org({ name: 'Hospice De Overkant', place: 'Kievitsveld', street: 'Dorpsstraat 50', desc: 'Bijna-thuis-huis met vier kamers.' }, [
  svc('Hospice De Overkant', 'Als thuis sterven niet lukt, kunt u in het hospice verblijven. Vrijwilligers en verpleegkundigen zorgen voor u. Familie is altijd welkom.', ['palliatief']),
]);

org({ name: 'Stichting Rouwcirkel', place: 'Oude Kern', street: 'Kerkstraat 22', desc: 'Vrijwilligers die rouwenden steunen.' }, [
  svc('Rouwgroep: verder na verlies', 'Is uw partner, kind of ouder overleden? In de rouwgroep praat u met anderen die ook iemand verloren. Acht bijeenkomsten.', ['rouw']),
  svc('Kinderrouwgroep', 'Voor kinderen van 6-12 jaar van wie een ouder, broer of zus is overleden. Spelen, tekenen en praten.', ['rouw', 'jeugdhulp']),
]);

org({ name: 'Voedselbank Goudmeer', place: 'Polderpark', street: 'Industrieweg 14', desc: 'Voedselpakketten voor huishoudens met te weinig geld.' }, [
  svc('Kunt u geen boodschappen meer betalen?', 'Bij de voedselbank haalt u elke week gratis een pakket met eten. U heeft een verwijzing nodig van het Sociaal Team of de schuldhulp. We kijken of uw inkomen laag genoeg is.', ['voedselbank'], { hours: 'Vrijdag 13.00-15.00 uitgifte' }),
  svc('Kledingbank en speelgoedhoek', 'Gratis kleding voor volwassenen en kinderen, en af en toe speelgoed en schoolspullen.', ['voedselbank', 'minima'], { hours: 'Eerste zaterdag van de maand, 10.00-13.00' }),
]);

org({ name: 'Gemeente Goudmeer - Werk en Inkomen', place: 'Oude Kern', street: 'Raadhuisplein 1', desc: 'Uitkeringen, regelingen en werk.' }, [
  svc('Heeft u geen inkomen?', 'Verdient u niet genoeg om van te leven en heeft u geen ander inkomen? Dan kunt u misschien een bijstandsuitkering krijgen. U vraagt dit online aan met DigiD. Lukt dat niet? Het Sociaal Team helpt u.', ['uitkering']),
  svc('Meedoenpas en kindpakket', 'Heeft u een laag inkomen? Met de Meedoenpas krijgt u korting op zwemmen, de bibliotheek en cultuur. Kinderen krijgen een kindpakket met bijvoorbeeld een fiets of laptop voor school.', ['minima']),
  svc('Bijzondere bijstand', 'Onverwachte kosten die u niet kunt betalen, zoals een kapotte wasmachine of de eigen bijdrage voor bewind? Misschien betaalt de gemeente mee.', ['minima', 'geldzorgen']),
  svc('Werkfit: aan de slag', 'Heeft u een uitkering en wilt u weer werken? Een werkcoach helpt met uw cv, sollicitaties en proefplaatsen. Ook voor mensen die eerst vrijwilligerswerk of een leerwerkplek willen (participatie).', ['werk']),
  svc('Leerplicht en RMC', 'Gaat uw kind niet naar school of dreigt het te stoppen zonder diploma? De leerplichtambtenaar zoekt met u en de school naar een oplossing. Jongeren tot 23 jaar zonder startkwalificatie helpen we terug naar school of werk.', ['onderwijs']),
  svc('Inburgering en begeleiding statushouders', 'Heeft u een verblijfsvergunning en woont u nu in Goudmeer? Een consulent helpt met het inburgeringsplan, taalles en de eerste stappen naar werk.', ['nieuwkomers', 'taal']),
]);

org({ name: 'Bewindvoering Meerland', place: 'Meerzicht', street: 'Stationsstraat 20', desc: 'Beschermingsbewind en budgetbeheer (commercieel bureau).' }, [
  svc('Beschermingsbewind', 'Kunt u uw geldzaken niet meer zelf regelen? Een bewindvoerder beheert uw inkomen en betaalt uw rekeningen. De kantonrechter beslist. Heeft u een laag inkomen, dan betaalt de gemeente vaak mee.', ['bewindvoering']),
]);

org({ name: 'Thuisadministratie Goudmeer', place: 'Gouden Hof', street: 'Lindelaan 12', desc: 'Vrijwilligers helpen met de administratie.' }, [
  svc('Stapel post op tafel?', 'Een vrijwilliger komt bij u thuis en helpt u met uw post en papieren op orde te brengen. Samen maken we een map en leren we u het zelf bij te houden.', ['administratie', 'geldzorgen']),
  svc('Hulp bij belastingaangifte en toeslagen', 'In maart en april helpen vrijwilligers met de aangifte inkomstenbelasting. Het hele jaar door helpen we met zorgtoeslag, huurtoeslag en kinderopvangtoeslag.', ['administratie'], { elig: 'Voor inwoners met een laag of middeninkomen.' }),
]);

org({ name: 'Sociaal Raadslieden Goudmeer', place: 'Oude Kern', street: 'Raadhuisplein 3', desc: 'Gratis juridisch en sociaal advies.' }, [
  svc('Juridische vraag? Vraag het de sociaal raadsman', 'Een conflict met uw werkgever, verhuurder of een instantie? Een boete of bezwaar? De sociaal raadslieden geven gratis advies en helpen met brieven. Ook over scheiden en alimentatie.', ['juridisch', 'administratie']),
]);

org({ name: 'Woonstichting Goudwonen', place: 'Meerzicht', street: 'Stationsstraat 1', desc: 'Woningcorporatie van Goudmeer.' }, [
  svc('Huurachterstand? Bel ons op tijd', 'Kunt u de huur niet betalen? Bel ons meteen. Samen maken we een betalingsregeling. Zo voorkomen we dat u uw huis uit moet. Met uw toestemming schakelen we het Sociaal Team in.', ['huurachterstand', 'geldzorgen']),
  svc('Een huurwoning zoeken', 'Schrijf u in via WoonMeerland. Wachttijd in Goudmeer is gemiddeld 7 jaar. In een noodsituatie kunt u urgentie aanvragen bij de gemeente.', ['woningzoeken']),
]);

org({ name: 'Stichting Onderdak Meerland', place: 'Polderpark', street: 'Industrieweg 40', desc: 'Opvang voor dak- en thuislozen.' }, [
  svc('Geen plek om te slapen?', 'Nachtopvang met 12 bedden. Overdag kunt u terecht bij de inloop voor een douche, koffie en een gesprek. Ook een briefadres aanvragen.', ['dakloos'], { hours: 'Nachtopvang 21.00-9.00' }),
]);

org({ name: 'Blijf-van-mijn-lijfhuis Meerland', place: 'Polderpark', street: 'Geheim', secretAddress: true, desc: 'Opvang en hulp bij huiselijk geweld.' }, [
  svc('Is het thuis niet veilig?', 'Wordt u thuis geslagen, bedreigd of gecontroleerd door uw partner of familie? U bent niet de enige en het is niet uw schuld. Wij bieden gesprekken, ambulante hulp en zo nodig een veilige opvangplek, ook voor uw kinderen.', ['huiselijk-geweld']),
  svc('Safe at home? Support in English', 'Support for anyone facing abuse or coercive control at home, including expats and international partners whose residence permit depends on their partner.', ['huiselijk-geweld'], { lang: ['en'], online: true }),
]);

org({ name: 'Jeugd en Gezin Meerland', place: 'Meerzicht', street: 'Waterlelie 30', desc: 'Jeugdhulp en gezinsbegeleiding.' }, [
  svc('Gezinsbegeleiding thuis', 'Loopt het thuis vast? Een gezinsbegeleider komt een paar maanden bij u thuis en werkt met het hele gezin aan rust en regels. Via het Sociaal Team.', ['jeugdhulp', 'opvoeden']),
  svc('Kinderen in een scheiding (KIES)', 'Gaan de ouders uit elkaar? In de KIES-groep praten kinderen van 8-12 jaar met leeftijdsgenoten. Ouders krijgen een ouderavond over ouderschap na de scheiding.', ['echtscheiding', 'jeugdhulp']),
  svc('Ouderschap na scheiding', 'Gesprekken voor ouders die uit elkaar gaan en samen een ouderschapsplan willen maken.', ['echtscheiding']),
]);

org({ name: 'Jongerenpunt Tactus Meerland', place: 'Meerzicht', street: 'Stationsstraat 5', desc: 'Preventie en hulp voor jongeren bij middelengebruik.' }, [
  svc('Te veel blowen, drinken of gamen?', 'Jij of je ouders maken zich zorgen over je gebruik? Chat of praat met een preventiewerker. Anoniem kan ook. Voor jongeren tot 23 jaar en hun ouders.', ['verslaving-jongeren']),
  svc('Voorlichting op school', 'Gastlessen over alcohol, drugs en gamen voor het voortgezet onderwijs.', ['verslaving-jongeren']),
]);

org({ name: 'Sense Meerland', place: 'Meerzicht', street: 'Waterlelie 30', desc: 'Seksuele gezondheid voor jongeren tot 25 jaar.' }, [
  svc('Vragen over seks, soa of anticonceptie?', 'Gratis en anoniem spreekuur bij de GGD. Soa-test, de pil, morning-afterpil of vragen over je gevoelens. Voor jongeren tot 25.', ['seksuele-gezondheid'], { hours: 'Dinsdag 15.00-17.00, op afspraak' }),
]);

org({ name: 'Bibliotheek Goudmeer', place: 'Oude Kern', street: 'Markt 10', desc: 'Bibliotheek met Taalhuis en Digisterpunt.' }, [
  svc('Taalhuis: beter Nederlands leren', 'Wilt u beter lezen, schrijven of spreken? In het Taalhuis krijgt u taalles of een taalmaatje. Ook voor mensen die hier geboren zijn en moeite hebben met lezen.', ['taal']),
  svc('Taalcafé', 'Oefen Nederlands in een ontspannen sfeer. Elke zaterdag, gratis. Everyone welcome who wants to practise Dutch.', ['taal']),
  svc('Klik & Tik: cursus computer', 'Leer in 6 lessen e-mailen, internetten en DigiD gebruiken.', ['digitaal']),
]);

org({ name: 'Goudmeer Welcome Desk', place: 'Meerzicht', street: 'Stationsstraat 1', desc: 'Information point for internationals and newcomers.' }, [
  svc('New in Goudmeer? Welcome Desk for internationals', 'Moved here for work or study? We help you with registration at the town hall, finding a GP (huisarts), health insurance, childcare and Dutch lessons. Free walk-in.', ['nieuwkomers'], { lang: ['en', 'nl'], hours: 'Thursday 16.00-19.00 (late opening for commuters)' }),
  svc('Jobs for partners of expats', 'Workshops and network evenings for accompanying partners looking for work or volunteering in the region.', ['werk'], { lang: ['en'] }),
]);

org({ name: 'Vluchtelingenwerk Meerland', place: 'Gouden Hof', street: 'Beukenlaan 10', desc: 'Steun voor vluchtelingen en statushouders.' }, [
  svc('Maatschappelijke begeleiding voor statushouders', 'Het eerste jaar in Goudmeer helpt een begeleider u met uw huis, zorgverzekering, toeslagen en de school van uw kinderen.', ['nieuwkomers', 'administratie'], { lang: ['nl', 'ar', 'ti'] }),
]);

org({ name: 'Maatjesproject Samen Verder', place: 'Oude Kern', street: 'Kerkstraat 22', desc: 'Maatjes voor mensen die even een steuntje nodig hebben.' }, [
  svc('Een maatje voor u?', 'Een maatje is een vrijwilliger die een jaar lang elke week iets met u doet. Bijvoorbeeld na een opname in de ggz, bij eenzaamheid of als u net uit de gevangenis komt.', ['eenzaamheid', 'epa']),
]);

org({ name: 'Rode Kruis afdeling Meerland', place: 'Kievitsveld', street: 'Dorpsstraat 20', desc: 'EHBO-cursussen en hulp.' }, [
  svc('EHBO en reanimatie leren', 'Leer wat u moet doen bij een ongeluk, hartstilstand of verslikking. Ook EHBO aan kinderen voor ouders en oppassen.', ['ehbo']),
  svc('Mentale EHBO', 'Hoe herken je dat iemand psychisch vastloopt en hoe praat je erover, ook over zelfdoding? Cursus van 4 avonden voor iedereen.', ['ehbo']),
]);

org({ name: 'Stichting Leergeld Goudmeer', place: 'Gouden Hof', street: 'Beukenlaan 4', desc: 'Zodat alle kinderen mee kunnen doen.' }, [
  svc('Kan uw kind niet mee op schoolreis?', 'Stichting Leergeld betaalt voor kinderen uit gezinnen met weinig geld: schoolreis, een fiets, zwemles of een sportclub.', ['minima', 'bewegen']),
]);

org({ name: 'Anoniem Alcoholisten Goudmeer', place: 'Oude Kern', street: 'Kerkstraat 22', desc: 'Zelfhulpgroep.' }, [
  svc('AA-meeting', 'Wilt u stoppen met drinken? Elke maandagavond is er een open meeting. Geen kosten, geen aanmelding.', ['verslaving'], { hours: 'Maandag 20.00 uur', phone: false }),
]);

org({ name: 'Stoppen met gokken Meerland', place: 'Meerzicht', street: 'Stationsstraat 20', desc: 'Lotgenotengroep gokproblemen.' }, [
  svc('Gokt u online?', 'Een lotgenotengroep voor gokkers en hun partners. Ook een schuldmaatje als gokken geldproblemen gaf. Deze groep is in 2026 overgegaan naar de verslavingszorg van GGZ Meerland.', ['verslaving'], { status: 'inactive' }),
]);
