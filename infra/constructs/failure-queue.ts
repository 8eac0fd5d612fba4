import { Duration } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** SQS keeps a message at most 14 days; failed work waits there that long for a look unless told otherwise. */
export const MAX_FAILURE_RETENTION = Duration.days(14);

export interface FailureQueueProps {
  /** How long a failed run waits for a look (at most 14 days, the SQS maximum; the default). */
  readonly retention?: Duration;
}

/**
 * A queue that collects work that failed after all retries (a Lambda on-failure destination or a
 * Scheduler dead-letter queue). Encrypted with SQS-managed keys (no KMS key fee), TLS only.
 */
export class FailureQueue extends sqs.Queue {
  constructor(scope: Construct, id: string, props: FailureQueueProps = {}) {
    super(scope, id, {
      retentionPeriod: props.retention ?? MAX_FAILURE_RETENTION,
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
  }
}
