// Regio Eikendonk (FICTIEF): the hand-written source of a made-up "Verwijsgids Eikendonk", kept by
// the huisartsencoöperatie HCE and the transferbureau of the Sint-Gertrudisziekenhuis for GP's,
// POH's, wijkverpleegkundigen and transferverpleegkundigen, but public. Written for the Wijkwijzer
// search benchmark only. Every organisation, person, street and gemeente is invented; postal codes
// run 0310–0349 (no Dutch postal code starts with 0) and every phone number is 0000-… (make.mjs
// numbers them). The national help lines (113, Veilig Thuis, 112 …) are deliberately not listed.
//
// Style: a professional's referral guide. Clinical, compact, full of abbreviations and care-law
// terms (Wlz, Zvw, Wmo, ELV, GRZ, VPT, SO, AVG-arts), with referral criteria ("Verwijzing: …"),
// and the welfare and volunteer services a GP refers to (welzijn op recept, maatjes, schuldhulp).
//
// `topics` is the judge's key: what a service really answers, as a professional would file it.
//
// Gemeenten: Eikendonk (town with wijken Centrum, Molenkamp, Beukenhof), Hazelbroek, Veldrust,
// Wilgenaar and Loosterveen (with the kern Oud-Looster).
import { addingTo, svc } from '../write-directory.mjs';

export const TOPICS = {
  huisarts: 'huisartsenpraktijk: spreekuur, inschrijven, visite',
  hap: 'huisartsenpost: huisarts buiten kantoortijd',
  'poh-ggz': 'praktijkondersteuner ggz bij de huisarts',
  'ggz-basis': 'psychologische hulp bij lichte tot matige klachten (basis-ggz, psycholoog, e-health)',
  'ggz-specialistisch': 'specialistische ggz voor volwassenen en ouderen, FACT, ouderenpsychiatrie',
  'jeugd-ggz': 'psychische hulp voor kinderen en jongeren',
  transfer: 'ontslag uit het ziekenhuis regelen: transferbureau, nazorg thuis of elders',
  elv: 'eerstelijnsverblijf: tijdelijk bed met zorg als thuis niet gaat en er geen revalidatie nodig is',
  grz: 'geriatrische revalidatie na ziekenhuisopname (heup, beroerte)',
  wlz: 'Wet langdurige zorg: CIZ-indicatie, verpleeghuis, VPT/MPT, zorg met verblijf',
  wijkverpleging: 'wijkverpleging: verpleging en verzorging thuis (Zvw)',
  ouderengeneeskunde: 'specialist ouderengeneeskunde en zorg voor kwetsbare ouderen thuis, valpreventie',
  palliatief: 'palliatieve zorg, hospice, laatste levensfase',
  dementie: 'dementie en geheugenproblemen: diagnostiek, casemanager, ontmoeting, ook voor naasten',
  nah: 'niet-aangeboren hersenletsel (na beroerte, ongeluk)',
  lvb: 'licht/verstandelijke beperking: AVG-arts, begeleiding',
  'avg-arts': 'arts verstandelijk gehandicapten (AVG): consultatie en medebehandeling',
  autisme: 'autisme: begeleiding, lotgenoten, diagnostiek',
  wijkteam: 'sociaal team: eerste plek voor vragen over zorg, welzijn, gezin, ook bij meerdere problemen',
  wmo: 'Wmo-loket van de gemeente: voorzieningen aanvragen, keukentafelgesprek',
  clientondersteuning: 'onafhankelijke cliëntondersteuning',
  hulpmiddelen: 'hulpmiddelen: rolstoel, rollator, scootmobiel, uitleen',
  woningaanpassing: 'aanpassingen in huis: traplift, douche, drempels',
  'huishoudelijke-hulp': 'huishoudelijke hulp',
  vervoer: 'vervoer: regiotaxi, vrijwillige chauffeurs',
  mantelzorg: 'steun voor mantelzorgers: advies, lotgenoten, waardering',
  respijt: 'respijtzorg: de zorg tijdelijk overnemen zodat de mantelzorger rust heeft',
  'jonge-mantelzorg': 'jonge mantelzorgers',
  alarmering: 'personenalarmering',
  maaltijden: 'maaltijden aan huis of samen eten',
  dagbesteding: 'dagbesteding (ouderen, dementie, ggz, beperking)',
  eenzaamheid: 'eenzaamheid: maatje, huisbezoek, telefooncirkel',
  ontmoeting: 'ontmoeting en activiteiten: buurthuis, inloop, clubs',
  'welzijn-op-recept': 'welzijn op recept: huisarts verwijst naar welzijnscoach voor zingeving, contact, activiteit',
  ouderenadvies: 'ouderenadviseur: vragen van ouderen over wonen, zorg, geld',
  geldzorgen: 'geldzorgen: rondkomen, budgetcoach, thuisadministratie',
  schulden: 'schuldhulp en beschermingsbewind',
  administratie: 'hulp bij post, formulieren, belastingaangifte, toeslagen',
  minima: 'regelingen voor een laag inkomen: bijzondere bijstand, meedoenregeling, fondsen',
  voedselbank: 'voedselbank en voedselhulp',
  kledingbank: 'gratis of goedkope kleding en spullen',
  'werk-inkomen': 'werk zoeken, re-integratie, bijstand en uitkering',
  vrijwilligerswerk: 'vrijwilligerswerk vinden',
  taal: 'Nederlands leren en oefenen',
  digitaal: 'hulp met computer, smartphone, DigiD',
  woningzoeken: 'een (aangepaste) woning zoeken, urgentie',
  huurachterstand: 'huurachterstand en huisuitzetting voorkomen',
  dakloos: 'dak- en thuisloosheid: nachtopvang, briefadres',
  opvoeden: 'opvoedsteun, vragen over kinderen',
  jgz: 'jeugdgezondheidszorg: consultatiebureau, jeugdarts',
  jeugdhulp: 'jeugdhulp en gezinsbegeleiding',
  onderwijs: 'school, leerplicht, schoolmaatschappelijk werk',
  jongeren: 'jongerenwerk en plekken voor jongeren',
  verslaving: 'verslaving bij volwassenen: alcohol, drugs, medicijnen',
  'verslaving-jongeren': 'middelengebruik bij jongeren, ook voor ouders',
  gokken: 'gokken en gamen uit de hand',
  'huiselijk-geweld': 'huiselijk geweld: hulp, opvang, plegerhulp',
  rouw: 'rouw en verlies',
  zwangerschap: 'zwangerschap, verloskundige, kraamzorg',
  'seksuele-gezondheid': 'soa-test, anticonceptie, seksuele vragen',
  leefstijl: 'leefstijl, gewicht, bewegen op recept, GLI',
  roken: 'stoppen met roken',
  juridisch: 'juridisch advies: sociaal raadslieden, juridisch loket',
  statushouders: 'statushouders en nieuwkomers: begeleiding, inburgering',
  'werk-internationals': 'work and careers for expats and their partners',
  internationals: 'expats and internationals: Dutch health care and services explained in English',
  sport: 'sport en bewegen, ook voor kinderen uit gezinnen met weinig geld',
  ehbo: 'EHBO en reanimatiecursus',
  'training-suicidepreventie': 'training suïcidepreventie voor professionals en naasten',
};

export const places = {
  'Eikendonk-Centrum': { gemeente: 'Eikendonk', pc: '0311' },
  Molenkamp: { gemeente: 'Eikendonk', pc: '0314' },
  Beukenhof: { gemeente: 'Eikendonk', pc: '0316' },
  Hazelbroek: { gemeente: 'Hazelbroek', pc: '0322' },
  Veldrust: { gemeente: 'Veldrust', pc: '0327' },
  Wilgenaar: { gemeente: 'Wilgenaar', pc: '0333' },
  Loosterveen: { gemeente: 'Loosterveen', pc: '0341' },
  'Oud-Looster': { gemeente: 'Loosterveen', pc: '0346' },
};

const ALL = ['Eikendonk', 'Hazelbroek', 'Veldrust', 'Wilgenaar', 'Loosterveen'];

export const organizations = [];
const org = addingTo(organizations);

org({ name: 'Huisartsencoöperatie Eikendonk', alt: 'HCE', place: 'Eikendonk-Centrum', street: 'Gasthuisplein 2', desc: 'Coöperatie van 31 huisartsen in de regio. Organiseert HAP, ketenzorg (DM, COPD, CVRM, kwetsbare ouderen) en de POH-GGZ-pool.' }, [
  svc('Huisartsenpost Eikendonk (HAP)', 'Spoedeisende huisartsenzorg ANW-uren. Alleen op afspraak na telefonische triage. Niet voor herhaalrecepten of niet-spoedeisende vragen. Locatie: naast SEH Sint-Gertrudis.', ['hap'], { hours: 'Ma-vr 17.00-08.00, weekend en feestdagen 24 uur', area: ALL, apply: 'Eerst bellen. Triagist beoordeelt urgentie (NTS).' }),
  svc('POH-GGZ pool', 'Inzet POH-GGZ (volwassenen en jeugd) voor praktijken zonder eigen POH. Max. 8 consulten, kortdurende begeleiding, screening en verwijzing naar BGGZ/SGGZ. Ook e-health modules (Minddistrict).', ['poh-ggz'], { elig: 'Ingeschreven bij aangesloten praktijk. Geen DSM-diagnose vereist.', apply: 'Verwijzing via eigen huisarts (ZorgDomein: "POH-GGZ pool HCE").', fees: 'Zvw, geen eigen risico.', area: ALL }),
  svc('Ketenzorg Kwetsbare Ouderen', 'Proactieve zorg voor thuiswonende kwetsbare ouderen (screening, MDO met SO, wijkverpleegkundige en sociaal team). Advance care planning, medicatiereview, valrisico.', ['ouderengeneeskunde'], { elig: '75+, kwetsbaar (score ≥ 4 op de screeningslijst) of op indicatie huisarts.', apply: 'Intern via praktijk; POH-ouderen coördineert.' }),
  svc('SO-consult in de eerste lijn', 'Specialist ouderengeneeskunde denkt mee of ziet de patiënt thuis: probleemgedrag bij dementie, complexe multimorbiditeit, polyfarmacie, beoordeling ELV/GRZ-indicatie.', ['ouderengeneeskunde', 'dementie'], { apply: 'Aanvraag door huisarts via ZorgDomein; reactie binnen 5 werkdagen.', fees: 'Zvw (Eerstelijnsverblijf/SO-consult), geen eigen bijdrage voor patiënt.', phone: false, area: ALL }),
]);

org({ name: 'Huisartsenpraktijk De Linde', place: 'Hazelbroek', street: 'Lindeweg 14', desc: 'Duopraktijk, 4.100 patiënten. Apotheekhoudend voor buitengebied.' }, [
  svc('Spreekuur en inschrijving', 'Spreekuur op afspraak, visites voor immobiele patiënten. Nieuwe inschrijvingen alleen voor inwoners van Hazelbroek en Veldrust (postcode 0322-0329).', ['huisarts'], { hours: 'Ma-vr 08.00-17.00; bellen voor afspraak 08.00-10.00' }),
  svc('POH-GGZ De Linde', 'Eigen POH-GGZ, ook voor jongeren vanaf 12 jaar. Gesprekken bij somberheid, angst, stress, rouw.', ['poh-ggz'], { apply: 'Via de huisarts.' }),
]);

org({ name: 'Gezondheidscentrum Veldrust', place: 'Veldrust', street: 'Brinkstraat 1', desc: 'Huisartsen, POH, fysio, diëtist en apotheek onder één dak.' }, [
  svc('Huisartsen Veldrust', 'Drie huisartsen. Patiëntenstop per 1-3-2026 behalve voor nieuwkomers in de gemeente met zorgcomplexe problematiek (overleg met praktijkmanager).', ['huisarts'], { hours: 'Ma-vr 8-17 uur' }),
  svc('Beweegprogramma en leefstijlcoach (GLI)', 'Gecombineerde leefstijlinterventie (CooL), 2 jaar, groeps- en individuele sessies. Ook "Bewegen op recept" met de buurtsportcoach.', ['leefstijl'], { elig: 'BMI ≥ 25 met comorbiditeit of BMI ≥ 30.', fees: 'Zvw-basispakket, geen eigen risico.', apply: 'Verwijzing huisarts of POH-somatiek.' }),
  svc('Stoppen-met-rokenspreekuur', 'Individuele begeleiding door POH-somatiek, evt. met medicatie (varenicline/cytisine). Ook voor zwangeren en partners.', ['roken'], { fees: 'Eén programma per jaar vergoed uit basisverzekering.' }),
]);

org({ name: 'Huisartsenpraktijk Wilgenaar', place: 'Wilgenaar', street: 'Kerkpad 9', desc: 'Solopraktijk in Wilgenaar.' }, [
  svc('Huisartsenpraktijk Wilgenaar – spreekuur', 'Praktijk is per 1 oktober 2026 overgenomen door GC Veldrust. Patiënten zijn overgeschreven.', ['huisarts'], { status: 'inactive' }),
]);

org({ name: 'Sint-Gertrudisziekenhuis', alt: 'SGZ', place: 'Beukenhof', street: 'Gertrudislaan 100', desc: 'Regionaal ziekenhuis met SEH, klinische geriatrie, geboortecentrum en palliatief team.' }, [
  svc('Transferbureau', 'Transferverpleegkundigen regelen nazorg na opname: wijkverpleging, ELV, GRZ, Wlz-spoedplaatsing, hulpmiddelen. Aanmelding door de afdeling uiterlijk 48 uur voor ontslag. Huisartsen kunnen bellen bij dreigende "verkeerde bed"-situaties.', ['transfer'], { hours: 'Ma-vr 08.30-17.00, weekend bereikbaar via bedmanager', area: ALL }),
  svc('Geheugenpoli', 'Multidisciplinaire diagnostiek bij geheugenklachten (geriater, neuropsycholoog, verpleegkundig specialist). Uitslag en nazorggesprek binnen 6 weken; overdracht naar casemanager dementie.', ['dementie'], { apply: 'Verwijzing huisarts, ZorgDomein "Geheugenpoli SGZ". Wachttijd ca. 5 weken.' }),
  svc('Valpoli', 'Eén dagdeel: geriater, fysiotherapeut, ergotherapeut. Na een val of bij valangst bij 65+.', ['ouderengeneeskunde'], { apply: 'Verwijzing huisarts.' }),
  svc('Geboortecentrum en poli gynaecologie', 'Tweedelijns verloskunde, medium care neonatologie, kraamsuites. Poliklinische bevalling mogelijk.', ['zwangerschap'], { apply: 'Via verloskundige of huisarts.' }),
  svc('Palliatief Adviesteam', 'Consultatie bij complexe symptoomlast in laatste levensfase, intramuraal en thuis (samen met Netwerk Palliatieve Zorg). Ook advies bij palliatieve sedatie.', ['palliatief'], { elig: 'Consultatie voor behandelaars; geen rechtstreekse toegang voor patiënten.', phone: false }),
  svc('Expat Desk – Sint Gertrudis Hospital', 'For international patients: help with appointments, interpreters, insurance questions and explanation of the Dutch referral system (you need a GP referral for most hospital care).', ['internationals'], { lang: ['en'], hours: 'Tue and Thu 09.00-12.00' }),
]);

org({ name: 'Zorggroep Eikenrode', place: 'Molenkamp', street: 'Rodeweg 40', desc: 'VVT-organisatie: wijkverpleging, ELV, GRZ, verpleeghuiszorg (Wlz), dagbesteding en diensten aan huis.' }, [
  svc('Wijkverpleging Eikenrode', 'Wijkverpleegkundige indicatie (Zvw) voor verpleging en persoonlijke verzorging: wondzorg, medicatie, steunkousen, ADL. Eigen teams per wijk en per kern.', ['wijkverpleging'], { apply: 'Aanmelding door huisarts, transferbureau of patiënt zelf. Intake binnen 48 uur.', area: ALL, hours: '24/7 bereikbaar, ook nachtzorg' }),
  svc('ELV-bedden Eikenrode (laag complex / hoog complex)', 'Eerstelijnsverblijf: 12 bedden. Laag complex (huisarts blijft hoofdbehandelaar) en hoog complex (SO hoofdbehandelaar). Voor tijdelijk opvangen als thuis niet verantwoord is, zonder revalidatiedoel. Ook palliatief ELV.', ['elv', 'palliatief'], { elig: 'Zvw. Geen Wlz-indicatie. Verwachte opnameduur < 3 mnd.', apply: 'Bellen met centrale bedbemiddeling of via transferbureau. Beschikbaarheid: zie regionale bedden-app.', area: ALL }),
  svc('Geriatrische revalidatie (GRZ)', 'Revalidatieafdeling 24 bedden voor kwetsbare ouderen na heupfractuur, CVA, electieve orthopedie of langdurige opname. Behandelteam SO, fysio, ergo, logo.', ['grz', 'nah'], { elig: 'Na ziekenhuisopname (of vanuit thuis na SO-beoordeling), leerbaar en belastbaar, terugkeer naar huis is doel.', apply: 'Via transferbureau.' }),
  svc('Verpleeghuis Eikenrode (Wlz)', 'Psychogeriatrische en somatische woongroepen. Wachtlijst; actief wachtenden krijgen overbruggingszorg.', ['wlz', 'dementie'], { elig: 'Wlz-indicatie CIZ (VV4 of hoger).', fees: 'Eigen bijdrage Wlz via CAK.' }),
  svc('Volledig Pakket Thuis (VPT)', 'Wlz-zorg thuis geleverd alsof men in het verpleeghuis woont: verzorging, verpleging, maaltijden, dagbesteding. Alternatief voor opname bij voldoende mantelzorg.', ['wlz'], { elig: 'Wlz-indicatie.', area: ['Eikendonk', 'Hazelbroek'] }),
  svc('Dagbesteding De Boomgaard', 'Dagprogramma voor ouderen met dementie of somatische beperkingen, 1-5 dagen per week, vervoer mogelijk.', ['dagbesteding', 'dementie'], { elig: 'Wmo-beschikking of Wlz-indicatie.' }),
  svc('Maaltijdservice Eikenrode', 'Warme maaltijd of koelverse maaltijden aan huis, ook dieet (zoutarm, diabetes, vloeibaar).', ['maaltijden'], { fees: '€ 8,40 per maaltijd; bezorging gratis.', area: ALL }),
  svc('Personenalarmering met zorgopvolging', 'Alarmknop met opvolging door eigen nachtteam of mantelzorger. Ook leefstijlmonitoring met sensoren.', ['alarmering'], { fees: 'Vanaf € 21,50/mnd. Soms vergoed via aanvullende verzekering.', area: ALL }),
]);

org({ name: 'Thuiszorg De Hoeve', place: 'Loosterveen', street: 'Hoevelaan 3', desc: 'Kleinschalige thuiszorg in Loosterveen en Wilgenaar.' }, [
  svc('Wijkverpleging De Hoeve', 'Kleine vaste teams, persoonlijke verzorging en verpleging. Geen nachtzorg.', ['wijkverpleging'], { area: ['Loosterveen', 'Wilgenaar'] }),
  svc('Huishoudelijke ondersteuning (Wmo)', 'Schoonmaken en regie over het huishouden met Wmo-maatwerkvoorziening. Ook particulier.', ['huishoudelijke-hulp'], { elig: 'Wmo-beschikking van de gemeente of particulier (€ 29,50 p/u).', area: ['Loosterveen', 'Wilgenaar'] }),
]);

org({ name: 'Netwerk Dementie Eikenland', place: 'Eikendonk-Centrum', street: 'Gasthuisplein 2', desc: 'Ketennetwerk dementie van de regio. Casemanagement volgens de Zorgstandaard Dementie.' }, [
  svc('Casemanagement dementie', 'Casemanager begeleidt patiënt en naaste vanaf (vermoeden van) diagnose tot opname: voorlichting, crisispreventie, zorgcoördinatie, steun mantelzorger.', ['dementie'], { apply: 'Verwijzing huisarts of geheugenpoli; bij vermoeden zonder diagnose in overleg.', fees: 'Zvw (wijkverpleging), geen eigen risico.', area: ALL }),
  svc('Alzheimer Café Eikendonk', 'Elke derde dinsdag van de maand in Buurthuis De Kastanje. Thema-avond voor mensen met dementie, partners, kinderen en belangstellenden.', ['dementie'], { hours: '3e dinsdag 19.30-21.30', fees: 'Gratis', phone: false }),
  svc('Odensehuis De Eik', 'Inloophuis voor thuiswonende mensen met beginnende dementie en hun naasten, zonder indicatie.', ['dementie', 'dagbesteding'], { hours: 'Ma, wo, vr 10-16 uur', at: { name: 'Odensehuis De Eik', street: 'Molenstraat 7', place: 'Molenkamp' } }),
  svc('Training "Omgaan met dementie" voor mantelzorgers', 'Vijf bijeenkomsten, groep van max. 10. Start in voorjaar en najaar.', ['dementie', 'mantelzorg'], { status: 'inactive' }),
]);

org({ name: 'Hospice De Vlinder', place: 'Hazelbroek', street: 'Vlinderhof 5', desc: 'Bijna-thuishuis met 4 bedden, VPTZ-vrijwilligers.' }, [
  svc('Hospice-opname', 'Verblijf in laatste levensfase (levensverwachting < 3 mnd). Huisarts blijft behandelaar.', ['palliatief'], { elig: 'Terminaalverklaring huisarts/specialist.', fees: 'Eigen bijdrage € 30 per dag.' }),
  svc('VPTZ – vrijwilligers thuis', 'Getrainde vrijwilligers waken en ontlasten de mantelzorg thuis in de laatste levensfase.', ['palliatief'], { fees: 'Gratis', area: ALL }),
]);

org({ name: 'GGZ Eikenland', place: 'Beukenhof', street: 'Laan van Nazorg 20', desc: 'Specialistische ggz voor volwassenen en ouderen. Aanmelding via centrale intake.' }, [
  svc('Specialistische ggz volwassenen', 'Diagnostiek en behandeling bij complexe stemmings-, angst-, persoonlijkheids- en traumastoornissen (EMDR, schematherapie, DGT).', ['ggz-specialistisch'], { apply: 'Verwijsbrief huisarts met vermoeden DSM-stoornis. Wachttijd aanmelding-intake 7 wk.' }),
  svc('FACT-team Eikendonk', 'Flexible ACT voor mensen met een EPA: outreachend, ook bij zorgmijding. Samenwerking met sociaal team en wijkagent.', ['ggz-specialistisch'], { area: ALL }),
  svc('Ouderenpsychiatrie (GGZ-O)', 'Voor 65+ met psychiatrische problematiek, ook consultatie in verpleeghuis en thuis. Delier, late-life depressie, gedragsproblemen bij dementie.', ['ggz-specialistisch'], { apply: 'Verwijzing huisarts of SO.' }),
  svc('Gatekeepertraining suïcidepreventie', 'Training van 3 uur voor professionals (POH, wijkverpleging, sociaal team) en vrijwilligers: signalen herkennen, vragen naar suïcidale gedachten, doorverwijzen.', ['training-suicidepreventie'], { fees: 'Gratis voor medewerkers in de regio', phone: false }),
]);

org({ name: 'Psychologenpraktijk Hazelbroek', place: 'Hazelbroek', street: 'Marktstraat 22', desc: 'Vrijgevestigd GZ-psychologen.' }, [
  svc('Basis-ggz behandeling', 'Kortdurende behandeling (CGT, EMDR) bij lichte tot matige klachten: depressie, angst, burn-out.', ['ggz-basis'], { apply: 'Verwijzing huisarts. Wachttijd ca. 10 weken.', fees: 'Zvw, eigen risico van toepassing.' }),
  svc('Online begeleiding Mentaal Fit', 'E-health traject met wekelijkse chat met psycholoog. Voor wie niet op de wachtlijst wil.', ['ggz-basis'], { online: true, phone: false }),
]);

org({ name: 'Jeugd-ggz De Kiem', place: 'Eikendonk-Centrum', street: 'Kiemstraat 8', desc: 'Jeugd-ggz 0-18 jaar.' }, [
  svc('Behandeling jeugd-ggz', 'Diagnostiek en behandeling bij angst, depressie, trauma, ADHD, eetproblemen en autisme bij kinderen en jongeren.', ['jeugd-ggz'], { apply: 'Verwijzing huisarts, jeugdarts of sociaal team (Jeugdwet).', elig: '0-18 jaar, woonachtig in de regio.' }),
]);

org({ name: 'Verslavingszorg Noordrand', place: 'Molenkamp', street: 'Spoorlaan 33', desc: 'Ambulante en klinische verslavingszorg.' }, [
  svc('Ambulante verslavingsbehandeling', 'Behandeling bij problematisch gebruik van alcohol, drugs en medicatie (benzo\'s, opioïden). Ook poliklinische detox.', ['verslaving'], { apply: 'Verwijsbrief huisarts; anoniem adviesgesprek zonder verwijzing.' }),
  svc('Jongeren en middelen', 'Voor jongeren 12-23 die blowen, drinken of xtc gebruiken en hun ouders. Adviesgesprek, gezinsgesprekken, voorlichting op scholen.', ['verslaving-jongeren'], { elig: '12-23 jaar en ouders. Geen verwijzing nodig.' }),
  svc('Gok- en gamepoli', 'Hulp bij gokproblemen (ook online) en problematisch gamen. Samenwerking met schuldhulp.', ['gokken'], { online: true }),
]);

org({ name: 'Gemeente Eikendonk', place: 'Eikendonk-Centrum', street: 'Raadhuisplein 1', desc: 'Uitvoering Wmo, Jeugdwet en Participatiewet voor Eikendonk; Hazelbroek en Veldrust doen mee via de gemeenschappelijke regeling.' }, [
  svc('Wmo-loket (Zorgloket)', 'Meldingen Wmo: huishoudelijke ondersteuning, begeleiding, dagbesteding, vervoersvoorzieningen, woningaanpassing, hulpmiddelen (rolstoel, scootmobiel). Na melding volgt binnen 6 weken een gesprek en beschikking.', ['wmo', 'hulpmiddelen', 'woningaanpassing', 'huishoudelijke-hulp'], { fees: 'Eigen bijdrage Wmo € 21,80 per 4 weken (abonnementstarief) via CAK.', area: ['Eikendonk', 'Hazelbroek', 'Veldrust'] }),
  svc('Regiotaxi Eikenland', 'Collectief vraagafhankelijk vervoer binnen 25 km. Wmo-pas nodig.', ['vervoer'], { fees: 'Wmo-tarief € 1,20 per zone.', area: ALL }),
  svc('Schuldhulpverlening', 'Intake binnen 3 werkdagen, bij dreigende huisuitzetting of afsluiting binnen 3 dagen. Stabilisatie, schuldregeling, doorverwijzing bewind.', ['schulden'], { area: ['Eikendonk', 'Hazelbroek', 'Veldrust'] }),
  svc('Meedoenregeling en bijzondere bijstand', 'Vergoeding voor sport, cultuur, schoolspullen en computer voor huishoudens tot 120% wsm. Bijzondere bijstand voor noodzakelijke kosten.', ['minima'], { apply: 'Digitaal aanvragen met DigiD of op papier via het loket.' }),
  svc('Werk en Inkomen', 'Aanvraag bijstand (Participatiewet), re-integratie, werkfit-trajecten, beschut werk.', ['werk-inkomen'], {}),
  svc('Leerplicht en RMC', 'Leerplichtambtenaar bij verzuim, thuiszitters en vrijstellingen; RMC-trajectbegeleider voor jongeren 18-23 zonder startkwalificatie.', ['onderwijs'], { area: ALL }),
]);

org({ name: 'Gemeente Loosterveen', place: 'Loosterveen', street: 'Dorpsstraat 1', desc: 'Gemeente Loosterveen, ook voor Wilgenaar (samenwerking).' }, [
  svc('Sociaal Loket Loosterveen-Wilgenaar', 'Eén loket voor Wmo, jeugd, werk en inkomen, schulden. Keukentafelgesprek aan huis mogelijk.', ['wmo', 'wijkteam', 'werk-inkomen'], { area: ['Loosterveen', 'Wilgenaar'], hours: 'Ma-do 9-12 uur inloop' }),
]);

org({ name: 'Sociaal Team Eikendonk', place: 'Eikendonk-Centrum', street: 'Kerkstraat 12', desc: 'Generalistische sociale teams per wijk/kern (maatschappelijk werk, jeugd- en gezinswerker, Wmo-consulent, wijkverpleegkundige als liaison).' }, [
  svc('Sociaal Team (volwassenen)', 'Voor vragen en multiproblematiek: geld, wonen, relatie, eenzaamheid, psychosociale problemen, regie kwijt. Maatschappelijk werk, kortdurende begeleiding, toeleiding naar Wmo. Huisarts kan rechtstreeks aanmelden via Veilig Mailen.', ['wijkteam'], { area: ['Eikendonk', 'Hazelbroek', 'Veldrust'], hours: 'Werkdagen 9-17 uur; inloop di en do 9-11' }),
  svc('Jeugd- en gezinsteam', 'Opvoedvragen, gezinsbegeleiding, scheiding, jeugdhulp (Jeugdwet) en toeleiding naar specialistische jeugdhulp. Praktijkondersteuner jeugd (POH-Jeugd) in 6 huisartspraktijken.', ['jeugdhulp', 'opvoeden', 'wijkteam'], { area: ['Eikendonk', 'Hazelbroek', 'Veldrust'] }),
  svc('Aanpak huiselijk geweld', 'Aandachtsfunctionarissen en specialisten HG in het team: veiligheidsplan, ambulante hulp voor slachtoffer, kinderen en pleger, samenwerking met de vrouwenopvang.', ['huiselijk-geweld'], { area: ALL }),
]);

org({ name: 'MEE Eikenland', place: 'Molenkamp', street: 'Vaartweg 2', desc: 'Onafhankelijke cliëntondersteuning en expertise LVB, autisme, NAH.' }, [
  svc('Onafhankelijke cliëntondersteuning', 'Gratis hulp bij het keukentafelgesprek, een Wlz-aanvraag (CIZ), bezwaar, keuze pgb of zorg in natura.', ['clientondersteuning', 'wlz'], { area: ALL, fees: 'Gratis' }),
  svc('Begeleiding LVB', 'Ambulante begeleiding voor mensen met een licht verstandelijke beperking: geld, wonen, werk, relaties.', ['lvb'], { elig: 'IQ-indicatie of vermoeden LVB; Wmo-beschikking.' }),
  svc('Netwerk NAH – NAH-café', 'Maandelijks lotgenotencafé en individuele consulent voor mensen met hersenletsel en naasten.', ['nah'], { hours: '1e woensdag van de maand 14-16' }),
  svc('Autisme Steunpunt', 'Lotgenotengroepen voor volwassenen met autisme (ook late diagnose) en ouders van kinderen met autisme.', ['autisme'], {}),
]);

org({ name: 'Zorginstelling De Lindeboom', place: 'Veldrust', street: 'Lindeboomlaan 50', desc: 'Zorg voor mensen met een verstandelijke beperking. Eigen AVG-artsen.' }, [
  svc('AVG-spreekuur', 'Arts verstandelijk gehandicapten voor consultatie door huisarts of medebehandeling: gedrag, epilepsie, syndroomgebonden zorg, levensloop.', ['lvb', 'avg-arts'], { apply: 'Verwijzing huisarts.', fees: 'Zvw (medisch-specialistische zorg).' }),
  svc('Logeerhuis De Lindeboom', 'Weekendlogeren voor kinderen en volwassenen met een beperking om ouders/mantelzorgers te ontlasten.', ['respijt', 'lvb'], { elig: 'Wlz of Jeugdwet-indicatie.' }),
]);

org({ name: 'Welzijn De Brug', place: 'Eikendonk-Centrum', street: 'Brugstraat 4', desc: 'Welzijnsorganisatie Eikendonk, Hazelbroek en Veldrust.' }, [
  svc('Welzijn op Recept', 'Huisarts of POH verwijst patiënten met psychosociale klachten zonder medische oorzaak (eenzaamheid, zingeving, weinig dagstructuur) naar een welzijnscoach. 3-5 gesprekken, toeleiding naar activiteiten en vrijwilligerswerk.', ['welzijn-op-recept', 'eenzaamheid'], { apply: 'Verwijskaartje of Veilig Mailen door huisarts/POH.', fees: 'Gratis', area: ['Eikendonk', 'Hazelbroek', 'Veldrust'] }),
  svc('Ouderenadviseur', 'Huisbezoek bij 75+: wonen, zorg, geld, levenstestament, verhuizing naar seniorenwoning.', ['ouderenadvies'], { area: ['Eikendonk', 'Hazelbroek', 'Veldrust'] }),
  svc('Maatjesproject Samen Verder', 'Vrijwilliger komt wekelijks langs voor een wandeling, koffie of boodschap. Voor mensen die weinig contacten hebben, ook jongeren en mensen met psychische kwetsbaarheid.', ['eenzaamheid'], { area: ['Eikendonk', 'Hazelbroek', 'Veldrust'] }),
  svc('Buurthuis De Kastanje', 'Inloop met koffie, eettafel op woensdag, biljart, handwerkclub, spreekuren.', ['ontmoeting', 'maaltijden'], { hours: 'Ma-vr 9.30-16.30', at: { name: 'Buurthuis De Kastanje', street: 'Kastanjeplein 1', place: 'Molenkamp' } }),
  svc('AutoMaatje', 'Vrijwilligers rijden minder mobiele inwoners met eigen auto naar huisarts, ziekenhuis of familie.', ['vervoer'], { fees: '€ 0,35 per km' }),
  svc('Jongerenwerk Eikendonk', 'Jongerenwerkers in de wijk en in de Jongerenhuiskamer (14-23 jaar). Ook ambulant jongerenwerk.', ['jongeren'], {}),
  svc('Thuisadministratie en formulierenhulp', 'Vrijwilligers helpen met post, formulieren, toeslagen en de belastingaangifte (IB tot modaal).', ['administratie', 'geldzorgen'], { fees: 'Gratis' }),
]);

org({ name: 'Stichting Welzijn Loosterveen', place: 'Oud-Looster', street: 'Schoolstraat 5', desc: 'Welzijnswerk en dorpshuizen in Loosterveen en Wilgenaar.' }, [
  svc('Dorpshuis Oud-Looster', 'Koffieochtend, samen eten op vrijdag, biljart, yoga.', ['ontmoeting', 'maaltijden'], { hours: 'Di-vr 10-16' }),
  svc('Telefooncirkel en huisbezoek 75+', 'Dagelijks belrondje en vrijwillig huisbezoek voor alleenwonende ouderen.', ['eenzaamheid', 'ouderenadvies'], { area: ['Loosterveen', 'Wilgenaar'] }),
  svc('Welzijnscoach (welzijn op recept)', 'Ook in Loosterveen en Wilgenaar kan de huisarts verwijzen naar een welzijnscoach.', ['welzijn-op-recept'], { area: ['Loosterveen', 'Wilgenaar'] }),
]);

org({ name: 'Mantelzorgsteunpunt Eikenland', place: 'Eikendonk-Centrum', street: 'Brugstraat 4', desc: 'Steunpunt voor mantelzorgers in de hele regio.' }, [
  svc('Mantelzorgconsulent', 'Gesprek over belasting (EDIZ-score), respijtmogelijkheden, werk-zorgcombinatie, regelzaken. Ook bij overbelasting na ziekenhuisopname van de naaste.', ['mantelzorg'], { area: ALL }),
  svc('Respijtzorg en logeren', 'Bemiddeling naar logeeropvang, respijthuis, vrijwillige oppas aan huis (Zorgvrij-vrijwilligers) voor dagdelen.', ['respijt', 'mantelzorg'], { area: ALL }),
  svc('Jonge Mantelzorgers (JMZ)', 'Uitjes, lotgenotengroep en coach voor kinderen en jongeren (8-24) met een zieke ouder, broer of zus.', ['jonge-mantelzorg'], { area: ALL }),
  svc('Mantelzorgwaardering', 'Jaarlijkse waardering (bon € 75) aanvragen tot 1 november.', ['mantelzorg'], { online: true, phone: false }),
]);

org({ name: 'Humanitas Eikenland', place: 'Molenkamp', street: 'Vaartweg 14', desc: 'Vrijwilligersorganisatie.' }, [
  svc('Rouwgroep "Verder na verlies"', 'Acht bijeenkomsten met lotgenoten na het overlijden van partner, kind of ouder. Ook individuele rouwmaatjes.', ['rouw'], { fees: 'Gratis' }),
  svc('Vriendschappelijk huisbezoek', 'Een vaste vrijwilliger voor mensen die eenzaam zijn.', ['eenzaamheid'], { area: ALL }),
  svc('Schuldhulpmaatje', 'Getraind maatje helpt bij geldzaken, papieren ordenen en contact met schuldeisers, naast de gemeentelijke schuldhulp.', ['geldzorgen', 'schulden'], { area: ALL }),
]);

org({ name: 'Rouwcentrum De Overkant', place: 'Veldrust', street: 'Kerkhoflaan 2', desc: 'Rouw- en verliesbegeleiding.' }, [
  svc('Rouwbegeleiding individueel', 'Gesprekken bij gecompliceerde rouw, ook voor kinderen en jongeren. Nabestaanden na suïcide.', ['rouw'], { fees: '€ 75 per gesprek; soms vergoed aanvullende verzekering.' }),
]);

org({ name: 'Voedselbank Eikendonk', place: 'Molenkamp', street: 'Industrieweg 9', desc: 'Voedselpakketten op basis van leefgeld-toets.' }, [
  svc('Voedselpakket', 'Wekelijks pakket. Aanmelding via sociaal team, schuldhulp of maatschappelijk werk (verwijzer vult formulier in).', ['voedselbank'], { area: ALL, hours: 'Uitgifte vrijdag 13-16 uur' }),
]);

org({ name: 'Kringloop & Kledingbank Tweede Leven', place: 'Beukenhof', street: 'Havenweg 18', desc: 'Kringloopwinkel met kledingbank.' }, [
  svc('Kledingbank', 'Gratis kleding en schoenen, 4x per jaar, voor huishoudens met een verwijzing.', ['kledingbank'], { hours: 'Za 10-13' }),
  svc('Kringloopwinkel', 'Goedkope meubels, witgoed en huisraad. Korting met Meedoenpas.', ['kledingbank'], {}),
]);

org({ name: 'Sociaal Raadslieden Eikenland', place: 'Eikendonk-Centrum', street: 'Kerkstraat 12', desc: 'Gratis juridisch en financieel advies.' }, [
  svc('Sociaal raadslieden spreekuur', 'Uitleg brieven, bezwaar (CAK, UWV, Belastingdienst), toeslagen, huurrecht, arbeidsrecht.', ['juridisch', 'administratie'], { hours: 'Ma en do 9-12 zonder afspraak', area: ALL }),
  svc('Juridisch Loket spreekuur Eikendonk', 'Maandelijks spreekuur van het Juridisch Loket in het gemeentehuis: echtscheiding, ontslag, schulden.', ['juridisch'], { hours: '2e dinsdag van de maand' }),
]);

org({ name: 'Woonstichting Eikenland', place: 'Eikendonk-Centrum', street: 'Stationsplein 3', desc: 'Woningcorporatie, 6.800 woningen.' }, [
  svc('Woonconsulent huurachterstand', 'Vroegsignalering: bij 1 maand achterstand huisbezoek en betalingsregeling, samen met schuldhulp (Vroeg Eropaf).', ['huurachterstand'], { area: ALL }),
  svc('Seniorenwoningen en medische urgentie', 'Toewijzing gelijkvloerse en rollatorwoningen; medische urgentie via onafhankelijke indicatie.', ['woningzoeken'], { area: ALL }),
]);

org({ name: 'Stichting Onderdak', place: 'Beukenhof', street: 'Havenweg 40', desc: 'Maatschappelijke opvang regio Eikendonk.' }, [
  svc('Nachtopvang en dagopvang', 'Bed, maaltijd, douche. Aanmelding bij Centrale Toegang; briefadres aanvragen.', ['dakloos'], { hours: 'Nacht 21.00-09.00', area: ALL }),
  svc('Housing First', 'Eigen woning met intensieve begeleiding voor langdurig daklozen met ggz of verslaving.', ['dakloos', 'verslaving'], { status: 'inactive' }),
]);

org({ name: 'Schuilhaven', place: 'Eikendonk-Centrum', street: 'nvt', desc: 'Vrouwen- en gezinsopvang.', secretAddress: true }, [
  svc('Vrouwen- en gezinsopvang', 'Opvang met geheim adres voor vrouwen (en kinderen) die thuis niet veilig zijn. Ook mannenopvang via regio.', ['huiselijk-geweld'], { area: ALL }),
  svc('Training "Stop, denk, doe" – plegerhulp', 'Groepstraining voor mensen die thuis geweld gebruiken of boos worden.', ['huiselijk-geweld'], { area: ALL }),
]);

org({ name: 'JGZ Eikenland', place: 'Beukenhof', street: 'Consultatieweg 1', desc: 'Jeugdgezondheidszorg 0-18 jaar (GGD).' }, [
  svc('Consultatiebureau', 'Groei, ontwikkeling, vaccinaties (Rijksvaccinatieprogramma), voeding en slapen 0-4 jaar.', ['jgz', 'opvoeden'], { area: ALL }),
  svc('Jeugdarts en jeugdverpleegkundige op school', 'Gezondheidsonderzoek in groep 2, 7 en klas 2; spreekuur bij ziekteverzuim (M@ZL).', ['jgz', 'onderwijs'], { area: ALL }),
  svc('Stevig Ouderschap', 'Extra huisbezoeken voor ouders met zorgen rond de geboorte (weinig steun, eigen moeilijke jeugd).', ['opvoeden', 'zwangerschap'], {}),
]);

org({ name: 'Verloskundigenpraktijk Wieg', place: 'Hazelbroek', street: 'Marktstraat 3', desc: 'Eerstelijns verloskunde.' }, [
  svc('Zwangerschapsbegeleiding', 'Controles, echo\'s, bevalling thuis of poliklinisch, kraambed. Ook anticonceptie-advies na bevalling.', ['zwangerschap'], { area: ALL }),
]);

org({ name: 'GGD Eikenland', place: 'Beukenhof', street: 'Consultatieweg 1', desc: 'Publieke gezondheid.' }, [
  svc('Centrum Seksuele Gezondheid', 'Gratis soa-test voor risicogroepen en jongeren tot 25; PrEP; anticonceptie en seksuele vragen (Sense-spreekuur).', ['seksuele-gezondheid'], { area: ALL }),
  svc('EHBO- en reanimatiecursus (AED)', 'Cursus reanimatie en AED voor inwoners en burgerhulpverleners, 1 avond.', ['ehbo'], { fees: '€ 25' }),
]);

org({ name: 'Bibliotheek Eikendonk', place: 'Eikendonk-Centrum', street: 'Boekweg 6', desc: 'Bibliotheek met Taalhuis en Informatiepunt Digitale Overheid.' }, [
  svc('Taalhuis', 'Nederlands leren en oefenen: taalcafé, taalmaatje, lezen en schrijven voor laaggeletterden.', ['taal'], { fees: 'Gratis' }),
  svc('Informatiepunt Digitale Overheid / Klik & Tik', 'Hulp met DigiD, online aanvragen, smartphone en computer.', ['digitaal', 'administratie'], { hours: 'Di 10-12, do 14-16' }),
  svc('Language café (English/Dutch)', 'For internationals and newcomers: practise Dutch in an informal group, every Wednesday evening.', ['taal'], { lang: ['en', 'nl'] }),
]);

org({ name: 'VluchtelingenWerk Eikenland', place: 'Molenkamp', street: 'Vaartweg 14', desc: 'Begeleiding statushouders.' }, [
  svc('Maatschappelijke begeleiding statushouders', 'Eerste 18 maanden: wonen, zorgverzekering, toeslagen, inburgering (Wet inburgering 2021), gezinshereniging.', ['statushouders'], { lang: ['nl', 'en', 'ar', 'ti'], area: ALL }),
]);

org({ name: 'International Welcome Point Eikendonk', place: 'Eikendonk-Centrum', street: 'Stationsplein 1', desc: 'Information desk for expats, international staff and students.' }, [
  svc('Healthcare and registration help', 'Help with registering at a GP (huisarts), Dutch health insurance, BSN, and finding services. Walk-in or online.', ['internationals'], { lang: ['en'], hours: 'Mon-Fri 10-15' }),
  svc('Expat partner career support', 'Workshops and coaching to find work in the region for partners of international employees.', ['werk-internationals'], { lang: ['en'], online: true }),
]);

org({ name: 'Vrijwilligerscentrale Eikenland', place: 'Eikendonk-Centrum', street: 'Brugstraat 4', desc: 'Vacaturebank en advies vrijwilligerswerk.' }, [
  svc('Vacaturebank vrijwilligerswerk', 'Vrijwilligerswerk zoeken, ook met begeleiding voor mensen met een afstand tot de arbeidsmarkt of na burn-out.', ['vrijwilligerswerk'], { area: ALL }),
]);

org({ name: 'Sportservice Eikenland', place: 'Molenkamp', street: 'Sportlaan 2', desc: 'Buurtsportcoaches en Jeugdfonds Sport.' }, [
  svc('Buurtsportcoach / Bewegen op recept', 'Beweegprogramma\'s voor ouderen, chronisch zieken en mensen met overgewicht. Huisarts kan verwijzen.', ['sport', 'leefstijl'], { area: ALL }),
  svc('Jeugdfonds Sport & Cultuur', 'Contributie sportclub of muziekles betaald voor kinderen uit gezinnen met weinig geld. Aanvraag door intermediair.', ['sport', 'minima'], { area: ALL }),
]);

org({ name: 'Hulpmiddelencentrum Eikenland', place: 'Beukenhof', street: 'Havenweg 2', desc: 'Uitleen en levering hulpmiddelen (Zvw en Wmo).' }, [
  svc('Uitleen hulpmiddelen', 'Kortdurende uitleen (max. 26 wk) van rolstoel, krukken, rollator, hoog-laagbed, postoel. Ook aflevering na ontslag.', ['hulpmiddelen'], { area: ALL, fees: 'Vaak vergoed via zorgverzekeraar' }),
]);

org({ name: 'Werkbedrijf Eikenland', place: 'Molenkamp', street: 'Fabrieksweg 1', desc: 'Sociaal werkbedrijf.' }, [
  svc('Participatie en beschut werk', 'Werkervaringsplaatsen, jobcoaching, beschut werk voor mensen met een arbeidsbeperking.', ['werk-inkomen'], { area: ALL }),
]);

org({ name: 'Schoolmaatschappelijk werk Eikenland', place: 'Eikendonk-Centrum', street: 'Kerkstraat 12', desc: 'SMW op alle basis- en middelbare scholen.' }, [
  svc('Schoolmaatschappelijk werk', 'Voor leerlingen en ouders bij problemen thuis of op school, pesten, verzuim.', ['onderwijs', 'jeugdhulp'], { area: ALL }),
]);

org({ name: 'Leger des Heils Eikendonk', place: 'Beukenhof', street: 'Havenweg 44', desc: 'Inloop, maatschappelijke opvang en kledingwinkel.' }, [
  svc('Inloophuis De Haven', 'Dagopvang met warme maaltijd, douche en wasmachine voor dak- en thuislozen en zwerfjongeren. Geen indicatie nodig.', ['dakloos'], { hours: 'Dagelijks 10-16 uur' }),
  svc('Kledingwinkel', 'Tweedehands kleding voor € 1 per stuk; gratis met verwijsbrief.', ['kledingbank'], { hours: 'Wo en za 10-15' }),
]);

org({ name: 'Diaconaal Platform Hazelbroek', place: 'Hazelbroek', street: 'Kerkplein 1', desc: 'Samenwerkende diaconieën en parochiële caritas.' }, [
  svc('Noodfonds', 'Eenmalige gift of renteloze lening bij acute geldnood als de gemeente (nog) niet kan helpen, bv. afsluiting energie. Aanvraag via hulpverlener.', ['geldzorgen', 'minima'], { area: ALL, phone: false }),
]);

org({ name: 'Stichting Leergeld Eikenland', place: 'Eikendonk-Centrum', street: 'Boekweg 6', desc: 'Zodat kinderen kunnen meedoen.' }, [
  svc('Leergeld: meedoen voor kinderen 4-18', 'Fiets, laptop, schoolreis, zwemles of sportclub voor kinderen uit gezinnen met een inkomen tot 130% van het sociaal minimum. Een intermediair komt thuis langs.', ['minima'], { area: ALL }),
]);

org({ name: 'De Wingerd Jeugd & Gezin', place: 'Veldrust', street: 'Wingerdlaan 11', desc: 'Gecontracteerde aanbieder ambulante jeugdhulp (Jeugdwet).' }, [
  svc('Ambulante gezinsbegeleiding', 'Gezinsbegeleider thuis, 3-9 maanden, bij opvoedproblemen, multiprobleemgezinnen en na scheiding.', ['jeugdhulp'], { elig: 'Beschikking Jeugdwet via het jeugd- en gezinsteam of verwijzing huisarts/jeugdarts.' }),
  svc('Cursus Positief Opvoeden (Triple P)', 'Groepscursus van 4 avonden voor ouders van kinderen 2-12 jaar: driftbuien, grenzen stellen, slapen.', ['opvoeden'], { fees: 'Gratis', apply: 'Zelf aanmelden.' }),
]);

org({ name: 'De Zonnebloem afd. Eikendonk', place: 'Molenkamp', street: 'Molenstraat 20', desc: 'Vrijwilligers voor mensen met een lichamelijke beperking of ziekte.' }, [
  svc('Huisbezoek en uitstapjes', 'Vrijwilliger op bezoek, dagjes uit en vakantieweken (aangepast) voor zieken en mensen met een beperking.', ['eenzaamheid'], { area: ALL }),
]);

org({ name: 'Kraamzorg De Nestel', place: 'Hazelbroek', street: 'Marktstraat 5', desc: 'Kraamzorg in de regio.' }, [
  svc('Kraamzorg na de bevalling', 'Kraamverzorgende 8 dagen aan huis, partusassistentie bij thuisbevalling. Inschrijven vóór week 16.', ['zwangerschap'], { fees: 'Zvw; eigen bijdrage € 5,20 per uur.', area: ALL }),
]);

org({ name: 'AA-groep Eikendonk', place: 'Eikendonk-Centrum', street: 'Kerkstraat 30', desc: 'Zelfhulpgroep Anonieme Alcoholisten.' }, [
  svc('AA-meeting', 'Open en gesloten bijeenkomsten voor mensen die willen stoppen met drinken. Geen aanmelding, geen kosten.', ['verslaving'], { hours: 'Donderdag 20.00 in het zaaltje achter de kerk', phone: false }),
]);

org({ name: 'SeniorWeb leslocatie Veldrust', place: 'Veldrust', street: 'Brinkstraat 1', desc: 'Computer- en tabletles voor 50+.' }, [
  svc('Digitaal spreekuur 50+', 'Vragen over tablet, smartphone, WhatsApp, DigiD en internetbankieren. Vrijwillige docenten.', ['digitaal'], { hours: 'Vrijdag 10-12', fees: 'Gratis; cursussen € 25' }),
]);
