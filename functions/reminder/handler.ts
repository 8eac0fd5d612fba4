import type { Context } from 'aws-lambda';
import { DigestPayloadSchema } from '../../shared/digest/digest-payload.ts';
import { PowertoolsLoggerAdapter } from '../../shared/logging/powertools-logger.ts';
import { buildAwsClients, buildAwsPipelineDeps } from '../../shared/pipeline/aws-deps.ts';
import type { PipelineDeps } from '../../shared/pipeline/deps.ts';
import { fireWeeklyDigest, type DigestFireResult } from '../../shared/pipeline/fire-digest.ts';
import { fireReminder, type FireResult } from '../../shared/pipeline/fire-reminder.ts';
import { loadPipelineConfig, unqualifiedFunctionArn } from '../../shared/pipeline/lambda-config.ts';
import { ReminderPayloadSchema } from '../../shared/scheduler/reminder-payload.ts';
import { InvalidReminderPayloadError } from './invalid-payload.ts';

// Cold start: a wrong environment fails here, once, with every problem listed.
const logger = PowertoolsLoggerAdapter.create('jobnudge-reminder');
const config = loadPipelineConfig(process.env, 'reminder environment');
const clients = buildAwsClients(config);

// The function's own ARN (the target of follow-on schedules) is known only from the first invocation.
let deps: PipelineDeps | null = null;
function depsFor(context: Pick<Context, 'invokedFunctionArn'>): PipelineDeps {
  deps ??= buildAwsPipelineDeps(config, clients, { reminderFunctionArn: unqualifiedFunctionArn(context.invokedFunctionArn), logger });
  return deps;
}

/**
 * EventBridge Scheduler → Lambda (async), with the schedule's payload as the event. A payload that
 * is not a reminder payload is refused with the wrong fields named (after Lambda's retries it lands
 * in the dead-letter queue, kept for inspection); other errors are rethrown so Lambda retries:
 * firing is idempotent.
 */
export async function handler(event: unknown, context: Pick<Context, 'invokedFunctionArn'>): Promise<FireResult | DigestFireResult> {
  if (isDigestEvent(event)) return handleDigest(event, context);
  const payload = ReminderPayloadSchema.safeParse(event);
  if (!payload.success) {
    const error = new InvalidReminderPayloadError(payload.error.issues.map((issue) => issue.path.join('.') || '(root)'));
    logger.error('reminder payload rejected', { fields: error.fields }, error);
    throw error;
  }
  try {
    const result = await fireReminder(payload.data, depsFor(context));
    logger.info('reminder handled', { applicationId: result.applicationId, reminderId: result.reminderId, status: result.status, reason: result.reason });
    return result;
  } catch (error) {
    logger.error('reminder failed', { applicationId: payload.data.applicationId, reminderId: payload.data.reminderId }, error);
    throw error;
  }
}

/** The weekly digest schedule's payload names itself (`digest`); anything else is read as a reminder. */
function isDigestEvent(event: unknown): event is Record<string, unknown> {
  return typeof event === 'object' && event !== null && 'digest' in event;
}

/** The recurring digest schedule (infra/constructs/weekly-digest-schedule.ts): at most one digest per week. */
async function handleDigest(event: Record<string, unknown>, context: Pick<Context, 'invokedFunctionArn'>): Promise<DigestFireResult> {
  const payload = DigestPayloadSchema.safeParse(event);
  if (!payload.success) {
    const error = new InvalidReminderPayloadError(payload.error.issues.map((issue) => issue.path.join('.') || '(root)'), 'digest');
    logger.error('digest payload rejected', { fields: error.fields }, error);
    throw error;
  }
  try {
    const result = await fireWeeklyDigest(new Date(payload.data.scheduledAt), depsFor(context));
    logger.info('digest handled', { digestId: result.digestId, status: result.status, reason: result.reason });
    return result;
  } catch (error) {
    logger.error('digest failed', { scheduledAt: payload.data.scheduledAt }, error);
    throw error;
  }
}
