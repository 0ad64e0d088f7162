// Regio Heuvelwaard (FICTIEF): the hand-written source of a made-up sociale kaart, for the search
// benchmark only. Every organisation, person, street and gemeente here is invented; postal codes
// start with 0 (no Dutch postal code does) and every phone number is 0000-… (make.mjs numbers them),
// also those of the regional help lines (suicide prevention, Veilig Thuis) that a real sociale kaart
// would list with their national numbers. Nothing here is contact data of a real organisation.
//
// `topics` is the judge's key, written with the text: what a service really offers, as a
// professional would file it, whatever words its description happens to use. make.mjs keeps the
// topics out of the HSDS export (engines never see them) and writes them to answers.json.
//
// Gemeenten: Heuvelwaard (wijken Centrum, Noord, De Horst, Waterkwartier, Oostpolder), Rietveen,
// Oudewaal (with the kern Sluisdijk) and Kleinmeer (with the kern Meerhoeve).

/** The topics, each in one line: a service carries a topic when it answers that question. */
export const TOPICS = {
  huisarts: 'huisartsenpraktijk: spreekuur, visite, verwijzing',
  hap: 'huisartsenpost / spoedzorg huisarts buiten kantoortijden',
  'poh-ggz': 'praktijkondersteuner ggz bij de huisarts',
  ggz: 'professionele psychische hulp: POH-GGZ, psycholoog, basis- of specialistische ggz',
  'basis-ggz': 'generalistische basis-ggz (BGGZ): kortdurende behandeling door een psycholoog',
  'jeugd-ggz': 'psychische hulp voor kinderen en jongeren',
  tandarts: 'tandarts (gewone tandheelkundige zorg)',
  spoedtandarts: 'tandarts bij spoed, avond en weekend',
  mondzorg: 'mondhygiënist',
  tandprothetiek: 'kunstgebit, prothese',
  fysiotherapie: 'fysiotherapie in alle vormen (ook kinder-, bekken-, manuele)',
  oefentherapie: 'oefentherapie Cesar/Mensendieck',
  ergotherapie: 'ergotherapie',
  logopedie: 'logopedie',
  dietist: 'diëtist',
  podotherapie: 'podotherapie / voetklachten',
  apotheek: 'apotheek en medicijnen',
  verloskunde: 'verloskundige',
  kraamzorg: 'kraamzorg',
  zwangerschap: 'alles voor zwangeren: verloskunde, kraamzorg, prenatale steun, zwangerschapsgroepen',
  jgz: 'jeugdgezondheidszorg: consultatiebureau, jeugdarts, jeugdverpleegkundige',
  vaccinatie: 'vaccinaties (kinderen, reizigers, griep)',
  opvoeden: 'opvoedsteun en vragen over kinderen',
  cjg: 'het Centrum voor Jeugd en Gezin, of wat die rol in een gemeente heeft (opvoedpunt, jeugd- en gezinsteam)',
  jeugdhulp: 'jeugdhulp en gezinsbegeleiding',
  jongeren: 'voor tieners en jongvolwassenen: jongerenwerk, jongerencoach',
  somberheid: 'somberheid en depressie',
  angst: 'angst, paniek, piekeren',
  stress: 'stress en burn-out',
  slapen: 'slaapproblemen',
  rouw: 'rouw en verlies',
  eenzaamheid: 'eenzaamheid: bezoek, maatjes, bellen',
  ontmoeting: 'ontmoetingsplek of activiteit in de buurt',
  verslaving: 'alcohol, drugs, gokken, gamen',
  'stoppen-roken': 'stoppen met roken',
  herstel: 'herstel en lotgenoten bij psychische kwetsbaarheid',
  epa: 'ernstige psychische aandoening: FACT, beschermd wonen',
  'beschermd-wonen': 'beschermd wonen (24-uurs begeleiding)',
  dementie: 'dementie en geheugenproblemen (ook voor naasten)',
  mantelzorg: 'steun voor mantelzorgers',
  respijt: 'respijtzorg: de zorg even overnemen',
  dagbesteding: 'dagbesteding',
  wmo: 'Wmo-loket: ondersteuning aanvragen bij de gemeente',
  pgb: 'persoonsgebonden budget: uitleg, aanvraag, beheer',
  clientondersteuning: 'onafhankelijke cliëntondersteuning',
  'huishoudelijke-hulp': 'hulp in het huishouden',
  wijkverpleging: 'wijkverpleging / verpleging thuis',
  maaltijden: 'maaltijden aan huis of samen eten met maaltijd',
  alarmering: 'personenalarmering',
  hulpmiddelen: 'hulpmiddelen: rolstoel, rollator, scootmobiel',
  vervoer: 'vervoer: regiotaxi, vrijwillige chauffeurs',
  woningaanpassing: 'aanpassingen in huis',
  elv: 'eerstelijnsverblijf / tijdelijk verblijf',
  revalidatie: 'revalidatie',
  palliatief: 'palliatieve zorg, hospice',
  ouderenadvies: 'ouderenadviseur',
  valpreventie: 'vallen voorkomen',
  bewegen: 'bewegen en sport',
  overgewicht: 'gezond gewicht, GLI',
  gli: 'gecombineerde leefstijlinterventie (GLI) en verwijzing ernaar',
  chronisch: 'chronische ziekte: diabetes, COPD, hart',
  geldzorgen: 'geldzorgen in het algemeen: rondkomen, geldvragen, regelingen',
  schulden: 'schuldhulp',
  bewindvoering: 'beschermingsbewind en budgetbeheer',
  voedselbank: 'voedselhulp',
  kledingbank: 'kleding',
  minima: 'minimaregelingen, bijzondere bijstand, kindpakket',
  energie: 'energierekening en energiecoach',
  belastingaangifte: 'hulp bij belastingaangifte',
  toeslagen: 'hulp bij toeslagen',
  administratie: 'hulp bij post, brieven en formulieren',
  juridisch: 'juridisch advies',
  digitaal: 'computer, telefoon, internet, DigiD',
  taal: 'Nederlands leren, lezen en schrijven',
  inburgering: 'nieuwkomers en statushouders',
  english: 'services that serve English speakers in English',
  werk: 'werk zoeken en re-integratie',
  uitkering: 'uitkering: bijstand, WW-vragen',
  vrijwilligerswerk: 'vrijwilligerswerk vinden',
  wonen: 'wonen: woning zoeken, huurproblemen',
  woningzoeken: 'een (andere) woning zoeken: inschrijven, urgentie, verhuizen',
  huurproblemen: 'problemen met huur of verhuurder: hoge huur, onderhoud, schimmel',
  huurachterstand: 'huurachterstand: regeling treffen, huisuitzetting voorkomen',
  dakloos: 'dak- en thuislozen, opvang',
  buurtbemiddeling: 'burenruzie en buurtbemiddeling',
  mediation: 'mediation',
  echtscheiding: 'scheiding: ouders en kinderen',
  'huiselijk-geweld': 'huiselijk geweld en kindermishandeling',
  zelfmoordpreventie: 'hulp bij zelfmoordgedachten',
  'training-suicidepreventie': 'trainingen over suïcidepreventie voor professionals en vrijwilligers',
  'training-huiselijk-geweld': 'trainingen over huiselijk geweld en de meldcode voor professionals',
  meldcode: 'de meldcode huiselijk geweld en kindermishandeling: training, advies aan professionals',
  'nabestaanden-suicide': 'nabestaanden na zelfdoding',
  ehbo: 'EHBO en reanimatie leren',
  reanimatie: 'reanimeren en AED leren',
  'ehbo-kinderen': 'eerste hulp bij kinderen leren',
  'mentale-ehbo': 'mentale EHBO: leren helpen bij psychische problemen van een ander',
  'preventie-middelen': 'voorlichting en preventie over alcohol, drugs, roken en gamen (scholen, ouders)',
  'seksueel-geweld': 'hulp na verkrachting, aanranding of seksueel misbruik',
  kinderopvang: 'kinderopvang, peuteropvang, bso, ook op sociaal-medische indicatie (SMI)',
  smi: 'kinderopvang op sociaal-medische indicatie (SMI)',
  'lessen-relaties': 'lessen op school over relaties, seksualiteit, grenzen en weerbaarheid',
  'seksuele-gezondheid': 'soa, anticonceptie, seksualiteit',
  lvb: 'licht verstandelijke beperking',
  nah: 'niet-aangeboren hersenletsel',
  autisme: 'autisme',
  wijkteam: 'wijkteam of sociaal team: brede hulp dichtbij',
  'maatschappelijk-werk': 'algemeen en school-maatschappelijk werk (AMW, SMW)',
  'welzijn-op-recept': 'welzijn op recept',
  seh: 'spoedeisende hulp van het ziekenhuis',
};

const places = {
  Centrum: { gemeente: 'Heuvelwaard', pc: '0911' },
  Noord: { gemeente: 'Heuvelwaard', pc: '0912' },
  'De Horst': { gemeente: 'Heuvelwaard', pc: '0913' },
  Waterkwartier: { gemeente: 'Heuvelwaard', pc: '0914' },
  Oostpolder: { gemeente: 'Heuvelwaard', pc: '0915' },
  Rietveen: { gemeente: 'Rietveen', pc: '0921' },
  Oudewaal: { gemeente: 'Oudewaal', pc: '0931' },
  Sluisdijk: { gemeente: 'Oudewaal', pc: '0935' },
  Kleinmeer: { gemeente: 'Kleinmeer', pc: '0941' },
  Meerhoeve: { gemeente: 'Kleinmeer', pc: '0945' },
};
export { places };

export const organizations = [];
const o = (spec, services) => organizations.push({ ...spec, services });
const s = (name, description, topics, extra = {}) => ({ name, description, topics, ...extra });
const REGIO = ['Regio Heuvelwaard'];
const HW = ['Heuvelwaard'];

// ——— Huisartsen ————————————————————————————————————————————————————————————
o({ name: 'Huisartsenpraktijk De Brink', place: 'Centrum', street: 'Brink 4', desc: 'Huisartsenpraktijk met drie huisartsen in het centrum van Heuvelwaard.' }, [
  s('Spreekuur huisarts', 'Voor een afspraak belt u op werkdagen tussen 8.00 en 10.30 uur. Bij spoed kunt u de hele dag bellen (kies 1). Herhaalrecepten bestelt u via de receptenlijn of de app. Wij nemen nieuwe patiënten aan uit postcode 0911 en 0912.', ['huisarts'], { area: ['Heuvelwaard-Centrum', 'Heuvelwaard-Noord'] }),
  s('Praktijkondersteuner GGZ', 'Loopt u vast door stress, somberheid, piekeren, slecht slapen of een verlies? U kunt een aantal gesprekken hebben met onze POH-GGZ. Aanmelden via de huisarts; de gesprekken vallen niet onder uw eigen risico.', ['poh-ggz', 'ggz', 'somberheid', 'angst', 'stress', 'slapen', 'rouw'], { alt: 'POH-GGZ' }),
  s('Ouderenzorg in de praktijk', 'Onze praktijkverpleegkundige ouderenzorg komt bij kwetsbare ouderen thuis, kijkt naar medicijnen, vallen en geheugen en stemt af met de wijkverpleging.', ['valpreventie', 'dementie']),
]);
o({ name: 'Gezondheidscentrum Waterkwartier', alt: 'GC Waterkwartier', place: 'Waterkwartier', street: 'Kadepad 21', desc: 'In het gezondheidscentrum werken huisartsen, fysiotherapeuten, een diëtist en een apotheek samen onder één dak.' }, [
  s('Huisartsen Waterkwartier', 'Vier huisartsen en twee praktijkondersteuners. Afspraak maken: bel tussen 8 en 12 uur of gebruik het e-consult. Visites voor mensen die echt niet naar de praktijk kunnen komen.', ['huisarts']),
  s('POH-GGZ Waterkwartier', 'Kortdurende begeleiding bij psychische klachten zoals angst, somberheid en overspannenheid. Max. 8 gesprekken. Via uw huisarts.', ['poh-ggz', 'ggz', 'angst', 'somberheid', 'stress']),
  s('Praktijkondersteuner jeugd', 'Voor kinderen en jongeren (0-18) met bijvoorbeeld angst, somberheid, boosheid of problemen op school, en voor hun ouders. De POH-jeugd heeft een paar gesprekken en verwijst zo nodig door naar jeugdhulp. Aanmelden via de huisarts.', ['jeugd-ggz', 'opvoeden', 'jongeren'], { alt: 'POH-Jeugd' }),
  s('Fysiotherapie in het gezondheidscentrum', 'Fysiotherapie bij nek-, rug- en schouderklachten, na een operatie of een sportblessure. U kunt zonder verwijzing van de huisarts terecht (directe toegankelijkheid).', ['fysiotherapie']),
  s('Diëtist Waterkwartier', 'Voedingsadvies bij overgewicht, diabetes, hoog cholesterol, darmklachten of ondervoeding. Drie uur per jaar vergoed uit de basisverzekering (wel eigen risico).', ['dietist', 'overgewicht', 'chronisch']),
  s('Apotheek Waterkwartier', 'Uw medicijnen, ook herhaalservice en bezorgen aan huis. Medicatiegesprek bij 5 of meer medicijnen.', ['apotheek']),
]);
o({ name: 'Huisartsenpraktijk Van Dalen & Okafor', place: 'Noord', street: 'Zwanenlaan 88', desc: 'Huisartsenpraktijk in Heuvelwaard-Noord.' }, [
  s('Huisartsenzorg', 'Spreekuur op afspraak. Telefoon ochtend. Patientenstop tot nader bericht: wij nemen op dit moment geen nieuwe patienten aan, behalve pasgeborenen van ingeschreven gezinnen.', ['huisarts']),
  s('Spreekuur stoppen met roken', 'Wilt u stoppen met roken? Onze praktijkondersteuner begeleidt u in 5-7 gesprekken, eventueel met hulpmiddelen zoals nicotinepleisters. Het programma wordt vergoed uit de basisverzekering en valt niet onder het eigen risico.', ['stoppen-roken']),
]);
o({ name: 'Huisartsen Oostpolder', place: 'Oostpolder', street: 'Polderweg 3', desc: 'Huisartsenpraktijk voor Oostpolder en omgeving. Doctors speak Dutch and English.' }, [
  s('Huisartsenspreekuur', 'Spreekuur op afspraak, ook avondspreekuur op dinsdag. Doctors at this practice also see patients in English.', ['huisarts', 'english'], { languages: ['nl', 'en'] }),
  s('Diabetesspreekuur', 'Controle en begeleiding bij diabetes type 2 door de praktijkondersteuner: bloedsuiker, voeten, ogen, leefstijl. U krijgt een oproep.', ['chronisch']),
  s('Longspreekuur COPD en astma', 'Jaarlijkse controle bij COPD of astma, longfunctietest, inhalatie-instructie.', ['chronisch']),
]);
o({ name: 'Huisartsenpraktijk De Horst', place: 'De Horst', street: 'Horsterweg 140', desc: 'Huisartsenpraktijk De Horst' }, [
  s('Huisarts De Horst', 'Afspraken via telefoon of website. Spoed: toets 1.', ['huisarts']),
  s('POH-GGZ De Horst', 'Gesprekken bij psychische klachten, ook voor jongeren vanaf 16 jaar. Verwijzing via de huisarts nodig.', ['poh-ggz', 'ggz']),
]);
o({ name: 'Huisartsenpraktijk Rietveen', place: 'Rietveen', street: 'Dorpsstraat 17', desc: 'De enige huisartsenpraktijk in Rietveen, met apotheekhoudend spreekuur voor de buitengebieden.' }, [
  s('Huisarts Rietveen', 'U kunt bij ons terecht met alle lichamelijke en psychische klachten. Bel voor 10 uur voor een afspraak op dezelfde dag. Huisbezoeken in de middag.', ['huisarts']),
  s('Praktijkondersteuner GGZ Rietveen', 'Heeft u last van somberheid, angst, spanning, slapeloosheid of rouw? Onze POH-GGZ denkt met u mee. Gesprekken in de praktijk of via beeldbellen.', ['poh-ggz', 'ggz', 'somberheid', 'angst', 'stress', 'slapen', 'rouw']),
  s('Praktijkondersteuner somatiek', 'Begeleiding bij suikerziekte, hoge bloeddruk, hart- en vaatziekten en COPD.', ['chronisch']),
]);
o({ name: 'Dokterspraktijk Kleinmeer', place: 'Kleinmeer', street: 'Kerkpad 2', desc: 'Dokterspraktijk Kleinmeer en Meerhoeve.' }, [
  s('Spreekuur', 'Spreekuur dagelijks 8.00-11.00 uur op afspraak. Apotheekhoudende praktijk: u haalt uw medicijnen bij ons.', ['huisarts', 'apotheek'], { area: ['Kleinmeer', 'Meerhoeve'] }),
]);
o({ name: 'Huisartsengroep Oudewaal', place: 'Oudewaal', street: 'Marktveld 9', desc: 'Vijf huisartsen in Oudewaal werken samen in één huisartsengroep.' }, [
  s('Huisartsen Oudewaal', 'Huisartsgeneeskundige zorg voor inwoners van Oudewaal en Sluisdijk. Wij werken met een triagist: bij het bellen vraagt de assistente naar uw klachten zodat u bij de juiste persoon terechtkomt.', ['huisarts'], { area: ['Oudewaal', 'Sluisdijk'] }),
  s('Leefstijlspreekuur', 'Wilt u gezonder leven, afvallen of meer bewegen? Bespreek het met de praktijkondersteuner. Zo nodig verwijzen wij naar de leefstijlcoach (GLI).', ['overgewicht', 'bewegen', 'gli']),
  s('POH GGZ', 'psychische klachten, ook jeugd. via huisarts', ['poh-ggz', 'ggz', 'jeugd-ggz']),
]);
o({ name: 'Medisch Centrum Sluisdijk', place: 'Sluisdijk', street: 'Sluiskade 1', desc: 'Klein medisch centrum met huisarts en fysiotherapie.' }, [
  s('Huisarts Sluisdijk', 'Huisarts voor Sluisdijk. Ma, di, do en vr spreekuur. Woensdag gesloten; bel dan Huisartsengroep Oudewaal.', ['huisarts']),
  s('Fysio Sluisdijk', 'Fysiotherapie en medische fitness. Ook aan huis voor wie slecht ter been is.', ['fysiotherapie', 'bewegen']),
]);
o({ name: 'International Family Practice Heuvelwaard', place: 'Centrum', street: 'Stationsplein 12', desc: 'English-speaking general practice for internationals, students and expats living in Heuvelwaard.' }, [
  s('GP practice for internationals', 'We are a general practice (huisarts) for people who prefer care in English. Register with us if you live in Heuvelwaard. Appointments by phone or online. We also explain how Dutch healthcare works: insurance, referrals and the out-of-hours GP service.', ['huisarts', 'english'], { languages: ['en', 'nl'] }),
]);

// ——— Huisartsenpost en ziekenhuis ——————————————————————————————————————————
o({ name: 'Huisartsenpost Heuvelwaard', alt: 'Huisartsenspoedpost regio Heuvelwaard', place: 'Centrum', street: 'Ziekenhuislaan 1', desc: 'De huisartsenpost is er voor spoedeisende medische zorg die niet kan wachten tot uw eigen huisarts weer open is.' }, [
  s('Huisartsenpost (avond, nacht, weekend)', 'Heeft u \'s avonds, \'s nachts, in het weekend of op een feestdag dringend een huisarts nodig? Bel altijd eerst de huisartsenpost, kom niet zonder afspraak. De doktersassistent vraagt naar uw klachten en zegt wat u moet doen. Bij levensgevaar belt u 112.', ['hap'], { area: REGIO }),
]);
o({ name: 'Ziekenhuis Heuvelwaard', alt: 'ZHW', place: 'Centrum', street: 'Ziekenhuislaan 1', desc: 'Algemeen ziekenhuis voor de regio Heuvelwaard (fictief).' }, [
  s('Spoedeisende hulp', 'De SEH is 24 uur per dag open voor ernstige ongevallen en acute ziekte. U komt via de huisarts, de huisartsenpost of de ambulance. Kom niet zonder verwijzing, behalve bij levensgevaar.', ['seh'], { alt: 'SEH', area: REGIO }),
  s('Geheugenpolikliniek', 'Onderzoek als u of uw naaste merkt dat het geheugen achteruitgaat. Een geriater of verpleegkundig specialist doet onderzoek en bespreekt de uitslag. Verwijzing via de huisarts.', ['dementie'], { area: REGIO }),
  s('Slaapcentrum', 'Onderzoek en behandeling van slaapstoornissen zoals slaapapneu (snurken met ademstops), slapeloosheid en narcolepsie. Met verwijzing van huisarts of specialist.', ['slapen'], { area: REGIO }),
  s('Hartrevalidatie', 'Na een hartinfarct, dotterbehandeling of hartoperatie helpt het hartrevalidatieprogramma u weer in beweging te komen: trainen in groepen, voorlichting en ondersteuning bij leefstijl.', ['revalidatie', 'chronisch', 'bewegen'], { area: REGIO }),
  s('Diabetespoli', 'Voor mensen met diabetes type 1 of een moeilijk instelbare type 2. Internist en diabetesverpleegkundige.', ['chronisch'], { area: REGIO }),
  s('Geriatrie', 'De afdeling geriatrie onderzoekt en behandelt ouderen met meerdere aandoeningen tegelijk, valproblemen of verwardheid.', ['dementie', 'valpreventie'], { area: REGIO }),
]);

// ——— Mondzorg ————————————————————————————————————————————————————————————
o({ name: 'Tandartsenpraktijk Lindehof', place: 'Centrum', street: 'Lindehof 5', desc: 'Tandartsenpraktijk met 4 tandartsen en 2 mondhygiënisten.' }, [
  s('Tandheelkunde', 'Periodieke controle, vullingen, kronen, wortelkanaalbehandelingen. Nieuwe patienten welkom (wachtlijst circa 3 mnd).', ['tandarts']),
  s('Mondhygiëniste', 'Gebitsreiniging, behandeling van tandvleesontsteking en advies over poetsen.', ['mondzorg']),
]);
o({ name: 'Tandartspraktijk Rietveen', place: 'Rietveen', street: 'Molenweg 30', desc: 'Tandarts in Rietveen.' }, [
  s('Tandarts', 'Tandarts voor het hele gezin. Angstige patiënten krijgen extra tijd.', ['tandarts']),
  s('Kindertandarts', 'Speciaal spreekuur voor kinderen tot 12 jaar, ook voor kinderen die bang zijn voor de tandarts of veel gaatjes hebben.', ['tandarts']),
]);
o({ name: 'Tandartsen Oudewaal', place: 'Oudewaal', street: 'Havenstraat 44', desc: 'tandartsen oudewaal' }, [
  s('Tandartsenzorg Oudewaal', 'controles, vullingen, implantaten. bel voor afspraak', ['tandarts']),
]);
o({ name: 'Tandartsendienst Regio Heuvelwaard', place: 'Centrum', street: 'Ziekenhuislaan 1', desc: 'De tandartsen in de regio regelen samen de waarneming buiten kantoortijden.' }, [
  s('Spoeddienst tandarts', 'Heeft u in het weekend of op een feestdag acute kiespijn, een ontsteking of een afgebroken tand na een ongeluk? Bel de weekenddienst. Alleen voor echte spoed; controles en vullingen doet uw eigen tandarts. Heeft u geen eigen tandarts, dan betaalt u het consult direct.', ['spoedtandarts', 'tandarts'], { area: REGIO }),
]);
o({ name: 'Tandprothetische Praktijk Heuvelwaard', place: 'Noord', street: 'Zwanenlaan 12', desc: 'Kunstgebitten en prothesen.' }, [
  s('Kunstgebit maken en repareren', 'Nieuw kunstgebit, klikgebit op implantaten of reparatie terwijl u wacht. Geen verwijzing nodig.', ['tandprothetiek']),
]);

// ——— Paramedisch ——————————————————————————————————————————————————————————
o({ name: 'Fysiotherapie Heuvelwaard Centrum', place: 'Centrum', street: 'Nieuwstraat 19', desc: 'Praktijk voor fysiotherapie en manuele therapie sinds 1987.' }, [
  s('Fysiotherapie', 'Wij behandelen klachten aan spieren en gewrichten: rugpijn, nekklachten, schouderklachten, knieklachten en blessures. Een verwijzing van de huisarts is niet nodig. Vergoeding hangt af van uw aanvullende verzekering.', ['fysiotherapie']),
  s('Manuele therapie', 'Behandeling van nek-, rug- en hoofdpijnklachten door een manueel therapeut.', ['fysiotherapie']),
  s('Oefengroep Sterk op de Been', 'Een oefengroep voor 65-plussers die bang zijn om te vallen of al eens gevallen zijn. 12 weken, twee keer per week, onder leiding van een fysiotherapeut. Met valtest vooraf.', ['valpreventie', 'fysiotherapie', 'bewegen']),
]);
o({ name: 'Praktijk voor fysiotherapie Rietveen', place: 'Rietveen', street: 'Sportlaan 2', desc: 'Praktijk voor fysiotherapie Rietveen' }, [
  s('Algemene fysiotherapie', 'Behandeling van klachten aan het bewegingsapparaat. Ook behandeling aan huis.', ['fysiotherapie']),
  s('Bekkenfysiotherapie', 'Bij urineverlies, bekkenpijn tijdens of na de zwangerschap, of klachten bij plassen en ontlasting. Een gespecialiseerde bekkenfysiotherapeut onderzoekt en behandelt in een aparte behandelkamer.', ['fysiotherapie', 'zwangerschap']),
  s('Fysiotherapie bij COPD en long-covid', 'Ademhalingsoefeningen en conditietraining in kleine groepen. Vanaf 2024 vergoed bij COPD klasse GOLD II en hoger.', ['fysiotherapie', 'chronisch', 'bewegen']),
]);
o({ name: 'Fysio & Training De Horst', place: 'De Horst', street: 'Sportparkweg 8', desc: 'Fysiotherapie, sportfysiotherapie en begeleid trainen.' }, [
  s('Sportfysiotherapie', 'Voor sporters met een blessure. We kijken ook naar hoe je veilig terugkeert naar je sport.', ['fysiotherapie', 'bewegen']),
  s('Fit & Vitaal 60+', 'Onder begeleiding trainen in de oefenzaal, op je eigen niveau. Gezellig en goed voor je balans. 2x per week, eigen bijdrage € 25 per maand.', ['bewegen', 'valpreventie', 'ontmoeting']),
]);
o({ name: 'Fysiotherapiepraktijk Kleinmeer', place: 'Kleinmeer', street: 'Kerkpad 4', desc: 'Fysiotherapie in Kleinmeer' }, [
  s('Fysiotherapie Kleinmeer', 'Fysiotherpie, dry needling, oedeemtherapie. Afspraak via telefoon.', ['fysiotherapie']),
]);
o({ name: 'Kinderfysiotherapie Oudewaal', place: 'Oudewaal', street: 'Schoolstraat 6', desc: 'Fysiotherapie voor baby\'s, kinderen en jongeren.' }, [
  s('Kinderfysiotherapie', 'Voor baby\'s met een voorkeurshouding, kinderen die achterlopen in hun motoriek, slecht kunnen fietsen of schrijven, of veel vallen. Verwijzing van huisarts of consultatiebureau is handig maar niet verplicht.', ['fysiotherapie']),
]);
o({ name: 'Oefentherapie Cesar en Mensendieck Heuvelwaard', place: 'Waterkwartier', street: 'Kadepad 30', desc: 'Oefentherapeuten Cesar en Mensendieck.' }, [
  s('Oefentherapie', 'Oefentherapie bij rugklachten, nekpijn, een verkeerde houding, spanning of hyperventilatie. U leert zelf oefeningen doen die u thuis kunt herhalen. Zonder verwijzing.', ['oefentherapie', 'stress']),
]);
o({ name: 'Ergotherapie Waardland', place: 'Noord', street: 'Zwanenlaan 90', desc: 'Ergotherapeuten voor volwassenen en kinderen, aan huis in de hele regio.' }, [
  s('Ergotherapie aan huis', 'De ergotherapeut kijkt met u hoe u dagelijkse dingen weer zelf kunt doen: aankleden, koken, douchen, boodschappen. Advies over hulpmiddelen en aanpassingen in huis. 10 uur per jaar in de basisverzekering.', ['ergotherapie', 'hulpmiddelen', 'woningaanpassing'], { area: REGIO }),
]);
o({ name: 'Logopediepraktijk De Klank', place: 'De Horst', street: 'Horsterweg 12', desc: 'Logopedie voor kinderen en volwassenen.' }, [
  s('Logopedie', 'Hulp bij problemen met spreken, taal, stem, slikken, stotteren of gehoor. Ook na een beroerte (afasie).', ['logopedie', 'nah']),
]);
o({ name: 'Diëtistenpraktijk Voedingsbewust', place: 'Oudewaal', street: 'Marktveld 14', desc: 'Diëtistenpraktijk in Oudewaal en Rietveen.' }, [
  s('Dieetadvies', 'Persoonlijk voedingsadvies bij overgewicht, diabetes, prikkelbare darm, allergie of eetproblemen. Ook spreekuur in Rietveen op donderdag.', ['dietist', 'overgewicht', 'chronisch'], { area: ['Oudewaal', 'Rietveen'] }),
]);
o({ name: 'Podotherapie Heuvelwaard', place: 'Centrum', street: 'Nieuwstraat 40', desc: 'Podotherapie' }, [
  s('Voetzorg en steunzolen', 'Voetklachten, ingegroeide nagels, steunzolen, diabetische voet.', ['podotherapie', 'chronisch']),
]);
o({ name: 'Apotheek De Brink', place: 'Centrum', street: 'Brink 6', desc: 'Openbare apotheek in het centrum.' }, [
  s('Apotheek', 'Voor recepten, zelfzorgmiddelen en advies. Openingstijden ma-vr 8.00-18.00 uur. Buiten openingstijden: dienstapotheek bij de huisartsenpost.', ['apotheek']),
  s('Medicijnbeoordeling voor ouderen', 'Gebruikt u veel medicijnen? De apotheker kijkt samen met uw huisarts of alles nog nodig is en goed samengaat. Minder medicijnen kan ook vallen voorkomen.', ['apotheek', 'valpreventie']),
]);
o({ name: 'Apotheek Rietveen', place: 'Rietveen', street: 'Dorpsstraat 19', desc: 'Apotheek Rietveen' }, [
  s('Apotheek Rietveen', 'Receptgeneesmiddelen, bezorgservice voor ouderen.', ['apotheek']),
]);

// ——— Zwangerschap, geboorte, jeugdgezondheidszorg —————————————————————————
o({ name: 'Verloskundigenpraktijk Heuvelwaard', place: 'Centrum', street: 'Nieuwstraat 55', desc: 'Verloskundigenpraktijk voor de stad Heuvelwaard.' }, [
  s('Verloskundige zorg', 'Zwanger? Meld je aan rond 7 weken. Wij begeleiden je zwangerschap, bevalling (thuis of in het ziekenhuis) en de eerste week na de geboorte. 24 uur per dag bereikbaar voor spoed tijdens de zwangerschap.', ['verloskunde', 'zwangerschap'], { area: HW }),
  s('Echo\'s', 'Termijnecho, 13- en 20-wekenecho.', ['verloskunde', 'zwangerschap']),
]);
o({ name: 'Verloskundigen Rietveen-Kleinmeer', place: 'Rietveen', street: 'Molenweg 2', desc: 'Verloskundigen voor Rietveen, Kleinmeer en Meerhoeve.' }, [
  s('Verloskundigenpraktijk', 'Controles tijdens de zwangerschap, begeleiding van de bevalling en kraamvisites. Je hoeft niet langs de huisarts.', ['verloskunde', 'zwangerschap'], { area: ['Rietveen', 'Kleinmeer', 'Meerhoeve'] }),
  s('Centering Zwangerschap', 'Zwangerschapscontroles in een groep van 8 tot 12 zwangeren die rond dezelfde tijd zijn uitgerekend. Je meet zelf je bloeddruk en gewicht en praat met elkaar over bevallen, voeding en ouderschap.', ['zwangerschap', 'verloskunde']),
]);
o({ name: 'Kraamzorg De Wieg', place: 'Oudewaal', street: 'Industrieweg 3', desc: 'Kraamzorgorganisatie voor de hele regio.' }, [
  s('Kraamzorg', 'Een kraamverzorgende komt de eerste 8 tot 10 dagen na de bevalling bij je thuis. Meld je aan voor de 16e week van je zwangerschap. Eigen bijdrage per uur volgens je zorgverzekering.', ['kraamzorg', 'zwangerschap'], { area: REGIO }),
  s('Borstvoedingsspreekuur', 'Vragen over borstvoeding? Kom langs bij onze lactatiekundige. Gratis voor cliënten van De Wieg.', ['zwangerschap']),
]);
o({ name: 'JGZ Waardland', alt: 'Jeugdgezondheidszorg GGD Waardland', place: 'Noord', street: 'Zwanenlaan 50', desc: 'De jeugdgezondheidszorg volgt de groei en ontwikkeling van alle kinderen van 0 tot 18 jaar.' }, [
  s('Consultatiebureau Heuvelwaard', 'Op het consultatiebureau worden je baby en peuter gewogen en gemeten en krijgen ze de vaccinaties van het Rijksvaccinatieprogramma. De jeugdverpleegkundige en jeugdarts beantwoorden ook je vragen over voeding, slapen, huilen en opvoeden.', ['jgz', 'vaccinatie', 'opvoeden'], { area: HW }),
  s('Consultatiebureau Rietveen en Kleinmeer', 'Consultatiebureau voor kinderen van 0-4. Elke dinsdag en donderdag in het dorpshuis van Rietveen, eens per maand in Kleinmeer.', ['jgz', 'vaccinatie'], { area: ['Rietveen', 'Kleinmeer', 'Meerhoeve'], at: { name: 'Dorpshuis Rietveen', street: 'Dorpsstraat 1', place: 'Rietveen' } }),
  s('Consultatiebureau Oudewaal', 'Consultatiebureau voor 0 tot 4 jaar in Oudewaal en Sluisdijk.', ['jgz', 'vaccinatie'], { area: ['Oudewaal', 'Sluisdijk'], at: { name: 'Kindcentrum De Regenboog', street: 'Schoolstraat 10', place: 'Oudewaal' } }),
  s('Jeugdarts en jeugdverpleegkundige op school', 'Op de basisschool en het voortgezet onderwijs zien kinderen de jeugdverpleegkundige in groep 2 en 7 en in de tweede klas. Ouders en jongeren kunnen ook zelf een afspraak maken, bijvoorbeeld bij vragen over gewicht, pesten, verzuim of je niet lekker voelen.', ['jgz', 'jongeren', 'opvoeden'], { area: REGIO }),
  s('Huilspreekuur', 'Huilt je baby veel en weet je niet meer wat je moet doen? Op het huilspreekuur kijkt de jeugdverpleegkundige met je mee, ook thuis. Je bent niet de enige.', ['jgz', 'opvoeden'], { area: REGIO }),
  s('Prenataal huisbezoek', 'Voor zwangeren die wat extra steun kunnen gebruiken komt de jeugdverpleegkundige al voor de geboorte op bezoek.', ['jgz', 'zwangerschap'], { area: REGIO }),
  s('VoorZorg', 'Een intensief programma voor jonge moeders (tot 25 jaar) die zwanger zijn van hun eerste kind en het moeilijk hebben: een vaste verpleegkundige komt regelmatig op huisbezoek tot het kind 2 jaar is.', ['jgz', 'zwangerschap', 'opvoeden'], { area: REGIO }),
]);
o({ name: 'GGD Waardland', place: 'Noord', street: 'Zwanenlaan 50', desc: 'Publieke gezondheid voor de gemeenten Heuvelwaard, Rietveen, Oudewaal en Kleinmeer (fictief).' }, [
  s('Soa-poli', 'Gratis en anoniem testen op soa en hiv voor jongeren onder 25 en mensen met een verhoogd risico. Maak een afspraak.', ['seksuele-gezondheid'], { area: REGIO }),
  s('Sense-spreekuur seksualiteit', 'Vragen over seks, anticonceptie, de morning-afterpil, zwangerschap of relaties? Voor jongeren tot 25. Gratis en je ouders hoeven het niet te weten.', ['seksuele-gezondheid', 'jongeren'], { area: REGIO }),
  s('Reizigersvaccinatie', 'Advies en vaccinaties voor reizen naar het buitenland, op afspraak. Kosten volgens tarievenlijst.', ['vaccinatie'], { area: REGIO }),
  s('Training Samen suïcide voorkomen', 'Gatekeepertraining voor docenten, wijkagenten, medewerkers van gemeente en welzijn en vrijwilligers: signalen herkennen, het gesprek aangaan en doorverwijzen. Dagdeel, gratis voor organisaties in de regio.', ['training-suicidepreventie'], { area: REGIO }),
  s('Meldcode-training huiselijk geweld en kindermishandeling', 'Voor professionals in onderwijs, zorg en kinderopvang: werken met de meldcode, het afwegingskader en wanneer je Veilig Thuis raadpleegt.', ['training-huiselijk-geweld', 'meldcode'], { area: REGIO }),
  s('Cursus Mentale EHBO', 'In 4 dagdelen leer je hoe je iemand bijstaat die psychisch vastloopt, bijvoorbeeld bij een paniekaanval, een depressie, verslaving of gedachten aan zelfdoding, tot er professionele hulp is. Voor iedereen vanaf 18 jaar: collega\'s, buren, familie.', ['mentale-ehbo'], { area: REGIO }),
  s('Lessen relaties en seksualiteit', 'Gastlessen voor het basis- en voortgezet onderwijs over lichaam, relaties, grenzen aangeven, sexting en seksuele weerbaarheid. Met lesmateriaal voor de leerkracht en een ouderavond.', ['lessen-relaties', 'jongeren'], { area: REGIO }),
  s('Griepprik en coronaprik', 'Jaarlijkse vaccinatieronde in het najaar voor 60-plussers en mensen met een medische indicatie. U krijgt een uitnodiging.', ['vaccinatie'], { area: REGIO, status: 'inactive' }),
]);
o({ name: 'Centrum voor Jeugd en Gezin Heuvelwaard', alt: 'CJG', place: 'Centrum', street: 'Raadhuisstraat 3', desc: 'Het CJG is er voor alle vragen over opgroeien en opvoeden.' }, [
  s('Opvoedspreekuur', 'Vragen over slapen, eten, driftbuien, pesten, puberteit of scheiden? Loop binnen op woensdagochtend of bel. Gratis, je hoeft geen verwijzing.', ['opvoeden', 'cjg'], { area: HW }),
  s('Cursus Omgaan met pubers', 'Vier avonden voor ouders van kinderen van 11 tot 16. Over grenzen stellen, schermtijd, alcohol en blijven praten met je kind.', ['opvoeden', 'jongeren', 'cjg']),
  s('Opvoedondersteuning thuis', 'Een gezinscoach komt een paar keer bij u thuis als het opvoeden even niet lukt. Aanmelden via het CJG of het wijkteam.', ['opvoeden', 'jeugdhulp', 'cjg']),
]);

o({ name: 'Kinderopvang Het Speelhuis', place: 'Noord', street: 'Zwanenlaan 36', desc: 'Kinderdagverblijf, peuteropvang en bso op drie locaties in Heuvelwaard.' }, [
  s('Kinderdagverblijf', 'Opvang voor kinderen van 0 tot 4 jaar, hele of halve dagen, 52 weken per jaar. U kunt kinderopvangtoeslag aanvragen bij de Belastingdienst. Kom gerust kijken.', ['kinderopvang']),
  s('Peuteropvang met VVE', 'Twee of drie ochtenden per week spelen voor peuters van 2 tot 4 jaar. Heeft uw kind een VVE-indicatie van het consultatiebureau, bijvoorbeeld omdat thuis weinig Nederlands gesproken wordt, dan krijgt het extra uren met veel aandacht voor taal. Zonder toeslag betaalt u een bijdrage naar inkomen.', ['kinderopvang'], { area: HW }),
  s('Buitenschoolse opvang', 'BSO na schooltijd en in de schoolvakanties voor kinderen van 4 tot 12 jaar. Ophalen van school, huiswerkhoek en buitenspelen.', ['kinderopvang'], { at: { name: 'Kindcentrum De Horst', street: 'Horsterweg 70', place: 'De Horst' } }),
]);

// ——— GGZ, verslaving, herstel ————————————————————————————————————————————
o({ name: 'GGZ Waardstroom', place: 'De Horst', street: 'Parklaan 100', desc: 'Specialistische geestelijke gezondheidszorg voor volwassenen, ouderen en jeugd in de regio Heuvelwaard.' }, [
  s('Specialistische ggz volwassenen', 'Behandeling bij ernstige of complexe psychische problemen zoals een zware depressie, angststoornis, persoonlijkheidsproblematiek, trauma of psychose. Met verwijzing van huisarts. Wachttijd zie website.', ['ggz', 'somberheid', 'angst'], { area: REGIO }),
  s('FACT-team Heuvelwaard', 'Langdurige zorg en begeleiding aan huis voor mensen met een ernstige psychische aandoening (EPA): behandeling, hulp bij wonen, werk en geld, en een vinger aan de pols bij terugval.', ['epa', 'ggz'], { area: HW }),
  s('Ouderenpsychiatrie', 'Voor ouderen met psychische problemen, zoals depressie op latere leeftijd, angst of gedragsproblemen bij dementie.', ['ggz', 'somberheid', 'dementie'], { area: REGIO }),
  s('Jeugd-ggz', 'Diagnostiek en behandeling voor kinderen en jongeren tot 18 jaar, bv. bij ADHD, autisme, angst, depressie of trauma. Verwijzing via huisarts, jeugdarts of wijkteam.', ['jeugd-ggz', 'autisme', 'ggz'], { area: REGIO }),
  s('Crisisdienst ggz', 'Voor acute psychiatrische crisis, 24/7. Alleen bereikbaar voor verwijzers: huisarts, huisartsenpost, politie en SEH. Bent u inwoner en in crisis? Bel uw huisarts of de huisartsenpost, bij direct gevaar 112.', ['ggz'], { area: REGIO }),
]);
o({ name: 'Psychologenpraktijk Het Kompas', place: 'Centrum', street: 'Kerkstraat 22', desc: 'Praktijk voor psychologie (basis-ggz). Ook in het Engels.' }, [
  s('Basis-ggz behandeling', 'BGGZ: kortdurende behandeling bij lichte tot matige psychische klachten: depressie, angst, paniekaanvallen, burn-out, rouw, laag zelfbeeld. Met verwijsbrief van de huisarts. Therapy is also available in English.', ['ggz', 'somberheid', 'angst', 'stress', 'rouw', 'english', 'basis-ggz'], { languages: ['nl', 'en'] }),
  s('Cursus Beter slapen', 'Groepscursus van 6 bijeenkomsten op basis van cognitieve gedragstherapie voor insomnia (CGT-i). Voor volwassenen die al maanden slecht slapen, niet kunnen inslapen of vaak wakker liggen.', ['slapen', 'ggz']),
  s('Counselling in English', 'Short-term psychological help for internationals in English: stress, homesickness, anxiety, low mood, relationship problems. A GP referral is needed for insurance cover.', ['ggz', 'english', 'angst', 'somberheid', 'stress', 'basis-ggz'], { languages: ['en'] }),
]);
o({ name: 'Praktijk Mentaal Fit Oudewaal', place: 'Oudewaal', street: 'Havenstraat 10', desc: 'Psycholoog in Oudewaal.' }, [
  s('Psycholoog', 'Gz-psycholoog voor volwassenen. EMDR bij trauma, CGT bij angst en depressie. Geen wachtlijst op dit moment.', ['ggz', 'angst', 'somberheid', 'basis-ggz']),
  s('Online behandeling', 'Behandeling via beeldbellen en een online programma, voor wie niet naar de praktijk kan of wil komen.', ['ggz', 'basis-ggz'], { virtual: true }),
]);
o({ name: 'Kinder- en jeugdpsychologie De Vlinder', place: 'Rietveen', street: 'Molenweg 18', desc: 'Kinder- en jeugdpsycholoog.' }, [
  s('Hulp voor kinderen en jongeren', 'Onderzoek en behandeling bij angst, somberheid, faalangst, gedragsproblemen, trauma of moeite na een scheiding van de ouders. Verwijzing via huisarts, jeugdarts of sociaal team (Jeugdwet).', ['jeugd-ggz', 'echtscheiding', 'angst']),
]);
o({ name: 'Verslavingszorg Waardland', place: 'Waterkwartier', street: 'Dijkstraat 77', desc: 'Hulp bij problemen met alcohol, drugs, medicijnen, gokken en gamen.' }, [
  s('Ambulante behandeling verslaving', 'Drink je meer dan je wilt, of gebruik je drugs of slaappillen en lukt stoppen niet? Wij helpen je, ook als je niet helemaal wilt stoppen. Met verwijzing van de huisarts.', ['verslaving'], { area: REGIO }),
  s('Gok- en gameverslaving', 'Hulp voor wie de controle over gokken of gamen kwijt is, en voor hun naasten. Ook online.', ['verslaving'], { area: REGIO }),
  s('Inloopspreekuur alcohol en drugs', 'Zonder afspraak en anoniem vragen stellen over je eigen gebruik of dat van een ander. Donderdag 14-16 uur.', ['verslaving'], { area: HW }),
  s('Zelfhulpgroep alcohol', 'Wekelijkse groep voor mensen die willen stoppen of gestopt zijn met drinken, volgens het 12-stappenprogramma. Zonder aanmelding, anoniem, gratis. Familieleden hebben een eigen groep op maandag.', ['verslaving'], { area: HW }),
  s('Preventie jongeren', 'Voorlichting op scholen en in het jongerenwerk over alcohol, lachgas, vapen en blowen. Ook voor ouders die zich zorgen maken.', ['preventie-middelen', 'verslaving', 'jongeren'], { area: REGIO }),
]);
o({ name: 'Rookvrij Waardland', place: 'Centrum', street: 'Nieuwstraat 8', desc: 'Coaching bij stoppen met roken en vapen.' }, [
  s('Stopcoach', 'Persoonlijke begeleiding om te stoppen met roken of vapen, in gesprekken of telefonisch. Vergoed vanuit de basisverzekering, geen eigen risico.', ['stoppen-roken']),
  s('Groepstraining Stoppen met Roken', 'In een groep samen stoppen: 7 bijeenkomsten. Start elke 2 maanden.', ['stoppen-roken']),
]);
o({ name: 'Herstelacademie Waardland', place: 'Centrum', street: 'Oude Markt 11', desc: 'Leren van en met ervaringsdeskundigen.' }, [
  s('Herstelcursussen', 'Cursussen en werkgroepen over herstel, zelfregie en omgaan met psychische kwetsbaarheid, gegeven door ervaringsdeskundigen. Gratis, zonder indicatie of verwijzing.', ['herstel']),
  s('Herstelinloop', 'Open inloop voor iedereen die psychisch kwetsbaar is of was. Koffie, een luisterend oor en lotgenoten. Di en do middag.', ['herstel', 'ontmoeting', 'eenzaamheid']),
]);
o({ name: 'Beschermd Wonen Waardland', place: 'Oostpolder', street: 'Boerderijweg 5', desc: 'Beschermd en begeleid wonen voor mensen met psychiatrische problemen.' }, [
  s('Beschermd wonen', 'Wonen met 24-uurs begeleiding voor volwassenen met een ernstige psychische aandoening die (nog) niet zelfstandig kunnen wonen. Toegang via de centrumgemeente Heuvelwaard.', ['epa', 'wonen', 'beschermd-wonen'], { area: REGIO }),
  s('Ambulante woonbegeleiding', 'Begeleiding in uw eigen huis: structuur, huishouden, geld en contact met anderen.', ['epa', 'wonen', 'herstel']),
]);
o({ name: 'Praatlijn Heuvelwaard', place: 'Centrum', street: 'Postbus 19', desc: 'Vrijwilligers die luisteren, dag en nacht.' }, [
  s('Luisterlijn voor een gesprek', 'Wil je je verhaal kwijt? Voel je je alleen, of zit je ergens mee? Bel of chat anoniem met een getrainde vrijwilliger. Wij geven geen advies maar luisteren. Elke dag en nacht bereikbaar.', ['eenzaamheid'], { area: REGIO, virtual: true }),
]);
o({ name: 'Levenslijn Waardland', place: 'Centrum', street: 'Kerkstraat 22', desc: 'Hulplijn voor mensen met gedachten aan zelfdoding en hun naasten (fictief).' }, [
  s('Bel- of chatlijn bij zelfmoordgedachten', 'Denk je aan zelfmoord of zie je het niet meer zitten? Praat erover met een getrainde hulpverlener. Gratis en anoniem, dag en nacht bereikbaar, ook via chat. Ook voor naasten die zich zorgen maken om iemand.', ['zelfmoordpreventie'], { area: REGIO, virtual: true }),
]);
o({ name: 'Stichting Nabestaanden Waardland', place: 'Sluisdijk', street: 'Sluiskade 20', desc: 'Lotgenotencontact voor nabestaanden.' }, [
  s('Gespreksgroep na zelfdoding', 'Een gespreksgroep voor mensen die een dierbare hebben verloren door zelfdoding. Begeleid door een rouwtherapeut en een ervaringsdeskundige. Acht avonden.', ['nabestaanden-suicide', 'rouw'], { area: REGIO }),
  s('Rouwcafe', 'Eens per maand een open avond voor iedereen die iemand heeft verloren. Praten of alleen luisteren mag allebei.', ['rouw', 'ontmoeting'], { area: ['Oudewaal', 'Sluisdijk'] }),
]);
o({ name: 'Rouwbegeleiding Zilverlicht', place: 'Kleinmeer', street: 'Meerweg 7', desc: 'Praktijk voor rouw- en verliesbegeleiding.' }, [
  s('Rouw- en verliesbegeleiding', 'Persoonlijke begeleiding na het overlijden van een partner, kind of ouder, maar ook na een scheiding of verlies van werk. Niet vergoed; tarief op aanvraag.', ['rouw', 'echtscheiding']),
]);

// ——— Wijkteams en gemeentelijke loketten ————————————————————————————————————
const WIJKTEAM = ['wijkteam', 'geldzorgen', 'opvoeden', 'eenzaamheid', 'wonen', 'mantelzorg', 'huiselijk-geweld', 'administratie'];
o({ name: 'Wijkteams Heuvelwaard', place: 'Centrum', street: 'Raadhuisstraat 3', desc: 'In elke wijk van Heuvelwaard werkt een wijkteam met sociaal werkers, jeugd- en gezinscoaches en een wijkverpleegkundige.' }, [
  s('Wijkteam Centrum', 'Met al uw vragen over geld, opvoeden, wonen, gezondheid, eenzaamheid of zorg voor een naaste kunt u bij het wijkteam terecht. Wij kijken samen met u wat er nodig is en helpen zelf of zoeken de juiste hulp. Gratis en zonder verwijzing. Inloop op maandag en donderdag.', WIJKTEAM, { area: ['Heuvelwaard-Centrum'] }),
  s('Wijkteam Noord', 'Het wijkteam Noord helpt bij vragen over opvoeding, geldzorgen, huiselijk geweld, mantelzorg, wonen en meedoen in de buurt. Loop binnen in buurthuis De Zwaan of bel ons.', WIJKTEAM, { area: ['Heuvelwaard-Noord'], at: { name: 'Buurthuis De Zwaan', street: 'Zwanenlaan 60', place: 'Noord' } }),
  s('Wijkteam De Horst', 'Voor alle inwoners van De Horst. Vragen over geld, opvoeden, gezondheid, wonen of samenleven? Wij helpen u verder.', WIJKTEAM, { area: ['Heuvelwaard-De Horst'] }),
  s('Wijkteam Waterkwartier', 'Het wijkteam zit in het gezondheidscentrum Waterkwartier. Wij helpen met problemen thuis, met geld, administratie, opvoeden en als het u allemaal even te veel wordt. Spreekuur elke werkdag 9-12 uur.', WIJKTEAM, { area: ['Heuvelwaard-Waterkwartier'], at: { name: 'Gezondheidscentrum Waterkwartier', street: 'Kadepad 21', place: 'Waterkwartier' } }),
  s('Wijkteam Oostpolder', 'Wijkteam voor Oostpolder.', WIJKTEAM, { area: ['Heuvelwaard-Oostpolder'] }),
]);
o({ name: 'Sociaal Team Rietveen', place: 'Rietveen', street: 'Dorpsstraat 1', desc: 'Eén team voor zorg, welzijn, jeugd en inkomen in Rietveen.' }, [
  s('Sociaal team', 'Heeft u een vraag over zorg, jeugd, geld, werk of meedoen? Het sociaal team zoekt met u naar een oplossing. Ook voor Wmo-aanvragen zoals huishoudelijke hulp, een scootmobiel of een traplift. Het team doet ook de keukentafelgesprekken.', ['wijkteam', 'wmo', 'geldzorgen', 'opvoeden', 'jeugdhulp', 'huishoudelijke-hulp', 'hulpmiddelen', 'woningaanpassing'], { area: ['Rietveen'] }),
]);
o({ name: 'Sociaal Team Oudewaal', place: 'Oudewaal', street: 'Raadhuisplein 1', desc: 'Sociaal Team Oudewaal en Sluisdijk' }, [
  s('Sociaal Team Oudewaal', 'het sociaal team helpt inwoners die vastlopen. denk aan: schulden, opvoedingsvragen, mantelzorg, eenzaamheid, wonen. gratis. bel of mail voor een afspraak', ['wijkteam', 'schulden', 'geldzorgen', 'opvoeden', 'mantelzorg', 'eenzaamheid', 'wonen'], { area: ['Oudewaal', 'Sluisdijk'] }),
  s('Jeugd- en gezinsteam Oudewaal', 'Gezinscoaches voor ouders en kinderen met vragen over opgroeien, opvoeden, scheiding en gedrag. Ook toegang tot jeugdhulp.', ['jeugdhulp', 'opvoeden', 'echtscheiding', 'cjg'], { area: ['Oudewaal', 'Sluisdijk'] }),
]);
o({ name: 'Dorpsteam Kleinmeer', place: 'Kleinmeer', street: 'Kerkpad 1', desc: 'Dorpsteam Kleinmeer-Meerhoeve' }, [
  s('Dorpsteam', 'Voor alle vragen over welzijn, zorg, jeugd en geld. Ook Wmo en jeugdhulp. Spreekuur in het dorpshuis, woensdag 10-12.', ['wijkteam', 'wmo', 'jeugdhulp', 'geldzorgen', 'opvoeden'], { area: ['Kleinmeer', 'Meerhoeve'] }),
]);
o({ name: 'Gemeente Heuvelwaard', place: 'Centrum', street: 'Raadhuisstraat 1', desc: 'Gemeente Heuvelwaard (fictief).' }, [
  s('Loket Zorg en Welzijn (Wmo)', 'Heeft u hulp nodig om zelfstandig thuis te blijven wonen? Bijvoorbeeld huishoudelijke hulp, begeleiding, een rolstoel, scootmobiel of woningaanpassing? Meld u bij het Wmo-loket. Een consulent komt bij u thuis voor een gesprek. U kunt kiezen voor zorg in natura of een persoonsgebonden budget (pgb). Voor de meeste voorzieningen betaalt u een eigen bijdrage via het CAK.', ['wmo', 'huishoudelijke-hulp', 'hulpmiddelen', 'woningaanpassing', 'pgb'], { alt: 'Wmo-loket', area: HW }),
  s('Werk en Inkomen', 'Geen werk en geen inkomen? Vraag een bijstandsuitkering aan bij de gemeente. Wij helpen u ook bij het vinden van werk. Heeft u een WW-uitkering die bijna afloopt, neem dan op tijd contact op.', ['uitkering', 'werk'], { area: HW }),
  s('Schuldhulpverlening', 'Heeft u schulden of dreigt u ze te krijgen? De gemeente helpt met een schuldregeling, budgetbeheer of een betalingsregeling. Ook doorverwijzing naar de Wsnp (wettelijke schuldsanering). Aanmelden kan telefonisch of via het wijkteam.', ['schulden', 'geldzorgen', 'bewindvoering'], { area: HW }),
  s('Bijzondere bijstand en minimaregelingen', 'Heeft u een laag inkomen? Dan kunt u misschien bijzondere bijstand, de individuele inkomenstoeslag, een bijdrage voor school- en sportkosten van uw kinderen of de collectieve zorgverzekering krijgen. Doe de regelingencheck.', ['minima', 'geldzorgen'], { area: HW }),
  s('Kwijtschelding gemeentelijke belastingen', 'Kunt u de afvalstoffenheffing of rioolheffing niet betalen? Vraag kwijtschelding aan.', ['minima', 'geldzorgen'], { area: HW }),
  s('Inburgering', 'Statushouders en andere nieuwkomers die moeten inburgeren, krijgen van de gemeente een persoonlijk plan (PIP) met taallessen, werk en begeleiding.', ['inburgering', 'taal'], { area: HW }),
  s('Kinderopvang op sociaal-medische indicatie (SMI)', 'Kunt u door ziekte, een psychische aandoening of een opname tijdelijk niet voor uw jonge kind zorgen, en heeft u geen recht op kinderopvangtoeslag? Dan kan de gemeente een SMI afgeven en de kinderopvang (deels) betalen. Vraag het aan via het wijkteam; een arts of behandelaar onderbouwt de aanvraag.', ['kinderopvang', 'smi'], { area: HW }),
  s('Leerplicht en RMC', 'Is uw kind veel afwezig op school, of zit een jongere tot 23 zonder diploma thuis? De leerplichtambtenaar en het RMC denken mee over terug naar school of werk.', ['jongeren', 'werk'], { area: HW }),
]);
o({ name: 'Gemeente Rietveen', place: 'Rietveen', street: 'Dorpsstraat 1', desc: 'Gemeente Rietveen (fictief).' }, [
  s('Schuldhulp Rietveen', 'Gemeentelijke schuldhulpverlening. Binnen 3 werkdagen een eerste gesprek, bij dreigende huisuitzetting of afsluiting van gas/licht/water dezelfde dag.', ['schulden', 'geldzorgen'], { area: ['Rietveen'] }),
  s('Participatiewet en bijstand', 'Uitkering aanvragen, re-integratie en begeleiding naar werk voor inwoners van Rietveen.', ['uitkering', 'werk'], { area: ['Rietveen'] }),
]);
o({ name: 'Gemeente Oudewaal', place: 'Oudewaal', street: 'Raadhuisplein 1', desc: 'Gemeente Oudewaal (fictief)' }, [
  s('Zorgloket Oudewaal', 'Wmo-aanvragen: hulp bij het huishouden, begeleiding, hulpmiddelen, vervoer (regiotaxi-pas), woningaanpassingen. Ook informatie over het pgb.', ['wmo', 'huishoudelijke-hulp', 'hulpmiddelen', 'vervoer', 'woningaanpassing', 'pgb'], { area: ['Oudewaal', 'Sluisdijk'] }),
  s('Loket Werk en Inkomen Oudewaal', 'Bijstand, minimaregelingen, kwijtschelding en werk.', ['uitkering', 'minima', 'werk', 'geldzorgen'], { area: ['Oudewaal', 'Sluisdijk'] }),
  s('Schuldhulpverlening Oudewaal', 'De gemeente Oudewaal heeft de schuldhulpverlening ondergebracht bij Geldwijzer Waardland. U kunt zich daar direct aanmelden.', ['schulden'], { area: ['Oudewaal', 'Sluisdijk'], phone: false }),
]);
o({ name: 'Gemeente Kleinmeer', place: 'Kleinmeer', street: 'Kerkpad 1', desc: 'Gemeente Kleinmeer (fictief).' }, [
  s('Wmo en jeugd Kleinmeer', 'Aanvragen voor Wmo-voorzieningen en jeugdhulp lopen via het Dorpsteam. Op deze pagina leest u hoe dat werkt en welke eigen bijdrage u betaalt.', ['wmo', 'jeugdhulp'], { area: ['Kleinmeer', 'Meerhoeve'], phone: false }),
]);
o({ name: 'Werkplein Waardland', place: 'Waterkwartier', street: 'Dijkstraat 10', desc: 'Het Werkplein is de plek waar gemeenten en werkgevers in de regio samenwerken aan werk.' }, [
  s('Werkzoekendenloket', 'Bent u werkloos geworden of zoekt u ander werk? Op het Werkplein krijgt u hulp bij solliciteren, uw cv, een opleiding of omscholing. Ook vacatures bij werkgevers in de regio.', ['werk'], { area: REGIO }),
  s('Jongerenloket werk en school', 'Voor jongeren van 16 tot 27 zonder werk of opleiding. Een jongerencoach helpt je een baan, stage of opleiding te vinden.', ['werk', 'jongeren'], { area: REGIO }),
  s('Sollicitatiecafé', 'Elke dinsdagochtend: samen vacatures zoeken, brieven schrijven en oefenen voor een gesprek. Vrije inloop, koffie staat klaar.', ['werk'], { area: REGIO }),
  s('Werkfit-traject', 'Voor mensen die al lang geen werk hebben of door ziekte uitvielen: stap voor stap wennen aan werk in een leerwerkplek. Met begeleiding van een jobcoach.', ['werk'], { area: REGIO }),
]);
o({ name: 'Vrijwilligerscentrale Heuvelwaard', place: 'Centrum', street: 'Oude Markt 3', desc: 'Bemiddeling van vrijwilligerswerk.' }, [
  s('Vacaturebank vrijwilligerswerk', 'Wilt u iets doen voor een ander, ervaring opdoen of mensen leren kennen? Wij zoeken samen met u vrijwilligerswerk dat bij u past. Ook voor mensen met een uitkering of een beperking.', ['vrijwilligerswerk'], { area: HW }),
]);

// ——— Cliëntondersteuning, pgb, ouderenadvies ——————————————————————————————
o({ name: 'Cliëntondersteuning Waardland', place: 'Noord', street: 'Zwanenlaan 70', desc: 'Onafhankelijke cliëntondersteuning voor inwoners van de regio Heuvelwaard (fictief).' }, [
  s('Onafhankelijke cliëntondersteuning', 'Een cliëntondersteuner staat naast u als u zorg of ondersteuning nodig heeft, bijvoorbeeld bij het keukentafelgesprek met de gemeente, een aanvraag voor de Wlz of een bezwaar. Wij werken niet voor de gemeente of een zorgaanbieder. Gratis.', ['clientondersteuning', 'wmo'], { area: REGIO }),
  s('Steunpunt voor mensen met een beperking', 'Begeleiding en advies voor mensen met een (licht) verstandelijke beperking, autisme of niet-aangeboren hersenletsel en hun ouders of naasten: bij school, werk, wonen, geld en zorg.', ['clientondersteuning', 'lvb', 'autisme', 'nah'], { area: REGIO }),
]);
o({ name: 'Pgb-adviespunt Heuvelwaard', place: 'Centrum', street: 'Oude Markt 3', desc: 'Vrijwilligers met pgb-ervaring helpen budgethouders.' }, [
  s('Spreekuur persoonsgebonden budget', 'Twijfelt u of een pgb iets voor u is? Of heeft u al een pgb en loopt u vast met het zorgplan, de zorgovereenkomst of de declaraties bij de SVB? Onze vrijwilligers zijn zelf budgethouder en helpen u gratis.', ['pgb'], { area: REGIO }),
]);
o({ name: 'Welzijn Heuvelwaard', place: 'Centrum', street: 'Oude Markt 5', desc: 'Welzijnsorganisatie voor ouderen, jongeren, buurtbewoners en mantelzorgers in Heuvelwaard.' }, [
  s('Ouderenadviseur', 'De ouderenadviseur helpt 65-plussers met vragen over wonen, zorg, geld, formulieren en vervoer. Hij of zij komt bij u thuis als u dat wilt.', ['ouderenadvies', 'clientondersteuning', 'administratie'], { area: HW }),
  s('Maatjesproject', 'Een vrijwilliger die een keer per week of per twee weken langskomt voor een praatje, een wandeling of samen iets ondernemen. Voor iedereen die weinig mensen om zich heen heeft.', ['eenzaamheid'], { area: HW }),
  s('Huisbezoek 75+', 'Vrijwilligers bezoeken alle inwoners die 75 worden. Ze vragen hoe het gaat en vertellen wat er in de buurt te doen is.', ['eenzaamheid', 'ouderenadvies'], { area: HW }),
  s('Welzijn op Recept', 'Loopt u bij de huisarts met klachten die meer te maken hebben met hoe het in uw leven gaat, zoals eenzaamheid, somberheid of stress? Dan kan de huisarts u verwijzen naar de welzijnscoach. Samen zoeken jullie een activiteit die u energie geeft.', ['welzijn-op-recept', 'eenzaamheid', 'somberheid', 'stress', 'ontmoeting'], { area: HW }),
  s('Buurtkamer De Linde', 'Gezellige huiskamer in de wijk Centrum. Koffie, krant, spelletjes en een praatje. Iedere werkdag van 10 tot 16 uur.', ['ontmoeting', 'eenzaamheid'], { area: ['Heuvelwaard-Centrum'], at: { name: 'Buurtkamer De Linde', street: 'Lindestraat 9', place: 'Centrum' } }),
  s('Buurthuis De Zwaan', 'Activiteiten voor jong en oud: handwerkclub, biljart, kookclub, repair cafe en huiswerkbegeleiding.', ['ontmoeting'], { area: ['Heuvelwaard-Noord'], at: { name: 'Buurthuis De Zwaan', street: 'Zwanenlaan 60', place: 'Noord' } }),
  s('Jongerenwerk Heuvelwaard', 'Jongerenwerkers zijn op straat, op school en in de jongerenruimte. Ze organiseren activiteiten en helpen jongeren (12-23) met vragen over school, werk, geld, relaties of thuis.', ['jongeren'], { area: HW }),
  s('Boodschappenbus', 'Elke dinsdag haalt de boodschappenbus ouderen thuis op en brengt ze naar de supermarkt. Eigen bijdrage 2 euro.', ['vervoer', 'ontmoeting'], { area: HW }),
  s('Klussendienst', 'Vrijwilligers doen kleine klusjes in huis voor ouderen en mensen met een beperking: lamp ophangen, kraan repareren, handgreep plaatsen. U betaalt alleen de materialen.', ['woningaanpassing', 'wonen'], { area: HW }),
  s('Open eettafel', 'Samen eten in de buurtkamer voor 6 euro. Woensdag en vrijdag om 17.30 uur. Aanmelden een dag van tevoren.', ['maaltijden', 'ontmoeting', 'eenzaamheid'], { area: HW, at: { name: 'Buurtkamer De Linde', street: 'Lindestraat 9', place: 'Centrum' } }),
]);
o({ name: 'Stichting Welzijn Rietveen-Kleinmeer', place: 'Rietveen', street: 'Dorpsstraat 1', desc: 'Welzijnswerk in de dorpen.' }, [
  s('Dorpshuis Rietveen', 'Ontmoetingsplek in het hart van het dorp met koersbal, kaartavond, soos voor senioren en een inloopspreekuur van het sociaal team.', ['ontmoeting', 'eenzaamheid'], { area: ['Rietveen'] }),
  s('Ouderenwerk', 'Ouderenconsulent voor advies aan huis, hulp bij aanvragen en het organiseren van activiteiten voor senioren in Rietveen, Kleinmeer en Meerhoeve.', ['ouderenadvies', 'clientondersteuning', 'ontmoeting'], { area: ['Rietveen', 'Kleinmeer', 'Meerhoeve'] }),
  s('Vervoersdienst met vrijwillige chauffeurs', 'Vrijwillige chauffeurs rijden ouderen en minder mobiele inwoners naar de huisarts, het ziekenhuis of familie. Onkostenvergoeding per km.', ['vervoer'], { area: ['Rietveen', 'Kleinmeer', 'Meerhoeve'] }),
  s('Koffie-ochtend Meerhoeve', 'Iedere vrijdagochtend koffie in de kerkzaal. Iedereen welkom!', ['ontmoeting', 'eenzaamheid'], { area: ['Meerhoeve'], at: { name: 'Kerkzaal Meerhoeve', street: 'Kerkweg 1', place: 'Meerhoeve' } }),
  s('Jongerenwerk in de dorpen', 'Een jongerenwerker voor de jeugd in Rietveen en Kleinmeer. Soos op vrijdagavond, sport in de zomer.', ['jongeren', 'ontmoeting'], { area: ['Rietveen', 'Kleinmeer'] }),
]);
o({ name: 'Welzijnswerk Oudewaal', alt: 'Stichting Samen Oudewaal', place: 'Oudewaal', street: 'Havenstraat 2', desc: 'Welzijnswerk Oudewaal: ouderenwerk, buurtwerk, jongerenwerk en mantelzorgondersteuning.' }, [
  s('Telefooncirkel', 'Elke ochtend gaat de telefoon: deelnemers bellen elkaar in een vaste volgorde. Neemt iemand niet op, dan komt er iemand kijken. Veilig en gezellig.', ['eenzaamheid'], { area: ['Oudewaal', 'Sluisdijk'] }),
  s('Ouderenadvies Oudewaal', 'Hulp bij het aanvragen van voorzieningen, het invullen van formulieren en advies over wonen en zorg voor ouderen.', ['ouderenadvies', 'administratie', 'clientondersteuning'], { area: ['Oudewaal', 'Sluisdijk'] }),
  s('Jongerencentrum De Haven', 'Plek voor jongeren van 12 tot 18 jaar om te chillen, gamen, muziek maken. Jongerenwerkers helpen ook bij problemen thuis of op school.', ['jongeren', 'ontmoeting'], { area: ['Oudewaal', 'Sluisdijk'] }),
  s('Wandelgroep Oudewaal', 'Elke maandag om 10 uur wandelen we een uur door de polder. Daarna koffie. Gratis, aanmelden niet nodig.', ['bewegen', 'ontmoeting', 'eenzaamheid'], { area: ['Oudewaal'] }),
  s('Vriendschappelijk huisbezoek', 'vrijwilliger komt op bezoek bij ouderen die weinig contacten hebben', ['eenzaamheid'], { area: ['Oudewaal', 'Sluisdijk'] }),
]);

// ——— Geld, administratie, belasting ———————————————————————————————————————
o({ name: 'Geldwijzer Waardland', place: 'Sluisdijk', street: 'Sluiskade 14', desc: 'Schuldhulpverlening en budgetbegeleiding voor Oudewaal, Rietveen en Kleinmeer.' }, [
  s('Schuldhulpverlening', 'Wij helpen u uit de schulden. Eerst maken we samen een overzicht van uw inkomsten, uitgaven en schulden. Daarna zoeken we een oplossing: een betalingsregeling, een schuldregeling of de Wsnp. Zolang dat loopt, zorgen we dat de vaste lasten betaald worden.', ['schulden', 'geldzorgen'], { area: ['Oudewaal', 'Sluisdijk', 'Rietveen', 'Kleinmeer', 'Meerhoeve'] }),
  s('Budgetcursus Rondkomen', 'Cursus van 4 ochtenden: inzicht in je geld, besparen, post ordenen en nee zeggen tegen kopen op afbetaling. Gratis.', ['geldzorgen', 'administratie']),
  s('Vroegsignalering', 'Als de woningcorporatie, de energieleverancier of de zorgverzekeraar meldt dat u een betalingsachterstand heeft, nemen wij contact met u op om hulp aan te bieden. Voordat het een grote schuld wordt.', ['schulden', 'geldzorgen', 'huurachterstand']),
]);
o({ name: 'SchuldHulpMaatje Heuvelwaard', place: 'Centrum', street: 'Kerkstraat 40', desc: 'Getrainde vrijwilligers helpen mensen met (dreigende) schulden.' }, [
  s('Schuldhulpmaatje', 'Zit je in de schulden of kom je elke maand net niet rond? Een schuldhulpmaatje helpt je de papieren op orde te krijgen, gaat mee naar instanties en blijft naast je staan. Gratis en vertrouwelijk.', ['schulden', 'geldzorgen', 'administratie'], { area: HW }),
  s('Geldvragen-spreekuur', 'Wekelijks inloopspreekuur in de bibliotheek: vragen over rekeningen, toeslagen, aanmaningen of je budget. Zonder afspraak, woensdag 13-15 u.', ['geldzorgen', 'toeslagen', 'administratie'], { area: HW, at: { name: 'Bibliotheek Heuvelwaard', street: 'Oude Markt 1', place: 'Centrum' } }),
]);
o({ name: 'Bewindvoering Heuvelwaard B.V.', place: 'Noord', street: 'Zwanenlaan 101', desc: 'Professioneel bewindvoerder, aangesloten bij de branchevereniging.' }, [
  s('Beschermingsbewind', 'Lukt het niet (meer) om zelf uw geldzaken te regelen, door schulden, ziekte, ouderdom of een beperking? Dan kan de kantonrechter een bewindvoerder benoemen. Wij betalen uw vaste lasten, vragen toeslagen aan en geven u leefgeld. De kosten worden vaak vergoed via de bijzondere bijstand.', ['bewindvoering', 'schulden', 'geldzorgen'], { area: REGIO }),
  s('Budgetbeheer', 'Vrijwillig budgetbeheer zonder tussenkomst van de rechter: wij beheren uw inkomen en betalen de rekeningen.', ['bewindvoering', 'geldzorgen'], { area: REGIO }),
]);
o({ name: 'Bewindvoerderskantoor De Sleutel', place: 'Oudewaal', street: 'Havenstraat 60', desc: 'Bewind, mentorschap en curatele.' }, [
  s('Bewind en mentorschap', 'beschermingsbewind, mentorschap, curatele. ook voor mensen met dementie of een verstandelijke beperking. intakegesprek bij u thuis.', ['bewindvoering'], { area: REGIO }),
]);
o({ name: 'Stichting Voedselbank Heuvelwaard', place: 'Oostpolder', street: 'Loodsweg 2', desc: 'Voedselbank Heuvelwaard e.o. (fictieve afdeling).' }, [
  s('Voedselpakketten', 'Huishoudens die (tijdelijk) te weinig geld hebben voor eten kunnen wekelijks een voedselpakket ophalen. U heeft een verwijzing nodig van het wijkteam, de schuldhulpverlening of het AMW. Uitgifte op vrijdag.', ['voedselbank', 'geldzorgen'], { area: REGIO }),
]);
o({ name: 'Kledingbank Waardland', place: 'Oostpolder', street: 'Loodsweg 4', desc: 'Gratis kleding voor mensen met een kleine beurs.' }, [
  s('Kledingbank', 'Gratis goede tweedehands kleding en schoenen voor volwassenen en kinderen, 4 keer per jaar. Met verwijzing van een hulpverlener.', ['kledingbank', 'geldzorgen'], { area: REGIO }),
]);
o({ name: 'Kindpakket Heuvelwaard', place: 'Centrum', street: 'Raadhuisstraat 1', desc: 'Regeling voor kinderen uit gezinnen met een laag inkomen.' }, [
  s('Kindpakket', 'Ouders met een laag inkomen kunnen voor hun kinderen tot 18 jaar een tegoed krijgen voor sportclub, zwemles, muziekles, schoolreis, een fiets of een laptop.', ['minima', 'geldzorgen'], { area: HW, phone: false }),
]);
o({ name: 'Energiecoaches Waardland', place: 'Waterkwartier', street: 'Dijkstraat 12', desc: 'Vrijwillige energiecoaches.' }, [
  s('Energiecoach aan huis', 'Hoge energierekening? Een vrijwillige energiecoach komt gratis langs, geeft tips om te besparen, brengt tochtstrips en ledlampen en kijkt of u recht heeft op een energietoeslag.', ['energie', 'geldzorgen'], { area: REGIO }),
]);
o({ name: 'Belastinghulp Senioren Waardland', alt: 'Belastingservice ouderenbond', place: 'Rietveen', street: 'Molenweg 22', desc: 'Vrijwillige belastinginvullers van de ouderenvereniging.' }, [
  s('Hulp bij belastingaangifte', 'Getrainde vrijwilligers vullen uw aangifte inkomstenbelasting in en controleren uw zorgtoeslag en huurtoeslag. Voor leden en niet-leden met een inkomen tot ongeveer € 40.000. Meestal bij u thuis, in februari tot en met april.', ['belastingaangifte', 'toeslagen'], { area: REGIO }),
]);
o({ name: 'Sociaal Raadslieden Heuvelwaard', place: 'Centrum', street: 'Raadhuisstraat 5', desc: 'Gratis hulp bij brieven, formulieren en regelingen.' }, [
  s('Sociaal raadslieden', 'Krijgt u een brief van de Belastingdienst, het UWV of de gemeente die u niet begrijpt? De sociaal raadslieden leggen het uit, helpen bij formulieren, bezwaar maken en toeslagen. Ook hulp bij de aangifte inkomstenbelasting voor mensen met een laag inkomen.', ['administratie', 'juridisch', 'toeslagen', 'belastingaangifte'], { area: HW }),
  s('Formulierenhulp', 'Moeite met formulieren? Kom naar ons inloopspreekuur, we helpen u invullen. (Ook DigiD aanvragen.)', ['administratie', 'digitaal'], { area: HW }),
]);
o({ name: 'Rechtswinkel Heuvelwaard', place: 'Centrum', street: 'Kerkstraat 1', desc: 'Gratis juridisch advies door rechtenstudenten en vrijwillige juristen.' }, [
  s('Gratis juridisch spreekuur', 'Vragen over huur, werk, ontslag, consumentenzaken, familierecht of een boete? Kom langs op het spreekuur. Wij verwijzen door naar een advocaat als dat nodig is.', ['juridisch', 'wonen', 'echtscheiding', 'huurproblemen'], { area: REGIO }),
]);
o({ name: 'Thuisadministratie Waardland', place: 'Noord', street: 'Zwanenlaan 70', desc: 'Vrijwilligers thuisadministratie' }, [
  s('Thuisadministratie', 'Een vrijwilliger helpt u thuis om uw post, rekeningen en papieren op orde te krijgen en te houden. Voor mensen die het overzicht kwijt zijn, bijvoorbeeld na een scheiding of het overlijden van een partner.', ['administratie', 'geldzorgen'], { area: REGIO }),
]);

// ——— Bibliotheek, taal, digitaal, nieuwkomers ——————————————————————————————
o({ name: 'Bibliotheek Heuvelwaard', place: 'Centrum', street: 'Oude Markt 1', desc: 'De bibliotheek is er voor iedereen: lezen, leren, informatie en ontmoeting.' }, [
  s('Taalhuis', 'Wilt u beter leren lezen, schrijven of Nederlands spreken? In het Taalhuis vindt u een taalcursus of een taalvrijwilliger die bij u past. Voor Nederlanders en anderstaligen. Gratis.', ['taal'], { area: HW }),
  s('Taalcafé', 'Oefen Nederlands in een ontspannen sfeer met andere deelnemers en vrijwilligers. Iedere donderdagmiddag.', ['taal', 'ontmoeting', 'inburgering']),
  s('Klik & Tik computercursus', 'Beginnerscursus computer en internet: muis, mail, zoeken op internet en veilig online. In 8 lessen, in kleine groepen, speciaal voor mensen die nog nooit met een computer hebben gewerkt.', ['digitaal']),
  s('Informatiepunt Digitale Overheid', 'Hulp met DigiD, Mijn Overheid, de website van de Belastingdienst, toeslagen of het aanvragen van een paspoort-afspraak. Zonder afspraak tijdens openingsuren.', ['digitaal', 'administratie', 'toeslagen']),
  s('Digi-spreekuur smartphone en tablet', 'Loopt u vast met uw telefoon of tablet? WhatsApp, foto\'s versturen, een app installeren of de bankapp: vrijwilligers helpen u op weg. Elke vrijdag 10-12 uur.', ['digitaal']),
  s('Hulp bij belastingaangifte in de bibliotheek', 'In maart en april helpen vrijwilligers bij de aangifte inkomstenbelasting en het aanvragen of wijzigen van toeslagen. Maak een afspraak; neem uw DigiD mee.', ['belastingaangifte', 'toeslagen']),
  s('Voorlezen aan huis (VoorleesExpress)', 'Een vrijwilliger komt 20 weken lang een keer per week voorlezen bij gezinnen met kinderen van 2-8 jaar, en laat ouders zien hoe leuk voorlezen is.', ['taal']),
]);
o({ name: 'Bibliotheek Oudewaal-Rietveen', place: 'Oudewaal', street: 'Havenstraat 30', desc: 'Bibliotheek met vestigingen in Oudewaal en Rietveen.' }, [
  s('Digicafe', 'Vragen over de computer, tablet of smartphone. Iedere 1e en 3e maandag van de maand.', ['digitaal'], { area: ['Oudewaal', 'Rietveen'] }),
  s('Taalpunt', 'Beter leren lezen en schrijven, ook rekenen en digitale vaardigheden. Vraag naar de mogelijkheden.', ['taal', 'digitaal'], { area: ['Oudewaal', 'Rietveen'] }),
]);
o({ name: 'Steunpunt Nieuwkomers Waardland', place: 'Waterkwartier', street: 'Dijkstraat 40', desc: 'Begeleiding van vluchtelingen en statushouders.' }, [
  s('Maatschappelijke begeleiding statushouders', 'Als u net een verblijfsvergunning heeft en in de regio komt wonen, helpt een begeleider u met de eerste stappen: huis, zorgverzekering, toeslagen, school voor de kinderen en inburgering.', ['inburgering', 'toeslagen', 'administratie'], { area: REGIO, languages: ['nl', 'en', 'ar', 'ti'] }),
  s('Taalmaatjes', 'Vrijwilligers oefenen een keer per week Nederlands met een nieuwkomer, in het dagelijks leven: boodschappen, bellen, een brief lezen.', ['taal', 'inburgering', 'eenzaamheid'], { area: REGIO }),
  s('Spreekuur gezinshereniging', 'Juridisch spreekuur over nareis en gezinshereniging.', ['inburgering', 'juridisch'], { area: REGIO }),
]);
o({ name: 'International Welcome Desk Heuvelwaard', place: 'Centrum', street: 'Stationsplein 10', desc: 'Information and support for internationals and English speakers in the Heuvelwaard region (fictional).' }, [
  s('Welcome desk for internationals', 'New in the Netherlands? We help internationals, expats and their partners with registering at the municipality, finding a GP and a dentist, health insurance, the BSN and DigiD. Walk in or book a call. Everything in English.', ['english', 'inburgering', 'administratie'], { area: REGIO, languages: ['en'] }),
  s('Dutch for beginners', 'Evening Dutch classes for English speakers (A0-A2), 10 weeks. Small fee.', ['english', 'taal'], { area: REGIO, languages: ['en', 'nl'] }),
  s('Internationals meet-up', 'Monthly social evening for internationals who want to meet people and feel at home. Drinks and conversation, partners welcome.', ['english', 'ontmoeting', 'eenzaamheid'], { area: REGIO, languages: ['en'] }),
]);

// ——— Bemiddeling, scheiding, maatschappelijk werk, huiselijk geweld ——————————
o({ name: 'Buurtbemiddeling Heuvelwaard', place: 'De Horst', street: 'Horsterweg 60', desc: 'Vrijwillige buurtbemiddelaars helpen buren een conflict op te lossen.' }, [
  s('Buurtbemiddeling', 'Last van geluidsoverlast, een hond die blaft, een schutting of rommel in het portiek? Twee getrainde vrijwilligers praten eerst met u, dan met uw buren, en begeleiden een gesprek waarin u samen afspraken maakt. Gratis.', ['buurtbemiddeling'], { area: HW }),
]);
o({ name: 'Buurtbemiddeling Rietveen, Oudewaal en Kleinmeer', place: 'Oudewaal', street: 'Havenstraat 2', desc: 'Buurtbemiddeling in de dorpen' }, [
  s('Bemiddeling bij conflicten met buren', 'Ruzie met de buren? Onze bemiddelaars zijn neutraal en helpen je weer met elkaar in gesprek te komen.', ['buurtbemiddeling'], { area: ['Rietveen', 'Oudewaal', 'Sluisdijk', 'Kleinmeer', 'Meerhoeve'] }),
]);
o({ name: 'Mediationpraktijk De Brug', place: 'Centrum', street: 'Kerkstraat 12', desc: 'MfN-registermediator voor familie en werk.' }, [
  s('Scheidingsbemiddeling', 'Gaat u uit elkaar? Met een mediator maakt u samen afspraken over de kinderen (ouderschapsplan), de woning, alimentatie en de verdeling van bezittingen. Met een laag inkomen kan een deel vergoed worden via de Raad voor Rechtsbijstand.', ['mediation', 'echtscheiding']),
  s('Mediation bij conflicten', 'Mediation bij conflicten in de familie, tussen buren of op het werk.', ['mediation', 'buurtbemiddeling']),
]);
o({ name: 'Kwadrant Maatschappelijk Werk', alt: 'AMW Waardland', place: 'Waterkwartier', street: 'Dijkstraat 20', desc: 'Algemeen maatschappelijk werk voor de regio.' }, [
  s('Algemeen maatschappelijk werk', 'Maatschappelijk werkers helpen bij problemen die u zelf niet meer opgelost krijgt: relatieproblemen, rouw, geldzorgen, problemen met instanties of huiselijk geweld. Kortdurend, gratis.', ['geldzorgen', 'rouw', 'huiselijk-geweld', 'administratie', 'echtscheiding', 'maatschappelijk-werk'], { area: REGIO }),
  s('KIES: kinderen in echtscheidingssituatie', 'Groep voor kinderen van 8-12 jaar van gescheiden ouders. In 8 bijeenkomsten praten en spelen ze over wat ze meemaken.', ['echtscheiding', 'opvoeden'], { area: REGIO }),
  s('Ouderschap na scheiding', 'Training voor gescheiden ouders die het moeilijk vinden om samen te blijven zorgen voor de kinderen. Ook bij veel ruzie.', ['echtscheiding', 'opvoeden'], { area: REGIO }),
  s('Schoolmaatschappelijk werk', 'Op de basis- en middelbare scholen voor leerlingen en ouders met zorgen over thuis, pesten, gedrag of verzuim.', ['jongeren', 'opvoeden', 'maatschappelijk-werk'], { area: REGIO }),
]);
o({ name: 'Veilig Thuis Waardland', alt: 'AMHK', place: 'Waterkwartier', street: 'Dijkstraat 24', desc: 'Advies- en meldpunt huiselijk geweld en kindermishandeling voor de regio Heuvelwaard (fictief).' }, [
  s('Veilig Thuis: advies en melden', 'Voor iedereen die te maken heeft met huiselijk geweld, kindermishandeling of ouderenmishandeling, als slachtoffer, pleger, omstander of professional. Bel gratis, dag en nacht, ook anoniem. Professionals kunnen ons raadplegen volgens de meldcode.', ['huiselijk-geweld', 'meldcode'], { area: REGIO, virtual: true }),
]);
o({ name: 'Centrum Seksueel Geweld Waardland', alt: 'CSG', place: 'Centrum', street: 'Ziekenhuislaan 1', desc: 'Hulp na verkrachting, aanranding en seksueel misbruik, in het ziekenhuis (fictief).' }, [
  s('Acute hulp na seksueel geweld', 'Ben je verkracht, aangerand of misbruikt, korter dan een week geleden? Bel ons dan meteen, dag en nacht. Een arts, een verpleegkundige en, als je dat wilt, de zedenpolitie werken samen: medische zorg, sporenonderzoek en begeleiding daarna. Ook voor jongens en mannen. Is het langer geleden, dan kun je ook bellen voor advies en hulp.', ['seksueel-geweld'], { area: REGIO }),
]);
o({ name: 'Opvang De Schuilplaats', place: 'Centrum', street: 'Geheim adres', secretAddress: true, desc: 'Vrouwenopvang en opvang bij huiselijk geweld (fictief).' }, [
  s('Opvang bij huiselijk geweld', 'Tijdelijke veilige opvang voor vrouwen, mannen en kinderen die thuis niet veilig zijn. Het adres is geheim. Aanmelden via Veilig Thuis of het wijkteam.', ['huiselijk-geweld'], { area: REGIO }),
  s('Ambulante hulp na geweld', 'Begeleiding thuis na huiselijk geweld, voor slachtoffers en voor het hele gezin, om de situatie veilig te maken en te houden.', ['huiselijk-geweld'], { area: REGIO }),
]);
o({ name: 'Jeugdhulp Waardland', place: 'De Horst', street: 'Parklaan 80', desc: 'Jeugd- en opvoedhulp.' }, [
  s('Ambulante gezinsbegeleiding', 'Intensieve begeleiding thuis voor gezinnen waar het niet goed gaat, bijvoorbeeld door gedragsproblemen, spanningen of een verstandelijke beperking van kind of ouder. Via wijkteam of huisarts.', ['jeugdhulp', 'opvoeden', 'lvb'], { area: REGIO }),
  s('Jongerencoach 16-23', 'Coach voor jongeren die vastlopen met school, werk, wonen of geld.', ['jongeren', 'jeugdhulp', 'werk'], { area: REGIO }),
  s('Pleegzorg', 'Informatie voor wie pleegouder wil worden.', ['jeugdhulp'], { area: REGIO }),
]);

// ——— Mantelzorg, dementie, ouderen ————————————————————————————————————————
o({ name: 'Steunpunt Mantelzorg Waardland', place: 'Centrum', street: 'Oude Markt 5', desc: 'Voor iedereen die zorgt voor een zieke partner, ouder, kind of vriend.' }, [
  s('Mantelzorgconsulent', 'Zorgt u voor iemand en wordt het u soms te veel? De mantelzorgconsulent luistert, geeft informatie over regelingen en respijtzorg en helpt u de zorg te verdelen. Gratis.', ['mantelzorg', 'respijt'], { area: REGIO }),
  s('Jonge mantelzorgers', 'Voor kinderen en jongeren (8-24) die opgroeien met een ziek gezinslid. Uitjes, lotgenoten en iemand om mee te praten.', ['mantelzorg', 'jongeren'], { area: REGIO }),
  s('Mantelzorgwaardering', 'Eens per jaar een cadeaubon als blijk van waardering. Aanvragen voor 1 november.', ['mantelzorg'], { area: REGIO, phone: false }),
  s('Lotgenotengroep mantelzorgers', 'Maandelijkse bijeenkomst waar mantelzorgers ervaringen delen. Onder begeleiding.', ['mantelzorg', 'ontmoeting']),
]);
o({ name: 'Logeerhuis De Boomgaard', place: 'Kleinmeer', street: 'Boomgaardlaan 3', desc: 'Respijtzorg en dagbesteding.' }, [
  s('Logeren', 'Uw naaste kan een weekend of een week bij ons logeren, zodat u als mantelzorger even op adem kunt komen. Indicatie via Wmo of Wlz.', ['respijt', 'mantelzorg'], { area: REGIO }),
  s('Dagbesteding ouderen', 'Dagbesteding voor ouderen met geheugenproblemen of lichamelijke beperkingen: samen koken, tuinieren, bewegen. Vervoer kan geregeld worden.', ['dagbesteding', 'dementie', 'respijt'], { area: ['Kleinmeer', 'Meerhoeve', 'Rietveen'] }),
]);
o({ name: 'Ontmoetingscentrum Dementie Heuvelwaard', place: 'De Horst', street: 'Parklaan 12', desc: 'Ontmoetingscentrum voor mensen met dementie en hun mantelzorgers.' }, [
  s('Ontmoetingsprogramma', 'Mensen met beginnende dementie komen 1 tot 3 dagen per week bij ons voor activiteiten en bewegen. Hun mantelzorgers krijgen informatie, gespreksgroepen en advies. Zonder indicatie.', ['dementie', 'dagbesteding', 'mantelzorg'], { area: HW }),
  s('Dementiecafé', 'Elke 3e donderdag van de maand een open avond met een korte lezing en gelegenheid om te praten. Voor mensen met dementie, partners, kinderen en belangstellenden.', ['dementie', 'mantelzorg', 'ontmoeting'], { area: HW }),
]);
o({ name: 'Casemanagement Dementie Waardland', place: 'Noord', street: 'Zwanenlaan 72', desc: 'Casemanagers dementie voor thuiswonende mensen met dementie.' }, [
  s('Casemanager dementie', 'Na de diagnose dementie is de casemanager uw vaste aanspreekpunt: hij of zij komt aan huis, legt uit wat er gebeurt, regelt zorg en ondersteunt de mantelzorger. Vergoed uit de basisverzekering, geen eigen risico.', ['dementie', 'mantelzorg'], { area: REGIO }),
]);
o({ name: 'Thuiszorg Waardland', place: 'Waterkwartier', street: 'Dijkstraat 50', desc: 'Wijkverpleging, huishoudelijke hulp en maaltijdservice in de hele regio.' }, [
  s('Wijkverpleging', 'De wijkverpleegkundige helpt u thuis met wassen en aankleden, wondzorg, injecties, steunkousen of medicijnen. Zij bepaalt samen met u hoeveel zorg nodig is. U heeft geen verwijzing nodig. Vergoed uit de basisverzekering zonder eigen risico.', ['wijkverpleging'], { area: REGIO }),
  s('Huishoudelijke ondersteuning', 'Hulp bij schoonmaken en de was. Met een Wmo-indicatie van de gemeente of als particuliere hulp.', ['huishoudelijke-hulp'], { area: REGIO }),
  s('Maaltijdservice', 'Dagelijks een verse of diepvriesmaaltijd aan huis, ook dieetmaaltijden.', ['maaltijden'], { area: REGIO }),
  s('Personenalarmering', 'Een alarmknop om uw pols of nek. Als u valt of onwel wordt, drukt u op de knop en komt er hulp. Ook met valdetectie.', ['alarmering'], { area: REGIO }),
  s('Nachtzorg', 'Geplande en ongeplande zorg in de nacht.', ['wijkverpleging'], { area: REGIO }),
]);
o({ name: 'Wijkzorg Rietveen en Kleinmeer', place: 'Rietveen', street: 'Sportlaan 9', desc: 'Kleinschalige thuiszorg voor de dorpen.' }, [
  s('Thuiszorg in de dorpen', 'Ons vaste team wijkverpleegkundigen en verzorgenden kent het dorp en de mensen. Wij helpen bij persoonlijke verzorging, wondverzorging en palliatieve zorg thuis.', ['wijkverpleging', 'palliatief'], { area: ['Rietveen', 'Kleinmeer', 'Meerhoeve'] }),
]);
o({ name: 'Zorgcentrum De Weide', place: 'Oostpolder', street: 'Weidelaan 1', desc: 'Verpleeghuis en revalidatie.' }, [
  s('Eerstelijnsverblijf (ELV)', 'Een tijdelijk bed als u niet thuis kunt blijven maar ook niet in het ziekenhuis hoeft te liggen, bijvoorbeeld na een val of bij een griep. Uw huisarts regelt de opname.', ['elv'], { area: REGIO }),
  s('Geriatrische revalidatie', 'Revalideren na een heupoperatie, beroerte of langdurige ziekenhuisopname, met fysiotherapie, ergotherapie en logopedie, zodat u weer naar huis kunt.', ['revalidatie', 'nah', 'fysiotherapie'], { area: REGIO }),
  s('Verpleeghuiszorg', 'Wonen met 24-uurs zorg voor mensen met dementie of ernstige lichamelijke beperkingen. Met Wlz-indicatie.', ['dementie'], { area: REGIO }),
]);
o({ name: 'Hospice De Vlonder', place: 'Sluisdijk', street: 'Vlonderpad 2', desc: 'Bijna-thuis-huis in Sluisdijk.' }, [
  s('Hospice', 'Voor mensen in de laatste levensfase die niet thuis kunnen of willen sterven. Vrijwilligers en verpleegkundigen zorgen voor een warme plek, de eigen huisarts blijft betrokken.', ['palliatief'], { area: REGIO }),
  s('Vrijwilligers Palliatieve Terminale Zorg', 'Getrainde vrijwilligers waken thuis bij iemand die gaat sterven, zodat de familie even kan rusten.', ['palliatief', 'mantelzorg', 'respijt'], { area: REGIO }),
]);
o({ name: 'Uitleenpunt Hulpmiddelen Heuvelwaard', place: 'Oostpolder', street: 'Loodsweg 10', desc: 'Uitleen van hulpmiddelen voor korte tijd.' }, [
  s('Hulpmiddelen lenen', 'Tijdelijk een rolstoel, rollator, krukken, douchestoel of toiletverhoger nodig, bijvoorbeeld na een operatie? U kunt ze bij ons lenen. Neem uw zorgpas mee.', ['hulpmiddelen'], { area: REGIO }),
]);
o({ name: 'Regiotaxi Waardland', place: 'Oostpolder', street: 'Loodsweg 12', desc: 'Collectief vraagafhankelijk vervoer.' }, [
  s('Regiotaxi', 'Deur-tot-deurvervoer voor iedereen, met korting voor mensen met een Wmo-pas. Bestel minimaal een uur van tevoren.', ['vervoer'], { area: REGIO }),
]);

// ——— Wonen en dakloosheid —————————————————————————————————————————————————
o({ name: 'Waardwonen', place: 'Centrum', street: 'Stationsplein 2', desc: 'Woningcorporatie in Heuvelwaard en Oudewaal (fictief).' }, [
  s('Huurdersloket', 'Vragen over uw huur, reparaties, huurtoeslag of een betalingsachterstand? Neem op tijd contact op: samen zoeken we een regeling.', ['wonen', 'huurproblemen', 'huurachterstand'], { area: ['Heuvelwaard', 'Oudewaal'] }),
  s('Woonconsulent senioren', 'Advies over langer thuis wonen, verhuizen naar een seniorenwoning en voorrang bij medische urgentie.', ['wonen', 'woningaanpassing', 'woningzoeken'], { area: ['Heuvelwaard', 'Oudewaal'] }),
]);
o({ name: 'Woonloket Regio Heuvelwaard', place: 'Centrum', street: 'Stationsplein 4', desc: 'Inschrijven als woningzoekende.' }, [
  s('Inschrijven woningzoekende en urgentie', 'Op zoek naar een sociale huurwoning? Schrijf u in als woningzoekende. In een noodsituatie kunt u urgentie aanvragen.', ['wonen', 'woningzoeken'], { area: REGIO }),
]);
o({ name: 'Huurteam Heuvelwaard', place: 'Noord', street: 'Zwanenlaan 14', desc: 'Gratis hulp voor huurders.' }, [
  s('Huurteam', 'Te hoge huur, achterstallig onderhoud, schimmel of een huurbaas die dreigt? Het huurteam controleert uw huur, helpt bij een procedure bij de Huurcommissie en gaat mee naar gesprekken. Gratis voor huurders.', ['wonen', 'juridisch', 'huurproblemen'], { area: HW }),
]);
o({ name: 'Stichting De Overloop', place: 'Waterkwartier', street: 'Dijkstraat 90', desc: 'Maatschappelijke opvang voor dak- en thuislozen in de regio.' }, [
  s('Nachtopvang', 'Een bed, douche en ontbijt voor mensen die op straat slapen. Open van 21.00 tot 9.00 uur. Aanmelden bij de Centrale Toegang.', ['dakloos'], { area: REGIO }),
  s('Centrale Toegang dak- en thuislozen', 'Heeft u geen vaste woon- of verblijfplaats? Bij de Centrale Toegang kijken we waar u kunt slapen, hoe u een postadres en uitkering krijgt en wat u verder nodig heeft.', ['dakloos', 'wonen'], { area: REGIO }),
  s('Dagopvang en inloop', 'Warme plek overdag, maaltijd, kleding en een gesprek met een maatschappelijk werker.', ['dakloos']),
  s('Postadres voor daklozen', 'Postadres aanvragen als u geen woonadres heeft.', ['dakloos', 'administratie'], { status: 'inactive' }),
]);

// ——— Bewegen, leefstijl, chronische ziekte ————————————————————————————————
o({ name: 'Sportbedrijf Heuvelwaard', place: 'De Horst', street: 'Sportparkweg 1', desc: 'Buurtsportcoaches en sportaanbod voor iedereen.' }, [
  s('Buurtsportcoach', 'De buurtsportcoach helpt u een sport of beweegactiviteit te vinden die bij u past, ook als u een beperking heeft, weinig geld heeft of lang niet gesport heeft.', ['bewegen'], { area: HW }),
  s('Beweegtuin in het park', 'Buiten trainen met toestellen voor kracht en balans. Elke donderdag om 10.00 uur onder begeleiding, daarna koffie.', ['bewegen', 'valpreventie', 'ontmoeting'], { area: ['Heuvelwaard-De Horst'] }),
  s('Meer Bewegen voor Ouderen', 'MBvO: gymnastiek op muziek voor 55-plussers in buurthuizen door heel Heuvelwaard.', ['bewegen', 'ontmoeting'], { area: HW }),
  s('Zwemmen voor mensen met een beperking', 'Aangepast zwemmen met begeleiding in verwarmd water.', ['bewegen'], { area: HW }),
  s('Kinderen in beweging', 'Naschoolse sport voor kinderen van 6 tot 12 in de wijken Noord en Waterkwartier.', ['bewegen', 'jongeren'], { area: ['Heuvelwaard-Noord', 'Heuvelwaard-Waterkwartier'] }),
]);
o({ name: 'Leefstijlcoaches Waardland', place: 'Waterkwartier', street: 'Kadepad 21', desc: 'Gecombineerde leefstijlinterventie.' }, [
  s('GLI: samen werken aan een gezonde leefstijl', 'De gecombineerde leefstijlinterventie is een programma van 2 jaar voor volwassenen met overgewicht. U werkt met een leefstijlcoach aan gezonder eten, meer bewegen en beter slapen, in een groep en individueel. Vergoed uit de basisverzekering, verwijzing via de huisarts.', ['overgewicht', 'bewegen', 'chronisch', 'gli'], { alt: 'Gecombineerde leefstijlinterventie', area: REGIO }),
  s('Kinder-GLI', 'Leefstijlprogramma voor kinderen met overgewicht en hun ouders. Samen met de jeugdverpleegkundige en de buurtsportcoach.', ['overgewicht', 'bewegen', 'gli'], { area: REGIO }),
]);
o({ name: 'Longpatiënten Vereniging Waardland', place: 'Rietveen', street: 'Sportlaan 14', desc: 'Vereniging van en voor mensen met COPD en astma (fictief).' }, [
  s('Beweeggroep COPD', 'Wekelijks bewegen onder leiding van een fysiotherapeut voor mensen met COPD of astma. Ook lotgenotencontact.', ['chronisch', 'bewegen', 'fysiotherapie'], { area: REGIO }),
]);
o({ name: 'Diabetescafé Heuvelwaard', place: 'Centrum', street: 'Oude Markt 5', desc: 'Lotgenotencontact diabetes.' }, [
  s('Diabetescafé', 'Ervaringen delen over leven met suikerziekte type 1 en 2. Met een diabetesverpleegkundige die vragen beantwoordt. Elke eerste maandag.', ['chronisch', 'ontmoeting'], { area: HW }),
]);
o({ name: 'Hartcafé Waardland', place: 'Oudewaal', street: 'Havenstraat 2', desc: 'Voor hartpatiënten en naasten.' }, [
  s('Hartcafé', 'Leven na een hartinfarct of met hartfalen: lezingen, praten met lotgenoten. Ook voor partners.', ['chronisch', 'ontmoeting'], { area: REGIO }),
]);
o({ name: 'Reumapatiënten Heuvelwaard', place: 'Noord', street: 'Zwanenlaan 72', desc: 'Patiëntenvereniging (fictief).' }, [
  s('Warmwatergymnastiek', 'Bewegen in warm water voor mensen met reuma, artrose of fibromyalgie.', ['chronisch', 'bewegen'], { area: HW }),
]);

// ——— Beperking, hersenletsel, autisme ———————————————————————————————————————
o({ name: 'Zorggroep De Wending', place: 'Oostpolder', street: 'Boerderijweg 20', desc: 'Zorg voor mensen met een verstandelijke beperking.' }, [
  s('Woonbegeleiding LVB', 'Begeleiding in een eigen appartement voor jongvolwassenen met een licht verstandelijke beperking: plannen, geld, koken, vrienden.', ['lvb', 'wonen'], { area: REGIO }),
  s('Zorgboerderij De Wending', 'Dagbesteding op de boerderij: dieren verzorgen, tuinieren en klussen. Voor mensen met een verstandelijke beperking, autisme of psychische problemen.', ['dagbesteding', 'lvb', 'autisme'], { area: REGIO }),
  s('Logeeropvang kinderen', 'Kinderen met een beperking kunnen een weekend per maand logeren, zodat ouders kunnen bijkomen.', ['respijt', 'mantelzorg', 'lvb'], { area: REGIO }),
]);
o({ name: 'NAH-café Waardland', place: 'Centrum', street: 'Oude Markt 5', desc: 'Ontmoeting voor mensen met hersenletsel.' }, [
  s('NAH-café', 'Ontmoeting voor mensen met niet-aangeboren hersenletsel, bijvoorbeeld na een beroerte, ongeluk of hersentumor, en hun naasten. Elke 2e woensdag.', ['nah', 'ontmoeting'], { area: REGIO }),
]);
o({ name: 'Autisme Ontmoetingspunt Heuvelwaard', place: 'De Horst', street: 'Horsterweg 62', desc: 'Door en voor mensen met autisme.' }, [
  s('Autisme-inloop', 'Rustige inloop voor volwassenen met autisme. Praten, een spel of gewoon even zijn. Ook informatie voor naasten.', ['autisme', 'ontmoeting'], { area: HW }),
]);

// ——— EHBO en diversen ——————————————————————————————————————————————————————
o({ name: 'EHBO-vereniging Heuvelwaard', place: 'Noord', street: 'Zwanenlaan 4', desc: 'EHBO-vereniging (fictief).' }, [
  s('EHBO-cursus', 'Leer eerste hulp verlenen bij ongelukken: wonden, brandwonden, verslikken, bewusteloosheid. Diploma na 6 avonden.', ['ehbo'], { area: HW }),
  s('Reanimatie en AED', 'Cursus reanimeren en de AED gebruiken, in één avond. Daarna kunt u zich aanmelden als burgerhulpverlener.', ['ehbo', 'reanimatie'], { area: HW }),
  s('EHBO aan kinderen', 'Cursus voor ouders, opa\'s en oma\'s en oppassen: eerste hulp bij baby\'s en kinderen, zoals verslikken, koorts, vergiftiging en vallen.', ['ehbo', 'ehbo-kinderen'], { area: HW }),
]);
o({ name: 'Repair Café Heuvelwaard', place: 'Noord', street: 'Zwanenlaan 60', desc: 'Samen repareren.' }, [
  s('Repair Café', 'Kapotte broodrooster, fiets of kleding? Vrijwilligers repareren het samen met u. Elke laatste zaterdag van de maand in Buurthuis De Zwaan.', ['ontmoeting'], { area: HW }),
]);
o({ name: 'Kinderboerderij De Hoeve', place: 'Oostpolder', street: 'Weidelaan 20', desc: 'Kinderboerderij.' }, [
  s('Kinderboerderij', 'Gratis toegankelijk, elke dag open. Vrijwilligers met een afstand tot de arbeidsmarkt verzorgen de dieren.', ['ontmoeting'], { area: HW }),
]);

// ——— Meer huisartsen, tandartsen, fysio (de wijken en kernen die nog ontbraken) ———
o({ name: 'Huisartsenpraktijk Meerhoeve', place: 'Meerhoeve', street: 'Kerkweg 3', desc: 'Huisartsenpraktijk Meerhoeve' }, [
  s('Huisartsenspreekuur Meerhoeve', 'Kleine praktijk, persoonlijke zorg. Bel voor een afspraak tussen 8 en 10. Na 17 uur en in het weekend: huisartsenpost Heuvelwaard.', ['huisarts'], { area: ['Meerhoeve'] }),
  s('Praktijkverpleegkundige ouderen', 'Huisbezoeken bij kwetsbare ouderen: welbevinden, valrisico, geheugen en medicijngebruik.', ['valpreventie', 'dementie']),
]);
o({ name: 'Tandartspraktijk Noord', place: 'Noord', street: 'Zwanenlaan 30', desc: 'Tandartspraktijk in Heuvelwaard-Noord.' }, [
  s('Tandarts Noord', 'Algemene tandheelkunde. Wij hebben plaats voor nieuwe patiënten. Spoed tijdens kantoortijden: bel voor 9 uur.', ['tandarts']),
]);
o({ name: 'Fysiotherapie Oostpolder', alt: 'FysioFit Oostpolder', place: 'Oostpolder', street: 'Polderweg 11', desc: 'Fysiotherapie en revalidatietraining.' }, [
  s('Fysiotherapie en revalidatie', 'Behandeling na een operatie (knie, heup, schouder), bij artrose, hernia of chronische pijn. Ook oncologische revalidatie na kanker.', ['fysiotherapie', 'revalidatie', 'chronisch']),
  s('Medische fitness', 'Trainen onder begeleiding van een fysiotherapeut voor mensen met een chronische aandoening of na revalidatie.', ['bewegen', 'chronisch', 'fysiotherapie']),
]);
o({ name: 'Slaapcoach Waardland', place: 'Kleinmeer', street: 'Meerweg 11', desc: 'Coaching bij slaapproblemen.' }, [
  s('Slaapcoaching', 'Lig je elke nacht te woelen, word je vroeg wakker of ben je overdag doodmoe? Een slaapcoach helpt je je slaappatroon te verbeteren zonder slaappillen. Ook online. Niet vergoed door de zorgverzekering.', ['slapen'], { area: REGIO }),
]);
o({ name: 'Stichting Zilveren Draad', place: 'Centrum', street: 'Oude Markt 7', desc: 'Vrijwilligers tegen eenzaamheid onder ouderen (fictief).' }, [
  s('Belmaatje', 'Een vaste vrijwilliger belt u elke week voor een praatje. Voor ouderen die zich alleen voelen.', ['eenzaamheid'], { area: REGIO, virtual: true }),
  s('Uitjes voor ouderen', 'Een paar keer per jaar een dagje uit met vervoer en begeleiding, voor ouderen die dat alleen niet meer kunnen.', ['eenzaamheid', 'ontmoeting'], { area: REGIO }),
]);
o({ name: 'Jongerenpunt 018 Heuvelwaard', alt: 'Jongerenpunt', place: 'Centrum', street: 'Stationsplein 20', desc: 'Online en fysiek hulp voor jongeren.' }, [
  s('Chat met een jongerencoach', 'Zit je niet lekker in je vel, gaat het thuis of op school niet goed, of heb je vragen over geld of relaties? Chat anoniem met een jongerencoach. Voor jongeren van 12 tot 23 jaar.', ['jongeren', 'somberheid', 'stress'], { area: REGIO, virtual: true }),
  s('Huiswerkbegeleiding', 'Gratis huiswerkbegeleiding voor scholieren uit gezinnen met een kleine beurs.', ['jongeren']),
  s('Jongerenspreekuur geld', 'Schulden door een telefoonabonnement, boetes of een studielening? Laat je helpen voordat het groter wordt.', ['jongeren', 'schulden', 'geldzorgen']),
]);
o({ name: 'Thuiszorg Aan Huis Oudewaal', place: 'Oudewaal', street: 'Marktveld 20', desc: 'Kleinschalige thuiszorgorganisatie.' }, [
  s('Wijkverpleging Oudewaal', 'Wijkverpleging en persoonlijke verzorging in Oudewaal en Sluisdijk. Korte lijnen met de huisartsen.', ['wijkverpleging'], { area: ['Oudewaal', 'Sluisdijk'] }),
  s('Huishoudelijke hulp particulier', 'Hulp in het huishouden zonder indicatie, tegen een uurtarief.', ['huishoudelijke-hulp'], { area: ['Oudewaal', 'Sluisdijk'] }),
  s('Dementiezorg thuis', 'Begeleiding en verzorging aan huis voor mensen met dementie, zodat zij langer thuis kunnen wonen.', ['dementie', 'wijkverpleging'], { area: ['Oudewaal', 'Sluisdijk'], status: 'defunct' }),
]);
o({ name: 'Samen Rietveen', place: 'Rietveen', street: 'Dorpsstraat 3', desc: 'Burenhulp en vrijwilligers in Rietveen.' }, [
  s('Burenhulp', 'Hulp van dorpsgenoten bij kleine dingen: boodschappen, een lift naar de dokter, de hond uitlaten, een klusje. Bel en we zoeken iemand.', ['vervoer', 'eenzaamheid', 'mantelzorg'], { area: ['Rietveen'] }),
  s('Maaltijden in het dorpshuis', 'Elke donderdag een warme maaltijd in het dorpshuis voor ouderen en alleenstaanden.', ['maaltijden', 'ontmoeting', 'eenzaamheid'], { area: ['Rietveen'] }),
]);
o({ name: 'Opvoedpunt Kleinmeer', place: 'Kleinmeer', street: 'Kerkpad 6', desc: 'Oudergroepen en opvoedcursussen.' }, [
  s('Peuterpraat', 'Ouders van peuters ontmoeten elkaar en praten over slapen, eten, zindelijk worden en driftbuien. Onder leiding van een pedagoog.', ['opvoeden', 'ontmoeting', 'cjg'], { area: ['Kleinmeer', 'Meerhoeve'] }),
  s('Cursus Positief Opvoeden', 'Triple P: praktische tips voor als kinderen niet luisteren of veel ruzie maken.', ['opvoeden', 'cjg'], { area: ['Kleinmeer', 'Meerhoeve'] }),
]);
