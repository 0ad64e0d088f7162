/**
 * What `import sheet` says about a spreadsheet, in Dutch (the team that keeps the
 * sheet) and English. Problems carry a stable code; the words live here only.
 */

export type SheetLang = 'nl' | 'en';

/** Why a row was left out of the feed. */
export type RowErrorCode =
  | 'required'
  | 'postal-code'
  | 'address-incomplete'
  | 'phone'
  | 'website'
  | 'opening-hours'
  | 'date'
  | 'choice'
  | 'extra-cells'
  | 'unclosed-quote';

/** What was kept, but not as the sheet meant it. */
export type RowWarningCode = 'not-in-taxonomy' | 'no-taxonomy' | 'hours-as-text' | 'same-name' | 'example-row';

export interface RowNote<C extends string> {
  /** The row as the spreadsheet numbers it: the header is row 1. */
  row: number;
  /** The column's header as the sheet writes it; empty for the row as a whole. */
  column: string;
  code: C;
  /** The cell, or the part of it that is the problem. */
  value?: string;
  /** For `choice`: the values the column takes. For `extra-cells`: the counts. For `same-name`: the id given. */
  detail?: string;
}

export type RowError = RowNote<RowErrorCode>;
export type RowWarning = RowNote<RowWarningCode>;

interface SheetStrings {
  where(row: number, column: string): string;
  errors: Record<RowErrorCode, (note: RowError) => string>;
  warnings: Record<RowWarningCode, (note: RowWarning) => string>;
  unusedColumns(columns: string[]): string;
  imported(file: string, out: string, organizations: number, services: number, taxonomy: number): string;
  warningsHeading(count: number): string;
  errorsHeading(count: number): string;
  placeholders: string;
  missingColumns(file: string, columns: string[]): string;
  nothingRead(file: string): string;
}

const NL: SheetStrings = {
  where: (row, column) => (column === '' ? `rij ${row}` : `rij ${row}, kolom ${column}`),
  errors: {
    required: () => 'is leeg; elke dienst heeft een naam en een organisatie nodig',
    'postal-code': (note) => `"${note.value}" is geen postcode; schrijf die als 3511 AB`,
    'address-incomplete': () => 'een adres heeft een straat met huisnummer (adres), een postcode en een plaats nodig; vul ze alle drie in of laat ze alle drie leeg',
    phone: (note) => `"${note.value}" is geen telefoonnummer; gebruik alleen cijfers, spaties en streepjes, zoals 030 123 45 67`,
    website: (note) => `"${note.value}" is geen webadres, zoals https://www.voorbeeld.nl`,
    'opening-hours': (note) => `"${note.value}" is niet te lezen als openingstijden; schrijf bijvoorbeeld "ma-vr 9:00-17:00", "ma, wo 9-12" of "dag en nacht"`,
    date: (note) => `"${note.value}" is geen datum; schrijf die als 2026-11-30 of 30-11-2026`,
    choice: (note) => `"${note.value}" kennen we niet; kies uit: ${note.detail}`,
    'extra-cells': (note) => `de rij heeft meer cellen dan de kop kolommen heeft (${note.detail}); staat er een scheidingsteken te veel?`,
    'unclosed-quote': () => 'een aanhalingsteken (") gaat open maar nooit dicht; de rest van het bestand is niet gelezen',
  },
  warnings: {
    'not-in-taxonomy': (note) => `"${note.value}" staat niet in de lijst van de regio; bewaard als tekst`,
    'no-taxonomy': (note) => `"${note.value}" bewaard als tekst: geef met --taxonomy de lijst van de regio mee om er een begrip van te maken`,
    'hours-as-text': (note) => `"${note.value}" zijn geen tijden; bewaard als tekst bij de openingstijden`,
    'same-name': (note) => `de naam komt vaker voor; deze dienst heeft id ${note.detail}`,
    'example-row': () => 'dit is een voorbeeldrij van het sjabloon (verzonnen); haal die weg voordat je publiceert',
  },
  unusedColumns: (columns) => `kolom(men) die we niet gebruiken: ${columns.join(', ')}`,
  imported: (file, out, organizations, services, taxonomy) =>
    `${file} ingelezen in ${out}: ${organizations} organisatie(s), ${services} dienst(en), ${taxonomy} begrip(pen)`,
  warningsHeading: (count) => `Let op (${count}):`,
  errorsHeading: (count) => `${count} rij(en) konden niet worden gelezen en staan niet in de feed:`,
  placeholders: 'uitgever en/of licentie zijn nog niet ingevuld: geef --publisher-name en --license mee voordat je publiceert',
  missingColumns: (file, columns) =>
    `${file} mist de kolom(men) ${columns.join(', ')}; de eerste rij moet de kolomnamen van het sjabloon hebben (naam;omschrijving;organisatie;…)`,
  nothingRead: (file) => `uit ${file} is geen enkele dienst gelezen; er is niets geschreven`,
};

const EN: SheetStrings = {
  where: (row, column) => (column === '' ? `row ${row}` : `row ${row}, column ${column}`),
  errors: {
    required: () => 'is empty; every service needs a name (naam) and an organisation (organisatie)',
    'postal-code': (note) => `"${note.value}" is not a Dutch postal code such as 3511 AB`,
    'address-incomplete': () => 'an address needs a street and number (adres), a postal code (postcode) and a town (plaats): fill in all three or none',
    phone: (note) => `"${note.value}" is not a phone number: digits, spaces and dashes only, such as 030 123 45 67`,
    website: (note) => `"${note.value}" is not a web address such as https://www.example.nl`,
    'opening-hours': (note) => `cannot read "${note.value}" as opening hours; write e.g. "ma-vr 9:00-17:00", "ma, wo 9-12" or "dag en nacht"`,
    date: (note) => `"${note.value}" is not a date; write 2026-11-30 or 30-11-2026`,
    choice: (note) => `"${note.value}" is not a known value; choose from: ${note.detail}`,
    'extra-cells': (note) => `the row has more cells than the header has columns (${note.detail}); is there a separator too many?`,
    'unclosed-quote': () => 'a quote (") is opened and never closed; the rest of the file could not be read',
  },
  warnings: {
    'not-in-taxonomy': (note) => `"${note.value}" is not in the region's list; kept as text`,
    'no-taxonomy': (note) => `"${note.value}" kept as text: pass the region's list with --taxonomy to make it a term`,
    'hours-as-text': (note) => `"${note.value}" holds no times; kept as text with the opening hours`,
    'same-name': (note) => `the name is used more than once; this service has id ${note.detail}`,
    'example-row': () => 'an example row of the template (made up): delete it before publishing',
  },
  unusedColumns: (columns) => `column(s) not used: ${columns.join(', ')}`,
  imported: (file, out, organizations, services, taxonomy) =>
    `Imported ${file} into ${out}: ${organizations} organisation(s), ${services} service(s), ${taxonomy} taxonomy term(s)`,
  warningsHeading: (count) => `Notes (${count}):`,
  errorsHeading: (count) => `${count} row(s) could not be read and are not in the feed:`,
  placeholders: 'publisher and/or license are placeholders: pass --publisher-name and --license before publishing',
  missingColumns: (file, columns) =>
    `${file} lacks the column(s) ${columns.join(', ')}; the first row must hold the template's column names (naam;omschrijving;organisatie;…)`,
  nothingRead: (file) => `no service could be read from ${file}; nothing was written`,
};

export const SHEET_STRINGS: Readonly<Record<SheetLang, SheetStrings>> = { nl: NL, en: EN };

export function describeError(error: RowError, lang: SheetLang): string {
  const strings = SHEET_STRINGS[lang];
  return `${strings.where(error.row, error.column)}: ${strings.errors[error.code](error)}`;
}

export function describeWarning(warning: RowWarning, lang: SheetLang): string {
  const strings = SHEET_STRINGS[lang];
  return `${strings.where(warning.row, warning.column)}: ${strings.warnings[warning.code](warning)}`;
}
