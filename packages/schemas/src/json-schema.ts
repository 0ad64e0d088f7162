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
  'postcode-area': DATASET_SCHEMAS.postcodes,
  manifest: Manifest,
} as const;
export type JsonSchemaEntity = keyof typeof JSON_SCHEMA_ENTITIES;

/** zod's hook that may add keywords to every node of a generated JSON Schema. */
export type JsonSchemaOverride = z.core.ToJSONSchemaParams['override'];

/**
 * The JSON Schema (draft 2020-12) of a contract schema. The published files and the
 * compact browser validator's spec are both made here, so they cannot drift apart;
 * the spec passes an `override` that adds what JSON Schema cannot say.
 */
export function jsonSchemaOf(schema: z.ZodMiniType, override?: JsonSchemaOverride): Record<string, unknown> {
  return z.toJSONSchema(schema, { unrepresentable: 'any', ...(override ? { override } : {}) }) as Record<string, unknown>;
}

/**
 * The JSON Schema (draft 2020-12) of one entity, for partners who validate
 * without TypeScript. Refinements written as code (e.g. age order) cannot be
 * expressed and are left out; the zod schema stays the reference.
 */
export function toJsonSchema(entity: JsonSchemaEntity): Record<string, unknown> {
  return jsonSchemaOf(JSON_SCHEMA_ENTITIES[entity]);
}
