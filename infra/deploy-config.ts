import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, describeIssues } from '../shared/config/zod-errors.ts';
import { parseDeploySettings } from '../shared/config/deploy-settings.ts';
import type { DeploySettings } from '../shared/config/deploy-settings.ts';
import { DigestScheduleSchema, type DigestSchedule } from '../shared/digest/digest-schedule.ts';

/** CDK context key holding the complete example config (cdk.json), so synth works with no arguments. */
export const CONFIG_CONTEXT_KEY = 'jobnudge';
/** The user's own config at the repository root (gitignored); when present it replaces the context. */
export const USER_CONFIG_FILE = 'jobnudge.config.json';

export interface LoadedDeploySettings {
  readonly settings: DeploySettings;
  /** The weekly digest's day, hour and switch (the config's `digest` key; default Monday 08:00). */
  readonly digest: DigestSchedule;
  /** Where the settings came from, for messages. */
  readonly source: string;
}

export interface DeployConfigSources {
  /** Directory that may hold jobnudge.config.json (the repository root). */
  readonly rootDir: string;
  /** The value of the `jobnudge` CDK context key, if any (an object, or JSON text from `-c`). */
  readonly contextValue: unknown;
}

/**
 * Finds and validates the deploy settings. The user file wins over the context as a whole: merging
 * field by field would silently mix the example's addresses into a real deployment.
 */
export function loadDeploySettings({ rootDir, contextValue }: DeployConfigSources): LoadedDeploySettings {
  const filePath = join(rootDir, USER_CONFIG_FILE);
  if (existsSync(filePath)) {
    const source = filePath;
    return { ...parseWithDigest(readJson(readFileSync(filePath, 'utf8'), source), source), source };
  }
  if (contextValue === undefined) {
    throw new ConfigError('deploy settings', [
      `no ${USER_CONFIG_FILE} at ${rootDir} and no "${CONFIG_CONTEXT_KEY}" key in the CDK context (cdk.json)`,
    ]);
  }
  const source = `CDK context "${CONFIG_CONTEXT_KEY}"`;
  const value = typeof contextValue === 'string' ? readJson(contextValue, source) : contextValue;
  return { ...parseWithDigest(value, source), source };
}

/**
 * The config's `digest` key is read by its own schema (shared/digest) and the rest by the deploy
 * schema; the problems of both are reported together, one line per field, as for any config.
 */
export function parseWithDigest(value: unknown, source: string): { settings: DeploySettings; digest: DigestSchedule } {
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  const { digest: digestValue, ...rest } = isObject ? (value as Record<string, unknown>) : {};
  const problems: string[] = [];
  let settings: DeploySettings | null = null;
  try {
    settings = parseDeploySettings(isObject ? rest : value, source);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.problems);
  }
  const digest = DigestScheduleSchema.safeParse(digestValue ?? {});
  if (!digest.success) problems.push(...describeIssues(digest.error, 'digest'));
  if (settings === null || !digest.success || problems.length > 0) throw new ConfigError(source, problems);
  return { settings, digest: digest.data };
}

function readJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ConfigError(source, [`(root): not valid JSON (${(error as Error).message})`]);
  }
}
