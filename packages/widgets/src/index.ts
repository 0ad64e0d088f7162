/**
 * @wijkwijzer/widgets: every widget, registered on import. The CDN bundle
 * dist/cdn/wijkwijzer.js is built from this file; each widget also has its own
 * entry (`@wijkwijzer/widgets/<tag>.js`) for pages that need only one.
 */
export { overrideStrings, type StringTable, type StringTables } from './internal/localize.js';
export { LANGS, type Lang } from './internal/lang.js';
export type { WijkwijzerEvent, WijkwijzerEventDetails, WijkwijzerEventName } from './internal/events.js';
