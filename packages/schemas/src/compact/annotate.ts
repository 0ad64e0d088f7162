import { notValidFormat } from '../issues.js';
import type { JsonSchemaOverride } from '../json-schema.js';
import * as rules from '../rules.js';

/*
 * What the compact spec needs that JSON Schema cannot say, added to the JSON Schema
 * zod generates (as `x-` keywords, only for the spec; the published files stay plain):
 *
 * - `x-pattern`: a pattern's flags (JSON Schema has none; `/^https?:\/\//i` needs its
 *   `i`) and the contract's message for it;
 * - `x-link`: the host name pattern of a web link (`z.url`), whose parse-and-test
 *   decision no JSON Schema keyword makes;
 * - `x-rules`: the refinements, by the name of their function in rules.ts.
 *
 * It also refuses every zod feature the compact validator does not implement
 * (transforms, defaults, other formats, checks it does not know), so a change to the
 * contract that the compact validator would get wrong fails the build instead.
 */

/** The annotation keywords, as spec-from-json-schema.ts reads them. */
export interface PatternAnnotation {
  flags: string;
  message: string;
}
export interface LinkAnnotation {
  hostname: string;
  flags: string;
}
export interface RuleAnnotation {
  rule: string;
  message: string;
  field?: string;
}

/**
 * The few fields of zod's internal schema and check definitions read here. zod types
 * them as a union per kind; one flat view with everything optional is enough to read.
 */
interface DefFacts {
  type?: string;
  check?: string;
  format?: string;
  pattern?: RegExp;
  protocol?: RegExp;
  hostname?: RegExp;
  normalize?: boolean;
  fn?: unknown;
  path?: PropertyKey[];
  error?: (issue: object) => unknown;
  abort?: boolean;
  when?: unknown;
  checks?: readonly { _zod: { def: unknown } }[];
}

/** Schema kinds whose JSON Schema the compact validator reads completely. */
const KNOWN_TYPES = new Set(['string', 'number', 'boolean', 'object', 'array', 'optional', 'enum', 'literal', 'union', 'record', 'unknown']);
/**
 * Check kinds with a JSON Schema keyword or an annotation added here, in the order the
 * compact validator runs them (a link or whole-number test first, refinements last).
 * zod runs checks in the order they are written; a schema written in another order
 * fails the build, so both report a value's issues in the same order.
 */
const CHECK_ORDER: Record<string, number> = {
  url: 0,
  number_format: 0,
  min_length: 1,
  greater_than: 1,
  max_length: 2,
  less_than: 2,
  string_format: 3,
  custom: 4,
};
/** `test` on a regex with these flags depends on the previous call. */
const STATEFUL_FLAGS = /[gy]/;
/** zod's own `z.url` protocol for http(s), the one protocol the compact link check implements. */
const HTTP_PROTOCOL = '^https?$';

function defOf(schemaOrCheck: { _zod: { def: unknown } }): DefFacts {
  return schemaOrCheck._zod.def as DefFacts;
}

/** The message the contract gives a check, if any (zod keeps it behind an error-map function). */
function messageOf(def: DefFacts): string | undefined {
  const said = def.error?.({});
  if (typeof said === 'string') return said;
  const message = (said as { message?: unknown } | null | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}

function ruleNameOf(fn: unknown): string {
  const name = Object.entries(rules).find(([, rule]) => rule === fn)?.[0];
  if (!name) {
    throw new Error('a z.refine of the contract is not a function from rules.ts; move its test there so the compact validator can run it');
  }
  return name;
}

export const annotateForCompactSpec: NonNullable<JsonSchemaOverride> = ({ zodSchema, jsonSchema, path }) => {
  const where = `at ${path.join('/') || '(root)'}`;
  const def = defOf(zodSchema);
  if (!def.type || !KNOWN_TYPES.has(def.type)) {
    throw new Error(`the compact validator does not know zod's "${def.type}" ${where}`);
  }
  // A format schema (z.url, z.email, z.iso.date) is its own first check, as zod runs it.
  const checks = [...(zodSchema._zod.traits.has('$ZodCheck') ? [def] : []), ...(def.checks ?? []).map(defOf)];
  const patterns: PatternAnnotation[] = [];
  const ruleAnnotations: RuleAnnotation[] = [];
  let lastRank = 0;
  for (const check of checks) {
    const rank = CHECK_ORDER[check.format === 'url' ? 'url' : (check.check ?? '')];
    if (rank === undefined) throw new Error(`the compact validator does not know the zod check "${check.check}" ${where}`);
    if (rank < lastRank) throw new Error(`the compact validator runs "${check.check}" before the checks written ahead of it ${where}`);
    lastRank = rank;
    // `abort` and a refinement's `when` change which checks run after an issue.
    if (check.abort || (check.check === 'custom' && check.when)) {
      throw new Error(`the compact validator does not know a check's abort or when ${where}`);
    }
    if (check.check === 'custom') {
      const message = messageOf(check);
      if (!message) throw new Error(`a refinement has no message ${where}`);
      const field = check.path?.map(String).join('.');
      ruleAnnotations.push({ rule: ruleNameOf(check.fn), message, ...(field ? { field } : {}) });
    } else if (check.check === 'string_format' && check.pattern) {
      if (STATEFUL_FLAGS.test(check.pattern.flags)) throw new Error(`a pattern with the g or y flag ${where}`);
      patterns.push({ flags: check.pattern.flags, message: notValidFormat(check.format ?? 'regex', messageOf(check)) });
    } else if (check.check === 'string_format' && check.format === 'url') {
      const { protocol, hostname } = check;
      if (protocol?.source !== HTTP_PROTOCOL || protocol.flags || check.normalize || !hostname || STATEFUL_FLAGS.test(hostname.flags)) {
        throw new Error(`the compact validator checks only http(s) links with a host name pattern ${where}`);
      }
      const link: LinkAnnotation = { hostname: hostname.source, flags: hostname.flags };
      jsonSchema['x-link'] = link;
    } else if (check.check === 'string_format') {
      throw new Error(`the compact validator does not know the string format "${check.format}" ${where}`);
    }
  }
  if (patterns.length > 1) throw new Error(`the compact validator takes one pattern per string ${where}`);
  if (patterns[0]) jsonSchema['x-pattern'] = patterns[0];
  if (ruleAnnotations.length > 0) jsonSchema['x-rules'] = ruleAnnotations;
};
