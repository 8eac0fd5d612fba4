import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { SESClient } from '@aws-sdk/client-ses';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '../domain/clock.ts';
import { systemClock } from '../domain/clock.ts';
import type { Logger } from '../logging/logger.ts';
import { SesMailer } from '../mailer/ses-mailer.ts';
import { EventBridgeReminderScheduler } from '../scheduler/eventbridge-reminder-scheduler.ts';
import { DynamoDbApplicationStore } from '../store/dynamodb-application-store.ts';
import { DEFAULT_RETENTION } from '../store/retention.ts';
import { awsClientOptions, mailClientOptions } from './aws-client-options.ts';
import type { PipelineDeps } from './deps.ts';
import type { PipelineRuntimeConfig } from './lambda-config.ts';

/** SDK clients built once per Lambda container (they keep their connections warm). */
export interface AwsClients {
  readonly dynamo: DynamoDBDocumentClient;
  readonly ses: SESClient;
  readonly scheduler: SchedulerClient;
}

export function buildAwsClients(config: PipelineRuntimeConfig): AwsClients {
  const { dynamodb, ses, scheduler } = config.endpoints;
  return {
    dynamo: DynamoDBDocumentClient.from(new DynamoDBClient(awsClientOptions(dynamodb))),
    ses: new SESClient(mailClientOptions(ses)),
    scheduler: new SchedulerClient(awsClientOptions(scheduler)),
  };
}

/**
 * PipelineDeps over DynamoDB, EventBridge Scheduler and SES. `reminderFunctionArn` is what
 * schedules invoke: the parser has it from its environment, the reminder function from its context.
 */
export function buildAwsPipelineDeps(
  config: PipelineRuntimeConfig,
  clients: AwsClients,
  options: { readonly reminderFunctionArn: string; readonly logger: Logger; readonly clock?: Clock },
): PipelineDeps {
  const clock = options.clock ?? systemClock;
  return {
    store: new DynamoDbApplicationStore({ client: clients.dynamo, tableName: config.tableName, retention: config.retention ?? DEFAULT_RETENTION }),
    scheduler: new EventBridgeReminderScheduler(clients.scheduler, { ...config.scheduler, targetArn: options.reminderFunctionArn }, clock),
    mailer: new SesMailer({ client: clients.ses, allowedRecipient: config.settings.notifyAddress }),
    settings: config.settings,
    clock,
    logger: options.logger,
  };
}
