import type { Service } from '@wijkwijzer/sdk';

/**
 * A huisartsenpost is "always call first": its badge shows open/closed and its
 * number, never a queue. Recognised by its name, or by acute care with a
 * reachability figure. A module of its own because the finder asks it too: a
 * result whose badge says whether it is open leaves out its own open line.
 */
export function isHuisartsenpost(service: Service, observations: readonly { metric: string }[]): boolean {
  if (/huisarts\p{L}*post/iu.test(`${service.name} ${service.alternate_name ?? ''}`)) return true;
  return (service.needs ?? []).includes('need-acute-zorg') && observations.some((each) => each.metric === 'bereikbaarheid');
}
