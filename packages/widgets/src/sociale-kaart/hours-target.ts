import type { HoursTarget } from '@wijkwijzer/sdk';
import type { Service } from './kaart-types.js';

type Schedule = NonNullable<HoursTarget['schedules']>[number];

/** Walk-in hours (attending_type "in person") are told with the walk-in text, not as opening hours. */
const isWalkIn = (schedule: Schedule): boolean => schedule.attending_type?.trim().toLowerCase() === 'in person';

/**
 * Whose opening hours to show: the service's own, else those of its first place with
 * hours (HSDS allows either). Walk-in sessions are left out when there are regular
 * hours too: "dinsdag 08:30–17:00, 09:00–11:00" reads as a mistake, and the contact
 * section already says when to walk in. Exceptions (holidays) stay with the hours.
 */
export function hoursTarget(service: Service): HoursTarget {
  const owner: HoursTarget = service.schedules?.length
    ? service
    : ((service.service_at_locations ?? []).find((each) => each.schedules?.length) ?? service);
  const schedules = owner.schedules ?? [];
  const regular = schedules.filter((schedule) => !isWalkIn(schedule));
  return regular.length > 0 && regular.length < schedules.length ? { ...owner, schedules: regular } : owner;
}
