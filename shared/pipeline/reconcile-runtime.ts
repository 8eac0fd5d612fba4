import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from '../config/zod-mini.ts';
import { ENDPOINT_ENV, ENV } from '../config/env-names.ts';
import { parseOrThrow } from '../config/zod-errors.ts';
import { systemClock, type Clock } from '../domain/clock.ts';
import type { Logger } from '../logging/logger.ts';
import { EventBridgeReminderScheduler, EventBridgeSchedulerConfigSchema } from '../scheduler/eventbridge-reminder-scheduler.ts';
import { DynamoDbApplicationStore } from '../store/dynamodb-application-store.ts';
import { awsClientOptions } from './aws-client-options.ts';
import type { ReconcileDeps } from './reconcile-reminders.ts';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * What the reconciler function needs: the table, and where schedules go and what they invoke.
 * Deliberately no user settings: the sweep reads no address and sends no mail.
 */
export interface ReconcilerRuntimeConfig {
  readonly tableName: string;
  readonly scheduler: { readonly groupName: string; readonly roleArn: string; readonly deadLetterArn: string; readonly targetArn: string };
  /** Emulator endpoints (local/test only); null means the real AWS endpoint. */
  readonly endpoints: { readonly dynamodb: string | null; readonly scheduler: string | null };
}

const required = z.string({ message: 'must be set' }).check(z.minLength(1, { message: 'must not be empty' }));
const endpointUrl = z.optional(z.url({ message: 'must be a URL such as http://127.0.0.1:4566' }));
const schedulerFields = EventBridgeSchedulerConfigSchema.shape;

const ReconcilerEnvSchema = z.object({
  [ENV.tableName]: required,
  [ENV.scheduleGroup]: z.pipe(required, schedulerFields.groupName),
  [ENV.schedulerRoleArn]: z.pipe(required, schedulerFields.roleArn),
  [ENV.reminderDlqArn]: z.pipe(required, schedulerFields.deadLetterArn),
  [ENV.reminderFunctionArn]: z.pipe(required, schedulerFields.targetArn),
  [ENDPOINT_ENV.all]: endpointUrl,
  [ENDPOINT_ENV.dynamodb]: endpointUrl,
  [ENDPOINT_ENV.scheduler]: endpointUrl,
});

/** Read and check the reconciler's variables at cold start; every problem is listed at once. */
export function loadReconcilerConfig(env: Env, source: string): ReconcilerRuntimeConfig {
  const vars = parseOrThrow(ReconcilerEnvSchema, env, source);
  const all = vars[ENDPOINT_ENV.all] ?? null;
  return {
    tableName: vars[ENV.tableName],
    scheduler: {
      groupName: vars[ENV.scheduleGroup],
      roleArn: vars[ENV.schedulerRoleArn],
      deadLetterArn: vars[ENV.reminderDlqArn],
      // Re-created schedules invoke the reminder function, exactly like the ones the parser makes.
      targetArn: vars[ENV.reminderFunctionArn],
    },
    endpoints: { dynamodb: vars[ENDPOINT_ENV.dynamodb] ?? all, scheduler: vars[ENDPOINT_ENV.scheduler] ?? all },
  };
}

/**
 * The reconciler's dependencies over DynamoDB and EventBridge Scheduler. The store is built without
 * retention options: the sweep only changes a reminder's status, which keeps the item's expiry.
 */
export function buildReconcileDeps(config: ReconcilerRuntimeConfig, logger: Logger, clock: Clock = systemClock): ReconcileDeps {
  const dynamo = DynamoDBDocumentClient.from(new DynamoDBClient(awsClientOptions(config.endpoints.dynamodb)));
  const scheduler = new SchedulerClient(awsClientOptions(config.endpoints.scheduler));
  return {
    store: new DynamoDbApplicationStore({ client: dynamo, tableName: config.tableName }),
    scheduler: new EventBridgeReminderScheduler(scheduler, config.scheduler, clock),
    clock,
    logger,
  };
}
