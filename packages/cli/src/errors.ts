/**
 * A problem the person running the command can fix: a wrong argument, a missing
 * file, a feed we cannot read. The CLI prints its message as one line and exits
 * with `exitCode`; a stack trace would only hide the advice.
 */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** The message of anything thrown, for reports that must not crash on odd throwables. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
