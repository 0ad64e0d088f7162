// Stadsdeel Sterrebos (FICTIEF): the hand-written source of a made-up sociale kaart, "Buurtwijzer
// Sterrebos", kept by the stadsdeel Sterrebos of the big (made-up) city Haverstad together with the
// small neighbouring gemeente Veldmeer, for the Wijkwijzer search benchmark only. Every
// organisation, person, street and gemeente here is invented; postal codes start with 04 (no Dutch
// postal code starts with 0) and every phone number is 0000-… (make.mjs numbers them). The national
// help lines (113, Veilig Thuis, 112 …) are deliberately not listed: the product supplies those.
//
// The publisher is a big-city district with many migrant residents. Entries are written by
// wijkwerkers and by the organisations themselves, so the register is mixed: some formal
// gemeente-Dutch, some chatty, some English, some with the organisation's own name in Turkish,
// Arabic/Darija, Tigrinya or Somali (in Latin script) next to the Dutch one. Community
// organisations (a Turkish women's association, a Moroccan fathers' group, an Eritrean community,
// mosque-based food help, a church-run inloop) sit next to the professional services.
//
// `topics` is the judge's key, written with the text: what a service really answers, as a
// professional would file it, whatever words its description uses. make.mjs keeps topics out of
// the HSDS export and writes them to answers.json.
//
// Haverstad (stadsdeel Sterrebos): buurten Sterrebos-Oost, Sterrebos-West, De Wielen,
// Kanaalbuurt, Meerhof, Pleinwijk. Gemeente Veldmeer: Veldmeer and the kern Ooievaarshoek.
import { addingTo, svc } from '../write-directory.mjs';

/** The topics, each in one line: a service carries a topic when it answers that question. */
export const TOPICS = {
  huisarts: 'huisartsenpraktijk of gezondheidscentrum: spreekuur, visite, verwijzing',
  hap: 'huisartsenpost: huisarts buiten kantoortijd (avond, nacht, weekend)',
  'poh-ggz': 'praktijkondersteuner ggz (POH-GGZ) bij de huisarts',
  ggz: 'psychische hulp door een professional (POH-GGZ, psycholoog, basis- of specialistische ggz)',
  'jeugd-ggz': 'psychische hulp voor kinderen en jongeren',
  trauma: 'hulp na oorlog, vlucht of een schokkende gebeurtenis (trauma, PTSS)',
  epa: 'ernstige psychische aandoening: FACT-team, langdurige ggz, herstel',
  'beschermd-wonen': 'beschermd wonen / wonen met 24-uurs begeleiding',
  begeleiding: 'ambulante begeleiding thuis (structuur, huishouden, afspraken)',
  zwangerschap: 'zwanger: verloskundige, kraamzorg, zwangerschapsgroep',
  jgz: 'jeugdgezondheidszorg: consultatiebureau, jeugdarts, jeugdverpleegkundige',
  'seksuele-gezondheid': 'seksuele gezondheid: soa-test, anticonceptie, vragen over seks en relaties',
  leefstijl: 'gezond leven en gewicht: leefstijlcoach, diëtist, diabetes-voorlichting',
  roken: 'stoppen met roken',
  bewegen: 'sport en bewegen, buurtsportcoach, sporten met een laag inkomen',
  rouw: 'rouw en verlies: rouwgroep, gesprekken na een overlijden',
  eenzaamheid: 'eenzaamheid: maatje, bezoek, contact met anderen',
  ontmoeting: 'ontmoeting: buurthuis, inloop, koffie, activiteiten om mensen te treffen',
  verslaving: 'verslaving bij volwassenen: alcohol, drugs, medicijnen (hulp en lotgenoten)',
  'verslaving-jongeren': 'alcohol, lachgas, blowen en drugs bij jongeren (ook voor ouders)',
  gokken: 'gokken (ook online) en gamen uit de hand',
  lvb: 'mensen met een licht verstandelijke beperking (LVB)',
  autisme: 'autisme: begeleiding, lotgenoten, informatie',
  nah: 'niet-aangeboren hersenletsel (NAH), bijvoorbeeld na een beroerte',
  dementie: 'dementie en geheugenproblemen, ook voor naasten',
  mantelzorg: 'steun voor mantelzorgers: advies, lotgenoten, waardering',
  'jonge-mantelzorg': 'jonge mantelzorgers (kinderen/jongeren die thuis zorgen)',
  respijt: 'respijtzorg: zorg tijdelijk overnemen zodat de mantelzorger rust heeft',
  dagbesteding: 'dagbesteding (ouderen, dementie, ggz, beperking)',
  ouderen: 'ouderenadvies en ouderenwerk: vragen van ouderen over wonen, zorg en geld',
  wmo: 'Wmo-loket: voorzieningen en hulp aanvragen bij de gemeente',
  buurtteam: 'buurtteam / wijkteam: eerste plek voor alle vragen, ook meerdere problemen tegelijk',
  clientondersteuning: 'onafhankelijke cliëntondersteuning',
  pgb: 'persoonsgebonden budget (pgb)',
  wijkverpleging: 'wijkverpleging: verpleging en persoonlijke verzorging thuis',
  'huishoudelijke-hulp': 'hulp bij het huishouden (schoonmaken)',
  maaltijden: 'maaltijden: eten aan huis of samen eten',
  alarmering: 'personenalarmering',
  hulpmiddelen: 'hulpmiddelen: rolstoel, rollator, scootmobiel',
  woningaanpassing: 'aanpassingen in huis (traplift, douche, drempels)',
  vervoer: 'vervoer: Wmo-taxi, vrijwillige chauffeurs, rolstoelvervoer',
  opvoeden: 'opvoedsteun en vragen over kinderen (ook vaders- en moedersgroepen)',
  jeugdhulp: 'jeugdhulp en gezinsbegeleiding',
  jongeren: 'jongerenwerk en jongerencoaches (12-23 jaar)',
  onderwijs: 'school en leerplicht: spijbelen, verzuim, thuiszitten, schoolmaatschappelijk werk, voortijdig schoolverlaten',
  huiswerk: 'huiswerkbegeleiding en huiswerkklas',
  kinderopvang: 'kinderopvang, peuteropvang, voorschool',
  echtscheiding: 'scheiding: hulp voor ouders en kinderen',
  'huiselijk-geweld': 'huiselijk geweld (ook eergerelateerd geweld): hulp, advies, opvang',
  agressie: 'hulp bij boosheid en agressie, ook voor plegers van huiselijk geweld',
  kindermishandeling: 'kindermishandeling en kinderen die thuis geweld meemaken',
  'training-signalen': 'trainingen voor professionals, vrijwilligers en sleutelfiguren: signalen van huiselijk geweld, suïcidepreventie, mentale EHBO',
  ehbo: 'EHBO- en reanimatiecursussen',
  geldzorgen: 'geldzorgen en rondkomen: geldmaatje, budgetcoach, noodhulp',
  schulden: 'schuldhulp(verlening)',
  bewindvoering: 'beschermingsbewind en budgetbeheer',
  voedselbank: 'voedselbank en andere voedselhulp',
  kledingbank: 'gratis of goedkope kleding en spullen',
  minima: 'regelingen voor een laag inkomen: bijzondere bijstand, stadspas, kindpakket, fondsen',
  energie: 'hoge energierekening, energiecoach',
  administratie: 'hulp bij post, brieven, formulieren, belastingaangifte en toeslagen',
  juridisch: 'juridisch advies (sociaal raadslieden, juridisch loket, advocaat)',
  uitkering: 'bijstand/uitkering aanvragen en vragen erover',
  werk: 'werk zoeken, re-integratie, werkervaring',
  vrijwilligerswerk: 'vrijwilligerswerk vinden',
  woningzoeken: 'een (andere) woning zoeken: urgentie, verhuizen, seniorenwoning',
  huurproblemen: 'problemen met huurwoning of verhuurder: schimmel, onderhoud, te hoge huur',
  huurachterstand: 'huurachterstand en huisuitzetting voorkomen',
  dakloos: 'dakloos of bijna: opvang, nachtopvang, briefadres',
  buurtbemiddeling: 'burenruzie en buurtbemiddeling',
  taal: 'Nederlands leren en oefenen: taalhuis, NT2, taalmaatje, taalcafé',
  digitaal: 'digitale vaardigheden: computer, telefoon, DigiD, online formulieren',
  statushouders: 'statushouders en nieuwkomers: inburgering, begeleiding na de azc, gezinshereniging',
  migranten: 'zelforganisaties en steun in de eigen taal of cultuur voor migranten',
  vrouwen: 'groepen en steun voor vrouwen (ontmoeting, empowerment, eigen taal)',
  ongedocumenteerden: 'mensen zonder verblijfsvergunning: zorg, opvang, advies',
};

/** Place → gemeente and postal-code digits (04xx: no real Dutch code starts with 0). */
export const places = {
  'Sterrebos-Oost': { gemeente: 'Haverstad', pc: '0401' },
  'Sterrebos-West': { gemeente: 'Haverstad', pc: '0406' },
  'De Wielen': { gemeente: 'Haverstad', pc: '0412' },
  Kanaalbuurt: { gemeente: 'Haverstad', pc: '0418' },
  Meerhof: { gemeente: 'Haverstad', pc: '0423' },
  Pleinwijk: { gemeente: 'Haverstad', pc: '0429' },
  Veldmeer: { gemeente: 'Veldmeer', pc: '0461' },
  Ooievaarshoek: { gemeente: 'Veldmeer', pc: '0467' },
};

const STAD = ['Haverstad'];
const BEIDE = ['Haverstad', 'Veldmeer'];
const VELD = ['Veldmeer'];

export const organizations = [];
const org = addingTo(organizations);

// ---- Stadsdeel en buurtteams
org({ name: 'Buurtteam Sterrebos', place: 'Pleinwijk', street: 'Pleinwijkplein 4', desc: 'Het buurtteam is er voor alle bewoners van stadsdeel Sterrebos. Welzijn, zorg, geld, opvoeden: je kunt met alles bij ons terecht.' }, [
  svc('Buurtteam Sterrebos-Oost & Pleinwijk', 'Zit je ergens mee? Geldzorgen, problemen thuis, je weet niet waar je moet beginnen? Loop binnen bij het buurtteam. Wij zijn maatschappelijk werkers, wijkverpleegkundigen en jeugd- en gezinswerkers. Samen met jou kijken we wat nodig is. We spreken Nederlands, Engels, Turks, Arabisch en Tigrinya. Je hoeft geen afspraak te maken.', ['buurtteam', 'geldzorgen', 'opvoeden', 'jeugdhulp'], { hours: 'ma t/m vr 9.00-17.00, inloop di en do 9.30-12.00', apply: 'Binnenlopen, bellen of appen. Geen verwijzing nodig.', lang: ['nl', 'en', 'tr', 'ar', 'ti'] }),
  svc('Buurtteam De Wielen & Kanaalbuurt', 'Het buurtteam voor De Wielen en de Kanaalbuurt. Inloop in het Kanaalhuis. Vragen over geld, wonen, opvoeding, gezondheid of eenzaamheid. Ook als er meerdere dingen tegelijk spelen.', ['buurtteam', 'geldzorgen', 'opvoeden'], { at: { name: 'Kanaalhuis', street: 'Kanaalkade 88', place: 'Kanaalbuurt' }, hours: 'inloop ma en wo 13.00-16.00' }),
  svc('Buurtteam Meerhof & Sterrebos-West', 'Je vindt ons in de Meerhofschool (ingang zijkant). Wij helpen bij vragen over zorg, geld, school en thuis.', ['buurtteam'], { at: { name: 'Meerhofschool', street: 'Meerhofsingel 2', place: 'Meerhof' } }),
  svc('Huisbezoek bij zorgen om een buurtbewoner', 'Maakt u zich zorgen om een buurman of buurvrouw die vereenzaamt, verwaarloost of vreemd gedrag laat zien? Meld het bij het buurtteam. Een wijkwerker gaat langs.', ['buurtteam', 'eenzaamheid']),
  svc('Ambulante begeleiding buurtteam', 'Begeleiding thuis voor mensen die het even niet lukt om hun leven op de rit te houden: post, afspraken, dagritme. Indicatie via het buurtteam zelf.', ['begeleiding', 'administratie']),
]);

org({ name: 'Stadsdeel Sterrebos – Loket Zorg en Welzijn', alt: 'Wmo-loket Sterrebos', place: 'Sterrebos-Oost', street: 'Stadsdeelhuis, Sterreplein 1', desc: 'Het stadsdeelloket van de gemeente Haverstad voor de Wmo, bijstand en regelingen.' }, [
  svc('Wmo-aanvraag: melding en keukentafelgesprek', 'U doet een melding als u hulp nodig heeft om zelfstandig te blijven wonen of mee te doen. Binnen zes weken volgt een onderzoek (het keukentafelgesprek). U mag een cliëntondersteuner meenemen. Mogelijke voorzieningen: huishoudelijke ondersteuning, begeleiding, dagbesteding, hulpmiddelen, woningaanpassing, vervoer, respijtzorg.', ['wmo', 'huishoudelijke-hulp', 'hulpmiddelen', 'woningaanpassing', 'dagbesteding'], { apply: 'Melding via het formulier op de website, telefonisch of aan de balie.', fees: 'Eigen bijdrage Wmo: maximaal € 21,80 per maand (abonnementstarief).' }),
  svc('Wmo Vervoer Haverstad (stadstaxi)', 'Kunt u door een beperking niet met de tram of bus? Met een Wmo-vervoerspas reist u met de stadstaxi van deur tot deur, tot 25 km.', ['vervoer'], { fees: 'Per rit het tarief van het openbaar vervoer.', area: STAD }),
  svc('Persoonsgebonden budget (pgb)', 'Liever zelf uw zorgverlener kiezen? Bij sommige Wmo-voorzieningen en jeugdhulp kunt u kiezen voor een pgb. U moet dan wel een budgetplan maken en de administratie kunnen doen.', ['pgb']),
  svc('Bijstand aanvragen', 'Heeft u geen of te weinig inkomen? Vraag bijstand (Participatiewet) aan bij Werk en Inkomen. Doe dit zo snel mogelijk: u krijgt het pas vanaf de dag van aanvragen.', ['uitkering'], { apply: 'Online met DigiD, of op afspraak aan de balie. Hulp nodig? Het Taalhuis en het buurtteam helpen met invullen.' }),
  svc('Stadspas en kindregelingen', 'Met de Stadspas krijgen Haverstedelingen met een laag inkomen korting op sport, zwemmen, museum en uitjes. Kinderen krijgen er het schoolkostenpakket en een gratis laptop of tablet bij.', ['minima', 'bewegen'], { elig: 'Inkomen tot 130% van het sociaal minimum.', area: STAD }),
  svc('Bijzondere bijstand', 'Onverwachte kosten die u niet kunt betalen, zoals een kapotte wasmachine of kosten voor een bewindvoerder? Misschien krijgt u bijzondere bijstand.', ['minima', 'geldzorgen']),
  svc('Leerplicht Sterrebos', 'De leerplichtambtenaar controleert of kinderen naar school gaan en helpt als dat niet lukt. Bij veel verzuim, spijbelen of als uw kind thuiszit, zoeken we samen met school en ouders een oplossing. Ook jongeren tot 23 zonder startkwalificatie (RMC).', ['onderwijs'], { alt: 'Leerplicht & RMC' }),
  svc('Urgentie woning aanvragen', 'In bijzondere situaties (medisch, dreigende dakloosheid na scheiding met kinderen) kunt u urgentie aanvragen. De kans op toekenning is klein; laat u eerst adviseren.', ['woningzoeken']),
]);

org({ name: 'Gemeente Veldmeer – Sociaal Team', place: 'Veldmeer', street: 'Raadhuisstraat 3', desc: 'In Veldmeer is het Sociaal Team het loket voor Wmo, jeugd, werk en inkomen.' }, [
  svc('Sociaal Team Veldmeer', 'Eén loket voor zorg, jeugdhulp, werk en inkomen in de gemeente Veldmeer (ook Ooievaarshoek). Wij komen ook bij u thuis. Ook voor Wmo-aanvragen zoals huishoudelijke hulp, scootmobiel of traplift.', ['buurtteam', 'wmo', 'jeugdhulp', 'huishoudelijke-hulp', 'hulpmiddelen', 'woningaanpassing'], { area: VELD, hours: 'ma-vr 8.30-12.30' }),
  svc('Meedoenregeling Veldmeer', 'Inwoners van Veldmeer met een laag inkomen krijgen een bijdrage per jaar voor sport, cultuur of een computer. Ook collectieve zorgverzekering.', ['minima', 'bewegen'], { area: VELD }),
  svc('Schuldhulp Veldmeer', 'Schulden? Het Sociaal Team helpt met een overzicht, regelt een betalingsregeling of meldt u aan voor een schuldregeling.', ['schulden'], { area: VELD }),
]);

org({ name: 'Cliëntondersteuning Haverstad', alt: 'MEE Haverstad', place: 'De Wielen', street: 'Wielenpad 15', desc: 'Onafhankelijke cliëntondersteuning, gratis.' }, [
  svc('Onafhankelijke cliëntondersteuning', 'Een cliëntondersteuner gaat met u mee naar het keukentafelgesprek, helpt bij een bezwaar of bij de aanvraag van Wlz-zorg. Wij werken niet voor de gemeente. Gratis.', ['clientondersteuning'], { area: BEIDE }),
  svc('Steunpunt LVB en autisme', 'Voor mensen met een licht verstandelijke beperking of autisme en hun familie: uitleg in gewone taal, hulp bij regelingen, een vaste persoon. Ook lotgenotengroep "Auti-café" elke laatste vrijdag.', ['lvb', 'autisme', 'clientondersteuning']),
]);

// ---- Huisarts, gezondheid
org({ name: 'Gezondheidscentrum Sterrebos', place: 'Sterrebos-Oost', street: 'Sterreplein 20', desc: 'Huisartsen, praktijkondersteuners, fysiotherapie en apotheek onder één dak.' }, [
  svc('Huisartsenpraktijk Sterreplein', 'Huisartsen Yilmaz, De Bruin en El Haddouti. Inschrijven kan voor bewoners van Sterrebos-Oost en Pleinwijk. Bel tussen 8.00 en 10.00 voor een afspraak op dezelfde dag.', ['huisarts'], { hours: 'ma-vr 8.00-17.00' }),
  svc('POH-GGZ spreekuur', 'Heeft u last van stress, somberheid, angst of slecht slapen? De praktijkondersteuner GGZ heeft een paar gesprekken met u, zonder kosten. Via uw huisarts.', ['poh-ggz', 'ggz'], { fees: 'Gratis, geen eigen risico.' }),
  svc('Suikerspreekuur en leefstijlcoach', 'Diabetes type 2 komt veel voor in de buurt. De POH somatiek en de leefstijlcoach helpen met eten, bewegen en medicijnen, ook in het Turks en Arabisch. Gecombineerde leefstijlinterventie (GLI) vergoed vanuit de basisverzekering.', ['leefstijl'], { lang: ['nl', 'tr', 'ar'] }),
  svc('Stoppen met roken – groepstraining', 'Acht bijeenkomsten samen met andere stoppers. Wordt vergoed door de zorgverzekering.', ['roken']),
]);

org({ name: 'Huisartsenpraktijk De Wielen', place: 'De Wielen', street: 'Wielenstraat 101', desc: 'Huisartspraktijk voor De Wielen en de Kanaalbuurt.' }, [
  svc('Huisarts De Wielen', 'Huisarts voor De Wielen en de Kanaalbuurt. Wij nemen nieuwe patiënten aan. Also English-speaking doctors. Tolk via de telefoon mogelijk.', ['huisarts']),
]);

org({ name: 'Huisartsenpost Haverstad-Zuid', alt: 'HAP Zuid', place: 'Meerhof', street: 'Ziekenhuislaan 1', desc: 'Spoedzorg van de huisarts buiten kantoortijd.' }, [
  svc('Huisartsenpost (avond, nacht en weekend)', 'Heeft u ’s avonds, ’s nachts of in het weekend dringend een huisarts nodig en kan het niet wachten tot uw eigen huisarts weer open is? Bel eerst de huisartsenpost. Kom niet zonder te bellen.', ['hap'], { hours: 'werkdagen 17.00-8.00, weekend en feestdagen 24 uur', area: BEIDE }),
]);

org({ name: 'Huisartsen Veldmeer', place: 'Veldmeer', street: 'Dorpsstraat 14', desc: 'Huisartsenpraktijk in Veldmeer.' }, [
  svc('Huisartsenpraktijk Veldmeer', 'Huisarts voor Veldmeer en Ooievaarshoek. Met POH-GGZ op dinsdag.', ['huisarts', 'poh-ggz'], { area: VELD }),
]);

org({ name: 'GGD Haverstad', place: 'Kanaalbuurt', street: 'Kanaalkade 12', desc: 'Publieke gezondheid: jeugdgezondheidszorg, seksuele gezondheid, infectieziekten.' }, [
  svc('Ouder- en Kindcentrum Kanaalbuurt (consultatiebureau)', 'Het OKC voor kinderen van 0 tot 4 jaar: wegen, meten, vaccinaties en vragen over eten, slapen en opvoeden. Er is een tolkentelefoon.', ['jgz', 'opvoeden'], { alt: 'OKC / consultatiebureau' }),
  svc('Jeugdarts en jeugdverpleegkundige op school', 'Op de basisschool en het voortgezet onderwijs ziet de jeugdverpleegkundige alle kinderen op vaste leeftijden. Ook bij veel ziekteverzuim.', ['jgz', 'onderwijs']),
  svc('Sense spreekuur (soa-test en anticonceptie)', 'Gratis en anoniem een soa-test of een gesprek over seks, anticonceptie en relaties, voor jongeren tot 25. Ook voor sekswerkers en mannen die seks hebben met mannen. English spoken.', ['seksuele-gezondheid'], { elig: 'Jongeren tot 25 jaar en risicogroepen.', fees: 'Gratis' }),
  svc('Zwangerschapsgroep Centering', 'Zwanger? Samen met 8 tot 12 andere zwangere vrouwen krijg je je controles in een groep, met de verloskundige. Veel vragen over bevallen, borstvoeding en de kraamtijd. Bijeenkomsten ook met tolk.', ['zwangerschap'], { at: { name: 'Verloskundigenpraktijk Meerhof', street: 'Meerhofsingel 40', place: 'Meerhof' } }),
  svc('EHBO voor buurtmoeders', 'Cursus kinder-EHBO in het Turks en Arabisch: wat doe je bij een brandwond, verslikking of koorts.', ['ehbo'], { status: 'inactive', lang: ['tr', 'ar'] }),
]);

org({ name: 'Verloskundigenpraktijk Meerhof', place: 'Meerhof', street: 'Meerhofsingel 40', desc: 'Verloskundigen voor het hele stadsdeel.' }, [
  svc('Verloskundige zorg', 'Bent u zwanger? Meld u aan rond 8 weken. Wij doen de controles, de echo en de bevalling thuis of in het ziekenhuis. Geen verzekering? Neem toch contact op.', ['zwangerschap']),
  svc('Kraamzorg aanvragen', 'Vraag kraamzorg aan via uw zorgverzekeraar voor de 5e maand. Lukt het niet, wij helpen.', ['zwangerschap']),
]);

// ---- GGZ
org({ name: 'Kompas GGZ', place: 'Sterrebos-West', street: 'Westerpark 6', desc: 'Basis- en specialistische ggz in Haverstad-Zuid.' }, [
  svc('Basis GGZ', 'Kortdurende behandeling bij depressie, angst, paniek of burn-out, door een psycholoog. Verwijzing van de huisarts nodig. Wachttijd nu ongeveer 9 weken.', ['ggz']),
  svc('FACT-team Sterrebos', 'Voor mensen met ernstige psychische problemen (psychose, bipolair, zware verslaving erbij) die langer hulp nodig hebben. Het FACT-team komt thuis, regelt behandeling en helpt met wonen en geld.', ['epa']),
  svc('Trauma-behandeling voor vluchtelingen', 'Behandeling (EMDR, NET) voor mensen met klachten na oorlog, geweld of vlucht. Met tolk. Verwijzing via huisarts.', ['trauma', 'ggz'], { lang: ['nl', 'en', 'ar', 'ti', 'fa'] }),
  svc('Jeugd-GGZ Kompas Jong', 'Voor kinderen en jongeren tot 18 met angst, depressie, ADHD, eetproblemen of zelfbeschadiging. Verwijzing door huisarts of buurtteam.', ['jeugd-ggz']),
  svc('Beschermd wonen De Linde', 'Wonen met dag en nacht begeleiding voor volwassenen met psychiatrische problemen die nog niet zelfstandig kunnen wonen. Aanmelden via de centrale toegang van Haverstad.', ['beschermd-wonen', 'epa'], { at: { name: 'De Linde', street: 'Lindelaan 31', place: 'Meerhof' } }),
]);

org({ name: 'Mind Me Online', place: 'Sterrebos-West', street: 'Westerpark 6', desc: 'Online counselling.' }, [
  svc('Online counselling in English', 'Feeling stressed, anxious or low? Expats and international students can book short video sessions with a psychologist in English. Covered by Dutch basic insurance with a GP referral.', ['ggz'], { online: true, lang: ['en'] }),
]);

org({ name: 'Herstelhuis Sterrebos', place: 'Pleinwijk', street: 'Pleinwijkstraat 55', desc: 'Door en voor mensen met psychische kwetsbaarheid.' }, [
  svc('Herstelhuis inloop', 'Een plek waar je mag zijn. Ervaringsdeskundigen, koffie, cursussen over herstel (WRAP). Geen indicatie nodig.', ['epa', 'ontmoeting']),
]);

// ---- Zelforganisaties en geloofsgemeenschappen
org({ name: 'Vrouwenvereniging Gül', alt: 'Gül Kadın Derneği', place: 'De Wielen', street: 'Wielenstraat 40', desc: 'Turkse vrouwenvereniging in De Wielen sinds 1992.' }, [
  svc('Kadınlar çay saati – theemiddag voor vrouwen', 'Elke woensdag thee, praten en samen iets doen. Voor Turkse vrouwen en alle andere vrouwen uit de buurt. Soms komt er iemand van het buurtteam of de GGD vertellen over gezondheid, geld of opvoeding. Türkçe ve Hollandaca.', ['vrouwen', 'ontmoeting', 'migranten', 'eenzaamheid'], { hours: 'woensdag 13.00-16.00', lang: ['tr', 'nl'] }),
  svc('Naaiatelier Gül', 'Naaien, breien en Nederlands praten tegelijk. Ook voor vrouwen die weinig buiten komen.', ['vrouwen', 'taal', 'ontmoeting'], { lang: ['tr', 'nl'] }),
  svc('Mantelzorgkring Turkse vrouwen', 'Zorgt u voor uw ouders of schoonouders? In deze groep praten vrouwen over mantelzorg en hoe je hulp kunt krijgen (Wmo, respijt). Bakım veren kadınlar grubu.', ['mantelzorg', 'vrouwen', 'migranten'], { lang: ['tr'] }),
]);

org({ name: 'Vadergroep Al Amal', alt: 'Stichting Al Amal', place: 'Kanaalbuurt', street: 'Kanaalkade 90', desc: 'Marokkaanse vaders in de Kanaalbuurt.' }, [
  svc('Vaders in gesprek', 'Vaders praten met vaders over opvoeden: pubers, school, straat, telefoon en gamen. Begeleid door een jongerenwerker en een opvoedcoach. In het Nederlands, Darija en Tamazight.', ['opvoeden', 'migranten'], { hours: 'om de week op vrijdag na het gebed, 14.30', lang: ['nl', 'ar'] }),
  svc('Buurtvaders op straat', 'Vaders lopen ’s avonds een ronde door de Kanaalbuurt en spreken jongeren aan. Wil je meedoen als vrijwilliger? Welkom.', ['vrijwilligerswerk']),
]);

org({ name: 'Eritrese Gemeenschap Haverstad', alt: 'Mahber Eritrawyan Haverstad', place: 'Meerhof', street: 'Meerhofsingel 71', desc: 'Vereniging van en voor Eritreeërs in Haverstad en Veldmeer.' }, [
  svc('Spreekuur in het Tigrinya', 'Brief gekregen die je niet begrijpt? Vragen over je huis, toeslagen, school van de kinderen of gezinshereniging? Kom naar het spreekuur. Vrijwilligers helpen in het Tigrinya, Arabisch en Nederlands. Ook Engels.', ['administratie', 'statushouders', 'migranten'], { hours: 'zaterdag 11.00-14.00', lang: ['ti', 'ar', 'nl', 'en'] }),
  svc('Huiswerkklas Eritrese kinderen', 'Hulp bij huiswerk voor basisschool- en middelbare scholieren, door studenten.', ['huiswerk', 'migranten']),
  svc('Gespreksgroep mannen', 'Voor Eritrese mannen die zich slecht voelen, slecht slapen of veel piekeren over familie. Samen met een ervaringsdeskundige en een POH-GGZ.', ['ggz', 'trauma', 'migranten'], { lang: ['ti'] }),
]);

org({ name: 'Moskee Mescidi Aksa – Voedselhulp', alt: 'Sadaka Voedselpakket', place: 'Pleinwijk', street: 'Pleinwijkstraat 12', desc: 'Moskee met sociale activiteiten voor de hele buurt.' }, [
  svc('Voedselpakket Sadaka', 'Elke donderdag voedselpakketten voor gezinnen die het niet redden, ook als je niet bij de voedselbank kunt. Voor iedereen, moslim of niet. Halal. Geen papieren nodig, wel even kennismaken.', ['voedselbank', 'geldzorgen'], { hours: 'donderdag 17.00-19.00' }),
  svc('Iftar voor de buurt', 'In de ramadan elke vrijdag een open iftar: samen eten met buren.', ['ontmoeting', 'maaltijden'], { status: 'inactive' }),
  svc('Imam-spreekuur over huwelijk en gezin', 'Gesprek met de imam en een vrouwelijke vertrouwenspersoon bij spanningen thuis, huwelijksproblemen of scheiding. Bij geweld verwijzen wij door naar Hulp Thuis Veilig.', ['echtscheiding', 'migranten']),
]);

org({ name: 'De Open Deur – Protestantse Wijkgemeente', place: 'Sterrebos-West', street: 'Kerkplein 3', desc: 'Kerk midden in Sterrebos-West.' }, [
  svc('Inloop De Open Deur', 'Iedere dinsdag en vrijdag staat de koffie klaar. Een praatje, een spelletje, de krant, een warme maaltijd voor € 3. Je hoeft niet gelovig te zijn. Ook als je geen huis of geen papieren hebt ben je welkom.', ['ontmoeting', 'eenzaamheid', 'maaltijden', 'dakloos', 'ongedocumenteerden'], { hours: 'di en vr 10.00-14.00', fees: 'Koffie gratis, maaltijd € 3 (wie niet kan betalen eet gratis mee)' }),
  svc('Kledingkamer', 'Gratis kleding voor volwassenen en kinderen. Ook babyspullen.', ['kledingbank'], { hours: 'vr 10.00-12.00' }),
  svc('Diaconie noodfonds', 'In een acute noodsituatie (geen eten, afsluiting dreigt) kan de diaconie soms een gift doen. Altijd samen met het buurtteam.', ['geldzorgen']),
]);

org({ name: 'Somalische Vrouwen Vereniging Hooyo', place: 'Sterrebos-Oost', street: 'Sterrelaan 9', desc: 'Hooyo betekent moeder.' }, [
  svc('Hooyo moedergroep', 'Somalische moeders ontmoeten elkaar, praten over opvoeden in Nederland, school en gezondheid. Ook voorlichting over meisjesbesnijdenis (FGM). Af Soomaali iyo Nederlands.', ['vrouwen', 'opvoeden', 'migranten'], { lang: ['so', 'nl'] }),
]);

org({ name: 'Wereldhuis Haverstad', place: 'Kanaalbuurt', street: 'Sluisweg 3', desc: 'Voor ongedocumenteerden.' }, [
  svc('Spreekuur ongedocumenteerden', 'Advice for people without residence permit: medical care (you have the right to see a GP), shelter, legal advice. Nederlands, English, Français.', ['ongedocumenteerden', 'juridisch'], { lang: ['nl', 'en', 'fr'] }),
  svc('Bed-bad-brood opvang', 'Sobere nachtopvang voor uitgeprocedeerde vluchtelingen.', ['ongedocumenteerden', 'dakloos']),
]);

// ---- Taal, digitaal, nieuwkomers
org({ name: 'Taalhuis Sterrebos', place: 'Sterrebos-Oost', street: 'Bibliotheek Sterrebos, Sterreplein 5', desc: 'Taalhuis in de bibliotheek.' }, [
  svc('Taalhuis: Nederlands leren', 'Wil je beter Nederlands spreken, lezen of schrijven? Ook als je in Nederland bent geboren en moeite hebt met lezen. Wij kijken samen welke les past: taalcafé, taalmaatje, cursus. Gratis.', ['taal'], { hours: 'ma 13-16, do 9.30-12' }),
  svc('Taalcafé', 'Elke week Nederlands praten met andere mensen. Niveau maakt niet uit.', ['taal', 'ontmoeting']),
  svc('Klik & Tik en DigiD-hulp', 'Leer werken met computer, tablet of telefoon. En hulp bij DigiD aanvragen, inloggen bij de gemeente, Belastingdienst of zorgverzekeraar. Informatiepunt Digitale Overheid.', ['digitaal', 'administratie']),
  svc('Belastingaangifte en toeslagen – spreekuur', 'Van maart tot mei helpen vrijwilligers gratis met je belastingaangifte. Het hele jaar hulp bij huurtoeslag, zorgtoeslag en kinderopvangtoeslag.', ['administratie'], { elig: 'Inkomen tot bijstand + 30%.' }),
]);

org({ name: 'VluchtelingenWerk Haverstad-Zuid', place: 'Meerhof', street: 'Meerhofsingel 71', desc: 'Begeleiding van vluchtelingen en statushouders.' }, [
  svc('Maatschappelijke begeleiding statushouders', 'Net een huis gekregen na het azc? Wij helpen het eerste jaar met gemeente, bank, verzekering, huisarts en school. Ook met de inburgering en je participatieverklaring.', ['statushouders', 'administratie'], { lang: ['nl', 'en', 'ar', 'ti', 'fa'] }),
  svc('Gezinshereniging', 'Hulp bij het aanvragen van gezinshereniging (nareis) en als je familie naar Nederland komt.', ['statushouders', 'juridisch']),
  svc('Taalmaatje voor nieuwkomers', 'Een vrijwilliger oefent met je Nederlands, een uur per week.', ['taal']),
]);

org({ name: 'Newcomers Desk Haverstad', place: 'Sterrebos-Oost', street: 'Sterreplein 1', desc: 'For international residents.' }, [
  svc('International Newcomers Desk', 'New in Haverstad? Register with the municipality, get your BSN, find a GP and learn how Dutch health insurance works. For expats, international students and their families.', ['migranten', 'administratie'], { lang: ['en'] }),
]);

// ---- Geld en schulden
org({ name: 'Geldwijs Haverstad', alt: 'Schuldhulpverlening gemeente Haverstad', place: 'Sterrebos-Oost', street: 'Sterreplein 1', desc: 'Schuldhulp van de gemeente Haverstad.' }, [
  svc('Schuldhulpverlening', 'Heeft u schulden of kunt u uw rekeningen niet meer betalen? Meld u aan bij Geldwijs. Binnen 3 werkdagen heeft u een eerste gesprek. Wij maken een overzicht en kijken naar een schuldregeling of saneringskrediet.', ['schulden', 'geldzorgen'], { apply: 'Bel, mail of loop binnen bij het buurtteam.', area: STAD }),
  svc('Vroegsignalering: Geld Hulp aan de deur', 'Heeft u een betalingsachterstand bij huur, energie, water of zorgverzekering? Dan krijgt u een brief of een bezoek van ons. Wij bieden hulp aan voordat de schulden groter worden.', ['schulden', 'huurachterstand', 'energie']),
  svc('Budgetbeheer', 'Wij ontvangen uw inkomen en betalen uw vaste lasten. U krijgt leefgeld per week.', ['bewindvoering', 'geldzorgen']),
]);

org({ name: 'Geldmaatjes Sterrebos', place: 'Pleinwijk', street: 'Pleinwijkplein 4', desc: 'Vrijwilligers helpen met de administratie.' }, [
  svc('Geldmaatje', 'Een getrainde vrijwilliger komt bij u thuis en zet samen met u de papieren op orde. Wij helpen met een huishoudboekje, rekeningen sorteren en contact met schuldeisers. Geen oordeel.', ['geldzorgen', 'administratie', 'schulden']),
  svc('Thuisadministratie ouderen', 'Vrijwilligers helpen ouderen met post en betalingen.', ['administratie', 'ouderen']),
]);

org({ name: 'Sociaal Raadslieden Sterrebos', place: 'Kanaalbuurt', street: 'Kanaalkade 88', desc: 'Gratis juridisch en sociaal advies.' }, [
  svc('Spreekuur sociaal raadslieden', 'Gratis advies over uitkering, toeslagen terugbetalen, boete van het CJIB, bezwaar maken, huurrecht, ontslag of verblijfsvergunning. Wij schrijven ook bezwaarbrieven.', ['juridisch', 'administratie', 'uitkering'], { hours: 'ma t/m do 9-12 inloop' }),
]);

org({ name: 'Juridisch Loket', place: 'Sterrebos-West', street: 'Westerpark 2', desc: 'Landelijk juridisch advies, spreekuur in Sterrebos.' }, [
  svc('Juridisch Loket spreekuur', 'Gratis juridisch advies als je een laag inkomen hebt. Verwijzing naar een advocaat met toevoeging.', ['juridisch'], { area: BEIDE }),
]);

org({ name: 'Voedselbank Haverstad – uitgiftepunt Sterrebos', place: 'Meerhof', street: 'Havenloods 7', desc: 'Voedselbank.' }, [
  svc('Voedselbank uitgiftepunt Meerhof', 'Elke week een pakket met boodschappen voor huishoudens die onder de norm zitten. Aanmelden via buurtteam, schuldhulp of VluchtelingenWerk. Na 3 jaar stopt het.', ['voedselbank'], { elig: 'Leefgeld onder de norm van de Voedselbanken.', hours: 'woensdag 14.00-16.30' }),
]);

org({ name: 'Sociale Supermarkt Veldmeer', place: 'Veldmeer', street: 'Marktstraat 2', desc: 'Winkel voor mensen met een kleine portemonnee.' }, [
  svc('Sociale supermarkt en kledingwinkel', 'Boodschappen en kleding tegen heel lage prijzen, met een pasje van het Sociaal Team.', ['voedselbank', 'kledingbank'], { area: VELD }),
]);

org({ name: 'Energiebank Haverstad', place: 'De Wielen', street: 'Wielenpad 3', desc: 'Energiecoaches.' }, [
  svc('Energiecoach aan huis', 'Is je energierekening te hoog of ben je bang voor de jaarafrekening? Een energiecoach komt gratis langs, geeft tips en een doos met ledlampen en tochtstrips.', ['energie']),
]);

// ---- Wonen
org({ name: 'Woonstichting Sterrewoningen', place: 'Sterrebos-Oost', street: 'Sterrelaan 100', desc: 'Corporatie met 9.000 huurwoningen in Sterrebos en Veldmeer.' }, [
  svc('Huurachterstand? Bel ons op tijd', 'Kun je de huur niet betalen? Bel ons meteen. We maken een betalingsregeling en kunnen je doorverwijzen. Zo voorkomen we samen een ontruiming.', ['huurachterstand']),
  svc('Reparaties, schimmel en overlast', 'Lekkage, schimmel of kapotte verwarming? Meld het online of bel. Bij overlast van buren kijken we eerst of buurtbemiddeling kan helpen.', ['huurproblemen', 'buurtbemiddeling']),
  svc('Aanpassing voor ouderen en mensen met een beperking', 'Beugels, verhoogd toilet of een drempelhulp plaatsen wij vaak zelf. Voor een traplift of verbouwing: Wmo.', ['woningaanpassing']),
]);

org({ name: 'Buurtbemiddeling Haverstad', place: 'Pleinwijk', street: 'Pleinwijkplein 4', desc: 'Vrijwillige buurtbemiddelaars.' }, [
  svc('Buurtbemiddeling', 'Ruzie met de buren over geluid, kinderen, stank of parkeren? Twee getrainde bemiddelaars helpen jullie om samen een oplossing te vinden. Gratis.', ['buurtbemiddeling'], { area: BEIDE }),
]);

org({ name: 'De Haven – Dak- en thuislozenzorg', place: 'Kanaalbuurt', street: 'Havenstraat 10', desc: 'Maatschappelijke opvang.' }, [
  svc('Centrale toegang maatschappelijke opvang', 'Geen plek om te slapen? Meld je bij de centrale toegang. Wij kijken of je in de nachtopvang kunt en wat je daarna nodig hebt. Ook briefadres.', ['dakloos'], { hours: 'ma-vr 9-17; daarna via nachtopvang' }),
  svc('Nachtopvang De Haven', 'Slaapplek voor de nacht, douche en ontbijt.', ['dakloos'], { hours: 'dagelijks 21.00-9.00' }),
  svc('Housing First', 'Direct een eigen woning met begeleiding voor mensen die lang dakloos zijn.', ['dakloos', 'begeleiding']),
]);

org({ name: 'Huurteam Haverstad', place: 'Sterrebos-West', street: 'Westerpark 2', desc: 'Voor huurders.' }, [
  svc('Huurteam – checking your rent', 'Te hoge huur, geen onderhoud, huisbaas die dreigt? Wij checken je huurcontract en helpen je naar de Huurcommissie. Also for students and internationals renting a room.', ['huurproblemen', 'juridisch'], { lang: ['nl', 'en'] }),
]);

// ---- Jeugd, gezin, school
org({ name: 'Jongerenwerk Sterrebos', alt: 'JWS', place: 'Kanaalbuurt', street: 'Kanaalkade 70', desc: 'Jongerenwerk voor 12 tot 23 jaar.' }, [
  svc('Jongerencentrum The Spot', 'Chillen, gamen, muziek maken, studio, sporten en gewoon praten. Jongerenwerkers helpen je ook met school, werk of als het thuis lastig is. Walk in, geen gedoe.', ['jongeren', 'ontmoeting'], { hours: 'di-za 15.00-22.00' }),
  svc('Meidenwerk Sterrebos', 'Alleen voor meiden: koken, sporten, praten over relaties, social media en je toekomst.', ['jongeren', 'vrouwen']),
  svc('Jongerencoach (school, werk, geld)', 'Gestopt met school of geen idee wat je wil? De jongerencoach helpt je een opleiding, baan of stage te vinden en je zaken te regelen (DigiD, zorgverzekering, schulden).', ['jongeren', 'werk', 'onderwijs']),
]);

org({ name: 'Jeugdhulp Haverstad-Zuid', place: 'Meerhof', street: 'Meerhoflaan 22', desc: 'Jeugdhulp en gezinsbegeleiding.' }, [
  svc('Gezinscoach', 'Bij ingewikkelde problemen in het gezin, bijvoorbeeld bij veel ruzie, opvoedproblemen of een kind met een beperking, komt een gezinscoach een paar maanden thuis.', ['jeugdhulp', 'opvoeden']),
  svc('Kinderen uit de knel (scheiding)', 'Voor ouders in een vechtscheiding en hun kinderen: groepsprogramma om de strijd te stoppen.', ['echtscheiding', 'jeugdhulp']),
  svc('KIES-groep', 'Kinderen In Echtscheidings Situatie: groep voor kinderen van 6 tot 12 van gescheiden ouders.', ['echtscheiding']),
  svc('Jonge mantelzorgers Sterrebos', 'Zorg jij thuis voor je moeder, broertje of opa? Bij ons ontmoet je andere jongeren die dat ook doen. Uitjes, chat en iemand die naar je luistert.', ['jonge-mantelzorg', 'mantelzorg']),
]);

org({ name: 'Schoolmaatschappelijk werk Sterrebos', place: 'Pleinwijk', street: 'Pleinwijkstraat 30', desc: 'Maatschappelijk werkers op de scholen in Sterrebos.' }, [
  svc('Schoolmaatschappelijk werk', 'Op elke basisschool en middelbare school is een schoolmaatschappelijk werker. Voor ouders en leerlingen bij zorgen over pesten, thuissituatie, gedrag of verzuim.', ['onderwijs', 'jeugdhulp']),
]);

org({ name: 'Stichting Voorschool Sterrebos', place: 'De Wielen', street: 'Wielenpad 20', desc: 'Peuteropvang en voorschool.' }, [
  svc('Voorschool (VVE) voor peuters', 'Peuters van 2,5 tot 4 jaar spelen en leren hier Nederlands, zodat ze goed kunnen beginnen op de basisschool. Met een indicatie van het consultatiebureau gratis 16 uur.', ['kinderopvang']),
]);

org({ name: 'Huiswerkinstituut Plein', place: 'Pleinwijk', street: 'Pleinwijkplein 1', desc: 'Huiswerkbegeleiding.' }, [
  svc('Gratis huiswerkbegeleiding', 'Voor kinderen van groep 6 tot klas 3 met een Stadspas.', ['huiswerk']),
]);

// ---- Ouderen, mantelzorg, zorg thuis
org({ name: 'Welzijn Sterrebos', place: 'Meerhof', street: 'Meerhoflaan 5', desc: 'Welzijnsorganisatie voor ouderen, mantelzorgers en buurtbewoners.' }, [
  svc('Ouderenadviseur', 'Voor 65-plussers: vragen over langer thuis wonen, verhuizen naar een seniorenwoning, zorg regelen of geldzaken. De ouderenadviseur komt bij u thuis.', ['ouderen', 'woningzoeken']),
  svc('Mantelzorgsteunpunt', 'Zorgt u voor iemand die ziek, oud of beperkt is? Wij geven advies, regelen een mantelzorgwaardering, organiseren lotgenotengroepen en zoeken vervanging zodat u even vrij bent.', ['mantelzorg', 'respijt']),
  svc('Logeerhuis en respijtzorg', 'Uw naaste kan een weekend logeren, zodat u op adem komt. Of een vrijwilliger komt een dagdeel thuis.', ['respijt']),
  svc('Maatjesproject Samen', 'Alleen en weinig contact? Een vrijwilliger komt wekelijks op bezoek of gaat met u wandelen.', ['eenzaamheid']),
  svc('Buurtrestaurant Meerhof', 'Drie keer per week een warme maaltijd voor € 5 met buurtgenoten.', ['maaltijden', 'ontmoeting', 'eenzaamheid'], { hours: 'ma, wo, vr 12.30' }),
  svc('Vrijwillige chauffeurs Automaatje', 'Vrijwilligers rijden u met hun eigen auto naar het ziekenhuis, de kapper of familie. Kleine kilometervergoeding.', ['vervoer'], { area: BEIDE }),
  svc('Dagbesteding De Zonnewijzer', 'Dagbesteding voor ouderen met geheugenproblemen of dementie. Ook speciale groep voor Turkse en Marokkaanse ouderen (Sohbet). Met Wmo-indicatie.', ['dagbesteding', 'dementie', 'migranten'], { lang: ['nl', 'tr', 'ar'] }),
]);

org({ name: 'Thuiszorg Sterrebos Zorg', place: 'Sterrebos-West', street: 'Westerpark 20', desc: 'Wijkverpleging en thuiszorg.' }, [
  svc('Wijkverpleging', 'Hulp bij wassen en aankleden, medicijnen, wondzorg of steunkousen. Zonder verwijzing; de wijkverpleegkundige stelt de indicatie. Verzorgers die ook Turks, Arabisch of Berbers spreken.', ['wijkverpleging'], { fees: 'Vergoed uit de basisverzekering, geen eigen risico.' }),
  svc('Personenalarmering', 'Een knop om uw nek of pols. Valt u of voelt u zich niet goed, dan drukt u en komt er iemand.', ['alarmering']),
  svc('Thuiszorgwinkel: hulpmiddelen lenen', 'Rollator, krukken, douchestoel of rolstoel lenen of kopen.', ['hulpmiddelen']),
  svc('Maaltijdservice', 'Warme of koude maaltijden aan huis, ook halal en dieet.', ['maaltijden']),
]);

org({ name: 'Alzheimer Café Sterrebos', place: 'Sterrebos-West', street: 'Kerkplein 3', desc: 'Ontmoeting rond dementie.' }, [
  svc('Alzheimer Café', 'Elke maand een avond voor mensen met dementie, hun partners en kinderen. Een deskundige vertelt, daarna praten we na.', ['dementie', 'mantelzorg']),
  svc('Casemanager dementie', 'Na de diagnose dementie krijgt u een vaste casemanager die helpt met alles wat op u afkomt.', ['dementie'], { at: { name: 'Thuiszorg Sterrebos Zorg', street: 'Westerpark 20', place: 'Sterrebos-West' } }),
]);

org({ name: 'Hersenletsel Punt Haverstad', place: 'Meerhof', street: 'Ziekenhuislaan 1', desc: 'Voor mensen met NAH.' }, [
  svc('NAH-inloop en trajectbegeleiding', 'Na een beroerte, hersenbloeding of ongeluk kan alles anders zijn: vermoeidheid, vergeetachtigheid, snel boos. Lotgenoten en een NAH-consulent.', ['nah']),
]);

org({ name: 'Hospice De Waaier', place: 'Veldmeer', street: 'Molenweg 8', desc: 'Bijna-thuis-huis.' }, [
  svc('Rouwgroep Na het afscheid', 'Voor mensen die hun partner, kind of ouder verloren hebben. Acht avonden.', ['rouw'], { area: BEIDE }),
]);

// ---- Verslaving
org({ name: 'Brijder-Haverstad Verslavingszorg', alt: 'Verslavingszorg Zuid', place: 'Kanaalbuurt', street: 'Havenstraat 22', desc: 'Verslavingszorg.' }, [
  svc('Hulp bij alcohol en drugs', 'Drink je te veel, gebruik je cocaïne, speed of pillen, of kom je niet meer van je slaapmedicijnen af? Bel voor een gesprek. Ook voor naasten. Met verwijzing van huisarts, maar een eerste gesprek kan zonder.', ['verslaving']),
  svc('Gokhulp', 'Online casino, sportweddenschappen of gokkasten en het loopt uit de hand? Ook schulden door gokken. Gesprekken en online zelfhulp.', ['gokken']),
  svc('Jongeren & middelen: Check It', 'Voor jongeren (en hun ouders) met vragen over blowen, lachgas, alcohol of drugs. Anoniem chatten kan ook.', ['verslaving-jongeren'], { online: true }),
  svc('Lotgenotengroep AA Sterrebos', 'Anonieme Alcoholisten, elke maandagavond in De Open Deur.', ['verslaving'], { at: { name: 'De Open Deur', street: 'Kerkplein 3', place: 'Sterrebos-West' }, phone: false }),
]);

// ---- Huiselijk geweld (via het eigen team van de stad)
org({ name: 'Hulp Thuis Veilig Haverstad', place: 'Sterrebos-Oost', street: 'Sterreplein 1', desc: 'Team huiselijk geweld van de gemeente Haverstad en Veldmeer.', secretAddress: false }, [
  svc('Advies bij geweld thuis', 'Word je geslagen, bedreigd, gecontroleerd of vernederd door je partner, ouder of kind? Of maak je je zorgen om iemand? Bel ons voor advies, ook anoniem. Wij zoeken samen naar veiligheid. Ook bij eergerelateerd geweld en huwelijksdwang.', ['huiselijk-geweld', 'kindermishandeling'], { area: BEIDE, lang: ['nl', 'en', 'tr', 'ar'] }),
  svc('Training signalen huiselijk geweld voor sleutelfiguren', 'Voor vrijwilligers van zelforganisaties, moskeeën en kerken: hoe herken je huiselijk geweld en eergerelateerd geweld, en wat doe je dan?', ['training-signalen']),
  svc('Daderhulp: stoppen met geweld', 'Voor mannen en vrouwen die thuis te ver gaan en willen stoppen.', ['agressie']),
]);

org({ name: 'Vrouwenopvang De Schuilplaats', place: 'Veldmeer', street: 'geheim', desc: 'Opvang voor vrouwen en kinderen.', secretAddress: true }, [
  svc('Opvang bij huiselijk geweld', 'Tijdelijke veilige opvang voor vrouwen (met kinderen) die thuis niet veilig zijn. Aanmelden via Hulp Thuis Veilig.', ['huiselijk-geweld'], { area: BEIDE }),
  svc('Ambulante hulp na geweld', 'Begeleiding thuis na huiselijk geweld, ook voor de kinderen.', ['huiselijk-geweld', 'kindermishandeling']),
]);

// ---- Werk, vrijwilligers, sport, training
org({ name: 'Werkplein Sterrebos', place: 'Sterrebos-Oost', street: 'Sterreplein 1', desc: 'Werk en inkomen.' }, [
  svc('Werkplein: werk zoeken met een uitkering', 'Met een bijstandsuitkering helpt een werkcoach u naar werk, stage of opleiding. Ook taaleis en participatie.', ['werk', 'uitkering']),
  svc('Werkervaringsplek Groene Wielen', 'Werkervaring opdoen in het groen, met begeleiding.', ['werk']),
]);

org({ name: 'Vrijwilligerscentrale Sterrebos', place: 'Pleinwijk', street: 'Pleinwijkplein 4', desc: 'Vrijwilligerswerk.' }, [
  svc('Vrijwilligersvacaturebank', 'Wil je iets doen voor een ander? Wij helpen je bij het vinden van vrijwilligerswerk dat bij je past. Ook voor nieuwkomers die ervaring willen opdoen.', ['vrijwilligerswerk']),
  svc('Volunteer in English', 'Don’t speak Dutch yet? Many organisations here welcome English-speaking volunteers.', ['vrijwilligerswerk'], { lang: ['en'] }),
]);

org({ name: 'Sportbedrijf Haverstad', place: 'De Wielen', street: 'Sportlaan 1', desc: 'Buurtsport.' }, [
  svc('Buurtsportcoach Sterrebos', 'Gratis sport in de buurt: bootcamp, voetbal in de kooi, vrouwen-zwemmen, wandelgroep. Met Stadspas korting op sportclub.', ['bewegen']),
  svc('Vrouwen zwemmen', 'Zwemmen alleen voor vrouwen, met vrouwelijk personeel.', ['bewegen', 'vrouwen']),
]);

org({ name: 'EHBO-vereniging Sterrebos', place: 'Sterrebos-West', street: 'Westerpark 40', desc: 'EHBO en reanimatie.' }, [
  svc('Cursus EHBO en reanimatie', 'Leer eerste hulp en reanimeren met AED. Diploma na 6 lessen.', ['ehbo'], { fees: '€ 95, met Stadspas € 25' }),
]);

org({ name: 'MIND Sterrebos Academie', place: 'Sterrebos-West', street: 'Westerpark 6', desc: 'Trainingen.' }, [
  svc('Mental Health First Aid (MHFA)', 'Two-day course: how to recognise mental health problems and talk about suicide with someone you worry about. Voor iedereen.', ['training-signalen'], { lang: ['en', 'nl'] }),
  svc('Gatekeeper training suïcidepreventie', 'Voor professionals en vrijwilligers.', ['training-signalen']),
]);

org({ name: 'Stichting Lotgenoten Sterrebos', place: 'Meerhof', street: 'Meerhoflaan 5', desc: 'Rouw en verlies.' }, [
  svc('Rouwcafé', 'Maandelijks praten met anderen over iemand die je mist. Ook na zelfdoding van een naaste.', ['rouw']),
  svc('Grief support group (English)', 'For internationals who lost a loved one, far from home.', ['rouw'], { lang: ['en'], online: true }),
]);

org({ name: 'Autisme Ontmoetingsplek De Zwaan', place: 'Ooievaarshoek', street: 'Zwanenkade 1', desc: 'Ontmoeting voor mensen met autisme.' }, [
  svc('Inloop autisme', 'Rustige inloop voor volwassenen met autisme. Spelletjes, praten, niks moet.', ['autisme', 'ontmoeting'], { area: VELD }),
]);

org({ name: 'Dagbesteding De Werkplaats', place: 'Kanaalbuurt', street: 'Sluisweg 9', desc: 'Dagbesteding.' }, [
  svc('Dagbesteding ggz en LVB', 'Werken in de fietsenwerkplaats of het buurtcafé, voor mensen met psychische problemen of een licht verstandelijke beperking.', ['dagbesteding', 'lvb', 'epa']),
]);

org({ name: 'Buurthuis De Wielen', alt: 'Buurtkamer De Wielen', place: 'De Wielen', street: 'Wielenstraat 2', desc: 'Buurthuis.' }, [
  svc('Buurthuis De Wielen', 'Open voor iedereen: koffie, bingo, naailes, computerles, kinderclub.', ['ontmoeting', 'digitaal']),
  svc('Repair Café', 'Kapotte spullen laten maken.', ['ontmoeting'], { status: 'inactive' }),
]);

org({ name: 'Dorpshuis Ooievaarshoek', place: 'Ooievaarshoek', street: 'Kerkstraat 5', desc: 'Dorpshuis.' }, [
  svc('Dorpshuis en ouderensoos', 'Soos voor ouderen op dinsdag, koffie-inloop iedere ochtend.', ['ontmoeting', 'eenzaamheid', 'ouderen'], { area: VELD }),
]);
