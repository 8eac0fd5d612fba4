import * as z from '../config/zod-mini.ts';
import { ENDPOINT_ENV, ENV } from '../config/env-names.ts';
import { UserSettingsSchema, type UserSettings } from '../config/settings.ts';
import { ConfigError, describeIssues, parseOrThrow } from '../config/zod-errors.ts';
import { EventBridgeSchedulerConfigSchema } from '../scheduler/eventbridge-reminder-scheduler.ts';
import { DEFAULT_RETENTION, RetentionSchema, type Retention } from '../store/retention.ts';

type Env = Readonly<Record<string, string | undefined>>;

/** What both Lambdas need to plan, schedule and send: read once at cold start. */
export interface PipelineRuntimeConfig {
  readonly settings: UserSettings;
  readonly tableName: string;
  /** How long each kind of item the functions write is kept (the TTL they stamp on it); the defaults when absent. */
  readonly retention?: Retention;
  /** Where schedules go and what they run as; the target (the reminder function) is added by the caller. */
  readonly scheduler: { readonly groupName: string; readonly roleArn: string; readonly deadLetterArn: string };
  /** Emulator endpoints (local/test only); null means the real AWS endpoint. */
  readonly endpoints: { readonly dynamodb: string | null; readonly ses: string | null; readonly scheduler: string | null };
}

const required = z.string({ message: 'must be set' }).check(z.minLength(1, { message: 'must not be empty' }));
const endpointUrl = z.optional(z.url({ message: 'must be a URL such as http://127.0.0.1:4566' }));
const schedulerFields = EventBridgeSchedulerConfigSchema.shape;

const PipelineEnvSchema = z.object({
  [ENV.settings]: z.string({ message: 'must be set to the settings JSON' }).check(z.minLength(1, { message: 'must be set to the settings JSON' })),
  [ENV.tableName]: required,
  [ENV.scheduleGroup]: z.pipe(required, schedulerFields.groupName),
  [ENV.schedulerRoleArn]: z.pipe(required, schedulerFields.roleArn),
  [ENV.reminderDlqArn]: z.pipe(required, schedulerFields.deadLetterArn),
  [ENV.retention]: z.optional(z.string()),
  [ENDPOINT_ENV.all]: endpointUrl,
  [ENDPOINT_ENV.dynamodb]: endpointUrl,
  [ENDPOINT_ENV.ses]: endpointUrl,
  [ENDPOINT_ENV.scheduler]: endpointUrl,
});

/** The reminder function's ARN as the parser gets it (the reminder itself reads it from its context). */
export const ReminderFunctionArnSchema = z.pipe(required, schedulerFields.targetArn);

/** Parse the settings JSON of an environment variable; every wrong field is named (`JOBNUDGE_SETTINGS.timeZone: …`). */
export function parseSettingsVariable(json: string, source: string): UserSettings {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new ConfigError(source, [`${ENV.settings}: is not valid JSON (${(error as Error).message})`]);
  }
  const settings = UserSettingsSchema.safeParse(value);
  if (!settings.success) throw new ConfigError(source, describeIssues(settings.error, ENV.settings));
  return settings.data;
}

/**
 * Parse the retention JSON of an environment variable (`JOBNUDGE_RETENTION.noticeDays: …`). The stack
 * always sets it; unset (tests, older deployments) means the documented defaults.
 */
export function parseRetentionVariable(json: string | undefined, source: string): Retention {
  if (json === undefined) return DEFAULT_RETENTION;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new ConfigError(source, [`${ENV.retention}: is not valid JSON (${(error as Error).message})`]);
  }
  return parseOrThrow(RetentionSchema, value, source, ENV.retention);
}

/** Read and check the variables both Lambdas share; lists every problem at once. */
export function loadPipelineConfig(env: Env, source: string): PipelineRuntimeConfig {
  const vars = parseOrThrow(PipelineEnvSchema, env, source);
  const all = vars[ENDPOINT_ENV.all] ?? null;
  return {
    settings: parseSettingsVariable(vars[ENV.settings], source),
    tableName: vars[ENV.tableName],
    retention: parseRetentionVariable(vars[ENV.retention], source),
    scheduler: {
      groupName: vars[ENV.scheduleGroup],
      roleArn: vars[ENV.schedulerRoleArn],
      deadLetterArn: vars[ENV.reminderDlqArn],
    },
    endpoints: {
      dynamodb: vars[ENDPOINT_ENV.dynamodb] ?? all,
      ses: vars[ENDPOINT_ENV.ses] ?? all,
      scheduler: vars[ENDPOINT_ENV.scheduler] ?? all,
    },
  };
}

/**
 * The unqualified function ARN: Scheduler's role may invoke exactly the function's ARN, so a
 * version or alias suffix (`…:function:name:live`) from `context.invokedFunctionArn` is dropped.
 */
export function unqualifiedFunctionArn(arn: string): string {
  return arn.split(':').slice(0, 7).join(':');
}
