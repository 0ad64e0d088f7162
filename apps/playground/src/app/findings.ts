import type { FeedFinding, UnusableProblem } from '@wijkwijzer/cli/validate';
import type { UiLang } from './i18n.js';

/**
 * The validator's findings in words a content editor reads: Dutch by default,
 * English as the CLI says it. The validator's stable codes (`kind`, `code`) are
 * translated; the field path stays as the validator gives it (`phones.0.number`),
 * because that is how the publisher finds the spot in the data.
 */

const DATASET_NL: Readonly<Record<string, string>> = {
  areas: 'gebieden',
  organizations: 'organisaties',
  services: 'diensten',
  pathways: 'ketenaanpakken',
  availability: 'wachttijden en plekken',
  norms: 'normen',
  taxonomy: 'begrippen',
};

export function datasetLabel(dataset: string, lang: UiLang): string {
  return lang === 'nl' ? (DATASET_NL[dataset] ?? dataset) : dataset;
}

/** The schemas' own messages, word for word, in Dutch. */
const FIXED_NL: Readonly<Record<string, string>> = {
  'a CBS code looks like GM0344, WK034401 or BU03440101': 'een CBS-code ziet eruit als GM0344, WK034401 of BU03440101',
  'a Dutch postal code looks like 3511 AB': 'een postcode ziet eruit als 3511 AB',
  'a country is an ISO 3166 code, e.g. NL': 'een land is een ISO 3166-code, bijvoorbeeld NL',
  'a currency is an ISO 4217 code': 'een valuta is een ISO 4217-code, bijvoorbeeld EUR',
  'a hash looks like sha256-<base64 digest>': 'een hash ziet eruit als sha256-<base64>',
  'a partition file is named <name>.<its SHA-256 in hex>.json':
    'een partitiebestand heet <naam>.<8 of meer hexcijfers van zijn SHA-256>.json',
  'a link starts with http:// or https://': 'een link begint met http:// of https://',
  'a numeric value needs a unit (dagen, werkdagen, weken or plekken)': 'een getal heeft een eenheid nodig (dagen, werkdagen, weken of plekken)',
  'a norm needs a max_value, a target, or both': 'een norm heeft een max_value, een target of allebei nodig',
  'the target is above the max_value': 'de target is hoger dan de max_value',
  'byday lists weekdays as MO,TU,WE,TH,FR,SA,SU, or numbered as 3TH (third Thursday) or -1FR (last Friday)':
    'byday noemt weekdagen als MO,TU,WE,TH,FR,SA,SU, of genummerd als 3TH (derde donderdag) of -1FR (laatste vrijdag)',
  'a time is written HH:MM, e.g. 09:00': 'een tijd schrijf je als UU:MM, bijvoorbeeld 09:00',
  'a version looks like 1.0.0': 'een versie ziet eruit als 1.0.0',
  'an id uses letters, digits, ".", "_", ":" and "-" only': 'een id bestaat alleen uit letters, cijfers, ".", "_", ":" en "-"',
  'minimum_age is above maximum_age': 'minimum_age is hoger dan maximum_age',
  'patientenstop and bereikbaarheid take true/false; other metrics take a number':
    'patientenstop en bereikbaarheid zijn true/false; andere soorten zijn een getal',
  'text must not be empty': 'tekst mag niet leeg zijn',
  'a dataset url is relative or http(s)': 'een dataset-url is relatief of http(s)',
  'matches none of the allowed forms': 'past bij geen van de toegestane vormen',
  'is not valid': 'is niet geldig',
};

const TYPE_NL: Readonly<Record<string, string>> = {
  string: 'tekst',
  number: 'een getal',
  boolean: 'true of false',
  object: 'een object',
  array: 'een lijst',
  nonoptional: 'een waarde (dit veld is verplicht)',
};

/** The patterns `describeIssue` builds, in Dutch. Anything unknown stays in English rather than being guessed. */
export function translateMessage(message: string, lang: UiLang): string {
  if (lang === 'en') return message;
  const fixed = FIXED_NL[message];
  if (fixed) return fixed;
  let match = /^expected one of (.+)$/.exec(message);
  if (match) return `verwacht een van ${match[1]?.replace(/, /g, ', ')}`;
  match = /^expected (\w+)$/.exec(message);
  if (match) return `verwacht ${TYPE_NL[match[1] ?? ''] ?? match[1]}`;
  match = /^needs at least (\d+) item\(s\)$/.exec(message);
  if (match) return `heeft minstens ${match[1]} item(s) nodig`;
  match = /^needs at least (\d+) character\(s\)$/.exec(message);
  if (match) return `heeft minstens ${match[1]} teken(s) nodig`;
  match = /^may have at most (\d+) characters$/.exec(message);
  if (match) return `mag hoogstens ${match[1]} tekens hebben`;
  match = /^must be (at least|more than|at most|less than) (.+)$/.exec(message);
  if (match) {
    const words: Record<string, string> = { 'at least': 'minstens', 'more than': 'meer dan', 'at most': 'hoogstens', 'less than': 'minder dan' };
    return `moet ${words[match[1] ?? ''] ?? match[1]} ${match[2]} zijn`;
  }
  match = /^is not a valid (.+)$/.exec(message);
  if (match) return `is geen geldige ${match[1]}`;
  return message;
}

/** One problem, as a row of the report table. */
export interface FindingRow {
  dataset: string;
  /** The record: its id, else its position in the file. */
  record: string;
  /** The field, as the validator names it; empty for problems with the whole file. */
  field: string;
  reason: string;
}

function recordLabel(id: string | undefined, index: number | undefined, lang: UiLang): string {
  const position = index === undefined ? '' : lang === 'nl' ? `nr. ${index + 1} in het bestand` : `#${index}`;
  if (id === undefined) return position || (lang === 'nl' ? '(geen id)' : '(no id)');
  return position ? `${id} (${position})` : id;
}

export function findingRow(finding: FeedFinding, lang: UiLang): FindingRow {
  const nl = lang === 'nl';
  const dataset = datasetLabel(finding.dataset, lang);
  switch (finding.kind) {
    case 'invalid-record':
      return {
        dataset,
        record: recordLabel(finding.id, finding.index, lang),
        field: finding.path,
        reason: `${translateMessage(finding.message, lang)}${nl ? ' — dit record wordt overgeslagen' : ' — this record is skipped'}`,
      };
    case 'duplicate-id':
      return {
        dataset,
        record: recordLabel(finding.id, finding.index, lang),
        field: 'id',
        reason: nl
          ? `dit id komt twee keer voor (eerst als nr. ${finding.firstIndex + 1}); het tweede record wordt overgeslagen`
          : `used twice (first at #${finding.firstIndex}); the second record is skipped`,
      };
    case 'dangling-reference':
      return {
        dataset,
        record: finding.id,
        field: finding.path,
        reason:
          finding.target === 'locations'
            ? nl
              ? `verwijst naar locatie "${finding.missingId}", maar dienst "${finding.owner}" heeft die niet`
              : `points to location "${finding.missingId}", which service "${finding.owner}" does not have`
            : nl
              ? `verwijst naar ${datasetLabel(finding.target, lang)} "${finding.missingId}", maar dat staat niet in de feed`
              : `points to ${finding.target} "${finding.missingId}", which is not in the feed`,
      };
    case 'hash-mismatch':
      return {
        dataset,
        record: '',
        field: 'hash',
        // A partition file's hash is the one in its name (contract 1.1); a dataset's, the one in index.json.
        reason: finding.expected.startsWith('sha256-')
          ? nl
            ? `index.json noemt ${finding.expected}, maar het bestand heeft ${finding.actual}: is het bestand na het bouwen nog veranderd?`
            : `index.json says ${finding.expected}, the file is ${finding.actual} (changed after the build?)`
          : nl
            ? `de bestandsnaam noemt ${finding.expected}, maar het bestand heeft ${finding.actual}: is het bestand na het bouwen nog veranderd?`
            : `its name says ${finding.expected}, the file is ${finding.actual} (changed after the build?)`,
      };
    case 'count-mismatch':
      return {
        dataset,
        record: '',
        field: 'count',
        reason: nl
          ? `index.json noemt ${finding.expected} records, het bestand heeft er ${finding.actual}`
          : `index.json says ${finding.expected}, the file has ${finding.actual}`,
      };
    case 'partition-missing-service':
      return {
        dataset,
        record: finding.id,
        field: '',
        reason: nl
          ? `ontbreekt in deel ${finding.partition} van de feed; een pagina die per gebied laadt, vindt deze dienst niet`
          : `missing from partition ${finding.partition}; a page that loads by area will not find it`,
      };
    case 'partition-misplaced-area':
      return {
        dataset,
        record: finding.id,
        field: '',
        reason:
          finding.problem === 'missing'
            ? nl
              ? `ontbreekt in gebiedsdeel ${finding.partition} van de feed; een pagina over dat gebied kent het niet`
              : `missing from area partition ${finding.partition}; a page about that area will not know it`
            : nl
              ? `staat in gebiedsdeel ${finding.partition}, waar het niet hoort`
              : `in area partition ${finding.partition}, where it does not belong`,
      };
  }
}

const UNUSABLE_NL: Readonly<Record<UnusableProblem['code'], string>> = {
  'manifest-missing': 'Op dit adres staat geen index.json. Een feed begint met index.json; controleer het adres.',
  'manifest-unreachable': 'De feed is niet bereikbaar. Controleer het adres, en of de server CORS toestaat voor deze site.',
  'manifest-refused': 'index.json ligt buiten de map of de website van de feed en is niet gelezen.',
  'manifest-not-json': 'index.json is geen geldige JSON.',
  'manifest-invalid': 'index.json klopt niet met het gegevenscontract.',
  'contract-unsupported': 'De feed gebruikt een versie van het gegevenscontract die deze Wijkwijzer niet kan lezen.',
  'dataset-missing': 'Een bestand dat index.json noemt, bestaat niet.',
  'dataset-unreachable': 'Een bestand van de feed is niet bereikbaar.',
  'dataset-refused': 'Een bestand dat index.json noemt, ligt buiten de map of de website van de feed en is niet gelezen.',
  'dataset-not-json': 'Een bestand van de feed is geen geldige JSON.',
  'dataset-not-a-list': 'Een bestand van de feed is geen lijst van records (een JSON-array of { "items": [...] }).',
};

/** Why (part of) the feed cannot be read at all; the validator's English detail follows for the technician. */
export function unusableText(problem: UnusableProblem, lang: UiLang): { summary: string; detail: string } {
  const dataset = problem.dataset ? `${datasetLabel(problem.dataset, lang)}: ` : '';
  const summary = lang === 'nl' ? `${dataset}${UNUSABLE_NL[problem.code]}` : problem.message;
  const issues = (problem.issues ?? []).map((issue) => `${issue.path} ${translateMessage(issue.message, lang)}`);
  const detail = lang === 'nl' ? [problem.message, ...issues].join('; ') : issues.slice(1).join('; ');
  return { summary, detail };
}
