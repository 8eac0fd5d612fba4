import { DEFAULT_DATA_DIR } from './data-dir.ts';
import type { LocalConfigFlags } from './local-config.ts';
import { UsageError } from '../cli/usage-error.ts';

/** Flags every local command shares: where the data lives and the settings. */
export const LOCAL_OPTIONS = {
  data: { type: 'string' },
  config: { type: 'string' },
  tz: { type: 'string' },
  notify: { type: 'string' },
  locale: { type: 'string' },
  allow: { type: 'string', multiple: true },
} as const;

export interface LocalFlagValues {
  readonly data?: string | undefined;
  readonly config?: string | undefined;
  readonly tz?: string | undefined;
  readonly notify?: string | undefined;
  readonly locale?: string | undefined;
  readonly allow?: string[] | undefined;
}

export function configFlags(values: LocalFlagValues): LocalConfigFlags {
  return { configFile: values.config, timeZone: values.tz, notifyAddress: values.notify, locale: values.locale, allow: values.allow };
}

export function dataDirFlag(values: LocalFlagValues): string {
  return values.data ?? DEFAULT_DATA_DIR;
}

/** A port flag: an integer 0–65535 (0 picks a free port). */
export function portFlag(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535) throw new UsageError(`${flag}: "${value}" is not a port number (0–65535)`);
  return port;
}

