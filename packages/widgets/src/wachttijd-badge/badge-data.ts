import type { WijkwijzerClient } from '@wijkwijzer/sdk';
import type { Lang } from '../internal/lang.js';
import { englishLoaded } from '../internal/localize.js';
import { huisartsenpostView, observationView, pickObservation, unknownView, type BadgeView } from './badge-view.js';
import { isHuisartsenpost } from '@wijkwijzer/sdk/availability';
import { BADGE_VIEW_STRINGS, type BadgeViewStrings } from './badge-view.strings.js';

export { renderBadge } from './badge-template.js';

/**
 * Everything the badge does once it has a feed: read the figures through the
 * SDK, choose one, and put it into words. Loaded on demand, next to the SDK
 * client, so the badge's own entry is little more than Lit and a template.
 */

export type BadgeKind = 'auto' | 'huisartsenpost' | 'availability';

export interface BadgeRequest {
  service: string;
  metric: string;
  kind: BadgeKind;
  lang: Lang;
  now: Date;
  signal: AbortSignal;
}

export interface BadgeData {
  /** Undefined when the service is not in the feed. */
  view: BadgeView | undefined;
  huisartsenpost: boolean;
  sample: boolean;
  /** The feed could not be refreshed (or is past its max-age): these are the last known figures. */
  stale: boolean;
  /** The badge's words in the language loaded for. */
  words: BadgeViewStrings;
  /** When the huisartsenpost opens or closes next: the badge checks again then. */
  changesAt: Date | undefined;
}

export async function loadBadge(client: WijkwijzerClient, request: BadgeRequest): Promise<BadgeData> {
  const { signal, now, lang } = request;
  // The words around the figure: English ones load on first use, beside the data.
  const english = lang === 'en' ? englishLoaded() : undefined;
  const [manifest, service, observations] = await Promise.all([
    client.manifest({ signal }),
    // A card is enough (name, phones, hours, needs): beside a finder's results it costs no download.
    client.services.card(request.service, { signal }),
    client.availability.forService(request.service, { now, lang, signal }),
  ]);
  const sample = manifest.sample === true;
  await english;
  const words = { ...BADGE_VIEW_STRINGS.nl, ...BADGE_VIEW_STRINGS[lang] };
  const result = { huisartsenpost: false, sample, stale: client.isStale(), words, changesAt: undefined };
  if (!service) return { ...result, view: undefined };

  const huisartsenpost =
    request.kind === 'huisartsenpost' || (request.kind === 'auto' && isHuisartsenpost(service, observations));
  if (huisartsenpost) {
    // Opening hours load only for a huisartsenpost.
    const { openingState } = await import('./opening.js');
    const opening = openingState(service, now, { lang });
    const reachability = observations.find((each) => each.metric === 'bereikbaarheid');
    return {
      ...result,
      huisartsenpost,
      view: huisartsenpostView(service, opening, reachability, words, sample),
      changesAt: opening.closesAt ?? opening.opensAt,
    };
  }
  const observation = pickObservation(observations, request.metric || undefined);
  return { ...result, view: observation ? observationView(observation, service, words, sample) : unknownView(service, words) };
}
