import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** The data directory is in use by another jobnudge process. */
export class DataDirBusyError extends Error {
  override readonly name = 'DataDirBusyError';
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`the data directory ${dataDir} is in use by another jobnudge process (pid ${pid}): stop it first (serve, import and run-due cannot share it), or use another --data`);
  }
}

export interface DataDirLock {
  release(): Promise<void>;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/**
 * One process per data directory: the embedded database (LevelDB) allows one opener, and dynalite
 * crashes the process instead of reporting a held lock, so the lock is taken here first. A lock
 * left by a process that is gone is taken over.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const path = join(dataDir, 'jobnudge.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return { release: () => rm(path, { force: true }) };
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
      const pid = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) throw new DataDirBusyError(dataDir, pid);
      if (pid === process.pid) throw new DataDirBusyError(dataDir, pid);
      await rm(path, { force: true });
    }
  }
  throw new DataDirBusyError(dataDir, -1);
}
