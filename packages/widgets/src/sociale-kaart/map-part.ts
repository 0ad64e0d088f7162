/**
 * The finder's map ("Kaart"): its view (MapPanel, render-map.ts, map-frame.ts), words and styles,
 * loaded the first time a resident opens it. A finder session that stays with the list does not
 * load it. A view in the finder's shadow root rather than an element of its own: a custom element
 * would import LitElement into this chunk, and exporting it from the chunk every page loads would
 * grow the badge's entry.
 */
export { MapPanel } from './map-panel.js';

export type MapPart = typeof import('./map-part.js');
