import { Duration, Validations } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cwActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** How often alarms look; errors are rare, so one per five minutes is plenty and stays free. */
const ALARM_PERIOD = Duration.minutes(5);

export interface OperatorAlarmsProps {
  /** Receives alarm notifications (SNS asks this address to confirm the subscription). */
  readonly email: string;
}

/** Period of count alarms on the code's own metrics (the reconciler publishes once a day). */
export const COUNT_ALARM_PERIOD = ALARM_PERIOD;

/**
 * Alarms that tell the user something went wrong (a failed queue is not empty, a function errored),
 * delivered by email through one SNS topic. Every alarm fires on the first occurrence: with a
 * personal volume of mail, one failure is already worth a look.
 */
export class OperatorAlarms extends Construct {
  readonly topic: sns.Topic;
  private readonly action: cwActions.SnsAction;

  constructor(scope: Construct, id: string, props: OperatorAlarmsProps) {
    super(scope, id);
    this.topic = new sns.Topic(this, 'Topic', { displayName: 'jobnudge alarms', enforceSSL: true });
    this.topic.addSubscription(new subscriptions.EmailSubscription(props.email));
    Validations.of(this.topic).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason:
        'Carries only alarm state changes (no mail content). A customer managed KMS key would add a fixed monthly fee, and CloudWatch cannot publish to a topic encrypted with the AWS managed SNS key.',
    });
    this.action = new cwActions.SnsAction(this.topic);
  }

  /** Alarm when a failure queue holds any message. */
  watchQueue(id: string, queue: sqs.IQueue, description: string): cloudwatch.Alarm {
    return this.add(
      id,
      queue.metricApproximateNumberOfMessagesVisible({ period: ALARM_PERIOD, statistic: cloudwatch.Stats.MAXIMUM }),
      description,
    );
  }

  /** Alarm when a function reports any error. */
  watchFunction(id: string, fn: lambda.IFunction, description: string): cloudwatch.Alarm {
    return this.add(id, fn.metricErrors({ period: ALARM_PERIOD, statistic: cloudwatch.Stats.SUM }), description);
  }

  /** Alarm when a count the code publishes (e.g. orphaned reminders fixed) reaches one in a period. */
  watchCount(id: string, metric: cloudwatch.IMetric, description: string): cloudwatch.Alarm {
    return this.add(id, metric, description);
  }

  private add(id: string, metric: cloudwatch.IMetric, description: string): cloudwatch.Alarm {
    const alarm = new cloudwatch.Alarm(this, id, {
      metric,
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
    alarm.addAlarmAction(this.action);
    return alarm;
  }
}
