import { CLASSIFY_USAGE, runClassify } from './commands/classify.ts';
import { DIGEST_USAGE, runDigest } from './commands/digest.ts';
import { EXPORT_USAGE, runExport } from './commands/export.ts';
import { IMPORT_USAGE, runImport } from './commands/import.ts';
import { PLAN_USAGE, runPlan } from './commands/plan.ts';
import { RUN_DUE_USAGE, runRunDue } from './commands/run-due.ts';
import { runServe, SERVE_USAGE } from './commands/serve.ts';
import { ConfigError } from '../config/zod-errors.ts';
import { type CliIo, processIo } from './io.ts';
import { UsageError } from './usage-error.ts';

type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

/** A Map, so a typed word such as "constructor" is an unknown command, not Object.prototype's. */
const COMMANDS: ReadonlyMap<string, { run: Command; usage: string }> = new Map([
  ['classify', { run: runClassify, usage: CLASSIFY_USAGE }],
  ['plan', { run: runPlan, usage: PLAN_USAGE }],
  ['serve', { run: runServe, usage: SERVE_USAGE }],
  ['import', { run: (argv: readonly string[], io: CliIo) => runImport(argv, io), usage: IMPORT_USAGE }],
  ['run-due', { run: runRunDue, usage: RUN_DUE_USAGE }],
  ['export', { run: runExport, usage: EXPORT_USAGE }],
  ['digest', { run: runDigest, usage: DIGEST_USAGE }],
]);

function usage(): string {
  return ['usage:', ...[...COMMANDS.values()].map((c) => `  ${c.usage}`)].join('\n');
}

/** The `jobnudge` command line. Returns the process exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.get(name);
  if (!command) {
    io.err(`jobnudge: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      io.err(`jobnudge ${name}: ${error.message}\nusage: ${command.usage}`);
      return 2;
    }
    if (error instanceof ConfigError) {
      io.err(`jobnudge ${name}: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
