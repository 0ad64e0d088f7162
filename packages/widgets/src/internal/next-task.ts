/** Resolves in a later task, so the work before and after it are two tasks, not one long one. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}
