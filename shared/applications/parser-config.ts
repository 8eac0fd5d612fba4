import { z } from 'zod';
import { ENV } from '../config/env-names.ts';
import { UserSettingsSchema, type UserSettings } from '../config/settings.ts';
import { ConfigError, describeIssues, parseOrThrow } from '../config/zod-errors.ts';

/**
 * Local and test runs only: where the AWS SDK clients go instead of AWS. One endpoint for every
 * service (moto serves all on one port), or one per service (dynalite and s3rver listen apart);
 * a per-service one wins. Unset in AWS, where the SDK finds the real endpoints itself.
 */
export const ENDPOINT_ENV = {
  all: 'JOBNUDGE_AWS_ENDPOINT',
  s3: 'JOBNUDGE_S3_ENDPOINT',
  dynamodb: 'JOBNUDGE_DYNAMODB_ENDPOINT',
} as const;

export interface ParserConfig {
  readonly settings: UserSettings;
  readonly tableName: string;
  readonly rawBucket: string;
  /** May be empty: the receipt rule can store objects without a prefix. */
  readonly rawPrefix: string;
  /** Emulator endpoints (local/test only); null means the real AWS endpoint. */
  readonly endpoints: { readonly s3: string | null; readonly dynamodb: string | null };
}

const endpointUrl = z.url({ message: 'must be a URL such as http://127.0.0.1:4566' }).optional();

const ParserEnvSchema = z.object({
  [ENV.settings]: z.string({ message: 'must be set to the settings JSON' }).min(1, { message: 'must be set to the settings JSON' }),
  [ENV.tableName]: z.string({ message: 'must be set' }).min(1, { message: 'must not be empty' }),
  [ENV.rawBucket]: z.string({ message: 'must be set' }).min(1, { message: 'must not be empty' }),
  [ENV.rawPrefix]: z.string({ message: 'must be set (it may be empty)' }),
  [ENDPOINT_ENV.all]: endpointUrl,
  [ENDPOINT_ENV.s3]: endpointUrl,
  [ENDPOINT_ENV.dynamodb]: endpointUrl,
});

/** Read and check the parser Lambda's environment once, at cold start; lists every problem. */
export function loadParserConfig(env: Readonly<Record<string, string | undefined>>): ParserConfig {
  const vars = parseOrThrow(ParserEnvSchema, env, 'parser environment');
  let settingsJson: unknown;
  try {
    settingsJson = JSON.parse(vars[ENV.settings]);
  } catch (error) {
    throw new ConfigError('parser environment', [`${ENV.settings}: is not valid JSON (${(error as Error).message})`]);
  }
  const settings = UserSettingsSchema.safeParse(settingsJson);
  if (!settings.success) throw new ConfigError('parser environment', describeIssues(settings.error, ENV.settings));
  return {
    settings: settings.data,
    tableName: vars[ENV.tableName],
    rawBucket: vars[ENV.rawBucket],
    rawPrefix: vars[ENV.rawPrefix],
    endpoints: {
      s3: vars[ENDPOINT_ENV.s3] ?? vars[ENDPOINT_ENV.all] ?? null,
      dynamodb: vars[ENDPOINT_ENV.dynamodb] ?? vars[ENDPOINT_ENV.all] ?? null,
    },
  };
}
