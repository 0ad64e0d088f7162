import {
  MATCHES_NO_FORM,
  WHOLE_RECORD,
  expectedOneOf,
  expectedType,
  tooBig,
  tooSmall,
  unexpectedKeys,
  type RecordIssue,
  type RecordResult,
} from '../issues.js';
import type { CompactNode } from './compact-spec.js';
import { checkWebLink } from './web-link.js';

/*
 * The small validator that runs the compact spec in browsers instead of zod. It
 * decides as zod does, with the same first issue and its words, including when zod
 * stops (zod lists a few more issues behind a first one: a length test on a value of
 * the wrong type, the safe-integer floor before a whole number's own bound):
 *
 * - A wrong type, a value outside an enum or a failed union is "hard": zod checks
 *   nothing more of that value, and skips the rules (refinements) of every object
 *   around it. Length, bound, pattern, link and rule failures are "soft": the checks
 *   after them still run.
 * - A union that fails reports the issues of its one option with only soft issues,
 *   when there is exactly one; else "matches none of the allowed forms".
 *
 * Values come back as zod returns them: unknown fields kept, the input itself where
 * nothing changed, and copies only along the path to a link zod trims or an own
 * `__proto__` field zod leaves out.
 */

interface Finding extends RecordIssue {
  hard: boolean;
}

const pathTo = (path: string, key: string | number): string => (path ? `${path}.${key}` : String(key));

/**
 * Adds an issue. Shared by every check rather than a closure made per value: a feed's records
 * are checked value by value, and two closures for each made the first run on a phone 20 % slower.
 */
function report(found: Finding[], at: string, message: string, hard = false): void {
  found.push({ path: at, message, hard });
}

/** Reports a value of the wrong type (a hard issue: nothing more of it is checked) and gives it back unchanged. */
function wrongType(found: Finding[], at: string, expected: string, value: unknown): unknown {
  report(found, at, expectedType(expected), true);
  return value;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * zod leaves an own `__proto__` field (JSON.parse makes one from `"__proto__": …`)
 * out of what it returns, and out of a record's keys: copied by assignment, it would
 * swap an object's prototype.
 */
const PROTO = '__proto__';

function withoutOwnProto(original: Record<string, unknown>, copy: Record<string, unknown>): Record<string, unknown> {
  if (!Object.prototype.hasOwnProperty.call(copy, PROTO)) return copy;
  const target = copy === original ? { ...original } : copy;
  delete target[PROTO];
  return target;
}

/** Sets `container[key]`, copying the container first unless `copy` already is one. */
function withChanged<C extends Record<string, unknown> | unknown[]>(original: C, copy: C, key: string | number, value: unknown): C {
  const target = copy === original ? ((Array.isArray(original) ? [...original] : { ...original }) as C) : copy;
  (target as Record<string | number, unknown>)[key] = value;
  return target;
}

/** Whether any finding from `start` on is hard. */
function hardSince(found: readonly Finding[], start: number): boolean {
  for (let at = start; at < found.length; at++) if (found[at]!.hard) return true;
  return false;
}

/** A validator over a list of compact nodes: give it the root node of an entity and a value. */
export function compactValidator(nodes: readonly CompactNode[]): (root: number, value: unknown) => RecordResult<unknown> {
  // An object node's fields, split once into key, optional and child: a feed runs them for every record.
  const fieldsOf = nodes.map((node) =>
    node.t === 'o'
      ? Object.entries(node.f).map(([field, child]) => {
          const optional = field.endsWith('?');
          return { key: optional ? field.slice(0, -1) : field, optional, child };
        })
      : [],
  );

  function check(index: number, value: unknown, path: string, found: Finding[]): unknown {
    const node = nodes[index]!;
    const start = found.length;
    switch (node.t) {
      case 's': {
        if (typeof value !== 'string') return wrongType(found, path, 'string', value);
        const text = node.w ? checkWebLink(value, node.w, (message) => report(found, path, message)) : value;
        value = text;
        // Code points, as zod and JSON Schema count: an emoji is one character. A string has
        // between length/2 and length of them, so most need no count at all.
        if (node.min !== undefined && text.length / 2 < node.min && [...text].length < node.min) report(found, path, tooSmall('string', node.min, true));
        if (node.max !== undefined && text.length > node.max && [...text].length > node.max) report(found, path, tooBig('string', node.max, true));
        for (const [pattern, message] of node.p ?? []) if (!pattern.test(text)) report(found, path, message);
        break;
      }
      case 'n': {
        if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType(found, path, 'number', value);
        if (node.int && !Number.isInteger(value)) return wrongType(found, path, 'int', value);
        if (node.ge !== undefined && value < node.ge) report(found, path, tooSmall('number', node.ge, true));
        if (node.gt !== undefined && value <= node.gt) report(found, path, tooSmall('number', node.gt, false));
        if (node.le !== undefined && value > node.le) report(found, path, tooBig('number', node.le, true));
        if (node.lt !== undefined && value >= node.lt) report(found, path, tooBig('number', node.lt, false));
        break;
      }
      case 'b':
        if (typeof value !== 'boolean') return wrongType(found, path, 'boolean', value);
        break;
      case 'e':
        if (!node.v.includes(value)) report(found, path, expectedOneOf(node.v), true);
        break;
      case 'a': {
        if (!Array.isArray(value)) return wrongType(found, path, 'array', value);
        const items: unknown[] = value;
        let out = items;
        // Every index, holes too, as zod reads them.
        for (let position = 0; position < items.length; position++) {
          const item = items[position];
          const checked = check(node.i, item, pathTo(path, position), found);
          if (checked !== item) out = withChanged(items, out, position, checked);
        }
        if (node.min !== undefined && items.length < node.min) report(found, path, tooSmall('array', node.min, true));
        value = out;
        break;
      }
      case 'o': {
        if (!isObject(value)) return wrongType(found, path, 'object', value);
        const input = value;
        let out = input;
        for (const { key, optional, child } of fieldsOf[index]!) {
          const item = input[key];
          // An absent optional field is fine; an absent required one is checked as `undefined`, as zod does.
          if (optional && item === undefined) continue;
          const checked = check(child, item, pathTo(path, key), found);
          if (checked !== item) out = withChanged(input, out, key, checked);
        }
        value = withoutOwnProto(input, out);
        break;
      }
      case 'r': {
        if (!isObject(value)) return wrongType(found, path, 'record', value);
        const input = value;
        let out = input;
        const unknownKeys: string[] = [];
        for (const key of Object.keys(input)) {
          if (key === PROTO) continue;
          if (!node.k.includes(key)) {
            unknownKeys.push(key);
            continue;
          }
          const checked = check(node.v, input[key], pathTo(path, key), found);
          if (checked !== input[key]) out = withChanged(input, out, key, checked);
        }
        if (unknownKeys.length > 0) report(found, path, unexpectedKeys(unknownKeys));
        value = withoutOwnProto(input, out);
        break;
      }
      case 'u': {
        const attempts: { value: unknown; found: Finding[] }[] = [];
        for (const option of node.o) {
          const optionFound: Finding[] = [];
          const optionValue = check(option, value, path, optionFound);
          if (optionFound.length === 0) return optionValue;
          attempts.push({ value: optionValue, found: optionFound });
        }
        const softOnly = attempts.filter((attempt) => attempt.found.every((finding) => !finding.hard));
        if (softOnly.length === 1) {
          found.push(...softOnly[0]!.found);
          return softOnly[0]!.value;
        }
        report(found, path, MATCHES_NO_FORM, true);
        return value;
      }
    }

    const rules = 'r' in node ? node.r : undefined;
    if (rules && !hardSince(found, start)) {
      for (const [test, message, field] of rules) if (!test(value)) report(found, field ? pathTo(path, field) : path, message);
    }
    return value;
  }

  return (root, value) => {
    const found: Finding[] = [];
    const checked = check(root, value, '', found);
    if (found.length === 0) return { ok: true, value: checked };
    return { ok: false, issues: found.map(({ path, message }) => ({ path: path || WHOLE_RECORD, message })) };
  };
}
