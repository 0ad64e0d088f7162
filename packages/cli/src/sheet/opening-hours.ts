import type { Schedule } from '@wijkwijzer/schemas';

/**
 * Opening hours as a municipal team writes them in a spreadsheet cell, read into
 * HSDS weekly schedules: "ma-vr 9:00-17:00", "ma, wo 9-12", "di 13:00-16:30; do
 * 9:00-12:00", "ma t/m do 9-12 en 13-17", "dag en nacht". Parts are separated by
 * `;` or a line break; a part is days, then one or more times.
 */

const WEEK = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
type Weekday = (typeof WEEK)[number];

/** Dutch day names and their usual abbreviations. */
const DAY_NAMES: ReadonlyMap<string, Weekday> = new Map([
  ['ma', 'MO'], ['maa', 'MO'], ['maan', 'MO'], ['maandag', 'MO'],
  ['di', 'TU'], ['din', 'TU'], ['dins', 'TU'], ['dinsdag', 'TU'],
  ['wo', 'WE'], ['woe', 'WE'], ['woens', 'WE'], ['woensdag', 'WE'],
  ['do', 'TH'], ['don', 'TH'], ['donder', 'TH'], ['donderdag', 'TH'],
  ['vr', 'FR'], ['vrij', 'FR'], ['vrijdag', 'FR'],
  ['za', 'SA'], ['zat', 'SA'], ['zaterdag', 'SA'],
  ['zo', 'SU'], ['zon', 'SU'], ['zondag', 'SU'],
]);

const EVERY_DAY = /^(dagelijks|elke dag|iedere dag|alle dagen)$/;
const DAY_AND_NIGHT = /^(dag en nacht|24\/7|24 uur( per dag)?|altijd)$/;

export type HoursResult =
  | { ok: true; schedules: Schedule[] }
  /** `part`: the piece of the cell that could not be read. */
  | { ok: false; part: string };

/** "9", "9:00", "9.30", "09u30" → "09:00"/"09:30"; 24:00 is the end of a day. */
function clockTime(text: string): string | undefined {
  const match = /^(\d{1,2})(?:[:.u](\d{2}))?$/.exec(text);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** "ma-vr", "ma t/m vr", "ma tot en met vr" → MO…FR; a range may wrap past Sunday (vr-ma). */
function dayRange(text: string): Weekday[] | undefined {
  const [from, to, ...more] = text.split(/\s*(?:-|–|t\/m|tot en met)\s*/);
  const first = from === undefined ? undefined : DAY_NAMES.get(from);
  if (first === undefined || more.length > 0) return undefined;
  if (to === undefined) return [first];
  const last = DAY_NAMES.get(to);
  if (last === undefined) return undefined;
  const days: Weekday[] = [];
  for (let index = WEEK.indexOf(first); ; index = (index + 1) % WEEK.length) {
    days.push(WEEK[index] as Weekday);
    if (WEEK[index] === last) return days;
  }
}

/** "ma, wo en vr" or "ma-vr" → the days in week order. */
function daysOf(text: string): Weekday[] | undefined {
  if (EVERY_DAY.test(text)) return [...WEEK];
  const days = new Set<Weekday>();
  for (const piece of text.split(/\s*(?:,|\ben\b|&)\s*/)) {
    const range = dayRange(piece.replace(/\.$/, ''));
    if (!range) return undefined;
    for (const day of range) days.add(day);
  }
  return WEEK.filter((day) => days.has(day));
}

/** "9-12", "9:00 - 17:00", "9-12 en 13-17", "9-12, 13-17" → [opens, closes] pairs. */
function timesOf(text: string): [string, string][] | undefined {
  const spans = text.split(/\s*(?:,|\ben\b|&)\s*/).map((span) => span.replace(/\s*uur$/, ''));
  const times: [string, string][] = [];
  for (const span of spans) {
    const [from, to, ...more] = span.split(/\s*(?:-|–|tot)\s*/);
    const opens = from === undefined ? undefined : clockTime(from);
    const closes = to === undefined ? undefined : clockTime(to);
    if (opens === undefined || closes === undefined || more.length > 0) return undefined;
    times.push([opens, closes]);
  }
  return times;
}

/** One part: days, then times ("ma-vr 9:00-17:00"); the days end where the first digit starts. */
function readPart(part: string): Schedule[] | undefined {
  if (DAY_AND_NIGHT.test(part)) {
    return [{ freq: 'WEEKLY', byday: WEEK.join(','), opens_at: '00:00', closes_at: '24:00', description: 'Dag en nacht' }];
  }
  const firstDigit = part.search(/\d/);
  if (firstDigit <= 0) return undefined;
  const days = daysOf(part.slice(0, firstDigit).replace(/[\s:,]+$/, '').replace(/\s+van$/, ''));
  const times = timesOf(part.slice(firstDigit));
  if (!days || days.length === 0 || !times) return undefined;
  return times.map(([opens, closes]) => ({ freq: 'WEEKLY', byday: days.join(','), opens_at: opens, closes_at: closes }));
}

/** Whether a cell is meant as hours at all: it names a time or a day. Other text ("op afspraak") is kept as words. */
export function looksLikeHours(cell: string): boolean {
  const lower = cell.toLowerCase();
  return /\d/.test(lower) || DAY_AND_NIGHT.test(lower.trim()) || lower.split(/[^a-z]+/).some((word) => DAY_NAMES.has(word));
}

/** Reads a cell of opening hours; the first part that cannot be read is named, so the row's report can quote it. */
export function readOpeningHours(cell: string): HoursResult {
  const schedules: Schedule[] = [];
  for (const raw of cell.split(/\s*(?:;|\n)\s*/)) {
    const part = raw.trim().toLowerCase().replace(/\s+/g, ' ');
    if (part === '') continue;
    const read = readPart(part);
    if (!read) return { ok: false, part: raw.trim() };
    schedules.push(...read);
  }
  return { ok: true, schedules };
}
