import { DATASET_NAMES } from '../contract-lists.js';
import { jsonSchemaOf } from '../json-schema.js';
import { Manifest } from '../manifest.js';
import { DATASET_SCHEMAS } from '../validate.js';
import { annotateForCompactSpec } from './annotate.js';
import type { CompactSpec } from './compact-spec.js';
import { CompactSpecBuilder } from './spec-from-json-schema.js';

/**
 * The compact spec of every dataset's records and of the manifest, from the same
 * JSON Schemas the package publishes (plus the annotations only the spec needs).
 * Build time only: this module imports zod.
 */
export function buildCompactSpec(): CompactSpec {
  const builder = new CompactSpecBuilder();
  const roots = {} as Record<keyof CompactSpec['roots'], number>;
  for (const dataset of DATASET_NAMES) {
    roots[dataset] = builder.addEntity(jsonSchemaOf(DATASET_SCHEMAS[dataset], annotateForCompactSpec), dataset);
  }
  roots.manifest = builder.addEntity(jsonSchemaOf(Manifest, annotateForCompactSpec), 'manifest');
  return { nodes: builder.nodes, roots };
}
