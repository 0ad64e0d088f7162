/** A parsed JSON object (not an array, not null). */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * How deep JSON may nest. No record of the contract comes near it; far deeper
 * JSON overflows the stack of every recursive reader after the parser (the
 * schema check, JSON.stringify), so it is refused up front.
 */
export const MAX_JSON_DEPTH = 100;

export type JsonParseResult =
  | { ok: true; value: unknown }
  | { ok: false; problem: 'syntax' | 'depth'; message: string };

/**
 * Makes text from a file safe to print on one line: line breaks become spaces and
 * control or bidirectional-override characters (a NUL, an escape sequence that
 * recolours the terminal) become `?`.
 */
export function printable(text: string): string {
  return text.replace(/[\r\n\t\v\f\u0085\u2028\u2029]+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '?');
}

/** The 1-based line of a character index, for messages about big files. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line += 1;
  return line;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE = 0x7d;

/**
 * The index of the first `[` or `{` that opens more than `maxDepth` levels, or -1.
 * Meant for text that parsed: a loop over the characters (strings skipped), so
 * it cannot run out of stack itself.
 */
export function excessiveNestingAt(text: string, maxDepth = MAX_JSON_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === BACKSLASH) index += 1;
      else if (char === QUOTE) inString = false;
    } else if (char === QUOTE) {
      inString = true;
    } else if (char === OPEN_BRACKET || char === OPEN_BRACE) {
      depth += 1;
      if (depth > maxDepth) return index;
    } else if (char === CLOSE_BRACKET || char === CLOSE_BRACE) {
      depth -= 1;
    }
  }
  return -1;
}

/**
 * Parses JSON without throwing, so callers can turn a problem into their own
 * words. JSON nested deeper than `MAX_JSON_DEPTH` is refused too (V8's parser
 * copes with it; what comes after does not).
 */
export function parseJson(text: string): JsonParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    // V8 quotes the offending text, line breaks included; a report line must stay one line.
    return { ok: false, problem: 'syntax', message: printable(error instanceof Error ? error.message : String(error)) };
  }
  const tooDeep = excessiveNestingAt(text);
  if (tooDeep !== -1) {
    const where = text.includes('\n') ? ` (line ${lineAt(text, tooDeep)})` : '';
    return { ok: false, problem: 'depth', message: `nested more than ${MAX_JSON_DEPTH} levels deep${where}` };
  }
  return { ok: true, value };
}

/** The exact text we write for any JSON file: two-space indent and a final newline, so diffs stay small. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * `stableJson` with each record of a list of records on one line, for the manifest: a national
 * manifest lists some 2,000 partition files, which took 500 KB indented, and a phone decodes and
 * parses every byte before it can ask for any of them. One line per file also keeps diffs small.
 */
export function recordPerLineJson(value: unknown): string {
  return `${layout(value, '')}\n`;
}

function layout(value: unknown, indent: string): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.every(isObject) ? value.map((item) => JSON.stringify(item)) : value.map((item) => layout(item, inner));
    return `[\n${items.map((item) => inner + item).join(',\n')}\n${indent}]`;
  }
  if (isObject(value)) {
    const fields = Object.entries(value).filter(([, field]) => field !== undefined);
    if (fields.length === 0) return '{}';
    return `{\n${fields.map(([key, field]) => `${inner}${JSON.stringify(key)}: ${layout(field, inner)}`).join(',\n')}\n${indent}}`;
  }
  // As JSON.stringify writes a list item it cannot represent (undefined, a function).
  return JSON.stringify(value) ?? 'null';
}

/**
 * JSON without indentation, for the files only the widgets read (partitions, detail shards):
 * compression hides the spaces on the wire, but a phone decodes, hashes and parses every byte,
 * and two-space indentation was about 40 % of a partition's text.
 */
export function compactJson(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}
