import type { ScheduleException } from '@wijkwijzer/schemas';
import { addDays } from './local-date.js';
import { localDate } from './zoned-time.js';
import { dayRule, hasRulesFrom, prepareHours, spansStartingOn, type PreparedHours, type Span } from './day-hours.js';
import { describeMoment } from './moment-text.js';
import { hoursStrings } from './strings.js';
import type { HoursTarget, OpeningOptions, OpeningState } from './types.js';

const DAY_MS = 86_400_000;
/** How far ahead to look for the next opening: a seasonal schedule may start months away. */
const LOOK_AHEAD_DAYS = 366;
/** Open without a break for this long reads as "day and night" rather than a closing time. */
const AROUND_THE_CLOCK_DAYS = 7;

/**
 * Whether a service or location is open at `now` in Utrecht, until when or from
 * when, and a sentence saying so. `now` is injected so results are testable and
 * a server can render for a given moment.
 */
export function openingState(target: HoursTarget, now: Date, options: OpeningOptions = {}): OpeningState {
  const strings = hoursStrings(options.lang);
  const nowMs = now.getTime();
  const prepared = prepareHours(target);
  if (!Number.isFinite(nowMs) || prepared.weekly.length === 0) return { status: 'unknown', text: strings.unknown };

  const today = localDate(nowMs);
  const yesterday = addDays(today, -1);
  // Rules that all ended before yesterday describe the past, not the current hours.
  if (!hasRulesFrom(prepared, yesterday)) return { status: 'unknown', text: strings.unknown };

  const spansByDate = new Map<string, Span[]>();
  const spansOn = (date: string): Span[] => {
    let spans = spansByDate.get(date);
    if (!spans) {
      spans = spansStartingOn(prepared, date);
      spansByDate.set(date, spans);
    }
    return spans;
  };

  const todayRule = dayRule(prepared, today);
  const exception = todayRule.exception;
  const withException = exception ? { exception } : {};

  // A span that holds `now` started today or, running past midnight, yesterday.
  const current = [...spansOn(yesterday), ...spansOn(today)].filter((s) => s.start <= nowMs && nowMs < s.end);
  if (current.length > 0) {
    const closesAt = continuousEnd(current, spansOn, today);
    if (closesAt - nowMs >= AROUND_THE_CLOCK_DAYS * DAY_MS) {
      return { status: 'open', ...withException, text: strings.aroundTheClock };
    }
    const startedToday = current.some((s) => s.date === today);
    const text =
      strings.openNow +
      strings.separator +
      strings.closes(describeMoment(closesAt, today, strings, true)) +
      (startedToday ? specialHoursNote(exception) : '');
    return { status: 'open', closesAt: new Date(closesAt), ...withException, text };
  }

  const next = nextOpening(prepared, spansOn, today, nowMs);
  const head =
    exception?.closed === true
      ? strings.closedToday + (exception.description ? ` (${exception.description})` : '')
      : strings.closed;
  if (!next) return { status: 'closed', ...withException, text: head };
  const text =
    head +
    strings.separator +
    strings.opens(describeMoment(next.start, today, strings)) +
    specialHoursNote(dayRule(prepared, next.date).exception);
  return { status: 'closed', opensAt: new Date(next.start), ...withException, text };
}

/** The end of the open stretch holding `now`, following spans that touch or overlap (a weekend of all-day spans). */
function continuousEnd(current: readonly Span[], spansOn: (date: string) => Span[], today: string): number {
  let end = Math.max(...current.map((s) => s.end));
  const ahead: Span[] = [];
  for (let day = 0; day <= AROUND_THE_CLOCK_DAYS + 1; day += 1) ahead.push(...spansOn(addDays(today, day)));
  ahead.sort((a, b) => a.start - b.start);
  for (const span of ahead) {
    if (span.start > end) break;
    if (span.end > end) end = span.end;
  }
  return end;
}

function nextOpening(
  prepared: PreparedHours,
  spansOn: (date: string) => Span[],
  today: string,
  nowMs: number,
): Span | undefined {
  const lastException = [...prepared.exceptions.keys()].sort().at(-1) ?? '';
  for (let day = 0; day <= LOOK_AHEAD_DAYS; day += 1) {
    const date = addDays(today, day);
    const upcoming = spansOn(date).filter((s) => s.start > nowMs);
    if (upcoming.length > 0) return upcoming.reduce((a, b) => (b.start < a.start ? b : a));
    // Past the end of every rule and exception nothing can open again; stop scanning early.
    if (!hasRulesFrom(prepared, date) && lastException <= date) return undefined;
  }
  return undefined;
}

/** " (Oudejaarsdag)" when special hours of an exception apply, so a reader knows why they differ. */
function specialHoursNote(exception: ScheduleException | undefined): string {
  return exception && !exception.closed && exception.description && exception.opens_at !== undefined
    ? ` (${exception.description})`
    : '';
}
