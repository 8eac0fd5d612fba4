import { ConflictException, CreateScheduleCommand, DeleteScheduleCommand, ResourceNotFoundException } from '@aws-sdk/client-scheduler';
import type { CreateScheduleCommandInput, SchedulerClient } from '@aws-sdk/client-scheduler';
import * as z from '../config/zod-mini.ts';
import { parseOrThrow } from '../config/zod-errors.ts';
import type { ReminderRecord } from '../domain/application.ts';
import type { Clock } from '../domain/clock.ts';
import { atSchedule } from './at-expression.ts';
import { ReminderPayloadSchema } from './reminder-payload.ts';
import type { ReminderPayload } from './reminder-payload.ts';
import { ReminderSchedulingError } from './reminder-scheduler.ts';
import type { ReminderScheduler, ScheduleOutcome } from './reminder-scheduler.ts';
import { SCHEDULE_NAME_MAX_LENGTH, SCHEDULE_NAME_PATTERN } from './schedule-name.ts';

/**
 * A lost reminder event is retried for up to 6 h: after that the reminder's moment has mostly
 * passed, and the event goes to the dead-letter queue where it can be inspected.
 */
export const DEFAULT_MAXIMUM_EVENT_AGE_SECONDS = 6 * 3600;
/** Retries of a failed Lambda invocation before the dead-letter queue (the API allows 0–185). */
export const DEFAULT_MAXIMUM_RETRY_ATTEMPTS = 10;
/**
 * Scheduler fires with one-minute precision, and an `at()` time that has already passed is not
 * something to rely on (reported to be rejected at create): a reminder whose time has come is
 * scheduled this far ahead instead, so it fires at once in practice.
 */
export const MINIMUM_LEAD_MS = 60_000;

// Patterns from the Scheduler API model (CreateScheduleInput): checked at start-up, not at the first reminder.
const ROLE_ARN = /^arn:aws(-[a-z]+)?:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const SQS_ARN = /^arn:aws(-[a-z]+)?:sqs:[a-z0-9-]+:\d{12}:[a-zA-Z0-9\-_]+$/;
const LAMBDA_ARN = /^arn:aws(-[a-z]+)?:lambda:[a-z0-9-]+:\d{12}:function:[a-zA-Z0-9\-_]+(:[a-zA-Z0-9\-_$]+)?$/;

export const EventBridgeSchedulerConfigSchema = z.strictObject({
  groupName: z
    .string()
    .check(
      z.minLength(1),
      z.maxLength(SCHEDULE_NAME_MAX_LENGTH),
      z.regex(SCHEDULE_NAME_PATTERN, { message: 'must be 1–64 characters of 0-9 a-z A-Z - _ .' }),
    ),
  targetArn: z.string().check(z.regex(LAMBDA_ARN, { message: 'must be a Lambda function ARN' })),
  roleArn: z.string().check(z.regex(ROLE_ARN, { message: 'must be an IAM role ARN' })),
  deadLetterArn: z.string().check(z.regex(SQS_ARN, { message: 'must be an SQS queue ARN' })),
  maximumEventAgeSeconds: z._default(z.int().check(z.minimum(60), z.maximum(86_400)), DEFAULT_MAXIMUM_EVENT_AGE_SECONDS),
  maximumRetryAttempts: z._default(z.int().check(z.minimum(0), z.maximum(185)), DEFAULT_MAXIMUM_RETRY_ATTEMPTS),
});
export type EventBridgeSchedulerConfig = z.infer<typeof EventBridgeSchedulerConfigSchema>;
export type EventBridgeSchedulerConfigInput = z.input<typeof EventBridgeSchedulerConfigSchema>;

/** One-time EventBridge Scheduler schedules that invoke the reminder Lambda. */
export class EventBridgeReminderScheduler implements ReminderScheduler {
  private readonly config: EventBridgeSchedulerConfig;

  constructor(
    private readonly client: SchedulerClient,
    config: EventBridgeSchedulerConfigInput,
    private readonly clock: Clock,
  ) {
    this.config = parseOrThrow(EventBridgeSchedulerConfigSchema, config, 'scheduler configuration');
  }

  /** The exact CreateSchedule request for a reminder (exposed for inspection and tests). */
  createRequest(reminder: ReminderRecord, payload: ReminderPayload): CreateScheduleCommandInput {
    const name = checkedName(reminder, 'schedule');
    const input = ReminderPayloadSchema.parse(payload);
    const earliest = this.clock.now().getTime() + MINIMUM_LEAD_MS;
    const fireAt = Date.parse(reminder.fireAt);
    if (Number.isNaN(fireAt)) throw new ReminderSchedulingError('schedule', name, `fireAt is not a date: ${reminder.fireAt}`);
    const at = atSchedule(new Date(Math.max(fireAt, earliest)), reminder.zone);
    return {
      Name: name,
      GroupName: this.config.groupName,
      ScheduleExpression: at.expression,
      ScheduleExpressionTimezone: at.timezone,
      FlexibleTimeWindow: { Mode: 'OFF' },
      ActionAfterCompletion: 'DELETE',
      State: 'ENABLED',
      Description: `jobnudge reminder ${reminder.reminderId}`,
      Target: {
        Arn: this.config.targetArn,
        RoleArn: this.config.roleArn,
        Input: JSON.stringify(input),
        RetryPolicy: {
          MaximumEventAgeInSeconds: this.config.maximumEventAgeSeconds,
          MaximumRetryAttempts: this.config.maximumRetryAttempts,
        },
        DeadLetterConfig: { Arn: this.config.deadLetterArn },
      },
    };
  }

  async schedule(reminder: ReminderRecord, payload: ReminderPayload): Promise<ScheduleOutcome> {
    const request = this.createRequest(reminder, payload);
    try {
      await this.client.send(new CreateScheduleCommand(request));
      return 'created';
    } catch (error) {
      // The name is derived from the reminder and the plan's version, so an existing schedule of
      // that name is this very plan, created by an earlier attempt: done already.
      if (isError(error, ConflictException, 'ConflictException')) return 'existing';
      throw new ReminderSchedulingError('schedule', request.Name ?? '', describe(error), { cause: error });
    }
  }

  async cancel(reminder: ReminderRecord): Promise<void> {
    const name = checkedName(reminder, 'cancel');
    try {
      await this.client.send(new DeleteScheduleCommand({ Name: name, GroupName: this.config.groupName }));
    } catch (error) {
      // Gone already: fired (and deleted after completion) or cancelled by an earlier attempt.
      if (isError(error, ResourceNotFoundException, 'ResourceNotFoundException')) return;
      throw new ReminderSchedulingError('cancel', name, describe(error), { cause: error });
    }
  }
}

function checkedName(reminder: ReminderRecord, operation: 'schedule' | 'cancel'): string {
  const name = reminder.scheduleName;
  if (name.length === 0 || name.length > SCHEDULE_NAME_MAX_LENGTH || !SCHEDULE_NAME_PATTERN.test(name)) {
    throw new ReminderSchedulingError(operation, name, 'not a valid schedule name (1–64 of [0-9a-zA-Z-_.])');
  }
  return name;
}

function isError(error: unknown, type: abstract new (...args: never[]) => Error, name: string): boolean {
  return error instanceof type || (error instanceof Error && error.name === name);
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
