import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import type { Construct } from 'constructs';
import { DEFAULT_MAXIMUM_EVENT_AGE_SECONDS, DEFAULT_MAXIMUM_RETRY_ATTEMPTS } from '../../shared/scheduler/eventbridge-reminder-scheduler.ts';
import type { ReminderScheduling } from './reminder-scheduling.ts';

export interface RecurringFunctionScheduleProps {
  /** The schedule's name in the reminders group (reminder schedules start with `jn-`, so it cannot clash). */
  readonly name: string;
  readonly description: string;
  /** A Scheduler cron expression, read in `timeZone`. */
  readonly cron: string;
  /** The user's IANA zone, so a local hour stays that hour across daylight saving. */
  readonly timeZone: string;
  readonly enabled: boolean;
  readonly target: lambda.IFunction;
  /** The fixed JSON payload; Scheduler fills in its own scheduled time. */
  readonly input: string;
  /** The reminders' group, role and dead-letter queue, which every recurring schedule shares. */
  readonly scheduling: ReminderScheduling;
}

/**
 * A recurring schedule that invokes one function, in the reminders' group so the scheduler role's
 * trust condition (schedules of that group only) covers it. The L1 resource, not LambdaInvoke: that
 * target would grant the role `<function>:*` as well, while the role may already invoke exactly the
 * function (ReminderScheduling.allowInvoking) and send to the dead-letter queue.
 */
export function recurringFunctionSchedule(scope: Construct, props: RecurringFunctionScheduleProps): scheduler.CfnSchedule {
  const { scheduling } = props;
  const schedule = new scheduler.CfnSchedule(scope, 'Schedule', {
    name: props.name,
    groupName: scheduling.group.scheduleGroupName,
    description: props.description,
    scheduleExpression: props.cron,
    scheduleExpressionTimezone: props.timeZone,
    state: props.enabled ? 'ENABLED' : 'DISABLED',
    flexibleTimeWindow: { mode: 'OFF' },
    target: {
      arn: props.target.functionArn,
      roleArn: scheduling.schedulerRole.roleArn,
      input: props.input,
      deadLetterConfig: { arn: scheduling.deadLetterQueue.queueArn },
      // The same patience as reminders: a run hours late still does its work (its time is in the payload).
      retryPolicy: { maximumEventAgeInSeconds: DEFAULT_MAXIMUM_EVENT_AGE_SECONDS, maximumRetryAttempts: DEFAULT_MAXIMUM_RETRY_ATTEMPTS },
    },
  });
  // The group is named by a literal, not a reference: without this CloudFormation could create the schedule first.
  schedule.node.addDependency(scheduling.group);
  return schedule;
}
