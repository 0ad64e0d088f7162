import type * as z from 'zod/mini';

/*
 * How a broken record is reported: the result types and the words. Zod-free at run
 * time (the zod import is types only), so the compact browser validator reports in
 * exactly the same words as the zod one without bundling zod.
 */

/** One thing wrong with a record: where (a dotted path such as `phones.0.number`) and what. */
export interface RecordIssue {
  path: string;
  message: string;
}

export type RecordResult<T> = { ok: true; value: T } | { ok: false; issues: RecordIssue[] };

/** The path reported for a problem with the record as a whole. */
export const WHOLE_RECORD = '(record)';

/** What a value had to be: `expected string`, `expected int`, `expected array`. */
export function expectedType(expected: string): string {
  return `expected ${expected}`;
}

const quoted = (values: readonly unknown[]): string => values.map((value) => JSON.stringify(value)).join(', ');

export function expectedOneOf(values: readonly unknown[]): string {
  return `expected one of ${quoted(values)}`;
}

/** Keys a map-like object may not have (e.g. a dataset name the contract does not know). */
export function unexpectedKeys(keys: readonly string[]): string {
  return `has unknown key(s) ${quoted(keys)}`;
}

/** A lower bound that was not met: of a string's length, an array's items or a number. */
export function tooSmall(origin: string, minimum: number | bigint, inclusive: boolean | undefined): string {
  return origin === 'array'
    ? `needs at least ${minimum} item(s)`
    : origin === 'string'
      ? `needs at least ${minimum} character(s)`
      : `must be ${inclusive ? 'at least' : 'more than'} ${minimum}`;
}

/** An upper bound that was exceeded: of a string's length or a number. */
export function tooBig(origin: string, maximum: number | bigint, inclusive: boolean | undefined): string {
  return origin === 'string'
    ? `may have at most ${maximum} characters`
    : `must be ${inclusive ? 'at most' : 'less than'} ${maximum}`;
}

/** The contract's own message where it gives one; zod's generic "Invalid input" is never shown. */
function ownMessageOr(message: string | undefined, fallback: string): string {
  return message && message !== 'Invalid input' ? message : fallback;
}

/** A string that fails its format: the contract's message, else the format's name. */
export function notValidFormat(format: string, message?: string): string {
  return ownMessageOr(message, `is not a valid ${format}`);
}

export const MATCHES_NO_FORM = 'matches none of the allowed forms';

/** Turns a zod issue into words a data publisher can act on, without zod's locale bundle. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return expectedType(issue.expected);
    case 'invalid_value':
      return expectedOneOf(issue.values);
    case 'too_small':
      return tooSmall(issue.origin, issue.minimum, issue.inclusive);
    case 'too_big':
      return tooBig(issue.origin, issue.maximum, issue.inclusive);
    case 'invalid_format':
      return notValidFormat(issue.format, issue.message);
    case 'invalid_union':
      return MATCHES_NO_FORM;
    case 'unrecognized_keys':
      return unexpectedKeys(issue.keys);
    default:
      return ownMessageOr(issue.message, 'is not valid');
  }
}

/** Joins a zod path into `phones.0.number`; the record itself is `(record)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? WHOLE_RECORD : path.map(String).join('.');
}
