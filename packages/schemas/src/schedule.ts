import * as z from 'zod/mini';
import { ClockTime, Id, IsoDate, Text } from './primitives.js';

/**
 * An iCal weekday, numbered in a monthly rule (contract 1.2): "3TH" the third Thursday of the
 * month, "-1FR" the last Friday. A number means the same whatever `freq` says.
 */
const WEEKDAY = '(?:[+-]?[1-5])?(?:MO|TU|WE|TH|FR|SA|SU)';

/** Comma-separated iCal weekdays, as HSDS `byday`: "MO,TU,WE", or "1MO,3TH" in a monthly rule. */
export const ByDay = z.string().check(
  z.regex(
    new RegExp(`^${WEEKDAY}(?:,${WEEKDAY})*$`),
    'byday lists weekdays as MO,TU,WE,TH,FR,SA,SU, or numbered as 3TH (third Thursday) or -1FR (last Friday)',
  ),
);
export type ByDay = z.infer<typeof ByDay>;

/**
 * Opening hours (HSDS `schedule`, weekly rules). A span whose `closes_at` is not
 * after `opens_at` runs past midnight into the next day (a huisartsenpost 17:00-08:00).
 */
export const Schedule = z.looseObject({
  id: z.optional(Id),
  freq: z.optional(z.enum(['WEEKLY', 'MONTHLY'])),
  byday: z.optional(ByDay),
  opens_at: z.optional(ClockTime),
  closes_at: z.optional(ClockTime),
  valid_from: z.optional(IsoDate),
  valid_to: z.optional(IsoDate),
  description: z.optional(Text),
  /** HSDS: how people attend, e.g. "in person", "phone", "online". */
  attending_type: z.optional(Text),
  notes: z.optional(Text),
});
export type Schedule = z.infer<typeof Schedule>;

/**
 * A dated deviation from the weekly hours (a public holiday, a closure, extra hours).
 * HSDS has no dedicated field for this; it is part of our Dutch profile.
 */
export const ScheduleException = z.looseObject({
  date: IsoDate,
  closed: z.boolean(),
  opens_at: z.optional(ClockTime),
  closes_at: z.optional(ClockTime),
  description: z.optional(Text),
});
export type ScheduleException = z.infer<typeof ScheduleException>;
