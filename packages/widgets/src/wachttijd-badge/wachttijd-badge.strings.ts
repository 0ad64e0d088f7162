import { stringTables } from '../internal/localize.js';

/**
 * The words the badge needs before its data arrives (or when it cannot). The
 * words of the figure itself are in `badge-view.strings.ts`, which loads with
 * the data, so the badge's own entry stays small.
 */
const nl = {
  serviceMissing: 'Geen dienst gekozen: het attribuut "service" ontbreekt.',
  loadFailed: 'Wachttijd nu niet te laden.',
};

export type BadgeStrings = typeof nl;

export const BADGE_STRINGS = stringTables(nl, () => import('./wachttijd-badge.strings.en.js'));
