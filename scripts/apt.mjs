// Installs Debian packages a test suite needs, the way CI (root, apt, a clean
// machine) gets its Chromium and nginx: one place for the apt-get steps.
import { spawnSync } from 'node:child_process';

/** The package lists are fetched once per run, however many suites need packages. */
let listsFresh = false;

/**
 * `apt-get update` (once) and `apt-get install -y` of the packages, waiting up to two
 * minutes for another apt that holds the lock. Throws one line naming `purpose` on failure.
 */
export function aptInstall(packages, purpose) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const steps = [...(listsFresh ? [] : [['update', '-qq']]), ['install', '-y', '-qq', ...packages]];
  for (const args of steps) {
    const result = spawnSync('apt-get', ['-o', 'DPkg::Lock::Timeout=120', ...args], { stdio: 'inherit', env });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed; ${purpose} cannot run.`);
  }
  listsFresh = true;
}
