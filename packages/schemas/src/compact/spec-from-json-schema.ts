import * as rules from '../rules.js';
import type { LinkAnnotation, PatternAnnotation, RuleAnnotation } from './annotate.js';
import type { CompactNode, CompactRule, RuleTest } from './compact-spec.js';

/*
 * Turns annotated JSON Schemas (see annotate.ts) into compact nodes. It reads exactly
 * the keywords our generated schemas use and throws on any other, so a contract
 * change that needs a new keyword fails the build rather than validating less.
 */

type JsonSchema = Record<string, unknown>;

/** Keywords that say nothing the validator must check. `format` is covered by its pattern (see stringNode). */
const DOCUMENTATION = new Set(['$schema', '$id', 'title', 'description', 'format']);

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(where: string, problem: string): never {
  throw new Error(`compact spec, ${where}: ${problem}`);
}

/** Refuses keywords the node kind does not read. */
function expectOnly(schema: JsonSchema, where: string, keywords: readonly string[]): void {
  for (const keyword of Object.keys(schema)) {
    if (!keywords.includes(keyword) && !DOCUMENTATION.has(keyword)) {
      fail(where, `the keyword "${keyword}" is not supported; teach compact-validator.ts and this file first`);
    }
  }
}

const numberOr = (value: unknown, where: string): number | undefined =>
  value === undefined ? undefined : typeof value === 'number' ? value : fail(where, 'a bound is not a number');

/** Leaves out bounds that are not there, so a node holds only what it checks. */
function defined<T extends object>(node: T): T {
  return Object.fromEntries(Object.entries(node).filter(([, value]) => value !== undefined)) as T;
}

/** Stable text of a node, with rule functions by name: two nodes with the same text are one node. */
function nodeKey(node: CompactNode): string {
  return JSON.stringify(node, (_key, value: unknown) =>
    value instanceof RegExp ? `/${value.source}/${value.flags}` : typeof value === 'function' ? `rule:${value.name}` : value,
  );
}

function ruleFrom(annotation: RuleAnnotation, where: string): CompactRule {
  const test = (rules as Record<string, unknown>)[annotation.rule];
  if (typeof test !== 'function') fail(where, `no rule "${annotation.rule}" in rules.ts`);
  // Each rule takes the record shape it was written for; see RuleTest.
  const rule = test as RuleTest;
  return annotation.field ? [rule, annotation.message, annotation.field] : [rule, annotation.message];
}

function rulesOf(schema: JsonSchema, where: string): { r?: CompactRule[] } {
  const annotations = schema['x-rules'] as RuleAnnotation[] | undefined;
  return annotations ? { r: annotations.map((annotation) => ruleFrom(annotation, where)) } : {};
}

/** Collects compact nodes, shared across every entity it is given. */
export class CompactSpecBuilder {
  readonly nodes: CompactNode[] = [];
  readonly #indexOfKey = new Map<string, number>();

  /** Adds an entity's JSON Schema and returns the index of its root node. */
  addEntity(schema: JsonSchema, entity: string): number {
    const defs = isSchema(schema.$defs) ? schema.$defs : {};
    // Definitions may refer to themselves (eligibility rules nest): reserve their slots first.
    const defIndex = new Map<string, number>();
    for (const name of Object.keys(defs)) {
      defIndex.set(`#/$defs/${name}`, this.nodes.push({ t: 'b' }) - 1);
    }
    const convert = (node: unknown, where: string): number => {
      if (!isSchema(node)) return fail(where, 'a schema is not an object');
      if (node.$ref !== undefined) {
        expectOnly(node, where, ['$ref']);
        return defIndex.get(String(node.$ref)) ?? fail(where, `unknown $ref ${String(node.$ref)}`);
      }
      return this.#intern(this.#node(node, where, convert));
    };
    for (const [name, def] of Object.entries(defs)) {
      const index = defIndex.get(`#/$defs/${name}`)!;
      this.nodes[index] = this.#node(isSchema(def) ? def : fail(name, 'not a schema'), `${entity}/$defs/${name}`, convert);
    }
    const { $defs: _defs, ...root } = schema;
    return convert(root, entity);
  }

  #intern(node: CompactNode): number {
    const key = nodeKey(node);
    const known = this.#indexOfKey.get(key);
    if (known !== undefined) return known;
    const index = this.nodes.push(node) - 1;
    this.#indexOfKey.set(key, index);
    return index;
  }

  #node(schema: JsonSchema, where: string, convert: (node: unknown, where: string) => number): CompactNode {
    if (Array.isArray(schema.anyOf)) {
      expectOnly(schema, where, ['anyOf']);
      return { t: 'u', o: schema.anyOf.map((option, position) => convert(option, `${where}/anyOf/${position}`)) };
    }
    if (schema.enum !== undefined || schema.const !== undefined) {
      expectOnly(schema, where, ['type', 'enum', 'const']);
      const values = schema.enum ?? [schema.const];
      if (!Array.isArray(values)) return fail(where, 'enum is not a list');
      if (schema.type !== undefined && values.some((value) => typeof value !== schema.type)) {
        fail(where, 'an enum value is not of its type');
      }
      return { t: 'e', v: values };
    }
    switch (schema.type) {
      case 'string':
        return stringNode(schema, where);
      case 'number':
      case 'integer':
        expectOnly(schema, where, ['type', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']);
        return defined({
          t: 'n' as const,
          int: schema.type === 'integer' ? 1 : undefined,
          ge: numberOr(schema.minimum, where),
          gt: numberOr(schema.exclusiveMinimum, where),
          le: numberOr(schema.maximum, where),
          lt: numberOr(schema.exclusiveMaximum, where),
        });
      case 'boolean':
        expectOnly(schema, where, ['type']);
        return { t: 'b' };
      case 'array':
        expectOnly(schema, where, ['type', 'items', 'minItems']);
        return defined({ t: 'a' as const, i: convert(schema.items, `${where}/items`), min: numberOr(schema.minItems, where) });
      case 'object':
        return schema.propertyNames === undefined ? this.#objectNode(schema, where, convert) : recordNode(schema, where, convert);
      default:
        return fail(where, `nothing reads ${JSON.stringify(schema).slice(0, 100)}; teach compact-validator.ts and this file first`);
    }
  }

  #objectNode(schema: JsonSchema, where: string, convert: (node: unknown, where: string) => number): CompactNode {
    expectOnly(schema, where, ['type', 'properties', 'required', 'additionalProperties', 'x-rules']);
    // `{}`: every looseObject keeps unknown fields. Anything else would strip or refuse them.
    if (!isSchema(schema.additionalProperties) || Object.keys(schema.additionalProperties).length > 0) {
      fail(where, 'only objects that keep unknown fields (additionalProperties: {}) are supported');
    }
    const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
    const properties = isSchema(schema.properties) ? schema.properties : {};
    const fields: Record<string, number> = {};
    for (const [name, property] of Object.entries(properties)) {
      fields[required.has(name) ? name : `${name}?`] = convert(property, `${where}/${name}`);
    }
    return { t: 'o', f: fields, ...rulesOf(schema, where) };
  }
}

function stringNode(schema: JsonSchema, where: string): CompactNode {
  expectOnly(schema, where, ['type', 'minLength', 'maxLength', 'pattern', 'x-pattern', 'x-link', 'x-rules']);
  const link = schema['x-link'] as LinkAnnotation | undefined;
  // The formats our schemas use (date, date-time, email) are decided by zod with exactly
  // the pattern beside them; a format without a pattern would go unchecked.
  if (schema.format !== undefined && schema.pattern === undefined) fail(where, `the format "${String(schema.format)}" has no pattern`);
  let patterns: [RegExp, string][] | undefined;
  if (schema.pattern !== undefined) {
    const annotation = schema['x-pattern'] as PatternAnnotation | undefined;
    if (!annotation) return fail(where, 'a pattern has no x-pattern annotation');
    patterns = [[new RegExp(String(schema.pattern), annotation.flags), annotation.message]];
  }
  return defined({
    t: 's' as const,
    min: numberOr(schema.minLength, where),
    max: numberOr(schema.maxLength, where),
    w: link ? new RegExp(link.hostname, link.flags) : undefined,
    p: patterns,
    ...rulesOf(schema, where),
  });
}

function recordNode(schema: JsonSchema, where: string, convert: (node: unknown, where: string) => number): CompactNode {
  expectOnly(schema, where, ['type', 'propertyNames', 'additionalProperties']);
  const keys = isSchema(schema.propertyNames) ? schema.propertyNames.enum : undefined;
  if (!Array.isArray(keys)) return fail(where, 'propertyNames must be an enum');
  return { t: 'r', k: keys.map(String), v: convert(schema.additionalProperties, `${where}/additionalProperties`) };
}
