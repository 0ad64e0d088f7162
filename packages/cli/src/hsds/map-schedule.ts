import { ByDay, ClockTime, Id, IsoDate, Text, type Schedule } from '@wijkwijzer/schemas';
import { isObject } from '../json.js';
import { ourId, readExtension } from './extension.js';
import { checked, compact, datePart, noteIgnored, text, type MapContext } from './fields.js';

const EVERY_DAY = 'MO,TU,WE,TH,FR,SA,SU';

/** `9:00`, `09:00:00` or `09:00:00+01:00` → `09:00` / `09:00:00`: the wall-clock part HSDS means. */
function clockTime(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const match = /^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(value);
  if (!match) return value;
  const [, hours = '', minutes = '', seconds] = match;
  return `${hours.padStart(2, '0')}:${minutes}${seconds === undefined ? '' : `:${seconds}`}`;
}

/**
 * HSDS schedule → ours. We keep the weekly rule (freq, byday, opens/closes,
 * validity) and leave out the rest of iCal (dtstart, until, count, interval,
 * byweekno, bymonthday…), which our schedule has no place for.
 */
export function mapSchedule(raw: unknown, ctx: MapContext): Schedule | undefined {
  if (!isObject(raw)) return undefined;
  noteIgnored(raw, 'schedule', ctx);
  let freq: Schedule['freq'];
  let byday = typeof raw.byday === 'string' ? raw.byday.toUpperCase().replace(/\s+/g, '') : raw.byday;
  const rawFreq = typeof raw.freq === 'string' ? raw.freq.trim().toUpperCase() : undefined;
  if (rawFreq === 'WEEKLY' || rawFreq === 'MONTHLY') {
    freq = rawFreq;
  } else if (rawFreq === 'DAILY') {
    // Daily is weekly on every day, which our weekly rules can say.
    freq = 'WEEKLY';
    byday = byday ?? EVERY_DAY;
  } else if (rawFreq !== undefined && rawFreq !== '') {
    ctx.notes.add(`${ctx.where}: left out schedule freq "${rawFreq}" (we support WEEKLY, MONTHLY and DAILY)`);
  }
  const schedule = compact({
    id: ourId(readExtension(raw, 'schedule', ctx), checked(Id, raw.id, 'schedule id', ctx)),
    freq,
    byday: checked(ByDay, byday, 'schedule byday', ctx),
    opens_at: checked(ClockTime, clockTime(raw.opens_at), 'schedule opens_at', ctx),
    closes_at: checked(ClockTime, clockTime(raw.closes_at), 'schedule closes_at', ctx),
    valid_from: checked(IsoDate, datePart(raw.valid_from), 'schedule valid_from', ctx),
    valid_to: checked(IsoDate, datePart(raw.valid_to), 'schedule valid_to', ctx),
    description: checked(Text, text(raw.description), 'schedule description', ctx),
    attending_type: checked(Text, text(raw.attending_type), 'schedule attending_type', ctx),
    notes: checked(Text, text(raw.notes), 'schedule notes', ctx),
  });
  const saysSomething = ['byday', 'opens_at', 'closes_at', 'description'].some((key) => key in schedule);
  if (!saysSomething) {
    ctx.notes.add(`${ctx.where}: left out a schedule with no days, times or description`);
    return undefined;
  }
  return schedule;
}
