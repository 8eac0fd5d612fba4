import { checkDataDir } from '../local/data-dir.ts';
import { loadLocalConfig, rememberedLine, type LocalSettings } from '../local/local-config.ts';
import { configFlags, dataDirFlag, type LocalFlagValues } from '../local/local-flags.ts';
import { readRememberedSettings } from '../local/remembered-settings.ts';
import type { CliIo } from './io.ts';

/**
 * The data directory and settings of a command that works on a local run's data (run-due, import,
 * export, digest): the directory is checked first, then what `serve` remembered there is the base
 * that --config and flags override, and a line on stderr says so (stdout may be a CSV).
 */
export async function settingsForDataDir(
  values: LocalFlagValues,
  io: CliIo,
  options: { relay: boolean; dataDir: 'existing' | 'create' },
): Promise<{ dataDir: string; local: LocalSettings }> {
  const dataDir = dataDirFlag(values);
  await checkDataDir(dataDir, options.dataDir);
  const remembered = await readRememberedSettings(dataDir);
  const flags = configFlags(values);
  const local = await loadLocalConfig(flags, { relay: options.relay, remembered });
  const line = rememberedLine(remembered, local, flags);
  if (line !== null) io.err(line);
  return { dataDir, local };
}
