import { runBuild } from '../commands/build.js';
import { runExport } from '../commands/export.js';
import { runImport } from '../commands/import.js';
import { runServe } from '../commands/serve.js';
import { runSynthetic } from '../commands/synthetic.js';
import { runValidate } from '../commands/validate.js';
import { CliError, errorMessage } from '../errors.js';
import { cliVersion } from '../version.js';
import { usageError } from './args.js';
import { BUILD_HELP, EXPORT_HELP, IMPORT_HELP, MAIN_HELP, SERVE_HELP, SYNTHETIC_HELP, VALIDATE_HELP } from './help.js';
import { processIo, type Io } from './io.js';

type Command = (args: readonly string[], io: Io) => Promise<number>;

const COMMANDS: Readonly<Record<string, { run: Command; help: string }>> = {
  validate: { run: runValidate, help: VALIDATE_HELP },
  build: { run: runBuild, help: BUILD_HELP },
  import: { run: runImport, help: IMPORT_HELP },
  export: { run: runExport, help: EXPORT_HELP },
  serve: { run: runServe, help: SERVE_HELP },
  synthetic: { run: runSynthetic, help: SYNTHETIC_HELP },
};

/** Exit code for a bug of ours, distinct from every outcome a user can cause. */
const INTERNAL_ERROR = 3;

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) throw usageError('', 'missing command');
  if (first === '--help' || first === '-h') {
    io.stdout.write(MAIN_HELP);
    return 0;
  }
  if (first === 'help') {
    const topic = rest[0] === undefined ? undefined : COMMANDS[rest[0]];
    if (rest[0] !== undefined && !topic) throw usageError('', `unknown command '${rest[0]}'`);
    io.stdout.write(topic ? topic.help : MAIN_HELP);
    return 0;
  }
  if (first === '--version' || first === '-v') {
    io.stdout.write(`${cliVersion()}\n`);
    return 0;
  }
  if (first.startsWith('-')) throw usageError('', `unknown option '${first}'`);
  const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!command) throw usageError('', `unknown command '${first}'`);
  return command.run(rest, io);
}

/**
 * Runs the CLI and returns its exit code. A user's mistake prints one line; an
 * unexpected error prints its message, and its stack only with WIJKWIJZER_DEBUG=1.
 */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const debug = process.env.WIJKWIJZER_DEBUG === '1';
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`wijkwijzer: ${error.message}\n`);
      if (debug && error.stack) io.stderr.write(`${error.stack}\n`);
      return error.exitCode;
    }
    io.stderr.write(`wijkwijzer: internal error: ${errorMessage(error)}\n`);
    io.stderr.write(
      debug && error instanceof Error && error.stack
        ? `${error.stack}\n`
        : 'Run again with WIJKWIJZER_DEBUG=1 for details, and please report it.\n',
    );
    return INTERNAL_ERROR;
  }
}
