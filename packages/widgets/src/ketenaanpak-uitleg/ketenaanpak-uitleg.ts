import { defineElement } from '../internal/define.js';
import { WachttijdBadge } from '../wachttijd-badge/wachttijd-badge.js';
import { KetenaanpakUitleg } from './ketenaanpak-uitleg.component.js';

export { KetenaanpakUitleg } from './ketenaanpak-uitleg.component.js';
export type { Audience } from './ketenaanpak-uitleg.component.js';
/** The explainer's words, for `overrideStrings`. */
export { UITLEG_STRINGS } from './ketenaanpak-uitleg.strings.js';

defineElement('ketenaanpak-uitleg', KetenaanpakUitleg);
// The explainer shows its services' waiting times with the badge. Defined here by
// name, not by a bare import, so no bundler can drop it as free of side effects.
defineElement('wachttijd-badge', WachttijdBadge);

declare global {
  interface HTMLElementTagNameMap {
    'ketenaanpak-uitleg': KetenaanpakUitleg;
  }
}
