import { Aws, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as ses from 'aws-cdk-lib/aws-ses';

export interface SesS3ActionProps {
  readonly bucket: s3.IBucket;
  readonly objectKeyPrefix: string;
  /** Rule set and rule names, fixed so the bucket policy can name the one rule allowed to write. */
  readonly ruleSetName: string;
  readonly ruleName: string;
}

/**
 * The receipt rule's "store in S3" action. Unlike aws-ses-actions' S3 action, the bucket policy
 * admits SES only for this account *and* this receipt rule (aws:SourceArn), so another account's
 * or another rule's SES traffic cannot write into the bucket.
 */
export class SesS3Action implements ses.IReceiptRuleAction {
  constructor(private readonly props: SesS3ActionProps) {}

  bind(rule: ses.IReceiptRuleRef): ses.ReceiptRuleActionConfig {
    const { bucket, objectKeyPrefix, ruleSetName, ruleName } = this.props;
    const ruleArn = Stack.of(rule).formatArn({
      service: 'ses',
      resource: 'receipt-rule-set',
      resourceName: `${ruleSetName}:receipt-rule/${ruleName}`,
    });
    bucket.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowSesReceiptRuleToStoreRawMail',
        actions: ['s3:PutObject'],
        principals: [new iam.ServicePrincipal('ses.amazonaws.com')],
        resources: [bucket.arnForObjects(`${objectKeyPrefix}*`)],
        conditions: {
          StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
          ArnLike: { 'aws:SourceArn': ruleArn },
        },
      }),
    );
    // SES checks that it may write when the rule is created; the policy must exist first.
    const policy = bucket.policy;
    if (policy) rule.node.addDependency(policy);
    return { s3Action: { bucketName: bucket.bucketName, objectKeyPrefix } };
  }
}
