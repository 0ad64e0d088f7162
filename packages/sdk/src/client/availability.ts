import type { AvailabilityObservation, Norm } from '@wijkwijzer/schemas';
import { availabilityStatus } from '../availability/index.js';
import type { Lang } from '../lang.js';
import type { ObservationWithStatus } from './types.js';

/** The observations of one service, each with its norm and its status at `now`. */
export function observationsForService(
  observations: readonly AvailabilityObservation[],
  norms: ReadonlyMap<string, Norm>,
  serviceId: string,
  now: Date,
  lang: Lang | undefined,
): ObservationWithStatus[] {
  return observations
    .filter((observation) => observation.service_id === serviceId)
    .map((observation) => {
      const norm = observation.norm_id === undefined ? undefined : norms.get(observation.norm_id);
      return {
        ...observation,
        ...(norm ? { norm } : {}),
        status: availabilityStatus(observation, norm, now, lang),
      };
    });
}
