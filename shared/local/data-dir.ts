import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PathError } from '../cli/path-error.ts';

export const DEFAULT_DATA_DIR = '.jobnudge';

/** Where the embedded database keeps its files inside the data directory. */
export function databaseDirectory(dataDir: string): string {
  return join(dataDir, 'db');
}

/** A command that reads the data directory was pointed at one that holds none. */
export class NoDataError extends Error {
  override readonly name = 'NoDataError';
  constructor(readonly dataDir: string) {
    super(`no jobnudge data in ${dataDir} (start \`jobnudge serve --data ${dataDir}\` or \`jobnudge import … --data ${dataDir}\` first, or give the right --data)`);
  }
}

async function kindOf(path: string): Promise<'missing' | 'directory' | 'other'> {
  try {
    return (await stat(path)).isDirectory() ? 'directory' : 'other';
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return 'missing';
    throw error;
  }
}

/**
 * Checks `--data` before anything opens it. `existing`: the command only reads (run-due, export,
 * digest), so a missing or empty directory is a mistake, not an empty list; `create`: serve and
 * import make it. A file in the way is always a mistake.
 */
export async function checkDataDir(dataDir: string, mode: 'existing' | 'create'): Promise<void> {
  const kind = await kindOf(dataDir);
  if (kind === 'other') throw new PathError(`--data: ${dataDir} is a file, not a directory`);
  if (mode === 'create') return;
  if (kind === 'missing' || (await kindOf(databaseDirectory(dataDir))) !== 'directory') throw new NoDataError(dataDir);
}

/** A directory a command writes into (created when missing); a file in the way is a mistake. */
export async function checkOutputDirectory(path: string, flag: string): Promise<void> {
  if ((await kindOf(path)) === 'other') throw new PathError(`${flag}: ${path} is a file, not a directory`);
}
