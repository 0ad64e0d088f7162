import type { Service } from '@wijkwijzer/schemas';
import { crisisLines, GENERIC_HUISARTSENPOST_ID } from './crisis.js';
import type { CrisisSignal } from './crisis-signal.js';
import type { Lang } from '../lang.js';
import type { SearchHit } from './types.js';

/**
 * The hits shown first for a crisis signal: the shipped national lines, with the feed's own
 * huisartsenposten (when it has any) in place of the generic huisartsenpost entry.
 */
export function crisisHits(signal: CrisisSignal, lang: Lang, feedHuisartsenposten: readonly Service[]): SearchHit[] {
  const hit = (service: Service): SearchHit => ({ service, score: 1, matched: signal.matched, crisis: true });
  return crisisLines(signal.kinds, lang).flatMap((line) =>
    line.id === GENERIC_HUISARTSENPOST_ID && feedHuisartsenposten.length > 0
      ? feedHuisartsenposten.map(hit)
      : [hit(line)],
  );
}

/** Whether a feed service is a huisartsenpost, by its name. */
export function isHuisartsenpost(normalizedName: string): boolean {
  return /huisartsenpost|huisartsenspoedpost|spoedpost/.test(normalizedName);
}
