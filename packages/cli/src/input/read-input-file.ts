import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative } from 'node:path';
import { CliError, UnreadableInputError } from '../errors.js';
import { describeFsError } from '../fs-errors.js';
import { decodeUserText } from './decode-text.js';

/**
 * The largest input file we read. A string in V8 holds at most about 512 MB, and
 * a region's data is a few MB; bigger data belongs in a folder of smaller files.
 */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

const MB = 1024 * 1024;

/** A folder the user named, whose files may not lead anywhere outside it. */
export interface InputFolder {
  /** As the user wrote it, for messages. */
  shownAs: string;
  /** Its real path, links resolved. */
  real: string;
}

export async function openInputFolder(dir: string): Promise<InputFolder> {
  try {
    return { shownAs: dir, real: await realpath(dir) };
  } catch (error) {
    throw new CliError(describeFsError(error, dir));
  }
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function tooLarge(shownAs: string, bytes: number): CliError {
  return new CliError(
    `${shownAs} is ${Math.round(bytes / MB)} MB; Wijkwijzer reads files up to ${MAX_INPUT_BYTES / MB} MB: split it into smaller files in a folder`,
  );
}

/**
 * Finds where a file really is. Inside a folder, a link that resolves to
 * somewhere outside it is refused before anything is read, so a source folder
 * cannot publish files from elsewhere on the machine; the message never names
 * or quotes the link's target.
 */
async function resolveInputFile(path: string, shownAs: string, within: InputFolder | undefined): Promise<string> {
  if (!within) return path;
  let real: string;
  try {
    real = await realpath(path);
  } catch (error) {
    throw new CliError(describeFsError(error, shownAs));
  }
  if (!isInside(within.real, real)) {
    throw new CliError(`${shownAs} is a link to somewhere outside ${within.shownAs}: refusing to read it`);
  }
  return real;
}

/**
 * Reads a JSON or NDJSON file of user input as text: links out of `within`
 * refused, size checked before reading, UTF-8 only (with or without a byte order
 * mark). Problems with the file itself are a `CliError`; content that is not
 * UTF-8 is an `UnreadableInputError`, which a folder import may skip.
 */
export async function readInputText(path: string, shownAs: string, within?: InputFolder): Promise<string> {
  const real = await resolveInputFile(path, shownAs, within);
  const info = await stat(real).catch((error: unknown) => {
    throw new CliError(describeFsError(error, shownAs));
  });
  if (info.isDirectory()) throw new CliError(`${shownAs} is a folder, not a file`);
  // A pipe or device inside a source folder would hang the read or never end.
  if (within && !info.isFile()) throw new CliError(`${shownAs} is not a regular file`);
  if (info.size > MAX_INPUT_BYTES) throw tooLarge(shownAs, info.size);
  const bytes = await readFile(real).catch((error: unknown) => {
    throw new CliError(describeFsError(error, shownAs));
  });
  // A named pipe reports no size up front.
  if (bytes.length > MAX_INPUT_BYTES) throw tooLarge(shownAs, bytes.length);
  const decoded = decodeUserText(bytes, shownAs);
  if (!decoded.ok) throw new UnreadableInputError(decoded.message);
  return decoded.text;
}
