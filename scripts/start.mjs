// `npm start`: installs and builds what is missing (turbo, cached), then serves
// the playground for content editors — with the widgets' CDN files and the
// sample feed of regio Utrecht — on loopback. PORT picks the port (default
// 8787; 0 = any free port).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureInstalled } from './ensure-install.mjs';

const root = new URL('..', import.meta.url).pathname;
ensureInstalled(root);
const turbo = spawnSync(process.execPath, [join(root, 'node_modules/turbo/bin/turbo'), 'run', 'build', '--output-logs=errors-only'], {
  cwd: root,
  stdio: 'inherit',
});
if (turbo.status !== 0) process.exit(turbo.status ?? 1);

const portText = process.env.PORT ?? '8787';
const port = Number(portText);
if (!/^\d+$/.test(portText) || port > 65535) {
  console.error(`PORT must be a port number from 0 to 65535 (got "${portText}").`);
  process.exit(2);
}

// Imported after the build: the server module is part of what was just built.
const { startPlayground } = await import(pathToFileURL(join(root, 'apps/playground/dist/server.js')).href);
let playground;
try {
  playground = await startPlayground({ port });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(message);
  if (/already in use/.test(message)) console.error('Start on another port with PORT=9000 npm start (PORT=0 picks a free one).');
  process.exit(1);
}
console.log(`Wijkwijzer playground: ${playground.url}`);
console.log(`Sample feed:           ${playground.url}feeds/regio-utrecht/index.json`);
console.log('Press Ctrl+C to stop.');

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    playground.close().then(() => process.exit(0));
  });
}
