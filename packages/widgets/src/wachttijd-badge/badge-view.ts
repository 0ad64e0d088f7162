import type { ObservationWithStatus, OpeningState, ServicesResource } from '@wijkwijzer/sdk';
import type { WaitAcrossGroups } from '@wijkwijzer/sdk/availability';
import type { BadgeViewStrings } from './badge-view.strings.js';

/** A service record as the SDK returns it (the SDK does not re-export the schema types). */
export type Service = NonNullable<Awaited<ReturnType<ServicesResource['get']>>>;

/**
 * What the badge can say. Published as `data-state` on the `base` part and as a
 * `badge-<state>` part, so a theme can style each state.
 */
export type BadgeState =
  | 'within-norm'
  | 'above-norm'
  | 'by-group'
  | 'unknown'
  | 'stale'
  | 'capacity'
  | 'no-capacity'
  | 'patientenstop'
  | 'accepting'
  | 'reachable'
  | 'not-reachable'
  | 'open'
  | 'closed';

/** Colour family; always paired with an icon shape and words, never the only signal. */
export type Tone = 'positive' | 'warning' | 'critical' | 'neutral';
export type IconName = 'check' | 'clock' | 'question' | 'hourglass' | 'places' | 'stop' | 'phone' | 'range';

export interface CallLink {
  text: string;
  number: string;
}

export interface BadgeView {
  state: BadgeState;
  tone: Tone;
  icon: IconName;
  /** What is measured ("Aanmeldwachttijd voor Angststoornissen"); the default variant shows it. */
  caption?: string;
  /** The figure in words: "Ongeveer 9 weken". */
  main: string;
  /**
   * A few words after the figure, fit for a line of text: how it compares with its norm ("langer dan
   * de Treeknorm van 4 weken"), else the norm ("Treeknorm 4 weken").
   */
  short?: string;
  /** What to do, after the figure in the inline variant ("Bel eerst: 030 …"): read as the figure is, not as a side note. */
  action?: string;
  /** The longer line under the figure in the default variant. */
  long?: string;
  /** Above the norm: where to get help to be seen sooner (the SDK's `advice`). */
  advice?: string;
  /** The badge's one accessible name: the whole message. */
  label: string;
  /** Paragraphs of the disclosure: comparison, range, date and source, what to do. */
  details: string[];
  /** Phone numbers to call, as tel: links. */
  calls: CallLink[];
}

type Words = BadgeViewStrings;

export const METRIC_ORDER = ['aanmeldwachttijd', 'behandelwachttijd', 'beschikbare-plekken', 'patientenstop', 'bereikbaarheid'] as const;

const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);

const sentence = (text: string): string => {
  const trimmed = capitalise(text.trim());
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
};

/** The wait in days, to compare observations in different units. */
function waitDays(observation: ObservationWithStatus): number {
  if (typeof observation.value !== 'number') return 0;
  return observation.unit === 'weken' ? observation.value * 7 : observation.value;
}

/**
 * The figures that hold at `location` (a location id; empty: anywhere): its own and those without
 * a location, which hold for every place of the service.
 */
export function figuresAt(observations: readonly ObservationWithStatus[], location: string): ObservationWithStatus[] {
  return location ? observations.filter((each) => each.location_id === undefined || each.location_id === location) : [...observations];
}

/**
 * The figure to show when the page did not name one: waits before places and
 * flags, a fresh figure before an old one, the named location's own figure before
 * one for all places (and that before another place's), a figure for everyone
 * before one for a diagnosis group, and then the longest wait, so the badge never
 * understates.
 */
export function pickObservation(
  observations: readonly ObservationWithStatus[],
  metric?: string,
  location = '',
): ObservationWithStatus | undefined {
  const candidates = metric ? observations.filter((each) => each.metric === metric) : observations;
  const rank = (each: ObservationWithStatus): number[] => [
    METRIC_ORDER.indexOf(each.metric),
    each.status.state === 'stale' ? 1 : 0,
    location && each.location_id === location ? 0 : each.location_id === undefined ? 1 : 2,
    each.diagnosis_group === undefined ? 0 : 1,
    -waitDays(each),
  ];
  return [...candidates].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    const index = ra.findIndex((value, i) => value !== rb[i]);
    return index === -1 ? 0 : (ra[index] ?? 0) - (rb[index] ?? 0);
  })[0];
}

export function firstPhone(service: Service | undefined): string {
  return service?.phones?.[0]?.number ?? '';
}

/** The name of the place a figure is for, from the service's locations. */
function placeName(observation: ObservationWithStatus, service: Service | undefined): string | undefined {
  if (observation.location_id === undefined) return undefined;
  const place = service?.service_at_locations?.find((at) => at.location.id === observation.location_id)?.location;
  return place?.name ?? observation.location_id;
}

/** What is measured, for whom and where: "Aanmeldwachttijd voor angst bij Locatie Zuid". */
function metricCaption(observation: ObservationWithStatus, service: Service | undefined, t: Words, forGroup = true): string {
  const place = placeName(observation, service);
  return [
    t[`metric-${observation.metric}`],
    forGroup && observation.status.groupName && t.forGroup(observation.status.groupName),
    place && t.atPlace(place),
  ]
    .filter(Boolean)
    .join(' ');
}

/** Icon, tone and state for a figure that is fresh. */
function freshLook(observation: ObservationWithStatus): Pick<BadgeView, 'state' | 'tone' | 'icon'> {
  const { status } = observation;
  switch (status.kind) {
    case 'wait':
      if (status.state === 'within-norm') return { state: 'within-norm', tone: 'positive', icon: 'check' };
      if (status.state === 'above-norm') return { state: 'above-norm', tone: 'warning', icon: 'clock' };
      return { state: 'unknown', tone: 'neutral', icon: 'question' };
    case 'capacity':
      return Number(status.value) >= 1
        ? { state: 'capacity', tone: 'positive', icon: 'places' }
        : { state: 'no-capacity', tone: 'warning', icon: 'places' };
    default:
      if (status.metric === 'patientenstop') {
        return status.value === true
          ? { state: 'patientenstop', tone: 'critical', icon: 'stop' }
          : { state: 'accepting', tone: 'positive', icon: 'check' };
      }
      return status.value === true
        ? { state: 'reachable', tone: 'positive', icon: 'phone' }
        : { state: 'not-reachable', tone: 'warning', icon: 'phone' };
  }
}

/** The card's second line: how the figure compares, or what to do when it cannot be relied on. */
function longLine(status: ObservationWithStatus['status'], stale: boolean, waitWithoutNorm: boolean, t: Words): { long?: string } {
  if (status.comparisonText && !stale) return { long: capitalise(status.comparisonText) };
  if (waitWithoutNorm && !stale) return { long: [sentence(t.noNorm), status.hint].filter(Boolean).join(' ') };
  return status.hint ? { long: status.hint } : {};
}

/** The badge for one reported figure. */
export function observationView(observation: ObservationWithStatus, service: Service | undefined, t: Words, sample: boolean): BadgeView {
  const { status } = observation;
  const stale = status.state === 'stale';
  const look = stale ? ({ state: 'stale', tone: 'neutral', icon: 'hourglass' } as const) : freshLook(observation);
  const waitWithoutNorm = status.kind === 'wait' && !status.normText;
  // The comparison in words, so that colour and icon are never the only sign of a wait that is too
  // long; an old figure is compared no more (see longLine).
  const compared = stale ? undefined : status.comparisonText;
  const short = compared ?? status.normText ?? (waitWithoutNorm ? t.noNorm : undefined);
  const details = [
    status.comparisonText && sentence(status.comparisonText),
    observation.norm && sentence(t.normFrom(observation.norm.name, observation.norm.version)),
    status.rangeText && sentence(status.rangeText),
    sentence(status.provenanceText),
    observation.note && sentence(observation.note),
    status.hint,
  ].filter((each): each is string => Boolean(each));
  const number = firstPhone(service);
  const needsCall = Boolean(status.hint) && number !== '';
  return {
    ...look,
    caption: metricCaption(observation, service, t),
    main: stale ? `${t.stalePrefix}: ${status.text}` : capitalise(status.text),
    ...(short !== undefined ? { short } : {}),
    ...longLine(status, stale, waitWithoutNorm, t),
    ...(status.advice && !stale ? { advice: status.advice } : {}),
    label: sample ? `${t.samplePrefix} ${status.label}` : status.label,
    details,
    calls: needsCall ? [{ text: t.callNumber(number), number }] : [],
  };
}

/**
 * A wait reported per diagnosis group, none chosen: the range over the groups with their number
 * (the SDK's words), never the shortest or the longest alone; the badge offers a choice of group.
 */
export function groupRangeView(
  across: WaitAcrossGroups,
  figures: readonly ObservationWithStatus[],
  service: Service | undefined,
  t: Words,
  sample: boolean,
): BadgeView {
  const [first] = figures;
  const caption = first ? metricCaption(first, service, t, false) : '';
  const once = (texts: (string | undefined)[]): string[] => [...new Set(texts.filter((text): text is string => Boolean(text)))];
  // A norm all groups share is said once; a range over several norms has no one norm to name.
  const norms = once(figures.map((each) => each.status.normText));
  const provenance = once(figures.map((each) => sentence(each.status.provenanceText)));
  const main = capitalise(across.text);
  // Some groups wait longer than the norm: where to get help, as for one figure above it.
  const advice = figures.find((each) => each.status.advice)?.status.advice;
  return {
    state: 'by-group',
    tone: 'neutral',
    icon: 'range',
    caption,
    main,
    ...(norms.length === 1 ? { short: norms[0] } : {}),
    ...(advice ? { advice } : {}),
    label: [sample ? t.samplePrefix : '', `${caption} ${across.text}.`, ...provenance].filter(Boolean).join(' '),
    details: [sentence(t.pickGroup), ...once(figures.map((each) => each.norm && sentence(t.normFrom(each.norm.name, each.norm.version)))), ...provenance],
    calls: [],
  };
}

/** No figure for this service (or metric): say so, and say who to call. */
export function unknownView(service: Service | undefined, t: Words): BadgeView {
  const number = firstPhone(service);
  return {
    state: 'unknown',
    tone: 'neutral',
    icon: 'question',
    main: t.unknownWait,
    action: t.callProvider,
    long: number ? `${t.callProvider}: ${number}` : t.callProvider,
    label: t.unknownLabel(number),
    details: [t.unknownLabel(number)],
    calls: number ? [{ text: t.callNumber(number), number }] : [],
  };
}

/** The huisartsenpost: open or closed now, call first, 112 when a life is in danger. Never a queue. */
export function huisartsenpostView(
  service: Service,
  opening: OpeningState,
  reachability: ObservationWithStatus | undefined,
  t: Words,
  sample: boolean,
): BadgeView {
  const number = firstPhone(service);
  const closed = opening.status === 'closed';
  const details = [
    t.hapNeverWalkIn,
    closed ? t.hapClosedAdvice : '',
    reachability ? sentence(`${reachability.status.dateText}, ${reachability.status.sourceText}`) : '',
  ].filter(Boolean);
  const label = [sample ? t.samplePrefix : '', t.hapLabel(service.name, opening.text, number), closed ? t.hapClosedAdvice : '']
    .filter(Boolean)
    .join(' ');
  return {
    state: opening.status === 'open' ? 'open' : opening.status === 'closed' ? 'closed' : 'unknown',
    tone: opening.status === 'open' ? 'positive' : 'neutral',
    icon: 'phone',
    caption: service.name,
    main: opening.text,
    action: number ? t.hapCallFirst(number) : t.hapCallFirstShort,
    label,
    details,
    calls: [...(number ? [{ text: t.hapCallFirst(number), number }] : []), { text: t.hapEmergency, number: '112' }],
  };
}
