/**
 * The opening-hours code, loaded on demand by the badge when it shows a
 * huisartsenpost. A module of its own so the bundler splits just this part of
 * the SDK into a chunk, instead of adding it to every badge's entry.
 */
export { openingState } from '@wijkwijzer/sdk/hours';
