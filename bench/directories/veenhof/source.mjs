// Veenhof: a fictional peat-district town (~60,000) with the villages Ellertsveen and Haarsloot,
// the hospital location De Wieke and the old industrial Kanaalzone ("Turfhaven") being renovated.
// Publisher: the "Zorgkaart HCV", kept by the Huisartsen-Coöperatie Veenhof for GPs, POHs and
// practice assistants and later opened to residents. Texts are terse and first-line centred:
// referral rule first (verwijzing nodig / vrij toegankelijk), indication notes, abbreviations;
// the social domain is described briefly as where to refer to. Some entries got a plainer
// "Voor inwoners:" line when the map was opened; most did not. Everything here is invented.
import { addingTo, svc } from '../write-directory.mjs';

export const TOPICS = {
  huisarts: 'Huisartsenzorg overdag: inschrijven bij een huisarts, spreekuur, huisartsenpraktijk',
  huisartsenpost: 'Huisartsenpost / spoedzorg van de huisarts buiten kantoortijden (niet levensbedreigend)',
  'poh-ggz': 'Praktijkondersteuner GGZ bij de huisarts: lichte psychische klachten, eerste gesprekken',
  'ggz-basis': 'Generalistische basis-GGZ: kortdurende behandeling bij psycholoog voor lichte tot matige klachten',
  'ggz-specialistisch': 'Specialistische GGZ: behandeling bij complexe of ernstige psychiatrische problemen, FACT',
  'ggz-crisis': 'Regionale acute psychiatrie / crisisdienst GGZ (bereikbaar via huisarts of huisartsenpost)',
  'depressie-angst': 'Somberheid, depressie, angst, paniek, stress, burn-out, piekeren',
  'jeugd-ggz': 'Psychische hulp voor kinderen en jongeren (jeugd-GGZ, kinderpsychiatrie, POH-GGZ jeugd)',
  'ketenzorg-chronisch': 'Ketenzorg en begeleiding bij chronische ziekte: diabetes (DM2), COPD/astma, hart- en vaatziekten',
  fysiotherapie: 'Fysiotherapie, oefentherapie, bewegen onder begeleiding bij klachten',
  revalidatie: 'Revalidatie, geriatrische revalidatiezorg (GRZ), herstel na ziekenhuisopname of beroerte (CVA)',
  nah: 'Niet-aangeboren hersenletsel (NAH): begeleiding, lotgenoten, na CVA/ongeluk',
  wijkverpleging: 'Wijkverpleging / thuiszorg: verpleging en persoonlijke verzorging thuis (Zvw)',
  elv: 'Eerstelijnsverblijf (ELV): tijdelijke opname als thuis niet meer gaat, zonder ziekenhuisindicatie',
  'verpleeghuis-wlz': 'Langdurige zorg (Wlz): verpleeghuis, verzorgingshuis, Wlz-indicatie en zorgkantoor',
  'huishoudelijke-hulp': 'Hulp bij het huishouden, schoonmaakhulp (Wmo of particulier)',
  'wmo-loket': 'Wmo-loket van de gemeente: melding, keukentafelgesprek, maatwerkvoorzieningen',
  hulpmiddelen: 'Hulpmiddelen en woningaanpassing: rolstoel, scootmobiel, traplift, hoortoestel',
  vervoer: 'Vervoer voor mensen die slecht ter been zijn: regiotaxi, vervoer naar ziekenhuis, vrijwilligersvervoer',
  maaltijden: 'Maaltijdvoorziening aan huis, warme maaltijden, samen eten',
  dementie: 'Geheugenproblemen en dementie: diagnose, casemanagement, dagbesteding, informatie',
  mantelzorg: 'Ondersteuning van mantelzorgers: advies, respijtzorg, lotgenoten, jonge mantelzorgers',
  dagbesteding: 'Dagbesteding en dagactiviteiten voor ouderen of mensen met een beperking',
  eenzaamheid: 'Eenzaamheid en sociaal contact: bezoekdiensten, maatjes, ontmoeting',
  ouderenadvies: 'Advies en ondersteuning voor ouderen die thuis wonen: ouderenadviseur, huisbezoek, kwetsbare ouderen',
  valpreventie: 'Valpreventie: voorkomen van vallen bij ouderen, balanstraining',
  palliatief: 'Palliatieve en terminale zorg: hospice, zorg in de laatste levensfase',
  rouw: 'Rouw en verlies: rouwbegeleiding, nazorg na overlijden, gespreksgroepen',
  verslaving: 'Verslaving aan alcohol, drugs, gokken of gamen: hulp en preventie',
  'roken-stoppen': 'Stoppen met roken: begeleiding, cursus',
  jeugdhulp: 'Toegang tot jeugdhulp: jeugdteam, hulp bij problemen van kinderen en gezinnen',
  opvoedondersteuning: 'Opvoedvragen en opvoedondersteuning voor ouders',
  jgz: 'Jeugdgezondheidszorg: consultatiebureau, jeugdarts, vaccinaties kinderen, JGZ op school',
  zwangerschap: 'Zwangerschap en bevalling: verloskundige, kraamzorg',
  jongeren: 'Jongerenwerk en hulp voor jongeren (12-23): vragen, plek om te zijn, school en toekomst',
  scheiding: 'Scheiding: hulp aan ouders en kinderen bij echtscheiding, ouderschapsplan',
  schulden: 'Schuldhulpverlening: hulp bij schulden, betalingsachterstanden, schuldregeling',
  geldzorgen: 'Geldzorgen en administratie: budgetcoaching, thuisadministratie, formulieren, rondkomen',
  'inkomen-regelingen': 'Inkomen en regelingen: bijstand, bijzondere bijstand, toeslagen, minimaregelingen',
  voedselbank: 'Voedselbank, kledingbank, gratis voedsel of spullen bij weinig geld',
  werk: 'Werk en re-integratie: werk zoeken, leerwerkplek, participatie',
  vrijwilligerswerk: 'Vrijwilligerswerk zoeken of doen',
  wonen: 'Wonen: woning zoeken, inschrijven, urgentie, huurproblemen',
  dakloosheid: 'Dakloosheid en maatschappelijke opvang: nachtopvang, daklozenzorg, dreigende uitzetting',
  'huiselijk-geweld': 'Huiselijk geweld en ouderenmishandeling: opvang, hulp, advies (niet acuut)',
  juridisch: 'Juridische vragen en rechtshulp: sociaal raadslieden, advocaat, bezwaar maken',
  taal: 'Nederlands leren, taalles, taalcafé, oefenen met praten',
  laaggeletterdheid: 'Moeite met lezen, schrijven en rekenen: taalhuis, hulp bij brieven lezen',
  digitaal: 'Digitale vaardigheden: hulp met computer, smartphone, DigiD, online formulieren',
  migranten: 'Nieuwkomers, statushouders en migranten: inburgering, begeleiding, wegwijs',
  tolk: 'Tolken en vertaalhulp bij gesprekken met hulpverleners of huisarts',
  beperking: 'Verstandelijke of lichamelijke beperking, LVB, autisme: begeleiding, logeren, informatie',
  'ambulante-begeleiding': 'Begeleiding thuis bij zelfredzaamheid, structuur in het dagelijks leven (Wmo-begeleiding)',
  wijkteam: 'Wijkteam / sociaal team: algemene toegang voor vragen in het sociaal domein',
  'maatschappelijk-werk': 'Algemeen maatschappelijk werk: hulp bij persoonlijke en sociale problemen',
  clientondersteuning: 'Onafhankelijke cliëntondersteuning: iemand die meegaat en helpt bij aanvragen van zorg',
  pgb: 'Persoonsgebonden budget (pgb): informatie, aanvraag, beheer',
  leefstijl: 'Leefstijl: gecombineerde leefstijlinterventie (GLI), overgewicht, meer bewegen, gezond eten',
  dietist: 'Diëtist: voedingsadvies bij ziekte, gewicht of allergie',
  apotheek: 'Apotheek: medicijnen ophalen, medicatiebeoordeling, advies over geneesmiddelen',
  ziekenhuis: 'Ziekenhuis en medisch specialist: polikliniek, specialistische zorg',
  mondzorg: 'Tandarts en mondzorg',
  'seksuele-gezondheid': 'Seksuele gezondheid: soa-test, anticonceptie, vragen over seks',
  lhbti: 'LHBTI+: ontmoeting en steun rond seksuele oriëntatie en genderidentiteit',
  buurtbemiddeling: 'Buurtbemiddeling bij burenruzie of overlast',
  zorgverzekering: 'Zorgverzekering: collectieve verzekering voor minima, eigen risico, onverzekerd zijn',
  'zelfhulp-lotgenoten': 'Lotgenotencontact en zelfhulpgroepen',
  suicidepreventie: 'Suïcidepreventie: training, voorlichting, nazorg en steun aan nabestaanden na zelfdoding',
  'ehbo-cursus': 'EHBO- en reanimatiecursussen, AED, eerste hulp leren',
};

export const places = {
  Veenhof: { gemeente: 'Veenhof', pc: '0712' },
  'Veenhof-De Wieke': { gemeente: 'Veenhof', pc: '0724' },
  'Veenhof-Kanaalzone': { gemeente: 'Veenhof', pc: '0718' },
  'Veenhof-Noord': { gemeente: 'Veenhof', pc: '0706' },
  Ellertsveen: { gemeente: 'Veenhof', pc: '0735' },
  Haarsloot: { gemeente: 'Veenhof', pc: '0741' },
  Oosterdiep: { gemeente: 'Oosterdiep', pc: '0748' },
};

export const organizations = [];
const org = addingTo(organizations);

const VN = 'Verwijzing nodig (HA).';
const VT = 'Vrij toegankelijk.';
const REGIO = ['Veenhof', 'Oosterdiep'];
const WIEKE = { name: 'Ziekenhuis Veenhof-Midden, locatie De Wieke', street: 'Wiekeweg 40', place: 'Veenhof-De Wieke' };
const TURFHAVEN = { name: 'Gezondheidscentrum Turfhaven', street: 'Havenkade 3', place: 'Veenhof-Kanaalzone' };

// ---------------------------------------------------------------- first line (eerstelijn)

org(
  {
    name: 'Huisartsen-Coöperatie Veenhof',
    alt: 'HCV',
    place: 'Veenhof',
    street: 'Turfmarkt 2',
    desc: 'Coöperatie van 31 huisartsen in Veenhof, Ellertsveen en Haarsloot. Zorggroep voor ketenzorg, POH-inzet en de zorgkaart. Niet voor patiëntvragen: bel uw eigen praktijk.',
  },
  [
    svc('Ketenzorg DM2', 'DM2-ketenzorg via eigen HA/POH-S. Kwartaalcontrole, jaarcontrole, voetonderzoek (podotherapeut), funduscontrole via De Wieke. Insuline-instelling in 1e lijn.', ['ketenzorg-chronisch'], {
      elig: 'Pt. met DM2, ingeschreven bij HCV-praktijk. Geen aparte verwijzing.',
      fees: 'Zvw, buiten eigen risico.',
    }),
    svc('Ketenzorg COPD/astma', 'Ketenzorg COPD (GOLD 1-3) en astma volw. Spirometrie in de praktijk of via centrale longfunctielijn. Longaanval-actieplan, inhalatie-instructie i.s.m. apotheek. Beweeggroep zie Fysio Haarsloot.', ['ketenzorg-chronisch'], {
      elig: 'Via eigen HA.',
    }),
    svc('Ketenzorg CVRM', 'Cardiovasculair risicomanagement: bloeddruk, cholesterol, na hartinfarct/CVA. Uitvoering POH-S.', ['ketenzorg-chronisch']),
    svc('POH-GGZ volwassenen', 'Pool POH-GGZ, gedetacheerd in alle HCV-praktijken. Max. ~5-8 consulten, lichte klachten, ook e-health (modules somberheid, angst, slapen, piekeren). Bij twijfel GB-GGZ of S-GGZ: consultatie kaderhuisarts GGZ. Voor inwoners: een praktijkondersteuner voor als u niet lekker in uw vel zit, bij uw eigen huisarts.', ['poh-ggz', 'depressie-angst'], {
      elig: VN,
      fees: 'Zvw, geen eigen risico.',
    }),
    svc('POH-GGZ Jeugd', 'POH-GGZ jeugd 0-18 jr. Kortdurend, ouders betrokken. Bij zwaardere problematiek verwijzing jeugd-GGZ via HA of jeugdteam (Jeugdwet).', ['poh-ggz', 'jeugd-ggz'], {
      elig: VN,
      fees: 'Jeugdwet, geen kosten.',
    }),
    svc('Consultatie kaderhuisarts GGZ', 'Voor HA/POH: meedenken over verwijzing, medicatie, MDO GGZ (maandelijks).', ['poh-ggz'], {
      elig: 'Alleen voor professionals.',
      phone: false,
    }),
    svc('POH-Ouderen / kwetsbare ouderen', 'Proactieve zorg kwetsbare ouderen (75+). Huisbezoek, zorgplan, MDO ouderen met wijkverpleging en casemanager. Signaleren geheugenproblemen, valrisico.', ['ouderenadvies', 'valpreventie'], {
      elig: 'Via eigen HA.',
    }),
    svc('Stoppen met roken', 'Begeleiding door POH-S, individueel of groep. Medicatie mogelijk. Ook online traject.', ['roken-stoppen'], {
      elig: VT + ' Aanmelden bij eigen praktijk.',
      fees: 'Zvw, 1x per jaar, buiten eigen risico (medicatie wel).',
    }),
  ],
);

org(
  {
    name: 'Huisartsenpost Veenhof',
    alt: 'HAP',
    place: 'Veenhof-De Wieke',
    street: 'Wiekeweg 40',
    desc: 'Huisartsenpost in ziekenhuis De Wieke, ingang Spoed.',
  },
  [
    svc('HAP Veenhof (ANW)', 'Spoed HA-zorg avond/nacht/weekend. Eerst bellen, niet binnenlopen. Triage door assistente.', ['huisartsenpost'], {
      hours: 'Ma-vr 17.00-08.00, weekend en feestdagen 24 uur.',
      elig: 'Alleen spoed die niet kan wachten tot de volgende werkdag.',
      area: REGIO,
    }),
  ],
);

org(
  {
    name: 'Gezondheidscentrum De Wieke',
    place: 'Veenhof-De Wieke',
    street: 'Wiekeplein 5',
    desc: 'GC naast het ziekenhuis: 2 huisartsenpraktijken, fysio, diëtiek, apotheek.',
  },
  [
    svc('Huisartsenpraktijk De Wieke', 'Inschrijfstop tot nader bericht.', ['huisarts'], { hours: 'Ma-vr 8.00-17.00' }),
    svc('Huisartsen Wiekeplein', 'Praktijk 3 HA. Nieuwe pt. welkom (postcode 0724/0712). Inschrijfformulier aan de balie.', ['huisarts'], { hours: 'Ma-vr 8.00-17.00' }),
    svc('Diëtetiek De Wieke', 'Diëtist. Ketenzorg DM2/CVRM, ondervoeding, allergie, overgewicht. 3 uur per jaar uit basisverzekering.', ['dietist', 'leefstijl'], { elig: VT }),
    svc('Fysiotherapie De Wieke', 'Fysio, manuele therapie, bekkenfysio. DTF mogelijk.', ['fysiotherapie'], { elig: VT + ' (directe toegankelijkheid)' }),
  ],
);

org(
  {
    name: 'Huisartsenpraktijk Ellertsveen',
    place: 'Ellertsveen',
    street: 'Dorpsstraat 14',
    desc: 'Apotheekhoudende HA-praktijk.',
  },
  [
    svc('Huisarts Ellertsveen', 'Inschrijven alleen postcode 0735 en buitengebied. Spreekuur op afspraak.', ['huisarts'], { hours: 'Ma-vr 8.00-17.00, apotheekbalie tot 17.30' }),
    svc('Apotheekbalie Ellertsveen', 'Medicatie ophalen, herhaalrecepten via website of receptenlijn.', ['apotheek']),
  ],
);

org(
  {
    name: 'Gezondheidscentrum Turfhaven',
    place: 'Veenhof-Kanaalzone',
    street: 'Havenkade 3',
    desc: 'Nieuw GC in de gerenoveerde Turfhaven (oude strokartonfabriek). Huisartsen, verloskunde, GLI, tandarts op de 1e verdieping.',
  },
  [
    svc('Huisartsen Turfhaven', 'Nieuwe praktijk, inschrijving open. Ook voor statushouders van azc-uitstroom. Tolk via TaalBrug.', ['huisarts'], { hours: 'Ma-vr 8.00-17.00' }),
    svc('GP registration for newcomers', 'New in Veenhof? You need to register with a family doctor (huisarts) yourself. The Turfhaven practice accepts new patients. Bring ID and your health insurance card. Out of hours: call the HAP, do not walk in.', ['huisarts', 'migranten'], {
      lang: ['en', 'nl'],
      elig: 'Open to residents of Veenhof. No referral needed.',
    }),
    svc('Verloskunde Turfhaven', 'Verloskundigenpraktijk. Zwangerschapscontroles, echo’s, bevalling thuis/poliklinisch. Aanmelden vanaf positieve test.', ['zwangerschap'], { elig: VT }),
    svc('GLI "Samen Gezond Veen"', 'Gecombineerde leefstijlinterventie, 2 jr. Leefstijlcoach + groep. BMI ≥25 met risicofactor of ≥30.', ['leefstijl'], {
      elig: VN + ' Of via POH-S.',
      fees: 'Zvw, buiten eigen risico.',
    }),
    svc('Tandartspraktijk Turfhaven', 'Tandarts en mondhygiëne.', ['mondzorg'], { elig: VT }),
  ],
);

org(
  {
    name: 'Apotheek De Veenkade',
    place: 'Veenhof',
    street: 'Veenkade 21',
    desc: 'Openbare apotheek centrum.',
  },
  [
    svc('Apotheek De Veenkade', 'Terhandstelling, herhaalservice, baxterrol. Dienstapotheek ANW via HAP.', ['apotheek'], { hours: 'Ma-vr 8.00-18.00, za 10.00-13.00' }),
    svc('Medicatiebeoordeling (MBO)', 'MBO bij polyfarmacie 65+ i.s.m. HA. Ook thuisbezoek.', ['apotheek', 'ouderenadvies'], { elig: 'Op verzoek HA of apotheker.' }),
  ],
);

org(
  {
    name: 'Ziekenhuis Veenhof-Midden',
    place: 'Veenhof-De Wieke',
    street: 'Wiekeweg 40',
    desc: 'Algemeen ziekenhuis, locatie De Wieke. Polikliniek, SEH, kliniek.',
  },
  [
    svc('Poliklinieken De Wieke', 'Alle poli’s. Verwijzing via Zorgdomein.', ['ziekenhuis'], { elig: 'Verwijzing nodig (HA/MS).' }),
    svc('Geheugenpoli', 'Diagnostiek geheugenklachten <65 of complex. Bij eenvoudige casus diagnostiek in 1e lijn (HA + casemanager).', ['dementie', 'ziekenhuis'], { elig: VN }),
    svc('Transferpunt', 'Voor professionals: aanvraag ELV (hoog complex), GRZ, Wlz-crisis, wijkverpleging na ontslag. Triage ELV laag complex: via HCV-coördinatiepunt.', ['elv', 'revalidatie', 'verpleeghuis-wlz'], {
      elig: 'Alleen voor professionals.',
    }),
    svc('Palliatief consultatieteam', 'Advies voor HA, wijkverpleging, specialist bij complexe palliatieve situaties. 24/7 consult.', ['palliatief'], { elig: 'Alleen voor professionals.' }),
    svc('Poli Kindergeneeskunde - Centrum voor Kinderen', 'Kinderarts, ook obesitas/leefstijl jeugd en psychosomatiek.', ['ziekenhuis', 'leefstijl'], { elig: VN }),
  ],
);

org(
  {
    name: 'Coördinatiepunt Eerstelijnsverblijf Veenhof',
    alt: 'ELV-punt',
    place: 'Veenhof',
    street: 'Turfmarkt 2',
    desc: 'Onderdeel HCV. Eén telefoonnummer voor ELV laag/hoog complex en palliatief.',
  },
  [
    svc('Aanvraag ELV', 'HA belt, ELV-punt zoekt bed (Het Veenhuys, Oosterdiep). Geen Wlz-indicatie. Niet voor revalidatie (= GRZ, via MS).', ['elv'], {
      elig: 'Aanvraag door HA/HAP.',
      area: REGIO,
      hours: '24/7',
    }),
  ],
);

// ---------------------------------------------------------------- VVT

org(
  {
    name: 'Zorggroep Veenzicht',
    place: 'Veenhof',
    street: 'Zwanenweg 8',
    desc: 'VVT-organisatie: wijkverpleging, verpleeghuis Het Veenhuys, ELV, GRZ, dagbesteding.',
  },
  [
    svc('Wijkverpleging Veenzicht', 'Wijkverpleging Zvw: indicatie door wijkverpleegkundige zelf. Persoonlijke verzorging, wondzorg, injecties, palliatieve zorg thuis. 3 teams: Noord, Zuid, Dorpen.', ['wijkverpleging', 'palliatief'], {
      elig: VT + ' HA of pt./familie kan zelf bellen.',
      fees: 'Zvw, geen eigen risico.',
    }),
    svc('ELV Het Veenhuys', '8 ELV-bedden laag/hoog complex. Aanvraag alleen via ELV-punt.', ['elv'], {
      at: { name: 'Het Veenhuys', street: 'Zwanenweg 10', place: 'Veenhof' },
    }),
    svc('GRZ Het Veenhuys', 'Geriatrische revalidatie na heup/CVA/opname. Verwijzing door MS of SO. Ook NAH-revalidatie ouderen.', ['revalidatie', 'nah'], {
      elig: 'Verwijzing medisch specialist of specialist ouderengeneeskunde.',
      at: { name: 'Het Veenhuys', street: 'Zwanenweg 10', place: 'Veenhof' },
    }),
    svc('Verpleeghuis Het Veenhuys', 'Wlz-zorg PG en somatiek. Wachtlijst ca. 4 mnd. Wlz-indicatie nodig (CIZ).', ['verpleeghuis-wlz', 'dementie'], {
      elig: 'Wlz-indicatie.',
      at: { name: 'Het Veenhuys', street: 'Zwanenweg 10', place: 'Veenhof' },
    }),
    svc('Dagbesteding Het Veenhuys', 'Dagbesteding ouderen, ook dementie. Wmo-indicatie via wijkteam.', ['dagbesteding', 'dementie'], {
      elig: 'Wmo-beschikking.',
    }),
    svc('Casemanagement dementie', 'Casemanager dementie na (vermoeden) diagnose. Begeleidt pt. en mantelzorger tot opname. Aanmelden door HA, POH-O of familie.', ['dementie', 'mantelzorg'], {
      elig: 'Diagnose of sterk vermoeden dementie.',
      fees: 'Zvw.',
    }),
    svc('Personenalarmering', 'Alarmknop, opvolging door wijkteam Veenzicht.', ['hulpmiddelen', 'ouderenadvies'], {
      fees: '€ 19,50 p.m. Soms vergoed via aanvullende verzekering.',
    }),
  ],
);

org(
  {
    name: 'ThuisPlus B.V.',
    place: 'Veenhof-Noord',
    street: 'Bedrijvenpark Noord 31',
    desc: 'Particuliere thuiszorg en huishoudelijke dienstverlening. Geen contract met gemeente of zorgverzekeraar.',
  },
  [
    svc('Particuliere zorg & schoonmaak', 'Huishoudelijke hulp, 24-uurs zorg, nachtzorg. Binnen 48 uur start. Vraag naar onze pakketten!', ['huishoudelijke-hulp', 'wijkverpleging'], {
      fees: 'Particulier, vanaf € 32 per uur. Geen Wmo.',
    }),
  ],
);

org(
  {
    name: 'Fysiotherapie & Oefentherapie Haarsloot',
    place: 'Haarsloot',
    street: 'Kerkpad 2',
    desc: 'Fysiopraktijk Haarsloot, ook aan huis in de dorpen.',
  },
  [
    svc('Fysio Haarsloot', 'Fysiotherapie, oefentherapie Cesar, fysio aan huis.', ['fysiotherapie'], { elig: VT }),
    svc('In Balans (valpreventie)', 'Valpreventie 65+: 10 wkn groep, FES-I en TUG-test vooraf. Na val of bij valangst.', ['valpreventie'], {
      elig: 'Via HA/POH-O of zelf aanmelden.',
      fees: 'Deels vergoed via gemeente, eigen bijdrage € 25.',
    }),
    svc('Beweeggroep COPD', 'Groepstraining COPD/hartfalen. Chronische lijst.', ['ketenzorg-chronisch', 'fysiotherapie']),
  ],
);

org(
  {
    name: 'Hersenletselteam Veenmarke',
    alt: 'NAH-team',
    place: 'Veenhof',
    street: 'Zwanenweg 8',
    desc: 'Regionaal netwerk NAH.',
  },
  [
    svc('NAH-consulent', 'Ambulante begeleiding na NAH (CVA, trauma, tumor). Ook voor naasten. Na GRZ/revalidatie.', ['nah', 'ambulante-begeleiding'], {
      elig: VT,
      area: REGIO,
    }),
    svc('Hersenletselcafé', 'Lotgenotencontact NAH, 1e di v/d maand.', ['nah', 'zelfhulp-lotgenoten'], {
      at: { name: 'Buurthuis De Turfschuur', street: 'Havenkade 11', place: 'Veenhof-Kanaalzone' },
      phone: false,
    }),
  ],
);

org(
  {
    name: 'EHBO-vereniging Veenhof',
    place: 'Veenhof',
    street: 'Sportlaan 4',
    desc: 'Vereniging.',
  },
  [
    svc('Cursussen EHBO/reanimatie/AED', 'EHBO-diploma, reanimatie + AED, EHBO aan kinderen. Ook incompany.', ['ehbo-cursus'], { fees: 'Vanaf € 45.' }),
  ],
);

// ---------------------------------------------------------------- GGZ

org(
  {
    name: 'GGZ Veenmarke',
    place: 'Oosterdiep',
    street: 'Parklaan 100',
    desc: 'S-GGZ voor de regio. Poli Veenhof aan Wiekeweg.',
  },
  [
    svc('S-GGZ volwassenen', 'Specialistische GGZ: persoonlijkheid, psychose, bipolair, complexe trauma, eetstoornis. Wachttijd intake ca. 10 wkn.', ['ggz-specialistisch'], {
      elig: VN + ' (of MS).',
      at: { name: 'GGZ Veenmarke poli Veenhof', street: 'Wiekeweg 44', place: 'Veenhof-De Wieke' },
      area: REGIO,
    }),
    svc('FACT Veenhof', 'FACT-team EPA. Outreachend.', ['ggz-specialistisch'], {
      elig: 'Via S-GGZ of HA.',
      at: { name: 'GGZ Veenmarke poli Veenhof', street: 'Wiekeweg 44', place: 'Veenhof-De Wieke' },
    }),
    svc('Acute dienst GGZ', 'Acute psychiatrie 24/7. Alleen na beoordeling HA/HAP, politie of SEH. Niet zelf bellen.', ['ggz-crisis'], {
      elig: 'Alleen voor professionals.',
      area: REGIO,
    }),
    svc('Kinder- en jeugdpsychiatrie', 'Jeugd-GGZ specialistisch 0-18: ASS, ADHD complex, angst, depressie, eetstoornis.', ['jeugd-ggz', 'ggz-specialistisch'], {
      elig: 'Verwijzing HA, jeugdarts of jeugdteam.',
      area: REGIO,
    }),
    svc('Preventie: gatekeepertraining suïcidepreventie', 'Training voor HA, POH, doktersassistenten, docenten, wijkteams: signaleren en bespreekbaar maken van suïcidaliteit. 1 dagdeel.', ['suicidepreventie'], {
      elig: 'Professionals en vrijwilligers.',
    }),
    svc('MHFA - Mental Health First Aid', 'Cursus psychische EHBO voor leken, 4 avonden.', ['suicidepreventie', 'ehbo-cursus'], { fees: '€ 75' }),
    svc('Nabestaanden na zelfdoding', 'Gespreksgroep nabestaanden na suïcide, 6 bijeenkomsten.', ['rouw', 'suicidepreventie', 'zelfhulp-lotgenoten'], {
      elig: VT,
      at: { name: 'GGZ Veenmarke poli Veenhof', street: 'Wiekeweg 44', place: 'Veenhof-De Wieke' },
    }),
  ],
);

org(
  {
    name: 'Psychologenpraktijk Veenhof',
    place: 'Veenhof',
    street: 'Torfstraat 17',
    desc: 'GZ-psychologen, gecontracteerd alle verzekeraars.',
  },
  [
    svc('GB-GGZ', 'Basis-GGZ (zorgprestatiemodel): angst, depressie, trauma (EMDR), burn-out. Wachttijd ca. 6 wkn.', ['ggz-basis', 'depressie-angst'], {
      elig: VN + ' Met vermoeden DSM-stoornis.',
      fees: 'Zvw, eigen risico van toepassing.',
    }),
    svc('Online cursus Grip op piekeren', 'Online zelfhulp 6 wkn met coach.', ['depressie-angst'], { online: true, elig: VT }),
    svc('Slaaptraining', 'Gestopt.', ['depressie-angst'], { status: 'inactive' }),
  ],
);

org(
  {
    name: 'Mindwell Psychologie',
    place: 'Veenhof-Kanaalzone',
    street: 'Havenkade 15',
    desc: 'Particuliere praktijk. Niet gecontracteerd.',
  },
  [
    svc('Psycholoog zonder wachtlijst', 'Binnen 1 week intake. Coaching, burn-out, relatietherapie, ook basis-GGZ. Let op: niet gecontracteerd, restitutiepolis nodig of zelf betalen.', ['ggz-basis', 'depressie-angst'], {
      fees: 'Niet gecontracteerd: vergoeding 60-80 % afhankelijk van polis; relatietherapie zelf betalen.',
    }),
  ],
);

org(
  {
    name: 'Verslavingszorg Noord-Veenmarke',
    alt: 'VNV',
    place: 'Oosterdiep',
    street: 'Stationsweg 9',
    desc: 'Verslavingszorg regio.',
  },
  [
    svc('Ambulante verslavingszorg', 'Alcohol, drugs, medicatie, gokken, gamen. Spreekuur Veenhof wo. Verwijzing HA voor behandeling; voor advies en eerste gesprek VT.', ['verslaving'], {
      at: { name: 'VNV Veenhof', street: 'Veenkade 40', place: 'Veenhof' },
      area: REGIO,
    }),
    svc('Preventie scholen en jongerenwerk', 'Voorlichting alcohol/drugs/gamen op VO-scholen, ouderavonden.', ['verslaving', 'jongeren'], { elig: 'Voor scholen, jongerenwerk.' }),
    svc('Naastenspreekuur', 'Voor partner/ouders van iemand met verslaving.', ['verslaving', 'mantelzorg'], { elig: VT }),
  ],
);

// ---------------------------------------------------------------- social domain (where to refer to)

org(
  {
    name: 'Sociaal Team Veenhof',
    alt: 'wijkteams',
    place: 'Veenhof',
    street: 'Raadhuisplein 1',
    desc: 'Wijkteams gemeente Veenhof. Toegang Wmo, Jeugdwet en ondersteuning. Verwijzen bij sociale problematiek: geen verwijzing nodig, pt. mag zelf bellen.',
  },
  [
    svc('Wijkteam Noord', 'Wmo, jeugd, AMW. Wijk Noord en Centrum.', ['wijkteam', 'maatschappelijk-werk', 'wmo-loket'], {
      at: { name: 'Wijkpunt Noord', street: 'Esdoornlaan 2', place: 'Veenhof-Noord' },
      elig: VT,
    }),
    svc('Wijkteam Zuid/Kanaalzone', 'Idem, wijk Zuid, De Wieke, Kanaalzone.', ['wijkteam', 'maatschappelijk-werk', 'wmo-loket'], {
      at: { name: 'Wijkpunt Turfhaven', street: 'Havenkade 11', place: 'Veenhof-Kanaalzone' },
    }),
    svc('Wijkteam Dorpen', 'Ellertsveen en Haarsloot. Spreekuur di in dorpshuis.', ['wijkteam', 'maatschappelijk-werk', 'wmo-loket'], {
      at: { name: 'Dorpshuis Ellertsveen', street: 'Dorpsstraat 30', place: 'Ellertsveen' },
    }),
    svc('AMW', 'Algemeen maatschappelijk werk, kortdurend. Relatie, rouw, financiën, opvoeding.', ['maatschappelijk-werk', 'rouw'], { elig: VT }),
    svc('Jeugdteam', 'Toegang jeugdhulp (Jeugdwet). Opvoedvragen, gezinsproblemen, verwijzing JGGZ als HA dat niet doet. Voor inwoners: hulp als het thuis met de kinderen niet lekker loopt.', ['jeugdhulp', 'opvoedondersteuning'], { elig: VT }),
    svc('Scheiding & kinderen', 'Ondersteuning ouders in scheiding, ouderschapsplan, KIES-groep kinderen.', ['scheiding', 'jeugdhulp'], { elig: VT }),
    svc('Schuldhulpverlening', 'Gemeentelijke SHV: intake binnen 3 wkn, bij huisuitzetting/afsluiting binnen 3 dagen. Stabilisatie, schuldregeling (WSNP-verwijzing).', ['schulden'], { elig: 'Inwoners gemeente Veenhof.' }),
    svc('Vroegsignalering', 'Signalen betalingsachterstand (huur, energie, zvw) → huisbezoek.', ['schulden'], { elig: 'Geen aanmelding: gemeente komt langs.', phone: false }),
  ],
);

org(
  {
    name: 'Gemeente Veenhof',
    place: 'Veenhof',
    street: 'Raadhuisplein 1',
    desc: 'Gemeentehuis.',
  },
  [
    svc('Wmo-loket', 'Melding Wmo, daarna keukentafelgesprek door wijkteam. Beschikking binnen 8 wkn.', ['wmo-loket'], { hours: 'Ma-vr 9.00-12.30' }),
    svc('Hulp bij het huishouden (Wmo)', 'HH1/HH2 via gecontracteerde aanbieders.', ['huishoudelijke-hulp'], { fees: 'Abonnementstarief Wmo.', elig: 'Wmo-beschikking.' }),
    svc('Hulpmiddelen en woningaanpassingen', 'Rolstoel, scootmobiel, traplift, douchestoel via Wmo.', ['hulpmiddelen'], { elig: 'Wmo-beschikking.' }),
    svc('Regiotaxi Veenmarke', 'Deur-tot-deur vervoer met Wmo-pas.', ['vervoer'], { area: REGIO, fees: 'Opstaptarief + per zone.' }),
    svc('Pgb', 'Info pgb Wmo/Jeugdwet: budgetplan, SVB.', ['pgb'], { phone: false }),
    svc('Bijstand (Participatiewet)', 'Levensonderhoud. Aanvraag online met DigiD.', ['inkomen-regelingen'], { online: true }),
    svc('Minimaregelingen / bijzondere bijstand', 'Bijzondere bijstand, Veenpas (sport, cultuur, schoolspullen), kwijtschelding gem. belastingen.', ['inkomen-regelingen'], { elig: 'Inkomen tot 120 % WSM.' }),
    svc('Collectieve zorgverzekering minima', 'Gemeentepolis met aanvullend pakket, eigen risico in termijnen.', ['zorgverzekering', 'inkomen-regelingen'], { elig: 'Inkomen tot 130 % WSM.' }),
    svc('Leerplicht', 'Bij verzuim.', ['jongeren'], { phone: false }),
    svc('Hulpmiddelen-uitleen (Veenhof-Noord)', 'Gesloten, zie Medipoint.', ['hulpmiddelen'], { status: 'inactive' }),
  ],
);

org(
  {
    name: 'Werkplein Veenhof',
    place: 'Veenhof-Kanaalzone',
    street: 'Fabriekstraat 1',
    desc: 'Werk en inkomen, samen met UWV-werkgeversservicepunt.',
  },
  [
    svc('Re-integratie', 'Trajecten naar werk, werkfit, jobcoach, beschut werk.', ['werk'], { elig: 'Uitkering gemeente of niet-uitkeringsgerechtigd.' }),
    svc('Jongerenloket', '18-27 zonder werk/school: terug naar opleiding of werk.', ['werk', 'jongeren']),
  ],
);

org(
  {
    name: 'SchuldHulpMaatje Veenhof',
    place: 'Veenhof',
    street: 'Kerkstraat 6',
    desc: 'Vrijwilligers, kerkelijk initiatief, voor iedereen.',
  },
  [
    svc('Schuldhulpmaatje', 'Maatje helpt met papieren, schulden op een rij, meegaan naar SHV.', ['schulden', 'geldzorgen'], { elig: VT, fees: 'Gratis.' }),
    svc('Cursus Grip op je Knip', 'Budgetcursus 4 avonden.', ['geldzorgen'], { fees: 'Gratis.' }),
  ],
);

org(
  {
    name: 'Humanitas Veenhof',
    place: 'Veenhof',
    street: 'Kerkstraat 8',
    desc: 'Vrijwilligersorganisatie.',
  },
  [
    svc('Thuisadministratie', 'Vrijwilliger komt thuis helpen met post en administratie.', ['geldzorgen', 'laaggeletterdheid'], { elig: VT }),
    svc('Steun bij rouw', 'Een vrijwilliger voor gesprekken na verlies.', ['rouw'], { elig: VT }),
    svc('Maatje voor statushouders', 'Wegwijs in Veenhof.', ['migranten'], { phone: false }),
  ],
);

org(
  {
    name: 'Voedselbank Veenhof',
    place: 'Veenhof-Kanaalzone',
    street: 'Fabriekstraat 22',
    desc: 'Voedselpakketten.',
  },
  [
    svc('Voedselpakket', 'Aanmelden via wijkteam, SHV of AMW (verwijzer).', ['voedselbank'], { elig: 'Via verwijzer. Toets op leefgeld.', hours: 'Uitgifte vr 13.00-15.00' }),
  ],
);

org(
  {
    name: 'Kringloop De Turfschuur',
    place: 'Veenhof-Kanaalzone',
    street: 'Havenkade 11',
    desc: 'Kringloopwinkel, buurthuis en werkplaats in oude turfloods. Sociale onderneming.',
  },
  [
    svc('Kringloopwinkel', 'Tweedehands meubels, kleding, fietsen. Ophalen en bezorgen.', ['voedselbank'], { hours: 'Di-za 10.00-17.00' }),
    svc('Leerwerkplekken', 'Werkervaring in winkel, fietsenmakerij, logistiek. Participatieplek.', ['werk', 'vrijwilligerswerk']),
    svc('Buurtkamer', 'Inloop met koffie, samen eten op donderdag (€ 4).', ['eenzaamheid', 'maaltijden'], { phone: false }),
  ],
);

org(
  {
    name: 'Welzijn Veenhof',
    place: 'Veenhof',
    street: 'Wilhelminastraat 12',
    desc: 'Welzijnsorganisatie: ouderenwerk, mantelzorg, vrijwilligers, jongerenwerk, buurtbemiddeling.',
  },
  [
    svc('Ouderenadviseur', 'Ouderenadvies thuis: wonen, regelingen, Wmo-aanvraag. Verwijzen bij sociale vragen 65+.', ['ouderenadvies', 'clientondersteuning'], { elig: VT }),
    svc('Huisbezoek 75+', 'Preventief huisbezoek door vrijwilliger.', ['ouderenadvies', 'eenzaamheid']),
    svc('Steunpunt Mantelzorg', 'Mantelzorgconsulent, mantelzorgwaardering, respijt regelen, lotgenotengroepen. Voor inwoners: zorgt u voor een zieke partner, ouder of kind? Wij helpen u.', ['mantelzorg'], { elig: VT }),
    svc('Jonge mantelzorgers (JMZ)', 'Voor 12-24 jr. die thuis zorgen.', ['mantelzorg', 'jongeren']),
    svc('Vrijwilligerscentrale', 'Vacaturebank vrijwilligerswerk, ook maatschappelijke stage.', ['vrijwilligerswerk'], { online: true }),
    svc('Maatjesproject', 'Maatje bij eenzaamheid of na opname GGZ.', ['eenzaamheid'], { elig: VT }),
    svc('Jongerenwerk', 'Jongerenwerkers in Kanaalzone en dorpen. Inloop JOP Turfhaven.', ['jongeren'], {
      at: { name: 'JOP Turfhaven', street: 'Havenkade 11', place: 'Veenhof-Kanaalzone' },
    }),
    svc('Chat jongerenwerk', 'Anoniem chatten met jongerenwerker, ma-do avond.', ['jongeren', 'depressie-angst'], { online: true, phone: false }),
    svc('Buurtbemiddeling', 'Getrainde vrijwilligers bij burenconflict.', ['buurtbemiddeling'], { elig: VT }),
    svc('Koffieochtend Haarsloot', 'Wekelijks.', ['eenzaamheid'], {
      at: { name: 'Dorpshuis Haarsloot', street: 'Kerkpad 9', place: 'Haarsloot' },
      phone: false,
    }),
    svc('Klussendienst', 'Kleine klusjes in huis voor 65+.', ['ouderenadvies'], { status: 'inactive' }),
    svc('Vrijwillige vervoersdienst De Veenbus', 'Vrijwilligers rijden naar ziekenhuis, HA, familie.', ['vervoer'], { fees: '€ 0,35/km.' }),
    svc('Roze Veenhof', 'Ontmoeting LHBTI+, maandelijks café.', ['lhbti', 'eenzaamheid'], { phone: false }),
  ],
);

org(
  {
    name: 'Tafeltje-Dekje Veenmarke',
    place: 'Veenhof-Noord',
    street: 'Bedrijvenpark Noord 12',
    desc: 'Maaltijdservice.',
  },
  [
    svc('Maaltijden aan huis', 'Warme of koelverse maaltijden, ook dieet (zoutarm, diabetes).', ['maaltijden'], { fees: '€ 8,95 p/maaltijd.' }),
  ],
);

org(
  {
    name: 'Alzheimer Café Veenhof',
    place: 'Veenhof',
    street: 'Wilhelminastraat 12',
    desc: 'Vrijwilligers.',
  },
  [
    svc('Alzheimer Café', 'Maandelijks, thema-avond voor mensen met dementie en naasten.', ['dementie', 'mantelzorg', 'zelfhulp-lotgenoten'], { phone: false }),
  ],
);

org(
  {
    name: 'Hospice De Veenbloem',
    place: 'Ellertsveen',
    street: 'Molenweg 3',
    desc: 'Bijna-thuis-huis, 4 plaatsen.',
  },
  [
    svc('Hospice', 'Opname laatste levensfase (<3 mnd). HA blijft behandelaar.', ['palliatief'], { elig: 'Terminaalverklaring HA.' }),
    svc('VPTZ thuis', 'Vrijwillige palliatieve terminale zorg thuis, waken.', ['palliatief', 'mantelzorg']),
  ],
);

org(
  {
    name: 'Uitvaartzorg Bosch & Zn.',
    place: 'Veenhof',
    street: 'Kanaalweg 60',
    desc: 'Uitvaartonderneming sinds 1921.',
  },
  [
    svc('Nazorg en rouwcafé', 'Na de uitvaart: rouwcafé 1x per maand, ook als wij de uitvaart niet verzorgden.', ['rouw', 'zelfhulp-lotgenoten']),
  ],
);

org(
  {
    name: 'JGZ Veenmarke',
    place: 'Veenhof',
    street: 'Lindelaan 3',
    desc: 'Jeugdgezondheidszorg 0-18 (GGD).',
  },
  [
    svc('Consultatiebureau', 'CB 0-4: groei, ontwikkeling, vaccinaties (RVP). Locaties Veenhof, Ellertsveen.', ['jgz'], { elig: VT }),
    svc('JGZ op school', 'Jeugdarts/JVK 4-18. Verzuim (MAZL), gezondheidsonderzoek groep 2/7, klas 2.', ['jgz', 'jongeren']),
    svc('Opvoedspreekuur', 'Vragen over slapen, eten, driftbuien, zindelijkheid.', ['opvoedondersteuning', 'jgz'], { elig: VT }),
    svc('Soa-spreekuur GGD', 'Soa-test (ook anoniem), PrEP-verwijzing, anticonceptie-advies tot 25 gratis.', ['seksuele-gezondheid'], { elig: VT, area: REGIO }),
  ],
);

org(
  {
    name: 'Kraamzorg De Veenroos',
    place: 'Veenhof-Noord',
    street: 'Esdoornlaan 40',
    desc: 'Kraamzorgbureau.',
  },
  [
    svc('Kraamzorg', 'Inschrijven voor 16 wkn zwangerschap. Partusassistentie.', ['zwangerschap'], { fees: 'Eigen bijdrage per uur (Zvw).' }),
  ],
);

org(
  {
    name: 'Stichting Vrouwenopvang Veenmarke',
    place: 'Oosterdiep',
    street: 'geheim',
    secretAddress: true,
    desc: 'Opvang en ambulante hulp bij huiselijk geweld. Adres geheim.',
  },
  [
    svc('Opvang', 'Crisisopvang en vervolgopvang vrouwen (en kinderen), ook mannenopvang via regio.', ['huiselijk-geweld', 'dakloosheid'], { area: REGIO, hours: '24/7 bereikbaar' }),
    svc('Ambulante hulp HG', 'Hulp thuis na geweld, ook ouderenmishandeling en loverboyproblematiek. Training "Ken je grenzen" voor scholen.', ['huiselijk-geweld'], { area: REGIO }),
  ],
);

org(
  {
    name: 'De Brug Maatschappelijke Opvang',
    place: 'Veenhof-Kanaalzone',
    street: 'Fabriekstraat 30',
    desc: 'MO regio Veenhof.',
  },
  [
    svc('Nachtopvang', '20 bedden. Centrale toegang via De Brug.', ['dakloosheid'], { hours: '21.00-09.00' }),
    svc('Dagopvang/inloop', 'Dagopvang dak- en thuislozen, douche, post-adres.', ['dakloosheid']),
    svc('Beschermd wonen', 'BW/RIBW, indicatie via centrumgemeente Oosterdiep.', ['dakloosheid', 'ggz-specialistisch'], { area: REGIO }),
  ],
);

org(
  {
    name: 'Veenwonen',
    place: 'Veenhof',
    street: 'Stationsplein 5',
    desc: 'Woningcorporatie.',
  },
  [
    svc('Inschrijven woningzoekende', 'Via WoonVeen.nl.', ['wonen'], { online: true }),
    svc('Urgentie', 'Medische/sociale urgentie, aanvraag met verklaring behandelaar.', ['wonen']),
    svc('Huurachterstand', 'Bij achterstand: bel ons op tijd, betalingsregeling, doorverwijzing SHV.', ['schulden', 'wonen']),
    svc('Senior-wonen Turfhaven', 'Nieuwbouw levensloopbestendig in oude fabriekshallen, oplevering 2027.', ['wonen', 'ouderenadvies']),
  ],
);

org(
  {
    name: 'Sociaal Raadslieden Veenhof',
    place: 'Veenhof',
    street: 'Wilhelminastraat 12',
    desc: 'Gratis advies over regelingen, brieven, bezwaar.',
  },
  [
    svc('Sociaal raadsman/-vrouw', 'Toeslagen, belastingaangifte, bezwaar, formulieren, UWV/SVB. Op afspraak.', ['juridisch', 'inkomen-regelingen', 'geldzorgen'], { elig: VT, fees: 'Gratis.' }),
  ],
);

org(
  {
    name: 'Advocatenkantoor Meijerink',
    place: 'Veenhof',
    street: 'Stationsplein 9',
    desc: 'Familierecht, sociaal zekerheidsrecht, huurrecht.',
  },
  [
    svc('Advocaat (toevoeging mogelijk)', 'Rechtsbijstand op toevoeging (gesubsidieerd) bij laag inkomen. Echtscheiding, bezwaar en beroep.', ['juridisch', 'scheiding'], { fees: 'Eigen bijdrage afhankelijk van inkomen.' }),
  ],
);

org(
  {
    name: 'Bibliotheek Veenhof',
    place: 'Veenhof',
    street: 'Markt 1',
    desc: 'Bibliotheek met Taalhuis en IDO.',
  },
  [
    svc('Taalhuis', 'Beter leren lezen, schrijven, rekenen. Taalvrijwilligers, NT1/NT2. Signaleer laaggeletterdheid in spreekkamer: verwijs hierheen.', ['laaggeletterdheid', 'taal'], { elig: VT, fees: 'Gratis.' }),
    svc('Taalcafé', 'Nederlands oefenen met vrijwilligers, za ochtend.', ['taal', 'migranten'], { phone: false }),
    svc('Klik & Tik / Digicafé', 'Hulp bij computer, tablet, smartphone, apps van HA (MijnGezondheid).', ['digitaal'], { elig: VT }),
    svc('Informatiepunt Digitale Overheid', 'Hulp bij DigiD, toeslagen aanvragen, belastingaangifte online.', ['digitaal', 'inkomen-regelingen'], { elig: VT }),
  ],
);

org(
  {
    name: 'VluchtelingenSupport Veenhof',
    place: 'Veenhof-Kanaalzone',
    street: 'Fabriekstraat 5',
    desc: 'Begeleiding statushouders.',
  },
  [
    svc('Maatschappelijke begeleiding statushouders', 'Eerste 1,5 jr: wegwijs, inburgering (Wi2021), PVT.', ['migranten'], { elig: 'Statushouders gemeente Veenhof.' }),
    svc('Newcomers desk', 'Information in English for international workers and newcomers: registration, health insurance, finding a GP, Dutch classes. Walk-in Wednesday afternoon.', ['migranten', 'taal', 'zorgverzekering'], { lang: ['en', 'pl', 'uk'], elig: 'Everyone new in Veenhof.' }),
  ],
);

org(
  {
    name: 'TaalBrug Tolken B.V.',
    place: 'Oosterdiep',
    street: 'Industrieweg 77',
    desc: 'Tolkenbureau, commercieel.',
  },
  [
    svc('Tolk in de huisartsenpraktijk', 'Telefoon- en videotolk, 100+ talen. Praktijk boekt.', ['tolk'], { online: true, fees: 'HA-praktijk: vergoed via regeling tolken in de zorg.', elig: 'Alleen voor professionals.' }),
  ],
);

org(
  {
    name: 'MEE Veenmarke',
    alt: 'cliëntondersteuning',
    place: 'Veenhof',
    street: 'Wilhelminastraat 14',
    desc: 'Onafhankelijke cliëntondersteuning en begeleiding mensen met een beperking.',
  },
  [
    svc('Onafhankelijke cliëntondersteuning', 'OCO Wmo/Jeugdwet/Wlz. Gaat mee naar keukentafelgesprek, helpt bij Wlz-aanvraag, pgb.', ['clientondersteuning', 'pgb', 'verpleeghuis-wlz'], { elig: VT, fees: 'Gratis.' }),
    svc('LVB-consulent', 'Ondersteuning mensen met LVB, autisme, NAH.', ['beperking', 'nah'], { elig: VT }),
  ],
);

org(
  {
    name: 'Stichting Onder Ons',
    place: 'Haarsloot',
    street: 'Boerderijweg 1',
    desc: 'Zorg voor mensen met een verstandelijke beperking. Zorgboerderij.',
  },
  [
    svc('Zorgboerderij De Veenhoeve', 'Dagbesteding op de boerderij, ook voor jongeren en ouderen met dementie.', ['dagbesteding', 'beperking', 'dementie'], { elig: 'Wmo, Wlz of pgb.' }),
    svc('Ambulante begeleiding', 'Begeleiding thuis (Wmo/Wlz).', ['ambulante-begeleiding', 'beperking']),
    svc('Logeerhuis', 'Weekendlogeren kinderen met beperking, ontlast ouders.', ['beperking', 'mantelzorg'], { elig: 'Jeugdwet of Wlz.' }),
  ],
);

org(
  {
    name: 'Veen & Co Begeleiding',
    place: 'Veenhof-Noord',
    street: 'Bedrijvenpark Noord 7',
    desc: 'Zorgaanbieder Wmo-begeleiding.',
  },
  [
    svc('Individuele begeleiding', 'Begeleiding bij structuur, administratie, huishouden, na GGZ-behandeling. Wmo-beschikking of pgb.', ['ambulante-begeleiding', 'geldzorgen'], { elig: 'Wmo-beschikking of pgb.' }),
  ],
);

org(
  {
    name: 'Zorgkantoor Veenmarke',
    place: 'Oosterdiep',
    street: 'Stationsweg 1',
    desc: 'Uitvoering Wlz in de regio.',
  },
  [
    svc('Wlz-zorgbemiddeling', 'Wachtlijstbemiddeling, keuze zorgaanbieder, Wlz-pgb.', ['verpleeghuis-wlz', 'pgb'], { area: REGIO }),
  ],
);

org(
  {
    name: 'FitVeen Sportcentrum',
    place: 'Veenhof-Kanaalzone',
    street: 'Fabriekstraat 50',
    desc: 'Sportschool, fitness, groepslessen.',
  },
  [
    svc('Fitness & groepslessen', 'Fitness, spinning, bootcamp. Proefles gratis.', ['leefstijl'], { fees: 'Vanaf € 24,99 p.m.' }),
    svc('Beweegprogramma 50+', 'GLI-partner. Senioren in beweging.', ['leefstijl', 'valpreventie']),
  ],
);

org(
  {
    name: 'Hoorcentrum De Veenkade',
    place: 'Veenhof',
    street: 'Veenkade 19',
    desc: 'Audicien.',
  },
  [
    svc('Gratis hoortest', 'Hoortest, hoortoestellen, ook aan huis.', ['hulpmiddelen']),
  ],
);

org(
  {
    name: 'Diabetesvereniging afd. Veenhof',
    place: 'Veenhof',
    street: 'Wilhelminastraat 12',
    desc: 'Patiëntenvereniging.',
  },
  [
    svc('Lotgenotenbijeenkomsten diabetes', 'Opgeheven per 2025.', ['zelfhulp-lotgenoten', 'ketenzorg-chronisch'], { status: 'inactive', phone: false }),
  ],
);

org(
  {
    name: 'Medipoint',
    place: 'Oosterdiep',
    street: 'Industrieweg 12',
    desc: 'Uitleen hulpmiddelen.',
  },
  [
    svc('Uitleen', 'Kortdurend lenen krukken, rolstoel, douchestoel, hoog-laagbed.', ['hulpmiddelen'], { area: REGIO, fees: 'Uitleen tot 26 wkn gratis met zorgverzekering.' }),
  ],
);
