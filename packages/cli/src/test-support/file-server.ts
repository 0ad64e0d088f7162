import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface FileServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  origin: string;
  /** Every request path it received, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A loopback server for tests that serves the files of one folder by name and
 * answers the listed paths with a 302 to another address. It records every
 * request, so a test can prove that a server was never asked for anything.
 */
export async function startFileServer(folder: string, redirects: Record<string, string> = {}): Promise<FileServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push(path);
    const target = redirects[path];
    if (target !== undefined) {
      response.writeHead(302, { Location: target }).end();
      return;
    }
    // Feed files and partition folders (services/…); nothing above the folder.
    const inside = path.split('?', 1)[0]!.replace(/^\/+/, '');
    if (inside.split('/').includes('..')) {
      response.writeHead(404).end();
      return;
    }
    readFile(join(folder, inside)).then(
      (bytes) => response.writeHead(200, { 'Content-Type': 'application/json' }).end(bytes),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}
