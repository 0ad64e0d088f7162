import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The compiled bin, found from this file (dist/test-support/run-cli.js). */
export const BIN = fileURLToPath(new URL('../bin.js', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `wijkwijzer` command in a child process and collects what it printed. */
export function runCli(args: string[], options: { env?: Record<string, string> } = {}): Promise<CliRun> {
  return new Promise((resolveRun, rejectRun) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, WIJKWIJZER_DEBUG: '', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', rejectRun);
    child.on('close', (code) => resolveRun({ code, stdout, stderr }));
  });
}
