/** A parsed JSON object (not an array, not null). */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; message: string };

/** Parses JSON without throwing, so callers can turn a syntax error into their own words. */
export function parseJson(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    // V8 quotes the offending text, line breaks included; a report line must stay one line.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message: message.replace(/\s+/g, ' ') };
  }
}

/** The exact text we write for any JSON file: two-space indent and a final newline, so diffs stay small. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
