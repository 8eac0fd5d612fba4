import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as scheduler from 'aws-cdk-lib/aws-scheduler';
import { Construct } from 'constructs';
import { RECONCILE_SCHEDULE_INPUT } from '../../shared/pipeline/reconcile-payload.ts';
import { recurringFunctionSchedule } from './recurring-function-schedule.ts';
import type { ReminderScheduling } from './reminder-scheduling.ts';

/** The schedule's name in the reminders group; reminder schedules all start with `jn-`, so it cannot clash. */
export const RECONCILE_SCHEDULE_NAME = 'daily-reconcile';

/**
 * Local hour of the daily sweep: after the 02:00–03:00 gap daylight-saving changes leave in many
 * zones, and before the usual reminder hour (9), so an orphan due today is scheduled in time.
 */
export const RECONCILE_LOCAL_HOUR = 4;

export interface DailyReconcileScheduleProps {
  /** The user's IANA zone: the cron is read in it. */
  readonly timeZone: string;
  /** The reconciler function. */
  readonly target: lambda.IFunction;
  /** The reminders' group, role and dead-letter queue, which the sweep shares. */
  readonly scheduling: ReminderScheduling;
}

/**
 * One recurring schedule that runs the reconciler once a day. It lives in the reminders' group so
 * the scheduler role's trust condition (schedules of that group only) covers it.
 */
export class DailyReconcileSchedule extends Construct {
  readonly schedule: scheduler.CfnSchedule;

  constructor(scope: Construct, id: string, props: DailyReconcileScheduleProps) {
    super(scope, id);
    this.schedule = recurringFunctionSchedule(this, {
      name: RECONCILE_SCHEDULE_NAME,
      description: 'jobnudge daily sweep: re-creates missing reminder schedules and settles reminders that fell due without one',
      cron: `cron(0 ${RECONCILE_LOCAL_HOUR} * * ? *)`,
      timeZone: props.timeZone,
      enabled: true,
      target: props.target,
      input: RECONCILE_SCHEDULE_INPUT,
      scheduling: props.scheduling,
    });
  }
}
