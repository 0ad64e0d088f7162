import { defineElement } from '../internal/define.js';
import { WachttijdBadge } from './wachttijd-badge.component.js';

export { WachttijdBadge } from './wachttijd-badge.component.js';
export type { BadgeKind, BadgeVariant } from './wachttijd-badge.component.js';
/** The badge's own words, for `overrideStrings`; the figure's words are in `badge-view.strings.js`. */
export { BADGE_STRINGS } from './wachttijd-badge.strings.js';

defineElement('wachttijd-badge', WachttijdBadge);

declare global {
  interface HTMLElementTagNameMap {
    'wachttijd-badge': WachttijdBadge;
  }
}
