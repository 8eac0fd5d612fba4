import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

/** Key prefix the SES S3 action writes under; an object's key is this plus the SES messageId. */
export const RAW_MAIL_PREFIX = 'raw/';

export interface RawMailBucketProps {
  /** Days before a stored message expires. */
  readonly retentionDays: number;
}

/**
 * Holds the raw MIME of forwarded mail: private, S3-managed encryption (no KMS key fee), TLS only,
 * objects expire after the retention. Who may write is decided by the receipt rule (see
 * SesS3Action), so nothing else gets write access here.
 */
export class RawMailBucket extends s3.Bucket {
  constructor(scope: Construct, id: string, props: RawMailBucketProps) {
    super(scope, id, {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      versioned: false,
      lifecycleRules: [
        {
          id: 'expire-raw-mail',
          prefix: RAW_MAIL_PREFIX,
          expiration: Duration.days(props.retentionDays),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
      // Personal mail: keep it if the stack is deleted by mistake; the lifecycle still empties it.
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
