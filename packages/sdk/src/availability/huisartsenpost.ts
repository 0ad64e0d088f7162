import type { Service } from '@wijkwijzer/schemas';

/** "Huisartsenpost", "huisartspost", "huisartsenspoedpost", "Spoedpost": a post residents call first. */
const POST_NAME = /huisarts[a-z]*post|spoedpost/;

/**
 * Whether a service is a huisartsenpost: the place to call out of hours, shown as open or closed
 * with its number, never with a queue. One rule for search (a feed's own posts replace the
 * generic entry among the help lines) and for the widgets (the badge and the finder's cards):
 * its name or alternate name says so, or it is tagged as acute care and publishes how quickly
 * it answers the phone (`bereikbaarheid`), when the caller has its figures.
 */
export function isHuisartsenpost(service: Service, observations: readonly { metric: string }[] = []): boolean {
  if (POST_NAME.test(`${service.name} ${service.alternate_name ?? ''}`.toLowerCase())) return true;
  return (service.needs ?? []).includes('need-acute-zorg') && observations.some((each) => each.metric === 'bereikbaarheid');
}
