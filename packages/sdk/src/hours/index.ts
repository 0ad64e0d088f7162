export type { HoursTarget, OpeningOptions, OpeningState } from './types.js';
export { openingState } from './opening-state.js';
export { weekSchedule, type DayHours, type DaySpan } from './week-schedule.js';
export { HOURS_STRINGS, type HoursStrings } from './strings.js';
/** Today's date in Utrecht (`YYYY-MM-DD`), the calendar every date of a feed is in. */
export { localDate } from './zoned-time.js';
