import { stringTables } from '../internal/localize.js';

/**
 * The explainer's words. Dutch at B1 level, with "je" as the feed's own texts
 * use; the professional view may be more technical. The content itself
 * (titles, descriptions) comes from the feed and is shown as published.
 */
const nl = {
  // Sections
  whatIsIt: 'Wat is het?',
  forWhom: 'Voor wie?',
  aim: 'Doel',
  targetGroup: 'Doelgroep',
  stepsTitle: 'Zo gaat het',
  stepsTitleProfessional: 'Stappen en rollen',
  stepsLabel: (name: string) => `Stappen van ${name}`,
  stepPrefix: (n: string, total: string) => `Stap ${n} van ${total}:`,
  stepsHint: 'Gebruik de pijltjestoetsen om naar een andere stap te gaan.',
  whoHelps: 'Wie helpt je',
  roles: 'Rollen',
  whoRefers: 'Wie verwijst',
  referredBy: 'Verwijzer',
  howLong: 'Hoe lang',
  duration: 'Duur',
  whatProfessionalDoes: 'Wat doet de professional',
  forResident: 'Voor de inwoner',
  stepServices: 'Hier kun je terecht',
  stepServicesProfessional: 'Aanbod in deze stap',
  howToStart: 'Hoe begin ik?',
  referralRoute: 'Instroom en verwijsroute',
  entryKind: (kind: string) =>
    ({
      huisarts: 'Via de huisarts',
      buurtteam: 'Via het buurtteam',
      zelf: 'Zelf aanmelden',
      jgz: 'Via het consultatiebureau (JGZ)',
      wijkverpleging: 'Via de wijkverpleging',
      school: 'Via school',
      verloskundige: 'Via de verloskundige',
    })[kind] ?? 'Via een andere zorgverlener',
  referralInSteps: 'Verwijzingen in de stappen',
  // Implementation
  statusTitle: (area: string) => `Hoe ver is ${area}?`,
  statusTitleNoArea: 'Waar loopt deze aanpak?',
  status: (status: string) =>
    ({
      'niet-gestart': 'Nog niet gestart',
      opstartend: 'Net begonnen',
      gevorderd: 'Loopt al een tijd',
      geborgd: 'Vast onderdeel van de zorg',
      'via-andere-regio': 'Loopt via een andere regio',
      onbekend: 'Niet bekend',
    })[status] ?? status,
  statusExplained: (status: string, area: string) =>
    ({
      'niet-gestart': `In ${area} is deze aanpak nog niet gestart. Vraag je huisarts of het buurtteam wat er wel kan.`,
      opstartend: `In ${area} is deze aanpak net begonnen. Nog niet alles is overal te krijgen.`,
      gevorderd: `In ${area} loopt deze aanpak al een tijd.`,
      geborgd: `In ${area} hoort deze aanpak vast bij de zorg.`,
      'via-andere-regio': `Voor ${area} loopt deze aanpak via een andere regio. Je huisarts weet waar je terecht kunt.`,
      onbekend: `Voor ${area} weten we niet hoe ver deze aanpak is. Vraag het je huisarts of het buurtteam.`,
    })[status] ?? '',
  statusFrom: (area: string) => `Dit staat in de gegevens voor heel ${area}.`,
  statusWithin: (area: string) => `In delen van ${area}:`,
  notKnownIn: (area: string) => `Deze aanpak is (nog) niet bekend in ${area}. Vraag het je huisarts of het buurtteam.`,
  chooseArea: 'Kies een gemeente of wijk om te zien hoe ver deze aanpak daar is.',
  unknownArea: (asked: string) => `We kennen het gebied "${asked}" niet. Hieronder staat alles voor de hele regio.`,
  unknownWijk: (asked: string, area: string) => `We kennen de wijk "${asked}" niet. Hieronder staat wat we weten over ${area}.`,
  sourceOf: (name: string) => `Bron: ${name}`,
  // Services
  servicesTitle: 'Hulp in de buurt',
  servicesTitleIn: (area: string) => `Hulp in en rond ${area}`,
  showAllServices: (count: string) => `Toon alle ${count} plekken voor hulp`,
  noServices: 'Er is nog geen hulp bij deze aanpak bekend in dit gebied. Vraag je huisarts of het buurtteam.',
  call: (number: string) => `Bel ${number}`,
  website: (name: string) => `Website van ${name}`,
  referral: (kind: string) =>
    ({
      geen: 'Geen verwijzing nodig',
      huisarts: 'Verwijzing via de huisarts',
      buurtteam: 'Via het buurtteam',
      'wmo-beschikking': 'Wmo-beschikking nodig',
      'wlz-indicatie': 'Wlz-indicatie nodig',
    })[kind] ?? '',
  // Eligibility; the professional's words speak about the client.
  checkTitle: 'Past dit bij mij? Doe de check',
  checkTitleProfessional: 'Indicatieve check op de voorwaarden',
  checkIntro: 'Beantwoord een paar vragen. De uitkomst is alleen een eerste indicatie: geen diagnose en geen besluit.',
  checkPrivacy: 'Je antwoorden blijven op dit apparaat. We bewaren niets en versturen niets.',
  checkPrivacyProfessional: 'De antwoorden over de cliënt blijven op dit apparaat. Er wordt niets bewaard of verstuurd.',
  age: 'Leeftijd (in jaren)',
  ageMonths: 'Leeftijd (in maanden)',
  length: 'Lengte (in cm)',
  weight: 'Gewicht (in kg)',
  bmi: (value: string) => `Je BMI is ${value}.`,
  bmiProfessional: (value: string) => `De BMI van de cliënt is ${value}.`,
  waist: 'Buikomvang (in cm)',
  /** The unit shown beside a number field (`age`, `age-months`, `length`, `weight`, `waist`). */
  unit: (field: string) => ({ age: 'jaar', 'age-months': 'maanden', length: 'cm', weight: 'kg', waist: 'cm' })[field] ?? '',
  /** A number field as the outcome names it when its answer cannot be right. */
  fieldName: (field: string) =>
    ({ age: 'leeftijd', 'age-months': 'leeftijd in maanden', length: 'lengte', weight: 'gewicht', waist: 'buikomvang' })[field] ?? field,
  /** Beside a number field whose answer cannot be right: what is wrong and what to fill in. */
  fieldInvalid: (field: string) =>
    ({
      age: 'Deze leeftijd klopt niet. Vul je leeftijd in jaren in, bijvoorbeeld 45.',
      'age-months': 'Deze leeftijd klopt niet. Vul de leeftijd in maanden in, bijvoorbeeld 18.',
      length: 'Deze lengte klopt niet. Vul je lengte in centimeter in, bijvoorbeeld 175.',
      weight: 'Dit gewicht klopt niet. Vul je gewicht in kilo in, bijvoorbeeld 80.',
      waist: 'Deze buikomvang klopt niet. Vul je buikomvang in centimeter in, bijvoorbeeld 95.',
    })[field] ?? '',
  fieldInvalidProfessional: (field: string) =>
    ({
      age: 'Deze leeftijd klopt niet. Vul de leeftijd van de cliënt in jaren in, bijvoorbeeld 45.',
      'age-months': 'Deze leeftijd klopt niet. Vul de leeftijd van de cliënt in maanden in, bijvoorbeeld 18.',
      length: 'Deze lengte klopt niet. Vul de lengte van de cliënt in centimeter in, bijvoorbeeld 175.',
      weight: 'Dit gewicht klopt niet. Vul het gewicht van de cliënt in kilo in, bijvoorbeeld 80.',
      waist: 'Deze buikomvang klopt niet. Vul de buikomvang van de cliënt in centimeter in, bijvoorbeeld 95.',
    })[field] ?? '',
  sex: 'Geslacht',
  man: 'Man',
  vrouw: 'Vrouw',
  conditions: 'Heb je een van deze aandoeningen?',
  conditionsProfessional: 'Heeft de cliënt een van deze aandoeningen?',
  checkSubmit: 'Bekijk de uitkomst',
  checkClear: 'Wis mijn antwoorden',
  checkClearProfessional: 'Wis de antwoorden',
  resultYes: 'Je komt mogelijk in aanmerking. Bespreek het met je huisarts.',
  resultYesProfessional: 'De cliënt komt mogelijk in aanmerking. Verwijs of meld aan volgens de verwijsroute hieronder.',
  resultNo: 'Op basis van deze antwoorden kom je waarschijnlijk niet in aanmerking. Twijfel je? Vraag het je huisarts.',
  resultNoProfessional: 'Op basis van deze antwoorden komt de cliënt waarschijnlijk niet in aanmerking. Bij twijfel: overleg met de aanbieder.',
  resultIncomplete: 'Vul meer vragen in om een uitkomst te zien.',
  /** `fields`: the answers that cannot be right, as a list ("leeftijd en lengte"). */
  resultInvalid: (fields: string) => `Kijk nog eens wat je hebt ingevuld bij ${fields}. Daarna zie je de uitkomst.`,
  resultInvalidProfessional: (fields: string) => `Controleer wat is ingevuld bij ${fields}. Daarna volgt de uitkomst.`,
  // Professional details
  kpis: 'Doelen en indicatoren',
  kpiTarget: (target: string) => `Streefwaarde: ${target}`,
  sources: 'Bronnen',
  lastReviewed: (date: string) => `Laatst nagekeken op ${date}.`,
  validity: (from: string, to: string) => (to ? `Geldig van ${from} tot en met ${to}.` : `Geldig vanaf ${from}.`),
  expired: (date: string) => `Let op: deze informatie gold tot ${date}. Misschien is er iets veranderd.`,
  // States
  pathwayMissing: 'Geen ketenaanpak gekozen: het attribuut "pathway" ontbreekt.',
  pathwayUnknown: (id: string) => `We kennen de ketenaanpak "${id}" niet. Kijk of de naam goed is geschreven.`,
  pathwayChoices: (list: string) => `Deze ketenaanpakken staan in de gegevens: ${list}.`,
};

export type UitlegStrings = typeof nl;

export const UITLEG_STRINGS = stringTables(nl, () => import('./ketenaanpak-uitleg.strings.en.js'));
