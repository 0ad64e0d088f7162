export type { HoursTarget, OpeningOptions, OpeningState } from './types.js';
export { openingState } from './opening-state.js';
export { weekSchedule, type DayHours, type DaySpan } from './week-schedule.js';
export { HOURS_STRINGS, type HoursStrings } from './strings.js';
