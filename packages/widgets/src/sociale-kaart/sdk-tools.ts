/**
 * The SDK's pure helpers the finder needs, in one module that the element imports
 * lazily, together with the client: the element's own entry stays small, and the
 * bundler keeps just these functions of the SDK.
 */
export { openingState, suggestNeeds, weekSchedule } from '@wijkwijzer/sdk';
export type { NeedSuggestion, OpeningState, DayHours } from '@wijkwijzer/sdk';

export type SdkTools = typeof import('./sdk-tools.js');
