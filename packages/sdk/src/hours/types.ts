import type { Schedule, ScheduleException } from '@wijkwijzer/schemas';

/** Languages the SDK writes its own words in. */
import type { Lang } from '../lang.js';

/** Anything that carries opening hours: a service or a location. */
export interface HoursTarget {
  schedules?: readonly Schedule[];
  schedule_exceptions?: readonly ScheduleException[];
}

export interface OpeningState {
  status: 'open' | 'closed' | 'unknown';
  /** When the current open span ends (absent when open around the clock). */
  closesAt?: Date;
  /** When the next open span starts (absent when open, or none found in the look-ahead). */
  opensAt?: Date;
  /** The dated exception that decides today's hours, if any. */
  exception?: ScheduleException;
  text: string;
}

export interface OpeningOptions {
  lang?: Lang;
}
