import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError } from '../config/zod-errors.ts';

/**
 * The settings `serve` last started with, as given (config file and flags merged, before defaults),
 * kept in the data directory: run-due, import, export and digest on the same directory then send
 * to the same address and read times in the same zone without repeating every flag.
 */
export const REMEMBERED_SETTINGS_FILE = 'settings.json';

export interface RememberedSettings {
  readonly path: string;
  readonly values: Readonly<Record<string, unknown>>;
}

export function rememberedSettingsPath(dataDir: string): string {
  return join(dataDir, REMEMBERED_SETTINGS_FILE);
}

/** Written whole and renamed into place, so a reader never sees half a file. */
export async function rememberSettings(dataDir: string, values: Readonly<Record<string, unknown>>): Promise<void> {
  const path = rememberedSettingsPath(dataDir);
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(values, null, 2)}\n`);
  await rename(temp, path);
}

/** The remembered settings, or null when `serve` never ran on this directory. Validated by the caller's schema. */
export async function readRememberedSettings(dataDir: string): Promise<RememberedSettings | null> {
  const path = rememberedSettingsPath(dataDir);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new ConfigError(path, [`cannot read the file (${code ?? 'error'})`]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(path, [`not JSON: ${(error as Error).message} (delete it; the next \`jobnudge serve\` writes it again)`]);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new ConfigError(path, ['(root): must be a JSON object of settings']);
  return { path, values: parsed as Record<string, unknown> };
}
