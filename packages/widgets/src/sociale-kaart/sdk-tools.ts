/**
 * The SDK's pure helpers the finder needs, in one module that the element imports
 * lazily, together with the client: the element's own entry stays small, and the
 * bundler keeps just these functions of the SDK.
 */
export { openingState, weekSchedule } from '@wijkwijzer/sdk/hours';
export { MAX_QUERY_LENGTH, suggestNeeds } from '@wijkwijzer/sdk/search';
export type { OpeningState, DayHours } from '@wijkwijzer/sdk/hours';
export type { NeedSuggestion } from '@wijkwijzer/sdk/search';

export type SdkTools = typeof import('./sdk-tools.js');
