import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { connect, createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
// The same path from src/test-support and dist/test-support.
import { BROTLI_STATIC_MODULE, NGINX, nginxMissing } from '../../../../scripts/nginx.mjs';

export interface RunningNginx {
  /** `http://127.0.0.1:<port>/`, the feed folder's address. */
  url: string;
  stop(): Promise<void>;
}

/** A port nobody listens on right now: the kernel's pick for a socket that is closed at once. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, rejectPort) => {
    const probe = createServer();
    probe.once('error', rejectPort);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolvePort(port));
    });
  });
}

/**
 * A whole nginx.conf around the publishers' server-block include: one foreground process
 * (no master, no workers to switch to another user), every path nginx writes inside `work`.
 */
function mainConfig(work: string, port: number, root: string, include: string): string {
  return `load_module ${BROTLI_STATIC_MODULE};
daemon off;
master_process off;
pid ${join(work, 'nginx.pid')};
error_log stderr warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${join(work, 'body')};
  proxy_temp_path ${join(work, 'proxy')};
  fastcgi_temp_path ${join(work, 'fastcgi')};
  uwsgi_temp_path ${join(work, 'uwsgi')};
  scgi_temp_path ${join(work, 'scgi')};
  server {
    listen 127.0.0.1:${port};
    root ${root};
    include ${include};
  }
}
`;
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolveExit) => {
    if (child.exitCode !== null || child.signalCode !== null) resolveExit();
    else child.once('exit', () => resolveExit());
  });
}

/** Resolves once the port accepts a connection; rejects with nginx's own words if it exits first. */
async function listening(child: ChildProcess, port: number, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with code ${child.exitCode}: ${stderr().trim()}`);
    const open = await new Promise<boolean>((resolveTry) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolveTry(true);
      });
      socket.once('error', () => resolveTry(false));
    });
    if (open) return;
    await new Promise((wake) => setTimeout(wake, 50));
  }
  throw new Error(`nginx did not listen on port ${port} within 5 s: ${stderr().trim()}`);
}

/**
 * Starts Debian's nginx on a free loopback port, serving `root` with the server-block
 * include `include` (docs/hosting/nginx-feed.conf), its config, pid and temp files in a
 * fresh folder under `workDir`. Not a system service: `stop()` ends the one process.
 * Throws the install line when nginx is not there.
 */
export async function startNginx(options: { root: string; include: string; workDir: string }): Promise<RunningNginx> {
  const missing = nginxMissing();
  if (missing !== undefined) throw new Error(missing);
  const work = await mkdtemp(join(options.workDir, 'nginx-'));
  // Another process may take the port between our probe and nginx's bind: try again.
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    const config = join(work, 'nginx.conf');
    await writeFile(config, mainConfig(work, port, options.root, options.include));
    const child = spawn(NGINX, ['-p', work, '-c', config, '-e', 'stderr'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const stop = async (): Promise<void> => {
      child.kill('SIGTERM');
      await exited(child);
    };
    try {
      await listening(child, port, () => stderr);
      return { url: `http://127.0.0.1:${port}/`, stop };
    } catch (error) {
      await stop();
      if (attempt < 3 && stderr.includes('Address already in use')) continue;
      throw error;
    }
  }
}
