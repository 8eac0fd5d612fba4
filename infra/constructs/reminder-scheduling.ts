import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import { Construct } from 'constructs';
import { FailureQueue } from './failure-queue.ts';

/** The Scheduler calls of shared/scheduler/eventbridge-reminder-scheduler.ts, one action per command it sends. */
export const SCHEDULE_ACTIONS = ['scheduler:CreateSchedule', 'scheduler:DeleteSchedule'] as const;

/**
 * Where reminder schedules live and what they may do. Schedules are created at run time (by the
 * parser and the reminder function), so the stack provides their group, the role they run as and
 * the dead-letter queue their target configuration points at.
 */
export class ReminderScheduling extends Construct {
  readonly group: scheduler.ScheduleGroup;
  /** Assumed by EventBridge Scheduler when a reminder schedule fires. */
  readonly schedulerRole: iam.Role;
  /** Reminders the scheduler could not deliver, and reminder runs that failed after retries. */
  readonly deadLetterQueue: FailureQueue;
  /** Every schedule of the group (names are derived from reminder ids at run time). */
  readonly scheduleArnPattern: string;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const stack = Stack.of(this);

    this.group = new scheduler.ScheduleGroup(this, 'Group', {
      scheduleGroupName: `${stack.stackName}-reminders`,
      // Deleting the group deletes its pending schedules, which only make sense with this stack.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.deadLetterQueue = new FailureQueue(this, 'DeadLetters');
    this.scheduleArnPattern = stack.formatArn({ service: 'scheduler', resource: 'schedule', resourceName: `${this.group.scheduleGroupName}/*` });

    this.schedulerRole = new iam.Role(this, 'SchedulerRole', {
      description: 'Assumed by EventBridge Scheduler to deliver jobnudge reminders',
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
        conditions: {
          // Only schedules of this account (confused-deputy guard).
          StringEquals: { 'aws:SourceAccount': stack.account },
          ArnLike: { 'aws:SourceArn': this.group.scheduleGroupArn },
        },
      }),
    });
    this.deadLetterQueue.grantSendMessages(this.schedulerRole);
  }

  /** The scheduler role may invoke this function (the reminder, the reconciler), and nothing else. */
  allowInvoking(target: lambda.IFunction): void {
    this.schedulerRole.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [target.functionArn] }),
    );
  }

  /**
   * Lets a function create and delete reminder schedules in this group only (the two calls
   * EventBridgeReminderScheduler makes: a duplicate create answers ConflictException, so it never
   * needs to read or update one), and hand them the scheduler role, only to EventBridge Scheduler.
   */
  allowManagingSchedules(grantee: iam.IGrantable): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: [...SCHEDULE_ACTIONS], resources: [this.scheduleArnPattern] }),
    );
    grantee.grantPrincipal.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['iam:PassRole'],
        resources: [this.schedulerRole.roleArn],
        conditions: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
      }),
    );
  }
}
