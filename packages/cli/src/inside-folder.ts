import { sep } from 'node:path';

/** Whether an absolute, normalised path is the folder itself or lies beneath it. */
export function isInside(folder: string, path: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`);
}
