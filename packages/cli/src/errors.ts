import { printable } from './json.js';

/**
 * A problem the person running the command can fix: a wrong argument, a missing
 * file, a feed we cannot read. The CLI prints its message as one line and exits
 * with `exitCode`; a stack trace would only hide the advice.
 */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode = 2) {
    // Messages quote file names and values from the input: keep them one harmless line.
    super(printable(message));
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/**
 * An input file whose content cannot be read: not UTF-8, not JSON, nested too
 * deep. Exit 2 like any CliError, but a folder import can skip just that file
 * and go on, which it must not do for a missing file or a link out of the folder.
 */
export class UnreadableInputError extends CliError {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableInputError';
  }
}

/** The message of anything thrown, for reports that must not crash on odd throwables. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
