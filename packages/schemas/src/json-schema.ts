import * as z from 'zod/mini';
import { Manifest } from './manifest.js';
import { DATASET_SCHEMAS } from './validate.js';

/** The entities published as JSON Schema, by file name. */
export const JSON_SCHEMA_ENTITIES = {
  area: DATASET_SCHEMAS.areas,
  organization: DATASET_SCHEMAS.organizations,
  service: DATASET_SCHEMAS.services,
  pathway: DATASET_SCHEMAS.pathways,
  'availability-observation': DATASET_SCHEMAS.availability,
  norm: DATASET_SCHEMAS.norms,
  'taxonomy-term': DATASET_SCHEMAS.taxonomy,
  manifest: Manifest,
} as const;
export type JsonSchemaEntity = keyof typeof JSON_SCHEMA_ENTITIES;

/**
 * The JSON Schema (draft 2020-12) of one entity, for partners who validate
 * without TypeScript. Refinements written as code (e.g. age order) cannot be
 * expressed and are left out; the zod schema stays the reference.
 */
export function toJsonSchema(entity: JsonSchemaEntity): Record<string, unknown> {
  return z.toJSONSchema(JSON_SCHEMA_ENTITIES[entity], { unrepresentable: 'any' }) as Record<string, unknown>;
}
