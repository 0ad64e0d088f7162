import type { DatasetName } from '../manifest.js';

/*
 * The compact spec: the contract as data for the small browser validator. It is
 * generated at build time from the JSON Schema that zod gives of each entity (see
 * spec-from-json-schema.ts), so zod stays the one place the contract is written.
 *
 * Every distinct node is stored once in `nodes` and referred to by its index: the
 * `Id` and `Text` rules that appear hundreds of times in the JSON Schemas cost one
 * entry each, and recursion (eligibility rules) is just an index pointing back.
 * Keys are one letter because the spec ships to every browser.
 */

/**
 * A rule written as code in rules.ts: the function, the message, and the field it
 * reports on (relative to the node), if not the node itself.
 */
export type CompactRule = readonly [test: RuleTest, message: string, field?: string];

/**
 * A rule function. Each takes the record shape it was written for; the validator
 * calls it only once the node's own type is right, as zod runs a refinement only on
 * a value that parsed.
 */
export type RuleTest = (value: unknown) => boolean;

/** A pattern the string must match, with the words for when it does not. */
export type CompactPattern = readonly [pattern: RegExp, message: string];

export type CompactNode =
  /** A string: length bounds in code points, a web link whose host must match `w`, patterns, rules. */
  | { t: 's'; min?: number; max?: number; w?: RegExp; p?: readonly CompactPattern[]; r?: readonly CompactRule[] }
  /** A finite number; `int` for whole numbers; inclusive (`ge`, `le`) and exclusive (`gt`, `lt`) bounds. */
  | { t: 'n'; int?: 1; ge?: number; gt?: number; le?: number; lt?: number }
  | { t: 'b' }
  /** One of these values (an enum or a literal). */
  | { t: 'e'; v: readonly unknown[] }
  /** An array of `i`, with at least `min` items. */
  | { t: 'a'; i: number; min?: number }
  /**
   * An object that keeps unknown fields. `f` maps each field to its node; a field
   * name ending in `?` is optional.
   */
  | { t: 'o'; f: Readonly<Record<string, number>>; r?: readonly CompactRule[] }
  /** An object whose keys are some of `k`, each holding a `v`. */
  | { t: 'r'; k: readonly string[]; v: number }
  /** The first of `o` that fits. */
  | { t: 'u'; o: readonly number[] };

export interface CompactSpec {
  nodes: readonly CompactNode[];
  /** The node of each dataset's records, and of the manifest. */
  roots: Readonly<Record<DatasetName | 'manifest', number>>;
}
