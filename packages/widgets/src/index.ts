/**
 * @wijkwijzer/widgets: every widget, registered on import. The CDN bundle
 * dist/cdn/wijkwijzer.js is built from this file; each widget also has its own
 * entry (`@wijkwijzer/widgets/<tag>.js`) for pages that need only one.
 */
import './sociale-kaart/sociale-kaart.js';
import './ketenaanpak-uitleg/ketenaanpak-uitleg.js';
import './wachttijd-badge/wachttijd-badge.js';

export { SocialeKaart } from './sociale-kaart/sociale-kaart.component.js';
export { KetenaanpakUitleg } from './ketenaanpak-uitleg/ketenaanpak-uitleg.component.js';
export { WachttijdBadge } from './wachttijd-badge/wachttijd-badge.component.js';
export { overrideStrings, type StringTable, type StringTables } from './internal/localize.js';
/** Each widget's words, for `overrideStrings` (the badge's figure words apart from its own). */
export { KAART_STRINGS } from './sociale-kaart/sociale-kaart.strings.js';
export { UITLEG_STRINGS } from './ketenaanpak-uitleg/ketenaanpak-uitleg.strings.js';
export { BADGE_STRINGS } from './wachttijd-badge/wachttijd-badge.strings.js';
export { BADGE_VIEW_STRINGS } from './wachttijd-badge/badge-view.strings.js';
export { LANGS, type Lang } from './internal/lang.js';
export type { WijkwijzerEvent, WijkwijzerEventDetails, WijkwijzerEventName } from './internal/events.js';
