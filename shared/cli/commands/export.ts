import { parseArgs } from 'node:util';
import { ConfigError } from '../../config/zod-errors.ts';
import { systemClock } from '../../domain/clock.ts';
import { applicationsCsv } from '../../digest/applications-csv.ts';
import { composeDigest } from '../../digest/load-digest-input.ts';
import { DataDirBusyError } from '../../local/data-dir-lock.ts';
import { startEmbeddedStore } from '../../local/embedded-store.ts';
import { LOCAL_OPTIONS } from '../../local/local-flags.ts';
import type { CliIo } from '../io.ts';
import { settingsForDataDir } from '../local-settings.ts';
import { UsageError } from '../usage-error.ts';

/** Write applications.csv (the digest's attachment) to stdout: one row per application. */
export async function runExport(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: { ...LOCAL_OPTIONS, csv: { type: 'boolean', default: false } }, allowPositionals: false });
  // CSV is the only format today; the flag keeps room for others without changing what this prints.
  if (!values.csv) throw new UsageError('say which format: --csv');
  try {
    const { dataDir, local } = await settingsForDataDir(values, io, { relay: false, dataDir: 'existing' });
    const embedded = await startEmbeddedStore(dataDir);
    try {
      const { rows } = await composeDigest(embedded.store, { kind: 'status', timeZone: local.settings.timeZone, clock: systemClock });
      // io.out ends the text with a newline itself.
      io.out(applicationsCsv(rows).replace(/\r\n$/, ''));
      return 0;
    } finally {
      await embedded.stop();
    }
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DataDirBusyError) {
      io.err(`jobnudge export: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
