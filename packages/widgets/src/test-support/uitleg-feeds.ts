/**
 * The sample feed with hostile text in welzijn-op-recept (name, summary, first
 * step, Utrecht's implementation note) and in the source of the waiting times of
 * altrecht-specialistische-ggz; written by `buildHostilePathway` in test-feeds.mjs.
 */
export const HOSTILE_PATHWAY_FEED = new URL('/packages/widgets/test-feeds/hostile-pathway/index.json', location.origin).href;
