import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { TABLE_KEYS } from '../../shared/store/table-schema.ts';

/**
 * The DynamoDB calls of shared/store/dynamodb-application-store.ts, one action per command class it
 * sends (Get, Put, Update, Delete, Query, Scan; DeleteItem only releases a digest claim whose email
 * failed). No batch, transaction or stream calls exist, so none are granted.
 */
export const STORE_ACTIONS = ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:Query', 'dynamodb:Scan'] as const;

/**
 * What the daily reconciler's sweep calls: list reminders (Scan), read an application or a reminder
 * (GetItem), drop a reminder by compare-and-set (UpdateItem). It never queries the index.
 */
export const RECONCILER_STORE_ACTIONS = ['dynamodb:GetItem', 'dynamodb:Scan', 'dynamodb:UpdateItem'] as const;

/**
 * The single table of applications, events, reminders and message outcomes (keys from
 * shared/store/table-schema.ts). On demand (no idle cost), point-in-time recovery on, AWS-owned-key
 * encryption (no KMS key fee), TTL for old items, and kept when the stack is deleted: it is the
 * user's job-search history.
 */
export class ApplicationTable extends dynamodb.Table {
  constructor(scope: Construct, id: string) {
    super(scope, id, {
      partitionKey: { name: TABLE_KEYS.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: TABLE_KEYS.sortKey, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: dynamodb.TableEncryption.DEFAULT,
      timeToLiveAttribute: TABLE_KEYS.ttlAttribute,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.addGlobalSecondaryIndex({
      indexName: TABLE_KEYS.byCompanyIndex,
      partitionKey: { name: TABLE_KEYS.byCompanyPartitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: TABLE_KEYS.byCompanySortKey, type: dynamodb.AttributeType.STRING },
      projectionType: dynamodb.ProjectionType.ALL,
    });
  }

  /** Exactly the store adapter's calls, on the table and its index (correlation and notices query gsi1). */
  grantStoreAccess(grantee: iam.IGrantable): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: [...STORE_ACTIONS], resources: [this.tableArn, `${this.tableArn}/index/*`] }),
    );
  }

  /** Exactly the reconciler's calls, on the table only. */
  grantReconcilerAccess(grantee: iam.IGrantable): void {
    grantee.grantPrincipal.addToPrincipalPolicy(new iam.PolicyStatement({ actions: [...RECONCILER_STORE_ACTIONS], resources: [this.tableArn] }));
  }
}
