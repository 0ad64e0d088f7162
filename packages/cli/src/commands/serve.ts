import { expectPositionals, parseCommandArgs, usageError, wantsHelp } from '../cli/args.js';
import { SERVE_HELP } from '../cli/help.js';
import type { Io } from '../cli/io.js';
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from '../serve/server.js';

const LOOPBACK = ['127.0.0.1', '::1', 'localhost'];

function parsePort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw usageError('serve', `--port takes a number from 0 to 65535, not '${value}'`);
  return port;
}

/** Resolves on the first SIGINT or SIGTERM; the handlers are removed again afterwards. */
function untilStopped(): Promise<string> {
  return new Promise((resolveStop) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolveStop(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export async function runServe(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('serve', args, {
    port: { type: 'string', short: 'p' },
    host: { type: 'string' },
    'hsds-api': { type: 'boolean' },
  });
  if (wantsHelp(values)) {
    io.stdout.write(SERVE_HELP);
    return 0;
  }
  const [root = ''] = expectPositionals('serve', positionals, ['<feed-dir>']);
  const host = values.host ?? DEFAULT_HOST;
  const server = await startServer({ root, port: parsePort(values.port), host, hsdsApi: values['hsds-api'] === true });
  if (!LOOPBACK.includes(host)) {
    io.stderr.write(`note: listening on ${host}, so other machines may reach this server\n`);
  }
  io.stdout.write(`Serving ${root} at ${server.manifestUrl}\n`);
  if (server.hsdsApiUrl !== undefined) io.stdout.write(`HSDS API at ${server.hsdsApiUrl}\n`);
  io.stdout.write('Press Ctrl+C to stop.\n');
  const signal = await untilStopped();
  await server.close();
  io.stdout.write(`Stopped (${signal}).\n`);
  return 0;
}
