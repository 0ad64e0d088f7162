// Installs Debian packages a test suite needs, the way CI (root, apt, a clean
// machine) gets its Chromium and nginx: one place for the apt-get steps.
import { spawnSync } from 'node:child_process';

/**
 * `apt-get update` then `apt-get install -y` of the packages, waiting up to two minutes
 * for another apt that holds the lock. Throws one line naming `purpose` when it fails.
 */
export function aptInstall(packages, purpose) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const lock = ['-o', 'DPkg::Lock::Timeout=120'];
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...packages]]) {
    const result = spawnSync('apt-get', [...lock, ...args], { stdio: 'inherit', env });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed; ${purpose} cannot run.`);
  }
}
