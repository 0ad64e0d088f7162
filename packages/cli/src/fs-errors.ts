function errnoCode(error: unknown): string | undefined {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

/** Says in plain words why a path could not be used, from the errno code Node gives. */
export function describeFsError(error: unknown, path: string): string {
  switch (errnoCode(error)) {
    case 'ENOENT':
      return `${path} does not exist`;
    case 'EACCES':
    case 'EPERM':
      return `no permission to read ${path}`;
    case 'EISDIR':
      return `${path} is a folder, not a file`;
    case 'ENOTDIR':
      return `${path} is not a folder`;
    default:
      return `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

export function isMissingFile(error: unknown): boolean {
  return errnoCode(error) === 'ENOENT';
}
