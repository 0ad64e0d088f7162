export type { AvailabilityKind, AvailabilityState, AvailabilityStatus } from './types.js';
export { availabilityStatus, figureAge } from './availability-status.js';
export { isHuisartsenpost } from './huisartsenpost.js';
export { AVAILABILITY_STRINGS, type AvailabilityStrings } from './strings.js';
export { diagnosisGroupName } from './availability-status.js';
export { waitAcrossGroups, type WaitAcrossGroups } from './group-range.js';
