import type { AvailabilityMetric, AvailabilityUnit, Norm } from '@wijkwijzer/schemas';

import type { Lang } from '../lang.js';

/**
 * within-norm / above-norm: a wait compared to its norm.
 * unknown: no comparison is possible (no norm, a norm in another unit or for another
 * metric, or a metric that has no norm: places, patiëntenstop, reachability).
 * stale: older than twice its refresh interval; wins over the comparison.
 */
export type AvailabilityState = 'within-norm' | 'above-norm' | 'unknown' | 'stale';

/** Waits have a norm; places are counted; patiëntenstop and reachability are yes/no. */
export type AvailabilityKind = 'wait' | 'capacity' | 'flag';

export interface AvailabilityStatus {
  state: AvailabilityState;
  metric: AvailabilityMetric;
  kind: AvailabilityKind;
  value: number | boolean;
  unit?: AvailabilityUnit;
  /** The norm the figure was compared to; absent when no comparison was possible. */
  norm?: Norm;
  /** The wait in the norm's unit (dagen ↔ weken; werkdagen only with werkdagen), when compared. */
  valueInNormUnit?: number;
  /** How the figure relates to the norm; kept for a stale figure so a UI can say "old figure: above the norm". */
  normComparison?: 'within' | 'above';
  /**
   * The figure in words, with how a wait was measured when the feed says so: "ongeveer 9 weken",
   * "volgende vrije plek: ongeveer 5 weken", "3 plekken vrij", "Neemt geen nieuwe patiënten aan".
   */
  text: string;
  /** The spread where reported: "de helft binnen 6 weken, 9 op de 10 binnen 12 weken". */
  rangeText?: string;
  /** "Treeknorm 4 weken". */
  normText?: string;
  /** "langer dan de Treeknorm van 4 weken". */
  comparisonText?: string;
  /** "oud cijfer", only when stale. */
  staleText?: string;
  /** "peildatum 3 juni 2026". */
  dateText: string;
  /** "bron: Altrecht". */
  sourceText: string;
  /**
   * Where the figure comes from in one phrase, as the label says it: "Peildatum 3 juni 2026, bron:
   * Altrecht, indicatief" (a wait is an indication; a count or yes/no is not called one).
   */
  provenanceText: string;
  /** What to do when the figure cannot be relied on (unknown or stale). */
  hint?: string;
  /** Above the norm: where to get help to be seen sooner (the insurer's wachtlijstbemiddeling). */
  advice?: string;
  /** The diagnosis group the figure is for, in the reader's language. */
  groupName?: string;
  /** The whole message in one or two sentences, for an accessible name. */
  label: string;
  /** Peildatum as given, `YYYY-MM-DD`. */
  referenceDate: string;
  /** Whole days between the peildatum and today in Utrecht. */
  ageDays: number;
}
