import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { CliError } from '../errors.js';
import { describeFsError, readUserFile } from '../fs-errors.js';
import { parseJson } from '../json.js';
import type { ImportNotes } from './notes.js';

/** One input file's parsed content: a JSON value, or the list of an NDJSON file's lines. */
export interface InputFile {
  file: string;
  value: unknown;
}

const EXTENSIONS = ['.json', '.ndjson', '.jsonl'];

/**
 * Parses a file as JSON, or else as NDJSON (one JSON value per line). Files named
 * `.ndjson`/`.jsonl` are read as NDJSON straight away. Throws a one-line CliError.
 */
export function parseDocumentText(text: string, file: string): unknown {
  if (text.trim() === '') throw new CliError(`${file} is empty`);
  const lineWise = /\.(ndjson|jsonl)$/i.test(file);
  if (!lineWise) {
    const whole = parseJson(text);
    if (whole.ok) return whole.value;
    if (text.trim().split('\n').length < 2) throw new CliError(`${file} is not JSON: ${whole.message}`);
  }
  const values: unknown[] = [];
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const parsed = parseJson(line);
    if (!parsed.ok) throw new CliError(`${file} is neither JSON nor NDJSON (line ${index + 1}: ${parsed.message})`);
    values.push(parsed.value);
  }
  return values;
}

async function listFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await listFiles(path)));
    else if (EXTENSIONS.some((extension) => entry.name.toLowerCase().endsWith(extension))) found.push(path);
  }
  return found;
}

/**
 * Reads an HSDS input: one file, or every JSON/NDJSON file under a folder (in
 * name order, so an import is reproducible). In a folder, a file that is not
 * JSON is skipped with a note; given on its own, it is an error.
 */
export async function readHsdsInput(path: string, notes: ImportNotes): Promise<InputFile[]> {
  const info = await stat(path).catch((error: unknown) => {
    throw new CliError(describeFsError(error, path));
  });
  if (!info.isDirectory()) {
    const text = (await readUserFile(path)).toString('utf8');
    return [{ file: path, value: parseDocumentText(text, path) }];
  }
  const files = (await listFiles(path)).sort();
  if (files.length === 0) throw new CliError(`${path} holds no .json, .ndjson or .jsonl files`);
  const inputs: InputFile[] = [];
  for (const file of files) {
    const name = relative(path, file);
    try {
      inputs.push({ file: name, value: parseDocumentText((await readUserFile(file)).toString('utf8'), name) });
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      notes.add(`skipped a file: ${error.message}`);
    }
  }
  return inputs;
}
