/** A path on the command line that is not what the command needs: one line, exit 1. */
export class PathError extends Error {
  override readonly name = 'PathError';
}

const PROBLEMS: ReadonlyMap<string, string> = new Map([
  ['ENOENT', 'no such file or directory'],
  ['ENOTDIR', 'a file is where a directory is expected'],
  ['EISDIR', 'is a directory, not a file'],
  ['EEXIST', 'exists and is not a directory'],
  ['EACCES', 'permission denied'],
  ['EPERM', 'permission denied'],
  ['ENAMETOOLONG', 'name too long'],
]);

/**
 * A file system error as one line naming its path (Node's own message adds the syscall and, thrown
 * at the top, a stack trace), or null when the error is not about a path.
 */
export function pathProblem(error: unknown): string | null {
  const problem = fileProblem(error);
  if (problem === null || !(error instanceof Error) || !('path' in error) || typeof error.path !== 'string') return null;
  return `${error.path}: ${problem}`;
}

/** The same without the path, for output that already names the file (reading a directory names none). */
export function fileProblem(error: unknown): string | null {
  if (!(error instanceof Error) || !('code' in error)) return null;
  return PROBLEMS.get(String(error.code)) ?? null;
}
