import { main } from '../../shared/cli/main.ts';

/** Runs the CLI in-process and keeps what it printed (nothing reaches the test output). */
export async function runCli(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (line) => out.push(...line.split('\n')), err: (line) => err.push(...line.split('\n')) });
  return { code, out, err };
}

export const fixture = (name: string): string => new URL(`../fixtures/eml/${name}`, import.meta.url).pathname;
export const planFixture = (name: string): string => new URL(`./fixtures/${name}`, import.meta.url).pathname;
