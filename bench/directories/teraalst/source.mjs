// Ter Aalst: a made-up border town of about 50,000 near the German border, with four church
// villages (Kerkveld, Beekzande, Holtrade, Sint Wendel). Cross-border workers, German residents,
// an ageing population and a regional hospital. SAMPLE DATA, FICTIONAL: every name, street,
// postal code (0750-0789 only) and phone number is invented.
//
// Publisher style: the regional health insurer's "Zorgzoeker Grensland" merged with the gemeente's
// welfare list (Welzijnswijzer). Care providers appear under their legal names with insurer-style
// fields in the description (soort zorgaanbieder, gecontracteerd, vergoeding, eigen risico,
// verwijzing, wachttijd in weken, specialismen as a list); a few in German. Welfare services from
// the gemeente are short, plain texts.
import { addingTo, svc } from '../write-directory.mjs';

export const TOPICS = {
  huisarts: 'Huisartsenzorg overdag: de eigen huisarts, inschrijven bij een huisarts.',
  spoedzorg: 'Spoedeisende medische zorg: huisartsenpost buiten kantooruren, spoedeisende hulp (SEH).',
  ziekenhuis: 'Ziekenhuiszorg: poliklinieken, medisch specialisten, opname, ontslag en nazorg.',
  'poh-ggz': 'Praktijkondersteuner GGZ bij de huisarts: lichte psychische klachten, stress, somberheid.',
  ggz: 'Geestelijke gezondheidszorg voor volwassenen: basis-GGZ, specialistische GGZ, psycholoog, psychiater, herstel.',
  'ggz-jeugd': 'Geestelijke gezondheidszorg voor kinderen en jongeren: angst, depressie, ADHD, trauma bij jeugd.',
  fysiotherapie: 'Fysiotherapie en oefentherapie: klachten aan spieren, gewrichten, rug, revalidatie.',
  ergotherapie: 'Ergotherapie: zelfstandig dagelijkse handelingen blijven doen, advies over aanpassingen.',
  dietist: 'Diëtist: voedingsadvies bij ziekte, overgewicht, ondergewicht, allergie.',
  logopedie: 'Logopedie: spraak, taal, stem, slikken, stotteren.',
  wijkverpleging: 'Wijkverpleging en verpleging thuis: wondzorg, medicatie, persoonlijke verzorging, wassen en aankleden.',
  'huishoudelijke-hulp': 'Huishoudelijke hulp: schoonmaken en huishouden (Wmo of particulier).',
  apotheek: 'Apotheek: medicijnen, uitleg over medicijnen, medicijnrol.',
  tandarts: 'Tandarts en mondzorg: gebit, mondhygiëne, tandartsspoed.',
  verloskunde: 'Zwangerschap en bevalling: verloskundige, kraamzorg.',
  jgz: 'Jeugdgezondheidszorg: consultatiebureau, jeugdarts, jeugdverpleegkundige, vaccinaties kinderen.',
  opvoeden: 'Opvoedondersteuning: vragen over opvoeden, gedrag van kinderen, ouderschap.',
  jeugdhulp: 'Jeugdhulp: ambulante hulp voor kind en gezin, pleegzorg, jeugdteam.',
  jongeren: 'Jongerenwerk en hulp voor jongeren: ontmoeting, vragen, school, toekomst.',
  scheiding: 'Scheiding: hulp bij (echt)scheiding voor ouders en kinderen, omgang, mediation.',
  mantelzorg: 'Mantelzorgondersteuning: advies, steun en contact voor wie zorgt voor een naaste (ook jonge mantelzorgers).',
  respijtzorg: 'Respijtzorg: tijdelijke overname van zorg zodat de mantelzorger even vrij is (logeren, oppas).',
  dementie: 'Dementie: diagnose, casemanagement, ontmoeting en steun voor mensen met dementie en hun naasten.',
  dagbesteding: 'Dagbesteding: zinvolle dagactiviteiten onder begeleiding voor ouderen of mensen met een beperking.',
  'ouderen-advies': 'Ouderenadvies: informatie en advies voor ouderen over langer thuis wonen, regelingen en zorg.',
  eenzaamheid: 'Eenzaamheid: contact, bezoek, samen dingen doen, niet alleen zijn.',
  vrijwilligerswerk: 'Vrijwilligerswerk: vrijwilligerswerk vinden of vrijwilligers zoeken.',
  maatje: 'Maatje: een vaste vrijwilliger die één op één meeloopt of bezoekt.',
  rouw: 'Rouw en verlies: steun na overlijden van een dierbare, rouwbegeleiding.',
  palliatief: 'Palliatieve zorg: zorg en steun in de laatste levensfase, hospice.',
  'wmo-toegang': 'Toegang tot de Wmo en het sociaal team: melding, keukentafelgesprek, aanvraag voorzieningen.',
  clientondersteuning: 'Onafhankelijke cliëntondersteuning: iemand die naast je staat bij aanvragen en gesprekken.',
  hulpmiddelen: 'Hulpmiddelen: rolstoel, rollator, scootmobiel, uitleen van hulpmiddelen.',
  woningaanpassing: 'Woningaanpassing: traplift, douche aanpassen, drempels weg.',
  vervoer: 'Vervoer: regiotaxi, Wmo-vervoer, rolstoeltaxi, vrijwillige chauffeurs.',
  maaltijden: 'Maaltijden: maaltijdservice aan huis, samen eten.',
  alarmering: 'Personenalarmering: alarmknop voor thuis bij vallen of onwel worden.',
  beperking: 'Ondersteuning bij een verstandelijke, lichamelijke of zintuiglijke beperking, autisme of hersenletsel.',
  schulden: 'Schuldhulp: hulp bij schulden, betalingsachterstanden, schuldregeling.',
  geldzaken: 'Hulp met geldzaken: budgetcoaching, thuisadministratie, rondkomen, overzicht in financiën.',
  formulieren: 'Hulp bij formulieren en post: brieven begrijpen, formulieren invullen, toeslagen aanvragen.',
  inkomen: 'Inkomen: bijstand, bijzondere bijstand, minimaregelingen, toeslagen, financiële noodhulp.',
  voedselhulp: 'Voedselhulp: voedselbank, gratis eten of boodschappen bij geldgebrek.',
  werk: 'Werk: werk zoeken, re-integratie, leerwerkplek, solliciteren.',
  grenswerk: 'Grensoverschrijdend wonen en werken: grensarbeiders, Duitse inwoners, belasting, sociale zekerheid over de grens.',
  wonen: 'Wonen: een huurwoning zoeken, problemen met de woning of huur, begeleid wonen.',
  dakloosheid: 'Dakloosheid: nachtopvang, daklozenopvang, dreigende dakloosheid.',
  juridisch: 'Juridische hulp: rechtshulp, advocaat, juridisch advies, bezwaar maken.',
  taal: 'Nederlands leren: taallessen, taalcafé, taalmaatje.',
  laaggeletterdheid: 'Laaggeletterdheid: beter leren lezen, schrijven en rekenen.',
  digitaal: 'Digitale vaardigheden: hulp met computer, smartphone, DigiD, digitale overheid.',
  verslaving: 'Verslaving: alcohol, drugs, gokken, hulp en voorlichting.',
  'huiselijk-geweld': 'Huiselijk geweld en kindermishandeling: hulp, opvang, training meldcode.',
  migranten: 'Nieuwkomers en migranten: statushouders, inburgering, expats, arbeidsmigranten.',
  'seksuele-gezondheid': 'Seksuele gezondheid: soa-test, anticonceptie, ongewenste zwangerschap.',
  'stoppen-roken': 'Stoppen met roken: begeleiding en cursus.',
  leefstijl: 'Gezonde leefstijl: gezond gewicht, leefstijlcoach, gecombineerde leefstijlinterventie.',
  bewegen: 'Bewegen en sport: beweegactiviteiten voor ouderen, aangepast sporten, valpreventie.',
  zorgverzekering: 'Zorgverzekering: vergoedingen, eigen risico, zorgbemiddeling, wachttijden.',
  klachten: 'Klachten over zorg of ondersteuning: klachtenbemiddeling, klachtenfunctionaris.',
  suicidepreventie: 'Suïcidepreventie: training, voorlichting, steun voor nabestaanden na zelfdoding.',
  chronisch: 'Leven met een chronische ziekte: diabetes, COPD, hart, reuma, lotgenoten.',
  'horen-zien': 'Horen en zien: gehoorapparaat, slechthorend, slechtziend, hulpmiddelen voor zicht.',
  ontmoeting: 'Ontmoeting: buurthuis, inloop, activiteiten in de wijk of het dorp.',
  lhbti: 'LHBTI: steun en ontmoeting voor lesbische, homo, bi, trans en intersekse personen.',
};

export const places = {
  'Ter Aalst': { gemeente: 'Ter Aalst', pc: '0751' },
  'Aalst-Noord': { gemeente: 'Ter Aalst', pc: '0754' },
  'De Weerd': { gemeente: 'Ter Aalst', pc: '0757' },
  Kerkveld: { gemeente: 'Ter Aalst', pc: '0762' },
  Beekzande: { gemeente: 'Ter Aalst', pc: '0767' },
  Holtrade: { gemeente: 'Ter Aalst', pc: '0773' },
  'Sint Wendel': { gemeente: 'Ter Aalst', pc: '0784' },
};

export const organizations = [];
const org = addingTo(organizations);

/** The insurer's zorgzoeker block: every care provider's description is written this way. */
function zz({ intro, soort, gecontracteerd, vergoeding, eigenRisico, verwijzing, wachttijd, specialismen, extra }) {
  const lines = [];
  if (intro) lines.push(intro);
  lines.push(`Soort zorgaanbieder: ${soort}`);
  lines.push(`Gecontracteerd: ${gecontracteerd}`);
  lines.push(`Vergoeding: ${vergoeding}`);
  lines.push(`Eigen risico: ${eigenRisico}`);
  lines.push(`Verwijzing nodig: ${verwijzing}`);
  lines.push(`Wachttijd: ${wachttijd}`);
  if (specialismen) lines.push(`Specialismen: ${specialismen.map((s) => `• ${s}`).join(' ')}`);
  if (extra) lines.push(extra);
  return lines.join('\n');
}

/** The same block in German, for the few providers across the border or run by German staff. */
function zzDe({ intro, art, vertrag, erstattung, eigenRisiko, ueberweisung, wartezeit, schwerpunkte, extra }) {
  const lines = [];
  if (intro) lines.push(intro);
  lines.push(`Art des Anbieters: ${art}`);
  lines.push(`Vertragspartner: ${vertrag}`);
  lines.push(`Erstattung: ${erstattung}`);
  lines.push(`Eigenes Risiko: ${eigenRisiko}`);
  lines.push(`Überweisung nötig: ${ueberweisung}`);
  lines.push(`Wartezeit: ${wartezeit}`);
  if (schwerpunkte) lines.push(`Schwerpunkte: ${schwerpunkte.map((s) => `• ${s}`).join(' ')}`);
  if (extra) lines.push(extra);
  return lines.join('\n');
}

const WMO = 'Aanvragen via het Sociaal Team van de gemeente Ter Aalst.';

// ---------------------------------------------------------------- zorgaanbieders (zorgzoeker)

org(
  {
    name: 'Maatschap Huisartsen Brouwers, Kamphuis en Oyen',
    alt: 'Huisartsenpraktijk Centrum Ter Aalst',
    place: 'Ter Aalst',
    street: 'Markt 14',
    desc: 'Huisartsenpraktijk in het centrum van Ter Aalst. Patiëntenstop voor nieuwe patiënten buiten het postcodegebied 0751-0757.',
  },
  [
    svc(
      'Huisartsenzorg',
      zz({
        soort: 'Huisartsenpraktijk',
        gecontracteerd: 'ja',
        vergoeding: 'basisverzekering',
        eigenRisico: 'nee',
        verwijzing: 'nee',
        wachttijd: 'inschrijven: 0 weken (binnen werkgebied)',
        specialismen: ['kleine chirurgie', 'ouderenzorg', 'reizigersadvisering', 'anticonceptie'],
      }),
      ['huisarts'],
      { hours: 'ma-vr 08:00-17:00, telefonisch spreekuur 08:00-10:00', apply: 'Inschrijfformulier op de website of aan de balie.' },
    ),
    svc(
      'Praktijkondersteuner GGZ (POH-GGZ)',
      zz({
        intro: 'Gesprekken bij de praktijkondersteuner bij psychische klachten zoals somberheid, spanning, slaapproblemen of rouw.',
        soort: 'Huisartsenpraktijk / praktijkondersteuning',
        gecontracteerd: 'ja',
        vergoeding: 'basisverzekering',
        eigenRisico: 'nee',
        verwijzing: 'ja, via de eigen huisarts',
        wachttijd: '2 weken',
        specialismen: ['kortdurende begeleiding (max. 8 gesprekken)', 'e-health modules', 'doorverwijzing basis-GGZ'],
      }),
      ['poh-ggz'],
      { elig: 'Alleen voor ingeschreven patiënten van de praktijk.' },
    ),
    svc(
      'Praktijkondersteuner somatiek – ketenzorg',
      zz({
        soort: 'Huisartsenpraktijk / ketenzorg',
        gecontracteerd: 'ja',
        vergoeding: 'basisverzekering (ketenzorg DM2, COPD, CVRM)',
        eigenRisico: 'nee',
        verwijzing: 'nee',
        wachttijd: '1 week',
        specialismen: ['diabetes mellitus type 2', 'COPD en astma', 'hart- en vaatziekten', 'stoppen met roken begeleiding'],
      }),
      ['chronisch', 'stoppen-roken'],
    ),
  ],
);

org(
  {
    name: 'Gezondheidscentrum De Weerd B.V.',
    place: 'De Weerd',
    street: 'Weerdsingel 2',
    desc: 'Multidisciplinair gezondheidscentrum in de wijk De Weerd: huisartsen, diëtist, logopedie en apotheekhoudend uitgiftepunt.',
  },
  [
    svc(
      'Huisartsen De Weerd',
      zz({
        soort: 'Huisartsenpraktijk (gezondheidscentrum)',
        gecontracteerd: 'ja',
        vergoeding: 'basisverzekering',
        eigenRisico: 'nee',
        verwijzing: 'nee',
        wachttijd: 'inschrijven: 3 weken',
        specialismen: ['spreekuur in het Arabisch en Turks (tolk)', 'jeugd', 'ouderenzorg'],
      }),
      ['huisarts'],
      { lang: ['nl', 'ar', 'tr'] },
    ),
    svc(
      'Diëtetiek',
      zz({
        soort: 'Diëtistenpraktijk',
        gecontracteerd: 'ja',
        vergoeding: 'basisverzekering, 3 uur per kalenderjaar',
        eigenRisico: 'ja',
        verwijzing: 'nee (directe toegankelijkheid)',
        wachttijd: '1 week',
        specialismen: ['overgewicht', 'diabetes', 'voedselallergie kinderen', 'ondervoeding ouderen'],
      }),
      ['dietist', 'leefstijl'],
    ),
    svc(
      'Logopedie',
      zz({
        soort: 'Logopediepraktijk',
        gecontracteerd: 'ja',
        vergoeding: 'basisverzekering',
        eigenRisico: 'ja (vanaf 18 jaar)',
        verwijzing: 'nee',
        wachttijd: '6 weken',
        specialismen: ['taalontwikkeling kinderen', 'stotteren', 'afasie na beroerte', 'slikproblemen'],
      }),
      ['logopedie'],
    ),
  ],
);

org(
  {
    name: 'Huisartsenpraktijk Kerkveld-Beekzande (dr. J. Hülsmann)',
    place: 'Kerkveld',
    street: 'Kerkplein 3',
    desc: 'Dorpspraktijk voor Kerkveld en Beekzande. Hausarztpraxis, wir sprechen Deutsch.',
  },
  [
    svc(
      'Huisartsenzorg Kerkveld / Hausarztpraxis',
      zz({
        soort: 'Huisartsenpraktijk (apotheekhoudend)',
        gecontracteerd: 'ja',
        vergoeding: 'basisverzekering',
        eigenRisico: 'nee (medicijnen: ja)',
        verwijzing: 'nee',
        wachttijd: 'inschrijven: 0 weken',
        specialismen: ['apotheekhoudend', 'visites aan huis in de kerkdorpen', 'Duitstalige patiënten / deutschsprachige Patienten'],
        extra: 'Für Grenzgänger mit deutscher Krankenversicherung: bitte S1-Formular mitbringen.',
      }),
      ['huisarts', 'apotheek', 'grenswerk'],
      { lang: ['nl', 'de'], area: ['Kerkveld', 'Beekzande'] },
    ),
  ],
);

org(
  {
    name: 'Stichting Spoedzorg Grensland',
    alt: 'Huisartsenpost Grensland',
    place: 'Ter Aalst',
    street: 'Ziekenhuislaan 1',
    desc: 'Huisartsenpost voor Ter Aalst en omliggende gemeenten, in het gebouw van Ziekenhuis Grensland.',
  },
  [
    svc(
      'Huisartsenpost (HAP)',
      zz({
        intro: 'Alleen voor dringende zorg die niet kan wachten tot de eigen huisarts weer open is. Altijd eerst bellen.',
        soort: 'Huisartsenpost',
        gecontracteerd: 'ja',
        vergoeding: 'basisverzekering',
        eigenRisico: 'nee',
        verwijzing: 'nee, wel eerst bellen',
        wachttijd: 'n.v.t.',
      }),
      ['spoedzorg', 'huisarts'],
      { hours: 'avond, nacht, weekend en feestdagen' },
    ),
  ],
);

org(
  {
    name: 'Stichting Regionaal Ziekenhuis Grensland',
    alt: 'Ziekenhuis Grensland',
    place: 'Ter Aalst',
    street: 'Ziekenhuislaan 1',
    desc: 'Regionaal ziekenhuis voor Ter Aalst en de grensstreek, 280 bedden, met SEH, poliklinieken en een geriatrisch centrum.',
  },
  [
    svc(
      'Spoedeisende Hulp (SEH)',
      zz({
        soort: 'Ziekenhuis – spoedeisende hulp',
        gecontracteerd: 'ja',
        vergoeding: 'basisverzekering',
        eigenRisico: 'ja',
        verwijzing: 'ja, via huisarts, huisartsenpost of ambulance (behalve bij levensbedreigende situaties)',
        wachttijd: 'n.v.t.',
      }),
      ['spoedzorg', 'ziekenhuis'],
      { hours: '24/7' },
    ),
    svc(
      'Polikliniek Geriatrie en Geheugenpoli',
      zz({
        soort: 'Ziekenhuis – klinische geriatrie',
        gecontracteerd: 'ja',
        vergoeding: 'basisverzekering',
        eigenRisico: 'ja',
        verwijzing: 'ja',
        wachttijd: '7 weken',
        specialismen: ['geheugenonderzoek', 'valanalyse', 'polyfarmacie', 'delier'],
      }),
      ['ziekenhuis', 'dementie'],
    ),
    svc(
      'Transferpunt',
      zz({
        intro: 'Regelt zorg na ontslag uit het ziekenhuis: wijkverpleging, revalidatie, eerstelijnsverblijf of hulpmiddelen.',
        soort: 'Ziekenhuis – transferverpleegkundigen',
        gecontracteerd: 'ja',
        vergoeding: 'basisverzekering',
        eigenRisico: 'nee',
        verwijzing: 'via de afdeling',
        wachttijd: 'n.v.t.',
      }),
      ['ziekenhuis', 'wijkverpleging'],
      { phone: false },
    ),
    svc(
      'Diabetescentrum',
      zz({
        soort: 'Ziekenhuis – interne geneeskunde',
        gecontracteerd: 'ja',
        vergoeding: 'basisverzekering',
        eigenRisico: 'ja',
        verwijzing: 'ja',
        wachttijd: '5 weken',
        specialismen: ['diabetes type 1', 'insulinepomp', 'diabetische voet', 'zwangerschapsdiabetes'],
      }),
      ['ziekenhuis', 'chronisch'],
    ),
    svc(
      'Rookstoppoli',
      zz({
        soort: 'Ziekenhuis – longgeneeskunde',
        gecontracteerd: 'ja',
        vergoeding: 'basisverzekering (1 stoppen-met-rokenprogramma per jaar)',
        eigenRisico: 'nee',
        verwijzing: 'nee',
        wachttijd: '3 weken',
        specialismen: ['groepstraining', 'nicotinevervangers', 'zwangeren'],
      }),
      ['stoppen-roken'],
    ),
    svc(
      'Geboortecentrum',
      zz({
        soort: 'Ziekenhuis – verloskunde en kraamafdeling',
        gecontracteerd: 'ja',
        vergoeding: 'basisverzekering',
        eigenRisico: 'nee (poliklinische bevalling zonder medische indicatie: eigen bijdrage)',
        verwijzing: 'ja, via verloskundige of huisarts',
        wachttijd: 'n.v.t.',
      }),
      ['verloskunde', 'ziekenhuis'],
    ),
    svc(
      'Klachtenfunctionaris',
      'Niet tevreden over uw behandeling in het ziekenhuis? De klachtenfunctionaris luistert en bemiddelt. Kosteloos.',
      ['klachten'],
      { phone: false },
    ),
  ],
);

org(
  {
    name: 'Fysiotherapie Ter Aalst B.V.',
    place: 'Ter Aalst',
    street: 'Stationsstraat 41',
    desc: 'Fysiotherapiepraktijk met twee vestigingen (Ter Aalst, Holtrade) en eigen oefenzaal.',
  },
  [
    svc(
      'Fysiotherapie',
      zz({
        soort: 'Fysiotherapiepraktijk',
        gecontracteerd: 'ja',
        vergoeding: 'aanvullende verzekering; basisverzekering bij aandoening op de lijst chronische aandoeningen vanaf behandeling 21',
        eigenRisico: 'alleen bij vergoeding uit basisverzekering',
        verwijzing: 'nee',
        wachttijd: '1 week',
        specialismen: ['manuele therapie', 'bekkenfysiotherapie', 'kinderfysiotherapie', 'oncologische fysiotherapie', 'geriatriefysiotherapie'],
      }),
      ['fysiotherapie'],
    ),
    svc(
      'Valpreventie – cursus In Balans',
      'Groepscursus van 10 weken voor 65-plussers die bang zijn om te vallen. Oefeningen voor kracht en evenwicht, tips voor thuis.',
      ['bewegen', 'fysiotherapie'],
      { fees: 'Eigen bijdrage € 25; soms vergoed uit aanvullende verzekering.', at: { name: 'Oefenzaal Holtrade', street: 'Molenweg 8', place: 'Holtrade' } },
    ),
    svc(
      'Oefentherapie bij COPD en na kanker',
      zz({
        soort: 'Fysiotherapiepraktijk – groepstraining',
        gecontracteerd: 'ja',
        vergoeding: 'basisverzekering (COPD GOLD II+), anders aanvullend',
        eigenRisico: 'ja',
        verwijzing: 'ja, van longarts of oncoloog',
        wachttijd: '2 weken',
        specialismen: ['longrevalidatie', 'herstel & balans', 'conditietraining'],
      }),
      ['chronisch', 'fysiotherapie'],
    ),
  ],
);

org(
  {
    name: 'Physiotherapie Praxis Lindemann',
    place: 'Sint Wendel',
    street: 'Grensweg 112',
    desc: 'Deutsche Physiotherapiepraxis direkt an der Grenze. Behandlung nach niederländischem und deutschem System.',
  },
  [
    svc(
      'Physiotherapie und Lymphdrainage',
      zzDe({
        art: 'Physiotherapiepraxis',
        vertrag: 'nein (kein Vertrag mit Zorgverzekeraar Grenszorg)',
        erstattung: 'Zusatzversicherung, teilweise; deutsche Kassen mit Rezept',
        eigenRisiko: 'nein',
        ueberweisung: 'für deutsche Kassen: Rezept vom Arzt',
        wartezeit: '3 Wochen',
        schwerpunkte: ['manuelle Lymphdrainage', 'Krankengymnastik', 'Massage', 'Rückenschule'],
      }),
      ['fysiotherapie', 'grenswerk'],
      { lang: ['de', 'nl'] },
    ),
  ],
);

org(
  {
    name: 'Ergotherapie Grensland V.O.F.',
    place: 'Aalst-Noord',
    street: 'Esdoornlaan 19',
    desc: 'Ergotherapeuten aan huis in Ter Aalst en de kerkdorpen.',
  },
  [
    svc(
      'Ergotherapie aan huis',
      zz({
        soort: 'Ergotherapiepraktijk',
        gecontracteerd: 'ja',
        vergoeding: 'basisverzekering, 10 uur per jaar',
        eigenRisico: 'ja',
        verwijzing: 'nee',
        wachttijd: '2 weken',
        specialismen: ['ouderen', 'reuma en artrose', 'niet-aangeboren hersenletsel', 'advies hulpmiddelen en woningaanpassing', 'energieverdeling bij vermoeidheid'],
      }),
      ['ergotherapie', 'hulpmiddelen', 'woningaanpassing'],
    ),
    svc(
      'Ergotherapie bij dementie (EDOMAH)',
      zz({
        intro: 'Tien behandelingen thuis voor de persoon met dementie en de mantelzorger samen.',
        soort: 'Ergotherapiepraktijk',
        gecontracteerd: 'ja',
        vergoeding: 'basisverzekering',
        eigenRisico: 'ja',
        verwijzing: 'nee',
        wachttijd: '3 weken',
      }),
      ['ergotherapie', 'dementie', 'mantelzorg'],
    ),
  ],
);

org(
  {
    name: 'Apotheek De Grenspoort B.V.',
    place: 'Ter Aalst',
    street: 'Markt 22',
    desc: 'Openbare apotheek in het centrum, met bezorgdienst in de kerkdorpen.',
  },
  [
    svc(
      'Openbare apotheek',
      zz({
        soort: 'Apotheek',
        gecontracteerd: 'ja',
        vergoeding: 'basisverzekering (volgens GVS)',
        eigenRisico: 'ja',
        verwijzing: 'recept van arts',
        wachttijd: 'n.v.t.',
        specialismen: ['medicatiebeoordeling ouderen', 'inhalatie-instructie', 'Duitse recepten (Privatrezept)'],
      }),
      ['apotheek'],
      { hours: 'ma-vr 08:00-18:00, za 10:00-13:00' },
    ),
    svc(
      'Medicijnrol en bezorgdienst',
      'Uw medicijnen per innamemoment verpakt en thuisbezorgd in Kerkveld, Beekzande, Holtrade en Sint Wendel.',
      ['apotheek'],
      { area: ['Kerkveld', 'Beekzande', 'Holtrade', 'Sint Wendel'] },
    ),
    svc('Uitgiftepunt Holtrade', 'Uitgiftepunt gesloten sinds 1 januari. Medicijnen ophalen in de apotheek aan de Markt of laten bezorgen.', ['apotheek'], {
      status: 'inactive',
      at: { name: 'Dorpshuis Holtrade', street: 'Dorpsstraat 30', place: 'Holtrade' },
    }),
  ],
);

org(
  {
    name: 'Tandartsenpraktijk Aalsterhof B.V.',
    place: 'Ter Aalst',
    street: 'Aalsterhof 5',
    desc: 'Tandartsenpraktijk met mondhygiënist en kindertandheelkunde.',
  },
  [
    svc(
      'Tandheelkunde en mondhygiëne',
      zz({
        soort: 'Tandartsenpraktijk',
        gecontracteerd: 'ja',
        vergoeding: 'tot 18 jaar basisverzekering; volwassenen aanvullende tandartsverzekering',
        eigenRisico: 'nee',
        verwijzing: 'nee',
        wachttijd: 'nieuwe patiënten: wachtlijst 12 weken',
        specialismen: ['kindertandheelkunde', 'angstbegeleiding', 'mondhygiëne', 'tandartsspoed eigen patiënten'],
      }),
      ['tandarts'],
    ),
  ],
);

org(
  {
    name: 'Verloskundigenpraktijk Grensgeboorte',
    place: 'Aalst-Noord',
    street: 'Lindelaan 7',
    desc: 'Verloskundigen voor Ter Aalst en de kerkdorpen.',
  },
  [
    svc(
      'Verloskundige zorg',
      zz({
        soort: 'Verloskundigenpraktijk',
        gecontracteerd: 'ja',
        vergoeding: 'basisverzekering',
        eigenRisico: 'nee',
        verwijzing: 'nee',
        wachttijd: 'n.v.t.',
        specialismen: ['echo', 'zwangerschapscursus', 'thuisbevalling', 'anticonceptieadvies na de bevalling'],
      }),
      ['verloskunde'],
    ),
  ],
);

org(
  { name: 'Kraamzorg Het Nest B.V.', place: 'Ter Aalst', street: 'Havenkade 11', desc: 'Kraamzorgorganisatie.' },
  [
    svc(
      'Kraamzorg',
      zz({
        soort: 'Kraamzorgorganisatie',
        gecontracteerd: 'ja',
        vergoeding: 'basisverzekering (wettelijke eigen bijdrage per uur)',
        eigenRisico: 'nee',
        verwijzing: 'nee, inschrijven vóór week 16',
        wachttijd: 'n.v.t.',
      }),
      ['verloskunde'],
    ),
  ],
);

org(
  {
    name: 'Stichting Thuiszorg Grensland',
    place: 'Ter Aalst',
    street: 'Oude Grensweg 60',
    desc: 'Thuiszorgorganisatie voor wijkverpleging, huishoudelijke ondersteuning, casemanagement dementie en personenalarmering in de hele gemeente.',
  },
  [
    svc(
      'Wijkverpleging',
      zz({
        soort: 'Thuiszorgorganisatie – wijkverpleging',
        gecontracteerd: 'ja',
        vergoeding: 'basisverzekering (Zvw)',
        eigenRisico: 'nee',
        verwijzing: 'nee, indicatie door wijkverpleegkundige',
        wachttijd: '0 weken',
        specialismen: ['wondzorg', 'persoonlijke verzorging (wassen, aankleden)', 'steunkousen', 'medicatiebegeleiding', 'diabeteszorg'],
      }),
      ['wijkverpleging'],
    ),
    svc(
      'Huishoudelijke ondersteuning (Wmo)',
      zz({
        soort: 'Thuiszorgorganisatie – Wmo',
        gecontracteerd: 'n.v.t. (gemeente)',
        vergoeding: 'Wmo, abonnementstarief eigen bijdrage',
        eigenRisico: 'nee',
        verwijzing: 'ja, beschikking van de gemeente',
        wachttijd: '4 weken',
      }),
      ['huishoudelijke-hulp'],
      { apply: WMO },
    ),
    svc(
      'Casemanagement dementie',
      zz({
        intro: 'Een vaste casemanager begeleidt mensen met (vermoeden van) dementie en hun mantelzorger, van diagnose tot opname.',
        soort: 'Thuiszorgorganisatie – casemanagement',
        gecontracteerd: 'ja',
        vergoeding: 'basisverzekering',
        eigenRisico: 'nee',
        verwijzing: 'nee',
        wachttijd: '3 weken',
      }),
      ['dementie', 'mantelzorg'],
    ),
    svc(
      'Palliatieve terminale thuiszorg',
      zz({
        soort: 'Thuiszorgorganisatie – palliatief team',
        gecontracteerd: 'ja',
        vergoeding: 'basisverzekering',
        eigenRisico: 'nee',
        verwijzing: 'nee',
        wachttijd: '0 weken',
        specialismen: ['nachtzorg', 'pijnbestrijding thuis', 'ondersteuning naasten'],
      }),
      ['palliatief', 'wijkverpleging'],
    ),
    svc(
      'Personenalarmering',
      zz({
        soort: 'Thuiszorgorganisatie – alarmopvolging',
        gecontracteerd: 'nee',
        vergoeding: 'niet vergoed; abonnement € 19,95 per maand, soms korting via aanvullende verzekering',
        eigenRisico: 'nee',
        verwijzing: 'nee',
        wachttijd: '1 week',
      }),
      ['alarmering'],
    ),
  ],
);

org(
  {
    name: 'HelpThuis Grensland B.V.',
    place: 'Aalst-Noord',
    street: 'Industrieweg 4',
    desc: 'Particuliere thuishulp en gezelschap. Geen wachtlijst.',
  },
  [
    svc(
      'Particuliere huishoudelijke hulp',
      zz({
        soort: 'Particulier bemiddelingsbureau',
        gecontracteerd: 'nee',
        vergoeding: 'niet vergoed, vanaf € 27,50 per uur; betaling uit pgb mogelijk',
        eigenRisico: 'nee',
        verwijzing: 'nee',
        wachttijd: '0 weken',
        specialismen: ['schoonmaak', 'wassen en strijken', 'boodschappen', 'gezelschap'],
      }),
      ['huishoudelijke-hulp'],
    ),
  ],
);

org(
  {
    name: 'Stichting GGZ Grensland',
    alt: 'GGZ Grensland',
    place: 'Ter Aalst',
    street: 'Parklaan 100',
    desc: 'Geestelijke gezondheidszorg voor jeugd en volwassenen in de grensregio.',
  },
  [
    svc(
      'Basis GGZ',
      zz({
        soort: 'GGZ-instelling – generalistische basis-GGZ',
        gecontracteerd: 'ja',
        vergoeding: 'basisverzekering',
        eigenRisico: 'ja',
        verwijzing: 'ja, van huisarts',
        wachttijd: '8 weken',
        specialismen: ['depressie', 'angststoornissen', 'burn-out', 'rouwverwerking'],
      }),
      ['ggz'],
    ),
    svc(
      'Specialistische GGZ volwassenen',
      zz({
        soort: 'GGZ-instelling – specialistische GGZ',
        gecontracteerd: 'ja',
        vergoeding: 'basisverzekering',
        eigenRisico: 'ja',
        verwijzing: 'ja, van huisarts of medisch specialist',
        wachttijd: '16 weken',
        specialismen: ['persoonlijkheidsproblematiek', 'PTSS en trauma', 'bipolaire stoornis', 'psychose', 'eetstoornissen'],
      }),
      ['ggz'],
    ),
    svc(
      'Kinder- en jeugdpsychiatrie',
      zz({
        soort: 'GGZ-instelling – jeugd',
        gecontracteerd: 'n.v.t. (jeugdhulp via gemeente)',
        vergoeding: 'Jeugdwet, geen kosten voor ouders',
        eigenRisico: 'nee',
        verwijzing: 'ja, van huisarts, jeugdarts of Centrum Jong',
        wachttijd: '12 weken',
        specialismen: ['ADHD', 'autisme', 'angst en depressie bij jongeren', 'trauma', 'zelfbeschadiging'],
      }),
      ['ggz-jeugd'],
      { elig: '0 tot 18 jaar' },
    ),
    svc(
      'Acute psychiatrie',
      zz({
        intro: 'Beoordeling en behandeling bij een psychiatrische crisis. Alleen bereikbaar via huisarts, huisartsenpost of politie.',
        soort: 'GGZ-instelling – crisisdienst',
        gecontracteerd: 'ja',
        vergoeding: 'basisverzekering',
        eigenRisico: 'ja',
        verwijzing: 'ja',
        wachttijd: 'n.v.t.',
      }),
      ['ggz'],
      { phone: false },
    ),
    svc(
      'Herstelwerkplaats',
      'Cursussen en werkgroepen door ervaringsdeskundigen over herstel, eigen regie en omgaan met psychische kwetsbaarheid. Geen verwijzing, geen indicatie, gratis.',
      ['ggz', 'ontmoeting'],
      { at: { name: 'Herstelwerkplaats', street: 'Weerdsingel 40', place: 'De Weerd' } },
    ),
  ],
);

org(
  {
    name: 'Praktijk voor Psychotherapie M. Terhorst',
    place: 'Beekzande',
    street: 'Beekstraat 9',
    desc: 'Vrijgevestigd psychotherapeut.',
  },
  [
    svc(
      'Psychotherapie (vrijgevestigd)',
      zz({
        soort: 'Vrijgevestigde praktijk – psychotherapeut BIG',
        gecontracteerd: 'nee (restitutie: ca. 65% vergoed bij naturapolis)',
        vergoeding: 'basisverzekering',
        eigenRisico: 'ja',
        verwijzing: 'ja, van huisarts',
        wachttijd: '20 weken',
        specialismen: ['schematherapie', 'EMDR', 'relatietherapie (niet vergoed)'],
      }),
      ['ggz'],
      { lang: ['nl', 'de', 'en'] },
    ),
  ],
);

org(
  {
    name: 'Stichting Verslavingszorg Oost',
    place: 'Ter Aalst',
    street: 'Parklaan 104',
    desc: 'Ambulante verslavingszorg en preventie.',
  },
  [
    svc(
      'Ambulante verslavingszorg',
      zz({
        soort: 'Verslavingszorginstelling',
        gecontracteerd: 'ja',
        vergoeding: 'basisverzekering',
        eigenRisico: 'ja',
        verwijzing: 'ja, van huisarts',
        wachttijd: '4 weken',
        specialismen: ['alcohol', 'cannabis', 'cocaïne', 'gokken en gamen', 'medicijnverslaving'],
      }),
      ['verslaving'],
    ),
    svc(
      'Anoniem advies voor naasten',
      'Maakt u zich zorgen over het drinken of gebruik van een partner, kind of ouder? Bel of mail anoniem met een preventiewerker. Gratis.',
      ['verslaving', 'mantelzorg'],
      { online: true },
    ),
    svc(
      'Preventie op scholen',
      'Voorlichtingslessen over alcohol, vapen, drugs en gamen voor voortgezet onderwijs, en een ouderavond.',
      ['verslaving', 'jongeren'],
      { phone: false, online: true },
    ),
  ],
);

org(
  {
    name: 'Beweegpraktijk Vitaal B.V.',
    place: 'De Weerd',
    street: 'Sportlaan 15',
    desc: 'Leefstijlcoaches en oefentherapeuten.',
  },
  [
    svc(
      'Gecombineerde leefstijlinterventie (GLI)',
      zz({
        soort: 'Leefstijlcoach',
        gecontracteerd: 'ja',
        vergoeding: 'basisverzekering, programma van 2 jaar',
        eigenRisico: 'nee',
        verwijzing: 'ja, van huisarts of medisch specialist',
        wachttijd: '4 weken',
        specialismen: ['overgewicht (BMI ≥ 25 met risico)', 'voeding', 'bewegen', 'slaap en stress'],
      }),
      ['leefstijl', 'bewegen'],
    ),
  ],
);

org(
  {
    name: 'Hoorzorg Grensland B.V.',
    place: 'Ter Aalst',
    street: 'Stationsstraat 8',
    desc: 'Audicien en hoortoestellen. Ook aan huis.',
  },
  [
    svc(
      'Audicien – hoortoestellen',
      zz({
        soort: 'Audicien',
        gecontracteerd: 'ja',
        vergoeding: 'basisverzekering (75% van de prijs van het hoortoestel), eigen bijdrage 25%',
        eigenRisico: 'ja (vanaf 18 jaar)',
        verwijzing: 'nee, wel bij gehoorverlies > 35 dB via KNO-arts',
        wachttijd: '1 week',
        specialismen: ['gratis hoortest', 'oorstukjes', 'tinnitus', 'hoortoestel aan huis'],
      }),
      ['horen-zien', 'hulpmiddelen'],
    ),
  ],
);

org(
  {
    name: 'Stichting Zicht Oost',
    place: 'Aalst-Noord',
    street: 'Esdoornlaan 21',
    desc: 'Expertisecentrum voor mensen die slechtziend of blind zijn.',
  },
  [
    svc(
      'Revalidatie en advies bij slechtziendheid',
      zz({
        soort: 'Revalidatiecentrum – visuele beperking',
        gecontracteerd: 'ja',
        vergoeding: 'basisverzekering (revalidatie); Wlz voor langdurige begeleiding',
        eigenRisico: 'ja',
        verwijzing: 'ja, van oogarts of huisarts',
        wachttijd: '6 weken',
        specialismen: ['loepen en beeldschermloepen', 'training mobiliteit met taststok', 'voorleessoftware', 'macula degeneratie'],
      }),
      ['horen-zien', 'beperking', 'hulpmiddelen'],
    ),
  ],
);

org(
  {
    name: 'MediPlus Zorgwinkel B.V.',
    place: 'Ter Aalst',
    street: 'Molenstraat 50',
    desc: 'Zorgwinkel: verkoop, verhuur en uitleen van hulpmiddelen. Webshop.',
  },
  [
    svc(
      'Uitleen en verhuur hulpmiddelen',
      zz({
        soort: 'Hulpmiddelenleverancier',
        gecontracteerd: 'ja (uitleen)',
        vergoeding: 'uitleen tot 26 weken vergoed uit aanvullende verzekering; verkoop niet vergoed',
        eigenRisico: 'nee',
        verwijzing: 'nee',
        wachttijd: '0 weken',
        specialismen: ['krukken', 'rollator', 'rolstoel', 'douchestoel', 'hoog-laagbed', 'toiletverhoger'],
      }),
      ['hulpmiddelen'],
    ),
  ],
);

org(
  {
    name: 'Stichting Hospice De Wendelhof',
    place: 'Sint Wendel',
    street: 'Kloosterlaan 2',
    desc: 'Bijna-thuis-huis met vier kamers en een team van vrijwilligers.',
  },
  [
    svc(
      'Hospicezorg',
      zz({
        soort: 'Hospice (bijna-thuis-huis)',
        gecontracteerd: 'ja',
        vergoeding: 'verpleging uit basisverzekering; eigen bijdrage verblijf € 35 per dag',
        eigenRisico: 'nee',
        verwijzing: 'ja, van huisarts; levensverwachting korter dan 3 maanden',
        wachttijd: 'meestal binnen enkele dagen',
      }),
      ['palliatief'],
    ),
    svc(
      'Vrijwilligers palliatieve zorg thuis (VPTZ)',
      'Getrainde vrijwilligers waken of zijn aanwezig bij mensen die thuis sterven, zodat de mantelzorger kan rusten. Gratis. Nieuwe vrijwilligers welkom.',
      ['palliatief', 'respijtzorg', 'vrijwilligerswerk'],
    ),
  ],
);

org(
  {
    name: 'Grenszorg Zorgverzekeraar U.A.',
    alt: 'Zorgzoeker Grensland',
    place: 'Ter Aalst',
    street: 'Europaplein 1',
    desc: 'Regionale zorgverzekeraar en uitgever van de Zorgzoeker Grensland. Klantenservice en zorgbemiddeling.',
  },
  [
    svc(
      'Zorgbemiddeling en wachttijdbemiddeling',
      'Staat u lang op een wachtlijst, bijvoorbeeld in de GGZ, of kunt u geen zorgverlener vinden? Onze zorgbemiddelaars zoeken met u naar een gecontracteerde zorgaanbieder met een kortere wachttijd. Voor verzekerden van Grenszorg.',
      ['zorgverzekering'],
      { elig: 'Verzekerden van Grenszorg.' },
    ),
    svc(
      'Klantenservice vergoedingen en eigen risico',
      'Vragen over uw polis, vergoedingen, eigen risico gespreid betalen of een betalingsachterstand op de premie.',
      ['zorgverzekering'],
      { hours: 'ma-vr 08:00-20:00' },
    ),
    svc(
      'Service für Grenzgänger und deutsche Versicherte',
      'Wohnen in Deutschland und arbeiten in den Niederlanden (oder umgekehrt)? Wir beraten zu S1-Formular, Wahl der Krankenversicherung und Behandlung auf beiden Seiten der Grenze.',
      ['grenswerk', 'zorgverzekering'],
      { lang: ['de', 'nl'] },
    ),
    svc(
      'Gemeentepolis Ter Aalst',
      'Collectieve zorgverzekering voor inwoners met een laag inkomen, met extra dekking voor eigen risico en tandarts. Aanmelden via de gemeente of bij ons.',
      ['zorgverzekering', 'inkomen'],
      { elig: 'Inkomen tot 130% van het sociaal minimum.' },
    ),
  ],
);

org(
  {
    name: 'Stichting Jeugdhulp Aalsterland',
    place: 'Ter Aalst',
    street: 'Schoolstraat 18',
    desc: 'Jeugdhulp en pleegzorg.',
  },
  [
    svc(
      'Ambulante jeugd- en gezinshulp',
      zz({
        soort: 'Jeugdhulpaanbieder',
        gecontracteerd: 'n.v.t. (gemeente, Jeugdwet)',
        vergoeding: 'Jeugdwet, geen eigen bijdrage',
        eigenRisico: 'nee',
        verwijzing: 'ja, via Centrum Jong, huisarts of jeugdarts',
        wachttijd: '6 weken',
        specialismen: ['gezinsbegeleiding', 'gedragsproblemen', 'ouder-kindrelatie', 'Video-hometraining'],
      }),
      ['jeugdhulp', 'opvoeden'],
    ),
    svc(
      'Pleegzorg',
      'Wij zoeken pleeggezinnen in de grensstreek, voor weekend-, crisis- en langdurige pleegzorg. Informatieavond elke eerste dinsdag van de maand.',
      ['jeugdhulp'],
    ),
  ],
);

org(
  {
    name: 'Stichting De Zonnehoeve Grensland',
    place: 'Holtrade',
    street: 'Zonnehoeveweg 1',
    desc: 'Zorg en ondersteuning voor mensen met een verstandelijke beperking.',
  },
  [
    svc(
      'Dagbesteding De Werkplaats',
      zz({
        soort: 'Gehandicaptenzorg – dagbesteding',
        gecontracteerd: 'n.v.t. (Wmo/Wlz)',
        vergoeding: 'Wmo of Wlz, ook pgb',
        eigenRisico: 'nee',
        verwijzing: 'ja, indicatie',
        wachttijd: '8 weken',
        specialismen: ['houtbewerking', 'kaarsenmakerij', 'groenonderhoud', 'licht verstandelijke beperking (LVB)'],
      }),
      ['dagbesteding', 'beperking'],
    ),
    svc(
      'Begeleid wonen',
      zz({
        soort: 'Gehandicaptenzorg – wonen',
        gecontracteerd: 'n.v.t. (Wlz)',
        vergoeding: 'Wlz',
        eigenRisico: 'nee',
        verwijzing: 'ja, Wlz-indicatie CIZ',
        wachttijd: '52 weken',
      }),
      ['beperking', 'wonen'],
    ),
    svc(
      'Logeerhuis Zonnetje',
      'Logeerweekenden voor kinderen en jongvolwassenen met een beperking, zodat ouders even op adem kunnen komen.',
      ['respijtzorg', 'beperking'],
      { fees: 'Vergoed uit Jeugdwet, Wmo of pgb.' },
    ),
  ],
);

org(
  {
    name: "Zorgboerderij 't Holtradehof",
    place: 'Holtrade',
    street: 'Broekweg 27',
    desc: 'Melkveebedrijf met dagbesteding. Koeien, kippen en een moestuin.',
  },
  [
    svc(
      'Dagbesteding op de boerderij',
      zz({
        soort: 'Zorgboerderij',
        gecontracteerd: 'n.v.t. (Wmo)',
        vergoeding: 'Wmo of pgb',
        eigenRisico: 'nee',
        verwijzing: 'ja, Wmo-beschikking',
        wachttijd: '2 weken',
        specialismen: ['ouderen met beginnende dementie', 'jongvolwassenen met autisme', 'vervoer van huis naar boerderij'],
      }),
      ['dagbesteding', 'dementie', 'beperking'],
    ),
  ],
);

org(
  {
    name: 'Stichting Zorggroep Sint Wendel',
    place: 'Sint Wendel',
    street: 'Kloosterlaan 10',
    desc: 'Woonzorgcentrum Wendelhof en verpleeghuis De Linde.',
  },
  [
    svc(
      'Dagbehandeling en dagactiviteiten ouderen',
      zz({
        soort: 'Verpleeghuis – dagbehandeling',
        gecontracteerd: 'ja',
        vergoeding: 'Wlz of Wmo',
        eigenRisico: 'nee',
        verwijzing: 'ja',
        wachttijd: '4 weken',
        specialismen: ['dementie', 'Parkinson', 'na een CVA'],
      }),
      ['dagbesteding', 'dementie'],
    ),
    svc(
      'Logeerzorg / kortdurend verblijf',
      zz({
        intro: 'Een paar dagen of weken logeren in het verpleeghuis, zodat de mantelzorger op vakantie kan.',
        soort: 'Verpleeghuis – kortdurend verblijf',
        gecontracteerd: 'ja',
        vergoeding: 'Wmo (logeeropvang) of Wlz',
        eigenRisico: 'nee',
        verwijzing: 'ja',
        wachttijd: '3 weken',
      }),
      ['respijtzorg'],
    ),
    svc(
      'Ontmoetingscentrum dementie De Linde',
      'Drie dagen per week een plek voor mensen met dementie, met gespreksgroepen voor hun mantelzorgers.',
      ['dementie', 'mantelzorg', 'dagbesteding'],
    ),
  ],
);

org(
  {
    name: 'GGD Grensland',
    place: 'Ter Aalst',
    street: 'Europaplein 5',
    desc: 'Gemeentelijke gezondheidsdienst.',
  },
  [
    svc(
      'Consultatiebureau',
      'Voor alle kinderen van 0 tot 4 jaar: groei en ontwikkeling, vaccinaties, vragen over voeding en slapen. Gratis.',
      ['jgz', 'opvoeden'],
      { area: ['Ter Aalst', 'Kerkveld', 'Beekzande', 'Holtrade', 'Sint Wendel'] },
    ),
    svc(
      'Jeugdarts en jeugdverpleegkundige op school',
      'Onderzoek en spreekuur op de basisschool en middelbare school. Ook voor vragen over schoolverzuim, pesten en puberteit.',
      ['jgz', 'jongeren'],
      { phone: false },
    ),
    svc(
      'Centrum Seksuele Gezondheid',
      'Gratis en anoniem een soa-test of hiv-test, en spreekuur over anticonceptie en seksualiteit voor jongeren tot 25 jaar.',
      ['seksuele-gezondheid'],
      { elig: 'Jongeren tot 25, of met klachten, of na een risico.' },
    ),
  ],
);

org(
  { name: 'Logopediepraktijk Praat Maar', place: 'Beekzande', street: 'Beekstraat 2', desc: 'Logopedie in de dorpen.' },
  [
    svc(
      'Logopedie',
      zz({
        soort: 'Logopediepraktijk',
        gecontracteerd: 'nee',
        vergoeding: 'basisverzekering (restitutie)',
        eigenRisico: 'ja (vanaf 18 jaar)',
        verwijzing: 'nee',
        wachttijd: '2 weken',
        specialismen: ['meertaligheid (Duits-Nederlands)', 'dyslexie-screening', 'stem'],
      }),
      ['logopedie'],
      { lang: ['nl', 'de'] },
    ),
  ],
);

org(
  {
    name: 'Pedicurepraktijk VoetFit',
    place: 'Kerkveld',
    street: 'Raadhuisstraat 6',
    desc: 'Medisch pedicure.',
  },
  [
    svc(
      'Medische voetzorg',
      zz({
        soort: 'Medisch pedicure',
        gecontracteerd: 'ja (alleen voetzorg bij diabetes, zorgprofiel 2-4)',
        vergoeding: 'basisverzekering bij diabetes; overig aanvullend',
        eigenRisico: 'nee',
        verwijzing: 'nee',
        wachttijd: '1 week',
        specialismen: ['diabetische voet', 'reumatische voet', 'ingegroeide nagels', 'huisbezoek'],
      }),
      ['chronisch'],
    ),
  ],
);

// ---------------------------------------------------------------- gemeente en welzijn (Welzijnswijzer)

org(
  {
    name: 'Gemeente Ter Aalst',
    place: 'Ter Aalst',
    street: 'Raadhuisplein 1',
    desc: 'Gemeente Ter Aalst, met de kerkdorpen Kerkveld, Beekzande, Holtrade en Sint Wendel.',
  },
  [
    svc('Sociaal Team Ter Aalst', 'Voor alle vragen over zorg, hulp thuis, geld en meedoen. Wij komen bij u thuis voor een gesprek.', ['wmo-toegang'], {
      alt: 'Wmo-loket',
      hours: 'ma-vr 09:00-12:30',
      apply: 'Bellen, mailen of langskomen op het inlooppunt.',
    }),
    svc('Wmo-hulpmiddelen en woningaanpassing', 'Een scootmobiel, rolstoel of traplift nodig? Meld het bij het Sociaal Team.', ['hulpmiddelen', 'woningaanpassing', 'wmo-toegang'], { apply: WMO }),
    svc('Regiotaxi Grensland', 'Taxi van deur tot deur voor mensen die niet met de bus kunnen. Met Wmo-pas goedkoper.', ['vervoer'], { area: ['Ter Aalst', 'Kerkveld', 'Beekzande', 'Holtrade', 'Sint Wendel'] }),
    svc('Bijstand', 'Geen werk en geen inkomen? Vraag een uitkering aan.', ['inkomen'], { apply: 'Aanvragen via de website met DigiD.' }),
    svc(
      'Minimaregelingen en bijzondere bijstand',
      'Weinig geld? Misschien kunt u geld terugkrijgen voor sport, school, een bril of een wasmachine. Ook: kwijtschelding gemeentebelasting.',
      ['inkomen'],
      { alt: 'Meedoenregeling' },
    ),
    svc('Schuldhulpverlening', 'Heeft u schulden? Wij maken samen een plan. Gratis.', ['schulden'], { alt: 'Geldloket' }),
    svc('Centrum Jong', 'Vragen over opgroeien en opvoeden? Centrum Jong helpt ouders, kinderen en jongeren. Ook schoolmaatschappelijk werk.', ['opvoeden', 'jeugdhulp', 'jongeren'], {
      alt: 'Jeugdteam',
    }),
    svc('KIES – kinderen in echtscheidingssituatie', 'Groep voor kinderen van 8 tot 12 jaar van wie de ouders gescheiden zijn.', ['scheiding', 'jeugdhulp'], {
      at: { name: 'Centrum Jong', street: 'Schoolstraat 20', place: 'Ter Aalst' },
    }),
    svc('Werkplein Ter Aalst', 'Hulp bij werk zoeken, solliciteren en een opleiding. Voor mensen met een uitkering.', ['werk'], { at: { name: 'Werkplein', street: 'Havenkade 2', place: 'Ter Aalst' } }),
    svc('Inburgering', 'Bent u nieuw in Nederland en moet u inburgeren? De gemeente helpt u met een plan.', ['migranten', 'taal']),
    svc('Leerplicht', 'Leerplichtambtenaar. Uw kind gaat niet naar school? Neem contact op.', ['jongeren'], { status: 'inactive' }),
    svc('Wonen met zorg – urgentie', 'Urgentie voor een woning vanwege medische of sociale redenen. Zeldzaam toegekend.', ['wonen'], { apply: WMO }),
  ],
);

org(
  {
    name: 'Stichting Welzijn Aalsterland',
    alt: 'Welzijn Aalsterland',
    place: 'Ter Aalst',
    street: 'Kruisstraat 12',
    desc: 'Welzijnsorganisatie in Ter Aalst en de kerkdorpen.',
  },
  [
    svc('Ouderenadviseur', 'Vragen over ouder worden? De ouderenadviseur komt bij u thuis. Gratis.', ['ouderen-advies'], { elig: 'Vanaf 65 jaar.' }),
    svc('Steunpunt Mantelzorg', 'Zorgt u voor iemand? Wij luisteren en denken mee. Ook voor jonge mantelzorgers.', ['mantelzorg'], { alt: 'Mantelzorgpunt' }),
    svc('Mantelzorgwaardering', 'Elk jaar in november: aanvragen mantelzorgcompliment (bon van € 50).', ['mantelzorg'], { status: 'inactive' }),
    svc('Buurthuis De Kruising', 'Koffie, biljart, handwerken, bingo. Iedereen welkom.', ['ontmoeting', 'eenzaamheid'], { hours: 'ma-za 09:30-16:30' }),
    svc('Dorpshuizen', 'Activiteiten in de dorpshuizen van Kerkveld, Beekzande, Holtrade en Sint Wendel.', ['ontmoeting'], {
      area: ['Kerkveld', 'Beekzande', 'Holtrade', 'Sint Wendel'],
      phone: false,
    }),
    svc('Jongerenwerk', 'Jongerenwerkers op straat, in de JOP en in het jongerencentrum. Chillen, praten, hulp.', ['jongeren'], { elig: '12-23 jaar' }),
    svc('Vrijwilligerscentrale', 'Vrijwilligerswerk zoeken? Kijk in onze vacaturebank.', ['vrijwilligerswerk']),
    svc('Maatjesproject Samen Op Pad', 'Een vrijwilliger die met u wandelt, koffie drinkt of meegaat naar de markt.', ['maatje', 'eenzaamheid']),
    svc('Sociaal raadslieden', 'Hulp bij brieven, formulieren, toeslagen en bezwaar. Gratis.', ['formulieren', 'juridisch', 'inkomen'], {
      hours: 'dinsdag en donderdag inloop 13:00-15:00',
    }),
    svc('Maatschappelijk werk', 'Voor als het even niet lukt: relatie, geld, werk of verdriet. Gratis en vertrouwelijk.', ['geldzaken', 'scheiding', 'rouw']),
    svc('Tafeltje Dek Je', 'Elke dag een warme maaltijd aan huis.', ['maaltijden'], { fees: '€ 8,50 per maaltijd.' }),
    svc('Plusbus', 'Vrijwilligers rijden ouderen naar de supermarkt, het ziekenhuis of een uitje.', ['vervoer', 'eenzaamheid'], { fees: '€ 1,50 per rit.' }),
    svc(
      'Training Praat erover – signalen van suïcide',
      'Korte training voor vrijwilligers, sportclubs, leraren en iedereen die wil leren signalen van suïcide te herkennen en erover te beginnen.',
      ['suicidepreventie'],
      { fees: 'Gratis.' },
    ),
    svc('Lotgenotengroep nabestaanden na zelfdoding', 'Maandelijkse groep voor mensen die iemand verloren door zelfdoding.', ['rouw', 'suicidepreventie']),
  ],
);

org(
  {
    name: 'Humanitas afdeling Grensland',
    place: 'Ter Aalst',
    street: 'Kruisstraat 14',
    desc: 'Vrijwilligers voor mensen die het even niet alleen redden.',
  },
  [
    svc('Thuisadministratie', 'Een vrijwilliger helpt u orde te krijgen in uw papieren en rekeningen.', ['geldzaken', 'formulieren']),
    svc('Rouwgroep', 'Samen praten over verlies. Acht bijeenkomsten.', ['rouw']),
    svc('Home-Start', 'Een ervaren ouder komt wekelijks bij gezinnen met jonge kinderen.', ['opvoeden']),
  ],
);

org(
  { name: 'Stichting Voedselbank Ter Aalst e.o.', place: 'Aalst-Noord', street: 'Industrieweg 10', desc: 'Voedselbank.' },
  [
    svc('Voedselpakket', 'Wekelijks een pakket. Aanmelden via maatschappelijk werk of Sociaal Team.', ['voedselhulp'], {
      hours: 'vrijdag 13:00-15:00',
    }),
  ],
);

org(
  { name: 'SchuldHulpMaatje Ter Aalst', place: 'Ter Aalst', street: 'Kerkstraat 3', desc: 'Vrijwillige schuldhulpmaatjes, vanuit de kerken.' },
  [svc('Schuldhulpmaatje', 'Een getraind maatje helpt bij schulden en blijft naast u staan.', ['schulden', 'geldzaken', 'maatje'])],
);

org(
  {
    name: 'Stichting Rechtswinkel Grensland',
    place: 'Ter Aalst',
    street: 'Raadhuisplein 8',
    desc: 'Gratis juridisch advies door rechtenstudenten en vrijwillige juristen.',
  },
  [
    svc('Juridisch spreekuur', 'Gratis advies over huur, werk, consumentenzaken, familierecht en bezwaar tegen de overheid.', ['juridisch']),
    svc('Grensrecht-spreekuur', 'Juridische vragen over wonen of werken over de grens, in het Nederlands en Duits.', ['juridisch', 'grenswerk'], {
      lang: ['nl', 'de'],
      hours: 'eerste maandag van de maand',
    }),
  ],
);

org(
  {
    name: 'Van Oyen & Partners Advocaten B.V.',
    place: 'Ter Aalst',
    street: 'Stationsstraat 60',
    desc: 'Advocatenkantoor voor personen- en familierecht, arbeidsrecht en strafrecht.',
  },
  [
    svc('Familierecht en scheidingsmediation', 'Echtscheiding, ouderschapsplan, alimentatie en mediation. Gefinancierde rechtsbijstand (toevoeging) mogelijk.', ['juridisch', 'scheiding']),
  ],
);

org(
  {
    name: 'Bibliotheek Grensland',
    place: 'Ter Aalst',
    street: 'Kerkstraat 20',
    desc: 'Openbare bibliotheek met vestigingen in Ter Aalst en Sint Wendel.',
  },
  [
    svc('Taalhuis', 'Beter leren lezen, schrijven, rekenen of Nederlands spreken. Gratis, met vrijwilligers.', ['taal', 'laaggeletterdheid']),
    svc('Taalcafé', 'Oefen Nederlands praten bij een kop koffie. Iedere woensdag.', ['taal', 'migranten', 'ontmoeting']),
    svc('Digicafé', 'Hulp met uw telefoon, tablet of laptop.', ['digitaal']),
    svc('Informatiepunt Digitale Overheid', 'Hulp met DigiD, belastingaangifte, toeslagen en websites van de overheid.', ['digitaal', 'formulieren']),
  ],
);

org(
  {
    name: 'Stichting Nieuwkomers Grensland',
    place: 'De Weerd',
    street: 'Weerdsingel 30',
    desc: 'Begeleiding van statushouders en andere nieuwkomers.',
  },
  [
    svc('Begeleiding statushouders', 'Hulp bij de eerste tijd in Ter Aalst: huis, zorgverzekering, school, post.', ['migranten', 'formulieren'], { lang: ['nl', 'ar', 'ti', 'en'] }),
    svc(
      'Newcomers Desk',
      'For internationals, expats and labour migrants living or working in Ter Aalst: registration at the town hall, finding a GP, health insurance, housing and Dutch lessons. Walk in on Thursdays.',
      ['migranten', 'grenswerk'],
      { lang: ['en', 'pl', 'nl'] },
    ),
  ],
);

org(
  {
    name: 'Stichting Vrouwenopvang Grensland',
    place: 'Ter Aalst',
    street: 'geheim',
    secretAddress: true,
    desc: 'Opvang en hulp bij huiselijk geweld.',
  },
  [
    svc('Opvang', 'Veilige opvang voor vrouwen en kinderen die thuis niet veilig zijn.', ['huiselijk-geweld']),
    svc('Ambulante hulp huiselijk geweld', 'Hulp voor het hele gezin na geweld, thuis. Ook voor plegers.', ['huiselijk-geweld']),
    svc(
      'Training meldcode voor professionals',
      'Training voor professionals in onderwijs, zorg en kinderopvang: signalen van huiselijk geweld en kindermishandeling herkennen en de meldcode toepassen.',
      ['huiselijk-geweld'],
      { online: true },
    ),
  ],
);

org(
  {
    name: 'Stichting Onderdak Grensland',
    place: 'Ter Aalst',
    street: 'Spoorstraat 33',
    desc: 'Maatschappelijke opvang en beschermd wonen.',
  },
  [
    svc('Nachtopvang', 'Een bed voor de nacht, douche en ontbijt.', ['dakloosheid'], { hours: 'dagelijks 21:00-09:00' }),
    svc('Beschermd wonen', 'Wonen met begeleiding voor mensen met psychische problemen.', ['ggz', 'wonen'], { apply: WMO }),
    svc('Voorkomen huisuitzetting', 'Dreigt u uit huis gezet te worden door huurschuld? Wij bemiddelen met de verhuurder.', ['dakloosheid', 'schulden', 'wonen']),
  ],
);

org(
  {
    name: 'Woonstichting Grensland',
    place: 'Ter Aalst',
    street: 'Havenkade 20',
    desc: 'Woningcorporatie met 6.000 huurwoningen.',
  },
  [
    svc('Woningzoekenden', 'Inschrijven voor een huurwoning of seniorenwoning.', ['wonen']),
    svc('Huurachterstand', 'Loopt u achter met de huur? Bel ons op tijd. Wij zoeken samen een oplossing.', ['schulden', 'wonen']),
  ],
);

org(
  {
    name: 'Stichting Steunpunt Beperking Oost',
    place: 'Aalst-Noord',
    street: 'Esdoornlaan 23',
    desc: 'Onafhankelijke cliëntondersteuning voor mensen met een beperking en hun ouders.',
  },
  [
    svc('Cliëntondersteuning', 'Een cliëntondersteuner gaat mee naar het gesprek met de gemeente of het CIZ. Gratis.', ['clientondersteuning', 'beperking', 'wmo-toegang']),
    svc('Autisme-inloop', 'Inloop voor volwassenen met autisme. Elke tweede zaterdag.', ['beperking', 'ontmoeting']),
  ],
);

org(
  { name: 'Alzheimer Café Ter Aalst', place: 'Ter Aalst', street: 'Kruisstraat 12', desc: 'Vrijwilligersinitiatief.' },
  [svc('Alzheimer Café', 'Iedere derde dinsdag: uitleg en gesprek over dementie, voor mensen met dementie, familie en belangstellenden.', ['dementie', 'mantelzorg'])],
);

org(
  {
    name: 'Parochie Sint Wendel – Caritas',
    place: 'Sint Wendel',
    street: 'Kerkplein 1',
    desc: 'Parochiële caritas voor de vier kerkdorpen.',
  },
  [
    svc('Noodfonds', 'Kleine bijdrage in noodsituaties, als andere regelingen niet helpen.', ['inkomen']),
    svc('Bezoekwerk', 'Vrijwilligers komen op bezoek bij ouderen en zieken.', ['eenzaamheid'], { area: ['Kerkveld', 'Beekzande', 'Holtrade', 'Sint Wendel'] }),
  ],
);

org(
  {
    name: 'Vitaal Grensland',
    place: 'De Weerd',
    street: 'Sportlaan 1',
    desc: 'Sportbedrijf van de gemeente.',
  },
  [
    svc('Beweegmakelaar', 'Wilt u meer bewegen maar weet u niet hoe? De beweegmakelaar zoekt iets bij u in de buurt.', ['bewegen', 'leefstijl']),
    svc('Meer Bewegen voor Ouderen', 'Gym voor 55-plussers in de dorpshuizen.', ['bewegen'], { area: ['Kerkveld', 'Beekzande', 'Holtrade', 'Sint Wendel'] }),
    svc('Samen Sporten', 'Aangepast sporten voor mensen met een beperking: zwemmen, boccia, G-voetbal.', ['bewegen', 'beperking']),
  ],
);

org(
  {
    name: 'Diabetesvereniging afdeling Grensland',
    place: 'Kerkveld',
    street: 'Raadhuisstraat 6',
    desc: 'Patiëntenvereniging.',
  },
  [svc('Lotgenotencontact diabetes', 'Bijeenkomsten en wandelgroep voor mensen met diabetes.', ['chronisch'])],
);

org(
  {
    name: 'ReumaNet Grensland',
    place: 'Ter Aalst',
    street: 'Kruisstraat 12',
    desc: 'Patiëntengroep reuma (opgeheven).',
  },
  [svc('Reuma-inloop', 'Opgeheven per 2025.', ['chronisch'], { status: 'inactive' })],
);

org(
  {
    name: 'Stichting Klachtenbemiddeling Zorg Oost',
    place: 'Ter Aalst',
    street: 'Europaplein 9',
    desc: 'Onafhankelijke klachtenbemiddeling.',
  },
  [svc('Klachtenbemiddeling zorg en Wmo', 'Een klacht over uw zorgverlener, thuiszorg of de gemeente? Wij helpen u kosteloos.', ['klachten'])],
);

org(
  {
    name: 'Re-integratiebureau WerkKracht B.V.',
    place: 'Aalst-Noord',
    street: 'Industrieweg 30',
    desc: 'Commercieel re-integratiebureau.',
  },
  [
    svc('Re-integratietraject', 'Traject naar werk voor werkzoekenden met een uitkering of na ziekte. Ook outplacement.', ['werk'], {
      fees: 'Betaald door werkgever, gemeente of verzekeraar.',
    }),
  ],
);

org(
  {
    name: 'Deutsch-Niederländischer Beratungsdienst Grenzland e.V.',
    alt: 'Grensinfo Ter Aalst',
    place: 'Ter Aalst',
    street: 'Europaplein 3',
    desc: 'Beratung für Grenzgänger und deutsche Einwohner in Ter Aalst.',
  },
  [
    svc(
      'Beratung für Grenzgänger',
      'Sie wohnen in Deutschland und arbeiten in Ter Aalst, oder umgekehrt? Wir beraten kostenlos zu Steuern, Rente, Arbeitslosengeld, Kindergeld und Krankenversicherung.',
      ['grenswerk'],
      { lang: ['de', 'nl'] },
    ),
    svc(
      'Spreekuur grensarbeiders',
      'Werkt u in Duitsland en woont u in Nederland? Vragen over belasting, pensioen, WW, kinderbijslag of ziek worden. Gratis spreekuur.',
      ['grenswerk', 'werk'],
    ),
    svc(
      'Informationen für neue deutsche Einwohner',
      'Umzug nach Ter Aalst: Anmeldung bei der Gemeinde (BSN), Hausarzt finden, niederländische Krankenversicherung, Schule.',
      ['grenswerk', 'migranten'],
      { lang: ['de'] },
    ),
  ],
);

org(
  {
    name: 'Kringloopwinkel De Tweede Ronde',
    place: 'Aalst-Noord',
    street: 'Industrieweg 12',
    desc: 'Kringloopwinkel. Ophalen en brengen van meubels.',
  },
  [
    svc('Leerwerkplekken', 'Werkervaring opdoen in de winkel of de werkplaats, met begeleiding.', ['werk', 'vrijwilligerswerk']),
  ],
);

org(
  { name: 'Taxi Grensland B.V.', place: 'Ter Aalst', street: 'Spoorstraat 2', desc: 'Taxibedrijf, ook rolstoelvervoer en zittend ziekenvervoer.' },
  [
    svc(
      'Zittend ziekenvervoer',
      zz({
        soort: 'Vervoerder',
        gecontracteerd: 'ja',
        vergoeding: 'basisverzekering bij nierdialyse, chemotherapie/radiotherapie, rolstoelgebonden of visuele beperking',
        eigenRisico: 'ja, plus wettelijke eigen bijdrage',
        verwijzing: 'ja, toestemming verzekeraar vooraf',
        wachttijd: 'n.v.t.',
      }),
      ['vervoer'],
    ),
  ],
);

org(
  {
    name: 'Uitvaartverzorging Grensland',
    place: 'Beekzande',
    street: 'Beekstraat 40',
    desc: 'Uitvaartonderneming.',
  },
  [svc('Nazorg na de uitvaart', 'Wij blijven na de uitvaart contact houden en verwijzen naar rouwbegeleiding. Herdenkingsavond in november.', ['rouw'])],
);

org(
  {
    name: 'Roze Grensland',
    place: 'Ter Aalst',
    street: 'Kruisstraat 12',
    desc: 'Vereniging voor LHBTI+ in de grensstreek.',
  },
  [svc('Regenboogsoos', 'Maandelijkse ontmoeting voor LHBTI+ en een jongerengroep (16-25). Voorlichting op scholen.', ['lhbti', 'ontmoeting'])],
);

org(
  {
    name: 'Stichting Rouwcentrum Oost – Kind & Verlies',
    place: 'Ter Aalst',
    street: 'Parklaan 90',
    desc: 'Rouwbegeleiding voor kinderen en volwassenen.',
  },
  [
    svc(
      'Rouwbegeleiding',
      zz({
        soort: 'Rouwbegeleider (vrijgevestigd)',
        gecontracteerd: 'nee',
        vergoeding: 'soms aanvullende verzekering; anders € 85 per gesprek',
        eigenRisico: 'nee',
        verwijzing: 'nee',
        wachttijd: '2 weken',
        specialismen: ['kinderen en jongeren', 'verlies na suïcide', 'verlies van een kind'],
      }),
      ['rouw'],
    ),
  ],
);

org(
  {
    name: 'Grensland Expat Centre',
    place: 'Ter Aalst',
    street: 'Europaplein 7',
    desc: 'Private relocation and support services.',
  },
  [
    svc(
      'Mental health support in English',
      'Short-term counselling in English for internationals: stress, homesickness, adjustment, relationship worries. Not covered by basic insurance.',
      ['ggz', 'migranten'],
      { lang: ['en'], fees: '€ 95 per session.' },
    ),
  ],
);

org(
  {
    name: 'Stichting Jonge Mantelzorgers Grensland',
    place: 'Ter Aalst',
    street: 'Kruisstraat 12',
    desc: 'Voor jongeren die thuis zorgen.',
  },
  [svc('JMZ-club', 'Zorg jij thuis voor je moeder, vader, broer of zus? Kom naar de club: uitjes, chillen, praten.', ['mantelzorg', 'jongeren'], { elig: '10-24 jaar' })],
);

org(
  {
    name: 'Stichting Thuisadministratie Plus',
    place: 'Holtrade',
    street: 'Dorpsstraat 30',
    desc: 'Budgetcoaching.',
  },
  [
    svc('Budgetcoaching', 'Leren rondkomen van uw inkomen. Twaalf gesprekken met een budgetcoach.', ['geldzaken', 'schulden'], { fees: 'Gratis met verwijzing van het Sociaal Team.' }),
  ],
);
