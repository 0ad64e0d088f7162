import { readFileSync } from 'node:fs';
import { isObject } from './json.js';

/**
 * The CLI's own version, read from package.json at run time so a release bump
 * is the only place it changes. dist/version.js sits one folder below it.
 */
export function cliVersion(): string {
  try {
    const pkg: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    return isObject(pkg) && typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}
