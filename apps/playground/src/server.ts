/**
 * Serves the built playground (dist/site: the app, the widgets' CDN files and the
 * sample feed) with the CLI's static server. `npm start` and the end-to-end
 * tests both start it through here, so the tests run what a user runs.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from '@wijkwijzer/cli';

export interface PlaygroundOptions {
  /** 0 picks a free port. Default 8787. */
  port?: number;
  /** Default 127.0.0.1: the playground is for this machine only. */
  host?: string;
}

export interface RunningPlayground {
  /** The playground's address, ending in `/`. */
  url: string;
  port: number;
  /** Where the site's files are on disk. */
  root: string;
  close(): Promise<void>;
}

export const SITE_DIR = fileURLToPath(new URL('./site/', import.meta.url));

export async function startPlayground(options: PlaygroundOptions = {}): Promise<RunningPlayground> {
  if (!existsSync(`${SITE_DIR}index.html`)) {
    throw new Error(`The playground is not built (${SITE_DIR} is missing). Run npm run build at the root first.`);
  }
  const server = await startServer({ root: SITE_DIR, port: options.port ?? 8787, host: options.host ?? '127.0.0.1' });
  return { url: server.url, port: server.port, root: SITE_DIR, close: () => server.close() };
}
