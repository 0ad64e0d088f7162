import { parseArgs } from 'node:util';
import type { PartitionBy } from '@wijkwijzer/schemas';
import { CliError } from '../errors.js';

type OptionSpec = { type: 'string' | 'boolean'; short?: string; multiple?: boolean };
type OptionValue<S extends OptionSpec> = S['type'] extends 'boolean' ? boolean : S['multiple'] extends true ? string[] : string;
type OptionValues<T extends Record<string, OptionSpec>> = {
  [K in keyof T]?: OptionValue<T[K]>;
};

export interface ParsedArgs<T extends Record<string, OptionSpec>> {
  values: OptionValues<T>;
  positionals: string[];
}

/** Node's messages add advice about `--`; the first sentence is the part a user needs. */
function firstSentence(message: string): string {
  const sentence = (message.split(/\.\s|\n/, 1)[0] ?? message).replace(/\.$/, '');
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

/**
 * Parses a command's arguments strictly: an unknown flag or a flag without its
 * value becomes a one-line `CliError` (exit 2) pointing at the command's help.
 */
export function parseCommandArgs<const T extends Record<string, OptionSpec>>(
  command: string,
  args: readonly string[],
  options: T,
): ParsedArgs<T> {
  try {
    const parsed = parseArgs({
      args: [...args],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values: parsed.values as OptionValues<T>, positionals: parsed.positionals };
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (!code.startsWith('ERR_PARSE_ARGS')) throw error;
    throw usageError(command, firstSentence(error instanceof Error ? error.message : String(error)));
  }
}

/** A user mistake on the command line, with where to read more. */
export function usageError(command: string, message: string): CliError {
  const help = command === '' ? 'wijkwijzer --help' : `wijkwijzer ${command} --help`;
  return new CliError(`${command === '' ? '' : `${command}: `}${message} (see ${help})`);
}

/** Exactly `count` positionals, named for the error message. */
export function expectPositionals(command: string, positionals: string[], names: string[]): string[] {
  if (positionals.length < names.length) throw usageError(command, `missing ${names[positionals.length]}`);
  if (positionals.length > names.length) throw usageError(command, `unexpected argument '${positionals[names.length]}'`);
  return positionals;
}

/** Whether --help was given; parseCommandArgs always adds it. */
export function wantsHelp(values: object): boolean {
  return 'help' in values && values.help === true;
}

/** `--partition-by`: gemeente (the default) or wijk. */
export function partitionByOption(command: string, value: string | undefined): PartitionBy {
  if (value === undefined || value === 'gemeente' || value === 'wijk') return value ?? 'gemeente';
  throw usageError(command, `--partition-by takes gemeente or wijk, not '${value}'`);
}
