import type { WijkwijzerClient } from '@wijkwijzer/sdk';
import type { Lang } from '../internal/lang.js';
import { englishLoaded } from '../internal/localize.js';
import type { ObservationWithStatus } from '@wijkwijzer/sdk';
import { figuresAt, groupRangeView, huisartsenpostView, observationView, pickObservation, unknownView, type BadgeView, type Service } from './badge-view.js';
import { isHuisartsenpost, waitAcrossGroups } from '@wijkwijzer/sdk/availability';
import { BADGE_VIEW_STRINGS, type BadgeViewStrings } from './badge-view.strings.js';
import { adoptLazyStyles } from '../internal/adopt-styles.js';
import { figureStyles } from './badge-figure.styles.js';

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
  /** A location id: that place's figures and those for all places. Empty: any. */
  location: string;
  /** A diagnosis group to show; empty or unknown: the range over the groups, if there are several. */
  group: string;
  /** The badge's shadow root, which gets the styles of what only a figure shows (the group picker). */
  root: ShadowRoot | null;
}

/** The choice of diagnosis group, when a wait is reported for several. */
export interface GroupChoice {
  /** The service the figures are of, for the event that tells the page of a choice. */
  serviceId: string;
  /** The groups as the feed names them (`value`), with their names in the reader's language. */
  groups: { value: string; text: string }[];
  /** The chosen group; `''`: none (the range over all). */
  chosen: string;
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
  /** Milliseconds until the huisartsenpost opens or closes: the badge checks again then. */
  refreshIn: number | undefined;
  /** Several diagnosis groups report the wait shown: the picker's choices. */
  groups?: GroupChoice;
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
  adoptLazyStyles(request.root, figureStyles);
  await english;
  const words = { ...BADGE_VIEW_STRINGS.nl, ...BADGE_VIEW_STRINGS[lang] };
  const result = { huisartsenpost: false, sample, stale: client.isStale(), words, refreshIn: undefined };
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
      refreshIn: refreshDelay(opening.closesAt ?? opening.opensAt, now),
    };
  }
  const here = figuresAt(observations, request.location);
  const observation = pickObservation(here, request.metric || undefined, request.location);
  if (!observation) return { ...result, view: unknownView(service, words) };
  return { ...result, ...figureOrRange(observation, here, service, request, words, sample) };
}

/** Until a moment, plus a second; capped at an hour: long timers overflow, and a tab that slept should catch up soon. */
function refreshDelay(at: Date | undefined, now: Date): number | undefined {
  return at && Math.min(Math.max(at.getTime() - now.getTime(), 0) + 1000, 3_600_000);
}

const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * The figure to show and, when its wait is reported per diagnosis group, the choice of group: the
 * chosen group's figure, else a figure for everyone, else the range over the groups (the SDK's
 * `waitAcrossGroups`), so a page that chose no group never shows one group's wait alone.
 */
function figureOrRange(
  observation: ObservationWithStatus,
  here: readonly ObservationWithStatus[],
  service: Service,
  request: BadgeRequest,
  words: BadgeViewStrings,
  sample: boolean,
): Pick<BadgeData, 'view' | 'groups'> {
  const sameMetric = here.filter((each) => each.metric === observation.metric);
  const across = waitAcrossGroups(sameMetric, request.lang);
  if (!across) return { view: observationView(observation, service, words, sample) };
  const chosen = across.groups.includes(request.group) ? request.group : '';
  const grouped = sameMetric.filter((each) => each.diagnosis_group !== undefined);
  const groups = across.groups.map((value) => ({
    value,
    text: capitalise(grouped.find((each) => each.diagnosis_group === value)?.status.groupName ?? value),
  }));
  const picked = chosen ? pickObservation(grouped.filter((each) => each.diagnosis_group === chosen), observation.metric, request.location) : undefined;
  const shown = picked ?? (observation.diagnosis_group === undefined ? observation : undefined);
  return {
    view: shown ? observationView(shown, service, words, sample) : groupRangeView(across, grouped, service, words, sample),
    groups: { serviceId: service.id, groups, chosen },
  };
}
