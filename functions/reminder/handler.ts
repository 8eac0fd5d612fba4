import type { Context } from 'aws-lambda';
import { PowertoolsLoggerAdapter } from '../../shared/logging/powertools-logger.ts';
import { buildAwsClients, buildAwsPipelineDeps } from '../../shared/pipeline/aws-deps.ts';
import type { PipelineDeps } from '../../shared/pipeline/deps.ts';
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
export async function handler(event: unknown, context: Pick<Context, 'invokedFunctionArn'>): Promise<FireResult> {
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
