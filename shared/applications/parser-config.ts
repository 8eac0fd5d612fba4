import * as z from '../config/zod-mini.ts';
import { ENDPOINT_ENV, ENV } from '../config/env-names.ts';
import type { UserSettings } from '../config/settings.ts';
import { ConfigError, parseOrThrow } from '../config/zod-errors.ts';
import { loadPipelineConfig, parseSettingsVariable, ReminderFunctionArnSchema, type PipelineRuntimeConfig } from '../pipeline/lambda-config.ts';

/** Kept here for existing importers; the names live in config/env-names.ts. */
export { ENDPOINT_ENV };

const SOURCE = 'parser environment';

/** The ingest half of the parser's environment: settings, table, raw mail. */
export interface ParserConfig {
  readonly settings: UserSettings;
  readonly tableName: string;
  readonly rawBucket: string;
  /** May be empty: the receipt rule can store objects without a prefix. */
  readonly rawPrefix: string;
  /** Emulator endpoints (local/test only); null means the real AWS endpoint. */
  readonly endpoints: { readonly s3: string | null; readonly dynamodb: string | null };
}

/** The parser's whole environment: ingest, plus what planning, scheduling and mailing need. */
export interface ParserRuntimeConfig {
  readonly ingest: ParserConfig;
  readonly pipeline: PipelineRuntimeConfig;
  /** What reminder schedules invoke. */
  readonly reminderFunctionArn: string;
}

const endpointUrl = z.optional(z.url({ message: 'must be a URL such as http://127.0.0.1:4566' }));

const ParserEnvSchema = z.object({
  [ENV.settings]: z.string({ message: 'must be set to the settings JSON' }).check(z.minLength(1, { message: 'must be set to the settings JSON' })),
  [ENV.tableName]: z.string({ message: 'must be set' }).check(z.minLength(1, { message: 'must not be empty' })),
  [ENV.rawBucket]: z.string({ message: 'must be set' }).check(z.minLength(1, { message: 'must not be empty' })),
  [ENV.rawPrefix]: z.string({ message: 'must be set (it may be empty)' }),
  [ENDPOINT_ENV.all]: endpointUrl,
  [ENDPOINT_ENV.s3]: endpointUrl,
  [ENDPOINT_ENV.dynamodb]: endpointUrl,
});

/** Read and check the ingest variables of the parser Lambda's environment; lists every problem. */
export function loadParserConfig(env: Readonly<Record<string, string | undefined>>): ParserConfig {
  const vars = parseOrThrow(ParserEnvSchema, env, SOURCE);
  return {
    settings: parseSettingsVariable(vars[ENV.settings], SOURCE),
    tableName: vars[ENV.tableName],
    rawBucket: vars[ENV.rawBucket],
    rawPrefix: vars[ENV.rawPrefix],
    endpoints: {
      s3: vars[ENDPOINT_ENV.s3] ?? vars[ENDPOINT_ENV.all] ?? null,
      dynamodb: vars[ENDPOINT_ENV.dynamodb] ?? vars[ENDPOINT_ENV.all] ?? null,
    },
  };
}

/** The parser's whole environment, checked once at cold start; every problem of every part in one error. */
export function loadParserRuntimeConfig(env: Readonly<Record<string, string | undefined>>): ParserRuntimeConfig {
  const problems: string[] = [];
  const attempt = <T>(read: () => T): T | null => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(...error.problems);
      return null;
    }
  };
  const ingest = attempt(() => loadParserConfig(env));
  const pipeline = attempt(() => loadPipelineConfig(env, SOURCE));
  const reminderFunctionArn = attempt(() => parseOrThrow(z.object({ [ENV.reminderFunctionArn]: ReminderFunctionArnSchema }), env, SOURCE));
  // Settings and table are read by both parts: one message per problem.
  if (ingest === null || pipeline === null || reminderFunctionArn === null) throw new ConfigError(SOURCE, [...new Set(problems)]);
  return { ingest, pipeline, reminderFunctionArn: reminderFunctionArn[ENV.reminderFunctionArn] };
}
