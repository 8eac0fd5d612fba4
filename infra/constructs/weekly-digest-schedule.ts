import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as scheduler from 'aws-cdk-lib/aws-scheduler';
import { Construct } from 'constructs';
import { DIGEST_SCHEDULE_INPUT } from '../../shared/digest/digest-payload.ts';
import { WEEKDAYS, type DigestSchedule } from '../../shared/digest/digest-schedule.ts';
import { recurringFunctionSchedule } from './recurring-function-schedule.ts';
import type { ReminderScheduling } from './reminder-scheduling.ts';

/** The schedule's name inside the reminders group; reminder schedules are named after reminder ids, so it cannot clash. */
export const DIGEST_SCHEDULE_NAME = 'weekly-digest';

/** EventBridge's cron day names, in WEEKDAYS order. */
const CRON_WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;

export interface WeeklyDigestScheduleProps {
  readonly schedule: DigestSchedule;
  /** The user's IANA zone: the cron is read in it, so 08:00 stays 08:00 across daylight saving. */
  readonly timeZone: string;
  /** The reminder function: it tells a digest payload from a reminder payload. */
  readonly target: lambda.IFunction;
  /** The reminders' group, role and dead-letter queue, which the digest shares. */
  readonly scheduling: ReminderScheduling;
}

/**
 * One recurring schedule that invokes the reminder function with a digest payload every week, at
 * the user's day and local hour. It lives in the reminders' group so the scheduler role's trust
 * condition (schedules of that group only) covers it; `enabled: false` keeps it, disabled.
 * The payload carries Scheduler's own scheduled time, from which the function reads the week.
 */
export class WeeklyDigestSchedule extends Construct {
  readonly schedule: scheduler.CfnSchedule;

  constructor(scope: Construct, id: string, props: WeeklyDigestScheduleProps) {
    super(scope, id);
    const { schedule } = props;
    this.schedule = recurringFunctionSchedule(this, {
      name: DIGEST_SCHEDULE_NAME,
      description: 'jobnudge weekly digest: invokes the reminder function with a digest payload',
      cron: `cron(0 ${schedule.localHour} ? * ${CRON_WEEKDAYS[WEEKDAYS.indexOf(schedule.day)]} *)`,
      timeZone: props.timeZone,
      enabled: schedule.enabled,
      target: props.target,
      input: DIGEST_SCHEDULE_INPUT,
      scheduling: props.scheduling,
    });
  }
}
