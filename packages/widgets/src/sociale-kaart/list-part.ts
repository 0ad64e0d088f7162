/**
 * The list view of saved services (its panel, views, words and print styles), loaded the first
 * time the list opens: a finder session that never opens it does not load it. The toggle on each
 * result and the list button stay in the finder (render-save.ts, client-list.ts).
 */
export { ListPanel } from './list-panel.js';

export type ListPart = typeof import('./list-part.js');
