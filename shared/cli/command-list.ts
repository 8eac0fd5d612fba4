import HELP from './help.json' with { type: 'json' };
import type { CliIo } from './io.ts';

/** One command's entry point: argv after the command name; resolves the exit code. */
export type CommandRun = (argv: readonly string[], io: CliIo) => Promise<number>;

/**
 * The texts live in help.json so that jobnudge.js answers `--help` from them without starting
 * TypeScript (tsx alone takes longer than the half second help may cost).
 */
export type CommandName = keyof typeof HELP.commands;

export interface CommandEntry {
  readonly usage: string;
  /** One line for `jobnudge --help`. */
  readonly summary: string;
  /** What `jobnudge <command> --help` prints below the usage line. */
  readonly help: readonly string[];
  /**
   * Loaded only when the command runs: `serve` alone pulls in the embedded database, SMTP and the
   * web page, and the other commands should cost none of it.
   */
  readonly load: () => Promise<CommandRun>;
}

const LOADERS: Readonly<Record<CommandName, () => Promise<CommandRun>>> = {
  classify: async () => (await import('./commands/classify.ts')).runClassify,
  plan: async () => (await import('./commands/plan.ts')).runPlan,
  serve: async () => (await import('./commands/serve.ts')).runServe,
  import: async () => (await import('./commands/import.ts')).runImport,
  'run-due': async () => (await import('./commands/run-due.ts')).runRunDue,
  export: async () => (await import('./commands/export.ts')).runExport,
  digest: async () => (await import('./commands/digest.ts')).runDigest,
};

/** A Map, so a typed word such as "constructor" is an unknown command, not Object.prototype's. */
export const COMMANDS: ReadonlyMap<string, CommandEntry> = new Map(
  (Object.keys(LOADERS) as CommandName[]).map((name) => [name, { ...HELP.commands[name], load: LOADERS[name] }]),
);

/** `jobnudge --help`: every command with its one-line summary and usage (jobnudge.js prints the same). */
export function overview(): string {
  const lines = [HELP.title, '', 'Commands:'];
  for (const [name, entry] of COMMANDS) lines.push(`  ${name.padEnd(9)} ${entry.summary}`, `            ${entry.usage}`);
  lines.push('', HELP.footer);
  return lines.join('\n');
}

/** `jobnudge <command> --help`. */
export function commandHelp(entry: Pick<CommandEntry, 'usage' | 'help'>): string {
  return [`usage: ${entry.usage}`, '', ...entry.help].join('\n');
}
