import { ConfigError } from '../config/zod-errors.ts';
import { commandHelp, COMMANDS, overview } from './command-list.ts';
import { type CliIo, processIo } from './io.ts';
import { PathError, pathProblem } from './path-error.ts';
import { UsageError } from './usage-error.ts';

const HELP_FLAGS: ReadonlySet<string> = new Set(['--help', '-h', 'help']);

/** Errors a user can fix from the message alone: printed as one line, never as a stack trace. */
function userMistake(error: unknown): { message: string; code: number } | null {
  if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
    return { message: error.message, code: 2 };
  }
  if (error instanceof ConfigError) return { message: error.message, code: 2 };
  if (error instanceof PathError) return { message: error.message, code: 1 };
  // Named errors of the local run (data directory busy or empty, port taken, import source): each
  // carries a message written for the user. Matched by name so this file loads none of them.
  if (error instanceof Error && ['DataDirBusyError', 'NoDataError', 'PortInUseError', 'ImportSourceError'].includes(error.name)) {
    return { message: error.message, code: 1 };
  }
  const path = pathProblem(error);
  return path === null ? null : { message: path, code: 1 };
}

/** The `jobnudge` command line. Returns the process exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || HELP_FLAGS.has(name)) {
    io.out(overview());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.get(name);
  if (!command) {
    io.err(`jobnudge: unknown command "${name}"\n${overview()}`);
    return 2;
  }
  // The same rule as jobnudge.js, which answers this before TypeScript loads.
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(commandHelp(command));
    return 0;
  }
  try {
    const run = await command.load();
    return await run(rest, io);
  } catch (error) {
    const mistake = userMistake(error);
    if (mistake === null) throw error;
    io.err(`jobnudge ${name}: ${mistake.message}${mistake.code === 2 && !(error instanceof ConfigError) ? `\nusage: ${command.usage}` : ''}`);
    return mistake.code;
  }
}
