// `npm start`: installs and builds what is missing, builds the sample feed of
// regio Utrecht from data/ and serves it on loopback (PORT, default 8787).
// The playground takes this over once it exists.
import { spawnSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureInstalled } from './ensure-install.mjs';

const root = new URL('..', import.meta.url).pathname;
ensureInstalled(root);
const turbo = spawnSync(process.execPath, [join(root, 'node_modules/turbo/bin/turbo'), 'run', 'build', '--output-logs=errors-only'], {
  cwd: root,
  stdio: 'inherit',
});
if (turbo.status !== 0) process.exit(turbo.status ?? 1);
const cli = join(root, 'packages/cli/dist/bin.js');
const feedDir = join(root, 'feed/regio-utrecht');

const build = spawnSync(process.execPath, [cli, 'build', join(root, 'data/regio-utrecht'), '--out', feedDir], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const server = spawn(process.execPath, [cli, 'serve', feedDir, '--port', process.env.PORT ?? '8787'], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
