/** The `jobnudge` command line. Returns the process exit code. */
export function main(_argv: readonly string[]): Promise<number> {
  return Promise.resolve(0);
}
