import { UnreadableInputError } from '../errors.js';
import { MAX_JSON_DEPTH, parseJson, type JsonParseResult } from '../json.js';

type ParseFailure = Extract<JsonParseResult, { ok: false }>;

/** Says why `where` (a file, or a line of one) is not usable JSON. */
export function describeJsonFailure(where: string, failure: ParseFailure): string {
  return failure.problem === 'depth'
    ? `${where} is ${failure.message}; Wijkwijzer reads at most ${MAX_JSON_DEPTH} levels`
    : `${where} is not valid JSON: ${failure.message}`;
}

/** Parses a whole file of user input as one JSON value; an `UnreadableInputError` when it is not. */
export function parseJsonInput(text: string, shownAs: string): unknown {
  if (text.trim() === '') throw new UnreadableInputError(`${shownAs} is empty`);
  const parsed = parseJson(text);
  if (!parsed.ok) throw new UnreadableInputError(describeJsonFailure(shownAs, parsed));
  return parsed.value;
}

/** One line of an NDJSON file: its 1-based number and value, or why it is unusable. */
export type NdjsonLine = { line: number; ok: true; value: unknown } | { line: number; ok: false; failure: ParseFailure };

/**
 * Parses NDJSON (one JSON value per line) line by line, blank lines skipped. A
 * broken line never costs the others: each comes back on its own.
 */
export function parseNdjsonLines(text: string): NdjsonLine[] {
  const lines: NdjsonLine[] = [];
  text.split('\n').forEach((content, index) => {
    if (content.trim() === '') return;
    const parsed = parseJson(content);
    lines.push(parsed.ok ? { line: index + 1, ok: true, value: parsed.value } : { line: index + 1, ok: false, failure: parsed });
  });
  return lines;
}
