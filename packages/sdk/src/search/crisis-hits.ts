import type { Service } from '@wijkwijzer/schemas';
import { crisisLines, GENERIC_HUISARTSENPOST_ID } from './crisis.js';
import type { CrisisSignal } from './crisis-signal.js';
import type { Lang } from '../lang.js';
import type { HelpLines } from './types.js';

/**
 * The help lines for a crisis signal: the shipped national lines, with the feed's own
 * huisartsenposten (when it has any) in place of the generic huisartsenpost entry.
 */
export function helpLines(signal: CrisisSignal, lang: Lang, feedHuisartsenposten: readonly Service[]): HelpLines {
  const lines = crisisLines(signal.kinds, lang, { dangerNow: signal.dangerNow }).flatMap((line) =>
    line.id === GENERIC_HUISARTSENPOST_ID && feedHuisartsenposten.length > 0 ? feedHuisartsenposten : [line],
  );
  return { tier: signal.tier, kinds: signal.kinds, lines, matched: signal.matched };
}
