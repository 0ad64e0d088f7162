// Makes `npm start` and `npm test` work straight after cloning: when the
// dependencies are missing or older than the lockfile, install them with `npm ci`.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';

export function ensureInstalled(root) {
  const installed = statSync(join(root, 'node_modules/.package-lock.json'), { throwIfNoEntry: false });
  const lockfile = statSync(join(root, 'package-lock.json'));
  if (installed && installed.mtimeMs >= lockfile.mtimeMs) return;
  console.log('Installing dependencies (npm ci)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm ci failed: the dependencies could not be installed.');
}
